"""Loaders for the data files in kg/data (gazetteers, titles, abbreviations).

Each loader reads its file once and caches the result. Lines starting with "#"
are comments; columns are tab-separated.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([unicodedata.normalize("NFC", c.strip()) for c in line.split("\t")])
    return rows


def data_lines(name: str) -> list[str]:
    """The lines of a data file of kg/data, NFC, stripped, less blank lines and
    "#" comments (for the word lists read whole, not as tab-separated rows)."""
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return [unicodedata.normalize("NFC", ln.strip()) for ln in text.splitlines()
            if ln.strip() and not ln.startswith("#")]


class Expansion(NamedTuple):
    vi: str
    en: str


@lru_cache(maxsize=None)
def abbreviations() -> dict[str, Expansion]:
    """Abbreviation (upper case) → its Vietnamese expansion and English gloss."""
    return {r[0].upper(): Expansion(r[1], r[2]) for r in _rows("abbreviations.tsv")}


@lru_cache(maxsize=None)
def mixed_case_abbreviations() -> frozenset[str]:
    """Abbreviations written in abbreviations.tsv in mixed case ("Cty"): they are
    expanded when written so, not only in capitals."""
    return frozenset(r[0] for r in _rows("abbreviations.tsv") if not r[0].isupper())


@lru_cache(maxsize=None)
def titles() -> dict[str, str]:
    """Role heads that open a title ("Phó Bí thư") → English."""
    return {r[0]: r[1] for r in _rows("titles.tsv")}


class BodyHead(NamedTuple):
    vi: str
    kind: str
    en: str


@lru_cache(maxsize=None)
def bodies() -> list[BodyHead]:
    """Heads of organization names, longest first."""
    heads = [BodyHead(*r[:3]) for r in _rows("bodies.tsv")]
    return sorted(heads, key=lambda b: -len(b.vi))


class Level(NamedTuple):
    vi: str
    adj: str
    noun: str


@lru_cache(maxsize=None)
def levels() -> dict[str, Level]:
    """Administrative level words (tỉnh, huyện, …) → English."""
    return {r[0]: Level(*r[:3]) for r in _rows("levels.tsv")}


@lru_cache(maxsize=None)
def org_words() -> tuple[str, ...]:
    """Lower-case words allowed inside an organization name, longest first."""
    words = [r[0] for r in _rows("org_words.txt")]
    return tuple(sorted(words, key=lambda w: -len(w)))


@dataclass(frozen=True)
class Province:
    name: str
    kind: str
    en: str
    aliases: tuple[str, ...]
    merged_into: str = ""  # the unit it became on 1 July 2025
    newspaper: str = ""


@lru_cache(maxsize=None)
def provinces() -> list[Province]:
    """The 63 provinces and centrally-run cities (before the 2025 merger)."""
    out = []
    for r in _rows("provinces.tsv"):
        r = r + [""] * (6 - len(r))
        aliases = tuple(a for a in r[3].split("|") if a)
        out.append(Province(r[0], r[1], r[2], aliases, r[4] or r[0], r[5] or f"Báo {r[0]}"))
    return out


@dataclass(frozen=True)
class Province2025:
    name: str
    kind: str
    en: str
    formed_from: tuple[str, ...]


@lru_cache(maxsize=None)
def provinces_2025() -> list[Province2025]:
    """The 34 provinces and centrally-run cities from 1 July 2025."""
    return [Province2025(r[0], r[1], r[2], tuple(r[3].split("|"))) for r in _rows("provinces_2025.tsv")]


class Outlet(NamedTuple):
    name: str
    province: str | None


@lru_cache(maxsize=None)
def outlets() -> dict[str, Outlet]:
    """Dateline codes and site domains → outlet name and province."""
    return {r[0]: Outlet(r[1], (r[2] if len(r) > 2 and r[2] else None)) for r in _rows("outlets.tsv")}


@lru_cache(maxsize=None)
def family_names() -> frozenset[str]:
    """Vietnamese family names (Kinh and ethnic minorities)."""
    return frozenset(r[0] for r in _rows("family_names.txt"))


class MeetingKind(NamedTuple):
    vi: str
    kind: str
    en: str


@lru_cache(maxsize=None)
def meeting_kinds() -> list[MeetingKind]:
    """Meeting nouns (Hội nghị, Đại hội, …), longest first."""
    kinds = [MeetingKind(*r[:3]) for r in _rows("meeting_kinds.tsv")]
    return sorted(kinds, key=lambda k: -len(k.vi))


@lru_cache(maxsize=None)
def collegial_bodies() -> tuple[str, ...]:
    """Bodies that act only in session ("Ban Thường vụ", "Bộ Chính trị"), longest first."""
    return tuple(sorted((r[1] for r in _rows("meeting_bodies.tsv") if r[0] == "collegial"), key=lambda w: -len(w)))


@lru_cache(maxsize=None)
def congress_members() -> dict[str, str]:
    """Members a congress is named after ("Phụ nữ") → the organization that holds it."""
    return {r[1]: r[2] for r in _rows("meeting_bodies.tsv") if r[0] == "members"}


@lru_cache(maxsize=None)
def generic_heads() -> frozenset[str]:
    """Heads that name no body on their own ("Ủy ban", "Hội"), lower-cased."""
    return frozenset(r[1].lower() for r in _rows("meeting_bodies.tsv") if r[0] == "generic")


@lru_cache(maxsize=None)
def bare_heads() -> frozenset[str]:
    """Heads that as a clause's whole subject name no body ("Cục đã họp"), lower-cased."""
    return frozenset(r[1].lower() for r in _rows("meeting_bodies.tsv") if r[0] == "bare")


class AwardKind(NamedTuple):
    pattern: str
    vi: str
    en: str


@lru_cache(maxsize=None)
def award_kinds() -> list[AwardKind]:
    """Award kinds: a regex, the canonical Vietnamese name and the English."""
    return [AwardKind(*r[:3]) for r in _rows("awards.tsv")]


@lru_cache(maxsize=None)
def org_syllables() -> frozenset[str]:
    """Lower-case syllables that continue a capitalised word in an institution's name."""
    return frozenset(r[0] for r in _rows("org_syllables.txt"))


@lru_cache(maxsize=None)
def clan_words() -> frozenset[str]:
    """Words after a family's name that make it a clan's (clan_words.txt: "Tộc")."""
    return frozenset(r[0] for r in _rows("clan_words.txt"))


@lru_cache(maxsize=None)
def year_names() -> tuple[str, ...]:
    """The sixty names of the sexagenary cycle's years (year_names.txt: "Đinh Dậu")."""
    return tuple(r[0] for r in _rows("year_names.txt"))


@lru_cache(maxsize=None)
def district_names() -> tuple[str, ...]:
    """Districts and towns whose names begin like a person's (district_names.txt)."""
    return tuple(r[0] for r in _rows("district_names.txt"))


@lru_cache(maxsize=None)
def name_like_places() -> tuple[str, ...]:
    """Countries, regions and places whose names read like a person's ("Hà Lan")."""
    return tuple(r[0] for r in _rows("name_like_places.txt"))


@lru_cache(maxsize=None)
def countries() -> tuple[str, ...]:
    """Foreign countries and international organisations that may be a foreign
    post's body ("Pháp", "Cam-pu-chia", "Liên hợp quốc")."""
    return tuple(r[0] for r in _rows("countries.txt"))


@lru_cache(maxsize=None)
def company_forms() -> frozenset[str]:
    """Acronyms of a company's legal form or trade ("CP", "TNHH"), as written."""
    return frozenset(r[0] for r in _rows("company_forms.txt"))


@lru_cache(maxsize=None)
def firm_words() -> frozenset[str]:
    """English words that close a foreign firm's name ("Motor", "Electronics"), as
    written: a holder's name after a title starts after them (firm_words.txt)."""
    return frozenset(r[0] for r in _rows("firm_words.txt"))


@lru_cache(maxsize=None)
def matter_posts() -> frozenset[str]:
    """Role heads whose title goes on with the matter they are charged with after
    "về" ("Đặc phái viên LHQ về Syria"), lower-cased (matter_posts.txt)."""
    return frozenset(r[0].lower() for r in _rows("matter_posts.txt"))


@lru_cache(maxsize=None)
def topic_bodies() -> tuple[tuple[str, ...], ...]:
    """Heads of committees named by the matter they steer after "về" ("ban chỉ đạo"),
    lower-cased word tuples (topic_bodies.txt)."""
    return tuple(tuple(r[0].split()) for r in _rows("topic_bodies.txt"))


@lru_cache(maxsize=None)
def trade_heads() -> frozenset[tuple[str, ...]]:
    """Heads of a firm or a shop ("công ty", "nhà hàng"), lower-cased word tuples:
    the short capitalised run after one is the firm's name (trade_heads.txt)."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("trade_heads.txt"))


@lru_cache(maxsize=None)
def not_holder_words() -> dict[tuple[str, ...], str]:
    """Words before a title that give it to someone other than the name after it, as
    lower-cased word tuples → "kin" ("vợ", "phu nhân", kin_words.txt) or "candidate"
    ("ứng viên", candidate_words.txt)."""
    return {tuple(r[0].lower().split()): kind
            for f, kind in (("kin_words.txt", "kin"), ("candidate_words.txt", "candidate")) for r in _rows(f)}


@lru_cache(maxsize=None)
def press_names() -> frozenset[str]:
    """Newspapers' names that read like a person's ("Đất Việt"), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("press_names.txt"))


@lru_cache(maxsize=None)
def plural_words() -> frozenset[str]:
    """Words that make a role's body plural ("các", "những"): see plural_words.txt."""
    return frozenset(r[0].lower() for r in _rows("plural_words.txt"))


@lru_cache(maxsize=None)
def pointer_words() -> frozenset[str]:
    """Words that point back to a body named before ("này", "đó"): see pointer_words.txt."""
    return frozenset(r[0].lower() for r in _rows("pointer_words.txt"))


@lru_cache(maxsize=None)
def ahead_words() -> tuple[str, ...]:
    """Words that plan ahead ("dự kiến"): see ahead_words.txt."""
    return tuple(r[0].lower() for r in _rows("ahead_words.txt"))


@lru_cache(maxsize=None)
def and_people() -> tuple[tuple[str, ...], ...]:
    """Words for people that end a unit's name after "và" ("… Sở Y tế và lãnh đạo các
    sở"), as lower-cased word tuples: see and_people.txt."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("and_people.txt"))


@lru_cache(maxsize=None)
def clause_words() -> tuple[str, ...]:
    """Lower-case words and phrases never inside an organization's name (verbs,
    prepositions, function words): see clause_words.txt."""
    return tuple(r[0] for r in _rows("clause_words.txt"))


@lru_cache(maxsize=None)
def role_units() -> frozenset[tuple[str, ...]]:
    """Words naming a unit a role heads ("vụ", "phòng", "đơn vị"), lower-cased
    word tuples: see role_units.txt."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("role_units.txt"))


@lru_cache(maxsize=None)
def post_verbs() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Verbs that state a post, and the kind of reading after them (post, copula, frame,
    passive, filler …): (lower-cased word tuple, kind) rows of post_verbs.tsv."""
    return tuple((tuple(r[0].lower().split()), r[1]) for r in _rows("post_verbs.tsv"))


@lru_cache(maxsize=None)
def division_units() -> frozenset[str]:
    """Lower-case words of units inside an agency ("phòng", "khoa") whose bracketed
    parent stays with the post: see division_units.txt."""
    return frozenset(r[0].lower() for r in _rows("division_units.txt") if not r[0].startswith("!"))


@lru_cache(maxsize=None)
def not_divisions() -> tuple[tuple[str, ...], ...]:
    """Lower-cased word tuples of bodies that open with a division's word and are whole
    bodies ("phòng khám"): the "!" lines of division_units.txt."""
    return tuple(tuple(r[0][1:].lower().split()) for r in _rows("division_units.txt") if r[0].startswith("!"))


@lru_cache(maxsize=None)
def dash_appositions() -> tuple[tuple[str, ...], ...]:
    """Lower-case words that open an apposition after a dash, not a name's second
    field ("- nơi …", "- đơn vị …"): lower-cased word tuples, see dash_appositions.txt."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("dash_appositions.txt"))


@lru_cache(maxsize=None)
def field_words() -> tuple[tuple[str, ...], ...]:
    """Lower-case words of a field that may open a body's second field after a dash
    ("thương mại", "hồi sức"): lower-cased word tuples, see field_words.txt."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("field_words.txt"))


@lru_cache(maxsize=None)
def speech_verbs() -> tuple[tuple[str, ...], ...]:
    """Verbs of saying a post's holder goes on with ("cho biết", "nói"): lower-cased word
    tuples, see speech_verbs.txt."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("speech_verbs.txt"))


@lru_cache(maxsize=None)
def guest_offices() -> frozenset[tuple[str, ...]]:
    """Heads of bodies whose speaking official is likelier a sitting's guest than its host
    ("ngân hàng", "trường"): lower-cased word tuples, see guest_offices.txt."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("guest_offices.txt"))


@lru_cache(maxsize=None)
def name_pairs() -> frozenset[tuple[str, ...]]:
    """Words of names whose last syllable alone is a clause word ("đăng ký", "tội
    phạm về"), lower-cased, of two or three syllables: see name_pairs.txt."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("name_pairs.txt") if len(r[0].split()) in (2, 3))


@lru_cache(maxsize=None)
def not_name_words() -> frozenset[str]:
    """Capitalised words that are never the last syllable of a name ("Tại", "Theo")."""
    return frozenset(r[0] for r in _rows("not_name_words.txt"))


@lru_cache(maxsize=None)
def rank_posts() -> frozenset[tuple[str, str]]:
    """(rank, post) pairs: a post written bare before another to give its rank ("Bộ
    trưởng, Chủ nhiệm Văn phòng Chính phủ"), both lower-cased."""
    return frozenset((r[0].lower(), r[1].lower()) for r in _rows("rank_posts.tsv"))


@lru_cache(maxsize=None)
def place_words() -> frozenset[tuple[str, ...]]:
    """Words after which capitalised words name a place ("ở", "tại", place_words.txt,
    and the level words of levels.tsv), as lower-cased word tuples."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("place_words.txt")) | frozenset(
        tuple(w.split()) for w in levels())


@lru_cache(maxsize=None)
def late_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words saying a holder has died ("cố", late_words.txt), and the words before
    which such a word is part of another ("củng cố"): both lower-cased."""
    rows = [r[0].lower() for r in _rows("late_words.txt")]
    return frozenset(w for w in rows if not w.startswith("!")), frozenset(w[1:] for w in rows if w.startswith("!"))


@lru_cache(maxsize=None)
def object_words() -> frozenset[tuple[str, ...]]:
    """Words after which a title is a verb's or a preposition's object ("với", "của":
    object_words.txt), as lower-cased word tuples."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("object_words.txt"))


@lru_cache(maxsize=None)
def visit_words() -> frozenset[tuple[str, ...]]:
    """Verbs of receiving or meeting a visitor that open a clause before the visitor's
    title ("tiếp", "hội kiến": visit_words.txt), as lower-cased word tuples."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("visit_words.txt"))


@lru_cache(maxsize=None)
def phrase_words() -> frozenset[str]:
    """Lower-case words that may follow a name in its phrase without opening a clause
    ("tại", "và": phrase_words.txt)."""
    return frozenset(r[0].lower() for r in _rows("phrase_words.txt"))


@lru_cache(maxsize=None)
def past_verbs() -> tuple[tuple[str, ...], ...]:
    """Words opening a post verb, or right before it, that make its posts past ones
    ("từng", "kinh qua": past_verbs.txt), as lower-cased word tuples."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("past_verbs.txt"))


@lru_cache(maxsize=None)
def then_words() -> frozenset[str]:
    """Words for the time a post was held, between it and "là" + its holder ("Bí thư
    Thành ủy lúc đó là ông A"), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("then_words.txt"))


@lru_cache(maxsize=None)
def past_then_words() -> frozenset[str]:
    """The time words of then_words.txt that say a time before the article's ("lúc
    đó", "khi ấy"): the holder named after them held the post then."""
    return frozenset(r[0].lower() for r in _rows("then_words.txt") if len(r) > 1 and r[1] == "past")


@lru_cache(maxsize=None)
def day_parts() -> frozenset[str]:
    """Words for a part of the day that open a dated clause ("Sáng 8/2, …"), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("day_parts.txt"))


@lru_cache(maxsize=None)
def namesake_bodies() -> frozenset[tuple[str, ...]]:
    """Words of bodies often named after a person ("nhà hát", "bệnh viện"), as
    lower-cased word tuples: see namesake_bodies.txt."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("namesake_bodies.txt"))


@lru_cache(maxsize=None)
def namesake_heads() -> frozenset[str]:
    """Words after which a name-like run names a place or a namesake ("đường"), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("namesake_heads.txt"))


@lru_cache(maxsize=None)
def lower_heads() -> frozenset[str]:
    """Heads of one word also typed in lower case before a body's name (lower_heads.txt)."""
    return frozenset(line.strip().lower() for line in data_lines("lower_heads.txt"))


@lru_cache(maxsize=None)
def opening_units() -> frozenset[tuple[str, ...]]:
    """Units that open a post's body in lower case right after the role (opening_units.txt)."""
    return frozenset(tuple(line.lower().split()) for line in data_lines("opening_units.txt"))


@lru_cache(maxsize=None)
def namesake_compounds() -> frozenset[tuple[str, str]]:
    """Two-word compounds ending in a namesake head that name no namesake ("yêu cầu"), lower-cased."""
    return frozenset(tuple(w.lower() for w in line.split()) for line in data_lines("namesake_compounds.txt"))


@lru_cache(maxsize=None)
def namesake_places() -> frozenset[str]:
    """Places named after a person ("Hồ Chí Minh"), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("namesake_places.txt"))


@lru_cache(maxsize=None)
def steering_kinds() -> frozenset[str]:
    """Kinds of body whose name goes on with what they steer ("Ban Chỉ đạo tỉnh về xây
    dựng nông thôn mới"): the kinds bodies.tsv gives steering heads."""
    return frozenset({"SteeringCommittee"})


@lru_cache(maxsize=None)
def listed_units() -> frozenset[str]:
    """Nouns of units a name lists with commas ("các sở, ban, ngành"), lower case
    (listed_units.txt)."""
    return frozenset(w.lower() for w in data_lines("listed_units.txt"))


@lru_cache(maxsize=None)
def listed_posts() -> frozenset[str]:
    """Posts a meeting's name lists with commas ("chủ tịch, phó chủ tịch UBND TP"), lower
    case (listed_posts.txt)."""
    return frozenset(w.lower() for w in data_lines("listed_posts.txt"))


@lru_cache(maxsize=None)
def meeting_counterparts() -> tuple[str, ...]:
    """Whom a post meets, joined to it by a dash in a meeting's name ("doanh nghiệp";
    meeting_counterparts.txt), lower-cased."""
    return tuple(r[0].lower() for r in _rows("meeting_counterparts.txt"))


@lru_cache(maxsize=None)
def hosted_topics() -> tuple[str, ...]:
    """What a conference is for that makes the place it is held in its host ("xúc tiến đầu tư";
    hosted_topics.txt), lower-cased."""
    return tuple(r[0].lower() for r in _rows("hosted_topics.txt"))


@lru_cache(maxsize=None)
def heading_posts() -> dict[str, str]:
    """Bare posts that head one body of the country, lower-cased, and that body ("thủ tướng"
    → "Chính phủ"; heading_posts.tsv)."""
    return {r[0].lower(): r[1] for r in _rows("heading_posts.tsv")}


@lru_cache(maxsize=None)
def other_events() -> tuple[str, ...]:
    """Events that are no body's meeting, opening an item of a list of meetings ("Hội thảo",
    "Diễn đàn"; other_events.txt), lower-cased."""
    return tuple(r[0].lower() for r in _rows("other_events.txt"))


@lru_cache(maxsize=None)
def not_meeting_words() -> tuple[str, ...]:
    """Words after "họp" that make a gathering no body's meeting ("báo", "mặt", "fan";
    not_meetings.txt), lower-cased."""
    return tuple(r[0].lower() for r in _rows("not_meetings.txt"))


@lru_cache(maxsize=None)
def state_forms() -> tuple[tuple[str, ...], ...]:
    """Words a state's formal name opens with ("Cộng hòa", "nước", "CHXHCN"), as
    lower-cased word tuples, longest first."""
    return tuple(sorted((tuple(r[0].lower().split()) for r in _rows("state_forms.txt")), key=lambda w: -len(w)))


@lru_cache(maxsize=None)
def postings() -> frozenset[str]:
    """Envoys' roles and missions' heads, whose post is held "tại" somewhere, lower-cased."""
    return frozenset(r[0].lower() for r in _rows("postings.txt"))


@lru_cache(maxsize=None)
def post_qualifiers() -> tuple[tuple[str, ...], ...]:
    """Words after a role head that say when the post is held ("tiền nhiệm"), as
    lower-cased word tuples."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("post_qualifiers.txt"))


@lru_cache(maxsize=None)
def country_standins() -> tuple[tuple[str, ...], ...]:
    """Lower-case words standing for a country after a post ("nước chủ nhà"), as word
    tuples, longest first (country_standins.txt)."""
    return tuple(sorted((tuple(r[0].split()) for r in _rows("country_standins.txt")), key=lambda w: -len(w)))


@lru_cache(maxsize=None)
def aide_posts() -> tuple[str, ...]:
    """Role heads held in the service of another post written after "của" ("người phát
    ngôn của Tổng thống Nga"), lower-cased (aide_posts.txt)."""
    return tuple(r[0].lower() for r in _rows("aide_posts.txt"))


@lru_cache(maxsize=None)
def of_posts() -> frozenset[str]:
    """Role heads whose body may follow "của" ("người phát ngôn của Bộ Y tế"), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("of_posts.txt"))


@lru_cache(maxsize=None)
def grades() -> frozenset[str]:
    """Role heads that are civil-service grades ("Cán bộ", "Công chức": grades.txt), as
    titles.tsv writes them."""
    return frozenset(r[0] for r in _rows("grades.txt"))


@lru_cache(maxsize=None)
def grade_levels() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The levels a grade is a post at (grade_levels.txt), as word tuples; and the
    words that hold one and are none ("xã hội", its "!" lines)."""
    rows = [r[0] for r in _rows("grade_levels.txt")]
    return (frozenset(tuple(r.split()) for r in rows if not r.startswith("!")),
            frozenset(tuple(r[1:].split()) for r in rows if r.startswith("!")))


@lru_cache(maxsize=None)
def grade_blockers() -> tuple[tuple[str, ...], ...]:
    """Words after a grade that make it no commune's or district's post (grade_blockers.txt)."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("grade_blockers.txt"))


@lru_cache(maxsize=None)
def level_roles() -> frozenset[str]:
    """Roles written bare that are the unit of the commune or district a list's last
    post names ("Trưởng công an", "Đảng ủy viên": level_roles.txt), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("level_roles.txt"))


@lru_cache(maxsize=None)
def function_posts() -> frozenset[str]:
    """Role heads that may take a lower-case function or unit before their body
    ("Giám đốc truyền thông Công ty X"), lower-cased (function_posts.txt)."""
    return frozenset(r[0].lower() for r in _rows("function_posts.txt"))


@lru_cache(maxsize=None)
def function_words() -> tuple[tuple[str, ...], ...]:
    """Words of a post's function that hold a clause word ("sáng tạo", "phụ trách"),
    lower-cased word tuples, longest first (function_words.txt)."""
    return tuple(sorted({tuple(r[0].lower().split()) for r in _rows("function_words.txt")}, key=len, reverse=True))


@lru_cache(maxsize=None)
def unit_nouns() -> tuple[tuple[str, ...], ...]:
    """Lower-case nouns that open a body written in lower case ("dự án", "nhóm"),
    lower-cased word tuples, longest first (unit_nouns.txt)."""
    return tuple(sorted({tuple(r[0].lower().split()) for r in _rows("unit_nouns.txt")}, key=len, reverse=True))


@lru_cache(maxsize=None)
def post_fillers() -> frozenset[str]:
    """Lower-case words a post may leave out and stay the same post of its holder
    ("Chủ tịch Hà Nội" beside "Chủ tịch UBND TP Hà Nội"; post_fillers.txt)."""
    return frozenset(r[0].lower() for r in _rows("post_fillers.txt"))


@lru_cache(maxsize=None)
def post_synonyms() -> dict[str, tuple[str, ...]]:
    """Role heads in one word for a post spelt out ("ngoại trưởng" → "bộ trưởng ngoại
    giao"), lower-cased, as the words they stand for (post_synonyms.tsv)."""
    return {r[0].lower(): tuple(r[1].lower().split()) for r in _rows("post_synonyms.tsv")}


@lru_cache(maxsize=None)
def bare_posts() -> frozenset[str]:
    """Role heads that are a post before a Vietnamese full name without their body
    ("Thứ trưởng Nguyễn Văn A"), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("bare_posts.txt"))


@lru_cache(maxsize=None)
def one_in_country_posts() -> frozenset[str]:
    """Bare roles that are one post in the whole country ("Ủy viên Bộ Chính trị"),
    lower-cased (one_in_country_posts.txt)."""
    return frozenset(r[0].lower() for r in _rows("one_in_country_posts.txt"))


@lru_cache(maxsize=None)
def role_blockers() -> frozenset[tuple[str, str]]:
    """(role head, word before it) pairs where the head is no role, lower-cased
    (role_blockers.tsv)."""
    return frozenset((r[0].lower(), r[1].lower()) for r in _rows("role_blockers.tsv"))


@lru_cache(maxsize=None)
def profession_words() -> frozenset[tuple[str, ...]]:
    """Profession words ("nhà giáo", "nhà báo") as lower-case syllable tuples
    (profession_words.txt): no title starts inside one."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("profession_words.txt"))


@lru_cache(maxsize=None)
def seat_posts() -> frozenset[str]:
    """Head-of-state seats a bare role names after "nhậm chức", lower-cased (seat_posts.txt)."""
    return frozenset(r[0].lower() for r in _rows("seat_posts.txt"))


@lru_cache(maxsize=None)
def regnal_posts() -> frozenset[str]:
    """Posts whose holder goes by one name ("giáo hoàng", "quốc vương"), lower-cased
    (regnal_posts.txt)."""
    return frozenset(r[0].lower() for r in _rows("regnal_posts.txt"))


@lru_cache(maxsize=None)
def standalone_posts() -> frozenset[str]:
    """Role heads that are a whole post with no body ("Thủ tướng", "Tổng Bí thư"),
    lower-cased."""
    return frozenset(r[0].lower() for r in _rows("standalone_posts.txt"))


@lru_cache(maxsize=None)
def ranks() -> tuple[str, ...]:
    """Military, police and academic ranks (not posts), longest first."""
    return tuple(sorted((r[0] for r in _rows("ranks.txt")), key=lambda w: -len(w)))


class DocumentKind(NamedTuple):
    vi: str
    code: str
    en: str
    issued: bool = False  # an act one body issues to others (a decision, a resolution), not a plan


@lru_cache(maxsize=None)
def document_kinds() -> list[DocumentKind]:
    """Kinds of documents cited (Nghị quyết, Chỉ thị …), longest first."""
    return sorted((DocumentKind(*r[:3], issued=len(r) > 3 and r[3] == "issued") for r in _rows("document_kinds.tsv")),
                  key=lambda k: -len(k.vi))


@lru_cache(maxsize=None)
def issuer_codes() -> dict[str, Expansion]:
    """The issuer part of a document number ("TW", "TU") → who issues it."""
    out: dict[str, Expansion] = {}
    for r in _rows("issuer_codes.tsv"):
        out.setdefault(r[0], Expansion(r[1], r[2]))
    return out


class FigureKind(NamedTuple):
    measure: str
    unit: str
    en: str
    pattern: str


@lru_cache(maxsize=None)
def figure_kinds() -> list[FigureKind]:
    """Figures reported about a body: measure, unit, English, regular expression."""
    return [FigureKind(*r[:4]) for r in _rows("figures.tsv")]


@lru_cache(maxsize=None)
def count_words() -> frozenset[str]:
    """Words that make the role after them plural ("các", "ba"; count_words.txt), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("count_words.txt"))


@lru_cache(maxsize=None)
def name_honorifics() -> frozenset[str]:
    """Honorifics written before a foreign name ("U", "President"), as written."""
    return frozenset(data_lines("name_honorifics.txt"))


@lru_cache(maxsize=None)
def middle_names() -> frozenset[str]:
    """Common middle names (Văn, Thị, Đức …), lower-cased."""
    return frozenset(r[0].lower() for r in _rows("middle_names.txt"))


@lru_cache(maxsize=None)
def led_groups() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(group head lower-cased, the roles that lead it, the words after which the head is
    no group), longest head first (led_groups.txt)."""
    def words(cell: str) -> tuple[str, ...]:
        return tuple(x.strip() for x in cell.split(",") if x.strip())
    rows = [(r[0].lower(), words(r[1]), words(r[2]) if len(r) > 2 else ()) for r in _rows("led_groups.txt")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=None)
def task_stops() -> frozenset[tuple[str, ...]]:
    """Words that end a steering committee's task after its name (task_stops.txt), as
    lower-cased word tuples."""
    return frozenset(tuple(w.lower().split()) for w in data_lines("task_stops.txt"))


@lru_cache(maxsize=None)
def task_words() -> frozenset[tuple[str, ...]]:
    """Two-syllable words a steering committee's task holds whose one syllable alone is
    a word of task_stops.txt ("tồn tại", "giao thông"; task_words.txt), lower-cased."""
    return frozenset(tuple(w.lower().split()) for w in data_lines("task_words.txt"))


@lru_cache(maxsize=None)
def briefing_scopes() -> tuple[str, ...]:
    """Words that put a routine briefing above the one who speaks there ("khu vực",
    "trực tuyến"; briefing_scopes.txt), lower-cased."""
    return tuple(w.lower() for w in data_lines("briefing_scopes.txt"))


@lru_cache(maxsize=None)
def not_meeting_names() -> tuple[str, ...]:
    """Words right after a meeting's noun that make it no body's meeting ("tiếp xúc cử
    tri"; not_meeting_names.txt), lower-cased."""
    return tuple(w.lower() for w in data_lines("not_meeting_names.txt"))


@lru_cache(maxsize=None)
def guest_words() -> tuple[str, ...]:
    """Words that make one who opens a meeting a guest who came to it (guest_words.txt)."""
    return tuple(w.lower() for w in data_lines("guest_words.txt"))


@lru_cache(maxsize=None)
def meeting_name_words() -> tuple[tuple[str, ...], ...]:
    """Words that go on with a meeting's name after a comma (meeting_name_words.txt), as
    lower-case word tuples."""
    return tuple(tuple(w.lower().split()) for w in data_lines("meeting_name_words.txt"))


@lru_cache(maxsize=None)
def bio_openers() -> tuple[tuple[str, ...], ...]:
    """What a short biography after a name opens with (bio_openers.txt), as lower-case word
    tuples, longest first."""
    return tuple(sorted((tuple(w.lower().split()) for w in data_lines("bio_openers.txt")), key=len, reverse=True))


@lru_cache(maxsize=None)
def not_participation() -> tuple[str, ...]:
    """Phrases with a word of attending or chairing that tell no one took part in a meeting
    (not_participation.txt), lower case."""
    return tuple(w.lower() for w in data_lines("not_participation.txt"))


@lru_cache(maxsize=None)
def long_families() -> frozenset[str]:
    """Family names that open only a name of three syllables or more ("Du Chính Thanh"), lower-cased."""
    return frozenset(w.lower() for w in data_lines("long_families.txt"))


@lru_cache(maxsize=None)
def marked_families() -> frozenset[str]:
    """Family names that open a name only before a middle name ("Đồng Văn A"), lower-cased."""
    return frozenset(w.lower() for w in data_lines("marked_families.txt"))


@lru_cache(maxsize=None)
def award_givers() -> tuple[str, ...]:
    """Offices that confer awards in their own name ("Chủ tịch nước", "Thủ tướng Chính phủ")."""
    return tuple(r[0] for r in _rows("award_givers.txt"))


@lru_cache(maxsize=None)
def award_agents() -> tuple[str, ...]:
    """Bodies named in lower case that give awards ("cảnh sát", "ban tổ chức")."""
    return tuple(r[0] for r in _rows("award_agents.txt"))


@lru_cache(maxsize=None)
def award_gifts() -> tuple[str, ...]:
    """Things handed over with an award under the same verb ("hoa", "cúp", "tiền thưởng")."""
    return tuple(r[0] for r in _rows("award_gifts.txt"))


@lru_cache(maxsize=None)
def award_groups() -> tuple[str, ...]:
    """Nouns of people and units a counted group of recipients is made of ("cá nhân", "đảng viên")."""
    return tuple(r[0] for r in _rows("award_groups.txt"))


@lru_cache(maxsize=None)
def award_members() -> tuple[str, ...]:
    """Nouns of a body's members ("hội viên", "đoàn viên"), longest first (award_members.txt)."""
    return tuple(sorted((r[0] for r in _rows("award_members.txt")), key=len, reverse=True))


@lru_cache(maxsize=None)
def comma_pairs() -> frozenset[tuple[str, str]]:
    """Word pairs a comma joins inside a name ("phòng, chống"), lower case (comma_pairs.tsv)."""
    return frozenset((r[0].lower(), r[1].lower()) for r in _rows("comma_pairs.tsv"))


@lru_cache(maxsize=None)
def no_break_words() -> frozenset[str]:
    """Words ending in a dot after which no sentence ends ("TP.", "PGS.", "ThS.")."""
    return frozenset(r[0] for r in _rows("no_break.txt"))



@lru_cache(maxsize=None)
def meeting_owner_blockers() -> tuple[str, ...]:
    """Words before "của X" in a meeting's description that make X the owner of what the
    meeting is about, not its host ("quán triệt chỉ đạo của Thủ tướng"), lower-cased."""
    return tuple(r[0].lower() for r in _rows("meeting_owner_blockers.txt"))


@lru_cache(maxsize=None)
def meeting_attendees() -> tuple[str, ...]:
    """Who meets at a body's meeting, between its noun and the body ("Cấp cao" of "Hội nghị
    Cấp cao ASEAN"; meeting_bodies.tsv), longest first."""
    return tuple(sorted((r[1] for r in _rows("meeting_bodies.tsv") if r[0] == "attendees"), key=lambda w: -len(w)))


@lru_cache(maxsize=None)
def meeting_ministers() -> tuple[str, ...]:
    """Posts whose holders across nations meet as one ("Bộ trưởng" of "Hội nghị Bộ trưởng Môi
    trường G7"; meeting_bodies.tsv), longest first."""
    return tuple(sorted((r[1] for r in _rows("meeting_bodies.tsv") if r[0] == "ministers"), key=lambda w: -len(w)))


@lru_cache(maxsize=None)
def meeting_hosts() -> tuple[str, ...]:
    """Bodies of nations that hold meetings ("ASEAN", "Liên hợp quốc"; meeting_bodies.tsv), longest first."""
    return tuple(sorted((r[1] for r in _rows("meeting_bodies.tsv") if r[0] == "host"), key=lambda w: -len(w)))


@lru_cache(maxsize=None)
def sectors() -> tuple[str, ...]:
    """Branches of the state named "ngành X" ("giáo dục", "thanh tra"; meeting_bodies.tsv),
    lower-cased, longest first."""
    return tuple(sorted((r[1].lower() for r in _rows("meeting_bodies.tsv") if r[0] == "sector"), key=lambda w: -len(w)))


@lru_cache(maxsize=None)
def meeting_groups() -> tuple[str, ...]:
    """Heads of groups named by their own words that meet ("Tổ công tác", "Nhóm công tác")."""
    return tuple(r[1] for r in _rows("meeting_bodies.tsv") if r[0] == "group")


@lru_cache(maxsize=None)
def shared_posts() -> tuple[tuple[str, ...], ...]:
    """Words a post held by several at once opens with ("Phó Chủ tịch", "Ủy viên"),
    lower-cased, as word tuples: such a post has no succession of holders."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("shared_posts.txt"))


@lru_cache(maxsize=4096)
def held_by_several(label: str) -> bool:
    """Whether a post of this name is held by several at once: it opens with the words of
    an entry of shared_posts.txt ("Phó Chủ tịch …", "Ủy viên …", "nguyên …")."""
    words = label.lower().split()
    return any(tuple(words[:len(w)]) == w for w in shared_posts())


@lru_cache(maxsize=None)
def provincial_heads() -> tuple[tuple[str, ...], ...]:
    """Heads of a province's own bodies, which take the province a list of titles
    writes once at its end (provincial_heads.txt), lower-cased word tuples."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("provincial_heads.txt"))


@lru_cache(maxsize=None)
def boards() -> frozenset[tuple[str, ...]]:
    """A firm's boards written bare before the post that names the firm
    (boards.txt), lower-cased word tuples."""
    return frozenset(tuple(r[0].lower().split()) for r in _rows("boards.txt"))


@lru_cache(maxsize=None)
def board_firms() -> tuple[tuple[str, ...], ...]:
    """Heads of bodies run by a board besides trade_heads.txt's firms
    (board_firms.txt), lower-cased word tuples."""
    return tuple(tuple(r[0].lower().split()) for r in _rows("board_firms.txt"))
