"""Posts of a dated career list (kg/extract/biography.py). Invented officials and
bodies, in the shapes official biographies are printed in."""

from __future__ import annotations

from kg.article import Article
from kg.extract.pipeline import extract_facts


def _posts(text: str) -> set[tuple[str, str, bool]]:
    facts = extract_facts(Article(id="t", path="t", text=text))
    return {(p.person, p.title.text, p.title.past) for p in facts.positions}


BIO_INLINE = (
    "Tiểu sử tân Chủ tịch UBND tỉnh\n\n"
    "Ông Lương Văn Khải sinh ngày 3/4/1968, quê quán huyện Phù Cừ. "
    "3/1990-5/1994: Cán bộ Ban Tổ chức Huyện ủy Phù Cừ. "
    "6/1994-8/2000: Phó Bí thư Huyện đoàn, Trưởng ban Tuyên giáo rồi Phó Chủ tịch UBND huyện Phù Cừ. "
    "9/2000-12/2010: Huyện ủy viên; Bí thư Đảng ủy xã Minh Tiến. "
    "Từ 1/2011 đến nay: Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh Hưng Yên.")


def test_each_dated_item_gives_its_posts_to_the_biographys_subject():
    got = _posts(BIO_INLINE)
    person = "Lương Văn Khải"
    assert (person, "Phó Bí thư Huyện đoàn", True) in got
    assert (person, "Phó Chủ tịch UBND huyện Phù Cừ", True) in got
    assert (person, "Bí thư Đảng ủy xã Minh Tiến", True) in got
    # "… đến nay": held now, not a former post
    assert (person, "Chủ tịch UBND tỉnh Hưng Yên", False) in got


def test_rồi_parts_two_posts_of_one_item():
    got = {t for _, t, _ in _posts(BIO_INLINE)}
    assert "Trưởng ban Tuyên giáo" in got
    assert not any("rồi" in t for t in got)


def test_bulleted_lines_and_year_only_periods():
    text = ("Tóm tắt tiểu sử đồng chí Đàm Thị Hương\n\n"
            "Đồng chí Đàm Thị Hương, sinh năm 1972, dân tộc Tày.\n"
            "- 1995 - 2001: Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Bảo Lâm.\n"
            "- 2001 - 2010: Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Cao Bằng.\n"
            "- Năm 2011: Phó Trưởng ban Dân vận Tỉnh ủy Cao Bằng.\n")
    got = _posts(text)
    assert ("Đàm Thị Hương", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Bảo Lâm", True) in got
    assert ("Đàm Thị Hương", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Cao Bằng", True) in got
    # one date, no end: held from then, not said to be over
    assert ("Đàm Thị Hương", "Phó Trưởng ban Dân vận Tỉnh ủy Cao Bằng", False) in got


def test_a_glued_bullet_stays_out_of_the_title():
    text = ("Ông Tạ Quang Vinh từng kinh qua nhiều vị trí: - Năm 1996: Trưởng phòng Kinh doanh Công ty Hải Long- "
            "Từ 1998 đến 2004: Phó Giám đốc Công ty Hải Long- Từ 2004 đến nay: Giám đốc Công ty Hải Long.")
    titles = {t for _, t, _ in _posts(text)}
    assert "Trưởng phòng Kinh doanh Công ty Hải Long" in titles
    assert not any(t.endswith("-") for t in titles)


def test_the_subject_is_the_person_named_most_before_the_list():
    text = ("Chủ tịch nước Phùng Văn Tú trao quyết định cho ông Kha Minh Đạt. Ông Kha Minh Đạt sinh năm 1960. "
            "1985-1990: Phó Giám đốc Sở Tài chính tỉnh Long An. "
            "1990-2000: Giám đốc Sở Tài chính tỉnh Long An.")
    got = _posts(text)
    assert ("Kha Minh Đạt", "Giám đốc Sở Tài chính tỉnh Long An", True) in got
    assert not any(p == "Phùng Văn Tú" and "Sở Tài chính" in t for p, t, _ in got)


def test_a_plans_heading_or_a_single_period_is_no_list():
    # a term's heading ("nhiệm kỳ 2020-2025:") opens no item, and one period alone is no biography
    text = ("Ông Hồ Đức Lâm, Bí thư Huyện ủy Đức Huệ, phát biểu. Mục tiêu nhiệm kỳ 2020-2025: "
            "Phó Chủ tịch UBND huyện chỉ đạo xây dựng nông thôn mới. Giai đoạn 2016 - 2020: Chủ tịch UBND "
            "huyện phụ trách chung.")
    titles = {t for p, t, _ in _posts(text) if p == "Hồ Đức Lâm"}
    assert titles == {"Bí thư Huyện ủy Đức Huệ"}


def test_no_person_named_no_rows():
    text = "1990-1995: Phó Giám đốc Sở Xây dựng tỉnh Kon Tum. 1995-2000: Giám đốc Sở Xây dựng tỉnh Kon Tum."
    assert _posts(text) == set()


def test_an_item_that_names_its_own_holder_is_not_the_subjects():
    # a body's history told by period: each item names who held the post then
    text = ("Ông Ma Văn Sơn, Chủ tịch Hội Cựu chiến binh tỉnh, điểm lại lịch sử Hội. "
            "1990-1995: Phó Chủ tịch Hội là ông Hà Văn Khiêm. 1995-2005: Phó Chủ tịch Hội là ông Lục Văn Pảo.")
    got = _posts(text)
    assert not any(p == "Ma Văn Sơn" and t.startswith("Phó Chủ tịch") for p, t, _ in got)


def test_the_headline_names_the_subject_when_the_body_names_no_one():
    text = ("Tóm tắt tiểu sử đồng chí Lường Văn Chính\n\n"
            "Sinh ngày 2/3/1966; quê quán: xã Chiềng Ban, huyện Mai Sơn.\n"
            "- 1988 - 1995: Phó Chủ tịch UBND xã Chiềng Ban.\n"
            "- 1995 - 2005: Bí thư Đảng ủy xã Chiềng Ban.\n")
    from kg.article import parse_article
    art = parse_article(text, "t")
    assert art.title and "Lường Văn Chính" in art.title and "Lường Văn Chính" not in art.text
    got = {(p.person, p.title.text, p.title.past) for p in extract_facts(art).positions}
    assert ("Lường Văn Chính", "Bí thư Đảng ủy xã Chiềng Ban", True) in got
    assert ("Lường Văn Chính", "Phó Chủ tịch UBND xã Chiềng Ban", True) in got
