"""unit – received – award.

  "Đảng ủy Khối đã trao Cờ Thi đua của Ban Thường vụ Tỉnh ủy tặng 2 đảng bộ và 1 chi bộ"
  "… trao cờ của BTV Tỉnh ủy cho tập thể Đảng bộ Văn phòng Tỉnh ủy"
  "Ban Thường vụ … đã tặng Giấy khen cho 6 đảng viên hoàn thành xuất sắc nhiệm vụ"
  "Chi bộ X được tặng Bằng khen của Thủ tướng Chính phủ"
A proposal ("đề nghị tặng", "đề nghị Thủ tướng tặng") is not an award.
"""

from __future__ import annotations

import re

from kg.extract.names import honorific_at, name_at, person_name
from kg.extract.orgs import kind_of, org_at, org_span
from kg.extract.text import tokenize
from kg.facts import Award, Org, Sentence
from kg.resources import award_kinds

_GIVE = re.compile(r"(?:trao tặng|trao|tặng thưởng|tặng|khen thưởng|nhận|được tặng|được trao)\s+$", re.IGNORECASE)
_PROPOSAL = re.compile(r"\b(?:đề nghị|đề xuất|xin|trình)\b[^;]*$", re.IGNORECASE)
_GIVER = re.compile(r"^\s*(?:của|do)\s+")
_TO = re.compile(r"^\s*(?:trao\s+)?(?:cho|tặng|tới)\s+", re.IGNORECASE)
_REC_END = re.compile(r"\s(?:có thành tích|đã có|vì|do|hoàn thành|đạt|trong|đã|nhân dịp|tại|về)\s|[;.:(]")
_GROUP = re.compile(r"^(?:\d+|các|nhiều|những|một số|\d+\s*/\s*\d+)\s", re.IGNORECASE)
_PREFIX = re.compile(r"^(?:tập thể|cá nhân)\s+", re.IGNORECASE)


def _award_mentions(clause: str) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical vi, en) of each award kind in a clause."""
    found: list[tuple[int, int, str, str]] = []
    for k in award_kinds():
        bare = k.pattern == "cờ"
        flags = 0 if bare else re.IGNORECASE
        for m in re.finditer(r"(?<!\w)" + k.pattern + r"(?!\w)", clause, flags):
            if any(s <= m.start() < e for s, e, _, _ in found):
                continue
            vi, en = m.expand(k.vi), m.expand(k.en)
            found.append((m.start(), m.end(), vi, en))
    return sorted(found)


def _last_org(text: str) -> Org | None:
    """The last organization (with a known head) named in a text."""
    toks = tokenize(text)
    best = None
    i = 0
    while i < len(toks):
        n = org_span(toks, i) if toks[i].is_cap else 0
        if n and kind_of(toks[i:i + n]):
            best = Org(text[toks[i].start:toks[i + n - 1].end], kind_of(toks[i:i + n]))
            i += n
        else:
            i += 1
    return best


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


def extract_awards(sentence: Sentence) -> list[Award]:
    """The awards a sentence reports as given."""
    awards: list[Award] = []
    for clause in re.split(r";", sentence.text):
        for start, end, vi, en in _award_mentions(clause):
            before = clause[:start]
            verb = _GIVE.search(before)
            if verb is None and not vi.startswith("Huy hiệu"):
                continue
            if _PROPOSAL.search(before):
                continue
            after = clause[end:]
            giver = None
            m = _GIVER.match(after)
            if m:
                toks = tokenize(after[m.end():])
                g = org_at(after[m.end():], toks, 0, require_head=True)
                if g:
                    giver = g[1]
                    after = after[m.end() + len(g[1].name):]
            if giver is None and verb is not None:
                giver = _last_org(before[: verb.start()])
            rec_text = ""
            m = _TO.match(after)
            if m:
                tail = after[m.end():]
                stop = _REC_END.search(tail)
                rec_text = tail[: stop.start()] if stop else tail
            elif verb is not None and re.match(r"(?:được|nhận)", verb.group(), re.IGNORECASE):
                # "Chi bộ X được tặng Bằng khen": the subject is the recipient
                subj = _last_org(before[: verb.start()])
                if subj:
                    awards.append(Award(vi, en, sentence.index, None, subj))
                    continue
            recs = _recipients(rec_text)
            if not recs:
                awards.append(Award(vi, en, sentence.index, giver))
            for org, person, group in recs:
                awards.append(Award(vi, en, sentence.index, giver, org, person, group))
    return awards
