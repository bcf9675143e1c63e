"""unit – received – award.

  "Đảng ủy Khối đã trao Cờ Thi đua của Ban Thường vụ Tỉnh ủy tặng 2 đảng bộ và 1 chi bộ"
  "… trao cờ của BTV Tỉnh ủy cho tập thể Đảng bộ Văn phòng Tỉnh ủy"
  "Ban Thường vụ … đã tặng Giấy khen cho 6 đảng viên hoàn thành xuất sắc nhiệm vụ"
  "Chi bộ X được tặng Bằng khen của Thủ tướng Chính phủ"
A proposal ("đề nghị tặng", "đề nghị Thủ tướng tặng") is not an award.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.names import honorific_at, name_at, person_name
from kg.extract.orgs import kind_of, org_at, orgs_in
from kg.extract.text import tokenize
from kg.facts import Award, Org, Sentence
from kg.resources import AwardKind, award_kinds

_GIVE = re.compile(r"(?:trao tặng|trao|tặng thưởng|tặng|khen thưởng|nhận|được tặng|được trao)\s+$", re.IGNORECASE)
_PROPOSAL = re.compile(r"\b(?:đề nghị|đề xuất|xin|trình)\b[^;]*$", re.IGNORECASE)
_GIVER = re.compile(r"^\s*(?:của|do)\s+")
_TO = re.compile(r"^\s*(?:trao\s+)?(?:cho|tặng|tới)\s+", re.IGNORECASE)
_REC_END = re.compile(r"\s(?:có thành tích|đã có|vì|do|hoàn thành|đạt|trong|đã|nhân dịp|tại|về)\s|[;.:(]")
_GROUP = re.compile(r"^(?:\d+|các|nhiều|những|một số|\d+\s*/\s*\d+)\s", re.IGNORECASE)
_PREFIX = re.compile(r"^(?:tập thể|cá nhân)\s+", re.IGNORECASE)


_AGENT = re.compile(r"\bđược\s+((?:[A-ZĐÀ-Ỹ][\w.]*\s*){1,8}?(?:\s*[a-zà-ỹđ]+){0,3})\s*$")
_COORD = re.compile(r"^\s*(?:,|và|hoặc|,\s*và)\s*$")
_GIVER_END = re.compile(r"\s(?:cho|tặng|trao|vì|về|nhân dịp|tới)\s|[;,.:(]")


@lru_cache(maxsize=None)
def _award_patterns() -> list[tuple[AwardKind, re.Pattern[str]]]:
    # a bare "cờ" is an award only in lower case after a giving verb; the others in any case
    return [(k, re.compile(r"(?<!\w)" + k.pattern + r"(?!\w)", 0 if k.pattern == "cờ" else re.IGNORECASE))
            for k in award_kinds()]


_CUES = ("khen", "cờ", "huy hiệu", "huân chương", "huy chương", "kỷ niệm chương", "danh hiệu")


def _award_mentions(clause: str) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical vi, en) of each award kind in a clause; a badge for
    several ages ("Huy hiệu 30, 40 năm tuổi Đảng") is one mention per age."""
    found: list[tuple[int, int, str, str]] = []
    for k, rx in _award_patterns():
        for m in rx.finditer(clause):
            if any(s <= m.start() < e for s, e, _, _ in found):
                continue
            if m.groups() and "," in (m.group(1) or ""):
                for age in re.split(r"\s*,\s*", m.group(1)):
                    found.append((m.start(), m.end(), k.vi.replace("\\1", age), k.en.replace("\\1", age)))
                continue
            vi, en = (m.expand(k.vi), m.expand(k.en)) if "\\" in k.vi + k.en else (k.vi, k.en)  # expand parses each time
            found.append((m.start(), m.end(), vi, en))
    return sorted(found)


def _groups(mentions: list[tuple[int, int, str, str]], clause: str) -> list[list[tuple[int, int, str, str]]]:
    """Mentions joined by "và" or a comma ("Bằng khen và Giấy khen") share their verb,
    giver and recipients."""
    groups: list[list[tuple[int, int, str, str]]] = []
    for m in mentions:
        if groups and (groups[-1][-1][1] == m[1] or _COORD.match(clause[groups[-1][-1][1]:m[0]])):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _last_org(text: str) -> Org | None:
    """The last organization named in a text."""
    found = orgs_in(text)
    return found[-1] if found else None


def _giver_phrase(after: str) -> tuple[Org | None, str]:
    """The giver named right after the award ("của Thủ tướng Chính phủ"), and the rest."""
    m = _GIVER.match(after)
    if not m:
        return None, after
    tail = after[m.end():]
    stop = _GIVER_END.search(tail)
    phrase = (tail[: stop.start()] if stop else tail).strip()
    toks = tokenize(phrase)
    if not toks or not toks[0].is_cap or len(toks) > 12:
        return None, after
    return Org(phrase, kind_of(toks)), tail[len(tail[: stop.start()] if stop else tail):]


def _recipients(text: str) -> list[tuple[Org | None, str | None, str | None]]:
    """(org, person, group) for each recipient in a recipient phrase."""
    text = text.strip(" ,")
    if not text:
        return []
    if _GROUP.match(text):
        return [(None, None, text)]
    out: list[tuple[Org | None, str | None, str | None]] = []
    for part in re.split(r",\s+|\s+và\s+", text):
        part = _PREFIX.sub("", part.strip())
        toks = tokenize(part)
        if not toks:
            continue
        h = honorific_at(toks, 0)
        n = name_at(toks, h, after_honorific=bool(h))
        if n:
            out.append((None, person_name(toks, h, n), None))
            continue
        org = org_at(part, toks, 0, require_head=True)
        if org:
            out.append((org[1], None, None))
        elif _GROUP.match(part + " "):
            out.append((None, None, part))
    return out


def _subject_recipient(before: str) -> list[tuple[Org | None, str | None, str | None]]:
    """The recipient named as the subject: "Chi bộ X được tặng …", "12 đảng viên được trao …"."""
    subject = re.sub(r"^.*?,\s*(?=\S+\s+\S)", "", before.strip()) if "," in before else before.strip()
    if _GROUP.match(subject + " "):
        return [(None, None, subject.strip())]
    org = _last_org(before)
    return [(org, None, None)] if org else []


def extract_awards(sentence: Sentence) -> list[Award]:
    """The awards a sentence reports as given."""
    awards: list[Award] = []
    low = sentence.text.lower()
    if not any(c in low for c in _CUES):
        return awards
    for clause in sentence.text.split(";"):
        for group in _groups(_award_mentions(clause), clause):
            start, end = group[0][0], group[-1][1]
            before = clause[:start]
            verb = _GIVE.search(before)
            if verb is None and not all(vi.startswith("Huy hiệu") for _, _, vi, _ in group):
                continue
            if _PROPOSAL.search(before):
                continue
            giver, after = _giver_phrase(clause[end:])
            subject = before[: verb.start()] if verb is not None else before
            agent = _AGENT.search(subject)
            if agent and agent.group(1)[:1].isupper():
                # "Đảng bộ huyện được Chủ tịch nước tặng thưởng …": the agent gives
                giver = giver or Org(agent.group(1), kind_of(tokenize(agent.group(1))))
                subject = subject[: agent.start()] + " được"
            passive = verb is not None and (re.match(r"(?:được|nhận)", verb.group(), re.IGNORECASE)
                                            or re.search(r"\b(?:được|vinh dự được)\s*$", subject))
            if giver is None and verb is not None and not passive:
                giver = _last_org(before[: verb.start()])
            m = _TO.match(after)
            recs: list[tuple[Org | None, str | None, str | None]] = []
            if m:
                tail = after[m.end():]
                stop = _REC_END.search(tail)
                recs = _recipients(tail[: stop.start()] if stop else tail)
            elif passive:
                recs = _subject_recipient(re.sub(r"\s*(?:vinh dự\s+)?được\s*$", "", subject))
            for _, _, vi, en in group:
                if not recs:
                    awards.append(Award(vi, en, sentence.index, giver))
                for org, person, grp in recs:
                    awards.append(Award(vi, en, sentence.index, giver, org, person, grp))
    return awards
