"""person – holds – position, over the shapes real articles use."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.positions import extract_positions, may_name_someone
from kg.facts import Sentence


def posts(text):
    persons, positions = extract_positions(Sentence(0, text, 0, len(text)))
    return persons, [(p.person, p.title.text) for p in positions]


def test_titles_after_the_name_split_by_commas():
    _, got = posts("Đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và các đồng chí "
                   "trong Ban Thường vụ Tỉnh ủy đến dự.")
    assert got == [("Nguyễn Văn Sơn", "Phó Bí thư Tỉnh ủy"), ("Nguyễn Văn Sơn", "Chủ tịch UBND tỉnh")]


def test_last_title_stops_at_the_verb():
    _, got = posts("Đồng chí Ma Thế Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, "
                   "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp chủ trì hội nghị.")
    assert got == [("Ma Thế Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy"),
                   ("Ma Thế Hồng", "Trưởng Ban Tổ chức Tỉnh ủy"),
                   ("Ma Thế Hồng", "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp")]


def test_list_of_officials_split_by_semicolons():
    _, got = posts("Dự, chỉ đạo và chúc mừng Đại hội có các đồng chí: Hầu A Lềnh, Phó Bí thư Tỉnh ủy, "
                   "Chủ tịch UBND tỉnh; Sùng Thị Dợ, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; "
                   "Vừ Mí Súa, Tỉnh ủy viên.")
    assert got == [("Hầu A Lềnh", "Phó Bí thư Tỉnh ủy"), ("Hầu A Lềnh", "Chủ tịch UBND tỉnh"),
                   ("Sùng Thị Dợ", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Sùng Thị Dợ", "Phó Chủ tịch UBND tỉnh"),
                   ("Vừ Mí Súa", "Tỉnh ủy viên")]


def test_titles_after_a_dash():
    _, got = posts("đồng chí Nguyễn Văn Lợi - Ủy viên TW Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh phát biểu.")
    assert got == [("Nguyễn Văn Lợi", "Ủy viên TW Đảng"), ("Nguyễn Văn Lợi", "Bí thư Tỉnh ủy"),
                   ("Nguyễn Văn Lợi", "Trưởng Đoàn ĐBQH tỉnh")]


def test_title_in_parentheses():
    _, got = posts("bà Giàng Thị Dung (Chủ tịch Hội Liên hiệp Phụ nữ tỉnh) trao quà.")
    assert got == [("Giàng Thị Dung", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")]


@pytest.mark.parametrize("text, expected", [
    ("Bí thư Tỉnh ủy Hà Giang Đặng Quốc Khánh phát biểu.", ("Đặng Quốc Khánh", "Bí thư Tỉnh ủy Hà Giang")),
    ("Phó Chủ tịch Thường trực UBND tỉnh Trần Thị Bình dự.", ("Trần Thị Bình", "Phó Chủ tịch Thường trực UBND tỉnh")),
    ("Phó Chủ tịch Thường trực UBND tỉnh, đồng chí Lò Văn Tùng dự.",
     ("Lò Văn Tùng", "Phó Chủ tịch Thường trực UBND tỉnh")),
    ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nông Thị Mai báo cáo.", ("Nông Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")),
    ("Bí thư Huyện ủy Bắc Mê Triệu Đức Thanh chủ trì.", ("Triệu Đức Thanh", "Bí thư Huyện ủy Bắc Mê")),
])
def test_title_before_the_name(text, expected):
    assert posts(text)[1] == [expected]


def test_names_in_capitals_are_title_cased():
    _, got = posts("Đồng chí LÒ VĂN TÙNG, Bí thư Đảng ủy xã phát biểu.")
    assert got == [("Lò Văn Tùng", "Bí thư Đảng ủy xã")]


def test_president_ho_chi_minh_is_not_a_post():
    persons, got = posts("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Chủ tịch Hồ Chí Minh")
    assert got == [] and persons == []


def test_place_names_are_not_persons():
    persons, _ = posts("Đoàn công tác tỉnh Hà Giang làm việc tại Cao Bằng.")
    assert persons == []


def test_no_title_no_post_but_the_person_is_named():
    persons, got = posts("Đồng chí Trần Việt Hùng trao cờ.")
    assert persons == ["Trần Việt Hùng"] and got == []


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND huyện Trần Văn Bình phát biểu.", [("Trần Văn Bình", "Chủ tịch UBND huyện")]),
    ("Đồng chí Hoàng Văn Ánh, Bí thư Đảng ủy xã Hồ Thầu, Chủ tịch HĐND xã dự.",
     [("Hoàng Văn Ánh", "Bí thư Đảng ủy xã Hồ Thầu"), ("Hoàng Văn Ánh", "Chủ tịch HĐND xã")]),
    ("Bí thư Đảng ủy xã Hồ Thầu Nguyễn Văn Bình dự.", [("Nguyễn Văn Bình", "Bí thư Đảng ủy xã Hồ Thầu")]),
    ("Ngày 20/8, Đảng bộ huyện Yên Minh tổ chức Đại hội.", []),
])
def test_local_place_names_that_look_like_person_names(text, expected):
    assert posts(text)[1] == expected


@pytest.mark.parametrize("text, may", [
    ("Đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy phát biểu.", True),
    ("(Nguyễn Văn Sơn) phát biểu", True),
    ("(Lò Văn) dự", True),                    # the capital inside a word, not at its start
    ("ủy viên: Lò Văn", True),
    ("LÒ VĂN TÙNG, Bí thư", True),
    ("đảng bộ tỉnh đã tổ chức hội nghị tổng kết công tác năm 2021.", False),
    ("Hội nghị đã thông qua nghị quyết.", False),
    ("", False),
])
def test_sentences_that_may_name_someone(text, may):
    assert may_name_someone(text) is may


_PIECES = ["Nguyễn", "Văn", "Sơn", "đồng chí", "ông", "bà", "Phó Bí thư", "Tỉnh ủy", "Chủ tịch", "UBND", "tỉnh",
           ",", ", ", "(", ")", ":", " – ", "và", "Hà Giang", "Sền", "Mí", "Chư", "Tỉnh ủy viên", "Thị", "Hà",
           "LÒ", "VĂN", "TÙNG", "bầu giữ chức", "T.Ư", "Đ/c", "đ/c", "Bí thư Huyện ủy", "các đồng chí"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from([" ", ""]))
def test_a_sentence_ruled_out_names_no_one(pieces, sep):
    text = sep.join(pieces)
    if not may_name_someone(text):
        import kg.extract.positions as positions

        walk = positions.may_name_someone
        try:
            positions.may_name_someone = lambda _t: True  # the token walk itself
            assert extract_positions(Sentence(0, text, 0, len(text))) == ([], [])
        finally:
            positions.may_name_someone = walk


@pytest.mark.parametrize("text, expected", [
    # the body's name goes on over lower-case syllables of its own
    ("Bà Lò Thị Mai, Giám đốc Trung tâm Y tế huyện Mường Tè cho biết thêm.",
     [("Lò Thị Mai", "Giám đốc Trung tâm Y tế huyện Mường Tè")]),
    ("Bà Phan Thị Lan, Hiệu trưởng Trường Mầm non xã Đông Sơn chia sẻ.",
     [("Phan Thị Lan", "Hiệu trưởng Trường Mầm non xã Đông Sơn")]),
    ("Ông Vũ Đình Lâm, Chủ nhiệm Ủy ban Kiểm tra Trung ương, kết luận.",
     [("Vũ Đình Lâm", "Chủ nhiệm Ủy ban Kiểm tra Trung ương")]),
    # a head written in lower case right after its role
    ("Ông Hà Văn Khải, Trưởng ban Dân vận Huyện ủy Con Cuông phát biểu.",
     [("Hà Văn Khải", "Trưởng ban Dân vận Huyện ủy Con Cuông")]),
    ("Ông Lương Văn Thọ, Bí thư huyện ủy Tương Dương, dự lễ.",
     [("Lương Văn Thọ", "Bí thư huyện ủy Tương Dương")]),
    ("Ông Đặng Quốc Vinh, Trưởng trạm y tế xã Hòa Tiến, cho biết.",
     [("Đặng Quốc Vinh", "Trưởng trạm y tế xã Hòa Tiến")]),
    # delegations, two bodies joined by "và", army, central mass organisations
    ("Ông Cao Văn Tâm, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Sơn La, phát biểu.",
     [("Cao Văn Tâm", "Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Sơn La")]),
    ("Bà Mạc Thị Huệ, Phó Trưởng Ban Tuyên giáo và Dân vận Thị ủy, Chủ tịch HDND xã, dự họp.",
     [("Mạc Thị Huệ", "Phó Trưởng Ban Tuyên giáo và Dân vận Thị ủy"), ("Mạc Thị Huệ", "Chủ tịch HDND xã")]),
    ("Ông Tạ Quang Huy, Tư lệnh Quân khu 9, Chính ủy Bộ Chỉ huy Quân sự tỉnh Cà Mau, đến thăm.",
     [("Tạ Quang Huy", "Tư lệnh Quân khu 9"), ("Tạ Quang Huy", "Chính ủy Bộ Chỉ huy Quân sự tỉnh Cà Mau")]),
    ("Ông Kiều Văn Đạt, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam, trao quà.",
     [("Kiều Văn Đạt", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam")]),
    ("Ông Lại Văn Sâm, Bộ trưởng Bộ Giao thông vận tải, và bà Ninh Thị Hạnh, Thống đốc Ngân hàng Nhà nước, dự.",
     [("Lại Văn Sâm", "Bộ trưởng Bộ Giao thông vận tải"), ("Ninh Thị Hạnh", "Thống đốc Ngân hàng Nhà nước")]),
    ("Ông Đào Văn Kiên, Chủ nhiệm Ủy ban Tư pháp của Quốc hội phát biểu.",
     [("Đào Văn Kiên", "Chủ nhiệm Ủy ban Tư pháp của Quốc hội")]),
    # posts outside the Party ladder
    ("Ông Trịnh Văn Lộc, Giám đốc Công an tỉnh, Chánh án Tòa án nhân dân tỉnh Hòa Bình, dự.",
     [("Trịnh Văn Lộc", "Giám đốc Công an tỉnh"), ("Trịnh Văn Lộc", "Chánh án Tòa án nhân dân tỉnh Hòa Bình")]),
    # a former post keeps its "nguyên"
    ("Ông Chu Văn Đức, nguyên Chủ tịch UBND huyện Yên Lập, nguyên Bí thư Huyện ủy, về dự.",
     [("Chu Văn Đức", "nguyên Chủ tịch UBND huyện Yên Lập"), ("Chu Văn Đức", "nguyên Bí thư Huyện ủy")]),
])
def test_bodies_as_real_articles_write_them(text, expected):
    assert posts(text)[1] == expected


def test_a_bare_head_role_is_no_post():
    assert posts("Ông Lê Văn Hùng, Trưởng, phát biểu.")[1] == []


def test_former_posts_are_marked_past():
    text = "Ông Chu Văn Đức, nguyên Chủ tịch UBND huyện Yên Lập, Chủ tịch Hội Cựu chiến binh huyện, về dự."
    _, positions = extract_positions(Sentence(0, text, 0, len(text)))
    assert [(p.title.text, p.title.past) for p in positions] == [
        ("nguyên Chủ tịch UBND huyện Yên Lập", True), ("Chủ tịch Hội Cựu chiến binh huyện", False)]
