"""An official's career: the posts they are said to hold, over time, with the
articles and sentences that say so."""

from __future__ import annotations

from rdflib import Literal

from kg.store import OxigraphStore
from kg.views import fold

_NAMES = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT DISTINCT ?name WHERE { ?p a kg:Person ; foaf:name ?name }"""

# Joined inside each article graph (an article describes every node it names): in
# the union of all graphs a post's or province's label stands once per article that
# names it, and a join through it there grows with the square of the corpus.
_POSTS = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?person ?province ?written ?post ?post_en ?date ?file ?sentence WHERE {
  GRAPH ?a {
    ?p foaf:name NAME ; a kg:Person .
    ?h org:member ?p ; a kg:PostHolding ; kg:post ?x ; kg:asWritten ?written ; prov:wasDerivedFrom ?s .
    ?x rdfs:label ?post . FILTER(lang(?post) = "vi")
    OPTIONAL { ?x rdfs:label ?post_en . FILTER(lang(?post_en) = "en") }
    ?s kg:text ?sentence .
    ?a kg:sourceFile ?file .
    OPTIONAL { ?a schema:datePublished ?published }
    OPTIONAL { ?a kg:year ?year }
    OPTIONAL { ?p kg:province ?pv . ?pv rdfs:label ?province . FILTER(lang(?province) = "vi") }
  }
  BIND(NAME AS ?person)
  BIND(COALESCE(STR(?published), STR(?year)) AS ?date)
}"""


def names_like(store: OxigraphStore, name: str) -> list[str]:
    """The persons' names that match, with or without diacritics."""
    q = fold(name)
    names = sorted({r["name"].value for r in store.query(_NAMES)})
    exact = [n for n in names if n == name]
    return exact or [n for n in names if fold(n) == q]


def career(store: OxigraphStore, name: str) -> list[dict[str, str]]:
    """One row a post and article, oldest first: person, province, post (vi, en),
    as written, date, file, sentence."""
    rows: list[dict[str, str]] = []
    for person in names_like(store, name):
        # the name goes in as an escaped literal: text from articles or users is never syntax
        q = _POSTS.replace("NAME", Literal(person).n3())
        for r in store.query(q):
            rows.append({k: (r[k].value if r[k] is not None else "") for k in
                         ("person", "province", "post", "post_en", "written", "date", "file", "sentence")})
    return sorted(rows, key=lambda r: (r["person"], r["date"] or "9999", r["post"], r["file"]))
