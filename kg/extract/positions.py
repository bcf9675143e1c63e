"""person – holds – position.

Titles follow a name ("Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND
tỉnh" — comma, dash or parenthesis, titles split by commas) or precede it
("Bí thư Tỉnh ủy Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh, đồng chí Trần B").
Every title is a role head from titles.tsv and, mostly, the body it belongs
to. A ";" ends one person's titles.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.extract.lexicon import WordIndex, body_heads, body_index, families, level_index, place_index, rank_index, role_heads, role_index
from kg.extract.names import (HONORIFIC_FIRST, HONORIFICS, PAST_MARKS, acronym_aside, country_at, honorific_at, latin_then_marked, pair_opens, country_span, foreign_holder_in, foreign_name_at, inside_profession, lead_first,
                              lead_in, name_at, person_name, posting_at, rank_at, vietnamese_syllable, acronym_aside)
from kg.extract.orgs import clause_at, field_run, higher_level_at, kind_of, org_at, org_span
from kg.extract.alternation import trie_alternation
from kg.extract.numbers import roman
from kg.extract.text import UPPER, Token, expansions, match_words, sentence_tokens, tokenize
from kg.facts import Org, Position, Sentence, Title
from kg.resources import (aide_posts, division_units, not_divisions, post_verbs, namesake_compounds, grade_blockers, grade_levels, grades, level_roles, meeting_kinds, plural_words, pointer_words, data_lines, bare_posts, bio_openers, board_firms, boards, company_forms, marked_families, count_words, country_standins, firm_words, function_posts, function_words, late_words, matter_posts, middle_names, namesake_heads, namesake_places, not_holder_words, not_name_words, object_words, visit_words, of_posts, past_then_words, past_verbs, phrase_words, place_words, post_qualifiers, postings, press_names, provincial_heads, rank_posts, ranks, regnal_posts, role_blockers, role_units, then_words, topic_bodies, trade_heads, unit_nouns,
                          standalone_posts, held_by_several)

_OPENERS = {",", "–", "-", "(", ":"}

# the body of a counted role listed with its holders and named only before its
# sentence ("Các Phó chủ tịch gồm các ông: …"): to be found by the pipeline
IMPLIED = Org("", "Implied")


# Role heads that name no post without their body ("Phó Ban Dân vận" is "Phó" + body);
# a bare "CEO" is one cut short ("CEO khu vực Đông Nam Á của HP"): whose, it leaves out;
# a bare "cố vấn" is a counsel's trade, a bare "chuyên viên", "cán bộ", "công chức" a civil servant's grade, a bare
# "thủ lĩnh" a leader of anything
# ("Thẩm phán" alone is a profession, a judge of a named court a post)
_NEEDS_BODY = frozenset({"Phó", "Trưởng", "Phó Trưởng", "CEO", "Cố vấn", "Thủ lĩnh", "Chuyên viên", "Thẩm phán"}) | grades()

# grades of the civil service (grades.txt): a post only with the body they serve in ("cán
# bộ địa chính xã X", "công chức Phòng Y"); "cán bộ hưu trí" (a retiree) or a field alone is none
_GRADES = grades()

_PAST = PAST_MARKS

# role heads common as plain nouns ("cố vấn tài chính", "thủ lĩnh của nhóm bạn"): a
# post only with a body that names someone in capitals
_NAMED_BODY = frozenset({"Cố vấn", "Thủ lĩnh"})

# roles that, in lower case after a unit's head, are that unit's name: "Hội đồng cố vấn"
_UNIT_MEMBERS = frozenset({"Cố vấn", "Trợ lý"})

# bare role heads whose lower-case complement must open with a unit ("trưởng nhóm
# nghiên cứu X"): a function alone after them is a profession's ("trưởng thiết kế")
_UNIT_ONLY = frozenset({"Phó", "Trưởng", "Phó Trưởng"})


def past_at(tokens: list[Token], i: int) -> int:
    """1 if token i is "nguyên" / "cựu" marking a former post, else 0."""
    return 1 if i < len(tokens) and tokens[i].exp[0] in _PAST and tokens[i].is_word else 0


def role_at(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The longest role head at token i ("Phó Bí thư Thường trực"), with the
    "nguyên" / "cựu" of a former post before it counted in its length."""
    if 0 <= i < len(tokens) and tokens[i].exp[0] not in _role_firsts():
        if tokens[i].exp[0] in _country_heads().first_words():
            return _country_head_at(tokens, i, 0)
        return None  # the common case, without the look-ups below (all of them miss)
    p = past_at(tokens, i)
    i += p
    if not p and i < len(tokens) and tokens[i].text == "trưởng" and i > 0 and tokens[i - 1].is_word:
        return None  # the end of a word, not a role: "HLV trưởng", "Kế toán trưởng"
    if not p and 0 < i < len(tokens) and tokens[i - 1].is_cap and _inside_place(tokens, i):
        return None  # "Trung Quốc Vương Gia Thụy": the last syllable of a country, no "Quốc vương"
    if not p and 0 < i < len(tokens) and inside_profession(tokens, i):
        return None  # "nhà giáo Hoàng Thị A": a teacher, no "Giáo hoàng" held by "Thị A"
    if i + 1 < len(tokens) and _acting_at(tokens, i, p):
        # "Quyền Giám đốc Sở Y tế", "A, quyền Chủ tịch UBND tỉnh", "cựu quyền Bộ
        # trưởng Tư pháp B": an acting post keeps its "Quyền"
        acting = role_at(tokens, i + 1)
        if acting and not acting[1].startswith("Quyền"):
            return p + 1 + acting[0], "Quyền " + acting[1]
    hit = role_index().match(tokens, i)
    if i < len(tokens) and tokens[i].exp[0] == "phó" and (hit is None or hit[0] == 1):
        # "Phó" before any role is its deputy: "Phó Chánh Thanh tra", "Phó Cục trưởng"
        deputy = role_index().match(tokens, i + 1)
        if deputy and not deputy[1].startswith("Phó"):
            return p + 1 + deputy[0], "Phó " + deputy[1]
    if hit and not p and hit[1] in _UNIT_MEMBERS and not tokens[i].is_cap and _after_unit_head(tokens, i):
        return None  # "Hội đồng cố vấn kinh doanh", "tổ chức cố vấn nguy cơ": the unit's name
    if hit:
        # "Đại sứ quán" is an organization, not the role "Đại sứ"
        body = body_index().match(tokens, i) if tokens[i].exp[0] in _shared_first_words() else None
        return None if body and body[0] > hit[0] else (p + hit[0], hit[1])
    split = _role_in_token(tokens, i)
    if split:
        return 1 + p, split[0]
    return _country_head_at(tokens, i, p)


def _inside_place(tokens: list[Token], i: int) -> bool:
    """Whether token i is inside a country's or place's name that starts before it."""
    for k in (i - 1, i - 2):
        if k >= 0 and tokens[k].is_cap:
            n = country_at(tokens, k) or (place_index().match(tokens, k) or (0,))[0]
            if n > i - k:
                return True
    return False


def _country_head_at(tokens: list[Token], i: int, p: int) -> tuple[int, str] | None:
    """A head that is a post only before a country's name, at i ("lãnh đạo Triều Tiên
    Kim Jong Un"); `p` counts a "nguyên"/"cựu" before it."""
    head = _country_heads().match(tokens, i)
    if head and country_at(tokens, i + head[0]):
        return p + head[0], head[1]
    return None


def country_head(t: Title) -> bool:
    """Whether a title's head is a post only before its holder's name, after a country
    (country_heads.txt): "ông A là lãnh đạo ASEAN đầu tiên tới thăm …" states no post."""
    return t.role in _country_head_roles()


@lru_cache(maxsize=None)
def _country_head_roles() -> frozenset[str]:
    return frozenset(w[:1].upper() + w[1:] for w in data_lines("country_heads.txt"))


@lru_cache(maxsize=None)
def _country_heads() -> WordIndex[str]:
    """Heads that are a post only before a country's name (country_heads.txt), with
    the role head they give ("lãnh đạo" → "Lãnh đạo")."""
    return WordIndex([(tuple(w.lower().split()), w) for w in _country_head_roles()])


# what may stand before a lower-case "quyền" of an acting post; after other words it is
# the noun "right, power" ("thẩm quyền", "ủy quyền Phó Chủ tịch A ký")
_ACTING_AFTER = frozenset({",", "(", "-", "–", ":", ";"})


def _acting_at(tokens: list[Token], i: int, past: int) -> bool:
    """Whether token i is the "quyền" (acting) of a post: capitalised and not after
    a capitalised word (where "Quyền" ends a person's name), or lower-case after
    "nguyên"/"cựu", a comma or a bracket, or opening the sentence."""
    t = tokens[i]
    if t.text == "Quyền":
        return past > 0 or not (i > 0 and tokens[i - 1].is_cap)
    return t.text == "quyền" and (past > 0 or i == 0 or tokens[i - 1].text in _ACTING_AFTER)


@lru_cache(maxsize=None)
def _role_firsts() -> frozenset[str]:
    """Words role_at may find something at: a role head's first word, "nguyên" /
    "cựu", "phó", "quyền"."""
    return role_index().first_words() | _PAST | {"phó", "quyền"}


@lru_cache(maxsize=None)
def _shared_first_words() -> frozenset[str]:
    """First words that begin both a role head and an organization head."""
    return frozenset(w[0] for w, _ in role_heads()) & frozenset(w[0] for w, _ in body_heads())


def _role_in_token(tokens: list[Token], i: int) -> tuple[str, tuple[str, ...]] | None:
    """A role and a body written as one abbreviation ("UVTW" = Ủy viên + Trung ương)."""
    if i >= len(tokens):
        return None
    exp = tokens[i].exp
    if len(exp) < 2:
        return None
    for words, vi in role_index().starting(exp[0]):
        if len(exp) > len(words) and exp[: len(words)] == words:
            return vi, exp[len(words):]
    return None


def _rank_at(tokens: list[Token], i: int) -> int:
    """Number of tokens of a rank ("Đại tá", "PGS.TS") at i; 0 if none."""
    hit = rank_index().match(tokens, i)
    return hit[0] if hit else 0


def _level_span(tokens: list[Token], i: int) -> int:
    """A body that is only a level and its place: "tỉnh", "xã Nậm Ban"."""
    hit = level_index().match(tokens, i)
    if not hit:
        return 0
    n = hit[0]
    k = i + n
    place = place_index().match(tokens, k)
    if place:
        return n + place[0]
    if k < len(tokens) and tokens[k].text.isdigit() and len(tokens[k].text) <= 2:
        return n + 1  # "quận 3", "phường 12": a numbered unit
    run = 0
    while k + run < len(tokens) and run < 8 and tokens[k + run].is_cap and tokens[k + run].text.isalpha():
        run += 1
    if 2 <= run <= 4 and higher_level_at(tokens, k + run):
        return n + run  # "phường Lê Đại Hành, quận …": a higher level follows a place's name
    if 2 <= run <= 4 and name_at(tokens, k) == run and tokens[k + 1].text.lower() in middle_names():
        return n  # "Chủ tịch xã Nguyễn Văn A": the level has no name, the rest is a person's
    for p in (2, 1, 3):
        # the place's name ends where a person's begins ("xã Nậm Ban Lò Văn A")
        if p < run and name_at(tokens, k + p) == run - p:
            return n + p
    return n + min(run, 3)


def title_at(text: str, tokens: list[Token], i: int) -> tuple[int, Title] | None:
    """A title (role head and the body it belongs to) starting at token i."""
    role = role_at(tokens, i)
    if role is None:
        return None
    n, vi = role
    if i > 0 and ((vi.lower(), tokens[i - 1].text.lower()) in role_blockers()
                  or (i > 1 and (vi.lower(), f"{tokens[i - 2].text} {tokens[i - 1].text}".lower()) in role_blockers())):
        # "các đại biểu", "Trưởng đoàn đại biểu …": delegates, a delegation's name; "bầu cử tổng
        # thống": an election for the seat
        return None
    if i + n + 1 < len(tokens) and tokens[i + n].text in plural_words() and tokens[i + n + 1].is_cap \
            and body_index().match(tokens, i + n + 1) and _listed_after(tokens, i + n + 2):
        # "Bộ trưởng các Bộ Công Thương, Giao thông Vận tải": the heads of several bodies, no
        # one's title ("Tổng thư ký các Hội Sinh học Việt Nam", one body's name, is one's)
        return None
    q = _qualifier_at(tokens, i + n)  # "Tổng thống tiền nhiệm Mỹ": part of the title
    if q and name_at(tokens, i + n + q) and vi.lower() not in standalone_posts() and vi.lower() not in bare_posts():
        q = 0  # "Phó Chủ tịch chuyên trách Nguyễn Văn A": read as before, the words as the post's
    n += q
    p = past_at(tokens, i)
    split = (_role_in_token(tokens, i + p) if n == 1 + p and not match_words(tokens, i + p, tuple(vi.lower().split()))
             else None)
    # a name straight after the role is its holder, not its body ("Thủ tướng Nguyễn Văn A")
    body_n = 0 if name_at(tokens, i + n) else org_span(tokens, i + n, after_role=True) or _level_span(tokens, i + n)
    if i + n < len(tokens) and tokens[i + n].is_cap and _aide_role(vi):
        principal = role_at(tokens, i + n)
        if principal is not None and principal[0] > body_n:
            # "Trợ lý Tổng Bí thư", "Trợ lý Bộ trưởng Bộ Ngoại giao": the post served, with its
            # body, is the aide's (not "Tổng Bí", a body's head read in the principal's words)
            k = i + n + principal[0]
            named = name_at(tokens, k)
            body_n = principal[0] + (0 if named else org_span(tokens, k, after_role=True))
            if named and _holder_alone_before(tokens, i):
                # "A, Trợ lý Tổng Bí thư B, cho biết": the aide is named already, B is whom he serves
                body_n += named
    standalone = vi.lower() in standalone_posts()
    if not body_n and i + n < len(tokens) and tokens[i + n].exp[0] in _STANDIN_FIRSTS \
            and (standalone or vi.lower() in bare_posts() or vi.lower() in postings()):
        # "Thủ tướng nước chủ nhà Angela X", "Đại sứ nước này tại Liên hợp quốc Bashar Y"
        stand = next((len(w) for w in country_standins() if match_words(tokens, i + n, w) == len(w)), 0)
        body_n = stand + posting_at(tokens, i + n + stand) if stand else 0
    if body_n or standalone or country_at(tokens, i + n):
        # a foreign holder after a country or an acronym is no part of the body
        # ("Tổng thống Pháp Emmanuel X", "Tổng Thư ký LHQ Antonio Y"), nor one right
        # after a post that needs no body ("Tổng thống Donald Z")
        aside = acronym_aside(tokens, i + n + body_n) if body_n else 0  # "Cục Điều tra Liên bang (FBI) James X"
        cut = foreign_holder_in(tokens, i + n, i + n + body_n + aside + 1)
        # "Đại sứ Bruno X", "phó cố vấn Dina Y": no body
        bare = standalone or vi.lower() in bare_posts() or _aide_role(vi)
        body_n = cut - i - n if cut >= 0 else 0 if bare and foreign_name_at(tokens, i + n) else body_n
        body_n = max(body_n, country_span(tokens, i + n))  # "Đại sứ Italy tại Việt Nam"
    if body_n and _one_name_at(tokens, i + n, vi):
        body_n = 0  # "Giáo hoàng Francis": the holder's one name, no body
    if i + n + 1 < len(tokens) and not tokens[i + n].is_cap and _aide_role(vi):
        # "người phát ngôn của Tổng thống Nga", "cố vấn kinh tế của Tổng thống Donald X"
        one_of = _counted_at(tokens, i) or (i > 0 and tokens[i - 1].text.lower() == "một") or _after_holder(tokens, i)
        body_n = _aide_body(text, tokens, i + n, one_of) or body_n
    if not body_n and i + n + 1 < len(tokens):
        body_n = _own_noun_body(tokens, i + n, vi)
    if not body_n and vi in _NEEDS_BODY and i + n + 2 < len(tokens):
        body_n = _qualified_unit(tokens, i + n)
    if not body_n and i + n < len(tokens) and vi.lower().endswith(" khoa") and not tokens[i + n].is_cap:
        body_n = _field_then_body(tokens, i + n)  # "Trưởng Khoa ngoại Bệnh viện X": the unit's field in lower case
    if i + n < len(tokens) and vi.lower() in function_posts() and (
            not body_n or (body_n == 1 and (tokens[i + n].text,) in role_units())) \
            and not _counted_at(tokens, i) and not _region_of(text, tokens, i + n):
        # a counted role's body is its list's ("Bảy phó ban khác gồm"), a region is _region_of's
        # "chủ nhiệm nhóm nghiên cứu X", "Giám đốc truyền thông Công ty Y", "CEO của Z",
        # "Phó trưởng ban phụ trách Ban W": the function or unit in lower case, and the
        # body it belongs to, are the title's
        body_n += _function_body(text, tokens, i + n + body_n, unit_only=vi in _UNIT_ONLY and not body_n,
                                 owned=vi in _GRADES)
        if body_n and not tokens[i + n].is_cap:
            body_n = _before_foreign_holder(tokens, i + n, body_n)
    if not body_n and i + n + 1 < len(tokens) and vi.lower() in of_posts() and tokens[i + n].text == "cho" \
            and not _body_after_cua(text, tokens, i + n + 1, vi):
        return None  # "người phát ngôn cho Tổng thống X": whose spokesman, no body
    if not body_n and i + n + 1 < len(tokens) and tokens[i + n].text == "của":
        # "thư ký báo chí của Nhà Trắng", "người phát ngôn của Bộ Ngoại giao"
        body_n = _body_after_cua(text, tokens, i + n + 1, vi)
    if not body_n and i + n + 1 < len(tokens) and tokens[i + n].text == "của":
        if vi.lower() in of_posts():
            return None  # "người phát ngôn của Tổng thống X": whose it is is no body
    if not body_n:
        body_n = _region_of(text, tokens, i + n)
    if body_n and vi in _NAMED_BODY and not any(t.is_cap for t in tokens[i + n:i + n + body_n]):
        body_n = 0  # "cố vấn tài chính", "thủ lĩnh của nhóm bạn trẻ": whose it is must be named
    if body_n:
        posted = _posted_at(tokens, i + n, body_n, vi)
        body_n += posted or _seat_of(tokens, i + n, body_n)
        body_n += _year_of(text, tokens, i + n, body_n)
        body_n += _topic_of(tokens, i + n, body_n)
        if i + n + body_n < len(tokens) and tokens[i + n + body_n].text in _MATTER_LINKS \
                and any(vi.lower().startswith(m) for m in matter_posts()):  # "Trợ lý Ngoại trưởng" too
            body_n += _matter_of(tokens, i + n + body_n)
    e = i + n + body_n
    if e + 1 < len(tokens) and tokens[e].text == "của" and tokens[e + 1].is_cap and vi.lower() not in of_posts() \
            and not _aide_role(vi) and not split:
        # "Chủ tịch HĐQT của Novaland", "Giám đốc Kinh doanh của Kaspersky Lab": the body the post
        # (or the board or unit it names) belongs to, closed like an apposition
        owner = _owner_at(text, tokens, e + 1)
        if owner and _owner_stands(tokens, e + 1, owner):
            body_n += 1 + owner
    if body_n:
        body_n = _before_dashed_holder(tokens, i + n, body_n)
    nxt = role_at(tokens, i + n) if body_n and not split else None
    if nxt is not None and (vi.lower(), nxt[1].lower()) in rank_posts():
        body_n = 0  # "Bộ trưởng Chủ nhiệm Văn phòng Chính phủ": the rank, then its post (rank_posts.tsv)
    if not body_n and vi in _NEEDS_BODY:
        return None  # "Trưởng" alone is a title cut short, not a post
    if vi in _GRADES and not _at_grade_level(tokens, i + n, i + n + body_n):
        return None  # "cán bộ Công an tỉnh", "cán bộ Công ty X": a job, no commune's or district's post
    gap = _alias_inside(tokens, i + n + body_n) if body_n and not split else 0
    body_n += gap
    body = None
    if split:
        # "UVTW Đảng": the body starts inside the abbreviation
        rest = " ".join(split[1]).capitalize()
        tail = text[tokens[i + n].start:tokens[i + n + body_n - 1].end] if body_n else ""
        body = Org(f"{rest} {tail}".strip(), kind_of(tokenize(f"{rest} {tail}")))
    elif body_n:
        # "Phó Ban Dân vận Huyện ủy": the role's last word opens the body's head
        b = i + n - 1 if n - p >= 2 and (body_index().match(tokens, i + n - 1) or (0,))[0] >= 2 else i + n
        span = tokens[b:i + n + body_n]
        body = Org(text[span[0].start:span[-1].end], kind_of(span))
    end = i + n + body_n
    if end + 1 < len(tokens) and tokens[end].exp[0] == "khóa" and _term_number(tokens[end + 1].text) \
            and (vi.startswith("Đại biểu") or _central_seat(vi, tokens[i:end])):
        # a deputy's term is part of the mandate ("đại biểu Quốc hội khóa XIV"), and the
        # Party Central Committee's part of a seat in it ("Ủy viên Bộ Chính trị khóa XII"):
        # readers keep it (a local post's term is left out: "Bí thư Tỉnh ủy khóa XIV"
        # re-elected "khóa XV" is one post)
        end += 2
        while end + 1 < len(tokens) and tokens[end].text in {",", "và"} and _term_number(tokens[end + 1].text) \
                and (not tokens[end + 1].text.isdigit() or end + 2 >= len(tokens) or not tokens[end + 2].is_word
                     or tokens[end + 2].text == "và"):
            end += 2  # and the terms listed with it: "khóa XI, XIII", "khóa X và XII" (not "khóa XIV, 2 lần")
    if vi.startswith("Đại biểu") and not body_n:
        end += _delegation(tokens, end)
    last = tokens[end - 1]
    return end - i, Title(text[tokens[i].start:last.end], vi, body, past=bool(p))


def _before_foreign_holder(tokens: list[Token], j: int, body_n: int) -> int:
    """A function's body tokens[j:j+body_n] less a foreign holder's name that ends it
    after the capitalised name of the unit ("nhóm Jaysh al-Islam Mohammed X dẫn đầu",
    "hãng Alibaba Jack Y"), when a clause goes on after it; else body_n."""
    e = j + body_n
    if e < len(tokens) and (tokens[e].is_cap or not tokens[e].is_word) or tokens[e - 1].text in firm_words():
        return body_n
    first = next((p for p in range(j, e) if tokens[p].is_cap), e)
    for p in range(first + 1, e - 1):
        if tokens[p].is_cap and tokens[p].text not in firm_words() and tokens[p - 1].text not in {"-", "–", "&"} \
                and foreign_name_at(tokens, p) == e - p:  # "Toyota Motor Akio Y": a firm's word is no name's
            return p - j
    return body_n


def _before_dashed_holder(tokens: list[Token], j: int, body_n: int) -> int:
    """The body tokens[j:j+body_n] less a spaced dash and a foreign name that end it:
    "CEO của Apple – Tim X", "tổng thống Mỹ - Donald Y" (the name is the holder)."""
    e = j + body_n
    for p in range(j + 1, e - 1):
        if tokens[p].text in {"-", "–"} and tokens[p].start > tokens[p - 1].end \
                and foreign_name_at(tokens, p + 1) == e - p - 1 and not country_at(tokens, p + 1) \
                and tokens[e - 1].text not in firm_words():  # "… - Boston Consulting Group": a firm
            return p - j
    return body_n


def _aide_role(role: str) -> bool:
    """Whether a role is held in the service of another post (aide_posts.txt), itself
    or as the head it begins with ("Trợ lý Ngoại trưởng" is not: its owner is a body)."""
    r = role.lower()
    for deputy in ("phó ", "quyền "):  # "phó cố vấn", "quyền trợ lý"
        r = r[len(deputy):] if r.startswith(deputy) else r
    return r in aide_posts()


def _head_of_state(t: Title) -> bool:
    """Whether a title is a national post alone or with its country alone ("Tổng thống
    Mỹ", "Thủ tướng"): a seat someone else may be spoken of by."""
    if t.body is None:
        return t.role.lower() in standalone_posts()
    toks = tokenize(t.body.name)
    return country_at(toks, 0) == len(toks)


def _holder_before(tokens: list[Token], i: int) -> int | None:
    """Where the name ends right before token i with a comma or a dash starts, or None."""
    if i < 3 or tokens[i - 1].text not in {",", "–", "-"}:
        return None
    return next((s for s in range(max(0, i - 5), i - 2)
                 if name_at(tokens, s) == i - 1 - s or foreign_name_at(tokens, s) == i - 1 - s), None)


def _after_holder(tokens: list[Token], i: int) -> bool:
    """Whether a name and a comma or a dash stand right before token i: a title there
    is that name's ("Ông Mark X, người phát ngôn của …")."""
    return _holder_before(tokens, i) is not None


def _holder_alone_before(tokens: list[Token], i: int) -> bool:
    """Whether such a name opens its sentence or follows an honorific ("Ông A, Trợ lý …"),
    not a post of its own ("Tổng Bí thư A, Trợ lý …": a list of holders, each with a post)."""
    s = _holder_before(tokens, i)
    return s is not None and (s == 0 or any(s >= h and lead_in(tokens, s - h) == h for h in (1, 2, 3)))


def _after_unit_head(tokens: list[Token], i: int) -> bool:
    """Whether a body's head or a unit noun ends right before token i ("Hội đồng",
    "ban", "tổ chức"): a role word there names the unit, not a post."""
    for k in (1, 2):
        s = i - k
        if s >= 0 and ((body_index().match(tokens, s) or (0,))[0] == k or _unit_noun_at(tokens, s) == k
                       or _role_unit_at(tokens, s) == k):
            return True
    return False


_AIDE_FUNCTION_MAX = 5
# what may follow the served post's holder inside an aide's title: an apposition's end
# or the aide's matter ("đặc phái viên của Tổng thống Vladimir X về …, ông Y")
_OWNER_NAME_ENDS = frozenset({",", "–", "-", ")", ".", ";", ":", "về", "trong", "tại"})  # lower-case words of an aide's field ("chính sách đối ngoại")


def _aide_body(text: str, tokens: list[Token], j: int, one_of: bool = False) -> int:
    """Tokens from j of an aide's field in lower case, "của" and the post it serves
    with its holder when named there ("kinh tế của Tổng thống Donald X", "của Tổng thư
    ký Liên hợp quốc", "chính sách đối ngoại của bà Hillary Y"); 0 if "của" is not
    followed by a post (or a person an honorific names). `one_of`: the aide is one of
    several, or one unnamed ("một trợ lý của …"): a name after the post is its holder's."""
    m = j
    while m < len(tokens) and m - j < _AIDE_FUNCTION_MAX and tokens[m].text != "của" and tokens[m].is_word \
            and not tokens[m].is_cap and tokens[m].text.isalpha() and not clause_at(tokens, m):
        m += 1
    if m + 1 >= len(tokens) or tokens[m].text != "của":
        return 0
    k = m + 1
    h = honorific_at(tokens, k)
    if h:
        n = name_at(tokens, k + h, after_honorific=True) or foreign_name_at(tokens, k + h)
        e = k + h
        if not n and e < len(tokens) and tokens[e].is_cap and tokens[e].text.isalpha() and (
                e + 1 == len(tokens) or not tokens[e + 1].is_cap):
            n = 1  # "của ông Trump": the one a surname names
        return k + h + n - j if n else 0
    owner = _owner_post(text, tokens, k, one_of)
    return k + owner[0] - j if owner else 0


def _owner_post(text: str, tokens: list[Token], k: int, one_of: bool = False) -> tuple[int, Title, int] | None:
    """The post an aide serves at k, after "của": (tokens of the post and of its holder's
    name after it, the post, the name's tokens), or None if no post stands there."""
    found = title_at(text, tokens, k)
    if not found or found[1].role.lower() in aide_posts():
        return None
    n, post = found
    if not _post_before_name(post) and not (post.body is None and post.role.lower() in bare_posts()):
        return None
    e = k + n
    name = name_at(tokens, e) or foreign_name_at(tokens, e, after_country=post.body is not None) \
        or foreign_name_at(tokens, e)
    if name and not one_of and e + name < len(tokens) and tokens[e + name].text not in _OWNER_NAME_ENDS:
        # "người phát ngôn của Tổng thống Nga Dmitry X cho biết": the name that opens
        # the clause is the aide's own, not the served post's
        return n, post, 0
    if not name and post.body is None and e < len(tokens) and tokens[e].is_cap and tokens[e].text.isalpha() \
            and not vietnamese_syllable(tokens[e].text) and (e + 1 == len(tokens) or not tokens[e + 1].is_cap):
        return n + 1, post, 0  # "của Tổng thống Trump": the holder's surname, part of the title only
    return n + name, post, name


def _serves_a_post(body: str) -> bool:
    """Whether an aide's body names the post it serves after "của" ("của Tổng thống
    Nga"), or a person an honorific names ("của bà Hillary X"): a foreign aide's."""
    toks = tokenize(body)
    k = next((m + 1 for m, t in enumerate(toks) if t.text == "của"), 0)
    return bool(k) and (honorific_at(toks, k) > 0 or _owner_post(body, toks, k) is not None)


def _owner_holder(text: str, pos: Position) -> Position | None:
    """The holder of the post an aide's title serves, when named in it: "đặc phái viên
    của Tổng thống Vladimir X về …" → (Vladimir X, Tổng thống)."""
    body = pos.title.body
    if body is None or not _aide_role(pos.title.role):
        return None
    toks = tokenize(body.name)
    k = next((m + 1 for m, t in enumerate(toks) if t.text == "của"), 0)  # after the aide's field
    owner = _owner_post(body.name, toks, k) if k else None
    if owner is None or not owner[2]:
        return None
    n, post, name = owner
    e = k + n
    return Position(person_name(toks, e - name, name), post, pos.sentence)


def _alias_inside(tokens: list[Token], j: int) -> int:
    """Tokens of an acronym in parentheses at j and of the place that goes on with the
    body after it ("Mặt trận Tổ quốc (MTTQ) Việt Nam", "Sở Giáo dục - Đào tạo (GD-ĐT)
    TP.HCM"); 0 if the body ends at the acronym (a holder's name, a verb after it)."""
    a = acronym_aside(tokens, j) or _dashed_acronym(tokens, j)
    if not a:
        # a short name of the body, then its country: "Hội nghị Hiệp thương chính trị nhân dân
        # toàn quốc (Chính hiệp) Trung Quốc", "Ủy ban Thường vụ Đại hội … (Nhân đại) Trung Quốc"
        a = _capitalised_aside(tokens, j)
        return a + country_at(tokens, j + a) if a and j + a < len(tokens) and country_at(tokens, j + a) else 0
    if j + a >= len(tokens) or name_at(tokens, j + a) or foreign_name_at(tokens, j + a):
        return 0
    # the place the body goes on with, or its level and place ("Ủy ban nhân dân (UBND) huyện Tân Kỳ")
    c = country_at(tokens, j + a) or (place_index().match(tokens, j + a) or (0,))[0] or _level_span(tokens, j + a)
    return a + c if c else 0


def _capitalised_aside(tokens: list[Token], j: int) -> int:
    """Tokens of one to three words of letters, the first capitalised, in parentheses at j
    ("(Chính hiệp)"), else 0."""
    if j >= len(tokens) or tokens[j].text != "(":
        return 0
    for n in range(1, 4):
        if j + n + 1 < len(tokens) and tokens[j + n + 1].text == ")":
            inner = tokens[j + 1:j + n + 1]
            return n + 2 if inner[0].is_cap and all(t.text.isalpha() for t in inner) else 0
    return 0


def _dashed_acronym(tokens: list[Token], j: int) -> int:
    """Tokens of a dashed acronym in parentheses at j ("(GD-ĐT)", "(TN-MT)"), else 0."""
    if j + 4 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text in {"-", "–"} \
            and tokens[j + 4].text == ")" and all(t.text.isupper() and t.text.isalpha() for t in tokens[j + 1:j + 4:2]):
        return 5
    return 0


def _body_after_cua(text: str, tokens: list[Token], j: int, role: str) -> int:
    """Tokens of "của" and the body after it (j is past "của"): a country or an
    international body for any role, an organization for those of of_posts.txt;
    0 if none."""
    c = country_span(tokens, j)
    if c:
        while j + c < len(tokens) and tokens[j + c].text in firm_words():
            c += 1  # "của Malaysia Airlines": the country names a firm
        return 1 + c
    if role.lower() in bare_posts():
        # "đại biểu của TP.HCM": the province a deputy is elected in, closed like an apposition
        place = place_index().match(tokens, j)
        p = place[0] if place else _level_span(tokens, j)
        if p and _function_closes(tokens, j + p):
            return 1 + p
    if role.lower() not in of_posts():
        # "Ủy viên chuyên trách của Ủy ban Tư pháp của Quốc hội,": a body with a known
        # head, closed like an apposition, is any post's
        hit = org_at(text, tokens, j)
        ok = hit and not name_at(tokens, j) and tokens[j].is_cap and _function_closes(tokens, j + hit[0])
        return 1 + hit[0] if ok else 0
    hit = org_at(text, tokens, j)
    if not hit or name_at(tokens, j):
        return 0
    return 1 + hit[0] + posting_at(tokens, j + hit[0])


_REGION = ("phụ", "trách", "khu", "vực")


def _region_of(text: str, tokens: list[Token], j: int) -> int:
    """Tokens from j of the region a body-less post covers and the body it is held
    in: "phụ trách khu vực châu Á - Thái Bình Dương của Tổ chức Lao động Quốc tế (ILO)";
    0 unless the body ("của" and an organization or a country) closes the region."""
    if match_words(tokens, j, _REGION) != len(_REGION):
        return 0
    for k in range(j + 5, min(j + 16, len(tokens) - 1)):
        if tokens[k].text == "của":
            c = country_at(tokens, k + 1)
            hit = org_at(text, tokens, k + 1) if not c else None
            n = c or (hit[0] if hit else 0)
            return k + 1 + n + posting_at(tokens, k + 1 + n) - j if n else 0
        t = tokens[k].text
        if not (tokens[k].is_cap or t in {"-", "–", ",", "và", "châu"}):
            return 0  # the region is capitalised names; anything else ends it
    return 0


def _qualifier_at(tokens: list[Token], j: int) -> int:
    """Tokens of a word saying when a post is held, right after its role ("tiền nhiệm",
    post_qualifiers.txt); 0 if none."""
    for words in post_qualifiers():
        if match_words(tokens, j, words) == len(words):
            return len(words)
    return 0


# heads of the committees set up for one event or one year ("Ban Chỉ đạo Tổng điều tra
# kinh tế năm 2017", "Ban tổ chức Lễ hội X năm 2017"): the year is part of their name
_YEARLY_HEADS = (("ban",), ("tiểu", "ban"), ("hội", "đồng"))


def _year_of(text: str, tokens: list[Token], j: int, body_n: int) -> int:
    """Tokens of the year ("năm 2017") that goes on with the name of an event's
    committee tokens[j:j+body_n], and of the place after it ("… năm 2017 tỉnh Yên
    Bái", "… năm 2017 CATP Hà Nội"), when a mark or a clause word closes them; 0 if
    none. The committee must name its event: a head alone ("Ban Tổ chức năm 2017")
    or another body ("UBND tỉnh năm 2017 đã …") takes no year."""
    e = j + body_n
    if e + 1 >= len(tokens) or tokens[e].text.lower() != "năm" or not re.fullmatch(r"(?:19|20)\d\d", tokens[e + 1].text):
        return 0
    head = next((len(h) for h in _YEARLY_HEADS if match_words(tokens, j, h) == len(h)), 0)
    if not head or body_n <= head + 1:
        return 0
    k = e + 2
    if k < len(tokens) and tokens[k].is_word and (tokens[k].is_cap or level_index().match(tokens, k)):
        k += org_span(tokens, k, after_role=True) or _level_span(tokens, k)
    return k - e if _function_closes(tokens, k) else 0


_TOPIC_MAX = 20  # words of a steered matter ("cải cách chính sách tiền lương, bảo hiểm xã hội và …")


def _topic_of(tokens: list[Token], j: int, body_n: int) -> int:
    """Tokens of "về" and the matter in lower case that name a steering committee
    tokens[j:j+body_n] (its head, or the head the role's last word opens, in
    topic_bodies.txt): "… Trung ương về phòng, chống tham nhũng", "… về cải cách chính
    sách tiền lương, bảo hiểm xã hội và ưu đãi người có công". The matter's words
    may be listed with "," or "và"; it must close like an apposition (a mark, a clause
    word, the sentence's end, a holder's name), else 0."""
    e = j + body_n
    if e + 1 >= len(tokens) or tokens[e].text != "về":
        return 0
    if not any(match_words(tokens, b, w) == len(w) for w in topic_bodies() for b in (j - 1, j) if b >= 0):
        return 0
    m = e + 1
    comma = 0  # the last comma passed: an item after it that does not close is no part
    while m < len(tokens) and m - e <= _TOPIC_MAX:
        word = _function_word_at(tokens, m)
        if word:
            m += word  # "tổ chức lại", "người có công": no verb inside a matter
            continue
        t = tokens[m]
        if t.text in {",", "và"} and m > e + 1 and m + 1 < len(tokens) and tokens[m + 1].is_word \
                and not tokens[m + 1].is_cap and tokens[m + 1].text.isalpha() \
                and (not clause_at(tokens, m + 1) or _function_word_at(tokens, m + 1)):
            comma = m if t.text == "," else comma
            m += 1  # "phòng, chống", "tiền lương, bảo hiểm xã hội và ưu đãi …": items of one matter
            continue
        if not t.is_word or t.is_cap or not t.text.isalpha() or clause_at(tokens, m):
            break
        m += 1
    if m == e + 1 or m - e > _TOPIC_MAX:
        return comma - e if comma else 0
    if m < len(tokens) and not (tokens[m].text in _FUNCTION_CLOSE or clause_at(tokens, m) or name_at(tokens, m)):
        return comma - e if comma else 0  # "… thiên tai, mặc dù lũ …": the matter ends at the comma
    return m - e


# first words of country_standins.txt ("nước"), checked before the list is
_STANDIN_FIRSTS = frozenset(w[0] for w in country_standins())

_MATTER_MAX = 6  # lower-case words of an envoy's matter ("các vấn đề chính trị")
_MATTER_LINKS = frozenset({"về", "trong"})
# how a matter in lower case opens: "về nước", "về nhà" after a post are a way home
_MATTER_OPENERS = (("vấn", "đề"), ("các", "vấn", "đề"), ("lĩnh", "vực"), ("các", "lĩnh", "vực"), ("quan", "hệ"))


def _matter_of(tokens: list[Token], e: int) -> int:
    """Tokens from e of "về" and the matter an envoy's or an aide's post is charged
    with (matter_posts.txt): a country or region ("về Syria", "về Trung Đông"), or
    lower-case words that may end in one ("về vấn đề Syria", "về các vấn đề chính
    trị"). It must close like an apposition (a mark, a clause word, a name or the
    sentence's end); else 0."""
    if e + 1 >= len(tokens) or tokens[e].text not in _MATTER_LINKS:
        return 0
    m = e + 1
    if tokens[e].text != "về" and tokens[m].is_cap:
        return 0  # "trong" only before a matter in words ("trong vấn đề thương mại")
    if not tokens[m].is_cap:
        opener = next((len(w) for w in _MATTER_OPENERS if match_words(tokens, m, w) == len(w)), 0)
        if not opener:
            return 0
        m += opener  # "các" would end the run as a clause word
    while m < len(tokens) and m - e <= _MATTER_MAX and tokens[m].is_word and not tokens[m].is_cap \
            and tokens[m].text.isalpha() and not clause_at(tokens, m):
        m += 1
    if m - e > _MATTER_MAX:
        return 0
    c = country_at(tokens, m)
    if not c and m < len(tokens) and tokens[m].is_cap and not name_at(tokens, m) and not foreign_name_at(tokens, m):
        # a region of two capitalised words ("Trung Đông", "Bán đảo Triều Tiên" is too long)
        c = 2 if m + 1 < len(tokens) and tokens[m + 1].is_cap and tokens[m + 1].is_word else 0
        c = c if m + c >= len(tokens) or not tokens[m + c].is_cap else 0
    m += c
    if m == e + 1:
        return 0
    if m < len(tokens) and not (tokens[m].text in _FUNCTION_CLOSE or clause_at(tokens, m) or name_at(tokens, m)
                                or foreign_name_at(tokens, m)):
        return 0
    return m - e


def _function_word_at(tokens: list[Token], m: int) -> int:
    """Tokens of a word of function_words.txt at m ("phụ trách", "đổi mới"); 0 if none."""
    return next((len(w) for w in function_words() if match_words(tokens, m, w) == len(w)), 0)


def _posted_at(tokens: list[Token], j: int, body_n: int, role: str) -> int:
    """Tokens after an envoy's or a mission's body tokens[j:j+body_n] that say whose
    mission it is and where it is held: "… của Việt Nam tại Liên hợp quốc", "… tại
    Việt Nam" (postings.txt); 0 if none, or if the body read says where already."""
    words = [t.text.lower() for t in tokens[j:j + body_n]]
    if role.lower() not in postings() and not any(" ".join(words[:m]) in postings() for m in (1, 2, 3, 4)):
        return _abroad_at(tokens, j, body_n)
    if any(t.text.lower() in {"tại", "ở"} for t in tokens[j:j + body_n]):
        return 0
    k = j + body_n
    if k + 1 < len(tokens) and tokens[k].text == "của":
        c = country_at(tokens, k + 1)
        if not c:
            return 0
        return 1 + c + posting_at(tokens, k + 1 + c, envoy=True)
    return posting_at(tokens, k, envoy=True)


def _abroad_at(tokens: list[Token], j: int, body_n: int) -> int:
    """Tokens of "tại"/"ở" and the country after a body whose name ends in its own
    country, one of that country's bodies abroad: "Đảng ủy Việt Nam tại Liên bang Nga",
    "Hội người Việt Nam ở Nhật Bản"; 0 if none."""
    e = j + body_n
    if e + 1 >= len(tokens) or tokens[e].text not in {"tại", "ở"} or body_n < 2:
        return 0
    if not any(country_at(tokens, q) == e - q for q in range(max(j + 1, e - 4), e)):
        return 0
    c = country_span(tokens, e + 1)
    return 1 + c if c else 0


_SEAT_LINKS = frozenset({"tại", "của"})


def _seat_of(tokens: list[Token], j: int, body_n: int) -> int:
    """Tokens of "tại"/"của" and the country or province after a body that names no
    place, closed like an apposition: where the body sits or whose it is ("Giám đốc
    Đại học X tại Việt Nam,", "Trưởng SOM ASEAN của Việt Nam đã …"); 0 if none."""
    e = j + body_n
    if e + 1 >= len(tokens) or tokens[e].text not in _SEAT_LINKS:
        return 0
    abroad = tokens[e].text == "tại"
    if any(place_index().match(tokens, q) or level_index().match(tokens, q) or (abroad and country_at(tokens, q))
           for q in range(j, e)):
        return 0  # "UBND tỉnh X tại …": the body says where it is already (an ASEAN body may be a country's)
    if abroad and _provincial(tokens[j:e]):
        return 0  # "Giám đốc Sở Y tế tại Hà Nội": a province's body has no seat elsewhere, "tại" is where it speaks
    c = country_at(tokens, e + 1) or (place_index().match(tokens, e + 1) or (0,))[0]
    if not c or not _function_closes(tokens, e + 1 + c):
        return 0
    return 1 + c


_DELEGATION = (("đoàn",), ("đơn", "vị"))


def _delegation(tokens: list[Token], j: int) -> int:
    """Length of the delegation a deputy is elected in, from j: "đoàn Hà Tĩnh", "đơn vị
    tỉnh Nghệ An" (after "đại biểu Quốc hội"); 0 if none."""
    for words in _DELEGATION:
        m = match_words(tokens, j, words)
        if m != len(words):
            continue
        place = place_index().match(tokens, j + m)
        n = place[0] if place else _level_span(tokens, j + m)
        return m + n if n else 0
    return 0


def _own_noun_body(tokens: list[Token], j: int, role: str) -> int:
    """Length of a body from j that opens with the role's own noun in lower case:
    "Vụ trưởng vụ Tài chính", "Đội trưởng đội CSGT" (the noun alone is no head,
    the name after it is). 0 otherwise."""
    words = role.lower().split()
    if len(words) < 2 or words[-1] != "trưởng" or tokens[j].text != words[-2] or name_at(tokens, j + 1):
        return 0
    if tokens[j + 1].text.isdigit():
        return 2  # "đội trưởng đội 11"
    rest = org_span(tokens, j + 1) if tokens[j + 1].is_cap else field_run(tokens, j + 1)
    return 1 + rest if rest else 0


# lower-case unit nouns that, after "Phó"/"Trưởng", may take a qualifier before the
# body they belong to: "Phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"
_QUALIFIED_UNITS = frozenset({"đoàn", "ban"})


def _qualified_unit(tokens: list[Token], j: int) -> int:
    """Length of a unit noun, a qualifier (post_qualifiers.txt) and the body after
    them from j ("đoàn chuyên trách Đoàn ĐBQH TP.HCM"); 0 if none."""
    if tokens[j].text.lower() not in _QUALIFIED_UNITS:
        return 0
    q = _qualifier_at(tokens, j + 1)
    if not q or j + 1 + q >= len(tokens) or not tokens[j + 1 + q].is_cap:
        return 0
    body = org_span(tokens, j + 1 + q)
    return 1 + q + body if body else 0


def _field_then_body(tokens: list[Token], j: int) -> int:
    """Length of a unit's field in lower case from j, and the body the unit is in
    after it ("ngoại Bệnh viện Phụ sản Nhi", "thận nhân tạo – Bệnh viện Bạch Mai"), or
    the field alone closed like an apposition; 0 if none."""
    r = 0
    while j + r < len(tokens) and r < 4 and tokens[j + r].is_word and not tokens[j + r].is_cap \
            and tokens[j + r].text.isalpha() and not clause_at(tokens, j + r):
        r += 1
    if not r:
        return 0
    k = j + r + (1 if j + r < len(tokens) and tokens[j + r].text in {"-", "–"} else 0)
    body = org_span(tokens, k) if k < len(tokens) and tokens[k].is_cap and body_index().match(tokens, k) else 0
    return k + body - j if body else field_run(tokens, j)


_FUNCTION_MAX = 9  # lower-case words of a function
# what closes a function (or its body) like an apposition, besides a clause word
_FUNCTION_CLOSE = frozenset({",", ".", ";", ")", "(", "-", "–", ":", "!", "?", '"', "“", "”"})
_OWNER_LINKS = frozenset({"của", "tại"})
_QUOTES = frozenset({"“", "”", '"'})


def _function_body(text: str, tokens: list[Token], j: int, unit_only: bool = False, owned: bool = False) -> int:
    """Tokens from j of a post's function or unit written in lower case and of the
    body it belongs to, after a role of function_posts.txt: "nhóm nghiên cứu vật liệu
    mới," (closed like an apposition), "truyền thông Công ty X", "điều hành hãng Y",
    "phụ trách chiến lược và chính sách của Z", "của dự án cấp nước W", "kinh doanh,"
    (a body after the comma is _parent_after's). 0 unless a mark, a clause word or
    the sentence's end closes it: an open run may be the sentence's own verb phrase.
    `unit_only`: the role is a bare "Trưởng"/"Phó" that a unit must follow ("trưởng
    nhóm nghiên cứu X"), not a function ("trưởng thiết kế"). `owned`: the role is a
    grade (_GRADES) that only a body makes a post ("cán bộ địa chính xã X", never a
    bare "cán bộ hưu trí")."""
    m = j
    if unit_only and not (_unit_noun_at(tokens, j) or _role_unit_at(tokens, j)):
        return 0  # "trưởng thiết kế": no unit, a profession's word
    while m < len(tokens) and m - j < _FUNCTION_MAX:
        t = tokens[m]
        if m > j and _unit_noun_at(tokens, m):
            owner = _owner_at(text, tokens, m)
            if owner:
                return m + owner - j  # "giám đốc điều hành hãng Y": the unit ends the function
        # a unit noun or a function's word that holds a clause word ("chương trình",
        # "sáng tạo") is read whole
        word = _unit_noun_at(tokens, m) or next(
            (len(w) for w in function_words() if match_words(tokens, m, w) == len(w)), 0)
        if word:
            m += word
            continue
        if t.is_cap or not t.is_word or not t.text.isalpha() or honorific_at(tokens, m) \
                or _post_role_at(tokens, m):
            break
        if t.text == "và" and m > j and m + 1 < len(tokens) and not tokens[m + 1].is_cap \
                and tokens[m + 1].text.isalpha() and not clause_at(tokens, m + 1) and not honorific_at(tokens, m + 1):
            m += 1  # "phụ trách chiến lược và chính sách": two fields of one function
            continue
        if clause_at(tokens, m):
            break
        m += 1
    if m >= len(tokens):
        return m - j
    t = tokens[m]
    if t.text in _OWNER_LINKS:
        owner = _owner_at(text, tokens, m + 1)
        return m + 1 + owner - j if owner else 0
    if m == j or tokens[m - 1].text == "và":
        return 0
    if t.is_cap:
        owner = _owner_at(text, tokens, m)
        return m + owner - j if owner else 0
    if t.text in _QUOTES:
        owner = _owner_at(text, tokens, m)
        if owner:
            return m + owner - j
    if owned:
        return 0
    return m - j if t.text in _FUNCTION_CLOSE or clause_at(tokens, m) else 0


def _at_grade_level(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a body's tokens name a level a grade is a post at (grade_levels.txt:
    "xã", "huyện" …, in any case), and no retiree's, honour's, firm's or bank's words
    (grade_blockers.txt, trade_heads.txt) stand in them."""
    levels, not_levels = grade_levels()
    if any(match_words(tokens, k, w) for k in range(start, end) for w in (*grade_blockers(), *trade_heads())):
        return False
    return any(match_words(tokens, k, lv) and not any(k >= o and match_words(tokens, k - o, no)
                                                       for no in not_levels for o in range(len(no)))
               for k in range(start, end) for lv in levels)


def _post_role_at(tokens: list[Token], k: int) -> bool:
    """Whether a role head that opens another post stands at k: any but a grade, which
    is a word of a function ("Phòng tổ chức cán bộ")."""
    role = role_at(tokens, k)
    return role is not None and role[1] not in _GRADES


def _role_unit_at(tokens: list[Token], k: int) -> int:
    """Tokens of a word of role_units.txt at k ("phòng", "nhóm"); 0 if none."""
    return next((n for n in (2, 1) if k + n <= len(tokens)
                 and tuple(t.text.lower() for t in tokens[k:k + n]) in role_units()), 0)


def _unit_noun_at(tokens: list[Token], k: int) -> int:
    """Tokens of a lower-case unit noun at k ("dự án", "công ty": unit_nouns.txt); 0 if none."""
    if k >= len(tokens) or tokens[k].exp[0] not in _unit_firsts():
        return 0  # the common case, without a walk over the list
    return next((len(w) for w in unit_nouns() if match_words(tokens, k, w) == len(w)), 0)


@lru_cache(maxsize=None)
def _unit_firsts() -> frozenset[str]:
    """First words of the unit nouns (unit_nouns.txt)."""
    return frozenset(w[0] for w in unit_nouns())


_LIST_REACH = 10  # tokens after a plural body's head within which its list goes on


def _listed_after(tokens: list[Token], j: int) -> bool:
    """Whether the names of a plural body go on as a list after j: a comma, "và" or a
    colon and a capitalised word within a few tokens ("các Bộ Công Thương, Giao thông Vận
    tải", "các Bộ: Công thương, …")."""
    for k in range(j, min(j + _LIST_REACH, len(tokens) - 1)):
        if tokens[k].text in {",", "và", ":"} and tokens[k + 1].is_cap:
            return True
        if not tokens[k].is_word and tokens[k].text not in {"-", "&"}:
            return False
    return False


@lru_cache(maxsize=None)
def _meeting_heads() -> tuple[tuple[str, ...], ...]:
    """The words of every meeting noun (meeting_kinds.tsv: "hội nghị", "đại hội" …)."""
    return tuple(tuple(k.vi.lower().split()) for k in meeting_kinds())


def _owner_stands(tokens: list[Token], k: int, n: int) -> bool:
    """Whether tokens[k:k+n] after a title's "của" name its own body: not a meeting
    (meeting_kinds.tsv: "Thủ tướng nước chủ nhà của Hội nghị G20"), not a head alone
    or one pointed back to (pointer_words.txt: "của Trường", "của BV này": the body is
    told elsewhere)."""
    if any(match_words(tokens, k, w) for w in _meeting_heads()):
        return False
    if k + n < len(tokens) and tokens[k + n].text in pointer_words():
        return False
    head = body_index().match(tokens, k)
    if head and head[0] == n:
        return False
    # one Vietnamese word is a head pointed back to ("của Trường"), not a firm's name ("của Apple", "của VFF")
    return not (n == 1 and not tokens[k].text.isupper() and vietnamese_syllable(tokens[k].text))


def _function_closes(tokens: list[Token], k: int) -> bool:
    """Whether a function's body ends at k: a mark, a clause word, the sentence's end,
    or a holder's name marked by its family and middle name ("Trưởng phòng kinh doanh
    Công ty X Nguyễn Văn A cho biết")."""
    if k >= len(tokens) or tokens[k].text in _FUNCTION_CLOSE:
        return True
    if not tokens[k].is_cap:
        return tokens[k].text not in _OWNER_LINKS and clause_at(tokens, k)
    return k + 1 < len(tokens) and tokens[k + 1].text.lower() in middle_names() and name_at(tokens, k) >= 3


def _owner_at(text: str, tokens: list[Token], k: int) -> int:
    """Tokens of the body a post's function belongs to, from k, closed like an
    apposition: a country, an organization ("Công ty X", "Bộ Y"), a firm's own name
    ("CVI", "Zalo") or a unit noun in lower case and the words of its name ("dự án cấp
    nước W"); 0 if none, or if a person, a title or an honorific stands there."""
    if k >= len(tokens) or name_at(tokens, k) or honorific_at(tokens, k) or role_at(tokens, k) is not None:
        return 0
    if tokens[k].text in _QUOTES:
        # "giám đốc tổ chức “Aerospace Knowledge”": a name in quotes, capitalised
        for q in range(k + 1, min(k + 12, len(tokens))):
            if tokens[q].text in _QUOTES:
                return q + 1 - k if q > k + 1 and tokens[k + 1].is_cap and _function_closes(tokens, q + 1) else 0
            if not tokens[q].is_word and tokens[q].text not in {"-", "&"}:
                return 0
        return 0
    c = country_span(tokens, k)
    if c:
        return c if _function_closes(tokens, k + c) else 0
    if tokens[k].is_cap:
        n = org_span(tokens, k, after_role=True)
        if n and k + n + 1 < len(tokens) and tokens[k + n].text in _OWNER_LINKS:
            # "Giám đốc phát triển Platform của Zalo": the unit, then the body it is in
            more = _owner_at(text, tokens, k + n + 1)
            return n + 1 + more if more else 0
        return n if n and _function_closes(tokens, k + n) else 0
    u = _unit_noun_at(tokens, k)
    if not u:
        return 0
    n = org_span(tokens, k, after_role=True)
    if n > u and _function_closes(tokens, k + n):
        return n  # "công ty TNHH X": a known head in lower case
    q = k + u
    while q < len(tokens) and q - k < _FUNCTION_MAX + u:
        t = tokens[q]
        if t.is_cap and t.is_word:
            if name_at(tokens, q) or role_at(tokens, q) is not None:
                return 0
            q += 1
            continue
        if not t.is_word or not t.text.isalpha() or clause_at(tokens, q) or honorific_at(tokens, q):
            break
        q += 1
    # "của công ty": a unit named by its noun alone is no body, the title is cut short
    return q - k if q > k + u and _function_closes(tokens, q) else 0


_CENTRAL = (("bộ", "chính", "trị"), ("trung", "ương"))


def _central_seat(role: str, span: list[Token]) -> bool:
    """Whether a title is a member's seat in the Politburo or the Party Central
    Committee ("Ủy viên Bộ Chính trị", "Ủy viên Ban Chấp hành Trung ương Đảng")."""
    if not role.startswith("Ủy viên"):
        return False
    words = [w for t in span for w in t.exp]
    return any(words[k:k + len(c)] == list(c) for c in _CENTRAL for k in range(len(words)))


def _term_number(word: str) -> bool:
    """Whether a word numbers a term: "XIV", "14"."""
    return word.isdigit() or (word.isupper() and set(word) <= set("IVXL"))


def _title_chain(text: str, tokens: list[Token], k: int) -> tuple[int, list[Title]]:
    """Titles from token k, separated by commas or dashes; returns the end index."""
    found: list[Title] = []
    while k < len(tokens):
        r = _rank_at(tokens, k)
        if r and k + r + 1 < len(tokens) and tokens[k + r].text == "," and role_at(tokens, k + r + 1):
            k += r + 1  # "Đại tá, Chỉ huy trưởng …": a rank in the list is no post
            continue
        t = title_at(text, tokens, k)
        if t is None:
            break
        title, k = t[1], k + t[0]
        if title.body is None and not title.past:
            # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" (or "-", or nothing between): the rank
            # and the post are one title
            c = 1 if k < len(tokens) and tokens[k].text in {",", "-", "–"} else 0
            post = title_at(text, tokens, k + c)
            if post and post[1].body is not None and not post[1].past \
                    and (title.role.lower(), post[1].role.lower()) in rank_posts():
                k += c + post[0]
                title = Title(text[tokens[k - c - post[0] - t[0]].start:tokens[k - 1].end], post[1].role,
                              post[1].body)
        parent = _parent_after(text, tokens, k, title)
        if parent:
            # "Trưởng phòng Cảnh sát hình sự, Công an tỉnh X", "Giám đốc, Công ty Y":
            # the body the unit (or the bare post) belongs to is part of the title
            span = text[tokens[k + 1].start:tokens[k + parent - 1].end]
            body = Org(f"{title.body.name}, {span}" if title.body else span,
                       title.body.kind if title.body else kind_of(tokens[k + 1:k + parent]))
            title = Title(text[tokens[k - t[0]].start:tokens[k + parent - 1].end], title.role, body, title.past)
            k += parent
        bracket = 0 if parent else _parent_in_brackets(text, tokens, k, title)
        if bracket:
            # "Cục trưởng Cục Y tế dự phòng (Bộ Y tế)": the unit's parent, set in brackets, is
            # written with the title; the unit stays the body (one node with its bare mentions)
            title = Title(text[tokens[k - t[0]].start:tokens[k + bracket - 1].end], title.role, title.body, title.past)
            k += bracket
            parent = bracket
        higher = 0 if parent else _higher_place_after(tokens, k, title)
        if higher:
            # "Chủ tịch UBND phường Minh Khai, quận Hai Bà Trưng": the ward's district is
            # part of its name as written
            at = tokens[k - 1].end
            end = tokens[k + higher - 1].end
            body = Org(text[at - len(title.body.name):end], title.body.kind)
            title = Title(text[at - len(title.text):end], title.role, body, title.past)
            k += higher
        found.append(title)
        if k + 1 < len(tokens) and tokens[k].text in {",", "–", "-"} and role_at(tokens, k + 1):
            k += 1
            continue
        break
    return k, _spread_level(_spread_place(_share_bodies(found)))


# the levels of a commune, and those right above it that a writer adds after a comma
_COMMUNE_LEVELS = frozenset({("xã",), ("phường",), ("thị", "trấn")})
_ABOVE_COMMUNE = frozenset({("huyện",), ("quận",), ("thị", "xã"), ("thành", "phố"), ("tp",)})
_DISTRICT_LEVELS = frozenset({("huyện",), ("quận",), ("thị", "xã"), ("thành", "phố")})
_ABOVE_DISTRICT = frozenset({("tỉnh",), ("thành", "phố"), ("tp",)})
# a commune's district, a district's province
_LEVEL_ABOVE = ((_COMMUNE_LEVELS, _ABOVE_COMMUNE), (_DISTRICT_LEVELS, _ABOVE_DISTRICT))
# what may follow the higher level's place and close it
_HIGHER_CLOSE = frozenset({",", ".", ";", ":", "(", ")", "-", "–"})
_HIGHER_WORDS = 4  # words of the level and its place, abbreviations written out


def _higher_place_after(tokens: list[Token], k: int, title: Title) -> int:
    """Length of ", <district level> <place>" at k after a title whose body ends in a
    commune or a ward and its name ("Chủ tịch UBND phường Minh Khai, quận Hai Bà
    Trưng (Hà Nội) cho biết", "Bí thư Đảng ủy xã A, huyện B, …"): the district the
    commune is in, written as part of the body; likewise ", <province level> <place>"
    after a district's ("Phó trưởng Công an huyện Krông Pắk, tỉnh Đắk Lắk cho biết"). Only one level, and only when a mark,
    a clause word or the sentence's end closes its place (no holder's name runs on)."""
    if title.body is None or k + 2 >= len(tokens) or tokens[k].text != ",":
        return 0
    lv = level_index().match(tokens, k + 1)
    if lv is None:
        return 0
    btoks = tokenize(title.body.name)
    q = len(btoks) - 1
    while q > 0 and (btoks[q].is_cap or btoks[q].text.isdigit()):
        q -= 1  # back over the commune's (or district's) name to its level word
    if q == len(btoks) - 1:
        return 0
    # the level the body ends in gives the one above it that may follow
    above = next((up for lows, up in _LEVEL_ABOVE if any(
        q - len(c) + 1 >= 0 and tuple(t.text.lower() for t in btoks[q - len(c) + 1:q + 1]) == c for c in lows)), None)
    if above is None or tuple(w for t in tokens[k + 1:k + 1 + lv[0]] for w in t.text.lower().split()) not in above:
        return 0
    m = k + 1 + lv[0]
    if m < len(tokens) and tokens[m].text.isdigit() and len(tokens[m].text) <= 2:
        n = 1  # "quận 8"
    else:
        hit = place_index().match(tokens, m)
        n = hit[0] if hit else 0
        while not hit and m + n < len(tokens) and n < 4 and tokens[m + n].is_cap and tokens[m + n].text.isalpha():
            n += 1
    e = m + n
    if not n or name_at(tokens, m) >= 3 or sum(len(t.exp) for t in tokens[k + 1:e]) > _HIGHER_WORDS:
        return 0  # a long one ("TP Hồ Chí Minh") would outweigh the post it qualifies
    if e < len(tokens) and not (tokens[e].text in _HIGHER_CLOSE or clause_at(tokens, e)):
        return 0
    return e - k


# a level's words before a province's name, and the Party committee of that level:
# both keyed by the level ("tỉnh", "thành phố", …)
_LEVEL_OF = {("tỉnh",): "tỉnh", ("tỉnh", "ủy"): "tỉnh", ("thành", "phố"): "thành phố",
             ("thành", "ủy"): "thành phố", ("huyện",): "huyện", ("huyện", "ủy"): "huyện",
             ("quận",): "quận", ("quận", "ủy"): "quận", ("thị", "xã"): "thị xã", ("thị", "ủy"): "thị xã"}
# a state body written bare in a list ("Chủ tịch HĐND, …"): the level and place follow it
_BARE_STATE = frozenset({("hội", "đồng", "nhân", "dân"), ("ủy", "ban", "nhân", "dân")})


def _level_before(toks: list[Token], q: int) -> str | None:
    """The level the one or two words before token q write ("tỉnh", "Tỉnh ủy", "TP"); None if none."""
    words = [w for t in toks[max(0, q - 2):q] for w in t.exp]
    for n in (2, 1):
        if len(words) >= n and tuple(words[-n:]) in _LEVEL_OF:
            return _LEVEL_OF[tuple(words[-n:])]
    return None


def _place_at_end(toks: list[Token]) -> int | None:
    """Index of the place a body's name ends with: a gazetteer place, or the
    capitalised name (one to four words) a level word opens ("huyện Tân Lạc", "xã
    Nậm Ban"); None if none."""
    q = next((q for q in range(len(toks) - 1, 0, -1)
              for hit in [place_index().match(toks, q)] if hit and q + hit[0] == len(toks)), None)
    if q is not None:
        return q
    for q in range(len(toks) - 1, max(0, len(toks) - 5), -1):
        if not (toks[q].is_cap and toks[q].text.isalpha()):
            return None
        if _level_before(toks, q):
            return q
    return None


_PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố"})


def _provincial(bt: list[Token]) -> bool:
    """Whether a body's name is a province's own body named without its place
    (provincial_heads.txt: "Sở Nội vụ", "Công an"): no place, no level in it."""
    words = tuple(w.lower() for t in bt for w in t.exp)
    if not any(words[:len(h)] == h for h in provincial_heads()):
        return False
    return not any(place_index().match(bt, q) or level_index().match(bt, q) for q in range(len(bt)))


# the place's own council, committee, Party committee or police, before its level word:
# the last post of a list whose place the bare roles before it share
_LOCAL_HEADS = r"(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Đảng ủy|Đảng bộ|Công an)"


@lru_cache(maxsize=None)
def _local_own() -> re.Pattern[str]:
    """_LOCAL_HEADS before a level of grade_levels.txt (a commune's or a district's)."""
    levels = "|".join(re.escape(" ".join(lv)) for lv in sorted(grade_levels()[0], key=len, reverse=True))
    return re.compile(_LOCAL_HEADS + r"\s+(?:" + levels + r")\b", re.IGNORECASE)


def _spread_level(found: list[Title]) -> list[Title]:
    """Spread the commune or district the last title of a list names, from its level
    word on, to the bare roles before it that are that place's own (level_roles.txt):
    "Trưởng công an, Đảng ủy viên, đại biểu HĐND xã X, huyện Y" → "Trưởng công an xã X,
    huyện Y", "Đảng ủy viên xã X, huyện Y"."""
    if len(found) < 2 or found[-1].body is None or not any(
            t.body is None and t.role.lower() in level_roles() for t in found[:-1]):
        return found
    if not _local_own().search(found[-1].text):
        return found  # "Đảng ủy viên, Giám đốc Trung tâm Y tế huyện X": a unit in the district, not its own
    last = found[-1].body.name
    toks = tokenize(last)
    levels, _ = grade_levels()  # a commune's and a district's
    at = next((q for q in range(len(toks)) for lv in levels for n in [match_words(toks, q, lv)]
               if n and q + n < len(toks) and toks[q + n].is_cap), None)
    if at is None:
        return found
    tail = last[toks[at].start:]
    return [Title(f"{t.text} {tail}", t.role, Org(tail, None), t.past)
            if t.body is None and t.role.lower() in level_roles() else t for t in found[:-1]] + [found[-1]]


def _spread_place(found: list[Title]) -> list[Title]:
    """Spread the province the last title of a list names to the earlier titles of
    the same level written without it (a reader spreads shared words): "Bí thư Tỉnh
    ủy, Chủ tịch HĐND tỉnh Hà Tĩnh" → "Bí thư Tỉnh ủy Hà Tĩnh"; "Chủ tịch HĐND, Trưởng
    ban Tuyên giáo Tỉnh ủy Cà Mau" → "Chủ tịch HĐND tỉnh Cà Mau"; a province's own
    body named bare ("Phó Giám đốc Sở Nội vụ, Trưởng ban Thi đua tỉnh X") takes the
    province and its level."""
    if len(found) < 2 or found[-1].body is None:
        return found
    last = found[-1].body.name
    toks = tokenize(last)
    q = _place_at_end(toks)
    level = _level_before(toks, q) if q else None
    if level is None:
        return found
    place = last[toks[q].start:]
    if any(t.body is not None and place_index().match(tokenize(t.body.name), len(tokenize(t.body.name)) - 1)
           or (t.body is not None and t.body.name.endswith(place)) for t in found[:-1]):
        # "… Trưởng ban X Thành ủy TP.HCM, Trưởng ban Y Thành ủy, Bí thư Thành ủy TP.HCM":
        # a writer who names the place title by title leaves it out on purpose
        return found
    out = []
    for t in found[:-1]:
        add = None
        if t.body is not None:
            bt = tokenize(t.body.name)
            if _level_before(bt, len(bt)) == level and not place_index().match(bt, len(bt) - 1):
                add = place  # "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"
            elif len(bt) == 1 and bt[0].exp in _BARE_STATE:
                add = f"{level} {place}"  # "Chủ tịch HĐND"
            elif level in _PROVINCE_LEVELS and _provincial(bt):
                add = f"{level} {place}"  # "Phó Giám đốc Sở Nội vụ"
        out.append(Title(f"{t.text} {add}", t.role, Org(f"{t.body.name} {add}", t.body.kind), t.past)
                   if add else t)
    return out + [found[-1]]


_WHOLE_BODIES = frozenset({"StateBody", "CentralBody", "PartyCommittee"})
_PARENT_CLOSE = frozenset({",", ".", ";", ")", "-", "–", ":", "!", "?"})


# a level's word that is a field's, its next word in lower case ("Ban Văn hóa – Xã hội"): no place named
_FIELD_LEVELS = frozenset({("xã", "hội")})


def _names_a_place(btoks: list[Token]) -> bool:
    """Whether a body's tokens name a place or a level ("UBND xã A", "Công an tỉnh"), a
    field's word ("Xã hội") aside."""
    for q in range(len(btoks)):
        if place_index().match(btoks, q):
            return True
        if level_index().match(btoks, q) and not (
                tuple(t.text.lower() for t in btoks[q:q + 2]) in _FIELD_LEVELS and btoks[q + 1].text.islower()):
            return True  # ("xã Hội Sơn", its second word capitalised, is a commune)
    return False


def _parent_after(text: str, tokens: list[Token], k: int, title: Title, before_name: bool = False) -> int:
    """Length of ", <body>" at k that names the body a title's unit belongs to
    ("…, Công an tỉnh X"), or the body of a bare post ("Giám đốc, Công ty Y"); 0 if
    none. The body must have a known head and close like an apposition (a mark or a
    clause word after it), the title's own body must name no place yet, and a list of
    bodies ("…, Sở Y tế, Sở Tài chính") or a next post is no such body. `before_name`: the
    holder's name follows the body (_parent_before_name found it), which closes it."""
    if k + 2 >= len(tokens) or tokens[k].text != "," or role_at(tokens, k + 1) or _former_at(tokens, k + 1):
        return 0
    if (title.past and title.body is None) or (title.body is None and title.role.lower() in standalone_posts()):
        return 0
    if title.body is not None:
        btoks = tokenize(title.body.name)
        if _names_a_place(btoks):
            return 0  # "Chủ tịch UBND xã A, huyện B": the place is named already
    if title.body is not None and title.body.kind in _WHOLE_BODIES:
        return 0  # "Chủ nhiệm Văn phòng Chính phủ, UBND …": such a body belongs to no other
    # "…, trường Đại học Xây dựng Hà Nội": a school written with its "trường" in lower case
    lead = 1 if tokens[k + 1].text == "trường" and tokens[k + 2].is_cap else 0
    hit = org_at(text, tokens, k + 1 + lead)
    if hit is None or name_at(tokens, k + 1 + lead) or any(t.text == "và" for t in tokens[k + 1:k + 1 + lead + hit[0]]):
        return 0  # "…, UBND tỉnh và Công ty X": bodies listed, not the one the post is in
    hit = (hit[0] + lead, hit[1])
    if title.past and (hit[1].kind in _NOW_AT_KINDS or (title.body is not None and _same_head(title.body.name, hit[1].name))):
        # a former post's unit, then where its holder is now or was next ("nguyên Phó Vụ trưởng
        # Vụ X, Hiệp hội các trường ĐH", "nguyên Bộ trưởng Bộ Lao động, Bộ Tài chính"): no parent
        return 0
    e = k + 1 + hit[0]
    if before_name:
        return 1 + hit[0]
    if e < len(tokens) and not (tokens[e].text in _PARENT_CLOSE or clause_at(tokens, e)):
        return 0
    if e + 1 < len(tokens) and tokens[e].text == "," and title.body is not None and org_at(text, tokens, e + 1):
        return 0  # a list of bodies; a bare post's is the first ("Phó Cục trưởng, Cục X, Tổng cục Y")
    return 1 + hit[0]


_BRACKET_PARENT_MAX = 4  # words of a parent body in brackets: a short one ("(Sở TN-MT)", "(Bộ Y tế)")
_DIVISION_PARENT_MAX = 9  # … of a division's parent ("(Trung tâm Bảo tồn di tích cố đô Huế)")


def _is_division(title: Title) -> bool:
    """Whether a title's unit is a division of an agency (division_units.txt): the role
    ends with its word ("Trưởng phòng", "Phó Trưởng khoa") or the body opens with it."""
    role = tuple(title.role.lower().split())
    body = tuple(title.body.name.lower().split()) if title.body else ()
    units = division_units()
    # (a word that only looks like one: a clinic, "Phòng khám …"; an office, "Chánh văn phòng Cục X")
    if any(body[:len(w)] == w or role[-len(w):] == w for w in not_divisions()):
        return False
    return bool(role and role[-1] in units or body and body[0] in units)


def _parent_in_brackets(text: str, tokens: list[Token], k: int, title: Title) -> int:
    """Length of "(<body>)" at k that names the body a title's unit belongs to ("Cục
    trưởng Cục Chống tham nhũng (Thanh tra Chính phủ)"), brackets included; 0 if none.
    The body has a known head, two to four words written out (no acronym, no number),
    no name word of the unit's own (its short name is no parent), and closes the
    brackets; the title's own body is a unit (no whole state body, no place yet).
    Readers differ on such brackets; a short parent kept is still the post they write."""
    if k + 3 >= len(tokens) or tokens[k].text != "(" or title.body is None or title.past \
            or title.body.kind in _WHOLE_BODIES:
        return 0
    btoks = tokenize(title.body.name)
    if _names_a_place(btoks):
        return 0
    hit = org_at(text, tokens, k + 1)
    if hit is None or name_at(tokens, k + 1):
        return 0
    e = k + 1 + hit[0]
    words = sum(1 for t in tokens[k + 1:e] if t.is_word)
    # written out in words: an acronym's expansion ("Sở TN&MT") is a long name
    acronym = any(t.text.isupper() and len(t.text) > 1 or not t.text.isalpha() for t in tokens[k + 1:e])
    # a division of an agency ("phòng", "khoa") keeps any parent: its own name does not say where it is
    division = _is_division(title)
    if e >= len(tokens) or tokens[e].text != ")" or (acronym and not division) \
            or not 2 <= words <= (_DIVISION_PARENT_MAX if division else _BRACKET_PARENT_MAX) \
            or _same_head(title.body.name, hit[1].name):
        return 0
    # the unit's own short name is no parent ("Công ty CP Tập đoàn Vina Megastar (Tập đoàn Megastar)"):
    # its head is in the unit's name, and so is a name word after it
    head = body_index().match(tokens, k + 1)
    n = head[0] if head else 0
    own = btoks
    head_words = tuple(w for t in tokens[k + 1:k + 1 + n] for w in t.exp)
    if n and any(match_words(own, q, head_words) for q in range(len(own))) \
            and any(t.is_cap and t.text in {o.text for o in own} for t in tokens[k + 1 + n:e]):
        return 0
    return e - k + 1


# bodies a former post's holder may be at now, named after it, rather than its unit's parent
_NOW_AT_KINDS = frozenset({"MassOrganization"})


def _same_head(a: str, b: str) -> bool:
    """Whether two bodies' names open with the same head ("Bộ Lao động", "Bộ Tài chính")."""
    ha, hb = body_index().match(tokenize(a), 0), body_index().match(tokenize(b), 0)
    return ha is not None and hb is not None and a.split()[:ha[0]] == b.split()[:hb[0]]


# Bodies that a title may leave unfinished when the next title of the list names
# the committee they belong to: "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy"
# is a member of the Thành ủy's Standing Committee.
_MEMBER_BODIES = frozenset({"StandingCommittee", "ExecutiveCommittee"})
_GENERIC_PARTY = frozenset({("đảng", "ủy"), ("đảng", "bộ"), ("chi", "bộ")})
# bodies at the level of a commune's or a province's Party committee, not inside it
_BESIDE_PARTY = frozenset({"PeoplesCommittee", "PeoplesCouncil", "FatherlandFront", "MassOrganization",
                           "PartyCommittee", "PartyOrganization", "PartyCell", "StandingCommittee",
                           "ExecutiveCommittee", "InspectionCommission", "PartyCommission"})


# state bodies a Party delegation (Ban cán sự đảng) is spread from: a ministry's or an
# agency's ("Bộ X"); a province's delegation is written bare ("Bí thư Ban cán sự đảng,
# Chủ tịch UBND tỉnh" keeps its "Bí thư Ban cán sự đảng")
_STATE_KINDS = frozenset({"StateAgency"})
# words of an agency's name short enough to spread ("Bộ Xây dựng"); a long one ("Viện
# Kiểm sát nhân dân tối cao") is left to the post that names it
_SHORT_AGENCY = 4


def _share_bodies(found: list[Title]) -> list[Title]:
    """Spread the committee a later title of the list names to an earlier title
    whose body is only a bare head ("Ủy viên BTV, Trưởng Ban Dân vận Tỉnh ủy" →
    "Ủy viên BTV Tỉnh ủy"; "Bí thư Đảng ủy, Giám đốc Sở Y tế" → "Bí thư Đảng ủy Sở Y tế")."""
    if len(found) < 2:
        return found
    for n, t in enumerate(found[:-1]):
        if t.body is None and t.role == "Bí thư" and found[n + 1].body is not None and found[n + 1].role == "Chủ tịch":
            # "Bí thư kiêm Chủ tịch UBND huyện X", "nguyên Bí thư, nguyên Chủ tịch tỉnh Y": the
            # secretary of that place, as readers write it ("Bí thư huyện X"; 4 of 4 held-out rows);
            # not before another post of the place's government ("Bí thư, Chánh Văn phòng UBND tỉnh")
            place = _local_place(found[n + 1].body.name)
            if place:
                found[n] = Title(f"{t.text} {place}", t.role, Org(place, None), t.past)
            continue
        if t.body is None:
            continue
        btoks = tokenize(t.body.name)
        if tuple(w.lower() for tok in btoks for w in tok.exp) in boards():
            # "Chủ tịch HĐQT, Tổng giám đốc Công ty X": the firm's board
            later = next((u for u in found[n + 1:] if u.body is not None), None)
            if later is not None and _firm_like(later.body):
                name = later.body.name
                found[n] = Title(f"{t.text} {name}", t.role, Org(f"{t.body.name} {name}", later.body.kind), t.past)
            continue
        hit = body_index().match(btoks, 0)
        if not hit or hit[0] != len(btoks):
            continue
        member = hit[1] in _MEMBER_BODIES
        party = tuple(w for tok in btoks for w in tok.exp) in _GENERIC_PARTY
        later = next((u for u in found[n + 1:] if u.body is not None), None)
        if hit[1] == "PartyDelegation" and later is not None and (later.body.kind in _SHARED_KINDS or (
                later.body.kind in _STATE_KINDS
                and sum(len(tok.exp) for tok in tokenize(later.body.name)) <= _SHORT_AGENCY)):
            # "Ủy viên Ban cán sự đảng, Thứ trưởng Bộ X": the delegation is the state body's;
            # "Phó bí thư Đảng đoàn, Phó chủ tịch UB Trung ương MTTQ": the Front's, an association's
            name = later.body.name
            found[n] = Title(f"{t.text} {name}", t.role, Org(f"{t.body.name} {name}", t.body.kind), t.past)
            continue
        if not (member or party):
            continue
        suffix = _committee_of(later.body.name, party) if later else None
        if suffix and party and hit[1] == "PartyCell" and not body_index().match(tokenize(suffix), 0):
            suffix = None  # a cell is inside a unit ("Chi bộ Trường X"), not a level's ("huyện Y")
        if suffix:
            found[n] = Title(f"{t.text} {suffix}", t.role, Org(f"{t.body.name} {suffix}", t.body.kind), t.past)
    return found


def _local_place(name: str) -> str | None:
    """The level and place a local government's name ends with ("huyện X" of "UBND huyện X",
    "phường Y, quận 1" of itself), or None when the name is no such government's."""
    toks = tokenize(name)
    head = body_index().match(toks, 0)
    q = head[0] if head and head[1] in ("PeoplesCommittee", "PeoplesCouncil") else 0
    if q < len(toks) and level_index().match(toks, q) and q + 1 < len(toks):
        return name[toks[q].start:]
    return None


# a body's name that opens with an acronym of three capitals or more ("TTXVN", "THADS Hà Nội")
_ACRONYM_BODY = re.compile(r"[A-ZĐ]{3,}(?![\w.])")


def _committee_of(name: str, party: bool) -> str | None:
    """The part of a body's name that names the committee it belongs to: its last
    Party committee ("Ban Tuyên giáo Thành ủy" → "Thành ủy"); for a bare Party head,
    also a state body's whole name or the level and place ("UBND xã Hòa Phú" → "xã Hòa Phú")."""
    toks = tokenize(name)
    first = body_index().match(toks, 0)
    if party and first and first[1] not in _BESIDE_PARTY:
        return name
    if party and not first and _ACRONYM_BODY.match(name) and not level_index().match(toks, 0) \
            and not _is_place_name(name):
        # "Bí thư Đảng ủy, Tổng Giám đốc TTXVN": an agency or a firm known by its acronym
        return name
    for q in range(len(toks) - 1, 0, -1):
        h = body_index().match(toks, q)
        if h and h[1] == "PartyCommittee" and q + h[0] <= len(toks):
            return name[toks[q].start:]
    if party:
        for q in range(1, len(toks)):
            if level_index().match(toks, q):
                return name[toks[q].start:]
    return None


_TAKES_POST = re.compile(
    r"^\s*(?:[,–-]\s*(?:người\s+)?)?(?:trước đây\s+|trước đó\s+)?"
    # "A, khi đó là …", "A khi còn làm …", "A, lúc này đang là …": a post held then (kept plain, marked past)
    r"(?:(?:khi|lúc|hồi|thời điểm)\s+(?:đó|ấy|này|bấy giờ|(?:ông\s+|bà\s+)?còn)\s+)?(?:đã\s+|vừa\s+)?"
    # an appointing verb only passive ("A được bổ nhiệm làm X"): "A bổ nhiệm làm X" is A appointing
    r"(?:được\s+(?:tín nhiệm\s+)?(?:bầu|bầu làm|bầu giữ chức|bổ nhiệm|bổ nhiệm giữ chức|bổ nhiệm làm|"
    r"chỉ định|chỉ định giữ chức|chỉ định làm|điều động giữ chức|phân công giữ chức)"
    r"|(?:được\s+)?(?:tín nhiệm\s+)?(?:tái đắc cử|đắc cử|tái cử|giữ chức vụ|giữ chức|"
    r"tiếp tục giữ chức|kiêm nhiệm|kiêm|từng giữ chức|(?:đang\s+|hiện\s+|hiện đang\s+|nay\s+|từng\s+|nguyên\s+)?(?:là|làm)))"
    r"(?:\s+(?:giữ chức(?:\s+vụ)?|làm|chức|chức vụ))?\s+(?=[A-ZĐÀ-Ỹ])",
    re.IGNORECASE)


def _verb_words(verb: str) -> list[str]:
    """The words of what stands between a name and its post, less the comma or dash
    that opens it ("- khi đó là", ", người từng là")."""
    return re.sub(r"[,–-]", " ", verb.lower()).split()


def _copula_only(verb: str) -> bool:
    """Whether the words before a post are only "là"/"làm" (and "đang", "hiện"), no
    verb of election or appointment."""
    return set(_verb_words(verb)) <= {"là", "làm", "đang", "hiện", "nay", "đã", "vừa", "người", "từng",
                                      "trước", "đây", "đó", "khi", "lúc", "hồi", "ấy", "bấy", "này",
                                      "thời", "điểm", "giờ", "còn", "ông", "bà", "nguyên"}


def _says_past(verb: str) -> bool:
    """Whether the words before a post say it was held before and is no longer: a
    word of past_verbs.txt among them ("từng giữ chức", "kinh qua")."""
    words = _verb_words(verb)
    if words[:2] == ["thời", "điểm"]:
        words = ["khi"] + words[2:]  # "thời điểm đó là …" says "khi đó là …"
    if words[:1] in (["khi"], ["lúc"], ["hồi"]) and len(words) > 1 and words[1] in {"đó", "ấy", "bấy", "còn", "ông", "bà"}:
        return True  # "khi đó là …", "khi còn làm …": the post of that time
    return any(tuple(words[k:k + len(w)]) == w for w in past_verbs() for k in range(len(words)))


def _token_at(tokens: list[Token], offset: int) -> int | None:
    """The index of the token that starts at a character offset."""
    return next((k for k, t in enumerate(tokens) if t.start == offset), None)


_LIST_WORDS = {"và", "có", "cùng", "gồm", "là", "với"}


_APPOSITION_CLOSE = frozenset({",", ")", "–", "-", ".", ";", ":"})


def _titled_name(text: str, tokens: list[Token], i: int) -> int:
    """A name whose family name the gazetteer lacks, known by what follows it:
    two to four capitalised syllables, then ", <title>" ("Sền Mí Chư, Tỉnh ủy viên")."""
    after_word = i > 0 and tokens[i - 1].is_word and tokens[i - 1].text.lower() not in _LIST_WORDS
    n = name_at(tokens, i, after_honorific=True)
    vietnamese = n and all(vietnamese_syllable(t.text) for t in tokens[i:i + n])
    if after_word and (vietnamese or tokens[i - 1].is_cap and tokens[i - 1].text not in not_name_words()):
        return 0  # "Công ty Bóng đèn Điện Quang, Bí thư …": the end of a name of a thing
    if not vietnamese:
        # "Donald Trump, Tổng thống Mỹ", "Xổm-xạy Phôm-vi-hản, Thủ tướng Lào": a foreign
        # name is its holder only before a foreign post (a country's or a national one)
        n = foreign_name_at(tokens, i)
        if not (n and i + n + 1 < len(tokens) and tokens[i + n].text in {",", "–", "-"}) \
                or " ".join(t.text.lower() for t in tokens[i:i + n]) in press_names():
            return 0
        new = _new_at(tokens, i + n + 1)
        t = title_at(text, tokens, i + n + 1 + new)
        if not t or not (_ends_in_country(t[1]) or t[1].role.lower() in standalone_posts()
                         or (_aide_role(t[1].role) and t[1].body is not None and _serves_a_post(t[1].body.name))):
            return 0
        end = i + n + 1 + new + t[0]
        # an apposition closes ("A, Thủ tướng Đức, cho biết"), or goes on with "đồng thời
        # là"; a post that goes on into a verb is the subject of a new clause ("Theo
        # Bangkok Post, Thủ tướng Thái Lan đã …")
        return n if end >= len(tokens) or tokens[end].text in _APPOSITION_CLOSE \
            or match_words(tokens, end, _ALSO) else 0
    if " ".join(t.text.lower() for t in tokens[i:i + n]) in press_names():
        return 0  # "trao đổi với Đất Việt, Phó Giám đốc …": the paper spoken to
    if 2 <= n <= 4 and i + n + 1 < len(tokens) and tokens[i + n].text in {",", "–", "-"} \
            and role_at(tokens, i + n + 1 + _new_at(tokens, i + n + 1)):
        return n
    return 0


def _last_apposed_role(tokens: list[Token]) -> int:
    """The last token that is ",", "–" or "-" before a role's first word; -1 if
    none. _titled_name finds a name at i only before such a token (after i)."""
    firsts = _role_firsts()
    # read from the end: the first hit is the last one
    for p in range(len(tokens) - 2, -1, -1):
        if tokens[p].text in _APPOSED and (tokens[p + 1].exp[0] in firsts or tokens[p + 1].text == "tân"):
            return p
    return -1


_APPOSED = frozenset({",", "–", "-"})


def _shared_title_list(text: str, tokens: list[Token], k: int, shared: list[Title], index: int,
                       persons: list[str], positions: list[Position], own_titles: bool = True) -> int:
    """Names after "TITLE:", each holding the shared titles (and any of their own,
    before or after the name). A ";" before an item with its own title ends the
    list: "nguyên Tổng Bí thư: A, B; Chủ tịch nước C" — C is no Tổng Bí thư. Without
    own_titles (no ":" opened the list) an item with a title of its own ends it:
    "các Bộ trưởng Bộ X A, Bộ trưởng Bộ Y B" — B is no Bộ trưởng Bộ X."""
    after_semicolon = False
    titled = False  # an item so far had posts of its own: the list is one of such items
    first_sep: str | None = None  # what the list's first items are parted by
    while k < len(tokens):
        start = k
        own_first: list[Title] = []
        if role_at(tokens, k) or _former_at(tokens, k):
            # "các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Xây dựng A, Bí thư Tỉnh ủy B"
            k2, own_first = _titles_from(text, tokens, k)
            own_first = [t for t in own_first if _post_before_name(t)]
            if (after_semicolon and not (titled and first_sep == ";")) or not own_first or not own_titles:
                # "…: A, B; Chủ tịch nước C": after bare names, or after items parted by commas, a
                # titled item after ";" is another group ("…: A - Phó Chủ tịch Quốc hội; Bộ trưởng
                # Bộ X B": in a list of titled items parted by ";", the next member)
                return start
            k = k2
            if not name_at(tokens, k + lead_in(tokens, k), after_honorific=True):
                # the own title was read short of its name: the name still holds
                # the shared title, found before the item's end
                k = _name_ahead(tokens, k)
                own_first = []
                if k < 0:
                    return start
        h = lead_in(tokens, k)
        n = name_at(tokens, k + h, after_honorific=True)
        n = max(n, foreign_name_at(tokens, k + h))  # "Barack X và George W. Y": a foreign name read whole
        if not n:
            return start
        name = person_name(tokens, k + h, n)
        persons.append(name)
        positions.extend(Position(name, t, index) for t in [*shared, *own_first])
        titled = titled or bool(own_first)
        k += h + n
        if k < len(tokens) and tokens[k].text in _OPENERS - {":"}:
            k2, own = _chain_after_name(text, tokens, k + 1)
            titled = titled or bool(own)
            if own:
                positions.extend(Position(name, t, index) for t in own)
                k = _rest_of_item(tokens, k2) if after_semicolon or _semicolon_list(tokens, k2) else k2
        if k < len(tokens) and (tokens[k].text in {",", ";"} or tokens[k].text.lower() == "và"):
            after_semicolon = tokens[k].text == ";"
            if first_sep is None and tokens[k].text in {",", ";"}:
                first_sep = tokens[k].text
            k += 1
            continue
        break
    return k


def _semicolon_list(tokens: list[Token], k: int) -> bool:
    """Whether a ";" stands after k in the sentence: its list's items end so."""
    return any(t.text == ";" for t in tokens[k:])


def _rest_of_item(tokens: list[Token], k: int) -> int:
    """In a ";" list, the ";" that ends the item whose titles were read up to k, when
    their last body goes on in words the reader stopped at ("Vụ trưởng Vụ Tài chính
    các Ngân hàng và tổ chức tài chính, Bộ Tài chính; B, …"): up to 15 tokens
    naming no one and ending no sentence. k itself otherwise."""
    if k >= len(tokens) or tokens[k].text in {",", ";"}:
        return k
    for j in range(k, min(k + 15, len(tokens))):
        if tokens[j].text == ";":
            return j
        if tokens[j].text in {".", ":", "!", "?"} or lead_in(tokens, j) or name_at(tokens, j):
            return k
    return k


def may_name_someone(text: str) -> bool:
    """Whether a text has two capitalised words in a row, as every person name
    is. A cheap superset (any word with a capital before one that starts with a
    capital): most sentences name no one, and the token walk would find nothing."""
    after_capital = False
    for word in text.split():
        if after_capital and word[0].isupper():
            return True
        after_capital = not word.islower()
    # a regnal post's one-name holder ("Nhật hoàng Akihito thoái vị"): no two capitals in a row
    low = text.lower()
    return any(post in low for post in regnal_posts())


@lru_cache(maxsize=None)
def _holder_cue() -> re.Pattern[str]:
    """The first two words of all a person or a post of extract_positions' walk can
    start at — a role head, a country's head, a regnal post, an honorific, a rank,
    "nguyên"/"cựu"/"phó"/"quyền" — and the abbreviations that spell one, lower-cased."""
    starts = {" ".join(w[:2]) for w, _ in role_heads()}
    starts |= {" ".join(r.lower().split()[:2]) for r in _country_head_roles()}
    starts |= {" ".join(p.split()[:2]) for p in regnal_posts()}
    starts |= {" ".join(h[:2]) for h in HONORIFICS}
    # a word joined to the next by a mark, no space between: "Xăm-đéc" is read from its first word
    starts |= {h[0] for h in HONORIFICS if len(h) > 1 and not h[1].isalnum()}
    # a role's first word before an abbreviation of its next words: "Chánh VP" (văn phòng)
    spelled_by: dict[tuple[str, ...], list[str]] = {}
    for k, words in expansions().items():
        spelled_by.setdefault(words, []).append(k.lower())
    for w, _ in role_heads():
        for m in range(1, len(w)):
            starts |= {f"{w[0]} {k}" for k in spelled_by.get(w[1:1 + m], ())}
    starts |= {" ".join(r.lower().split()[:2]) for r in ranks()}
    starts |= _PAST | _FORMER | {"phó", "quyền"}
    # an abbreviation that spells one of them ("CT", "ĐBQH", "UVTW"), not one that only
    # shares a first word with one ("UBND": "ủy ban", not "ủy viên"; "TƯ"; "TP")
    starts |= {k.lower() for k, words in expansions().items()
               if " ".join(words[:2]) in starts or words[0] in starts}
    return re.compile(r"(?<!\w)(?:" + trie_alternation(starts) + r")(?!\w)")


# a capitalised word before another: where a name without a lead-in may begin
_CAPITAL_PAIR = re.compile(rf"(?<!\w)([{UPPER}]\w*)(?=\s+[{UPPER}])")


def may_hold_or_name(text: str) -> bool:
    """Whether the walk of extract_positions may find anything in a text: it names a
    role, an honorific or a rank (_holder_cue), or has a family name before a
    capitalised word. A cheap superset, asked after may_name_someone: of the sentences
    with two capitals in a row, two in five have neither (a place, a club, a firm), and
    their tokens were read for nothing (on the 358,040 such sentences of baomoi-2017 it
    refused 149,401, and the walk found nothing in any of them:
    bench/positions_gate_check.py)."""
    if _holder_cue().search(text.lower()):
        return True
    fams = _gate_families()
    return any(m.group(1).lower() in fams for m in _CAPITAL_PAIR.finditer(text))


@lru_cache(maxsize=None)
def _gate_families() -> frozenset[str]:
    return families() | marked_families()


def _post_before_name(t: Title) -> bool:
    """Whether a title standing before a name is a post: it has its body, or it
    is a national post that needs none ("Thủ tướng"). A place named after a
    person is no body: "Chủ tịch Hồ Chí Minh" is no post."""
    if t.role.lower() in standalone_posts():
        return True
    if t.role in _GRADES:
        # "cán bộ Công an phường Lý Thái Tổ", "thành công chức vô địch …": a grade is
        # written after its holder's name; before a name it is a ward's or a word's
        return False
    return t.body is not None and t.body.name.lower() not in namesake_places()


def _honorific_name_next(tokens: list[Token], j: int) -> bool:
    """Whether ", <honorific> <name>" follows at j and the name has no titles of its
    own after it: the title before the comma is that name's."""
    if j + 2 >= len(tokens) or tokens[j].text != ",":
        return False
    h = honorific_at(tokens, j + 1)
    if not h:
        return False
    n = name_at(tokens, j + 1 + h, after_honorific=True) or foreign_name_at(tokens, j + 1 + h)
    e = j + 1 + h + n
    return bool(n) and not (e + 1 < len(tokens) and tokens[e].text in _OPENERS and role_at(tokens, e + 1))


def _bare_name_opens_clause(tokens: list[Token], j: int) -> bool:
    """Whether ", <full name>" follows at j and the name opens its own clause (a verb
    after it, maybe after a comma): "Thủ tướng A, Phó Chủ tịch Hội X, B, cho biết" —
    the title before the comma is B's, as it is before ", ông B"."""
    if j + 3 >= len(tokens) or tokens[j].text != ",":
        return False
    n = name_at(tokens, j + 1)
    if n < 3 or not all(vietnamese_syllable(t.text) for t in tokens[j + 1:j + 1 + n]):
        return False
    e = j + 1 + n
    return _opens_clause(tokens, e) or (e + 1 < len(tokens) and tokens[e].text == "," and _opens_clause(tokens, e + 1))


def _regnal_name_at(tokens: list[Token], k: int, t: Title) -> bool:
    """Whether token k is the one name of a holder of a regnal post written bare
    (regnal_posts.txt): a capitalised foreign word, no Vietnamese syllable, no country,
    and no capitalised word after it ("Giáo hoàng Francis", not "Vua Tự Đức")."""
    return t.body is None and not t.past and _one_name_at(tokens, k, t.role)


def _one_name_at(tokens: list[Token], k: int, role: str) -> bool:
    """Whether token k, right after a regnal role, is its holder's one name (see
    _regnal_name_at)."""
    if role.lower() not in regnal_posts() or k >= len(tokens):
        return False
    lead = k - len(role.split()) - 1
    if lead >= 0 and tokens[lead].text.lower() == "cúp":
        return False  # "Cúp Nhà vua": the King's Cup, a club after it ("… Nhà vua Barca")
    w = tokens[k]
    numeral = _regnal_numeral(tokens, k + 1)  # "Quốc vương Mohammed VI", "Giáo hoàng Benedict XVI"
    if not (w.is_cap and w.text.isalpha() and len(w.text) > 2) or w.text.isupper() or vietnamese_syllable(w.text) \
            or country_at(tokens, k) \
            or foreign_name_at(tokens, k) > 1 + numeral:
        return False  # "Quốc vương Salman bin Abdulaziz": a longer name, read as one
    e = k + 1 + numeral
    return e == len(tokens) or not (tokens[e].is_cap or tokens[e].text in {"-", "–"} and e + 1 < len(tokens)
                                    and tokens[e + 1].is_cap and tokens[e + 1].start == tokens[e].end)


_REGNAL_MAX = 20  # "Louis XVIII", "Gregory XVI"; a larger numeral ("L", "C") is no reign's


def _regnal_numeral(tokens: list[Token], k: int) -> int:
    """1 if token k is a Roman numeral that goes with a regnal name ("Felipe VI"), else 0."""
    value = roman(tokens[k].text) if k < len(tokens) else None
    return int(value is not None and value <= _REGNAL_MAX)


@lru_cache(maxsize=None)
def _native_bare() -> frozenset[str]:
    """Bare posts a foreign name never holds bare (native_bare_posts.txt), lower case."""
    return frozenset(w.lower() for w in data_lines("native_bare_posts.txt"))


def _bare_post(t: Title) -> bool:
    """Whether a title is a role of bare_posts.txt written without its body: a post
    only right before a Vietnamese full name ("Thứ trưởng Nguyễn Văn A")."""
    return t.body is None and t.role.lower() in bare_posts()


def _name_starts(tokens: list[Token], k: int) -> bool:
    """Whether a person's name (maybe after a rank) begins right at token k."""
    r = rank_at(tokens, k)
    return name_at(tokens, k + r, after_honorific=bool(r)) > 0 or foreign_name_at(tokens, k + r) > 0


_FORMER = frozenset({"nguyên", "cựu"})


def _former_at(tokens: list[Token], i: int) -> bool:
    """Whether "nguyên"/"cựu" (former) stands at i before a role ("nguyên Bí thư …")."""
    return i + 1 < len(tokens) and tokens[i].exp[0] in _FORMER and role_at(tokens, i + 1) is not None


def _titles_from(text: str, tokens: list[Token], k: int) -> tuple[int, list[Title]]:
    """_title_chain from k, also over former posts ("nguyên Bí thư Tỉnh ủy, Chủ
    tịch HĐND tỉnh, nguyên Trưởng ban …") and "kiêm" (also holding). "nguyên"
    stays in the text of the title it stands before, and only that one (as written)."""
    end, titles = _title_chain(text, tokens, k)
    if not titles and _former_at(tokens, k):
        end, titles = _title_chain(text, tokens, k + 1)
        if titles:
            first = titles[0]
            titles[0] = Title(text[tokens[k].start:tokens[k + 1].start + len(first.text)], first.role, first.body)
    # "Phó chủ tịch, Tổng thư ký Hiệp hội X": a bare post listed before a post of a
    # firm or an association is one of that body's too
    titles = [_firm_shared(t, titles[m + 1]) if t.body is None and m + 1 < len(titles) else t
              for m, t in enumerate(titles)]
    comma_kiem = end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].exp[0] == "kiêm"
    at = end + comma_kiem  # "Phó chủ tịch, kiêm Tổng thư ký …": the comma before "kiêm"
    if titles and at + 1 < len(tokens) and (
            (tokens[at].text in {",", "–", "-"} and _former_at(tokens, at + 1))
            or (tokens[at].exp[0] == "kiêm" and (role_at(tokens, at + 1) or _former_at(tokens, at + 1)))):
        # "…, nguyên Trưởng ban …", "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X"
        end2, more = _titles_from(text, tokens, at + 1)
        if more:
            if tokens[at].exp[0] == "kiêm":
                if titles[-1].past and not more[0].past and not _former_at(tokens, at + 1):
                    # "nguyên Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X": held together, left together
                    first, word = more[0], titles[-1].text.split()[0]
                    word = word if word.lower() in _FORMER else "nguyên"
                    more[0] = Title(f"{word} {first.text}", first.role, first.body, True)
                titles[-1] = _firm_shared(titles[-1], more[0], joint=True)
                # "Bí thư Đảng ủy kiêm Chủ tịch UBND xã X": the words the post after
                # "kiêm" ends with are shared as a comma list's are
                return end2, _spread_place(_share_bodies(titles + more))
            return end2, titles + more
    if titles and end + 3 < len(tokens) and tokens[end].text == "(":
        now = _NOW_ASIDE.match(text[tokens[end].end:])
        k2 = _token_at(tokens, tokens[end].end + now.end()) if now else None
        if k2 is not None:
            # "nguyên Chủ tịch UBND quận 9 (hiện nay là Bí thư Quận ủy quận 9)": the post
            # held now, in the parenthesis after the former one
            end2, more = _titles_from(text, tokens, k2)
            # a bare role there ("(nay là Phó Chủ tịch)") says which post, not of which body
            more = [t for t in more if t.body is not None or t.role.lower() in standalone_posts()]
            if more and end2 < len(tokens) and tokens[end2].text == ")":
                return end2 + 1, titles + more
        elif role_at(tokens, end + 1) or _former_at(tokens, end + 1):
            # "Trưởng đoàn thanh tra (Phó Chánh Thanh tra TP Hà Nội)": another post of the same
            # holder in brackets, whole with its body, the bracket closed right after it
            end2, more = _titles_from(text, tokens, end + 1)
            if more and all(_body_named(t) for t in more) and end2 < len(tokens) and tokens[end2].text == ")":
                return end2 + 1, titles + more
    also = match_words(tokens, end, _ALSO) if titles and end < len(tokens) and tokens[end].exp[0] == "đồng" else 0
    if also and end + also < len(tokens) and (role_at(tokens, end + also) or _former_at(tokens, end + also)):
        # "cựu cố vấn … đồng thời là chuyên viên cao cấp của Quỹ X": one more post of the same person
        end2, more = _titles_from(text, tokens, end + also)
        if more:
            return end2, titles + more
    return end, titles


_ALSO = ("đồng", "thời", "là")
# a post held now, after one held then: "… khi đó là Chủ tịch UBND tỉnh X và hiện nay là Bí thư …"
_AND_NOW = re.compile(r"^\s*,?\s*và\s+(?:hiện\s+nay|hiện\s+tại|hiện|nay)\s+(?:đang\s+)?là\s+(?=[A-ZĐÀ-Ỹ])")


def _body_named(t: Title) -> bool:
    """Whether a title names its body, not a bare head ("Trưởng ban"): two words or more,
    or an acronym ("HĐND")."""
    return t.body is not None and (len(t.body.name.split()) > 1 or t.body.name.isupper())


# the opening of a parenthesis that gives the post held now ("(hiện là …", "(nay đang là …")
_NOW_ASIDE = re.compile(r"^\s*(?:hiện\s+nay|hiện\s+tại|hiện|nay)\s+(?:đang\s+)?là\s+(?=[A-ZĐÀ-Ỹ])")


# Bodies whose officers often hold two of its posts at once ("Phó Chủ tịch kiêm Tổng
# Thư ký Hiệp hội X"): an association, a union, the Front (bodies.tsv kinds).
_SHARED_KINDS = frozenset({"MassOrganization", "FatherlandFront"})


def _of_board(role: str) -> bool:
    """Whether a role names a firm's board ("Chủ tịch Hội đồng quản trị"): boards.txt."""
    words = tuple(w for tok in tokenize(role) for w in tok.exp)
    return any(words[-len(b):] == b for b in boards())


def _firm_like(body: Org) -> bool:
    """Whether a body may be a firm: a firm's head (trade_heads.txt) or a name of no
    known kind ("Becamex IDC"), and no board itself."""
    words = tuple(w.lower() for tok in tokenize(body.name) for w in tok.exp)
    if words in boards():
        return False
    lead = tuple(body.name.lower().split())
    if any(lead[:len(h)] == h for h in (*trade_heads(), *board_firms())):
        return True
    # a firm's own name is capitalised: a lower-case word is a function ("Phó giám đốc tài chính")
    return body.kind is None and re.sub(r"^của\s+", "", body.name)[:1].isupper()


_SPOKESPERSONS = frozenset({"người phát ngôn", "phát ngôn viên"})
# a firm's chief executive: the body he runs, if of no known kind, is a firm
_FIRM_CHIEFS = frozenset({"tổng giám đốc", "tổng giám đốc điều hành", "giám đốc điều hành", "ceo"})
_FIRM_CHAIRS = frozenset({"chủ tịch", "phó chủ tịch"})


def _chief_of_named_firm(bare: Title, other: Title) -> bool:
    """Whether a bare chair and a chief executive of a body named by one or two words of
    no known head share it: a firm by its name ("Chủ tịch kiêm Tổng giám đốc VNG", "…
    của Nokia"); a longer unknown name may be a chamber, an agency ("Phòng Thương mại
    Mỹ", "BHXH Việt Nam") whose chair is another post."""
    name = re.sub(r"^của\s+", "", other.body.name) if other.body else ""
    return bare.role.lower() in _FIRM_CHAIRS and other.role.lower() in _FIRM_CHIEFS and 1 <= len(name.split()) <= 2


def _firm_shared(bare: Title, other: Title, joint: bool = False) -> Title:
    """A bare post before "kiêm" and a post of a firm or an association after it: both
    are its ("Chủ tịch kiêm Tổng giám đốc Công ty X" is Chủ tịch Công ty X, "Phó Chủ
    tịch kiêm Tổng Thư ký Hội Y" Phó Chủ tịch Hội Y). A firm's (trade_heads.txt) or an
    association's, and no Party post's: "Bí thư kiêm Chủ tịch UBND xã" is no Bí thư of
    the UBND, "Phó Bí thư kiêm Chủ tịch Hội Nông dân" no Phó Bí thư of the Hội. A former
    post is shared only when held `joint`ly with the other ("nguyên A kiêm B")."""
    if bare.body is not None or bare.role.lower() in standalone_posts() or other.body is None:
        return bare
    words = tuple(other.body.name.lower().split())
    if words[:2] in _GENERIC_PARTY and len(words) > 2 and "bí thư" not in bare.role.lower():
        # "Hiệu trưởng, Bí thư Đảng ủy trường X": the body the Party committee is in
        unit = other.body.name.split(None, 2)[2]
        utoks = tokenize(unit)
        if body_index().match(utoks, 0) or _unit_noun_at(utoks, 0):
            return Title(f"{bare.text} {unit}", bare.role, Org(unit, kind_of(utoks)), bare.past)
    if other.role.lower() in _SPOKESPERSONS and not bare.past:
        # "Chánh Văn phòng kiêm người phát ngôn UBND tỉnh X": the office's spokesperson heads it
        name = re.sub(r"^của\s+", "", other.body.name)
        return Title(f"{bare.text} {name}", bare.role, Org(name, other.body.kind), bare.past)
    if bare.past and not joint:
        return bare  # "nguyên Chủ tịch, Giám đốc Công ty X": the former post may be another body's
    firm = any(words[:len(h)] == h for h in trade_heads()) or other.body.name.split()[0] in company_forms()
    if not firm and (_of_board(bare.role) or _chief_of_named_firm(bare, other)) and _firm_like(other.body):
        # "Chủ tịch HĐTV, Tổng giám đốc Becamex IDC": a board is a firm's; "Chủ tịch kiêm Tổng
        # giám đốc VNG": a body a general director runs, named by no known head, is a firm
        firm = True
    if not firm and (other.body.kind not in _SHARED_KINDS or "bí thư" in bare.role.lower()
                     or "giám đốc" in bare.role.lower()):
        # (a director runs a firm or an agency, not an association: "Phó Tổng giám đốc, Chủ tịch
        # Liên chi hội nhà báo TTXVN" directs the agency the association is of)
        return bare
    return Title(f"{bare.text} {other.body.name}", bare.role, other.body, bare.past)



def _holds_its_holder(t: Title) -> bool:
    """Whether a national post's would-be body is no organization but its holder
    or a country and its holder ("Tổng Bí thư Trường Chinh", "Thủ tướng Lào X"); a
    country alone is the body ("Thủ tướng Đức")."""
    if t.body is not None and t.body.name.lower() in namesake_places():
        return True  # "…, Chủ tịch Hồ Chí Minh, …": the city's namesake, the holder himself
    return t.body is not None and t.body.kind is None and t.role.lower() in standalone_posts() \
        and not _ends_in_country(t) and not _is_place_name(t.body.name)


def _ends_in_two_caps(name: str) -> bool:
    """Whether a body's name has four words or more and ends in two capitalised words
    of letters: the cheap test before looking for a holder's name at its end."""
    words = name.split()
    return len(words) >= 4 and all(w[:1].isupper() and w.isalpha() for w in words[-2:])


def _ends_in_listed_holder(t: Title) -> bool:
    """Whether a title's body is a named body followed by a foreign holder's name,
    all of it capitalised: the item of a list of "post holder" pairs ("…, Giám đốc
    Tập đoàn Oracle Tan Boon Hock, Phó Chủ tịch Tập đoàn Bayer Linda Morris"), so
    the post is that one's, not the name's before the comma. The body must keep its
    head and a word of its own before the name ("Tập đoàn Toyota Motor" is a firm's
    whole name), and most of the name's words be spelled unlike a Vietnamese syllable."""
    if t.body is None or t.body.kind is None or not _ends_in_two_caps(t.body.name):
        return False
    toks = tokenize(t.body.name)
    for p in range(2, len(toks) - 1):
        n = foreign_name_at(toks, p)
        if n != len(toks) - p:
            continue
        rest, name = toks[:p], toks[p:]
        if not rest[-1].is_cap or not rest[-1].text.isalnum() or kind_of(rest) is None \
                or level_index().match(rest, p - 1):
            continue  # "UBND H.Krông Pắk", "UBND huyện Krông Pắk": a place after its level
        if all(x.is_cap and x.text.isalpha() and not x.text.isupper() for x in name) \
                and 2 * sum(not vietnamese_syllable(x.text) for x in name) > len(name):
            return True
    return False


def _holder_after_country_in(t: Title) -> bool:
    """Whether a title's body ends in a country and a foreign holder's name after it
    ("…, cố vấn nhà nước-Bộ trưởng Ngoại giao Myanmar Aung San Suu Kyi"): that post
    is the one named there, not the name's before the comma."""
    if t.body is None or not _ends_in_two_caps(t.body.name) or _aide_role(t.role) or " của " in f" {t.body.name} ":
        return False  # "cố vấn … của Tổng thống Mỹ Donald X": the served post's holder
    toks = tokenize(t.body.name)
    for k in range(1, len(toks) - 2):
        c = country_span(toks, k)
        rest = toks[k + c:]
        if c and 2 <= len(rest) <= 4 and all(x.is_cap and x.text.isalpha() and not x.text.isupper() for x in rest) \
                and rest[0].text not in firm_words() and not country_span(rest, 0) and not place_index().match(rest, 0):
            return True  # the words after the country are a holder's, no country, place or firm's
    return False


def _is_place_name(name: str) -> bool:
    """Whether a would-be body is a place, or a delegation of one: a level and its name
    ("tỉnh Hà Nam", "đơn vị tỉnh Hà Nam"), or a place the gazetteer knows whole ("Hà Nam")."""
    toks = tokenize(name)
    unit = next((len(w) for w in _DELEGATION if match_words(toks, 0, w) == len(w)), 0)
    toks = toks[unit:]  # "đơn vị tỉnh Nghệ An": the delegation of a place
    if not toks:
        return False
    if level_index().match(toks, 0):
        return True
    whole = place_index().match(toks, 0)
    return bool(whole and whole[0] == len(toks))


def _spread_country(titles: list[Title]) -> list[Title]:
    """The country of the last title before a name, given to the bare national posts
    listed before it: "Tổng Bí thư, Chủ tịch Trung Quốc X" is Tổng Bí thư Trung Quốc."""
    last = titles[-1]
    if len(titles) < 2 or last.body is None or last.body.kind is not None or not _ends_in_country(last):
        return titles
    toks = tokenize(last.body.name)
    at = next(k for k in range(len(toks)) if country_at(toks, k) == len(toks) - k)
    country = last.body.name[toks[at].start:]
    return [Title(f"{t.text} {country}", t.role, Org(country, None), t.past)
            if t.body is None and t.role.lower() in standalone_posts() else t for t in titles]


def _country_of(t: Title) -> str | None:
    """The foreign country a title's body ends in ("Bộ trưởng Ngoại giao Ấn Độ" → "ấn
    độ"), lower-cased; None if none."""
    if t.body is None:
        return None
    toks = tokenize(t.body.name)
    at = next((k for k in range(len(toks)) if country_at(toks, k) == len(toks) - k), None)
    return None if at is None else " ".join(x.text.lower() for x in toks[at:])


def _same_country(before: list[Title], after: list[Title]) -> list[Title]:
    """The titles after a name whose holder a foreign post before the name places in
    one country, up to the first that ends in another country: "Bộ trưởng Ngoại giao
    Ấn Độ A, Quốc vụ khanh Bộ Quốc phòng Singapore, …" lists the next guests, not A's posts."""
    home = next((c for c in map(_country_of, before) if c), None)
    if home is None:
        return after
    for m, t in enumerate(after):
        c = _country_of(t)
        if c and c != home:
            return after[:m]
    return after


def _ends_in_country(t: Title) -> bool:
    """Whether a title's body is or ends in a foreign country ("Tổng thống Pháp",
    "Bộ trưởng Quốc phòng Mỹ")."""
    if t.body is None:
        return False
    toks = tokenize(t.body.name)
    return any(country_at(toks, k) == len(toks) - k for k in range(len(toks)))


def _ends_in_surname(t: Title) -> bool:
    """Whether a title's body is a country and one foreign word after it: the
    holder named by surname only ("Ngoại trưởng Nga Petrov")."""
    if t.body is None:
        return False
    toks = tokenize(t.body.name)
    if len(toks) < 2 or not (toks[-1].is_cap and toks[-1].text.isalpha()) or vietnamese_syllable(toks[-1].text):
        return False
    return any(country_at(toks, k) == len(toks) - 1 - k for k in range(len(toks) - 1))


def _names_a_foreigner(t: Title) -> bool:
    """Whether a title's would-be body is, after its country if any, a foreign holder's
    name too long to read as one ("Đại sứ Jesus Figo Lopez Palop", "Đại sứ Cộng hòa
    Yemen Adel Mohamed Ali Ba Hamid"): two or more capitalised words, no organization,
    most of them spelled unlike a Vietnamese syllable."""
    role = t.role.lower()
    if t.body is not None and _aide_role(t.role) and " của " in f" {t.body.name} ":
        return False  # "người phát ngôn của Thủ tướng Thụy Điển Lars X": the served post's holder
    if t.body is None or t.body.kind is not None or not (
            role in postings() or role in bare_posts() or role in standalone_posts()):
        return False  # "Giám đốc Healthy Markets": a foreign body's own name
    toks = tokenize(t.body.name)
    start = next((k + c for k in range(len(toks)) for c in [country_at(toks, k)] if c), 0)
    rest = toks[start:]
    if len(rest) < 2 or not all(x.is_cap and x.text.isalpha() for x in rest):
        return False
    return 2 * sum(not vietnamese_syllable(x.text) for x in rest) > len(rest)


def _ends_in_foreign_name(t: Title) -> bool:
    """Whether a title's body ends in two capitalised words no Vietnamese syllable
    spells, right after an acronym: a foreign holder's name ("IPU Martin Chungong"),
    not the body's."""
    if t.body is None:
        return False
    toks = tokenize(t.body.name)
    if len(toks) < 3:
        return False
    if _after_country_foreign(toks) and not (_aide_role(t.role) and " của " in f" {t.body.name} "):
        # "Bộ trưởng Ngoại giao Myanmar Aung San Suu Kyi"; not an aide's served post
        # ("cố vấn … của Tổng thống Mỹ Donald X")
        return True
    last = toks[-2:]
    if not (toks[-3].text.isupper() and toks[-3].text.isalpha()):
        return False  # "Tập đoàn Toyota Motor" is a foreign body's own name
    return all(x.is_cap and x.text.isalpha() and not x.text.isupper() and not vietnamese_syllable(x.text)
               for x in last)


def _after_country_foreign(toks: list[Token]) -> bool:
    """Whether a body's words end, after a country's name, in two or more capitalised
    words of plain Latin letters: a foreign holder's name ("Myanmar Aung San Suu Kyi"),
    however like Vietnamese syllables they look, as no body goes on so after a country."""
    start = next((k + c for k in range(1, len(toks)) for c in [country_at(toks, k)] if c), None)
    if start is None or len(toks) - start < 2:
        return False
    return all(x.is_cap and x.text.isascii() and x.text.isalpha() and not x.text.isupper() for x in toks[start:])


# a name's initial, as one token or two: "M.Dê-man", "V." (of "V. Pu-tin")
_INITIAL = re.compile(r"[A-ZĐ]\.(?:[A-ZĐ]\w*)?$")


def _new_at(tokens: list[Token], k: int) -> int:
    """1 if "tân" (newly in office) stands at k before a role ("A, tân Bí thư Thành ủy
    X"): the post is A's, written without it; else 0."""
    return 1 if k + 1 < len(tokens) and tokens[k].text == "tân" and role_at(tokens, k + 1) else 0


# the middle names that say "man" and "woman": no firm is named with them, while a
# firm's name often takes others ("Hoàng Gia Phát", "Minh Long")
_MAN_WOMAN = frozenset({"văn", "thị"})


_FIRM_TRADE_MAX = 1  # words of a firm's trade between its head and its own name


def _firm_named_after(text: str, tokens: list[Token], end: int, last: Title) -> int:
    """Tokens of a firm's own name at `end` when the last title of a chain after a
    holder's name ends at the firm's head or legal form ("Công ty", "Công ty TNHH TM"):
    a firm is named, so the person-like run after it ("Lê Thành", "Hoàng Gia Phát")
    is that name, not the next holder's, when the item closes after it; else 0."""
    if last.body is None or end >= len(tokens):
        return 0
    body = tokenize(last.body.name)
    words = [t.text.lower() for t in body]
    heads = [k + len(h) for h in trade_heads() for k in range(len(words) - len(h) + 1)
             if tuple(words[k:k + len(h)]) == h]
    # a firm's head, then nothing but legal forms ("Công ty TNHH TM") and at most one
    # word of its trade ("Công ty Than| Hà Lầm", "Công ty Cổ phần Sao| Thái Dương"): no name yet
    if not heads:
        return 0
    rest = [t for t in body[max(heads):] if t.text not in company_forms()]
    if len(rest) > _FIRM_TRADE_MAX or any(not t.is_cap or not t.text.isalpha() for t in rest):
        return 0
    n = name_at(tokens, end)
    if not n or (end + n < len(tokens) and (tokens[end + n].is_cap or role_at(tokens, end + n))):
        return 0  # "…, Giám đốc Công ty Nguyễn Văn A Trần B": no closing
    if end + 1 < len(tokens) and tokens[end + 1].text.lower() in _MAN_WOMAN and n >= 3:
        return 0  # "Trần Văn A", "Lê Thị B": a person's name, the next holder's
    if rest and end + n < len(tokens) and tokens[end + n].text.lower() in {"cùng", "và"}:
        return 0  # "…, Chủ tịch Tập đoàn FPT Trương Gia Bình cùng …": a list's next holder
    return n


def _name_closes_aside(tokens: list[Token], k: int, end: int) -> int:
    """Tokens of a name at `end` that closes the brackets opened right before k; else 0."""
    if k == 0 or tokens[k - 1].text != "(":
        return 0
    n = name_at(tokens, end)
    if not n or (end + 1 < len(tokens) and tokens[end + 1].text.lower() in _MAN_WOMAN):
        return 0  # "(Chủ tịch UBND tỉnh Nguyễn Văn B)": a man's or a woman's name is a holder's
    return n if end + n < len(tokens) and tokens[end + n].text == ")" else 0


# levels whose units are often named after a person ("phường Nguyễn Thái Bình", "xã Lê
# Lợi", "quận Ngô Quyền"); a province or a city is not ("Thành phố Hồ Chí Minh" is a
# namesake place of its own)
_NAMESAKE_LEVELS = frozenset({"phường", "xã", "trấn", "quận", "huyện"})


def _place_named_after(tokens: list[Token], end: int, last: Title) -> int:
    """Tokens of a place's own name at `end` when the last title of a chain after a
    holder's name ends at a bare level word ("Bí thư phường", "Chủ tịch UBND xã"):
    the holder is named already, so a person-like run right after the level word
    that closes the item ("phường Nguyễn Thái Bình cho biết") names the ward or
    commune, not a next holder; else 0."""
    if last.body is None or end >= len(tokens) or tokens[end - 1].text.lower() not in _NAMESAKE_LEVELS \
            or not _ends_in_level(tokens, end):
        return 0
    n = name_at(tokens, end)
    # a verb after the run: the clause is A's ("A, Bí thư phường B cho biết"); a list
    # goes on with a mark or "và" ("Dự có A, Bí thư Huyện ủy, Chủ tịch UBND huyện B.")
    if not n or end + n >= len(tokens) or not tokens[end + n].text.isalpha() \
            or not tokens[end + n].text.islower() or tokens[end + n].text in _LIST_WORDS:
        return 0
    return n


def _foreign_holder_next(tokens: list[Token], end: int, last: Title) -> bool:
    """Whether a foreign post ending in its country runs straight into its holder's
    name, read as after a country ("…, Chủ tịch Trung Quốc Tập Y, …"): the post is
    that one's, not the name's before the comma. The name must close its item (a
    comma, "và", the sentence's end) so as not to eat the words of a clause."""
    if not _ends_in_country(last):
        return False
    n = foreign_name_at(tokens, end, after_country=True)
    return n > 0 and (end + n == len(tokens) or tokens[end + n].text in _ITEM_CLOSE)


_ITEM_CLOSE = frozenset({",", ".", ";", "và", "cùng", "(", "–", "-"})


_BORN_DAY_MAX = 8  # tokens of a birth day's date: "23 tháng 11 năm 1968", "23/11/1968"
_DATE_MARKS = frozenset({"tháng", "năm", "/", "-", "."})
_DATE_PART = re.compile(r"\d{1,4}(?:[/.-]\d{1,2}(?:[/.-]\d{4})?)?")


def _born_aside(tokens: list[Token], k: int) -> int:
    """Tokens of a birth year or an age and its comma that open the brackets after a
    name, before the posts ("SN 1965,", "SN: 1965,", "sinh năm 1965,", "1965,", "56 tuổi,",
    "sinh ngày 23 tháng 11 năm 1968,", "sinh ngày 23/11/1968,"); 0 if none."""
    day = match_words(tokens, k, ("sinh", "ngày"))
    if day:
        m = k + day
        while m < len(tokens) and m - k - day < _BORN_DAY_MAX and (
                _DATE_PART.fullmatch(tokens[m].text) or tokens[m].text in _DATE_MARKS):
            m += 1
        if m > k + day and m < len(tokens) and tokens[m].text in {",", ";"} \
                and re.search(r"(?<!\d)(?:19|20)\d\d$", tokens[m - 1].text):
            return m - k + 1
    for words in (("sn",), ("sinh", "năm"), ("năm", "sinh")):
        n = match_words(tokens, k, words)
        if n and k + n < len(tokens) and tokens[k + n].text == ":":
            n += 1  # "SN: 1965"
        if n and k + n + 1 < len(tokens) and tokens[k + n].text.isdigit() and tokens[k + n + 1].text in {",", ";"}:
            return n + 2
    if k + 1 < len(tokens) and len(tokens[k].text) == 4 and tokens[k].text.isdigit() and tokens[k + 1].text in {",", ";"}:
        return 2  # "(1965, nguyên …)"
    if k + 2 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].text.lower() == "tuổi" \
            and tokens[k + 2].text in {",", ";"}:
        return 3
    return 0


_BIO_PART_MAX = 15  # tokens of one part of it
_BIO_THEN_POST = re.compile(r"^\s*,?\s*(?:hiện\s+|hiện đang\s+|đang\s+|nay\s+|nguyên\s+)?là\s+(?=[A-ZĐÀ-Ỹ])")


def _bio_run(text: str, tokens: list[Token], j: int) -> int:
    """The token after a short biography that follows a name and goes on to "là" and the
    posts ("A sinh năm 1963, hiện đang là Chủ tịch …", "B, sinh năm 1960, quê Hà Tĩnh, là
    Ủy viên …"): its last comma; `j` if there is none, or no post after it."""
    k, seen = j, False
    while k < len(tokens):
        c = 1 if tokens[k].text == "," else 0
        n = next((len(w) for w in bio_openers() if match_words(tokens, k + c, w) == len(w)), 0)
        if not n:
            break
        end = next((x for x in range(k + c + n, min(len(tokens), k + c + n + _BIO_PART_MAX))
                    if tokens[x].text in {",", ";", ".", "(", ")"} or tokens[x].text.lower() == "là"), None)
        if end is None or tokens[end].text != ",":
            return j
        k, seen = end, True
    if not seen or k == 0 or not _BIO_THEN_POST.match(text[tokens[k - 1].end:]):
        return j
    return k


_GRADE_MAX = 5  # lower-case words of a grade or a trade between a name and its posts


def _grade_aside(tokens: list[Token], k: int) -> int:
    """Tokens of a civil servant's grade or a trade in lower case and its comma, between
    a name and its posts ("A, thanh tra viên cao cấp, Phó Cục trưởng …"); 0 if none.
    The caller asks that a post follow the comma."""
    m = k
    while m < len(tokens) and m - k < _GRADE_MAX and tokens[m].is_word and not tokens[m].is_cap \
            and tokens[m].text.isalpha() and not clause_at(tokens, m) and not _post_role_at(tokens, m):
        m += 1
    return m - k + 1 if m > k and m < len(tokens) and tokens[m].text == "," else 0


def _chain_after_name(text: str, tokens: list[Token], k: int) -> tuple[int, list[Title]]:
    """The titles after a name's comma or dash, less a last title that runs
    straight into another name or a list of names: that one is the next person's
    ("A, Chủ tịch Quốc hội, Phó Chủ tịch Quốc hội B điều hành")."""
    k += _new_at(tokens, k)
    then = False
    if k > 0 and tokens[k - 1].text == "(":
        k += _born_aside(tokens, k)  # "A (SN 1965, nguyên Chủ tịch UBND xã X)"
        # "A (là Trưởng Công an xã X)", "B (thời điểm đó là Phó Chánh thanh tra)" (then_words.txt)
        said = _then_before_la(tokens, k) or (1 if k < len(tokens) and tokens[k].text.lower() == "là" else 0)
        if said and role_at(tokens, k + said):
            then = " ".join(t.text.lower() for t in tokens[k:k + said - 1]) in past_then_words()
            k += said
    end, titles = _titles_from(text, tokens, k)
    if then:
        titles = [t if t.past else Title(t.text, t.role, t.body, True) for t in titles]
    held = next((m for m, t in enumerate(titles)
                 if _holds_its_holder(t) or _names_a_foreigner(t)
                 or _ends_in_listed_holder(t) or _holder_after_country_in(t)), None)
    if held is not None:
        # "A, Tổng Bí thư Trường Chinh, …", "A, Giám đốc khu vực Ngân hàng HSBC Doreen X":
        # from that title on, the titles are another's
        start = _token_at(tokens, text.find(titles[held].text, tokens[k].start))
        if start is not None and start >= k:
            return start, titles[:held]
    if titles and end < len(tokens) and _ends_in_country(titles[-1]) and _INITIAL.match(tokens[end].text):
        # "A, Tổng thống Cộng hòa Séc M.Dê-man": a foreign post running into a name
        # written in part is that one's, not A's
        start = _token_at(tokens, tokens[end - 1].end - len(titles[-1].text))
        if start is not None and start >= k:
            return start, titles[:-1]
    firm = _firm_named_after(text, tokens, end, titles[-1]) if titles else 0
    # "Bà A (nguyên Phó Chủ tịch nước, Chủ tịch danh dự Viện Phan Châu Trinh)": inside the
    # brackets after a holder's name, a name that closes them is the last body's own
    firm = firm or (_name_closes_aside(tokens, k, end) if titles and titles[-1].body is not None else 0)
    # "A, Bí thư phường Nguyễn Thái Bình cho biết": the name is the ward's, A its head
    firm = firm or (_place_named_after(tokens, end, titles[-1]) if titles else 0)
    if firm:
        # "A, Giám đốc Công ty TNHH Lê Thành cho biết": the name is the firm's, A its head
        last = titles[-1]
        at = tokens[end - 1].end
        whole = text[at - len(last.text):tokens[end + firm - 1].end]
        body = text[at - len(last.body.name):tokens[end + firm - 1].end]
        return end + firm, titles[:-1] + [Title(whole, last.role, Org(body, last.body.kind), last.past)]
    if titles and end < len(tokens) and (_name_starts(tokens, end + acronym_aside(tokens, end))
                                         or _foreign_holder_next(tokens, end, titles[-1]) or (
            tokens[end].text == ":" and _name_starts(tokens, end + 1 + lead_in(tokens, end + 1)))
            ):
        # "A, nguyên Tổng Bí thư: B, C": the title before ":" is the list's; "A, Chủ tịch
        # Ngân hàng X (ADB) B": an acronym aside may stand between the post and B
        start = _token_at(tokens, tokens[end - 1].end - len(titles[-1].text))
        cut = len(titles) - 1
        while start is not None and cut > 0 and start - 1 > k and tokens[start - 1].text in {"–", "-"} \
                and tokens[start - 1].start > tokens[start - 2].end:
            # "…, Phó Thủ tướng – Bộ trưởng Ngoại giao B": the dash joins both posts of B
            start, cut = _token_at(tokens, tokens[start - 2].end - len(titles[cut - 1].text)), cut - 1
        if start is not None and start >= k:
            return start, titles[:cut]
    return end, titles


# words between a candidate and the post sought: "ứng viên cho chức Bộ trưởng"
_POST_LINKS = (("cho", "vị", "trí"), ("cho", "chức", "vụ"), ("cho", "chức"), ("vào", "vị", "trí"),
               ("vào", "chức"), ("vị", "trí"), ("chức", "vụ"), ("chức",))


def _for_another(tokens: list[Token], i: int) -> str | None:
    """"kin" or "candidate" when such a word (kin_words.txt, candidate_words.txt) ends
    right before the title at i, maybe with "của" between ("vợ của Chủ tịch …", "ứng
    cử viên Tổng thống …"); None otherwise."""
    k = i - 1 if i > 0 and tokens[i - 1].text.lower() == "của" else i
    for link in _POST_LINKS:  # "ứng cử viên cho vị trí Bộ trưởng …"
        if k - len(link) >= 0 and tuple(t.text.lower() for t in tokens[k - len(link):k]) == link:
            k -= len(link)
            break
    for n in (1, 2, 3):
        if k - n >= 0:
            kind = not_holder_words().get(tuple(t.text.lower() for t in tokens[k - n:k]))
            if kind:
                return kind
    return None


_DELEGATES = (("ủy", "quyền"), ("ủy", "nhiệm"), ("thừa", "lệnh"))
# "Thay mặt X, Y, " right before a title chain: the bodies and posts one speaks for
_BEHALF_LEAD = re.compile(r"(?:^|[,;:]\s*)[Tt]hay mặt\s[^.;:]*,\s*$")


def _on_behalf_of(tokens: list[Token], i: int) -> bool:
    """Whether the title at i is the one who delegates ("thừa ủy quyền của <title>,")."""
    k = i - 1 if i > 0 and tokens[i - 1].text.lower() == "của" else i
    return k >= 2 and (tokens[k - 2].text.lower(), tokens[k - 1].text.lower()) in _DELEGATES


def _name_list(tokens: list[Token], j: int, names: list[str]) -> tuple[int, list[str]]:
    """More names joined to the one that ends at token j by "," or "và" ("A, ông B
    và C"), when nothing but names follows up to a verb; returns the end and all names."""
    k, more = j, list(names)
    while k + 1 < len(tokens) and (tokens[k].text == "," or tokens[k].text.lower() == "và"):
        h = lead_in(tokens, k + 1)
        n = name_at(tokens, k + 1 + h, after_honorific=bool(h))
        e = k + 1 + h + n
        if not n or (e + 1 < len(tokens) and tokens[e].text in _OPENERS and role_at(tokens, e + 1)):
            break  # "A, B, Chủ tịch …": B has titles of its own, the main walk reads them
        more.append(person_name(tokens, k + 1 + h, n))
        k += 1 + h + n
    return (k, more) if len(more) > len(names) else (j, names)


_LIST_CLOSERS = frozenset({".", ";", "!", "?"})


# words before a number that make it no count: a year's, an ordinal's, a day's ("năm 2016", "thứ 3")
_NUMBER_OF = frozenset({"năm", "thứ", "lần", "khóa", "khoá", "số", "ngày", "tháng", "kỳ", "quý"})


def _count_before(tokens: list[Token], i: int) -> bool:
    """Whether a count stands right before the role at i ("bổ nhiệm 02 Thẩm phán …"): a small
    number that is no year, ordinal or day."""
    if i < 1 or not tokens[i - 1].text.isdigit() or int(tokens[i - 1].text) >= 100:
        return False
    return i < 2 or tokens[i - 2].text.lower() not in _NUMBER_OF


def _several_hold(t: Title) -> bool:
    """Whether a post may have several holders at once: a former one, a deputy's or a
    member's (shared_posts.txt: "nguyên Tổng Bí thư", "Thứ trưởng", "Ủy viên …")."""
    return t.past or held_by_several(t.text)


def _bare_name_list(tokens: list[Token], j: int, titles: list[Title] | None = None) -> bool:
    """Whether ", B và C" (or ", B, C và D", or "và B") follows a name ending at j,
    each name bare (no honorific, no title), up to the sentence's end or its ";":
    "nguyên Phó Chủ tịch UBND tỉnh A, B và C" is three former vice chairmen, "Thứ
    trưởng A và B." two; so is "A, B" closed by the ";" of a list of guests. "A và
    ông B" or "A, B đến dự" are not such lists: B may be anyone."""
    k, commas = j, 0
    while k + 1 < len(tokens) and tokens[k].text == ",":
        n = name_at(tokens, k + 1)
        if not n or lead_in(tokens, k + 1):
            return False
        k, commas = k + 1 + n, commas + 1
    if titles is not None and not all(_several_hold(t) for t in titles):
        return False  # "Bộ trưởng Bộ Công an A, B và C": one holds it, the others are with him
    if commas and k < len(tokens) and tokens[k].text == ";":
        return True  # "nguyên Tổng Bí thư A, B; Chủ tịch nước C": an item of a ";" list ends
    if k + 1 >= len(tokens) or tokens[k].text.lower() != "và":
        return False
    n = name_at(tokens, k + 1)
    if not n or lead_in(tokens, k + 1):
        return False
    end = k + 1 + n
    return end >= len(tokens) or tokens[end].text in _LIST_CLOSERS


def _name_ahead(tokens: list[Token], k: int) -> int:
    """The first token of a name (known family) within the next 8 tokens of a
    list item, before its "," or ";"; -1 if none."""
    for j in range(k, min(k + 8, len(tokens))):
        if tokens[j].text in {",", ";", ":", "(", ")", "."}:
            return -1
        if name_at(tokens, j):
            return j
    return -1


def _ends_in_level(tokens: list[Token], end: int) -> bool:
    """Whether tokens before `end` are a level word ("tỉnh", "thị trấn"): the
    capitalised words after one are a place's name, read by org_span."""
    return any(end - b >= 0 and (level_index().match(tokens, end - b) or (0,))[0] == b for b in (1, 2))


def _runs_on(tokens: list[Token], j: int) -> bool:
    """Whether a capitalised word that no name has follows a would-be name at j:
    then the run is a foreign or an organization's name ("Bộ Nông Lâm Lào Khămbunnắt")."""
    if j >= len(tokens):
        return False
    t = tokens[j]
    if j > 0 and latin_then_marked(tokens[j - 1].text, t.text):
        return False  # "… John Smith Nhân dịp này": the next clause, not more of the name
    return t.is_cap and t.text.isalpha() and t.text not in not_name_words() and not role_at(tokens, j) \
        and not body_index().match(tokens, j) and not place_index().match(tokens, j) and not pair_opens(tokens, j)


_ON_BEHALF = (("thay", "mặt"), ("về", "phía"), ("đại", "diện"))
# heads of an organization's committees: the post is in the organization itself
_COMMITTEES = (("ban", "chấp", "hành"), ("ban", "thường", "vụ"), ("thường", "trực"), ("lãnh", "đạo"))


def _spoken_for(text: str, tokens: list[Token], i: int) -> Org | None:
    """The organization a bare role before a name speaks for, when the clause
    before it is "Thay mặt <org>," / "Về phía <org>,": "Thay mặt BCH LĐLĐ tỉnh, Phó
    Chủ tịch A" is A, Phó Chủ tịch LĐLĐ tỉnh. None otherwise."""
    if i < 4 or tokens[i - 1].text != ",":
        return None
    for b in range(max(0, i - 14), i - 2):
        if (tokens[b].text.lower(), tokens[b + 1].text.lower()) not in _ON_BEHALF:
            continue
        k = b + 2
        for words in _COMMITTEES:
            n = match_words(tokens, k, words)
            if n and k + n < i - 1:
                k += n
                break
        hit = org_at(text, tokens, k)
        if hit and k + hit[0] == i - 1 and not _lists_the_spoken_for(tokens, k, i - 1):
            return hit[1]
        return None
    return None


def _lists_the_spoken_for(tokens: list[Token], k: int, e: int) -> bool:
    """Whether the organization spoken for, tokens[k:e], is a body and the people
    with it: "Thay mặt Chính phủ và nhân dân Việt Nam", "UBND tỉnh và nhân dân tỉnh
    …" — a "và" and a lower-case word after a whole body join someone else."""
    for q in range(k + 1, e - 1):
        if tokens[q].text.lower() == "và" and not tokens[q + 1].is_cap and kind_of(tokens[k:q]) is not None \
                and org_span(tokens[:q], k) == q - k:
            return True
    return False


_LIST_OPENERS = (("gồm", "các", "ông", ",", "bà"), ("gồm", "các", "ông", "bà"), ("gồm", "các", "ông"), ("gồm", "các", "bà"), ("gồm", "các", "đồng", "chí"), ("gồm", "có"),
                 ("gồm",), ("là", "các", "ông"), ("là", "các", "đồng", "chí"))


def _quote_after_colon(tokens: list[Token], k: int) -> bool:
    """Whether the words after a post's ":" at k are a quote, not a list of its holders:
    a run of capitalised Vietnamese words that opens with no family name, honorific or
    post, then a lower-case word that goes on with a clause ("Thủ tướng: Sơn Trà không chỉ
    là …", "Chủ tịch nước: Ngành Cơ yếu phấn đấu …"); a listed name ends at a mark,
    "và" or "cùng" ("…: Thuận Hữu, Tổng Biên tập …", "…: Sơn Minh Thắng cùng Thạch Phước Bình").
    """
    if k >= len(tokens) or not tokens[k].is_cap or tokens[k].exp[0] in families() \
            or not vietnamese_syllable(tokens[k].text) or lead_in(tokens, k) or role_at(tokens, k):
        return False
    m = k
    while m < len(tokens) and m - k < 6 and tokens[m].is_cap and tokens[m].is_word:
        m += 1
    return m < len(tokens) and tokens[m].is_word and not tokens[m].is_cap and tokens[m].text.lower() not in {"và", "cùng"}


def _list_opens(tokens: list[Token], end: int) -> int:
    """The token after the ":" that opens a list of names at `end` ("…:", "… gồm các
    ông:"); 0 if none."""
    if end < len(tokens) and tokens[end].text == ":":
        return end + 1
    # a comma may stand before the opener: "Các Phó ban X chuyên trách, gồm: …"
    start = end + 1 if end + 1 < len(tokens) and tokens[end].text == "," else end
    for words in _LIST_OPENERS:
        n = match_words(tokens, start, words)
        if n and start + n < len(tokens) and tokens[start + n].text == ":":
            return start + n + 1
    return 0


# "như" before a list of examples of a title's holders, maybe with "các" and an honorific:
# "nguyên Ủy viên Trung ương như các ông A, B", "các đại biểu Quốc hội như A, B"
_EXAMPLES = (("như", "các"), ("như",))


def _examples_open(tokens: list[Token], end: int) -> int:
    """The token after "như" that opens a list of at least two holders of the title
    ending at `end`, each a name (maybe after an honorific) joined by "," or "và";
    0 if none. One name after "như" may be a comparison ("như ông A nói"), so a
    single name is no list."""
    for words in _EXAMPLES:
        n = match_words(tokens, end, words)
        if n:
            break
    else:
        return 0
    start = end + n
    h = lead_in(tokens, start)
    first = name_at(tokens, start + h, after_honorific=bool(h))
    k = start + h + first
    if not first or k + 1 >= len(tokens) or not (tokens[k].text == "," or tokens[k].text.lower() == "và"):
        return 0
    h2 = lead_in(tokens, k + 1)
    return start if name_at(tokens, k + 1 + h2, after_honorific=bool(h2)) else 0


# after a counted role ("các", "ba", "3"), the words that open the list of its holders
# without a ":" ("Các Phó Chủ tịch UBND tỉnh gồm ông A, ông B", "3 phó giám đốc là A, B")
_PLURAL_OPENERS = (("gồm", "các", "ông", ",", "bà", ":"), ("gồm", "các", "ông", "bà", ":"),
                   ("gồm", "các", "ông", ",", "bà"), ("gồm", "các", "ông", "bà"), ("gồm", "các", "ông"), ("gồm", "các", "bà"), ("gồm", "các", "đồng", "chí"), ("gồm", "có"),
                   ("gồm",), ("là", "các", "ông"), ("là", "các", "bà"), ("là", "các", "đồng", "chí"), ("là",))


def _counted_at(tokens: list[Token], i: int) -> bool:
    """Whether the role at i is plural: "các", a count word or a number before it."""
    return i > 0 and (tokens[i - 1].text.lower() in count_words() or tokens[i - 1].text.isdigit())


# words between a counted role and its list: "Bảy phó ban khác gồm", "Hai Phó Chủ tịch
# còn lại là", "8 phó trưởng ban, gồm"
_BEFORE_PLURAL_LIST = (("khác",), ("còn", "lại"), (",",))


def _plural_list_opens(tokens: list[Token], end: int) -> int:
    """The token after "gồm" / "là" (maybe "khác", "còn lại" or a comma before, "các
    ông" after) that opens the list of a counted role's holders at `end`; 0 if none."""
    k = end
    for words in _BEFORE_PLURAL_LIST:
        k += match_words(tokens, k, words)
    for words in _PLURAL_OPENERS:
        n = match_words(tokens, k, words)
        if n and k + n < len(tokens):
            return k + n
    return 0


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", "-", "–", ".", "!", "?", "\"", "“"})


_HAS = (("còn", "có"), ("hiện", "có"), ("hiện", "nay", "có"), ("có",))


def _counted_of(text: str, tokens: list[Token], i: int, t: Title) -> Title:
    """A counted role at i given the body the clause says has it ("Sở X có 3 phó giám
    đốc", "Ban Y còn có 8 phó trưởng ban"), when the role has none of its own or only
    its own noun in lower case ("ban"); the title unchanged otherwise."""
    if t.body is not None and t.body.name[:1].isupper():
        return t
    for words in _HAS:
        j = i - 1 - len(words)
        if j < 1 or match_words(tokens, j, words) != len(words):
            continue
        for b in range(max(0, j - 15), j):
            hit = org_at(text, tokens, b)
            if not (hit and b + hit[0] == j):
                continue
            body = hit[1]
            if t.body is None:
                return Title(f"{t.text} {body.name}", t.role, body, t.past)
            if body.name.lower().startswith(t.body.name.lower() + " "):
                # the role's own noun is the body's head: "phó trưởng ban" + "Ban Y"
                return Title(f"{t.text[:len(t.text) - len(t.body.name)]}{body.name}", t.role, body, t.past)
            return t
        return t
    return t


def _less_other(t: Title) -> Title:
    """A title less the "khác" (other) it was read with ("phó trưởng ban khác")."""
    if not t.text.endswith(" khác"):
        return t
    body = t.body
    if body is not None and body.name.endswith(" khác"):
        body = Org(body.name[:-5], body.kind)
    return Title(t.text[:-5], t.role, body, t.past)


def _another_after(tokens: list[Token], j: int) -> bool:
    """Whether "và" and another person follow a name ending at j (an aside between)."""
    j = _aside_end(tokens, j) or j
    if j < len(tokens) and tokens[j].text.lower() == "và":
        h = lead_in(tokens, j + 1)
        return bool(h or name_at(tokens, j + 1))
    return False


def _then_before_la(tokens: list[Token], k: int) -> int:
    """Length of "<then> là" at k ("lúc đó là", "hiện nay là": then_words.txt); 0 if none."""
    for words in _then_words():
        n = match_words(tokens, k, words)
        if n == len(words) and k + n < len(tokens) and tokens[k + n].text.lower() == "là":
            return n + 1
    return 0


@lru_cache(maxsize=None)
def _then_words() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(w.split()) for w in then_words()), key=len, reverse=True))


_ASIDE_MAX = 12  # tokens of a short parenthesis after a name
_BIO_ASIDE_MAX = 24  # … of one that tells a birth, a home, a trade (bio_openers.txt)


def _bio_opens(tokens: list[Token], k: int) -> bool:
    """Whether a biography's word (bio_openers.txt: "SN", "sinh năm", "quê", "ngụ") stands at k."""
    return any(match_words(tokens, k, w) == len(w) for w in bio_openers())


def _names_in(tokens: list[Token], start: int, stop: int) -> bool:
    """Whether the aside tokens[start:stop] names a person: a lower-case honorific and a
    name ("(ông Lê Văn B)"), or a name that is the whole aside ("(Lê Văn B)"). A place
    opening with "Bà" or named after a person ("(Bà Rịa - Vũng Tàu)", "(phường Lê Lợi)")
    is none."""
    stop = min(stop, len(tokens))
    for j in range(start, stop):
        h = honorific_at(tokens, j) if not tokens[j].is_cap else 0
        if h and name_at(tokens, j + h, after_honorific=True):
            return True
    return start < stop and name_at(tokens, start) == stop - start


def _aside_end(tokens: list[Token], k: int) -> int:
    """The token after a short parenthesis opening at k (its ")" within 12 tokens, 24
    when it opens with a biography's word: "(SN 1972, ngụ thôn X, xã Y, huyện Z)"); 0 if none."""
    if k >= len(tokens) or tokens[k].text != "(":
        return 0
    bio = _bio_opens(tokens, k + 1)
    for j in range(k + 1, min(k + 1 + (_BIO_ASIDE_MAX if bio else _ASIDE_MAX), len(tokens))):
        if tokens[j].text == ")":
            return j + 1
        if tokens[j].text == "(":
            return 0
    return 0


def _words_before(tokens: list[Token], i: int, table: frozenset[tuple[str, ...]]) -> int:
    """Where one or two words of `table` (lower case) that end right before token i
    begin; -1 if none."""
    for m in (1, 2):
        if i - m >= 0 and tuple(t.text.lower() for t in tokens[i - m:i]) in table:
            return i - m
    return -1


def _object_title(tokens: list[Token], i: int) -> bool:
    """Whether the title at i is a verb's or a preposition's object: a word of
    object_words.txt ("với", "của", "đối với") right before it."""
    return _words_before(tokens, i, object_words()) >= 0


_VISIT_OPENERS = frozenset({",", "buổi", "khi", "lúc"})


def _visitor_title(tokens: list[Token], i: int) -> bool:
    """Whether the title at i is a visitor's, received or met at the start of the clause:
    a word of visit_words.txt right before it, at the sentence's start (or capitalised) or
    after a comma, "buổi", "khi" or "lúc" ("Tiếp Đại sứ X, …", "Tại buổi tiếp Thống đốc Y, …"; not
    "trực tiếp Phó Chủ tịch …")."""
    k = _words_before(tokens, i, visit_words())
    # (capitalised, it opens a sentence glued after a caption: "Ảnh: TTXVN Tiếp …")
    return k == 0 or k > 0 and (tokens[k].is_cap or tokens[k - 1].text.lower() in _VISIT_OPENERS)


def _opens_clause(tokens: list[Token], j: int) -> bool:
    """Whether the word at j, right after a name, opens that name's own clause: a
    lower-case word that does not go on with the name's phrase (phrase_words.txt:
    "tại", "và" …), such as a verb ("cho biết", "viết", "đã"). A ":" is none: "theo
    lời của cựu Chủ tịch X, ông A: …" quotes the holder."""
    if j >= len(tokens):
        return False
    t = tokens[j]
    return t.is_word and not t.is_cap and t.text.lower() not in phrase_words()


def _titled_name_at(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the titles read from token j end at a name (with or without a lead-in):
    the next person's, whose posts they are."""
    end, titles = _titles_from(text, tokens, j)
    if not titles or end >= len(tokens):
        return False
    h = lead_in(tokens, end)
    return bool(name_at(tokens, end + h, after_honorific=bool(h))) or _honorific_name_next(tokens, end)


def _comma_after(text: str, tokens: list[Token], i: int, title: Title) -> bool:
    """Whether a comma follows the first title of a chain read from token i."""
    at = text.find(title.text, tokens[i].start)
    return at >= 0 and text[at + len(title.text):].lstrip().startswith(",")


def _titles_then_name(text: str, tokens: list[Token], i: int, index: int,
                      persons: list[str], positions: list[Position]) -> int:
    """Titles before a name at token i: "Bí thư Tỉnh ủy Nguyễn Văn A", "Phó Chủ tịch
    UBND tỉnh, đồng chí Trần B", "Thủ tướng Nguyễn C", "các Phó Chủ tịch UBND
    tỉnh: D, E và G". Returns the token to go on from."""
    if i > 0 and tokens[i - 1].text == "%":
        # "90% ủy viên trung ương bỏ phiếu kỷ luật ông A": a share of the members, none named
        return max(_titles_from(text, tokens, i)[0], i + 1)
    another = _for_another(tokens, i)
    if another:
        # "ứng viên Tổng thống Pháp B": the post is only sought; "vợ Tổng thống Mỹ, bà A":
        # the post is the relative's, who is named only when right after it
        # ("vợ Tổng thống Mỹ Donald C" — C holds it)
        end, _ = _titles_from(text, tokens, i)
        if another == "candidate" or end >= len(tokens) or not tokens[end].is_cap:
            return max(end, i + 1)
    if _on_behalf_of(tokens, i):
        first = title_at(text, tokens, i)
        if first and i + first[0] < len(tokens) and tokens[i + first[0]].text == ",":
            # "thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch nước A": the first
            # title is the one who delegates, not A
            return i + first[0] + 1
    end, titles = _titles_from(text, tokens, i)
    behalf = _BEHALF_LEAD.search(text, 0, tokens[i].start) if len(titles) > 1 else None
    if behalf:
        # "Thay mặt Chính phủ, Thủ tướng Chính phủ, Bộ trưởng, Chủ nhiệm VPCP A": a post of the
        # body he speaks for, before his own, is its head's, not his ("Thay mặt Ban cán sự đảng
        # Bộ, Bí thư, Bộ trưởng B": his own posts)
        titles = [t for n, t in enumerate(titles) if n == len(titles) - 1 or t.body is None
                  or t.body.name not in behalf.group(0)]
    held = next((m for m, t in enumerate(titles[:-1])
                 if _holds_its_holder(t) or _ends_in_foreign_name(t) or _names_a_foreigner(t)
                 or _ends_in_listed_holder(t)), None)
    if held is not None:
        # "Tổng Bí thư Trường Chinh, Phó Thủ tướng A", "Tổng thư ký IPU Martin Chungong,
        # Chủ tịch Quốc hội B": the chain holds two persons
        cut = _token_at(tokens, text.find(titles[held + 1].text, tokens[i].start))
        if cut is not None and cut > i + 1:
            end, titles = cut - 1, titles[:held + 1]
    if len(titles) == 1 and titles[0].body is None:
        # "Thay mặt BCH LĐLĐ tỉnh, Phó Chủ tịch A": the body is the one spoken for
        body = _spoken_for(text, tokens, i)
        if body is not None:
            titles = [Title(f"{titles[0].text} {body.name}", titles[0].role, body)]
    if len(titles) == 1 and _counted_at(tokens, i) and _plural_list_opens(tokens, end):
        # "Ban X còn có 8 phó trưởng ban, gồm …": the body that has them is the role's
        titles = [_counted_of(text, tokens, i, _less_other(titles[0]))]
        t = titles[0]
        if t.body is None and t.role.lower() not in standalone_posts():
            # "Các Phó chủ tịch gồm các ông: …": the body is the one whose head the
            # article named before (pipeline.implied_bodies fills it in, or drops the rows)
            titles = [Title(t.text, t.role, IMPLIED, t.past)]
    bare = len(titles) == 1 and _bare_post(titles[0])
    titles = [t for t in titles if _post_before_name(t) or bare]
    if not titles:
        return max(end, i + 1)
    titles = _spread_country(titles)
    last = titles[-1]
    if last.body is not None and last.body.kind is None and last.role.lower() in standalone_posts():
        # "Tổng Bí thư Trường Chinh": no organization, the capitalised words are the holder
        n_body = len(tokenize(last.body.name))
        if name_at(tokens, end - n_body, after_honorific=True) == n_body \
                and all(vietnamese_syllable(t.text) for t in tokens[end - n_body:end]):
            start = tokens[end - 1].end - len(last.text)
            titles[-1] = Title(text[start:tokens[end - n_body - 1].end], last.role, None)
            end -= n_body
    colon = _list_opens(tokens, end)
    if colon and tokens[end].text == ":" and _quote_after_colon(tokens, colon):
        # "Thủ tướng: Sơn Trà không chỉ là của riêng Đà Nẵng": a headline's quote after its
        # speaker, no list of holders
        return max(end, i + 1)
    if not colon and _counted_at(tokens, i):
        colon = _plural_list_opens(tokens, end)
        if colon and tokens[end - 1].text.lower() == "khác":
            titles[-1] = _less_other(titles[-1])  # "Bảy phó trưởng ban khác gồm …": "khác" is no body
    if colon:
        # "các Phó Chủ tịch UBND tỉnh: A, B", "Phó Chủ tịch Hội gồm các ông: C, D"
        j = _shared_title_list(text, tokens, colon, titles, index, persons, positions)
        if j > colon:
            return j
    examples = _examples_open(tokens, end)
    if examples:
        # "nguyên Ủy viên Trung ương như đồng chí A, B": each name of the list holds it
        j = _shared_title_list(text, tokens, examples, titles, index, persons, positions, own_titles=False)
        if j > examples:
            return j
    then = _then_before_la(tokens, end)
    comma = end < len(tokens) and (tokens[end].text in {",", "–", "-"} or tokens[end].text.lower() == "là" or then > 0)
    # "Phó Chủ tịch UBND tỉnh, đồng chí A", "cố Bí thư Thành ủy - ông B", "Bí thư là ông C",
    # "Bí thư Thành ủy lúc đó là ông D"
    k = end + (then or comma)
    mark = end  # where the mark between the titles and the name stands, if any
    aside = _aside_end(tokens, end)
    if aside and not comma and acronym_aside(tokens, end) and titles[-1].body is None:
        k = aside  # "Đại biểu Quốc hội (ĐBQH) Nguyễn Văn A": the post's own acronym
    elif aside:
        k, comma = aside, True  # "Bí thư Đảng ủy xã X (huyện Y, tỉnh Z) Nguyễn Văn A"
        if k + 1 < len(tokens) and tokens[k].text in {"–", "-", ","} and honorific_at(tokens, k + 1) \
                and not _names_in(tokens, end + 1, aside - 1):
            # "Chủ tịch UBND xã X, huyện Y (tỉnh Z) - ông A": the mark after the aside stands
            # where a comma after the title would, and is read as one below (not when the
            # aside names the holder: "Chủ tịch UBND huyện (ông B), ông A và các cán bộ")
            mark, k, aside = k, k + 1, 0
    dashed = mark < len(tokens) and tokens[mark].text in {"–", "-"} and honorific_at(tokens, mark + 1) > 0
    if comma and titles[-1].body is None and not dashed:
        # "khi bầu cử ĐBQH, ông A": a bare post is followed by its holder; a dash ties
        # them ("đại biểu Quốc hội khóa XIII – bà B")
        return max(end, i + 1)
    if _ends_in_surname(titles[-1]):
        # "hội đàm với Ngoại trưởng Nga Petrov, ông A": the post is Petrov's, named by
        # his surname alone: a one-word holder, whom the pipeline gives the article's
        # full name ending in it ("Sergei Petrov"), or drops
        last = titles[-1]
        head, surname = last.body.name.rsplit(" ", 1)
        titles[-1] = Title(last.text[:len(last.text) - len(surname)].rstrip(), last.role,
                           Org(head, last.body.kind), last.past)
        if len(surname) > 1 and surname.isalpha():  # "V. Ivanov": an initial, no surname
            # only the last title: "sa thải Giám đốc FBI, Tổng thống Mỹ Trump" holds two persons
            positions.append(Position(surname, titles[-1], index))
        return max(end, i + 1)
    if comma and not then and not aside and tokens[end].text == ",":
        parent = _parent_before_name(text, tokens, k, titles[-1])
        if parent and _parent_after(text, tokens, end, titles[-1], before_name=True):
            # "Trưởng phòng CSGT, Công an tỉnh X Nguyễn Văn A": the title holds its parent,
            # as _title_chain's does after a name
            last = titles[-1]
            span = text[tokens[k].start:tokens[k + parent - 1].end]
            titles[-1] = Title(text[tokens[end - 1].end - len(last.text):tokens[k + parent - 1].end], last.role,
                               Org(f"{last.body.name}, {span}", last.body.kind), last.past)
        k += parent
    h = lead_in(tokens, k)
    # after a comma or an aside only a known family name (or an honorific) starts a name;
    # so too after a bare post that needs its body elsewhere ("Thứ trưởng Nguyễn Văn A")
    n = name_at(tokens, k + h, after_honorific=bool(h) or not (comma or bare))
    if n and not comma and _ends_in_country(titles[-1]):
        # "Tổng chưởng lý Malaysia Haji Mohamed Apandi bin Ali": a foreign name read whole
        n = max(n, foreign_name_at(tokens, k + h, after_country=True))
    elif n and not all(vietnamese_syllable(t.text) for t in tokens[k + h:k + h + n]):
        # "Thủ lĩnh IS Abu Bakr al-Baghdadi": a foreign name read whole, its particle too
        n = max(n, foreign_name_at(tokens, k + h))
    if not n and not h and not comma and len(titles) == 1 and _regnal_name_at(tokens, k, titles[0]):
        # "Giáo hoàng Francis", "Quốc vương Salman": a holder who goes by one name (and
        # his numeral: "Nhà vua Felipe VI")
        e = k + 1 + _regnal_numeral(tokens, k + 1)
        name = " ".join(t.text for t in tokens[k:e])
        persons.append(name)
        positions.append(Position(name, titles[0], index))
        return e
    if bare and not n and not comma and titles[0].role.lower() not in _native_bare():
        # "Đại sứ Bruno X, Trưởng Phái đoàn EU …": a foreign name only when titles of
        # its own follow it, which name the post the bare one abbreviates
        f = foreign_name_at(tokens, k + h)
        n = f if f and k + h + f + 1 < len(tokens) and tokens[k + h + f].text in _APPOSED \
            and role_at(tokens, k + h + f + 1) else 0
        if not n and f and (i == 0 or tokens[i - 1].text in _CLAUSE_MARKS) and _opens_clause(tokens, k + h + f):
            n = f  # "…", Đại sứ Jose Y phát biểu": the post and its holder open their clause
    if bare and not n:
        return max(end, i + 1)
    if not n and (h or not comma or (titles[-1].body is not None and tokens[end].text in {"–", "-"})):
        # "Tổng thống Pháp Emmanuel X", "Chủ tịch Trung Quốc Tập Y", "Ngoại trưởng Mỹ, ông John Z";
        # after a bare comma the name may be someone else's ("cố vấn cho Thủ tướng Nhật Bản, A")
        n = foreign_name_at(tokens, k + h, after_country=bool(h) or (not comma and _ends_in_country(titles[-1])))
    if not n and comma and not h and titles[-1].body is not None:
        # "Ngày 22/6, Thứ trưởng Bộ Phát triển kinh tế Nga, Alexey X cho biết": a foreign
        # post that opens its clause, then the name and its verb (or a closing comma);
        # inside a clause, the name between two commas ("trong khi Thủ tướng Pakistan,
        # Nawaz X, một đồng minh …, đã …")
        f = foreign_name_at(tokens, k)
        # a photo credit in brackets may open the sentence ("(Ảnh: TTXVN) Người phát ngôn …")
        opens = i == 0 or tokens[i - 1].text in _CLAUSE_MARKS or _after_opening_aside(tokens, i)
        if _ends_in_country(titles[-1]):
            n = f if f and k + f < len(tokens) and (tokens[k + f].text == "," or (opens and not tokens[k + f].is_cap)) \
                else 0
        else:
            # "Tổng Giám đốc IATA, Alexandre X nhận định": any foreign body's post, when it
            # opens its clause and the name is the subject of the verb right after it
            n = f if f and opens and k + f < len(tokens) and tokens[k + f].is_word and not tokens[k + f].is_cap \
                else 0
    if n and not h and not comma and titles[-1].body is not None and end > 0 \
            and tokens[end - 1].text.lower() in namesake_heads() and not _ends_in_level(tokens, end):
        # "Hiệu trưởng Trường THPT Chu Văn An Nguyễn Văn B": the first name is the school's
        last = titles[-1]
        body_text = text[tokens[end - 1].end - len(last.body.name):tokens[end + n - 1].end]
        title_text = text[tokens[end - 1].end - len(last.text):tokens[end + n - 1].end]
        titles[-1] = Title(title_text, last.role, Org(body_text, last.body.kind))
        end += n
        k = end
        n = name_at(tokens, k, after_honorific=False)
    if n and not h and not comma and titles[-1].body is not None and end > 0 \
            and tokens[end - 1].text.lower() in _NAMESAKE_LEVELS and _honorific_name_next(tokens, end + n):
        # "Trưởng Công an phường Bùi Thị Xuân, ông Nguyễn Văn B": the name after the
        # level word is the ward's, the holder the one the honorific names after it
        last = titles[-1]
        stop = tokens[end + n - 1].end
        titles[-1] = Title(text[tokens[end - 1].end - len(last.text):stop], last.role,
                           Org(text[tokens[end - 1].end - len(last.body.name):stop], last.body.kind), last.past)
        end += n
        k = end + 1
        h = lead_in(tokens, k)
        n = name_at(tokens, k + h, after_honorific=True)
    if not n or _runs_on(tokens, k + h + n):
        return max(end, i + 1)
    if comma and tokens[mark].text == "," and _after_post_verb(tokens, i) and _after_post_verb(tokens, k + h + n, ahead=True):
        # "A được đưa về làm chuyên viên Phòng X, ông B làm chuyên viên Văn phòng Sở": two
        # clauses alike; the post before the comma is A's, B's own follows his name
        return max(end, i + 1)
    if then and _another_after(tokens, k + h + n):
        # "Tổng thống Pháp hiện nay là bà A (trái) và ông B": one seat, two persons
        # (candidates): neither holds it
        return max(end, i + 1)
    k += h
    name = person_name(tokens, k, n)
    persons.append(name)
    if then and " ".join(t.text.lower() for t in tokens[end:end + then - 1]) in past_then_words():
        # "Bí thư Thành ủy lúc đó là ông A": the holder then, remembered; the words stay
        titles = [t if t.past else Title(t.text, t.role, t.body, True) for t in titles]
    objected = _object_title(tokens, i)
    if (objected or _visitor_title(tokens, i)) and _opens_clause(tokens, k + n):
        # "Báo cáo với Bí thư Thành ủy, Phó Giám đốc Sở X Nguyễn Văn A cho biết", "chuyến
        # thị sát của Bí thư Thành ủy, anh B viết": the title after "với"/"của" is the one
        # spoken to or of; the name then opens its own clause, the first title is not its.
        # A visitor's ("Tiếp Chủ tịch Tập đoàn X, Thủ tướng A đánh giá …") only when the
        # host's own title follows the comma: "Tại buổi gặp Chủ tịch Tập đoàn Y, ông B cho
        # biết …" may be that chairman speaking
        if objected and mark < len(tokens) and tokens[mark].text == "," and not aside:
            return k + n
        if len(titles) > 1 and _comma_after(text, tokens, i, titles[0]):
            titles = titles[1:]
    if _object_title(tokens, i) and mark < len(tokens) and tokens[mark].text == "," and not aside \
            and k + n + 1 < len(tokens) and tokens[k + n].text in {"-", "–", ","} and role_at(tokens, k + n + 1) \
            and not _titled_name_at(text, tokens, k + n + 1):
        # "Theo quyết định của Giám đốc ĐH X, PGS-TS A - Phó Hiệu trưởng, được bổ nhiệm":
        # the name after the comma has its own posts; the title before it is another's:
        # read on from the name (and the degree before it) as from any holder's (not when
        # the posts after it are the next person's: "tiếp Trưởng Đại diện JETRO, ông A,
        # Thủ tướng B hoan nghênh …")
        return k - h
    if len(titles) > 1 and _count_before(tokens, i) and _comma_after(text, tokens, i, titles[0]):
        # "bổ nhiệm 02 Thẩm phán TAND tối cao, Chánh án TAND tối cao A giải trình": a counted
        # title is the plural the clause before speaks of, not the next name's post
        titles = titles[1:]
    positions.extend(Position(name, t, index) for t in titles)
    j = k + n
    if j < len(tokens) and tokens[j].text == "(":
        # "Đại biểu A (Thanh Hóa), Phó Chủ nhiệm Ủy ban X nhìn nhận": the titles after
        # the aside are the name's too
        aside = _aside_end(tokens, j)
        if aside and aside + 1 < len(tokens) and tokens[aside].text in _OPENERS - {"("} \
                and role_at(tokens, aside + 1):
            j = aside
    if _bare_name_list(tokens, j, titles):
        # "nguyên Phó Chủ tịch UBND tỉnh A, B và C": three former vice chairmen
        return _shared_title_list(text, tokens, j + 1, titles, index, persons, positions)
    if j < len(tokens) and tokens[j].text in _OPENERS:
        j2, more = _chain_after_name(text, tokens, j + 1)
        if not more and tokens[j].text == "," and _counted_at(tokens, i):
            # "các Phó Chủ tịch UBND tỉnh A, B và C": the plural title is each one's
            return _shared_title_list(text, tokens, j + 1, titles, index, persons, positions, own_titles=False)
        j = j2
        if more and tokens[j - 1].text != "," and (_honorific_name_next(tokens, j) or _bare_name_opens_clause(tokens, j)):
            # "Tổng thống Nga Vladimir A, Thư ký báo chí Tổng thống Nga, ông Dmitry B
            # nói": a titled name's next title before ", ông <name>" is that one's
            start = _token_at(tokens, tokens[j - 1].end - len(more[-1].text))
            if start is not None and start > k + n:
                more, j = more[:-1], start
        if more and j < len(tokens) and any(t.body is not None for t in titles) \
                and _titled_name_next(text, tokens, j):
            # "Ủy viên Bộ Chính trị, Chủ tịch X Nguyễn Văn A, Ủy viên Trung ương Đảng, Chủ
            # tịch Y Lê Văn B": in a list of names titled with their bodies, the titles after
            # a titled name that run into the next name are that name's (after a bare "ĐB A,"
            # the apposition is A's: "ĐB A, Phó Giám đốc Sở X, ĐB B")
            more, j = [], k + n
        # a bare role after such a name opens the next clause ("Thay mặt Chủ tịch
        # nước Trần A, Thủ tướng mời …"), it is not a second post of A
        more = [t for t in more if t.body is not None]
        more = _same_country(titles, more)
        if more and tokens[mark].text == "," and i > 0 and tokens[i - 1].text not in _CLAUSE_MARKS:
            # "Báo cáo với Bí thư Thành ủy, bà A, Trưởng Ban Tuyên giáo …": after a word
            # (a verb's or a preposition's object), a name with titles of its own after
            # it is the next person spoken of, not the holder of the title before the
            # comma; a title that opens its clause is the name's ("Về X, đại biểu Quốc
            # hội tỉnh Y, ông A - Chủ tịch Hiệp hội Z nêu …")
            del positions[len(positions) - len(titles):]
        positions.extend(Position(name, t, index) for t in more)
    elif j + 1 < len(tokens) and (tokens[j].text == "," or tokens[j].text.lower() == "và") \
            and i > 0 and tokens[i - 1].text.lower() == "các":
        # "các Phó Chủ tịch UBND tỉnh A, B và C": the plural title is each one's
        j = _shared_title_list(text, tokens, j + 1, titles, index, persons, positions)
    return j


@lru_cache(maxsize=None)
def _giving_verbs() -> tuple[tuple[str, ...], ...]:
    """The verbs of post_verbs.tsv that put a post right after them ("làm X", "giữ chức
    X": kinds post and copula), longest first."""
    return tuple(sorted({p for p, k in post_verbs() if k in ("post", "copula")}, key=len, reverse=True))


def _after_post_verb(tokens: list[Token], i: int, ahead: bool = False) -> bool:
    """Whether a verb that gives a post ("làm", "giữ chức") ends right before token i,
    or (`ahead`) opens at i with a title after it."""
    if ahead:
        for w in _giving_verbs():
            n = match_words(tokens, i, w)
            if n and role_at(tokens, i + n):
                return True
        return False
    return any(i - len(w) >= 0 and match_words(tokens, i - len(w), w) == len(w) for w in _giving_verbs())


def _parent_before_name(text: str, tokens: list[Token], k: int, title: Title) -> int:
    """Length of the body a unit belongs to between a title's comma and its holder's
    Vietnamese name at k ("Phó Vụ trưởng Vụ X, Bộ Y Nguyễn Văn A cho biết"): the
    name must open its clause; 0 if none. The body stays out of the title, as it does
    after the name ("A, Phó Vụ trưởng Vụ X, Bộ Y")."""
    if title.body is None or title.past or k >= len(tokens) or not tokens[k].is_cap or role_at(tokens, k):
        return 0
    hit = org_at(text, tokens, k)
    if hit is None:
        return 0
    e = k + hit[0]
    n = name_at(tokens, e)
    if n < 2 or not all(vietnamese_syllable(t.text) for t in tokens[e:e + n]) or not _opens_clause(tokens, e + n):
        return 0
    return hit[0]


def _after_opening_aside(tokens: list[Token], i: int) -> bool:
    """Whether token i comes right after a bracketed aside that opens the sentence
    ("(nguồn: EPA/TTXVN) Người phát ngôn …"): the clause starts at i."""
    return i > 1 and tokens[i - 1].text == ")" and tokens[0].text == "(" \
        and not any(t.text in {"(", ")"} for t in tokens[1:i - 1])


def _after_place_word(tokens: list[Token], k: int) -> bool:
    """Whether a word that puts a place ("ở", "tại", a level word: place_words())
    ends right before token k."""
    return any(k - m >= 0 and tuple(t.text.lower() for t in tokens[k - m:k]) in place_words() for m in (1, 2, 3))


def _place_listed(tokens: list[Token], i: int, n: int) -> bool:
    """Whether a two-word would-be name at i is a place: right after "ở", "tại" or a
    level word, or the next item of a comma list of short capitalised names opened by
    one ("… ở Thường Tín, Phú Xuyên, Chủ tịch UBND TP đánh giá": no person). A
    person named in full has three words mostly, a place two."""
    if n != 2:
        return False
    k = i
    for _ in range(6):
        if _after_place_word(tokens, k):
            return True
        if k < 2 or tokens[k - 1].text != ",":
            return False
        m = k - 2
        while m >= 0 and k - 2 - m < 3 and tokens[m].is_cap and tokens[m].text.isalpha() \
                and (tokens[m].text.lower(),) not in place_words():
            m -= 1
        if m == k - 2:
            return False  # no capitalised item before the comma: no list of places
        k = m + 1
    return False


def late_persons(sentence: Sentence) -> list[str]:
    """Persons a sentence says have died: the name after "cố" (late_words.txt) and
    the titles or the honorific before it ("cố Bí thư Thành ủy Nguyễn Văn A", "cố
    Chủ tịch UBND tỉnh - ông B", "cố đồng chí C"). Their posts are past ones."""
    text = sentence.text
    marks, before = late_words()
    if not any(m in text.lower() for m in marks):
        return []  # the common case, without tokens
    tokens = sentence_tokens(text)
    found: list[str] = []
    for k, t in enumerate(tokens[:-1]):
        if t.text.lower() not in marks or (k > 0 and tokens[k - 1].text.lower() in before):
            continue
        j = k + 1
        if role_at(tokens, j) or _former_at(tokens, j):
            end, titles = _titles_from(text, tokens, j)
            if not titles:
                continue
            j = end + (1 if end < len(tokens) and tokens[end].text in {",", "-", "–"} else 0)
        h = lead_in(tokens, j)
        n = name_at(tokens, j + h, after_honorific=True) if h or j > k + 1 else name_at(tokens, j)
        if n:
            found.append(person_name(tokens, j + h, n))
    return found


def extract_positions(sentence: Sentence) -> tuple[list[str], list[Position]]:
    """Persons named in a sentence, and every post each is said to hold."""
    text = sentence.text
    if not may_name_someone(text) or not may_hold_or_name(text):
        return [], []  # no name, so no person and no post
    tokens = sentence_tokens(text)
    persons: list[str] = []
    positions: list[Position] = []
    starters = _lower_starters()
    leads, namesakes, compounds = lead_first(), namesake_heads(), namesake_compounds()
    apposed = None  # _last_apposed_role(tokens), computed when first needed
    role_firsts, body_firsts = _role_firsts(), body_index().first_words()
    # nothing starts at an ordinary word (lower case, no starter): the walk goes from
    # one of the others to the next one at or after where the last step ended
    opens = [k for k, t in enumerate(tokens) if t.is_cap or t.exp[0] in starters]
    i = 0
    while True:
        at = bisect_left(opens, i)
        if at == len(opens):
            break
        i = opens[at]
        t = tokens[i]
        kind = _word_kinds.get(t.text)
        if kind is None:
            kind = _word_kind(t)
        quiet, family = kind
        after_namesake = i > 0 and tokens[i - 1].exp[-1] in namesakes and not (
            i > 1 and (tokens[i - 2].text.lower(), tokens[i - 1].text.lower()) in compounds)
        if quiet and not after_namesake and not (
                t.is_cap and i + 1 < len(tokens)
                and (tokens[i + 1].is_cap or (tokens[i + 1].text == "-" and tokens[i + 1].start == t.end))):
            # every step below would find nothing here (no lead-in, name, role, body,
            # namesake's place or run of capitals starts at it): the same "i += 1", sooner
            i += 1
            continue
        h = lead_in(tokens, i) if t.exp[0] in leads else 0
        if not h and after_namesake:
            # "phường Lê Lợi", "đường Nguyễn Văn Linh": a place or a namesake, no person
            k = i + 1
            while k < len(tokens) and k - i < 4 and tokens[k].is_cap and tokens[k].text.isalpha() \
                    and not role_at(tokens, k):
                k += 1
            i = k
            continue
        c = country_at(tokens, i + h) if h else 0
        if c and i + h + c < len(tokens) and tokens[i + h + c].exp[0] not in middle_names() \
                and foreign_name_at(tokens, i + h + c, after_country=True) >= 2:
            h += c  # "trung tướng Mỹ Joseph X": the rank's country, then the name
        # without a lead-in only a family name opens a name (name_at's own first test)
        n = name_at(tokens, i + h, after_honorific=bool(h)) if h or family else 0
        if not n and h:
            n = foreign_name_at(tokens, i + h)  # "ông Jean-Claude X", "bà Ursula von der Y"
        # a run of capitalised words, or one joined by a hyphen ("Jean-Claude X, Chủ tịch …")
        guessed = not n and t.is_cap and i + 1 < len(tokens) and (
            tokens[i + 1].is_cap or (tokens[i + 1].text == "-" and tokens[i + 1].start == t.end))
        if guessed:
            if apposed is None:
                apposed = _last_apposed_role(tokens)
            # no ", <role>" after i: _titled_name would find nothing (the cheap test first)
            n = _titled_name(text, tokens, i) if i < apposed else 0
        if n and not h and _place_listed(tokens, i, n):
            i += n  # "ở Thường Tín, Phú Xuyên": places, not a person
            continue
        if n:
            name = person_name(tokens, i + h, n)
            found: list[Position] = []
            j = i + h + n
            names = [name]
            if not guessed and not (i > 0 and tokens[i - 1].text.lower() == "là"):
                # "Các đồng chí A, B và C được bầu giữ chức …": the post is each one's (not
                # "Chủ tịch HĐQT là ông A, ông B giữ chức vụ Giám đốc": A is the named post's)
                j, names = _name_list(tokens, j, names)
            titles = []
            j = _bio_run(text, tokens, j)  # "A sinh năm 1963, quê X, hiện là Chủ tịch …"
            born = (_born_aside(tokens, j + 1) or _grade_aside(tokens, j + 1)) \
                if j + 1 < len(tokens) and tokens[j].text == "," else 0
            if born and tokens[j + born].text == "," and (
                    role_at(tokens, j + born + 1) or _former_at(tokens, j + born + 1)):
                j += born  # "A, sinh năm 1950, nguyên Bí thư …", "B, 56 tuổi, Chủ tịch …"
            if j < len(tokens) and tokens[j].text in _OPENERS:
                j2, titles = _chain_after_name(text, tokens, j + 1)
                if len(titles) == 1 and tokens[j].text == "," and i > 0 and tokens[i - 1].text.lower() == "theo" \
                        and j2 < len(tokens) and tokens[j2].is_word and not tokens[j2].is_cap \
                        and _head_of_state(titles[0]):
                    # "Theo ông A, Tổng thống Mỹ cam kết …": the source's clause ends at the
                    # comma, a head of state's title after it opens the next clause as its subject
                    titles = []
                j = j2 if titles else j
            aside = _aside_end(tokens, j) if not titles else 0
            aside_open = j
            if aside:
                # "anh A (35 tuổi, dân tộc Tày), Bí thư Tỉnh đoàn", "Ông A (…) đang là Chủ tịch"
                j = aside
                if j < len(tokens) and tokens[j].text in _OPENERS - {"("}:
                    j2, titles = _chain_after_name(text, tokens, j + 1)
                    j = j2 if titles else j
                elif j < len(tokens) and _bio_opens(tokens, aside_open + 1) and (
                        role_at(tokens, j) or _former_at(tokens, j)):
                    # "bị cáo A (SN: 1969) nguyên Trưởng phòng TNMT huyện X, …": a birth in
                    # brackets, then the posts with no comma
                    j2, titles = _chain_after_name(text, tokens, j)
                    j = j2 if titles else j
            if not titles and h and len(names) == 1 and j < len(tokens) and tokens[j].is_cap \
                    and tokens[j].exp[0] in role_firsts and role_at(tokens, j):
                # "ông A Chủ tịch UBND huyện X cho hay": the comma left out after a name an
                # honorific opens; only posts with their body, as a list's next item may be bare
                j2, more = _chain_after_name(text, tokens, j)
                if more and all(t.body is not None for t in more):
                    titles, j = more, j2
            found += [Position(name, t, sentence.index) for t in titles]
            # "… được bầu giữ chức Bí thư Huyện ủy", "tái đắc cử Chủ tịch …"
            m = _TAKES_POST.match(text[tokens[j - 1].end:]) if j > 0 else None
            if m:
                k = _token_at(tokens, tokens[j - 1].end + m.end())
                if k is not None:
                    # a last title running into a name is that one's ("A, khi đó là cựu Thủ
                    # tướng Anh, nhà lãnh đạo Trung Quốc B đề xuất"), as after a comma
                    k, titles = _chain_after_name(text, tokens, k)
                    if _copula_only(m.group(0)):
                        # "A là trưởng đoàn": after a bare "là"/"làm" only a post with its body
                        titles = [t for t in titles if t.body is not None]
                    if re.search(r"(?<!\w)nguyên\s+là", m.group(0), re.IGNORECASE):
                        # "A nguyên là Bí thư Quận ủy": a former post, written as such
                        titles = [t if t.past else Title(f"nguyên {t.text}", t.role, t.body, True) for t in titles]
                    if _says_past(m.group(0)):
                        # "A từng giữ chức Bí thư Tỉnh ủy X": held before, no longer; the words stay
                        titles = [t if t.past else Title(t.text, t.role, t.body, True) for t in titles]
                    found += [Position(nm, t, sentence.index) for nm in names for t in titles]
                    j = max(j, k)
                    now = _AND_NOW.match(text[tokens[k - 1].end:]) if titles and 0 < k < len(tokens) else None
                    k2 = _token_at(tokens, tokens[k - 1].end + now.end()) if now else None
                    if k2 is not None:
                        # "A - khi đó là Chủ tịch UBND tỉnh X và hiện nay là Bí thư Tỉnh ủy X -":
                        # then's post, and now's
                        k2, more = _chain_after_name(text, tokens, k2)
                        found += [Position(nm, t, sentence.index) for nm in names for t in more]
                        j = max(j, k2)
            if found or not guessed:
                # a name known only by the title after it is none without that title
                persons.extend(names)
                positions += found
            i = max(j, i + 1)
            continue
        # role_at and the body index find nothing at a word none of their entries starts with
        if t.exp[0] in role_firsts and (role_at(tokens, i) or (t.exp[0] in _FORMER and _former_at(tokens, i))):
            i = _titles_then_name(text, tokens, i, sentence.index, persons, positions)
            continue
        if t.is_cap and t.exp[0] in body_firsts and _starts_body(tokens, i):
            # step over an organization's name: "Huyện ủy Hoàng Su Phì" names no person
            i += max(org_span(tokens, i), 1)
            continue
        i += 1
    if "của" in text and _names_an_aide(text.lower()):
        _owner_holders(text, tokens, sentence.index, persons, positions)
    if " và " in text and len(positions) > 1:
        positions = _pair_shares_unit(text, positions)
    return persons, positions


# between the first holder's bare post and the second holder: "và", an honorific maybe
_PAIR_JOIN = re.compile(r"\s+và\s+(?:(?:ông|bà|anh|chị)\s+)?")


def _pair_shares_unit(text: str, positions: list[Position]) -> list[Position]:
    """Two holders named side by side, the first with a bare post and the second with
    his post's unit written after it, share that unit: "A, nguyên Giám đốc và B, nguyên
    Phó giám đốc Công ty X" → A was Giám đốc of Công ty X. Only when nothing but "và"
    (and an honorific) stands between the bare post and the second name, and the bare
    post needs a body (no Thủ tướng, no rank)."""
    out = list(positions)
    for n, p in enumerate(positions[:-1]):
        t = p.title
        if t.body is not None or _post_before_name(t):
            continue  # (a national post, "Thủ tướng", needs no body)
        first = text.find(f"{p.person}, {t.text}")
        nxt = positions[n + 1]
        if first < 0 or nxt.person == p.person or nxt.title.body is None:
            continue
        if not _same_ladder(t, nxt.title):
            continue  # "A, Hiệu trưởng và B, Phó Giám đốc Sở X": another post, another unit
        between_at = first + len(p.person) + 2 + len(t.text)
        second = text.find(f"{nxt.person}, {nxt.title.text}", between_at)
        if second < 0 or not _PAIR_JOIN.fullmatch(text, between_at, second):
            continue
        if not nxt.title.text.endswith(nxt.title.body.name):
            continue  # the unit is written after the second post, as in the shape
        body = nxt.title.body
        out[n] = Position(p.person, Title(f"{t.text} {body.name}", t.role, body, t.past), p.sentence)
    return out


def _same_ladder(bare: Title, other: Title) -> bool:
    """Whether two posts are rungs of one unit's ladder: the same role but for a "Phó"
    ("Giám đốc", "Phó giám đốc"), or a board's chair beside a firm's chief ("Chủ tịch HĐQT",
    "Tổng giám đốc Ngân hàng X")."""
    if bare.role.lower().removeprefix("phó ") == other.role.lower().removeprefix("phó "):
        return True
    return _of_board(bare.role) and other.body is not None and _firm_like(other.body)


def _titled_name_next(text: str, tokens: list[Token], j: int) -> bool:
    """Whether a person's name, or a title running into one, comes at j (after a
    title chain and its comma): the next item of a list of titled names."""
    if tokens[j - 1].text != ",":
        return name_at(tokens, j) > 0
    found = title_at(text, tokens, j) if role_at(tokens, j) else None
    return found is not None and j + found[0] < len(tokens) and name_at(tokens, j + found[0]) > 0


def _names_an_aide(low: str) -> bool:
    """Whether a lower-cased sentence holds an aide's role head (aide_posts.txt)."""
    return any(a in low for a in aide_posts())


def _owner_holders(text: str, tokens: list[Token], index: int, persons: list[str],
                   positions: list[Position]) -> None:
    """Add the holders of the posts aides serve, named inside an aide's title ("đặc
    phái viên của Tổng thống Vladimir X về …" → X, Tổng thống), whether or not the
    aide is named: the walk went past them inside the aide's title."""
    firsts = _aide_firsts()
    for i, t in enumerate(tokens):
        if t.exp[0] not in firsts:
            continue
        role = role_at(tokens, i)  # cheaper than title_at, and most of these words head no aide
        if role is None or not _aide_role(role[1]):
            continue
        found = title_at(text, tokens, i)
        if found is None or not _aide_role(found[1].role):
            continue
        held = _owner_holder(text, Position("", found[1], index))
        if held is not None and all((p.person, p.title.text) != (held.person, held.title.text) for p in positions):
            positions.append(held)
            if held.person not in persons:
                persons.append(held.person)


@lru_cache(maxsize=None)
def _aide_firsts() -> frozenset[str]:
    """First words of the aides' role heads (and "nguyên", "cựu", "phó", "quyền")."""
    return frozenset(r.split()[0] for r in aide_posts()) | {"nguyên", "cựu", "phó", "quyền"}


_word_kinds: dict[str, tuple[bool, bool]] = {}  # token text -> _word_kind, per distinct word


def _word_kind(t: Token) -> tuple[bool, bool]:
    """(quiet, family) of a token's text. Family: it is a family name, the only word
    name_at finds a name at without an honorific. Quiet: no step of extract_positions'
    walk can start at it whatever stands around it (bar the two tests of its
    neighbours the walk makes itself): no lead-in, role, former post or body opens
    with its first word, and it is no family name."""
    w = t.exp[0]
    # a marked family ("Đồng") may open a name too: name_at asks for its middle name
    family = t.text.lower() in families() or t.text.lower() in marked_families()
    quiet = not (w in lead_first() or w in _role_firsts() or w in body_index().first_words()
                 or w in _FORMER or family)
    kind = (quiet, family)
    if len(_word_kinds) < 200_000:
        _word_kinds[t.text] = kind
    return kind


@lru_cache(maxsize=None)
def _lower_starters() -> frozenset[str]:
    """Lower-case words a person or a title can start with: honorifics and the
    first words of role heads ("đồng", "ông", "phó", "ủy")."""
    return HONORIFIC_FIRST | _PAST | _FORMER | frozenset(words[0] for words, _ in role_heads())


def _starts_body(tokens: list[Token], i: int) -> bool:
    return body_index().match(tokens, i) is not None


# how many sentences back the post that names a counted role's body may stand
_IMPLIED_BACK = 4


def implied_bodies(positions: list[Position]) -> list[Position]:
    """Counted roles listed with their holders and no body ("Các Phó chủ tịch gồm các
    ông: …", "Bảy phó ban khác gồm …") take the body of the nearest post before them
    (in their sentence or up to _IMPLIED_BACK sentences back) whose role is theirs less "Phó" ("Chủ tịch Hội X" → "Phó chủ tịch Hội X",
    "Trưởng ban Kinh tế Trung ương" → "phó ban Kinh tế Trung ương"); without such a
    post they are no rows."""
    if not any(p.title.body is IMPLIED for p in positions):
        return positions
    out: list[Position] = []
    for k, pos in enumerate(positions):
        if pos.title.body is not IMPLIED:
            out.append(pos)
            continue
        # the post may stand earlier in the same sentence too ("Giám đốc Sở X là ông A;
        # 8 Phó Giám đốc gồm các ông bà: …")
        before = [p for m, p in enumerate(positions)
                  if (pos.sentence - _IMPLIED_BACK <= p.sentence < pos.sentence or (p.sentence == pos.sentence and m < k))
                  and p.title.body is not None and p.title.body is not IMPLIED and not p.title.past]
        for p in sorted(before, key=lambda p: -p.sentence):
            tail = _tail_after_role(pos.title.text, p.title.text)
            if tail:
                title = Title(f"{pos.title.text} {tail}", pos.title.role, Org(p.title.body.name, p.title.body.kind),
                              pos.title.past)
                out.append(Position(pos.person, title, pos.sentence))
                break
    return out


def _tail_after_role(counted: str, other: str) -> str | None:
    """The words of `other` after the role the counted title is the deputy of
    ("phó ban", "Trưởng ban Kinh tế Trung ương" → "Kinh tế Trung ương"); None when
    `other` is no such post."""
    c = counted.lower().split()
    if c[:1] == ["phó"]:
        c = c[1:]
    if c[:1] == ["trưởng"] and len(c) > 1:
        c = c[1:]  # "Phó Trưởng ban" is the deputy of "Trưởng ban" as "phó ban" is
    words = other.split()
    low = [w.lower() for w in words]
    if low[:1] == ["phó"]:
        return None  # another deputy's post may be one of its own ("Phó Chủ tịch thường trực")
    for skip in (["trưởng"], []):
        if low[:len(skip)] == skip and low[len(skip):len(skip) + len(c)] == c and len(low) > len(skip) + len(c):
            return " ".join(words[len(skip) + len(c):])
    return None
