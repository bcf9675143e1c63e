"""bench/heldout_eval.py and the held-out gold of bench/heldout/."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import heldout_eval  # noqa: E402

from kg.evaluate import parse_gold  # noqa: E402

TARBALL = ROOT.parent / "shared" / "corpus" / "baomoi-2017.tar.gz"


@pytest.mark.parametrize("name", heldout_eval.SETS)
def test_each_held_out_gold_is_valid_gold(name):
    path = ROOT / "bench" / "heldout" / name / "gold.json"
    gold = parse_gold(path.read_text(encoding="utf-8"), str(path))
    # awstudy15 has the fewest articles (of its 46 drawn with an award word, 15 qualified)
    assert len(gold) >= 15
    # enough rows to measure: the smallest set (awards20, drawn for its conferrals) has 31 in all
    assert sum(len(a["positions"]) + len(a["meetings"]) + len(a["awards"]) for a in gold.values()) >= 30


def test_articles_are_copied_from_a_folder_and_a_missing_one_is_named(tmp_path):
    corpus, dest = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    dest.mkdir()
    (corpus / "111.txt").write_text("Tin\n\nThân bài.\n", encoding="utf-8")
    assert heldout_eval._copy_articles(corpus, {"111", "222"}, dest) == ["222"]
    assert (dest / "111.txt").read_text(encoding="utf-8").startswith("Tin")


@pytest.mark.skipif(not TARBALL.exists(), reason="the corpus tarball is not beside the repository")
def test_every_held_out_article_is_in_the_corpus(tmp_path):
    stems = {s for name in heldout_eval.SETS
             for s in parse_gold((ROOT / "bench" / "heldout" / name / "gold.json").read_text(encoding="utf-8"))}
    assert heldout_eval._copy_articles(TARBALL, stems, tmp_path) == []
