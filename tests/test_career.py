"""kg.career: an official's posts over time, across articles."""

from pathlib import Path

import pytest

from kg.build import build
from kg.career import career
from kg.store import OxigraphStore

HEAD = "{title}\n\n{weekday}, {date}, 08:00 (GMT+7)\n\nYBĐT - {lead}\n\n{body}\n"


@pytest.fixture(scope="module")
def two_years(tmp_path_factory) -> OxigraphStore:
    """One official in two articles of one province, a year apart, with other posts."""
    d: Path = tmp_path_factory.mktemp("career")
    (d / "a1.txt").write_text(HEAD.format(
        title="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5", weekday="Thứ Hai", date="12/04/2021",
        lead="Ngày 10/4, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 5, khóa XX, nhiệm kỳ 2020 – 2025.",
        body="Dự hội nghị có đồng chí Lò Văn Thắng, Phó Chủ tịch UBND tỉnh."), encoding="utf-8")
    (d / "a2.txt").write_text(HEAD.format(
        title="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9", weekday="Thứ Ba", date="15/03/2022",
        lead="Ngày 14/3, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 9, khóa XX, nhiệm kỳ 2020 – 2025.",
        body="Dự hội nghị có đồng chí Lò Văn Thắng, Chủ tịch UBND tỉnh, Phó Bí thư Tỉnh ủy."), encoding="utf-8")
    store = OxigraphStore(None)
    build([d], store)
    return store


def test_posts_from_every_article_oldest_first(two_years):
    rows = career(two_years, "lo van thang")  # without diacritics, as a user types it
    assert [(r["date"], r["written"], r["file"]) for r in rows] == [
        ("2021-04-12", "Phó Chủ tịch UBND tỉnh", "a1.txt"),
        ("2022-03-15", "Chủ tịch UBND tỉnh", "a2.txt"),
        ("2022-03-15", "Phó Bí thư Tỉnh ủy", "a2.txt"),
    ]
    assert {r["person"] for r in rows} == {"Lò Văn Thắng"}
    assert {r["province"] for r in rows} == {"Yên Bái"}
    assert rows[0]["post"] == "Phó Chủ tịch UBND tỉnh Yên Bái"
    assert rows[0]["post_en"].startswith("Vice Chairman of the Provincial People's Committee")
    assert rows[2]["sentence"].startswith("Dự hội nghị có đồng chí Lò Văn Thắng, Chủ tịch UBND tỉnh")


def test_unknown_or_hostile_name_is_no_query_syntax(two_years):
    assert career(two_years, "Nguyễn Không Có") == []
    assert career(two_years, 'x" } } ; DROP ALL ; #') == []
    assert len(career(two_years, "Lò Văn Thắng")) == 3  # the store is untouched
