"""Posts of a dated career list: the official biography's shape.

"Tóm tắt tiểu sử" of an appointed or elected official lists the posts by period,
with no name and no verb: "4/1985-7/1988: Ủy viên Ban Thường vụ Thành đoàn, Trưởng
ban Khoa học rồi Phó Bí thư Thành đoàn TP X.", "- Từ tháng 8/2007 đến 6/2010: Phó
Chủ tịch UBND tỉnh Y", "2010 - nay: Bí thư Huyện ủy Z". Every post of such an item
is the biography's subject's: the person the article has named most before the
list (the nearest of those tied). An item opens with a period and a colon at the
start of a sentence or line (after any bullet), or after a word that is not a
lower-case one ("… khóa XIV 6/1970-12/1979: …"): "nhiệm kỳ 2015-2020: …" is a
plan's heading, not an item. An article is read so only when it holds two items
with a period of two ends (a list, not one heading); a period that ended gives
former posts, as written ("kg:former"), and "… - nay" current ones.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.careers import listed_posts
from kg.extract.positions import extract_positions
from kg.facts import Position, Sentence, Title

_YEAR = r"(?:19|20)\d{2}"
_WHEN = rf"(?:(?:tháng|năm)\s+)?(?:\d{{1,2}}\s*/\s*)?{_YEAR}"
_NOW = r"(?:nay|hiện\s+nay|bây\s+giờ)"
# a period: "4/1985-7/1988", "Từ tháng 8/2007 đến 6/2010", "1990 - 1995", "7/2010 - nay";
# or one date ("12/1999", "Năm 2001") — an item only in a list that has periods
_ITEM = re.compile(
    rf"(?:^|(?<=[\s.;]))(?:[-–+•*]\s*)?(?:[Tt]ừ\s+)?(?P<from>(?:[Tt]háng|[Nn]ăm)?\s*(?:\d{{1,2}}\s*/\s*)?{_YEAR})"
    rf"(?:\s*(?:[-–—]|đến|tới)\s*(?P<to>{_WHEN}|{_NOW}))?\s*:\s*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
_YEAR_SEEN = re.compile(_YEAR)


def _opens_item(text: str, m: re.Match[str]) -> bool:
    """Whether a period and colon at m opens a list item: not after a lower-case
    word ("nhiệm kỳ 2015-2020:", "giai đoạn 2016 - 2020:")."""
    before = _WORD_BEFORE.search(text, 0, m.start())
    return before is None or not before.group(1).islower()


_NOW_WORD = re.compile(_NOW)


def _items(s: Sentence) -> list[tuple[int, str, bool, bool]]:
    """(where the item starts, its text, whether its period has two ends, whether it
    runs to now) of each dated item in a sentence."""
    found = [m for m in _ITEM.finditer(s.text) if _opens_item(s.text, m)]
    out = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(s.text)
        to = m.group("to")
        # a bullet glued to the item before ("… FDC- Năm 1996: …") is no part of it
        text = s.text[m.end():end].rstrip(" -–—+•*;,")
        out.append((m.start(), text, to is not None, to is not None and _NOW_WORD.fullmatch(to) is not None))
    return out


def biography_posts(sentences: list[Sentence], persons_by_sentence: dict[int, list[str]],
                    headline: str | None = None, authors: set[str] | frozenset[str] = frozenset()) -> list[Position]:
    """The posts of an article's dated career list, each its subject's (see the module).
    The one person the `headline` names (no author's) is the subject of a list the body
    names no one before ("Tóm tắt tiểu sử đồng chí A" over "Sinh ngày …; 1990-1995: …")."""
    # nearly every article: no sentence with a colon and a year, so no dated item at all
    items = {s.index: _items(s) for s in sentences if ":" in s.text and _YEAR_SEEN.search(s.text)}
    if sum(ranged for found in items.values() for _, _, ranged, _ in found) < 2:
        return []
    named: Counter[str] = Counter()
    last_seen: dict[str, tuple[int, int]] = {}  # (sentence, offset) a person was named at last
    out: list[Position] = []
    for s in sentences:
        found = items.get(s.index) or []
        here = persons_by_sentence.get(s.index, [])
        if found:
            # and those the sentence names before its first item ("Ông A từng giữ: - 1990-1995: …")
            before = Counter(named)
            seen = dict(last_seen)
            for p in here:
                at = s.text.find(p)
                if 0 <= at < found[0][0]:
                    before[p] += 1
                    seen[p] = (s.index, at)
            if not before and headline:
                named_there = [p for p in extract_positions(Sentence(-1, headline, 0, len(headline)))[0]
                               if p not in authors]
                if len(named_there) == 1:
                    before[named_there[0]] = 1
                    seen[named_there[0]] = (-1, 0)
            if before:
                top = max(before.values())
                # the most named so far; of those tied, the one named last
                holder = max((p for p in before if before[p] == top), key=lambda p: seen[p])
                for _, text, ranged, now in found:
                    if any(p in text for p in here):
                        continue  # "1990-1995: Chủ tịch UBND tỉnh là ông A": the item names its own holder
                    # the item alone is read: its list of posts never runs into the next item
                    out += [Position(holder, Title(t.text, t.role, t.body, t.past or (ranged and not now)), s.index)
                            for t in listed_posts(text)]
        for p in here:
            named[p] += 1
            last_seen[p] = (s.index, max(s.text.find(p), 0))
    return out
