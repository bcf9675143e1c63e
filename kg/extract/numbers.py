"""Ordinals as Vietnamese articles write them: 3, IV, "năm", "mười hai"."""

from __future__ import annotations

import re

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_UNITS = {"một": 1, "mốt": 1, "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "lăm": 5,
          "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}

#: the words an ordinal may be written with, for regular expressions
ORDINAL = r"(?:\d{1,3}|[IVXLC]{1,7}\b|(?:(?:mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)(?:\s+mươi)?(?:\s+(?:một|mốt|hai|ba|tư|bốn|năm|lăm|sáu|bảy|tám|chín))?|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\b)"


def roman(s: str) -> int | None:
    """Value of a Roman numeral ("XXIII" → 23), or None."""
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = _ROMAN[a]
        total += -v if b in _ROMAN and _ROMAN[b] > v else v
    return total if total > 0 else None


def words_number(s: str) -> int | None:
    """Value of a number written in Vietnamese words, up to 99 ("mười hai" → 12)."""
    w = s.lower().split()
    if not w:
        return None
    if w[0] == "mười":
        rest = w[1:]
        return 10 + (_UNITS.get(rest[0], 0) if rest else 0) if not rest or rest[0] in _UNITS else None
    if len(w) >= 2 and w[1] == "mươi" and w[0] in _UNITS:
        return _UNITS[w[0]] * 10 + (_UNITS.get(w[2], 0) if len(w) > 2 else 0)
    return _UNITS.get(w[0]) if len(w) == 1 else None


def ordinal(s: str) -> int | None:
    """An ordinal in digits, Roman numerals or words ("3", "IV", "năm") as an int."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    return roman(s) if re.fullmatch(r"[IVXLC]+", s) else words_number(s)
