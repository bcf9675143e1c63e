"""Benchmark kg on synthetic corpora and print its figures.

    python bench/run.py                          # 1k and 10k articles
    python bench/run.py --sizes 1000 10000 100000
    python bench/run.py --sizes 1000 --baseline-articles 500
    python bench/run.py --exports STORE          # only the whole results, on a built store
    python bench/run.py --filters STORE          # only the filtered queries and aggregates
    python bench/run.py --corpus baomoi-2017.tar.gz   # the same figures on real articles

For each size: extraction rate (articles/s and MB/s, one core and all cores),
end-to-end `kg build` time from empty, store size on disk, peak memory of kg and
its workers together, each query in queries/ (median of the whole result, and of
its first 100 rows), the filtered named queries (kg query positions --person …,
values picked from the store) and the aggregates, the whole-result commands (kg query sources, kg export:
time to the first byte, rate beside the bare engine's, peak memory), adding 10 new articles to the built store, and `kg optimize`
of it (time, peak memory, size) with each query's latency again after it.

Then, once, the rdflib baseline: the first --baseline-articles articles built
into a kg store, the same quads parsed into a plain rdflib in-memory Dataset,
and every query timed on both. (rdflib needs ~1 GB and minutes per million
triples, so it is not run on the big stores.)

Corpora and stores go under bench/work/ (git-ignored) and are reused.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))  # this tree's kg, not an installed one

from generate import generate  # noqa: E402

from kg.article import read_article  # noqa: E402
from kg.extract.pipeline import extract_facts  # noqa: E402

WORK = HERE / "work"
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
PAGE = 100


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


def _tree_rss(root: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{d}/statm") as f:
                rss[int(d)] = int(f.read().split()[1]) * page
            parent[int(d)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += [c for c, p in parent.items() if p == pid]
    return total


class PeakRSS(threading.Thread):
    """Samples the resident memory of a process and its workers until it ends;
    `peak` is the largest sum seen, in bytes."""

    def __init__(self, proc: subprocess.Popen, every: float) -> None:  # type: ignore[type-arg]
        super().__init__(daemon=True)
        self.proc, self.every, self.peak = proc, every, 0
        self.start()

    def run(self) -> None:
        while self.proc.poll() is None:
            self.peak = max(self.peak, _tree_rss(self.proc.pid))
            time.sleep(self.every)


def kg(*args: str) -> tuple[float, int, str]:
    """Run the kg command; (seconds, peak RSS in MB of it and its workers together, output)."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    sampler = PeakRSS(proc, 0.25)
    out, _ = proc.communicate()
    dt = time.perf_counter() - t
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{out}")
    return dt, sampler.peak // 2**20, out


def _median_ms(run, text: str, runs: int, rows: int | None) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    """Median milliseconds of reading `rows` rows of the query (all if None), and how many came."""
    times, n = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        n = sum(1 for _row in itertools.islice(iter(run(text)), rows))
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), n


def latencies(run, runs: int) -> dict[str, tuple[float, float, int]]:  # type: ignore[no-untyped-def]
    """For each query in queries/: (median ms of the whole result, of its first PAGE rows, rows)."""
    out = {}
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        full, rows = _median_ms(run, text, runs, None)
        out[q.stem] = (full, _median_ms(run, text, runs, PAGE)[0], rows)
    return out


def _kg_stream(*args: str) -> tuple[float, float, int, int]:
    """Run a kg command that writes a whole result to stdout; (seconds to the first
    byte, seconds in all, peak RSS in MB, lines written)."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, cwd=ROOT)
    first, lines = 0.0, 0
    sampler = PeakRSS(proc, 0.1)
    assert proc.stdout is not None
    while chunk := proc.stdout.read1(1 << 16):
        if not first:
            first = time.perf_counter() - t
        lines += chunk.count(b"\n")
    proc.wait()
    dt = time.perf_counter() - t
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed")
    return first, dt, sampler.peak // 2**20, lines


def _engine_rate(store: Path, what: str) -> tuple[float, int]:
    """The engine alone doing the same work in this process: (seconds, lines)
    of a bare pyoxigraph query serialized, or of its own Store.dump."""
    import pyoxigraph as ox

    from kg.store import with_prefixes

    class Count:
        n = 0

        def write(self, b: bytes) -> int:
            self.n += bytes(b).count(b"\n")
            return len(b)

        def flush(self) -> None:
            pass

    s = ox.Store.read_only(str(store))
    sink = Count()
    t = time.perf_counter()
    if what == "dump":
        s.dump(sink, format=ox.RdfFormat.N_QUADS)
    else:
        text = with_prefixes((ROOT / "queries" / f"{what}.rq").read_text(encoding="utf-8"))
        s.query(text, use_default_graph_as_union=True).serialize(sink, format=ox.QueryResultsFormat.TSV)
    return time.perf_counter() - t, sink.n


EXPORTS = [(("query", "sources", "--format", "tsv"), "sources"),
           (("query", "positions", "--format", "tsv"), "positions"),
           (("export", "--format", "nquads"), "dump"),
           (("export", "--format", "turtle"), "dump")]


def exports(store: Path) -> None:
    """Whole results (issue 17: streamed, first row at once, memory flat, at least
    half the engine's own rate): each command timed beside the bare engine."""
    for args, engine in EXPORTS:
        first, secs, peak, lines = _kg_stream(*args, "--store", str(store))
        esecs, elines = _engine_rate(store, engine)
        rate, erate = lines / secs, elines / esecs
        print(f"  kg {' '.join(args):<32} first byte {first:6.2f} s, all {secs:7.1f} s, {lines:>11,} lines "
              f"({rate:,.0f}/s; engine alone {erate:,.0f}/s, ×{rate / erate:.2f}), peak {peak:,} MB")


def _top(run, text: str) -> str:  # type: ignore[no-untyped-def]
    """The first value of a one-column query (the store's most frequent one)."""
    from kg.store import with_prefixes

    return next(iter(run(with_prefixes(text))))[0].value


_COUNT = "SELECT ?v WHERE {{ {} }} GROUP BY ?v ORDER BY DESC(COUNT(*)) ?v LIMIT 1"


def _top_name(run) -> str:  # type: ignore[no-untyped-def]
    """The store's most frequent holder's name."""
    return _top(run, _COUNT.format("?h org:member ?p . ?p foaf:name ?v"))


def _top_province(run) -> str:  # type: ignore[no-untyped-def]
    """The province of most articles."""
    return _top(run, "SELECT ?v WHERE { ?a kg:province ?pv . GRAPH <https://w3id.org/kgvn/ontology> "
                     "{ ?pv rdfs:label ?v FILTER(lang(?v) = 'vi') } } GROUP BY ?v ORDER BY DESC(COUNT(*)) ?v LIMIT 1")


def filter_cases(run) -> list[tuple[str, dict[str, str]]]:  # type: ignore[no-untyped-def]
    """Filtered named queries (issue 17: ≤ 200 ms when ≤ 1,000 rows), with values
    taken from the store: its most frequent person name, province, organizer,
    giver, a week and a month of its busiest year."""
    count = _COUNT
    name = _top_name(run)
    attendee = _top(run, count.format("?x kg:participant ?p . ?p foaf:name ?v"))
    province = _top_province(run)
    organizer = _top(run, count.format("?m kg:organizerAsWritten ?v"))
    giver = _top(run, count.format("?a kg:giverAsWritten ?v"))
    award = _top(run, count.format("?a kg:awardName ?v"))
    doc = _top(run, count.format("?d kg:documentKind ?v"))
    year = _top(run, count.format("?a schema:datePublished ?d BIND(YEAR(?d) AS ?v)"))
    week = {"from": f"{year}-03-01", "to": f"{year}-03-07"}
    month = {"from": f"{year}-03-01", "to": f"{year}-03-31"}
    return [
        ("positions", {"person": name}),
        ("positions", {"person": name.lower()}),  # not stored so: the folded pass over every name
        ("positions", {"province": province, **week}),
        ("positions", {"body": f"Tỉnh ủy {province}", **week}),
        ("meetings", {"person": attendee}),
        ("meetings", {"province": province, **month}),
        ("meetings", {"body": organizer, **month}),
        ("awards", {"kind": award, "province": province, **month}),
        ("awards", {"body": giver, **week}),
        ("documents", {"kind": doc, **month}),
        ("figures", {"kind": "MembersAdmitted", "province": province, "from": year, "to": year}),
        ("positions", {"limit": "100"}),
    ]


AGGREGATES = ["admitted", "meetings-per-body", "awards-per-giver", "posts-per-province"]


def filters(store: Path, runs: int) -> None:
    """Filtered named queries and aggregates: the query part in this process (median
    of `runs`, warm), and the whole `kg query` command once (wall, start-up included)."""
    from kg.filters import Filters, filtered
    from kg.store import open_store, with_prefixes

    s = open_store(store, read_only=True)
    cases = filter_cases(s.query)
    for query, opts in cases:
        f = Filters(person=opts.get("person"), province=opts.get("province"), body=opts.get("body"),
                    kind=opts.get("kind"), limit=int(opts["limit"]) if "limit" in opts else None,
                    date_from=_iso(opts.get("from"), "01-01"), date_to=_iso(opts.get("to"), "12-31"))
        text = (ROOT / "queries" / f"{query}.rq").read_text(encoding="utf-8")
        times, n = [], 0
        for _ in range(runs + 1):  # the first run warms the caches
            t = time.perf_counter()
            n = sum(1 for _row in s.query(with_prefixes(filtered(query, text, f, s.query, lateral=True))))
            times.append((time.perf_counter() - t) * 1000)
        args = [x for k, v in opts.items() for x in (f"--{k}", v)]
        s.close()
        wall, _, _ = kg("query", query, *args, "--store", str(store), "--format", "tsv")
        s = open_store(store, read_only=True)
        shown = " ".join(f"--{k} {v!r}" for k, v in opts.items())
        print(f"  query {query:<9} {shown:<70} {statistics.median(times[1:]):8.1f} ms median, {n:>6,} rows; "
              f"kg command {wall:5.2f} s")
    # one official (kg person) and one post over time (kg post, its first page of 100
    # holders as the command shows it, and every holder as --all does): ≤ 100 ms at 100k
    from kg.career import officials, post_holders, post_holders_page

    name, province = _top_name(s.query), _top_province(s.query)
    post = ["post", "Chủ tịch UBND tỉnh", "--province", province]
    for label, call, args in (("kg person", lambda: officials(s, name), ["person", name]),
                              ("kg post", lambda: post_holders_page(s, "Chủ tịch UBND tỉnh", province=province,
                                                                    limit=100)[0], post),
                              ("kg post", lambda: post_holders(s, "Chủ tịch UBND tỉnh", province=province),
                               [*post, "--all"])):
        times, n = [], 0
        for _ in range(runs + 1):
            t = time.perf_counter()
            n = len(call())
            times.append((time.perf_counter() - t) * 1000)
        s.close()
        try:
            command = f"kg command {kg(*args, '--store', str(store))[0]:5.2f} s"
        except SystemExit:  # kg post says so when no one holds the post here
            command = "kg command: no rows"
        s = open_store(store, read_only=True)
        shown = " ".join(repr(a) if " " in a else a for a in args[1:])
        print(f"  {label:<9} {shown:<70} {statistics.median(times[1:]):8.1f} ms median, {n:>6,} rows; {command}")
    from kg.summaries import summary_query

    for name in AGGREGATES:
        raw = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        full, rows = _median_ms(s.query, with_prefixes(raw), runs, None)
        kept = summary_query(name, raw, s)  # what `kg query NAME` reads when the build keeps it
        shown = f"{_median_ms(s.query, kept, runs, None)[0]:9.1f} ms kept by the build" if kept else "(not kept)"
        s.close()
        wall, _, _ = kg("query", name, "--store", str(store), "--format", "tsv")
        s = open_store(store, read_only=True)
        print(f"  aggregate {name:<20} {full:9.1f} ms computed, {shown}, {rows:>6,} rows; kg command {wall:5.2f} s")
    s.close()


def _iso(value: str | None, end: str) -> str | None:
    return None if value is None else (f"{value}-{end}" if len(value) == 4 else value)


def bench(size: int, sample: int, runs: int) -> None:
    """The figures on the synthetic corpus of `size` articles (made once, reused)."""
    corpus = WORK / f"corpus-{size}"
    if not corpus.exists() or sum(1 for _ in corpus.rglob("*.txt")) != size:
        shutil.rmtree(corpus, ignore_errors=True)
        t = time.perf_counter()
        generate(corpus, size)
        print(f"  generated {size:,} articles in {time.perf_counter() - t:.1f} s")
    new = WORK / f"new-{size}"
    shutil.rmtree(new, ignore_errors=True)
    generate(new, 10, start=size + 1_000_000)
    _bench_folder(corpus, str(size), new, sample, runs)


def real(corpus: Path, sample: int, runs: int) -> None:
    """The same figures on a folder of real articles (or a .tar.gz of one, unpacked
    under bench/work/): all but ten built from empty, then those ten added."""
    if corpus.is_file():
        target = WORK / ("real-" + corpus.name.split(".")[0])
        if not target.exists():
            import tarfile

            target.mkdir(parents=True)
            with tarfile.open(corpus) as tar:
                tar.extractall(target, filter="data")
        corpus = target
    files = sorted(f for f in corpus.rglob("*") if f.suffix.lower() in (".txt", ".html", ".htm"))
    if len(files) < 20:
        raise SystemExit(f"{corpus}: {len(files)} articles; the real-text bench wants 20 or more")
    held = WORK / f"real-held-{corpus.name}"
    shutil.rmtree(held, ignore_errors=True)
    held.mkdir(parents=True)
    base = WORK / f"real-base-{corpus.name}"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    for k, f in enumerate(files):  # links, not copies: the same bytes, the same article ids
        (held if k >= len(files) - 10 else base).joinpath(f"{k:06d}{f.suffix}").symlink_to(f.resolve())
    _bench_folder(base, f"real-{corpus.name}", held, sample, runs)


def _bench_folder(corpus: Path, label: str, new: Path, sample: int, runs: int) -> None:
    from kg.store import open_store

    files = sorted(f for f in corpus.rglob("*") if f.suffix.lower() in (".txt", ".html", ".htm"))
    size = len(files)
    cores = os.cpu_count() or 1
    probe = files[: min(sample, len(files))]
    extraction_rate(files[-50:], 1)  # warm up: data files read, caches filled, as in a long build
    one = extraction_rate(probe, 1)
    many = extraction_rate(probe, cores)
    print(f"  extraction, 1 core:   {one[0]:8.1f} articles/s  {one[1]:6.2f} MB/s  ({len(probe):,} articles, "
          f"avg {sum(f.stat().st_size for f in probe) / len(probe) / 1024:.1f} KB)")
    print(f"  extraction, {cores} cores:  {many[0]:8.1f} articles/s  {many[1]:6.2f} MB/s  "
          f"(×{many[0] / one[0]:.2f})")

    store, out = WORK / f"store-{label}", WORK / f"out-{label}"
    shutil.rmtree(store, ignore_errors=True)
    secs, peak, _ = kg("build", str(corpus), "--store", str(store), "--out", str(out))
    print(f"  kg build from empty:  {secs:8.1f} s  ({size / secs:,.0f} articles/s), peak memory {peak:,} MB "
          "(kg and its workers)")
    print(f"  store on disk:        {du(store) / 1e6:8.1f} MB")

    s = open_store(store, read_only=True)
    print(f"  quads:                {_quads_per_article(s, size)}")
    for name, (full, first, rows) in latencies(s.query, runs).items():
        print(f"  query {name:<10} {full:9.1f} ms median, {rows:>9,} rows;  first {PAGE} rows {first:8.1f} ms")
    s.close()
    filters(store, runs)
    exports(store)

    secs10, _, _ = kg("build", str(new), "--store", str(store), "--out", str(out))
    print(f"  add 10 articles:      {secs10:8.2f} s  (kg build, outputs included)")

    secs, peak, _ = kg("optimize", "--store", str(store))
    print(f"  kg optimize:          {secs:8.1f} s, peak memory {peak:,} MB; store on disk {du(store) / 1e6:,.1f} MB")
    s = open_store(store, read_only=True)
    for name, (full, first, rows) in latencies(s.query, runs).items():
        print(f"  optimized {name:<10} {full:9.1f} ms median, {rows:>9,} rows;  first {PAGE} rows {first:8.1f} ms")
    s.close()


def _quads_per_article(s, articles: int) -> str:  # type: ignore[no-untyped-def]
    """Quads in the article graphs, the identity graph and the rest, per article;
    and facts (post holdings, meetings, award conferrals) per article."""
    rows = s.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    identity = vocabulary = summary = art = 0
    for r in rows:
        g, n = r["g"].value, int(r["n"].value)
        if g.endswith("/graph/identity"):
            identity += n
        elif g.endswith("/graph/summary"):
            summary += n
        elif "/article/" in g:
            art += n
        else:
            vocabulary += n
    from kg.build import COUNTS

    facts = {}
    # a meeting typed by its kind alone (the kinds' subclass axioms are in the vocabulary graph)
    kinds = "kg:Conference, kg:Congress, kg:Session, kg:Sitting, kg:Seminar, kg:Review"
    patterns = {"holdings": "?x <http://www.w3.org/ns/org#member> ?p ; kg:post ?y",
                "meetings": f"?x a ?k . FILTER(?k IN ({kinds}))", "awards": COUNTS["awards"]}
    for name, pattern in patterns.items():
        q = ("PREFIX kg: <https://w3id.org/kgvn/ontology#> "
             f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} FILTER(CONTAINS(STR(?g), '/article/')) }}")
        facts[name] = int(next(iter(s.query(q)))["n"].value)
    per = ", ".join(f"{n / articles:.2f} {k}" for k, n in facts.items())
    return (f"{art / articles:,.0f} per article in its graph, {identity / articles:,.0f} in the identity graph, "
            f"{summary:,} kept aggregate quads, {vocabulary:,} vocabulary; facts per article: {per}")


def baseline(articles: int, runs: int) -> None:
    """The same queries over the same quads: kg's store and a plain rdflib Dataset."""
    from rdflib import Dataset

    from kg.store import open_store

    corpus = WORK / f"baseline-{articles}"
    if not corpus.exists() or sum(1 for _ in corpus.rglob("*.txt")) != articles:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(corpus, articles)
    store = WORK / f"store-baseline-{articles}"
    shutil.rmtree(store, ignore_errors=True)
    kg("build", str(corpus), "--store", str(store), "--out", str(WORK / "out-baseline"))
    s = open_store(store, read_only=True)
    data = s.export("nquads")
    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(data=data, format="nquads")
    load = time.perf_counter() - t
    quads = data.count(b"\n")
    print(f"  {articles:,} articles, {quads:,} quads; rdflib in-memory load {load:.1f} s")
    ours = latencies(s.query, runs)
    theirs = latencies(ds.query, runs)
    for name in ours:
        a, b = ours[name][0], theirs[name][0]
        print(f"  query {name:<10} kg {a:9.1f} ms   rdflib {b:10.1f} ms   ×{b / max(a, 0.01):,.0f} faster")
    s.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--sample", type=int, default=2000, help="articles timed for the extraction rate")
    ap.add_argument("--runs", type=int, default=3, help="runs of each query (the median is printed)")
    ap.add_argument("--exports", type=Path, metavar="STORE",
                    help="only time the whole-result commands (kg query sources, kg export …) on this built store")
    ap.add_argument("--filters", type=Path, metavar="STORE",
                    help="only time the filtered named queries and the aggregates on this built store")
    ap.add_argument("--corpus", type=Path, metavar="DIR",
                    help="the same figures on a folder (or .tar.gz) of real articles instead of the synthetic sizes")
    ap.add_argument("--baseline-articles", type=int, default=300,
                    help="articles in the rdflib comparison (0: skip it)")
    a = ap.parse_args()
    print(f"kg benchmark — {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if a.filters:
        print(f"filtered queries and aggregates on {a.filters}")
        filters(a.filters, a.runs)
        return
    if a.exports:
        print(f"whole results of {a.exports}")
        exports(a.exports)
        return
    if a.corpus:
        print(f"real articles of {a.corpus}")
        real(a.corpus, a.sample, a.runs)
        return
    for size in a.sizes:
        print(f"{size:,} articles")
        bench(size, a.sample, a.runs)
    if a.baseline_articles:
        print("rdflib baseline")
        baseline(a.baseline_articles, a.runs)


if __name__ == "__main__":
    main()
