"""Word-sequence views of the data files, for matching against tokens."""

from __future__ import annotations

from functools import lru_cache

from kg.resources import bodies, family_names, org_words, provinces, titles


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.lower().split())


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
    return sorted(names, key=lambda n: -len(n))


@lru_cache(maxsize=None)
def families() -> frozenset[str]:
    """Family names, lower-cased."""
    return frozenset(f.lower() for f in family_names())
