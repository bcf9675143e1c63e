import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import dates
from kg.extract.dates import DayMonth, article_year, content_years, first_date, full_date, lead_date, resolve


@pytest.mark.parametrize("sentence, expected", [
    ("Ngày 14.1, Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh tổ chức Hội nghị", DayMonth(14, 1)),
    ("* Chiều 14.1, Hội Cựu giáo chức tỉnh đã tổ chức Hội nghị BCH lần thứ IV", DayMonth(14, 1)),
    ("Ngày 17-1, Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh đã tổ chức hội nghị", DayMonth(17, 1)),
    ("Chiều nay (12/10), Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh khóa XIV tổ chức", DayMonth(12, 10)),
    ("Sáng 28/3, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 đã khai mạc.", DayMonth(28, 3)),
    ("Chiều ngày 16/10/2023, Ban Thường vụ Tỉnh ủy họp", DayMonth(16, 10, 2023)),
    ("Ngày 14 tháng 4 năm 2022, Huyện ủy tổ chức hội nghị", DayMonth(14, 4, 2022)),
    ("ngày 13-4, Đảng ủy Khối đã tổ chức", DayMonth(13, 4)),
    ("Vào 9.3, Sở Nội vụ tổ chức hội nghị giao ban", DayMonth(9, 3)),
    ("Trước đó, vào 21/4/2019, Huyện ủy họp", DayMonth(21, 4, 2019)),
])
def test_lead_dates(sentence, expected):
    assert lead_date(sentence) == expected


def test_no_lead_date_in_ordinary_sentences():
    assert lead_date("Trong năm 2020, Đảng ủy Khối đã tập trung lãnh đạo") is None
    # "vào" before a bare day and month reads a date only when a comma closes it: "vào 2/3 số hộ"
    # is a share
    assert lead_date("Vào 2/3 số hộ dân đã được hỗ trợ") is None
    assert lead_date("Quý I-2022, Đảng ủy Khối đã tập trung") is None


def test_first_date_finds_a_date_inside():
    assert first_date("Hội nghị diễn ra vào sáng 20/5 tại hội trường") == DayMonth(20, 5)


def test_full_date_of_datelines():
    assert full_date("Thứ Năm, 14/01/2021, 14:15 (GMT+7)") == dt.date(2021, 1, 14)
    assert full_date("Thứ Năm, ngày 14 tháng 4 năm 2022 - 09:06") == dt.date(2022, 4, 14)
    assert full_date("Thứ bảy 10/04/2021 19:55") == dt.date(2021, 4, 10)
    assert full_date("ngày 31/02/2021") is None


def test_content_years_skip_tenures_periods_and_targets():
    text = ("nhiệm kỳ 2020-2025; giai đoạn 2017-2020; trong 9 tháng đầu năm 2020; quý IV/2020; "
            "đến năm 2030; tháng 9/2019")
    assert content_years(text) == [2020, 2020, 2019]


def test_header_later_than_content_gives_content_year():
    text = "Trong 9 tháng đầu năm 2020, Đảng bộ … Trong quý IV/2020, … giai đoạn 2017-2020"
    assert article_year(dt.date(2022, 1, 18), text) == 2020


def test_header_year_wins_when_text_speaks_of_it():
    text = "Quý I-2022 … năm 2021 … định hướng đến năm 2030"
    assert article_year(dt.date(2022, 4, 14), text) == 2022


def test_no_header_takes_latest_year_of_text():
    assert article_year(None, "đánh giá kết quả năm 2020; triển khai nhiệm vụ năm 2021") == 2021
    assert article_year(None, "không có năm") is None


def test_resolve():
    assert resolve(DayMonth(14, 1), 2021) == "2021-01-14"
    assert resolve(DayMonth(12, 10), None) == "--10-12"
    assert resolve(DayMonth(16, 10, 2023), 2020) == "2023-10-16"
    # an article of 2 January about 30 December speaks of the year before
    assert resolve(DayMonth(30, 12), 2021, dt.date(2021, 1, 2)) == "2020-12-30"
    assert resolve(DayMonth(30, 2), 2021) == "--02-30"


@given(st.integers(1, 31), st.integers(1, 12), st.one_of(st.none(), st.integers(1900, 2100)))
def test_resolve_gives_iso_or_month_day(day, month, year):
    out = resolve(DayMonth(day, month), year)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", out):
        assert dt.date.fromisoformat(out).day == day
    else:
        assert out == f"--{month:02d}-{day:02d}"


def test_a_look_back_at_last_year_keeps_the_header_year():
    # a June 2020 report of 2019's results: its meeting is in 2020
    assert article_year(dt.date(2020, 6, 25), "Trong năm 2019, Đảng bộ đã kết nạp được 713 đảng viên.") == 2020


def test_one_year_older_present_tense_period_wins():
    assert article_year(dt.date(2021, 1, 30), "Trong 9 tháng đầu năm 2020, … quý IV/2020") == 2020


# The year patterns start with a lookahead for their first letters (a 3× faster scan);
# it must find exactly what the pattern finds without it.
_YEAR_WORDS = ["năm", "Năm", "quý", "QUÝ", "IV", "II", "/", "-", "–", "tháng", "Tháng", "9", "12", "đầu", "đến",
               "tới", "trước", "2020", "2021", "1999", "giai đoạn", "2025", "nhiệm kỳ", ",", "Ngày"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_YEAR_WORDS), max_size=16), st.sampled_from([" ", ""]))
def test_guarded_year_patterns_find_what_the_plain_ones_find(words, sep):
    text = sep.join(words)
    for guarded, plain in ((dates._CURRENT_YEAR, dates._CURRENT_YEAR_RX), (dates._PART_OF_YEAR, dates._PART_OF_YEAR_RX)):
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in re.finditer(plain, text, re.I)]


@pytest.mark.parametrize("sentence, expected", [
    ("Trong các ngày 18 và 19-6, tại Hà Nội, Ban Chấp hành họp", DayMonth(18, 6)),
    ("Từ ngày 3-7 đến 8-7-2018, tại Hà Nội, Hội nghị họp", DayMonth(3, 7, 2018)),
    ("Trong hai ngày 27-28/9, huyện Mường Tè tổ chức", DayMonth(27, 9)),
    ("Trong 2 ngày 2 và 3-10-2012 Hội Nông dân tỉnh đã tổ chức", DayMonth(2, 10, 2012)),
    ("Sáng nay, 11/3, các đại biểu tiếp tục thảo luận", DayMonth(11, 3)),
])
def test_lead_dates_of_several_days_give_the_first(sentence, expected):
    assert lead_date(sentence) == expected


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 27), st.integers(1, 3), st.integers(1, 12), st.sampled_from(["và", "đến", "-"]),
       st.sampled_from(["/", "-", "."]))
def test_a_span_of_days_is_dated_by_its_first(day, extra, month, sep, mark):
    last = day + extra
    text = f"Đại hội diễn ra trong {extra + 1} ngày ({day} {sep} {last}{mark}{month}), tại hội trường tỉnh."
    assert first_date(text) == DayMonth(day, month)
    assert lead_date(f"Từ ngày {day} {sep} {last}{mark}{month}, Huyện ủy tổ chức") == DayMonth(day, month)


def test_clause_dates_inside_a_sentence():
    found = dates.clause_dates("Thực hiện chương trình công tác năm, chiều 14/3, Ban Thường vụ Tỉnh ủy họp")
    assert [d for d, _, _ in found] == [DayMonth(14, 3)]
    found = dates.clause_dates("Phó Bí thư tặng hoa chúc mừng - Ảnh: Thu Hà Sáng 2-5, Tỉnh ủy tổ chức")
    assert [d for d, _, _ in found] == [DayMonth(2, 5)]
    assert dates.clause_dates("Năm 2020, Đảng bộ đã kết nạp 120 đảng viên, vượt kế hoạch") == []


@settings(max_examples=60, deadline=None)
@given(st.integers(2000, 2030), st.integers(1, 12))
def test_review_of_a_year_that_plans_the_next(year, month):
    text = f"tổ chức hội nghị tổng kết công tác năm {year}, triển khai nhiệm vụ năm {year + 1}"
    assert dates.year_of_meeting(text, month) == (year if month >= 7 else year + 1)


def test_year_of_a_meeting_is_not_a_documents_year():
    assert dates.year_of_meeting("hội nghị triển khai Luật Đất đai năm 2013", 5) is None
    assert dates.year_of_meeting("hội nghị sơ kết công tác 6 tháng đầu năm 2019", 7) == 2019
    assert dates.year_of_meeting("hội nghị tổng kết công tác năm 2019", 1) == 2020


def test_days_with_year_keep_only_the_latest_year():
    text = "Chi bộ thành lập ngày 3/2/1975. Ngày 3/2/2020, Chi bộ họp. Ngày 9/9/2020, Đảng ủy xã họp."
    assert dates.days_with_year(text) == {(2, 3): 2020, (9, 9): 2020}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["năm", "2020", "2019-2020", "quý IV/2021", "tháng 9 - 2018", "đến năm", "2030",
                                 "Năm", "tới", "trước", "Đảng bộ", "đạt", "12", "/", "–", "20201", "nhiệm kỳ"]),
                max_size=14), st.sampled_from([" ", "  ", ", "]))
def test_content_years_near_each_year_are_those_of_the_whole_scan(words, sep):
    text = sep.join(words)
    assert content_years(text) == [int(m.group(1)) for m in dates._CURRENT_YEAR.finditer(text)]


def test_a_deadline_month_is_not_the_meetings_year():
    from kg.extract.dates import year_of_meeting
    assert year_of_meeting("Ngày 5/7, UBND tỉnh tổ chức hội nghị sơ kết công tác tháng 6/2017.", 7) == 2017
    assert year_of_meeting("Trong cuộc họp ngày 25/5, X đã quyết định gia hạn thỏa thuận thêm 9 tháng, cho tới "
                           "tháng 3/2018.", 5) is None
    assert year_of_meeting("Ngày 5/4, Hội đồng quyết định áp dụng cơ chế mới từ quý III/2019.", 4) is None


def test_days_of_a_span_written_with_its_year():
    from kg.extract.dates import days_with_year
    got = days_with_year("Diễn đàn diễn ra trong hai ngày từ 11-12/5/2017, hướng tới mục tiêu năm 2020.")
    # a later year the text speaks of ("năm 2020") drops single days of another year, never a span's
    assert got[(5, 11)] == 2017 and got[(5, 12)] == 2017
    got = days_with_year("Kỳ họp diễn ra ngày 10 và 11/7/2016; giai đoạn 1982-1998 đã qua.")
    assert got[(7, 10)] == 2016 and got[(7, 11)] == 2016
    assert (19, 82) not in got and all(m <= 12 for m, _ in got)


def test_a_year_planned_ahead_is_not_the_meetings_year():
    from kg.extract.dates import year_of_meeting
    # the programme of the year to come is discussed the year before
    assert year_of_meeting("Sáng 23-5, Quốc hội thảo luận tại tổ về dự kiến chương trình xây dựng luật, pháp lệnh "
                           "và hoạt động giám sát năm 2018.", 5) is None
    # a draft of the year's own review is discussed in that year
    assert year_of_meeting("Ngày 25/12, hội nghị góp ý dự thảo báo cáo tổng kết công tác năm 2017.", 12) == 2017
    # a plan of the meeting's own year, with no "dự kiến", stays its year
    assert year_of_meeting("Ngày 5/4, hội nghị triển khai nhiệm vụ năm 2017.", 4) == 2017
    # a month to come that year still dates it
    assert year_of_meeting("Sáng 20/6, hội nghị sơ kết công tác, giao hoàn thành trong tháng 9/2017.", 6) == 2017


def test_a_past_months_year_is_not_the_meetings_when_the_month_is_later():
    from kg.extract.dates import year_of_meeting
    # an incident "hồi cuối tháng 12/2016" told at a February briefing: that February is 2017's
    assert year_of_meeting("Tại buổi giao ban sáng 6/2, Chủ tịch UBND TP yêu cầu báo cáo vụ việc xảy ra vào "
                           "cuối tháng 12/2016.", 2) is None
    # a later month ahead, or the month it plans for, is of the meeting's own year
    assert year_of_meeting("Ngày 24/5, hội nghị chuẩn bị cho Hội nghị Bộ trưởng vào tháng 8/2017.", 5) == 2017
    assert year_of_meeting("Sáng 6/2, Sở họp về kế hoạch tháng 3/2017.", 2) == 2017


def test_a_deadlines_part_of_a_later_month_keeps_the_meetings_year():
    from kg.extract.dates import year_of_meeting
    assert year_of_meeting("Tại hội nghị sáng 6/2, Sở yêu cầu hoàn thành trước cuối tháng 12/2017.", 2) == 2017
    assert year_of_meeting("Tại hội nghị sáng 6/2, Sở yêu cầu hoàn thành đến giữa tháng 6/2017.", 2) == 2017


@pytest.mark.parametrize("sentence, month, year", [
    # a yearly meeting and a conference named with their year are of that year
    ("Trước đó, Đại hội đồng cổ đông thường niên 2017 của Ngân hàng X ngày 30/6 đã bầu ông A.", 6, 2017),
    ("Sáng 17/5, Thủ tướng phát biểu khai mạc Hội nghị của Thủ tướng Chính phủ với Doanh nghiệp lần thứ hai, "
     "năm 2017.", 5, 2017),
    # a law's year inside the conference's name is no year of it
    ("Ngày 10/6, Bộ X tổ chức Hội nghị sơ kết thi hành Luật Hợp tác xã năm 2012.", 6, None),
    # a circular's, a report's, a demand's year, an event prepared for: no year of the meeting
    ("Ngày 5/6, Hội nghị triển khai Thông tư 15 năm 2016 của Bộ Tài chính đã diễn ra.", 6, None),
    ("Ngày 5/6, Hội nghị công bố báo cáo thường niên 2016 đã diễn ra.", 6, None),
    ("Ngày 5/6, Hội nghị giao ban, yêu cầu năm 2018 phải xong.", 6, None),
    ("Ngày 5/6, UBND tỉnh họp chuẩn bị Đại hội Thể dục thể thao tỉnh năm 2018.", 6, None),
    # a number with a decimal comma inside the name is no break
    ("Chiều 14/7, Sở X tổ chức hội nghị triển khai dịch vụ công mức độ 3,4 trong năm 2017.", 7, 2017),
    # the next host's conference, handed over
    ("Chiều 12/5, Thủ tướng dự Lễ bàn giao vai trò nước chủ nhà Hội nghị WEF ASEAN năm 2018 cho Việt Nam.", 5, None),
])
def test_a_meetings_year_from_its_own_name(sentence, month, year):
    from kg.extract.dates import year_of_meeting
    assert year_of_meeting(sentence, month) == year
