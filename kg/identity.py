"""Identity of officials across articles and provinces: which person nodes are
one official, and why.

A person node is minted per (name, article province) inside each article's
graph, per (name, article) in an article of no province (see
kg.resolve.person_key), so an official moved between provinces, or reported by
the papers of several provinces or by national papers, is several nodes. This
module decides, from evidence only, which of them are one official:

- **join**: two nodes of the same name (same key) that hold the same *national*
  post (Ủy viên Ban Chấp hành Trung ương Đảng, Ủy viên Bộ Chính trị, a ministry's
  Bộ trưởng or Thứ trưởng, Đại biểu Quốc hội …: one post in the whole country), or
  the same post of a body that names its province ("Phó Chủ tịch UBND tỉnh Bình
  Định": one post in the country too), of a company named by its name or acronym,
  of a central unit ("Cục trưởng Cục NTBD"), or — within one province, or among
  articles of no province — of any other named unit or named district, when
  nothing contradicts; a title written bare ("Thứ trưởng") joins the one
  official of that name holding it of some body;
- **contradiction**: the two (or the officials they would join) hold current
  provincial posts in two different provinces at overlapping dates (the span of
  the articles stating them): no one holds posts in two provinces at once, so
  they are namesakes and stay apart — unless one of them itself holds posts in
  both provinces (then that is no evidence of two people); a post held
  alongside posts anywhere (kg/data/held_anywhere.txt: a deputy of the
  National Assembly for a province) clashes with nothing. A province and the
  unit it was merged into on 1 July 2025 are one place.
- **merger**: with no post shared, the one node (official) of a name holding a
  post of the own bodies of a province merged away on 1 July 2025
  (kg/data/merger_bodies.txt: Tỉnh ủy, UBND, HĐND …) in articles before it, and
  the one holding such a post of the unit it became in articles on or after it,
  join when nothing contradicts; two candidates on a side join none.

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
from typing import Iterable

from kg.normalize import normalize_text, strip_diacritics
from kg.resources import data_lines

UNDATED = ("0000-01-01", "9999-12-31")  # an undated mention may be any time: it overlaps all


@dataclass(frozen=True, slots=True)  # slots: a 100k store holds ~1M of them
class Held:
    """A post as one mention holds it."""

    label: str  # the post as the store labels it ("Thứ trưởng Bộ Nội vụ")
    past: bool = False  # "nguyên …": held before the article, not at its date


@dataclass(frozen=True, slots=True)  # slots: a 100k store holds ~1M of them
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




@lru_cache(maxsize=None)
def _phrases(name: str) -> re.Pattern[str]:
    alts = sorted((key(p) for p in data_lines(name) if not p.startswith("!")), key=len, reverse=True)
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
    # a bracket repeats or qualifies the body ("Ngân hàng Nhà nước Việt Nam (NHNN)"): not the post
    k = _ministry(key(_BRACKETED.sub(" ", label)))
    if not _phrases("national_posts.txt").search(k):
        return None
    k = _OF_THE_COUNTRY.sub("", k)  # a national body is the country's: "… Việt Nam" adds nothing
    k = k.replace(" của ", " ")  # "Người phát ngôn của Bộ Nội vụ" is the Bộ's
    if k.endswith(" quốc hội") and _phrases("national_posts.txt").search(k[:-9]):
        k = k[:-9]  # "Ủy ban Pháp luật của Quốc hội" is the "Ủy ban Pháp luật", the NA's anyway
    return _HEAD_OF_GOVERNMENT.sub(r"\1", _CENTRAL_COMMITTEE.sub("trung ương đảng", k))


_BRACKETED = re.compile(r"\s*\([^()]*\)")
_OF_THE_COUNTRY = re.compile(r" việt nam$")


_VOWEL = re.compile(r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]")


def _tokens(words: str) -> list[str]:
    return [w for w in re.split(r"[\s&,.+–-]+", words) if w and w != "và"]


def _signature(words: str) -> str:
    """A ministry's name folded to its initials, however written: "giáo dục và đào
    tạo", "GD&ĐT", "GD-ĐT", "GD và ĐT" → "gdđt" (a syllable gives its first letter,
    an abbreviation, which has no vowel, itself)."""
    return "".join(w[0] if _VOWEL.search(w) else w for w in _tokens(words))


# level words a body's initials keep whole: "Thành ủy" is no "Tỉnh ủy"
_LEVEL_SYLLABLES = frozenset({"tinh", "thanh", "huyen", "quan", "thi", "xa", "phuong"})


def _initials(folded: str) -> str:
    """A body's name (folded: no tone marks) by its initials, level words kept whole:
    "pho giam doc so giao duc va dao tao" and "pho giam doc so gd dt" → "pgdsgddt";
    "bi thu thanh uy" → "bt thanh u", not "bi thu tinh uy"'s "bt tinh u"."""
    out = []
    for w in _tokens(folded):
        if w == "va":
            continue
        out.append(f" {w} " if w in _LEVEL_SYLLABLES else w[0] if _VOWEL.search(w) else w)
    return " ".join("".join(out).split())


@lru_cache(maxsize=None)
def _ministries() -> dict[str, str]:
    """Signature → the ministry's full name (the longest line of that signature)."""
    out: dict[str, str] = {}
    for line in data_lines("national_posts.txt"):
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
    return tuple(key(p[1:]) for p in data_lines("local_levels.txt") if p.startswith("!"))


MERGER = "2025-07-01"  # 63 provinces became 34 units; a unit may keep an old province's name


_LEVEL_BEFORE = re.compile(r"(?:\s(?:tinh|thanh pho|tp\.?))+\s*$")  # "UBND TP.Đà Nẵng" too
# the papers' shorthand for a province's two top bodies: "Bí thư Sóc Trăng" is its Tỉnh
# ủy's (a centrally-run city's Thành ủy), "Chủ tịch tỉnh Hà Tĩnh" its UBND's
_BARE_SECRETARY = re.compile(r"^((?:pho )?bi thu(?: thuong truc)?)$")
_BARE_CHAIR = re.compile(r"^((?:pho )?chu tich(?: thuong truc)?)$")


@lru_cache(maxsize=100_000)
def _provincial_parts(label: str) -> tuple[str, str, str] | None:
    """A post of a body that names its province, split: the post's words before the
    province (folded, the papers' shorthand "Bí thư X" written out), the province,
    and the words after it — or None."""
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
    province = names[m.group(0)]
    if _BARE_SECRETARY.match(head):
        head += " thanh uy" if province in _cities() else " tinh uy"
    elif _BARE_CHAIR.match(head):
        head += " uy ban nhan dan"
    tail = "" if _ends_at_province(label) else folded[m.end():].strip()
    return head, province, tail


@lru_cache(maxsize=100_000)
def provincial_post(label: str) -> str | None:
    """The key of a post of a body that names its province ("Phó Chủ tịch UBND tỉnh
    Bình Định", "Bí thư Tỉnh ủy Hà Tĩnh"): one post in the whole country too, however
    the province is written ("tỉnh X", "TP X", "X") — or None."""
    parts = _provincial_parts(label)
    if parts is None:
        return None
    head, province, tail = parts
    # the body's name folded to its initials: "Sở GD-ĐT", "Sở GDĐT", "Sở Giáo dục - Đào
    # tạo" and "Sở Giáo dục và Đào tạo" are one
    return f"{_initials(head)} | {province} | {tail}".rstrip(" |")


@lru_cache(maxsize=None)
def _merger_bodies() -> re.Pattern[str]:
    alts = sorted((_fold(key(p)) for p in data_lines("merger_bodies.txt")), key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(re.escape(a) for a in alts) + r")$")


def continuing_province(label: str) -> str | None:
    """The province of a post that goes on through the merger of 1 July 2025 — one of
    the province's own Party committee or state bodies (kg/data/merger_bodies.txt:
    "Phó Bí thư Tỉnh ủy Hà Giang", "Chủ tịch UBND tỉnh Hà Giang"; not a district's,
    not a department's) — or None."""
    parts = _provincial_parts(label)
    if parts is None or parts[2]:
        return None
    return parts[1] if _merger_bodies().search(parts[0]) else None


_SENTENCE_END = frozenset(".;!?")


def _ends_at_province(label: str) -> bool:
    """Whether a post's name ends a sentence right after its province: "Bí thư Tỉnh ủy
    Yên Bái.Ngày" is "Bí thư Tỉnh ủy Yên Bái" and the next sentence's first word."""
    pattern, _, _ = _province_table()
    raw = _fold(label)
    found = list(pattern.finditer(raw))
    return bool(found) and raw[found[-1].end():found[-1].end() + 1] in _SENTENCE_END and \
        found[-1].end() < len(raw)


@lru_cache(maxsize=None)
def _cities() -> frozenset[str]:
    """The centrally-run cities (their Party committee is a Thành ủy)."""
    from kg.resources import provinces, provinces_2025

    return frozenset(p.name for p in (*provinces(), *provinces_2025()) if p.kind == "thành phố")


_COMPANY = re.compile(r"(?<!\S)(?:tổng công ty|công ty|cty|ctcp|tập đoàn)(?!\S)")
# a company's legal form says nothing of which company it is: "Công ty CP X" is "CTCP X"
_LEGAL_FORM = re.compile(r"(?<!\S)(?:cổ phần|cp|ctcp|trách nhiệm hữu hạn|tnhh|một thành viên|mtv|"
                         r"hai thành viên trở lên|jsc)(?!\S)")


@lru_cache(maxsize=100_000)
def company_post(label: str) -> str | None:
    """The key of a post of a company named by its own name ("Tổng Giám đốc Công ty
    Cổ phần Hóa dầu và Xơ sợi Dầu khí"): one post in the whole country too (a company's
    name is its own), however its legal form is written — or None for a bare "Giám
    đốc Công ty", a company named by its trade alone in one word, or a local post."""
    if is_local(label):
        return None
    k = key(label)
    m = _COMPANY.search(k)
    if not m:
        return None
    name = _LEGAL_FORM.sub(" ", k[m.end():]).split()
    if len(name) < 2:
        return None
    role = k[:m.start()].split()
    form = {"cty": "công ty", "ctcp": "công ty"}.get(m.group(0), m.group(0))
    return " ".join([*role, form, *name]) if role else None


@lru_cache(maxsize=None)
def _unit_heads() -> tuple[re.Pattern[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """A pattern of the heads, the words that end in one but are none, the heads of
    central units, and the signatures of the units a province has under them too."""
    lines = data_lines("unit_heads.txt")
    alts = sorted((key(p.lstrip("=")) for p in lines if p[0] not in "!-"), key=len, reverse=True)
    return (re.compile(r"(?<!\S)(?:" + "|".join(re.escape(a) for a in alts) + r")(?!\S)"),
            tuple(key(p[1:]) for p in lines if p.startswith("!")),
            frozenset(key(p[1:]) for p in lines if p.startswith("=")),
            frozenset(_signature(key(p[1:])) for p in lines if p.startswith("-")))


# the unit's own name ends where its parent or an apposition begins: "Cục Khảo thí …,
# Bộ GD&ĐT", "Trung tâm … thuộc Viện …"
_PARENT = re.compile(r"\s(?:bộ|thuộc|của|trực thuộc)\s.*$")


@lru_cache(maxsize=100_000)
def unit_post(label: str) -> str | None:
    """The key of a post of a unit named by its own words ("Cục trưởng Cục Khảo thí
    và Kiểm định chất lượng giáo dục", "Cục trưởng Cục NTBD"): the role, the unit's
    head and its name folded to its initials (so "Cục NTBD" = "Cục Nghệ thuật biểu
    diễn", whatever the case; its parent after a comma or "thuộc" left out) — or None
    for a bare "Giám đốc Trung tâm", a name of fewer than three initials, a local post. The post is one only
    within a province (kg/data/unit_heads.txt says why): see :func:`decide`."""
    if is_local(label):
        return None
    k = key(_BRACKETED.sub(" ", label))
    heads, not_heads, central, provincial = _unit_heads()
    # the unit's head after the role: not the role's own ("Cục trưởng", "Phó Viện
    # trưởng"), nor a word ending in one ("Ủy viên Thường vụ", "Bệnh viện" for "viện")
    m = next((m for m in heads.finditer(k)
              if k[:m.start()].strip() and not k[m.end():].startswith(" trưởng")
              and not any(k[:m.end()].endswith(" " + w) and len(w) > len(m.group(0)) for w in not_heads)), None)
    if m is None:
        return None
    name = _PARENT.sub("", " " + k[m.end():]).strip()
    sig = _signature(name)
    if len(sig) < 3:
        return None
    where = "" if m.group(0) in central and sig not in provincial else " | ?"
    return f"{k[:m.start()].strip()} {m.group(0)} #{sig}{where}"


_DISTRICT = re.compile(r"^(.+?) (huyện|quận|thị xã|thành phố|tp) (\S+(?: \S+)+)$")
_COMMUNE = re.compile(r"(?<!\S)(?:xã|phường|thị trấn|thôn|bản|xóm|ấp|tổ dân phố|khu phố)(?!\S)")


@lru_cache(maxsize=100_000)
def district_post(label: str) -> str | None:
    """The key of a post of a body that names its district ("Phó Giám đốc Bệnh viện
    Đa khoa huyện Thường Xuân", "Trưởng phòng GD-ĐT huyện Cẩm Mỹ"; the body folded to
    its initials), ending in " | ?" for the article's province (a district's name may
    recur in several provinces) — or None: a commune's or village's post (there are
    too many of one name), a district not named, or a post naming its province."""
    if province_named(label):
        return None
    k = key(label)
    m = _DISTRICT.match(k)
    if not m or _COMMUNE.search(k.replace("thị xã", " ")):
        return None
    body = _initials(_fold(m.group(1)))
    return f"{body} | {m.group(2).replace('tp', 'thành phố')} {m.group(3)} | ?"


@lru_cache(maxsize=None)
def _roles() -> frozenset[str]:
    from kg.resources import titles

    return frozenset(key(t) for t in titles())


_ACRONYM = re.compile(r"[A-ZĐ][A-Za-zĐđ0-9&]{2,}")


@lru_cache(maxsize=100_000)
def acronym_post(label: str) -> str | None:
    """The key of a post of a body named by its own acronym alone ("Tổng Giám đốc
    PVTEX", "Chủ tịch HĐQT PVC": a role of kg/data/titles.tsv, then one word of two
    capitals or more that is no known abbreviation): one post in the country, as a
    company's — or None."""
    from kg.resources import abbreviations

    words = label.split()
    if len(words) < 2 or is_local(label):
        return None
    last = words[-1]
    if not _ACRONYM.fullmatch(last) or sum(c.isupper() for c in last) < 2 or last.upper() in abbreviations():
        return None
    role = key(" ".join(words[:-1]))
    return f"{role} #{last.lower()}" if role in _roles() else None


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
    # titles held bare, of a central body not named ("Thứ trưởng"): key → labels
    bare: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # (province, after the merger) → current posts of the province's own bodies stated
    # wholly before the merger or wholly after it (kg/data/merger_bodies.txt)
    continuing: dict[tuple[str, bool], set[str]] = field(default_factory=lambda: defaultdict(set))


def _nodes(mentions: Iterable[Mention]) -> dict[str, _Node]:
    nodes: dict[str, _Node] = {}
    for m in mentions:
        n = nodes.get(m.person) or nodes.setdefault(m.person, _Node(m.person))
        n.names[m.name] += 1
        lo, hi = _span(m.date)
        for h in m.posts:
            if (bk := key(h.label)) in _bare_titles():
                n.bare[bk].add(h.label)
                continue
            nk = national_post(h.label)
            if nk:
                n.national[nk].add(h.label)
                if uk := unit_post(h.label):  # "Cục … , Bộ GD&ĐT" is "Cục …" written without it
                    n.national[_scoped(uk, m.province)].add(h.label)
                continue
            pk = provincial_post(h.label) or company_post(h.label) or acronym_post(h.label)
            if pk:
                n.national[pk].add(h.label)  # one post in the country too: shared, it joins
            elif uk := unit_post(h.label) or district_post(h.label):  # in the country or the province
                n.national[_scoped(uk, m.province)].add(h.label)
            if h.past:
                continue  # a former post was held before the article's date: no clash then
            if _held_anywhere(h.label):
                continue  # a deputy of the National Assembly for a province may work in any other
            if (cp := continuing_province(h.label)) and (hi < MERGER or lo >= MERGER):
                n.continuing[(cp, lo >= MERGER)].add(h.label)  # an undated or "2025" one is neither
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


def _scoped(unit_key: str, province: str | None) -> str:
    """A unit post's key with the article's province for a unit any province may have
    (in an article of no province, the key of every such article)."""
    return unit_key[:-1] + (province or "") if unit_key.endswith(" | ?") else unit_key


def _holds_title(post_key: str, title: str) -> bool:
    """Whether a post (its key) is the title of some body: "thứ trưởng bộ công thương"
    is a "thứ trưởng"; a ministry's must be one of kg/data/national_posts.txt (not
    "… Bộ Công Thương kê khai tài sản", a sentence's words taken into the post)."""
    if not post_key.startswith(title + " "):
        return False
    rest = post_key[len(title) + 1:]
    return not rest.startswith("bộ ") or rest in _ministries().values()


@lru_cache(maxsize=None)
def _bare_titles() -> frozenset[str]:
    return frozenset(key(t) for t in data_lines("bare_titles.txt"))


@lru_cache(maxsize=None)
def _anywhere() -> re.Pattern[str]:
    return _phrases("held_anywhere.txt")


def _held_anywhere(label: str) -> bool:
    """Whether a post naming a province is held alongside posts elsewhere
    (kg/data/held_anywhere.txt: "Đại biểu Quốc hội tỉnh Trà Vinh")."""
    return bool(_anywhere().match(key(label)))


def _has_place(n: _Node, place: tuple[str, bool]) -> bool:
    return any(same_place(p[0], place[0], p[1], place[1]) for p in n.local)


def _clash(a: _Node, b: _Node) -> str | None:
    """Why a and b cannot be one official (provincial posts in two provinces at
    overlapping dates), or None. A node that itself holds posts in both provinces
    is no evidence of two people (one article calling the official of one
    province by a post its own province's words were read into): a pair of
    places clashes only when neither node holds a post in the other's place."""
    for pa, (lo_a, hi_a, posts_a) in sorted(a.local.items()):
        for pb, (lo_b, hi_b, posts_b) in sorted(b.local.items()):
            if same_place(pa[0], pb[0], pa[1], pb[1]) or hi_a < lo_b or hi_b < lo_a:
                continue
            if _has_place(a, pb) or _has_place(b, pa):
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

    # the pairs that share a post are found through an index of the posts: a name
    # common enough to have hundreds of nodes has few pairs that share one (every pair
    # tried took 2.5 s of a 35k-article build's identity)
    holding: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(group):
        for k in a.national:
            holding[k].append(i)
    # (each pair once; their order is the sort's below)
    pairs = {(i, j) for found in holding.values() for x, i in enumerate(found) for j in found[x + 1:]}
    candidates = []
    for i, j in pairs:
        a, b = group[i], group[j]
        shared = sorted(set(a.national) & set(b.national))
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
        kinds = ["national post" if national_post(x) else "post of a named province" if provincial_post(x)
                 else "post of a named company" if company_post(x) or acronym_post(x)
                 else "post of a named district" if district_post(x) else "post of a named unit" for x in labels]
        held = ", ".join(f"the {k} {x}" for k, x in zip(kinds, labels))
        joins[root].append(Join(ia, ib, labels, f"same name; both hold {held}; no provincial posts clash"))
    # a title held bare ("Thứ trưởng") joins the one official holding it of some body
    # ("Thứ trưởng Bộ Công Thương"); the holders are those of the joins above, so the
    # order of the bare nodes does not change them
    holders = {t: sorted({find(n.iri) for n in group for k in n.national if _holds_title(k, t)})
               for t in {t for n in group for t in n.bare}}
    for a in group:
        for t in sorted(a.bare):
            ra = find(a.iri)
            cands = {find(r) for r in holders[t]}
            if ra in cands or len(cands) != 1:
                continue
            rb = cands.pop()
            label = min(a.bare[t])
            why = next((f"{_clash(x, y)}" for x in members[ra] for y in members[rb] if _clash(x, y)), None)
            b = min(members[rb], key=lambda n: n.iri)
            if why:
                apart.append(Apart(a.iri, b.iri, f"{label} (no body named) held by one official, but {why}"))
                continue
            root, other = min(ra, rb), max(ra, rb)
            parent[other] = root
            members[root] += members.pop(other)
            joins[root] += joins.pop(other)
            held = min(x for n in members[root] for k, xs in n.national.items() if _holds_title(k, t) for x in xs)
            joins[root].append(Join(a.iri, b.iri, (label,),
                                    f"same name; {label} with no body named, and the one official of this "
                                    f"name holding a {label} post holds {held}; no provincial posts clash"))
    # across the merger: the one official of this name holding a post of a province's own
    # bodies before it continues as the one holding such a post of the unit it became
    _merger_joins(group, find, parent, members, joins, apart)
    officials = [Official(_name_of(ms), tuple(sorted(n.iri for n in ms)), tuple(joins[root]))
                 for root, ms in members.items()]
    return officials, apart


def _merger_joins(group: list[_Node], find, parent: dict[str, str], members: dict[str, list[_Node]],
                  joins: dict[str, list[Join]], apart: list[Apart]) -> None:
    """Join, for each unit of 1 July 2025, the one official of the group holding a
    post of the own bodies of a province merged into it (not the unit's own name:
    that is no merger) before the merger and the one holding such a post of the
    unit after it. Two candidates on either side (the old unit's own officials
    included: any of them may be the one continuing) join nothing."""
    merged = _province_table()[2]
    units = sorted({merged.get(p, p) for n in group for p, after in n.continuing if after})
    for unit in units:
        before = {find(n.iri) for n in group for p, after in n.continuing
                  if not after and merged.get(p, p) == unit}
        later = {find(n.iri) for n in group if (unit, True) in n.continuing}
        if len(before) != 1 or len(later) != 1 or before == later:
            continue
        ra, rb = before.pop(), later.pop()
        old = sorted((p, x) for n in members[ra] for (p, after), xs in n.continuing.items()
                     if not after and merged.get(p, p) == unit for x in xs)
        if all(p == unit for p, _ in old):
            continue  # the unit's own officials before and after it: no merger between them
        old_post = min(x for p, x in old if p != unit)
        new_post = min(x for n in members[rb] for x in n.continuing.get((unit, True), ()))
        a = min((n for n in members[ra] if any(not after and p != unit and merged.get(p) == unit
                                               for p, after in n.continuing)), key=lambda n: n.iri)
        b = min((n for n in members[rb] if (unit, True) in n.continuing), key=lambda n: n.iri)
        why = next((f"{_clash(x, y)}" for x in members[ra] for y in members[rb] if _clash(x, y)), None)
        if why:
            apart.append(Apart(a.iri, b.iri, f"{old_post} before the 2025 merger and {new_post} after it, "
                                             f"but {why}"))
            continue
        province = province_named(old_post)
        root, other = min(ra, rb), max(ra, rb)
        parent[other] = root
        members[root] += members.pop(other)
        joins[root] += joins.pop(other)
        joins[root].append(Join(a.iri, b.iri, (old_post, new_post),
                                f"same name; continues {province}'s post in {unit} after the 2025 merger "
                                f"({old_post} before it, {new_post} after it; the one official of this "
                                f"name on each side); no provincial posts clash"))
