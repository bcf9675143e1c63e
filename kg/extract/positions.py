"""person – holds – position.

Titles follow a name ("Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND
tỉnh" — comma, dash or parenthesis, titles split by commas) or precede it
("Bí thư Tỉnh ủy Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh, đồng chí Trần B").
Every title is a role head from titles.tsv and, mostly, the body it belongs
to. A ";" ends one person's titles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import body_index, level_index, rank_index, role_heads, role_index
from kg.extract.names import HONORIFIC_FIRST, honorific_at, name_at, person_name
from kg.extract.orgs import kind_of, org_span
from kg.extract.text import Token, match_words, tokenize
from kg.facts import Org, Position, Sentence, Title

_OPENERS = {",", "–", "-", "(", ":"}


# Role heads that name no post without their body ("Phó Ban Dân vận" is "Phó" + body).
_NEEDS_BODY = frozenset({"Phó", "Trưởng", "Phó Trưởng"})

_PAST = frozenset({"nguyên", "cựu"})


def past_at(tokens: list[Token], i: int) -> int:
    """1 if token i is "nguyên" / "cựu" marking a former post, else 0."""
    return 1 if i < len(tokens) and tokens[i].exp[0] in _PAST and tokens[i].is_word else 0


def role_at(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The longest role head at token i ("Phó Bí thư Thường trực"), with the
    "nguyên" / "cựu" of a former post before it counted in its length."""
    p = past_at(tokens, i)
    hit = role_index().match(tokens, i + p)
    if hit:
        return hit[0] + p, hit[1]
    split = _role_in_token(tokens, i + p)
    return (1 + p, split[0]) if split else None


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
    if hit:
        n = hit[0]
        k = i + n
        while k < len(tokens) and k - (i + n) < 3 and tokens[k].is_cap and tokens[k].text.isalpha():
            k += 1
        return k - i
    return 0


def title_at(text: str, tokens: list[Token], i: int) -> tuple[int, Title] | None:
    """A title (role head and the body it belongs to) starting at token i."""
    role = role_at(tokens, i)
    if role is None:
        return None
    n, vi = role
    p = past_at(tokens, i)
    split = (_role_in_token(tokens, i + p) if n == 1 + p and not match_words(tokens, i + p, tuple(vi.lower().split()))
             else None)
    body_n = org_span(tokens, i + n, after_role=True) or _level_span(tokens, i + n)
    if not body_n and vi in _NEEDS_BODY:
        return None  # "Trưởng" alone is a title cut short, not a post
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
    last = tokens[i + n + body_n - 1]
    return n + body_n, Title(text[tokens[i].start:last.end], vi, body, past=bool(p))


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
        found.append(t[1])
        k += t[0]
        if k + 1 < len(tokens) and tokens[k].text in {",", "–", "-"} and role_at(tokens, k + 1):
            k += 1
            continue
        break
    return k, found


_TAKES_POST = re.compile(
    r"^\s*(?:,\s*)?(?:đã\s+|vừa\s+)?(?:được\s+)?(?:tín nhiệm\s+)?"
    r"(?:tái đắc cử|đắc cử|tái cử|bầu|bầu làm|bầu giữ chức|bổ nhiệm|bổ nhiệm giữ chức|bổ nhiệm làm|"
    r"chỉ định|chỉ định giữ chức|chỉ định làm|điều động giữ chức|phân công giữ chức|giữ chức|giữ chức vụ|"
    r"tiếp tục giữ chức|kiêm nhiệm|kiêm)(?:\s+(?:giữ chức(?:\s+vụ)?|làm|chức|chức vụ))?\s+(?=[A-ZĐÀ-Ỹ])",
    re.IGNORECASE)


def _token_at(tokens: list[Token], offset: int) -> int | None:
    """The index of the token that starts at a character offset."""
    return next((k for k, t in enumerate(tokens) if t.start == offset), None)


def _titled_name(tokens: list[Token], i: int) -> int:
    """A name whose family name the gazetteer lacks, known by what follows it:
    two to four capitalised syllables, then ", <title>" ("Sền Mí Chư, Tỉnh ủy viên")."""
    if i > 0 and tokens[i - 1].is_word and tokens[i - 1].is_cap:
        return 0
    n = name_at(tokens, i, after_honorific=True)
    if 2 <= n <= 4 and i + n + 1 < len(tokens) and tokens[i + n].text in {",", "–", "-"} \
            and role_at(tokens, i + n + 1):
        return n
    return 0


def _shared_title_list(text: str, tokens: list[Token], k: int, shared: list[Title], index: int,
                       persons: list[str], positions: list[Position]) -> int:
    """Names after "TITLE:", each holding the shared titles (and any of their own)."""
    while k < len(tokens):
        h = honorific_at(tokens, k)
        n = name_at(tokens, k + h, after_honorific=True)
        if not n:
            break
        name = person_name(tokens, k + h, n)
        persons.append(name)
        positions.extend(Position(name, t, index) for t in shared)
        k += h + n
        if k < len(tokens) and tokens[k].text in _OPENERS - {":"}:
            k2, own = _title_chain(text, tokens, k + 1)
            if own:
                positions.extend(Position(name, t, index) for t in own)
                k = k2
        if k < len(tokens) and (tokens[k].text in {",", ";"} or tokens[k].text.lower() == "và"):
            k += 1
            continue
        break
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
    return False


def extract_positions(sentence: Sentence) -> tuple[list[str], list[Position]]:
    """Persons named in a sentence, and every post each is said to hold."""
    text = sentence.text
    if not may_name_someone(text):
        return [], []  # no name, so no person and no post
    tokens = tokenize(text)
    persons: list[str] = []
    positions: list[Position] = []
    starters = _lower_starters()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if not t.is_cap and t.exp[0] not in starters:
            i += 1  # an ordinary word: nothing starts here
            continue
        h = honorific_at(tokens, i)
        n = name_at(tokens, i + h, after_honorific=bool(h)) or (
            _titled_name(tokens, i) if t.is_cap and i + 1 < len(tokens) and tokens[i + 1].is_cap else 0)
        if n:
            name = person_name(tokens, i + h, n)
            persons.append(name)
            j = i + h + n
            if j < len(tokens) and tokens[j].text in _OPENERS:
                j, titles = _title_chain(text, tokens, j + 1)
                positions += [Position(name, t, sentence.index) for t in titles]
            # "… được bầu giữ chức Bí thư Huyện ủy", "tái đắc cử Chủ tịch …"
            m = _TAKES_POST.match(text[tokens[j - 1].end:]) if j > 0 else None
            if m:
                k = _token_at(tokens, tokens[j - 1].end + m.end())
                if k is not None:
                    k, titles = _title_chain(text, tokens, k)
                    positions += [Position(name, t, sentence.index) for t in titles]
                    j = max(j, k)
            i = max(j, i + 1)
            continue
        if role_at(tokens, i):
            end, titles = _title_chain(text, tokens, i)
            k = end + (1 if end < len(tokens) and tokens[end].text == "," else 0)
            k += honorific_at(tokens, k)
            n = name_at(tokens, k, after_honorific=True)
            # "Chủ tịch Hồ Chí Minh" is no post: a title before a name needs its body
            titles = [t for t in titles if t.body is not None]
            if titles and end < len(tokens) and tokens[end].text == ":":
                # "các đồng chí Phó Chủ tịch UBND tỉnh: A, B và C" — one title for a list
                j = _shared_title_list(text, tokens, end + 1, titles, sentence.index, persons, positions)
                if j > end + 1:
                    i = j
                    continue
            if n and titles:
                name = person_name(tokens, k, n)
                persons.append(name)
                positions += [Position(name, t, sentence.index) for t in titles]
                j = k + n
                if j < len(tokens) and tokens[j].text in _OPENERS:
                    j, more = _title_chain(text, tokens, j + 1)
                    positions += [Position(name, t, sentence.index) for t in more]
                i = j
                continue
            i = max(end, i + 1)
            continue
        if t.is_cap and _starts_body(tokens, i):
            # step over an organization's name: "Huyện ủy Hoàng Su Phì" names no person
            i += max(org_span(tokens, i), 1)
            continue
        i += 1
    return persons, positions


@lru_cache(maxsize=None)
def _lower_starters() -> frozenset[str]:
    """Lower-case words a person or a title can start with: honorifics and the
    first words of role heads ("đồng", "ông", "phó", "ủy")."""
    return HONORIFIC_FIRST | _PAST | frozenset(words[0] for words, _ in role_heads())


def _starts_body(tokens: list[Token], i: int) -> bool:
    return body_index().match(tokens, i) is not None
