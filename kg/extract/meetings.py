"""committee – held – meeting.

A meeting is reported as held by a dated clause:
  "Ngày 14.1, Đảng bộ Khối … tổ chức Hội nghị BCH lần thứ 3, khóa XXIII (mở rộng), nhiệm kỳ 2020 – 2025."
  "Sáng 28/3, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 đã khai mạc."
  "Chiều 16/10, Ban Thường vụ Tỉnh ủy họp …", "Chiều 10/2, Ban Thường vụ Tỉnh ủy nghe và cho ý kiến …"
  "Sáng 15/3, đồng chí X, Bí thư Tỉnh ủy chủ trì hội nghị Ban Chấp hành Đảng bộ tỉnh …"
  "Sáng 19-5, tại Lữ đoàn 972 đã diễn ra Đại hội đại biểu Hội Cựu chiến binh tỉnh …"
  "Thực hiện chương trình Hội nghị lần thứ 7, Ban Chấp hành …, sáng 24/2, tiếp tục thảo luận …"
The organizer is the clause's subject when it is a body, else the body the meeting's
name carries ("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Đại hội đại biểu Phụ nữ tỉnh X" →
Hội Liên hiệp Phụ nữ tỉnh X). Mentions without a date ("tổ chức thành công Đại hội …"),
future meetings ("sẽ tổ chức"), press conferences ("họp báo") and meetings only cited
("trình Đại hội", "Nghị quyết Đại hội XII") are left out.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from kg.extract.alternation import trie_alternation
from kg.extract.dates import (ANY_DATE, DayMonth, clause_dates, days_with_year, first_date, lead_date, lead_date_span, resolve,
                              year_of_meeting)
from kg.extract.lexicon import body_index, place_index, role_index
from kg.extract.names import country_at, honorific_at, lead_in, name_at, opens_with_country
from kg.extract.numbers import ORDINAL, ordinal
from kg.extract.orgs import kind_of, org_at
from kg.extract.text import UPPER, Token, tokenize
from kg.facts import Meeting, Org, Position, Sentence, Title
from kg.resources import (MeetingKind, lower_heads, ranks, guest_offices, trade_heads, abbreviations, bare_heads, briefing_scopes, not_meeting_names, post_qualifiers, company_forms, countries, family_names, collegial_bodies, comma_pairs, congress_members, document_kinds, generic_heads, guest_words, heading_posts, hosted_topics,
                          levels, listed_units, listed_posts, meeting_attendees, meeting_groups, meeting_hosts, meeting_kinds, meeting_counterparts,
                          meeting_ministers, meeting_name_words, meeting_owner_blockers, not_meeting_words, other_events, sectors, standalone_posts, steering_kinds)

_NOUNS = "|".join(re.escape(k.vi) for k in meeting_kinds())
# (not "Đại hội đồng Liên Hợp Quốc", a body: the United Nations General Assembly)
# (a press briefing is no meeting of a body: "buổi giao ban báo chí của Thành ủy")
_NOUN = re.compile(r"(?<!\w)(" + _NOUNS + r")(?!\w)(?<!(?i:đại hội)(?=\s+đồng\s))(?<!(?i:giao ban)(?=\s+báo chí))",
                   re.IGNORECASE)
# a hall named after meetings is a place: "tại Trung tâm Hội nghị tỉnh"
_HALL = re.compile(r"(?:[Tt]rung tâm|[Hh]ội trường|[Pp]hòng|[Nn]hà)\s+$")
# gatherings that are not a body's meetings
_NOT_HOP = "|".join(re.escape(w) for w in not_meeting_words())
# (nor one whose noun not_meeting_names.txt follows: "hội nghị tiếp xúc cử tri")
_NOT_NAMED = "|".join(re.escape(w) for w in not_meeting_names())
_NOT_MEETING = re.compile(r"^(?:(?:cuộc\s+|buổi\s+)?họp\s+(?:" + _NOT_HOP + r")\b"
                          r"|(?:" + _NOUNS + r")\s+(?:" + _NOT_NAMED + r")(?!\w))", re.IGNORECASE)
_HOLD = (r"(?:(?:đã|vừa|cũng đã|cũng|đã chính thức|chính thức|mới|tiếp tục|đã tiếp tục|lại)\s+)?"
         # how it was called: "Sở Y tế nhanh chóng tổ chức cuộc họp", "BTV đột xuất tổ chức …"
         r"(?:(?:nhanh chóng|khẩn trương|đột xuất|bất ngờ|kịp thời|đồng loạt)\s+)?(?:long trọng\s+|trọng thể\s+)?"
         r"(tổ chức|tiến hành|khai mạc|bế mạc|"
         # "X chủ trì tổ chức …", "X chủ trì, phối hợp với Y tổ chức …": X holds it
         r"(?:đồng\s+)?chủ trì(?:,?\s+(?:phối hợp\s+(?:với\s+)?[^,.;]{2,80}?\s+)?tổ chức)?|"
         r"(?:bước vào|bắt đầu)(?=\s+(?i:kỳ họp|phiên họp|hội nghị|đại hội))|"
         r"triệu tập|diễn ra|có(?=\s+(?:cuộc|buổi)\s)|"
         # "Ngày 13/5 cũng đã kết thúc Hội nghị của X": its closing day, the only one given
         r"kết thúc(?=\s+(?:chương trình\s+(?:làm việc\s+)?(?:của\s+)?)?(?i:kỳ họp|phiên họp|hội nghị|đại hội)))"
         r"(?:\s+thành công)?(?:\s+(?:trọng thể|long trọng))?\s+")
_HELD_VERB = re.compile(r"(?<!\w)" + _HOLD)
_ATTENDED = re.compile(r"^(?:[Đđ]ến\s+|[Vv]ề\s+)?[Dd]ự\s+(?:và\s+(?:phát biểu\s+)?chỉ đạo\s+)?")
_ATTENDS = re.compile(r"(?<!\w)(?:đã\s+)?(?:(?:tham\s+|đến\s+|về\s+)?dự(?:\s*,\s*|\s+và\s+)(?:phát biểu\s+)?chỉ đạo|"
                      r"tham dự|đến dự|về dự|dự)\s+",
                      re.IGNORECASE)
# what may stand between the verb and the meeting noun: "tổ chức cuộc họp", "diễn ra Lễ khai mạc Đại hội",
# "chủ trì một cuộc họp"
_OBJ_LEAD = re.compile(r"^(?:chính thức\s+)?(?:một\s+(?=(?:cuộc|buổi|phiên|kỳ|hội nghị|đại hội)\s))?(?:(?:(?:cuộc|buổi)\s+triệu tập|cuộc|buổi|các|lễ khai mạc|phiên khai mạc|phiên bế mạc|phiên trù bị|"
                       r"chương trình(?:\s+làm việc)?(?:\s+của)?|"
                       r"phiên thứ nhất|phiên thứ hai|phiên làm việc thứ nhất|phiên chính thức)\s*,?\s+)?",
                       re.IGNORECASE)
_MEETS = re.compile(r"(?<!\w)(?<!kỳ )(?<!cuộc )(?<!buổi )(?<!phiên )(?:(?:đã|vừa|tiếp tục|đã có|có)\s+)?(?:chính thức\s+)?"
                    r"(?:tiến hành\s+|bắt đầu\s+)?"
                    r"(?:họp|nhóm họp)(?!\s+(?:" + _NOT_HOP + r"))\b",
                    re.IGNORECASE)
# what a body in session does: "Ban Thường vụ Tỉnh ủy nghe và cho ý kiến về …"
_DELIBERATES = re.compile(r"^(?:đã\s+)?(?:tiến hành\s+|tiếp tục\s+)?(?:nghe|cho ý kiến|xem xét|thảo luận|"
                          r"họp(?!\s+(?:" + _NOT_HOP + r")\b)|biểu quyết|bỏ phiếu|nhóm họp|"
                          # an assembly sits in its hall or its groups: "Quốc hội làm việc tại hội trường"
                          # (its groups, not "tổ dân phố", "tổ công tác")
                          r"làm việc\s+(?:tại|ở)\s+(?:hội trường|tổ(?=\s*[,.;]|\s+(?:và|thảo luận|để|về|sáng|chiều)\b)))\b",
                          re.IGNORECASE)
# a meeting that opens its clause reports itself held with one of these
# ("tiếp tục", "bước vào ngày làm việc thứ ba" date a later day, not the meeting)
_HELD_AFTER = re.compile(r"(?<!\w)(?<!sẽ )(?<!dự kiến )(?:khai mạc|bế mạc|diễn ra|được tổ chức|tổ chức|chủ trì|đã họp|đã bầu|"
                         r"(?<!cuộc )(?<!buổi )(?<!phiên )(?<!kỳ )họp|"
                         r"kết thúc|khép lại|thành công tốt đẹp|"
                         # "Kỳ họp thứ 5 HĐND tỉnh tiếp tục phiên thảo luận": in session that day, the
                         # first day the text gives (a later one of the same session merges into it)
                         r"tiếp tục(?=\s+(?:phiên|chương trình|làm việc|thảo luận|chất vấn|diễn ra|nội dung|các phiên)(?!\w))|"
                         # "… đã hoàn thành tốt đẹp chương trình (nghị sự)": it closed that day
                         r"hoàn thành(?:\s+(?:tốt đẹp|toàn bộ|nội dung|các nội dung))*\s+chương trình)(?!\w)", re.IGNORECASE)
# a clause saying that what follows is planned: "Theo chương trình dự kiến, ngày 5/7, …"
# ("Theo kế hoạch, ngày 15/3, …" too; "Thực hiện Kế hoạch số 12-KH/TU, …" reports what was done)
_PLANNED = re.compile(r"(?<!\w)(?:[Dd]ự kiến|[Ss]ẽ|[Ss]ắp)(?!\w)|^\W*(?:[Cc]ũng\s+)?[Tt]heo\s+(?:kế hoạch|lịch|chương trình)(?:\s+dự kiến)?\s*$")
# what the clause after a planned day says done: "…, chiều 19/6, HĐND tỉnh đã bế mạc …"
_DONE_AS_PLANNED = re.compile(r"^[\s,)]*[^,.;:]{0,80}?(?<!\w)(?:đã|vừa)(?!\w)")
_TODAY_WORD = re.compile(r"(?<!\w)nay(?!\w)")
_FUTURE = re.compile(r"(?<!\w)(?:[Ss]ẽ|[Dd]ự kiến|chuẩn bị|sắp|dự định|kế hoạch|đề nghị|tiến tới)(?!\w)")
# "Thực hiện chương trình Hội nghị lần thứ 7, …": a meeting in progress
_PROGRAM = re.compile(r"(?:^|\W)(?:[Tt]hực hiện\s+(?:nội dung\s+)?chương trình\s+(?:làm việc\s+)?(?:của\s+)?|"
                      # "Sáng 12/7, tiếp tục (chương trình) kỳ họp thứ 4, HĐND tỉnh X, các đại biểu thảo luận …"
                      r"(?<!sẽ )(?<![Ss]ẽ )[Tt]iếp tục\s+(?:chương trình\s+)?(?:làm việc\s+)?(?:của\s+|tại\s+|trong\s+)?|"
                      # "Theo thông cáo về ngày làm việc thứ 5 của Hội nghị lần thứ năm BCH TW, sáng 9/5, …"
                      r"(?:[Tt]rong|[Tt]heo thông cáo về)\s+ngày làm việc\s+(?:thứ\s+\w+|đầu tiên|cuối cùng)\s+(?:của\s+)?)"
                      r"(?=(?:" + _NOUNS + r")(?!\w))", re.IGNORECASE)
_IN_PROGRESS = re.compile(r"(?<!\w)(?:tiếp tục|tiến hành|thảo luận|xem xét|cho ý kiến|nghe|biểu quyết|làm việc|"
                          r"thông qua|bầu)(?!\w)", re.IGNORECASE)
# the opening sitting of a meeting over several days dates it: "… trong phiên khai mạc chiều 23/2"
_OPENING = re.compile(r"phiên khai mạc\s+(?:vào\s+)?(?=(?:sáng|chiều|tối|ngày)\s)", re.IGNORECASE)
_SESSION = re.compile(r"(?<![(\w])(?:lần thứ|lần|kỳ họp thứ|phiên họp thứ|phiên thứ|kỳ thứ|hội nghị thứ)\s+("
                      + ORDINAL + r")", re.IGNORECASE)
# "phiên họp đầu tiên", "kỳ họp đầu tiên": the first sitting
_FIRST = re.compile(r"(?<!\w)(?:phiên họp|kỳ họp|phiên)\s+đầu tiên(?!\w)", re.IGNORECASE)  # "họp phiên đầu tiên" too
_TERM = re.compile(r"\b[Kk]hóa\s+([IVXLC]+|\d{1,3})\b")
_TENURE = re.compile(r"\bnhiệm kỳ\s+\(?((?:19|20)\d{2})\s*[–\-]\s*((?:19|20)\d{2})", re.IGNORECASE)
# the name of a meeting ends where the sentence starts saying what it did
_DESC_END = re.compile(r";|\s(?:để|nhằm|về việc|đánh giá|triển khai|quán triệt|thông qua|bàn|thảo luận|ra nghị quyết|"
                       r"cho ý kiến|xem xét|với sự tham dự|dưới sự chủ trì|có sự tham dự|lấy ý kiến|góp ý|"
                       r"trình|chào mừng|tiến tới|chuẩn bị|đã|được|diễn ra|khai mạc|bế mạc|(?<!tồn\s)(?<!hiện\s)tại|vào|(?<!tự\s)do|ngày|có)(?=[\s.,;]|$)", re.IGNORECASE)
# where it took place, before the comma that ends it; not "tại X diễn ra Lễ khai mạc Kỳ họp thứ 3, …"
_LOCATION = re.compile(r"^(?:tại|ở)\s(?:(?!diễn ra|khai mạc|tổ chức|bế mạc)[^,]){1,80},\s*", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^()]{1,25}\)")
# an abbreviation in parentheses inside a name: "Công đoàn (CĐ) Công ty X", "Ban Chỉ đạo (BCĐ) về …"
_ABBREVIATION = re.compile(r"\s*\((?-i:[A-ZĐ][A-ZĐ&.\-]{1,9})\)(?=\s+\w)")
# where a body's name inside a meeting's name ends
_NAME_END = re.compile(r"\s+(?:lần thứ|lần|khóa|nhiệm kỳ|năm\s+\d|lấy|về|để|nhằm|với|(?<!tồn\s)(?<!hiện\s)tại|ở(?=\s+(?-i:[A-ZĐ]))|vào|"
                       r"(?<!tự\s)do|đã|diễn ra|(?<!địa\s)bàn|đăng cai|tiếp tục|thứ\s+(?:\d{1,3}|[IVXLC]+)|"
                       r"(?<!(?-i:[A-Z])\s)(?:19|20)\d{2}|"  # "Hội X Việt Nam 2017", not "Ủy ban Quốc gia APEC 2017"
                       r"tổ chức|chủ trì|phối hợp|mở rộng|thường kỳ|định kỳ|thường niên|trực tuyến|bất thường|"
                       r"chuyên đề|toàn quốc|tháng|quý|"
                       r"khai mạc|bế mạc|được|triển khai|tổng kết|sơ kết|đánh giá|quán triệt|thông qua|"
                       r"chuẩn bị(?=\s+(?:các|cho|nội dung))|"
                       # what it did in session ("Hội nghị … Ban Thường vụ Tỉnh ủy cho ý kiến về …")
                       r"ra\s+nghị quyết|cho ý kiến|thảo luận|xem xét|"
                       r"ngày|sáng|chiều|tối)(?!\w)|\s*[,;:(]|$", re.IGNORECASE)
_MODIFIERS = re.compile(r"^(?:\s*(?:khóa\s+[IVXLC\d]+|đại biểu|toàn quốc|giao ban|điểm|chuyên đề|thành lập|ra mắt|thường niên|bất thường|đặc biệt|thường kỳ|định kỳ|toàn thể|trực tuyến|mở rộng|"
                        r"\(mở rộng\)|lần thứ\s+" + ORDINAL + r"|lần\s+\d{1,2}|thứ\s+" + ORDINAL + r"|,))*\s*",
                        re.IGNORECASE)
# the agent of a meeting named first: "Hội nghị … do Sở X tổ chức", "… được Tỉnh ủy X tổ chức"
_BY_HELD = re.compile(r"(?<!\w)(?:do|được)\s+([^,;]{3,90}?)\s+(?:đã\s+)?(?:đăng cai\s+)?(?:tổ chức|chủ trì|phối hợp|triệu tập)(?!\w)")
# an agent that lists bodies with commas: "do Trung tâm Xúc tiến X, Cục Thuế TP Y tổ chức" (they
# hold it together, the first standing for all; _subject checks that every part is a body)
_BY_LISTED = re.compile(r"(?<!\w)do\s+((?:[^,;:.]|\.(?=\S)){3,90}?,(?:[^;:.]|\.(?=\S)){3,90}?)\s+(?:đã\s+)?"
                        r"(?:cùng\s+)?(?:phối hợp\s+)?tổ chức(?!\w)")
_BY = re.compile(r"(?<!\w)(?:do|của)\s+(?=\w)")
_HOLDS_AFTER = re.compile(r"\s+(?:với\s+)?[^,;:]{0,90}?\s(?:cùng\s+)?tổ chức(?!\w)")


def _agent_end(text: str, start: int, limit: int = 320) -> int | None:
    """End of a meeting's name that runs on, its commas included, to the body that holds it
    ("Hội nghị tuyên truyền, phổ biến pháp luật … do Sở X phối hợp với Y tổ chức"): where its
    "tổ chức" ends, if no sentence or clause break comes first and the agent is a body."""
    window = text[start: start + limit]
    stop = re.search(r"[;:!?]|(?<!\bT[Pp])\.\s", window)  # "Tp. Hồ Chí Minh" goes on
    window = window[: stop.start()] if stop else window
    for m in (_BY_HELD.search(window), _BY_LISTED.search(window)):
        if m is None or not isinstance(_subject(m.group(1)), Org):
            continue
        end = m.end()
        if window[m.end(1):end].strip().endswith("phối hợp"):
            # "do Sở X phối hợp với Y tổ chức": the verb comes after the partner
            more = _HOLDS_AFTER.match(window, end)
            if more is None:
                continue
            end = more.end()
        elif not window[m.end(1):end].strip().endswith(("tổ chức", "chủ trì")):
            continue
        return start + end
    return None
# a document named in a meeting's name: its "của" is its issuer ("cuộc họp công bố quyết định của
# Bộ Chính trị"), and a day after its number is its date ("… tại Thông báo số 03/TB-X ngày 5/1")
_DOCUMENT = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k.vi) for k in document_kinds() if k.issued) + r")(?!\w)",
                       re.IGNORECASE)
_DOC_NUMBER = re.compile(r"(?<!\w)số\s+\d+\s*/|(?<!\w)\d+/\d*[A-ZĐ]{1,6}(?:[-/][A-ZĐ&]{1,8})+")
_SUBJECT_STOP = re.compile(r"(?<!\w)(?:đã|sẽ|đang|được|cho biết|nghe|thăm|làm việc|phát biểu|chỉ đạo|"
                           r"tham dự|kiểm tra|đến|tới|cùng với|phối hợp|là|có|"
                           r"yêu cầu|thông tin|cho rằng|họp|(?<!àng )(?<!hòng )không|chưa)(?!\w)")
_JOINTLY = re.compile(r"\s+(?:đã\s+)?(?:cùng\s+)?phối hợp(?:\s+với nhau)?\s*$")
_SPLIT = re.compile(r"\s+(?:phối hợp(?:\s+với)?|cùng với|cùng|và)\s+(?=\S)")
# a term and tenure after the subject: "HĐND tỉnh khóa XV, nhiệm kỳ 2011 - 2016"
_SUBJECT_TERM = re.compile(r"(?:\s*,?\s*(?:[Kk]hóa\s+[IVXLC\d]+|nhiệm kỳ\s+(?:19|20)\d{2}\s*[–\-]\s*(?:19|20)\d{2}))+\s*,?\s*$")
_TIME_WORDS = frozenset("sáng chiều tối trưa đêm ngày hôm tuần tháng năm sau trước tại theo trong từ vừa hiện "
                        "thực cùng dự tham phát".split())

_DIGIT = re.compile(r"[0-9]")
# a wire dateline opening a clause: "- JAKARTA - …"; in a list of them the sentence is a
# calendar of events to come, and a dateline is never part of an organizer's name
_DATELINE = re.compile(r"^\s*([^\W\d_][^\W\d_ .]*(?:[ .]+[^\W\d_]+)*)\s+[-–]\s+")
_LISTED_DATELINE = re.compile(r"(?:^|[:.;])\s*[-–]\s+([^\W\d_][^\W\d_ .]*(?:[ .]+[^\W\d_]+)*)(?:\s+[-–]|:)\s")


def _dateline_end(text: str) -> int:
    """End of a dateline in capitals opening a text ("JAKARTA - ", "HÀ NỘI - "), else 0."""
    m = _DATELINE.match(text)
    return m.end() if m and m.group(1).isupper() and len(m.group(1)) >= 3 else 0


def _agenda(text: str) -> bool:
    """Whether a sentence lists events under datelines ("Ngày 15/2: - PARIS - …", "- OSLO: …")."""
    return any(m.group(1).isupper() and len(m.group(1)) >= 3 for m in _LISTED_DATELINE.finditer(text))
_PERSON = object()  # a subject that is a person: the chair, not the organizer


@lru_cache(maxsize=None)
def _kinds() -> dict[str, MeetingKind]:
    return {k.vi.lower(): k for k in meeting_kinds()}


def _level_then_name(toks: list, lower: bool = True) -> bool:
    """Whether tokens open with a level of one word or more ("tỉnh", "thành phố", "thị xã"),
    in lower case unless `lower` is False, then a capitalized name: a place ("thành phố Hà Nội")."""
    if lower and toks and toks[0].is_cap:
        return False
    return any(len(toks) > n and " ".join(t.text.lower() for t in toks[:n]) in levels() and toks[n].is_cap
               for n in (1, 2, 3))


@lru_cache(maxsize=None)
def _level_words() -> frozenset[str]:
    return frozenset(w.split()[0] for w in levels())


@lru_cache(maxsize=None)
def _cues() -> re.Pattern[str]:
    """Words one of which every sentence reporting a meeting holds, lower-cased (a
    case-sensitive search of the lower-cased sentence is 3x cheaper than IGNORECASE)."""
    words = {k.vi.lower() for k in meeting_kinds()} | {"họp", "nghe", "cho ý kiến", "xem xét", "thảo luận",
                                                       "biểu quyết", "bỏ phiếu", "bầu ban chấp hành", "bầu ra ban chấp hành", "bầu bch"}
    words = {w for w in words if not any(o != w and o in w for o in words)}
    return re.compile(trie_alternation(words))


def _session_kind() -> MeetingKind:
    return _kinds()["phiên họp"]


def _own_name(desc: str, noun_len: int) -> str:
    """The meeting's own name: up to the next meeting it mentions ("… trình Đại hội …");
    a review it is ("Hội nghị tổng kết …") is part of its name."""
    for nxt in _NOUN.finditer(desc, noun_len):
        if nxt.group(1).lower() not in ("sơ kết", "tổng kết"):
            return desc[: nxt.start()]
    return desc


# a sitting of a numbered session: "phiên họp sáng 24/5 của Kỳ họp thứ 3", "họp phiên bế mạc kỳ họp thứ 3"
_SITTING_OF = re.compile(r"(?:^|\s)(?:của|phiên\s+(?:khai mạc|bế mạc|trù bị|toàn thể))\s*$", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(?:kỳ họp|hội nghị)\s+(?:lần\s+)?thứ\s+(" + ORDINAL + r")(?!\w)", re.IGNORECASE)


def _sitting_session(own: str, rest: str) -> int | None:
    """The number of the session a sitting belongs to, when its own name (`own`) ends by
    saying so and the session's name follows (`rest`), else None."""
    m = _NUMBERED.match(rest)
    return ordinal(m.group(1)) if m and _SITTING_OF.search(own) else None


def _describe(desc: str, meeting: Meeting) -> None:
    m = _SESSION.search(desc)
    if m and meeting.session is None:
        meeting.session = ordinal(m.group(1))
    elif meeting.session is None and _FIRST.search(desc):
        meeting.session = 1
    m = _TERM.search(desc)
    if m and meeting.term is None:
        meeting.term = m.group(1)
    m = _TENURE.search(desc)
    if m and meeting.tenure is None:
        meeting.tenure = (int(m.group(1)), int(m.group(2)))
    meeting.extended = meeting.extended or "mở rộng" in desc.lower()
    meeting.online = meeting.online or "trực tuyến" in desc.lower()


def _clean(text: str) -> str:
    # a trailing "mới" is "just" ("X mới họp"), save in "nông thôn mới" (the rural programme)
    # and a trailing "trong" is the day's ("… của Ban X trong ngày 8/5")
    return re.sub(r"(?:\s+(?:và|cùng|với|của|đã|vừa|cũng|trong|(?<!thôn\s)mới|,))+$", "", text.strip(" .,;–-(")).strip(" .,–-(")


_DELEGATES = re.compile(r"^(?:các\s+)?(?:đại biểu|thành viên)\s+(?:của\s+)?(?=(?-i:[A-ZĐ]))", re.IGNORECASE)


_GROUP_ACRONYM = re.compile(r"[Nn]hóm\s+(?-i:[A-ZĐ][A-ZĐ0-9&]{1,9})")


def _subject(text: str) -> Org | object | None:
    """The clause's subject before its verb: a body (the organizer), a person, or None."""
    text = _clean(_PAREN.sub("", text))
    text = text[_dateline_end(text):]
    # "các đại biểu Nhóm công tác X đã nhóm họp": its delegates meeting, the group meets
    text = _DELEGATES.sub("", text)
    sector = _sector_at(text)
    if sector is not None and sector.name == _clean(text):
        return sector  # "ngành Thanh tra tỉnh X tổ chức …"
    text = _clean(_JOINTLY.sub("", text))  # "X và Y phối hợp tổ chức …": both hold it
    term = _SUBJECT_TERM.search(text)
    text = _clean(text[: term.start()]) if term and term.start() > 0 else text
    if not text:
        return None
    toks = tokenize(text)
    if not toks:
        return None
    joint = None
    role = role_index().match(toks, 0)
    body = body_index().match(toks, 0)
    if lead_in(toks, 0) or (role and (not body or role[0] >= body[0])):
        return _PERSON
    if "," in _unpaired(text):
        # a name with a comma of its own ("Bộ Văn hóa, Thể thao và Du lịch") is one part
        named = org_at(text, toks, 0, require_head=True)
        own = named[1].name if named and "," in named[1].name and text.startswith(named[1].name) else ""
        parts = [p.strip() for p in _split_commas(text[len(own):])]
        parts[0] = own + parts[0]
        while len(parts) > 1 and _whole_place(parts[-1]):
            parts.pop()  # "Quận ủy quận 1, TP.HCM tổ chức …": where the body is, not another body
        if not all(_starts_body(p) or _names_body(p) for p in parts):
            return None
        # "Bộ Chính trị, Ban Bí thư tổ chức …": bodies listed hold it together, the first
        # of them standing for all where a name of the list is not one
        listed = ", ".join(parts)
        text = parts[0]
        toks = tokenize(text)
        if len(parts) <= 3 and all(len(tokenize(p)) <= 16 and not _SUBJECT_STOP.search(p) for p in parts):
            joint = listed
    # the first "và" that joins two bodies, not one inside a name ("Bộ Nông nghiệp và Phát triển nông thôn")
    split = next((m for m in _SPLIT.finditer(text) if m.group(0).strip() != "và" or _starts_body(text[m.end():])), None)
    if split:
        # the first of bodies holding it together ("X đã phối hợp với Y tổ chức …") …
        other = _clean(text[split.end():])
        if split.group(0).strip() in ("và", "cùng", "cùng với") and _starts_body(other) \
                and len(tokenize(other)) <= 16 and not _SUBJECT_STOP.search(other):
            joint = _clean(text)  # … but peers named together hold it together ("X và Y tổ chức …")
        text = _clean(text[: split.start()])
        toks = tokenize(text)
    first = toks[0].text.lower()
    head = body_index().match(toks, 0)
    # a stop word inside a known head is part of the name ("Ban chỉ đạo …", "Ủy Ban kiểm tra …")
    after_head = toks[head[0] - 1].end if head else 0
    if first in _TIME_WORDS or len(toks) > 16 or _SUBJECT_STOP.search(text, after_head) or _NOUN.match(text):
        return None
    if not toks[0].is_cap and not _level_then_name(toks) and not _GROUP_ACRONYM.fullmatch(text):
        # a body typed in lower case (see _lower_head), or a group named by its
        # acronym ("nhóm GOFD")
        if _lower_head(toks) is None:
            return None
    if joint is None and text.lower() in bare_heads():
        return None  # "Cục đã họp …": which one, the sentence does not say
    return Org(joint or text, kind_of(toks))


# a comma inside a name between a pair of acts: "Ban Chỉ đạo về phòng, chống tham nhũng"
_PAIRED = "\u201a"  # stands for such a comma, of the same length, where commas are sought


_LOWER_MEMBERS_PLACE = re.compile(r"\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)\s+(?-i:[A-ZĐ" + UPPER[3:] + r"])",
                                  re.IGNORECASE)


def _members_body(span: str, placed: bool = False) -> Org | None:
    """The body a congress named after its members belongs to ("Phụ nữ tỉnh X" → "Hội
    Liên hiệp Phụ nữ tỉnh X"; congress_members), or None. `placed`: the name is typed in
    lower case, and reads so only with a place after the members ("phụ nữ tỉnh Thái Bình",
    not "phụ nữ toàn quốc")."""
    low = span.lower()
    for words, org in congress_members().items():
        if low.startswith(words.lower()) and not low.startswith(org.lower()) \
                and (len(span) == len(words) or span[len(words)] == " "):
            rest = span[len(words):]
            if placed and not (_LOWER_MEMBERS_PLACE.match(rest) and len(rest.split()) <= 6):
                continue
            return Org(org + rest, kind_of(tokenize(org)))
    return None


def _lower_head(toks: list[Token]) -> tuple[int, str] | None:
    """The body's known head (its length and kind) that opens the tokens though it is
    typed in lower case (writers are inconsistent): a head of several words ("hội liên
    hiệp thanh niên huyện …", "công đoàn cơ sở …"), or one of a single word right before
    the body's own capitalised name ("hội Hữu nghị Việt Nam - Lào tỉnh X", "hội Xuất bản
    Việt Nam"), not before a person's ("ban Nguyễn Văn A"); None if none."""
    head = body_index().match(toks, 0) if toks else None
    if head is None or head[0] >= 2:
        return head
    single = len(toks) > 1 and toks[0].text.lower() in lower_heads() and toks[1].is_cap and toks[1].text.isalpha() \
        and not name_at(toks, 1)
    return head if single else None


def _unpaired(text: str) -> str:
    """The text with every comma that joins a pair of acts ("phòng, chống"; comma_pairs.tsv)
    written as _PAIRED: commas left are those between names."""
    if "," not in text:
        return text
    return re.sub(r"(\w+),(?=\s*(\w+))",
                  lambda m: m.group(1) + (_PAIRED if (m.group(1).lower(), m.group(2).lower()) in comma_pairs() else ","),
                  text)


def _split_commas(text: str) -> list[str]:
    """The parts of a text between its commas, those of a pair of acts left inside."""
    return [p.replace(_PAIRED, ",") for p in _unpaired(text).split(",")]


def _starts_body(text: str) -> bool:
    """Whether a body's name opens the text: a known head, or an abbreviation ("BCĐ")."""
    toks = tokenize(text)
    return bool(toks) and (body_index().match(toks, 0) is not None
                           or (len(toks[0].text) >= 2 and toks[0].text.isupper() and toks[0].text.isalpha()))


def _names_body(text: str) -> bool:
    """Whether the whole text is a body's name its head list lacks but the body list knows
    ("Quân ủy Trung ương" of "do Quân ủy Trung ương, Bộ Quốc phòng tổ chức")."""
    text = text.strip() + ","  # a name is read up to what follows it; here, the list's comma
    toks = tokenize(text)
    found = org_at(text, toks, 0, require_head=True) if toks and toks[0].is_cap else None
    return found is not None and found[0] == len(toks) - 1


def _whole_place(text: str) -> bool:
    """Whether a text is only a place's name ("TP.HCM", "tỉnh Lai Châu")."""
    toks = tokenize(text)
    if not toks or body_index().match(toks, 0) is not None:
        return False
    return _is_place(Org(text, None))


def _is_place(org: Org) -> bool:
    """Whether a subject is a place ("tỉnh Lai Châu", "Thanh Hóa", "Philippines"), not a body."""
    if org.name.startswith(meeting_hosts()):
        return False  # "Liên hợp quốc", "ASEAN": a body of nations, which holds meetings
    toks = tokenize(org.name)
    whole = place_index().match(toks, 0)
    if _level_then_name(toks, lower=False):
        return True  # "tỉnh Lai Châu", "thành phố Hà Nội", not "Huyện ủy Đồng Văn"
    return bool(whole and whole[0] == len(toks)) or country_at(toks, 0) == len(toks)


@lru_cache(maxsize=None)
def _attendees() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in meeting_attendees())
    # "Hội nghị Thượng đỉnh các nước Liên minh châu Âu": its member states meet, the body holds it
    return re.compile(r"^(?:các\s+)?(?:" + words + r")(?:\s+(?:hẹp|thường niên|không chính thức|đặc biệt))*"
                      r"(?:\s+(?:của\s+)?các nước(?:\s+thành viên)?)?\s+(?=\S)", re.IGNORECASE)


# an acronym that names a body of nations after who meets ("G20", "ARF", "EAS")
_ACRONYM_AT = re.compile(r"(?:[Nn]hóm\s+(?=G\d))?(?:G\d{1,2}|[A-ZĐ][A-ZĐ0-9&]{1,9})(?![\w-])")  # "nhóm G5" as written
# a body named in full, its acronym after it: "Nhóm các nền kinh tế … hàng đầu thế giới (G20)"
# ("nhóm 20 nền kinh tế lớn nhất thế giới (G20)" in lower case too)
_NAMED_ABBR = re.compile(r"((?:[A-ZĐ]|nhóm\s)[^,;:()]{2,90}?)\s*\((?:G\d{1,2}|[A-ZĐ][A-ZĐ0-9&\- ]{1,12})\)")
_ABBR_AFTER = re.compile(r"\s*\((?:G\d{1,2}|[A-ZĐ][A-ZĐ0-9&]{1,9})\)")
# a body of nations named by its acronym, its name spelled out after it: "IPU (Liên minh Nghị viện
# Thế giới)" (the gold keeps the alias as written; study pool meet30)
_SPELLED_AFTER = re.compile(r"\s*\((?-i:[A-ZĐ])[^\W\d][^()\d,;:]{2,60}\)")


# the other party of a body of nations' summit, joined by a dash: " - Nhật Bản", "-GCC"
_PARTNER = re.compile(r"\s*[-–]\s*(?-i:[A-ZĐ][^\W\d_]*(?:[+]\d)?(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,2})(?![\w-])")


def _host_at(text: str, any_acronym: bool = False) -> Org | None:
    """A body of nations opening a text ("ASEAN", "Liên minh châu Âu (EU)"; meeting_hosts);
    with `any_acronym`, also any acronym ("G20") or a name with its acronym after it."""
    for name in meeting_hosts():
        if text.startswith(name) and not text[len(name): len(name) + 1].isalnum():
            abbr = _ABBR_AFTER.match(text, len(name))
            if abbr is None and name.isupper():
                abbr = _SPELLED_AFTER.match(text, len(name))
                abbr = abbr if abbr and len(abbr.group(0).split()) <= 10 else None
            if abbr is None:
                # a summit of two parties: "hội nghị thượng đỉnh EU - Nhật Bản", "Cấp cao ASEAN-Hàn Quốc"
                partner = _PARTNER.match(text, len(name))
                return Org(text[: partner.end()] if partner else name, None)
            return Org(text[: abbr.end()], None)
    if not any_acronym:
        return None
    m = _ACRONYM_AT.match(text)
    if m and m.group(0).split()[-1].upper() not in abbreviations():  # "TP", "UBND": a level or a body of ours
        return Org(m.group(0), None)
    m = _NAMED_ABBR.match(text)
    if m and not _DESC_END.search(m.group(1)) and not _HELD_VERB.search(m.group(1)):
        return Org(m.group(0), None)
    return None


@lru_cache(maxsize=None)
def _ministers_at() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in meeting_ministers())
    # "(các) Bộ trưởng phụ trách Thương mại APEC", "Bộ trưởng Môi trường G7", "Bộ trưởng Quốc phòng ASEAN"
    return re.compile(r"^(?:các\s+)?((?:" + words + r")(?:\s+(?:phụ trách|[A-ZĐ][\w&]*)(?:\s+(?:và|[\w&-]+))*)?)",
                      re.IGNORECASE)


def _ministers(rest: str) -> Org | None:
    """Who meet, named as the gathering of a post across nations after a meeting's noun ("Hội
    nghị các Bộ trưởng phụ trách Thương mại APEC lần thứ 23" → "Bộ trưởng phụ trách Thương mại
    APEC"; random25/study40 gold): the ministers of a field of a body of nations, who hold it.
    Their field must be named (capitalized, or "phụ trách …"): "Hội nghị Bộ trưởng giữa kỳ" is none."""
    m = _ministers_at().match(rest)
    if m is None:
        return None
    end = _NAME_END.search(rest, m.start(1))
    span = _clean(rest[m.start(1): end.start()] if end else rest[m.start(1):])
    words = span.split()
    post = next(w for w in meeting_ministers() if span.lower().startswith(w.lower()))
    field = span[len(post):].split()
    abbr = _ABBR_AFTER.match(rest, m.start(1) + len(span))
    # a body of nations named closes it: "bộ trưởng tài chính Nhóm các nước công nghiệp (G7)"
    host = bool(abbr) or any(re.search(r"(?<!\w)" + re.escape(h) + r"$", span) for h in meeting_hosts()) \
        or re.search(r"(?<!\w)G\d{1,2}$", span) is not None
    if not field or len(words) > 12 or field[0].lower() in ("bộ", "của") \
            or not (field[0][:1].isupper() or field[0].lower() == "phụ" or host):
        return None
    return Org(span + (abbr.group(0) if abbr else ""), None)


def _ministers_name(org: Org) -> bool:
    """Whether an organizer is a gathering of ministers (_ministers), not an office's holder."""
    return org.kind is None and _ministers_at().match(org.name) is not None


def _members_meeting(subject: str) -> Org | None:
    """Who meet, as a clause's whole subject, for a body of nations ("các nhà lãnh đạo NATO",
    "các bộ trưởng tài chính Nhóm các nước công nghiệp phát triển (G7)"): the body, or the
    gathering of ministers of a field (_ministers), as a meeting's name would tell it."""
    text = _clean(subject).strip()
    if not text or len(text.split()) > 16 or _SUBJECT_STOP.search(text):
        return None
    org = _ministers(re.sub(r"^[Cc]ác\s+", "", text)) or _summit_host(text)
    if org is None:
        return None
    rest = text[text.find(org.name[-6:]) + 6:] if org.name[-6:] in text else "-"
    return org if not rest.strip(" .,") else None  # the body closes the subject


def _acronym_alone(text: str) -> bool:
    """Whether the acronym opening a text is a body's whole name: not a company's form or the
    first word of a longer name ("CTCP Dầu Thực Vật X", "FPT Software")."""
    m = _ACRONYM_AT.match(text)
    return (m is not None and m.group(0) not in company_forms()
            and re.match(r"\s+(?-i:[A-ZĐ0-9])", text[m.end():]) is None)


def _named_with_acronym(text: str) -> Org | None:
    """A name opening the text with its acronym in parentheses after it ("Mạng lưới các Trung
    tâm nghiên cứu APEC (ASCC)"), or None."""
    m = _NAMED_ABBR.match(text)
    if m is None or _DESC_END.search(m.group(1)) or _HELD_VERB.search(m.group(1)) or _NOUN.match(text):
        return None  # "… của Hội nghị tham vấn an ninh (SCM)": a meeting, not a body
    return Org(m.group(0), None)


def _summit_host(rest: str) -> Org | None:
    """The body of nations whose meeting a name tells after who meets there ("Cấp cao ASEAN
    lần thứ 30" → ASEAN, "thượng đỉnh G20" → G20), or right after the noun ("APEC")."""
    m = _attendees().match(rest)
    if m is None:
        return _host_at(rest)
    # the meeting's own alias may stand between: "các quan chức cao cấp (SOM 2) Diễn đàn … (APEC)",
    # before a body named in full with its acronym (a bare acronym there may be a frame's only)
    alias = _MEETING_ALIAS.match(rest, m.end())
    if alias is not None and _NAMED_ABBR.match(rest, alias.end()):
        return _host_at(rest[alias.end():], any_acronym=True)
    return _host_at(rest[m.end():], any_acronym=True)


_TITLE_BREAKS = frozenset("về với của cho và tại ở giữa trong nhằm để do".split())


def _host_after_title(rest: str) -> Org | None:
    """A body of nations closing a meeting's title written in capitals ("Hội nghị Chính sách An
    ninh Diễn đàn khu vực ASEAN (ASPC)" → Diễn đàn khu vực ASEAN): its own meeting on that topic.
    Not one after words in lower case ("Hội nghị về hợp tác với ASEAN": its partner)."""
    if _starts_body(rest):
        return None  # "Hội nghị Ủy ban Quốc gia APEC 2017": that body's own
    words = list(re.finditer(r"\S+", rest[:90]))
    for k, w in enumerate(words[1:7], 1):
        prev = words[k - 1].group(0)
        if prev.lower() in _TITLE_BREAKS or prev[-1:] in ",;:()" or _NAME_END.match(rest, words[k - 1].start() - 1):
            return None
        host = _host_at(rest[w.start():])
        if host is not None:
            return host
    return None


# a meeting's short alias in parentheses, its number or dash spaced as written ("SOM-2", "SOM -2", "MRT 23")
_MEETING_ALIAS = re.compile(r"\((?-i:[A-ZĐ][A-ZĐ0-9]{1,7})(?:\s*-?\s*\d{1,3})?\)\s+(?=\S)")


# a meeting held within a larger one: "các cuộc họp trong khuôn khổ Hội nghị … của X" are not X's own
_FRAME = re.compile(r"(?<!\w)(?:trong khuôn khổ|bên lề)(?!\w)", re.IGNORECASE)


def _name_org(desc: str, noun_len: int, context: str = "") -> Org | None:
    """The body a meeting's name carries: "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5",
    "Đại hội đại biểu Phụ nữ tỉnh X", "Hội nghị thường niên … của Ngân hàng X"; a bare
    head ("… của Hội đồng") is the body of that head `context` names in full, if any."""
    rest = desc[noun_len:]
    mods = _MODIFIERS.match(rest)
    rest = rest[mods.end():] if mods else rest
    rest = _PAREN.sub("", rest) if rest.startswith("(") else rest
    between = re.match(r"giữa\s+(?=\S)", rest)
    if between and _starts_body(rest[between.end():]):
        rest = rest[between.end():]  # "hội nghị giao ban giữa UBND TP X với các sở": the first holds it
    host = _summit_host(rest) or _ministers(rest)
    if host is not None:
        return host
    found = _body_at(_ABBREVIATION.sub("", rest))
    if found is None and _post_meets(rest) is not None:
        return _post_meets(rest)
    agent = _BY_HELD.search(desc, noun_len)
    if found is not None and agent and found.name.startswith(meeting_groups()):
        found = None  # "Hội nghị Nhóm chuyên gia về X do Tổng cục Y đăng cai tổ chức": Y hosts it
    if found is None and agent:
        # "Hội nghị … do Bệnh viện X tổ chức": the agent's slot is as sure as a subject's
        subject = _subject(agent.group(1))
        found = subject if isinstance(subject, Org) else None
        if subject is _PERSON and agent.group(0).rstrip().endswith("chủ trì"):
            # "cuộc họp do Chủ tịch UBND tỉnh X chủ trì": the body his office heads
            office = _office_in(agent.group(1))
            found = office if office is not None and _heads_one_body(office) and not (
                office.name in heading_posts().values() and _hosted(desc)) else None
    if found is None:
        listed = _BY_LISTED.search(desc, noun_len)
        subject = _subject(listed.group(1)) if listed else None
        found = subject if isinstance(subject, Org) else None
    if found is None:
        end = _DESC_END.search(desc, noun_len)
        by = _BY.search(desc[: end.start()] if end else desc, noun_len)
        if by and not _DOCUMENT.search(desc, noun_len, by.start()) and not _FRAME.search(desc, noun_len, by.start()) \
                and not (by.group(0).startswith("của") and _owner_blocked(desc[noun_len: by.start()].lower(), True)):
            # "Hội nghị của Mạng lưới các Trung tâm nghiên cứu APEC (ASCC)": a body named in full
            # with its acronym after it is one, whatever its head
            # ("cuộc họp của UPDJC ở Naypyitaw": a body by its acronym alone, spelt out elsewhere)
            found = (_body_at(desc[by.end():]) or _named_with_acronym(desc[by.end():])
                     or (_ACRONYM_AT.match(desc, by.end()) and _acronym_alone(desc[by.end():])
                         and desc[by.start(): by.start() + 3] == "của" and _host_at(desc[by.end():], any_acronym=True)) or None)
    if found is None:
        found = (_owner_after(desc, noun_len) or _shareholders_company(desc, noun_len)
                 or _sector_owner(desc, noun_len) or _host_after_title(rest)
                 or _shareholders_of(desc, noun_len, context) or _frame_host(desc, noun_len))
    if found is not None and found.name.lower() in generic_heads():
        # "… sơ kết công tác của Ủy ban": which one, the name does not say, unless the sentence
        # named it in full before ("ông X, Chủ tịch Hội đồng Tư vấn Y, chủ trì phiên họp của Hội đồng")
        return _in_full(found, context)
    if found is not None:
        toks = tokenize(found.name)
        role = role_index().match(toks, 0)
        if role and (role[0] >= len(toks) or not toks[role[0]].is_cap):
            return None  # "Hội nghị Bộ trưởng giữa kỳ …": a post with no body named after it
        if role:
            # "Hội nghị Thủ tướng Chính phủ và doanh nghiệp", "… đối thoại với doanh nghiệp": who
            # meets the post, not the post's body
            found = Org(_MEETS_SPLIT.split(found.name, maxsplit=1)[0], found.kind)
    return found


# where a post's name ends in a meeting's name: those it meets or meets with ("Hội nghị Thủ
# tướng Chính phủ và doanh nghiệp", "… đối thoại với doanh nghiệp")
_MEETS_SPLIT = re.compile(r"\s+(?:(?:và|với)\s+(?=(?-i:[a-zđ]))|(?:đối thoại|gặp gỡ|gặp mặt)(?!\w))")
_MEETS_WHOM = re.compile(r"\s+(?:với|và|gặp|gặp gỡ|gặp mặt)\s+(?-i:[a-zđ])"
                         r"|\s*[-–]\s*(?i:" + "|".join(re.escape(w) for w in meeting_counterparts()) + r")(?!\w)")


def _post_meets(rest: str) -> Org | None:
    """A post there is one of (standalone_posts.txt) who meets others, opening a meeting's
    name ("Hội nghị Thủ tướng với doanh nghiệp" → Thủ tướng): the holder's own conference.
    Its body, when written ("Thủ tướng Chính phủ với …"), is found as a body's name."""
    low = rest.lower()
    for post in standalone_posts():
        if low.startswith(post) and _MEETS_WHOM.match(rest, len(post)):
            return Org(rest[: len(post)], None)
    return None


def _in_full(head: Org, context: str) -> Org | None:
    """The longest name in `context` that begins with a bare head ("Ban chỉ đạo" →
    "Ban chỉ đạo đổi mới và phát triển doanh nghiệp"), or None."""
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(head.name) + r"(?!\w)", context, re.IGNORECASE):
        rest = _ABBREVIATION.sub("", context[m.start():])
        org = _body_at(rest)
        # a post's body named in full goes on to the post holder's verb, its field included
        # ("Chủ tịch Ủy ban Quốc gia về biến đổi khí hậu chủ trì …")
        stop = min([k.start() for k in (re.search(r"[,;:(]", rest), _SUBJECT_STOP.search(rest), _HELD_VERB.search(rest),
                                         _DESC_END.search(rest, len(head.name))) if k] + [len(rest)])
        whole = _clean(rest[:stop])
        field = whole[len(org.name):].lstrip() if org is not None and whole.startswith(org.name) else ""
        if org is not None and ((field.startswith("về ") or not field) or org.name.startswith(whole)) \
                and len(head.name) < len(whole) and len(whole.split()) <= 16:
            org = Org(whole, org.kind)
        if org is not None and opens_with_country(org.name[len(head.name):]):
            continue  # "Quốc hội Cuba" is Cuba's: a bare "Quốc hội" in the article is another body
        if org is not None and len(org.name) > len(head.name) and org.name.lower() not in generic_heads() \
                and (best is None or len(org.name) > len(best.name)):
            best = org
    return best



_GROUP_END = re.compile(r"\s(?:trong|thuộc|nhằm|để|với|ở|tại)(?!\w)")


_SECTOR = re.compile(r"(?:toàn\s+)?[Nn]gành\s+(?=\w)")
# what a sector's own conference is about: its year's work ("tổng kết công tác năm 2016, triển
# khai nhiệm vụ năm 2017 của ngành X"), not the projects or cases of a sector it handles
_SECTOR_WORK = re.compile(r"^[^;:]{0,40}?(?:tổng kết|sơ kết|triển khai|công tác|nhiệm vụ)(?:(?!dự án|vụ việc)[^;:]){0,110}$",
                          re.IGNORECASE)


def _sector_owner(desc: str, noun_len: int) -> Org | None:
    """The sector whose review a meeting is ("Hội nghị tổng kết công tác năm 2016 của ngành Thanh
    tra"), named after "của" in its description."""
    for m in re.finditer(r"(?<!\w)(?:của|do)\s+(?=(?:toàn\s+)?[Nn]gành\s)", desc[: noun_len + 200]):
        if m.start() >= noun_len and _SECTOR_WORK.match(desc[noun_len: m.start()].strip()):
            return _sector_at(desc[m.end():])
    return None


def _sector_at(text: str) -> Org | None:
    """A branch of the state named at the start of a text ("ngành Thanh tra tỉnh X", "ngành giáo
    dục"; sectors in meeting_bodies.tsv, or a capitalized field): the body that holds its own
    review conference, not the office of a guest who chairs it."""
    m = _SECTOR.match(text)
    if m is None:
        return None
    after = text[m.end():]
    low = after.lower()
    field = next((w for w in sectors() if low.startswith(w) and not low[len(w): len(w) + 1].isalnum()), None)
    if field is None:
        if not after[:1].isupper() or after[:1].isdigit():
            return None
        field = after.split()[0].rstrip(",.;:")
    end = m.end() + len(field)
    place = _LEVEL_TAIL.match(text, end)  # "ngành Thanh tra tỉnh X", "ngành giáo dục huyện"
    if place:
        end = place.end()
    return Org(_clean(text[:end]), None)


_LEVEL_TAIL = re.compile(r"\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)(?:\s+(?-i:[A-ZĐ][\w.]*)){0,3}"
                         r"|\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?=[\s,.;]|$)")


def _group_at(text: str) -> Org | None:
    """A group named by its own words at the start of a text, its field included ("Nhóm công
    tác về y tế (HWG)", "Tiểu ban về tiêu chuẩn"): a meeting of it is its own."""
    head = next((g for g in meeting_groups() if text.startswith(g) and not text[len(g): len(g) + 1].isalnum()), None)
    if head is None:
        return None
    rest = _unpaired(text[len(head):])
    about = re.match(r"\s+về\s+", rest)
    tail = rest[about.end():] if about else rest
    ends = [m.start() for m in (_NAME_END.search(tail), _SUBJECT_STOP.search(tail), _DESC_END.search(tail),
                                _HELD_VERB.search(tail), _MEETS.search(tail), _GROUP_END.search(tail)) if m]
    tail = _clean(tail[: min(ends)] if ends else tail)
    if len(tail.split()) > 12:
        return None
    name = _clean(head + (rest[: about.end()] if about else " ") + tail) if tail else head
    if len(name.split()) < 3:
        return None  # "Tổ công tác": which one, the text does not say
    abbr = _ABBR_AFTER.match(text, len(name))
    return Org(text[: abbr.end()] if abbr else name.replace(_PAIRED, ","), None)


_SPEAKS = re.compile(r"(?<!\w)(?:bày tỏ|cho biết|cho rằng|khẳng định|nhấn mạnh|yêu cầu|đề nghị|phát biểu|chia sẻ|nói|"
                     r"thông tin|lưu ý|đánh giá)(?!\w)")


def _body_at(text: str) -> Org | None:
    """A body's name at the start of a text, to where the name ends."""
    if _dateline_end(text):
        return None  # "JAKARTA - Ngân hàng …": a wire dateline, not a body's name
    if _NOUN.match(text):
        return None  # "… thành công của Hội nghị X": a meeting, not a body
    named = _host_at(text) or _group_at(text)
    if named is not None:
        return named
    if not text[:1].isupper():
        # typed in lower case, a head still opens a body (_lower_head): "Hội nghị
        # thành lập công đoàn cơ sở Công ty X", "Đại hội đại biểu hội Xuất bản Việt Nam"
        end = _NAME_END.search(text)
        span = _clean(text[: end.start()]) if end else ""
        members = _members_body(span, placed=True) if span else None
        if members is not None:
            return members  # "phụ nữ tỉnh X" → "Hội Liên hiệp Phụ nữ tỉnh X"
        head = _lower_head(tokenize(text[:60]))
        if head is None:
            return None
        named = any(t.is_cap for t in tokenize(span)[head[0]:])  # a proper name after the head
        return Org(span, head[1]) if span and named and len(span.split()) <= 12 else None
    end = _NAME_END.search(text)
    span = _clean(text[: end.start()]) if end else ""
    if span.count("“") > span.count("”"):
        span += "”"  # a name in quotes whose comma stands inside them: "Ủy ban “X-Y,” …"
    members = _members_body(span)
    if members is not None:
        return members  # "Phụ nữ tỉnh X" → "Hội Liên hiệp Phụ nữ tỉnh X"
    toks = tokenize(text)
    found = org_at(text, toks, 0, require_head=True) if toks else None
    if found is None:
        # a head the body list lacks, with a known body right after it ("Ủy ban Thường vụ Quốc hội")
        toks = tokenize(span) if span and len(span.split()) <= 10 else []
        head = next((body_index().match(toks, k) for k in (1, 2) if k < len(toks) and toks[k].is_cap
                     and body_index().match(toks, k)), None)
        return Org(span, head[1]) if head and toks[0].is_cap else None
    org = found[1]
    extra = span[len(org.name):] if span.startswith(org.name) else ""
    if span and len(span) > len(org.name) and span.startswith(org.name) and len(span.split()) <= 14 \
            and not _SPEAKS.search(extra):  # "HĐND TPHCM bày tỏ lo lắng": the name ends before its speaker's verb
        return Org(span, org.kind)  # the name as far as it goes ("Hội Hữu nghị Việt Nam - Lào tỉnh X")
    if span and len(span) < len(org.name) and org.name.startswith(span) and not org.name[len(span)].isalnum() \
            and not _NAME_GOES_ON.match(org.name, len(span)) and body_index().match(tokenize(span), 0):
        return Org(span, org.kind)  # no further than the name goes ("Ủy ban X diễn ra …", "Hội Y bàn về …")
    field = _field_end(text, org) if span == org.name else 0
    return Org(text[:field], org.kind) if field else org


# what may go on a body's name past where a meeting's name would end it: its field ("Ủy ban
# liên Chính phủ về hợp tác …"), its term ("Quốc hội khóa XIV"), a parenthesis
_NAME_GOES_ON = re.compile(r"\s*(?:\(|(?:về|khóa|nhiệm kỳ|lần|năm|tháng|quý|toàn quốc)(?!\w))", re.IGNORECASE)


# the field of a body named after what it is for, between parties: "Ủy ban Hỗn hợp về thực
# thi Hiệp định X giữa Việt Nam và Y"; a field that names no parties is the meeting's subject
_FIELD = re.compile(r"\s+về\s+(?=\w)")
_BETWEEN = re.compile(r"(?<!\w)giữa\s+[^\W\d_]*[A-ZĐ]\S*(?:\s+\S+)*?\s+(?:và|với)\s+[^\W\d_]*[A-ZĐ]")


def _field_end(text: str, org: Org) -> int:
    """End of a body's name that goes on with its field ("… về thực thi Hiệp định … giữa
    Việt Nam và EAEU"), to where the name ends; 0 if what follows is no such field.
    A Party committee is a whole name ("Tỉnh ủy về công tác cán bộ" is the meeting's subject)."""
    about = _FIELD.match(text, len(org.name))
    if about is not None and org.kind in steering_kinds():
        return _steering_field_end(text, about.end())
    if about is None or org.kind not in ("StateBody", None) or text[about.end()].isupper():
        return 0  # a ministry, a department, a Party committee is named whole without its field
    if org.name.split()[-1].lower() in _level_words():
        return 0  # "UBND tỉnh về …": a local body is named whole
    rest = re.sub(r"\s+về(?=\s)", " ve", text[about.end():])  # "về" no longer ends the name here
    end = _NAME_END.search(rest)
    tail = _clean(rest[: end.start()] if end else rest)
    if not _BETWEEN.search(tail) or " của " in f" {tail} " or len(tail.split()) > 20:
        return 0
    return about.end() + len(tail)


def _steering_field_end(text: str, start: int) -> int:
    """End of a steering committee's name that goes on with what it steers, from `start`
    after its "về" ("Ban Chỉ đạo tỉnh về xây dựng nông thôn mới", "… về phòng, chống tham
    nhũng"): the field is part of its name (GOLD_FORMAT: the body as written); 0 if none."""
    rest = _unpaired(text[start:])
    ends = [m.start() for m in (_NAME_END.search(rest), _SUBJECT_STOP.search(rest), _HELD_VERB.search(rest),
                                _MEETS.search(rest), _DESC_END.search(rest)) if m]
    tail = _clean(rest[: min(ends)] if ends else rest)
    if not tail or len(tail.split()) > 14 or not tail[:1].isalpha():
        return 0
    return start + len(tail)


# "Hội nghị Trung ương 5", "hội nghị Trung ương lần thứ năm": a plenum of the Party's Central
# Committee, the body that holds it, named by the readers (dev, study40b) as "Ban Chấp hành Trung ương"
_CENTRAL = re.compile(r"(?:Trung ương|TW|T\.Ư)(\s+Đảng)?(?:\s+(\d{1,2}))?")


def _central_plenum(kind: MeetingKind, org: Org) -> tuple[Org, int | None]:
    """The Central Committee for a "hội nghị Trung ương N" (its number N the session), else `org`."""
    m = _CENTRAL.fullmatch(org.name)
    if m is None or kind.vi.lower() != "hội nghị":
        return org, None
    return Org("Ban Chấp hành Trung ương" + (m.group(1) or ""), org.kind), int(m.group(2)) if m.group(2) else None


def _meeting(kind: MeetingKind, desc: str, noun_len: int, org: Org, iso: str, index: int,
             term: str | None = None) -> Meeting:
    own = _own_name(desc, noun_len)
    end = _DESC_END.search(own, noun_len)
    name = _clean(own[: end.start()] if end else own) or kind.vi
    org, plenum = _central_plenum(kind, org)
    meeting = Meeting(kind.kind, kind.vi, name, org, iso, index, term=term)
    meeting.session = plenum
    _describe(own, meeting)
    if meeting.session is None:
        meeting.session = _sitting_session(own, desc[len(own):])
    return meeting


def _choose(subject: Org | object | None, named: Org | None) -> Org | None:
    """The organizer: the subject if it is a body, else the body the meeting's name carries."""
    if isinstance(subject, Org):
        if _is_place(subject) and named is not None:
            return named
        return subject
    return named


# "dưới sự chủ trì của Thứ trưởng, Tổng Giám đốc X, Bảo hiểm xã hội Việt Nam đã tổ chức …"
_UNDER = re.compile(r"^(?:dưới sự (?:chủ trì|chỉ đạo) của)\s", re.IGNORECASE)


def _clause_start(rest: str) -> str:
    """The clause after a date without what only says where and under whom it was held:
    "tại thành phố X, tỉnh Y, …", "dưới sự chủ trì của ông X, Chủ tịch …, …", nor what
    happened first ("sau khi Quốc hội kết thúc phiên thảo luận, Ủy ban X đã họp …")."""
    first = re.match(r"sau khi\s[^,;]{5,100},\s*(?=\S)", rest, re.IGNORECASE)
    if first and _starts_body(rest[first.end():]):
        rest = rest[first.end():]
    m = _LOCATION.match(rest)
    if m:
        rest = rest[m.end():]
        while "," in rest[:60] and _whole_place(rest[: rest.index(",")]):
            rest = rest[rest.index(",") + 1:].lstrip()  # "tại thành phố Phủ Lý, tỉnh Hà Nam, …"
    if _UNDER.match(rest):
        # the chair's name and posts run to the comma after which a body's name stands
        for k in (m.start() for m in re.finditer(",", rest[:200])):
            if _starts_body(rest[k + 1:].lstrip()):
                return rest[k + 1:].lstrip()
    return rest


def _held(rest: str, iso: str, index: int) -> Meeting | None:
    """A meeting reported held by the clause that follows a date."""
    opening = rest
    rest = _sitting_stripped(_opening_stripped(_clause_start(rest)))
    return (_held_here(rest, iso, index) or _same_day(rest, iso, index) or _spoke_at(rest, iso, index)
            or _chaired_by_office(rest, iso, index) or _at_meeting_after_day(opening, iso, index)
            or _elected_committee(rest, iso, index) or _at_named_meeting(rest, iso, index)
            or _chaired_subject(opening, iso, index))


# after its chair, the meeting itself opens the clause ("…, cuộc họp với … đã bàn …"), and a word
# says it held ("đã", "vừa", "diễn ra")
_CHAIR_THEN_MEETING = re.compile(r",\s*(?=(?:" + _NOUNS + r")(?!\w))", re.IGNORECASE)
_CHAIRED_HELD = re.compile(r"(?<!\w)(?:đã|vừa|diễn ra)(?!\w)")
_CHAIR_MAX = 200  # characters of the chair's name and posts, as _clause_start reads them


def _chaired_subject(rest: str, iso: str, index: int) -> Meeting | None:
    """A meeting that is its clause's subject after its chair, set off by commas after the
    day ("Sáng 7-2, dưới sự chủ trì của ông A, Phó Chủ tịch UBND huyện X, cuộc họp với … đã
    bàn …"): held by the chair's office; not a press briefing, not one to come."""
    m = _LOCATION.match(rest)
    rest = rest[m.end():] if m else rest
    if not _UNDER.match(rest):
        return None
    turn = _CHAIR_THEN_MEETING.search(rest, 0, _CHAIR_MAX)
    office = _office_in(rest[: turn.start()]) if turn else None
    if office is None or office.kind is None:
        return None
    clause = re.split(r"[.;:]", rest[turn.end():], maxsplit=1)[0]
    noun = _NOUN.match(clause)
    held = _CHAIRED_HELD.search(clause)
    if noun is None or held is None or _FUTURE.search(clause[: held.start()]) or _NOT_MEETING.match(clause) \
            or _BRIEFING.search(clause[: held.start()]):
        return None  # "… phiên họp báo Chính phủ thường kỳ …": a press briefing, no meeting
    named = clause[: held.start()].rstrip(" ,")
    return _meeting(_kinds()[noun.group(1).lower()], named, noun.end(), office, iso, index)


@lru_cache(maxsize=None)
def _at_later() -> re.Pattern[str]:
    """"tại"/"trong" before a meeting, or before a sitting of one, inside a clause."""
    return re.compile(r"(?<!\w)(?:tại|trong)\s+(?:" + _SITTING + r")?(?=(?:kỳ họp|phiên họp|hội nghị|đại hội)(?!\w))",
                      re.IGNORECASE)

# what refers to a meeting rather than reports it: "được thông qua tại", "như đã nêu tại", "theo
# kết luận tại"; one who tells something on the day may tell of a meeting of another day
_REFERS = re.compile(r"(?<!\w)(?:thông qua|ban hành|nêu|đề ra|kết luận|cam kết|nghị quyết|như|theo|giao|(?<!giải )trình|"
                     r"cho biết|cho hay|thông tin|thông báo|ý kiến|chỉ đạo|văn bản|công văn|nói|khẳng định|chia sẻ|"
                     r"phỏng vấn|báo chí|trước|chuẩn bị|"
                     r"gặp|gặp mặt|hội đàm|bắt tay)(?!\w)", re.IGNORECASE)
# two who meet at a summit: the day is of their meeting ("gặp mặt tại Hội nghị G20", fresh27 gold)
_MET = re.compile(r"(?<!\w)(?:gặp|gặp mặt|hội đàm|bắt tay)(?!\w)", re.IGNORECASE)


def _at_named_meeting(rest: str, iso: str, index: int) -> Meeting | None:
    """A meeting of a body its name carries, at which the clause after a day says something was
    done ("Sáng 7/7, Giám đốc Sở X đã trả lời chất vấn, tại kỳ họp thứ 4, HĐND TP Y", "…, vấn
    đề Z là chủ đề nóng tại buổi thảo luận kỳ họp thứ 5 HĐND TP Y"): held that day; not one
    only referred to, prepared for or to come, nor one a speaker tells of."""
    clause = re.split(r"[;:]|\.\s", rest, maxsplit=1)[0]
    for at in _at_later().finditer(clause, 0, 220):
        before = clause[: at.start()]
        if _FUTURE.search(before) or _REFERS.search(before) or _RECALLED.search(before):
            return None
        end = _numbered_end(clause, at.end(), _intro_end(clause, at.end()))
        desc = clause[at.end(): end if end is not None else len(clause)]
        if end is not None and _NUMBERED_THEN_BODY.match(desc.strip()) and _starts_body(clause[end + 1:].lstrip()):
            desc = clause[at.end():].rstrip(" .")  # "tại kỳ họp thứ 4, HĐND TP Y.": the body closes the clause
        noun = _NOUN.match(desc)
        if (noun is None or ANY_DATE.search(desc) or _NOT_MEETING.match(desc) or _BRIEFING.search(desc)
                or _FUTURE.search(desc) or _RECALLED.search(desc)):
            continue
        org = _a_body_s_name(_name_org(desc, noun.end()))
        if org is None or _is_place(org) or (org.name in desc and _DOC_KINDS.search(desc[: desc.index(org.name)])):
            continue
        return _meeting(_kinds()[noun.group(1).lower()], desc, noun.end(), org, iso, index)
    return None


# a body electing its executive committee holds its congress that day: "Hội X đã bầu Ban Chấp
# hành khóa II, nhiệm kỳ 2017 – 2022" (only a congress elects one)
_ELECTS = re.compile(r"(?<!\w)(?:đã\s+|vừa\s+)?(?:tiến hành\s+)?bầu(?:\s+ra)?\s+(?:Ban [Cc]hấp hành|BCH)(?!\w)"
                     r"(?!\s+(?:Trung ương|TƯ|T\.Ư))")


def _elected_committee(rest: str, iso: str, index: int) -> Meeting | None:
    """The congress of the body that is the clause's subject and elects its executive committee."""
    m = _ELECTS.search(rest, 0, 200)
    if m is None or _FUTURE.search(rest[: m.start()]) or _NOUN.search(rest, 0, m.start()):
        return None  # "Đại hội đã bầu …", "Hội nghị … bầu …": the meeting is named, read as such
    subject = _subject(rest[: m.start()])
    if not isinstance(subject, Org) or _is_place(subject) or subject.name.lower().startswith(("ban chấp hành", "bch")):
        return None
    meeting = Meeting(_kinds()["đại hội"].kind, _kinds()["đại hội"].vi, "Đại hội", subject, iso, index)
    _describe(rest[m.end():], meeting)
    meeting.session = None  # "khóa II" is the committee's term, not the congress's number
    return meeting


# one who travels to attend: the day is his journey's, the meeting may be later
_TRAVEL = re.compile(r"(?<!\w)(?:đến|tới|sang|lên đường|rời|công du|trên đường|chuyến\s+(?:thăm|công tác|công du)|"
                     r"khuôn khổ|nhân dịp|bên lề)\s+(?!dự(?!\w))")


def _travels_to_attend(subject: str) -> bool:
    """Whether a clause before "(đồng) chủ trì" says its subject comes from abroad to attend
    and chair ("… tới Việt Nam tham dự và đồng chủ trì Kỳ họp X"): the day is of the trip,
    not the meeting (one who goes to a province to chair a conference chairs it that day)."""
    return _ABROAD.search(subject) is not None and re.search(r"(?<!\w)(?:tham\s+)?dự\s+và\s*(?:đồng\s*)?$",
                                                             subject) is not None


# a trip to another country: "tới Việt Nam", "sang Lào"
_ABROAD = re.compile(r"(?<!\w)(?:đến|tới|sang)\s+(?:thăm\s+)?(?:" + "|".join(
    re.escape(c) for c in sorted((*countries(), "Việt Nam"), key=len, reverse=True)) + r")(?!\w)")


_DECIDED = re.compile(r"(?<!\w)(?:đã|vừa)\s+(?:chính thức\s+)?(?:quyết định|thông qua|nhất trí|biểu quyết)(?!\w)")


# what a meeting does in session, as its name's own predicate ("Ngày 20-9-1975, Hội nghị lần thứ
# 24 của Ban Chấp hành Trung ương ra nghị quyết về …", "Hội nghị … khóa XIX thảo luận về …")
_IN_SESSION = re.compile(r"(?<!\w)(?:(?:đã|vừa|tiếp tục|tiến hành)\s+)?(?:ra\s+nghị quyết|thảo luận|cho ý kiến|"
                         r"xem xét|nghe\s+(?:báo cáo|tờ trình)|bàn\s+(?:về|và|các|biện pháp|giải pháp))(?!\w)")


def _deliberating(rest: str, start: int) -> re.Match[str] | None:
    """The in-session verb of the meeting named at the clause's start, with nothing but its
    name between (no comma: "Hội nghị X, các đại biểu thảo luận" is read by other rules)."""
    m = _IN_SESSION.search(rest, start, start + 160)
    return m if m and not re.search(r"[,;:()]", rest[start: m.start()]) else None


def _held_here(rest: str, iso: str, index: int) -> Meeting | None:
    noun = _NOUN.match(rest)
    if noun:
        # "Sáng 28/3, Hội nghị BCH Đảng bộ tỉnh lần thứ 5 đã khai mạc"
        # "Ngày 7/5, Hội nghị lần thứ năm BCH TW đã quyết định …": what it decided, it decided in session
        after = _HELD_AFTER.search(rest, noun.end()) or _DECIDED.search(rest, noun.end(), noun.end() + 160) \
            or _deliberating(rest, noun.end())
        nth = _NTH_DAY.search(rest, noun.end()) if after is None else None
        if nth is not None and not _NOT_MEETING.match(rest):
            return _on_day_n(rest, noun, nth, iso, index)
        if after is None or _NOT_MEETING.match(rest) or _FUTURE.search(rest[: after.start()][-20:]):
            return None
        org = _name_org(rest, noun.end(), rest)
        if org is None:
            return None
        meeting = _meeting(_kinds()[noun.group(1).lower()], rest, noun.end(), org, iso, index)
        meeting.closing = after.group(0).lower() == "bế mạc" or after.group(0).lower().startswith("hoàn thành")
        return meeting
    attend = next((a for a in _ATTENDS.finditer(rest) if _NOUN.match(_sitting_stripped(rest, a.end()), a.end())), None)
    verb = _HELD_VERB.search(rest)
    if attend and (verb is None or attend.start() < verb.start()):
        # "Sáng 8/1, đồng chí X, Bí thư Tỉnh ủy dự và chỉ đạo Hội nghị … của Huyện ủy Y": the
        # meeting is held; those who attend it do not hold it, its name tells who does
        if attend.start() > 150 or re.search(r"(?<!\w)(?:được|bị)\s", rest[: attend.start()]):
            return None  # "bức ảnh … được đăng tải bởi một thành viên phái đoàn dự Hội nghị X": not who attends
        obj = _sitting_stripped(rest[attend.end():])  # "dự phiên bế mạc Hội nghị X"
        m = _NOUN.match(obj)
        if m is None or _FUTURE.search(rest[: attend.start()]) or _NOT_MEETING.match(obj) \
                or _TRAVEL.search(rest[: attend.start()]):
            return None  # "Thủ tướng X đến Đức tham dự Hội nghị …": the day he travels
        org = _name_org(obj, m.end(), rest)
        return _meeting(_kinds()[m.group(1).lower()], obj, m.end(), org, iso, index) if org else None
    meets = _MEETS.search(rest)
    review = _REVIEWS.search(rest, 0, 200)
    if review and all(v is None or review.start() < v.start() for v in (verb, meets)):
        found = _reviewed(rest, review, iso, index)
        if found is not None:
            return found
    if verb and (meets is None or verb.start() <= meets.start()):
        subj, obj = rest[: verb.start()], rest[verb.end():]
        if _FUTURE.search(subj) or len(subj) > 160:
            return None
        if _travels_to_attend(subj):
            return None  # "Thủ tướng Lào … tới Việt Nam tham dự và đồng chủ trì Kỳ họp X": the day he travels
        lead = _OBJ_LEAD.match(obj)
        obj = obj[lead.end():]
        # "tại Manila, Philippines đã diễn ra Hội nghị …": what comes before "diễn ra" is
        # where it took place, never who held it
        subject = None if verb.group(1) == "diễn ra" else _subject(subj)
        if _NOT_MEETING.match(obj):
            return None
        m = _NOUN.match(obj)
        if m:
            org = _choose(subject, _name_org(obj, m.end(), rest))
            if org is None:
                return None
            meeting = _meeting(_kinds()[m.group(1).lower()], obj, m.end(), org, iso, index, _term_of(subj))
            meeting.closing = verb.group(1) in ("bế mạc", "kết thúc")
            return meeting
        hop = re.match(r"họp\b", obj, re.IGNORECASE)
        org = _choose(subject, _name_org(obj, hop.end(), rest)) if hop else None
        if org is not None:
            # "UBND tỉnh tổ chức họp …", "X chủ trì cuộc họp của Ban Bí thư"
            meeting = Meeting(_session_kind().kind, _session_kind().vi, "họp", org, iso, index)
            _describe(_own_name(obj, 0), meeting)
            return meeting
        return None
    if meets:
        subject = _subject(rest[: meets.start()])
        if not isinstance(subject, Org):
            # "các bộ trưởng tài chính G7 đã nhóm họp", "các nhà lãnh đạo NATO đã họp": who meet for a body
            subject = _members_meeting(rest[: meets.start()])
        if isinstance(subject, Org) and not _is_place(subject) and not _FUTURE.search(rest[: meets.start()]):
            # "Chiều 16/10, Ban Thường vụ Tỉnh ủy họp …", "UBKT Trung ương đã họp Kỳ thứ 27"
            meeting = Meeting(_session_kind().kind, _session_kind().vi, "họp", subject, iso, index,
                              term=_term_of(rest[: meets.start()]))
            after = rest[meets.end():].lstrip()
            named = _NOUN.match(after)  # "BCH Đảng bộ tỉnh họp Hội nghị lần thứ 20": its own name
            own = _own_name(after, named.end() if named else 0)
            _describe(own, meeting)
            meeting.session = meeting.session or _sitting_session(own, after[len(own):])
            return meeting
    return _in_session(rest, iso, index)


# a sitting with its day opening a sentence, its session named after: "Trong phiên chất vấn ngày
# 6/7, tại kỳ họp thứ 5 HĐND TP X khóa IX, …" (the clause goes on from the session)
_SITTING_LEAD = re.compile(r"^(?:Tại|Trong)\s+(?:phiên|buổi)\s+(?:họp\s+)?(?:chất vấn|thảo luận|giải trình|toàn thể|khai mạc|bế mạc)"
                           r"[^,.;:]{0,40}?\s(?P<day>(?:ngày|sáng|chiều|tối)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)"
                           r"\s*,\s*(?=(?:tại|trong|của)\s)")


# a sitting of a meeting, named before the meeting: "phiên khai mạc kỳ họp thứ 3", "phiên thảo luận
# kỳ họp thứ 5", "buổi làm việc đầu tiên của kỳ họp thứ năm" (a sitting of it is the meeting held
# that day; a "buổi làm việc" with no meeting after it is a working session, no meeting)
_SITTING = (r"lễ\s+(?:khai mạc|bế mạc)\s+(?=(?:kỳ họp|hội nghị|đại hội)(?!\w))|"
            r"(?:phiên|buổi)\s+(?:họp\s+)?(?:khai mạc|bế mạc|trù bị|toàn thể|thảo luận(?:\s+(?:ở\s+|tại\s+)?(?:tổ|hội trường))?|"
            r"chất vấn(?:\s+và\s+trả lời chất vấn)?|giải trình|làm việc(?:\s+(?:đầu tiên|cuối cùng|thứ\s+\w+))?|"
            r"(?:họp\s+)?(?:sáng|chiều)(?:\s+nay)?|đầu tiên|cuối cùng)\s+(?:của\s+|tại\s+|trong\s+)?(?=(?:kỳ họp|hội nghị|đại hội)(?!\w))|"
            # a sitting named by no more than its word: "tại phiên kỳ họp thứ 13 HĐND TP X"
            r"phiên\s+(?=kỳ họp(?!\w))|"
            # "trong ngày làm việc thứ 3, kỳ họp thứ 5, HĐND TP X": a later day of it, the first the text gives
            r"ngày làm việc\s+(?:thứ\s+\w+|đầu tiên|cuối cùng)\s*,?\s+(?:của\s+)?(?=(?:kỳ họp|hội nghị|đại hội)(?!\w))")
_SITTING_AT = re.compile(_SITTING, re.IGNORECASE)


def _sitting_stripped(text: str, start: int = 0) -> str:
    """The text with the sitting named at `start` left out ("phiên thảo luận kỳ họp thứ 5 …" →
    "kỳ họp thứ 5 …"): the meeting the sitting is of is held."""
    m = _SITTING_AT.match(text, start)
    return text[:start] + text[m.end():] if m else text


# "Sáng 6/7, kỳ họp thứ 5 HĐND tỉnh bước vào ngày làm việc thứ ba": the meeting is held; as
# where only its closing day is given (dev NOTES, p29), the day the article gives dates it
_NTH_DAY = re.compile(r"(?<!\w)(?:bước (?:sang|vào)|tiếp tục)\s+ngày(?: làm việc)? (?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})|"
                      r"đầu tiên|cuối cùng)(?!\w)", re.IGNORECASE)
# "Chiều 10/5, sau 6 ngày làm việc, Hội nghị … đã bế mạc": what opens the clause before the meeting
_AFTER_DAYS = re.compile(r"^sau\s+(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+ngày(?: làm việc)?[^,.;]{0,40},\s*",
                         re.IGNORECASE)


# a meeting with the meetings held beside it: a series, whose later day is no meeting's own
_SERIES = re.compile(r"(?<!\w)và các (?:cuộc họp|hội nghị|sự kiện|hoạt động)(?: có)? liên quan(?!\w)", re.IGNORECASE)


def _on_day_n(rest: str, noun: re.Match[str], nth: re.Match[str], iso: str, index: int) -> Meeting | None:
    """A meeting that opens its clause and is in its n-th day on the clause's day."""
    if _FUTURE.search(rest[: nth.start()]) or (_SERIES.search(rest, 0, nth.start()) and "đầu tiên" not in nth.group(0)):
        return None  # "Hội nghị X và các cuộc họp liên quan tiếp tục ngày làm việc thứ năm": a series' later day
    org = _name_org(rest, noun.end(), rest)
    if org is None:
        return None
    return _meeting(_kinds()[noun.group(1).lower()], rest, noun.end(), org, iso, index)


# a body reviewing its work is a review meeting held (GOLD_FORMAT counts sơ kết and tổng
# kết): "Chiều 14/6, UBND quận X đã sơ kết 5 tháng công tác …", "Hội Nông dân huyện Y tổng
# kết công tác Hội năm 2020"
_REVIEWS = re.compile(r"(?<!\w)(?:(?:đã|vừa|cũng đã|cũng)\s+)?(sơ kết|tổng kết)(?!\w)")
_NOT_REVIEWING = re.compile(r"(?<!\w)(?:lễ|buổi|dự|báo cáo|kỳ|đợt|phiên|cuộc)\s*$", re.IGNORECASE)


def _reviewed(rest: str, review: re.Match[str], iso: str, index: int) -> Meeting | None:
    """A review meeting of the body that is the clause's subject before "sơ kết"/"tổng kết"."""
    subj = rest[: review.start()]
    if not _starts_body(subj.strip()) or len(subj) > 160 or _FUTURE.search(subj) or _NOT_REVIEWING.search(subj):
        return None  # "… dự lễ tổng kết năm học", "Sở X báo cáo sơ kết …": no body reviewing
    subject = _subject(subj)
    if not isinstance(subject, Org) or _is_place(subject):
        return None
    return _meeting(_kinds()[review.group(1)], rest[review.start(1):], len(review.group(1)), subject, iso, index,
                    _term_of(subj))


# "… thông báo về Hội nghị X lần thứ 2 diễn ra cùng ngày": a meeting on the clause's day
_SAME_DAY = re.compile(r"(?<!\w)(?:diễn ra|khai mạc|được tổ chức)\s+(?:trong\s+|vào\s+)?(?:cùng ngày|hôm nay|"
                       r"trong ngày)(?!\w)", re.IGNORECASE)


def _same_day(rest: str, iso: str, index: int) -> Meeting | None:
    """A meeting named inside the clause and said to be held the same day."""
    same = _SAME_DAY.search(rest)
    if same is None:
        return None
    nouns = [m for m in _NOUN.finditer(rest, 0, same.start()) if not _HALL.search(rest[: m.start()])]
    if not nouns or _FUTURE.search(rest[nouns[-1].start(): same.start()]):
        return None
    noun = nouns[-1]
    desc = rest[noun.start(): same.start()]
    org = _name_org(desc, noun.end() - noun.start())
    if org is None:
        return None
    return _meeting(_kinds()[noun.group(1).lower()], desc, noun.end() - noun.start(), org, iso, index)


def _in_session(rest: str, iso: str, index: int) -> Meeting | None:
    """A body that acts only in session, doing what it does there ("Ban Thường vụ Tỉnh ủy
    nghe và cho ý kiến …"), or a body before its congress with no verb ("Hội Nông dân
    huyện X Đại hội lần thứ IV")."""
    noun = _NOUN.search(rest)
    if noun and noun.group(1).lower() in ("đại hội", "đại hội đại biểu") and noun.start() > 0:
        after = rest[noun.end():]
        if re.match(r"\s+(?:đại biểu\s+)?lần thứ\s", after, re.IGNORECASE):
            subject = _subject(rest[: noun.start()])
            if isinstance(subject, Org) and subject.kind is not None:
                return _meeting(_kinds()[noun.group(1).lower()], rest[noun.start():], noun.end() - noun.start(),
                                subject, iso, index)
    # "các đại biểu Quốc hội làm việc tại hội trường": the assembly sits
    members = re.match(r"(?:các\s+)?đại biểu\s+(?=(?:Quốc hội|HĐND|Hội đồng nhân dân)(?!\w))", rest)
    rest = rest[members.end():] if members else rest
    low = rest.lower()
    for body in collegial_bodies():
        if not low.startswith(body.lower()):
            continue
        for m in re.finditer(r"\s+(?=\S)", rest):
            if m.start() < len(body) or m.start() > 90:
                continue
            if _DELIBERATES.match(rest[m.end():]) or _DECIDES.match(rest[m.end():]):
                named = _body_at(rest)
                between = rest[len(named.name): m.start()] if named and rest.startswith(named.name) else None
                if between is None or not re.fullmatch(r"\s*(?:\([^()]{1,12}\))?(?:\s*,?\s*(?:khóa|nhiệm kỳ)\s+[^,]{1,12}?)*\s*,?",
                                                       between):
                    return None  # "Quốc hội dành trọn ngày để thảo luận …": what the body does runs on
                subject = _subject(rest[: m.start()])
                if isinstance(subject, Org):
                    meeting = Meeting(_session_kind().kind, _session_kind().vi, "họp", subject, iso, index,
                                      term=_term_of(rest[: m.start()]))
                    return meeting
                return None
        return None
    return None


def _term_of(subject: str) -> str | None:
    m = _SUBJECT_TERM.search(subject)
    m = _TERM.search(m.group(0)) if m else None
    return m.group(1) if m else None


# "Cùng ngày, …", "Cũng trong ngày, …": a clause dated by the day the article last stated
_SAME_DAY_LEAD = re.compile(r"^\W{0,3}(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?=cùng))?"
                            r"(?:[Cc]ùng ngày|[Cc]ũng trong ngày|[Tt]rong cùng ngày)(?:\s+(?:hôm đó|này))?\s*,\s*")


# a heading glued to the sentence it heads, no stop between them: "Hội X kiến nghị ba việc  Cùng
# ngày, tại xã Y, Hội X tổ chức …" (a capitalized "Cùng ngày" after a word in lower case)
_GLUED_SAME_DAY = re.compile(r"^[^.,;:!?\d]{3,120}?[^\W\d_]\s+(?=(?:Cùng ngày|Cũng trong ngày|Trong cùng ngày)\s*,)")


def _same_day_start(text: str) -> int | None:
    """Where a clause opening with "Cùng ngày, …" starts in a sentence: 0, or after a heading
    glued before it (_GLUED_SAME_DAY); None if the sentence has no such clause."""
    if "ngày" not in text[:170]:
        return None  # nearly every sentence
    if _SAME_DAY_LEAD.match(text):
        return 0
    glued = _GLUED_SAME_DAY.match(text) if "ùng ngày" in text[:160] else None
    return glued.end() if glued and glued.group(0).rstrip()[-1].islower() else None


def _stated_day(sentence: Sentence, published: dt.date | None) -> DayMonth | bool:
    """The day a sentence's clause opens with ("Ngày 25-5, …", "…, chiều 25-5, …"); False if
    it states none; True for a day still to come ("Ngày 12/2 tới, X sẽ …")."""
    text = sentence.text
    lead = lead_date_span(text, published)
    if lead is None:
        clauses = clause_dates(text, published) if _DIGIT.search(text) else []
        lead = (clauses[0][0], clauses[0][2]) if clauses else None
    if lead is None:
        return False
    return True if _AHEAD.match(text[lead[1]:]) or _FUTURE.search(text[lead[1]:][:80]) else lead[0]


def day_before(sentences: list[Sentence], index: int, published: dt.date | None) -> DayMonth | None:
    """For a sentence opening with "Cùng ngày, …" (sentences[index]), the day the article
    stated last before it; None for any other sentence, or when the last day stated is
    still to come (its "cùng ngày" is no day past) or none is."""
    if index >= len(sentences) or _same_day_start(sentences[index].text) is None:
        return None  # nearly every sentence: no look back
    for k in range(index - 1, -1, -1):
        day = _stated_day(sentences[k], published)
        if day is not False:
            return None if day is True else day
    return None


# "today" written alone, not followed by the day: "… đã nhóm họp ngày hôm nay", "Chiều nay, X họp"
_TODAY = re.compile(r"(?<!\w)(ngày hôm nay|hôm nay|[Ss]áng nay|[Cc]hiều nay|[Tt]ối nay|[Tt]rưa nay|[Hh]ôm nay)"
                    r"(?!\s*,?\s*\(?\s*\d)(?!\w)")
# "today" with its day, which an article without a dateline writes once: "ngày hôm nay 13/5", "Sáng nay (6/2)"
_TODAY_IS = re.compile(r"(?<!\w)(?:[Hh]ôm nay|[Ss]áng nay|[Cc]hiều nay|[Tt]ối nay|[Tt]rưa nay)\s*,?\s*\(?\s*"
                       r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d/.-]*\d)")


# a dateline written in the body, then "today": "Ngày 09 tháng 5 năm 2017, Hà Nội, Việt Nam – Sáng nay, …"
_DATELINE_TODAY = re.compile(r"(?<!\w)[Nn]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})\s*,[^.;]{0,60}?"
                             r"[–-]\s*(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm) nay(?!\w)")


def article_today(text: str) -> DayMonth | None:
    """The day an article without a dateline calls "today" where it writes it ("Sáng nay
    (6/2), …", "ngày hôm nay 13/5"), when it calls one day so; else None."""
    days = {(int(m.group(1)), int(m.group(2))) for m in _TODAY_IS.finditer(text)}
    years = set()
    for m in _DATELINE_TODAY.finditer(text):
        days.add((int(m.group(1)), int(m.group(2))))
        years.add(int(m.group(3)))
    if len(days) != 1:
        return None
    day, month = days.pop()
    year = years.pop() if len(years) == 1 else None
    return DayMonth(day, month, year) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _with_today(sentence: Sentence, today: DayMonth) -> Sentence:
    """The sentence with "today" written alone given the day the article calls today."""
    def day(m: re.Match[str]) -> str:
        first = m.group(1).split()[0]  # "Sáng nay" → "Sáng 6/2"; "(ngày) hôm nay" → "ngày 6/2"
        if first.lower() in ("ngày", "hôm"):
            first = "Ngày" if first[0].isupper() else "ngày"
        return f"{first} {today.day}/{today.month}" + (f"/{today.year}" if today.year else "")
    text = _TODAY.sub(day, sentence.text)
    return sentence if text == sentence.text else Sentence(sentence.index, text, sentence.start, sentence.end)


def extract_meetings(sentence: Sentence, year: int | None, published: dt.date | None,
                     same_day: DayMonth | None = None, today: DayMonth | None = None) -> list[Meeting]:
    """The meetings a sentence reports as held: one a clause, its clauses split at ";"
    ("Ngày 12/3, Huyện đoàn X tổ chức Đại hội …; ngày 13/3, Hội Nông dân huyện tổ chức …").

    `year` is the year of the article's own date (its dateline or address), not a year
    its text mentions; without it a date without its year stays "--MM-DD". `same_day` is
    the day the article stated last before this sentence (`day_before`), which a sentence
    opening with "Cùng ngày, …" reports on. `today` is the day an article without a
    dateline calls today (`article_today`), which "hôm nay"/"sáng nay" alone then mean.
    """
    if today is not None and published is None and "nay" in sentence.text:
        sentence = _with_today(sentence, today)
    found = _clause_meetings(sentence, year, published, same_day)
    if found:
        found += _coordinated(sentence.text, found)
    if not found or ";" not in sentence.text:
        return found
    # a later clause is read alone, a "cùng ngày" in it being the day of the clause before
    _, *clauses = sentence.text.split(";")
    for clause in clauses:
        clause = clause.strip()
        day = _iso_day(found[-1].date)
        part = _clause_meetings(Sentence(sentence.index, clause, 0, len(clause)), year, published, day)
        found += [m for m in part if not any(same_meeting(m, o) for o in found)]
    return found


# a second meeting joined to the one found: "… đã diễn ra Hội nghị SOM X và Hội nghị SOM Y."
_AND_NOUN = re.compile(r"\s*(?:,\s*)?(?:và|cùng)\s+(?:các\s+)?(?=(?:" + _NOUNS + r")(?!\w))", re.IGNORECASE)


def _coordinated(text: str, found: list[Meeting]) -> list[Meeting]:
    """The meeting named right after the one found and joined to it by "và", held the same day
    by the body its own name carries ("Hội nghị SOM ASEAN+3 và Hội nghị SOM EAS"), if any."""
    if len(found) != 1 or found[0].name not in text:
        return []
    first = found[0]
    at = text.index(first.name) + len(first.name)
    joined = _AND_NOUN.match(text, at)
    if joined is None:
        return []
    rest = text[joined.end():]
    noun = _NOUN.match(rest)
    if _NOT_MEETING.match(rest) or re.match(r"[^,;.]{0,60}liên quan(?!\w)", rest[noun.end():]):
        return []  # "Hội nghị X và các hội nghị liên quan": a series, no meeting of its own
    org = _name_org(rest, noun.end())
    if org is None or _is_place(org) or same_meeting(Meeting(first.kind, first.kind_vi, "", org, first.date, 0), first):
        return []
    return [_meeting(_kinds()[noun.group(1).lower()], rest, noun.end(), org, first.date, first.sentence)]


def _iso_day(iso: str | None) -> DayMonth | None:
    """The day of an ISO or "--MM-DD" date."""
    m = re.fullmatch(r"(\d{4}|-)-(\d{2})-(\d{2})", iso or "")
    return DayMonth(int(m.group(3)), int(m.group(2)), int(m.group(1)) if m.group(1) != "-" else None) if m else None


_CREDIT = re.compile(r"^\(?Ảnh(?:\s+minh họa)?\s*:[^.:;]{1,80}?\)?\s+(?=(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm)\s+"
                     r"(?:nay\s+|qua\s+|hôm\s+|ngày\s+)?\(?\d{1,2}\s*[/.-]\s*\d{1,2}"
                     # "Ảnh minh họa: AFP/TTXVN Trong cuộc họp tại Vienna ngày 25/5, OPEC đã quyết định …"
                     r"|(?:Tại|Trong)\s+(?i:" + _NOUNS + r")(?!\w))")


def _clause_meetings(sentence: Sentence, year: int | None, published: dt.date | None,
                     same_day: DayMonth | None = None) -> list[Meeting]:
    """The meeting a sentence (or a clause of one) reports as held (at most one)."""
    credit = _CREDIT.match(sentence.text)
    if credit:  # "Ảnh: X – TTXVN Ngày 16/6, Quốc hội họp …": a caption's credit glued to the clause
        sentence = Sentence(sentence.index, sentence.text[credit.end():], sentence.start + credit.end(), sentence.end)
    quote = re.match(r"[“\"]\s*", sentence.text)
    if quote:  # "“Chính phủ mới họp hôm qua, ngày 3/6, …": a quoted report reads as one
        sentence = Sentence(sentence.index, sentence.text[quote.end():], sentence.start + quote.end(), sentence.end)
    glued = _same_day_start(sentence.text) if same_day is not None else None
    if glued:  # a heading glued before "Cùng ngày, …": the clause starts after it
        sentence = Sentence(sentence.index, sentence.text[glued:], sentence.start + glued, sentence.end)
    text = sentence.text
    same = _SAME_DAY_LEAD.match(text) if same_day is not None else None
    if (published is None and same is None and _DIGIT.search(text) is None) or _cues().search(text.lower()) is None:
        return []  # most sentences name no meeting, or no day but one relative to the dateline
    if _agenda(text):
        return []  # a calendar of events to come, not meetings held
    anchors: list[tuple[DayMonth, int, int]] = []
    if same is not None:
        anchors.append((same_day, 0, same.end()))
    lead = lead_date_span(text, published)
    if lead is not None:
        anchors.append((lead[0], 0, lead[1]))
    anchors += clause_dates(text, published)
    sitting = _SITTING_LEAD.match(text) if not anchors else None
    if sitting is not None:
        # "Trong phiên chất vấn ngày 6/7, tại kỳ họp thứ 5 HĐND TP X, …": the sitting's day dates the session
        day = first_date(sitting.group("day"))
        anchors += [(day, 0, sitting.end())] if day else []
    program = _PROGRAM.search(text)
    for date, start, end in anchors:
        intro = text[:start].rstrip(" ,").rsplit(",", 1)[-1]
        if text[:start].rstrip().endswith(",") and len(intro) <= 60 and _PLANNED.search(intro) \
                and not _DONE_AS_PLANNED.match(text[end:]) and not _TODAY_WORD.search(text[start:end]):
            # "Theo chương trình dự kiến, từ ngày 11-12/7, …": a day planned, not one past (but
            # "Theo chương trình, chiều 19/6, HĐND tỉnh đã bế mạc …", "…, sáng nay (20/6), …" report it)
            continue
        if year is None and date.year is None:
            date = DayMonth(date.day, date.month, year_of_meeting(text, date.month))
        found = _program(text, program.end(), date, year, published, sentence.index) if program else None
        # "tiếp tục" may go on with anything else than a meeting in progress: the clause is read as usual
        if found is None and (program is None or "tiếp tục" in program.group(0).lower()):
            rest = re.sub(r"^[\s)]*(?:vừa qua|vừa rồi|mới đây)?\s*(?:,|:|–|-)?\s*", "", text[end:])
            after_days = _AFTER_DAYS.match(rest)
            found = _held(rest[after_days.end():] if after_days else rest, resolve(date, year, published), sentence.index)
        if found is not None:
            return [found]
    # a meeting named first and dated in a later clause ("…, từ ngày 14 đến 16/7")
    return (_named_then_dated(sentence, year, published) or _named_after_lead_in(sentence, year, published)
            or _dated_last(text, year, published, sentence.index)
            or _at_meeting(text, year, published, sentence.index)
            or _at_meeting_inside(text, year, published, sentence.index)
            or _dated_after(text, year, published, sentence.index)
            or _held_on_day(text, year, published, sentence.index)
            or _day_at_meeting(text, year, published, sentence.index)
            or _attended_then_dated(text, year, published, sentence.index)
            or _captioned(text, year, published, sentence.index))


# "Tại phiên họp chiều 15/5, Ủy ban Thường vụ Quốc hội đã …", "Trong cuộc họp UBND tỉnh
# ngày 6/2, …": the clause reports from a meeting its opening names and dates
# what only a body in session does: "Quốc hội đã chính thức thông qua …", "HĐND tỉnh đã bầu …"
_DECIDES = re.compile(r"^(?:đã\s+)?(?:chính thức\s+)?(?:thông qua|bầu)(?!\w)")
# at a meeting the text names, what a body decides it decides there ("Tại phiên họp riêng chiều 17/5,
# Ủy ban Thường vụ Quốc hội đã quyết định …"); alone, a decision may be taken on paper
_DECIDES_AT = re.compile(r"^(?:đã\s+)?(?:chính thức\s+)?(?:thông qua|bầu|quyết định|thống nhất|nhất trí|đồng thuận)(?!\w)")
# a spokesperson speaks at a press briefing, whatever the text calls it ("cuộc họp thường kỳ")
_SPOKESPERSON = re.compile(r"(?<!\w)(?:[Nn]gười\s+)?phát ngôn(?!\w)")
_AT_MEETING = re.compile(r"^(?:Cũng\s+|Còn\s+)?(?:Tại|Trong|tại|trong)\s+(?=(?:" + _NOUNS + r")(?!\w))", re.IGNORECASE)
# the chair's part, opening the clause: "Kết luận cuộc họp sáng 6/2, Chủ tịch UBND tỉnh X yêu cầu …",
# "Chủ trì hội nghị …, Phó Chủ tịch UBND tỉnh X đề nghị …" (one who gives a speech to open or close
# it may be a guest of honour: "Phát biểu kết luận hội nghị, Chủ tịch UBND tỉnh X đánh giá cao …")
_CHAIR_LEAD = re.compile(r"^(?:kết luận|chủ trì)\s+(?:tại\s+)?(?=(?:" + _NOUNS + r")(?!\w))", re.IGNORECASE)


# how a body decided, before it: "với đa số ý kiến tán thành, …", "với 100% đại biểu biểu quyết tán thành, …"
_VOTE_LEAD = re.compile(r"(?:(?:với|bằng)\s+[^,;:]{0,60}?(?:tán thành|nhất trí|đồng ý)[^,;:]{0,20},\s*)?")


def _day_of_this_year(date: DayMonth | None, year: int | None, text: str) -> DayMonth | None:
    """A meeting's day with its year where the text tells it; None for a day written with
    another year than the article's (a meeting of another year is only recalled)."""
    if date is None or (date.year is not None and year is not None and date.year != year):
        return None
    if year is None and date.year is None:
        return DayMonth(date.day, date.month, year_of_meeting(text, date.month))
    return date


def _a_body_s_name(org: Org | None) -> Org | None:
    """The organizer read from a meeting's name, if it is a body's: "thường trực Chính phủ
    đầu tiên bàn" (lower case) and "Thủ tướng Chính phủ đối thoại" (a post) are not."""
    if org is not None and (_ministers_name(org) or _SECTOR.match(org.name)
                            or (org.kind is None and org.name.lower() in standalone_posts())):
        # "Bộ trưởng Môi trường G7" meet; "ngành Thanh tra TP" reviews its work; "Hội nghị
        # Thủ tướng với doanh nghiệp" is the post's (_post_meets)
        return org
    if org is not None and org.kind is not None and _post_with_its_body(org.name):
        return org  # "Hội nghị Thủ tướng Chính phủ với doanh nghiệp": the post's, its body written
    if org is None or not org.name[:1].isupper() or role_index().match(tokenize(org.name), 0):
        return None
    return org


def _post_with_its_body(name: str) -> bool:
    """Whether a name is a post that meets others as one (standalone_posts.txt) written
    with its body and nothing else: "Thủ tướng Chính phủ"."""
    low = name.lower()
    for post in _standalone_longest_first():
        if low.startswith(post + " "):
            body = _body_at(name[len(post) + 1:])
            return body is not None and body.name == name[len(post) + 1:]
    return False


@lru_cache(maxsize=None)
def _standalone_longest_first() -> tuple[str, ...]:
    """standalone_posts.txt's posts, longest first ("phó thủ tướng thường trực" before "phó thủ tướng")."""
    return tuple(sorted(standalone_posts(), key=len, reverse=True))


def _intro_end(text: str, start: int) -> int | None:
    """Where an opening phrase ends: its first comma outside parentheses, within 140 characters,
    that is not one of a list of units inside a meeting's name ("giao ban với các sở, ban, ngành")
    nor of posts before its day (listed_posts.txt); such a post comma ends it when no other does."""
    depth = 0
    posts_comma = None  # the first comma between two posts passed over, if no other ends the phrase
    for k in range(start, min(len(text), start + 140)):
        c = text[k]
        depth += (c == "(") - (c == ")")
        if c != "," or depth > 0 or _named_on(text, start, k):
            continue
        sides = _comma_sides(text, k)
        if sides is not None and sides[0] & listed_units() and sides[1] & listed_units():
            continue
        if sides is not None and sides[0] & listed_posts() and sides[1] & listed_posts() \
                and not ANY_DATE.search(text, start, k):
            # "giao ban chủ tịch, phó chủ tịch UBND TP với … sáng 6/2, …": posts the name lists,
            # before its day; after the day a post opens the clause ("… ngày 6/2 với Ban Giám
            # đốc, Chủ tịch UBND tỉnh X yêu cầu …")
            posts_comma = k if posts_comma is None else posts_comma
            continue
        return k
    return posts_comma


def _name_goes_on(text: str, k: int) -> bool:
    """Whether the comma at `k` stands inside what a meeting is about: between digits ("mức
    độ 3,4"), or before the next thing done there (meeting_name_words.txt: "Hội nghị sơ kết
    6 tháng, triển khai nhiệm vụ …", "cuộc họp triển khai xây dựng, cung cấp dịch vụ công …")."""
    if text[k - 1:k].isdigit() and text[k + 1:k + 2].isdigit():
        return True
    words = text[k + 1:k + 40].split()
    return any(tuple(words[:len(w)]) == w for w in meeting_name_words())


def _named_on(text: str, start: int, k: int) -> bool:
    """Whether the comma at `k` stands inside a meeting's name that goes on to its date: no
    date before it, a word in lower case after it that no clause opens with, and a date
    ahead ("Tại cuộc họp triển khai xây dựng, cung cấp dịch vụ công … ngày 8/2, …")."""
    if ANY_DATE.search(text, start, k):
        return False
    if not _name_goes_on(text, k):
        return False
    ahead = ANY_DATE.search(text, k, k + 120)
    return ahead is not None and not re.search(r"(?<!\d),|,(?!\d)", text[k + 1: ahead.start()])


def _numbered_end(text: str, start: int, end: int | None) -> int | None:
    """Where an opening phrase (from `start`) that names a sitting by its number ends, the body
    after its comma included ("Tại kỳ họp thứ 4, HĐND tỉnh X khóa XV, …"); else `end`."""
    if end is None or not _NUMBERED_THEN_BODY.match(text[start:end].strip()) or not _starts_body(text[end + 1:].lstrip()):
        return end
    nxt = _intro_end(text, end + 1)
    return nxt if nxt is not None else end


_LAST_WORDS = re.compile(r"(?:(\w+)\s+)?(\w+)(?:\s+(\w+))?\s*$")
_FIRST_WORDS = re.compile(r"\s*(\w+)(?:\s+(\w+))?(?:\s+(\w+))?")


def _comma_sides(text: str, k: int) -> tuple[set[str], set[str]] | None:
    """The last one to three words before the comma at `k` and the first one to three after
    it, lower case, each as every phrase that ends (or begins) at the comma; None at an edge."""
    before, after = _LAST_WORDS.search(text[max(0, k - 30): k]), _FIRST_WORDS.match(text, k + 1)
    if before is None or after is None:
        return None
    # (as typed: "các Sở, ngành"; up to three words a side: "chủ tịch, phó chủ tịch")
    words = [w.lower() for w in before.groups() if w]
    last = {" ".join(words[-n:]) for n in range(1, len(words) + 1)}
    words = [w.lower() for w in after.groups() if w]
    return last, {" ".join(words[:n]) for n in range(1, len(words) + 1)}


# a lead-in before the meeting the clause reports from: "Trước đó, tại …", "Vì lý do X, nên tại …"
# (a short name in quotes may stand in it: "Liên quan vụ “một học sinh bị …” ở trường X, tại …")
_LEAD_THEN_AT = re.compile(r"^((?:[^;:“”\"]|“[^“”;:]{1,80}”|\"[^\";:]{1,80}\"){3,200}?),\s+(?:nên\s+|thì\s+)?(?=(?:tại|trong)\s+(?:" + _NOUNS + r")(?!\w))",
                           re.IGNORECASE)


# a review of a body's own work, in a meeting's name
_REVIEW_NAME = re.compile(r"(?<!\w)(?:tổng kết|sơ kết|rút kinh nghiệm)(?!\w)", re.IGNORECASE)


def _at_meeting(text: str, year: int | None, published: dt.date | None, index: int) -> list[Meeting]:
    """A meeting the sentence reports from, dated in its opening phrase: held by the body its
    name carries, else by the body the clause after it is about ("…, Ban Thường vụ Tỉnh ủy đã
    cho ý kiến …"); a person as that subject tells no organizer."""
    lead = _LEAD_THEN_AT.match(text)
    lead_day = None
    if lead is not None and not _PLANNED.search(lead.group(1)):
        text = text[lead.end():]  # "Trước đó, tại phiên họp ngày 20/4, HĐQT X đã thống nhất …"
        # "Ngày 7/2, theo Reuters, trong cuộc họp tại Brussels, X đã …": the lead's day is the meeting's
        # (only a day, or a day and the source: "Ngày 5/6, ông X cho biết, tại …" is the day he spoke)
        span = lead_date_span(lead.group(1)) if _DIGIT.search(lead.group(1)) else None
        said = lead.group(1)[span[1]:].strip(" ,") if span else None
        lead_day = span[0] if span and (not said or re.fullmatch(r"theo\s+[^,]{1,40}", said)) else None
    at = re.match(r"(?:Cũng\s+|Còn\s+)?(?:Tại|Trong|tại|trong)\s+", text)
    text = _sitting_stripped(text, at.end()) if at else text
    at = _AT_MEETING.match(text)
    chaired = at is None and lead is None and _CHAIR_LEAD.match(text) is not None
    if chaired:
        at = _CHAIR_LEAD.match(text)
    end = _numbered_end(text, at.end(), _intro_end(text, at.end())) if at else None
    if at is None or end is None:
        return []
    desc = text[at.end(): end]
    noun = _NOUN.match(desc)
    dated = ANY_DATE.search(desc)
    if noun is None or (dated is None and lead_day is None) or _NOT_MEETING.match(desc) or _FUTURE.search(desc):
        return []
    if dated is None:
        date = _day_of_this_year(lead_day, year, text)
        named = desc.rstrip(" (,")
    else:
        date = _day_of_this_year(first_date(desc[dated.start():]), year, text)
        if date is None or re.search(r"(?<!\w)(?:thông qua|ban hành|ký)\s+(?:vào\s+)?(?:ngày\s+)?$", desc[: dated.start()]):
            return []  # "Tại kỳ họp thứ 11, Quốc hội thông qua ngày 5/4/2016, Luật X": the law's day, cited
        named = desc[: dated.start()].rstrip(" (,")
    if date is None:
        return []
    # the name of a meeting the opening dates runs over its commas ("cuộc họp triển khai xây dựng,
    # cung cấp dịch vụ công … của Bộ X ngày 8/2, …"): its owner may stand after them
    whole = re.sub(r",(?=\s*\w)", lambda c: "" if _name_goes_on(named, c.start())
                   and re.search(r"(?<!\w)của\s", named[c.end():]) else ",", named)
    named_org = _name_org(whole, noun.end(), text)
    org = _a_body_s_name(named_org)
    of = re.match(r"[^,]*?\d\)?\s+(của|giữa)\s+", desc[dated.start():]) if dated else None
    if org is None and of:
        # "Tại kỳ họp bất thường ngày 11/6 của HĐND TP X", "tại cuộc họp giao ban sáng 6/2
        # giữa UBND TP X với các sở": the body it is of, or the first of the two it is between
        org = _a_body_s_name(_body_at(desc[dated.start() + of.end():]))
    rest = text[end + 1:].lstrip()
    if _PREVIEW.match(rest):
        return []
    rest = rest[_VOTE_LEAD.match(rest).end():]  # "…, với đa số ý kiến tán thành, Ủy ban X đã thông qua …"
    numbered = re.match(r"(?:kỳ họp|phiên họp)\s+(?:lần\s+)?thứ\s+(" + ORDINAL + r")\s*,\s*(?=\S)", rest, re.IGNORECASE)
    if numbered and _starts_body(rest[numbered.end():]):
        rest = rest[numbered.end():]  # "Trong phiên họp ngày 25/5, kỳ họp thứ 3, Quốc hội khóa XIV đã nghe …"
    else:
        numbered = None
    if org is None:
        # "…, Ủy ban Thường vụ Quốc hội đã cho ý kiến …": a body in session, doing what it does there
        verb = next((m for m in re.finditer(r"\s+(?=\S)", rest[:100]) if _DELIBERATES.match(rest[m.end():])
                     or _DECIDES_AT.match(rest[m.end():])), None)
        # (a body the head list lacks, named in full with its acronym: "Tổ chức Các nước X (OPEC)")
        subject = _subject(rest[: verb.start()]) if verb and (_starts_body(rest) or _named_with_acronym(rest)) else None
        org = subject if isinstance(subject, Org) and not _is_place(subject) else None
    if org is None and _REVIEW_NAME.search(named) and _starts_body(rest):
        # "Tại Hội nghị tổng kết Đề án X sáng 12/5, Bộ Y tế đã đưa ra …": a body reports at the
        # review of its own work (a person who speaks there may be a guest: _directing_office)
        stop = _SUBJECT_STOP.search(rest, 0, 120) or _SPEAKS.search(rest, 0, 120)
        subject = _subject(rest[: stop.start()]) if stop else None
        org = subject if isinstance(subject, Org) and not _is_place(subject) else None
    if org is None and chaired and named_org is None and not _BRIEFING.search(desc):
        org = _chair_office(rest)  # (a post the name carries is the owner: "Hội nghị của Thủ tướng …")
    if org is None and not _BRIEFING.search(desc):
        org = _directing_office(rest, named)  # "Tại cuộc họp giao ban sáng 6/2, Chủ tịch UBND TP X yêu cầu …"
    if org is None or _SPOKESPERSON.search(text):
        return []
    meeting = _meeting(_kinds()[noun.group(1).lower()], named, noun.end(), org, resolve(date, year, published), index)
    if numbered is not None:
        meeting.session = meeting.session or ordinal(numbered.group(1))
    # "Tại phiên họp sáng 24/5 của Kỳ họp thứ 3, …": the session the sitting is of
    after = re.sub(r"^[\s)]+", "", desc[dated.end():]) if dated else ""
    meeting.session = meeting.session or _sitting_session("của" if after.startswith("của") else "", after[3:])
    return [meeting]


# "…, phát biểu tại Hội nghị của Sở X ngày 9-1, …", "… tại cuộc họp Ban Chỉ đạo Y ngày 8/2",
# "… trong phát biểu bế mạc hội nghị Trung ương lần thứ năm, ngày 10/5":
# a meeting named after "tại" inside the sentence and dated right after its name
# "hôm 3/2", as the foreign news write a past day
_HOM_DATE = re.compile(r"(?<!\w)hôm\s+(?=\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d/-]|\.\d))")
_AT_INSIDE = re.compile(r"(?:^|(?<=\s))(?:tại|ở|trong|trong chương trình|kết thúc|bên lề|tham dự|dự|(?:đồng\s+)?chủ trì|"
                        r"(?:phát biểu\s+)?(?:khai mạc|bế mạc))\s+(?:một\s+)?"  # "tại một cuộc họp của X ngày …"
                        r"(?:" + _SITTING + r")?(?=(?:" + _NOUNS + r")(?!\w))",
                        re.IGNORECASE)
# a sitting named by its number, then its body after a comma: "kỳ họp thứ 5, HĐND TP khóa IX"
_NUMBERED_THEN_BODY = re.compile(r"^(?:kỳ họp|phiên họp|hội nghị)\s+(?:lần\s+)?thứ\s+\S+$", re.IGNORECASE)
# a passive verb other than holding: "… tại kỳ họp thứ ba vừa được điều chỉnh ngày 12/6" dates the change
_OTHER_ACT = re.compile(r"(?<!\w)được\s+(?!(?:tổ chức|tiến hành|triệu tập|diễn ra|khai mạc|bế mạc)(?!\w))"
                        r"(?-i:[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])")
# a day still to come: "sáng 22/5 tới đây", "ngày 9/6 tới"
_AHEAD = re.compile(r"^\)?\s*(?:tới|sắp tới)(?!\w)")


# a document adopted or signed at a meeting: the meeting is only its source ("… được thông qua tại
# Hội nghị Thượng đỉnh X ngày 25/9/2015"); a meeting recalled ("trong một lần tham dự … trước đây")
_ADOPTED_AT = re.compile(r"(?<!\w)(?:thông qua|ban hành|ký kết|được ký|nêu ra|đề ra)\s*$")
_RECALLED = re.compile(r"(?<!\w)(?:trước đây|một lần|năm ngoái)(?!\w)")


_PASSIVE = re.compile(r"(?<!\w)được\s+([^,;()]{3,70}?)\s+(?:biểu quyết\s+)?(?:thông qua|bầu|quyết định)\s*$")


def _passive_agent(before: str) -> Org | None:
    """The body that passes something at a meeting, named before it: "Đề án X vừa được HĐND thành
    phố Y thông qua trong phiên họp sáng 4/7" → HĐND thành phố Y."""
    m = _PASSIVE.search(before)
    subject = _subject(m.group(1)) if m else None
    return subject if isinstance(subject, Org) and not _is_place(subject) else None


# "(Thông báo) kết luận của Thủ tướng Chính phủ Nguyễn Xuân Phúc tại cuộc họp …": the one
# whose conclusion a meeting gave chaired it
_CONCLUDED_BY = re.compile(r"(?<!\w)kết luận của\s+(?:đồng chí\s+)?([^,;:()]{3,80}?)\s*$")


def _concluded_by(before: str) -> Org | None:
    """The office of the official whose conclusion at the meeting the text reports, named
    right before "tại": his office's body held it ("kết luận của Phó Thủ tướng X tại cuộc họp
    …" → Chính phủ); None if the words before are no such conclusion."""
    m = _CONCLUDED_BY.search(before)
    office = _office_in(m.group(1)) if m else None
    return office if office is not None and office.kind is not None else None


def _at_meeting_inside(text: str, year: int | None, published: dt.date | None, index: int) -> list[Meeting]:
    """A meeting the sentence names after "tại" and dates right after its name, held by the
    body that name carries ("… tại Hội nghị của Sở X ngày 9-1", "… tại hội nghị … do Bộ Y tổ
    chức ngày 9-6"); one said to come, or only planned, is left out."""
    for at in _AT_INSIDE.finditer(text):
        noun = _NOUN.match(text, at.end())
        agent = _agent_end(text, at.end()) if noun else None
        # a long name is read as far as its host ("… do Ủy ban X tổ chức ngày 16-6")
        window = text[at.end(): max(at.end() + 200, (agent or 0) + 40)]
        hom = _HOM_DATE.search(window) if ANY_DATE.search(window) is None else None
        if hom is not None:
            window = window[: hom.start()] + "ngày " + window[hom.end():]  # read as a day, the same one
        dated = ANY_DATE.search(window)
        if noun is None or dated is None or re.search(r"[;:!?]|\.\s", window[: dated.start()]):
            continue
        desc = window[: dated.start()].rstrip(" (,")
        if _DOC_NUMBER.search(desc) or _OTHER_ACT.search(desc) \
                or re.search(r"(?<!\w)(?:thông qua|ban hành|ký)(?:\s+vào)?\s*$", desc):
            # the day of a document the sentence cites, or of another act, not of the meeting
            # ("tại kỳ họp thứ 11, Quốc hội khóa XIII thông qua ngày 5/4/2016, Luật X": the law's)
            continue
        adopted = _ADOPTED_AT.search(text, 0, at.start()) and not re.search(r"(?<!\w)(?:vừa|mới)\s+được(?!\w)",
                                                                              text[max(0, at.start() - 100): at.start()])
        if (adopted and not re.search(r"(?<!\w)(?:khai mạc|diễn ra|bế mạc)(?!\w)", desc)) or _RECALLED.search(desc):
            continue  # "… đã được thông qua tại Hội nghị X ngày …": a document's source, cited
        if re.match(r"(?:tham dự|dự|(?:đồng\s+)?chủ trì)(?!\w)", at.group(0), re.IGNORECASE) and (
                _TRAVEL.search(text, 0, at.start()) or len(desc) > 120):
            # one who attends or chairs: not the day of his trip ("trong chuyến thăm … và dự Hội nghị");
            # an old photo's caption dates the meeting it shows (meas30 gold: "… tham dự Hội nghị
            # thượng đỉnh X vào ngày 5/5/2015")
            continue
        tail = desc.rsplit(",", 1)[1].strip() if "," in desc and (agent is None or at.end() + len(desc) > agent) else ""
        # a numbered sitting and its body: "kỳ họp thứ 5, HĐND TP khóa IX diễn ra sáng 4/7"; a later day
        # of it ("tại kỳ họp thứ 3, Quốc hội khóa XIV chiều 26/5") dates it where the text gives no
        # other (the gold's "first day the passage gives"; an earlier one merges with it)
        numbered = _NUMBERED_THEN_BODY.match(desc.split(",")[0].strip()) and _starts_body(tail)
        if tail and not numbered and not _whole_place(tail) \
                and not (_foreign_place(tail) and window[: dated.start()].rstrip().endswith(",")) \
                and (tail[:1].isupper() or _SUBJECT_STOP.search(tail) or honorific_at(tokenize(tail), 0)):
            continue  # "…, ông X cho biết đã nhận báo cáo ngày 5/6": the date is of another clause
        # (a quote before is its speaker's words, not the report's: "“… chúng tôi sẽ …” - Bộ trưởng X cho
        # biết tại phiên họp thường kỳ của Chính phủ, ngày 3-7")
        reported = _after_quote(text[: at.start()])
        if (_NOT_MEETING.match(desc) or _FUTURE.search(reported) or _WILL_IN_NAME.search(desc)
                or _SPOKESPERSON.search(text) or _AHEAD.match(window[dated.end():])
                or _PREVIEW.match(window[dated.end():].lstrip(" ,)"))):
            continue
        date = _day_of_this_year(first_date(window[dated.start():]), year, text)
        noun_len = noun.end() - noun.start()
        org = (_a_body_s_name(_name_org(desc, noun_len, text)) or _agent_after(text[at.end() + dated.end():])
               or _of_body_after_day(text[at.end() + dated.end():])
               or _passive_agent(text[: at.start()]) or _concluded_by(text[: at.start()])
               or _subject_host(reported, desc)
               or _speaker_after(text[at.end() + dated.end():], noun.group(1), at.group(0), desc))
        if date is None or org is None or _is_place(org):
            continue
        return [_meeting(_kinds()[noun.group(1).lower()], desc, noun_len, org, resolve(date, year, published), index)]
    return []


# a meeting named inside the sentence whose held verb carries its day: "… trong khuôn khổ Hội
# nghị thường niên X lần thứ 2 khai mạc sáng 16/6 tại …", "Hội nghị thượng đỉnh Y diễn ra tại Z
# vừa kết thúc ngày hôm 8/7 …" (the verb and its day right after the meeting's name)
_HELD_ON_DAY = re.compile(r"\s(?:đã\s+|vừa\s+|chính thức\s+)*(khai mạc|bế mạc|kết thúc|diễn ra|được tổ chức|tổ chức)\s+"
                          # where, between the verb and its day: "được tổ chức tại Hà Nội ngày 22-5"
                          r"(?:(?:tại|ở)\s+(?-i:[A-ZĐ])[^,;:.()]{1,40}?\s+)?(?:vào\s+)?"
                          r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(?:hôm\s+)?(?:qua\s+|nay\s+)?\(?(?=\d{1,2}\s*[/.-]\s*\d{1,2})",
                          re.IGNORECASE)
# what the meeting's name may hold before that verb: where it takes place ("diễn ra tại Hamburg, Đức")
_HELD_AT_PLACE = re.compile(r"\s(?:diễn ra|được tổ chức)\s+(?:tại|ở)\s+[^;:]{2,60}?(?=\s(?:đã\s+|vừa\s+)*(?:kết thúc|bế mạc|khai mạc)\s)",
                            re.IGNORECASE)


def _held_on_day(text: str, year: int | None, published: dt.date | None, index: int) -> list[Meeting]:
    """A meeting the sentence names anywhere, held on the day its own verb gives right after its
    name ("… Hội nghị thường niên X lần thứ 2 khai mạc sáng 16/6"), by the body the name carries;
    one to come, or only planned, is left out."""
    for noun in _NOUN.finditer(text):
        if _HALL.search(text[: noun.start()]) or _NOT_MEETING.match(text[noun.start():]):
            continue
        verb = _HELD_ON_DAY.search(text, noun.end(), noun.end() + 240)
        if verb is None:
            continue
        desc = text[noun.start(): verb.start()]
        if verb.group(1).lower() == "tổ chức" and not re.search(r"(?<!\w)do\s", desc):
            continue  # "… do X tổ chức ngày 5/6": only with its agent
        # a place phrase closing the name ("… (G20) diễn ra tại Hamburg, Đức" before "vừa kết thúc"),
        # sought with the verb found standing after it
        place = _HELD_AT_PLACE.search(desc + " kết thúc ")
        own = desc[: place.start()] if place else desc
        if own.rstrip().endswith(",") and verb.group(1).lower() != "tổ chức":
            own = own.rstrip()[:-1]  # "Hội nghị X lần thứ 2, diễn ra vào ngày 17/5": set off by a comma
        if re.search(r"[;:!?,]|\.\s", own) or _NOUN.search(own, noun.end() - noun.start()) \
                or _FUTURE.search(text[max(0, noun.start() - 60): verb.start()]) or _PLANNED.search(text[: noun.start()]):
            continue
        span = lead_date_span(text[verb.end():])
        if span is None or _AHEAD.match(text[verb.end() + span[1]:]) or _FUTURE.search(text[verb.end() + span[1]:][:40]):
            continue
        date = _day_of_this_year(span[0], year, text)
        # its agent is read with its verb ("… do Tập đoàn X tổ chức")
        org = _name_org(own + " " + verb.group(1), noun.end() - noun.start())
        if date is None or org is None or _is_place(org):
            continue
        meeting = _meeting(_kinds()[noun.group(1).lower()], own, noun.end() - noun.start(), org,
                           resolve(date, year, published), index)
        meeting.closing = verb.group(1).lower() in ("bế mạc", "kết thúc")
        return [meeting]
    return []


# what makes a meeting named with its day one to come; "chuẩn bị", "kế hoạch" in its name are its
# topic ("cuộc họp UBND TP chuẩn bị các nội dung trình kỳ họp …" is held that day)
_WILL_IN_NAME = re.compile(r"(?<!\w)(?:[Ss]ẽ|[Dd]ự kiến|sắp|dự định|tiến tới)(?!\w)")


def _foreign_place(text: str) -> bool:
    """Whether a caption's words between a meeting's name and its day are a place the place
    list lacks ("tại hội nghị G7, Belgum, ngày 25/5"): one or two capitalized words, not a
    body, a post, a family name or a person's title."""
    toks = tokenize(text)
    if not 1 <= len(toks) <= 2 or not all(t.is_cap and t.text.isalpha() for t in toks):
        return False
    return (body_index().match(toks, 0) is None and role_index().match(toks, 0) is None
            and not honorific_at(toks, 0) and toks[0].text.lower() not in family_names())


# the agent named after a meeting's day: "… tại cuộc họp công bố kết quả chiều 26/6 do UBND
# tỉnh X tổ chức", "… tại cuộc họp về đề án chiều 8/6 do Phó Chủ tịch UBND tỉnh Y chủ trì"
_AGENT_AFTER = re.compile(r"^\)?\s*,?\s*do\s+([^,;.()]{3,90}?)\s+(?:đã\s+)?(tổ chức|chủ trì)(?!\w)")


def _of_body_after_day(text: str) -> Org | None:
    """The body a meeting is of, named by "của" right after its day ("… tại cuộc họp ngày 30/6
    của Tổ chức Thương mại Thế giới (WTO)"): the meeting's name went on past its day."""
    m = re.match(r"\)?\s+của\s+", text)
    if m is None or not text[m.end():m.end() + 1].isupper():  # a body's capital ("Ủy ban …" too)
        return None
    return _a_body_s_name(_body_at(text[m.end():]))


def _agent_after(text: str) -> Org | None:
    """The body that holds a meeting, named by "do X tổ chức" right after its day; an office
    holder who chairs it stands for his office ("do Chủ tịch UBND tỉnh X chủ trì" → UBND tỉnh)."""
    m = _AGENT_AFTER.match(text)
    if m is None:
        return None
    agent = _subject(m.group(1))
    if isinstance(agent, Org):
        return _a_body_s_name(agent)
    if agent is _PERSON and m.group(2) == "chủ trì":
        office = _office_in(m.group(1))
        return office if office is not None and office.kind is not None else None
    return None


# a date closing the sentence's report: "… tổ chức Đại hội lần thứ XV vào ngày 5/8"
_DATE_LAST = re.compile(r"\s(?:vào|trong)\s+(?=(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d)", re.IGNORECASE)


def _dated_last(text: str, year: int | None, published: dt.date | None, index: int) -> list[Meeting]:
    """A body's meeting reported first and dated at the end ("Đảng bộ xã X đã tổ chức Đại
    hội … vào ngày 5/8")."""
    if _DATE_LAST.search(text) is None or not _starts_body(text[:60]):
        return []  # without a date before it, only a known body's name is a sure subject
    for m in _DATE_LAST.finditer(text):
        date = lead_date(text[m.end():])
        if date is None:
            continue
        if year is None and date.year is None:
            date = DayMonth(date.day, date.month, year_of_meeting(text, date.month))
        found = _held(text[: m.start()] + ".", resolve(date, year, published), index)
        return [found] if found else []
    return []


def _program(text: str, start: int, date: DayMonth, year: int | None, published: dt.date | None,
             index: int) -> Meeting | None:
    """"Thực hiện chương trình Hội nghị lần thứ 7, Ban Chấp hành … khóa XVII, sáng 24/2, tiếp
    tục thảo luận …": the meeting is in progress on that day; its opening sitting, when the
    sentence gives it, is its date."""
    intro = text[start:]
    noun = _NOUN.match(intro)
    verb = _IN_PROGRESS.search(intro, noun.end()) if noun else None
    if noun is None or verb is None or _FUTURE.search(intro[: verb.start()]):
        return None
    desc = intro[: verb.start()]
    clause = clause_dates(desc)
    after = desc[clause[0][2]:] if clause else ""
    if clause:
        desc = desc[: clause[0][1]]
    desc = re.sub(r"\s*,\s*", " ", desc).strip()
    org = _name_org(desc, noun.end())
    if org is None and after:
        # "Tiếp tục chương trình Kỳ họp thứ 3, chiều 20/6, (các đại biểu) Quốc hội làm việc …": the
        # body the clause after the day is about holds it
        subject = _subject(re.sub(r"^[\s,]+", "", after))
        org = subject if isinstance(subject, Org) and not _is_place(subject) else None
    if org is None:
        return None
    opening = _OPENING.search(text)
    if opening:
        date = first_date(text[opening.end():]) or date
    return _meeting(_kinds()[noun.group(1).lower()], desc, noun.end(), org, resolve(date, year, published), index)


# a meeting that opens the clause after a lead-in: "Với tinh thần đoàn kết, Đại hội … đã diễn
# ra ngày 12/3", "Sau 2 ngày làm việc (12-13/3), Đại hội … đã bế mạc"
_LEAD_THEN_NOUN = re.compile(r",\s+(?=(?:" + _NOUNS + r")(?!\w))", re.IGNORECASE)


def _named_after_lead_in(sentence: Sentence, year: int | None, published: dt.date | None) -> list[Meeting]:
    """_named_then_dated for a meeting that opens the clause after a short lead-in, dated in
    its clause or else in the lead-in."""
    text = sentence.text
    for lead in _LEAD_THEN_NOUN.finditer(text, 0, 120):
        intro, rest = text[: lead.start()], text[lead.end():]
        if _FUTURE.search(intro) or _PLANNED.search(intro) or re.search(r"(?<!\w)(?:tại|trong)\s*$", intro, re.I):
            return []
        fallback = first_date(intro) if ANY_DATE.search(intro) or lead_date(intro) else None
        found = _named_then_dated(Sentence(sentence.index, rest, 0, len(rest)), year, published, fallback)
        if found:
            return found
    return []


_WILL = re.compile(r"(?<!\w)(?:sẽ|ngày mai|sáng mai|chiều mai)(?!\w)", re.IGNORECASE)


def _named_then_dated(sentence: Sentence, year: int | None, published: dt.date | None,
                      fallback: DayMonth | None = None) -> list[Meeting]:
    """A meeting named first and dated later: "Hội nghị lần thứ 15 BCH Đảng bộ
    tỉnh khóa XVII diễn ra vào ngày 14/1.", "Đại hội … diễn ra trong ba ngày (14-16/10)";
    `fallback` dates one its own words do not."""
    text = _sitting_stripped(sentence.text.lstrip("*–- "))
    attended = _ATTENDED.match(text)
    if attended:
        # "Dự và chỉ đạo Hội nghị thành lập Công đoàn X ngày 11/5 có …": attended, so held
        text = text[attended.end():]
    noun = _NOUN.match(text)
    if noun is None or _NOT_MEETING.match(text):
        return []
    after = _HELD_AFTER.search(text, noun.end())
    if after is None:
        # "Phiên họp của HĐBA ngày 2/6 đã thông qua …": what it decided on its day, it decided in session
        decided = _DECIDED.search(text, noun.end(), noun.end() + 200)
        after = decided if decided and ANY_DATE.search(text, noun.end(), decided.start()) else None
        date_first = after is not None
    else:
        date_first = False
    if attended is None and (after is None or _FUTURE.search(text[: after.start()][-20:])
                             or _WILL.search(text, noun.end(), after.start())):
        return []  # "Hội nghị X sẽ chính thức bắt đầu vào ngày mai (20/5) với sự chủ trì của …": to come
    date = (first_date(text[after.start():]) if after and not date_first else None) or first_date(text) or fallback
    dated = ANY_DATE.search(text, after.end()) if after else None
    if date is None or (dated and _FUTURE.search(text[after.end(): dated.start()])):
        return []  # "… do X tổ chức sẽ kéo dài từ ngày 16/7": still to come
    if year is None and date.year is None:
        date = DayMonth(date.day, date.month, year_of_meeting(text, date.month))
    org = _name_org(text, noun.end())
    if org is None:
        return []
    meeting = _meeting(_kinds()[noun.group(1).lower()], text, noun.end(), org, resolve(date, year, published),
                       sentence.index)
    meeting.closing = "bế mạc" in text[noun.end():].lower()  # "… do X tổ chức đã bế mạc ngày 9/6"
    return [meeting]


# a span of days that ends on a given day: "từ ngày 5 - 9/6", "5 đến 9/6", "từ 22/5 đến 21/6"
_SPAN_TO = re.compile(r"(?<![\d/.])(\d{1,2})(?:\s*[/.-]\s*(\d{1,2}))?\s*(?:-|–|đến(?:\s+ngày)?)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d])")


def opened_on(meeting: Meeting, text: str) -> Meeting:
    """A meeting reported on its closing day, dated by its first day when the article gives
    the span of days that ends then ("Hội nghị … bế mạc ngày 9/6" and "từ ngày 5 - 9/6"):
    a meeting over several days is dated by its first day."""
    m = re.search(r"(\d{2})-(\d{2})$", meeting.date or "")
    if not meeting.closing or m is None:
        return meeting
    month, day = int(m.group(1)), int(m.group(2))
    for span in _SPAN_TO.finditer(text):
        if (int(span.group(3)), int(span.group(4))) != (day, month):
            continue
        first_day, first_month = int(span.group(1)), int(span.group(2) or month)
        if (first_month, first_day) >= (month, day) or not 1 <= first_month <= 12:
            continue
        try:
            year = int(meeting.date[:4]) if meeting.date[:1].isdigit() else None
            meeting.date = (dt.date(year, first_month, first_day).isoformat() if year
                            else f"--{first_month:02d}-{first_day:02d}")
        except ValueError:
            continue
        return meeting
    return meeting


def same_meeting(a: Meeting, b: Meeting) -> bool:
    """Whether two reports in one article are of the same meeting: the same day and
    organizer, or the same kind and session number of the same organizer on days
    close together (a meeting over several days reported day by day)."""
    if a.organizer is None or b.organizer is None:
        return False
    x, y = a.organizer.name.lower(), b.organizer.name.lower()
    same_org = x.startswith(y) or y.startswith(x) or _same_by_acronym(x, y)
    if a.date == b.date or _same_day_known_year(a.date, b.date):
        # a company named in full, then by its own name alone: "Công ty cổ phần Chứng khoán X" and "X"
        short, long_ = sorted((a.organizer.name, b.organizer.name), key=len)
        same_org = same_org or (long_.endswith(" " + short) and short[:1].isupper() and len(short) >= 3
                                and body_index().match(tokenize(short), 0) is None and not _is_place(Org(short, None)))
        if a.session is not None and b.session is not None and a.session != b.session:
            return False
        return same_org or (a.kind == b.kind and (y in a.name.lower() or x in b.name.lower()
                                                  or _held_by_either(a, b)))
    if a.kind == b.kind and a.session is not None and a.session == b.session and same_org:
        return abs(_day_number(a.date) - _day_number(b.date)) <= 7
    if a.kind == b.kind and same_org and (a.closing or b.closing):
        # "Hội nghị X diễn ra trong hai ngày 7 và 8/7" and "Hội nghị X hôm 8/7 đã bế mạc": one meeting
        closing, other = (a, b) if a.closing else (b, a)
        return 0 < _day_number(closing.date) - _day_number(other.date) <= 7
    kinds = {a.kind, b.kind}
    if same_org and "Sitting" in kinds and kinds <= {"Sitting", "Session"} and (a.session is None or b.session is None):
        # "Kỳ họp thứ 3 của Quốc hội khai mạc sáng 22/5" and "Chiều 23/5, Quốc hội thảo luận …":
        # a council's sitting lasts days or weeks, each day reported of it is the same one
        return abs(_day_number(a.date) - _day_number(b.date)) <= 25
    return False


def _same_by_acronym(x: str, y: str) -> bool:
    """Whether two names are one body's, one its acronym in the other's parentheses
    ("eu" and "liên minh châu âu (eu)")."""
    if "(" not in x + y:
        return False
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return long_.endswith(f"({short})") or short.endswith(")") and long_.startswith(short[: short.index("(")].strip())


def _held_by_either(a: Meeting, b: Meeting) -> bool:
    """Whether one report's organizer is named, word for word, by the other's organizer
    and meeting name: "Tỉnh ủy Yên Bái tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh" and
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh Yên Bái bế mạc" are one meeting."""
    for one, other in ((a, b), (b, a)):
        words = set(one.organizer.name.lower().split()) if one.organizer else set()
        told = set(f"{other.organizer.name} {other.name}".lower().split()) if other.organizer else set()
        if words and len(words & told) >= 0.8 * len(words):
            return True
    return False


def _same_day_known_year(a: str | None, b: str | None) -> bool:
    """Whether a "--MM-DD" date and an ISO one are the same day of the year: one report
    of a meeting whose year one sentence tells and another does not."""
    return bool(a and b and (a.startswith("--") != b.startswith("--")) and a[-5:] == b[-5:])


def _day_number(iso: str | None) -> int:
    if not iso:
        return 10**6
    m = re.search(r"(\d{2})-(\d{2})$", iso)
    return int(m.group(1)) * 31 + int(m.group(2)) if m else 10**6


def merge_meetings(known: list[Meeting], found: list[Meeting], text: str) -> list[Meeting]:
    """The meetings of an article so far (`known`) with those of its next sentence: one
    row per meeting, reports of the same one merged (the first day kept), and a
    "--MM-DD" date given the year the article (`text`) writes with that day."""
    years = days_with_year(text) if any(m.date and m.date.startswith("--") for m in found) else {}
    out = list(known)
    for m in found:
        if m.date and m.date.startswith("--"):
            month, day = int(m.date[2:4]), int(m.date[5:7])
            if (month, day) in years:
                try:
                    m.date = dt.date(years[(month, day)], month, day).isoformat()
                except ValueError:
                    pass
        old = next((o for o in out if same_meeting(m, o)), None)
        if old is None:
            out.append(m)
            continue
        if _day_number(m.date) < _day_number(old.date) or _same_day_known_year(old.date, m.date) and old.date[:2] == "--":
            old.date = m.date  # the first day; with its year where one report tells it
        old.session = old.session or m.session
        old.term = old.term or m.term
        old.tenure = old.tenure or m.tenure
    return out


# --- further shapes of a meeting reported held -------------------------------------------

# who chaired it, opening the clause before its subject: "dưới sự chủ trì của Thủ tướng X,
# Chính phủ họp phiên thường kỳ …"
_UNDER_CHAIR = re.compile(r"^(?:dưới|với)\s+sự\s+(?:đồng\s+)?(?:chủ trì|điều hành|chỉ đạo)(?:\s+trực tiếp)?\s+của\s+"
                          r"[^,;]{3,120},\s*", re.IGNORECASE)


def _opening_stripped(rest: str) -> str:
    """A clause without what opens it before its subject: where the meeting took place
    ("tại X, ") and who chaired it ("dưới sự chủ trì của Thủ tướng X, "), in either order."""
    for _ in range(2):
        m = _LOCATION.match(rest) or _UNDER_CHAIR.match(rest)
        if m is None:
            break
        rest = rest[m.end():]
    return rest


# those who speak at a meeting attend it: "ông X phát biểu chỉ đạo tại Hội nghị … của Sở Y"
_SPOKE_AT = re.compile(r"(?<!\w)(?:đã\s+)?(?:(?:tham\s+)?dự và\s+)?(?:có\s+(?:bài\s+)?)?phát biểu(?:\s+(?:chỉ đạo|khai mạc|bế mạc|kết luận|tổng kết))?"
                       r"\s+tại\s+(?=(?:" + _NOUNS + r")(?!\w))|"
                       # the chair closing it: "Ngày 3/2, kết luận phiên họp X, Thủ tướng …", "… phát biểu kết luận Hội nghị X"
                       r"(?:^|(?<!\w)phát biểu\s+)(?-i:kết luận)\s+(?=(?:" + _NOUNS + r")(?!\w))", re.IGNORECASE)


def _spoke_at(rest: str, iso: str, index: int) -> Meeting | None:
    """A meeting someone addressed on the clause's day, held by the body its name carries."""
    m = _SPOKE_AT.search(rest, 0, 160)
    if m is None or _FUTURE.search(rest[: m.start()]):
        return None
    obj = rest[m.end():]
    noun = _NOUN.match(obj)
    if noun is None or _NOT_MEETING.match(obj):
        return None
    org = _name_org(obj, noun.end())
    if org is None or _is_place(org):
        return None
    return _meeting(_kinds()[noun.group(1).lower()], obj, noun.end(), org, iso, index)


_CHAIRS = re.compile(r"(?<!\w)(?:đã\s+)?(?:(?:đồng\s+)?(?:chủ trì|điều hành)\s+|"
                     # "Thủ tướng X khai mạc hội nghị với doanh nghiệp ngày 17-5": who opens it chairs it
                     r"(?P<opens>(?:phát biểu\s+)?khai mạc\s+(?=(?i:" + _NOUNS + r")(?!\w)))|"
                     # "Chủ tịch UBND TP X đã có cuộc họp với các sở, ngành", "… đã họp với các sở về …"
                     r"(?P<has>có\s+(?=cuộc họp(?!\s+báo))|(?<!cuộc )(?<!buổi )(?=họp\s+(?:khẩn\s+)?(?:với|bàn|về)\s)))")


_GUEST = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in guest_words()) + r")(?!\w)", re.IGNORECASE)


# "… khi (ông) kết luận/chủ trì (tại) cuộc họp …": what an official said as he chaired it
_WHEN_CHAIRING = re.compile(r"\s+khi\s+(?:ông\s+|bà\s+)?(?:kết luận|chủ trì)\s+(?:tại\s+)?(?=(?i:" + _NOUNS + r")(?!\w))")
# what his words are called before him, and the verb of saying after him
_SAID_OF = re.compile(r"^.*?(?:(?:phát biểu|ý kiến|chỉ đạo|yêu cầu)(?:\s+này)?\s+(?:của|được)|được)\s+", re.IGNORECASE)
_SAID = re.compile(r"[\s,]+(?:đưa ra|nêu|nhấn mạnh|phát biểu|nói|chia sẻ|khẳng định)\s*$")


def _when_chairing(rest: str) -> str:
    """The clause "<official> chủ trì <meeting …>" that one telling his words when he
    concluded or chaired it says ("Yêu cầu này được ông A, Phó Chủ tịch UBND tỉnh X, đưa ra
    khi kết luận tại cuộc họp …", "Đó là phát biểu của Thủ tướng A khi ông chủ trì hội nghị
    …"); the clause itself when it says no such thing."""
    when = _WHEN_CHAIRING.search(rest, 0, 300)
    if when is None:
        return rest
    who = _SAID.sub("", _SAID_OF.sub("", rest[: when.start()])).strip(" ,")
    return f"{who} chủ trì {rest[when.end():]}"


def _chaired_by_office(rest: str, iso: str, index: int) -> Meeting | None:
    """A meeting an office holder chairs whose name tells no body: held by the office, as
    written ("Phó Chủ tịch UBND tỉnh Nguyễn Văn A chủ trì cuộc họp về …" → Phó Chủ tịch UBND
    tỉnh; "Thủ tướng Chính phủ chủ trì Hội nghị trực tuyến với các địa phương"), also when
    the clause tells what he said "khi" he concluded or chaired it (_when_chairing)."""
    rest = _when_chairing(rest)
    m = _CHAIRS.search(rest, 0, 200)
    if m is None or _FUTURE.search(rest[: m.start()]) or _subject(rest[: m.start()]) is not _PERSON:
        return None
    if m.group("has") is not None and re.search(r"(?<!\w)(?:trả lời|họp báo|sau|phát biểu|cho biết|nói)(?!\w)",
                                                rest[: m.start()]):
        return None  # "… trả lời họp báo sau cuộc họp với …": what he did, not a meeting he had
    if _travels_to_attend(rest[: m.start()]):
        return None  # "… tới Việt Nam tham dự và đồng chủ trì Kỳ họp X": the day he travels
    if m.group("opens") is not None and _GUEST.search(rest[: m.start()]):
        return None  # "đã đến dự và phát biểu khai mạc Hội nghị MRT23": a guest who opens it
    obj = rest[m.end():]
    if _NOUN.match(obj) is None:
        obj = obj[_OBJ_LEAD.match(obj).end():]  # "chủ trì phiên khai mạc Hội nghị …"
    noun = _NOUN.match(obj) or re.match(r"(?:cuộc\s+)?họp(?!\w)", obj)
    if noun is None or _NOT_MEETING.match(obj) or _SPOKESPERSON.search(rest):
        return None
    office = _office_in(rest[: m.start()])
    if office is None or office.kind is None or (office.name in heading_posts().values() and (_hosted(obj) or _of_generic(obj))):
        # a bare post ("Tổng thống X chủ trì Hội nghị …") tells no host, nor does the Prime Minister
        # chairing a province's investment conference (dev gold: the province's)
        return None
    if m.group("has") is not None or noun.group(0).lower().endswith("họp") and _NOUN.match(obj) is None:
        # a meeting he has, not one he chairs: that of the one body he heads (a People's
        # Committee, a department), not of a Party committee whose secretary meets others
        if not _heads_one_body(office):
            return None
        meeting = Meeting(_session_kind().kind, _session_kind().vi, "họp", office, iso, index)
        _describe(_own_name(obj, 0), meeting)
        return meeting
    if not re.match(r"[\s“\"]+\w", obj[noun.end():]) and not _heads_one_body(office):
        # "Bí thư Huyện ủy chủ trì hội nghị.": which of the bodies he leads, unsaid; a People's
        # Committee's chairman or a department's director leads that one body ("Chủ tịch UBND
        # TP X chủ trì cuộc họp, nghe báo cáo …")
        return None
    return _meeting(_kinds()[noun.group(1).lower()], obj, noun.end(), office, iso, index)


def _of_generic(name: str) -> bool:
    """Whether a meeting's name says it is of a body it does not name ("sơ kết công tác 6 tháng
    của Ủy ban"): not the Government's though a Deputy Prime Minister who heads that body chairs it."""
    for m in re.finditer(r"(?<!\w)của\s+", name[:200]):
        after = name[m.end():]
        low = after.lower()
        for head in generic_heads():
            if low.startswith(head) and not low[len(head): len(head) + 1].isalnum() \
                    and not re.match(r"\s+(?-i:[A-ZĐ0-9])", after[len(head):]):
                return True
    return False


def _hosted(name: str) -> bool:
    """Whether a meeting's name tells what makes the place it is held in its host
    ("Hội nghị xúc tiến đầu tư"; hosted_topics.txt)."""
    low = name[:160].lower()
    return any(t in low for t in hosted_topics())


def _heads_one_body(office: Org) -> bool:
    """Whether a chair's office is the one body he leads, whose meeting he chairs: a People's
    Committee, a department, the Government its Prime Minister heads (heading_posts.tsv); not a
    Party committee whose secretary meets others."""
    return office.kind in ("PeoplesCommittee", "StateAgency") or office.name in heading_posts().values()


def _qualifier_len(toks: list, at: int) -> int:
    """Tokens of a post's qualifier at `at` ("Thường trực" of "Phó Trưởng ban Thường trực …",
    or one of post_qualifiers.txt: "chuyên trách"), else 0."""
    for words in (("thường", "trực"), *post_qualifiers()):
        if len(words) <= len(toks) - at and all(toks[at + n].text.lower() == w for n, w in enumerate(words)):
            return len(words)
    return 0


def _office_in(text: str, first: bool = False) -> Org | None:
    """The body of the office a text names, as written ("UBND tỉnh" of "Phó Chủ tịch UBND
    tỉnh", "Chính phủ" of "Thủ tướng Chính phủ"), or the bare post ("Thủ tướng"): of a chair's
    titles the last, the post he chairs as ("Ủy viên Trung ương Đảng, Chủ tịch UBND TP X"
    → UBND TP X); a membership ("Ủy viên …") is no office; `first`: the first one."""
    toks = tokenize(text)
    found = None
    k = 0
    while k < len(toks):
        role = role_index().match(toks, k)
        if role is None or not toks[k].is_cap or toks[k].text.lower() in ("ủy", "uỷ"):
            k += 1
            continue
        end = k + role[0]
        body = org_at(text, toks, end) if end < len(toks) else None
        # "Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ": a body's "Ban" in lower case
        # after the role (or taken by it) is read with the name; "Phó Trưởng ban Thường trực Ban
        # Chỉ đạo X": the role's own qualifier, then the body
        lower_ban = 1 if end + 1 < len(toks) and toks[end].text == "ban" and toks[end + 1].is_cap else 0
        ban = lower_ban or (end < len(toks) and toks[end - 1].text.lower() == "ban" and toks[end].is_cap)
        q = _qualifier_len(toks, end + lower_ban) if body is None and ban else 0
        if q:
            body = org_at(text, toks, end + lower_ban + q)
            end += lower_ban + q if body is not None else 0
        elif body is None and ban and not name_at(toks, end + lower_ban):
            # (the words after "Ban " are the original's tokens, one for one)
            whole = "Ban " + text[toks[end + lower_ban].start:] + " ,"  # the subject ends: close the name
            hit = org_at(whole, tokenize(whole), 0)
            if hit is not None and hit[0] > 1 and hit[1].kind is not None:
                found = Org(hit[1].name, hit[1].kind)
                k = end + lower_ban + hit[0] - 1
                if first:
                    return found
                continue
        if body is not None:
            # the office's body holds the meeting: "Chủ tịch UBND TP X chủ trì cuộc họp" is
            # a meeting of UBND TP X, not of its chairman (GOLD_FORMAT: the body that held it)
            found = Org(text[toks[end].start: toks[end + body[0] - 1].end], body[1].kind)
            end += body[0]
        else:
            found = Org(text[toks[k].start: toks[end - 1].end], None)
            body = heading_posts().get(found.name.lower())
            if body is not None and (end == len(toks) or toks[end].text in family_names()):
                # "Thủ tướng Nguyễn Văn A" heads the Government; so does a bare "Thủ tướng" the
                # text ends with (the subject of "…, Thủ tướng đã chỉ đạo …"): the country's own
                found = Org(body, kind_of(tokenize(body)))
        if first:
            return found
        k = end
    return found


# "của X" closing a meeting's description, after what it is about: "Hội nghị triển khai công
# tác năm 2017 của Sở X", "phiên họp thứ nhất … của Hội đồng Tiền lương quốc gia"
_OF = re.compile(r"(?<!\w)của\s+(?=\w)")
_DOC_KINDS = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k.vi) for k in document_kinds()) + r")(?!\w)",
                        re.IGNORECASE)


def _owner_blocked(about: str, topics: bool = False) -> bool:
    """Whether what a meeting is about, lower-cased, ends in a word of meeting_owner_blockers.txt:
    the "của X" after it is that thing's owner ("theo yêu cầu của X", "về hoạt động của X").
    `topics`: only the entries that open with "về", a topic's ("Hội nghị Đối thoại chính sách
    của Diễn đàn X" is the forum's own)."""
    return _owner_blockers_at(topics).search(about) is not None


@lru_cache(maxsize=None)
def _owner_blockers_at(topics: bool) -> re.Pattern[str]:
    """Any word of meeting_owner_blockers.txt (only those opening with "về" for `topics`) that
    ends a text."""
    words = [w for w in meeting_owner_blockers() if not topics or w.startswith("về ")]
    if not words:
        return re.compile(r"(?!)")  # none: nothing blocks
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s*$")


def _owner_after(desc: str, noun_len: int) -> Org | None:
    """The body a meeting's description names as its owner after what the meeting is about;
    an office holder ("Hội nghị của Thủ tướng Chính phủ với doanh nghiệp") is named by the
    office. Not the owner of a document or a wish the meeting is about ("quán triệt Nghị
    quyết 16 của Chính phủ", "theo yêu cầu của Bộ X")."""
    # "Hội nghị sơ kết 6 tháng, triển khai nhiệm vụ 6 tháng cuối năm của ngành X": the tasks
    # ahead are still what it is about
    stop = re.search(r"[;:]|,(?!\s*(?:triển khai|phương hướng|đề ra|nhiệm vụ)(?!\w))|\.\s|\.$|\s(?:diễn ra|khai mạc|bế mạc|có sự|với sự|dưới sự|được|đã|do|ngày|sáng|chiều|"
                     r"tối)(?!\w)", desc[noun_len:])
    part = desc[: noun_len + stop.start()] if stop else desc
    for of in _OF.finditer(part, noun_len):
        about = part[noun_len: of.start()].lower()
        # (what it is about after its last comma: "kiểm điểm thực hiện Quy chế X năm 2016, triển khai
        # nhiệm vụ năm 2017 của Chính phủ" is the Government's own work)
        if _DOC_KINDS.search(about.rsplit(",", 1)[-1]) or re.search(r"\d/\S*\s*$", about):
            break  # "… Nghị quyết 16/2008/CP của Chính phủ": a document's issuer
        if _owner_blocked(about) or _FRAME.search(about):
            break  # "… trong khuôn khổ chuyến thăm của X": the frame's owner, not the meeting's
        rest = part[of.end():]
        org = _body_at(rest)
        if org is None:
            office = _office_in(rest, first=True)
            toks = tokenize(rest)
            org = office if office is not None and role_index().match(toks, 0) else None
        if org is not None and org.name.lower() not in generic_heads() and not _whole_place(org.name):
            return org
    return None


# a date after the report's verb: "Công ty X tổ chức Đại hội cổ đông bất thường ngày
# 10/02/2017", "Chính phủ mới họp hôm qua, ngày 3/6", "Tổ công tác nhóm họp ngày 13 và 14/5"
_DATE_AFTER = re.compile(r"(?:,\s*|\s)(?:(?:ngày\s+)?(?:hôm qua|hôm nay|hôm kia|hôm)\s*,?\s*(?=\(?\d)|"
                         r"(?:(?:hôm qua|hôm nay|hôm kia)\s*,?\s*)?"
                         r"(?=(?:trong\s+(?:hai\s+|ba\s+|các\s+)?(?=ngày))?"
                         r"(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)\d))", re.IGNORECASE)
# a day that dates something else: "từ ngày 5/6", "Quyết định số 12/QĐ-UBND ngày 5/6"
_OTHER_DAY = re.compile(r"(?<!\w)(?:từ|đến|tới|trước|sau|hết|kể từ|số|của|hạn|thông qua|ban hành|ký)\s*$|\d/[^\W\d]\S*$",
                        re.IGNORECASE)


def _dated_after(text: str, year: int | None, published: dt.date | None, index: int) -> list[Meeting]:
    """A body's (or an office holder's) meeting reported first and dated right after the
    verb's clause, in the sentence's opening clause or after a lead-in ("Trước đó, X tổ
    chức … ngày 4/2", "Theo ông A, Chính phủ mới họp hôm qua, ngày 3/6")."""
    found = _dated_after_at(text, year, published, index)
    for lead in _LEAD_IN.finditer(text[:120]):
        if found or _FUTURE.search(text[: lead.start()]):
            break  # "Theo kế hoạch, X tổ chức …": a plan
        found = _dated_after_at(text[lead.end():], year, published, index)
    return found


# a comma that ends a lead-in before the clause's subject
_LEAD_IN = re.compile(r",\s+(?=[A-ZĐ])")


def _dated_after_at(text: str, year: int | None, published: dt.date | None, index: int) -> list[Meeting]:
    """_dated_after for a clause that opens the text."""
    text = _DELEGATES.sub("", text) if text.startswith(("các đại biểu", "Các đại biểu")) else text
    toks = tokenize(text[:60])
    if not toks:
        return []
    role, body = role_index().match(toks, 0), body_index().match(toks, 0)
    by_office = bool(role and toks[0].is_cap and (not body or role[0] >= body[0]))  # "Bộ trưởng Bộ X"
    by_body = body is not None and not by_office
    if not by_body and not by_office:
        # a group named by its own words meets: "Tổ công tác liên ngành nhóm họp ngày 13 và 14/5"
        meets = _MEETS.search(text, 0, 100)
        by_body = bool(meets and text.startswith(meeting_groups()) and isinstance(_subject(text[: meets.start()]), Org))
    if not by_body and not by_office:
        return []
    for m in _DATE_AFTER.finditer(text):
        before = text[: m.start()]
        if re.search(r"[:;]", before):
            return []  # "X vừa phát đi thông cáo: …": the day is of what it tells
        if _OTHER_DAY.search(before) or _DOC_KINDS.search(before[-40:]):
            continue
        span = lead_date_span(text[m.end():])
        day_end = m.end() + span[1] if span else None
        date = _day_of_this_year(span[0] if span else None, year, text)
        if date is None or day_end is None or _AHEAD.match(text[day_end:]):
            return []
        iso = resolve(date, year, published)
        after = re.sub(r"^[\s)]*(?:vừa qua|vừa rồi)?\s*,?\s*", "", text[day_end:])
        if by_body and not text[m.start()] == "," and not _HELD_VERB.search(before) and not _MEETS.search(before) \
                and len(before) <= 100 and isinstance(_subject(before), Org):
            # "Sở X ngày hôm qua 12-5 đã tổ chức hội nghị …": the day stands between the body and its verb
            found = _held(before.rstrip(" ,") + " " + after, iso, index)
            return [found] if found else []
        # an office holder only hosts what he chairs ("Bộ trưởng X chủ trì cuộc họp về …")
        found = _held(before + ".", iso, index) if by_body else _chaired_by_office(before + ".", iso, index)
        return [found] if found else []
    return []


# "Phát biểu ngày 5/3 tại Hội nghị X, …", "Trong bài nói ngày 19/10/1986 tại Đại hội Y, …": what
# someone did on a day at a meeting, the meeting was in session that day
@lru_cache(maxsize=None)
def _then_at() -> re.Pattern[str]:
    return re.compile(r"\s*,?\s+(?=(?:tại|trong)\s+(?:" + _SITTING + r")?(?:" + _NOUNS + r")(?!\w))", re.IGNORECASE)


def _day_at_meeting(text: str, year: int | None, published: dt.date | None, index: int) -> list[Meeting]:
    """A meeting named right after a day inside the sentence ("ngày D tại Hội nghị X"): in
    session that day, held by the body its name carries (or the clause after it tells)."""
    for m in ANY_DATE.finditer(text):
        at = _then_at().match(text, m.end())
        if at is None:
            continue
        before = text[: m.start()]
        if _FUTURE.search(before) or _OTHER_DAY.search(before) or _DOC_KINDS.search(before[-40:]):
            return []
        date = first_date(text[m.start():])
        if date is None:
            return []
        if year is None and date.year is None:
            date = DayMonth(date.day, date.month, year_of_meeting(text, date.month))
        found = _at_meeting_after_day(text[at.end():], resolve(date, year, published), index)
        return [found] if found else []
    return []


# what may stand between an attended meeting's name and its day: where it was ("tại thủ đô
# Riyadh, Saudi Arabia,", "ở Lancaster House, London, Anh,"), then "vào"
_PLACE_THEN_DAY = re.compile(r"(?:\s+(?:tại|ở)\s+[^;:()]{2,90}?)?\s*,?\s*(?:vào\s+)?"
                             r"(?=(?:ngày|hôm|sáng|chiều|tối|trưa)\s+\(?\d)", re.IGNORECASE)


_NAME_STOPS = re.compile(r"\s+(?:tại|ở)\s|\s*,|\s+(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối|trưa)\s+\(?\d")


def _attended_then_dated(text: str, year: int | None, published: dt.date | None, index: int) -> list[Meeting]:
    """A meeting someone attended, dated after its name and where it was held ("Quốc vương X
    tham dự Hội nghị thượng đỉnh lần thứ 4 của các quốc gia Y tại thủ đô Z, ngày 11/11/2015"):
    held that day by the body its name carries."""
    attend = next((a for a in _ATTENDS.finditer(text) if _NOUN.match(text, a.end())), None)
    if attend is None or _FUTURE.search(text[: attend.start()]) or _NOT_MEETING.match(text[attend.end():]):
        return []
    obj = text[attend.end():]
    noun = _NOUN.match(obj)
    # the name runs to where the place or the day starts: the first "tại"/"ở"/"," or day word after it
    m = _NAME_STOPS.search(obj, noun.end() + 1)
    if m is None or _DESC_END.search(obj, noun.end(), m.start()):
        return []  # the clause says more of it before its day ("… đã được chuyển tới X trong ngày 8/2")
    day = _PLACE_THEN_DAY.match(obj, m.start())
    if day is None:
        return []
    between = obj[m.start(): day.end()]
    if _HELD_VERB.search(between) or _MEETS.search(between) or _FUTURE.search(between) or ANY_DATE.search(between):
        return []
    said = ANY_DATE.match(obj, day.end())
    date = first_date(said.group()) if said else None
    if date is None or not re.match(r"\s*(?:[.;)]|$)", obj[said.end():]):
        # the day must close the clause: "…, chiều 6/7, Thủ tướng X tiếp …" dates what follows
        return []
    if year is None and date.year is None:
        date = DayMonth(date.day, date.month, year_of_meeting(text, date.month))
    desc = obj[: m.start()]
    org = _a_body_s_name(_name_org(desc, noun.end()))
    if org is None or not desc.rstrip().endswith(org.name):
        return []  # the name runs on into something else ("Hội nghị G8 trước đây Cựu Chủ tịch Y trả lời …")
    return [_meeting(_kinds()[noun.group(1).lower()], desc, noun.end(), org, resolve(date, year, published), index)]


# an executive committee's first session at its congress, reported without its own day:
# "Ban Chấp hành khóa mới đã họp phiên thứ nhất …", "Ban Chấp hành đã họp và bầu ông X …"
_FIRST_SESSION = re.compile(r"(?<!\w)(?:Ban [Cc]hấp hành|BCH)(?P<of>\s+[^,.;]{0,80}?)?\s+(?:đã\s+)?(?:tiến hành\s+)?"
                            r"(?:(?P<first>họp phiên (?:họp\s+)?(?:thứ nhất|đầu tiên)|họp lần thứ nhất)|"
                            r"họp(?:\s+và|\s*,)\s*bầu)(?!\w)"
                            # "Tại phiên họp thứ nhất, Ban Chấp hành Hội đã bầu …"
                            r"|^(?:Tại|Trong)\s+(?P<first2>phiên họp (?:thứ nhất|đầu tiên)|phiên thứ nhất),\s*"
                            r"(?:Ban [Cc]hấp hành|BCH)(?P<of2>\s+[^,.;]{0,80}?)?\s+(?:đã\s+)?bầu(?!\w)")
# an executive committee named without its organization: "Ban Chấp hành khóa IX họp phiên thứ nhất"
_BARE_COMMITTEE = re.compile(r"^(?:Ban [Cc]hấp hành|BCH)(?:\s+(?:khóa|nhiệm kỳ)\s.*|\s+(?:Hội|mới|khóa mới))?$")


def first_sessions(meetings: list[Meeting], sentences: list[Sentence]) -> list[Meeting]:
    """The meetings of an article with the first session of the executive committee its
    congress elected, when a sentence reports it without a day: held by "Ban Chấp hành" of
    the congress's organizer (or of the body the sentence names), on the congress's day."""
    out = list(meetings)
    reported = {m.sentence for m in meetings}
    for s in sentences:
        # every branch of the pattern names the committee: the regex only where it stands
        if "BCH" not in s.text and "hấp hành" not in s.text:
            continue
        m = _FIRST_SESSION.search(s.text)
        if m is None or s.index in reported or _FUTURE.search(s.text[: m.start()]):
            continue
        congress = next((c for c in reversed(out) if c.kind == "Congress" and c.sentence <= s.index
                         and c.organizer is not None and c.date), None)
        if congress is None:
            continue
        of = m.group("of") or m.group("of2")
        named = _body_at(of.strip()) if of else None
        body = named.name if named is not None and named.kind is not None else congress.organizer.name
        org = Org(f"Ban Chấp hành {body}", congress.organizer.kind)
        session = 1 if m.group("first") or m.group("first2") else None
        meeting = Meeting(_session_kind().kind, _session_kind().vi, "họp", org, congress.date, s.index,
                          session=session)
        if not any(same_meeting(meeting, o) for o in out):
            out.append(meeting)
    for k, m in enumerate(out):
        # "Chiều 21/5, Ban Chấp hành khóa IX họp phiên thứ nhất": the committee of the congress
        if m.kind != "Congress" and m.organizer is not None and _BARE_COMMITTEE.match(m.organizer.name):
            congress = next((c for c in reversed(out[:k]) if c.kind == "Congress" and c.organizer is not None
                             and not _BARE_COMMITTEE.match(c.organizer.name)), None)
            if congress is not None:
                m.organizer = Org(f"Ban Chấp hành {congress.organizer.name}", congress.organizer.kind)
    return out


def _chair_office(clause: str) -> Org | None:
    """The office of the official a clause names as its subject, where the opening says he
    concludes or opens the meeting, so chairs it: the body of his office ("Kết luận cuộc họp,
    Chủ tịch UBND tỉnh X yêu cầu …" → UBND tỉnh), a People's Committee, a department, the
    Government, or a Party committee he is secretary of."""
    says = _SAYS.search(clause, 0, 140)
    subject = clause[: says.start()] if says else ""
    office = _office_in(subject) if subject and _subject(subject) is _PERSON else None
    if office is None or office.kind is None:
        return None
    return office if _heads_one_body(office) or office.kind == "PartyCommittee" else None


# "Sáng 6/2, tại cuộc họp giao ban lãnh đạo TP, ông X, Chủ tịch UBND TP yêu cầu …": a meeting
# the clause after the day reports from
_AT_AFTER_DAY = re.compile(r"^(?:tại|trong)\s+(?=(?:" + _NOUNS + r")(?!\w))", re.IGNORECASE)
# what only the chair does there: directs, or decides ("… Phó chủ tịch UBND TP X đã đồng ý chủ trương …")
# "giao" assigns a task to someone ("giao Sở X", "giao Ủy ban …", "giao cho"), no "giao thông" or
# "giao ban", nor one he is given or hands over ("được giao nhiệm vụ", "bàn giao cho"); "chỉ đạo" of a
# steering committee's name ("Trưởng Ban chỉ đạo") is no act
_CHAIR_ACTS = (r"yêu cầu|(?<![Bb]an )chỉ đạo|kết luận|(?<!được )(?<!bị )(?<!bàn )(?<!chuyển )(?<!giao )"
               r"giao(?=\s+(?:cho\s|nhiệm vụ|các\s|[" + UPPER + r"]))|lưu ý|chủ trì|"
               r"đề nghị|đồng ý|chấp thuận|phê duyệt")
# what an official says or asks there ends his name and titles
_SAYS = re.compile(r"\s(?:đã|" + _CHAIR_ACTS + r"|cho biết|cho rằng|khẳng định|nhấn mạnh|báo cáo|phát biểu|"
                   r"thông tin|nói|đánh giá|đề xuất|thừa nhận|thông báo|đề cập)(?!\w)")
_DIRECTS = re.compile(r"\s(?:đã\s+)?(?:" + _CHAIR_ACTS + r")(?!\w)")
# a press briefing, whatever the text calls it
_BRIEFING = re.compile(r"(?<!\w)(?:báo chí|họp báo)(?!\w)", re.IGNORECASE)


# "Sáng 9/6, trao đổi với báo chí bên lề Hội nghị X do Bộ Y tổ chức, ông Z cho biết …": a short
# act of someone's at a meeting whose host the name tells
_SIDE_AFTER_DAY = re.compile(r"^[^,.;:]{0,50}?\s(?:tại|bên lề)\s+(?:" + _SITTING + r")?(?=(?:" + _NOUNS + r")(?!\w))",
                             re.IGNORECASE)


def _at_meeting_after_day(rest: str, iso: str, index: int) -> Meeting | None:
    """A meeting the clause after a day reports from ("tại kỳ họp thứ tư HĐND TP X khóa IX, …"):
    held by the body its name carries, else by the body the clause is about, else by the
    office of the official who speaks there ("…, ông X, Chủ tịch UBND TP yêu cầu …")."""
    at = re.match(r"(?:tại|trong)\s+", rest, re.IGNORECASE)
    rest = _sitting_stripped(rest, at.end()) if at else rest
    at = _AT_AFTER_DAY.match(rest) or _SIDE_AFTER_DAY.match(rest)
    end = _numbered_end(rest, at.end(), _intro_end(rest, at.end())) if at else None
    agent = _agent_end(rest, at.end()) if at else None
    if agent is not None and (end is None or agent > end) and re.match(r"\s*,", rest[agent:]):
        end = agent  # "tại Hội nghị tuyên truyền, phổ biến … do Sở X tổ chức, …": the name runs to its host
    elif at is not None and not _AT_AFTER_DAY.match(rest) and (_MET.search(rest, 0, at.end()) or _a_body_s_name(_name_org(rest[at.end(): end or len(rest)],
                                                                                       len(_NOUN.match(rest, at.end()).group(0)))) is None):
        # "trao đổi bên lề Hội nghị X, …": only a host named makes it sure; "trong cuộc gặp bên lề
        # Hội nghị G20": the day is of the two who met
        return None
    if at is None or end is None:
        return None
    desc = rest[at.end(): end]
    noun = _NOUN.match(desc)
    if (noun is None or _NOT_MEETING.match(desc) or _FUTURE.search(desc) or _BRIEFING.search(desc)
            or ANY_DATE.search(desc) or _SPOKESPERSON.search(rest)):
        return None
    kind = _kinds()[noun.group(1).lower()]
    org = _a_body_s_name(_name_org(desc, noun.end()))
    if org is not None and org.name in desc and _DOC_KINDS.search(desc[: desc.index(org.name)]) \
            and not re.search(r"(?<!\w)do\s*$", desc[: desc.index(org.name)]):
        org = None  # "hội nghị tổng kết Chỉ thị 16 của Bộ Chính trị": the document's issuer, not its host
    clause = rest[end + 1:].lstrip()
    if _PREVIEW.match(clause):
        return None
    if org is None and _starts_body(clause):
        # "…, Ban Thường vụ Tỉnh ủy đã cho ý kiến …": a body in session, doing what it does there
        verb = next((m for m in re.finditer(r"\s+(?=\S)", clause[:100]) if _DELIBERATES.match(clause[m.end():])
                     or _DECIDES_AT.match(clause[m.end():])), None)
        subject = _subject(clause[: verb.start()]) if verb else None
        org = subject if isinstance(subject, Org) and not _is_place(subject) else None
    org = org or _directing_office(clause, desc)
    if org is None:
        return None
    return _meeting(kind, desc, noun.end(), org, iso, index)


# "Chiều nay 15/5, tại phiên họp của X, sẽ có nội dung …": what the meeting is to do, told
# before it is held — a preview, not a report
_PREVIEW = re.compile(r"^(?:[^,.;:]{0,40}?\s)?(?:sẽ|dự kiến)\s", re.IGNORECASE)


def _directing_office(clause: str, desc: str = "") -> Org | None:
    """The office of the official who directs in a clause reported from a meeting: he chairs
    it ("Chủ tịch UBND TP X yêu cầu …" → UBND TP X); one who only speaks may be a guest at
    another's conference ("…, Bí thư Thành ủy X cho biết …"), so tells no organizer. At a
    routine briefing (`desc`, the meeting's name: "giao ban với các sở, ngành") the leader
    who speaks is its chair: guests attend no such meeting."""
    clause = re.sub(r"^đích thân\s+", "", clause)  # "…, đích thân Chủ tịch UBND TP X yêu cầu …"
    says = _SAYS.search(clause, 0, 140)
    directs = says is not None and _DIRECTS.match(clause[says.start():]) is not None
    # at a body's own routine briefing its leader who speaks chairs it (_briefing_host)
    briefing = not directs and says is not None and _ROUTINE_BRIEFING.search(desc) is not None
    subject = clause[: says.start()] if directs or briefing else ""
    leaders = _LEADERS_OF.match(subject)
    if leaders and subject[leaders.end():leaders.end() + 1].isupper():
        # "…, lãnh đạo UBND TP X (tiếp tục) có chỉ đạo …": a body's leaders direct for the body
        body = _body_at(subject[leaders.end():])
        return body if body is not None and body.kind is not None and not _is_place(body) else None
    if briefing:
        return _briefing_host(subject, desc, clause[says.start():says.end()])
    office = _office_in(subject) if subject and _subject(subject) is _PERSON else None
    return office if office is not None and office.kind is not None else None


def _briefing_host(subject: str, desc: str, verb: str) -> Org | None:
    """The body whose routine briefing its leader, the subject, speaks at: a People's
    Committee, the Government or a Party committee named by its head (not "Giám đốc Sở Y tế
    cho biết" at the city's briefing, nor "Trưởng phòng Kinh tế UBND …"); none at a regional
    or online one, nor for one who reports there ("báo cáo")."""
    if _briefing_above(desc) or _REPORTS.match(verb):
        return None
    office = _office_in(subject) if subject and _subject(subject) is _PERSON else None
    if office is None or office.kind not in _BRIEFING_HOSTS or not body_index().match(tokenize(office.name), 0):
        return None
    return office


# a body's leaders, the subject who directs at its meeting (the body's capital checked in code:
# "Ủy ban …" opens with a capital no [A-Z] class holds)
_LEADERS_OF = re.compile(r"^(?:các\s+)?lãnh đạo\s+")
# what a department does at another's briefing: it reports
_REPORTS = re.compile(r"\s(?:đã\s+)?(?:báo cáo|đề xuất|kiến nghị|thông tin|thông báo)(?!\w)")
# the bodies that hold routine briefings with their departments: a People's Committee, the
# Government, a Party committee
_BRIEFING_HOSTS = frozenset({"PeoplesCommittee", "StateBody", "PartyCommittee"})


# a quote's closing mark, then who said it: "“…” - Bộ trưởng X cho biết", "“…”, ông Y nói"
_SPEECH_AFTER_QUOTE = re.compile(r"^[\s,.\-–]*[^“”\"]{0,120}?\s(?:cho biết|cho hay|nói|khẳng định|nhấn mạnh|chia sẻ)(?!\w)")


def _after_quote(before: str) -> str:
    """What a sentence reports before a meeting's name, less a quote its speaker said
    ("“… chúng tôi sẽ …” - Bộ trưởng X cho biết tại phiên họp …": the quote's "sẽ" is his,
    no plan of the meeting); a quoted name ("đề án “Đổi mới giáo dục”") is kept."""
    cut = before.rfind("”")
    if cut < 0 or _SPEECH_AFTER_QUOTE.match(before[cut + 1:]) is None:
        return before
    return before[cut + 1:]


_PASSIVE_ACT = re.compile(r"(?<!\w)(?:được|bị)(?!\w)")
# the report's own verb a clause may open with, after the break sought before it
_TOLD_LEAD = re.compile(r"^\s*(?:cho biết|cho rằng),?\s*")


# what may stand between a meeting's day and the official who speaks there: "…), đích thân …"
_SPEAKER_LEAD = re.compile(r"^[\s)]*,\s*(?:đích thân\s+)?")
# meetings a body holds among its own: an official who speaks at one opened "Tại cuộc họp …" is its host
_OWN_SITTINGS = frozenset({"cuộc họp", "buổi họp", "phiên họp"})
# a "phiên họp" is the Government's or a council's: a minister reports at one, its head chairs it
_SITTING_HOSTS = frozenset({"PeoplesCommittee", "PeoplesCouncil"})


def _speaker_after(rest: str, noun: str, at: str, desc: str) -> Org | None:
    """The office of the official who speaks right after a body's own sitting opens the
    sentence, dated and with no host named ("Tại cuộc họp sáng 30-5, ông A, Chủ tịch UBND
    tỉnh X cho biết …" → UBND tỉnh X; "Tại cuộc họp giao ban … sáng 6/2, Chủ tịch UBND TP Y
    Nguyễn Văn B tiếp tục …"): the one who speaks first there is its host. Not a meeting
    "với" another party (either side may speak), nor a conference (a guest's speech)."""
    if noun.lower() not in _OWN_SITTINGS or not re.match(r"(?:tại|trong)\s", at, re.IGNORECASE) \
            or re.search(r"(?<!\w)(?:với|giữa)(?!\w)", desc) or _BRIEFING.search(desc):
        return None
    lead = _SPEAKER_LEAD.match(rest)
    if lead is None:
        return None
    clause = rest[lead.end():]
    verb = _SAYS.search(clause)
    if verb is None or verb.start() > 140:
        return None
    subject = clause[: verb.start()]
    if _subject(subject) is not _PERSON:
        return None
    office = _office_in(subject)
    if office is None or office.kind is None or _guest_office(office.name):
        return None  # a firm's, a bank's, a school's head who speaks there is likelier a guest
    if noun.lower() == "phiên họp" and not (office.kind in _SITTING_HOSTS or office.name.lower() == "chính phủ"):
        return None  # "Tại phiên họp sáng 5-6, Bộ trưởng Bộ Tài chính cho biết …": he reports there
    return office


def _guest_office(name: str) -> bool:
    """Whether a body's name opens with the head of a firm (trade_heads.txt: "Công ty") or
    of a body whose official is likelier a guest than a host (guest_offices.txt: "Trường")."""
    words = tuple(name.lower().split())
    return any(words[:len(h)] == h for h in (*trade_heads(), *guest_offices()))


def _subject_host(before: str, desc: str) -> Org | None:
    """The host of a meeting named as the subject of the clause right before it: the leader
    who speaks at a routine briefing ("Chủ tịch UBND TP X Nguyễn Văn A tiếp tục đề cập … tại
    cuộc họp giao ban ngày 6/2"), or one who directs at any other meeting ("Chủ tịch UBND TP Y
    chấp thuận đề xuất trên tại cuộc họp với UBND quận 1 chiều 8/2"), as _directing_office
    reads him after it: the last speaking verb before the meeting, its clause's subject."""
    briefing = _ROUTINE_BRIEFING.search(desc) is not None
    verbs = list(_SAYS.finditer(before))
    if not verbs:
        return None
    verb = verbs[-1]
    # the clause the verb is in: from the last clause break before its subject's post
    head = before[: verb.start()]
    start = max(head.rfind(" cho biết,"), head.rfind(" cho rằng,"), head.rfind(";"))
    if briefing:
        return _briefing_host(_TOLD_LEAD.sub("", head[start + 1:]), desc, verb.group(0))
    # his own act is the clause's first verb ("chấp thuận đề xuất …": "đề xuất" is its object)
    clause = _TOLD_LEAD.sub("", before[start + 1:])
    first = _SAYS.search(clause)
    subject = clause[: first.start()] if first else ""
    if first is None or not _DIRECTS.match(clause[first.start():]) or _PASSIVE_ACT.search(clause, 0, first.end()):
        # one who only speaks may be a guest at another's meeting; one who is given a task
        # ("được UBND tỉnh giao nhiệm vụ …") is no chair
        return None
    office = _office_in(subject) if subject and _subject(subject) is _PERSON else None
    return office if office is not None and office.kind is not None else None


def _briefing_above(desc: str) -> bool:
    """Whether a briefing's name puts it above its speakers: regional, online, of a bloc
    (briefing_scopes.txt: "giao ban … khu vực Tây Nguyên", "giao ban trực tuyến")."""
    return _briefing_scopes_at().search(desc) is not None


@lru_cache(maxsize=None)
def _briefing_scopes_at() -> re.Pattern[str]:
    """Any word of briefing_scopes.txt, whole."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in briefing_scopes()) + r")(?!\w)", re.IGNORECASE)


# a routine briefing, or a meeting a committee holds with its departments ("cuộc họp (tập thể) với
# (lãnh đạo) các sở, (ban,) ngành"): its leader who speaks there chairs it (not one with the
# ministries, "các bộ, ngành": a province's chair is the Government's guest there)
_ROUTINE_BRIEFING = re.compile(r"(?<!\w)(?:giao ban|họp(?:\s+tập thể)?\s+(?:với\s+)?(?:lãnh đạo\s+)?các\s+sở,?"
                               r"(?:\s+ban,?)?\s+ngành)(?!\w)", re.IGNORECASE)


# a shareholders' meeting is its company's, however the company is called: "Đại hội đồng cổ
# đông thường niên 2017 của Sacombank", "ĐHĐCĐ VNDirect diễn ra chiều 29/5"
_SHAREHOLDERS = re.compile(r"^(?:đại hội đồng cổ đông|đại hội cổ đông|đhđcđ)$", re.IGNORECASE)
_SHARE_MODS = re.compile(r"^(?:\s*(?:\(?ĐHĐCĐ\)?|thường niên|bất thường|lần(?: thứ)?\s+\S+|năm(?: tài chính)?\s+[\d\s,–\-]+|"
                         r"\d{4}|của|,))*\s*", re.IGNORECASE)
_COMPANY = re.compile(r"(?:(?:[A-ZĐ][\w&.]*|TMCP|CP|cổ phần|MTV|TNHH)(?:\s+|$))+")


def _shareholders_company(desc: str, noun_len: int) -> Org | None:
    """The company whose shareholders' meeting a description names, by the capitalized
    words that follow the meeting's qualifiers."""
    if not _SHAREHOLDERS.match(desc[:noun_len].strip()):
        return None
    rest = desc[noun_len:]
    rest = rest[_SHARE_MODS.match(rest).end():]
    m = _COMPANY.match(rest)
    name = _clean(m.group(0)) if m else ""
    if not name or not name[:1].isupper() or len(name.split()) > 12:
        return None
    return Org(name, kind_of(tokenize(name)))


# a forum named as the frame of a meeting: "Diễn đàn cấp cao hợp tác quốc tế “Vành đai và Con đường”"
_FORUM = re.compile(r"(?:Diễn đàn|Hội nghị thượng đỉnh)\s+[^,;:.()]{3,90}?(?=\s+(?:đã|được|vừa|diễn ra|tổ chức|khai mạc|tại|ở)(?!\w)|[,;:.]|$)")


def _frame_host(desc: str, noun_len: int) -> Org | None:
    """The forum a meeting whose name tells no body is held within ("Hội
    nghị bàn tròn các nhà lãnh đạo trong khuôn khổ Diễn đàn cấp cao X đã được tổ chức …"; random25
    gold): its host. Not one whose name tells whose it is ("… của X", "… do X")."""
    frame = _FRAME.search(desc, noun_len)
    if frame is None or re.search(r"(?<!\w)(?:của|do)\s", desc[noun_len: frame.start()]) \
            or _NOUN.search(desc, noun_len, frame.start()) \
            or re.search(r"(?<!\w)(?:để|nhằm|nghe|về việc|[,;:])(?!\w)", desc[noun_len: frame.start()]):
        return None  # "cuộc họp để nghe báo cáo … các hội nghị trong khuôn khổ APEC": another's frame
    forum = _FORUM.match(desc[frame.end():].lstrip())
    return Org(_clean(forum.group(0)), None) if forum else None


# the company a sentence names with its shareholders or its board: "các cổ đông chính của Tân Phú Long",
# "ông X, Chủ tịch HĐQT Công ty cổ phần Y (HAGL)", "tân Chủ tịch HĐQT của Sacombank"
_COMPANY_OF = re.compile(r"(?<!\w)(?:cổ đông(?:\s+(?:chính|lớn))?|HĐQT|Hội đồng quản trị)\s+(?:của\s+)?"
                         r"(?=(?-i:[A-ZĐ]))")


_COMPANY_HEAD = re.compile(r"(?:Công ty|Tổng công ty|Ngân hàng|Tập đoàn|CTCP)(?:\s+(?:cổ phần|CP|TNHH|TMCP|MTV|một thành viên))*\s+$")


def companies_in_full(meetings: list[Meeting], text: str) -> list[Meeting]:
    """The meetings of an article with a company named by its own name alone ("Tân Phú Long")
    given the longest name the article writes it with ("Công ty cổ phần Tân Phú Long")."""
    for m in meetings:
        org = m.organizer
        if org is None or org.kind is not None or not org.name[:1].isupper() or len(org.name.split()) > 4:
            continue
        best = org.name
        for at in re.finditer(r"(?<!\w)" + re.escape(org.name) + r"(?!\w)", text):
            head = _COMPANY_HEAD.search(text, max(0, at.start() - 40), at.start())
            if head is not None and len(text[head.start(): at.end()]) > len(best):
                best = text[head.start(): at.end()]
        if best != org.name:
            m.organizer = Org(best, kind_of(tokenize(best)))
    return meetings


def _shareholders_of(desc: str, noun_len: int, context: str) -> Org | None:
    """The company of a shareholders' meeting its name does not tell, named in the sentence by
    its shareholders or its board ("Tại Đại hội đồng cổ đông bất thường ngày 19/11/2013, các cổ
    đông chính của Tân Phú Long đã …"; meet30 gold)."""
    if not context or not _SHAREHOLDERS.match(desc[:noun_len].strip()) or re.search(r"[,;:]", desc[noun_len:]):
        return None  # a name that runs on past a comma is no meeting's name alone: its day may be another's
    for m in _COMPANY_OF.finditer(context):
        name = _COMPANY.match(context, m.end())
        name = _clean(name.group(0)) if name else ""
        proper = [w for w in name.split() if w[:1].isupper() and w not in company_forms()
                  and w.lower() not in ("công", "ngân", "tập", "tổng", "ty", "hàng", "đoàn")]
        if proper and len(name.split()) <= 12:
            abbr = _ABBR_AFTER.match(context, m.end() + len(name))
            return Org(context[m.end(): abbr.end()] if abbr else name, kind_of(tokenize(name)))
    return None


# "tỉnh này", "thành phố này": the place the article last named at that level
_THIS_PLACE = re.compile(r"(?<!\w)(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)\s+này(?!\w)", re.IGNORECASE)
_SAME_LEVEL = {"tp": "thành phố", "tp.": "thành phố"}


def _named_at_level(level: str, text: str) -> str | None:
    """The name the text last gives a place of that level ("tỉnh Lâm Đồng" → "Lâm Đồng")."""
    words = r"(?:thành phố|TP\.?)" if level in ("thành phố",) else re.escape(level)
    found = None
    for m in re.finditer(r"(?<!\w)" + words + r"\s+((?-i:[A-ZĐ][\w\-]*)(?:\s+(?-i:[A-ZĐ][\w\-]*)){0,2})", text,
                         re.IGNORECASE):
        found = m.group(1)
    return found


def this_place(meetings: list[Meeting], sentences: list[Sentence], province: str | None) -> list[Meeting]:
    """The meetings of an article with "tỉnh này"/"thành phố này" in an organizer named: the
    place of that level the article named last before it, or the article's own province; a
    meeting whose place the article does not tell is left out (no organizer as written)."""
    out = []
    for m in meetings:
        hit = _THIS_PLACE.search(m.organizer.name) if m.organizer is not None else None
        if hit is None:
            out.append(m)
            continue
        level = _SAME_LEVEL.get(hit.group(1).lower(), hit.group(1).lower())
        sentence = sentences[m.sentence].text if m.sentence < len(sentences) else ""
        at = sentence.find(m.organizer.name)
        before = " ".join(s.text for s in sentences[: m.sentence]) + " " + (sentence[:at] if at >= 0 else "")
        name = _named_at_level(level, before)
        if name is None and level in ("tỉnh", "thành phố") and province:
            name = province
        if name is None:
            continue
        org = m.organizer.name[: hit.start()] + f"{hit.group(1)} {name}" + m.organizer.name[hit.end():]
        m.organizer = Org(org, m.organizer.kind)
        out.append(m)
    return out


# an organizer written as a bare acronym ("HRDWG đã họp phiên toàn thể")
_BARE_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&]{1,9}")


def spelled_acronyms(meetings: list[Meeting], text: str) -> list[Meeting]:
    """The meetings of an article with an organizer written as a bare acronym named as the
    article spells it out, its acronym kept ("HRDWG" → "Nhóm công tác về phát triển nguồn nhân
    lực (HRDWG)"), when the article writes "<name> (<acronym>)" with a body's head opening the
    name; our own abbreviations ("UBND") and the bodies of nations ("APEC") stay as written."""
    for m in meetings:
        name = m.organizer.name if m.organizer is not None else ""
        if not _BARE_ACRONYM.fullmatch(name) or name in abbreviations() or name in meeting_hosts():
            continue
        full = _spelled_out(name, text)
        if full is not None:
            m.organizer = Org(full, m.organizer.kind)
    return meetings


def _spelled_out(acronym: str, text: str) -> str | None:
    """The name the text writes right before "(<acronym>)": the words whose initials spell it
    ("Ủy ban Thường vụ Quốc hội (UBTVQH)"), else the longest run a body's head opens that no
    capitalized word before it continues and that is no meeting's name."""
    for paren in re.finditer(r"\s*\(" + re.escape(acronym) + r"\)", text):
        before = text[max(0, paren.start() - 120): paren.start()]
        before = re.split(r"[,;:()“”\"]|\.\s", before)[-1]
        words = list(re.finditer(r"\S+", before))[-14:]
        longest = None
        for k, w in enumerate(words):
            name = before[w.start():].strip()
            if _initials(name) == _initials(acronym, letters=True):
                return f"{name} ({acronym})"
            toks = tokenize(name)
            if longest is None and toks and toks[0].is_cap and not _NOUN.match(name) \
                    and (k == 0 or not words[k - 1].group(0)[:1].isupper()) \
                    and (name.startswith(meeting_groups()) or body_index().match(toks, 0)):
                longest = name
        if longest is not None:
            return f"{longest} ({acronym})"
    return None


def _initials(text: str, letters: bool = False) -> str:
    """The first letters of a name's words ("Ủy ban Thường vụ Quốc hội" → "UBTVQH"), or with
    `letters` an acronym's own letters, without diacritics, upper-cased."""
    parts = list(text) if letters else [w[0] for w in re.findall(r"\w+", text)]
    flat = unicodedata.normalize("NFD", "".join(parts).replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in flat if c.isalnum() and not unicodedata.combining(c)).upper()


# a sentence that dates, right at its start, the meeting the sentence before it reported
# without a day: "X đã họp toàn thể thảo luận về …. Tham dự phiên họp ngày 13/5 có …"
_DATED_BACK = re.compile(r"^(?:(?:Tham dự|Dự|Tại|Trong|Phát biểu tại)\s+)?(?P<noun>phiên họp|hội nghị|cuộc họp|kỳ họp)"
                         r"(?:\s+(?:toàn thể|này))?\s+(?:(?:được\s+)?tổ chức\s+|diễn ra\s+)?(?:vào\s+)?"
                         r"(?=(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2})", re.IGNORECASE)
# what the report may call the event the next sentence calls a hội nghị (dev pages p14/p20)
_WORKSHOP = re.compile(r"(?<!\w)[Hh]ội thảo(?!\w)")


def dated_back(meetings: list[Meeting], sentences: list[Sentence], year: int | None,
               published: dt.date | None) -> list[Meeting]:
    """The meetings of an article with one a sentence reports held without its day, when the
    next sentence opens by dating it ("Tham dự phiên họp ngày 13/5 …", "Tại hội nghị tổ chức
    ngày 12/5 …"); its own lead-in ("Nhân dịp X, …") may be left out to read it."""
    out = list(meetings)
    reported = {m.sentence for m in meetings}
    for prev, s in zip(sentences, sentences[1:]):
        m = _DATED_BACK.match(s.text)
        if m is None or s.index in reported or prev.index in reported or _PLANNED.search(prev.text):
            continue
        date = lead_date(s.text[m.end():])
        if date is None:
            continue
        body = prev.text if m.group("noun").lower() != "hội nghị" else _WORKSHOP.sub("Hội nghị", prev.text)
        day = f"Ngày {date.day}/{date.month}" + (f"/{date.year}" if date.year else "") + ", "
        lead = re.match(r"[^,;:]{3,80},\s+(?=\S)", body)
        for text in [body] + ([body[lead.end():]] if lead else []):
            found = _clause_meetings(Sentence(prev.index, day + text, 0, len(day + text)), year, published)
            if found:
                out += [f for f in found if not any(same_meeting(f, o) for o in out)]
                break
    return out


# a photo's caption showing a meeting on its day: "Toàn cảnh phiên họp của Hội đồng X ở New York
# ngày 2/6", "Các đại biểu dự kỳ họp thứ 3, Quốc hội khóa XIV ngày 22.5" (the caption is all of it)
_CAPTION_LEAD = re.compile(r"^\W{0,3}(?:Toàn cảnh|Quang cảnh|(?:Các\s+)?[Đđ]ại biểu\s+(?:tham\s+)?dự)\s+(?=(?:" + _NOUNS + r")(?!\w))",
                           re.IGNORECASE)
_CAPTION_DAY = re.compile(r",?\s+(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày|hôm)?\s*(?=\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
                          r"\s*(?:[.)]|\(?Ảnh|Nguồn|$))", re.IGNORECASE)


def _captioned(text: str, year: int | None, published: dt.date | None, index: int) -> list[Meeting]:
    """A meeting a photo's caption shows on its day, held by the body its name carries."""
    lead = _CAPTION_LEAD.match(text)
    if lead is None:
        return []
    day = _CAPTION_DAY.search(text, lead.end(), lead.end() + 220)
    desc = text[lead.end(): day.start()] if day else ""
    noun = _NOUN.match(desc)
    if noun is None or re.search(r"[;:]", desc) or _NOT_MEETING.match(desc) or _FUTURE.search(desc):
        return []
    date = _day_of_this_year(first_date(text[day.end():]), year, text)
    org = _name_org(desc, noun.end())
    if date is None or org is None or _is_place(org):
        return []
    return [_meeting(_kinds()[noun.group(1).lower()], desc, noun.end(), org, resolve(date, year, published), index)]


# a day the article announces a meeting for: "Hội nghị X sẽ diễn ra vào ngày 17/5 tại …"
_ANNOUNCED = re.compile(r"(?<!\w)(?:sẽ|dự kiến(?:\s+sẽ)?)\s+(?:được\s+)?(?:chính thức\s+)?(?:diễn ra|tổ chức|khai mạc|họp|nhóm họp)"
                        r"\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)",
                        re.IGNORECASE)
# what tells that a meeting did take place
_PAST = re.compile(r"(?<!\w)(?:đã|vừa|bế mạc|kết thúc|khép lại|thành công|hôm qua)(?!\w)", re.IGNORECASE)


def announced_only(meetings: list[Meeting], sentences: list[Sentence]) -> list[Meeting]:
    """The meetings of an article without those it only announces: one whose day another
    sentence says it "sẽ diễn ra" on, its own sentence telling nothing past ("Hội nghị X sẽ diễn
    ra vào ngày 17/5 …. Hội nghị X diễn ra vào ngày 17/5."): an article written before it."""
    if not meetings:
        return meetings  # most articles
    announced = {(int(m.group(2)), int(m.group(1))) for s in sentences if "sẽ" in s.text or "dự kiến" in s.text
                 for m in _ANNOUNCED.finditer(s.text)}
    if not announced:
        return meetings
    out = []
    for m in meetings:
        day = re.search(r"(\d{2})-(\d{2})$", m.date or "")
        own = sentences[m.sentence].text if m.sentence < len(sentences) else ""
        if day and (int(day.group(1)), int(day.group(2))) in announced and not _PAST.search(own):
            continue
        out.append(m)
    return out


# a sitting of a council in session, named by what it does there, with its day: "tại phiên thảo luận
# tổ của Quốc hội chiều 26/5" (late30 gold: the council's meeting, dated by the sitting the article gives)
_COUNCIL_SITTING = re.compile(
    r"(?<!\w)(?:phiên|buổi)\s+(?:họp\s+)?(?:thảo luận|chất vấn(?:\s+và\s+trả lời chất vấn)?)"
    r"(?P<where>\s+(?:(?:ở|tại)\s+)?(?:tổ|hội trường|toàn thể))?"
    r"(?:\s+(?:của\s+)?(?P<body>Quốc hội|(?:HĐND|Hội đồng nhân dân)\s+(?:tỉnh|thành phố|TP\.?)\s*[^\W\d][^,;:.()]{1,25}?))?"
    r"(?P<about>\s+(?:về|dự án|đối với)\s[^,;:.]{3,90}?)?,?\s+"
    r"(?P<day>(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)(?!\s*[/.-]?\d)",
    re.IGNORECASE)
# a sitting opening the sentence, and the council its members name later in it
_OPENS_SITTING = re.compile(r"^\W{0,3}(?:Tại|Trong)\s+$")
_COUNCIL_MEMBERS = re.compile(r"(?<!\w)(?:đại biểu|ĐB)\s+(Quốc hội|(?:HĐND|Hội đồng nhân dân)\s+(?:tỉnh|thành phố|TP\.?)"
                              r"(?:\s*(?-i:[A-ZĐ])[^\W\d]*(?:\s+(?-i:[A-ZĐ])[^\W\d]*){0,3})?)(?!\w)")
_AT_PARLIAMENT = re.compile(r"^\s*(?:tại|ở)\s+(Quốc hội)(?!\s+(?-i:[A-ZĐ]))")


def council_sittings(meetings: list[Meeting], sentences: list[Sentence], year: int | None,
                     published: dt.date | None) -> list[Meeting]:
    """The meetings of an article with the council's meeting a dated sitting of it reports
    ("… phát biểu tại phiên thảo luận tổ của Quốc hội chiều 26/5", "… phiên thảo luận về X sáng
    30/5 tại Quốc hội"): held by the council the sitting names (one naming none gives no row:
    meet30 NOTES), merged into the article's report of the same sitting, if any."""
    out = list(meetings)
    for s in sentences:
        if "phiên" not in s.text and "buổi" not in s.text:
            continue
        for m in _COUNCIL_SITTING.finditer(s.text):
            if _FUTURE.search(s.text[max(0, m.start() - 60): m.start()]) or _AHEAD.match(s.text[m.end():]) \
                    or _FUTURE.search(s.text[m.end(): m.end() + 30]) or _WILL_IN_NAME.search(m.group(0)):
                continue
            body = m.group("body")
            if body is None:
                after = _AT_PARLIAMENT.match(s.text[m.end():])
                body = after.group(1) if after else None
            if body is None and _OPENS_SITTING.match(s.text[: m.start()]):
                # "Tại phiên chất vấn ngày 5/7, … được các đại biểu HĐND TP đưa ra": its members name it
                members = _COUNCIL_MEMBERS.search(re.split(r"[;:]|\.\s", s.text[m.end():], maxsplit=1)[0])
                body = members.group(1) if members else None
            date = first_date(m.group("day")) if body else None
            date = _day_of_this_year(date, year, s.text) if date else None
            if date is None:
                continue
            found = Meeting(_session_kind().kind, _session_kind().vi, _clean(m.group(0)[: m.start("day") - m.start()]),
                            Org(_clean(body), kind_of(tokenize(_clean(body)))),
                            resolve(date, year, published), s.index)
            out = merge_meetings(out, [found], "")
            break
    return out


# a list of the day's meetings after a colon: "Trong ngày diễn ra các cuộc họp: Nhóm X (ABC) do Bộ Y chủ
# trì; Tiểu ban Z (SCSC); Hội thảo …", "Các sự kiện này bao gồm: Hội nghị lần thứ 11 của Nhóm X; …"
_LIST_INTRO = re.compile(r"(?:(?:diễn ra|có|gồm|bao gồm)\s+(?:các|những)\s+(?:cuộc họp|phiên họp)|"
                         r"(?:[Cc]ác|[Nn]hững)\s+(?:sự kiện|cuộc họp|phiên họp|hoạt động)(?:\s+này)?\s+(?:bao gồm|gồm))\s*:\s*")
# "Bên cạnh đó còn có cuộc họp của Nhóm X (ABC) và Nhóm Y (DEF).": more of the same day's list
_LIST_MORE = re.compile(r"^(?:Bên cạnh đó|Ngoài ra|Đồng thời),?\s+(?:còn\s+)?(?:có|diễn ra)\s+(?:các\s+)?(?:cuộc họp|phiên họp)\s+của\s+")
# what an item may say before the body whose meeting it is: "Cuộc họp của", "Hội nghị lần thứ 11 của"
_ITEM_LEAD = re.compile(r"^(?:(?:cuộc họp|phiên họp|hội nghị)(?:\s+(?:lần\s+)?thứ\s+(?P<n>" + ORDINAL + r"))?\s+(?:của\s+)?)?",
                        re.IGNORECASE)


def _listed_body(item: str) -> tuple[Org, int | None] | None:
    """The body whose meeting an item of a list of meetings names, with the meeting's number:
    a group, a body, or a name with its acronym after it; not a workshop, a forum or another
    event (other_events.txt)."""
    item = item.strip(" .")
    lead = _ITEM_LEAD.match(item)
    rest = item[lead.end():]
    low = rest.lower()
    if not rest[:1].isupper() or any(low.startswith(e) and not low[len(e): len(e) + 1].isalnum() for e in other_events()):
        return None
    org = _group_at(rest) or _named_with_acronym(rest) or _body_at(rest)
    if org is None or _is_place(org):
        return None
    return org, ordinal(lead.group("n")) if lead.group("n") else None


def listed_meetings(meetings: list[Meeting], sentences: list[Sentence], year: int | None,
                    published: dt.date | None) -> list[Meeting]:
    """The meetings of an article with those a list of the day's meetings names, item by item
    ("Ngày 9/5, … các cuộc họp liên quan bước vào ngày làm việc đầu tiên. Trong ngày diễn ra các
    cuộc họp: Nhóm X (ABC) do Bộ Y chủ trì; Hội thảo Z; Tiểu ban W (SCSC)."; gold late30/new38):
    each body's own meeting, that day; the day is the list's own or the sentence's before it. A
    list of meetings to come ("Trong ngày sẽ diễn ra …") is none."""
    out = list(meetings)
    listed_at = None
    for s in sentences:
        intro = _LIST_INTRO.search(s.text) if ":" in s.text else None
        more = _LIST_MORE.match(s.text) if listed_at is not None and s.index == listed_at[0] + 1 else None
        if intro is None and more is None:
            continue
        if more is not None:
            day = listed_at[1]
            items = re.split(r";|,|\s+và\s+(?=[A-ZĐ])", s.text[more.end():])  # not "phụ nữ và kinh tế"
        else:
            before = s.text[: intro.start()]
            if _FUTURE.search(before) or _PLANNED.search(before):
                continue
            day = _stated_day(Sentence(s.index, before, 0, len(before)), published) if _DIGIT.search(before) else False
            if day is False and s.index > 0:
                day = _stated_day(sentences[s.index - 1], published)
            if not isinstance(day, DayMonth):
                continue
            items = s.text[intro.end():].split(";")
        found = []
        for item in items:
            body = _listed_body(item)
            if body is not None:
                found.append(Meeting(_session_kind().kind, _session_kind().vi, "họp", body[0],
                                     resolve(day, year, published), s.index, session=body[1]))
        if len(found) >= 2 or more is not None:
            listed_at = (s.index, day)
            for m in found:
                if not any(same_meeting(m, o) for o in out):
                    out.append(m)
    return out


# a headline telling who met ("Chính phủ họp trực tuyến 'giải cứu' cát", "Bộ Y tế họp sửa đổi thông tư …")
_HEADLINE_MEETS = re.compile(r"^\W*(?P<body>[^,:;.?!“”\"']{2,60}?)\s+(?:đã\s+|vừa\s+)?(?:họp|nhóm họp)(?!\s+(?:" + _NOT_HOP + r"))(?!\w)")
# the body's text dating a meeting it names without its host: "… tại hội nghị trực tuyến về X, ngày 6-7."
_AT_DATED = re.compile(r"(?<!\w)(?:tại|trong)\s+(?:(?:cuộc|buổi|phiên)\s+)?(?:hội nghị|họp|phiên họp)(?!\w)(?P<desc>[^.;:!?]{0,150}?),?\s+"
                       r"(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(?:hôm\s+)?(?P<day>\d{1,2}\s*[/.-]\s*\d{1,2})(?![\d/])",
                       re.IGNORECASE)


def headline_host(meetings: list[Meeting], headline: str | None, sentences: list[Sentence], year: int | None,
                  published: dt.date | None) -> list[Meeting]:
    """For an article that reports no meeting, the one its headline says a body held ("Chính phủ họp
    trực tuyến …") and its text dates without naming the host ("… tại hội nghị trực tuyến về X,
    ngày 6-7"; study40b gold): the headline's body, on that day."""
    if meetings or not headline or not sentences:
        return meetings
    head = _HEADLINE_MEETS.match(headline)
    subject = _subject(head.group("body")) if head else None
    if not isinstance(subject, Org) or _is_place(subject) or _FUTURE.search(headline):
        return meetings
    for s in sentences[:12]:
        at = _AT_DATED.search(s.text)
        if at is None or _FUTURE.search(s.text[: at.end()]) or _AHEAD.match(s.text[at.end():]) \
                or _NOT_MEETING.match(s.text[at.start():].split(None, 1)[1]) or _BRIEFING.search(at.group(0)):
            continue
        date = first_date(at.group("day"))
        if date is None:
            continue
        return [Meeting(_session_kind().kind, _session_kind().vi, "họp", subject, resolve(date, year, published), s.index)]
    return meetings


# what may stand right before a chair's name in place of his office: a rank, "ông"/"bà",
# "đồng chí" (the rank's own words are ranks.txt's)
_BEFORE_HOLDER = ("ông", "bà", "đồng chí")


def chaired_by_holder(meetings: list[Meeting], sentences: list[Sentence], offices: dict[str, Title],
                      year: int | None, published: dt.date | None, text: str,
                      today: DayMonth | None = None) -> list[Meeting]:
    """The meetings of an article, with those a sentence says someone chaired whom it names
    only by rank, bare post or name ("Ngày 16/6, Thiếu tướng A tiếp tục chủ trì cuộc họp …",
    "Bộ trưởng B đã chủ trì cuộc họp về …") while the article names his office elsewhere
    (`offices`: person → his post at the head of one body, "Giám đốc Công an tỉnh X"): the
    sentence is read again with that post written before his name, as `_chaired_by_office`
    reads "Giám đốc Công an tỉnh X A chủ trì …", on the day the main pass would ("Cùng ngày,
    …"; `today`). Only sentences that gave no meeting; the list stays in sentence order."""
    done = {m.sentence for m in meetings}
    out = meetings
    for s in sentences:
        verb = s.text.find("chủ trì")
        if verb < 0 or s.index in done:
            continue
        for name, title in offices.items():
            at = s.text.find(name)
            if at < 0 or at > verb or s.text[at + len(name): at + len(name) + 1].isalnum() \
                    or title.text in s.text[max(0, at - len(title.text) - 3):at]:
                continue  # not the one before the verb ("… An" is not "… Anh"), or his office written there
            start = _holder_lead(s.text, at, title)
            again = s.text[:start] + title.text + " " + s.text[at:]
            found = [m for m in extract_meetings(Sentence(s.index, again, s.start, s.end), year, published,
                                                 day_before(sentences, s.index, published), today)
                     if m.organizer is not None and title.body is not None and m.organizer.name == title.body.name]
            if found:
                out = sorted(merge_meetings(out, found, text), key=lambda m: m.sentence)
                break
    return out


def _holder_lead(text: str, at: int, title: Title) -> int:
    """Where the words that stand before a name at `at` in place of its office begin: its
    bare post ("Bộ trưởng "), a rank ("Thiếu tướng "), "ông"/"bà"/"đồng chí", else `at`."""
    before = text[:at].rstrip()
    low = before.lower()
    for lead in (title.role, *ranks(), *_BEFORE_HOLDER):
        if low.endswith(lead.lower()) and (len(low) == len(lead) or not low[-len(lead) - 1].isalnum()):
            return len(before) - len(lead)
    return at


def holder_offices(positions: list[Position]) -> dict[str, Title]:
    """Each person's post at the head of one body the article gives him (`_heads_one_body`:
    a People's Committee, a state agency, the Government its Prime Minister heads), a present
    one, when he holds one such body only: the office whose meetings he chairs."""
    offices: dict[str, Title] = {}
    others: set[str] = set()
    for p in positions:
        t = p.title
        if t.past or t.body is None or not _heads_one_body(t.body) or p.person in others:
            continue
        known = offices.get(p.person)
        if known is not None and known.body is not None and known.body.name != t.body.name:
            del offices[p.person]
            others.add(p.person)  # two such bodies: which one's meeting, unsaid
        elif known is None:
            offices[p.person] = t
    return offices
