"""Read an article file (plain text or saved HTML) into text and metadata.

The metadata of a scraped provincial article sits in a few recognisable
places: a site banner in capitals, a breadcrumb, the title just above a
dateline, a dateline code opening the lead ("BHG -", "LSO-"), and bylines
at the end ("Tin, ảnh: Lê Hải", "Theo Khánh Vân/baotuyenquang.com.vn", a lone
name). This module finds them and hands the extractors the body text with
those lines taken out.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.dates import full_date
from kg.normalize import normalize_text, slug, strip_diacritics, strip_invisible
from kg.resources import outlets, provinces

MAX_BYTES = 20 * 1024 * 1024
TOO_BIG = f"larger than {MAX_BYTES // (1024 * 1024)} MB, not an article"


class ArticleError(ValueError):
    """An article file that cannot be read as an article (the message says why)."""


@dataclass
class Article:
    """An article's body text (normalized) and its own metadata."""

    id: str
    path: str
    text: str  # the body: header, dateline and bylines taken out
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    province: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    year: int | None = None  # the dateline's year, also when it gives no day ("Ngày đăng: 01/2025")


_WEEKDAY = r"(?:Thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s*nhật|CN)"
_CLOCK = r"\d{1,2}\s*[:hH]\s*\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?"
_DAY_MONTH_YEAR = (r"(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s*năm\s+\d{4}"
                   r"|(\d{4})-\d{2}-\d{2}|\d{1,2}\s*[/.\-]\s*(\d{4}))")
_SEP = r"[\s,|:\-–]*"
# A dateline is a whole line of date words: "Ngày đăng: 25/08/2025", "Thứ Hai, 05/06/2017 -
# 10:15", "Cập nhật, 14:15, Thứ Năm, 14/01/2021", "Cập nhật lúc 10:15 05/06/2017",
# "08/08/2012 03:12 GMT+7", "Ngày đăng: 01/2025" (the month only). The whole line must be
# one, so a lead "Ngày 8/3/2023, Hội Nông dân xã … tổ chức …" is not.
_DATELINE = re.compile(
    r"^" + _SEP + r"(?:(?:Ngày đăng|Ngày cập nhật|Cập nhật(?:\s+lúc)?|Đăng lúc|Đăng ngày|Ngày|Xuất bản|Thời gian"
    r"|Posted|Published|Updated)\b" + _SEP + r")?"
    r"(?:(?:lúc\s*)?" + _CLOCK + _SEP + r")?(?:" + _WEEKDAY + _SEP + r")?(?:ngày\s+)?" + _DAY_MONTH_YEAR + _SEP
    + r"(?:(?:lúc\s*)?" + _CLOCK + r")?\s*(?:\(?(?:GMT|UTC)\s*[+\-]\s*\d{1,2}(?::?\d{2})?\)?)?" + _SEP + r"$",
    re.IGNORECASE)
_TITLE_MAX = 200  # of 35,190 headlines of 2017, 99.9% have at most 115 characters, the longest 255
# A lead opens with its time: "Sáng 31-8, …", "Ngày 23.12, …", "Trong hai ngày 23-24/9, …"
_TIME_LEAD = re.compile(r"(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Hôm)(?:\s+(?:nay|qua|mai))?(?:\s+ngày)?|Ngày|Trong\s+\w+\s+ngày"
                        r"|Vừa qua|Mới đây|Thời gian qua|Nhân dịp)\b[^,]{0,40},")
_SENTENCE_END = re.compile(r"(?<![.…])\.[”\"')]*$")


def _dateline_date(line: str) -> dt.date | None:
    m = re.search(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", line)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return full_date(line)


def _dateline_year(line: str) -> int | None:
    m = _DATELINE.match(line)
    year = next((g for g in m.groups() if g), None) if m else None
    return int(year) if year else None


def _is_paragraph(line: str) -> bool:
    """Body text, not a headline: too long for one, a lead with its dateline code
    ("(LĐ) - Sau 3 ngày …"), or a sentence that ends in a period and is long or opens
    with its time ("Chiều 10/1, Thành ủy … tổ chức hội nghị …."). A headline may end
    in "…", "?" or "!", and a short one in a period (0.2% of the corpus's do); "MU –
    Watford: …" and "Hôm nay, giá xăng giảm?" are headlines."""
    if len(line) > _TITLE_MAX:
        return True
    if not _SENTENCE_END.search(line):  # "?", "!" and "…" end headlines too
        return False
    lead_code = bool((m := _LEAD_CODE.match(line)) and m.group(1) in outlets() or _LEAD_PLACE.match(line))
    return len(line) > 100 or lead_code or bool(_TIME_LEAD.match(line))


_DMY = r"(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s*năm\s+\d{4})"
_TZ = r"(?:\s*\(?(?:GMT|UTC)\s*[+\-]\s*\d{1,2}(?::?\d{2})?\)?)?"
# In a page saved as one line, the headline runs into its dateline or its lead: "Hội nghị
# … năm 2021 Thứ Năm, 14/01/2021, 14:15 (GMT+7) BHG - Ngày 14.1, …", "Đại hội … 2026
# Sáng 23/12, Đại hội …". A dateline here needs its weekday, label or clock; a lead, its
# capitalised time word and date.
_RUN_ON_DATELINE = re.compile(
    r"(?:^|\s)((?:" + _WEEKDAY + r"|Ngày đăng|Cập nhật(?:\s+lúc)?|Đăng lúc|Đăng ngày)[\s,:]*(?:ngày\s+)?" + _DMY
    + r"(?:[\s,|\-–]*(?:lúc\s*)?" + _CLOCK + r")?" + _TZ + r"|" + _DMY + r"[\s,|\-–]*" + _CLOCK + _TZ
    + r"|(?:Ngày đăng|Đăng ngày)[\s,:]*\d{1,2}\s*/\s*\d{4})(?=\s)", re.IGNORECASE)  # "Ngày đăng: 08/2020": the month only
_CAPS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
# A lead may also open with its source in brackets and a dash ("(Dân trí) - Ông A …"),
# and its time may be days listed ("Trong 2 ngày 6 và 7/8, …").
_RUN_ON_LEAD = re.compile(r"\s(?:[–\-]\s+)?(?=\([" + _CAPS + r"][^()]{1,24}\)\s*[–\-]\s*[" + _CAPS + r"]|"
                          r"(?:[" + _CAPS + r".]{2,}(?: [" + _CAPS + r".]+){0,3}\s*[–\-]\s*)?"
                          r"(?:(?:Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+(?:nay|qua))?(?:\s+ngày)?|Ngày|Trong\s+(?:\d|hai|ba)\w*\s+ngày)"
                          r"\s+\(?\d{1,2}(?:\s*(?:,|và|[–\-])\s*\d{1,2})*\s*[/.\-]\s*\d{1,2}[^,]{0,25},)")


def _split_run_on_head(line: str) -> list[str] | None:
    """[headline, byline, dateline, rest] of a first line where the headline runs on into
    its dateline or lead (byline and dateline may be missing), or None. The headline must
    read as one: 3 words or more, no sentence end, no comma before the lead."""
    start = line[:300]
    if (m := _RUN_ON_DATELINE.search(start)) is not None:
        before, date, rest = line[:m.start()].strip(), [m.group(1)], line[m.end():].strip()
        if not before:  # the dateline first: the headline may run into the lead after it
            return [*date, *(_split_run_on_head(rest) or [rest])] if rest else None
    elif (m := next((m for m in _RUN_ON_LEAD.finditer(start) if line[m.end():m.end() + 1] != "("
                     or _source_lead(line[m.end():], line[:m.start()].strip())), None)) is not None:
        # (words in brackets that are no source are passed over: a time lead may come later)
        before, date, rest = line[:m.start()].strip(), [], line[m.end():].strip()
    else:
        return None
    byline: list[str] = []
    if (tail := _HEAD_TAIL.search(before)) is not None:
        before = before[:tail.start()]
        byline = [tail.group(1)] if tail.group(1) else []  # a line of its own, read as the byline
    if not date and (bare := _BARE_DATE_END.search(before)) is not None and _dates_lead(bare.group(1), rest):
        # "Đại hội … 2021 - 2026 15/09/2021 Sáng nay (15/9), …": the page's date stood
        # alone on its own line between the headline and the lead
        before, date = before[:bare.start()].strip(), [bare.group(1)]
    if not rest or len(before.split()) < 3 or before.endswith((",", ";")) or not _is_strict_headline(before):
        return None  # "Theo kế hoạch, Sáng 12/3, …" is one sentence
    return [before, *byline, *date, rest]


# what a page puts between its headline and its lead: a follow button ("Theo dõi Báo Gia
# Lai trên Google News"), a byline in capitals with its bar ("THANH PHƯỚC |")
_HEAD_TAIL = re.compile(r"\s+(?:Theo dõi\s+[^|]{1,60}?\s+trên\s+Google\s+News|([" + _CAPS + r"]{2,}(?:\s+[" + _CAPS
                        + r"]{2,}){1,4}\s*\|))$")
# (a date the headline itself tells, "… ngày 09/04/2024", stays in it)
_BARE_DATE_END = re.compile(r"(?<!\bngày)(?<!\btừ)(?<!\bđến)(?<![\-–,])\s(\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4})$",
                            re.IGNORECASE)


# a day and month in a lead, the last of listed days ("23-24/9", "10 và 11-2")
_LEAD_DAY = re.compile(r"(?<![\d/.])(?:\d{1,2}\s*(?:[–\-,]|và)\s*)*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?!\d)")


def _dates_lead(bare: str, lead: str) -> bool:
    """Whether a bare date before a lead can be its page's date: on the lead's day or up to
    a week after it ("15/09/2021 Sáng nay (15/9), …", "02/01/2018 Sáng 29/12, …", the last
    of listed days "Trong hai ngày 23-24/9, …"), or before a lead of today with no day
    ("Sáng nay, …", "(Dân trí) - …"); not a date the headline states ("… giải ngân trước
    30/6/2024 Sáng 12/8, …")."""
    page = _dateline_date(bare)
    if page is None:
        return False
    head = lead[:60]
    for m in _LEAD_DAY.finditer(head):
        day, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            continue
        for year in (page.year, page.year - 1):
            try:
                told = dt.date(year, month, day)
            except ValueError:
                return False
            if 0 <= (page - told).days <= 7:
                return True
        return False
    return bool(re.search(r"(?<!\w)nay(?!\w)", head)) or head.startswith("(")


_BRACKETED = re.compile(r"\(([^()]{1,25})\)")


def _source_lead(rest: str, before: str) -> bool:
    """Whether a lead opening with words in brackets and a dash opens with its source
    ("(Dân trí) - Ông A …", "(PLO) - …", "(Baonghean.vn) - …") after a headline, not a
    sentence going on past a body's acronym ("Sáng 12/3, Phòng Cảnh sát … (PC47) - Công
    an tỉnh X tổ chức …"): the headline opens with no time, and the source is an outlet's
    code (outlets.tsv), a name with lower-case letters or a dot, or another code in
    capitals after a headline with no comma."""
    m = _BRACKETED.match(rest.strip())
    if m is None or _TIME_LEAD.match(before):
        return False
    source = m.group(1).strip()
    if source in outlets() or any(c.islower() for c in source) or "." in source:
        return True
    # a code in capitals no list knows ("(TITC) - …"): a source only after a headline with
    # no comma ("Ông A, Phó Trưởng ban … (BHYT) - Bảo hiểm xã hội …" is one sentence)
    return bool(re.fullmatch(r"[A-ZĐ][A-ZĐ0-9&]{1,9}", source)) and "," not in before


def _is_strict_headline(line: str) -> bool:
    """No sentence end at all: not "Nội dung.", not "Họp. Tỉnh … có …"."""
    from kg.extract.text import split_sentences  # here: kg.facts, which it needs, imports this module

    return not _SENTENCE_END.search(line) and len(split_sentences(line)) == 1


def _is_teaser(line: str, below: list[str]) -> bool:
    """A listing's snippet ("Title Sáng 23/12, … nhiệm...") whose start is a line below."""
    if not line.endswith(("...", "…")) or len(line) < 60:
        return False
    start = line[:40]
    return any(b.startswith(start) for b in below)


# a banner in capitals that names a site, not a headline
_SITE_BANNER = re.compile(r"(?:CHÀO MỪNG|WELCOME|BÁO|TRANG|CỔNG|TẠP CHÍ|ĐÀI|ĐẢNG BỘ|ĐẢNG CỘNG SẢN)\b")
_LEAD_CODE = re.compile(r"^\(?([A-ZĐ][A-ZĐ.]{1,7})\)?\s*[–\-]\s*")
# "HÀ GIANG – ", "(ĐCSVN) – ", "(Baonghean.vn) - ", "TP. HỒ CHÍ MINH - ": a dateline of place or source
_LEAD_PLACE = re.compile(r"^(\((?:[^()]{2,30})\)|[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ.]*(?:\s+[A-ZÀ-ỸĐ.]+){0,4})\s*[–\-]\s+(?=\S)")
_LEAD_DASH = re.compile(r"^[–\-]\s+")
_CREDIT = re.compile(
    r"^(?:(?:Tin|Bài|Ảnh|Video|Clip|Đồ họa|Tin và ảnh|Bài và ảnh|Tin, ảnh|Bài, ảnh|Tin - ảnh|Bài - ảnh|Nhóm PV|Nguồn)\s*:)\s*(.+)$",
    re.IGNORECASE,
)
# a credit line is short ("Bài, ảnh: Nguyễn Văn A", "Video: caption of a clip"); a longer
# one is a credit with the next paragraph run on, and the name ends within the first words
_CREDIT_MAX, _CREDIT_NAME_MAX = 160, 60
_INLINE_PHOTO = re.compile(r"[.\s]\s*\(?(?:Ảnh|Ảnh minh họa|Nguồn)\s*:\s*([^.()]+?)\)?\s*$")
_THEO = re.compile(r"^(?:Theo|Nguồn)\s*:?\s+(.+)$")
# a source credit names its source straight away ("Theo VTV", "Theo Hà Anh/VOV",
# "Nguồn: baogialai.com.vn"); "Theo đó, …", "Theo ông A, …" open a sentence
_CLAUSE_AFTER_COMMA = re.compile(r",\s*(?:\S+\s+){4,}")


def _is_credit(source: str) -> bool:
    """Whether the words after "Theo"/"Nguồn" are a source credit, not a sentence."""
    words = source.split()
    first = words[0] if words else ""
    starts_as_source = first[:1].isupper() or first[:1].isdigit() or "." in first or "/" in first
    return starts_as_source and len(words) <= 10 and not _CLAUSE_AFTER_COMMA.search(source)
_DOMAIN = re.compile(r"\b((?:[a-z0-9\-]+\.)+(?:vn|com|net|org|info)(?:\.vn)?)\b", re.IGNORECASE)
_TRAILERS = re.compile(r"^(?:Tin cùng chuyên mục|Tin liên quan|Xem tin theo ngày|Bài viết liên quan|Chia sẻ|In bài|"
                       r"Tin khác|Các tin khác|Từ khóa|Tags?)\b", re.IGNORECASE)


def _is_trailer(line: str) -> bool:
    """A page's trailer ("Tin liên quan", "Chia sẻ", "Tags: …"), not a paragraph that
    opens with the same words ("Chia sẻ với phóng viên, chị A cho biết …"): a long
    line whose trailer words run on into a lower-case word is a sentence."""
    m = _TRAILERS.match(line)
    if not m:
        return False
    rest = line[m.end():m.end() + 2]
    return len(line) <= 100 or not (rest[:1] == " " and rest[1:].islower())


def _is_upper_line(line: str) -> bool:
    # str.isupper: no lower-case letter and at least one cased one
    return line.isupper() and sum(c.isalpha() for c in line) >= 8


def _is_byline_in_capitals(line: str) -> bool:
    """ "THANH PHƯỚC |", "MINH ĐỨC": a name of 2–5 words in capitals."""
    name = line.rstrip(" |")
    return name.isupper() and 2 <= len(name.split()) <= 5 and all(w.isalpha() for w in name.split())


def _is_lone_name(line: str) -> bool:
    """A byline of its own: 2–5 capitalised syllables, nothing else."""
    if len(line) > 40:
        return False  # before the split: the last line is often a whole paragraph
    words = line.split()
    if not 2 <= len(words) <= 5:
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def _title_case(name: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in name.split()) if name.isupper() else name


def _split_people(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,|;| và | - | – )\s*", text.strip(" .–-"))
    return [_title_case(p.strip()) for p in parts if p.strip() and len(p.split()) <= 5]


@lru_cache(maxsize=None)
def _province_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Folded province names (longest first) and their compact site-name forms."""
    names: dict[str, str] = {}
    for prov in provinces():
        for name in (prov.name, *prov.aliases):
            names.setdefault(strip_diacritics(name).lower(), prov.name)
        names.setdefault(slug(prov.name).replace("-", ""), prov.name)
    by_words = re.compile(r"(?<![a-z])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                          + r")(?![a-z])")
    compact = sorted({slug(p.name).replace("-", "") for p in provinces()}, key=len, reverse=True)
    by_site = re.compile(r"(?:^|bao|dangbo|tinhuy|thanhuy)(" + "|".join(compact) + r")")
    return by_words, by_site, names


def province_of(text: str) -> str | None:
    """The province a site name, header or domain names ("baotuyenquang.com.vn")."""
    by_words, by_site, names = _province_patterns()
    folded = strip_diacritics(text).lower()
    m = by_words.search(folded)
    if m:
        return names[m.group(1)]
    m = by_site.search(re.sub(r"[^a-z0-9]", "", folded))
    return names[m.group(1)] if m else None


def outlet_of_domain(domain: str) -> tuple[str, str | None]:
    """An outlet name and province for a site domain."""
    known = outlets().get(domain.lower())
    if known:
        return known.name, known.province
    prov = province_of(domain.split(".")[0])
    # provincial papers live at bao<province>.vn: name the paper, not the host
    if prov and domain.lower().startswith("bao"):
        return next(p.newspaper for p in provinces() if p.name == prov), prov
    return domain.lower(), prov


@lru_cache(maxsize=None)
def _named_province() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {n: p.name for p in provinces() for n in (p.name, *p.aliases)}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?)\s+(" + alts + r")\b"), names


def _from_domain(art: Article, domain: str) -> None:
    """Fill the outlet and province a site's domain tells, where not known yet."""
    name, prov = outlet_of_domain(domain)
    art.outlet = art.outlet or name
    art.province = art.province or prov


def _province_from_text(text: str) -> str | None:
    """The province the text names most often as "tỉnh X" / "thành phố X"."""
    pattern, names = _named_province()
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        counts[names[m.group(1)]] = counts.get(names[m.group(1)], 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


@lru_cache(maxsize=None)
def _any_province() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {n: p.name for p in provinces() for n in (p.name, *p.aliases)}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!\w)(" + alts + r")(?!\w)"), names


def province_counts(text: str) -> dict[str, int]:
    """How often a text names each province or centrally-run city, any way it is
    written ("Hà Nội", "TP.HCM", "Thành phố Hồ Chí Minh"), with or without a level word."""
    pattern, names = _any_province()
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        counts[names[m.group(1)]] = counts.get(names[m.group(1)], 0) + 1
    return counts


def _plausible(date: dt.date | None) -> dt.date | None:
    """A publication date, or None if it is after tomorrow (a typo, or a clock gone
    wrong): the year is then read from the text. Impossible dates (31/02) never
    get here, full_date gives None for them."""
    if date is not None and date > dt.date.today() + dt.timedelta(days=1):
        return None
    return date


# a comma typed with no space after it between two words ("phiên thứ nhất,Đại hội …",
# "đã thông tin,chiều qua …", "khóa XIV,chiều 15/5"): the space is put back beside a
# lower-case letter, as the rules read a comma and then a word (a comma between digits is
# a decimal one, "2,5 tỷ"; one between capitals stays: "Bộ VH,TT&DL", "khóa XIII,XIV")
_COMMA_GLUED = re.compile(r"(?<=[^\W\d_]),(?=[^\W\d_])")
_WRAP_MIN, _WRAP_MAX = 50, 120  # widths of hard-wrapped text: a text browser's 72–80, a PDF's ~100
# an item of a list opens its line ("- Đồng chí A", "2. Ông B", "a) …"); a dash before a
# number or a lower-case word is a range or a clause run on from the line above
_LIST_ITEM = re.compile(r"^(?:[\-–+•*]\s*[" + _CAPS + r"]|\d{1,3}[.)/]\s|[a-zđ][.)]\s)")


def unwrap_hard_breaks(lines: list[str]) -> list[str]:
    """The lines of a text whose paragraphs were broken at a fixed width (copied from a
    PDF, saved by a text browser) joined back into paragraphs; other texts as they are.

    A text is taken for hard-wrapped when no line but the first is longer than a
    wrapping width would allow, at least half of them run close to that width, and the
    lines after a full one open with a lower-case word often enough: a fifth of them,
    or one at least when four in five lines are full (a list of names or a column of
    headlines has none). A line joins the one before it when that line ran to the margin
    (so a short line ends its paragraph); a blank line, the headline (the first line that
    is no dateline or banner) before a capital, and what _ends_run names start anew."""
    nonblank = [ln for ln in lines if ln][1:]  # the first line may be a headline of any length
    if len(nonblank) < 2:
        return lines
    lengths = sorted(len(ln) for ln in nonblank)
    if not _WRAP_MIN <= lengths[-1] <= _WRAP_MAX:
        return lines
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = 0.8 * width
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if a and b and len(a) >= full]
    n_full, lower = sum(len(a) >= full for a in nonblank), sum(b[0].islower() for _, b in pairs)
    if len(pairs) < 2 or n_full < 0.5 * len(nonblank) or not lower \
            or lower < 0.2 * len(pairs) and n_full < 0.8 * len(nonblank):
        return lines
    last_line = max(i for i, ln in enumerate(lines) if ln)
    paragraphs: list[list[str]] = []  # each paragraph's lines, joined once at the end (linear)
    headline = -1  # the paragraph that may be the headline: the first line no dateline or banner is
    seen_head = False
    for i, ln in enumerate(lines):
        prev = paragraphs[-1][-1] if paragraphs else ""  # the last line read, not its paragraph
        if prev and ln and len(prev) >= full and not _ends_run(ln, i == last_line, prev) \
                and (ln[0].islower() or len(paragraphs) - 1 != headline):
            paragraphs[-1].append(ln)
            continue
        if not seen_head and ln and not _DATELINE.match(ln) and not _is_upper_line(ln):
            seen_head = True
            headline = -1 if _TIME_LEAD.match(ln) else len(paragraphs)  # a lead, not a headline
        paragraphs.append([ln])
    return [" ".join(p) for p in paragraphs]


def _ends_run(line: str, last: bool, prev: str = "") -> bool:
    """Whether a line starts anew in a hard-wrapped text, whatever ran to the margin
    before it: a list item, a dateline, a lead opening with its time, a credit or a
    byline ("Tin, ảnh: Lê Hải", "MINH ĐỨC"), and at the text's end a lone name or a
    source ("Minh Đức", "Theo Báo Hà Giang")."""
    if _LIST_ITEM.match(line) or _TIME_LEAD.match(line) or _DATELINE.match(line) \
            or (line[:1].isupper() and _CREDIT.match(line)) or _is_byline_in_capitals(line):
        return True  # (a credit opens its line with a capital: "nguồn: ngân sách …" goes on)
    theo = _THEO.match(line)
    # a lone name ends the text as its byline only after a sentence's end ("… Tỉnh ủy\nHà
    # Văn Lực" is the name the sentence goes on to)
    return last and ((_is_lone_name(line) and prev.rstrip().endswith((".", "!", "?", "…", "”", '"')))
                     or bool(theo and len(line) < 120 and _is_credit(theo.group(1))))


def parse_article(raw: str, article_id: str, path: str = "", url: str | None = None,
                  title: str | None = None, published: dt.date | None = None) -> Article:
    """Split a normalized article text into metadata and body (pure function)."""
    text = normalize_text(raw)
    if "," in text:
        text = _COMMA_GLUED.sub(lambda m: ", " if text[m.start() - 1].islower() or text[m.end()].islower() else ",",
                                text)
    lines = unwrap_hard_breaks(text.split("\n"))
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if title is None and first is not None and _is_paragraph(lines[first]) and \
            (parts := _split_run_on_head(lines[first])):
        lines[first:first + 1] = parts
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    drop: set[int] = set()
    art = Article(id=article_id, path=path, text="", url=url, title=title, published=_plausible(published))

    # Header: banner in capitals, dateline, and the title just above it; none of
    # them is a paragraph (a pasted passage or a page saved as one line starts with one).
    head = nonblank[:6]
    date_i = next((i for i in head if len(lines[i]) < 90 and _DATELINE.match(lines[i])), None)
    if date_i is not None:
        drop.add(date_i)
        art.published = art.published or _plausible(_dateline_date(lines[date_i]))
        art.year = art.published.year if art.published else _dateline_year(lines[date_i])
    header = list(itertools.takewhile(lambda i: i == date_i or not _is_paragraph(lines[i]), head))
    for i in header:
        if i != date_i and _is_teaser(lines[i], [lines[j] for j in head if j > i]):
            drop.add(i)  # a listing's "title + lead…" repeated in full below
    if art.title is None:
        cands = [i for i in header if i not in drop and i != date_i and not _is_upper_line(lines[i])]
        before = [i for i in cands if date_i is not None and i < date_i]
        after = [i for i in cands if date_i is None or i > date_i]
        title_i = before[-1] if before else (after[0] if after else None)
        if title_i is None:  # a headline in capitals, with no other line for it
            title_i = next((i for i in header if i not in drop and i != date_i
                            and not _SITE_BANNER.match(lines[i])), None)
        if (title_i is not None and not before and len(after) > 1 and len(lines[title_i].split()) <= 2
                and not lines[title_i].endswith(":") and _is_strict_headline(lines[after[1]])):
            # a label ("Banner", a section "Thời sự") above the title; no headline of the
            # corpus has two words or fewer with a second headline-like line under it
            title_i = after[1]
        if title_i is not None:
            art.title = lines[title_i]
            drop.add(title_i)
            nxt = next((j for j in cands if j > title_i), None)
            if art.title.endswith(":") and len(art.title) < 40 and nxt is not None and nxt != date_i:
                # "Quảng Bình:" over "Trao tặng …": one title on two lines
                art.title = f"{art.title} {lines[nxt]}"
                drop.add(nxt)
    title_at = next((i for i in header if lines[i] == art.title), None) if art.title else None
    for i in header:
        if _is_upper_line(lines[i]) and (title_at is None or i < title_at) and (date_i is None or i < date_i):
            drop.add(i)
            banner = re.sub(r"^(?:CHÀO MỪNG (?:BẠN )?ĐẾN VỚI|WELCOME TO)\s+", "", lines[i])
            art.outlet = art.outlet or banner
            art.province = art.province or province_of(banner)
        elif i not in drop and _is_byline_in_capitals(lines[i]):
            art.authors.append(_title_case(lines[i].rstrip(" |")))  # "THANH PHƯỚC |" under the title
            drop.add(i)
    for i in header:
        if i not in drop and date_i is not None and i < date_i:
            drop.add(i)  # breadcrumbs above the title
        elif i not in drop and art.title and lines[i] == art.title:
            drop.add(i)

    # Lead: a dateline code ("BHG - ", "LSO-") names the outlet.
    for i in nonblank:
        if i in drop:
            continue
        m = _LEAD_CODE.match(lines[i])
        if m and m.group(1) in outlets():
            o = outlets()[m.group(1)]
            art.outlet = art.outlet or o.name
            art.province = art.province or o.province
            lines[i] = lines[i][m.end():]
        elif m is None and _LEAD_DASH.match(lines[i]):
            lines[i] = _LEAD_DASH.sub("", lines[i])
        elif (p := _LEAD_PLACE.match(lines[i])) is not None:
            head = p.group(1).strip("()")
            d = _DOMAIN.search(head)
            if d:
                _from_domain(art, d.group(1))
            else:
                art.province = art.province or province_of(head)
            lines[i] = lines[i][p.end():]
        break

    # Bylines, credits and datelines, anywhere ("Cập nhật lúc 10:15 05/06/2017" under the
    # body is no sentence); a lone name among the last lines.
    for i in nonblank:
        ln = lines[i]
        if i in drop:
            continue
        if len(ln) < 90 and _DATELINE.match(ln):
            drop.add(i)
            if art.published is None and art.year is None:  # the page's date, put at its foot
                art.published = _plausible(_dateline_date(ln))
                art.year = art.published.year if art.published else _dateline_year(ln)
            continue
        m = _CREDIT.match(ln)
        if m and len(ln) > _CREDIT_MAX:
            # "Ảnh: Hồng Vĩnh. Về nội dung …", "Ảnh: Tass Một chiếc máy bay …": a credit
            # run into the paragraph after it (a lost line break): the paragraph stays,
            # from the full stop that ends the credit if one does, else whole
            dot = m.group(1).find(". ", 0, _CREDIT_NAME_MAX)
            if dot > 0:
                art.authors += _split_people(m.group(1)[:dot])
                lines[i] = m.group(1)[dot + 2:]
            continue
        if m:
            art.authors += _split_people(m.group(1))
            drop.add(i)
            continue
        m = _THEO.match(ln)
        if m and len(ln) < 120 and _is_credit(m.group(1)):
            for part in m.group(1).split("/"):
                d = _DOMAIN.search(part)
                if d:
                    _from_domain(art, d.group(1))
                else:
                    art.authors += _split_people(part)
            drop.add(i)
            continue
        # a match holds no "." after its first character, so it starts at the last "." or
        # after it: searching from there finds the same match without trying every space
        m = _INLINE_PHOTO.search(ln, max(0, ln.rfind("."))) if "Ảnh" in ln or "Nguồn" in ln else None
        if m:
            art.authors += _split_people(m.group(1))
            lines[i] = ln[: m.start() + 1].rstrip()
    tail = [i for i in nonblank if i not in drop][-4:]
    for i in reversed(tail):
        ln = lines[i].strip()
        if _is_trailer(ln) or len(ln) <= 2 or re.fullmatch(r"[\W\d\s]*", ln):
            drop.add(i)
            continue
        if _is_lone_name(ln) or (_is_upper_line(ln) and len(ln.split()) <= 5):
            art.authors.append(_title_case(ln))
            drop.add(i)
        break

    art.text = _unglue("\n".join(ln for i, ln in enumerate(lines) if i not in drop).strip())
    art.province = art.province or _province_from_text(art.text)
    seen: set[str] = set()
    art.authors = [a for a in art.authors if not (a in seen or seen.add(a))]
    return art


# "kiêm" (holding too) glued to the word before it by a lost space ("UBND tỉnh Quảng
# Ngãikiêm Trưởng ban …"): no Vietnamese syllable ends in it, so it is a word of its own
_GLUED_KIEM = re.compile(r"(?<=[^\W\d_])kiêm(?=\s)")


def _unglue(text: str) -> str:
    """Put back the space lost before a glued "kiêm" (one string search in the common case)."""
    return _GLUED_KIEM.sub(" kiêm", text) if "kiêm" in text else text


# bytes no text file holds, other than stray ones (tab, line ends, form feed and ESC are text)
_BINARY_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x1b), *range(0x1c, 0x20)])
_TEXT_BYTES = bytes(b for b in range(256) if b not in _BINARY_BYTES)


def _is_binary(sample: bytes) -> bool:
    """One rule wherever they are: a file is binary when more than 1% of its first
    64 KB (and more than 3 bytes) are control bytes such as NUL; a text with a few
    stray NULs is text, and reading drops them."""
    bad = len(sample.translate(None, _TEXT_BYTES))
    return bad > max(3, len(sample) // 100)


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and _is_binary(data[:65536]):
        raise ArticleError(f"{path}: binary file, not text")
    for enc in ("utf-8-sig", "utf-16"):
        try:
            if enc == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError as e:
        raise ArticleError(f"{path}: not UTF-8 text ({e.reason})") from None


def html_to_text(html: str) -> tuple[str, str | None, str | None, dt.date | None]:
    """Main text, URL, title and date of a saved web page (trafilatura)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    # dates from the page's metadata and address only: a date guessed from the text is
    # as likely a cited resolution's as the article's
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or not (doc.text or "").strip():
        raise ArticleError("no article text found in the HTML page")
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return doc.text, doc.url, doc.title, published


def read_article(path: str | Path, data: bytes | None = None, article_id: str | None = None) -> Article:
    """Read a .txt or .html article file (or its bytes, read already); raise
    ArticleError with a clear reason. `article_id` defaults to the file's stem
    (kg build gives the path from its folder: kg.build.article_id)."""
    p = Path(path)
    try:
        if (len(data) if data is not None else p.stat().st_size) > MAX_BYTES:
            raise ArticleError(f"{p}: {TOO_BIG}")
        if data is None:
            data = p.read_bytes()
    except OSError as e:
        raise ArticleError(f"{p}: cannot read ({e.strerror or e})") from None
    text = _decode(data, p)
    stem = article_id or p.stem
    if p.suffix.lower() in (".html", ".htm"):
        try:
            body, url, title, published = html_to_text(text)
        except ArticleError as e:
            raise ArticleError(f"{p}: {e}") from None
        # the page title goes on top, so the body parser sees the same shape as a .txt
        head = f"{title}\n\n" if title else ""
        url = strip_invisible(url).strip() or None if url else None  # no RLO in a link either
        art = parse_article(head + body, stem, str(p), url=url, published=published)
        if url and (d := _DOMAIN.search(url)):
            _from_domain(art, d.group(1))
        return art
    return parse_article(text, stem, str(p))
