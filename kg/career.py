"""An official's career: the posts they are said to hold, over time, with the
articles and sentences that say so."""

from __future__ import annotations

import re
from typing import Iterable

from rdflib import Literal

from kg.officials import IDENTITY_GRAPH

from kg.store import OxigraphStore
from kg.filters import names_folded
from kg.summaries import posts_titled
from kg.normalize import fold, key

_PREFIX = ("PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
           "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>")
_NAMES = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT DISTINCT ?name WHERE { ?p a kg:Person ; foaf:name ?name }"""

# Oxigraph evaluates an OPTIONAL over every graph before it joins it (0.6–1.9 s for one
# name on 3,000 articles, 12 s on 35,000): a career is read as its required patterns
# (12 ms), then each optional attribute looked up for the nodes found
_HOLDINGS = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?a ?p ?h ?x ?written ?s WHERE { GRAPH ?a {
  ?p foaf:name NAME . ?h org:member ?p ; kg:post ?x ; kg:asWritten ?written ; prov:wasDerivedFrom ?s .
} }"""
KG = "https://w3id.org/kgvn/ontology#"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_FORMER = KG + "former"
_ARTICLE = (KG + "sourceFile", "https://schema.org/datePublished", KG + "year", KG + "yearFromText")
_PROVINCE = KG + "province"  # an article's; a person node's province is its article's


def _objects_in(store: OxigraphStore, pairs: Iterable[tuple[str, str]], predicate: str) -> dict[str, dict[str, list]]:
    """"graph node" → predicate → its objects, for each (graph, node) pair: what each
    article says of a node many articles name (a post's label as it spells it),
    without reading what every other article says of it."""
    out: dict[str, dict[str, list]] = {}
    todo = sorted(set(pairs))
    for k in range(0, len(todo), 300):
        values = " ".join(f"(<{g}> <{n}>)" for g, n in todo[k:k + 300])
        q = f"SELECT ?g ?n ?o WHERE {{ VALUES (?g ?n) {{ {values} }} GRAPH ?g {{ ?n <{predicate}> ?o }} }}"
        for r in store.query(q):
            out.setdefault(f"{r['g'].value} {r['n'].value}", {}).setdefault(predicate, []).append(r["o"])
    return out


def _objects(store: OxigraphStore, nodes: Iterable[str], predicates: Iterable[str]) -> dict[str, dict[str, list]]:
    """node → predicate → its objects (engine terms), for these nodes and predicates:
    a lookup by subject, in whichever graph says it (see :func:`_objects_in` for what
    one article says of a node many name)."""
    out: dict[str, dict[str, list]] = {}
    todo = sorted(set(nodes))
    # one predicate a query, written in, and the VALUES inside the GRAPH block: a
    # predicate bound by VALUES, or nodes outside the block, made it 50–200× slower
    for pred in predicates:
        for k in range(0, len(todo), 300):
            q = f"SELECT ?g ?n ?o WHERE {{ GRAPH ?g {{ {_values('n', todo[k:k + 300])} ?n <{pred}> ?o }} }}"
            for r in store.query(q):
                out.setdefault(r["n"].value, {}).setdefault(pred, []).append(r["o"])
    return out


def _first(found: dict[str, dict[str, list]], node: str, predicate: str, lang: str | None = None) -> str | None:
    """The smallest value of a node's predicate (in `lang`, if given), or None."""
    values = [t.value for t in found.get(node, {}).get(predicate, ())
              if lang is None or getattr(t, "language", None) == lang]
    return min(values) if values else None


def _article_dates(found: dict[str, dict[str, list]], article: str) -> str:
    """An article's date: its publication date, else its own year (not one read off its text)."""
    published = _first(found, article, _ARTICLE[1])
    if published:
        return published
    if _first(found, article, _ARTICLE[3]) == "true":
        return ""
    return _first(found, article, _ARTICLE[2]) or ""


def names_like(store: OxigraphStore, name: str) -> list[str]:
    """The persons' names that match, with or without diacritics: the name itself
    when stored so, else those the identity graph's folded names give (a lookup
    each), else (a store without them) those found by reading every name."""
    if bool(store.query(f"PREFIX foaf: <http://xmlns.com/foaf/0.1/> ASK {{ ?p foaf:name {Literal(name).n3()} }}")):
        return [name]
    q = fold(name)
    folded = names_folded(store.query, q)
    if folded is not None:
        return folded
    names = sorted({r["name"].value for r in store.query(_NAMES)})
    return [n for n in names if fold(n) == q]


def career(store: OxigraphStore, name: str) -> list[dict[str, str]]:
    """One row a post and article, oldest first: person, province, post (vi, en),
    as written, date, file, sentence."""
    rows: dict[tuple, dict[str, str]] = {}
    provinces = _province_labels()
    for person in names_like(store, name):
        # the name goes in as an escaped literal: text from articles or users is never syntax
        found = [{k: r[k].value for k in ("a", "p", "h", "x", "written", "s")}
                 for r in store.query(_HOLDINGS.replace("NAME", Literal(person).n3()))]
        if not found:
            continue
        posts = _objects_in(store, {(f["a"], f["x"]) for f in found}, _LABEL)
        texts = _objects(store, {f["s"] for f in found}, [KG + "text"])
        former = _objects(store, {f["h"] for f in found}, [_FORMER])
        arts = _objects(store, {f["a"] for f in found}, (*_ARTICLE, _PROVINCE))
        for f in found:
            here = f"{f['a']} {f['x']}"
            sentence, file = _first(texts, f["s"], KG + "text"), _first(arts, f["a"], _ARTICLE[0])
            if sentence is None or file is None:
                continue  # as the patterns required: the sentence, the file
            pv = _first(arts, f["a"], _PROVINCE)
            labels = posts.get(here, {}).get(_LABEL, [])
            # a row for each Vietnamese label the article gives the post (and each English one)
            for post in sorted({t.value for t in labels if getattr(t, "language", None) == "vi"}):
                for en in sorted({t.value for t in labels if getattr(t, "language", None) == "en"}) or [""]:
                    row = {"person": person, "node": f["p"], "province": provinces.get(pv, "") if pv else "",
                           "post": post, "post_en": en, "written": f["written"],
                           "date": _article_dates(arts, f["a"]), "file": file, "sentence": sentence,
                           "past": _first(former, f["h"], _FORMER) == "true", "post_node": f["x"]}
                    rows[tuple(row.items())] = row
    return sorted(rows.values(), key=lambda r: (r["person"], r["date"] or "9999", r["post"], r["file"], r["node"]))


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in sorted(iris)) + " }"


def _identity(store: OxigraphStore, nodes: set[str]) -> tuple[dict[str, tuple[str, str]], list[dict], list[dict]]:
    """For person nodes: node → (official IRI, name); the joins of those officials and
    the namesakes kept apart from them, from the identity graph."""
    if not nodes:
        return {}, [], []
    g = f"<{IDENTITY_GRAPH}>"
    official: dict[str, tuple[str, str]] = {}
    for r in store.query(f"""{_PREFIX} SELECT ?p ?o ?n WHERE {{ GRAPH {g} {{ {_values("p", nodes)}
                             ?p kg:official ?o . ?o rdfs:label ?n }} }}"""):
        official[r["p"].value] = (r["o"].value, r["n"].value)
    joins: dict[str, dict] = {}
    if official:
        q = f"""{_PREFIX} SELECT ?j ?o ?a ?why WHERE {{ GRAPH {g} {{
                {_values("o", {o for o, _ in official.values()})}
                ?j kg:official ?o ; a kg:IdentityJoin ; kg:joins ?a ; kg:reason ?why }} }}"""
        for r in store.query(q):
            j = joins.setdefault(r["j"].value, {"official": r["o"].value, "persons": [], "reason": r["why"].value})
            j["persons"] = sorted({*j["persons"], r["a"].value})
    apart: dict[str, dict] = {}
    q = f"""{_PREFIX} SELECT ?x ?a ?why WHERE {{ GRAPH {g} {{ {_values("b", nodes)}
            ?x kg:keepsApart ?b ; a kg:KeptApart ; kg:keepsApart ?a ; kg:reason ?why }} }}"""
    for r in store.query(q):
        x = apart.setdefault(r["x"].value, {"persons": [], "reason": r["why"].value})
        x["persons"] = sorted({*x["persons"], r["a"].value})
    return official, sorted(joins.values(), key=lambda j: j["persons"]), sorted(apart.values(),
                                                                             key=lambda x: x["persons"])


_TENURES = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/>
SELECT ?o ?x ?start ?end ?began ?ended ?before ?after WHERE { GRAPH GRAPH_HERE { VALUES_HERE
  ?t org:member ?o ; a kg:Tenure ; kg:post ?x . FILTER NOT EXISTS { ?t kg:former true }
  OPTIONAL { ?t schema:startDate ?start } OPTIONAL { ?t schema:endDate ?end }
  OPTIONAL { ?t kg:startFromEvent ?began } OPTIONAL { ?t kg:endFromEvent ?ended }
  OPTIONAL { ?t kg:replaces ?before } OPTIONAL { ?t kg:replacedBy ?after } } }"""
# the VALUES inside the GRAPH block: outside it, Oxigraph evaluated the block's OPTIONALs
# and FILTER NOT EXISTS over the whole identity graph before the join (31 s for one
# official on the 35k bench store, 0.8 s on 3k; inside: 1 ms); the holders' names come
# after, by a lookup of the tenures found
_HOLDER_NAMES = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?t ?n WHERE { GRAPH GRAPH_HERE { VALUES_HERE ?t org:member ?o . ?o rdfs:label ?n } }"""


def tenures(store: OxigraphStore, officials_: Iterable[str]) -> dict[tuple[str, str], dict]:
    """(official, post node) → its tenure's start, end, the kinds of the events they
    come from ("" when they are article dates) and the holders it replaces and is
    replaced by, from the identity graph."""
    out: dict[tuple[str, str], dict] = {}
    todo = sorted(set(officials_))
    g = f"<{IDENTITY_GRAPH}>"
    for k in range(0, len(todo), 300):
        q = _TENURES.replace("VALUES_HERE", _values("o", todo[k:k + 300])).replace("GRAPH_HERE", g)
        for r in store.query(q):
            v = {n: (r[n].value if r[n] is not None else "") for n in ("start", "end", "began", "ended")}
            t = out.setdefault((r["o"].value, r["x"].value), {**v, "replaces": set(), "replaced_by": set()})
            if r["before"] is not None:
                t["replaces"].add(r["before"].value)
            if r["after"] is not None:
                t["replaced_by"].add(r["after"].value)
    others = sorted({x for t in out.values() for x in (*t["replaces"], *t["replaced_by"])})
    names: dict[str, set[str]] = {}
    for k in range(0, len(others), 300):
        q = _HOLDER_NAMES.replace("VALUES_HERE", _values("t", others[k:k + 300])).replace("GRAPH_HERE", g)
        for r in store.query(q):
            names.setdefault(r["t"].value, set()).add(r["n"].value)
    for t in out.values():
        t["replaces"] = {n for x in t["replaces"] for n in names.get(x, ())}
        t["replaced_by"] = {n for x in t["replaced_by"] for n in names.get(x, ())}
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


_POSTS_ALL = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?x ?label WHERE { GRAPH ?a { ?x org:role ?r ; rdfs:label ?label } }"""  # a post: what has a role
_BODIES = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?x ?body WHERE { GRAPH ?a { VALUES_HERE ?x org:postIn ?b . ?b kg:canonicalName ?body } }"""
# the required patterns only (an OPTIONAL is evaluated over every graph first); a
# holding's "nguyên", its person's province and its article's date are looked up after
_HOLDERS = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT DISTINCT ?a ?h ?x ?p ?name ?file WHERE { GRAPH ?a {
  VALUES_HERE ?h kg:post ?x ; org:member ?p . ?p foaf:name ?name . ?a kg:sourceFile ?file .
} }"""


def _starts(text: str, prefix: str) -> bool:
    """Whether `text` begins with `prefix` at a word boundary, by key and without diacritics
    ("bi thu tinh uy" begins "Bí thư Tỉnh ủy Yên Bái"; "Chủ tịch UBND" begins "Chủ tịch Ủy ban nhân dân …")."""
    t, p = fold(key(text)), fold(key(prefix))
    return bool(p) and (t == p or t.startswith(p + " "))


def _in_range(date: str, date_from: str | None, date_to: str | None) -> bool:
    lo, hi = (f"{date}-01-01", f"{date}-12-31") if len(date) == 4 else (date, date)
    return (not date_from or hi >= date_from) and (not date_to or lo <= date_to)


def post_holders(store: OxigraphStore, title: str, province: str | None = None, body: str | None = None,
                 date_from: str | None = None, date_to: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[dict]:
    """Who held a post over time: one row per post and official (person nodes joined
    by the identity graph), with the first and last article date stating it and the
    source files, oldest first.

    `title` matches the start of the post's name, diacritics optional ("Bí thư Tỉnh
    ủy" matches "Bí thư Tỉnh ủy Yên Bái"); `province`: the province the post is in
    (named in it, else the article's for a post of a tỉnh, huyện, xã …); `body`: words
    of its organization's name; `date_from`/`date_to`: ISO dates the mentions lie in.
    Former ("nguyên …") mentions carry no date of holding and are left out.

    Every row by default; with `limit`, only the rows `offset` to `offset + limit` of
    that same order (see :func:`post_holders_page`, which also gives the total)."""
    if limit is None and not offset:
        return _all_holders(store, *_posts_of(store, title, province, body), date_from, date_to)
    return post_holders_page(store, title, province, body, date_from, date_to, limit=limit, offset=offset)[0]


def post_holders_page(store: OxigraphStore, title: str, province: str | None = None, body: str | None = None,
                      date_from: str | None = None, date_to: str | None = None, limit: int | None = 100,
                      offset: int = 0) -> tuple[list[dict], int]:
    """A page of :func:`post_holders`: its rows `offset` to `offset + limit` (all
    from `offset` when `limit` is None) and the number of rows in all.

    The holders of a post with thousands (a synthetic post at 100k articles: 3,829)
    are not all read: the post's tenures in the identity graph are taken in the
    engine by start date (ORDER BY … LIMIT), and the dates, files and events read
    for those alone; a row is final once no tenure not read yet could come before
    it (its start is a lower bound of its row's place). When that cannot be known
    cheaply — a post spelt several ways, a post of a huyện or xã whose province is
    each article's, a date filter, no identity graph — every row is read, as
    :func:`post_holders` does, and the page cut from them."""
    if limit is not None and limit < 1 or offset < 0:
        raise ValueError("limit must be positive and offset not negative")
    posts, labelled, wanted = _posts_of(store, title, province, body)
    if limit is not None and not date_from and not date_to:
        paged = _paged(store, posts, labelled, wanted, limit, offset)
        if paged is not None:
            return paged
    rows = _all_holders(store, posts, labelled, wanted, date_from, date_to)
    return rows[offset:None if limit is None else offset + limit], len(rows)


def _posts_of(store: OxigraphStore, title: str, province: str | None,
              body: str | None) -> tuple[dict[str, str], dict[str, set[str]], str | None]:
    """The posts a title names (post IRI → a label), every label of each, and the
    province wanted as kg names it (None: any)."""
    from kg.identity import national_post, province_named, provincial_post

    # a title naming a post of the whole country matches it however spelt
    # ("Thứ trưởng Bộ GD&ĐT" finds "Thứ trưởng Bộ Giáo dục và Đào tạo")
    title_key = national_post(title) or provincial_post(title)
    # the posts the title names: from the build's post index (a prefix test in the engine),
    # else by reading every post every article names
    labelled = posts_titled(store, fold(key(title)), title_key)
    if labelled is None:
        labelled = {}
        for r in store.query(_POSTS_ALL):
            if getattr(r["label"], "language", None) != "vi":
                continue
            label = r["label"].value
            if not _starts(label, title) and not (title_key and (national_post(label) or provincial_post(label))
                                                  == title_key):
                continue
            labelled.setdefault(r["x"].value, set()).add(label)
    bodies: dict[str, set[str]] = {}
    if body:
        todo = sorted(labelled)
        for k in range(0, len(todo), 300):
            for r in store.query(_BODIES.replace("VALUES_HERE", _values("x", todo[k:k + 300]))):
                bodies.setdefault(r["x"].value, set()).add(r["body"].value)
    posts: dict[str, str] = {}
    for x, labels in sorted(labelled.items()):
        for label in sorted(labels):
            # a post without a body is matched by its label, as a row with no body was
            if body and not any(fold(key(body)) in fold(key(b)) for b in (bodies.get(x) or {label})):
                continue
            posts[x] = label
    # the province however the user writes it: "TP.HCM", "Thành phố Hồ Chí Minh", "tỉnh Yên Bái"
    wanted = (province_named(province) or province) if province else None
    if wanted:
        # a post whose every spelling names another province is not read at all (its
        # holders would all be left out below): a post of the country's 63 is one
        def elsewhere(label: str) -> bool:
            named = province_named(label)
            return named is not None and fold(named) != fold(wanted)
        posts = {x: label for x, label in posts.items() if not all(elsewhere(lb) for lb in labelled[x])}
    return posts, labelled, wanted


def _all_holders(store: OxigraphStore, posts: dict[str, str], labelled: dict[str, set[str]], wanted: str | None,
                 date_from: str | None, date_to: str | None) -> list[dict]:
    """Every row of :func:`post_holders`, from every holding of these posts."""
    from collections import Counter

    from kg.identity import is_local, national_post, province_named, provincial_post

    names = _province_labels()
    hits: list[dict] = []
    todo = sorted(posts)
    found = []
    for k in range(0, len(todo), 300):
        q = _HOLDERS.replace("VALUES_HERE", _values("x", todo[k:k + 300]))
        found += [{v: r[v].value for v in ("a", "h", "x", "p", "name", "file")} for r in store.query(q)]
    former = _objects(store, {f["h"] for f in found}, [_FORMER])
    arts = _objects(store, {f["a"] for f in found}, (*_ARTICLE[1:], _PROVINCE))
    spelt = _objects_in(store, {(f["a"], f["x"]) for f in found}, _LABEL)
    for f in found:
        if _first(former, f["h"], _FORMER) == "true":
            continue
        # the post as this article spells it (one post, several spellings: the most
        # frequent is shown below)
        label = _first(spelt, f"{f['a']} {f['x']}", _LABEL, "vi") or posts[f["x"]]
        pv = _first(arts, f["a"], _PROVINCE)
        where = province_named(label) or (names.get(pv) if pv is not None and is_local(label) else None)
        if wanted and (where is None or fold(where) != fold(wanted)):
            continue
        date = _article_dates(arts, f["a"])
        if (date_from or date_to) and not (date and _in_range(date, date_from, date_to)):
            continue
        hits.append({"post": label, "node": f["p"], "name": f["name"], "province": where or "",
                     "date": date, "file": f["file"], "x": f["x"]})
    # one hit a holding, as the query's DISTINCT rows were
    hits = list({tuple(h.items()): h for h in hits}.values())
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
    return sorted(out, key=_holder_order)


def _holder_order(r: dict) -> tuple:
    """A row's place: by post, then when the holding began — a tenure's own start (an
    election's date) where there is one, else the first article date —, last date,
    holder."""
    return (r["post"], _began(r), r["last"], r["holder"], r["official"])


def _began(r: dict) -> str:
    return (r["began"] or [r["first"]])[0] or "9999"


_SCHEMA = "https://schema.org/"
_ORG_MEMBER = "http://www.w3.org/ns/org#member"
_ID_PREFIX = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# Oxigraph reads a long IRI or string of a result by a lookup of its own, and a
# pattern over given nodes by a seek each (~0.1 ms on the 9 GB store; a join the
# engine runs over a range is ~100× cheaper a row): the order of a post's tenures is
# sorted in the engine by their start (a date, read inline) and only the page's
# IRIs come out
_TENURE_ORDER = _ID_PREFIX + """SELECT DISTINCT_HERE ?t ?s WHERE { GRAPH GRAPH_HERE { VALUES_HERE
  ?t kg:post ?x ; schema:startDate ?s } } ORDER BY ?s LIMIT N_HERE"""
# a tenure's holder, end and the events of its ends; its holdings' files and dates
# (the posts' own, in the article's graph, named by the holding); its neighbours' names
_TENURE_ABOUT = _ID_PREFIX + """SELECT ?t ?o ?n ?s ?e ?b ?d WHERE { GRAPH GRAPH_HERE { VALUES_HERE
  ?t org:member ?o ; schema:startDate ?s . ?o rdfs:label ?n . OPTIONAL { ?t schema:endDate ?e }
  OPTIONAL { ?t kg:startFromEvent ?b } OPTIONAL { ?t kg:endFromEvent ?d } } }"""
_TENURE_FILES = _ID_PREFIX + """SELECT ?t ?f ?d ARTICLE_HERE WHERE { GRAPH GRAPH_HERE { VALUES_HERE ?t kg:fromHolding ?h }
  GRAPH ?a { ?h kg:post ?x . FILTER(?x IN (POSTS_HERE)) ?a kg:sourceFile ?f . OPTIONAL { ?a schema:datePublished ?d } } }"""
_TENURE_BESIDE = _ID_PREFIX + """SELECT ?t ?w ?n WHERE { GRAPH GRAPH_HERE { VALUES_HERE
  { ?t kg:replaces ?y BIND("replaces" AS ?w) } UNION { ?t kg:replacedBy ?y BIND("replaced_by" AS ?w) }
  ?y org:member ?z . ?z rdfs:label ?n } }"""


def _count(store: OxigraphStore, first: str, xs: list[str]) -> int:
    """The tenures of these posts (?t kg:post ?x), those matching `first` on ?t
    (read first: the engine joins in the order written) when it is given."""
    # the posts given by VALUES when read first (by FILTER after: VALUES is read first)
    posts = (f"?t <{KG}post> ?x . FILTER(?x IN ({', '.join(f'<{x}>' for x in xs)}))" if first
             else f"{_values('x', xs)} ?t <{KG}post> ?x .")
    q = f"SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ {first} {posts} }} }}"
    return int(next(iter(store.query(q)))["n"].value)


def _paged(store: OxigraphStore, posts: dict[str, str], labelled: dict[str, set[str]], wanted: str | None,
           limit: int, offset: int) -> tuple[list[dict], int] | None:
    """A page of :func:`_all_holders`' rows (no date filter) read from the post's
    tenures in start order, and the count of all; None when the shape of the posts
    does not let the rows be told apart from their tenures (the caller reads all)."""
    from kg.identity import is_local, national_post, province_named, provincial_post
    from kg.officials import post_key

    g = f"<{IDENTITY_GRAPH}>"
    if not bool(store.query(f"ASK {{ GRAPH {g} {{ {g} <{KG}postMonths> true }} }}")):
        return None  # no identity graph, or one an older kg decided
    # a heading a label, a post spelt one way: its row an official is its one tenure
    # (official, post key) — else rows and tenures do not match one to one
    headings: dict[str, list[str]] = {}
    where: dict[str, str | None] = {}
    for x, label in posts.items():
        if len(labelled[x]) != 1:
            return None
        named = province_named(label)
        if named is None and is_local(label):
            return None  # its province is each article's
        if wanted and (named is None or fold(named) != fold(wanted)):
            continue  # every holding of it left out
        headings.setdefault(label, []).append(x)
        where[label] = named
    same = {national_post(label) or provincial_post(label) or label for label in headings}
    if len(same) != len(headings) or any(len({post_key(label, x) for x in xs}) != 1 for label, xs in headings.items()):
        return None
    # a heading's rows: its tenures but the former ones (read from the fewer side)
    formers = int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?t <{_FORMER}> true }} }}")))
                  ["n"].value)
    totals: dict[str, int] = {}
    for label, xs in headings.items():
        every = _count(store, "", xs)
        former = 0
        if every and formers:
            former = (_count(store, f"?t <{_FORMER}> true .", xs) if formers < every
                      else _count_former_after(store, xs))
        totals[label] = every - former
    total = sum(totals.values())
    if limit >= total and not offset:
        return None  # the whole answer: read as it always was
    out: list[dict] = []
    at = 0  # rows before this heading
    for label in sorted(headings):
        lo, hi = max(offset - at, 0), min(offset + limit - at, totals[label])
        at += totals[label]
        if lo >= hi:
            continue
        rows = _first_rows(store, headings[label], label, where[label], hi, totals[label])
        if rows is None:
            return None
        out += rows[lo:hi]
    return out, total


def _count_former_after(store: OxigraphStore, xs: list[str]) -> int:
    """The former tenures of these posts, read from the posts' tenures."""
    q = (f"SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ {_values('x', xs)} "
         f"?t <{KG}post> ?x ; <{_FORMER}> true }} }}")
    return int(next(iter(store.query(q)))["n"].value)


def _first_rows(store: OxigraphStore, xs: list[str], label: str, where: str | None, n: int,
                total: int) -> list[dict] | None:
    """The first `n` rows of one heading (of `total`), in order: its tenures read by
    start date until the rows before the next tenure's start are `n`; None when
    tenures with no start (sorted last) would be needed."""
    cache: dict[str, dict | None] = {}
    want = n + 20
    while True:
        # DISTINCT only for several posts (a tenure of two is found twice): it costs half as much again
        q = (_TENURE_ORDER.replace("GRAPH_HERE", f"<{IDENTITY_GRAPH}>").replace("VALUES_HERE", _values("x", xs))
             .replace("N_HERE", str(want + 1)).replace("DISTINCT_HERE", "DISTINCT" if len(xs) > 1 else ""))
        order = [(r["t"].value, r["s"].value) for r in store.query(q)]
        # a row comes no earlier than its tenure's start: those before the next start are final
        bound = order[want][1] if len(order) > want else None
        todo = [t for t, _ in order[:want] if t not in cache]
        cache.update(_tenure_rows(store, todo, xs, label, where))
        rows = sorted((r for t, _ in order[:want] if (r := cache[t]) is not None), key=_holder_order)
        final = [r for r in rows if bound is None or _began(r) < bound]
        if len(final) >= n:
            return final[:n]
        if bound is None:
            return final if len(order) >= total else None
        want *= 2


def _tenure_rows(store: OxigraphStore, tenures_: list[str], xs: list[str], label: str,
                 where: str | None) -> dict[str, dict | None]:
    """tenure IRI → its row of a post's holders (None: no holding of these posts),
    read from the tenure, its holdings' articles and its neighbours' names: the row
    :func:`_all_holders` makes for that official and heading (a current tenure: one
    with a start)."""
    g = f"<{IDENTITY_GRAPH}>"
    about: dict[str, dict] = {}
    files: dict[str, set[str]] = {}  # tenure → its holdings' files
    dates: dict[str, set[str]] = {}  # tenure → its holdings' articles' dates
    beside: dict[str, dict[str, set[str]]] = {}
    posts = ", ".join(f"<{x}>" for x in sorted(xs))
    for k in range(0, len(tenures_), 300):
        values = _values("t", tenures_[k:k + 300])
        for r in store.query(_TENURE_ABOUT.replace("GRAPH_HERE", g).replace("VALUES_HERE", values)):
            t = about.setdefault(r["t"].value, {"official": set(), "names": set(), "start": set(), "end": set(),
                                                "began": set(), "ended": set()})
            for field, var in (("official", "o"), ("names", "n"), ("start", "s"), ("end", "e"), ("began", "b"),
                               ("ended", "d")):
                if r[var] is not None:
                    t[field].add(r[var].value)
        # an article has one date of publication; the articles are named (a lookup each)
        # only for a tenure with an article without one, to read its year
        q = _TENURE_FILES.replace("GRAPH_HERE", g).replace("POSTS_HERE", posts)
        undated = set()
        for r in store.query(q.replace("VALUES_HERE", values).replace("ARTICLE_HERE", "")):
            files.setdefault(r["t"].value, set()).add(r["f"].value)
            if r["d"] is not None:
                dates.setdefault(r["t"].value, set()).add(r["d"].value)
            else:
                undated.add(r["t"].value)
        if undated:
            found = [(r["t"].value, r["a"].value) for r in store.query(
                q.replace("VALUES_HERE", _values("t", undated)).replace("ARTICLE_HERE", "?a")) if r["d"] is None]
            arts = _objects(store, {a for _, a in found}, _ARTICLE[2:])
            for t, a in found:
                dates.setdefault(t, set()).add(_article_dates(arts, a))
        for r in store.query(_TENURE_BESIDE.replace("GRAPH_HERE", g).replace("VALUES_HERE", values)):
            beside.setdefault(r["t"].value, {}).setdefault(r["w"].value, set()).add(r["n"].value)
    out: dict[str, dict | None] = {}
    for t in tenures_:
        a = about.get(t)
        if a is None or not files.get(t) or not a["names"]:
            out[t] = None
            continue
        held = sorted(d for d in dates.get(t, ()) if d)
        info = {"start": min(a["start"], default=""), "end": min(a["end"], default=""),
                "began": min(a["began"], default=""), "ended": min(a["ended"], default=""),
                "replaces": beside.get(t, {}).get("replaces", set()),
                "replaced_by": beside.get(t, {}).get("replaced_by", set())}
        out[t] = {"post": label, "holder": min(a["names"]), "official": min(a["official"]), "province": where or "",
                  "first": held[0] if held else "", "last": held[-1] if held else "",
                  "files": sorted(files[t]), **_events_of([info])}
    return out


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
