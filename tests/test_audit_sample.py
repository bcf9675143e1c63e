"""bench/audit_sample.py: the precision-audit sheet drawn from a store built from
the seeds and the project's own corpus."""

from __future__ import annotations

import csv
import io
import sys

import pytest

from conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "bench"))
import audit_sample  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "articles"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    from kg.build import build
    from kg.store import open_store

    path = tmp_path_factory.mktemp("audit") / "store"
    store = open_store(path)
    report = build([SEEDS, CORPUS], store)
    assert not report.failed
    store.close()
    return path


@pytest.fixture(scope="module")
def pop(store_dir):
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    try:
        return audit_sample.population(audit_sample.evidence_rows(store))
    finally:
        store.close()


def article_text(article):
    # an article's id is its path from the folder built, led by that folder's name
    return next(p for d in (SEEDS.parent, CORPUS.parent) for p in d.glob(f"{article}.*")).read_text(encoding="utf-8")


def test_every_fact_comes_with_its_own_sentence(pop):
    # seeds 6 + corpus 23 position rows, 6 + 5 meetings, 5 + 7 awards (the gold counts)
    assert {k: len(v) for k, v in pop.items()} == {"position": 29, "meeting": 11, "award": 12}
    for row in pop["position"]:
        # the family name and the title's first word are read from that sentence
        assert row["person"].split()[0] in row["sentence"], row
        assert row["position"].split()[0].lower() in row["sentence"].lower(), row
    for kind in pop:
        for row in pop[kind]:
            assert " ".join(row["sentence"].split()[:4]) in " ".join(article_text(row["article"]).split())


def test_ma_the_hong_is_drawn_with_the_sentence_that_names_his_posts(pop):
    rows = [r for r in pop["position"] if r["person"] == "Ma Thế Hồng"]
    assert sorted(r["position"] for r in rows) == ["Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp",
                                                  "Trưởng Ban Tổ chức Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"]
    assert len({(r["article"], r["sentenceIndex"]) for r in rows}) == 1


def test_the_same_seed_draws_the_same_and_another_seed_another(pop):
    sizes = {"position": 10, "meeting": 4, "award": 30}
    a, b, c = (audit_sample.draw(pop, sizes, seed) for seed in (1, 1, 2))
    assert a == b and a["position"] != c["position"]
    assert {k: len(v) for k, v in a.items()} == {"position": 10, "meeting": 4, "award": 12}
    assert len({id(r) for r in a["position"]}) == 10
    # more meetings asked for: the positions drawn stay the same
    assert audit_sample.draw(pop, {**sizes, "meeting": 11}, 1)["position"] == a["position"]


def test_the_population_does_not_depend_on_the_stores_row_order(store_dir, pop):
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    try:
        rows = audit_sample.evidence_rows(store)
    finally:
        store.close()
    assert audit_sample.population(reversed(rows)) == pop


def test_the_command_writes_a_sheet_to_judge(store_dir, tmp_path, capsys):
    out = tmp_path / "sheet.md"
    args = ["--store", str(store_dir), "--seed", "5", "--positions", "7", "--meetings", "3", "--awards", "2"]
    assert audit_sample.main(args + ["-o", str(out)]) == 0
    assert capsys.readouterr().err == "drew 7 of 29 positions, 3 of 11 meetings, 2 of 12 awards\n"
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# Precision audit: judging sheet"
    head = lines.index("## positions: 7 of 29")
    assert lines[head + 2] == "| # | article | s# | fact | sentence | verdict | reason |"
    table = lines[head + 4: head + 11]
    assert [ln.split(" | ")[0] for ln in table] == [f"| {n}" for n in range(1, 8)]
    assert all(ln.endswith("|  |  |") and ln.count(" — ") >= 1 for ln in table)
    assert "## meetings: 3 of 11" in lines and "## awards: 2 of 12" in lines
    # the same command again: the same bytes
    assert audit_sample.main(args + ["-o", str(tmp_path / "again.md")]) == 0
    assert (tmp_path / "again.md").read_text(encoding="utf-8") == text


def test_the_csv_sheet_has_a_column_per_field(store_dir, capsys):
    assert audit_sample.main(["--store", str(store_dir), "--format", "csv", "--positions", "0",
                              "--meetings", "0", "--awards", "12"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 12 and {r["kind"] for r in rows} == {"award"}
    assert all(r["award"] and r["sentence"] and r["verdict"] == "" == r["reason"] for r in rows)
    assert all(r["fact"].startswith(r["award"] + " → ") for r in rows)


def test_no_store_is_one_line(tmp_path, capsys):
    assert audit_sample.main(["--store", str(tmp_path / "none")]) == 1
    assert capsys.readouterr().err == f"audit_sample: no store at {tmp_path / 'none'} (run `kg build` first)\n"
