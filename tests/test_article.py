import datetime as dt

import pytest

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
    ("(ĐCSVN) – Ngày 4/3, Tỉnh ủy tổ chức hội nghị.", None, None),
    ("(NDO) - Ngày 4/3, Tỉnh ủy tổ chức hội nghị.", None, None),
])
def test_datelines_of_place_or_source_leave_the_lead(lead, province, outlet):
    a = parse_article("Tiêu đề\n\nThứ Ba, 05/03/2024\n\n" + lead, "x")
    assert a.text == "Ngày 4/3, Tỉnh ủy tổ chức hội nghị."
    assert (a.province, a.outlet) == (province, outlet)
