"""The identity graph: officials decided by kg.identity from the store's facts,
kept in one named graph of their own.

After every build that changed the articles the graph
<https://w3id.org/kgvn/graph/identity> is brought up to date from the article
graphs: one kg:Official per official, each person node linked to it by
kg:official, every join (kg:IdentityJoin) and every pair kept apart
(kg:KeptApart) with its reason, and each official's tenure of each post
(kg:Tenure ⊑ org:Membership, schema:startDate/endDate from the articles
stating it, kg:fromHolding ⊑ prov:wasDerivedFrom its holdings). A merge is
never stored as a fact of its own: the officials of every name an article
bears are decided again when it changes (:func:`update`), and :func:`refresh`
decides the whole graph from scratch, with the same result.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Iterable

from rdflib import Literal, URIRef

from kg.identity import (Decision, Held, Mention, acronym_post, company_post, decide, key, national_post,
                         provincial_post, unit_post)
from kg.iris import BASE, ID, mint_str, named_iri_str
from kg.rdf import lit
from kg.resources import provinces, provinces_2025

IDENTITY_GRAPH = URIRef(BASE + "graph/identity")
KG = BASE + "ontology#"
ORG, PROV, SCHEMA = "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "https://schema.org/"
_XSD_DATE, _XSD_YEAR = "http://www.w3.org/2001/XMLSchema#date", "http://www.w3.org/2001/XMLSchema#gYear"

_PREFIXES = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
"""
# Four simple queries joined here, not one with four OPTIONALs: on the 1k bench
# store 0.25 s against 1.2 s
_PERSONS = "SELECT ?a ?p ?name ?pv WHERE { GRAPH ?a { ?p a kg:Person ; foaf:name ?name . OPTIONAL { ?p kg:province ?pv } } }"
_HOLDINGS = """SELECT ?a ?p ?h ?x ?label ?former WHERE { GRAPH ?a {
  ?h org:member ?p ; kg:post ?x . ?x rdfs:label ?label . FILTER(lang(?label) = "vi")
  OPTIONAL { ?h kg:former ?former } } }"""
_DATES = "SELECT ?a ?d WHERE { GRAPH ?a { ?a schema:datePublished ?d } }"
_YEARS = "SELECT ?a ?d WHERE { GRAPH ?a { ?a kg:year ?d } }"


def _province_names() -> dict[str, str]:
    out = {named_iri_str("province", p.name): p.name for p in provinces()}
    out.update({named_iri_str("province-2025", p.name): p.name for p in provinces_2025()})
    return out


def _v(term: object) -> str | None:
    return getattr(term, "value", None) if term is not None else None


@dataclass(frozen=True)
class Holding:
    """One kg:PostHolding of the article graphs: who, which post, when, as what."""

    iri: str
    person: str
    post: str  # the post node's IRI
    label: str
    past: bool
    date: str | None  # the article's date (or year)


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in iris) + " }"


def _rows(store, query: str, var: str | None, iris: list[str] | None):  # type: ignore[no-untyped-def]
    """The rows of a query, over the whole store or, 400 at a time, for these IRIs of ?var."""
    if iris is None:
        yield from store.query(_PREFIXES + query)
        return
    for k in range(0, len(iris), 400):
        yield from store.query(_PREFIXES + query.replace("WHERE {", "WHERE { " + _values(var, iris[k:k + 400]), 1))


def read(store, persons: Iterable[str] | None = None) -> tuple[list[Mention], list[Holding]]:  # type: ignore[no-untyped-def]
    """One Mention per person node and article, and every post holding, read from
    the article graphs (of these person nodes only, if given)."""
    names = _province_names()
    only = sorted(set(persons)) if persons is not None else None
    person_rows = list(_rows(store, _PERSONS, "p", only))
    articles = sorted({r["a"].value for r in person_rows}) if only is not None else None
    dates: dict[str, str] = {r["a"].value: r["d"].value for r in _rows(store, _YEARS, "a", articles)}
    dates.update({r["a"].value: r["d"].value for r in _rows(store, _DATES, "a", articles)})
    posts: dict[tuple[str, str], set[Held]] = {}
    holdings = []
    for r in _rows(store, _HOLDINGS, "p", only):
        a, p, label, past = r["a"].value, r["p"].value, r["label"].value, _v(r["former"]) == "true"
        posts.setdefault((a, p), set()).add(Held(label, past))
        holdings.append(Holding(r["h"].value, p, r["x"].value, label, past, dates.get(a)))
    out = []
    for r in person_rows:
        a, p = r["a"].value, r["p"].value
        held = tuple(sorted(posts.get((a, p), ()), key=repr))
        out.append(Mention(p, r["name"].value, names.get(_v(r["pv"]) or ""), dates.get(a), a, held))
    return out, holdings


def mentions(store) -> list[Mention]:  # type: ignore[no-untyped-def]
    """One Mention per person node and article, read from the article graphs."""
    return read(store)[0]


def _h(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def official_iri(persons: tuple[str, ...], name: str) -> str:
    """An official's IRI: from its name and its first person node, so it stays the
    same while that node stays in it."""
    return mint_str("official", name, f"{name}|{min(persons)}")


def basis(store) -> str:  # type: ignore[no-untyped-def]
    """A hash of every article in the store and its content hash: what the identity
    graph was decided from. A build compares it, so an identity graph left stale (a
    build killed between loading articles and deciding) is decided again."""
    h = hashlib.sha256()
    for a, digest in sorted(store.article_hashes().items()):
        h.update(f"{a} {digest}\n".encode("utf-8"))
    return h.hexdigest()[:32]


def stored_basis(store) -> str | None:  # type: ignore[no-untyped-def]
    """The basis the store's identity graph was decided from, if it has one."""
    q = f"SELECT ?b WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ <{IDENTITY_GRAPH}> <{KG}basis> ?b }} }}"
    return next((r["b"].value for r in store.query(q)), None)


def _date(d: str) -> str:
    return lit(d, _XSD_YEAR if len(d) == 4 else _XSD_DATE)


def _tenures(decision: Decision, holdings: list[Holding], t: set[tuple[str, str, str]]) -> None:
    """An official's holding of one post over time (kg:Tenure ⊑ org:Membership, as
    W3C ORG models a post held; dates as schema.org's, as Popolo does): from the
    first to the last article date stating it, derived from each holding (kg:fromHolding). A post is
    one whoever reports it when it is national, names its province, a company by
    its own name or acronym, or a central unit (a Cục, a Vụ), else its node.
    A former ("nguyên") holding is a tenure of its own that ended before the first
    article stating it (kg:endedBefore)."""
    official = {p: official_iri(o.persons, o.name) for o in decision.officials for p in o.persons}
    groups: dict[tuple[str, str, bool], list[Holding]] = {}
    for h in holdings:
        o = official.get(h.person)
        if o is not None:
            unit = unit_post(h.label)  # a central unit's post is one in the country; any other, its node's
            post = (national_post(h.label) or provincial_post(h.label) or company_post(h.label)
                    or acronym_post(h.label) or (unit if unit and not unit.endswith("?") else None) or h.post)
            groups.setdefault((o, post, h.past), []).append(h)
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    name_key = {official_iri(o.persons, o.name): lit(key(o.name)) for o in decision.officials}
    for (o, post, past), hs in groups.items():
        node = f"<{ID}tenure/{_h(f'{o} {post} {past}')}>"
        t.add((node, rdf_type, f"<{KG}Tenure>"))
        t.add((node, f"<{KG}nameKey>", name_key[o]))
        t.add((node, f"<{ORG}member>", f"<{o}>"))
        t.add((node, f"<{KG}postName>", lit(min(h.label for h in hs), "vi")))
        for h in hs:
            t.add((node, f"<{KG}post>", f"<{h.post}>"))
            # kg:fromHolding ⊑ prov:wasDerivedFrom: kg's readers take a fact's
            # prov:wasDerivedFrom to be its sentence
            t.add((node, f"<{KG}fromHolding>", f"<{h.iri}>"))
        dates = sorted(h.date for h in hs if h.date)
        if past:
            t.add((node, f"<{KG}former>", lit(True)))
            if dates:
                t.add((node, f"<{KG}endedBefore>", _date(dates[0])))
        elif dates:
            t.add((node, f"<{SCHEMA}startDate>", _date(dates[0])))
            t.add((node, f"<{SCHEMA}endDate>", _date(dates[-1])))


def identity_ntriples(decision: Decision, made_from: str | None = None,
                      holdings: list[Holding] | None = None) -> str:
    """The identity graph as N-Triples, sorted (the same decision, the same bytes);
    `made_from`: the :func:`basis` it was decided from; `holdings`: the post
    holdings, made into tenures."""
    t: set[tuple[str, str, str]] = set()
    if holdings:
        _tenures(decision, holdings, t)
    if made_from:
        t.add((f"<{IDENTITY_GRAPH}>", f"<{KG}basis>", lit(made_from)))
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    key_of: dict[str, str] = {}
    for o in decision.officials:
        node = f"<{official_iri(o.persons, o.name)}>"
        nk = lit(key(o.name))  # every node but the person links carries its name's key: a
        key_of.update((p, nk) for p in o.persons)  # build re-decides one name's nodes by it
        t.add((node, f"<{KG}nameKey>", nk))
        t.add((node, rdf_type, f"<{KG}Official>"))
        # the name as rdfs:label only: foaf:name is a person node's, and a query for
        # every ?p foaf:name ?n must not find each official a second time
        t.add((node, label, lit(o.name, "vi")))
        for p in o.persons:
            t.add((f"<{p}>", f"<{KG}official>", node))
        for j in o.joins:
            jn = f"<{ID}identity/join/{_h(j.a + ' ' + j.b)}>"
            t.add((jn, rdf_type, f"<{KG}IdentityJoin>"))
            t.add((jn, f"<{KG}nameKey>", nk))
            t.add((jn, f"<{KG}official>", node))
            t.add((jn, f"<{KG}joins>", f"<{j.a}>"))
            t.add((jn, f"<{KG}joins>", f"<{j.b}>"))
            for post in j.posts:
                t.add((jn, f"<{KG}sharedPost>", lit(post, "vi")))
            t.add((jn, f"<{KG}reason>", lit(j.reason, "en")))
    for x in decision.apart:
        an = f"<{ID}identity/apart/{_h(x.a + ' ' + x.b)}>"
        t.add((an, rdf_type, f"<{KG}KeptApart>"))
        t.add((an, f"<{KG}nameKey>", key_of[x.a]))
        t.add((an, f"<{KG}keepsApart>", f"<{x.a}>"))
        t.add((an, f"<{KG}keepsApart>", f"<{x.b}>"))
        t.add((an, f"<{KG}reason>", lit(x.reason, "en")))
    return "".join(sorted(f"{s} {p} {o} .\n" for s, p, o in t))


@dataclass
class Refresh:
    """What one recomputation did, and what it cost."""

    mentions: int
    persons: int
    officials: int
    joins: int
    apart: int
    triples: int
    seconds: float
    partial: bool = False  # only the names a small build touched were decided again


def refresh(store, made_from: str | None = None) -> Refresh:  # type: ignore[no-untyped-def]
    """Recompute the identity graph of a store from its article graphs and replace it."""
    t0 = time.perf_counter()
    made_from = made_from or basis(store)
    ms, holdings = read(store)
    decision = decide(ms)
    nt = identity_ntriples(decision, made_from, holdings)
    if hasattr(store, "replace_graph_ntriples"):  # embedded: only the difference is written
        store.replace_graph_ntriples(str(IDENTITY_GRAPH), nt, last=f"{KG}basis")
    else:  # a remote store: through rdflib, as every other graph it is sent
        from kg.bridge import parse_ntriples

        store.replace_graph(IDENTITY_GRAPH, parse_ntriples(nt))
    store.flush()
    return Refresh(len(ms), len({m.person for m in ms}), len(decision.officials),
                   sum(len(o.joins) for o in decision.officials), len(decision.apart),
                   nt.count("\n"), time.perf_counter() - t0)


_NAMES_IN = "SELECT DISTINCT ?name WHERE { GRAPH ?a { ?p a kg:Person ; foaf:name ?name } }"


def name_keys(store, articles: Iterable[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """The name keys of the person nodes in these article graphs."""
    return {key(r["name"].value) for r in _rows(store, _NAMES_IN, "a", sorted(set(articles)))}


def _persons_of(store, keys: list[str], articles: list[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """Every person node of these name keys: those the identity graph links to an
    official of the key, and those of the given (new or changed) articles."""
    out: set[str] = set()
    for k in range(0, len(keys), 400):
        values = " ".join(Literal(x).n3() for x in keys[k:k + 400])
        q = f"""{_PREFIXES} SELECT ?p WHERE {{ VALUES ?k {{ {values} }}
                GRAPH <{IDENTITY_GRAPH}> {{ ?o a kg:Official ; kg:nameKey ?k . ?p kg:official ?o }} }}"""
        out.update(r["p"].value for r in store.query(q))
    wanted = set(keys)
    q = "SELECT DISTINCT ?p ?name WHERE { GRAPH ?a { ?p a kg:Person ; foaf:name ?name } }"
    out.update(r["p"].value for r in _rows(store, q, "a", articles) if key(r["name"].value) in wanted)
    return out


def update(store, keys: set[str], articles: list[str], made_from: str) -> Refresh:  # type: ignore[no-untyped-def]
    """Decide again the officials of these name keys only — those of the person
    nodes in the articles a build added, changed or dropped — and rewrite their part
    of the identity graph. Officials of different names never meet, so this gives
    the graph :func:`refresh` would, at the cost of the names touched (the 10
    articles added to a big store) instead of the whole store. The basis mark is
    removed first and written last: a crash in between leaves a graph that the next
    build decides again from scratch."""
    t0 = time.perf_counter()
    wanted = sorted(keys)
    ms, holdings = read(store, _persons_of(store, wanted, articles))
    decision = decide(ms)
    nt = identity_ntriples(decision, None, holdings)
    g = f"<{IDENTITY_GRAPH}>"
    store.update_sparql(f"DELETE WHERE {{ GRAPH {g} {{ {g} kg:basis ?b }} }}", prefixes=_PREFIXES)
    for k in range(0, len(wanted), 200):
        values = " ".join(Literal(x).n3() for x in wanted[k:k + 200])
        store.update_sparql(f"""
            DELETE {{ GRAPH {g} {{ ?p kg:official ?o }} }}
            WHERE {{ VALUES ?k {{ {values} }} GRAPH {g} {{ ?o a kg:Official ; kg:nameKey ?k . ?p kg:official ?o }} }} ;
            DELETE {{ GRAPH {g} {{ ?x ?y ?z }} }}
            WHERE {{ VALUES ?k {{ {values} }} GRAPH {g} {{ ?x kg:nameKey ?k ; ?y ?z }} }}""", prefixes=_PREFIXES)
    store.add_ntriples(str(IDENTITY_GRAPH), nt)
    store.add_ntriples(str(IDENTITY_GRAPH), f"{g} <{KG}basis> {lit(made_from)} .\n")
    store.flush()
    return Refresh(len(ms), len({m.person for m in ms}), len(decision.officials),
                   sum(len(o.joins) for o in decision.officials), len(decision.apart),
                   nt.count("\n"), time.perf_counter() - t0, partial=True)
