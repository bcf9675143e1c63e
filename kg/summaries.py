"""Aggregates kept by the build: `kg query admitted` and its kind answered from
rows the build stored, not by reading every fact again.

An aggregate named query (members admitted per province and year, meetings per
body and year, awards per giver, posts per province) reads every fact it counts:
seconds on a store of 100,000 articles. Its result is small, and it only changes
when articles do; so `kg build` keeps it in the summary graph, and `kg query`
reads it from there when it is current. Each result row is kept under a *slice*:
the value of one of the query's grouping variables (a province, a year, a body,
a giver). Articles touch few slices: after a small build only the slices the
added, changed (old and new text) or dropped articles touch are computed again, by
the named query itself restricted to those slices (a VALUES line, as filters
bind theirs), so the kept rows are always the rows the query gives. A slice may
be big (a year holds a ninth of the figures), so the aggregates whose columns
allow it are brought up to date by difference instead, at the cost of the
articles (see :class:`Spec`): sums and counts by the changed articles' own
contributions, old and new; counts of distinct nodes by asking, for each node
those articles gave or took, whether another article still gives it.

A summary is used only when it is current: the build removes the summary's basis
mark before it loads articles and writes it back last (a killed build leaves no
mark, and the next one computes every summary again), and each aggregate's rows
carry the hash of the query text they were computed by (an edited query is run
as it is).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pyoxigraph as ox

from kg.iris import BASE
from kg.results import without_comments
from kg.store import SUMMARY_GRAPH, with_prefixes

KG = "https://w3id.org/kgvn/ontology#"
_COLUMN = BASE + "summary/column#"
QUERIES = Path(__file__).resolve().parent.parent / "queries"
_VALUES_UP_TO = 300  # slices bound in one query; more are computed in several


@dataclass(frozen=True)
class Spec:
    """How an aggregate is kept: the grouping variable its rows are sliced by (bound
    by a triple pattern in its first `GRAPH ?source` block), and the pattern giving
    the slices an article graph touches (`?slice`, inside that article's graph).

    How a small build brings its rows up to date, when not by computing the slices
    its articles touch again:
    `summed`: columns that are SUMs or COUNTs of integers over solutions each found
    inside one article graph, the first a COUNT of the solutions (a row is gone at
    0): the changed articles' old contribution (the query over their graphs alone)
    is taken off the kept row and their new one added.
    `distinct`: (column, var) for a query with one row a slice, each column a
    COUNT(DISTINCT ?var) over the solutions of `touches`: a node the changed
    articles gave the slice, or took from it, counts while another article gives
    it (one lookup a node).
    `counted`: (column, var) for a query of several rows a slice (its other
    columns group them), each column a COUNT(DISTINCT ?var) over the query's own
    solutions: the solutions the changed articles give, old and new, and for each
    node they gave a row or took from it, whether another article gives it that
    row (one lookup a node, the query's own pattern with the node bound)."""

    slice_var: str
    touches: str
    summed: tuple[str, ...] = ()
    distinct: tuple[tuple[str, str], ...] = ()
    counted: tuple[tuple[str, str], ...] = ()


SPECS: dict[str, Spec] = {
    "admitted": Spec("year", "?f kg:measure kg:MembersAdmitted ; kg:year ?slice .", summed=("reports", "admitted")),
    # a meeting is counted once in a year however many articles report it, and its year is
    # computed (BIND): kept by body, the slices computed again
    "meetings-per-body": Spec("body", "?m kg:organizer ?o . ?o kg:canonicalName ?slice .",
                              counted=(("meetings", "m"), ("articles", "source"))),
    # an award conferral is a node of its article's own (…/article/X/award/N): counted
    # once an article, so its counts are sums over the articles, kept by difference
    "awards-per-giver": Spec("giver", "?a kg:giver ?g ; kg:awardName ?n . ?g kg:canonicalName ?slice .",
                             summed=("awards", "articles")),
    "posts-per-province": Spec("pv", "?source kg:province ?slice . ?h kg:post ?x ; org:member ?p .",
                               distinct=(("posts", "x"), ("holders", "p"), ("articles", "source"))),
}

_GRAPH_OPEN = re.compile(r"GRAPH\s+\?source\s*\{")
_SELECT = re.compile(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?", re.IGNORECASE)
_ORDER = re.compile(r"\bORDER\s+BY\b(.*)$", re.IGNORECASE | re.DOTALL)


def query_text(name: str) -> str:
    """The text of kg's own named query `name`."""
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def text_hash(text: str) -> str:
    """What a summary's rows were computed by: a hash of the query's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _term(t: Any) -> str:
    """A result term as SPARQL/N-Triples syntax (escaped by the engine's own writer)."""
    return str(t)


def _sliced(text: str, spec: Spec, slices: list[str] | None) -> str:
    """The query with its slice variable projected (when it is not) and, with
    `slices`, bound to those slices only."""
    m = _SELECT.search(text)
    if m is None or _GRAPH_OPEN.search(text) is None:
        raise ValueError("an aggregate query wants a SELECT and a GRAPH ?source block")
    var = f"?{spec.slice_var}"
    head = text[m.end():text.find("WHERE", m.end())]
    if not re.search(rf"\{re.escape(var)}\b", head):
        text = text[:m.end()] + f"{var} " + text[m.end():]
    if slices is not None:
        g = _GRAPH_OPEN.search(text)
        assert g is not None
        text = text[:g.end()] + f"\n    VALUES {var} {{ {' '.join(slices)} }}" + text[g.end():]
    return text


def _rows(store: Any, text: str, spec: Spec, slices: list[str] | None) -> list[dict[str, Any]]:
    """The aggregate's rows (for these slices, or all), each with its slice."""
    out: list[dict[str, Any]] = []
    chunks = [None] if slices is None else [slices[k:k + _VALUES_UP_TO] for k in range(0, len(slices), _VALUES_UP_TO)]
    for chunk in chunks:
        if chunk == []:
            continue
        result = store.query(with_prefixes(_sliced(text, spec, chunk)))
        names = [v.value for v in result.variables]
        for s in result:
            out.append({n: s[n] for n in names})
    return out


def _row_ntriples(name: str, spec: Spec, columns: list[str], row: dict[str, Any]) -> str:
    """One result row as triples of the summary graph (unbound columns left out)."""
    cells = [(c, row.get(c)) for c in columns]
    ident = hashlib.sha256(repr((name, [(c, _term(v)) for c, v in cells])).encode("utf-8")).hexdigest()[:32]
    node = f"<{BASE}summary/{name}/{ident}>"
    lines = [f'{node} <{KG}summaryOf> "{name}" .\n',
             f"{node} <{KG}slice> {_term(row[spec.slice_var])} .\n"]
    lines += [f"{node} <{_COLUMN}{c}> {_term(v)} .\n" for c, v in cells if v is not None]
    return "".join(lines)


def _columns(text: str) -> list[str]:
    """The variables a SELECT projects, in order (`?x` and `(… AS ?x)`)."""
    m = _SELECT.search(text)
    assert m is not None
    head = text[m.end():text.find("WHERE", m.end())]
    return re.findall(r"\?(\w+)", re.sub(r"\([^()]*\([^()]*\)[^()]*\)|\([^()]*\)", _as_only, head))


def _as_only(m: re.Match[str]) -> str:
    found = re.search(r"AS\s+\?(\w+)", m.group(0), re.IGNORECASE)
    return f" ?{found.group(1)} " if found else " "


def _store_rows(store: Any, name: str, spec: Spec, text: str, rows: list[dict[str, Any]]) -> None:
    columns = _columns(text)
    nt = "".join(_row_ntriples(name, spec, columns, r) for r in rows if r.get(spec.slice_var) is not None)
    if nt:
        store.add_ntriples(SUMMARY_GRAPH, nt)


def _mark(store: Any) -> str:
    return f"<{SUMMARY_GRAPH}>"


def invalidate(store: Any) -> None:
    """Remove the basis mark: the summaries are not current (the build is about to
    load articles; it writes the mark back when every summary is)."""
    g = _mark(store)
    store.update_sparql(f"DELETE WHERE {{ GRAPH {g} {{ {g} <{KG}basis> ?b }} }}")


def is_current(store: Any) -> bool:
    """Whether the summaries were completed after the last articles were loaded."""
    g = _mark(store)
    return bool(store.query(f"ASK {{ GRAPH {g} {{ {g} <{KG}basis> ?b }} }}"))


def touched(store: Any, articles: Iterable[str]) -> dict[str, set[str]]:
    """For each aggregate, the slices these article graphs touch (as SPARQL terms)."""
    graphs = sorted(set(articles))
    out: dict[str, set[str]] = {name: set() for name in (*SPECS, POST_INDEX)}
    touches = {**{name: spec.touches for name, spec in SPECS.items()}, POST_INDEX: "?slice org:role ?r ."}
    for k in range(0, len(graphs), _VALUES_UP_TO):
        values = " ".join(f"<{a}>" for a in graphs[k:k + _VALUES_UP_TO])
        for name, pattern in touches.items():
            q = with_prefixes(f"SELECT DISTINCT ?slice WHERE {{ VALUES ?source {{ {values} }} "
                              f"GRAPH ?source {{ {pattern} }} }}")
            out[name].update(_term(r["slice"]) for r in store.query(q))
    return out


# The post index: every post node and each label articles give it, with the label's
# folded key and its national or provincial post key, so that `kg post TITLE` finds
# the posts a title names by a prefix test in the engine over one row a label,
# instead of reading every post mention of every article (a second on 3,000 bench
# articles). Kept like the aggregates: sliced by post, recomputed for the posts a
# build's articles touch.
POST_INDEX = "post-index"
_POST_LABELS = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?x ?label WHERE { GRAPH ?a { VALUES_HERE ?x org:role ?r ; rdfs:label ?label } }"""  # a post has a role
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _post_index(store: Any, posts: list[str] | None, articles: list[str] | None = None) -> str:
    """N-Triples of the post index entries of these posts (their IRIs as SPARQL terms),
    or of all; with `articles` (IRIs), only the labels those article graphs give."""
    from kg.identity import national_post, provincial_post
    from kg.normalize import fold, key

    chunks = [None] if posts is None else [posts[k:k + _VALUES_UP_TO] for k in range(0, len(posts), _VALUES_UP_TO)]
    within = "" if articles is None else f"VALUES ?a {{ {' '.join(f'<{a}>' for a in articles)} }} "
    lines = []
    for chunk in chunks:
        if chunk == []:
            continue
        values = within + ("" if chunk is None else f"VALUES ?x {{ {' '.join(chunk)} }}")
        for r in store.query(_POST_LABELS.replace("VALUES_HERE", values)):
            if getattr(r["label"], "language", None) != "vi":
                continue
            x, label = _term(r["x"]), r["label"].value
            node = f"<{BASE}summary/{POST_INDEX}/{hashlib.sha256(f'{x} {label}'.encode('utf-8')).hexdigest()[:32]}>"
            lines += [f'{node} <{KG}summaryOf> "{POST_INDEX}" .\n', f"{node} <{KG}slice> {x} .\n",
                      f"{node} <{_LABEL}> {_term(r['label'])} .\n",
                      f"{node} <{KG}foldedName> {_literal(fold(key(label)))} .\n"]
            post_key = national_post(label) or provincial_post(label)
            if post_key:
                lines.append(f"{node} <{KG}postKey> {_literal(post_key)} .\n")
    return "".join(lines)


def _literal(text: str) -> str:
    """A plain literal in N-Triples and SPARQL syntax, escaped by the engine's own writer."""
    return str(ox.Literal(text))


def posts_titled(store: Any, folded_title: str, title_key: str | None) -> dict[str, set[str]] | None:
    """From the post index: post IRI → its labels, for posts whose label's folded key
    is `folded_title` or starts with it and a space, or whose post key is `title_key`;
    None when the store keeps no current index (the caller reads the articles)."""
    g = _mark(store)
    if not bool(store.query(f"ASK {{ GRAPH {g} {{ {g} <{KG}basis> ?b . <{BASE}summary/{POST_INDEX}> ?p ?o }} }}")):
        return None
    want = _literal(folded_title)
    # a prefix test over the index's folded keys (kg:foldedName is the index's alone in
    # this graph); the patterns that read each hit's post and label inside the same
    # block (joined after a UNION they read every entry: 107 → 35 ms on the 35k corpus)
    queries = [f"SELECT ?x ?label WHERE {{ GRAPH {g} {{ ?e <{KG}foldedName> ?k . "
               f"FILTER(?k = {want} || STRSTARTS(?k, CONCAT({want}, \" \"))) "
               f"?e <{KG}slice> ?x ; <{_LABEL}> ?label }} }}"]
    if title_key:
        queries.append(f"SELECT ?x ?label WHERE {{ GRAPH {g} {{ ?e <{KG}postKey> {_literal(title_key)} ; "
                       f"<{KG}slice> ?x ; <{_LABEL}> ?label }} }}")
    out: dict[str, set[str]] = {}
    for q in queries:
        for r in store.query(q):
            out.setdefault(r["x"].value, set()).add(r["label"].value)
    return out


def _clear(store: Any, name: str, slices: list[str] | None) -> None:
    """Remove the kept rows of `name`: all of them, or those of these slices."""
    g = _mark(store)
    if slices is None:
        store.update_sparql(f"DELETE WHERE {{ GRAPH {g} {{ ?r <{KG}summaryOf> \"{name}\" ; ?p ?o }} }}")
        return
    for k in range(0, len(slices), _VALUES_UP_TO):
        values = " ".join(slices[k:k + _VALUES_UP_TO])
        # the VALUES inside the block: outside, the engine read every kept row first
        store.update_sparql(f"DELETE {{ GRAPH {g} {{ ?r ?p ?o }} }} WHERE {{ GRAPH {g} {{ VALUES ?s {{ {values} }} "
                            f"?r <{KG}slice> ?s ; <{KG}summaryOf> \"{name}\" ; ?p ?o }} }}")


def recompute(store: Any, made_from: str, slices: dict[str, set[str]] | None = None) -> int:
    """Compute the summaries again — every row, or (with `slices`) the rows of those
    slices only — and mark them current as of `made_from` (the articles' basis).
    Returns the rows written."""
    g = _mark(store)
    written = 0
    for name, spec in SPECS.items():
        text = query_text(name)
        stamp = f"<{BASE}summary/{name}>"
        todo = None if slices is None else sorted(slices.get(name, ()))
        _clear(store, name, todo)
        rows = _rows(store, text, spec, todo)
        _store_rows(store, name, spec, text, rows)
        store.update_sparql(f"DELETE WHERE {{ GRAPH {g} {{ {stamp} ?p ?o }} }}")
        store.add_ntriples(SUMMARY_GRAPH, f'{stamp} <{KG}queryHash> "{text_hash(text)}" .\n')
        written += len(rows)
    stamp = f"<{BASE}summary/{POST_INDEX}>"
    todo = None if slices is None else sorted(slices.get(POST_INDEX, ()))
    _clear(store, POST_INDEX, todo)
    nt = _post_index(store, todo)
    if nt:
        store.add_ntriples(SUMMARY_GRAPH, nt)
    store.update_sparql(f"DELETE WHERE {{ GRAPH {g} {{ {stamp} ?p ?o }} }}")
    store.add_ntriples(SUMMARY_GRAPH, f'{stamp} <{KG}summaryOf> "{POST_INDEX}" .\n')
    written += nt.count(f"<{KG}foldedName>")
    store.add_ntriples(SUMMARY_GRAPH, f'{g} <{KG}basis> "{made_from}" .\n')
    return written


_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@dataclass
class Before:
    """What the old texts of a small build's changed articles gave each aggregate,
    read before they are replaced: the slices they touched, and (for the
    aggregates kept by difference) their rows or the nodes they counted."""

    slices: dict[str, set[str]]
    rows: dict[str, list[dict[str, Any]]]
    nodes: dict[str, dict[tuple[str, str], set[str]]]
    solutions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _values(articles: list[str]) -> str:
    return " ".join(f"<{a}>" for a in articles)


def _of(store: Any, name: str, spec: Spec, articles: list[str]) -> Any:
    """An aggregate's rows over these article graphs alone (`summed`), or the nodes
    they give each slice, by column (`distinct`): {(slice, column): {node}}."""
    if spec.summed:
        text = _sliced(query_text(name), spec, None)
        out: list[dict[str, Any]] = []
        for k in range(0, len(articles), _VALUES_UP_TO):
            g = _GRAPH_OPEN.search(text)
            assert g is not None
            # bound inside the block: at the query's top the engine joined them last (1.5 s, not 1 ms)
            bound = f"\n    VALUES ?source {{ {_values(articles[k:k + _VALUES_UP_TO])} }}"
            q = text[:g.end()] + bound + text[g.end():]
            result = store.query(with_prefixes(q))
            names = [v.value for v in result.variables]
            out += [{n: s[n] for n in names} for s in result]
        return out
    nodes: dict[tuple[str, str], set[str]] = {}
    wanted = " ".join(f"?{v}" for _, v in spec.distinct)
    for k in range(0, len(articles), _VALUES_UP_TO):
        q = with_prefixes(f"SELECT DISTINCT ?slice {wanted} WHERE {{ GRAPH ?source {{ VALUES ?source {{ "
                          f"{_values(articles[k:k + _VALUES_UP_TO])} }} {spec.touches} }} }}")
        for r in store.query(q):
            for column, var in spec.distinct:
                nodes.setdefault((_term(r["slice"]), column), set()).add(_term(r[var]))
    return nodes


def before(store: Any, replaced: Iterable[str]) -> Before:
    """What the old texts of these articles give the aggregates (read it before a
    build replaces them)."""
    articles = sorted(set(replaced))
    out = Before(touched(store, articles), {}, {})
    for name, spec in SPECS.items():
        if spec.summed:
            out.rows[name] = _of(store, name, spec, articles)
        elif spec.distinct:
            out.nodes[name] = _of(store, name, spec, articles)
        elif spec.counted:
            out.solutions[name] = _solutions(store, name, spec, articles)
    return out


_GROUP = re.compile(r"\bGROUP\s+BY\b", re.IGNORECASE)


def _pattern(text: str) -> str:
    """A grouped query's WHERE pattern, braces included (what lies between WHERE and GROUP BY)."""
    m = _SELECT.search(text)
    assert m is not None
    where, group = text.find("WHERE", m.end()), _GROUP.search(text)
    if where < 0 or group is None:
        raise ValueError("a counted aggregate wants a WHERE and a GROUP BY")
    return text[where + len("WHERE"):group.start()].strip()


def _bind_in_graph(pattern: str, var: str, terms: list[str]) -> str:
    """The pattern with ?var bound to these terms at the top of its GRAPH ?source
    block (there the engine starts from them; at the top it joined them last)."""
    g = _GRAPH_OPEN.search(pattern)
    assert g is not None
    return pattern[:g.end()] + f"\n    VALUES ?{var} {{ {' '.join(terms)} }}" + pattern[g.end():]


def _solutions(store: Any, name: str, spec: Spec, articles: list[str]) -> list[dict[str, Any]]:
    """A `counted` aggregate's solutions inside these article graphs: its grouping
    columns and counted nodes, one dict a distinct solution."""
    text = query_text(name)
    groups = [c for c in _columns(text) if c not in dict(spec.counted)]
    wanted = sorted(set(groups) | {v for _, v in spec.counted})
    out: list[dict[str, Any]] = []
    for k in range(0, len(articles), _VALUES_UP_TO):
        pattern = _bind_in_graph(_pattern(text), "source", [f"<{a}>" for a in articles[k:k + _VALUES_UP_TO]])
        result = store.query(with_prefixes(text[:_SELECT.search(text).start()]  # type: ignore[union-attr]
                                           + f"SELECT DISTINCT {' '.join('?' + v for v in wanted)} WHERE {pattern}"))
        out += [{v: s[v] for v in wanted} for s in result]
    return out


def _counted(store: Any, name: str, spec: Spec, old: list[dict[str, Any]], new: list[dict[str, Any]],
             articles: list[str], redo: set[str]) -> tuple[list[str], list[dict[str, Any]]]:
    """The kept rows to remove and those to write for a `counted` aggregate."""
    text = query_text(name)
    columns = _columns(text)
    counted = dict(spec.counted)
    groups = [c for c in columns if c not in counted]

    def group_of(r: dict[str, Any]) -> tuple:
        return tuple(_term(r[c]) if r.get(c) is not None else None for c in groups)

    slices = sorted({_term(r[spec.slice_var]) for r in old + new if r.get(spec.slice_var) is not None})
    kept = _kept_rows(store, name, slices)
    rows: dict[tuple, dict[str, Any]] = {}
    nodes: dict[tuple, str] = {}
    for node, r in kept.items():
        k = group_of(r)
        if k in rows:  # two kept rows of one group: computed again
            redo.add(_term(r["_slice"]))
        rows[k], nodes[k] = dict(r), node
    given: dict[tuple, dict[str, tuple[set[str], set[str]]]] = {}  # group → column → (old nodes, new nodes)
    terms: dict[tuple, dict[str, Any]] = {}
    for side, found in ((0, old), (1, new)):
        for r in found:
            if r.get(spec.slice_var) is None:
                continue
            k = group_of(r)
            terms.setdefault(k, {c: r.get(c) for c in groups})
            for column, var in spec.counted:
                if r.get(var) is not None:
                    given.setdefault(k, {}).setdefault(column, (set(), set()))[side].add(_term(r[var]))
    others = " , ".join(f"<{a}>" for a in articles)
    pattern = _pattern(text)
    drop, write = [], []
    for k, by_column in given.items():
        if _term(terms[k][spec.slice_var]) in redo:
            continue
        row = dict(rows.get(k) or terms[k])
        for column, var in spec.counted:
            was, now = by_column.get(column, (set(), set()))
            have = _count(row.get(column)) if k in rows else 0
            if have is None:
                redo.add(_term(terms[k][spec.slice_var]))
                break
            for t in sorted(was | now):
                # an article changed is no other article; a source is only its own
                other = var != "source" and bool(store.query(with_prefixes(
                    f"ASK {{ {_bind_in_graph(pattern.strip()[1:-1], var, [t])} "
                    + " ".join(f"FILTER(?{c} = {_term(terms[k][c])})" if terms[k].get(c) is not None
                               else f"FILTER(!BOUND(?{c}))" for c in groups)
                    + f" FILTER(?source NOT IN ({others})) }}")))
                have += (t in now or other) - (t in was or other)
            row[column] = _integer(have)
        else:
            if k in nodes:
                drop.append(nodes[k])
            if _count(row.get(spec.counted[0][0])):
                write.append(row)
    return drop, write


def _kept_rows(store: Any, name: str, slices: list[str]) -> dict[str, dict[str, Any]]:
    """The kept rows of these slices: row node → {column (and "_slice"): term}."""
    g = _mark(store)
    out: dict[str, dict[str, Any]] = {}
    for k in range(0, len(slices), _VALUES_UP_TO):
        q = (f"SELECT ?r ?s ?c ?v WHERE {{ VALUES ?s {{ {' '.join(slices[k:k + _VALUES_UP_TO])} }} GRAPH {g} {{ "
             f"?r <{KG}summaryOf> \"{name}\" ; <{KG}slice> ?s ; ?c ?v FILTER(STRSTARTS(STR(?c), \"{_COLUMN}\")) }} }}")
        for r in store.query(q):
            row = out.setdefault(str(r["r"]), {"_slice": r["s"]})
            row[r["c"].value[len(_COLUMN):]] = r["v"]
    return out


def _count(term: Any) -> int | None:
    """An integer cell's value (None if it is not one: that row is computed again)."""
    if term is None or getattr(term, "datatype", None) is None or term.datatype.value != _INTEGER:
        return None
    return int(term.value)


def _integer(n: int) -> Any:
    return ox.Literal(str(n), datatype=ox.NamedNode(_INTEGER))


def _summed(store: Any, name: str, spec: Spec, old: list[dict[str, Any]], new: list[dict[str, Any]],
            redo: set[str]) -> tuple[list[str], list[dict[str, Any]]]:
    """The kept rows to remove and those to write for a `summed` aggregate; slices
    it cannot do so (a cell not an integer) are added to `redo`."""
    columns = _columns(query_text(name))
    groups = [c for c in columns if c not in spec.summed]
    slices = sorted({_term(r[spec.slice_var]) for r in old + new if r.get(spec.slice_var) is not None})
    kept = _kept_rows(store, name, slices)
    rows: dict[tuple, dict[str, Any]] = {}
    nodes: dict[tuple, str] = {}
    for node, r in kept.items():
        k = tuple(_term(r.get(c)) if r.get(c) is not None else None for c in groups)
        rows[k], nodes[k] = dict(r), node
    for sign, found in ((-1, old), (1, new)):
        for r in found:
            if r.get(spec.slice_var) is None:
                continue
            k = tuple(_term(r.get(c)) if r.get(c) is not None else None for c in groups)
            row = rows.setdefault(k, {c: r.get(c) for c in groups})
            for c in spec.summed:
                have, more = _count(row.get(c, _integer(0))), _count(r.get(c))
                if have is None or more is None:
                    redo.add(_term(r[spec.slice_var]))
                    continue
                row[c] = _integer(have + sign * more)
    drop, write = [], []
    for k, row in rows.items():
        if _term(row.get(spec.slice_var)) in redo:
            continue
        if k in nodes:
            if all(row.get(c) == kept[nodes[k]].get(c) for c in spec.summed):
                continue  # untouched
            drop.append(nodes[k])
        if _count(row.get(spec.summed[0])):
            write.append(row)
    return drop, write


def _distinct(store: Any, name: str, spec: Spec, old: dict[tuple[str, str], set[str]],
              new: dict[tuple[str, str], set[str]], articles: list[str],
              redo: set[str]) -> tuple[list[str], list[dict[str, Any]]]:
    """The kept rows to remove and those to write for a `distinct` aggregate: for
    each node the changed articles gave a slice or took from it, whether another
    article still gives it. A slice with no kept row yet is added to `redo`."""
    slices = sorted({s for s, _ in old} | {s for s, _ in new})
    found = _kept_rows(store, name, slices)
    kept = {_term(r["_slice"]): (node, r) for node, r in found.items()}
    several = Counter(_term(r["_slice"]) for r in found.values())
    others = " , ".join(f"<{a}>" for a in articles)
    drop, write = [], []
    for s in slices:
        if s not in kept or several[s] > 1:  # a new slice, or one of two labels: computed again
            redo.add(s)
            continue
        node, row = kept[s]
        row = dict(row)
        for column, var in spec.distinct:
            was, now = old.get((s, column), set()), new.get((s, column), set())
            changed = sorted(was ^ now)
            have = _count(row.get(column))
            if have is None:
                redo.add(s)
                break
            # one ASK a node, the engine stopping at the first other article that gives
            # it (a VALUES query of them all found every solution: 2 s for 50 posts)
            # (the patterns naming the node first: the engine joins them as written, and
            # a province's 4,000 articles first cost 40 ms an ASK, the node's holdings 0.3)
            first = " . ".join(sorted((x.strip(" .") for x in spec.touches.split(" . ") if x.strip(" .")),
                                      key=lambda x: not re.search(rf"\?{var}\b", x)))
            still = set() if var == "source" else {t for t in changed if bool(store.query(with_prefixes(
                f"ASK {{ GRAPH ?source {{ {_bound(first, {'slice': s, var: t})} "
                f"FILTER(?source NOT IN ({others})) }} }}")))}  # an article changed is no other article
            row[column] = _integer(have - len((was - now) - still) + len((now - was) - still))
        else:
            drop.append(node)
            if any(_count(row.get(c)) for c, _ in spec.distinct):  # no count at all: no row
                row[spec.slice_var] = row["_slice"]
                write.append(row)
    return drop, write


def _bound(pattern: str, terms: dict[str, str]) -> str:
    """A pattern with these variables written as these terms."""
    return re.sub(r"\?(\w+)\b", lambda m: terms.get(m.group(1), m.group(0)), pattern)


def update(store: Any, made_from: str, old: Before, articles: Iterable[str]) -> int:
    """Bring the summaries up to date after a small build that added or changed
    these articles (`old`: what their old texts gave, read before): the rows of
    the `summed` and `distinct` aggregates by difference, at the cost of the
    articles; the others' by computing the slices they touch again. Mark them
    current as of `made_from`. Returns the rows written."""
    changed = sorted(set(articles))
    slices = {name: set(v) for name, v in old.slices.items()}
    for name, more in touched(store, changed).items():
        slices[name] |= more
    g = _mark(store)
    # a post only the new texts name keeps every entry it had (an entry is a post and
    # a label some article gives it): the new texts' labels are added, read from those
    # articles alone, not from the thousands of articles naming a popular post (2.9 s
    # of adding 10 articles at 100k); a post an old text named is indexed again whole
    gone = old.slices.get(POST_INDEX, set())
    more = sorted(slices.get(POST_INDEX, set()) - gone)
    slices[POST_INDEX] = set(gone)
    for k in range(0, len(changed), _VALUES_UP_TO):
        nt = _post_index(store, more, changed[k:k + _VALUES_UP_TO]) if more else ""
        if nt:
            store.add_ntriples(SUMMARY_GRAPH, nt)
    written = 0
    for name, spec in SPECS.items():
        if not (spec.summed or spec.distinct or spec.counted):
            continue
        redo: set[str] = set()
        if spec.summed:
            drop, write = _summed(store, name, spec, old.rows.get(name, []), _of(store, name, spec, changed), redo)
        elif spec.counted:
            drop, write = _counted(store, name, spec, old.solutions.get(name, []),
                                   _solutions(store, name, spec, changed), changed, redo)
        else:
            drop, write = _distinct(store, name, spec, old.nodes.get(name, {}), _of(store, name, spec, changed),
                                    changed, redo)
        for k in range(0, len(drop), _VALUES_UP_TO):
            store.update_sparql(f"DELETE {{ GRAPH {g} {{ ?r ?p ?o }} }} WHERE {{ VALUES ?r {{ "
                                f"{' '.join(drop[k:k + _VALUES_UP_TO])} }} GRAPH {g} {{ ?r ?p ?o }} }}")
        _store_rows(store, name, spec, query_text(name), write)
        written += len(write)
        slices[name] = redo
    return written + recompute(store, made_from, slices)


def summary_query(name: str, text: str, store: Any) -> str | None:
    """The query reading aggregate `name`'s kept rows — the same columns, in the
    same order — when the store keeps them current for this very text; else None
    (the caller runs the text itself)."""
    spec = SPECS.get(name)
    if spec is None or not hasattr(store, "update_sparql"):
        return None
    stamp = f"<{BASE}summary/{name}>"
    g = _mark(store)
    ask = (f"ASK {{ GRAPH {g} {{ {g} <{KG}basis> ?b . "
           f"{stamp} <{KG}queryHash> \"{text_hash(text)}\" }} }}")
    if not bool(store.query(ask)):
        return None
    columns = _columns(text)
    optional = " ".join(f"OPTIONAL {{ ?r <{_COLUMN}{c}> ?{c} }}" for c in columns)
    order = _ORDER.search(without_comments(text))
    keys = (order.group(1).strip() + " " if order else "") + " ".join(f"?{c}" for c in columns)
    return (f"SELECT {' '.join('?' + c for c in columns)} WHERE {{ GRAPH {g} {{ "
            f"?r <{KG}summaryOf> \"{name}\" . {optional} }} }} ORDER BY {keys}")


__all__ = ["SUMMARY_GRAPH", "SPECS", "invalidate", "is_current", "touched", "recompute", "before", "update",
           "summary_query"]
