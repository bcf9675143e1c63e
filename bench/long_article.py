"""How kg copes with one very long article: extract, build and validate times.

    python bench/long_article.py                 # 1 MB and 10 MB
    python bench/long_article.py --sizes 1 5 10  # MB

The article is a seed's body repeated on one line (no line break at all, as a
page saved badly gives), under the seed's title. Each step should grow
linearly with the size: the figures printed for 1 MB and 10 MB tell.
Work files go under bench/work/ (git-ignored).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "001_b559765a8eaa996e.txt"


def article(mb: float) -> str:
    """A one-line article of about `mb` megabytes."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    body = " ".join(" ".join(lines[2:]).split())
    n = int(mb * 1_000_000 / len(body.encode("utf-8"))) + 1
    return lines[0] + "\n\n" + " ".join([body] * n) + "\n"


def timed(*args: str) -> float:
    """Seconds a kg command takes (it must succeed)."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", *args], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="article sizes in MB")
    args = ap.parse_args()
    work = HERE / "work" / "long"
    print(f"{'size':>7}  {'extract':>8}  {'build':>7}  {'validate':>8}")
    for mb in args.sizes:
        shutil.rmtree(work, ignore_errors=True)
        (work / "in").mkdir(parents=True)
        path = work / "in" / f"long-{mb:g}mb.txt"
        path.write_text(article(mb), encoding="utf-8")
        ext = timed("extract", str(path))
        bld = timed("build", str(work / "in"), "--store", str(work / "store"), "--out", str(work / "out"))
        val = timed("validate", "--store", str(work / "store"))
        print(f"{path.stat().st_size / 1e6:6.1f}M  {ext:7.1f}s  {bld:6.1f}s  {val:7.1f}s")


if __name__ == "__main__":
    main()
