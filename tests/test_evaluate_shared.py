"""`kg eval` agrees with the shared scorer (../shared/eval/score.py) on the shared
gold sets: the same counts, and P/R/F1 to the third decimal. Skipped when the
shared evaluation folder is not beside the project."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import normalize

from conftest import ROOT, SEEDS

SHARED = ROOT.parent / "shared" / "eval"
SCORER = SHARED / "score.py"
SETS = {
    "dev": (SHARED / "dev" / "articles", SHARED / "dev" / "gold.json"),
    "seeds": (SEEDS, SHARED / "gold" / "seeds.json"),
    "corpus": (ROOT / "tests" / "corpus" / "articles", ROOT / "tests" / "corpus" / "gold.json"),
}

pytestmark = pytest.mark.skipif(not (SCORER.is_file() and (SHARED / "dev").is_dir()),
                                reason=f"no shared evaluation at {SHARED}")


def invoke(*args):
    r = CliRunner().invoke(main, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.fixture(scope="module", params=sorted(SETS))
def built(request, tmp_path_factory):
    """A set's store, and its three evaluation queries' CSV answers."""
    articles, gold = SETS[request.param]
    root = tmp_path_factory.mktemp(request.param)
    invoke("build", articles, "--store", root / "store", "--out", root / "out")
    csvs = {}
    for rel in ("positions", "meetings", "awards"):
        csvs[rel] = root / f"{rel}.csv"
        csvs[rel].write_text(invoke("query", ROOT / "queries" / f"{rel}.rq", "--store", root / "store",
                                    "--format", "csv"), encoding="utf-8")
    return gold, root / "store", csvs


def scorer_table(gold, csvs):
    """score.py's table: relation → (gold, system, tp, P, R, F1) as printed."""
    args = [sys.executable, str(SCORER), "--gold", str(gold)]
    for rel, path in csvs.items():
        args += [f"--{rel}", str(path)]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    table = {}
    for line in out.splitlines()[1:4]:
        rel, *cells = line.split()
        table[rel] = tuple(int(c) for c in cells[:3]) + tuple(cells[3:])
    return table


def test_kg_eval_agrees_with_score_py(built):
    gold, store, csvs = built
    theirs = scorer_table(gold, csvs)
    data = json.loads(invoke("eval", gold, "--store", store, "--json"))
    ours = {rel: (v["gold"], v["system"], v["tp"], f"{v['precision']:.3f}", f"{v['recall']:.3f}",
                  f"{v['f1']:.3f}") for rel, v in data["relations"].items()}
    assert ours == theirs


def _shared_norm():
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.norm


def test_normalize_agrees_with_score_py_on_every_name(built):
    gold, _, csvs = built
    norm = _shared_norm()
    names = {v for entry in json.loads(gold.read_text(encoding="utf-8")).values()
             for rows in entry.values() for row in rows for v in row.values() if isinstance(v, str)}
    for path in csvs.values():
        with open(path, encoding="utf-8", newline="") as f:
            names |= {v for row in csv.DictReader(f) for k, v in row.items() if k != "source" and v}
    assert len(names) > 10
    assert [n for n in sorted(names) if normalize(n) != norm(n)] == []
