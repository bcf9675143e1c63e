import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.figures import _any_figure, _figure_patterns, extract_figures, number_tail, period_of, vi_number
from kg.facts import Sentence


def figs(text, year=2021):
    return [(f.measure, f.value, f.period, f.subject.name if f.subject else None)
            for f in extract_figures(Sentence(0, text, 0, len(text)), year)]


def test_structure_of_a_party_organization():
    assert figs("Đến nay, Đảng bộ Khối có 76 tổ chức đảng cơ sở (44 đảng bộ, 32 chi bộ) với 5.016 đảng viên...") == [
        ("BaseOrganizations", 76, "2021", "Đảng bộ Khối"),
        ("PartyCommitteesCount", 44, "2021", "Đảng bộ Khối"),
        ("PartyCellsCount", 32, "2021", "Đảng bộ Khối"),
        ("PartyMembers", 5016, "2021", "Đảng bộ Khối")]


def test_admitted_inspected_disciplined_with_the_period_of_the_text():
    got = figs("Trong 9 tháng đầu năm 2020, Đảng bộ đã kết nạp được 99 đảng viên mới; kiểm tra, giám sát được "
               "25 tổ chức và đảng viên; thi hành kỷ luật 12 đảng viên.")
    assert sorted(got) == [("Inspected", 25, "2020-01/2020-09", "Đảng bộ"),
                           ("MembersAdmitted", 99, "2020-01/2020-09", "Đảng bộ"),
                           ("MembersDisciplined", 12, "2020-01/2020-09", "Đảng bộ")]


def test_quarter_and_proposals():
    got = figs("Trong quý I/2021, đã kết nạp 39 quần chúng ưu tú vào Đảng; xét công nhận chính thức cho 51 đảng "
               "viên; đề nghị tặng Huy hiệu 30 năm tuổi Đảng cho 03 đảng viên.")
    assert got == [("MembersAdmitted", 39, "2021-Q1", None), ("MembersConfirmed", 51, "2021-Q1", None)]


def test_badges_given():
    assert figs("Dịp này, Huyện ủy trao Huy hiệu 30 năm tuổi Đảng cho 15 đảng viên.") == [
        ("BadgesAwarded", 15, "2021", "Huyện ủy")]


@pytest.mark.parametrize("text, value", [("5.016", 5016), ("03", 3), ("1.234.567", 1234567), ("153", 153),
                                         ("5.01", None), ("", None)])
def test_vietnamese_numbers(text, value):
    assert vi_number(text) == value


@given(st.integers(0, 10**9))
def test_vietnamese_thousands_round_trip(n):
    assert vi_number(f"{n:,}".replace(",", ".")) == n


def test_periods():
    assert period_of("trong quý IV/2020", None) == "2020-Q4"
    assert period_of("năm 2022", 2021) == "2022"
    assert period_of("đến năm 2030", 2021) == "2021"
    assert period_of("", None) is None


# The scan that rules sentences out reads the number and what follows it; it must
# never rule out a sentence the full patterns would read a figure from.

def test_number_tail_of_each_data_pattern():
    for kind, rx, tail in _figure_patterns():
        assert tail is not None, kind.measure
        assert tail.pattern.startswith(r"(?=[\d.])(?P<n>[\d.]+)")


@pytest.mark.parametrize("pattern, tail", [
    (r"kết nạp\s+(?P<n>[\d.]+)\s+đảng viên", r"(?P<n>[\d.]+)\s+đảng viên"),
    (r"[(|]\s*(?P<n>\d+) chi bộ", r"(?P<n>\d+) chi bộ"),             # "(" and "|" inside a class
    (r"[]|(]x(?P<n>\d+)", r"(?P<n>\d+)"),                           # "]" first in a class
    (r"\(\|(?P<n>\d+)", r"(?P<n>\d+)"),                              # escaped
    (r"có|gồm\s+(?P<n>\d+) chi bộ", None),                          # "có" alone matches
    (r"(?:có\s+(?P<n>\d+)) chi bộ", None),                          # the number inside a group
    (r"(?:a|b)\s+(?P<n>\d+)", r"(?P<n>\d+)"),
    (r"đảng viên", None),
    (r"(có)\s+(?P<n>\d+) \1", None),                               # \1 would be the number's group alone
    (r"(?P<v>có)\s+(?P<n>\d+) (?P=v)", None),
])
def test_number_tail(pattern, tail):
    assert number_tail(pattern) == tail


_WORDS = ["kết nạp", "được", "mới", "đảng viên", "quần chúng", "ưu tú", "tổ chức", "đảng", "cơ sở", "chi bộ",
          "đảng bộ", "hội viên", "có", "gồm", "với", "tổng số", "trên", "thi hành", "kỷ luật", "kiểm tra",
          "giám sát", "và", "(", ",", "12", "5.016", "Huy hiệu", "trao", "cho", "công nhận", "chính thức", "đề nghị"]


_UNITS = ["đảng viên", "đảng viên mới", "quần chúng", "tổ chức đảng", "tổ chức cơ sở đảng", "chi bộ", "đảng bộ",
          "hội viên", "tổ chức và đảng viên"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.sampled_from(["12", "5.016", "(3"]),
       st.sampled_from(_UNITS), st.lists(st.sampled_from(_WORDS), max_size=4))
def test_the_scan_never_rules_out_a_figure(before, number, unit, after):
    text = " ".join([*before, number, unit, *after])
    if any(rx.search(text) for _, rx, _ in _figure_patterns()):
        assert _any_figure().search(text)
        for _, rx, tail in _figure_patterns():
            assert not rx.search(text) or tail.search(text)
