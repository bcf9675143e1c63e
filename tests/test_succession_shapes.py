"""Shapes that put a wrong holder on a provincial post's succession list (issue 16,
docs/SUCCESSION.md): a late or a remembered holder read as current, the title of
the one spoken to given to the speaker, a body run over a name after an acronym,
a place read as a person, names cut or run on, and a bare city post read with the
wrong province. Invented sentences and names."""

from rdflib import RDFS

from kg.article import parse_article
from kg.extract.pipeline import extract_facts
from kg.extract.positions import extract_positions, late_persons
from kg.facts import Sentence
from kg.rdf import ORG, article_graph


def posts(text):
    _, positions = extract_positions(Sentence(0, text, 0, len(text)))
    return [(p.person, p.title.text) for p in positions]


def facts_of(body, title="Tin địa phương"):
    return extract_facts(parse_article(f"{title}\n\n{body}\n", "t"))


def held(facts):
    return {(p.person, p.title.text, p.title.past) for p in facts.positions}


# a late holder ("cố …"): every post of theirs in the article is a past one,
# written as the article writes it (the gold keeps them plain)

def test_late_holder_after_cố_and_titles():
    s = "Con đường mang tên cố Bí thư Thành ủy Lâm Văn Khải được khánh thành."
    assert late_persons(Sentence(0, s, 0, len(s))) == ["Lâm Văn Khải"]


def test_late_holder_after_a_dash_and_an_honorific():
    s = "Lễ đặt tên đường mang tên cố Chủ tịch UBND tỉnh - ông Tạ Quang Lộc diễn ra sáng nay."
    assert late_persons(Sentence(0, s, 0, len(s))) == ["Tạ Quang Lộc"]


def test_cố_inside_another_word_marks_no_one():
    for s in ("Huyện củng cố Ban Chấp hành Đoàn, Bí thư Huyện đoàn Lê Văn Tâm cho biết.",
              "Ông cố gắng giúp Phạm Văn Đạt hoàn thành công việc."):
        assert late_persons(Sentence(0, s, 0, len(s))) == []


def test_every_post_of_a_late_holder_is_past_and_written_plain():
    f = facts_of("Sáng 3/4, thành phố đặt tên đường mang tên cố Bí thư Thành ủy Đà Nẵng Lâm Văn Khải. "
                 "Ông Lâm Văn Khải từng giữ chức vụ Bí thư Quận ủy Hải Châu, Trưởng ban Tổ chức Thành ủy. "
                 "Phó Chủ tịch UBND thành phố Đỗ Thị Hạnh phát biểu tại buổi lễ.")
    got = held(f)
    assert ("Lâm Văn Khải", "Bí thư Thành ủy Đà Nẵng", True) in got
    assert ("Lâm Văn Khải", "Bí thư Quận ủy Hải Châu", True) in got
    assert ("Đỗ Thị Hạnh", "Phó Chủ tịch UBND thành phố", False) in got


# a remembered holder: posts after "từng giữ", "kinh qua" are past ones; a post left at
# the article's time ("thôi giữ chức", "cách chức") is held up to that event

def test_posts_after_từng_and_kinh_qua_are_past_a_post_left_is_not():
    f = facts_of("Ông Hồ Văn Trí từng giữ chức Bí thư Tỉnh ủy Kon Tum. "
                 "Ông Mẫn Văn Tín đã kinh qua các chức vụ Giám đốc Sở Nội vụ tỉnh Kon Tum. "
                 "Ban Bí thư quyết định cách chức Ủy viên Ban Thường vụ Tỉnh ủy đối với ông Đặng Minh Khoa. "
                 "Ông Lò Văn Pấng được bầu giữ chức Chủ tịch UBND tỉnh Lai Châu.")
    got = held(f)
    assert ("Hồ Văn Trí", "Bí thư Tỉnh ủy Kon Tum", True) in got
    assert ("Mẫn Văn Tín", "Giám đốc Sở Nội vụ tỉnh Kon Tum", True) in got
    assert ("Đặng Minh Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", False) in got
    assert ("Lò Văn Pấng", "Chủ tịch UBND tỉnh Lai Châu", False) in got


def test_a_nguyên_post_stays_beside_the_same_post_read_after_a_past_verb():
    f = facts_of("Ông Đặng Minh Khoa, nguyên Bí thư Tỉnh ủy, bị kỷ luật. "
                 "Ban Bí thư cách chức Bí thư Tỉnh ủy Gia Lai đối với ông Đặng Minh Khoa.")
    texts = {p.title.text for p in f.positions if p.person == "Đặng Minh Khoa"}
    assert "nguyên Bí thư Tỉnh ủy" in texts


# the title of the one spoken to, of or before is not the speaker's

def test_title_after_với_is_not_the_next_speakers():
    assert posts("Báo cáo với Bí thư Thành ủy, Phó Giám đốc Sở Công thương Trịnh Văn Lực cho biết dự án chậm.") \
        == [("Trịnh Văn Lực", "Phó Giám đốc Sở Công thương")]


def test_title_after_của_then_an_honorific_and_a_verb_is_no_ones():
    assert posts("Trước chuyến thị sát của Bí thư Thành ủy, anh Vương Đình Lộc viết: mọi người đều vui.") == []


def test_a_chain_after_của_or_với_that_closes_is_kept():
    assert posts("Đây là khẳng định của Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Mạc Thị Lan khi dự lễ.") \
        == [("Mạc Thị Lan", "Ủy viên Bộ Chính trị"), ("Mạc Thị Lan", "Chủ tịch Quốc hội")]
    assert posts("Đoàn làm việc với Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Vi Văn Sáu về tình hình.") \
        == [("Vi Văn Sáu", "Bí thư Tỉnh ủy"), ("Vi Văn Sáu", "Chủ tịch HĐND tỉnh")]
    assert posts("Đại hội của Bí thư Đảng ủy xã Tân Hòa (huyện Phú Tân) Đỗ Văn Khang đang bàn.") \
        == [("Đỗ Văn Khang", "Bí thư Đảng ủy xã Tân Hòa")]


# a body written with its place as an acronym ends there: the name after it is its holder

def test_acronym_place_ends_the_body_in_a_list():
    assert posts("Dự có Chủ tịch MTTQ VN Lương Văn Mẫn, Bí thư thành ủy HN Đào Trung Hòa, "
                 "Chủ tịch UBND TP Kha Văn Chương.") == [
        ("Lương Văn Mẫn", "Chủ tịch MTTQ VN"), ("Đào Trung Hòa", "Bí thư thành ủy HN"),
        ("Kha Văn Chương", "Chủ tịch UBND TP")]


def test_a_place_named_after_a_level_still_reads_whole():
    assert posts("Chủ tịch UBND huyện Yên Minh Lục Văn Tám dự.") == [("Lục Văn Tám", "Chủ tịch UBND huyện Yên Minh")]


# a place read as a person

def test_places_listed_after_ở_are_no_persons():
    assert posts("Giống mới sẽ trồng thử ở Tân Lạc, Phú Xuyên, Chủ tịch UBND TP đánh giá cao cách làm này.") == []
    assert posts("Làm việc tại Phú Xuyên, Chủ tịch UBND huyện cho biết.") == []


def test_a_full_name_after_a_place_still_holds_its_title():
    assert posts("Tại Hà Nội, ông Lê Văn Tám, Chủ tịch UBND TP cho biết.") == [("Lê Văn Tám", "Chủ tịch UBND TP")]


# names cut or run on

def test_a_name_with_its_last_syllable_in_lower_case_is_the_full_name():
    f = facts_of("Chủ tịch UBND TP Hà Nội Nguyễn Văn Thăng khẳng định như vậy. "
                 "Bản cam kết của Chủ tịch UBND TP Hà Nội Nguyễn Văn thăng vẫn còn giá trị.")
    assert {p.person for p in f.positions} == {"Nguyễn Văn Thăng"}
    assert "Nguyễn Văn" not in f.persons


def test_a_name_run_into_the_next_sentence_is_the_full_name():
    f = facts_of("Dự buổi họp có Chủ tịch UBND TP Vũ Đức Cường, các sở ngành. "
                 "Có mặt Chủ tịch UBND TP Vũ Đức Cường Đúng 8h30, buổi họp bắt đầu. "
                 "Ông Vũ Đức Cường yêu cầu làm rõ.")
    assert {p.person for p in f.positions} == {"Vũ Đức Cường"}


def test_a_name_run_into_a_capitalised_verb_is_the_full_name():
    # a caption glued to the next sentence: "… Lâm Khẳng định …" while the article writes
    # "Lâm khẳng định" elsewhere; the longer name must not swallow the shorter one
    f = facts_of("Phó Thủ tướng Trần Văn Lâm khẳng định chủ trương không đổi.\n"
                 "Phó Thủ tướng Trần Văn Lâm Khẳng định không có chủ trương bỏ biên chế.\n"
                 "Ông Trần Văn Lâm nói thêm về lộ trình.")
    assert {p.person for p in f.positions} == {"Trần Văn Lâm"}
    assert "Trần Văn Lâm Khẳng" not in f.persons


def test_a_name_run_into_the_next_title_is_the_full_name():
    f = facts_of("Thứ trưởng Bộ NN-PTNT Vũ Văn Tâm đã làm việc với tỉnh. "
                 "Thứ trưởng Bộ NN-PTNT Vũ Văn Tâm Xin Thứ trưởng cho biết quan điểm của Bộ.")
    assert {p.person for p in f.positions} == {"Vũ Văn Tâm"}


def test_a_caption_credit_after_a_name_is_no_part_of_it():
    # "<post> <name> <photographer>" closing a caption line
    f = facts_of("Bộ trưởng Bộ KHĐT Nguyễn Văn Dũng phát biểu tại hội nghị. "
                 "Ông Nguyễn Văn Dũng cho biết như vậy.\n"
                 "Bộ trưởng Bộ KHĐT Nguyễn Văn Dũng Bích Ngọc\n"
                 "Hội nghị kết thúc vào buổi chiều.")
    assert {p.person for p in f.positions} == {"Nguyễn Văn Dũng"}


def test_two_names_one_the_others_start_stay_two():
    # a longer name written in full is no run-on of the shorter one it starts with
    f = facts_of("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân dự hội nghị. "
                 "Bà Nguyễn Thị Kim Ngân nhấn mạnh yêu cầu. Bộ trưởng Nguyễn Thị Kim Tiến cũng dự.")
    assert {"Nguyễn Thị Kim Ngân", "Nguyễn Thị Kim Tiến"} <= {p.person for p in f.positions}


def test_a_syllable_written_small_before_the_same_verb_is_still_the_full_name():
    f = facts_of("Ông Nguyễn Văn Lâm phát biểu tại hội nghị. "
                 "Giám đốc Sở Xây dựng Nguyễn Văn lâm phát biểu thêm về quy hoạch.")
    assert [(p.person, p.title.text) for p in f.positions] == [("Nguyễn Văn Lâm", "Giám đốc Sở Xây dựng")]
    assert "Nguyễn Văn" not in f.persons


def test_a_syllable_written_small_beside_other_names_of_the_same_start():
    f = facts_of("Ông Nguyễn Văn Lâm dự hội nghị. Ông Nguyễn Văn Bình, ông Nguyễn Văn Hùng và ông Nguyễn Văn Thể "
                 "cũng dự. Giám đốc Sở Xây dựng Nguyễn Văn lâm cho biết thêm về quy hoạch.")
    assert [(p.person, p.title.text) for p in f.positions] == [("Nguyễn Văn Lâm", "Giám đốc Sở Xây dựng")]


def test_a_longer_name_holding_another_post_is_another_person():
    f = facts_of("Thứ trưởng Nguyễn Thị Thu dự họp. Có mặt bà Nguyễn Thị Thu Hà Phó Chủ tịch UBND tỉnh Nam Định.")
    assert {(p.person, p.title.text) for p in f.positions} == {
        ("Nguyễn Thị Thu", "Thứ trưởng"), ("Nguyễn Thị Thu Hà", "Phó Chủ tịch UBND tỉnh Nam Định")}


def test_a_foreign_name_run_into_the_next_sentence_is_the_full_name():
    f = facts_of("Thủ tướng Ấn Độ Narendra Modi đến thăm. Thủ tướng Ấn Độ Narendra Modi Tuy nhiên chưa ký. "
                 "Ông Narendra Modi nói thêm.")
    assert {p.person for p in f.positions} == {"Narendra Modi"}


def test_a_foreign_name_is_no_run_on_of_its_first_words():
    f = facts_of("Ngoại trưởng Qatar Mohammed bin Abdulrahman al-Thani đến Mỹ. "
                 "Ngoại trưởng Qatar Mohammed bin Abdulrahman Al-Thani cho biết nước này sẵn sàng đối thoại.")
    assert all(p.person.startswith("Mohammed bin Abdulrahman ") for p in f.positions)


# a bare city post in an article naming another province

def _labels(body):
    g = article_graph(facts_of(body))
    return {str(o) for o in g.objects(None, RDFS.label) if getattr(o, "language", None) == "vi"}, g


def test_bare_city_post_is_the_city_the_article_names_most():
    labels, _ = _labels("Thành phố Hồ Chí Minh có nhiều sự kiện. Thành phố Hồ Chí Minh vui. "
                        "Tại Hà Nội, người dân Hà Nội đón Tết. Hà Nội có mưa, Hà Nội lạnh, Hà Nội đẹp. "
                        "Chủ tịch Ủy ban nhân dân Thành phố Tạ Văn Chinh kiểm tra chợ hoa.")
    assert "Chủ tịch Ủy ban nhân dân Thành phố Hà Nội" in labels


def test_bare_city_post_in_a_province_paper_is_the_city_it_names():
    labels, _ = _labels("Tỉnh Long An phối hợp với TP.HCM làm đường sắt. Đường nối TP.HCM với tỉnh Long An. "
                        "Chủ tịch UBND TP Tạ Văn Phúc giao Sở GTVT TP.HCM phối hợp.")
    assert "Chủ tịch UBND TP Hồ Chí Minh" in labels


def test_bare_province_post_stays_in_the_articles_province():
    labels, _ = _labels("Tỉnh Quảng Trị có mưa lớn. Tỉnh Quảng Trị đã sơ tán dân. Đà Nẵng cũng có mưa. "
                        "Chủ tịch UBND tỉnh Hà Văn Lâm kiểm tra đê.")
    assert "Chủ tịch UBND tỉnh Quảng Trị" in labels


def test_a_city_named_after_its_level_keeps_the_articles_province():
    labels, _ = _labels("Tỉnh Quảng Nam đón khách. Tỉnh Quảng Nam vui. Đà Nẵng, Đà Nẵng, Đà Nẵng có mưa. "
                        "Chủ tịch UBND TP Hội An Lê Văn Thanh cho biết.")
    assert not any("Đà Nẵng" in x for x in labels if x.startswith("Chủ tịch UBND TP Hội An"))


def test_another_person_whose_name_runs_longer_is_kept():
    f = facts_of("Ông Vũ Hải mua 3 triệu cổ phiếu. Ông Vũ Hải cũng bán ra. "
                 "Ông Vũ Hải Bằng, Chủ tịch HĐQT Công ty Nam Việt, bị phạt.")
    assert ("Vũ Hải Bằng", "Chủ tịch HĐQT Công ty Nam Việt", False) in held(f)


def test_a_quote_after_the_holder_keeps_the_title():
    assert posts("Theo lời của cựu Chủ tịch Câu lạc bộ Hà Nội, ông Lê Văn Tám: mọi việc đã xong.") \
        == [("Lê Văn Tám", "cựu Chủ tịch Câu lạc bộ Hà Nội")]


def test_a_post_with_a_term_ended_before_the_articles_year_is_past():
    f = facts_of("Năm 2017, Ủy ban Kiểm tra phê phán ông Lại Văn Hòa, Bộ trưởng Bộ Công Thương nhiệm kỳ 2011-2016. "
                 "Ông Hà Văn Sơn, Giám đốc Sở Y tế nhiệm kỳ 2015-2020, phát biểu. "
                 "Ông Kim Văn Tư, Giám đốc Sở Tài chính, giai đoạn 2011 - 2016 ngân sách tăng.")
    got = held(f)
    assert ("Lại Văn Hòa", "Bộ trưởng Bộ Công Thương", True) in got
    assert ("Hà Văn Sơn", "Giám đốc Sở Y tế", False) in got
    assert ("Kim Văn Tư", "Giám đốc Sở Tài chính", False) in got


def test_the_holder_at_a_time_gone_by_is_past_the_holder_now_is_not():
    f = facts_of("Nhờ Bí thư Thành ủy lúc đó là ông Tôn Văn Kiệt tạo điều kiện, ông về nước. "
                 "Giám đốc Sở Nội vụ hiện nay là ông Mạc Văn Khôi.")
    got = held(f)
    assert ("Tôn Văn Kiệt", "Bí thư Thành ủy", True) in got
    assert ("Mạc Văn Khôi", "Giám đốc Sở Nội vụ", False) in got


def test_a_provinces_paper_naming_a_city_less_keeps_its_own_province():
    labels, _ = _labels("Tỉnh Hải Dương đón khách. Tỉnh Hải Dương có lễ hội. Về Hà Nội mất một giờ. "
                        "Chủ tịch UBND thành phố Lê Văn Tâm dự lễ hội.")
    assert "Chủ tịch UBND thành phố Hải Dương" in labels
