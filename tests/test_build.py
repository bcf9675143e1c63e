import os

from kg.build import BULK_FROM, build, discover, summary
from kg.files import write_atomic
from kg.iris import article_iri
from kg.store import JOURNAL, open_store

from conftest import SEEDS


def test_discover_walks_folders_and_reports_missing(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ["a/1.txt", "a/b/2.html", "a/b/3.pdf"]:
        (tmp_path / name).write_text("x")
    files, problems = discover([tmp_path / "a", tmp_path / "a" / "1.txt", tmp_path / "nope"])
    assert [(f.name, ident) for f, ident in files] == [("1.txt", "a/1"), ("2.html", "a/b/2")]
    assert problems == [(str(tmp_path / "nope"), "no such file or folder")]


def test_two_index_pages_of_one_scrape_are_two_articles(tmp_path):
    """Scrapes are full of index.html: the id is the path from the folder built."""
    site = tmp_path / "site"
    for month in ("01", "02"):
        (site / "2021" / month).mkdir(parents=True)
        text = sorted(SEEDS.glob("*.txt"))[int(month)].read_text(encoding="utf-8")
        paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
        (site / "2021" / month / "index.html").write_text(
            f"<html><head><title>{text.splitlines()[0]}</title></head><body><article>{paragraphs}"
            "</article></body></html>", encoding="utf-8")
    files, _ = discover([site])
    assert [ident for _, ident in files] == ["site/2021/01/index", "site/2021/02/index"]
    store = open_store(None)
    r = build([site], store)
    assert (r.added, r.failed) == (2, [])
    assert build([site], store).unchanged == 2  # a rebuild: nothing changed
    # the same file named alone, or from another working directory, has the same id
    cwd = os.getcwd()
    try:
        os.chdir(site / "2021")
        assert discover(["01/index.html"])[0][0][1] == "01/index"
        os.chdir(site)
        assert discover(["."])[0][0][1] == "site/2021/01/index"
    finally:
        os.chdir(cwd)


def test_two_folders_of_one_name_are_refused_not_merged(tmp_path):
    for side in ("x", "y"):
        (tmp_path / side / "news").mkdir(parents=True)
        (tmp_path / side / "news" / "a.txt").write_text("Tin\n\nNội dung.", encoding="utf-8")
    files, problems = discover([tmp_path / "x" / "news", tmp_path / "y" / "news"])
    assert [ident for _, ident in files] == ["news/a"]
    assert len(problems) == 1 and "same article id (news/a)" in problems[0][1]


def test_incremental_build_equals_full_build(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    full = open_store(None)
    build(seeds, full)
    inc = open_store(None)
    build(seeds[:2], inc)
    r = build(seeds, inc)
    assert (r.added, r.unchanged) == (3, 2)
    assert inc.export("nquads") == full.export("nquads")


def test_summary_counts(seed_store):
    s = summary(seed_store)
    assert (s["articles"], s["persons"], s["posts"], s["meetings"], s["awards"]) == (5, 3, 6, 6, 5)


def test_atomic_write_leaves_no_partial_file(tmp_path, monkeypatch):
    import pytest
    target = tmp_path / "out" / "kg.ttl"
    write_atomic(target, "old")

    def crash(_fd):
        raise OSError("disk gone")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError):
        write_atomic(target, "new " * 1000)
    assert target.read_text() == "old"
    assert os.listdir(target.parent) == ["kg.ttl"]


def test_parallel_build_equals_serial_build(tmp_path):
    corpus = sorted(SEEDS.glob("*.txt")) + sorted((SEEDS.parent / "tests" / "corpus" / "articles").glob("*"))
    serial, parallel = open_store(None), open_store(None)
    build(corpus, serial, jobs=1)
    r = build(corpus, parallel, jobs=2)
    assert r.added == len(corpus) and not r.failed
    assert parallel.export("nquads") == serial.export("nquads")


def test_parallel_bulk_build_equals_serial_build(tmp_path):
    # enough articles for the bulk loader; the workers append to one spool, whole articles each
    sources = sorted(SEEDS.glob("*.txt")) + sorted((SEEDS.parent / "tests" / "corpus" / "articles").glob("*"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(BULK_FROM // len(sources) + 1):
        for src in sources:
            (corpus / f"{k:02d}_{src.name}").write_bytes(src.read_bytes())
    serial, parallel = open_store(tmp_path / "serial"), open_store(tmp_path / "parallel")
    build([corpus], serial, jobs=1)
    r = build([corpus], parallel, jobs=2)
    assert r.added == len(list(corpus.iterdir())) > BULK_FROM and not r.failed
    assert parallel.export("nquads") == serial.export("nquads")
    assert not list((tmp_path / "parallel").glob(".kg-spool-*"))


def test_unchanged_files_are_skipped_before_extraction(tmp_path, monkeypatch):
    import kg.build as kb
    store = open_store(None)
    build([SEEDS], store)

    def boom(*_a, **_k):
        raise AssertionError("an unchanged article was extracted again")

    monkeypatch.setattr(kb, "extract_facts", boom)
    r = build([SEEDS], store)
    assert r.unchanged == 5 and r.added == r.updated == 0


def test_bulk_loaded_build_equals_transactional_build(tmp_path, monkeypatch):
    """Big batches go through Oxigraph's bulk loader: same graph, journal removed."""
    seeds = sorted(SEEDS.glob("*.txt"))
    small = open_store(tmp_path / "tx")
    build(seeds, small)
    bulk = open_store(tmp_path / "bulk")
    monkeypatch.setattr("kg.build.BULK_FROM", 1)
    build(seeds, bulk)
    assert bulk.export("nquads") == small.export("nquads")
    assert sorted(p.name for p in (tmp_path / "bulk").glob("kg-*")) == []
    assert list((tmp_path / "bulk").glob(".kg-*")) == []


def test_build_after_a_torn_bulk_load_remakes_its_articles(tmp_path):
    """A build killed inside a bulk load leaves the journal: the next build drops
    the journaled graphs (maybe half loaded) and makes them again."""
    seeds = sorted(SEEDS.glob("*.txt"))
    full = open_store(None)
    build(seeds, full)
    store = open_store(tmp_path / "s")
    build(seeds, store)
    torn = [str(article_iri("seeds/" + p.stem)) for p in seeds[:2]]
    # what a kill leaves: the journal, and part of an article's graph
    (tmp_path / "s" / JOURNAL).write_text("\n".join(torn))
    (tmp_path / "s" / ".kg-spool-x.nq").write_text("<a> <b> <c> <d> .\n")  # never loaded
    store._s.update(f"DELETE WHERE {{ GRAPH <{torn[0]}> {{ ?s a ?t }} }}")
    r = build(seeds, store)
    assert (r.added, r.unchanged) == (2, 3)
    assert store.export("nquads") == full.export("nquads")
    assert not (tmp_path / "s" / JOURNAL).exists()
    assert not (tmp_path / "s" / ".kg-spool-x.nq").exists()


def test_small_build_reads_only_its_own_hashes(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    store = open_store(None)
    build(seeds, store)
    one = str(article_iri("seeds/" + seeds[0].stem))
    assert list(store.article_hashes([one, "https://w3id.org/kgvn/id/article/none"])) == [one]
    assert len(store.article_hashes()) == 5


def test_the_same_input_gives_byte_identical_turtle(tmp_path):
    """Two builds of the same articles, in other orders and with other job counts,
    export the same bytes."""
    seeds = sorted(SEEDS.glob("*.txt"))
    a, b = open_store(tmp_path / "a"), open_store(None)
    build(seeds, a, jobs=2)
    build(list(reversed(seeds[:3])), b)
    build(list(reversed(seeds)), b)
    assert a.export("turtle") == b.export("turtle")
    assert a.export("trig") == b.export("trig")


def test_a_small_build_moves_the_identity_basis_without_reading_every_hash(tmp_path, monkeypatch):
    """The summed basis mark is trusted by a small build: the store's hashes are
    read for its own articles only, and the basis it writes is the one a reading of
    every hash gives."""
    from kg.officials import basis, stored_basis

    seeds = sorted(SEEDS.glob("*.txt"))
    store = open_store(tmp_path / "s")
    build(seeds[:3], store)
    calls: list[object] = []
    real = type(store).article_hashes

    def spy(self, articles=None):  # type: ignore[no-untyped-def]
        calls.append(articles)
        return real(self, articles)

    monkeypatch.setattr(type(store), "article_hashes", spy)
    build(seeds[2:], store)  # two new, one unchanged
    assert calls and all(a is not None for a in calls)
    monkeypatch.undo()
    assert stored_basis(store) == basis(store)
    # an article re-read with another text moves it too
    changed = tmp_path / "changed"
    changed.mkdir()
    text = seeds[0].read_text(encoding="utf-8")
    (changed / seeds[0].name).write_text(text.replace("Tuyên Quang", "Hà Giang", 1), encoding="utf-8")
    build([changed], store)
    assert stored_basis(store) == basis(store)


def test_a_build_killed_before_identity_is_decided_leaves_no_mark_to_trust(tmp_path, monkeypatch):
    from kg.officials import basis, stored_basis

    seeds = sorted(SEEDS.glob("*.txt"))
    store = open_store(tmp_path / "s")
    build(seeds[:3], store)

    def killed(*_a, **_k):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.build.update_identity", killed)
    try:
        build(seeds[3:], store)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    assert stored_basis(store) is None  # the articles loaded, the identity graph not decided
    r = build(seeds, store)  # nothing new: the full path decides the graph again
    assert r.added == 0 and r.identity is not None
    assert stored_basis(store) == basis(store)


def test_the_kept_counts_are_the_counts_of_every_mention(tmp_path):
    """Organizations counted by their one gloss and posts by the post index give what
    counting their mentions in every article graph gives, after builds that add and
    change articles."""
    import sys

    from conftest import ROOT
    from kg.build import COUNTS, _fast_counts

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    generate(tmp_path / "bench", 40)
    store = open_store(tmp_path / "s")
    build([tmp_path / "bench", SEEDS], store)
    first = sorted((tmp_path / "bench").rglob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nÔng Lò Văn Páo, Chủ tịch Hội Nông dân xã Tả Van dự.\n",
                     encoding="utf-8")
    build([tmp_path / "bench", SEEDS], store)
    fast = _fast_counts(store)
    assert set(fast) == {"organizations", "posts"}
    for name in fast:
        slow = f"PREFIX kg: <https://w3id.org/kgvn/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {COUNTS[name]} }}"
        assert next(iter(store.query(fast[name])))["n"].value == next(iter(store.query(slow)))["n"].value, name


def test_a_build_given_the_discovered_files_does_not_walk_again(monkeypatch):
    import kg.build as kb
    found = discover([SEEDS])
    full = open_store(None)
    build([SEEDS], full)

    def walk(*_a, **_k):
        raise AssertionError("the folders were walked a second time")

    monkeypatch.setattr(kb, "discover", walk)
    given = open_store(None)
    r = build([SEEDS], given, found=found)
    assert r.added == 5
    assert given.export("nquads") == full.export("nquads")
