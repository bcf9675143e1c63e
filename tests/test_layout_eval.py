"""bench/layout_eval.py: the layouts it rewrites articles into, and its table."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import layout_eval  # noqa: E402

from kg.article import parse_article  # noqa: E402
from kg.normalize import normalize_text  # noqa: E402

ARTICLE = ("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\n\n"
           "Sáng 12/3, Ban Chấp hành Đảng bộ huyện Mèo Vạc tổ chức Hội nghị lần thứ 12 để đánh giá kết quả thực hiện "
           "nhiệm vụ quý I. Dự hội nghị có đồng chí Hà Văn Lực, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.\n")


def test_one_line_leaves_no_line_break():
    assert "\n" not in layout_eval.one_line(ARTICLE).rstrip("\n")


def test_wrapping_breaks_long_lines_and_keeps_every_word():
    out = layout_eval.wrapped(60, headline_too=False)(ARTICLE)
    assert max(len(ln) for ln in out.split("\n")[1:]) <= 60
    assert out.split() == ARTICLE.split()


def test_body_case_flips_only_listed_words_of_the_body_and_is_repeatable():
    flip = layout_eval.body_case(2)
    out = flip(ARTICLE)
    assert out == flip(ARTICLE) and out.split("\n")[0] == ARTICLE.split("\n")[0]
    changed = [(a, b) for a, b in zip(ARTICLE.split(), out.split()) if a != b]
    assert changed and all(a in layout_eval._CASED and b == a[0].lower() + a[1:] for a, b in changed)
    assert "Hà Văn Lực" in out  # names are left as written


def test_encodings_read_back_as_the_same_text():
    assert normalize_text(layout_eval.encodings(ARTICLE)) == normalize_text(ARTICLE)


def test_an_html_page_escapes_what_it_is_given():
    page = layout_eval.html_page("Tin <b>mới</b> & hay\n\nNội dung <script>x</script>.\n")
    assert "<b>" not in page and "<script>" not in page and "&lt;script&gt;" in page


def test_the_table_scores_each_layout_with_kg_eval(tmp_path):
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"a1": {
        "positions": [{"person": "Hà Văn Lực", "position": "Phó Bí thư Tỉnh ủy"},
                      {"person": "Hà Văn Lực", "position": "Chủ tịch HĐND tỉnh"}],
        "meetings": [{"organizer": "Ban Chấp hành Đảng bộ huyện Mèo Vạc", "date": "--03-12", "ordinal": 12}],
        "awards": []}}, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "layout_eval.py"), str(gold), str(arts),
                          "--only", "wrapped_60"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    rows = {ln.split()[0]: ln.split()[-3:] for ln in out.splitlines()[1:]}
    assert rows["as"] == ["1.000", "1.000", "0.000"]
    assert rows["wrapped_60"] == ["1.000", "1.000", "0.000"]  # the broken lines are joined back
    assert parse_article(layout_eval.wrapped(60, True)(ARTICLE), "x").title == ARTICLE.split("\n")[0]
