"""Sentences and tokens of an article body."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.facts import Sentence
from kg.resources import abbreviations

# Abbreviations that end in a dot but do not end a sentence.
_NO_BREAK = ("TP.", "Tp.", "TX.", "ThS.", "TS.", "PGS.", "GS.", "BS.", "Th.S.", "đ/c.", "St.", "Q.", "P.")
_BREAK = re.compile(r"(?<=[.!?…])[”\"]?\s+(?=[\"“(*]?[A-ZÀ-ỸĐ0-9])")


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join a line to the next when the sentence runs on ("… trao cờ của BTV Tỉnh ủy" /
    "cho tập thể …"): no closing punctuation and a lower-case start."""
    out: list[str] = []
    for ln in lines:
        if out and out[-1] and ln and ln[0].islower() and out[-1][-1] not in ".!?:;…":
            out[-1] = out[-1] + " " + ln
        else:
            out.append(ln)
    return out


def split_sentences(body: str) -> list[Sentence]:
    """Split a body into sentences with their spans (paragraphs never merge)."""
    sentences: list[Sentence] = []
    joined = "\n".join(_join_wrapped(body.split("\n")))
    # joining replaced "\n" by " " one for one, so spans into `joined` are spans into `body`
    for para in re.finditer(r"[^\n]+", joined):
        text, base = para.group(), para.start()
        start = 0
        for m in _BREAK.finditer(text):
            head = text[:m.start()]
            if head.endswith(_NO_BREAK):
                continue
            piece = text[start:m.start()].strip()
            if piece:
                sentences.append(Sentence(len(sentences), piece, base + start, base + m.start()))
            start = m.end()
        piece = text[start:].strip()
        if piece:
            sentences.append(Sentence(len(sentences), piece, base + start, base + len(text)))
    return sentences


class Token:
    """A word or punctuation mark; `exp` is its lower-cased expansion (an
    abbreviation's words: UBND → ủy ban nhân dân)."""

    __slots__ = ("text", "start", "end", "exp", "is_cap", "is_word")

    def __init__(self, text: str, start: int, end: int, exp: tuple[str, ...]) -> None:
        self.text, self.start, self.end, self.exp = text, start, end, exp
        first = text[:1]
        self.is_cap = first.isupper()
        self.is_word = first.isalnum()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


_UPPER = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
# A level abbreviated with a dot before a place's name ("TP. Vinh", "TP.Thủ Dầu Một",
# "H. Quỳ Hợp", "Q. Bình Thạnh") is a word of its own; "TP.HCM" stays one token.
_TOKEN = re.compile(rf"(?:T[Pp]|TX|Tx|H|Q)\.(?=\s?[{_UPPER}][^\W{_UPPER}])|\w+(?:[.’'/]\w+)*|[^\w\s]")


@lru_cache(maxsize=None)
def _expansions() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v.vi.lower().split()) for k, v in abbreviations().items()}


_word_info: dict[str, tuple[tuple[str, ...], bool, bool]] = {}


def _info(word: str) -> tuple[tuple[str, ...], bool, bool]:
    """(expansion, is_cap, is_word) of a word, computed once per distinct word:
    most tokens of a corpus are words seen before."""
    table = _expansions()
    exp = table.get(word) if len(word) > 1 and word.isupper() else None
    if exp is None and word.endswith("."):
        exp = table.get(word.upper())  # "Tp.", "H."
    first = word[:1]
    info = (exp or (word.lower(),), first.isupper(), first.isalnum())
    if len(_word_info) < 500_000:
        _word_info[word] = info
    return info


def tokenize(text: str) -> list[Token]:
    """Words (with inner dots: "T.Ư", "14.1") and punctuation marks."""
    toks = []
    known = _word_info.get
    new = object.__new__
    find = text.find
    pos = 0
    # every character but spaces is in a token, so the next token is the first
    # place its word occurs from the end of the last (cheaper than match objects)
    for w in _TOKEN.findall(text):
        t = new(Token)
        t.text = w
        t.start = pos = find(w, pos)
        t.end = pos = pos + len(w)
        t.exp, t.is_cap, t.is_word = known(w) or _info(w)
        toks.append(t)
    return toks


def match_words(tokens: list[Token], i: int, words: tuple[str, ...]) -> int:
    """How many tokens from i spell `words` (lower-cased, abbreviations expanded); 0 if not."""
    k, j = 0, i
    while k < len(words):
        if j >= len(tokens):
            return 0
        exp = tokens[j].exp
        if len(exp) == 1:
            if words[k] != exp[0]:
                return 0
            k += 1
        elif words[k:k + len(exp)] != exp:
            return 0
        else:
            k += len(exp)
        j += 1
    return j - i
