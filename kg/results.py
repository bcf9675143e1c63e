"""SPARQL results as a table for people, or the W3C CSV/TSV/JSON formats."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import BinaryIO

import pyoxigraph as ox

from kg.streams import ResultsFilter

RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}


# IRIs and strings may hold "#"; a comment runs from any other "#" to the line's end
_SPARQL_PARTS = re.compile(r"""<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|(#[^\n]*)""")


def without_comments(sparql: str) -> str:
    """A SPARQL text with its comments taken out (and its IRIs and strings kept)."""
    return _SPARQL_PARTS.sub(lambda m: "" if m.group(1) else m.group(0), sparql)


# C0/C1 controls (ESC starts a terminal command), DEL, and the bidi and other
# invisible format characters that reorder or hide what the terminal shows
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")


def printable(text: str) -> str:
    """Text fit for a terminal: control and invisible format characters shown
    as escapes (\\x1b, \\u202e), never sent to the terminal as they are."""
    def esc(m: re.Match[str]) -> str:
        c = ord(m.group(0))
        return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"

    return _UNSAFE.sub(esc, text)


def printable_lines(text: str) -> str:
    """Several lines of text made printable, keeping their line breaks."""
    return "\n".join(printable(line) for line in text.split("\n"))


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.Literal, ox.NamedNode)):
        return printable(term.value)
    return printable(str(term))


def _cut(cells: list[str], max_width: int) -> list[str]:
    return [c if len(c) <= max_width else c[: max_width - 1] + "…" for c in cells]


def _line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()


def _footer(n: int) -> str:
    return f"({n} row{'s' if n != 1 else ''})"


def table(solutions: ox.QuerySolutions, max_width: int = 60, sort: bool = False) -> str:
    """A plain text table of SELECT results, one row per solution (sorted by its
    columns, left to right, if `sort`)."""
    names = [v.value for v in solutions.variables]
    rows = [[_cell(sol[n]) for n in names] for sol in solutions]
    return _table(names, rows, max_width, sort)


def _layout(names: list[str], rows: list[list[str]], max_width: int) -> tuple[list[int], list[str]]:
    """The columns' widths for these rows, and the table's lines: header, rule, rows."""
    cut = [_cut(r, max_width) for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cut]) for i, n in enumerate(names)]
    head = ["  ".join(n.ljust(w) for n, w in zip(names, widths)), "  ".join("-" * w for w in widths)]
    return widths, head + [_line(r, widths) for r in cut]


def _table(names: list[str], rows: list[list[str]], max_width: int, sort: bool) -> str:
    if sort:
        rows.sort()
    return "\n".join(_layout(names, rows, max_width)[1] + [_footer(len(rows))])


# A table up to this many rows is laid out (and sorted) whole; a longer one streams
SMALL_TABLE_ROWS = 10_000


def write_table(solutions: ox.QuerySolutions, out: BinaryIO, max_width: int = 60, sort: bool = False,
                small: int = SMALL_TABLE_ROWS) -> None:
    """`table` written to `out`; a result longer than `small` rows streams in the
    store's order instead of being sorted, its columns as wide as the first
    `small` rows needed (longer cells cut with "…"), so memory stays flat."""
    names = [v.value for v in solutions.variables]
    rows: list[list[str]] = []
    more = iter(solutions)
    for sol in more:
        rows.append([_cell(sol[n]) for n in names])
        if len(rows) > small:
            break
    else:
        out.write((_table(names, rows, max_width, sort) + "\n").encode("utf-8"))
        return
    widths, lines = _layout(names, rows, max_width)
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
    n = len(rows)
    batch: list[str] = []
    for sol in more:
        batch.append(_line([_cut([_cell(sol[x])], w)[0] for x, w in zip(names, widths)], widths))
        n += 1
        if len(batch) >= 1000:
            out.write(("\n".join(batch) + "\n").encode("utf-8"))
            batch = []
    if batch:
        out.write(("\n".join(batch) + "\n").encode("utf-8"))
    out.write((_footer(n) + "\n").encode("utf-8"))


def write_results(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str, out: BinaryIO,
                  sort: bool = False) -> None:
    """`serialize` written to `out` as the engine produces it. With `sort`, a
    SELECT's rows come sorted when the result is small (`SMALL_RESULT_BYTES`,
    `SMALL_TABLE_ROWS`); a larger one streams in the store's own order (the
    same store, the same bytes), so its first row comes at once and memory stays
    flat."""
    if isinstance(result, ox.QueryTriples):
        result.serialize(out, format=ox.RdfFormat.TURTLE)
    elif fmt == "table":
        if isinstance(result, ox.QueryBoolean):
            out.write((("yes" if bool(result) else "no") + "\n").encode())
        else:
            write_table(result, out, sort=sort)
    elif not sort or isinstance(result, ox.QueryBoolean):
        result.serialize(out, format=RESULT_FORMATS[fmt])
    else:
        sink = ResultsFilter(out)
        result.serialize(sink, format=RESULT_FORMATS[fmt])
        kept = sink.kept()
        if kept is not None:
            out.write(_sorted(kept, fmt))


def serialize(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str,
              sort: bool = False) -> bytes:
    """Results in a W3C format (csv, tsv, json), or as a table ("table"). With
    `sort`, the rows of a SELECT come sorted by their columns, left to right: the
    same store then gives the same output without asking the store to sort (on a
    big store on disk, SPARQL's ORDER BY is most of a query's time)."""
    if isinstance(result, ox.QueryTriples):
        return result.serialize(format=ox.RdfFormat.TURTLE)
    if fmt == "table":
        if isinstance(result, ox.QueryBoolean):
            return (("yes" if bool(result) else "no") + "\n").encode()
        return (table(result, sort=sort) + "\n").encode("utf-8")
    data = result.serialize(format=RESULT_FORMATS[fmt])
    if not sort or isinstance(result, ox.QueryBoolean):
        return data
    return _sorted(data, fmt)


def _sorted(data: bytes, fmt: str) -> bytes:
    """W3C results with their rows sorted, written as the store wrote them."""
    text = data.decode("utf-8")
    if fmt == "json":
        doc = json.loads(text)
        names = doc["head"]["vars"]
        doc["results"]["bindings"].sort(key=lambda b: [b.get(n, {}).get("value", "") for n in names])
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text, newline="")))
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(rows[0])
        writer.writerows(sorted(rows[1:]))
        return out.getvalue().encode("utf-8")
    # TSV: one line a row (line breaks inside values are escaped)
    lines = text.split("\n")
    body = sorted(ln for ln in lines[1:] if ln)
    return ("\n".join([lines[0], *body]) + "\n").encode("utf-8")
