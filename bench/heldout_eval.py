"""Score kg on the held-out corpus articles of bench/heldout/ (gold made by hand
before kg was run on them; no extraction rule was written from them).

    python3 bench/heldout_eval.py --corpus /tmp/corpus/baomoi-2017       # every set
    python3 bench/heldout_eval.py --corpus ../shared/corpus/baomoi-2017.tar.gz -v

The articles themselves are not in the repository (they are the corpus's): the
gold names each by its file stem, and this script copies those files out of an
unpacked corpus folder or the corpus tarball into a temporary folder, then runs
`kg eval` on it (the same scorer as the dev set). Keep these sets for measuring:
a rule fitted to their text would make them one more training set.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("random25", "party30", "fresh27", "dec30", "late30", "meet30", "study40", "study40b", "study40c", "study40d", "meas30",
        "study38", "meas40", "awards20", "awmeas20", "meas140", "mmeas", "mstudy", "agree28", "awards40", "fresh60", "study80",
        "devlike60", "devstudy60", "devstudy40", "devmeas60", "mstudy38", "devstudy117", "mstudy25", "devmeas56", "devstudy57", "mstudy29", "devmeas59",
        "mixstudy78", "mixmeas48", "ststudy60", "stmeas40", "mstudy118", "mmeas43",
        "ststudy60b", "stmeas20", "mstudy60", "mmeas25", "ststudy40c", "stmeas34", "awstudy15",
        "awmeas19", "freshmeas79", "freshstudy79", "freshmeas40", "freshstudy40")


def _copy_articles(corpus: Path, stems: set[str], dest: Path) -> list[str]:
    """Copy the articles named by `stems` from a corpus folder or tarball into dest;
    return the stems that were not found."""
    found: set[str] = set()
    if corpus.is_dir():
        for stem in stems:
            src = corpus / f"{stem}.txt"
            if src.is_file():
                (dest / src.name).write_bytes(src.read_bytes())
                found.add(stem)
    else:
        with tarfile.open(corpus) as tar:
            for member in tar:
                stem = Path(member.name).stem
                if member.isfile() and stem in stems and member.name.endswith(".txt"):
                    data = tar.extractfile(member)
                    if data is not None:
                        (dest / f"{stem}.txt").write_bytes(data.read())
                        found.add(stem)
    return sorted(stems - found)


def main() -> int:
    """Run kg eval on each held-out set; exit 1 if an article is missing."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True,
                    help="the unpacked baomoi-2017 folder, or baomoi-2017.tar.gz")
    ap.add_argument("--set", choices=SETS, action="append", help="one set (default: all)")
    ap.add_argument("-v", action="store_true", help="every miss and extra")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"heldout_eval: no such corpus: {args.corpus}", file=sys.stderr)
        return 1
    status = 0
    for name in args.set or SETS:
        gold = HERE / "heldout" / name / "gold.json"
        stems = set(json.loads(gold.read_text(encoding="utf-8")))
        with tempfile.TemporaryDirectory() as tmp:
            missing = _copy_articles(args.corpus, stems, Path(tmp))
            if missing:
                print(f"heldout_eval: {name}: not in the corpus: {', '.join(missing)}", file=sys.stderr)
                status = 1
                continue
            print(f"== {name} ({len(stems)} articles)", flush=True)
            cmd = [sys.executable, "-m", "kg", "eval", str(gold), tmp] + (["-v"] if args.v else [])
            status |= subprocess.run(cmd, cwd=HERE.parent).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
