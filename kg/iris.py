"""IRIs: stable across runs, readable, valid for any input text.

Each IRI is a readable ASCII slug of the name plus, where two names could
fold to one slug ("Sơn" and "Son"), a short hash of the exact identity key.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import quote

from rdflib import Namespace, URIRef

from kg.normalize import slug

BASE = "https://w3id.org/kgvn/"
KG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
ONTOLOGY_GRAPH = URIRef(BASE + "ontology")
# an organization's English gloss, once for the store: a function of its canonical
# name, so repeating it in every article graph that names the body bought nothing
GLOSS_GRAPH = URIRef(BASE + "graph/glosses")


def _h(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


@lru_cache(maxsize=200_000)
def mint_str(kind: str, name: str, identity: str | None = None) -> str:
    """:func:`mint` as a plain string (the mapping's fast path)."""
    ident = identity if identity is not None else name
    # the slug comes from the identity's name part, so "BTV Tỉnh ủy" and
    # "Ban Thường vụ Tỉnh ủy" (one key) are one IRI
    return f"{ID}{kind}/{slug(ident.split('|')[0] or name)}-{_h(ident)}"


def mint(kind: str, name: str, identity: str | None = None) -> URIRef:
    """IRI of a thing of `kind` named `name`; `identity` (default: name) decides sameness."""
    return URIRef(mint_str(kind, name, identity))


@lru_cache(maxsize=1024)
def article_iri_str(article_id: str) -> str:
    """:func:`article_iri` as a plain string."""
    return f"{ID}article/{quote(article_id, safe='')}"


def article_iri(article_id: str) -> URIRef:
    """IRI of an article (and of its named graph); it ends with the file's stem."""
    return URIRef(article_iri_str(article_id))


def part_iri_str(article_id: str, kind: str, n: int) -> str:
    """:func:`part_iri` as a plain string."""
    return f"{article_iri_str(article_id)}/{kind}/{n}"


def part_iri(article_id: str, kind: str, n: int) -> URIRef:
    """IRI of the n-th fact of a kind within an article (sentence, holding, award …)."""
    return URIRef(part_iri_str(article_id, kind, n))


@lru_cache(maxsize=100_000)
def named_iri_str(kind: str, name: str) -> str:
    """:func:`named_iri` as a plain string."""
    return f"{ID}{kind}/{slug(name)}"


def named_iri(kind: str, name: str) -> URIRef:
    """IRI of a vocabulary item (role, province, award kind) by its readable slug."""
    return URIRef(named_iri_str(kind, name))
