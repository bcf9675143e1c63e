"""committee – held – meeting.

A meeting is reported as held by a dated sentence:
  "Ngày 14.1, Đảng bộ Khối … tổ chức Hội nghị BCH lần thứ 3, khóa XXIII (mở rộng), nhiệm kỳ 2020 – 2025."
  "Sáng 28/3, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 đã khai mạc."
  "Chiều 16/10, Ban Thường vụ Tỉnh ủy họp …"
Mentions without a date ("tổ chức thành công Đại hội … lần thứ XIV") speak of
other meetings and are left out.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.dates import first_date, lead_date_span, resolve
from kg.extract.numbers import ORDINAL, ordinal
from kg.extract.orgs import kind_of, org_at
from kg.extract.text import tokenize
from kg.facts import Meeting, Org, Sentence
from kg.resources import meeting_kinds

_NOUNS = "|".join(re.escape(k.vi) for k in meeting_kinds())
_NOUN = re.compile(r"(?<!\w)(" + _NOUNS + r")(?!\w)", re.IGNORECASE)
_HELD_BEFORE = re.compile(r"(?:(?:đã|cũng đã|vừa)\s+)?(?:long trọng\s+|trọng thể\s+)?"
                          r"(?:tổ chức|tiến hành|khai mạc|bế mạc|họp)(?:\s+thành công)?\s*$", re.IGNORECASE)
_HELD_AFTER = re.compile(r"\b(?:khai mạc|bế mạc|diễn ra|được tổ chức|tổ chức|đã họp|họp)\b", re.IGNORECASE)
_CHAIRED = re.compile(r"(?:(?:đã|đồng)\s+)?(?:chủ trì|đồng chủ trì)\s*$", re.IGNORECASE)
_HOP = re.compile(r"^(.*?)\s+(?:đã\s+)?họp\b", re.IGNORECASE)
_SESSION = re.compile(r"\b(?:lần thứ|[Kk]ỳ họp thứ|[Pp]hiên họp thứ|[Hh]ội nghị thứ)\s+(" + ORDINAL + r")", re.IGNORECASE)
_BY = re.compile(r"\b(?:do|của)\s+(.{3,80}?)\s+(?:tổ chức|chủ trì tổ chức)\b")
_TERM = re.compile(r"\b[Kk]hóa\s+([IVXLC]+|\d{1,3})\b")
_TENURE = re.compile(r"\bnhiệm kỳ\s+((?:19|20)\d{2})\s*[–\-]\s*((?:19|20)\d{2})", re.IGNORECASE)
# the name of a meeting ends where the sentence starts saying what it did
_DESC_END = re.compile(r";|\s(?:để|nhằm|về việc|đánh giá|triển khai|quán triệt|thông qua|bàn|thảo luận|"
                       r"cho ý kiến|xem xét|với sự tham dự|dưới sự chủ trì|có sự tham dự)\s", re.IGNORECASE)
_CLAUSE_DATE = re.compile(r",\s+(?=(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm nay)\s)")
_LEAD_SKIP = re.compile(r"^[\s,*–\-]*(?:tại\s[^,]{1,60},\s*)?", re.IGNORECASE)


def _name(desc: str) -> str:
    """The meeting's name: its description without trailing connectors."""
    return re.sub(r"(?:\s+(?:và|cùng|với|,))+$", "", desc.strip(" .,;")).strip(" .,")


def _describe(desc: str, meeting: Meeting) -> None:
    m = _SESSION.search(desc)
    if m:
        meeting.session = ordinal(m.group(1))
    m = _TERM.search(desc)
    if m:
        meeting.term = m.group(1)
    m = _TENURE.search(desc)
    if m:
        meeting.tenure = (int(m.group(1)), int(m.group(2)))
    meeting.extended = meeting.extended or "mở rộng" in desc.lower()
    meeting.online = meeting.online or "trực tuyến" in desc.lower()


def _organizer(text: str) -> tuple[Org | None, str | None]:
    """An organizer written as a sentence's subject, and its khóa if it carries one."""
    text = text.strip(" ,")
    term = None
    m = re.search(r"\s+[Kk]hóa\s+([IVXLC]+|\d{1,3})\s*$", text)
    if m:
        term, text = m.group(1), text[: m.start()]
    toks = tokenize(text)
    if not toks:
        return None, term
    found = org_at(text, toks, 0, require_head=False)
    if found is None or not toks[0].is_cap:
        return None, term
    return found[1], term


def extract_meetings(sentence: Sentence, year: int | None, published: dt.date | None) -> list[Meeting]:
    """The meetings a sentence reports as held (at most one)."""
    text = sentence.text
    lead = lead_date_span(text, published)
    if lead is None:
        # "Thực hiện Kế hoạch số 12-KH/TU, ngày 14/1, Huyện ủy … tổ chức …": a clause opens with the date
        for m in _CLAUSE_DATE.finditer(text):
            lead = lead_date_span(text[m.end():], published)
            if lead is not None:
                text = text[m.end():]
                break
    if lead is None:
        return _named_then_dated(sentence, year, published)
    date, end = lead
    iso = resolve(date, year, published)
    # what follows the date: "Ngày 14.1, <rest>"
    rest = re.sub(r"^[\s)]*(?:,|:|–|-)?\s*", "", text[end:])
    rest = rest[_LEAD_SKIP.match(rest).end():]
    noun = _NOUN.search(rest)
    kinds = {k.vi.lower(): k for k in meeting_kinds()}

    if noun:
        kind = kinds[noun.group(1).lower()]
        before = rest[: noun.start()]
        after = rest[noun.start():]
        end = _DESC_END.search(after, len(noun.group(1)))
        desc = after[: end.start()] if end else after
        held = _HELD_BEFORE.search(before)
        if held and before[: held.start()].strip():
            org, term = _organizer(before[: held.start()])
            meeting = Meeting(kind.kind, kind.vi, _name(desc), org, iso, sentence.index, term=term)
            _describe(desc, meeting)
            return [meeting] if org else []
        if not before.strip(" ,") and _HELD_AFTER.search(after):
            # "Sáng 28/3, Hội nghị BCH Đảng bộ tỉnh lần thứ 5 đã khai mạc"
            return _meeting_as_subject(after, noun, kind, iso, sentence.index)
        if _CHAIRED.search(before):
            # "Sáng 15/3, đồng chí X, Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy …"
            return _meeting_as_subject(after, noun, kind, iso, sentence.index)
    m = _HOP.match(rest)
    if m and len(m.group(1)) < 100:
        org, term = _organizer(m.group(1))
        if org and kind_of(tokenize(org.name)):
            sess = next(k for k in meeting_kinds() if k.kind == "Session")
            meeting = Meeting(sess.kind, sess.vi, "họp", org, iso, sentence.index, term=term)
            _describe(rest[m.end():], meeting)
            return [meeting]
    return []


def _meeting_as_subject(after: str, noun: re.Match[str], kind, iso: str, index: int) -> list[Meeting]:
    """A meeting that opens its clause: its organizer follows the meeting noun
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh …") or is given by "do X tổ chức"."""
    end = _DESC_END.search(after, len(noun.group(1)))
    desc = after[: end.start()] if end else after
    toks = tokenize(desc)
    org = None
    for k in range(len(tokenize(noun.group(1))), len(toks)):
        # the first organization after the noun ("Hội nghị lần thứ 15 Ban Chấp hành …")
        found = org_at(desc, toks, k, require_head=True) if toks[k].is_cap else None
        if found:
            org = found[1]
            break
    by = _BY.search(after)
    if by:
        named, _ = _organizer(by.group(1))
        org = named or org
    if org is None:
        return []
    meeting = Meeting(kind.kind, kind.vi, _name(desc), org, iso, index)
    _describe(desc, meeting)
    return [meeting]


def _named_then_dated(sentence: Sentence, year: int | None, published: dt.date | None) -> list[Meeting]:
    """A meeting named first and dated later: "Hội nghị lần thứ 15 BCH Đảng bộ
    tỉnh khóa XVII diễn ra vào ngày 14/1."."""
    text = sentence.text.lstrip("*–- ")
    noun = _NOUN.match(text)
    if noun is None or not _HELD_AFTER.search(text):
        return []
    date = first_date(text)
    if date is None:
        return []
    kinds = {k.vi.lower(): k for k in meeting_kinds()}
    return _meeting_as_subject(text, noun, kinds[noun.group(1).lower()], resolve(date, year, published),
                               sentence.index)


def same_meeting(a: Meeting, b: Meeting) -> bool:
    """Whether two reports in one article are of the same meeting."""
    if a.date != b.date or a.organizer is None or b.organizer is None:
        return False
    x, y = a.organizer.name.lower(), b.organizer.name.lower()
    return x.startswith(y) or y.startswith(x)


