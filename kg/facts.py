"""The facts every extractor returns: plain dataclasses, no RDF.

Each fact keeps the index of the sentence it came from, so the RDF mapping
can record provenance down to the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.article import Article


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article body, with its character span in the body."""

    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Org:
    """An organization as written ("Ban Thường vụ Tỉnh ủy"), with its kind."""

    name: str
    kind: str | None = None  # from bodies.tsv, e.g. "PartyCommittee"


@dataclass(frozen=True)
class Title:
    """A post as written: role head plus the body it belongs to."""

    text: str  # "Phó Bí thư Tỉnh ủy"
    role: str  # "Phó Bí thư"
    body: Org | None = None
    past: bool = False  # a former post, written "nguyên …" / "cựu …"


@dataclass(frozen=True)
class Position:
    """person – holds – position."""

    person: str
    title: Title
    sentence: int


@dataclass
class Meeting:
    """committee – held – meeting."""

    kind: str  # "Conference", "Congress", …
    kind_vi: str  # "Hội nghị"
    name: str  # the meeting as written
    organizer: Org | None
    date: str | None  # ISO date or --MM-DD
    sentence: int
    session: int | None = None  # lần thứ
    term: str | None = None  # khóa, as written (roman)
    tenure: tuple[int, int] | None = None  # nhiệm kỳ
    extended: bool = False  # mở rộng
    online: bool = False  # trực tuyến
    closing: bool = False  # reported by its closing (bế mạc) on `date`, maybe its last day


@dataclass(frozen=True)
class Participation:
    """A person who chaired, attended or addressed a meeting."""

    person: str
    meeting: int  # index into ArticleFacts.meetings
    role: str  # "chair" | "attendee" | "speaker"
    sentence: int


@dataclass(frozen=True)
class Award:
    """unit – received – award."""

    kind: str  # canonical Vietnamese: "Cờ Thi đua"
    kind_en: str
    sentence: int
    giver: Org | None = None
    recipient_org: Org | None = None
    recipient_person: str | None = None
    group: str | None = None  # a counted group: "2 Đảng bộ, 2 chi bộ và 3 cá nhân"
    # the bodies of a giver written as a list ("Sở X, UBND huyện Y và Trường Z" give it together):
    # one conferral, given by each; empty when the giver is one body
    givers: tuple[Org, ...] = ()


@dataclass(frozen=True)
class Document:
    """A document cited: "Chỉ thị số 35-CT/TW của Bộ Chính trị"."""

    kind: str  # "Chỉ thị"
    kind_en: str  # "Directive"
    number: str  # "35-CT/TW"
    sentence: int
    issuer: Org | None = None
    date: str | None = None  # ISO date of issue
    written: str = ""  # as written


@dataclass(frozen=True)
class Figure:
    """A figure reported about a body: "kết nạp được 153 đảng viên"."""

    measure: str  # "members_admitted", "party_members", …
    value: int
    unit: str  # "đảng viên", "tổ chức cơ sở đảng", …
    sentence: int
    subject: Org | None = None
    period: str | None = None  # "2020", "2021-Q1", "2020-01..09"
    written: str = ""


@dataclass(frozen=True)
class CareerEvent:
    """A change in a person's career an article reports: elected, appointed,
    transferred, assigned (a post begun), left, retired, dismissed (a post ended),
    disciplined; with the post when the sentence gives it, the ISO date when the
    sentence or the article gives one."""

    person: str
    kind: str
    title: Title | None
    date: str | None
    sentence: int


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    participations: list[Participation] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[CareerEvent] = field(default_factory=list)
    year: int | None = None  # the year the article's events happen in
    # the year is only the one the undated text speaks of most recently, not the
    # article's own (no dateline, no year in its address): no career date comes from it
    year_from_text: bool = False
