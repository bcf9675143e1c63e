import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.article import ArticleError, parse_article, province_of, read_article


def seed(seeds_dir, stem):
    return read_article(next(seeds_dir.glob(stem + "*")))


def test_title_date_outlet_byline_with_dateline_code(seeds_dir):
    a = seed(seeds_dir, "000")
    assert a.title.startswith("Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh và Cựu giáo chức")
    assert a.published == dt.date(2021, 1, 14)
    assert (a.outlet, a.province) == ("Báo Hà Giang", "Hà Giang")
    assert a.authors == ["Lê Hải"]
    assert a.text.startswith("* Ngày 14.1,")  # the "BHG - " code is taken off the lead
    assert "Tin, ảnh" not in a.text


def test_date_line_before_title(seeds_dir):
    a = seed(seeds_dir, "002")
    assert a.title.startswith("Đảng ủy Khối các cơ quan tỉnh sơ kết công tác 9 tháng")
    assert a.published == dt.date(2022, 1, 18)
    assert a.province == "Lạng Sơn"
    assert a.authors == ["Phương Dung"]  # "PHƯƠNG DUNG", a byline in capitals


def test_theo_byline_names_author_and_outlet(seeds_dir):
    a = seed(seeds_dir, "003")
    assert a.authors == ["Khánh Vân"]
    assert (a.outlet, a.province) == ("Báo Tuyên Quang", "Tuyên Quang")
    assert "Xem tin theo ngày" not in a.text


def test_site_banner_and_breadcrumb(seeds_dir):
    a = seed(seeds_dir, "004")
    assert a.title == "Đảng ủy Khối các cơ quan tỉnh: Sơ kết công tác quý I năm 2021"
    assert a.province == "Bình Định"
    assert "ĐẢNG BỘ TỈNH BÌNH ĐỊNH" in a.outlet
    assert a.authors == ["Tuấn Thiệu"]
    assert "Các cấp ủy, tổ chức đảng trực thuộc" not in a.text


def test_photo_credit_inside_caption_is_an_author_and_leaves_the_text(seeds_dir):
    a = seed(seeds_dir, "001")
    assert "Việt Hòa" in a.authors and "Trang Tâm" in a.authors
    assert "Ảnh: Việt Hòa" not in a.text
    assert a.published is None


def test_province_of_site_names():
    assert province_of("baotuyenquang.com.vn") == "Tuyên Quang"
    assert province_of("TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH BÌNH ĐỊNH") == "Bình Định"
    assert province_of("Báo Thừa Thiên Huế") == "Thừa Thiên Huế"
    assert province_of("example.com") is None


def test_province_from_text_when_no_outlet():
    a = parse_article("Tin mới\n\nNgày 2/3, Tỉnh ủy tỉnh Cao Bằng tổ chức hội nghị. Tỉnh Cao Bằng có …", "x")
    assert a.province == "Cao Bằng"


def test_old_tone_marks_and_nfd_are_normalized(tmp_path):
    import unicodedata
    p = tmp_path / "a.txt"
    p.write_text(unicodedata.normalize("NFD", "Tiêu đề\n\nĐảng uỷ Khối tổ chức hội nghị."), encoding="utf-8")
    assert "Đảng ủy Khối" in read_article(p).text


def test_html_page_is_reduced_to_its_article(tmp_path):
    p = tmp_path / "page.html"
    body = " ".join(["Ngày 9/4, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị lần thứ năm sơ kết công tác quý I."] * 3)
    p.write_text(f"""<html><head><title>Sơ kết công tác quý I</title>
<script>var x = "<b>không phải bài</b>";</script><style>p {{color: red}}</style></head>
<body><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
<article><h1>Sơ kết công tác quý I</h1><p>{body}</p><p>Tin, ảnh: Lê Hải</p></article>
<footer>Bản quyền thuộc về báo</footer></body></html>""", encoding="utf-8")
    a = read_article(p)
    assert "Ngày 9/4, Đảng ủy Khối các cơ quan tỉnh" in a.text
    assert "var x" not in a.text and "Trang chủ" not in a.text
    assert a.authors == ["Lê Hải"]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_files_raise_a_clear_error(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(ArticleError, match=reason):
        read_article(p)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="cannot read"):
        read_article(tmp_path / "nope.txt")


def test_utf8_bom_and_utf16(tmp_path):
    for i, data in enumerate([b"\xef\xbb\xbf" + "Tiêu đề\n\nNội dung.".encode(), "Tiêu đề\n\nNội dung.".encode("utf-16")]):
        p = tmp_path / f"{i}.txt"
        p.write_bytes(data)
        a = read_article(p)
        assert a.title == "Tiêu đề" and a.text == "Nội dung."


@pytest.mark.parametrize("lead, province, outlet", [
    ("HÀ GIANG – Ngày 4/3, Tỉnh ủy tổ chức hội nghị.", "Hà Giang", None),
    ("(Baonghean.vn) - Ngày 4/3, Tỉnh ủy tổ chức hội nghị.", "Nghệ An", "Báo Nghệ An"),
    ("(ĐCSVN) – Ngày 4/3, Tỉnh ủy tổ chức hội nghị.", None, "Báo điện tử Đảng Cộng sản Việt Nam"),
    ("(NDO) - Ngày 4/3, Tỉnh ủy tổ chức hội nghị.", None, None),
])
def test_datelines_of_place_or_source_leave_the_lead(lead, province, outlet):
    a = parse_article("Tiêu đề\n\nThứ Ba, 05/03/2024\n\n" + lead, "x")
    assert a.text == "Ngày 4/3, Tỉnh ủy tổ chức hội nghị."
    assert (a.province, a.outlet) == (province, outlet)


# --- where the header ends: a headline is short and holds no sentence --------------------

from kg.extract.pipeline import extract_facts  # noqa: E402

PASSAGE = ("Sáng 12/3, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị lần thứ 5 sơ kết công tác quý I. "
           "Dự hội nghị có đồng chí Hà Văn Lực, Phó Bí thư Tỉnh ủy. "
           "Đồng chí Lò Thị Mai, Bí thư Đảng ủy Khối chủ trì hội nghị.")
POSTS = [("Hà Văn Lực", "Phó Bí thư Tỉnh ủy"), ("Lò Thị Mai", "Bí thư Đảng ủy Khối")]


def _facts(raw):
    f = extract_facts(parse_article(raw, "x"))
    return f.article, [(p.person, p.title.text) for p in f.positions], \
        [(m.organizer.name, m.date, m.session) for m in f.meetings]


@pytest.mark.parametrize("raw", [
    PASSAGE,                                                    # a page saved as one line
    PASSAGE + "\nTại hội nghị, các đại biểu thảo luận.",        # a pasted passage: a paragraph first
    (PASSAGE + "\nTại hội nghị, các đại biểu thảo luận.").replace("\n", "\r"),  # CR-only line ends
    "(TTXVN) - " + PASSAGE + "\nTại hội nghị, các đại biểu thảo luận.",     # a lead with its source code
])
def test_a_paragraph_first_is_body_not_title(raw):
    art, posts, meetings = _facts(raw)
    assert art.title is None
    assert art.text.startswith(PASSAGE[:40])
    assert posts == POSTS
    assert meetings == [("Đảng ủy Khối các cơ quan tỉnh", "--03-12", 5)]


@pytest.mark.parametrize("first", [
    "Trong hai ngày 5-6/8, Đảng bộ huyện tổ chức đại hội.",   # short, but opens with its time
    "Ngày 3.4, Hội Nông dân xã Tân An họp.",
    "Đảng bộ huyện Mường Lát đã tổ chức thành công đại hội đại biểu lần thứ XXI với nhiều kết quả quan trọng.",
    "x" * 250,                                                   # longer than any headline
])
def test_lines_that_are_no_headline(first):
    a = parse_article(first + "\nCâu thứ hai của bài.", "x")
    assert a.title is None and a.text.startswith(first)


@pytest.mark.parametrize("title", [
    "Hội nghị sơ kết quý I",
    "Tỉnh ủy Lào Cai: Làm tốt công tác cán bộ.",                  # a short headline may end in a period
    "Vì sao giá lúa giảm? Nông dân lo lắng",
    "PSG – Lyon: Trận cầu đỉnh cao",                              # capitals and a dash, not a lead
    "Hôm nay, giá vàng tăng?",
    "Chủ tịch tỉnh: 'Phải làm rõ trách nhiệm từng người'",
])
def test_headlines_stay_headlines(title):
    a = parse_article(f"{title}\n{PASSAGE}", "x")
    assert a.title == title and a.text == PASSAGE


def test_aggregator_layout_title_lead_body():
    lead = "QUẢNG TRỊ - Ngày 8/6, Tỉnh ủy Quảng Trị tổ chức hội nghị công bố quyết định về công tác cán bộ."
    body = ("Theo đó, ông Trần Văn Bình, Phó Bí thư Tỉnh ủy, được phân công giữ chức Trưởng Ban Dân vận. "
            "Phát biểu tại hội nghị, ông cảm ơn Ban Thường vụ Tỉnh ủy.")
    a = parse_article(f"Ông Trần Văn Bình làm Trưởng Ban Dân vận\n{lead}\n{body}", "x")
    assert a.title == "Ông Trần Văn Bình làm Trưởng Ban Dân vận"
    assert a.province == "Quảng Trị"
    assert a.text == lead.removeprefix("QUẢNG TRỊ - ") + "\n" + body  # the lead is body text


def test_a_very_long_one_line_text_keeps_its_facts_and_no_headline():
    raw = " ".join([PASSAGE] * 12_000)  # about 2.6 MB, no line break
    f = extract_facts(parse_article(raw, "x"))
    assert f.article.title is None and len(f.article.text) == len(raw)
    assert [(p.person, p.title.text) for p in f.positions] == POSTS
    assert max(len(s.text) for s in f.sentences) < 200


@pytest.mark.parametrize("dateline, date", [
    ("Ngày đăng: 25/08/2025", dt.date(2025, 8, 25)),
    ("Cập nhật, 14:15, Thứ Năm, 14/01/2021", dt.date(2021, 1, 14)),
    ("Cập nhật lúc 09:30 03/11/2022", dt.date(2022, 11, 3)),
    ("12/05/2019 21:10", dt.date(2019, 5, 12)),
    ("Thứ Hai, 05/06/2017 - 10:15", dt.date(2017, 6, 5)),
    ("Đăng ngày 24 - 02 - 2020", dt.date(2020, 2, 24)),
    ("08/08/2012 03:12 GMT+7", dt.date(2012, 8, 8)),
    ("Thứ bảy, ngày 6 tháng 5 năm 2023 | 07:45", dt.date(2023, 5, 6)),
    ("2018-10-02 16:20", dt.date(2018, 10, 2)),
])
@pytest.mark.parametrize("above", [True, False])
def test_datelines_are_the_published_date_never_the_title(dateline, date, above):
    head = f"{dateline}\nHội nghị sơ kết quý I" if above else f"Hội nghị sơ kết quý I\n{dateline}"
    a = parse_article(f"{head}\n{PASSAGE}", "x")
    assert (a.title, a.published, a.text) == ("Hội nghị sơ kết quý I", date, PASSAGE)


def test_a_dateline_with_the_month_only_gives_the_year():
    art, _, meetings = _facts(f"Ngày đăng: 03/2024\n{PASSAGE}")
    assert (art.title, art.published, art.year) == (None, None, 2024)
    assert meetings == [("Đảng ủy Khối các cơ quan tỉnh", "2024-03-12", 5)]


def test_a_lead_that_opens_with_a_date_is_no_dateline():
    a = parse_article("Ngày 8/3/2023, Hội Nông dân xã Tân An tổ chức đại hội.\nCâu sau.", "x")
    assert a.published is None and a.text.startswith("Ngày 8/3/2023")


def test_a_headline_over_two_lines_and_a_byline_in_capitals():
    a = parse_article(f"Hà Tĩnh:\nTrao Huy hiệu Đảng cho 120 đảng viên\nMINH ĐỨC |\n{PASSAGE}", "x")
    assert a.title == "Hà Tĩnh: Trao Huy hiệu Đảng cho 120 đảng viên"
    assert a.authors == ["Minh Đức"] and a.outlet is None and a.text == PASSAGE


def test_a_one_word_label_above_the_headline():
    a = parse_article(f"Thời sự\nHội nghị sơ kết quý I\n{PASSAGE}", "x")
    assert a.title == "Hội nghị sơ kết quý I"


def test_a_headline_in_capitals_with_no_other():
    a = parse_article(f"XÂY DỰNG ĐẢNG TRONG SẠCH VỮNG MẠNH\n{PASSAGE}", "x")
    assert a.title == "XÂY DỰNG ĐẢNG TRONG SẠCH VỮNG MẠNH" and a.outlet is None


def test_a_listing_teaser_repeated_below_is_dropped():
    teaser = "Hội nghị sơ kết quý I của Đảng ủy Khối các cơ quan tỉnh Sáng 12/3, Đảng ủy Khối các cơ quan..."
    a = parse_article(f"{teaser}\nHội nghị sơ kết quý I của Đảng ủy Khối các cơ quan tỉnh\n{PASSAGE}", "x")
    assert a.title == "Hội nghị sơ kết quý I của Đảng ủy Khối các cơ quan tỉnh" and a.text == PASSAGE


# --- invisible characters and stray control bytes ------------------------------------------

@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u2060", "\ufeff", "\u202e", "\u2067"])
def test_invisible_characters_leave_names_headlines_and_posts_whole(tmp_path, mark):
    p = tmp_path / "a.txt"
    p.write_text(f"Bảo Lạc tổ chức hội nghị {mark}cán bộ\n\nÔng Ma Thế H{mark}ồng, Bí thư Huyện ủy Bảo L{mark}ạc, "
                 f"dự hội nghị.", encoding="utf-8")
    f = extract_facts(read_article(p))
    assert f.article.title == "Bảo Lạc tổ chức hội nghị cán bộ"
    assert [(p.person, p.title.text) for p in f.positions] == [("Ma Thế Hồng", "Bí thư Huyện ủy Bảo Lạc")]


@pytest.mark.parametrize("where", [10, 5000])
def test_a_few_stray_nuls_are_text_wherever_they_are(tmp_path, where):
    text = "Hội nghị sơ kết quý I\n\n" + PASSAGE + " " + "Tại hội nghị, các đại biểu thảo luận. " * 150
    p = tmp_path / "a.txt"
    p.write_bytes((text[:where] + "\x00" + text[where:where + 1] + "\x00" + text[where + 1:]).encode())
    a = read_article(p)
    assert a.title == "Hội nghị sơ kết quý I" and "\x00" not in a.text


def test_a_binary_file_is_refused_wherever_its_control_bytes_start(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Hội nghị".encode().ljust(300, b" ") + bytes(range(256)) * 20)
    with pytest.raises(ArticleError, match="binary"):
        read_article(p)


@pytest.mark.parametrize("raw, title, published", [
    ("Huyện ủy Mèo Vạc sơ kết quý I Thứ Ba, 09/04/2024, 08:30 (GMT+7) " + PASSAGE,
     "Huyện ủy Mèo Vạc sơ kết quý I", dt.date(2024, 4, 9)),
    ("Thứ Ba, 09/04/2024 Huyện ủy Mèo Vạc sơ kết quý I " + PASSAGE, "Huyện ủy Mèo Vạc sơ kết quý I",
     dt.date(2024, 4, 9)),
    ("Huyện ủy Mèo Vạc sơ kết quý I - " + PASSAGE, "Huyện ủy Mèo Vạc sơ kết quý I", None),
    ("Huyện ủy Mèo Vạc sơ kết quý I " + PASSAGE, "Huyện ủy Mèo Vạc sơ kết quý I", None),
    ("Huyện ủy Mèo Vạc sơ kết quý I HÀ GIANG - " + PASSAGE, "Huyện ủy Mèo Vạc sơ kết quý I", None),
    # the page's date alone on its line, between the headline and the lead
    ("Huyện ủy Mèo Vạc sơ kết quý I 13/03/2024 " + PASSAGE, "Huyện ủy Mèo Vạc sơ kết quý I", dt.date(2024, 3, 13)),
    ("Huyện ủy Mèo Vạc sơ kết quý I ngày 13/03/2024 " + PASSAGE, "Huyện ủy Mèo Vạc sơ kết quý I ngày 13/03/2024",
     None),
    # the lead's source in brackets; a follow button or a byline in capitals before the lead
    ("Huyện ủy Mèo Vạc sơ kết quý I (Dân trí) - " + PASSAGE, "Huyện ủy Mèo Vạc sơ kết quý I", None),
    ("Huyện ủy Mèo Vạc sơ kết quý I Theo dõi Báo Hà Giang trên Google News " + PASSAGE,
     "Huyện ủy Mèo Vạc sơ kết quý I", None),
    ("Huyện ủy Mèo Vạc sơ kết quý I MINH ĐỨC | " + PASSAGE, "Huyện ủy Mèo Vạc sơ kết quý I", None),
    # a dateline with the month only, then the lead with no headline
    ("Ngày đăng: 03/2024 " + PASSAGE, None, None),
])
def test_a_page_saved_as_one_line_keeps_its_headline_and_dateline(raw, title, published):
    art, posts, meetings = _facts(raw)
    assert (art.title, art.published, art.text) == (title, published, PASSAGE)
    assert posts == POSTS


def test_a_bare_date_between_a_run_on_headline_and_its_lead_dates_the_meeting():
    # "Sáng 12/3" takes its year from the page's date; in the headline it is lost
    art, _, meetings = _facts("Đảng ủy Khối sơ kết quý I 13/03/2024 " + PASSAGE)
    assert art.published == dt.date(2024, 3, 13)
    assert meetings == [("Đảng ủy Khối các cơ quan tỉnh", "2024-03-12", 5)]


def test_a_run_on_headline_ends_where_a_lead_of_listed_days_begins():
    lead = "Trong 2 ngày 12 và 13/3, Đảng bộ xã Tả Lủng tổ chức Đại hội đại biểu lần thứ XX. "
    art, _, meetings = _facts("Đại hội đại biểu Đảng bộ xã Tả Lủng lần thứ XX, nhiệm kỳ 2020-2025 " + lead + PASSAGE)
    assert art.title == "Đại hội đại biểu Đảng bộ xã Tả Lủng lần thứ XX, nhiệm kỳ 2020-2025"
    assert art.text.startswith("Trong 2 ngày 12 và 13/3")


def test_a_byline_in_capitals_run_into_the_headline_is_the_byline():
    art = parse_article("Huyện ủy Mèo Vạc sơ kết quý I MINH ĐỨC | " + PASSAGE, "x")
    assert art.title == "Huyện ủy Mèo Vạc sơ kết quý I" and art.authors == ["Minh Đức"] and art.text == PASSAGE


def test_a_month_only_dateline_run_into_the_body_still_dates_it():
    art = parse_article("Ngày đăng: 03/2024 " + PASSAGE, "x")
    assert art.year == 2024 and art.text == PASSAGE


def test_a_run_on_first_line_without_a_headline_in_front_is_body():
    raw = "Theo kế hoạch, Sáng 12/3, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị lần thứ 5. " + PASSAGE
    a = parse_article(raw, "x")
    assert a.title is None and a.text == raw


def test_a_dateline_under_the_body_leaves_it():
    a = parse_article(f"Hội nghị sơ kết quý I\n{PASSAGE}\nCập nhật lúc 16:05 12/03/2024\nTin: Minh Đức", "x")
    assert a.text == PASSAGE and a.authors == ["Minh Đức"] and a.published == dt.date(2024, 3, 12)


@pytest.mark.parametrize("line", [
    "Theo đó, Phó Bí thư Huyện ủy Lò Văn Khánh được giao phụ trách công tác dân vận.",
    "Theo ông Lò Văn Khánh, Phó Bí thư Huyện ủy, năm nay huyện trồng mới 300 ha rừng.",
    "Theo kế hoạch, Lò Văn Khánh sẽ làm việc với các xã vùng cao.",
])
def test_a_short_paragraph_opening_with_theo_is_body_not_a_credit(line):
    a = parse_article(f"Huyện vùng cao đổi mới\n\nSáng nay huyện tổ chức hội nghị cán bộ.\n{line}\nTheo Hoài An/VOV\n", "t")
    assert line in a.text and "Theo Hoài An" not in a.text
    assert "Lò Văn Khánh" not in a.authors and "Hoài An" in a.authors


def test_kiem_glued_to_the_word_before_gets_its_space_back():
    # a lost space: "tỉnh Hòa Namkiêm Trưởng ban" is two posts, not one body "Namkiêm"
    raw = ("Tin mới\n\nÔng Lê Văn Đào, Chủ tịch UBND tỉnh Hòa Namkiêm Giám đốc Sở Tài chính, phát biểu. "
           "Ông Trần Văn Tư kiêm nhiệm nhiều việc.")
    art, posts, _ = _facts(raw)
    assert "Hòa Nam kiêm Giám đốc" in art.text and "Tư kiêm nhiệm" in art.text
    assert posts == [("Lê Văn Đào", "Chủ tịch UBND tỉnh Hòa Nam"), ("Lê Văn Đào", "Giám đốc Sở Tài chính")]


def test_a_credit_run_into_its_paragraph_keeps_the_paragraph():
    body = ("Ông Lê Văn Khiêm, Giám đốc Sở Xây dựng tỉnh Hòa Nam, cho biết công trình sẽ xong trong tháng tới "
            "và nhà thầu đã cam kết tiến độ với tỉnh, dù mùa mưa năm nay đến sớm hơn mọi năm ở vùng núi.")
    art, posts, _ = _facts("Tin mới\n\nCâu mở đầu của bài.\nẢnh: Minh Khôi. " + body)
    assert body in art.text and "Minh Khôi" in art.authors
    assert posts == [("Lê Văn Khiêm", "Giám đốc Sở Xây dựng tỉnh Hòa Nam")]
    art, posts, _ = _facts("Tin mới\n\nCâu mở đầu của bài.\nVideo: Lễ khởi công (nguồn: THB) " + body)
    assert body in art.text and posts == [("Lê Văn Khiêm", "Giám đốc Sở Xây dựng tỉnh Hòa Nam")]
    art, _, _ = _facts("Tin mới\n\nCâu mở đầu của bài.\nBài, ảnh: Trần Minh Khôi")
    assert "Trần Minh Khôi" in art.authors and "Khôi" not in art.text


def test_a_last_paragraph_opening_with_a_trailer_word_is_body():
    last = ("Chia sẻ với phóng viên chiều 6/2, ông Đỗ Văn Lành, Chủ tịch UBND xã Tân Khê, cho biết xã đã "
            "lập đoàn kiểm tra và sẽ báo cáo kết quả lên huyện trong tuần tới.")
    art, posts, _ = _facts("Tin mới\n\nCâu mở đầu của bài.\n" + last + "\nChia sẻ\nTin liên quan")
    assert last in art.text and "Tin liên quan" not in art.text
    assert posts == [("Đỗ Văn Lành", "Chủ tịch UBND xã Tân Khê")]


# --- text broken at a fixed width (copied from a PDF, saved by a text browser) -----------

WRAPPED_SOURCE = (
    "Hội nghị Ban Chấp hành Đảng bộ huyện Mèo Vạc lần thứ 12\n\n"
    "Sáng 12/3, Ban Chấp hành Đảng bộ huyện Mèo Vạc khóa XXIII tổ chức Hội nghị lần thứ 12 để đánh giá "
    "kết quả thực hiện nhiệm vụ quý I và triển khai nhiệm vụ quý II năm 2024. Dự hội nghị có đồng chí Hà "
    "Văn Lực, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Lò Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, "
    "Trưởng Ban Tổ chức Tỉnh ủy.\n\n"
    "Dịp này, Ban Thường vụ Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho đồng chí Sùng Mí Páo, nguyên Phó "
    "Chủ tịch UBND huyện, và trao Giấy khen cho 5 tổ chức cơ sở đảng có thành tích xuất sắc.\n")


def _all_facts(raw: str):
    f = extract_facts(parse_article(raw, "x"))
    return (sorted((p.person, p.title.text) for p in f.positions),
            sorted((m.organizer.name, m.date, m.session) for m in f.meetings),
            sorted((a.kind, a.recipient_person, a.group) for a in f.awards))


def _wrap(text: str, width: int, headline_too: bool = False) -> str:
    import textwrap
    lines = text.split("\n")
    return "\n".join("\n".join(textwrap.wrap(ln, width)) if len(ln) > width and (headline_too or i) else ln
                     for i, ln in enumerate(lines))


@pytest.mark.parametrize("width", [60, 72, 80, 100])
def test_a_text_broken_at_a_fixed_width_gives_the_facts_of_the_unbroken_one(width):
    whole = _all_facts(WRAPPED_SOURCE)
    assert whole[0] and whole[1] and whole[2]  # the source has a post, a meeting and an award
    wrapped = _wrap(WRAPPED_SOURCE, width)
    assert wrapped.count("\n") > WRAPPED_SOURCE.count("\n") + 3
    assert _all_facts(wrapped) == whole
    assert parse_article(wrapped, "x").title == "Hội nghị Ban Chấp hành Đảng bộ huyện Mèo Vạc lần thứ 12"


def test_a_passage_with_no_headline_broken_at_a_fixed_width_is_one_paragraph():
    passage = WRAPPED_SOURCE.split("\n\n", 1)[1]
    assert _all_facts(_wrap(passage, 70, headline_too=True)) == _all_facts(passage)


def test_a_list_of_names_one_to_a_line_stays_a_list():
    from kg.article import unwrap_hard_breaks
    lines = ["Danh sách Ban Thường vụ Huyện ủy khóa XXIII", "",
             "Đồng chí Hà Văn Lực, Bí thư Huyện ủy, Chủ tịch HĐND huyện",
             "Đồng chí Lò Thị Mai, Phó Bí thư Thường trực Huyện ủy",
             "Đồng chí Sùng Mí Páo, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện",
             "Đồng chí Giàng Seo Phử, Trưởng Ban Tổ chức Huyện ủy",
             "- Đồng chí Vàng Mí Lử, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"]
    assert unwrap_hard_breaks(lines) == lines


@given(st.lists(st.text(alphabet="abcdeghiklmnoprstuvxyđăâêôơư ", min_size=1, max_size=150), min_size=1, max_size=8),
       st.integers(min_value=0, max_value=5))
def test_a_text_with_a_paragraph_past_any_wrapping_width_is_left_as_it_is(lines, at):
    from kg.article import unwrap_hard_breaks
    lines = ["Tiêu đề bài viết", *lines]
    lines.insert(min(at, len(lines) - 1) + 1, "Đoạn văn dài " + "và " * 60)  # 190+ characters
    assert unwrap_hard_breaks(lines) == lines


@given(st.lists(st.lists(st.sampled_from(["của", "tỉnh", "huyện", "cán bộ", "đảng viên", "nhiệm vụ", "năm",
                                          "trong", "thực hiện", "kết quả", "công tác", "hội nghị"]),
                         min_size=40, max_size=90), min_size=1, max_size=4),
       st.integers(min_value=55, max_value=110))
def test_prose_broken_at_any_width_is_joined_back_into_its_paragraphs(paragraphs, width):
    import textwrap
    from kg.article import unwrap_hard_breaks
    paras = ["Sáng 12/3, " + " ".join(words) + "." for words in paragraphs]
    broken: list[str] = ["Tiêu đề bài viết", ""]
    for p in paras:
        broken += [*textwrap.wrap(p, width), ""]
    assert [ln for ln in unwrap_hard_breaks(broken) if ln] == ["Tiêu đề bài viết", *paras]


def test_a_comma_typed_without_its_space_is_read_as_one_with_it():
    raw = ("Đại hội phụ nữ tỉnh\n\nChiều ngày 17/10, tại Hội trường tỉnh, đã diễn ra phiên thứ nhất,Đại hội đại biểu "
           "Phụ nữ tỉnh Lào Cai lần thứ XVI. Như đã thông tin,chiều qua 19/10 Thành ủy Lào Cai tổ chức hội nghị công "
           "bố quyết định; khóa XIV,chiều 20/10 Ủy ban Thường vụ Quốc hội họp.")
    art, _, meetings = _facts(raw)
    assert "phiên thứ nhất, Đại hội" in art.text and "thông tin, chiều" in art.text and "XIV, chiều" in art.text
    assert ("Hội Liên hiệp Phụ nữ tỉnh Lào Cai", "--10-17", 16) in meetings
    assert ("Thành ủy Lào Cai", "--10-19", None) in meetings


def test_a_comma_between_digits_or_capitals_stays_as_written():
    a = parse_article("Tin\n\nDự án 2,5 tỷ đồng của Bộ VH,TT&DL được Quốc hội khóa XIII,XIV bàn.", "x")
    assert "2,5 tỷ" in a.text and "VH,TT&DL" in a.text and "XIII,XIV" in a.text


def test_a_short_line_ends_its_paragraph_in_a_wrapped_text():
    # the elected list, one to a line, and the credit after wrapped prose stay lines of their own
    prose = _wrap(WRAPPED_SOURCE.split("\n\n")[1].rstrip("\n")[:-1] + ", đã bầu các đồng chí sau:", 76)
    raw = ("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện Mèo Vạc\n" + prose + "\n"
           "Đồng chí Sùng Mí Páo, Bí thư Huyện ủy\nĐồng chí Lò Thị Mai, Phó Bí thư Huyện ủy\n"
           "Đồng chí Giàng Seo Phử, Chủ nhiệm Ủy ban Kiểm tra\nTin, ảnh: Lê Hải\n")
    art, posts, _ = _facts(raw)
    assert ("Sùng Mí Páo", "Bí thư Huyện ủy") in posts and ("Lò Thị Mai", "Phó Bí thư Huyện ủy") in posts
    assert ("Giàng Seo Phử", "Chủ nhiệm Ủy ban Kiểm tra") in posts and art.authors == ["Lê Hải"]


def test_a_headline_under_its_dateline_is_not_joined_to_the_lead_in_a_wrapped_text():
    lead = _wrap("Hôm qua, Ban Chấp hành Đảng bộ huyện Mèo Vạc khóa XXIII tổ chức Hội nghị lần thứ 12 để đánh giá "
                 "kết quả thực hiện nhiệm vụ quý I và triển khai nhiệm vụ quý II năm 2024 của toàn Đảng bộ huyện.", 70)
    art = parse_article("12/03/2024 10:15\nHội nghị Ban Chấp hành Đảng bộ huyện Mèo Vạc lần thứ 12\n" + lead, "x")
    assert art.title == "Hội nghị Ban Chấp hành Đảng bộ huyện Mèo Vạc lần thứ 12" and art.text.startswith("Hôm qua,")
    assert "\n" not in art.text


def test_a_body_and_its_acronym_before_a_dash_in_a_first_paragraph_are_no_headline_and_source():
    raw = ("Sáng 12/3, Phòng Cảnh sát điều tra tội phạm về ma túy (PC47) - Công an tỉnh Hà Giang tổ chức Hội nghị "
           "tổng kết công tác năm 2023. Dự hội nghị có đồng chí Hà Văn Lực, Phó Bí thư Tỉnh ủy. " * 2)
    art, posts, meetings = _facts(raw)
    assert art.title is None and art.text == raw.strip()
    assert [m[1][-5:] for m in meetings] == ["03-12"] and ("Hà Văn Lực", "Phó Bí thư Tỉnh ủy") in posts


def test_a_date_the_run_on_headline_states_is_not_the_pages():
    raw = "Huyện Mèo Vạc phấn đấu giải ngân hết vốn đầu tư công trước 30/6/2024 " + PASSAGE
    art = parse_article(raw, "x")
    assert art.title == "Huyện Mèo Vạc phấn đấu giải ngân hết vốn đầu tư công trước 30/6/2024"
    assert art.published is None and art.text == PASSAGE


def test_a_month_only_dateline_before_a_run_on_headline():
    art = parse_article("Ngày đăng: 03/2024 Huyện ủy Mèo Vạc sơ kết quý I " + PASSAGE, "x")
    assert (art.title, art.year, art.text) == ("Huyện ủy Mèo Vạc sơ kết quý I", 2024, PASSAGE)


@pytest.mark.parametrize("raw, title", [
    # a code in capitals no list knows, after a headline with no comma
    ("Kiên Giang đón hơn 200 ngàn lượt du khách dịp Tết (TITC) – " + PASSAGE, "Kiên Giang đón hơn 200 ngàn lượt du khách dịp Tết"),
    # a site's name, whatever province it names, and after a headline with a comma
    ("Mùa lễ Tết, mùa tai nạn giao thông (Baonghean) - " + PASSAGE, "Mùa lễ Tết, mùa tai nạn giao thông"),
    ("Tháng 2, giá xe giảm mạnh (Chinhphu.vn) - " + PASSAGE, "Tháng 2, giá xe giảm mạnh"),
])
def test_a_run_on_headline_ends_at_its_source_in_brackets(raw, title):
    art = parse_article(raw, "x")
    assert art.title == title and art.text == PASSAGE


@pytest.mark.parametrize("raw, published, meeting_date", [
    # the page dated a few days after the lead's day, across the year's end
    ("Đảng ủy Khối sơ kết công tác năm 02/01/2018 Sáng 29/12, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị lần "
     "thứ 5 sơ kết công tác năm. Dự hội nghị có đồng chí Hà Văn Lực, Phó Bí thư Tỉnh ủy.",
     dt.date(2018, 1, 2), "2017-12-29"),
    # the lead gives its year; the last of listed days
    ("Đảng ủy Khối sơ kết quý III 16/09/2017 Sáng 15/9/2017, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị lần thứ "
     "5 sơ kết quý III. Dự hội nghị có đồng chí Hà Văn Lực, Phó Bí thư Tỉnh ủy.", dt.date(2017, 9, 16), "2017-09-15"),
    ("Đại hội Đảng bộ Khối lần thứ V 25/09/2017 Trong hai ngày 23-24/9, Đảng bộ Khối các cơ quan tỉnh tổ chức Đại "
     "hội đại biểu lần thứ V. Dự đại hội có đồng chí Hà Văn Lực, Phó Bí thư Tỉnh ủy.", dt.date(2017, 9, 25),
     "2017-09-23"),
])
def test_a_bare_date_before_the_lead_dates_the_page_when_the_lead_allows(raw, published, meeting_date):
    art, _, meetings = _facts(raw)
    assert art.published == published and [m[1] for m in meetings] == [meeting_date]


def test_a_lower_case_credit_word_or_a_name_inside_wrapped_prose_goes_on():
    raw = ("Đảng ủy Khối triển khai nhiệm vụ năm 2017\n"
           "Kinh phí tổ chức các hoạt động của Đảng bộ Khối năm 2017 được bố trí từ\n"
           "nguồn: ngân sách tỉnh, vốn xã hội hóa và đóng góp của các đơn vị; báo cáo\n"
           "của Ban Thường vụ được trình bày bởi đồng chí Phó Bí thư Thường trực Tỉnh ủy\n"
           "Hà Văn Lực\n")
    art, posts, _ = _facts(raw)
    assert "nguồn: ngân sách" in art.text and art.authors == []
    assert ("Hà Văn Lực", "Phó Bí thư Thường trực Tỉnh ủy") in posts
