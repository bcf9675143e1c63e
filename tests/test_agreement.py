"""bench/agreement.py: two readers' gold files scored against each other."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import agreement  # noqa: E402

from kg.evaluate import parse_gold  # noqa: E402


def _gold(rows: dict) -> dict:
    return parse_gold(json.dumps(rows, ensure_ascii=False))


A = {"a1": {"positions": [{"person": "Lò Văn Pao", "position": "Phó Bí thư Huyện ủy Mường La"},
                          {"person": "Lò Văn Pao", "position": "Chủ tịch UBND huyện"}],
            "meetings": [{"organizer": "Huyện ủy Mường La", "date": "--03-12", "ordinal": 5}], "awards": []},
     "a2": {"positions": [], "meetings": [], "awards": []}}
B = {"a1": {"positions": [{"person": "Lò Văn Pao", "position": "Phó Bí thư Huyện ủy Mường La"}],
            "meetings": [{"organizer": "Ban Chấp hành Đảng bộ huyện", "date": "--03-12", "ordinal": 5}],
            "awards": []},
     "b9": {"positions": [{"person": "Hà Thị Lan", "position": "Bí thư Chi bộ"}], "meetings": [], "awards": []}}


def test_agreement_on_the_articles_both_name():
    got = agreement.agreement(_gold(A), _gold(B))
    # b9 is in B only and a2 in A only: neither counts
    assert (got["positions"].gold, got["positions"].system, got["positions"].tp) == (2, 1, 1)
    assert round(got["positions"].f1, 3) == 0.667
    # a meeting matches on its day and half of the organizer's words ("huyện" of two): here, no
    assert got["meetings"].tp == 0


def test_agreement_cli_prints_a_table_and_refuses_a_file_that_is_no_gold(tmp_path):
    a, b, bad = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "bad.json"
    a.write_text(json.dumps(A, ensure_ascii=False), encoding="utf-8")
    b.write_text(json.dumps(B, ensure_ascii=False), encoding="utf-8")
    bad.write_text("[1, 2]", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "agreement.py"), f"{a},{b}", str(b)],
                         capture_output=True, text=True)
    assert run.returncode == 0 and "articles in common" in run.stdout and "positions" in run.stdout
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "agreement.py"), str(a), str(bad)],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "agreement:" in run.stderr and "Traceback" not in run.stderr
