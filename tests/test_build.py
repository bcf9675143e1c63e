import os

from kg.build import build, discover, summary, write_atomic
from kg.store import open_store

from conftest import SEEDS


def test_discover_walks_folders_and_reports_missing(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ["a/1.txt", "a/b/2.html", "a/b/3.pdf"]:
        (tmp_path / name).write_text("x")
    files, problems = discover([tmp_path / "a", tmp_path / "a" / "1.txt", tmp_path / "nope"])
    assert [f.name for f in files] == ["1.txt", "2.html"]
    assert problems == [(str(tmp_path / "nope"), "no such file or folder")]


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


def test_unchanged_files_are_skipped_before_extraction(tmp_path, monkeypatch):
    import kg.build as kb
    store = open_store(None)
    build([SEEDS], store)

    def boom(*_a, **_k):
        raise AssertionError("an unchanged article was extracted again")

    monkeypatch.setattr(kb, "extract_facts", boom)
    r = build([SEEDS], store)
    assert r.unchanged == 5 and r.added == r.updated == 0
