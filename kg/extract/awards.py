"""unit – received – award.

  "Đảng ủy Khối đã trao Cờ Thi đua của Ban Thường vụ Tỉnh ủy tặng 2 đảng bộ và 1 chi bộ"
  "… trao cờ của BTV Tỉnh ủy cho tập thể Đảng bộ Văn phòng Tỉnh ủy"
  "Ban Thường vụ … đã tặng Giấy khen cho 6 đảng viên hoàn thành xuất sắc nhiệm vụ"
  "Chi bộ X được tặng Bằng khen của Thủ tướng Chính phủ"
  "Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Đại sứ Lê Văn A, hạng Nhì cho …"
  "có 6 đồng chí nhận huy hiệu 50 năm tuổi Đảng, 9 đồng chí nhận huy hiệu 40 năm …"
An award needs a recipient: a named unit or person, or a counted group ("21 cá
nhân"). A proposal ("đề nghị tặng"), a revoked award ("thu hồi"), a future or
hypothetical one ("sẽ trao", "nếu được tặng") and one recalled from the past
("từng được tặng", "Năm 2010, bà được nhận", "Tính từ đầu năm đến nay") are not
awards of the article's event. The official who hands an award over is not its
giver: the giver is the body (or conferring office) it comes from.
"""

from __future__ import annotations

from dataclasses import replace
import re
from functools import lru_cache

from kg.extract.lexicon import body_index, families, role_index
from kg.extract.names import honorific_at, name_at, person_name, starts_other
from kg.extract.numbers import words_number
from kg.extract.orgs import kind_of, org_at, orgs_in
from kg.extract.text import Token, tokenize
from kg.facts import Award, Org, Sentence
from kg.normalize import fold, key
from kg.resources import (AwardKind, not_name_words, award_agents, award_members, award_gifts, award_givers, award_groups, award_kinds, middle_names,
                          org_syllables)

Mention = tuple[int, int, str, str]  # start, end, canonical vi, en
Recipient = tuple["Org | None", "str | None", "str | None"]  # org, person, counted group

# "trao tặng và truy tặng danh hiệu …": two giving verbs joined are one
_VERB_WORDS = (r"(?:^|\s)((?:được\s+)?(?:vinh dự\s+)?(?:(?:trao tặng|phong tặng|truy tặng|tặng)\s+và\s+)?(?:trao tặng|trao thưởng|trao|tặng thưởng|truy tặng|phong tặng"
               r"|khen tặng|khen thưởng|tặng|đón nhận|nhận được|nhận|công nhận|trao tặng lại))")


@lru_cache(maxsize=None)
def _verb() -> re.Pattern[str]:
    """A giving verb right before an award, maybe with a decision, a count, or things
    handed over with it ("trao cúp và Bằng khen", "tặng hoa, tiền thưởng và Giấy khen")."""
    gift = "|".join(re.escape(w) for w in sorted(award_gifts(), key=len, reverse=True))
    gifts = r"(?:\s+(?:" + gift + r")(?:\s*,\s*(?:" + gift + r"))*\s*(?:,\s*và|,|và|cùng))?"
    return re.compile(_VERB_WORDS + gifts + r"(?:\s+[Qq]uyết định(?:\s+khen thưởng)?(?:\s+và|\s*,))?"
                      r"(?:\s+(?:\d[\d.]*|các|những|nhiều|thêm))?\s*$", re.IGNORECASE)


# "Bằng khen của Ban Thường vụ Tỉnh ủy được trao cho …": the verb after the award
_POST_VERB = re.compile(r"\s*(?:đã\s+|cũng\s+)?(?:được\s+)?(?:trao tặng|trao|tặng)\s+(?:cho|tới)\s", re.IGNORECASE)
_DATIVE = re.compile(r"(?:^|\s)((?:trao tặng|tặng thưởng|trao|tặng))\s+((?:[A-ZĐÀ-Ỹ]|(?:ông|bà|em|anh|chị)\s)[^,;:.()\"“”]*?)\s*$")
_WHEN = re.compile(r"\b(?:khi|lúc|mỗi lần|mỗi khi)\s*$", re.IGNORECASE)  # "khi nhận giấy khen về"
# a verb before "nhiều Bằng khen": a career summed up, not one conferral
_MANY = re.compile(r"\snhiều\s*$", re.IGNORECASE)
_PASSIVE_VERB = re.compile(r"^(?:được|vinh dự|đón nhận|nhận|công nhận)", re.IGNORECASE)
# not an award of the article's own event: proposed, revoked, future, hypothetical, recalled
_NOT_NOW = re.compile(
    r"\b(?:đề nghị|đề xuất|kiến nghị|xét tặng|xét trao|xét khen|tờ trình|trình Thủ tướng|trình Chủ tịch|thu hồi"
    r"|tước|hủy bỏ|nếu|sẽ|dự kiến|có thể được|từng|trước đó|trước đây|tính từ|từ đầu năm|đến nay|tính đến"
    r"|nhiều năm liền|lũy kế|nhiệm kỳ qua|chặng đường|suốt|để nhận|để được|hy vọng|khi có dịp|xứng đáng"
    r"|đáng được|người được|người đã được|mong muốn|phấn đấu|hướng tới|chưa được|không được|qua \d+ năm"
    r"|trong \d+ năm"
    r"|quá trình công tác|thời gian công tác|suốt quá trình|là một trong)\b", re.IGNORECASE)
# "2 lần được tặng Bằng khen": a career summed up; but "74 cá nhân hiến máu 40 lần được trao …"
# counts the group's deeds, not its awards (see _recalled_times)
_TIMES = re.compile(r"\b(?:\d+|hai|ba|bốn|nhiều)\s+lần\s+(?:được|vinh dự|phong|trao|tặng|nhận)\b", re.IGNORECASE)
# a clause that opens on a year or a term tallies its awards ("Trong năm, Hội được nhận 12 Bằng khen")
_TALLY = re.compile(r"^\s*(?:trong|qua)\s+(?:năm|nhiệm kỳ)(?:\s+qua|\s+\d{4})?\s*,", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"^\s*(?:vào\s+|trong\s+)?năm\s+\d{4}\s*,", re.IGNORECASE)
_ON_BEHALF = re.compile(r"\b(?:thay mặt|thừa ủy quyền(?:\s+của)?|thừa ủy nhiệm(?:\s+của)?|thừa lệnh|được sự ủy quyền của"
                        r"|ủy quyền của)\s+(?:lãnh đạo\s+)?((?:Đảng\s*,\s*Nhà nước)|[^,;:]+)", re.IGNORECASE)
_DECISION = re.compile(r"\s*(?:đã\s+|vừa\s+|cũng\s+)*(?:(?:có|ký|ban hành|trao|ra)\s+)?(?:các\s+)?quyết định"
                       r"(?:\s+số\s+\S+)?(?:\s+ngày\s+\S+)?(?:\s+về việc)?\s*$", re.IGNORECASE)
_CEREMONY = re.compile(r"\s*(?:đã\s+|vừa\s+|cũng\s+)*(?:long trọng\s+|trang trọng\s+)?(?:tổ chức\s+)?(?:buổi\s+)?lễ\s*$"
                       r"|\s*(?:đã\s+|vừa\s+|cũng\s+)*(?:long trọng\s+|trang trọng\s+)?tổ chức\s*$", re.IGNORECASE)
_AUX_END = re.compile(r"(?:\s+(?:đã|cũng|vừa|mới|lại|đều|rất|trân trọng|đã trân trọng|chính thức))+\s*$", re.IGNORECASE)
_GIVER_OF = re.compile(r"^\s*(?:[\"“][^\"”]{0,120}[\"”]\s*)?(?:năm\s+\d{4}\s+)?(?:của|do)\s+")
# where a giver's name ends ("UBND TP.Hà Nội", "UBND TP. Hải Phòng": one name; a level's
# abbreviation is no full stop)
_GIVER_END = re.compile(r"\s(?:cho|tặng|trao|vì|về|nhân|tới|năm|và của|đã|được|đến|đối với|với|tại)\s"
                        r"|\svà\s+(?:\d|các|nhiều)|[;,:(\"“”]|(?<!TP)(?<!TX)(?<!\sQ)(?<!\sH)\.(?!\w)")
# "trao Bằng khen và tuyên dương các cá nhân …": the ones praised are the recipients
# "… đến đồng chí A", and a comrade named right after the badge ("trao Huy hiệu 40 năm tuổi Đảng đồng chí A")
_TO = re.compile(r"(?:^|\s|,)(?:trao\s+)?(?:cho|tặng|tới|vinh danh|tuyên dương|biểu dương)\s+"
                 r"|\sđến\s+(?=(?:đồng chí|đ/c|ông|bà|em|anh|chị|các|những|tập thể|cá nhân|\d[\d.]*)\s)"
                 r"|^\s*(?:[\"“][^\"”]{0,120}[\"”])?\s+(?=(?:đồng chí|đ/c)\s+[A-ZĐÀ-Ỹ])", re.IGNORECASE)
_REC_END = re.compile(r"\s(?:có thành tích|đã có|vì|do|hoàn thành|đạt|trong|đã|nhân dịp|nhân kỷ niệm|nhân ngày|tại|về"
                      r"|với|đang|thuộc|là|của|có|nhằm|để|khi|sau|trước|ngày|gồm)\s|[;.:(“\"]|\s[-–]\s")
_COUNT = re.compile(r"^(?:(?:khoảng|gần|hơn|trên|tổng cộng|tổng số|cho)\s+)?(?:\d[\d.]*|một|hai|ba|bốn|năm|sáu|bảy|tám"
                    r"|chín|mười|mươi|trăm|nghìn|các|nhiều|những|một số|toàn thể|tập thể các)\s", re.IGNORECASE)
# "cho đại diện Cục X": the representative stands for the unit that is awarded
_PREFIX = re.compile(r"^(?:(?:tập thể|cá nhân|đơn vị)\s+|đại diện\s+(?:cho\s+)?)(?=\S)", re.IGNORECASE)
# words before a person's name; lower case only ("Nhà báo Ngành …" is a name of a body)
_KIN = re.compile(r"(?:^|\s)(?:[Đđ]ồng chí|đ/c|[Ôô]ng|[Bb]à|[Ee]m|[Cc]hị|[Aa]nh|cháu|cụ|cô|thầy|đảng viên"
                  r"|lão thành cách mạng|gia đình|đại biểu|nhà báo|bác sĩ|bác sỹ|hội viên|đoàn viên|học sinh|sinh viên"
                  r"|cô giáo|thầy giáo|mẹ"
                  r"|nghệ nhân|nghệ sĩ|tài xế|lái xe|chiến sĩ|thuyền trưởng)\s*$")
_KIN_START = re.compile(r"^(?:em|chị|anh|cháu|cụ|mẹ|đảng viên|tập thể|cá nhân)\s+\S", re.IGNORECASE)
_INCLUDING = re.compile(r"\bgồm(?:\s+có)?\s*:?\s*", re.IGNORECASE)
_COORD = re.compile(r"^\s*(?:,|và|hoặc|,\s*và|cùng)\s*$")
_TIER = re.compile(r"(?:,|;|và)\s*(?:huy hiệu\s+)?(\d+)\s+năm(?:\s+tuổi\s+Đảng)?(?=\s+(?:cho|tặng)\s)", re.IGNORECASE)
_LOWER_PLACE = re.compile(r"^(?:tỉnh|huyện|thành phố|xã|phường|quận|thị xã|thị trấn)\s+\S", re.IGNORECASE)
_LOWER_PLACE_NAME = re.compile(r"(?:tỉnh|huyện|thành phố|xã|phường|quận|thị xã|thị trấn)(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*){1,4}")
_LEAD = re.compile(r"^(?:trong đó|trong số đó|có|gồm|cụ thể|theo đó|đồng thời|dịp này|nhân dịp này|tại đây)\s*,?\s*",
                   re.IGNORECASE)


@lru_cache(maxsize=None)
def _counted() -> re.Pattern[str]:
    """A counted or listed group of people or units ("các đồng chí đảng viên", "36 đảng viên")."""
    nouns = "|".join(re.escape(w) for w in sorted(award_groups(), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:(?:khoảng|gần|hơn|trên)\s+)?(?:các|những|nhiều|một số|toàn thể|\d[\d.]*|một|hai|ba|bốn"
                      r"|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn)(?:\s+(?:mươi|trăm|nghìn))?\s+(?:" + nouns + r")(?!\w)",
                      re.IGNORECASE)


_STATE = re.compile(r"(?:Đảng\s*(?:,|và)\s*)?Nhà nước(?:\s+(?:ta|Việt Nam))?\s*(?:\S+\s+lần\s*)?$|Đảng\s*$")
_STATE_BODY = re.compile(r"(?:Chính phủ|Nhà nước|Bộ|UBND|Ủy ban [Nn]hân dân|Ban Thường vụ|BTV|Ban Chấp hành|BCH|Tỉnh ủy"
                         r"|Thành ủy|Huyện ủy|Trung ương|T\.?Ư|Tổng [Ll]iên đoàn|Quân ủy|Chủ tịch)\b")
_PEOPLE_WORD = (r"(?:Đảng bộ|đảng bộ|[Cc]hính quyền|[Qq]uân|[Nn]hân dân|[Cc]án bộ|[Cc]ông nhân viên chức"
                r"|[Ll]ực lượng vũ trang|[Đđ]ồng bào)")
_PEOPLE_OF = re.compile(_PEOPLE_WORD + r"(?:(?:\s*,\s*|\s+và\s+)" + _PEOPLE_WORD + r")*\s+(?:các dân tộc\s+)?"
                        r"(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*){1,4}")
_OPENERS = frozenset(("Theo", "Trong", "Tại", "Với", "Sau", "Khi", "Ngày", "Cùng", "Để", "Nhân", "Đây", "Về", "Từ",
                      "Đến", "Qua", "Trước", "Dịp", "Thay", "Chiều", "Sáng", "Tối", "Hôm", "Ảnh", "Được", "Đó"))
_KIN_WORDS = frozenset(("Cô", "Chú", "Bà", "Ông", "Chị", "Em", "Cháu", "Cụ", "Bác", "Thầy"))
_LEVEL_WORDS = frozenset(("quận", "huyện", "xã", "phường", "tỉnh", "phố", "trấn", "thôn", "bản", "ấp", "làng", "đường"))
_PAREN = re.compile(r"\s*\([^()]*\)")
_PAREN_ANY = re.compile(r"\([^()]*\)")
_QUOTED = re.compile(r"[\"“][^\"”]{0,160}[\"”]")


@lru_cache(maxsize=None)
def _award_patterns() -> list[tuple[AwardKind, re.Pattern[str]]]:
    # a bare "cờ" is an award only in lower case after a giving verb; the others in any case
    return [(k, re.compile(r"(?<!\w)" + k.pattern + r"(?!\w)", 0 if k.pattern == "cờ" else re.IGNORECASE))
            for k in award_kinds()]


@lru_cache(maxsize=None)
def _giver_offices() -> re.Pattern[str]:
    """Offices that confer awards in their own name ("Chủ tịch nước", "Thủ tướng Chính phủ")."""
    words = sorted(award_givers(), key=len, reverse=True)
    # "Phó Thủ tướng": a deputy hands over; the office inside his title is not the giver
    # "Ban Giám đốc Công an tỉnh": the board is the giver, not its head's office
    # "Phó Tổng cục trưởng", "Chi cục trưởng": no office starts inside a longer role
    return re.compile(r"(?:^|\s)(?<![Pp]hó\s)(?<![Bb]an\s)(?<![Tt]ổng\s)(?<![Cc]hi\s)("
                      + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


_CUES = ("khen", "cờ", "huy hiệu", "huân chương", "huy chương", "kỷ niệm chương", "danh hiệu", "anh hùng", "nhà giáo",
         "thầy thuốc", "nghệ sĩ", "nghệ sỹ", "nghệ nhân", "ưu tú")


def has_award_cue(text: str) -> bool:
    """Whether a text holds a word every award sentence holds: extract_awards finds
    nothing in a sentence without one, and the pipeline skips an article's sentences
    when its whole text has none (so keep this the one gate of extract_awards)."""
    low = text.lower()
    for c in _CUES:  # a plain loop: any() over a generator costs more than the searches
        if c in low:
            return True
    return False


def _canonical(k: AwardKind, m: re.Match[str]) -> tuple[str, str]:
    if "\\" not in k.vi + k.en:
        return k.vi, k.en
    vi = re.sub(r"\s+", " ", m.expand(k.vi))
    return vi[:1].upper() + vi[1:], m.expand(k.en)


def _tidy(org: Org | None) -> Org | None:
    """An organization with the room of a blanked aside taken out of its name."""
    if org is None or "  " not in org.name:
        return org
    return Org(re.sub(r"\s+", " ", org.name), org.kind)


def _award_mentions(text: str) -> list[Mention]:
    """(start, end, canonical vi, en) of each award kind in a text; a badge for
    several ages ("Huy hiệu 30, 40 năm tuổi Đảng") is one mention per age, and so is
    a tier named after a badge ("… cho 2 đảng viên, 60 năm cho 3 đảng viên")."""
    found: list[Mention] = []
    for k, rx in _award_patterns():
        for m in rx.finditer(text):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in found):
                continue
            if m.groups() and m.group(1) and re.search(r",|\svà\s", m.group(1)) and k.vi.startswith("Huy hiệu"):
                for age in re.split(r"\s*(?:,|và)\s*", m.group(1)):
                    found.append((m.start(), m.end(), k.vi.replace("\\1", age), k.en.replace("\\1", age)))
                continue
            vi, en = _canonical(k, m)
            found.append((m.start(), m.end(), vi, en))
    found.sort()
    badges = [f for f in found if f[2].startswith("Huy hiệu")]
    if badges:
        for m in _TIER.finditer(text, badges[0][1]):
            if not any(s <= m.start(1) < e for s, e, _, _ in found):
                found.append((m.start(1), m.end(), f"Huy hiệu {m.group(1)} năm tuổi Đảng",
                              f"{m.group(1)}-year Party Membership Badge"))
        found.sort()
    return found


def _groups(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Mentions joined by "và" or a comma ("Bằng khen và Giấy khen") share their verb,
    giver and recipients."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and (groups[-1][-1][1] == m[1] or _COORD.match(text[groups[-1][-1][1]:m[0]])):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _without_person(phrase: str) -> str:
    """An office's words without the holder's name ("Bộ trưởng Phùng Xuân Nhạ" → "Bộ trưởng")."""
    toks = tokenize(phrase)
    for j in range(1, len(toks)):
        if name_at(toks, j):
            return phrase[: toks[j].start].strip(" ,-–")
    return phrase.strip(" ,-–")


def _has_person(text: str) -> bool:
    """Whether a text names a person (a presenter, not a giver)."""
    toks = tokenize(text)
    for j in range(len(toks)):
        if name_at(toks, j, after_honorific=bool(j and honorific_at(toks, j - 1))):
            return True
    return False


def _as_giver(phrase: str) -> Org | None:
    """A giver phrase as an Org: a body, a conferring office, or a place ("tỉnh Nghệ An")."""
    phrase = _without_person(_DECISION.sub("", re.sub(r"\s+năm\s+\d{4}.*$", "", phrase.strip(" ,"))))
    phrase = re.sub(r"\s+(?:và|cùng)$", "", phrase)
    toks = tokenize(phrase)
    if not toks or len(toks) > 14:
        return None
    if (not toks[0].is_cap and not _LOWER_PLACE.match(phrase) and not _giver_offices().match(phrase)
            and not _lower_agent(phrase)):
        return None
    return Org(phrase, kind_of(toks))


def _lower_agent(phrase: str) -> bool:
    """Whether a phrase opens with a body written in lower case ("cảnh sát thành phố X")."""
    low = phrase.lower()
    return any(low == a or low.startswith(a + " ") for a in award_agents())


def _giver_after(after: str) -> tuple[Org | None, str]:
    """The giver named right after the award ("của Thủ tướng Chính phủ"), and the rest."""
    m = _GIVER_OF.match(after)
    if not m:
        return None, after
    tail = after[m.end():]
    stop = _GIVER_END.search(tail)
    if stop and stop.group().strip() == "về":
        # "của Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga tặng …": the body's own field
        more = _GIVER_END.search(tail, stop.end())
        if (more and more.group().strip() in ("tặng", "trao", "cho") and len(tail[stop.end():more.start()].split()) <= 8
                and not re.search(r"\b(?:thành tích|việc|công tác|những|các)\b", tail[stop.end():more.start()])):
            stop = more
    end = stop.start() if stop else len(tail)
    giver = _as_giver(tail[:end])
    return (giver, tail[end:]) if giver else (None, after)


_AGENT_VERB = r"(?:trao tặng|tặng thưởng|phong tặng|truy tặng|khen tặng|tặng|trao)"
_CLAUSE_AGENT = re.compile(r"\bđược\s+(?!trao|tặng|nhận|công nhận|vinh dự)([^,;]+?)\s+" + _AGENT_VERB + r"\s")
# the giver's words never hold "được": "… của A và 492 cá nhân được UBND TP tặng" is another award's agent
_LATER = re.compile(r"(?:^|\s)(?:do|của)\s+((?:(?!\sđược\s)[^,;])+?)\s+(?:(?:đã|quyết định|ký quyết định)\s+)*" + _AGENT_VERB
                    + r"(?=\s|[,.;]|$)")


_NO_GIVER = Org("", None)  # a clause's own subject gives nothing known: no giver to inherit


def _clause_agent(clause: str) -> Org | None:
    """The agent of the first passive giving verb of a clause ("được Tổng LĐLĐ tặng …")."""
    m = _CLAUSE_AGENT.search(clause)
    return _as_giver(m.group(1)) if m and not _STATE.match(m.group(1)) else None


def _giver_later(tail: str) -> Org | None:
    """A giver named after the recipients ("… cho Viện X do Chủ tịch nước trao tặng")."""
    m = _LATER.search(tail)
    return _as_giver(m.group(1)) if m else None


def _subject_giver(subject: str) -> Org | None:
    """The giver named as the subject of an active giving verb: a body, or a
    conferring office; none when the subject is a person who hands it over."""
    m = None
    for m in _ON_BEHALF.finditer(subject):
        pass
    if m:
        g = _as_giver(m.group(1))
        if g:
            return g
    subject = _DECISION.sub("", _CEREMONY.sub("", _AUX_END.sub("", subject)))
    listed = _body_list(subject)
    if listed:
        return listed
    part = subject.rsplit(",", 1)[-1] if "," in subject else subject
    office = _giver_offices().search(part)
    if office:
        if _has_person(part[: office.start(1)]) and re.search(r"\svà\s", part[: office.start(1)]):
            return None  # "Bí thư A và Chủ tịch UBND B trao …": officials who hand it over together
        phrase = part[office.start(1):]
        stop = _GIVER_END.search(phrase)
        return _as_giver(phrase[: stop.start()] if stop else phrase)
    orgs = orgs_in(part) or orgs_in(subject)
    if _has_person(subject) and not (orgs and part.strip().startswith(orgs[-1].name) and not _has_person(
            part.strip()[len(orgs[-1].name):])):
        return None  # a person hands it over
    if orgs and _in_title(part if orgs_in(part) else subject, orgs[-1].name):
        return None  # "Bí thư Thành ủy cũng đến nhà riêng trao …": an official, named by his post, hands it over
    return orgs[-1] if orgs else _lower_org(_LEAD.sub("", part.strip()))


def _in_title(text: str, body: str) -> bool:
    """Whether a body is written as the body of a post right before it ("Bí thư
    Thành ủy", "Giám đốc Công an tỉnh"): the official is named, not the body."""
    at = text.rfind(body)
    toks = tokenize(text[:at]) if at > 0 else []
    for j in range(len(toks)):
        hit = role_index().match(toks, j)
        if hit and j + hit[0] == len(toks):
            return True
    return False


_OTHERS = re.compile(r"\s*(?:…|\.\.\.)?\s*(?:,\s*)?(?:cùng|và)\s+(?:nhiều|các)\s+(?:đơn vị|cơ quan|tổ chức|ngành)"
                     r"(?:\s+khác)?\s*$|\s*(?:…|\.\.\.)\s*$")


# what parts a list of bodies: "Sở X, Tỉnh đoàn và UBND huyện Y"
_LIST_SEP = re.compile(r"\s*[,;]\s*|\s+và\s+")


def _is_body(part: str) -> bool:
    """Whether a part of a list is a body from its start, with no person after it (a
    place's name inside it is none: "UBND xã Thạch Văn")."""
    orgs = orgs_in(part) if part else []
    return bool(orgs) and part.startswith(orgs[0].name) and not _has_person(part[len(orgs[0].name):])


def _body_list(subject: str) -> Org | None:
    """Bodies that give together, listed as the subject ("Sở GD&ĐT, Tỉnh đoàn và UBND
    thị xã … trao tặng"): the whole list as written, not its last body alone."""
    text = _OTHERS.sub("", subject.strip(" ,"))
    seps = [m for m in _LIST_SEP.finditer(text)]
    bounds = [0] + [m.end() for m in seps]
    ends = [m.start() for m in seps] + [len(text)]
    first = None
    for k in range(len(bounds) - 1, -1, -1):
        if not _is_body(text[bounds[k]:ends[k]].strip()):
            break
        first = k
    if first is None or first == len(bounds) - 1:
        return None
    return Org(text[bounds[first]:].strip(" ,;"), None)


def _lower_org(part: str) -> Org | None:
    """A unit written with a lower-case head ("báo Tuổi Trẻ", "huyện Mỏ Cày Bắc")."""
    if not part[:1].islower():
        return None
    place = _LOWER_PLACE_NAME.match(part)
    if place:
        return Org(place.group().strip(), None)
    up = part[:1].upper() + part[1:]
    toks = tokenize(up)
    if not body_index().match(toks, 0):
        return None
    got = org_at(up, toks, 0, require_head=True)
    if got and got[0] > 1:
        return Org(part[: len(got[1].name)], got[1].kind)
    return None


def _name_len(toks: list[Token], j: int, kin: bool) -> int:
    """A name's length at j; a last syllable that is also an organization's head
    ("Đỗ Kim Hội", "Trần Văn Đoàn") counts when nothing capitalised follows it."""
    if j and toks[j - 1].text.lower() in _LEVEL_WORDS:
        return 0  # "quận Hoàng Mai", "xã Trần Phú": a place
    n = name_at(toks, j, after_honorific=kin)
    k = j + n
    if (n and k < len(toks) and toks[j].text.lower() not in families() and not toks[k].is_cap
            and toks[k].text in org_syllables()):
        return 0  # "hội viên Liên Chi hội …": the words of a body, not a name
    if n > 2 and toks[k - 1].text in _KIN_WORDS and k < len(toks) and not toks[k].is_cap:
        n -= 1  # "em Lan Anh Cô bé Nguyễn Thị Lan Anh": a caption's "Cô bé" glued to the name
        k -= 1
    if n > 2 and toks[k - 1].text in _OPENERS:
        n -= 1  # "… cho Lê Văn Tùng Theo danh sách …": a caption glued to the next sentence
        k -= 1
    if (n and n < 4 and k < len(toks) and toks[k].is_cap and toks[k].text.isalpha() and len(toks[k].text) <= 7
            and (k + 1 == len(toks) or not toks[k + 1].is_cap) and body_index().match(toks, k)):
        n += 1
    if not n and kin and _syllable_at(toks, j) and (j + 1 == len(toks) or not toks[j + 1].is_cap):
        n = 1  # "anh Mười", "chị Hạnh": a name in part, for the article to complete
    return n


def _syllable_at(toks: list[Token], j: int) -> bool:
    t = toks[j]
    return t.is_cap and t.text.isalpha() and len(t.text) <= 7 and not starts_other(toks, j)


def _person_in(part: str, toks: list[Token]) -> str | None:
    """The person a recipient phrase names ("Đại sứ Nguyễn Văn A", "em Lê Thị B")."""
    for j in range(len(toks)):
        kin = bool(j and (honorific_at(toks, j - 1) or _KIN.search(part[: toks[j].start])))
        n = _name_len(toks, j, kin)
        if n and any(toks[k].start - toks[k - 1].end > 1 for k in range(j + 1, j + n)):
            continue  # "quận Hải Châu (Đà Nẵng) Lê Thị Hoa": a blanked aside parts a place from the name
        if n:
            return person_name(toks, j, n)
    return None


def _one_recipient(part: str) -> Recipient | None:
    part = _PREFIX.sub("", part.strip(" ,-–"))
    toks = tokenize(part)
    if not toks:
        return None
    person = _person_in(part, toks)
    org = org_at(part, toks, 0, require_head=True)
    if person and org and re.fullmatch(re.escape(org[1].name) + r"\s+" + re.escape(person), part.strip()):
        # "Công ty Cổ phần Hoàng Long": a unit named with a person's name right after its head
        return Org(part.strip(), org[1].kind), None, None
    if person and not (org and person in org[1].name):
        return None, person, None
    if _is_group(part):
        return None, None, _group_only(part)
    if part.strip().lower() in award_groups():
        # "trao 3 Bằng khen tặng cá nhân có thành tích …": a bare group noun, counted by the
        # awards before it (article_awards keeps it only so: _counted_award)
        return None, None, part.strip()
    if org and not tokenize(part[len(org[1].name):].strip(" ,")):
        return org[1], None, None  # a unit is the whole phrase, not a body that starts a new clause
    if org and not person:
        # the phrase ends where the recipient ends, as a comma would close it: its name's
        # words in lower case run to that end ("Cục Quản lý Y dược cổ truyền")
        closed = part.strip(" ,") + ","
        whole = org_at(closed, tokenize(closed), 0, require_head=True)
        if whole and whole[1].name == closed[:-1]:
            return whole[1], None, None
    if org and re.fullmatch(r"\s*tại\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*(?:\s+[\wà-ỹ]+){0,4}\s*", part[len(org[1].name):]):
        return Org(part.strip(), org[1].kind), None, None  # "Đại sứ quán Việt Nam tại Nhật Bản"
    if _members_of_body(part):
        # "cho hội viên Liên Chi hội Nhà báo X": the body's members, a group, not the body
        return None, None, part.strip()
    low = _lower_org(part)
    return (low, None, None) if low else None


def _members_of_body(part: str) -> bool:
    """Whether a phrase is a noun of a body's members (award_members.txt), then the body's
    name ("hội viên Hội X"); a unit's noun ("đảng bộ Công an tỉnh") names the body awarded."""
    low = part.strip().lower()
    noun = next((g for g in award_members() if low.startswith(g + " ")), None)
    if noun is None:
        return False
    toks = tokenize(part.strip()[len(noun):].strip())
    return bool(toks) and toks[0].is_cap and body_index().match(toks, 0) is not None


# one part of a unit's name after a dash: up to three words, the first capitalised
_NAME_PART = re.compile(r"\s*[A-ZĐÀ-Ỹ][\wà-ỹ]*(?:\s+[a-zđà-ỹ][\wà-ỹ]*){0,2}")


def _dash_in_name(before: str, after: str) -> bool:
    """Whether a dash joins the parts of one unit's name: a unit's name before it, and after
    it a capitalised word that opens no post, name or honorific ("Tổng cục Tiêu chuẩn - Đo
    lường - Chất lượng"), unlike "cho ông A - Giám đốc Sở X"."""
    closed = before.strip(" ,") + ","
    toks = tokenize(closed)
    whole = org_at(closed, toks, 0, require_head=True)
    if not whole or whole[1].name != closed[:-1] or _has_person(before):
        return False
    nxt = tokenize(after)
    return bool(nxt) and _NAME_PART.match(after) is not None and not role_index().match(nxt, 0) \
        and not honorific_at(nxt, 0) and not name_at(nxt, 0)


def _starts_recipient(part: str) -> bool:
    """Whether a phrase after a named person begins another recipient."""
    toks = tokenize(part.strip())
    if not toks:
        return False
    return bool(honorific_at(toks, 0) or name_at(toks, 0) or _is_group(part) or _KIN_START.match(part.strip())
                or (toks[0].is_cap and body_index().match(toks, 0)) or _LOWER_PLACE_NAME.match(part.strip())
                or _described_name(part))


def _described_name(part: str) -> bool:
    """Whether a phrase is a person's name after what the person is ("sinh viên Trần Văn A",
    "chiến sĩ Lê Văn B"): a noun of award_groups.txt, then a whole name."""
    low = part.strip().lower()
    noun = next((g for g in sorted(award_groups(), key=len, reverse=True) if low.startswith(g + " ")), None)
    if noun is None:
        return False
    toks = tokenize(part.strip()[len(noun):].strip())
    return bool(toks) and name_at(toks, 0) == len(toks)


def _recipients(text: str) -> list[Recipient]:
    """(org, person, group) for each recipient in a recipient phrase; counted
    parts in a row ("2 đảng bộ, 2 chi bộ và 3 cá nhân") are one group."""
    text = re.sub(r"\s+(?:và|cùng|hoặc)\s*$", "", text.strip(" ,"))
    people = _PEOPLE_OF.match(text)
    if people:  # "Nhân dân và cán bộ xã Hòa Bình": one recipient, the commune's people and officials
        return [(Org(people.group().strip(), None), None, None)]
    out: list[Recipient] = []
    group: list[str] = []
    pieces = re.split(r"(,\s+|\s+và\s+)", text)
    for k in range(0, len(pieces), 2):
        part = pieces[k]
        if not part.strip():
            continue
        if group and not _COUNT.match(part.strip() + " ") and not re.match(r"^\s*(?:tập thể|cá nhân)\b", part):
            out.append((None, None, "".join(group).strip(" ,")))
            group = []
        if out and not _starts_recipient(part):
            break  # "cho bà Lê Thị A, nguyên Bộ trưởng, Chủ nhiệm …": her posts, not more recipients
        r = _one_recipient(part)
        if r is None and group and part.strip().lower() in award_groups():
            r = (None, None, part.strip())  # "các tập thể, cá nhân": the count covers both
        if r is None:
            if group:
                break
            continue
        if r[2] is not None:
            group.append((pieces[k - 1] if group else "") + r[2])
        else:
            out.append(r)
    if group:
        out.append((None, None, "".join(group).strip(" ,")))
    return out


def _named_list(text: str) -> list[Recipient]:
    """Persons listed after "gồm": "… cho 2 đảng viên, gồm: đồng chí A; đồng chí B"."""
    out: list[Recipient] = []
    for seg in re.split(r"\s*[;,]\s*|\s+và\s+", text):
        toks = tokenize(seg.strip(" .…"))
        h = honorific_at(toks, 0)
        n = name_at(toks, h, after_honorific=True) if toks else 0
        if h and n:
            out.append((None, person_name(toks, h, n), None))
        elif toks and not h and name_at(toks, 0) == len(toks):
            out.append((None, person_name(toks, 0, len(toks)), None))  # "gồm: Lê Văn A, học sinh lớp 12; …"
    return out


def _body_only(part: str) -> bool:
    """Whether a phrase is only a body's head or abbreviation ("HĐND", "UBND", "Tỉnh ủy")."""
    toks = tokenize(part)
    hit = body_index().match(toks, 0) if toks and toks[0].is_cap else None
    return bool(hit and hit[0] == len(toks))


def _subject_recipient(subject: str) -> list[Recipient]:
    """The recipient named as the subject: "Chi bộ X được tặng …", "12 đảng viên được trao …",
    "Đảng bộ thành phố có 02 đồng chí được nhận …"."""
    whole = _AUX_END.sub("", _PAREN.sub("", subject)).strip(" ,")
    first = re.search(r"(?:\s+(?:đã|cũng|vừa))?\s+(?:vinh dự\s+)?được\s", whole)
    if first:  # "anh A đã được X tặng danh hiệu … và vinh dự được …": the subject is before the first
        whole = whole[: first.start()]
    held = re.search(r"\s(?:đã\s+|cũng\s+)?(?:long trọng\s+|trọng thể\s+|trang trọng\s+)?tổ chức\s", whole)
    if held:  # "X long trọng tổ chức Lễ kỷ niệm … và đón nhận …": X receives
        whole = whole[: held.start()]
    seg = whole.rsplit(",", 1)[-1].strip() if "," in whole and whole.rsplit(",", 1)[-1].strip() else whole
    seg = _LEAD.sub("", seg)
    parts = [p.strip() for p in whole.split(",")]
    place = re.search(r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*){1,4}\s*$", seg)
    if place and len(parts) >= 2 and all(_body_only(p) for p in parts[-3:-1]):
        # "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Lào Cai … đón nhận": the bodies of a place, the place receives
        return [(Org(place.group().strip(), None), None, None)]
    has = re.search(r"(?:^|\s)có\s+(?=\S)", seg)
    if has and _is_group(seg[has.end():]):
        return [(None, None, seg[has.end():].strip())]
    if _is_group(seg) and "," in whole and not _is_group(whole.rsplit(",", 1)[0].rsplit(",", 1)[-1]):
        return [(None, None, seg.strip())]  # "… cho 30 đảng viên, có 10 đảng viên được tặng …": the last count
    for counted in _counted().finditer(whole):
        # the first count from which on the subject is only counted parts ("5 tập thể, 10 cá nhân")
        rest = whole[counted.start():]
        cut = _REC_END.search(rest)
        rest = rest[: cut.start()] if cut else rest
        parts = [p for p in re.split(r",\s*|\s+và\s+", rest) if p.strip()]
        if not re.search(r"[.:;]|\s(?:cho|tặng|trao)\s", rest) and all(
                _is_group(p) or p.strip().lower() in award_groups() for p in parts[1:]):
            return [(None, None, rest.strip(" ,"))]
    last = None
    for last in _counted().finditer(whole):
        pass
    if last and not re.search(r"[.:;]|\s(?:cho|tặng|trao)\s", whole[last.start():]) and not _has_person(
            whole[last.start():]):  # "giúp nhiều hộ nghèo, anh Hồ Văn A được …": he is the recipient
        rest = whole[last.start():]
        cut = _REC_END.search(rest)
        return [(None, None, (rest[: cut.start()] if cut else rest).strip())]
    # "Hai sinh viên A và B được …": the named persons, not their count
    listed = _listed_persons(whole)
    if listed:
        return listed
    if _is_group(seg):
        return [(None, None, seg.strip())]
    if seg is not whole and _is_post(seg):
        # "Ông Lê Văn A, Giám đốc Sở Công Thương được … tặng Bằng khen": the person, not the body of his post
        person = _last_person(whole.rsplit(",", 1)[0].rsplit(",", 1)[-1])
        if person:
            return [(None, person, None)]
    toks = tokenize(seg)
    person = None
    for j in range(len(toks)):
        kin = bool(j and (honorific_at(toks, j - 1) or _KIN.search(seg[: toks[j].start])))
        n = _name_len(toks, j, kin)
        if n:
            person = person_name(toks, j, n)
    orgs = orgs_in(seg)
    if person and not (orgs and person in orgs[-1].name):
        return [(None, person, None)]
    if orgs:
        return [(orgs[-1], None, None)]
    low = _lower_org(seg)
    return [(low, None, None)] if low else []


def _is_post(part: str) -> bool:
    """Whether a phrase opens with a post ("Giám đốc Sở …", "nguyên Chủ tịch …")."""
    toks = tokenize(re.sub(r"^\s*(?:nguyên|cựu|đương kim)\s+", "", part.strip(), flags=re.IGNORECASE))
    return bool(toks and toks[0].is_cap and role_index().match(toks, 0))


def _last_person(part: str) -> str | None:
    """The person a phrase ends with ("Ông Lê Văn A", "chị Vũ Thị B")."""
    toks = tokenize(part.strip())
    for j in range(len(toks)):
        kin = bool(j and (honorific_at(toks, j - 1) or _KIN.search(part.strip()[: toks[j].start])))
        n = _name_len(toks, j, kin)
        if n and j + n == len(toks):
            return person_name(toks, j, n)
    return None


def _listed_persons(subject: str) -> list[Recipient]:
    """Persons a subject lists last ("Ba sinh viên Lê Văn A, Trần Thị B, Vũ Văn C"):
    every part a whole name, the first one after its description."""
    parts = [p.strip() for p in re.split(r",\s*|\s+và\s+", subject) if p.strip()]
    out: list[Recipient] = []
    for k in range(len(parts) - 1, -1, -1):
        toks = tokenize(parts[k])
        at = next((j for j in range(len(toks)) if (n := _name_len(toks, j, bool(j))) and j + n == len(toks)), None)
        kin = bool(at) and honorific_at(toks, 0) == at  # "chị Vũ Thị Hoa"
        if at is None or (at and not kin and k == len(parts) - 1):
            break
        out.insert(0, (None, person_name(toks, at, len(toks) - at), None))
        if at and not kin:
            break  # the description before the first name
    return out if len(out) > 1 else []


def _recalled_times(clause: str) -> bool:
    """Whether a clause sums up awards received several times ("Bệnh viện 2 lần được tặng …"):
    not when the count of times follows a counted group in its own list item ("74 cá nhân
    hiến máu 40 lần được trao …", "… và 492 cá nhân hiến máu 20 lần được UBND TP tặng …"),
    where it counts the group's deeds."""
    for m in _TIMES.finditer(clause):
        item = re.split(r",|;|\svà\s", clause[: m.start()])[-1]
        if not _counted().search(item):
            return True
    return False


def _group_only(part: str) -> str:
    """A counted group less a next sentence run into it after its noun, where a headline
    or a caption lost its stop ("9 tập thể Vừa qua, …": not_name_words.txt opens it)."""
    m = _counted().match(part.strip())
    if m is None:
        return part
    rest = part.strip()[m.end():].split()
    return part.strip()[:m.end()] if rest and rest[0] in not_name_words() else part


def _is_group(part: str) -> bool:
    """Whether a phrase is a counted group: a number, or a word of quantity before
    people or units ("21 cá nhân", "các tập thể", "bốn đảng viên")."""
    part = part.strip()
    if re.match(r"(?:(?:khoảng|gần|hơn|trên|tổng cộng|tổng số)\s+)?\d[\d.]*\s+\S", part):
        return True
    m = _counted().match(part)
    return bool(m)


def _count(group: str | None) -> int | None:
    """The number a counted group begins with ("21 cá nhân" → 21, "bốn đảng viên" → 4)."""
    if not group:
        return None
    m = re.match(r"(?:(?:khoảng|gần|hơn|trên)\s+)?(\d[\d.]*|\w+(?:\s+mươi)?(?:\s+\w+)?)", group)
    if not m:
        return None
    w = m.group(1)
    if w[0].isdigit():
        return int(w.replace(".", ""))
    for n in (3, 2, 1):
        v = words_number(" ".join(w.split()[:n]))
        if v:
            return v
    return None


def extract_awards(sentence: Sentence) -> list[Award]:
    """The awards a sentence reports as given at its event, each with its recipient."""
    awards: list[Award] = []
    if not has_award_cue(sentence.text):
        return awards
    # asides in brackets ("(89 tuổi)", "(Sinh năm 1931; Quê quán: …)") are blanked, offsets kept
    text = _PAREN_ANY.sub(lambda m: " " * len(m.group()), sentence.text)
    mentions = _award_mentions(text)
    groups = _groups(mentions, text)
    starts = [g[0][0] for g in groups] + [len(text)]
    last_giver: Org | None = None
    last_recs: list[Recipient] = []
    first_giver: Org | None = None
    clause_giver: dict[int, Org] = {}  # the first giver of each clause (after a ";"), by where it starts
    last_verb: re.Match[str] | None = None
    last_passive = False
    told = False  # a history of the State's awards was told earlier in the sentence
    last_at = -2  # the last group that gave awards
    for gi, group in enumerate(groups):
        start, end = group[0][0], group[-1][1]
        clause_start = text.rfind(";", 0, start) + 1
        prev_end = groups[gi - 1][-1][1] if gi else 0
        seg_start = max(clause_start, prev_end)
        before = text[seg_start:start]
        clause_before = text[clause_start:start]
        verb = _verb().search(before)
        dative = None
        if verb is None:
            # "Sau khi trao tặng Cục Quản lý Thị trường Cờ thi đua …": the recipient between verb and award
            dm = _DATIVE.search(before)
            got = _one_recipient(dm.group(2)) if dm else None
            if got and got[2] is None and not _NOT_NOW.search(clause_before := text[clause_start:start]):
                verb, dative = dm, got
        own_verb = verb is not None
        inherited = False
        next_start = min(starts[gi + 1], (text.find(";", end) + 1 or len(text) + 1) - 1)
        after = text[end:next_start]
        if verb is None:
            # "… hạng Nhất cho A, Huân chương … hạng Nhì cho B": the verb of the one before
            if gi and last_verb is not None and ";" not in text[prev_end:start]:
                verb, passive = last_verb, last_passive
                inherited = True
            elif all(vi.startswith("Huy hiệu") for _, _, vi, _ in group) and _TO.match(after):
                verb, passive = None, False
            elif gi and last_verb is not None and not last_passive and not text[clause_start:start].strip() \
                    and _TO.match(after):
                # "… trao Huân chương hạng Nhất tặng A; Huân chương hạng Nhì tặng B": a list of the same giving
                verb, passive = last_verb, False
                inherited = True
            elif _POST_VERB.match(_giver_after(after)[1]):
                # "Bằng khen của Ban Thường vụ Tỉnh ủy được trao cho 5 tập thể"
                verb, passive = None, False
            else:
                continue
        else:
            passive = bool(_PASSIVE_VERB.match(verb.group(1)))
        if (_NOT_NOW.search(clause_before) or _recalled_times(clause_before) or _YEAR_FIRST.match(text[clause_start:]) or _MANY.search(before)
                or _TALLY.match(text[clause_start:])
                or (own_verb and not verb.group(1).lower().startswith("được")
                    and _WHEN.search(before[: verb.start(1)]))):
            continue
        if group[0][2] == "Cờ Thi đua" and text[start:end] == "cờ" and not _GIVER_OF.match(after):
            continue  # "trao cờ đăng cai", "tặng cờ Tổ quốc": a flag, not a flag of merit
        giver, rest = _giver_after(after)
        received_by = None
        if (giver is not None and verb is not None and "đón nhận" in verb.group(1).lower()
                and not _giver_offices().match(giver.name) and not _STATE_BODY.match(giver.name)):
            received_by, giver = giver, None  # "lễ đón nhận Huân chương … của Công ty X": X receives it
        after_giver = giver  # "Huân chương … và Bằng khen của Thủ tướng": the last award's own giver
        subject = before[: verb.start(1)] if own_verb and verb is not None else before
        agent_giver = None
        subject = _QUOTED.sub(" ", subject)
        agent = re.search(r"^.*\bđược\s+(?!trao|tặng|nhận|công nhận|vinh dự)(.+)$", subject)
        if passive or agent:
            if agent and _STATE.match(agent.group(1)):
                told = True
                continue  # "được Đảng, Nhà nước phong tặng …", "được Nhà nước hai lần …": a history told
            if told and not agent:
                continue  # "…, 552 bà mẹ được truy tặng …" after a history told: the same tally
            agent_giver = _as_giver(agent.group(1)) if agent else None
            if agent and giver is None:
                giver = agent_giver
            if agent:
                subject = subject[: agent.start(1)]
            passive = True
        elif inherited:
            giver = giver or last_giver or _NO_GIVER  # "… trao 2 Kỷ niệm chương tặng A và 3 Bằng khen tặng B": the same giver
        elif subject.strip(" ,"):
            prev = text.rfind(";", 0, max(clause_start - 1, 0)) + 1
            if (clause_start and seg_start == clause_start and _body_list(subject)
                    and not re.search(r"(?<!\w)(?:trao|tặng|nhận)(?!\w)", text[prev:clause_start], re.IGNORECASE)):
                subject = text[prev:clause_start] + subject  # "Sở A, Hội B; Thị ủy, UBND C … trao": one list
            own = _subject_giver(subject)
            first_giver = first_giver or own
            if own is not None:
                clause_giver.setdefault(clause_start, own)
            giver = giver or own
            # "…; Thông tấn xã Việt Nam trao 2 Kỷ niệm chương …": a clause with a subject of its
            # own (a person handing over, or a body not known) does not take the sentence's giver
            own_subject = own is None and ";" in text[:start] and bool(
                re.search(r"[A-ZĐÀ-Ỹ]", _LEAD.sub("", _AUX_END.sub("", subject).strip(" ,"))))
            if own_subject:
                giver = giver or _NO_GIVER
        # a tier of badges shares the giver of the ones before it; a verb with no
        # subject after ";" has the sentence's subject
        # "…; Thông tấn xã trao 2 Kỷ niệm chương tặng A và 3 Bằng khen tặng B": the clause's own giver first
        giver = giver or ((last_giver if passive else clause_giver.get(clause_start, first_giver)) if gi else None)
        giver = None if giver is _NO_GIVER else giver
        if giver is None and own_verb and not passive and "," in subject and not subject.rsplit(",", 1)[-1].strip():
            # "… được Tổng Liên đoàn tặng cờ cho 9 tập thể, tặng Bằng khen cho …": the clause's agent
            giver = _clause_agent(text[clause_start:start])
        if giver is None:
            # "… trao danh hiệu Anh hùng cho Viện X do Chủ tịch nước trao tặng": the giver told last
            giver = _giver_later(text[end:(text.find(";", end) + 1 or len(text) + 1) - 1])
        recs: list[Recipient] = []
        to = _TO.search(rest)
        if to and "cho" not in to.group() and re.search(r"\b(?:được|nhận)\b", rest[: to.start()]):
            to = None  # "… và 56 đảng viên được tặng": the next award's verb
        if to and (to.start() < 60 or not re.search(r"[,;]", rest[: to.start()])):
            tail = _PAREN.sub("", rest[to.end():])
            if next_start == starts[gi + 1]:
                tail = re.sub(r"(?:\s+(?:và|cùng))?\s+\d+\s*$", "", tail)  # "… và 3 Bằng khen": the next award's count
            including = _INCLUDING.search(tail) or re.match(r"[^:;.]{1,60}?:\s*", tail)
            stop = _REC_END.search(tail)
            while stop and stop.group().strip() == "tại" and "quán" in tail[: stop.start()].split(",")[-1]:
                stop = _REC_END.search(tail, stop.end())  # "Đại sứ quán Việt Nam tại Nhật Bản": one name
            cut = stop.start() if stop else len(tail)
            while stop and stop.group().strip() in {"-", "–"} and _dash_in_name(tail[: stop.start()], tail[stop.end():]):
                # "Tổng cục Tiêu chuẩn - Đo lường - Chất lượng": a part of the name after each dash,
                # up to the next stop or to a capitalised word that opens the next sentence run on
                at = stop.end() + len(tail[stop.end():]) - len(tail[stop.end():].lstrip())
                unit = org_at(tail[at:], tokenize(tail[at:]), 0, require_head=True)  # "… - Bộ Y tế"
                end = at + len(unit[1].name) if unit else _NAME_PART.match(tail, stop.end()).end()
                glued = re.match(r"\s+[A-ZĐÀ-Ỹ]", tail[end:])
                stop = None if glued else _REC_END.search(tail, end)
                cut = end if glued else stop.start() if stop else len(tail)
            recs = _recipients(tail[:cut])
            if including and (stop is None or including.start() <= stop.start() + 1):
                recs += _named_list(tail[including.end():] + text[next_start:])
        elif dative is not None:
            recs = [dative]
        elif received_by is not None:
            recs = [(received_by, None, None)]
        elif passive and inherited:
            recs = last_recs  # "được nhận Bằng khen của A và Bằng khen của B": the same recipients
        elif passive and last_at == gi - 1 and ";" not in text[prev_end:start] and last_recs and not re.sub(r"\b(?:và|cùng|đồng thời|cũng|đã|vinh dự|được)\b", "", subject).strip(" ,"):
            recs = last_recs  # "A được X tặng Huân chương … và được Y tặng Bằng khen": A again
        elif passive:
            recs = _subject_recipient(re.sub(r"\s*(?:vinh dự\s+)?được\s*$", "", subject))
            inc = _INCLUDING.match(rest.lstrip(" ,"))
            if inc:
                recs += _named_list(rest.lstrip(" ,")[inc.end():] + text[next_start:])
        last_giver, last_verb, last_passive, last_recs, last_at = giver, verb, passive, recs, gi
        for k, (_, _, vi, en) in enumerate(group):
            own_giver = giver
            if (after_giver is not None and giver is after_giver and k < len(group) - 1
                    and vi.split()[:2] != group[-1][2].split()[:2]):
                own_giver = agent_giver if passive else None  # the "của" phrase is the last kind's
            for org, person, grp in recs:
                awards.append(Award(vi, en, sentence.index, _tidy(own_giver), _tidy(org), person,
                                    re.sub(r"\s+", " ", grp) if grp else None))
    return awards


_OBITUARY = re.compile(r"\b(?:từ trần|qua đời|tạ thế|hưởng thọ|lễ tang|lễ viếng|an táng)\b", re.IGNORECASE)


_POSTHUMOUS = re.compile(r"truy tặng\s+huy hiệu Đảng", re.IGNORECASE)


def _same_unit(a: str, b: str) -> bool:
    """Two spellings of one recipient: one begins the other, or has only words of
    the other ("Viện 78- Bộ Quốc phòng", "Viện 78 - Tổng cục II - Bộ Quốc phòng")."""
    if a.startswith(b) or b.startswith(a) or _initials_of(a, b) or _initials_of(b, a):
        return True
    wa, wb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    return len(wa) > 1 and len(wb) > 1 and (wa <= wb or wb <= wa)


def _initials_of(short: str, full: str) -> bool:
    """Whether a name ends in an acronym of the other's words ("cục qltt", "cục quản lý thị trường")."""
    ws, wf = short.split(), full.split()
    p = len(ws) - 1
    return (p >= 1 and ws[:p] == wf[:p] and len(ws[p]) >= 2 and len(wf) - p == len(ws[p])
            and "".join(w[0] for w in wf[p:]) == ws[p])


def _written(name: str, texts: list[str]) -> int:
    """How many times an article writes a name just so."""
    return sum(t.count(name) for t in texts)


def _key(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").lower()).strip()


def _giver_key(giver: Org | None) -> str:
    """A giver's name folded so that its spellings meet: case and spaces, "Việt Nam" and
    "VN" ("Tổng LĐLĐ Việt Nam", "Tổng LĐLĐVN")."""
    return re.sub(r"\s+", "", _key(giver.name if giver else None).replace("việt nam", "vn"))


def _full_name(part: str, texts: list[str]) -> str | None:
    """The full name an article gives a person it also calls by part of it ("anh Mười")."""
    rx = re.compile(r"(?<!\w)((?:[A-ZĐÀ-Ỹ][\wà-ỹ]*\s+){1,3}" + re.escape(part) + r")(?!\w)")
    for t in texts:
        for m in rx.finditer(t):
            toks = tokenize(m.group(1))
            for j in range(len(toks)):
                n = name_at(toks, j)
                if n and j + n == len(toks):
                    return person_name(toks, j, n)
    return None


_ACRONYM = re.compile(r"(?<!\w)([A-ZĐ]{1,4}(?:&[A-ZĐ]{1,4})+)(?!\w)")


def _expanded(name: str, texts: list[str]) -> str:
    """A unit's name with an acronym spelled out as the article spells it elsewhere
    ("Trung tâm KHXH&NV" → "Trung tâm Khoa học Xã hội và Nhân văn")."""
    m = _ACRONYM.search(name)
    if not m or not name[: m.start()].strip():
        return name
    letters = m.group(1).replace("&", "").lower()
    head = name[: m.start()].strip()
    rx = re.compile(re.escape(head) + r"((?:\s+[\wà-ỹ]+){%d,%d})" % (len(letters), 2 * len(letters)), re.IGNORECASE)
    for t in texts:
        for hit in rx.finditer(t):
            words, got, k = hit.group(1).split(), [], 0
            for w in words:
                if k == len(letters):
                    break
                if w.lower() == "và" and got:
                    got.append(w)
                    continue
                if w[0].lower() != letters[k]:
                    break
                got.append(w)
                k += 1
            if k == len(letters):
                return name[: m.start()] + " ".join(got) + name[m.end():]
    return name


# offices that give awards but name no body of their own ("Bộ trưởng" of which ministry?)
_BARE_OFFICES = frozenset(("bộ trưởng", "chủ tịch ubnd", "chủ tịch ủy ban nhân dân"))


# a ceremony; not a holiday ("những ngày lễ lớn") nor a festival ("lễ hội")
_CEREMONY_WORD = re.compile(r"(?<!\w)(?<![Nn]gày )lễ(?!\w)(?!\s+hội)", re.IGNORECASE)
_EVENT_MARK = re.compile(r"(?<!\w)(?:vừa|mới|đợt này|dịp này|nhân dịp|hôm nay|hôm qua|quyết định|tại buổi|sáng|chiều"
                         r"|tối|ngày\s+\d)(?!\w)", re.IGNORECASE)
_CONTEST = re.compile(r"huy chương (?:vàng|bạc|đồng)[^.;]{0,80}?\d+\s+bằng khen|bằng khen\s*\(giải khuyến khích\)",
                      re.IGNORECASE)
_HONOURED = re.compile(r"^([^,]+),[^,]*?(?:đã\s+|cũng\s+)?(?:vinh dự\s+)?được\s", re.IGNORECASE)


def _honour_told(sentence: str) -> bool:
    """Whether a sentence sums up a person's honours in a portrait: a reason first, then
    the person "vinh dự được … tặng" ("Với nhiều thành tích, anh A vinh dự được Thủ tướng
    tặng Bằng khen"), no time of its own. Only asked of an article with no ceremony."""
    m = _HONOURED.match(sentence)
    return bool(m and not _EVENT_MARK.search(sentence) and not _has_person(m.group(1)))


def _partial(person: str) -> bool:
    """Whether a name is given only in part: one word ("anh Mười"), or a middle and a
    given name with no family name ("Ngọc Hân", "Văn Tùng")."""
    words = person.lower().split()
    return len(words) < 2 or (len(words) == 2 and words[0] in middle_names() and words[0] not in families())


def _past_year(sentence: str, year: int | None) -> bool:
    """Whether a sentence opens with a date of an earlier year ("Ngày 15/7/2016, …")."""
    m = _DATED.match(sentence)
    return bool(year and m and int(m.group(1)) < year)


_FULL_DATE = re.compile(r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*((?:19|20)\d{2})\b")
_DATED = re.compile(r"^\s*(?:vào\s+|trong\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?(?:\d{1,2}\s*[/.\-]\s*)?"
                    r"(?:\d{1,2}\s*[/.\-]\s*|tháng\s+\d{1,2}\s*(?:[/.\-]|năm)\s*|năm\s+)((?:19|20)\d{2})\b", re.IGNORECASE)


def _bare_head(name: str) -> bool:
    """Whether a unit is named by its head alone ("Cục", "Sở", "Hội")."""
    toks = tokenize(name)
    hit = body_index().match(toks, 0) if len(toks) == 1 and toks[0].is_cap else None
    return bool(hit and hit[0] == 1)


def _spelt_unit(head: str, at: int, sentences: list[Sentence]) -> str | None:
    """The unit an article spells out with a head it also uses alone ("Cục Quản lý
    thị trường" … "trao Cờ thi đua cho tập thể Cục"): the last one up to the
    sentence, else the first one after it."""
    before: list[str] = []
    after: list[str] = []
    for s in sentences:
        if head not in s.text:
            continue
        for o in orgs_in(s.text):
            if o.name.startswith(head + " "):
                (before if s.index <= at else after).append(o.name)
    return before[-1] if before else (after[0] if after else None)


def _office_body(text: str, at: int) -> str | None:
    """The body written right after an office at `at` ("Bộ trưởng Bộ Y tế …",
    "Chủ tịch UBND tỉnh Kon Tum …"), without the holder's name."""
    rest = text[at:]
    place = _LOWER_PLACE_NAME.match(rest) or re.match(r"TP\.?\s*(?:[A-ZĐÀ-Ỹ][\wà-ỹ]*\s*){1,3}", rest)
    if place:
        return _without_person(place.group())
    toks = tokenize(rest)
    if not toks or not toks[0].is_cap:
        return None
    got = org_at(rest, toks, 0, require_head=True)
    return _without_person(got[1].name) if got else None


def _full_office(office: str, sentence: str, texts: list[str]) -> str | None:
    """An office that gives an award named without its body ("Bộ trưởng Nguyễn Văn A
    tặng …") in full, as the article writes it elsewhere ("Bộ trưởng Bộ Y tế Nguyễn
    Văn A", "ông Nguyễn Văn A, Bộ trưởng Bộ Y tế"); else the one such office the
    article names; else the ministry the sentence itself names."""
    rx = re.compile(r"(?<!\w)" + re.escape(office) + r"\s+", re.IGNORECASE)
    holder = None
    for m in rx.finditer(sentence):
        toks = tokenize(sentence[m.end():])
        n = name_at(toks, 0) if toks else 0
        if n:
            holder = person_name(toks, 0, n)
            break
    bodies: list[str] = []
    for t in texts:
        for m in rx.finditer(t):
            body = _office_body(t, m.end())
            if not body:
                continue
            near = t[m.end(): m.end() + len(body) + 40] + " " + t[max(0, m.start() - 40): m.start()]
            if holder and holder in near:
                return f"{office} {body}"
            bodies.append(body)
    if len(set(bodies)) == 1:
        return f"{office} {bodies[0]}"
    if office.lower() == "bộ trưởng":
        own = {o.name for o in orgs_in(sentence) if o.name.startswith("Bộ ")}
        if len(own) == 1:
            return f"{office} {own.pop()}"
    return None


_NUMBER = (r"(?:\d[\d.]*|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s+(?:mươi|trăm|nghìn))?(?:\s+\w+)?")
_REWARDED = re.compile(r"(?<!\w)(?:khen thưởng|biểu dương|tuyên dương|tặng|trao|nhận)(?!\w)", re.IGNORECASE)


# a group the article gives no number, told by a word of quantity and its noun and what it is:
# "các tập thể, cá nhân", "những người hiến máu tiêu biểu", "nhiều tập thể và cá nhân" (readers
# give it a row, recipient null); "những người" alone is a clause's subject, no group
_QUANTIFIED = re.compile(r"^(?:các|những|nhiều|toàn thể|một số)\s+(?!người\s*$)\S", re.IGNORECASE)
# a sentence that gives no award: one not given ("không tặng"), or a rule about awards ("Thông tư 22
# … về việc tặng giấy khen cho các học sinh"); a decision "về việc tặng" gives one
_NO_EVENT = re.compile(r"(?<!\w)(?:không|chưa|chẳng)\s+(?:được\s+)?(?:trao\s+tặng|tặng|trao|khen thưởng)(?!\w)"
                       r"|(?<!\w)(?:Thông tư|Nghị định)(?!\w)", re.IGNORECASE)


def _counted_award(kind: str, sentence: str) -> bool:
    """Whether a sentence counts the awards of a kind it gives ("trao 182 kỷ niệm chương
    cho các cán bộ"): as many recipients as awards, a counted group."""
    head = " ".join(kind.split()[:2])
    return bool(re.search(r"(?<!\w)(?:\d[\d.]*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+" + re.escape(head) + r"(?!\w)",
                          sentence, re.IGNORECASE))


def _counted_elsewhere(group: str, texts: list[str]) -> bool:
    """Whether an article counts an uncounted group's people or units where it tells
    of rewarding them ("khen thưởng 9 tập thể, 2 cá nhân" … a caption's "trao giấy
    khen cho các tập thể, cá nhân"): the caption's group is that counted one."""
    low = group.lower()
    nouns = [w for w in sorted(award_groups(), key=len, reverse=True) if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low)]
    if not nouns:
        return False
    rx = re.compile(r"(?<!\w)\d[\d.]*\s+(?:" + "|".join(re.escape(w) for w in nouns) + r")(?!\w)", re.IGNORECASE)
    return any(rx.search(t) and _REWARDED.search(t) and not _NOT_NOW.search(t) for t in texts)


_HANDED = re.compile(r"(?<!\w)(?:trao|tặng|gắn|trao tặng)\s*$", re.IGNORECASE)
# a state order named without its class ("Lễ trao tặng Huân chương của Chủ tịch nước …"):
# the giver of every order of the ceremony
_BARE_ORDER = re.compile(r"(?<!\w)(Huân chương|Huy chương)(?=\s+(?:của|do)\s)", re.IGNORECASE)


def _event_givers(awards: list[Award], texts: list[str]) -> list[Award]:
    """A giver the award's own sentence leaves out, taken from where the article names
    it for that award: "Huân chương Lao động hạng Ba" told again "Thay mặt Đảng và
    Nhà nước, bà A trao tặng Huân chương Lao động hạng Ba …", or the ceremony's orders
    "Lễ trao tặng Huân chương của Chủ tịch nước". Only a giver the article names one
    way; only awards of a specific kind (a state order, a title, a badge's age), not
    the many Bằng khen of many bodies an article may tell of."""
    if all(a.giver is not None for a in awards):
        return awards
    generic = {k.vi for k in award_kinds() if "\\" not in k.vi}
    found: dict[str, dict[str, Org]] = {}
    for a in awards:
        if a.giver is not None or a.kind in generic or a.kind in found:
            continue
        head = " ".join(a.kind.split()[:2])
        rx = re.compile(r"(?<!\w)" + re.escape(a.kind) + r"(?!\w)", re.IGNORECASE)
        givers: dict[str, Org] = {}
        for t in texts:
            if _NOT_NOW.search(t):
                continue
            hits = list(rx.finditer(t)) + [m for m in _BARE_ORDER.finditer(t) if m.group(1).lower() == head.lower()]
            for m in hits:
                g, _ = _giver_after(t[m.end():])
                if (g is not None and re.search(r"đón nhận\s*$", t[: m.start()], re.IGNORECASE)
                        and not _giver_offices().match(g.name) and not _STATE_BODY.match(g.name)):
                    continue  # "đón nhận Huân chương … của Công ty X": X receives it
                if g is None:
                    behalf = None
                    for behalf in _ON_BEHALF.finditer(t, 0, m.start()):
                        pass
                    # "Thay mặt Đảng và Nhà nước, bà A trao tặng Huân chương …": the same clause, a giving verb between
                    if behalf and ";" not in t[behalf.end():m.start()] and _HANDED.search(t[behalf.end():m.start()]):
                        g = _as_giver(behalf.group(1))
                if g is not None:
                    givers.setdefault(_key(g.name), g)
        found[a.kind] = givers
    out = []
    for a in awards:
        givers = found.get(a.kind, {}) if a.giver is None else {}
        rec = _key(a.recipient_person or (a.recipient_org.name if a.recipient_org else ""))
        if len(givers) == 1 and not (rec and _same_unit(next(iter(givers)), rec)):  # not the recipient itself
            a = Award(a.kind, a.kind_en, a.sentence, next(iter(givers.values())), a.recipient_org,
                      a.recipient_person, a.group)
        out.append(a)
    return out


def article_awards(awards: list[Award], sentences: list[Sentence], year: int | None = None) -> list[Award]:
    """One fact per conferral in an article: the same award to the same recipient
    told in the lead and the body is one row; a counted group told again ("cho 9
    đồng chí" in two sentences), or summed up before its names ("cho bốn đảng viên"
    then each by name) or before its tiers ("huy hiệu Đảng cho 153 đảng viên, …")
    is not a new award. In an obituary only a posthumous award is of its event."""
    if not awards:
        return awards
    text = {s.index: s.text for s in sentences}
    if any(_OBITUARY.search(s.text) for s in sentences):
        awards = [a for a in awards if "truy tặng" in text.get(a.sentence, "").lower()]
    # the article's own time: its year, else the latest year of a full date it writes
    dated = [int(y) for t in text.values() for y in _FULL_DATE.findall(t)]
    now = year or (max(dated) if dated else None)
    awards = [a for a in awards if not _past_year(text.get(a.sentence, ""), now)]
    if not any(_CEREMONY_WORD.search(s.text) for s in sentences):
        awards = [a for a in awards if not (a.recipient_person and _honour_told(text.get(a.sentence, "")))]
        # an emulation title ("Đơn vị quyết thắng", "Lao động tiên tiến") is a year's result: with no
        # ceremony and no time of its own, it is a report's tally, not a conferral of the article's event
        awards = [a for a in awards if a.kind_en != "Emulation title" or _EVENT_MARK.search(text.get(a.sentence, ""))]
    if any(_CONTEST.search(t) for t in text.values()):
        # "1 huy chương vàng, 3 huy chương bạc, 3 bằng khen": a contest's grade, no body's Bằng khen
        awards = [a for a in awards if not (a.kind == "Bằng khen" and a.giver is None)]
    texts = [s.text for s in sentences]
    awards = _event_givers(awards, texts)
    whole: list[Award] = []
    for a in awards:
        if a.recipient_person and (_partial(a.recipient_person)
                                   or a.recipient_person.split()[0].lower() not in families()):
            full = _full_name(a.recipient_person, [text.get(a.sentence, "")] + texts)  # its own sentence first
            if full is None and _partial(a.recipient_person):
                continue  # a name given only in part is no recipient
            if full:  # "em Lan Anh" of an article that names "Nguyễn Thị Lan Anh"
                a = Award(a.kind, a.kind_en, a.sentence, a.giver, None, full, None)
        if a.recipient_org and _bare_head(a.recipient_org.name):
            spelt = _spelt_unit(a.recipient_org.name, a.sentence, sentences)
            if spelt:
                a = Award(a.kind, a.kind_en, a.sentence, a.giver, Org(spelt, a.recipient_org.kind), None, a.group)
        if a.giver and a.giver.name.lower() in _BARE_OFFICES:
            full = _full_office(a.giver.name, text.get(a.sentence, ""), texts)
            if full:
                a = Award(a.kind, a.kind_en, a.sentence, Org(full, a.giver.kind), a.recipient_org,
                          a.recipient_person, a.group)
        if a.recipient_org and "&" in a.recipient_org.name:
            spelt = _expanded(a.recipient_org.name, texts)
            if spelt != a.recipient_org.name:
                a = Award(a.kind, a.kind_en, a.sentence, a.giver, Org(spelt, a.recipient_org.kind), None, a.group)
        whole.append(a)
    awards = whole
    named: dict[tuple[str, str], Award] = {}
    order: list[Award] = []
    for a in awards:
        who = a.recipient_person or (a.recipient_org.name if a.recipient_org else None)
        if who is None:
            continue
        k = (_key(a.kind), _key(who))
        # (an abbreviation written out is the same one: "TCT Bưu điện Việt Nam", "Tổng công ty …")
        same = next((o for o in named if o[0] == k[0] and (_same_unit(o[1], k[1]) or key(o[1]) == key(k[1]))), None)
        if same is None and a.recipient_person:
            # "Nguyễn Thi Lan Anh" (a typo) and "Nguyễn Thị Lan Anh": one person; the spelling written most wins
            same = next((o for o in named if o[0] == k[0] and named[o].recipient_person
                         and fold(o[1]) == fold(k[1])), None)
            if same is not None and _written(who, texts) > _written(named[same].recipient_person or "", texts):
                old = named[same]
                i = order.index(old)
                order[i] = named[same] = Award(old.kind, old.kind_en, old.sentence, old.giver or a.giver, None,
                                               who, None)
                continue
        if same is None:
            named[k] = a
            order.append(a)
        elif named[same].giver is None and a.giver is not None:
            i = order.index(named[same])
            order[i] = named[same] = Award(a.kind, a.kind_en, named[same].sentence, a.giver,
                                           named[same].recipient_org, named[same].recipient_person, None)
    specific = {_key(a.recipient_person or (a.recipient_org.name if a.recipient_org else ""))
                for a in order if a.kind.startswith("Huy hiệu") and a.kind != "Huy hiệu Đảng"}
    order = [a for a in order if not (a.kind == "Huy hiệu Đảng"
                                      and _key(a.recipient_person or (a.recipient_org.name if a.recipient_org else ""))
                                      in specific)]
    named_kinds: dict[str, int] = {}
    for a in order:
        named_kinds[a.kind] = named_kinds.get(a.kind, 0) + 1
    counted: list[Award] = []
    # counted rows first: a group given no number ("các đồng chí") joins one that has
    for a in sorted(awards, key=lambda a: _count(a.group) is None):
        if a.group is None or a.recipient_person or a.recipient_org:
            continue
        n = _count(a.group)
        if n is None and not _counted_award(a.kind, text.get(a.sentence, "")) \
                and not _counted_elsewhere(a.group, texts) \
                and (not _QUANTIFIED.match(a.group) or _NO_EVENT.search(text.get(a.sentence, ""))):
            # a bare noun ("… về việc tặng giấy khen cho học sinh", "Huân chương Lao động phong
            # tặng cho tập thể, cá nhân" before each class to whom): no group of the event
            continue
        siblings = {b.kind for b in awards if b.sentence == a.sentence and b.group == a.group}
        if a.kind == "Huy hiệu Đảng":
            siblings |= {k for k in named_kinds if k.startswith("Huy hiệu")}
        named_n = sum(named_kinds.get(k, 0) for k in siblings)
        if named_n and (n is None or n <= named_n):
            continue  # the names that follow (or came before) are the same conferral
        if (a.kind == "Huy hiệu Đảng" and not _POSTHUMOUS.search(text.get(a.sentence, ""))
                and any(b.kind.startswith("Huy hiệu ") and b.kind != a.kind for b in awards)):
            continue  # the badges of all ages, then each age: the ages are the facts
        dup = None
        for b in counted:
            if b.kind != a.kind:
                continue
            bn = _count(b.group)
            ga, gb = _giver_key(a.giver), _giver_key(b.giver)
            if ga and gb and ga not in gb and gb not in ga:
                continue  # "Bằng khen của Thủ tướng và Bằng khen của Bộ trưởng Bộ Y tế": two conferrals
            if ga == gb or n is None or bn is None or n == bn:
                dup = b
                break
        if dup is None:
            counted.append(a)
        elif dup.giver is None and a.giver is not None:
            counted[counted.index(dup)] = Award(dup.kind, dup.kind_en, dup.sentence, a.giver, None, None, dup.group)
    return sorted((_with_givers(a) for a in order + counted), key=lambda a: a.sentence)


# a bare head of a place's leadership, named in a list that shares the place ("Tỉnh ủy, HĐND, UBND, …")
_LEADERSHIP = re.compile(r"^(?:(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng)\s+ủy|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|"
                         r"(?:Ủy ban\s+|UB\s*)?MTTQ(?:\s+Việt Nam)?|UBMTTQ)$", re.IGNORECASE)


def _with_givers(a: Award) -> Award:
    """The award with the bodies of its giver when that is a list of them (giver_parts)."""
    parts = giver_parts(a.giver.name) if a.giver else []
    return replace(a, givers=tuple(Org(g, kind_of(tokenize(g))) for g in parts)) if parts else a


def giver_parts(name: str) -> list[str]:
    """The bodies of a giver that is a list of them ("UBND huyện X, UBND xã Y và Trường Z"),
    each starting with an organization's name; [] for one body. The award stays one
    conferral with the list as written (the readers of random25, awstudy15 and
    awmeas19 count one row; awards40's counted one per body), its `givers` each body."""
    parts = [p.strip(" ,;") for p in _LIST_SEP.split(name)]
    if len(parts) < 2 or sum(bool(_LEADERSHIP.match(p)) for p in parts) >= 2:
        # "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh X": a place's leadership acting as one
        return []
    return parts if all(_is_body(p) for p in parts) else []


