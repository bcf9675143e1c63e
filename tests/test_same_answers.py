"""Every named query, kg person and kg stats answer on the seeds as they did before the
lean article graphs (issue 17): tests/data/seeds_answers.json holds the answers of the
model before it (kg:Organization beside each kind, org:holds, typed sentences …).

When an extraction change alters the seeds' facts on purpose, write the file again:
    KG_WRITE_ANSWERS=1 python3 -m pytest -q tests/test_same_answers.py
(bench/lean_check.py compares two versions of kg on any corpus.)
"""

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ANSWERS = Path(__file__).parent / "data" / "seeds_answers.json"
QUERIES = Path(__file__).resolve().parent.parent / "queries"
NAMES = ("Ma Thế Hồng", "Nguyễn Văn Sơn", "Trần Việt Hùng")


@pytest.fixture(scope="module")
def answers(tmp_path_factory, seeds_dir):
    from kg.build import build
    from kg.store import open_store

    path = tmp_path_factory.mktemp("same") / "store"
    s = open_store(path)
    build([seeds_dir], s)
    s.close()
    runner = CliRunner()

    def run(*args: str) -> str:
        r = runner.invoke(main, [*args, "--store", str(path)])
        assert r.exit_code == 0, r.output
        return r.output

    out = {}
    for q in sorted(p.stem for p in QUERIES.glob("*.rq")):
        lines = run("query", q, "--format", "csv").splitlines()
        out["query " + q] = lines[:1] + sorted(lines[1:])
    for n in NAMES:
        out["person " + n] = json.loads(run("person", n, "--format", "json"))
    out["stats"] = json.loads(run("stats", "--format", "json", "--top", "30"))
    if os.environ.get("KG_WRITE_ANSWERS"):
        ANSWERS.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return out


def test_every_named_query_answers_as_before(answers):
    before = json.loads(ANSWERS.read_text())
    names = sorted(k for k in before if k.startswith("query "))
    assert names == sorted(k for k in answers if k.startswith("query "))
    for k in names:
        assert answers[k] == before[k], k


def test_careers_and_stats_answer_as_before(answers):
    before = json.loads(ANSWERS.read_text())
    for k in [f"person {n}" for n in NAMES] + ["stats"]:
        assert answers[k] == before[k], k
