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

import gc
import hashlib
import multiprocessing
import os
import pickle
import tempfile
import threading
import time
from sys import intern
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from multiprocessing.connection import Connection
from typing import Callable, Iterable, NamedTuple

from rdflib import Literal, URIRef

from kg.identity import (Decision, Held, Mention, acronym_post, company_post, decide, key, national_post,
                         provincial_post, unit_post)
from kg.iris import BASE, ID, mint_str, named_iri_str
from kg.normalize import fold
from kg.rdf import lit
from kg.resources import provinces, provinces_2025
from kg.store import SPOOL_PREFIX

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
_PERSONS = "SELECT ?a ?p ?name ?pv WHERE { GRAPH ?a { ?p a kg:Person ; foaf:name ?name . OPTIONAL { ?a kg:province ?pv } } }"
_HOLDINGS = """SELECT ?a ?p ?h ?x ?label ?former WHERE { GRAPH ?a {
  ?h org:member ?p ; kg:post ?x . ?x rdfs:label ?label . FILTER(lang(?label) = "vi")
  OPTIONAL { ?h kg:former ?former } } }"""
_DATES = "SELECT ?a ?d WHERE { GRAPH ?a { ?a schema:datePublished ?d } }"
# a year only read off an undated text (kg:yearFromText) dates no post: it may be a year
# the text recalls ("năm 1983") or plans for ("tầm nhìn 2030")
_YEARS = "SELECT ?a ?d WHERE { GRAPH ?a { ?a kg:year ?d FILTER NOT EXISTS { ?a kg:yearFromText true } } }"


def _province_names() -> dict[str, str]:
    out = {named_iri_str("province", p.name): p.name for p in provinces()}
    out.update({named_iri_str("province-2025", p.name): p.name for p in provinces_2025()})
    return out


def _v(term: object) -> str | None:
    return getattr(term, "value", None) if term is not None else None


@dataclass(frozen=True, slots=True)  # slots: a 100k store holds ~1M of them
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
    """The rows of a query, over the whole store or, 400 at a time, for these IRIs of ?var
    (bound inside its `GRAPH ?a` block: at the query's top the engine joined them
    last, 3.4 s against 0.2 for a small build's persons on the 35k bench store)."""
    if iris is None:
        yield from store.query(_PREFIXES + query)
        return
    assert "GRAPH ?a {" in query
    for k in range(0, len(iris), 400):
        bound = "GRAPH ?a { " + _values(var, iris[k:k + 400])
        yield from store.query(_PREFIXES + query.replace("GRAPH ?a {", bound, 1))


def read(store, persons: Iterable[str] | None = None) -> tuple[list[Mention], list[Holding]]:  # type: ignore[no-untyped-def]
    """One Mention per person node and article, and every post holding, read from
    the article graphs (of these person nodes only, if given)."""
    names = _province_names()
    only = sorted(set(persons)) if persons is not None else None
    # the engine's rows as tuples of interned strings: a person, an article, a post, a
    # label or a date recurs in many rows (at 100k bench articles the rows and holdings
    # as read took 1.3 GB)
    person_rows = [(intern(r["a"].value), intern(r["p"].value), r["name"].value, _v(r["pv"]))
                   for r in _rows(store, _PERSONS, "p", only)]
    articles = sorted({a for a, *_ in person_rows}) if only is not None else None
    dates: dict[str, str] = {r["a"].value: intern(r["d"].value) for r in _rows(store, _YEARS, "a", articles)}
    dates.update({r["a"].value: intern(r["d"].value) for r in _rows(store, _DATES, "a", articles)})
    posts: dict[tuple[str, str], set[Held]] = {}
    holdings = []
    for r in _rows(store, _HOLDINGS, "p", only):
        a, p, label = intern(r["a"].value), intern(r["p"].value), intern(r["label"].value)
        past = _v(r["former"]) == "true"
        posts.setdefault((a, p), set()).add(Held(label, past))
        holdings.append(Holding(r["h"].value, p, intern(r["x"].value), label, past, dates.get(a)))
    out = []
    for a, p, name, pv in person_rows:
        held = tuple(sorted(posts.get((a, p), ()), key=repr))
        out.append(Mention(p, name, names.get(pv or ""), dates.get(a), a, held))
    return out, holdings


_EVENTS = """SELECT ?a ?e ?p ?k ?d ?x ?label WHERE { GRAPH ?a {
  ?e a kg:CareerEvent ; kg:person ?p ; kg:eventKind ?k .
  OPTIONAL { ?e schema:startDate ?d }
  OPTIONAL { ?e kg:post ?x . ?x rdfs:label ?label . FILTER(lang(?label) = "vi") } } }"""


@dataclass(frozen=True, slots=True)
class Event:
    """One kg:CareerEvent of the article graphs: who, what, which post, when."""

    iri: str
    person: str
    kind: str
    post: str | None  # the post node's IRI
    label: str | None
    date: str | None  # its own date, else its article's dateline
    dated: bool  # whether the date is the event's own


def events(store, persons: Iterable[str] | None = None) -> list[Event]:  # type: ignore[no-untyped-def]
    """Every career event of the article graphs (of these person nodes only, if given)."""
    only = sorted(set(persons)) if persons is not None else None
    rows = list(_rows(store, _EVENTS, "p", only))
    articles = sorted({r["a"].value for r in rows})
    # an event the sentence gives no day takes its article's dateline, never a year the
    # text mentions (an undated page's kg:year may be a birth year)
    dates: dict[str, str] = {r["a"].value: r["d"].value for r in _rows(store, _DATES, "a", articles)}
    out = []
    for r in rows:
        own = _v(r["d"])
        if own and own.startswith("--"):
            own = None
        out.append(Event(r["e"].value, r["p"].value, r["k"].value, _v(r["x"]), _v(r["label"]),
                         own or dates.get(r["a"].value), own is not None))
    return sorted(set(out), key=lambda e: e.iri)


def mentions(store) -> list[Mention]:  # type: ignore[no-untyped-def]
    """One Mention per person node and article, read from the article graphs."""
    return read(store)[0]


def _h(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def official_iri(persons: tuple[str, ...], name: str) -> str:
    """An official's IRI: from its name and its first person node, so it stays the
    same while that node stays in it."""
    return mint_str("official", name, f"{name}|{min(persons)}")


BASIS_PREFIX = "sum1:"  # a basis of this kind can be moved by the articles a build changes
_MOD = 1 << 128


def _term_of(article: str, digest: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{article} {digest}".encode("utf-8")).digest()[:16], "big")


def basis(store, hashes: dict[str, str] | None = None) -> str:  # type: ignore[no-untyped-def]
    """A hash of every article in the store and its content hash (`hashes`, if the
    caller has them all): what the identity graph was decided from. A build
    compares it, so an identity graph left stale (a build killed between loading
    articles and deciding) is decided again. It is a sum of one hash per article,
    so a small build moves it by its own articles (:func:`moved_basis`) instead of
    reading 100,000 hashes."""
    total = sum(_term_of(a, d) for a, d in (store.article_hashes() if hashes is None else hashes).items())
    return f"{BASIS_PREFIX}{total % _MOD:032x}"


def moved_basis(was: str, gone: dict[str, str], came: dict[str, str]) -> str:
    """The basis `was` after the articles `gone` (IRI → old hash) left the store and
    `came` (IRI → hash) entered it; the same as :func:`basis` over the new store."""
    total = int(was.removeprefix(BASIS_PREFIX), 16)
    total -= sum(_term_of(a, d) for a, d in gone.items())
    total += sum(_term_of(a, d) for a, d in came.items())
    return f"{BASIS_PREFIX}{total % _MOD:032x}"


def unmark(store) -> None:  # type: ignore[no-untyped-def]
    """Remove the identity graph's basis mark: the articles are about to change, and
    a build killed before it decides again leaves a graph the next one decides from
    scratch (what a small build trusts without reading every article's hash)."""
    g = f"<{IDENTITY_GRAPH}>"
    store.update_sparql(f"DELETE WHERE {{ GRAPH {g} {{ {g} kg:basis ?b }} }}", prefixes=_PREFIXES)


def stored_basis(store) -> str | None:  # type: ignore[no-untyped-def]
    """The basis the store's identity graph was decided from, if it has one (and is
    of this kind of graph: one whose officials all carry their folded names)."""
    q = (f"SELECT ?b WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ <{IDENTITY_GRAPH}> <{KG}basis> ?b ; "
         f"<{KG}foldedNames> true ; <{KG}postMonths> true }} }}")
    return next((r["b"].value for r in store.query(q)), None)


def _date(d: str) -> str:
    return lit(d, _XSD_YEAR if len(d) == 4 else _XSD_DATE)


def post_key(label: str, post: str) -> str:
    """What makes two holdings one post: national, naming its province, a company by
    its own name or acronym, a central unit (a Cục, a Vụ); else the post node."""
    unit = unit_post(label)  # a central unit's post is one in the country; any other, its node's
    return (national_post(label) or provincial_post(label) or company_post(label)
            or acronym_post(label) or (unit if unit and not unit.endswith("?") else None) or post)


_BEGINS = frozenset({"elected", "appointed", "transferred", "assigned"})
_ENDS = frozenset({"left", "retired", "dismissed"})


class TenureRow(NamedTuple):
    """A current tenure as :func:`successions` reads it."""

    node: str
    official: str
    post: str  # its post key
    start: str | None
    end: str | None
    label: str
    name: str  # the official's name key
    by_event: bool  # its start or its end is an event's


def _tenures(decision: Decision, holdings: list[Holding], t: set[tuple[str, str, str]],
             events: list[Event] | None = None) -> list[TenureRow]:
    """An official's holding of one post over time (kg:Tenure ⊑ org:Membership, as
    W3C ORG models a post held; dates as schema.org's, as Popolo does), derived from
    each holding (kg:fromHolding). It starts at the date of an event that began it
    (elected, appointed, transferred, assigned: kg:startFromEvent), else the first
    article date stating it; it ends at the date of an event that ended it (left,
    retired, dismissed: kg:endFromEvent; one that names no post ends every post the
    official was not stated to hold after it), else the last article date stating
    it. A post is one as :func:`post_key` says.
    A former ("nguyên") holding is a tenure of its own that ended before the first
    article stating it (kg:endedBefore). Returns the current tenures, for
    :func:`successions`."""
    official = {p: official_iri(o.persons, o.name) for o in decision.officials for p in o.persons}
    groups: dict[tuple[str, str, bool], list[Holding]] = {}
    for h in holdings:
        o = official.get(h.person)
        if o is not None:
            groups.setdefault((o, post_key(h.label, h.post), h.past), []).append(h)
    by_post: dict[tuple[str, str], list[Event]] = {}
    unposted: dict[str, list[Event]] = {}
    for e in events or ():
        o = official.get(e.person)
        if o is None or not e.date:
            continue
        if e.post is not None and e.label is not None:
            by_post.setdefault((o, post_key(e.label, e.post)), []).append(e)
        elif e.kind in _ENDS:
            unposted.setdefault(o, []).append(e)
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    raw_key = {official_iri(o.persons, o.name): key(o.name) for o in decision.officials}
    name_key = {o: lit(k) for o, k in raw_key.items()}
    current = []
    for (o, post, past), hs in groups.items():
        node = f"<{ID}tenure/{_h(f'{o} {post} {past}')}>"
        t.add((node, rdf_type, f"<{KG}Tenure>"))
        t.add((node, f"<{KG}nameKey>", name_key[o]))
        t.add((node, f"<{ORG}member>", f"<{o}>"))
        label = min(h.label for h in hs)
        t.add((node, f"<{KG}postName>", lit(label, "vi")))
        t.add((node, f"<{KG}postKey>", lit(post)))
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
            continue
        evs = by_post.get((o, post), [])
        begun = sorted((e for e in evs if e.kind in _BEGINS), key=lambda e: (e.date, e.iri))
        start = begun[0].date if begun else (dates[0] if dates else None)
        if begun:
            t.add((node, f"<{KG}startFromEvent>", lit(begun[0].kind)))
            t.add((node, f"<{KG}fromEvent>", f"<{begun[0].iri}>"))
        last = dates[-1] if dates else None
        # an event naming no post ends those not stated after it ("ông A nghỉ hưu")
        ends = [e for e in evs if e.kind in _ENDS] + [e for e in unposted.get(o, []) if not last or e.date >= last]
        ended = sorted((e for e in ends if not start or e.date >= start), key=lambda e: (e.date, e.iri))
        end = ended[0].date if ended else last
        if start and end and end[:len(start)] < start[:len(end)]:
            end = start  # begun by an event after the last article stating it (an undated page's year)
        if ended:
            t.add((node, f"<{KG}endFromEvent>", lit(ended[0].kind)))
            t.add((node, f"<{KG}fromEvent>", f"<{ended[0].iri}>"))
        if start:
            t.add((node, f"<{SCHEMA}startDate>", _date(start)))
            if len(start) > 4:  # a place in its post's order, found by month (see _around)
                t.add((node, f"<{KG}postMonth>", lit(post_month(post, start))))
        if end:
            t.add((node, f"<{SCHEMA}endDate>", _date(end)))
        current.append(TenureRow(node, o, post, start, end, label, raw_key[o], bool(begun or ended)))
    return current


def _shared(label: str) -> bool:
    """Whether a post of this name is held by several at once (shared_posts.txt)."""
    from kg.resources import held_by_several

    return held_by_several(label)


def _ordered(r: TenureRow) -> bool:
    """Whether a tenure takes part in its post's succession: it starts on a day (a
    tenure dated by a year alone is one of pages with no dateline, the year one its
    text mentions: too weak to order holders by) and its post is held by one at a time."""
    return r.start is not None and len(r.start) > 4 and not _shared(r.label)


def _before(x: str, y: str) -> bool:
    """Whether date x is surely before date y (ISO dates, or an end's year)."""
    if len(x) == 4 or len(y) == 4:
        return x[:4] < y[:4]
    return x < y


def _follows(a: TenureRow, b: TenureRow) -> bool:
    """Whether b, next after a in their post's (start, node) order, replaces a."""
    assert a.start is not None and b.start is not None
    if a.name == b.name or not _before(a.start, b.start):
        return False
    # stated over the same months: no succession kg can tell
    return not (a.end and not (a.by_event or b.by_event) and _before(b.start, a.end))


def successions(tenures: Iterable[TenureRow]) -> list[tuple[str, str]]:
    """(later, earlier) for each two tenures of one post that follow each other, held
    by two officials of two names: the later replaces the earlier (Wikidata's P1365 /
    P1366). The later must start after the earlier, and after its end unless an event dates one of them: two holders
    stated over the same months are no succession kg can tell. Only posts held by one
    at a time: a deputy's, a member's (shared_posts.txt) have no succession; and only
    tenures that start on a day."""
    by_post: dict[str, list[TenureRow]] = {}
    for r in tenures:
        if _ordered(r):
            by_post.setdefault(r.post, []).append(r)
    out = []
    for held in by_post.values():
        held.sort(key=lambda r: (r.start, r.node))
        out += [(b.node, a.node) for a, b in zip(held, held[1:]) if _follows(a, b)]
    return sorted(out)


def _succession_triples(links: list[tuple[str, str]], t: set[tuple[str, str, str]]) -> None:
    for later, earlier in links:
        t.add((later, f"<{KG}replaces>", earlier))
        t.add((earlier, f"<{KG}replacedBy>", later))


_TENURES = """SELECT ?t ?o ?k ?s ?e ?label ?n ?b ?d WHERE { GRAPH GRAPH_HERE {
  ?t a kg:Tenure ; org:member ?o ; kg:postKey ?k ; kg:postName ?label ; kg:nameKey ?n .
  OPTIONAL { ?t schema:startDate ?s } OPTIONAL { ?t schema:endDate ?e }
  OPTIONAL { ?t kg:startFromEvent ?b } OPTIONAL { ?t kg:endFromEvent ?d }
  FILTER NOT EXISTS { ?t kg:former true } } }"""


def _row(r) -> TenureRow:  # type: ignore[no-untyped-def]
    return TenureRow(f"<{r['t'].value}>", r["o"].value, r["k"].value, _v(r["s"]), _v(r["e"]), r["label"].value,
                     r["n"].value, r["b"] is not None or r["d"] is not None)


def relink(store) -> int:  # type: ignore[no-untyped-def]
    """Link the successive tenures of every post again (kg:replaces / kg:replacedBy),
    from the tenures the identity graph holds. Returns the links."""
    g = f"<{IDENTITY_GRAPH}>"
    found = list(store.query(_PREFIXES + _TENURES.replace("GRAPH_HERE", g)))
    store.update_sparql(f"DELETE WHERE {{ GRAPH {g} {{ ?a kg:replaces ?b }} }} ; "
                        f"DELETE WHERE {{ GRAPH {g} {{ ?a kg:replacedBy ?b }} }}", prefixes=_PREFIXES)
    links = successions(_row(r) for r in found)
    t: set[tuple[str, str, str]] = set()
    _succession_triples(links, t)
    if t:
        store.add_ntriples(str(IDENTITY_GRAPH), "".join(sorted(f"{s} {p} {o} .\n" for s, p, o in t)))
    return len(links)


_G = f"<{IDENTITY_GRAPH}>"


def _inside(query: str, var: str, terms: list[str]) -> str:
    """The query with ?var bound to these terms inside its GRAPH block: bound at its
    top, the engine joined them last (13 s for 200 tenure nodes on the 35k bench
    store, 0.03 s bound inside)."""
    return query.replace(f"GRAPH {_G} {{", f"GRAPH {_G} {{ VALUES ?{var} {{ {' '.join(terms)} }}", 1)


def _rows_of(store, nodes: Iterable[str]) -> list[TenureRow]:  # type: ignore[no-untyped-def]
    """The current tenures of these tenure nodes (as <IRI>) the identity graph holds."""
    todo, out = sorted(set(nodes)), []
    for k in range(0, len(todo), 200):
        q = _inside(_TENURES.replace("GRAPH_HERE", _G), "t", todo[k:k + 200])
        out += [_row(r) for r in store.query(_PREFIXES + q)]
    return out


def _tenures_of(store, names: list[str]) -> list[TenureRow]:  # type: ignore[no-untyped-def]
    """The current tenures the identity graph holds for officials of these name keys."""
    nodes: set[str] = set()
    for k in range(0, len(names), 200):
        q = _inside(f"SELECT ?t WHERE {{ GRAPH {_G} {{ ?t kg:nameKey ?n ; a kg:Tenure }} }}", "n",
                    [Literal(x).n3() for x in names[k:k + 200]])
        nodes.update(f"<{r['t'].value}>" for r in store.query(_PREFIXES + q))
    return _rows_of(store, nodes)


_Place = tuple[str, str]  # (start, node): a place in a post's order
_Pair = tuple[str | None, str | None]  # the tenure nodes before and after it


def post_month(post: str, start: str) -> str:
    """The kg:postMonth of a tenure of post key `post` begun on day `start`: its
    post and month in one literal, so the tenures of a post begun in some months
    are an index lookup, not a read of the post's thousands of holders."""
    return f"{post}|{start[:7]}"


def _months(start: str, first: int, last: int) -> list[str]:
    """The months `first` to `last` (inclusive; negative: earlier) from `start`'s, as YYYY-MM."""
    n = int(start[:4]) * 12 + int(start[5:7]) - 1
    return [f"{(n + k) // 12:04d}-{(n + k) % 12 + 1:02d}" for k in range(first, last + 1)
            if 0 <= n + k < 12 * 10000]


# months read on each side of a place, widening until a holder is found (then, a
# post's whole order: a post of few holders is cheap to read whole)
_WINDOWS = ((0, 0), (1, 3), (4, 15), (16, 63))


def _around(store, post: str, places: list[_Place]) -> dict[_Place, _Pair]:  # type: ignore[no-untyped-def]
    """For each (start, node) place in this post's order, the tenure nodes next
    before and after it (the place itself left out, whether a tenure is there or
    not) among those :func:`successions` orders. The tenures of the months around
    the place are read first (by kg:postMonth), widening; a neighbour found in a
    run of months that reaches the place is the post's own neighbour. A post with
    none near is read whole, ordered here by the very key successions sorts by;
    the names, to leave out a shared post's, read only for the tenures looked at."""
    labels: dict[str, str] = {}
    out: dict[_Place, _Pair] = {}
    todo = []
    for place in places:
        pair = (_near(store, post, place, -1, labels), _near(store, post, place, 1, labels))
        if pair[0] is _FAR or pair[1] is _FAR:
            todo.append(place)
        out[place] = pair  # type: ignore[assignment]
    if todo:
        whole = _around_whole(store, post, todo, labels)
        for place, (b, a) in whole.items():
            was = out[place]
            out[place] = (b if was[0] is _FAR else was[0], a if was[1] is _FAR else was[1])
    return out


_FAR = "far"  # no neighbour within the widest window of months: the post is read whole


def _near(store, post: str, place: _Place, step: int, labels: dict[str, str]) -> str | None:  # type: ignore[no-untyped-def]
    """The tenure next to `place` in its post's order on the side `step` (-1
    before, 1 after) that is no shared post's, from the months near it; _FAR when
    none is within the widest window."""
    for first, last in _WINDOWS:
        months = _months(place[0], -last, -first) if step < 0 else _months(place[0], first, last)
        if not months:
            continue
        values = " ".join(Literal(post_month(post, m + "-01")).n3() for m in months)
        q = f"SELECT ?t ?s WHERE {{ GRAPH {_G} {{ VALUES ?k {{ {values} }} ?t kg:postMonth ?k ; schema:startDate ?s }} }}"
        rows = sorted((r[1].value, f"<{r[0].value}>") for r in store.query(_PREFIXES + q))
        side = [r[1] for r in rows if (r < place if step < 0 else r > place)]
        if step < 0:
            side.reverse()
        for k in range(0, len(side), 8):  # names read a few at a time: the nearest is mostly it
            _read_labels(store, side[k:k + 8], labels)
            found = next((n for n in side[k:k + 8] if not _shared(labels[n])), None)
            if found is not None:
                return found
    return _FAR


def _read_labels(store, nodes: list[str], labels: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Read the post names of these tenure nodes (as <IRI>) into `labels`."""
    missing = sorted(set(nodes) - labels.keys())
    for k in range(0, len(missing), 200):
        q = _inside(f"SELECT ?t ?label WHERE {{ GRAPH {_G} {{ ?t kg:postName ?label }} }}", "t", missing[k:k + 200])
        labels.update((f"<{r['t'].value}>", r["label"].value) for r in store.query(_PREFIXES + q))


def _around_whole(store, post: str, places: list[_Place],  # type: ignore[no-untyped-def]
                  labels: dict[str, str]) -> dict[_Place, _Pair]:
    """:func:`_around` from one read of the post's whole order."""
    q = (f"SELECT ?t ?s WHERE {{ GRAPH {_G} {{ ?t kg:postKey {Literal(post).n3()} ; schema:startDate ?s "
         f"FILTER(STRLEN(STR(?s)) > 4) FILTER NOT EXISTS {{ ?t kg:former true }} }} }}")
    # by position, not by name: a popular post has thousands of rows (a third faster)
    order = sorted((r[1].value, f"<{r[0].value}>") for r in store.query(_PREFIXES + q))

    def read_labels(at: Iterable[int]) -> None:
        _read_labels(store, [order[i][1] for i in at], labels)

    def walk(i: int, step: int) -> str | None:
        width = 8
        while 0 <= i < len(order):
            at = range(i, max(-1, min(len(order), i + step * width)), step)
            read_labels(at)
            found = next((order[x][1] for x in at if not _shared(labels[order[x][1]])), None)
            if found is not None:
                return found
            i, width = at[-1] + step, width * 8
        return None

    starts = {}
    for place in places:
        i = bisect_left(order, place)
        starts[place] = (i - 1, i + 1 if i < len(order) and order[i] == place else i)
    # the first few on each side of every place, in one read
    read_labels(x for b, a in starts.values()
                for x in [*range(max(0, b - 7), b + 1), *range(a, min(len(order), a + 8))])
    return {place: (walk(b, -1), walk(a, 1)) for place, (b, a) in starts.items()}


def _later_ends(store, was: set[TenureRow], now: set[TenureRow],  # type: ignore[no-untyped-def]
                pairs: set[tuple[TenureRow, TenureRow]], ahead: set[str]) -> set[str]:
    """The tenures whose end alone moved later (a build adding later articles):
    each keeps its place in its post's order and the link to the one before it
    (which its end takes no part in); its link to the one after it, if any, is that
    pair's alone to decide again (into `pairs`, the old link to go by `ahead`),
    unless a changed tenure stands between them. Without a link to a later one
    before, it has none after either: a later end only keeps two holders apart
    more (:func:`_follows`); one that comes between is linked as a change of its
    own. Returns those tenures' nodes, which need no other relinking."""
    old = {r.node: r for r in was}
    moved = {}
    for r in now:
        o = old.get(r.node)
        if (o is not None and o._replace(end=r.end) == r and _ordered(r) and r.end is not None
                and len(r.end) > 4 and (o.end is None or (len(o.end) > 4 and r.end >= o.end))):
            moved[r.node] = r
    if not moved:
        return set()
    later: dict[str, str] = {}
    for k in range(0, len(nodes := sorted(moved)), 200):
        q = _inside(f"SELECT ?t ?x WHERE {{ GRAPH {_G} {{ ?t kg:replacedBy ?x }} }}", "t", nodes[k:k + 200])
        later.update((f"<{r['t'].value}>", f"<{r['x'].value}>") for r in store.query(_PREFIXES + q))
    rows = {r.node: r for r in _rows_of(store, later.values())}
    changed = {(r.post, r.start, r.node) for r in was | now if _ordered(r)}
    out = set()
    for node, r in moved.items():
        x = rows.get(later[node]) if node in later else None
        if node in later:
            # the later one no longer in the order (its start gone: a page with no
            # dateline left) is a change too, and compares with no place
            if x is None or not _ordered(x) or x.post != r.post or any(
                    p == r.post and (r.start, r.node) < (s, n) <= (x.start, x.node) for p, s, n in changed):
                continue  # something changed between them: linked as a change
            pairs.add((r, x))
            ahead.add(node)
        out.add(node)
    return out


def relink_changed(store, old: list[TenureRow], new: list[TenureRow]) -> int:  # type: ignore[no-untyped-def]
    """Bring the successions up to date after the current tenures `old` were replaced
    by `new` in the identity graph (the new ones written, the old ones' triples
    other than their links removed): the links of the tenures that changed are
    removed, and the pairs around each changed place in its post's order are linked
    again — the tenures before and after it in the post's order. A pair of
    tenures next to each other before and after a change is left as it is: what
    links it is its two rows alone. So the links are those :func:`relink` (or a
    full decision) gives, at the cost of the tenures changed, not of the posts.
    Tenure nodes compare as :func:`successions` orders them (by their IRI: of one
    length, so with or without <> the same order). Returns the links written."""
    g = f"<{IDENTITY_GRAPH}>"
    olds, news = set(old), set(new)
    pairs: set[tuple[TenureRow, TenureRow]] = set()
    ahead: set[str] = set()  # tenures whose link to the later one may change
    behind: set[str] = set()  # and to the earlier one
    kept = _later_ends(store, olds - news, news - olds, pairs, ahead)
    gone = sorted({r.node for r in olds - news} - kept)
    came = {(r.post, r.start, r.node): r for r in news - olds if _ordered(r) and r.node not in kept}
    places = dict(came)
    places.update({(r.post, r.start, r.node): r for r in olds - news if _ordered(r) and r.node not in kept})
    by_post: dict[str, list[tuple[str, str]]] = {}
    for post, start, node in places:
        by_post.setdefault(post, []).append((start, node))
    around = {(post, *place): pair for post, todo in sorted(by_post.items())
              for place, pair in _around(store, post, todo).items()}
    rows = {r.node: r for r in _rows_of(store, {n for pair in around.values() for n in pair if n})}
    for k, (b, a) in around.items():
        before, after = rows.get(b) if b else None, rows.get(a) if a else None
        ahead.update(x.node for x in (before,) if x)
        behind.update(x.node for x in (after,) if x)
        chain = [x for x in (before, came.get(k), after) if x]
        pairs.update(zip(chain, chain[1:]))
    ops = []
    for nodes, patterns in ((gone, ("?x kg:replaces ?y", "?x kg:replacedBy ?y", "?y kg:replaces ?x",
                                    "?y kg:replacedBy ?x")),
                            (sorted(ahead), ("?x kg:replacedBy ?y", "?y kg:replaces ?x")),
                            (sorted(behind), ("?x kg:replaces ?y", "?y kg:replacedBy ?x"))):
        for i in range(0, len(nodes), 200):
            values = " ".join(nodes[i:i + 200])
            ops += [f"DELETE {{ GRAPH {g} {{ {p} }} }} WHERE {{ VALUES ?x {{ {values} }} GRAPH {g} {{ {p} }} }}"
                    for p in patterns]
    if ops:
        store.update_sparql(" ;\n".join(ops), prefixes=_PREFIXES)
    links = sorted({(b.node, a.node) for a, b in pairs if _follows(a, b)})
    t: set[tuple[str, str, str]] = set()
    _succession_triples(links, t)
    if t:
        store.add_ntriples(str(IDENTITY_GRAPH), "".join(sorted(f"{s} {p} {o} .\n" for s, p, o in t)))
    return len(links)


def identity_ntriples(decision: Decision, made_from: str | None = None,
                      holdings: list[Holding] | None = None, events: list[Event] | None = None) -> str:
    """The identity graph as N-Triples, sorted (the same decision, the same bytes);
    `made_from`: the :func:`basis` it was decided from; `holdings`: the post
    holdings, made into tenures, dated by the career `events` where they give dates,
    and the tenures of one post linked in succession."""
    return _identity(decision, made_from, holdings, events)[0]


def _identity(decision: Decision, made_from: str | None = None, holdings: list[Holding] | None = None,
              events: list[Event] | None = None, linked: bool = True) -> tuple[str, list[TenureRow]]:
    """:func:`identity_ntriples`, with (`linked`) or without the successions, and its current tenures."""
    lines = _identity_lines(decision, made_from, holdings, events, linked)
    return "".join(sorted(lines[0])), lines[1]


def _line(triple: tuple[str, str, str]) -> str:
    """One N-Triples line of (s, p, o) already in N-Triples syntax."""
    return f"{triple[0]} {triple[1]} {triple[2]} .\n"


class _Lines(set):  # type: ignore[type-arg]
    """A set of N-Triples lines, added as (s, p, o): one string a triple, not a tuple of
    three (the identity graph of 100k bench articles is 6.6M triples: tuples took ~3× the memory)."""

    def add(self, triple: tuple[str, str, str]) -> None:  # type: ignore[override]
        super().add(_line(triple))


class _LineFile:
    """Takes the identity graph's triples as :class:`_Lines` does, but writes each line
    to a file as it comes (repeats left to the engine's loader, which keeps a quad
    once); lines whose predicate is `last` are kept aside, to be added after the rest."""

    def __init__(self, f, last: str) -> None:  # type: ignore[no-untyped-def]
        self.f, self.last, self.marks, self.n = f, f"<{last}>", [], 0

    def add(self, triple: tuple[str, str, str]) -> None:
        line = _line(triple)
        if triple[1] == self.last:
            self.marks.append(line)
        else:
            self.f.write(line)
        self.n += 1


def _identity_lines(decision: Decision, made_from: str | None = None, holdings: list[Holding] | None = None,
                    events: list[Event] | None = None, linked: bool = True,
                    sink: "_Lines | _LineFile | None" = None) -> tuple[set[str], list[TenureRow]]:
    """The identity graph's N-Triples lines (unsorted; into `sink` if given), and its current tenures."""
    t = sink if sink is not None else _Lines()
    current = _tenures(decision, holdings, t, events) if holdings else []
    if linked:
        _succession_triples(successions(current), t)
    if made_from:
        t.add((f"<{IDENTITY_GRAPH}>", f"<{KG}basis>", lit(made_from)))
        # every official carries its folded name (a graph decided before they did is
        # decided again: see stored_basis)
        t.add((f"<{IDENTITY_GRAPH}>", f"<{KG}foldedNames>", lit(True)))
        # and every dated tenure its kg:postMonth
        t.add((f"<{IDENTITY_GRAPH}>", f"<{KG}postMonths>", lit(True)))
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    key_of: dict[str, str] = {}
    for o in decision.officials:
        node = f"<{official_iri(o.persons, o.name)}>"
        nk = lit(key(o.name))  # every node but the person links carries its name's key: a
        key_of.update((p, nk) for p in o.persons)  # build re-decides one name's nodes by it
        t.add((node, f"<{KG}nameKey>", nk))
        # the name folded (no case, no diacritics): `kg query --person "nguyen van a"`
        # finds the names it means by one index lookup, not a pass over every name
        t.add((node, f"<{KG}foldedName>", lit(fold(o.name))))
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
    return t, current


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


def refresh(store, made_from: str | None = None,  # type: ignore[no-untyped-def]
            alongside: Callable[[], object] | None = None) -> Refresh:
    """Recompute the identity graph of a store from its article graphs and replace it.

    `alongside`, if given, is other work on the store (the build's aggregates) done
    while the officials are decided: on a big embedded store the decision runs in
    a forked process beside it (the two are single-threaded, and a machine has
    two cores), else it is simply called after."""
    t0 = time.perf_counter()
    made_from = made_from or basis(store)
    if hasattr(store, "update_sparql"):
        unmark(store)  # a refresh killed halfway leaves no mark a small build would trust
    ms, holdings = read(store)
    if (alongside is not None and (os.cpu_count() or 1) > 1 and hasattr(store, "bulk_load_graph")
            and getattr(store, "path", None) is not None and len(holdings) + len(ms) > DECIDE_BESIDE_FROM):
        beside = _Beside(ms, holdings, events(store), made_from, store.path)
        read_s = time.perf_counter() - t0
        try:
            # the child has its own view of them: this process lets them go before the
            # aggregates take their memory (the serial path below does so before its load)
            del ms, holdings
            gc.collect()
            alongside()
            done, marks = beside.result()
            t1 = time.perf_counter()
            store.bulk_load_graph(str(IDENTITY_GRAPH), beside.name, marks)
            store.flush()
        finally:
            beside.close()
        # the identity's own time: reading, the child's decision and lines, the load (not the
        # aggregates', which ran beside)
        done.seconds = read_s + done.seconds + (time.perf_counter() - t1)
        return done
    if hasattr(store, "bulk_load_graph") and len(holdings) + len(ms) > BULK_IDENTITY_FROM:
        # a big graph: each line written to a file as it is made and the file bulk
        # loaded by the engine, never a text or a set of it all in memory (at 100k
        # bench articles, 6.6M triples: their tuples, text and copies took 6 GB)
        evs = events(store)
        name = _identity_file(getattr(store, "path", None))
        done, marks = _decided_to_file(ms, holdings, evs, made_from, name)
        try:
            # what the decision was made from is let go before the engine's load takes
            # its own memory: at 100k bench articles the two together peaked at 2.4 GB
            del ms, holdings, evs
            gc.collect()
            store.bulk_load_graph(str(IDENTITY_GRAPH), name, marks)
        finally:
            Path(name).unlink(missing_ok=True)
        store.flush()
        done.seconds = time.perf_counter() - t0
    else:
        done = _refresh_in_memory(store, ms, holdings, made_from, t0)
    if alongside is not None:
        alongside()
    return done


def _refresh_in_memory(store, ms: list[Mention], holdings: list[Holding],  # type: ignore[no-untyped-def]
                       made_from: str, t0: float) -> Refresh:
    """Decide and replace a small identity graph, from text held in memory."""
    decision = decide(ms)
    lines, _ = _identity_lines(decision, made_from, holdings, events(store))
    n = len(lines)
    if hasattr(store, "replace_graph_ntriples"):  # embedded: only the difference is written
        store.replace_graph_ntriples(str(IDENTITY_GRAPH), "".join(sorted(lines)), last=f"{KG}basis")
    else:  # a remote store: through rdflib, as every other graph it is sent
        from kg.bridge import parse_ntriples

        store.replace_graph(IDENTITY_GRAPH, parse_ntriples("".join(sorted(lines))))
    store.flush()
    return Refresh(len(ms), len({m.person for m in ms}), len(decision.officials),
                   sum(len(o.joins) for o in decision.officials), len(decision.apart),
                   n, time.perf_counter() - t0)


def _identity_file(directory: Path | None) -> str:
    """A new empty file for the identity graph's lines, named as a build's spool (so a
    build after a crash removes it: store.recover)."""
    fd, name = tempfile.mkstemp(prefix=SPOOL_PREFIX + "identity-", suffix=".nt", dir=directory)
    os.close(fd)
    return name


def _decided_to_file(ms: list[Mention], holdings: list[Holding], evs: list[Event], made_from: str,
                     name: str) -> tuple[Refresh, str]:
    """Decide the officials and write the identity graph's lines to the file `name`
    (removed if either fails): what was decided (its seconds left at 0), and the
    basis lines to add after the file's."""
    try:
        decision = decide(ms)
        with open(name, "w", encoding="utf-8") as f:
            sink = _LineFile(f, f"{KG}basis")
            _identity_lines(decision, made_from, holdings, evs, sink=sink)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    done = Refresh(len(ms), len({m.person for m in ms}), len(decision.officials),
                   sum(len(o.joins) for o in decision.officials), len(decision.apart), sink.n, 0.0)
    return done, "".join(sink.marks)


# what a forked child decides from: set just before the fork and cleared just after, so
# that the parent keeps no reference to it (a Process keeps its args)
_FOR_CHILD: tuple[list[Mention], list[Holding], list[Event], str, str] | None = None
_FORKING = threading.Lock()


def _decide_child(conn: Connection) -> None:
    """The forked process's part: decide, write the file the parent named, send back
    what was decided and the basis lines, with its own seconds (or the error: as
    itself if it goes through a pipe whole, else as a RuntimeError naming it)."""
    try:
        assert _FOR_CHILD is not None
        ms, holdings, evs, made_from, name = _FOR_CHILD
        t0 = time.perf_counter()
        done, marks = _decided_to_file(ms, holdings, evs, made_from, name)
        done.seconds = time.perf_counter() - t0
        conn.send(("done", (done, marks)))
    except BaseException as e:  # noqa: BLE001 - the parent raises it
        try:
            pickle.loads(pickle.dumps(e))
            conn.send(("error", e))
        except Exception:  # noqa: BLE001 - an exception that does not go through a pipe
            conn.send(("error", RuntimeError(f"{type(e).__name__}: {e}")))
    finally:
        conn.close()


class _Beside:
    """The officials decided by a forked child (it sees the mentions read here without
    their being copied) while this process does other work. The child touches no
    store: only this process writes to it. The file it writes is named here, so it is
    removed on every way out (close)."""

    def __init__(self, ms: list[Mention], holdings: list[Holding], evs: list[Event], made_from: str,
                 directory: Path) -> None:
        global _FOR_CHILD
        self.name = _identity_file(directory)
        ctx = multiprocessing.get_context("fork")
        self._ours, theirs = ctx.Pipe(duplex=False)
        self._child = ctx.Process(target=_decide_child, args=(theirs,), daemon=True)
        try:
            with _FORKING:  # two refreshes in two threads hand over one at a time
                _FOR_CHILD = (ms, holdings, evs, made_from, self.name)
                try:
                    self._child.start()
                finally:
                    _FOR_CHILD = None
        except BaseException:  # no process: nothing to wait for, the pipe and file go
            self._ours.close()
            Path(self.name).unlink(missing_ok=True)
            raise
        finally:
            theirs.close()

    def result(self) -> tuple[Refresh, str]:
        """What the child decided (its seconds its own) and the basis lines; its error raised here."""
        try:
            status, value = self._ours.recv()
        except (EOFError, OSError):  # killed (out of memory) before it could answer, or while it did
            self._child.join()
            raise RuntimeError(f"deciding the officials stopped (exit code {self._child.exitcode})") from None
        self._child.join()
        if status == "error":
            raise value
        return value

    def close(self) -> None:
        """Stop the child if it still runs, and remove its file."""
        if self._child.is_alive():
            self._child.terminate()
        self._child.join()
        self._ours.close()
        Path(self.name).unlink(missing_ok=True)


# from this many mentions and holdings (~5 triples each) a recomputed identity graph
# replaces the old one whole (a clear and a bulk load from a file), not by difference
BULK_IDENTITY_FROM = 60_000
# from this many, with other work to do alongside, the decision is made in a forked
# process beside it: at 35k real articles (~90,000) the decision and its lines took
# ~4.5 s and the aggregates ~4 s, one after the other
DECIDE_BESIDE_FROM = 20_000


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
    persons = _persons_of(store, wanted, articles)
    ms, holdings = read(store, persons)
    decision = decide(ms)
    nt, now = _identity(decision, None, holdings, events(store, persons), linked=False)
    g = f"<{IDENTITY_GRAPH}>"
    before = _tenures_of(store, wanted)
    unmark(store)
    for k in range(0, len(wanted), 200):
        values = " ".join(Literal(x).n3() for x in wanted[k:k + 200])
        # the successions stay: relink_changed removes those of the tenures that changed
        store.update_sparql(f"""
            DELETE {{ GRAPH {g} {{ ?p kg:official ?o }} }}
            WHERE {{ VALUES ?k {{ {values} }} GRAPH {g} {{ ?o a kg:Official ; kg:nameKey ?k . ?p kg:official ?o }} }} ;
            DELETE {{ GRAPH {g} {{ ?x ?y ?z }} }}
            WHERE {{ VALUES ?k {{ {values} }} GRAPH {g} {{ ?x kg:nameKey ?k ; ?y ?z
                     FILTER(?y != kg:replaces && ?y != kg:replacedBy) }} }}""", prefixes=_PREFIXES)
    store.add_ntriples(str(IDENTITY_GRAPH), nt)
    # a post's succession may pass through officials of names not decided here: the
    # pairs around each tenure that changed are linked again
    relink_changed(store, before, now)
    store.add_ntriples(str(IDENTITY_GRAPH), f"{g} <{KG}basis> {lit(made_from)} .\n")
    store.flush()
    return Refresh(len(ms), len({m.person for m in ms}), len(decision.officials),
                   sum(len(o.joins) for o in decision.officials), len(decision.apart),
                   nt.count("\n"), time.perf_counter() - t0, partial=True)
