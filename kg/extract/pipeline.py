"""The extraction pipeline: an Article in, its ArticleFacts out (pure, no RDF)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.article import Article
from kg.extract.awards import article_awards, extract_awards, has_award_cue
from kg.extract.biography import biography_posts
from kg.extract.careers import add_career_posts, career_posts
from kg.extract.dates import article_year
from kg.extract.events import career_events
from kg.extract.headed import headed_posts
from kg.extract.documents import extract_documents
from kg.extract.figures import extract_figures
from kg.extract.lexicon import body_index, families, level_index
from kg.extract.names import vietnamese_syllable
from kg.extract.meetings import (article_today, chaired_by_holder, holder_offices, dated_back, day_before, extract_meetings, first_sessions, merge_meetings, opened_on, spelled_acronyms, announced_only, council_sittings, listed_meetings, companies_in_full, headline_host,
                                 this_place)
from kg.extract.orgs import orgs_in
from kg.extract.positions import extract_positions, implied_bodies, late_persons, title_at
from kg.extract.text import end_article, split_sentences, tokenize
from kg.normalize import key, strip_diacritics
from kg.resources import bare_posts, marked_families, meeting_kinds, not_participation, post_fillers, post_synonyms, postings, provinces, regnal_posts
from kg.facts import ArticleFacts, Org, Participation, Position, Sentence, Title

_DIGIT = re.compile(r"\d")

_ROLES = (("chair", re.compile(r"\bchủ trì\b", re.I)),
          ("speaker", re.compile(r"\bphát biểu\b", re.I)),
          ("attendee", re.compile(r"\b(?:tham dự|đến dự|về dự|dự)\b", re.I)))


# a meeting's noun (meeting_kinds.tsv), or "họp"
_MEETING_WORD = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k.vi) for k in meeting_kinds()) + r"|họp)(?!\w)", re.I)


@lru_cache(maxsize=None)
def _not_participation() -> re.Pattern[str]:
    """The phrases of not_participation.txt, as one pattern of whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in not_participation()) + r")(?!\w)", re.I)


def _participations(facts: ArticleFacts, persons_by_sentence: dict[int, list[str]]) -> None:
    """Link persons who chair, address or attend to the meeting in question: the last
    one reported before or in their sentence; before the first meeting only a sentence
    that names a meeting within two of it; no "dự án" or "chủ trì soạn thảo" as
    attending or chairing (not_participation.txt)."""
    if not facts.meetings:
        return
    for idx, persons in persons_by_sentence.items():
        text = _not_participation().sub(" ", facts.sentences[idx].text)
        role = next((r for r, rx in _ROLES if rx.search(text)), None)
        if role is None:
            continue
        before = [k for k, m in enumerate(facts.meetings) if m.sentence <= idx]
        if before:
            meeting = before[-1]
        elif facts.meetings[0].sentence <= idx + 2 and _MEETING_WORD.search(text):
            meeting = 0  # "… đã chủ trì Hội nghị." right before the sentence that dates it
        else:
            continue  # a sentence before the meeting is reported tells of something else
        for p in dict.fromkeys(persons):
            facts.participations.append(Participation(p, meeting, role, idx))


def _bare_head(title: Title, acronym: bool = False) -> bool:
    """Whether a title's body is a head word alone ("Phó Chủ tịch Hội"); with `acronym`,
    also a head's acronym alone ("Phó Chủ tịch UBND")."""
    if title.body is None or " " in title.body.name:
        return False
    toks = tokenize(title.body.name)
    hit = body_index().match(toks, 0)
    return len(toks) == 1 and hit is not None and hit[0] == 1 and (acronym or len(toks[0].exp) == 1)


def _spelled_out(facts: ArticleFacts) -> None:
    """A post whose body is a bare head ("Phó Chủ tịch Hội gồm các ông: …") belongs
    to the organization the article last spelled out with that head before it
    ("Hội Truyền thông số Việt Nam"). Only articles with such a post pay for it."""
    if not any(_bare_head(p.title, acronym=True) for p in facts.positions):
        return
    named: list[tuple[int, str]] = []  # (sentence, organization) in reading order
    for s in facts.sentences:
        for o in orgs_in(s.text):
            named.append((s.index, o.name))
            if " thuộc " in o.name:  # "Thanh tra giao thông thuộc Sở GTVT TP Cần Thơ" names the Sở too
                named.append((s.index, o.name.split(" thuộc ", 1)[1]))
    texts = {s.index: s.text for s in facts.sentences}
    for k, pos in enumerate(facts.positions):
        acronym = not _bare_head(pos.title)
        if acronym and not _bare_head(pos.title, acronym=True):
            continue
        head = pos.title.body.name
        # a head's acronym ("UBND") stands for a body its own sentence spells out ("UBND TP
        # Hải Phòng hiện có 5 Phó Chủ tịch UBND gồm …"); a head word, for the last one before it
        full = [name for idx, name in named if (idx == pos.sentence if acronym else idx <= pos.sentence)
                and name.startswith(head + " ") and (not acronym or (_level_follows(name[len(head) + 1:])
                                                                      and _before(name, pos, texts)))]
        if full:
            body = type(pos.title.body)(full[-1], pos.title.body.kind)
            text = pos.title.text[:len(pos.title.text) - len(head)] + full[-1]
            facts.positions[k] = Position(pos.person, Title(text, pos.title.role, body, pos.title.past), pos.sentence)


def _before(name: str, pos: Position, texts: dict[int, str]) -> bool:
    """Whether a body is named in its sentence before the post ("UBND TP X hiện có 5 Phó
    Chủ tịch UBND"), not after it ("A, Chủ tịch UBND, … chỉ đạo UBND huyện Y")."""
    text = texts.get(pos.sentence, "")
    at = text.find(name)
    return 0 <= at < text.find(pos.title.text)


def _level_follows(rest: str) -> bool:
    """Whether a body's name goes on with a level and a place after its head ("TP Hải
    Phòng" of "UBND TP Hải Phòng"): a local organ spelled out, no name run on."""
    toks = tokenize(rest)
    hit = level_index().match(toks, 0) if toks else None
    return hit is not None and len(toks) > hit[0] and all(t.is_cap or t.text.isdigit() for t in toks[hit[0]:])


def _headline_posts(facts: ArticleFacts, authors: set[str]) -> None:
    """Posts the headline gives ("Ông A giữ chức Bí thư Quận ủy X"), kept only for
    a person the body names too: a headline's shorthand is trusted no further. The
    post is derived from the first body sentence that names the person, the
    headline being no sentence of the body."""
    title = facts.article.title
    if not title or not facts.sentences:
        return
    _, found = extract_positions(Sentence(-1, title, 0, len(title)))
    seen = {(p.person, p.title.text) for p in facts.positions}
    for pos in found:
        if pos.person in authors or (pos.person, pos.title.text) in seen:
            continue
        where = next((s.index for s in facts.sentences if pos.person in s.text), None)
        if where is not None:
            seen.add((pos.person, pos.title.text))
            facts.positions.append(Position(pos.person, pos.title, where))


def _words(title: str) -> list[str]:
    """A title's lower-cased words, less the commas between its parts ("Bộ trưởng,
    Chủ nhiệm …" opens with the words of "Bộ trưởng")."""
    return [w for w in title.lower().replace(",", " ").split()]


def _shortened(facts: ArticleFacts) -> None:
    """Drop a post the article also gives the same person in full: "Chủ tịch Hội
    Xuất bản" after "Chủ tịch Hội Xuất bản Việt Nam" is the same post, cut short
    by a later mention (the words of one are the first words of the other; a bare
    "Bộ trưởng" is so the first words of "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")."""
    words: dict[str, list[list[str]]] = {}
    for pos in facts.positions:
        words.setdefault(pos.person, []).append(_words(pos.title.text))

    def cut(pos: Position) -> bool:
        w = _words(pos.title.text)
        return any((len(o) > len(w) and o[:len(w)] == w) or _city_short(w, o)
                   for o in words[pos.person])
    facts.positions = [p for p in facts.positions if not cut(p)]


def _city_short(w: list[str], o: list[str]) -> bool:
    """Whether a post ending in a bare "TP" is another post of the city written whole
    in one word: "Chủ tịch HĐND TP" beside "Chủ tịch HĐND TPHCM" (or "TP.HCM")."""
    return len(o) == len(w) and w[-1] in ("tp", "tp.") and o[:-1] == w[:-1] \
        and o[-1] != w[-1] and o[-1].startswith(w[-1])


def _bare_beside_full(facts: ArticleFacts) -> None:
    """Drop a bare national post ("Bộ trưởng Mai Văn A", bare_posts.txt) of a person
    the article gives a post that writes the same role: the bare one is that post
    written short ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" later "Bộ trưởng"); beside
    another post it is a second one ("Đại sứ A, Trưởng Phái đoàn X"). A holder named
    in part ("Bộ trưởng Kim Tiến") is the person the article names in full."""
    def bare(p: Position) -> bool:
        return p.title.body is None and not p.title.past and p.title.role.lower() in bare_posts()

    for k, p in enumerate(facts.positions):
        whole = _whole_name(p.person, facts.persons) if bare(p) else None
        if whole:
            facts.positions[k] = Position(whole, p.title, p.sentence)  # "Bộ trưởng Kim Tiến"
    # only a full post that writes the bare role is the one it shortens: "Đại sứ A" beside
    # "Trưởng Phái đoàn X" is a second post, beside "Đại sứ Việt Nam tại Y" the same one
    full: dict[str, list[str]] = {}
    for p in facts.positions:
        if p.title.body is not None or not (bare(p) and p.title.role.isupper()):
            # "ĐB A" beside "Đại biểu A" or "ĐBQH" is one post too: the other form stays
            full.setdefault(p.person, []).append(f" {p.title.text.lower()} ")
    facts.positions = [p for p in facts.positions
                       if not (bare(p) and any(_writes_role(p.title.role, t) for t in full.get(p.person, ())
                                               if t != f" {p.title.text.lower()} "))]


def _writes_role(role: str, title: str) -> bool:
    """Whether a lower-cased title (spaced at both ends) writes a role, in full, as
    the initials of its words ("ĐB" in "đại biểu quốc hội tỉnh x") or in an acronym
    that starts with it ("đbqh")."""
    if f" {role.lower()} " in title:
        return True
    if not role.isupper():
        return False
    words = title.split()
    n, low = len(role), role.lower()
    # or as the start of a longer acronym ("ĐB" of "ĐBQH")
    return any("".join(w[0] for w in words[k:k + n]) == low for k in range(len(words) - n + 1)) \
        or any(w.startswith(low) and len(w) > n and w.isalpha() for w in words)


def _envoy_short(facts: ArticleFacts) -> None:
    """Drop an envoy's post (postings.txt) that is another of the same person's
    envoy posts with words left out: "Đại sứ Cộng hòa Yemen" beside "Đại sứ Đặc mệnh
    toàn quyền Cộng hòa Yemen tại Việt Nam" is the same post written short."""
    envoy: dict[str, list[list[str]]] = {}
    for p in facts.positions:
        if p.title.role.lower() in postings():
            envoy.setdefault(p.person, []).append(_words(p.title.text))

    def inside(short: list[str], long: list[str]) -> bool:
        it = iter(long)
        return len(short) < len(long) and short[0] == long[0] and all(w in it for w in short)

    facts.positions = [p for p in facts.positions if not (
        p.title.role.lower() in postings() and any(inside(_words(p.title.text), o) for o in envoy[p.person]))]


# an acronym in parentheses inside a title, a name of the title after it: "Mặt trận Tổ
# quốc (MTTQ) Việt Nam", "Sở Giáo dục - Đào tạo (GD-ĐT) TP.HCM"
_INNER_ALIAS = re.compile(r"\s*\((?:[A-ZĐ]{2,}(?:[&\-–][A-ZĐ]+)*)\)(?=\s+[A-ZĐ])")


def _without_aliases(facts: ArticleFacts) -> None:
    """Write a post without an acronym in parentheses that stands inside it (the gold
    convention: an alias is no word of the post); one that ends it stays."""
    for k, p in enumerate(facts.positions):
        if "(" not in p.title.text:
            continue
        text = _INNER_ALIAS.sub("", p.title.text)
        if text != p.title.text:
            body = p.title.body
            if body is not None:
                body = Org(_INNER_ALIAS.sub("", body.name), body.kind)
            facts.positions[k] = Position(p.person, Title(text, p.title.role, body, p.title.past), p.sentence)


@lru_cache(maxsize=None)
def _committee_places() -> re.Pattern[str]:
    """A provincial Party committee named with its province ("Tỉnh ủy Yên Bái",
    "Thành ủy TP.HCM"): the committee word, then a province's name or alias."""
    names = sorted({n for p in provinces() for n in (p.name, *p.aliases) if len(n) > 2}, key=len, reverse=True)
    return re.compile(r"(?<!\w)((?:Tỉnh|Thành|tỉnh|thành) [uủ][yỷ]) (" + "|".join(re.escape(n) for n in names)
                      + r")(?![\w.])")


_BARE_COMMITTEE = re.compile(r"(?:^| )(?:Tỉnh|Thành|tỉnh|thành) [uủ][yỷ]$")


def _committee_place(facts: ArticleFacts) -> None:
    """Name the province of a post in a provincial Party committee written without it
    ("Bí thư Tỉnh ủy") when the article names that committee with one province only
    ("Tỉnh ủy Yên Bái"): a reader writes "Bí thư Tỉnh ủy Yên Bái", and a title of three
    words holds under 75% of it. Two provinces named: left as written."""
    if not any(_BARE_COMMITTEE.search(p.title.text) for p in facts.positions):
        return  # most articles: no such post, no look at the text
    places: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    named: dict[str, int] = {}
    for m in _committee_places().finditer(facts.article.text):
        level = m.group(1).split()[0].lower()
        place = next((p.name for p in provinces() if m.group(2) in (p.name, *p.aliases)), m.group(2))
        places.setdefault(level, set()).add(place)
        named[level] = named.get(level, 0) + 1
        if m.group(2) == place:
            # the province's own name only: an alias ("TP.HCM") a reader's scorer spells
            # out in more words than a title may run over the one written bare
            written.setdefault(level, place)
    if not places:
        return
    out: list[Position] = []
    have = {(p.person, p.title.text) for p in facts.positions}
    for pos in facts.positions:
        t = pos.title
        hit = _BARE_COMMITTEE.search(t.text)
        level = t.text.split()[-2].lower() if hit else None
        # the article's own committee: named twice or more, no other of its level named, and
        # the post not placed elsewhere right after ("nguyên Bí thư Tỉnh ủy ở Hậu Giang")
        if level and len(places.get(level, ())) == 1 and level in written and named[level] >= 2 \
                and not _placed_after(facts.sentences[pos.sentence].text, t.text):
            text = f"{t.text} {written[level]}"
            if (pos.person, text) in have:
                continue  # the full form is there already
            body = Org(f"{t.body.name} {written[level]}", t.body.kind) if t.body is not None else None
            pos = Position(pos.person, Title(text, t.role, body, t.past), pos.sentence)
        out.append(pos)
    facts.positions = out


_PLACED = re.compile(r"\s*(?:ở|tại|của)\s")


def _placed_after(sentence: str, title: str) -> bool:
    """Whether the title, where the sentence writes it, goes on with a place or an owner."""
    at = sentence.find(title)
    return at >= 0 and _PLACED.match(sentence, at + len(title)) is not None


def _same_post(facts: ArticleFacts) -> None:
    """Keep one of a person's posts that are one post spelt twice: equal once case,
    punctuation and abbreviations are folded and "TP", "cựu" and one-word heads are
    written out (_key_words: "Phó chủ tịch UBND tỉnh" beside "Phó Chủ tịch UBND tỉnh",
    "Bộ trưởng Bộ TT&TT" beside the ministry in full, "TP.Hà Nội" beside "TP Hà Nội",
    "Ngoại trưởng Mỹ" beside "Bộ trưởng Ngoại giao Mỹ"). The one kept is the most
    spelt-out (most words), else the first; a reader counts a post once. A post
    written both with "nguyên" and without is one former post ("trong 10 năm là Bí thư
    Thành ủy" beside "nguyên Bí thư Thành ủy"): the "nguyên" one is kept."""
    # (person, words of the post) → (former, words written), index of the one kept
    best: dict[tuple[str, tuple[str, ...]], tuple[tuple[bool, int], int]] = {}
    for k, p in enumerate(facts.positions):
        words = _key_words(p.title.text)
        former = bool(words) and words[0] == "nguyên"
        ident = (p.person, tuple(words[1:] if former else words))
        rank = (former, len(p.title.text.split()))
        kept = best.get(ident)
        if kept is None or rank > kept[0]:
            best[ident] = (rank, k)
    keep = {k for _, k in best.values()}
    facts.positions = [p for k, p in enumerate(facts.positions) if k in keep]


def _key_words(title: str) -> list[str]:
    """A post's words for comparing spellings: its key's words, "TP" written out, "cựu"
    as "nguyên" (both a former post), a one-word head spelt out (post_synonyms.tsv)."""
    out: list[str] = []
    words = key(_GLUED_TP.sub("TP ", title)).split()
    at = 0
    while at < len(words):
        w = words[at]
        pair = " ".join(words[at:at + 2])
        if pair in post_synonyms():  # "ngoại trưởng" → "bộ trưởng ngoại giao"
            out += post_synonyms()[pair]
            at += 2
            continue
        out += ["thành", "phố"] if w in ("tp", "tp.") else ["nguyên"] if w == "cựu" else [w]
        at += 1
    return out


# "TP." glued to the city's name written out ("TP.Hà Nội"), and the level glued to the
# city's acronym ("TP.HCM", "TPHCM" beside "TP. HCM"); not to another acronym
_GLUED_TP = re.compile(r"\bT[Pp]\.?(?=HCM\b)|\bTP\.(?=[A-ZĐ][a-zà-ỹđ])")


def _filler_short(short: Title, long: Title) -> bool:
    """Whether a post is another post of the same holder written short: its words are
    the other's, in order, less the other's end or only words of an organ or a place's level
    (post_fillers.txt: "Chủ tịch Hà Nội" beside "Chủ tịch UBND TP Hà Nội"), an
    acronym of it standing for words of the other ("Sở TN&MT" for "Sở Tài nguyên và
    Môi trường"), or the acronym the other defines in parentheses ("Chủ tịch EC"
    beside "Chủ tịch Ủy ban châu Âu (EC)"). The role and the nguyên must be the same."""
    if short.past != long.past:
        return False
    s, o = _key_words(short.text), _key_words(long.text)
    if short.role.lower() != long.role.lower() and not (
            short.role.lower() in post_synonyms() and o[:len(_key_words(short.role))] == _key_words(short.role)):
        return False
    if len(s) >= len(o):
        return False
    last = short.text.split()[-1]
    if len(s) >= 2 and last.isupper() and f"({last})" in long.text and o[:len(s) - 1] == s[:-1]:
        return True  # the acronym the longer post defines
    upper = {w.lower() for w in re.split(r"[\s\-–/]+", short.text) if len(w) >= 2 and w.isupper()}
    at = k = 0
    left: list[str] = []
    while k < len(o):
        if at < len(s) and o[k] == s[at]:
            at, k = at + 1, k + 1
            continue
        n = _spelled(s[at], o, k) if at < len(s) and s[at] in upper else 0
        if n:  # "TN&MT" for "Tài nguyên và Môi trường", "LHQ" for "Liên Hợp Quốc"
            at, k = at + 1, k + n
            continue
        if at == len(s):
            break  # the rest is the longer post's end, cut off the shorter ("Phó Giám đốc BV")
        left.append(o[k])
        k += 1
    return at == len(s) and all(w in post_fillers() for w in left)


def _spelled(acronym: str, words: list[str], at: int) -> int:
    """How many of the words from `at` an acronym (a word written in capitals) spells
    by their initials ("và" may be left out: "tn&mt" spells "tài nguyên và môi
    trường"), or 0."""
    letters = [c for c in strip_diacritics(acronym) if c.isalpha()]
    if len(letters) < 2:
        return 0
    k, n = at, 0
    while n < len(letters) and k < len(words):
        if strip_diacritics(words[k][0]) == letters[n]:
            n += 1
        elif words[k] != "và":
            return 0
        k += 1
    return k - at if n == len(letters) else 0


def _filler_posts(facts: ArticleFacts) -> None:
    """Drop a post the article also gives the same person with the words a reader
    supplies written out (_filler_short): a reader counts the post once, in full."""
    titles: dict[str, list[Title]] = {}
    for p in facts.positions:
        titles.setdefault(p.person, []).append(p.title)
    if all(len(t) < 2 for t in titles.values()):
        return
    facts.positions = [p for p in facts.positions if not any(
        _filler_short(p.title, t) for t in titles[p.person] if t is not p.title)]


def _surname_holders(facts: ArticleFacts) -> None:
    """Give a post held by a surname alone ("Tổng thống Philippines Duterte",
    extract_positions' one-word holders) to the one person of the article whose full
    name ends in it ("Rodrigo Duterte"); drop it when there is none or several."""
    if all(" " in p.person and not _given_names_only(p.person) for p in facts.positions):
        return
    kept = []
    for p in facts.positions:
        if _given_names_only(p.person):
            # "Ông Đức Duy - Phó Bí thư Tỉnh ủy" (a caption): the given names of the
            # article's one "Đỗ Đức Duy"; kept as written when there is none or several
            whole = _whole_name(p.person, facts.persons)
            if whole is not None and whole.split()[0].lower() not in families():
                whole = None  # "Nay Donald Trump", "Hàn Park Geun-hye": no family name, a run-on
            kept.append(Position(whole, p.title, p.sentence) if whole else p)
            continue
        if " " not in p.person:
            whole = _whole_name(p.person, facts.persons)
            if whole is None and p.title.body is None and p.title.role.lower() in regnal_posts():
                kept.append(p)  # "Giáo hoàng Francis": one name is the holder's whole name
                continue
            if whole is None or not whole.split()[-2][:1].isupper():
                continue  # none, or "Mohammed bin Salman": the son of a Salman, not him
            p = Position(whole, p.title, p.sentence)
        kept.append(p)
    facts.positions = kept


def _given_names_only(name: str) -> bool:
    """Whether a name of two words opens with no family name ("Đức Duy", "Kim Ngân"):
    given names written without the family name, as captions and later mentions do."""
    words = name.split()
    return len(words) == 2 and all(vietnamese_syllable(w) for w in words) \
        and words[0].lower() not in families() and words[0].lower() not in marked_families()


def _whole_name(name: str, persons: list[str]) -> str | None:
    """The one longer name of the article that a name is the last words of
    ("Kim Tiến" of "Nguyễn Thị Kim Tiến"): a name written in part; None if none."""
    longer = {p for p in persons if p.endswith(" " + name)}
    return longer.pop() if len(longer) == 1 else None


def _late_posts(facts: ArticleFacts) -> None:
    """Every post of a person the article says has died ("cố Bí thư Thành ủy A") is a
    past one: held before, not at the article's date. Its words stay as written (no
    "nguyên" is added: the gold keeps a late holder's posts plain)."""
    late = {name for s in facts.sentences for name in late_persons(s)}
    if not late:
        return
    facts.positions = [Position(p.person, Title(p.title.text, p.title.role, p.title.body, True), p.sentence)
                       if p.person in late and not p.title.past else p for p in facts.positions]


_LOWER_WORD = re.compile(r"\s+([^\W\d_]+)")
_NEXT_WORD = re.compile(r"\s+(\w)")


def _whole_names(facts: ArticleFacts) -> dict[str, str]:
    """Names the reader cut or ran on, each to the article's full name it stands for:
    one written with its last syllable in lower case ("Nguyễn Văn lâm" read as
    "Nguyễn Văn" beside "Nguyễn Văn Lâm"), and one run into the next sentence's first
    word when a full stop was lost ("Nguyễn Văn Lâm Đúng 8h30", "… Lâm Khẳng định",
    "… Lâm Xin Thứ trưởng …": the longer name is written once, the shorter elsewhere
    too) or into a caption's credit at a line's end ("… Nguyễn Văn Lâm Bích Ngọc").
    Returns the mapping (maybe empty)."""
    persons = facts.persons
    folded = {p.casefold(): p for p in persons}
    text = facts.article.text
    out: dict[str, str] = {}
    for p in persons:
        for at in _places(text, p):
            nxt = _LOWER_WORD.match(text, at + len(p))
            if nxt and nxt.group(1).islower():
                whole = folded.get(f"{p} {nxt.group(1)}".casefold())
                if whole and whole != p and _alone_count(text, p) <= text.count(whole):
                    # (a name written alone more often than the longer one is the name, the
                    # longer one a run-on: "… Nguyễn Văn Lâm tiếp …" beside "… Nguyễn Văn Lâm Tiếp …")
                    out[p] = whole  # "Nguyễn Văn lâm": cut before a syllable in lower case
                    break
    roles: dict[str, set[str]] = {}
    for pos in facts.positions:
        roles.setdefault(pos.person, set()).add(pos.title.role.lower())
    named = set(persons) | set(roles)  # a holder is named though the person list missed the name
    for p in persons:
        words = p.split()
        if len(words) < 3 or p in out or text.count(p) != 1:
            continue
        # (a foreign name's parts are read only by the plain rule: "… bin Abdulrahman al-Thani")
        native = all(vietnamese_syllable(w) for w in words)
        end = text.find(p) + len(p)
        shorter = " ".join(words[:-1])
        mine, its = roles.get(p, set()), roles.get(shorter, set())
        if shorter in named and shorter not in out and text.count(shorter) >= 2 \
                and (mine & its or (native and len(words) >= 4 and (_near_roles(mine, its) if its else _alone_count(text, shorter)))) \
                and (_goes_on_lower(text, end) or (native and _title_follows(text, end))):
            # "Nguyễn Văn Lâm Đúng 8h30, …", "… Vũ Văn Lâm Xin Thứ trưởng cho biết": run on
            # into a sentence that goes on in lower case, a number or a title; the shorter
            # name is the same person when it holds a post of the same role in the article,
            # or, when it has three words and is written alone too, none or a near one
            # ("Chủ tịch" beside "Phó Chủ tịch", "ĐB" beside "ĐBQH"); "Vũ Văn A" beside "Vũ
            # Văn" is not, nor "Thứ trưởng Nguyễn Thị Thu" beside "Phó Chủ tịch … Nguyễn Thị
            # Thu Hà cho biết". (A post-less "Nguyễn Thị Thu" beside a "Nguyễn Thị Thu Hà" the
            # article writes once, before a lower-case word, is read as the run-on it mostly is.)
            out[p] = shorter
            continue
        shorter = " ".join(words[:-2])
        its = roles.get(shorter, set())
        if native and len(words) >= 5 and shorter in named and shorter not in out and text.count(shorter) >= 2 \
                and (_near_roles(mine, its) if its else _alone_count(text, shorter)) \
                and _given_names_only(" ".join(words[-2:])) and _line_ends(text, end):
            # a caption's credit after the holder's name: "Bộ trưởng Nguyễn Văn Lâm Bích Ngọc"
            # at a line's end is Nguyễn Văn Lâm, photographed by Bích Ngọc
            out[p] = shorter
    return out


def _near_roles(a: set[str], b: set[str]) -> bool:
    """Whether a role of one set is written within a role of the other ("chủ tịch" within
    "phó chủ tịch", "đại biểu" within "đại biểu quốc hội") or opens its initials ("đb" of
    "đại biểu quốc hội")."""
    return any(x in y or y in x or _initials(y).startswith(x) or _initials(x).startswith(y) for x in a for y in b)


def _initials(role: str) -> str:
    """The first letters of a role's words: "đbqh" of "đại biểu quốc hội"."""
    return "".join(w[0] for w in role.split())


def _alone_count(text: str, name: str) -> int:
    """How often `name` is written as a whole name: not followed by a capitalised word
    that would make it part of a longer one ("Nguyễn Thị Kim" of "Nguyễn Thị Kim Tiến")."""
    n = 0
    for at in _places(text, name):
        end = at + len(name)
        if text[end:end + 1].isalnum():
            continue  # inside a longer word
        n += not text.startswith(" ", end) or not text[end + 1:end + 2].isupper()
    return n


def _places(text: str, name: str) -> Iterator[int]:
    """Every offset where `name` is written in `text` (a plain search: building a pattern
    per name would cost more than the search)."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


def _line_ends(text: str, at: int) -> bool:
    """Whether only spaces stand between `at` and the end of its line (or the text)."""
    nl = text.find("\n", at)
    return not text[at:nl if nl >= 0 else len(text)].strip()


def _title_follows(text: str, at: int) -> bool:
    """Whether a title (role head) is the next words after `at`."""
    ahead = text[at:at + 80]
    tokens = tokenize(ahead)
    return bool(tokens) and title_at(ahead, tokens, 0) is not None


def _goes_on_lower(text: str, at: int) -> bool:
    """Whether the next word after `at` (past spaces only) opens with a digit or a
    lower-case letter: the sentence goes on, no new one begins."""
    m = _NEXT_WORD.match(text, at)
    return bool(m) and (m.group(1).isdigit() or m.group(1).islower())


def _rename(facts: ArticleFacts, persons_by_sentence: dict[int, list[str]], names: dict[str, str]) -> None:
    """Every mention of a name of `names` as the full name it stands for."""
    facts.persons = list(dict.fromkeys(names.get(p, p) for p in facts.persons))
    facts.positions = [Position(names.get(p.person, p.person), p.title, p.sentence) for p in facts.positions]
    for k, ps in persons_by_sentence.items():
        persons_by_sentence[k] = list(dict.fromkeys(names.get(p, p) for p in ps))


# a term or a period written right after a post: "Bộ trưởng Bộ X nhiệm kỳ 2011-2016",
# "giám đốc thời kỳ 2001 - 2003", "Bí thư Thành ủy (1986–1996)"
_TERM_AFTER = re.compile(r"\s*\(?\s*(?:(?:giai đoạn|nhiệm kỳ|thời kỳ|từ năm|từ)\s+)?((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b",
                         re.IGNORECASE)


def _ended_terms(facts: ArticleFacts) -> None:
    """A post written with a term or a period that ended before the article's year
    ("Bộ trưởng Bộ X nhiệm kỳ 2011-2016" in a 2017 article, "giám đốc thời kỳ 2001 -
    2003") is a past one: a holder remembered, not the present one. Its words stay."""
    year = facts.year
    if not year:
        return
    for k, p in enumerate(facts.positions):
        if p.title.past or not 0 <= p.sentence < len(facts.sentences):
            continue
        text = facts.sentences[p.sentence].text
        at = text.find(p.title.text)
        m = _TERM_AFTER.match(text, at + len(p.title.text)) if at >= 0 else None
        if m and int(m.group(1)) <= int(m.group(2)) < year:
            facts.positions[k] = Position(p.person, Title(p.title.text, p.title.role, p.title.body, True), p.sentence)


def extract_facts(article: Article) -> ArticleFacts:
    """Every fact of one article: persons, posts, meetings, awards, participations."""
    try:
        return _extract_facts(article)
    finally:
        end_article()  # the sentences' tokens and other memos die with their article


def _extract_facts(article: Article) -> ArticleFacts:
    facts = ArticleFacts(article=article, sentences=split_sentences(article.text))
    facts.year = article_year(article.published, article.text)
    # a meeting's year is the article's own (its dateline, checked against the text, or
    # its address), never the latest year an undated text mentions
    own_year = facts.year if article.published else None
    if article.published is None and article.year:
        facts.year = article.year  # a dateline with the month only ("Ngày đăng: 01/2025")
        own_year = article.year
    elif article.published is None and article.url:
        # a saved page with no dateline: its address often carries the year (/2021/04/…)
        m = re.search(r"/((?:19|20)\d{2})/(?:\d{1,2}/)?", article.url)
        facts.year = int(m.group(1)) if m else facts.year
        own_year = int(m.group(1)) if m else None
    facts.year_from_text = facts.year is not None and own_year is None
    authors = set(article.authors)
    persons_by_sentence: dict[int, list[str]] = {}
    seen_posts = set()
    # a sentence is the body's text with line breaks joined by spaces: where the whole
    # body has no award cue no sentence has one (nine articles in ten)
    may_award = has_award_cue(article.text.replace("\n", " "))
    # without a dateline, "hôm nay" alone means the day the article calls today where it writes it
    today = article_today(article.text) if article.published is None and "nay" in article.text else None
    for s in facts.sentences:
        persons, positions = extract_positions(s)
        persons = [p for p in persons if p not in authors]
        if persons:
            persons_by_sentence[s.index] = persons
        facts.persons += [p for p in persons if p not in facts.persons]
        for pos in positions:
            k = (pos.person, pos.title.text)
            if pos.person not in authors and k not in seen_posts:
                seen_posts.add(k)
                facts.positions.append(pos)
        # "Cùng ngày, …" reports on the day stated last before it
        same_day = day_before(facts.sentences, s.index, article.published)
        found = extract_meetings(s, own_year, article.published, same_day, today)
        if found:  # merging nothing would only copy the list
            facts.meetings = merge_meetings(facts.meetings, found, article.text)
        if may_award:
            facts.awards += extract_awards(s)
        if _DIGIT.search(s.text):  # documents and figures both need a number, and half the sentences have none
            facts.documents += extract_documents(s)
            facts.figures += extract_figures(s, facts.year)
    names = _whole_names(facts)
    if names:
        _rename(facts, persons_by_sentence, names)
    # a meeting chaired by one the sentence names by rank or bare post, his office named elsewhere
    facts.meetings = chaired_by_holder(facts.meetings, facts.sentences, holder_offices(facts.positions),
                                       own_year, article.published, article.text, today)
    facts.meetings = dated_back(facts.meetings, facts.sentences, own_year, article.published)
    facts.meetings = council_sittings(facts.meetings, facts.sentences, own_year, article.published)
    facts.meetings = listed_meetings(facts.meetings, facts.sentences, own_year, article.published)
    facts.meetings = [opened_on(m, article.text) for m in facts.meetings]
    facts.meetings = first_sessions(facts.meetings, facts.sentences)
    facts.meetings = this_place(facts.meetings, facts.sentences, article.province)
    facts.meetings = spelled_acronyms(facts.meetings, article.text)
    facts.meetings = companies_in_full(facts.meetings, article.text)
    facts.meetings = headline_host(facts.meetings, article.title, facts.sentences, own_year, article.published)
    facts.meetings = announced_only(facts.meetings, facts.sentences)
    _headline_posts(facts, authors)
    # posts stated with a verb or in a career narrative ("ông từng giữ các chức vụ: …"),
    # after the headline's, so that a post both give stays in the headline's wording
    facts.positions = add_career_posts(facts.positions, career_posts(facts.sentences, persons_by_sentence))
    # and the posts of a dated career list (an official's biography), its subject's: the person
    # named most before it, or the one the headline names ("Tóm tắt tiểu sử đồng chí A")
    facts.positions = add_career_posts(facts.positions, biography_posts(
        facts.sentences, persons_by_sentence, article.title, authors))
    # the posts of those put at a standing group's head ("Hội đồng kỷ luật do A làm Chủ tịch")
    facts.positions = add_career_posts(facts.positions, headed_posts(facts.sentences, persons_by_sentence))
    facts.positions = implied_bodies(facts.positions)
    facts.awards = article_awards(facts.awards, facts.sentences, facts.year)
    _committee_place(facts)
    _spelled_out(facts)
    _surname_holders(facts)
    _shortened(facts)
    _bare_beside_full(facts)
    _envoy_short(facts)
    _without_aliases(facts)
    _same_post(facts)
    _filler_posts(facts)
    _late_posts(facts)
    _ended_terms(facts)
    _participations(facts, persons_by_sentence)
    # read last, from the posts as kept: an event's post is one of them
    # (a day and month take the article's own year, as a meeting's do: never a year its
    # text merely mentions)
    facts.events = career_events(facts.sentences, persons_by_sentence, facts.positions, own_year,
                                 article.published)
    return facts
