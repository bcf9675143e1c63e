"""How far two gold files agree: each relation's F1 (and P / R) of one scored
against the other, on the articles both name, with kg eval's scorer.

    python3 bench/agreement.py bench/heldout/agree28/gold.json bench/heldout/agree28/gold-b.json
    python3 bench/agreement.py bench/heldout/meas40/gold.json,bench/heldout/awmeas20/gold.json \
        bench/heldout/agree28/gold.json

Either side may be several gold files, joined by commas (merged, the later
file's entry kept for an article both name).

The first file is taken as the gold, the second as the answers; F1 does not
depend on which is which (P and R swap).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.evaluate import RELATIONS, GoldError, parse_gold, score  # noqa: E402


def agreement(gold: dict, other: dict) -> dict:
    """Per relation, the score of `other`'s rows against `gold` on the articles both name."""
    both = sorted(set(gold) & set(other))
    answers = {r: [dict(row, source=stem) for stem in both for row in other[stem][r]] for r in RELATIONS}
    return score({stem: gold[stem] for stem in both}, answers)


def _read(paths: str) -> dict:
    """The gold files named (comma-separated), merged."""
    out: dict = {}
    for path in (Path(p) for p in paths.split(",") if p):
        out.update(parse_gold(path.read_text(encoding="utf-8"), str(path)))
    return out


def main() -> int:
    """Print the agreement table of two gold files; exit 2 on a file that is no gold."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="gold file(s), comma-separated")
    ap.add_argument("other", help="gold file(s) to score against it, comma-separated")
    args = ap.parse_args()
    try:
        a, b = _read(args.gold), _read(args.other)
    except (OSError, GoldError) as e:
        print(f"agreement: {e}", file=sys.stderr)
        return 2
    both = set(a) & set(b)
    if not both:
        print("agreement: the two files name no article in common", file=sys.stderr)
        return 2
    print(f"{len(both)} articles in common")
    print(f"{'relation':<10} {'rows A':>6} {'rows B':>6} {'same':>5}  {'F1':>5}  {'P':>5}  {'R':>5}")
    for rel, s in agreement(a, b).items():
        print(f"{rel:<10} {s.gold:>6} {s.system:>6} {s.tp:>5}  {s.f1:.3f}  {s.precision:.3f}  {s.recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
