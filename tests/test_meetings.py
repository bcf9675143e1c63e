import datetime as dt

from kg.extract.meetings import extract_meetings, same_meeting
from kg.extract.numbers import ordinal, roman, words_number
from kg.facts import Sentence


def meetings(text, year=2021, published=None):
    return extract_meetings(Sentence(0, text, 0, len(text)), year, published)


def test_conference_with_session_term_tenure_extended():
    [m] = meetings("Ngày 14.1, Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh tổ chức Hội nghị BCH lần thứ 3, "
                   "khóa XXIII (mở rộng), nhiệm kỳ 2020 – 2025.")
    assert m.organizer.name == "Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh"
    assert (m.date, m.session, m.term, m.tenure, m.extended) == ("2021-01-14", 3, "XXIII", (2020, 2025), True)
    assert m.kind == "Conference"


def test_roman_session_number():
    [m] = meetings("* Chiều 14.1, Hội Cựu giáo chức tỉnh đã tổ chức Hội nghị BCH lần thứ IV, khóa III, "
                   "nhiệm kỳ 2019 - 2024.")
    assert (m.organizer.name, m.session, m.term) == ("Hội Cựu giáo chức tỉnh", 4, "III")


def test_session_number_in_words_and_date_with_slash():
    [m] = meetings("Ngày 9/4, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị lần thứ năm sơ kết công tác quý I.")
    assert (m.organizer.name, m.date, m.session) == ("Đảng ủy Khối các cơ quan tỉnh", "2021-04-09", 5)


def test_khoa_on_the_organizer_is_the_term():
    [m] = meetings("Chiều nay (12/10), Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh khóa XIV tổ chức hội nghị "
                   "lần thứ 2, sơ kết công tác 9 tháng", year=2020, published=dt.date(2022, 1, 18))
    assert (m.organizer.name, m.date, m.session, m.term) == (
        "Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh", "2020-10-12", 2, "XIV")


def test_meeting_as_subject():
    [m] = meetings("Sáng 28/3, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (mở rộng) đã khai mạc.")
    assert (m.organizer.name, m.session, m.extended, m.date) == ("Ban Chấp hành Đảng bộ tỉnh", 5, True, "2021-03-28")


def test_congress():
    [m] = meetings("Ngày 20/8, Đảng bộ huyện Yên Minh tổ chức Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2020 - 2025.",
                   year=2020)
    assert (m.kind, m.kind_vi, m.session, m.organizer.name) == ("Congress", "Đại hội đại biểu", 21,
                                                                "Đảng bộ huyện Yên Minh")


def test_standing_committee_meets():
    [m] = meetings("Chiều ngày 16/10/2023, Ban Thường vụ Tỉnh ủy họp cho ý kiến về công tác cán bộ.", year=2024)
    assert (m.kind, m.organizer.name, m.date) == ("Session", "Ban Thường vụ Tỉnh ủy", "2023-10-16")


def test_online_conference():
    [m] = meetings("Sáng 5/7, Tỉnh ủy tổ chức Hội nghị trực tuyến quán triệt Nghị quyết Trung ương 5.")
    assert m.online and m.organizer.name == "Tỉnh ủy"


def test_unknown_year_keeps_month_and_day():
    [m] = meetings("Ngày 17-1, Đảng bộ Khối tổ chức hội nghị.", year=None)
    assert m.date == "--01-17"


def test_undated_mentions_are_not_held_meetings():
    assert meetings("Đảng bộ đã tổ chức thành công Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ XIV.") == []
    assert meetings("Tại hội nghị, các đại biểu đã tập trung thảo luận.") == []


def test_same_meeting_twice_in_an_article():
    a = meetings("Ngày 14.1, Đảng ủy Khối tổ chức Hội nghị BCH.")[0]
    b = meetings("Ngày 14.1, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị BCH lần thứ 3.")[0]
    assert same_meeting(a, b)


def test_ordinals():
    assert [ordinal(s) for s in ["3", "IV", "XXIII", "năm", "tư", "mười hai", "hai mươi mốt"]] == [3, 4, 23, 5, 4, 12, 21]
    assert roman("ABC") is None and words_number("") is None
