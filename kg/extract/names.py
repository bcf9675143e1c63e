"""Vietnamese person names and honorifics.

A name is a family name from the gazetteer followed by one to four
capitalised syllables ("Ma Thế Hồng", "Nguyễn Thị Thu Hà", "LÒ VĂN TÙNG"),
or, after an honorific ("đồng chí", "ông", "bà"), any two to five capitalised
syllables. Place names that look like names ("Hà Giang", "Hồ Chí Minh") are not
persons.
"""

from __future__ import annotations

from kg.extract.lexicon import body_index, families, place_index, role_index
from kg.extract.text import Token, match_words

HONORIFICS: tuple[tuple[str, ...], ...] = (("đồng", "chí"), ("đ/c",), ("ông",), ("bà",))
HONORIFIC_FIRST = frozenset(h[0] for h in HONORIFICS)


def _syllable(tok: Token) -> bool:
    return tok.text.isalpha() and tok.is_cap and len(tok.text) <= 8


def starts_other(tokens: list[Token], i: int) -> bool:
    """Whether a title, an organization or a place begins at token i."""
    return bool(role_index().match(tokens, i) or body_index().match(tokens, i) or place_index().match(tokens, i))


def honorific_at(tokens: list[Token], i: int) -> int:
    """Number of tokens of an honorific ("đồng chí", "ông", "bà") at i; 0 if none."""
    if i >= len(tokens) or tokens[i].exp[0] not in HONORIFIC_FIRST:
        return 0
    for h in HONORIFICS:
        n = match_words(tokens, i, h)
        if n:
            return n
    return 0


def name_at(tokens: list[Token], i: int, after_honorific: bool = False) -> int:
    """Number of tokens of a person name starting at token i; 0 if none."""
    if i >= len(tokens) or not _syllable(tokens[i]):
        return 0
    if place_index().match(tokens, i):
        return 0
    known_family = tokens[i].text.lower() in families()
    if not (known_family or after_honorific):
        return 0
    if starts_other(tokens, i):
        return 0
    j = i + 1
    while j < len(tokens) and j - i < 5 and _syllable(tokens[j]) and not starts_other(tokens, j):
        j += 1
    n = j - i
    return n if n >= 2 else 0


def person_name(tokens: list[Token], i: int, n: int) -> str:
    """The name spelled by tokens[i:i+n], title-cased if written in capitals."""
    words = [t.text for t in tokens[i:i + n]]
    if all(w.isupper() for w in words):
        words = [w[:1] + w[1:].lower() for w in words]
    return " ".join(words)
