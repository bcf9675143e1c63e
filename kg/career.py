"""An official's career: the posts they are said to hold, over time, with the
articles and sentences that say so."""

from __future__ import annotations

import re
from typing import Iterable

from rdflib import Literal

from kg.officials import IDENTITY_GRAPH

from kg.store import OxigraphStore
from kg.normalize import key
from kg.views import fold

_PREFIX = ("PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
           "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>")
_NAMES = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT DISTINCT ?name WHERE { ?p a kg:Person ; foaf:name ?name }"""

# Joined inside each article graph (an article describes every node it names): in
# the union of all graphs a post's or province's label stands once per article that
# names it, and a join through it there grows with the square of the corpus.
_POSTS = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?person ?node ?province ?written ?former ?x ?post ?post_en ?date ?file ?sentence WHERE {
  GRAPH ?a {
    ?p foaf:name NAME ; a kg:Person .
    ?h org:member ?p ; kg:post ?x ; kg:asWritten ?written ; prov:wasDerivedFrom ?s .
    OPTIONAL { ?h kg:former ?former }
    ?x rdfs:label ?post . FILTER(lang(?post) = "vi")
    OPTIONAL { ?x rdfs:label ?post_en . FILTER(lang(?post_en) = "en") }
    ?s kg:text ?sentence .
    ?a kg:sourceFile ?file .
    OPTIONAL { ?a schema:datePublished ?published }
    OPTIONAL { ?a kg:year ?year FILTER NOT EXISTS { ?a kg:yearFromText true } }
    OPTIONAL { ?a kg:province ?pv0 }  # a person node's province is its article's
    BIND(COALESCE(?pv0, <urn:kg:no-province>) AS ?pv)  # no province: a label that is nowhere
    # a province's label is the vocabulary's, but a unit formed in 2025's plain name is
    # said in the article's graph (the vocabulary's reads "… (từ 2025)")
    OPTIONAL { ?pv rdfs:label ?here . FILTER(lang(?here) = "vi") }
  }
  OPTIONAL { GRAPH <https://w3id.org/kgvn/ontology> { ?pv rdfs:label ?known . FILTER(lang(?known) = "vi") }
             FILTER(!BOUND(?here)) }
  BIND(COALESCE(?here, ?known) AS ?province)
  BIND(NAME AS ?person)
  BIND(?p AS ?node)
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
            row = {k: (r[k].value if r[k] is not None else "") for k in
                   ("person", "node", "province", "post", "post_en", "written", "date", "file", "sentence")}
            row["past"] = r["former"] is not None and r["former"].value == "true"
            row["post_node"] = r["x"].value
            rows.append(row)
    return sorted(rows, key=lambda r: (r["person"], r["date"] or "9999", r["post"], r["file"], r["node"]))


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in sorted(iris)) + " }"


def _identity(store: OxigraphStore, nodes: set[str]) -> tuple[dict[str, tuple[str, str]], list[dict], list[dict]]:
    """For person nodes: node → (official IRI, name); the joins of those officials and
    the namesakes kept apart from them, from the identity graph."""
    if not nodes:
        return {}, [], []
    g = f"<{IDENTITY_GRAPH}>"
    official: dict[str, tuple[str, str]] = {}
    for r in store.query(f"""{_PREFIX} SELECT ?p ?o ?n WHERE {{ {_values("p", nodes)}
                             GRAPH {g} {{ ?p kg:official ?o . ?o rdfs:label ?n }} }}"""):
        official[r["p"].value] = (r["o"].value, r["n"].value)
    joins: dict[str, dict] = {}
    if official:
        q = f"""{_PREFIX} SELECT ?j ?o ?a ?why WHERE {{ {_values("o", {o for o, _ in official.values()})}
                GRAPH {g} {{ ?j a kg:IdentityJoin ; kg:official ?o ; kg:joins ?a ; kg:reason ?why }} }}"""
        for r in store.query(q):
            j = joins.setdefault(r["j"].value, {"official": r["o"].value, "persons": [], "reason": r["why"].value})
            j["persons"] = sorted({*j["persons"], r["a"].value})
    apart: dict[str, dict] = {}
    q = f"""{_PREFIX} SELECT ?x ?a ?why WHERE {{ GRAPH {g} {{ ?x a kg:KeptApart ; kg:keepsApart ?a , ?b ;
            kg:reason ?why . {_values("b", nodes)} }} }}"""
    for r in store.query(q):
        x = apart.setdefault(r["x"].value, {"persons": [], "reason": r["why"].value})
        x["persons"] = sorted({*x["persons"], r["a"].value})
    return official, sorted(joins.values(), key=lambda j: j["persons"]), sorted(apart.values(),
                                                                             key=lambda x: x["persons"])


_TENURES = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/>
SELECT ?o ?x ?start ?end ?began ?ended ?before ?after WHERE { VALUES_HERE GRAPH GRAPH_HERE {
  ?t a kg:Tenure ; org:member ?o ; kg:post ?x . FILTER NOT EXISTS { ?t kg:former true }
  OPTIONAL { ?t schema:startDate ?start } OPTIONAL { ?t schema:endDate ?end }
  OPTIONAL { ?t kg:startFromEvent ?began } OPTIONAL { ?t kg:endFromEvent ?ended }
  OPTIONAL { ?t kg:replaces ?bt . ?bt org:member ?bo . ?bo rdfs:label ?before }
  OPTIONAL { ?t kg:replacedBy ?at . ?at org:member ?ao . ?ao rdfs:label ?after } } }"""


def tenures(store: OxigraphStore, officials_: Iterable[str]) -> dict[tuple[str, str], dict]:
    """(official, post node) → its tenure's start, end, the kinds of the events they
    come from ("" when they are article dates) and the holders it replaces and is
    replaced by, from the identity graph."""
    out: dict[tuple[str, str], dict] = {}
    todo = sorted(set(officials_))
    for k in range(0, len(todo), 300):
        q = _TENURES.replace("VALUES_HERE", _values("o", todo[k:k + 300])).replace("GRAPH_HERE", f"<{IDENTITY_GRAPH}>")
        for r in store.query(q):
            v = {n: (r[n].value if r[n] is not None else "") for n in ("start", "end", "began", "ended")}
            t = out.setdefault((r["o"].value, r["x"].value), {**v, "replaces": set(), "replaced_by": set()})
            if r["before"] is not None:
                t["replaces"].add(r["before"].value)
            if r["after"] is not None:
                t["replaced_by"].add(r["after"].value)
    return out


def _events_of(info: list[dict]) -> dict:
    """What the tenures of one post row say: when it began and ended by an event,
    whom the holder replaced and who replaced them."""
    began = sorted((t["start"], t["began"]) for t in info if t["began"])
    ended = sorted((t["end"], t["ended"]) for t in info if t["ended"])
    return {"began": list(began[0]) if began else None, "ended": list(ended[-1]) if ended else None,
            "replaces": sorted({n for t in info for n in t["replaces"]}),
            "replaced_by": sorted({n for t in info for n in t["replaced_by"]})}


def officials(store: OxigraphStore, name: str) -> list[dict]:
    """The officials of a name (diacritics optional), each with one career: its posts
    oldest first, each with the first and last date an article states it (the
    articles' dates), whether it is a former ("nguyên") post, the articles; the
    person nodes joined into it and why, and namesakes kept apart from it and why.

    Without an identity graph (a store built by an older kg) every person node is
    an official of its own."""
    rows = career(store, name)
    nodes = {r["node"] for r in rows}
    official, joins, apart = _identity(store, nodes)
    out: dict[str, dict] = {}
    for r in rows:
        o_iri, o_name = official.get(r["node"], (r["node"], r["person"]))
        o = out.setdefault(o_iri, {"official": o_iri, "name": o_name, "persons": {}, "posts": {},
                                   "joins": [j for j in joins if j["official"] == o_iri], "apart": []})
        person = o["persons"].setdefault(r["node"], {"node": r["node"], "province": r["province"], "files": set()})
        person["files"].add(r["file"])
        post = o["posts"].setdefault((r["post"], r["past"]), {
            "post": r["post"], "post_en": r["post_en"], "past": r["past"], "first": r["date"], "last": r["date"],
            "written": set(), "files": set(), "sentences": set(), "nodes": set()})
        post["nodes"].add(r["post_node"])
        if r["date"]:
            post["first"] = min(post["first"] or r["date"], r["date"])
            post["last"] = max(post["last"] or r["date"], r["date"])
        post["written"].add(r["written"])
        post["files"].add(r["file"])
        post["sentences"].add(r["sentence"])
    info = tenures(store, out) if official else {}
    result = []
    for o in out.values():
        for p in o["posts"].values():
            p.update(_events_of([info[o["official"], x] for x in sorted(p.pop("nodes"))
                                 if (o["official"], x) in info] if not p["past"] else []))
        mine = set(o["persons"])
        o["apart"] = [x for x in apart if mine & set(x["persons"])]
        o["persons"] = [{**p, "files": sorted(p["files"])} for _, p in sorted(o["persons"].items())]
        posts = [{**p, "written": sorted(p["written"]), "files": sorted(p["files"]), "sentences": sorted(p["sentences"])}
                 for p in o["posts"].values()]
        o["posts"] = sorted(posts, key=lambda p: (p["first"] or "9999", p["last"] or "9999", p["post"], p["past"]))
        result.append(o)
    return sorted(result, key=lambda o: (o["name"], o["posts"][0]["first"] or "9999", o["official"]))


_POSTS_ALL = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?x ?label ?body WHERE { GRAPH ?a {
  ?x org:role ?r ; rdfs:label ?label . FILTER(lang(?label) = "vi")  # a post is typed by its role
  OPTIONAL { ?x org:postIn ?b . ?b kg:canonicalName ?body }
} }"""  # inside each article's graph: through the union this join took 32 s on 1,885 articles, here 0.1 s

_HOLDERS = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?x ?p ?name ?pv ?published ?year ?file ?former WHERE {
  VALUES_HERE
  GRAPH ?a {
    ?h org:member ?p ; kg:post ?x . ?p foaf:name ?name .
    OPTIONAL { ?h kg:former ?former }
    OPTIONAL { ?a kg:province ?pv }  # a person node's province is its article's
    ?a kg:sourceFile ?file .
    OPTIONAL { ?a schema:datePublished ?published }
    OPTIONAL { ?a kg:year ?year FILTER NOT EXISTS { ?a kg:yearFromText true } }
  }
}"""


def _starts(text: str, prefix: str) -> bool:
    """Whether `text` begins with `prefix` at a word boundary, by key and without diacritics
    ("bi thu tinh uy" begins "Bí thư Tỉnh ủy Yên Bái"; "Chủ tịch UBND" begins "Chủ tịch Ủy ban nhân dân …")."""
    t, p = fold(key(text)), fold(key(prefix))
    return bool(p) and (t == p or t.startswith(p + " "))


def _in_range(date: str, date_from: str | None, date_to: str | None) -> bool:
    lo, hi = (f"{date}-01-01", f"{date}-12-31") if len(date) == 4 else (date, date)
    return (not date_from or hi >= date_from) and (not date_to or lo <= date_to)


def post_holders(store: OxigraphStore, title: str, province: str | None = None, body: str | None = None,
                 date_from: str | None = None, date_to: str | None = None) -> list[dict]:
    """Who held a post over time: one row per post and official (person nodes joined
    by the identity graph), with the first and last article date stating it and the
    source files, oldest first.

    `title` matches the start of the post's name, diacritics optional ("Bí thư Tỉnh
    ủy" matches "Bí thư Tỉnh ủy Yên Bái"); `province`: the province the post is in
    (named in it, else the article's for a post of a tỉnh, huyện, xã …); `body`: words
    of its organization's name; `date_from`/`date_to`: ISO dates the mentions lie in.
    Former ("nguyên …") mentions carry no date of holding and are left out."""
    from collections import Counter

    from kg.identity import is_local, national_post, province_named, provincial_post

    # a title naming a post of the whole country matches it however spelt
    # ("Thứ trưởng Bộ GD&ĐT" finds "Thứ trưởng Bộ Giáo dục và Đào tạo")
    title_key = national_post(title) or provincial_post(title)
    posts: dict[str, str] = {}
    for r in store.query(_POSTS_ALL):
        label = r["label"].value
        if not _starts(label, title) and not (title_key and (national_post(label) or provincial_post(label))
                                              == title_key):
            continue
        if body and fold(key(body)) not in fold(key(r["body"].value if r["body"] is not None else label)):
            continue
        posts[r["x"].value] = label
    names = _province_labels()
    # the province however the user writes it: "TP.HCM", "Thành phố Hồ Chí Minh", "tỉnh Yên Bái"
    wanted = (province_named(province) or province) if province else None
    hits: list[dict] = []
    todo = sorted(posts)
    for k in range(0, len(todo), 300):
        q = _HOLDERS.replace("VALUES_HERE", _values("x", todo[k:k + 300]))
        for r in store.query(q):
            if r["former"] is not None and r["former"].value == "true":
                continue
            label = posts[r["x"].value]
            where = province_named(label) or (names.get(r["pv"].value) if r["pv"] is not None and is_local(label)
                                              else None)
            if wanted and (where is None or fold(where) != fold(wanted)):
                continue
            date = (r["published"] or r["year"]).value if (r["published"] or r["year"]) is not None else ""
            if (date_from or date_to) and not (date and _in_range(date, date_from, date_to)):
                continue
            hits.append({"post": label, "node": r["p"].value, "name": r["name"].value, "province": where or "",
                         "date": date, "file": r["file"].value, "x": r["x"].value})
    official, _, _ = _identity(store, {h["node"] for h in hits})
    # one post however spelt ("Thứ trưởng Bộ GD-ĐT", "… Bộ GD&ĐT"), as the identity layer
    # reads it; shown by its most frequent spelling
    same = {h["post"]: national_post(h["post"]) or provincial_post(h["post"]) or h["post"] for h in hits}
    counts = Counter(h["post"] for h in hits)
    shown: dict[str, str] = {}
    for label, k in sorted(same.items()):
        if k not in shown or counts[label] > counts[shown[k]]:
            shown[k] = label
    rows: dict[tuple[str, str], dict] = {}
    for h in hits:
        o_iri, o_name = official.get(h["node"], (h["node"], h["name"]))
        post = shown[same[h["post"]]]
        row = rows.setdefault((post, o_iri), {"post": post, "holder": o_name, "official": o_iri,
                                              "province": h["province"], "first": "", "last": "",
                                              "files": set(), "nodes": set()})
        row["nodes"].add(h["x"])
        if h["date"]:
            row["first"] = min(row["first"] or h["date"], h["date"])
            row["last"] = max(row["last"], h["date"])
        row["files"].add(h["file"])
    info = tenures(store, {r["official"] for r in rows.values()})
    out = []
    for r in rows.values():
        nodes = r.pop("nodes")
        out.append({**r, "files": sorted(r["files"]),
                    **_events_of([info[r["official"], x] for x in sorted(nodes) if (r["official"], x) in info])})
    # a tenure's own start (an election's date) orders the holders where there is one
    return sorted(out, key=lambda r: (r["post"], (r["began"] or [r["first"]])[0] or "9999", r["last"], r["holder"],
                                      r["official"]))


def _province_labels() -> dict[str, str]:
    from kg.iris import named_iri_str
    from kg.resources import provinces, provinces_2025

    out = {named_iri_str("province", p.name): p.name for p in provinces()}
    out.update({named_iri_str("province-2025", p.name): p.name for p in provinces_2025()})
    return out


_VALUES_LINE = r"VALUES\s+\?{name}\s*\{{[^}}]*\}}"


def bind_parameter(sparql: str, name: str, value: str) -> str:
    """A named query with its parameter ?name bound to `value`: the query's
    `VALUES ?name { … }` line is replaced by one holding the value as an escaped
    literal (text from users is never SPARQL syntax). ValueError if the query
    has no such parameter."""
    if not re.fullmatch(r"[A-Za-z_]\w*", name):
        raise ValueError(f"{name!r} is no parameter name")
    pattern = re.compile(_VALUES_LINE.format(name=re.escape(name)))
    if not pattern.search(sparql):
        raise ValueError(f"the query has no parameter ?{name} (a line VALUES ?{name} {{ … }})")
    literal = Literal(value).n3()
    return pattern.sub(lambda _: f"VALUES ?{name} {{ {literal} }}", sparql)
