"""kg against two SPARQL servers side by side, in one run: Oxigraph's server and
OpenLink Virtuoso (Debian's virtuoso-opensource 7.2), both started here on
127.0.0.1 with empty databases (see bench/virtuoso_server.py for Virtuoso's
small-memory ini).

    python bench/virtuoso.py [--articles 1000] [--max-rows 10000] [--runs 3]

For each server: `kg build CORPUS --store URL` from empty (the bench's synthetic
corpus, bench/generate.py; outputs included, as a user runs it: kg.ttl and
graph.html are read back from the server), then each query in queries/ (the
median of --runs runs, every row read), checked to give the same rows on both
servers and on the embedded store. --max-rows is Virtuoso's ResultSetMaxRows
(10,000, its default): answers bigger than that are read in pages.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402
from virtuoso_server import Virtuoso, free_port, virtuoso_binary  # noqa: E402

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def kg(*args: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Run the kg command; (seconds, output)."""
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, **(env or {})})
    if r.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{r.stdout}{r.stderr}")
    return time.perf_counter() - t, r.stdout


def timed_rows(store, text: str, runs: int) -> tuple[float, list[str]]:  # type: ignore[no-untyped-def]
    """Median milliseconds of reading every row of a query, and its rows (sorted CSV lines)."""
    from kg.results import serialize

    times, rows = [], []
    for _ in range(runs):
        t = time.perf_counter()
        result = store.query(text)
        data = serialize(result, "csv")
        times.append((time.perf_counter() - t) * 1000)
        rows = sorted(data.decode("utf-8").splitlines())
    return statistics.median(times), rows


def oxigraph_server(location: Path) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    import socket

    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, url
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the oxigraph server did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--max-rows", type=int, default=10_000, help="Virtuoso's ResultSetMaxRows")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-bench-virtuoso"))
    args = ap.parse_args()
    if not virtuoso_binary():
        raise SystemExit("Debian's virtuoso-opensource is not installed (apt-get install virtuoso-opensource)")
    from kg.store import open_store

    work = args.work
    corpus = work / f"corpus-{args.articles}"
    if not corpus.exists() or sum(1 for _ in corpus.rglob("*.txt")) != args.articles:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(corpus, args.articles)
    for old in ("oxigraph", "virtuoso", "local", "out"):
        shutil.rmtree(work / old, ignore_errors=True)
    print(f"{args.articles:,} synthetic articles; {os.cpu_count()} cores; Virtuoso ResultSetMaxRows "
          f"{args.max_rows:,}; median of {args.runs} runs per query")
    kg("build", str(corpus), "--store", str(work / "local"), "--out", str(work / "out" / "local"))
    local = open_store(work / "local", read_only=True)

    ox_proc, ox_url = oxigraph_server(work / "oxigraph")
    virtuoso = Virtuoso(work / "virtuoso", max_rows=args.max_rows)
    virtuoso.start()
    try:
        servers = {"Oxigraph server": (ox_url, {}), "Virtuoso": (virtuoso.url, virtuoso.env())}
        build_s, times, same = {}, {}, {}
        for name, (url, env) in servers.items():
            build_s[name], _ = kg("build", str(corpus), "--store", url, "--out", str(work / "out" / name), env=env)
            print(f"  {name}: kg build {build_s[name]:.1f} s", flush=True)
        os.environ.update(virtuoso.env())
        for name, (url, _env) in servers.items():
            store = open_store(url, read_only=True)
            for q in QUERIES:
                text = q.read_text(encoding="utf-8")
                ms, rows = timed_rows(store, text, args.runs)
                times[(name, q.stem)] = (ms, len(rows) - 1)
                same[(name, q.stem)] = rows == timed_rows(local, text, 1)[1]
        t = time.perf_counter()
        data = open_store(virtuoso.url, read_only=True).export("nquads")
        export_v = time.perf_counter() - t
        t = time.perf_counter()
        data_o = open_store(ox_url, read_only=True).export("nquads")
        export_o = time.perf_counter() - t
        assert data == data_o == local.export("nquads"), "the servers' exports differ"
        print(f"  Virtuoso memory (RSS) after the run: {virtuoso.rss_mb()} MB")
        print()
        print("| | Oxigraph server | Virtuoso |")
        print("|---|---:|---:|")
        print(f"| `kg build` {args.articles:,} articles from empty (outputs included) | "
              f"{build_s['Oxigraph server']:.1f} s | {build_s['Virtuoso']:.1f} s |")
        quads = data.count(b"\n")
        print(f"| `kg export` (N-Quads, {quads:,} quads) | {export_o:.1f} s | {export_v:.1f} s |")
        for q in QUERIES:
            o, v = times[("Oxigraph server", q.stem)], times[("Virtuoso", q.stem)]
            ok = "" if same[("Oxigraph server", q.stem)] and same[("Virtuoso", q.stem)] else " (rows DIFFER)"
            print(f"| query `{q.stem}` ({o[1]:,} rows){ok} | {o[0]:,.0f} ms | {v[0]:,.0f} ms |")
    finally:
        virtuoso.stop()
        ox_proc.terminate()
        ox_proc.wait(10)
        local.close()


if __name__ == "__main__":
    main()
