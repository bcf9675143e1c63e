"""Benchmark kg on synthetic corpora and print its figures.

    python bench/run.py                      # 1k and 10k articles
    python bench/run.py --sizes 1000 10000 100000
    python bench/run.py --sizes 1000 --baseline-max 10000

For each size: extraction rate (articles/s and MB/s, one core and all cores),
end-to-end `kg build` time from empty, store size on disk, peak memory, the
median latency of every query in queries/, adding 10 new articles to the built
store, and the same load and queries on a plain rdflib in-memory Dataset as a
ratio (up to --baseline-max articles: rdflib needs hours and tens of GB beyond).
Corpora and stores go under bench/work/ (git-ignored) and are reused.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

from kg.article import read_article  # noqa: E402
from kg.extract.pipeline import extract_facts  # noqa: E402

WORK = HERE / "work"
QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def _extract(path: Path) -> int:
    extract_facts(read_article(path))
    return path.stat().st_size


def extraction_rate(files: list[Path], jobs: int) -> tuple[float, float]:
    """(articles/s, MB/s) of reading and extracting `files` with `jobs` processes."""
    t = time.perf_counter()
    if jobs == 1:
        size = sum(_extract(f) for f in files)
    else:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            size = sum(pool.imap_unordered(_extract, files, chunksize=32))
    dt = time.perf_counter() - t
    return len(files) / dt, size / dt / 1e6


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def kg(*args: str) -> tuple[float, int, str]:
    """Run the kg command; (seconds, peak RSS of it and its workers in MB, output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT)
    dt = time.perf_counter() - t
    if out.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{out.stdout}{out.stderr}")
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return dt, peak // 1024, out.stdout


def _medians(run, runs: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Median milliseconds of `run(query text)` for each query in queries/."""
    out = {}
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            list(run(text))
            times.append((time.perf_counter() - t) * 1000)
        out[q.stem] = statistics.median(times)
    return out


def query_latencies(store_dir: Path, runs: int = 5) -> dict[str, float]:
    """Median milliseconds of each query in queries/ over the store."""
    from kg.store import open_store

    return _medians(open_store(store_dir, read_only=True).query, runs)


def rdflib_baseline(store_dir: Path, runs: int = 3) -> tuple[float, dict[str, float]]:
    """Load the store's quads into a plain rdflib in-memory Dataset (union default
    graph) and time the same queries: (load seconds, query medians in ms)."""
    from rdflib import Dataset

    from kg.store import open_store

    data = open_store(store_dir, read_only=True).export("nquads")
    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(data=data, format="nquads")
    return time.perf_counter() - t, _medians(ds.query, runs)


def bench(size: int, baseline_max: int, sample: int) -> None:
    corpus = WORK / f"corpus-{size}"
    if not corpus.exists() or sum(1 for _ in corpus.rglob("*.txt")) != size:
        shutil.rmtree(corpus, ignore_errors=True)
        t = time.perf_counter()
        generate(corpus, size)
        print(f"  generated {size:,} articles in {time.perf_counter() - t:.1f} s")
    files = sorted(corpus.rglob("*.txt"))
    cores = os.cpu_count() or 1
    probe = files[: min(sample, len(files))]
    one = extraction_rate(probe, 1)
    many = extraction_rate(probe, cores)
    print(f"  extraction, 1 core:   {one[0]:8.1f} articles/s  {one[1]:6.2f} MB/s  ({len(probe):,} articles, "
          f"avg {sum(f.stat().st_size for f in probe) / len(probe) / 1024:.1f} KB)")
    print(f"  extraction, {cores} cores:  {many[0]:8.1f} articles/s  {many[1]:6.2f} MB/s  "
          f"(×{many[0] / one[0]:.2f})")

    store, out = WORK / f"store-{size}", WORK / f"out-{size}"
    shutil.rmtree(store, ignore_errors=True)
    secs, peak, _ = kg("build", str(corpus), "--store", str(store), "--out", str(out))
    print(f"  kg build from empty:  {secs:8.1f} s  ({size / secs:,.0f} articles/s), peak memory {peak:,} MB")
    print(f"  store on disk:        {du(store) / 1e6:8.1f} MB")
    lat = query_latencies(store)

    new = WORK / f"new-{size}"
    shutil.rmtree(new, ignore_errors=True)
    generate(new, 10, start=size + 1_000_000)
    secs10, _, _ = kg("build", str(new), "--store", str(store), "--out", str(out))
    print(f"  add 10 articles:      {secs10:8.2f} s  (kg build, outputs included)")

    base = None
    if size <= baseline_max:
        base = rdflib_baseline(store)
        print(f"  rdflib in-memory load: {base[0]:7.1f} s")
    for name, ms in lat.items():
        line = f"  query {name:<12} {ms:9.1f} ms median"
        if base:
            line += f"   rdflib {base[1][name]:10.1f} ms   ×{base[1][name] / max(ms, 0.01):,.0f} faster"
        print(line)
    if not base:
        print(f"  (rdflib baseline skipped above {baseline_max:,} articles)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--baseline-max", type=int, default=10000, help="largest size run on rdflib too")
    ap.add_argument("--sample", type=int, default=2000, help="articles timed for the extraction rate")
    a = ap.parse_args()
    print(f"kg benchmark — {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    for size in a.sizes:
        print(f"{size:,} articles")
        bench(size, a.baseline_max, a.sample)


if __name__ == "__main__":
    main()
