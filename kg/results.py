"""SPARQL results as a table for people, or the W3C CSV/TSV/JSON formats."""

from __future__ import annotations

import pyoxigraph as ox

RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def table(solutions: ox.QuerySolutions, max_width: int = 60) -> str:
    """A plain text table of SELECT results, one row per solution."""
    names = [v.value for v in solutions.variables]
    rows = [[_cell(sol[n]) for n in names] for sol in solutions]
    cut = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cut]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cut]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def serialize(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str) -> bytes:
    """Results in a W3C format (csv, tsv, json), or as a table ("table")."""
    if isinstance(result, ox.QueryTriples):
        return result.serialize(format=ox.RdfFormat.TURTLE)
    if fmt == "table":
        if isinstance(result, ox.QueryBoolean):
            return (("yes" if bool(result) else "no") + "\n").encode()
        return (table(result) + "\n").encode("utf-8")
    return result.serialize(format=RESULT_FORMATS[fmt])
