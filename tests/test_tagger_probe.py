"""bench/tagger_probe.py: aligning gold rows to tokens, pairing tagged titles with
names, and adding the tagger's rows to the rules' (the parts without CRFsuite)."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import tagger_probe as tp  # noqa: E402


def test_align_takes_the_title_nearest_its_holder():
    words = tp.norm_words("Ông Hà Văn Tâm, Phó Chủ tịch UBND tỉnh, gặp Phó Chủ tịch UBND tỉnh Lò Văn Pao.")
    hit = tp.align(words, tp.norm_words("Lò Văn Pao"), tp.norm_words("Phó Chủ tịch UBND tỉnh"))
    assert hit is not None
    title, name = hit
    assert words[title:title + 2] == ["phó", "chủ"] and words[name] == "lò"
    assert title > 5  # the second title, right before the name, not the first


def test_align_old_tone_marks_and_reach():
    words = tp.norm_words("Bà Vi Thị Hoà, Chủ tịch Hội Phụ nữ huyện, phát biểu.")
    assert tp.align(words, tp.norm_words("Vi Thị Hòa"), tp.norm_words("Chủ tịch Hội Phụ nữ huyện")) is not None
    far = tp.norm_words("Trưởng ban Dân vận " + "một hai ba bốn năm sáu bảy tám chín mười " * 2 + "Lê Văn Hùng")
    assert tp.align(far, tp.norm_words("Lê Văn Hùng"), tp.norm_words("Trưởng ban Dân vận")) is None


def test_spans_of_labels():
    labels = ["O", "B-T", "I-T", "B-P", "I-P", "O", "I-T", "O"]
    assert tp.spans(labels, "T") == [(1, 3), (6, 7)]
    assert tp.spans(labels, "P") == [(3, 5)]


def test_pair_title_chain_before_a_name_and_apposition_after():
    text = "Ủy viên Bộ Chính trị , Bí thư Thành ủy Đào Văn Hải và Trần Thị Na , Giám đốc Sở Y tế"
    words = text.lower().split()
    titles = [(0, 5), (6, 10), (18, 23)]
    names = [(10, 13, "Đào Văn Hải"), (14, 17, "Trần Thị Na")]
    got = {(p, a) for p, a, _ in tp.pair(words, titles, names)}
    assert got == {("Đào Văn Hải", 0), ("Đào Văn Hải", 6), ("Trần Thị Na", 18)}


def test_pair_leaves_a_title_with_no_name_beside_it():
    words = "theo phó giám đốc sở tài chính , việc này đúng .".split()
    assert tp.pair(words, [(1, 6)], []) == []


def test_merged_adds_only_rows_the_rules_lack():
    rules = {"a": [{"person": "Lê Văn Hùng", "position": "Bí thư Huyện ủy Mỹ Lộc"}]}
    tagged = {"a": [{"person": "Lê Văn Hùng", "position": "Bí thư Huyện ủy"},
                    {"person": "Lê Văn Hùng", "position": "Chủ tịch HĐND huyện"}]}
    got = tp.merged(rules, tagged)["a"]
    assert [r["position"] for r in got] == ["Bí thư Huyện ủy Mỹ Lộc", "Chủ tịch HĐND huyện"]
