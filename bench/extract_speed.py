"""CPU per article of reading and of extraction, over a fixed sample of a corpus.

    python3 bench/extract_speed.py                          # 2000 files of /tmp/corpus/baomoi-2017
    python3 bench/extract_speed.py -n 500 --seed 7 --repeat 5 CORPUS_DIR
    python3 bench/extract_speed.py --profile read|extract   # cProfile of one pass instead

Run it from a worktree root: the kg of the current directory is measured, so the
same script run with its cwd in an older checkout gives that checkout's figures.
Times are process CPU (time.process_time), so other processes on a shared
machine disturb them less than wall time; each figure is the minimum over the
repeats. Files are read into memory first: disk time is not counted. Before each
repeat the bounded memo caches (strip_diacritics, key, …) are cleared, so a
repeat does not profit from having seen the same texts before; the data loaders
(unbounded caches) stay loaded, as in a build's worker after its first article.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import io
import os
import pstats
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the kg of the worktree we are run from

from kg.article import ArticleError, read_article  # noqa: E402
from kg.extract.pipeline import extract_facts  # noqa: E402


def sample(corpus: Path, n: int, seed: int) -> list[tuple[Path, bytes]]:
    """n article files of the corpus, drawn with a fixed seed, with their bytes."""
    files = sorted(p for p in corpus.rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm"))
    picked = sorted(random.Random(seed).sample(files, min(n, len(files))))
    return [(p, p.read_bytes()) for p in picked]


def clear_memo_caches() -> None:
    """Empty every bounded lru_cache (memoized text functions), keep the loaders."""
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and obj.cache_parameters()["maxsize"] is not None:
            obj.cache_clear()


def one_pass(files: list[tuple[Path, bytes]]) -> tuple[float, float, int]:
    """(read CPU s, extract CPU s, articles) of one pass over the files."""
    t_read = t_extract = 0.0
    done = 0
    for path, data in files:
        t0 = time.process_time()
        try:
            art = read_article(path, data)
        except ArticleError:
            continue
        t1 = time.process_time()
        extract_facts(art)
        t2 = time.process_time()
        t_read += t1 - t0
        t_extract += t2 - t1
        done += 1
    return t_read, t_extract, done


def profile(files: list[tuple[Path, bytes]], what: str, rows: int) -> None:
    """cProfile of reading (or of extraction alone, the articles read first)."""
    arts = []
    for path, data in files:
        try:
            arts.append((path, data, read_article(path, data)))
        except ArticleError:
            pass
    clear_memo_caches()
    prof = cProfile.Profile()
    if what == "read":
        prof.enable()
        for path, data, _ in arts:
            read_article(path, data)
        prof.disable()
    else:
        prof.enable()
        for _, _, art in arts:
            extract_facts(art)
        prof.disable()
    for key in ("tottime", "cumtime"):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(key).print_stats(rows)
        print(out.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default="/tmp/corpus/baomoi-2017")
    ap.add_argument("-n", type=int, default=2000, help="files in the sample")
    ap.add_argument("--seed", type=int, default=2017)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", choices=("read", "extract"), help="print a cProfile instead")
    ap.add_argument("--rows", type=int, default=40)
    args = ap.parse_args()
    files = sample(Path(args.corpus), args.n, args.seed)
    one_pass(files[:50])  # load the data files and compile the patterns
    if args.profile:
        profile(files, args.profile, args.rows)
        return
    best_read = best_extract = float("inf")
    for _ in range(args.repeat):
        clear_memo_caches()
        r, e, done = one_pass(files)
        best_read, best_extract = min(best_read, r), min(best_extract, e)
        print(f"  pass: read {1000 * r / done:.3f} ms  extract {1000 * e / done:.3f} ms", file=sys.stderr)
    print(f"{done} articles ({os.getcwd()}): read {1000 * best_read / done:.3f} ms/article, "
          f"extract {1000 * best_extract / done:.3f} ms/article, "
          f"total {1000 * (best_read + best_extract) / done:.3f} ms/article")


if __name__ == "__main__":
    main()
