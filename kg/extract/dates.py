"""Vietnamese date expressions → ISO dates, with the article as context.

"Ngày 14.1", "Chiều nay (12/10)", "ngày 13-4", "Sáng 28/3", "Chiều ngày
16/10/2023", "ngày 14 tháng 4 năm 2022" … Several days ("Trong các ngày 10 và
11-2", "(14-16/10)", "từ ngày 5-5 đến 10-5-2017") give their first. A day and
month with no year take the article's own year (its dateline), else the year
of the periods the meeting's sentence names, else a year the article writes
with that day; when no year can be known the date stays "--MM-DD".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.resources import ahead_words

# "Chiều tối 22/5", "Chiều muộn ngày 12/6", "vào chiều ngày 12.6", "Đúng 7h30 phút ngày 17/5", "Vào ngày 11.7",
# "Đầu giờ chiều 17.5"
_PART = (r"(?:(?:[Vv]ào|[Đđ]úng|[Ll]úc|[Vv]ào lúc|[Đđ]ầu giờ|[Cc]uối giờ)\s+(?=\d{1,2}\s*(?:h|giờ)|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)"
         r"|[Vv]ào\s+(?=[Nn]gày\s+\d)"
         # "Trước đó, vào 6.2, Phó Chủ tịch …": a bare day and month the comma closes
         r"|[Vv]ào\s+(?=\d{1,2}\s*[./\-]\s*\d{1,2}(?:\s*[./\-]\s*(?:19|20)\d{2})?\s*,))?"
         r"(?:\d{1,2}\s*(?:h|giờ)\s*(?:\d{1,2})?(?:\s*phút)?\s*,?\s+)?"
         r"(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|sáng|chiều|tối|trưa|đêm)(?:\s+(?:tối|muộn|sớm))?\s+)?")
_NAY = r"(?:(?i:nay|hôm nay|qua|hôm qua)\s*,?\s*)?"
_YEAR = r"((?:19|20)\d{2})"
# day/month with an optional year: 14.1  17-1  12/10  16/10/2023  23-9-2019
_DMY = r"(\d{1,2})\s*[./\-]\s*(\d{1,2})(?:\s*[./\-]\s*" + _YEAR + r")?(?![\d./\-]*\d)"
_WORDS = r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*" + _YEAR + r")?"
# several days, dated by the first: "5-5 đến 10-5-2017" (day-month to day-month),
# "10 và 11-2", "14-16/10", "29 và 30-9-2009" (days, then one month)
_SPAN_DM = (r"(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*(?:đến|tới|–|-)\s*(?:ngày\s+)?\d{1,2}\s*[./\-]\s*\d{1,2}"
            r"(?:\s*[./\-]\s*" + _YEAR + r")?(?![\d./\-]*\d)")
_SPAN_D = (r"(\d{1,2})\s*(?:và|đến|tới|–|-|,)\s*(?:ngày\s+)?\d{1,2}\s*[./\-]\s*(\d{1,2})"
           r"(?:\s*[./\-]\s*" + _YEAR + r")?(?![\d./\-]*\d)")
_ANY_FORM = r"(?:" + _SPAN_DM + r"|" + _SPAN_D + r"|" + _DMY + r"|" + _WORDS + r")"
# what may come before the day: "Trong 2 ngày (", "Từ ngày", "Trong các ngày", "ngày"
_DAYS = (r"(?:[Cc]ũng\s+(?=[Tt]rong\s|[Nn]gày\s))?(?:(?:[Tt]rong|[Tt]ừ|[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a|[Hh]ôm(?=\s+\d))\s+)?(?:(?:các|những|\d+|hai|ba|bốn|năm)\s+)?"
         r"(?:[Nn]gày\s*\(?\s*(?:từ\s+)?)?")

#: A date that opens a sentence: "Ngày 14.1,", "Chiều nay (12/10),", "Sáng 28/3".
_WEEKDAY = r"(?:(?:[Tt]hứ\s*(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s*[Nn]hật)\s*,?\s*)?"
_DATE_BODY = _PART + _NAY + _WEEKDAY + _DAYS + r"\(?(?:" + _ANY_FORM + r")\)?"
# a lead-in telling the day's order to the story's: "Trước đó ngày 23-1, …", "Cũng trong chiều 6/2, …",
# "Đến ngày 4/10, …"
_ORDER = (r"(?:(?:[Tt]rước đó|[Ss]au đó|[Tt]iếp đó)\s*,?\s+(?=(?:[Vv]ào\s+)?(?:ngày|sáng|chiều|tối|trưa)\s|[Vv]ào\s+\d)"
          r"|[Cc]ũng trong\s+(?=(?:sáng|chiều|tối|trưa)\s)"
          # "Đến ngày 4/10/2016, Hội đồng … tổ chức cuộc họp": the day a story comes to
          r"|[Đđ]ến\s+(?=ngày\s+\d))?")
LEAD_DATE = re.compile(r"^\W{0,3}" + _ORDER + _DATE_BODY)
#: A day named relative to the publication: "Sáng nay,", "Chiều hôm qua,", "Hôm nay (thứ Hai),".
LEAD_RELATIVE = re.compile(r"^\W{0,3}" + _PART + r"(nay|hôm nay|qua|hôm qua)\b(?!\s*[(,]?\s*\d)", re.IGNORECASE)
#: A date anywhere in a sentence, introduced by "ngày", a part of the day, or a bracket ("(14-16/10)"),
#: or the first day of what took place over several ("diễn ra từ 22/5 đến 21/6").
ANY_DATE = re.compile(
    r"(?:(?<![\w])(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:(?:nay|qua|hôm qua)\s*,?\s*)?\(?|\(|"
    r"(?:(?<=diễn ra )|(?<=Diễn ra ))từ\s+)" + _ANY_FORM
)
_FULL = re.compile(r"(?<!\d)(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{4})(?!\d)|" + _WORDS)
# where a clause may open with a date inside a sentence: after a comma, or a capitalised
# part of the day glued to a caption ("… - Ảnh: Báo X Sáng nay 8-2, …")
# or after "cho biết", "cho hay" ("Bà X cho hay sáng 8-2, BHXH TP Y đã họp …": what she reports)
_CLAUSE_START = re.compile(r"(?:[,;:]\s+|\s(?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Trong|Từ ngày|Cũng trong|Cũng ngày)\s)"
                           r"|(?:(?<=\scho biết)|(?<=\scho hay))\s+(?=(?:ngày|sáng|chiều|tối|trưa|hôm)\s+\d))")


@dataclass(frozen=True)
class DayMonth:
    """A date as written: day, month, and the year when the text gives one."""

    day: int
    month: int
    year: int | None = None


def _groups(m: re.Match[str]) -> DayMonth | None:
    """The first day of the date matched by one of the _ANY_FORM alternatives."""
    g = m.groups()[-12:]
    k = next((k for k in range(0, 12, 3) if g[k]), None)
    if k is None:
        return None
    d, mo, y = g[k], g[k + 1], g[k + 2]
    try:
        day, month = int(d), int(mo)
        year = int(y) if y else None
    except (TypeError, ValueError):
        return None
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return DayMonth(day, month, year)


def lead_date_span(sentence: str, published: dt.date | None = None) -> tuple[DayMonth, int] | None:
    """The date a sentence opens with ("Ngày 14.1, …", "Trong 2 ngày (14 và 15/1)",
    "Sáng nay" with the publication date) and where it ends; None if none."""
    m = LEAD_DATE.match(sentence)
    if m:
        found = _groups(m)
        return (found, m.end()) if found else None
    m = LEAD_RELATIVE.match(sentence)
    if m and published is not None:
        day = published - dt.timedelta(days=1 if m.group(1).lower().endswith("qua") else 0)
        return DayMonth(day.day, day.month, day.year), m.end()
    return None


def clause_dates(sentence: str, published: dt.date | None = None) -> list[tuple[DayMonth, int, int]]:
    """Dates that open a clause inside a sentence ("Thực hiện …, chiều 15/5, Ủy ban …"),
    each with where the clause starts and where its date ends, in order."""
    found = []
    for c in _CLAUSE_START.finditer(sentence):
        rest = sentence[c.end():]
        if not rest[:1].isalpha():
            continue
        span = lead_date_span(rest, published)
        if span is not None:
            found.append((span[0], c.end(), c.end() + span[1]))
    return found


def lead_date(sentence: str) -> DayMonth | None:
    """The date a sentence opens with ("Ngày 14.1, …"), or None."""
    found = lead_date_span(sentence)
    return found[0] if found else None


def first_date(sentence: str) -> DayMonth | None:
    """The date at the start of a sentence, else the first "ngày d/m" in it (the
    first day of several: "diễn ra trong ba ngày (14-16/10)" is 14/10)."""
    found = lead_date(sentence)
    if found:
        return found
    m = ANY_DATE.search(sentence)
    return _groups(m) if m else None


_SPAN_WITH_YEAR = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*(?:-|–|đến|tới|và)\s*(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*"
                             r"((?:19|20)\d{2})(?!\d)")


@lru_cache(maxsize=4)  # asked once per meeting of the same article
def days_with_year(text: str) -> dict[tuple[int, int], int]:
    """(month, day) → year, for each day the text writes with the latest year it
    speaks of ("thành lập ngày 11/5/2017"): a day of long ago ("thành lập ngày
    23/2/1947") is an anniversary, not this year's day; and each day of a span
    written with its year ("diễn ra từ 11-12/5/2017")."""
    seen: dict[tuple[int, int], int] = {}
    for m in _FULL.finditer(text):
        g = m.groups()
        d, mo, y = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
        if y:
            key = (int(mo), int(d))
            seen[key] = max(seen.get(key, 0), int(y))
    # the days of a span written with its year ("từ 11-12/5/2017", "ngày 10 và 11/5/2017"): each of
    # them, whatever later year the text speaks of (a span of days is an event's, never an anniversary)
    spans: dict[tuple[int, int], int] = {}
    for m in _SPAN_WITH_YEAR.finditer(text):
        first, last, mo, y = (int(v) for v in m.groups())
        for d in range(first, last + 1) if 0 < last - first <= 14 else ():
            spans[(mo, d)] = max(spans.get((mo, d), 0), y)
    latest = max([*seen.values(), *content_years(text)], default=None)
    return spans | {k: v for k, v in seen.items() if v == latest}


def full_date(text: str) -> dt.date | None:
    """The first complete, valid day-month-year date in a text."""
    for m in _FULL.finditer(text):
        g = m.groups()
        d, mo, y = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
        if not y:
            continue
        try:
            return dt.date(int(y), int(mo), int(d))
        except ValueError:
            continue
    return None


# Years that speak of the article's own time: "năm 2021", "quý IV/2020",
# "quý II-2022", "tháng 9/2020", "9 tháng đầu năm 2020" — not tenures
# ("2020-2025"), periods ("giai đoạn 2017-2020") or targets ("đến năm 2030").
_CURRENT_YEAR_RX = (r"(?<!đến )(?<!tới )(?<!trước )(?:năm|quý\s+[IV]+\s*[/\-–]|tháng\s+\d{1,2}\s*[/\-–])"
                    r"\s*((?:19|20)\d{2})(?!\s*[–\-]\s*\d)")
# the lookahead tells at once the letters a match can start with: unguarded, Python's
# re tries the three lookbehinds and every branch at every position (3× slower)
_CURRENT_YEAR = re.compile(r"(?=[nqt])" + _CURRENT_YEAR_RX, re.IGNORECASE)


_A_YEAR = re.compile(r"(?:19|20)\d{2}")
_WINDOW = 40  # room before a year for its "tháng 12 /" or "quý IV -" and the lookbehinds


def content_years(text: str) -> list[int]:
    """Years the text speaks of as its own time, in order of appearance.

    The same as running _CURRENT_YEAR over the whole text, but only near the
    few four-digit numbers a text has: scanning every "n", "q", "t" of an
    article with the full pattern cost more than all the meeting rules."""
    years = []
    for y in _A_YEAR.finditer(text):
        lo = max(0, y.start() - _WINDOW)
        for m in _CURRENT_YEAR.finditer(text, lo, min(len(text), y.end() + _WINDOW)):
            if m.start(1) == y.start():
                years.append(int(m.group(1)))
                break
    return years


_PART_OF_YEAR_RX = r"(?:quý\s+[IV]+\s*[/\-–]\s*|\d{1,2}\s+tháng(?:\s+đầu)?\s+năm\s+)((?:19|20)\d{2})"
_PART_OF_YEAR = re.compile(r"(?=[q\d])" + _PART_OF_YEAR_RX, re.IGNORECASE)


def article_year(published: dt.date | None, text: str) -> int | None:
    """The year the article's events happen in.

    The header date wins unless the text never speaks of that year: then the
    header may be a later viewing date. The text's latest year is taken when it
    is two or more years older than the header, or one year older and spoken of
    as the present ("9 tháng đầu năm 2020", "quý IV/2020"); a report that only
    looks back on "năm 2019" in 2020 keeps the header's year.
    """
    years = content_years(text)
    if published is None:
        return max(years) if years else None
    if not years or published.year in years or max(years) >= published.year:
        return published.year
    latest = max(years)
    if published.year - latest >= 2 or any(int(m.group(1)) == latest for m in _PART_OF_YEAR.finditer(text)):
        return latest
    return published.year


def resolve(date: DayMonth, year: int | None, published: dt.date | None = None) -> str:
    """ISO date for a written date: its own year, else the article's year.

    A day and month more than a month after the publication date belong to the
    year before (an article of 2 January about 30 December); closer than that,
    the publication date may be imprecise (a page address gives only the month).
    Without any year, "--MM-DD" (an XSD gMonthDay).
    """
    y = date.year or year
    if date.year is None and y is not None and published is not None and y == published.year:
        try:
            ahead = (dt.date(y, date.month, date.day) - published).days
        except ValueError:
            ahead = 0
        if ahead > 31:
            y -= 1
    if y is None:
        return f"--{date.month:02d}-{date.day:02d}"
    try:
        return dt.date(y, date.month, date.day).isoformat()
    except ValueError:
        return f"--{date.month:02d}-{date.day:02d}"


_PERIOD = re.compile(r"(?:(?:nhiệm vụ|công tác|kế hoạch|tháng đầu|tháng cuối|thi đua|hoạt động|chương trình|"
                     r"kết quả|tổng kết|sơ kết|đánh giá)(?:\s+[^\s,.;]+){0,4}?\s+năm"
                     # a yearly meeting of its year ("Đại hội đồng cổ đông thường niên 2017"), a conference
                     # named with its year ("Hội nghị Thủ tướng với doanh nghiệp lần thứ hai, năm 2017"; not a
                     # law's, a prize's or a plan's year inside its name: "… Luật Hợp tác xã năm 2012")
                     r"|(?:đại hội đồng cổ đông|đại hội cổ đông|đhđcđ|hội nghị|đại hội)\s+thường niên(?:\s+năm)?"
                     r"|(?<!\w)(?:hội nghị|đại hội|diễn đàn)"
                     r"(?:\s+(?!(?:luật|bộ luật|nghị định|nghị quyết|quyết định|thông tư|chỉ thị|kết luận|báo cáo|đề án|"
                     r"giải|quy hoạch|chiến lược|đến|tới)(?!\w))(?:[^\s.;,]|(?<=\d),(?=\d))+){0,12}?"
                     r"\s*,?\s+năm)\s+((?:19|20)\d{2})(?!\s*[–\-]\s*\d)"
                     # a month or quarter, not a deadline or a start ("cho tới tháng 3/2018", "từ quý II/2016")
                     r"|(?<!tới )(?<!đến )(?<!từ )(?<!sau )(?<!hết )(?<!trước )"
                     r"(?:quý\s+[IV]+|tháng\s+\d{1,2})\s*[/\-–]\s*((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_REVIEWED = re.compile(r"(?:tổng kết|đánh giá|kết quả|sơ kết)(?:\s+\S+){0,8}?\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)


@lru_cache(maxsize=None)
def _ahead_of() -> re.Pattern[str]:
    """A word that plans ahead, then the rest of its clause (ahead_words.txt: "dự kiến")."""
    words = "|".join(re.escape(w) for w in ahead_words())
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)[^.;:]*$", re.IGNORECASE)


# a past part of a month: "hồi tháng 12/2016", "vào cuối tháng 12/2016"
# (not a deadline's: "trước cuối tháng 12/2017", "đến giữa tháng 6/2017")
_PAST_MONTH = re.compile(r"(?<!\w)(?:hồi|(?<!trước )(?<!đến )(?<!tới )(?<!từ )(?<!sau )(?<!hết )(?:cuối|giữa))\s*$",
                         re.IGNORECASE)


def _not_its_own(sentence: str, m: re.Match[str], month: int | None = None) -> bool:
    """Whether a year the sentence names is one planned ahead, not the meeting's own time
    ("Sáng 23-5, Quốc hội thảo luận … về dự kiến chương trình … năm 2018": the programme
    of the year to come, discussed the year before)."""
    if m.group(1) is not None:
        return _ahead_of().search(sentence[max(0, m.start() - 80): m.start()]) is not None
    # a later month than the meeting's, told as a past event's time, is of the year before
    # ("Tại buổi giao ban sáng 6/2, … vụ việc xảy ra hồi cuối tháng 12/2016"): no time of the
    # meeting's own (one ahead is of its year: "chuẩn bị cho Hội nghị X vào tháng 8/2017")
    later = re.match(r"tháng\s+(\d{1,2})", m.group(0), re.IGNORECASE)
    return later is not None and month is not None and int(later.group(1)) > month \
        and _PAST_MONTH.search(sentence[max(0, m.start() - 20): m.start()]) is not None


def year_of_meeting(sentence: str, month: int) -> int | None:
    """The year of a meeting held in `month`, from the periods its own sentence names,
    when the article gives no date of its own; None if they do not tell.

    A review of year N that plans year N+1 is held late in N or early in N+1
    ("ngày 23/12 … tổng kết năm 2020, triển khai nhiệm vụ năm 2021" is in 2020; on 17/1
    it is in 2021). A review of year N alone early in a year is held in N+1; any other
    single year the sentence speaks of as its own time is the meeting's year.
    """
    # only a year of work done or planned ("nhiệm vụ năm 2021", "6 tháng đầu năm 2017"),
    # never a document's ("Luật Hợp tác xã năm 2012")
    years = sorted({int(m.group(1) or m.group(2)) for m in _PERIOD.finditer(sentence) if not _not_its_own(sentence, m, month)})
    if len(years) == 2 and years[1] == years[0] + 1:
        return years[0] if month >= 7 else years[1]
    if len(years) != 1:
        return None
    year = years[0]
    if month <= 3 and any(int(m.group(1)) == year for m in _REVIEWED.finditer(sentence)):
        return year + 1
    return year
