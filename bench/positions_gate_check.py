"""Check the cheap test that spares extract_positions' token walk, on a whole corpus.

    python3 bench/positions_gate_check.py                      # /tmp/corpus/baomoi-2017
    python3 bench/positions_gate_check.py CORPUS_DIR -n 3000   # the first 3,000 files

`may_hold_or_name` (kg/extract/positions.py) refuses a sentence with no role head,
honorific, rank or abbreviation of one, and no family name before a capitalised
word: the walk is not run on it. It must be a superset: this runs the walk itself
on every sentence it refuses (of those `may_name_someone` passes) and prints how
many it refused and how many of those the walk would have found a person or a post
in (the violations, which must be 0), with the first ones.

On baomoi-2017 (35,190 articles, Dec 2026): 358,040 sentences passed
may_name_someone, 149,401 refused, 0 violations.
"""

from __future__ import annotations

import argparse
import os
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the kg of the worktree we are run from

from kg.article import ArticleError, read_article  # noqa: E402
from kg.extract import positions  # noqa: E402
from kg.extract.text import end_article, split_sentences  # noqa: E402


def _check(path: Path) -> tuple[int, int, list[tuple[str, str, list[str]]]]:
    """(sentences may_name_someone passed, of them refused, refused ones the walk finds someone in)."""
    try:
        article = read_article(path)
    except ArticleError:
        return 0, 0, []
    passed = refused = 0
    wrong = []
    for s in split_sentences(article.text):
        if not positions.may_name_someone(s.text):
            continue
        passed += 1
        if positions.may_hold_or_name(s.text):
            continue
        refused += 1
        gate = positions.may_hold_or_name
        positions.may_hold_or_name = lambda _t: True  # the walk itself
        try:
            persons, posts = positions.extract_positions(s)
        finally:
            positions.may_hold_or_name = gate
        if persons or posts:
            wrong.append((path.name, s.text[:200], persons))
    end_article()
    return passed, refused, wrong


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default="/tmp/corpus/baomoi-2017")
    ap.add_argument("-n", type=int, default=0, help="only the first N files (sorted)")
    args = ap.parse_args()
    files = sorted(p for p in Path(args.corpus).rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm"))
    if args.n:
        files = files[: args.n]
    if not files:
        sys.exit(f"no articles under {args.corpus}")
    passed = refused = 0
    wrong: list[tuple[str, str, list[str]]] = []
    with Pool(os.cpu_count() or 1) as pool:
        for p, r, w in pool.imap_unordered(_check, files, chunksize=50):
            passed, refused, wrong = passed + p, refused + r, wrong + w
    print(f"{len(files):,} articles: {passed:,} sentences passed may_name_someone, "
          f"{refused:,} refused by may_hold_or_name ({refused / max(passed, 1):.0%}), {len(wrong)} violations")
    for name, text, persons in wrong[:30]:
        print(f"  {name}: {persons} in: {text}")
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
