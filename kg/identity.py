"""Identity of officials across articles and provinces: which person nodes are
one official, and why.

A person node is minted per (name, article province) inside each article's
graph (see kg.resolve.person_key), so an official moved between provinces, or
reported by the papers of several provinces, is several nodes. This module
decides, from evidence only, which of them are one official:

- **join**: two nodes of the same name (same key) that hold the same *national*
  post (Ủy viên Ban Chấp hành Trung ương Đảng, Ủy viên Bộ Chính trị, a ministry's
  Bộ trưởng or Thứ trưởng, Đại biểu Quốc hội …: one post in the whole country), or
  the same post of a body that names its province ("Phó Chủ tịch UBND tỉnh Bình
  Định": one post in the country too), when nothing contradicts;
- **contradiction**: the two (or the officials they would join) hold current
  provincial posts in two different provinces at overlapping dates (the span of
  the articles stating them): no one holds posts in two provinces at once, so
  they are namesakes and stay apart. A province and the unit it was merged into
  on 1 July 2025 are one place.

The decision is pure and deterministic: the same mentions in any order give the
same clusters (candidate joins are taken strongest first, ties by IRI, and each
is refused if it would put a contradiction inside one official). Nothing here
reads or writes a store; kg.officials maps stores to mentions and back.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable

from kg.normalize import normalize_text, strip_diacritics

UNDATED = ("0000-01-01", "9999-12-31")  # an undated mention may be any time: it overlaps all


@dataclass(frozen=True)
class Held:
    """A post as one mention holds it."""

    label: str  # the post as the store labels it ("Thứ trưởng Bộ Nội vụ")
    past: bool = False  # "nguyên …": held before the article, not at its date


@dataclass(frozen=True)
class Mention:
    """What one article says of one person node: its name, the article's province
    and date, and the posts it holds there."""

    person: str  # the person node's IRI
    name: str
    province: str | None  # the article's province
    date: str | None  # the article's date: "YYYY-MM-DD", or "YYYY" when only the year is known
    article: str
    posts: tuple[Held, ...] = ()


@dataclass(frozen=True)
class Join:
    """Why two person nodes are one official."""

    a: str
    b: str
    posts: tuple[str, ...]  # the posts both hold that have one holder's name in the country
    reason: str


@dataclass(frozen=True)
class Apart:
    """Why two namesakes that share a national post are kept apart."""

    a: str
    b: str
    reason: str


@dataclass
class Official:
    """One official: the person nodes joined, their name, and the joins' reasons."""

    name: str
    persons: tuple[str, ...]
    joins: tuple[Join, ...] = ()


@dataclass
class Decision:
    """The officials (every person node in exactly one) and the namesakes kept apart."""

    officials: list[Official] = field(default_factory=list)
    apart: list[Apart] = field(default_factory=list)


@lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """kg.normalize.key, but expanding only abbreviations written as such (in
    capitals): key() reads the syllable "Tư" of "Bộ Tư pháp" as TƯ (trung ương),
    which would make "Giám đốc Sở Tư pháp" a national post."""
    from kg.resources import abbreviations

    table = abbreviations()
    t = normalize_text(text)
    t = re.sub(r"[–\-_/]", " ", t)
    t = re.sub(r"[,;:()\[\]\"“”'‘’!?…]", " ", t)
    t = re.sub(r"\.(?!\w)", " ", t)
    words = []
    for w in t.split():
        exp = table.get(w) if len(w) > 1 and w.isupper() else None
        words.append(exp.vi if exp else w)
    return " ".join(words).lower()


def _data_lines(name: str) -> list[str]:
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=None)
def _phrases(name: str) -> re.Pattern[str]:
    alts = sorted((key(p) for p in _data_lines(name) if not p.startswith("!")), key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(re.escape(a) for a in alts) + r")(?!\S)")


@lru_cache(maxsize=None)
def _province_table() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """A pattern of every province name and alias (folded), folded name → province,
    and province → the unit it became in 2025."""
    from kg.resources import provinces, provinces_2025

    names: dict[str, str] = {}
    merged: dict[str, str] = {}
    for p in provinces():
        merged[p.name] = p.merged_into
        for n in (p.name, *p.aliases):
            names[_fold(n)] = p.name
    for p in provinces_2025():
        names.setdefault(_fold(p.name), p.name)
    alts = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alts) + r")(?!\w)"), names, merged


def _fold(text: str) -> str:
    return " ".join(strip_diacritics(text).lower().split())


@lru_cache(maxsize=100_000)
def province_named(text: str) -> str | None:
    """The province a post's name names ("Bí thư Tỉnh ủy Yên Bái" → "Yên Bái"), the
    last one when several are named (the body's own is at the end)."""
    pattern, names, _ = _province_table()
    folded = _fold(text)
    found = [m.group(0) for m in pattern.finditer(folded)
             if not (m.group(0) == "ho chi minh" and _NAMED_AFTER_HIM.search(folded[:m.start()]))]
    return names[found[-1]] if found else None


# "Đoàn TNCS Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh": bodies named
# after him, national ones, not the city
_NAMED_AFTER_HIM = re.compile(r"(?:cong san|tncs|quoc gia|tu tuong|chu tich|bac) $")


_CENTRAL_COMMITTEE = re.compile(r"(?:ban chấp hành )?trung ương(?: đảng)?$")
_HEAD_OF_GOVERNMENT = re.compile(r"^((?:phó )?thủ tướng) chính phủ$")  # "Thủ tướng" is the Government's


@lru_cache(maxsize=100_000)
def national_post(label: str) -> str | None:
    """The key of a national post — one post in the whole country, wherever it is
    reported — or None for a post of a province or below.

    "Ủy viên BCH Trung ương Đảng", "Ủy viên Trung ương Đảng" and "Ủy viên Ban
    Chấp hành Trung ương" are one post (one key)."""
    if is_local(label):
        return None
    k = _ministry(key(label))
    if not _phrases("national_posts.txt").search(k):
        return None
    return _HEAD_OF_GOVERNMENT.sub(r"\1", _CENTRAL_COMMITTEE.sub("trung ương đảng", k))


_VOWEL = re.compile(r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]")


def _tokens(words: str) -> list[str]:
    return [w for w in re.split(r"[\s&,.+–-]+", words) if w and w != "và"]


def _signature(words: str) -> str:
    """A ministry's name folded to its initials, however written: "giáo dục và đào
    tạo", "GD&ĐT", "GD-ĐT", "GD và ĐT" → "gdđt" (a syllable gives its first letter,
    an abbreviation, which has no vowel, itself)."""
    return "".join(w[0] if _VOWEL.search(w) else w for w in _tokens(words))


@lru_cache(maxsize=None)
def _ministries() -> dict[str, str]:
    """Signature → the ministry's full name (the longest line of that signature)."""
    out: dict[str, str] = {}
    for line in _data_lines("national_posts.txt"):
        k = key(line)
        if k.startswith("bộ "):
            sig = _signature(k[3:])
            if len(k) > len(out.get(sig, "")):
                out[sig] = k
    return out


_MINISTER = re.compile(r"^((?:thứ|bộ) trưởng(?: thường trực)?) (?:bộ )?(.+)$")


def _ministry(k: str) -> str:
    """A post's key with its ministry written in full ("thứ trưởng bộ gd đt",
    "thứ trưởng kh&đt" → "thứ trưởng bộ giáo dục và đào tạo", "… bộ kế hoạch và
    đầu tư"); "Bộ Chính trị" and the other bodies stay as they are."""
    m = _MINISTER.match(k)
    if m and (full := _full_ministry(m.group(2))):
        return f"{m.group(1)} {full}"  # a minister's title may leave out the "Bộ"
    at = k.rfind("bộ ")  # the body's, not the role's ("bộ trưởng bộ kh đt")
    if at < 0 or (at and k[at - 1] != " "):
        return k
    full = _full_ministry(k[at + 3:])
    return k[:at] + full if full else k


def _full_ministry(rest: str) -> str | None:
    """The full name of the ministry `rest` (the words after "Bộ") names, or None."""
    rest = re.sub(r"\s*việt nam$", "", rest)
    full = _ministries().get(_signature(rest))
    if full is None:
        return None
    words = _tokens(rest)
    if all(_VOWEL.search(w) for w in words) and words != _tokens(full[3:]):
        return None  # written out in full and not this ministry's words: "Bộ Chính trị" is no "Bộ Công Thương"
    return full


@lru_cache(maxsize=100_000)
def is_local(label: str) -> bool:
    """Whether a post is of a province or below by its name (tỉnh, huyện, xã …)."""
    k = key(label)
    for word in _not_levels():
        k = k.replace(word, " ")
    return bool(province_named(label) or _phrases("local_levels.txt").search(k))


@lru_cache(maxsize=None)
def _not_levels() -> tuple[str, ...]:
    return tuple(key(p[1:]) for p in _data_lines("local_levels.txt") if p.startswith("!"))


MERGER = "2025-07-01"  # 63 provinces became 34 units; a unit may keep an old province's name


_LEVEL_BEFORE = re.compile(r"(?:\s(?:tinh|thanh pho|tp))+\s*$")


@lru_cache(maxsize=100_000)
def provincial_post(label: str) -> str | None:
    """The key of a post of a body that names its province ("Phó Chủ tịch UBND tỉnh
    Bình Định", "Bí thư Tỉnh ủy Hà Tĩnh"): one post in the whole country too, however
    the province is written ("tỉnh X", "TP X", "X") — or None."""
    pattern, names, _ = _province_table()
    folded = _fold(key(label))
    found = [m for m in pattern.finditer(folded)
             if not (m.group(0) == "ho chi minh" and _NAMED_AFTER_HIM.search(folded[:m.start()]))]
    if not found:
        return None
    m = found[-1]
    head = _LEVEL_BEFORE.sub("", folded[:m.start()]).strip()
    if not head:
        return None
    return f"{head} | {names[m.group(0)]} | {folded[m.end():].strip()}".rstrip(" |")


def same_place(a: str, b: str, a_after: bool = False, b_after: bool = False) -> bool:
    """Whether two provinces are one place; `*_after`: named on or after the merger
    of 1 July 2025, when the name is the new unit's (Hà Giang before it and Tuyên
    Quang after it are one place; Hà Giang and Tuyên Quang both before it are not)."""
    if a == b:
        return True  # one name is one place, whatever a stray date says
    if a_after == b_after:
        return False
    old, new = (b, a) if a_after else (a, b)
    return _province_table()[2].get(old, old) == new


def _span(date: str | None) -> tuple[str, str]:
    if not date:
        return UNDATED
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    return date, date


@dataclass
class _Node:
    """What all mentions say of one person node."""

    iri: str
    names: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # posts that exist once in the country (national, or of a named province): key → labels
    national: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # (province, after the merger) → [first, last] dates of current posts held there, and the posts
    local: dict[str, list] = field(default_factory=dict)


def _nodes(mentions: Iterable[Mention]) -> dict[str, _Node]:
    nodes: dict[str, _Node] = {}
    for m in mentions:
        n = nodes.get(m.person) or nodes.setdefault(m.person, _Node(m.person))
        n.names[m.name] += 1
        lo, hi = _span(m.date)
        for h in m.posts:
            nk = national_post(h.label)
            if nk:
                n.national[nk].add(h.label)
                continue
            pk = provincial_post(h.label)
            if pk:
                n.national[pk].add(h.label)  # one post in the country too: shared, it joins
            if h.past:
                continue  # a former post was held before the article's date: no clash then
            where = province_named(h.label) or (m.province if is_local(h.label) else None)
            if where is None:
                continue  # a post of no known place (a school, a company …) clashes with nothing
            place = (where, lo >= MERGER)
            span = n.local.get(place)
            if span is None:
                n.local[place] = [lo, hi, {h.label}]
            else:
                span[0], span[1] = min(span[0], lo), max(span[1], hi)
                span[2].add(h.label)
    return nodes


def _clash(a: _Node, b: _Node) -> str | None:
    """Why a and b cannot be one official (provincial posts in two provinces at
    overlapping dates), or None."""
    for pa, (lo_a, hi_a, posts_a) in sorted(a.local.items()):
        for pb, (lo_b, hi_b, posts_b) in sorted(b.local.items()):
            if same_place(pa[0], pb[0], pa[1], pb[1]) or hi_a < lo_b or hi_b < lo_a:
                continue
            return (f"{min(posts_a)} ({_shown(lo_a, hi_a)}) and {min(posts_b)} ({_shown(lo_b, hi_b)}) "
                    f"are posts in {pa[0]} and {pb[0]} at overlapping dates")
    return None


def _shown(lo: str, hi: str) -> str:
    if (lo, hi) == UNDATED:
        return "undated"
    return lo if lo == hi else f"{lo} … {hi}"


def _name_of(nodes: list[_Node]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for n in nodes:
        for name, c in n.names.items():
            counts[name] += c
    return min(counts, key=lambda s: (-counts[s], s))


def decide(mentions: Iterable[Mention]) -> Decision:
    """Cluster person nodes into officials (see the module's rules)."""
    nodes = _nodes(mentions)
    by_name: dict[str, list[_Node]] = defaultdict(list)
    for n in nodes.values():
        by_name[key(_name_of([n]))].append(n)
    out = Decision()
    for _, group in sorted(by_name.items()):
        group.sort(key=lambda n: n.iri)
        officials, apart = _decide_group(group)
        out.officials += officials
        out.apart += apart
    out.officials.sort(key=lambda o: o.persons)
    return out


def _decide_group(group: list[_Node]) -> tuple[list[Official], list[Apart]]:
    """Officials among the nodes of one name."""
    parent = {n.iri: n.iri for n in group}
    members = {n.iri: [n] for n in group}
    joins: dict[str, list[Join]] = {n.iri: [] for n in group}
    apart: list[Apart] = []

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    candidates = []
    for i, a in enumerate(group):
        for b in group[i + 1:]:
            shared = sorted(set(a.national) & set(b.national))
            if shared:
                candidates.append((-len(shared), a.iri, b.iri, a, b, shared))
    candidates.sort(key=lambda c: c[:3])  # strongest first; ties by IRI: order-independent
    for _, ia, ib, a, b, shared in candidates:
        ra, rb = find(ia), find(ib)
        if ra == rb:
            continue
        labels = tuple(sorted(min(a.national[k] | b.national[k]) for k in shared))
        why = next((f"{_clash(x, y)}" for x in members[ra] for y in members[rb] if _clash(x, y)), None)
        if why:
            apart.append(Apart(ia, ib, f"both hold {', '.join(labels)}, but {why}"))
            continue
        root, other = min(ra, rb), max(ra, rb)
        parent[other] = root
        members[root] += members.pop(other)
        joins[root] += joins.pop(other)
        kinds = ["national post" if national_post(x) else "post of a named province" for x in labels]
        held = ", ".join(f"the {k} {x}" for k, x in zip(kinds, labels))
        joins[root].append(Join(ia, ib, labels, f"same name; both hold {held}; no provincial posts clash"))
    officials = [Official(_name_of(ms), tuple(sorted(n.iri for n in ms)), tuple(joins[root]))
                 for root, ms in members.items()]
    return officials, apart
