"""Word-sequence views of the data files, for matching against tokens."""

from __future__ import annotations

from functools import lru_cache

from typing import Generic, TypeVar

from kg.extract.text import Token, match_words
from kg.resources import abbreviations, bodies, family_names, levels, name_like_places, org_words, provinces, ranks, titles, clause_words

V = TypeVar("V")


class WordIndex(Generic[V]):
    """Word sequences indexed by their first word, for matching at a token in O(1)
    lookups instead of a scan of the whole list."""

    def __init__(self, entries: list[tuple[tuple[str, ...], V]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for words, value in sorted(entries, key=lambda e: -len(e[0])):
            self._by_first.setdefault(words[0], []).append((words, value))
        self._firsts = frozenset(self._by_first)
        # The same lists cut by the second word too: an entry of two words or more can
        # only match where the token stream's second word is its own, so match() tries
        # those alone, then the one-word entries (in the same longest-first order as
        # _by_first, so the first hit is the same). Most first words ("được", "là")
        # head many entries and are followed by none of their second words.
        self._singles: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        self._by_two: dict[tuple[str, str], list[tuple[tuple[str, ...], V]]] = {}
        for first, found in self._by_first.items():
            singles = [e for e in found if len(e[0]) == 1]
            self._singles[first] = singles
            for e in found:
                if len(e[0]) > 1:
                    self._by_two.setdefault((first, e[0][1]), []).append(e)
        for (first, _), found in self._by_two.items():
            found += self._singles[first]

    def match(self, tokens: list[Token], i: int) -> tuple[int, V] | None:
        """The longest entry spelled from token i: (tokens used, value), or None."""
        if i >= len(tokens):
            return None
        exp = tokens[i].exp
        first = exp[0]
        if first not in self._firsts:
            return None
        single = len(exp) == 1
        # the second word from token i: the token's own (an abbreviation's expansion) or the next token's
        second = exp[1] if not single else tokens[i + 1].exp[0] if i + 1 < len(tokens) else None
        found = self._by_two.get((first, second)) if second is not None else None
        if found is None:
            found = self._singles[first]
        for words, value in found:
            if len(words) == 1:
                if single:
                    return 1, value  # the commonest case, without the general walk
                continue  # one word never spells a token of several (match_words gives 0)
            n = match_words(tokens, i, words)
            if n:
                return n, value
        return None

    def first_words(self) -> frozenset[str]:
        """Every word an entry starts with: a token whose first word is none of
        them matches nothing here."""
        return self._firsts

    def starting(self, word: str) -> list[tuple[tuple[str, ...], V]]:
        """The entries whose first word is `word`, longest first."""
        return self._by_first.get(word, [])


def _words(s: str) -> tuple[str, ...]:
    """The lower-cased words of a data entry, its abbreviations expanded as the
    tokens' are ("Đại biểu HĐND" must match the tokens of "Đại biểu HĐND")."""
    table = abbreviations()
    out: list[str] = []
    # a comma is a token of its own, as the tokenizer makes it ("Sở Quy hoạch, Kiến trúc")
    for w in s.replace(",", " , ").split():
        exp = table.get(w) if len(w) > 1 and w.isupper() else None
        out.extend(exp.vi.lower().split() if exp else [w.lower()])
    return tuple(out)


@lru_cache(maxsize=None)
def role_heads() -> list[tuple[tuple[str, ...], str]]:
    """(lower-cased words, Vietnamese role head), longest first."""
    heads = [(_words(vi), vi) for vi in titles()]
    return sorted(heads, key=lambda h: -len(h[0]))


@lru_cache(maxsize=None)
def body_heads() -> list[tuple[tuple[str, ...], str]]:
    """(lower-cased words, kind) of organization heads, longest first."""
    return [(_words(b.vi), b.kind) for b in bodies()]


@lru_cache(maxsize=None)
def inner_words() -> list[tuple[str, ...]]:
    """Lower-case word sequences allowed inside organization names, longest first."""
    return [_words(w) for w in org_words()]


@lru_cache(maxsize=None)
def place_names() -> list[tuple[str, ...]]:
    """Province names and their aliases as word sequences, longest first.
    Proper nouns inside organization names that look like person names."""
    names = {_words(n) for p in provinces() for n in (p.name, *p.aliases)}
    names |= {_words("Việt Nam"), _words("Hồ Chí Minh")}
    names |= {_words(n) for n in name_like_places()}
    return sorted(names, key=lambda n: -len(n))


@lru_cache(maxsize=None)
def families() -> frozenset[str]:
    """Family names, lower-cased."""
    return frozenset(f.lower() for f in family_names())


@lru_cache(maxsize=None)
def role_index() -> WordIndex[str]:
    """Role heads, indexed; the value is the Vietnamese role head."""
    return WordIndex(role_heads())


@lru_cache(maxsize=None)
def body_index() -> WordIndex[str]:
    """Organization heads, indexed; the value is the kind."""
    return WordIndex(body_heads())


@lru_cache(maxsize=None)
def place_index() -> WordIndex[bool]:
    """Province names and aliases (and Việt Nam, Hồ Chí Minh), indexed."""
    return WordIndex([(w, True) for w in place_names()])


@lru_cache(maxsize=None)
def inner_index() -> WordIndex[bool]:
    """Lower-case words inside organization names, indexed."""
    return WordIndex([(w, True) for w in inner_words()])


@lru_cache(maxsize=None)
def rank_index() -> WordIndex[bool]:
    """Military, police and academic ranks ("Đại tá", "PGS.TS"), indexed."""
    return WordIndex([(_words(r), True) for r in ranks()])


@lru_cache(maxsize=None)
def level_index() -> WordIndex[bool]:
    """Administrative level words ("tỉnh", "thành phố"), indexed."""
    return WordIndex([(_words(lv), True) for lv in levels()])


@lru_cache(maxsize=None)
def clause_index() -> WordIndex[bool]:
    """Words and phrases never inside an organization's name ("cho biết", "đã",
    "tại"), indexed: they end a name's lower-case run. See clause_words.txt."""
    return WordIndex([(_words(w), True) for w in clause_words()])
