"""Draw a precision-audit sample from a kg store: a judging sheet.

    python bench/audit_sample.py --store /tmp/store-2017 -o audit-sheet.md
    python bench/audit_sample.py --store /tmp/store-2017 --seed 7 --positions 100 \\
        --meetings 30 --awards 30 --format csv -o audit-sheet.csv

From every position, meeting and award the store holds (queries/evidence.rq:
the rows of the three evaluation queries, each with the sentence it was read
from), draw a seeded random sample of each kind and write one row per drawn
fact: the article, the fact as kg gives it, the source sentence, and empty
verdict (correct / partly / wrong) and reason columns for a judge to fill in.

The same store and the same seed give the same sheet, byte for byte: the
population is sorted before it is drawn from, and each kind has its own
generator, so asking for more meetings does not change the positions drawn.
Rows come in the order drawn, so the first n rows of a kind are themselves a
random sample of it. A fact stated in several sentences of one article is one
row, shown with its first sentence. See docs/AUDIT.md.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: kg is the checkout's
    sys.path.insert(0, str(ROOT))

from kg.evaluate import describe  # noqa: E402

QUERY = ROOT / "queries" / "evidence.rq"
KINDS = ("position", "meeting", "award")
# the columns that make one fact of each kind (as the evaluation queries give it)
FIELDS = {"position": ("person", "position"), "meeting": ("organizer", "date", "ordinal"),
          "award": ("recipient", "award", "giver", "group")}
RELATION = {"position": "positions", "meeting": "meetings", "award": "awards"}
VERDICTS = "correct / partly / wrong"

Row = dict[str, Any]


def evidence_rows(store: Any) -> list[Row]:
    """The store's facts with their sentences (queries/evidence.rq), as dicts of
    plain values: strings, the sentence index as an int, None where unbound."""
    solutions = store.query(QUERY.read_text(encoding="utf-8"))
    names = [v.value for v in solutions.variables]
    rows = []
    for s in solutions:
        row = {n: (s[n].value if s[n] is not None else None) for n in names}
        row["sentenceIndex"] = int(row["sentenceIndex"])
        row["article"] = unquote(row["source"].rsplit("/", 1)[-1])
        rows.append(row)
    return rows


def population(rows: Iterable[Row]) -> dict[str, list[Row]]:
    """Each kind's distinct facts (article and fields), each with its first
    sentence, sorted by article, sentence and fields: an order that does not
    depend on how the store returned them."""
    first: dict[tuple, Row] = {}
    for row in rows:
        key = (row["kind"], row["article"], *(row.get(f) or "" for f in FIELDS[row["kind"]]))
        if key not in first or row["sentenceIndex"] < first[key]["sentenceIndex"]:
            first[key] = row
    out: dict[str, list[Row]] = {k: [] for k in KINDS}
    for key in sorted(first, key=lambda k: (k[0], k[1], first[k]["sentenceIndex"], k[2:])):
        out[key[0]].append(first[key])
    return out


def draw(pop: Mapping[str, list[Row]], sizes: Mapping[str, int], seed: int) -> dict[str, list[Row]]:
    """A random sample of `sizes[kind]` facts of each kind (all of them when there
    are fewer), in the order drawn; one generator per kind and seed."""
    return {kind: random.Random(f"{seed}:{kind}").sample(pop[kind], min(sizes[kind], len(pop[kind])))
            for kind in KINDS}


def _cell(text: str) -> str:
    """A markdown table cell: no line breaks, no unescaped pipes."""
    return " ".join(str(text).split()).replace("|", "\\|")


def markdown(sample: Mapping[str, list[Row]], pop: Mapping[str, list[Row]], seed: int, store: str) -> str:
    """The judging sheet as markdown: a section per kind, a table to fill in."""
    lines = ["# Precision audit: judging sheet", "",
             f"Drawn by `python bench/audit_sample.py --store {store} --seed {seed}` from "
             + ", ".join(f"{len(pop[k]):,} {RELATION[k]}" for k in KINDS) + ".",
             f"Verdict: {VERDICTS} (judged against the sentence alone; see docs/AUDIT.md).", ""]
    for kind in KINDS:
        rows = sample[kind]
        lines += [f"## {RELATION[kind]}: {len(rows)} of {len(pop[kind]):,}", "",
                  "| # | article | s# | fact | sentence | verdict | reason |",
                  "|---|---|---|---|---|---|---|"]
        for n, row in enumerate(rows, 1):
            lines.append(f"| {n} | {_cell(row['article'])} | {row['sentenceIndex']} | "
                         f"{_cell(describe(RELATION[kind], row))} | {_cell(row['sentence'])} |  |  |")
        lines.append("")
    return "\n".join(lines)


CSV_COLUMNS = ("kind", "n", "article", "sentence_index", "person", "position", "organizer", "date", "ordinal",
               "recipient", "award", "giver", "group", "fact", "sentence", "verdict", "reason")


def as_csv(sample: Mapping[str, list[Row]]) -> str:
    """The judging sheet as CSV, one fact a line, each field in its own column."""
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for kind in KINDS:
        for n, row in enumerate(sample[kind], 1):
            w.writerow([kind, n, row["article"], row["sentenceIndex"],
                        *(row.get(c) or "" for c in CSV_COLUMNS[4:13]),
                        describe(RELATION[kind], row), " ".join(row["sentence"].split()), "", ""])
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", required=True, help="a store built by kg build (a directory)")
    ap.add_argument("--seed", type=int, default=2017, help="the draw's seed (default: 2017)")
    ap.add_argument("--positions", type=int, default=100, help="position rows to draw (default: 100)")
    ap.add_argument("--meetings", type=int, default=30, help="meetings to draw (default: 30)")
    ap.add_argument("--awards", type=int, default=30, help="awards to draw (default: 30)")
    ap.add_argument("--format", choices=("md", "csv"), default="md", help="markdown (default) or CSV")
    ap.add_argument("-o", "--output", type=Path, help="write the sheet here (default: stdout)")
    args = ap.parse_args(argv)
    if min(args.positions, args.meetings, args.awards) < 0:
        ap.error("sample sizes cannot be negative")

    from kg.store import StoreError, open_store

    try:
        store = open_store(args.store, read_only=True)
    except StoreError as e:
        print(f"audit_sample: {e}", file=sys.stderr)
        return 1
    try:
        pop = population(evidence_rows(store))
    finally:
        store.close()
    sample = draw(pop, {"position": args.positions, "meeting": args.meetings, "award": args.awards}, args.seed)
    text = markdown(sample, pop, args.seed, args.store) if args.format == "md" else as_csv(sample)
    if args.output:
        args.output.write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)
    print("drew " + ", ".join(f"{len(sample[k])} of {len(pop[k]):,} {RELATION[k]}" for k in KINDS),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
