"""bench/identity_eval.py: pairwise scoring of kg's identity against the labels
of tests/data/identity/."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import identity_eval  # noqa: E402
from identity_eval import Found, Gold, score  # noqa: E402

TARBALL = ROOT.parent / "shared" / "corpus" / "baomoi-2017.tar.gz"


def g(article, name, person):
    return Gold(article, name, person)


def test_pairwise_precision_recall_on_a_toy_example():
    # one name, two persons: A in 1, 2, 3; B in 4. kg joins 1+2 and 3+4 (one wrong join),
    # and misses 1–3 and 2–3
    a1, a2, a3, b4 = g("1", "Lê Văn Tám", "A"), g("2", "Lê Văn Tám", "A"), g("3", "Lê Văn Tám", "A"), \
        g("4", "Lê Văn Tám", "B")
    s = score({a1: "o1", a2: "o1", a3: "o2", b4: "o2"})
    assert (s.both, s.kg_only, s.gold_only) == (1, 1, 2)
    assert s.precision == 0.5 and s.recall == pytest.approx(1 / 3)
    assert s.wrong == [(a3, b4)] and set(s.missed) == {(a1, a3), (a2, a3)}
    assert (s.namesakes, s.namesakes_apart) == (3, 2)  # 1–4, 2–4 kept apart; 3–4 joined


def test_only_mentions_of_one_name_are_paired_and_not_found_ones_are_left_out():
    x, y, z = g("1", "Lê Văn Tám", "A"), g("2", "Lò Thị Én", "C"), g("3", "Lê Văn Tám", "A")
    s = score({x: "o1", y: "o1", z: None})  # y is another name: never a pair, whatever kg says
    assert (s.both, s.kg_only, s.gold_only, s.namesakes) == (0, 0, 0, 0)
    assert s.precision == 1.0 and s.recall == 1.0  # no pairs: nothing wrong, nothing missed


def test_a_mention_is_matched_by_name_key_in_its_article():
    gold = [g("1", "Lê Văn Tám", "A"), g("2", "Lê Văn Tám", "A")]
    kg = {("1", "lê văn tám"): [Found("p:x", "o:1", ("Bí thư Tỉnh ủy Hà Nam",))]}
    found = identity_eval.match(gold, kg)
    assert found[gold[0]].official == "o:1" and found[gold[1]] == Found()


def test_the_labels_load():
    gold = identity_eval.load_labels()
    assert len(gold) == 1009 and len({x.person for x in gold}) == 186
    assert len({(x.article, x.name) for x in gold}) == len(gold)  # no (article, name) twice


@pytest.mark.skipif(not TARBALL.exists(), reason="the corpus tarball is not beside the repository")
def test_runs_on_the_corpus_tarball(tmp_path, capsys):
    # two names with namesakes and rotations, to keep it quick (the whole set: ~20 s)
    assert identity_eval.main(["--corpus", str(TARBALL), "--keep", str(tmp_path),
                               "--name", "Đặng Việt Dũng", "--name", "Trần Quốc Vượng", "--json"]) == 0
    out = capsys.readouterr().out
    import json

    figures = json.loads(out.strip().splitlines()[-1])
    assert figures["mentions"] == 28 and figures["found"] >= 20
    assert 0 <= figures["precision"] <= 1 and figures["namesake_pairs"] > 0
