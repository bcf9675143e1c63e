"""Posts told by who leads a standing group: "Hội đồng kỷ luật do Thứ trưởng A làm Chủ tịch",
"Ban Chỉ đạo X do ông B, Phó Thủ tướng, làm Trưởng ban". The holder is the one person named
between "do" and "làm"; the post is the role with the group's name ("Chủ tịch Hội đồng kỷ
luật", "Trưởng ban Chỉ đạo X"). The groups and their roles are data (led_groups.txt)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.facts import Position, Sentence, Title
from kg.resources import comma_pairs, led_groups

_MAX_GROUP_WORDS = 16
# what ends a group's name before "do": a mark, or what is said of the group
_SAID = re.compile(r"\s(?:gồm|sẽ|có|được|đã|đang|với|tham dự|thăm|sang|tới|đến|đi)(?!\w)", re.IGNORECASE)
_FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|đề nghị|đề xuất)\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern[str]:
    """A standing group's name ("group", from its last head before "do"), its holder between
    "do" and "làm" ("holder") and the role after "làm" ("role")."""
    names = [h for h, *_ in led_groups()]
    not_group = {h: after for h, _, after in led_groups()}

    def alone(h: str) -> str:
        # a head inside a longer one is none of its own: "ban" of "Ủy ban", "Tiểu ban"
        before = [o[: -len(h) - 1] for o in names if o.endswith(" " + h)]
        after = not_group[h]  # "ban hành", "tổ chức": a verb, no group
        not_after = r"(?!\s+(?:" + "|".join(after) + r")(?!\w))" if after else ""
        return "".join(r"(?<!" + re.escape(b) + r"\s)" for b in before) + re.escape(h) + r"(?!\w)" + not_after

    head = r"(?<!\w)(?:" + "|".join(alone(h) for h in names) + r")"
    roles = "|".join(sorted({re.escape(r) for _, rs, _ in led_groups() for r in rs}, key=len, reverse=True))
    # a comma inside one field of the name: "Ban Chỉ đạo … phòng, chống tham nhũng" (comma_pairs.tsv)
    joined = "|".join(r"(?<=" + re.escape(a) + r"),(?=\s*" + re.escape(b) + r"(?!\w))" for a, b in sorted(comma_pairs()))
    return re.compile(
        # the group starts at the last head before "do": no other head inside it
        r"(?P<group>" + head + r"(?:(?!" + head + r")(?:" + joined + r"|[^,;.:()“”\"])){0,90}?)\s*,?"
        r"\s(?P<do>do)\s+(?P<holder>[^;:.()“”\"]{3,160}?)\s*,?\s+làm\s+(?P<role>" + roles + r")(?!\w)",
        re.IGNORECASE)


def _title(role: str, group: str) -> str:
    """The role with its group's name, its shared word said once: "Trưởng ban" and "Ban Chỉ
    đạo X" → "Trưởng ban Chỉ đạo X"; "Tổ trưởng" and "Tổ công tác" → "Tổ trưởng Tổ công tác"
    (the unit's name written whole after a role that opens with it)."""
    r, g = role.lower().split(), group.split()
    for n in (2, 1):  # the group's head may be two words ("Tiểu ban")
        if len(g) > n and r[-n:] == [w.lower() for w in g[:n]]:
            return f"{role} {' '.join(g[n:])}"
    return f"{role} {group}"


def headed_posts(sentences: list[Sentence], persons_by_sentence: dict[int, list[str]]) -> list[Position]:
    """The posts of those a sentence says lead a standing group ("X do A làm Chủ tịch"): one
    person named between "do" and "làm", no other holder with them ("và các"), and no plan."""
    out: list[Position] = []
    for s in sentences:
        persons = persons_by_sentence.get(s.index)
        if not persons or " làm " not in s.text or " do " not in s.text:
            continue
        for m in _pattern().finditer(s.text):
            if _FUTURE.search(s.text[: m.start("do")]):
                continue
            # the group's name ends where what is said of it begins ("… gồm 6 thành viên", "… sẽ có")
            group = _SAID.split(m.group("group"), maxsplit=1)[0].strip(" -–,")
            low = group.lower()
            found = next(((h, rs) for h, rs, _ in led_groups() if low.startswith(h + " ")), None)
            if found is None or len(group.split()) > _MAX_GROUP_WORDS:
                continue  # "Ban do A làm trưởng ban", "Hội đồng do …": a group named before, not here
            holder = m.group("holder")
            if re.search(r"(?<!\w)(?:và|cùng)\s+(?:các|những|ông|bà|đồng chí)(?!\w)", holder):
                continue  # "do Chủ tịch và các Phó Chủ tịch UBND quận làm trưởng ban": several
            named = [p for p in persons if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", holder, re.IGNORECASE)]
            if len(named) != 1:
                continue
            # the role as the data file writes it ("làm chủ tịch" → "Chủ tịch")
            role = {r.lower(): r for r in found[1]}.get(m.group("role").lower())
            if role is None:
                continue  # "Ban X do A làm Chủ tịch": no role of that group
            text = _title(role, group)
            out.append(Position(named[0], Title(text, role, None, False), s.index))
    return out
