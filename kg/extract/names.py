"""Vietnamese person names and honorifics.

A name is a family name from the gazetteer followed by one to four
capitalised syllables ("Ma Thế Hồng", "Nguyễn Thị Thu Hà", "LÒ VĂN TÙNG"),
or, after an honorific ("đồng chí", "ông", "bà"), any two to five capitalised
syllables. Place names that look like names ("Hà Giang", "Hồ Chí Minh") are not
persons.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.extract.lexicon import body_index, families, place_index, rank_index, role_index
from kg.extract.text import Token, match_words
from kg.resources import middle_names, not_name_words, ranks

HONORIFICS: tuple[tuple[str, ...], ...] = (("đồng", "chí"), ("đ/c",), ("ông",), ("bà",), ("anh",), ("chị",),
                                           ("ngài",), ("thầy",), ("cô",))  # a teacher: "cô Lê Thị Hoa"
HONORIFIC_FIRST = frozenset(h[0] for h in HONORIFICS)
_KIN = (("anh",), ("chị",))


_ROMAN = re.compile(r"[IVXLCDM]{2,}")


def _syllable(tok: Token) -> bool:
    """A capitalised word that may be part of a name: no clause opener ("Tại"),
    no roman numeral ("Bác sĩ chuyên khoa II Tạ Văn A")."""
    word = tok.text
    known = _syllables.get(word)
    if known is None:  # a function of the word alone: computed once per distinct word
        known = (word.isalpha() and word[:1].isupper() and len(word) <= 8 and word not in not_name_words()
                 and not (word.isupper() and _ROMAN.fullmatch(word) is not None))
        if len(_syllables) < 200_000:
            _syllables[word] = known
    return known


_syllables: dict[str, bool] = {}


# onset, one to three vowels, coda: the shape of every Vietnamese syllable once its
# marks are stripped ("Nguyễn" → nguyen); foreign names ("Donald", "Trump") fail it
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


@lru_cache(maxsize=4096)
def vietnamese_syllable(word: str) -> bool:
    """Whether a word has the shape of a Vietnamese syllable."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
                   if not unicodedata.combining(c))
    return _VI_SYLLABLE.fullmatch(bare) is not None


def starts_other(tokens: list[Token], i: int) -> bool:
    """Whether a title, a rank, an organization or a place begins at token i."""
    if 0 <= i < len(tokens) and tokens[i].exp[0] not in _other_firsts():
        return False  # the common case: no entry of the four starts with this word
    return bool(role_index().match(tokens, i) or body_index().match(tokens, i) or place_index().match(tokens, i)
                or rank_index().match(tokens, i))


@lru_cache(maxsize=None)
def _other_firsts() -> frozenset[str]:
    """The first words of every title, organization, place and rank entry."""
    return frozenset().union(*(ix.first_words() for ix in (role_index(), body_index(), place_index(), rank_index())))


def rank_at(tokens: list[Token], i: int) -> int:
    """Tokens of a rank or degree at i ("Đại tá", "PGS.TS", "TS."), with its
    abbreviation dot; 0 if none."""
    hit = rank_index().match(tokens, i)
    if not hit:
        return 0
    n = hit[0]
    if i + n < len(tokens) and tokens[i + n].text == "." and tokens[i + n - 1].text.isalpha() \
            and len(tokens[i + n - 1].text) <= 5:
        n += 1  # "PGS. TS. Trần Văn A"
    return n


@lru_cache(maxsize=None)
def lead_first() -> frozenset[str]:
    """First words of honorifics and ranks (no lead-in starts with another word)."""
    return HONORIFIC_FIRST | frozenset(r.lower().split()[0] for r in ranks())


def lead_in(tokens: list[Token], i: int) -> int:
    """Tokens of what may stand before a name and is no part of it: an honorific
    and ranks or degrees, in any order ("đồng chí Đại tá", "ông TS", "PGS.TS",
    "Thiếu tướng, PGS.TS"); 0 if none."""
    if i >= len(tokens) or tokens[i].exp[0] not in lead_first():
        return 0  # the common case: no honorific, no rank starts here
    k = i
    for _ in range(4):
        n = honorific_at(tokens, k) or rank_at(tokens, k)
        if not n:
            break
        k += n
        if k + 1 < len(tokens) and tokens[k].text == "," and rank_at(tokens, k + 1):
            k += 1  # "Đại tá, TS Lê Văn B"
    return k - i


def honorific_at(tokens: list[Token], i: int) -> int:
    """Number of tokens of an honorific ("đồng chí", "ông", "bà") at i; 0 if none."""
    if i >= len(tokens) or tokens[i].exp[0] not in HONORIFIC_FIRST:
        return 0
    for h in HONORIFICS:
        n = match_words(tokens, i, h)
        if n:
            if h in _KIN and tokens[i].is_cap and i > 0:
                return 0  # "Thủ tướng Anh Theresa May": capitalised inside a sentence, the country
            return n
    return 0


def name_at(tokens: list[Token], i: int, after_honorific: bool = False) -> int:
    """Number of tokens of a person name starting at token i; 0 if none."""
    if i >= len(tokens) or not _syllable(tokens[i]):
        return 0
    known_family = tokens[i].text.lower() in families()
    if not (known_family or after_honorific):
        return 0  # tested before the place: cheaper, and the answer is 0 either way
    if place_index().match(tokens, i):
        return 0
    if starts_other(tokens, i):
        return 0
    j = i + 1
    while j < len(tokens) and j - i < 8 and _syllable(tokens[j]) and not _ends_name(tokens, i, j):
        j += 1
    n = j - i
    if n > 4 and known_family:
        n = _first_of_two(tokens, i, n)
    return n if 2 <= n <= 5 else 0


def _first_of_two(tokens: list[Token], i: int, n: int) -> int:
    """The length of the first name in a run of more syllables than one name has,
    two names side by side ("Trường THPT Chu Văn An Nguyễn Văn Bình"): the second
    starts at a family name, best one followed by a middle name ("Văn", "Thị")."""
    fam = families()
    splits = [p for p in range(2, n - 1) if tokens[i + p].text.lower() in fam]
    for p in splits:
        if tokens[i + p + 1].text.lower() in middle_names():
            return p
    return splits[0] if splits else min(n, 5)


def _ends_name(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name begun at i stops before token j: a title, a rank or an
    organization begins there, or a place once the name has two syllables. Right
    after the family name a place's syllables are the person's ("Trương Hòa Bình")."""
    if 0 <= j < len(tokens) and tokens[j].exp[0] not in _other_firsts():
        return False  # the common case: no entry of the four starts with this word
    if role_index().match(tokens, j) or body_index().match(tokens, j) or rank_index().match(tokens, j):
        return True
    return j - i >= 2 and place_index().match(tokens, j) is not None


def person_name(tokens: list[Token], i: int, n: int) -> str:
    """The name spelled by tokens[i:i+n], title-cased if written in capitals."""
    words = [t.text for t in tokens[i:i + n]]
    if all(w.isupper() for w in words):
        words = [w[:1] + w[1:].lower() for w in words]
    return " ".join(words)
