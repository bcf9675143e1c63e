"""Filtered named queries: `kg query positions --person NAME --province P …`.

A filter adds, at the start of the named query's article-graph block, a VALUES
line holding the user's value as an escaped literal (or IRIs kg minted itself,
for provinces and measures) and the triple pattern that ties it to the query's
fact. The engine then starts from the bound value through an index (a name, a
body, a kind, a day are looked up by their object) instead of testing every
fact: a filter costs the rows it selects, not the size of the store.

How values match (the same rule as `kg person`): the value as it is stored
first, an index lookup; when nothing is stored exactly so, the stored values of
that property equal to it ignoring case and diacritics ("ma the hong" finds
"Ma Thế Hồng"), which reads every distinct value once (slower on a big store).

With no filter the named query's text is run as it is: the same rows as before
(queries positions, meetings and awards are the evaluation contract).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any, Callable

import pyoxigraph as ox

from kg.iris import BASE
from kg.normalize import fold

KG = "https://w3id.org/kgvn/ontology#"
FOAF_NAME = "http://xmlns.com/foaf/0.1/name"
IDENTITY = BASE + "graph/identity"  # kg.officials.IDENTITY_GRAPH (not imported: it loads the mapper)
XSD = "http://www.w3.org/2001/XMLSchema#"
# a range of up to this many days is bound day by day (an index lookup each);
# a longer or open one is a FILTER over the dated facts, which selects many rows anyway
DAYS_BOUND_UP_TO = 1100


class FilterError(ValueError):
    """A filter the query has not, or a value no store could match (the message says why)."""


@dataclass(frozen=True)
class Filters:
    """What the user asked for; None is no filter. Dates are ISO (YYYY-MM-DD)."""

    person: str | None = None
    province: str | None = None
    body: str | None = None
    kind: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    limit: int | None = None

    def given(self) -> list[str]:
        """The options set, by their command-line names."""
        names = {"date_from": "from", "date_to": "to"}
        return [names.get(f.name, f.name) for f in fields(self) if getattr(self, f.name) is not None]


@dataclass(frozen=True)
class _Spec:
    """How one named query is filtered: the variable of its article graph, and per
    option the pattern tying ?kgValue (bound by VALUES) to the query's fact."""

    graph: str
    # an OPTIONAL of the query's GRAPH block that an engine with LATERAL (Oxigraph)
    # evaluates per filtered row instead of over the whole store first
    per_row: str = ""
    person: str | None = None
    body: str | None = None
    body_predicate: str = ""  # the property --body values are stored under (for the folded fallback)
    kind: str | None = None
    kind_predicate: str = ""
    day: str | None = None  # binds ?kgDay, an xsd:date
    year: str | None = None  # binds ?kgYear, an xsd:integer (figures: their year)
    what: str = ""  # what each option means, for the help and the errors


SPECS: dict[str, _Spec] = {
    "positions": _Spec(
        graph="source",
        person="?p foaf:name ?kgPerson .",
        body="?kgB kg:canonicalName ?kgBody . ?kgX org:postIn ?kgB . ?h kg:post ?kgX .",
        body_predicate=KG + "canonicalName",
        day="?source schema:datePublished ?kgDay .",
        what="--person the holder; --body the post's organization; --from/--to the article's date",
    ),
    "meetings": _Spec(
        graph="source",
        person="?kgP foaf:name ?kgPerson . ?kgPart kg:participant ?kgP ; kg:atMeeting ?m .",
        body="?m kg:organizerAsWritten ?kgBody .",
        body_predicate=KG + "organizerAsWritten",
        day="?m schema:startDate ?kgDay .",
        what="--person a participant (chair, speaker, attendee); --body the organizer as shown; "
             "--from/--to the meeting's date",
    ),
    "awards": _Spec(
        graph="source",
        person="?kgR foaf:name ?kgPerson . ?a kg:recipient ?kgR .",
        body="?a kg:giverAsWritten ?kgBody .",
        body_predicate=KG + "giverAsWritten",
        kind="?a kg:awardName ?kgKind .",
        kind_predicate=KG + "awardName",
        day="?source schema:datePublished ?kgDay .",
        what="--person the recipient; --body the giver as shown; --kind the award; --from/--to the article's date",
    ),
    "documents": _Spec(
        graph="article",
        per_row="OPTIONAL { ?meeting schema:citation ?d . FILTER(?meeting != ?article) }",
        body="?kgI kg:canonicalName ?kgBody . ?d kg:issuer ?kgI .",
        body_predicate=KG + "canonicalName",
        kind="?d kg:documentKind ?kgKind .",
        kind_predicate=KG + "documentKind",
        day="?d schema:dateCreated ?kgDay .",
        what="--body the issuer; --kind the document's kind; --from/--to the date it was issued",
    ),
    "figures": _Spec(
        graph="source",
        body="?kgB kg:canonicalName ?kgBody . ?f kg:about ?kgB .",
        body_predicate=KG + "canonicalName",
        kind="?f kg:measure ?kgKind .",
        year="?f kg:year ?kgYear .",
        what="--body the body as shown; --kind the measure (its name or English label); "
             "--from/--to the years of its period",
    ),
}
OPTIONS = ("person", "province", "body", "kind", "from", "to", "limit")


def options_of(query: str) -> list[str]:
    """The filter options a named query takes ([] for a query that takes none)."""
    spec = SPECS.get(query)
    if spec is None:
        return []
    has = {"person": spec.person, "province": True, "body": spec.body, "kind": spec.kind,
           "from": spec.day or spec.year, "to": spec.day or spec.year, "limit": True}
    return [o for o in OPTIONS if has[o]]


def literal(value: str, language: str | None = None) -> str:
    """`value` as a SPARQL literal, escaped: text from users is never syntax."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise FilterError(f"{value!r} is not valid text") from None
    return str(ox.Literal(value, language=language) if language else ox.Literal(value))


Run = Callable[[str], Any]


def _stored(run: Run, predicate: str, value: str, language: str | None) -> list[str]:
    """The stored literals (as SPARQL terms) that `value` means under `predicate`:
    itself when stored so (one index lookup), else the stored values equal to it
    ignoring case and diacritics (one pass over the property's values, in the
    engine: a pattern picks the candidates, `fold` confirms them). [] if none."""
    exact = literal(value, language)
    if bool(run(f"ASK {{ ?s <{predicate}> {exact} }}")):
        return [exact]
    want = fold(value)
    if not want:
        return []
    if predicate == FOAF_NAME:
        named = names_folded(run, want)
        if named is not None:
            return [literal(v) for v in named]
    pattern = literal(_folding_pattern(want))
    found = {str(r["v"]) for r in run(f"SELECT DISTINCT ?v WHERE {{ ?s <{predicate}> ?v . "
                                      f"FILTER(REGEX(STR(?v), {pattern}, \"i\")) }}")
             if isinstance(r["v"], ox.Literal) and fold(r["v"].value) == want}
    return sorted(found)


def names_folded(run: Run, want: str) -> list[str] | None:
    """The persons' names that fold to `want`, looked up by the identity graph's
    kg:foldedName (one index lookup whatever the store's size); None when the store's
    officials do not all have one (a store built before them: the caller scans)."""
    found = {r["v"].value for r in run(
        f"SELECT DISTINCT ?v WHERE {{ GRAPH <{IDENTITY}> {{ ?o <{KG}foldedName> {literal(want)} . "
        f"?p <{KG}official> ?o }} ?p <{FOAF_NAME}> ?v }}")
        if isinstance(r["v"], ox.Literal) and fold(r["v"].value) == want}
    if found:
        return sorted(found)
    if bool(run(f"ASK {{ GRAPH <{IDENTITY}> {{ <{IDENTITY}> <{KG}foldedNames> true }} }}")):
        return []
    return None


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Each plain letter → every Latin letter that folds to it ("a" → "aàáảãạăằ…")."""
    out: dict[str, set[str]] = {}
    for code in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        c = chr(code)
        base = fold(c)
        if len(base) == 1 and base.isalpha():
            out.setdefault(base, set()).update({c, c.lower(), c.upper()})
    return {k: "".join(sorted(v)) for k, v in out.items()}


def _folding_pattern(folded: str) -> str:
    """A regular expression (XPath syntax) matching the texts that may fold to `folded`:
    a letter matches its accented forms, a space any run of spaces, anything else any
    one character (the candidates are confirmed by `fold` after)."""
    classes = _variants()
    parts = ["\\s+" if c == " " else f"[{classes[c]}]" if c in classes else c if c.isdigit() else "."
             for c in folded]
    return "^" + "".join(parts) + "$"


_PROVINCE_WORDS = re.compile(r"^(?:tinh|thanh pho|tp\.?)\s+")


def province_iris(text: str) -> list[str]:
    """The province nodes a user's province means, diacritics and "tỉnh"/"thành
    phố"/"TP." optional, aliases known ("TP.HCM"): the province as it stood before
    the 2025 merger and the one of that name after it. FilterError if none."""
    from kg.iris import named_iri_str
    from kg.resources import provinces, provinces_2025

    want = fold(text)
    bare = _PROVINCE_WORDS.sub("", want)
    names = {p.name for p in provinces() if {want, bare} & {fold(n) for n in (p.name, *p.aliases)}}
    names |= {p.name for p in provinces_2025() if fold(p.name) in (want, bare)}
    iris = [named_iri_str("province", p.name) for p in provinces() if p.name in names]
    iris += [named_iri_str("province-2025", p.name) for p in provinces_2025() if p.name in names]
    if not iris:
        raise FilterError(f"no province {text!r} (one of the 63 provinces, or the 34 since 2025; "
                          "diacritics optional)")
    return sorted(set(iris))


def measure_iris(text: str) -> list[str]:
    """The measures (kg:MembersAdmitted …) a user's --kind for figures means: its
    name or English label, case and diacritics optional. FilterError if none."""
    from kg.resources import figure_kinds

    want = fold(text).replace(" ", "")
    kinds = figure_kinds()
    found = sorted({KG + k.measure for k in kinds if want in (fold(k.measure), fold(k.en).replace(" ", ""))})
    if not found:
        names = ", ".join(sorted({k.measure for k in kinds}))
        raise FilterError(f"no measure {text!r}; one of: {names}")
    return found


def _days(date_from: str, date_to: str) -> list[str] | None:
    """Each day from `date_from` to `date_to`, or None when there are too many to bind."""
    lo, hi = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to)
    n = (hi - lo).days + 1
    if n > DAYS_BOUND_UP_TO:
        return None
    return [(lo + dt.timedelta(days=k)).isoformat() for k in range(max(n, 0))]


@dataclass(frozen=True)
class _Bound:
    """One filter: the pattern tying ?var to the fact, the terms ?var may take (None:
    a range test instead), and how selective it usually is (0 the most): the most
    selective one is bound by VALUES and drives the query; the others are tested on
    the rows it gives."""

    rank: int
    var: str
    pattern: str
    terms: list[str] | None = None
    test: str = ""

    def lines(self, drives: bool) -> list[str]:
        if self.terms is None:
            return [self.pattern, f"FILTER({self.test})"]
        if drives:
            return [f"VALUES ?{self.var} {{ {' '.join(self.terms)} }}", self.pattern]
        # an empty list would be "IN ()": false for every row, as VALUES { } would be
        return [self.pattern, f"FILTER(?{self.var} IN ({', '.join(self.terms)}))"]


def _dates(spec: _Spec, f: Filters) -> _Bound:
    """--from/--to: the days (or, for figures, years) bound one by one when a closed
    range is short enough; else a comparison."""
    if spec.year:
        lo = int(f.date_from[:4]) if f.date_from else None
        hi = int(f.date_to[:4]) if f.date_to else None
        if lo is not None and hi is not None:
            return _Bound(5, "kgYear", spec.year, [f'"{y}"^^<{XSD}integer>' for y in range(lo, hi + 1)])
        test = f"?kgYear >= {lo}" if lo is not None else f"?kgYear <= {hi}"
        return _Bound(9, "kgYear", spec.year, test=test)
    days = _days(f.date_from, f.date_to) if f.date_from and f.date_to else None
    if days is not None:
        # a month of days picks fewer facts than a body or a province; years, more
        return _Bound(1 if len(days) <= 62 else 4, "kgDay", spec.day or "",
                      [f'"{d}"^^<{XSD}date>' for d in days])
    tests = ([f'?kgDay >= "{f.date_from}"^^<{XSD}date>'] if f.date_from else []) + \
            ([f'?kgDay <= "{f.date_to}"^^<{XSD}date>'] if f.date_to else [])
    return _Bound(9, "kgDay", spec.day or "", test=" && ".join(tests))


def check(query: str, f: Filters) -> None:
    """FilterError when `query` takes none of the options given, or a value is malformed."""
    asked = f.given()
    if not asked:
        return
    allowed = options_of(query)
    if not allowed:
        raise FilterError(f"{query} takes no filter options (--{', --'.join(asked)}); "
                          f"the filtered queries: {', '.join(SPECS)}")
    wrong = [o for o in asked if o not in allowed]
    if wrong:
        raise FilterError(f"{query} has no --{' or --'.join(wrong)} filter; its filters: "
                          f"--{', --'.join(allowed)} ({SPECS[query].what})")
    for name in ("date_from", "date_to"):
        value = getattr(f, name)
        if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise FilterError(f"--{name[5:]} wants a date (YYYY-MM-DD or YYYY), not {value!r}")
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise FilterError(f"--from {f.date_from} is after --to {f.date_to}")
    if f.limit is not None and f.limit < 0:
        raise FilterError("--limit wants a number of rows, 0 or more")
    for name in ("person", "body", "kind", "province"):
        value = getattr(f, name)
        if value is not None and not value.strip():
            raise FilterError(f"--{name} wants a value")


_GRAPH_OPEN = r"GRAPH\s+\?{graph}\s*\{{"


def filtered(query: str, sparql: str, f: Filters, run: Run, lateral: bool = False) -> str:
    """The named query `query` (its text `sparql`) with the filters of `f` bound;
    `run` runs a query on the store (to find what a value means there). A value
    the store does not hold is bound to nothing (an empty VALUES): the same
    columns, no rows. The text as it is when no filter is given. With `lateral`
    (the engine knows SPARQL's LATERAL: Oxigraph), the query's costly OPTIONAL
    is evaluated for the filtered rows only (documents of a month: 402 → 27 ms at
    100k bench articles, the same rows)."""
    check(query, f)
    if not f.given():
        return sparql
    spec = SPECS[query]
    bound: list[_Bound] = []
    if f.person is not None:
        bound.append(_Bound(0, "kgPerson", spec.person or "", _stored(run, FOAF_NAME, f.person, None)))
    if f.body is not None:
        bound.append(_Bound(2, "kgBody", spec.body or "", _stored(run, spec.body_predicate, f.body, "vi")))
    if f.kind is not None:
        kinds = ([f"<{m}>" for m in measure_iris(f.kind)] if query == "figures"
                 else _stored(run, spec.kind_predicate, f.kind, "vi"))
        bound.append(_Bound(6, "kgKind", spec.kind or "", kinds))
    if f.province is not None:
        iris = [f"<{i}>" for i in province_iris(f.province)]
        bound.append(_Bound(3, "kgProvince", f"?{spec.graph} kg:province ?kgProvince .", iris))
    if f.date_from or f.date_to:
        bound.append(_dates(spec, f))
    # one VALUES drives: with several, the engine joined them with every fact
    # first (60-120 ms on 1k articles instead of 1); a value matching nothing drives,
    # so that no row is read
    bound.sort(key=lambda b: (b.terms is None, bool(b.terms), b.rank))
    lines = [ln for k, b in enumerate(bound) for ln in b.lines(drives=k == 0)]
    block = "\n    ".join(ln for ln in lines if ln)
    opening = re.compile(_GRAPH_OPEN.format(graph=spec.graph))
    m = opening.search(sparql)
    if m is None:  # a named query edited past recognition: say so rather than ignore the filter
        raise FilterError(f"{query}.rq has no GRAPH ?{spec.graph} {{ … }} block to filter")
    text = sparql[:m.end()] + "\n    # filters (kg query --person/--province/…)\n    " + block + sparql[m.end():]
    if lateral and spec.per_row:
        text = _per_row(text, m.start(), spec)
    if f.limit is not None:
        text = text.rstrip() + f"\nLIMIT {f.limit}\n"
    return text


def _per_row(text: str, start: int, spec: _Spec) -> str:
    """The query with its `per_row` OPTIONAL moved out of the GRAPH block opening
    at `start` into a LATERAL after it, inside the same graph (the same rows)."""
    at = text.find(spec.per_row, start)
    end = _block_end(text, text.index("{", start))
    if at < 0 or end is None or at > end:
        return text  # a query edited past recognition keeps its OPTIONAL where it is
    inner = spec.per_row.removeprefix("OPTIONAL {").removesuffix("}").strip()
    moved = f"\n  LATERAL {{ OPTIONAL {{ GRAPH ?{spec.graph} {{ {inner} }} }} }}"
    return text[:at] + text[at + len(spec.per_row):end + 1] + moved + text[end + 1:]


def _block_end(text: str, opening: int) -> int | None:
    """The index of the brace closing the one at `opening` (comments and strings
    skipped; a comment starts with a "#" after white space, as kg's queries write it)."""
    depth, k = 0, opening
    while k < len(text):
        c = text[k]
        if c == "#" and (k == 0 or text[k - 1].isspace()):  # a comment, not an IRI's fragment
            k = text.find("\n", k)
            if k < 0:
                return None
        elif c in "\"'":
            close = text.find(c, k + 1)
            if close < 0:
                return None
            k = close
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return None
