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


@lru_cache(maxsize=None)
def _figure_patterns() -> list[tuple[FigureKind, re.Pattern[str]]]:
    return [(k, re.compile(k.pattern, re.IGNORECASE)) for k in figure_kinds()]


@lru_cache(maxsize=None)
def _any_figure() -> re.Pattern[str]:
    """All the patterns in one: most sentences with a digit report no figure, and one
    scan tells so where a scan per pattern took eleven."""
    return re.compile("|".join(f"(?:{k.pattern.replace('(?P<n>', '(?:')})" for k in figure_kinds()),
                      re.IGNORECASE)


def extract_figures(sentence: Sentence, year: int | None) -> list[Figure]:
    """The figures a sentence reports."""
    text = sentence.text
    out: list[Figure] = []
    if not _DIGIT.search(text) or not _any_figure().search(text):
        return out
    taken: list[tuple[int, int]] = []
    for k, rx in _figure_patterns():
        for m in rx.finditer(text):
            if re.search(r"đề nghị\s*$", text[: m.start()]):
                continue  # a proposal, not a result
            n = vi_number(m.group("n"))
            span = m.span("n")
            if n is None or any(a <= span[0] < b for a, b in taken):
                continue
            taken.append(span)
            out.append(Figure(k.measure, n, k.unit, sentence.index, _subject(text[: m.start()]),
                              period_of(text, year), m.group(0)))
    return out
