"""Figures the articles report about a body, as typed measurements:

  "kết nạp được 153 đảng viên"                       → MembersAdmitted 153
  "76 tổ chức đảng cơ sở (44 đảng bộ, 32 chi bộ) với 5.016 đảng viên"
                                                     → BaseOrganizations 76, PartyCommitteesCount 44,
                                                       PartyCellsCount 32, PartyMembers 5016
  "thi hành kỷ luật 12 đảng viên"                    → MembersDisciplined 12

Numbers are written the Vietnamese way: "5.016" is five thousand and sixteen.
The period is the year (and quarter or months) the sentence speaks of, else
the article's year; the subject is the body the sentence names, else the
article's organizer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.orgs import orgs_in
from kg.facts import Figure, Org, Sentence
from kg.resources import FigureKind, figure_kinds

_QUARTER = re.compile(r"quý\s+(I{1,3}|IV)\s*(?:[/\-–]|năm)\s*((?:19|20)\d{2})", re.IGNORECASE)
_MONTHS = re.compile(r"(\d{1,2})\s+tháng(?:\s+đầu)?\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
_YEAR = re.compile(r"(?<!đến )(?:năm|trong năm)\s+((?:19|20)\d{2})(?!\s*[–\-]\s*\d)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4}


def vi_number(text: str) -> int | None:
    """A number written the Vietnamese way: "5.016" → 5016, "03" → 3."""
    digits = text.strip(".")
    if not re.fullmatch(r"\d{1,3}(?:\.\d{3})*|\d+", digits):
        return None
    return int(digits.replace(".", ""))


def period_of(text: str, year: int | None) -> str | None:
    """The period a sentence speaks of: "2021-Q1", "2020-01/2020-09", "2020", or the article's year."""
    m = _QUARTER.search(text)
    if m:
        return f"{m.group(2)}-Q{_ROMAN_Q[m.group(1).upper()]}"
    m = _MONTHS.search(text)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-01/{m.group(2)}-{int(m.group(1)):02d}"
    m = _YEAR.search(text)
    if m:
        return m.group(1)
    return str(year) if year else None


def _subject(text: str) -> Org | None:
    found = orgs_in(text)
    return found[0] if found else None


_NUMBER = r"(?P<n>[\d.]"  # how the data files write a figure's number
_AT_NUMBER = r"(?=[\d.])"


def number_tail(pattern: str) -> str | None:
    """The part of a figure pattern from its number on ("(?P<n>[\\d.]+)\\s+đảng viên"),
    which every match of the pattern contains; None when that does not hold (the
    number inside a group, an alternative before it at the top level, or a
    back-reference after it)."""
    at = pattern.find("(?P<n>")
    if at < 0:
        return None
    depth, in_class, i = 0, False, 0
    while i < at:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 2] == "^" else 1
            if pattern[i:i + 1] == "]":
                i += 1  # "[]…]", "[^]…]": a "]" first in a class is a member
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return None
        i += 1
    tail = pattern[at:]
    if depth or in_class or re.search(r"\\[1-9]|\(\?P=", tail):
        return None  # inside a group, or a back-reference that would mean another group on its own
    return tail


@lru_cache(maxsize=None)
def _figure_patterns() -> list[tuple[FigureKind, re.Pattern[str], re.Pattern[str] | None]]:
    """(kind, its pattern, the pattern of its number and what follows) per figure kind."""
    out = []
    for k in figure_kinds():
        tail = number_tail(k.pattern)
        if tail and tail.startswith(_NUMBER):
            tail = _AT_NUMBER + tail  # Python's re tries every branch at every position, unguarded
        try:
            tail_rx = re.compile(tail, re.IGNORECASE) if tail else None
        except re.error:  # not a pattern on its own
            tail_rx = None
        out.append((k, re.compile(k.pattern, re.IGNORECASE), tail_rx))
    return out


@lru_cache(maxsize=None)
def _any_figure() -> re.Pattern[str]:
    """A pattern every sentence that reports a figure matches. Most sentences with a
    digit report none, and one scan tells so where a scan per kind took eleven; the
    scan looks for a number and what follows it (the start of a pattern, "kết nạp",
    "có", can stand anywhere), so it is cheap where the sentence has no number."""
    parts = [tail.pattern if tail else k.pattern for k, _, tail in _figure_patterns()]
    guard = _AT_NUMBER if all(p.startswith(_AT_NUMBER) for p in parts) else ""
    parts = [p.removeprefix(guard).replace("(?P<n>", "(?:") for p in parts]
    # the number and its space, read once rather than once per branch at every digit and
    # dot: "N x|N y" and "N (x|y)" match at the same places (whether one does is all
    # that is asked here)
    lead = _NUMBER_LEAD if all(p.startswith(_NUMBER_LEAD) for p in parts) else ""
    parts = list(dict.fromkeys(p.removeprefix(lead) for p in parts))  # a branch twice matches no more
    return re.compile(guard + lead + "(?:" + "|".join(f"(?:{p})" for p in parts) + ")", re.IGNORECASE)


_NUMBER_LEAD = r"(?:[\d.]+)\s+"  # how a tail starts once its (?P<n> is a plain group


def extract_figures(sentence: Sentence, year: int | None) -> list[Figure]:
    """The figures a sentence reports."""
    text = sentence.text
    out: list[Figure] = []
    if not _DIGIT.search(text) or not _any_figure().search(text):
        return out
    taken: list[tuple[int, int]] = []
    for k, rx, tail in _figure_patterns():
        if tail is not None and tail.search(text) is None:
            continue
        for m in rx.finditer(text):
            if text[: m.start()].rstrip().endswith("đề nghị"):
                continue  # a proposal, not a result
            n = vi_number(m.group("n"))
            span = m.span("n")
            if n is None or any(a <= span[0] < b for a, b in taken):
                continue
            taken.append(span)
            out.append(Figure(k.measure, n, k.unit, sentence.index, _subject(text[: m.start()]),
                              period_of(text, year), m.group(0)))
    return out
