"""Sentences and tokens of an article body."""

from __future__ import annotations

import re
from functools import lru_cache, wraps
from typing import Callable, TypeVar

from kg.facts import Sentence
from kg.resources import abbreviations, mixed_case_abbreviations, no_break_words, not_name_words, titles

# A letter or digit after ".", "!", "?" or "…" opens a sentence when it is upper-case,
# and a lower-case one only in the cases _lower_may_open says. The closing quote or
# bracket stays with its sentence. The mark is matched, not looked behind for: re would
# try a lookbehind at every character (twice the time); a match starts at its mark.
_BREAK = re.compile(r"[.!?…]([”\"’'»)]?)\s+(?=[\"“‘'«(*]?([^\W_]))")
# A photo credit in capitals with no full stop ends where the next sentence starts:
# "Ảnh: MINH ANH Ông Lê Văn Hai, …" (else its person reads "MINH ANH Ông Lê …")
_UP = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
_LOW = "a-z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).islower() and chr(c).isalpha())
_CAPS_CREDIT = re.compile(f"(?:Ảnh|ẢNH|Nguồn)\\s*:\\s*[{_UP}][{_UP}.]+(?:[ /–-][{_UP}][{_UP}.]*){{0,4}}(\\s+)(?=[{_UP}][{_LOW}])")
_OPENERS = "(\"“‘'«["
# words a place follows: "tại Q. Bình Thạnh", "ở H. Quỳ Hợp"
_PLACE_BEFORE = frozenset({"tại", "ở", "thuộc", "về", "đến", "từ", "qua", "và", "của", "trên"})
MAX_SENTENCE = 3000  # of 100k sentences of the corpus, 4 are longer than 2,000 characters


@lru_cache(maxsize=None)
def _initials_credit() -> re.Pattern[str]:
    """A photo credit written with initials, before a word that opens a sentence
    (not_name_words.txt): "Ảnh: H.Kỳ Ông Nguyễn Văn Tám, …", "Ảnh: T.V.Giang Theo đó, …"; its
    "H." is no district's. The space before that word is the cut."""
    openers = "|".join(re.escape(w) for w in sorted(not_name_words(), key=len, reverse=True))
    return re.compile(f"(?:Ảnh|ẢNH|Nguồn)\\s*:\\s*(?:[{_UP}]\\.\\s?)+[{_UP}][{_LOW}]+(\\s+)(?=(?:{openers})\\s)")


def _lower_may_open(text: str, m: re.Match[str]) -> bool:
    """A lower-case word opens a sentence only after a lone full stop that closes a
    lower-case word or a number ("… ưu đãi. ảnh: Thu Hà"), not after "…", "?", a
    quote, or a capital's dot ("anh Trần Văn Đ. xuống hố", "TP. đà lạt")."""
    end = m.start() + 1  # after the mark
    if m.group(1) or not text.endswith(".", 0, end) or text.endswith("..", 0, end):
        return False
    ws = text.rfind(" ", 0, end) + 1
    first = text[ws:ws + 1]
    return first.islower() or first.isdigit()


def _ends_without_break(text: str, end: int) -> bool:
    """Whether the dot before `end` closes an abbreviation that the next word
    belongs to: "TP.", "PGS.TS.", "ThS.", initials "N.V.A."; a place's "Q.", "H."
    only where a place stands ("ở Q. Bình Thạnh", "(H. Quỳ Hợp)"), not after a
    person's initial ("Nguyễn Văn H. Sau đó", "bà P. Cháu …")."""
    if not text.endswith(".", 0, end) or text.endswith("..", 0, end):
        return False
    ws = text.rfind(" ", 0, end) + 1
    word = text[ws:end].lstrip(_OPENERS)
    words = no_break_words()
    if len(word) == 2:  # one letter and its dot
        if word not in words:
            return _western_initial(text, ws, end)
        before = text[max(0, ws - 30):ws].split()
        return not before or ws < end - 2 or before[-1].endswith(",") or before[-1].lower() in _PLACE_BEFORE
    if word in words:
        # a place's level before a word that opens a sentence ("… của TP. Theo ông A", "… TP.
        # Chủ tịch …" is no place's name: not_name_words.txt) ends the sentence there
        return not (word[:-1] in _DOTTED and (_next_word(text, end) in not_name_words() or _title_at(text, end)))
    parts = word[:-1].split(".")
    if len(parts) < 2:
        return False
    # "PGS.TS.", "ThS.BS.": ends in a degree; "N.V.A.": initials of one or two letters
    return parts[-1] + "." in words or all(0 < len(p) <= 2 and p[:1].isupper() for p in parts)


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _next_word(text: str, end: int) -> str:
    """The word after the spaces at `end`, or "" if none."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


_TWO_WORDS = re.compile(r"\s+([A-ZĐÀ-Ỹ]\w*\s+\w+)")


@lru_cache(maxsize=None)
def _title_openers() -> frozenset[str]:
    """The first two words of every title of two words or more ("chủ tịch", "bí thư")."""
    return frozenset(" ".join(t.lower().split()[:2]) for t in titles() if len(t.split()) >= 2)


def _title_at(text: str, end: int) -> bool:
    """Whether a capitalised title opens at `end` ("… TP. Chủ tịch HĐND …"): no place's name."""
    m = _TWO_WORDS.match(text, end)
    return m is not None and " ".join(m.group(1).lower().split()) in _title_openers()


_PLAIN_CAP = re.compile(r"[A-Z][a-z]+")


def _western_initial(text: str, ws: int, end: int) -> bool:
    """Whether the capital letter and dot at text[ws:end] are a Western middle initial
    ("George W. Bush", "John F. Kennedy"): between two capitalised words in plain
    Latin letters, neither spelled like a Vietnamese syllable (a Vietnamese name's
    initial, "Nguyễn Văn H. Sau đó", ends its sentence)."""
    from kg.extract.names import vietnamese_syllable  # names imports this module
    if not text[ws].isupper():
        return False
    before = text[max(0, ws - 30):ws].split()
    after = text[end:end + 30].split()
    if not before or not after:
        return False
    prev, nxt = before[-1], re.sub(r"\W+$", "", after[0])
    return all(_PLAIN_CAP.fullmatch(w) and not vietnamese_syllable(w) for w in (prev, nxt))


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join a line to the next when the sentence runs on ("… trao cờ của BTV Tỉnh ủy" /
    "cho tập thể …"): no closing punctuation and a lower-case start."""
    groups: list[list[str]] = []
    for ln in lines:
        last = groups[-1][-1] if groups else ""
        if last and ln and ln[0].islower() and last[-1] not in ".!?:;…":
            groups[-1].append(ln)  # joined once at the end: no quadratic re-concatenation
        else:
            groups.append([ln])
    return [" ".join(g) for g in groups]


def split_sentences(body: str) -> list[Sentence]:
    """Split a body into sentences with their spans (paragraphs never merge)."""
    sentences: list[Sentence] = []
    joined = "\n".join(_join_wrapped(body.split("\n")))
    # joining replaced "\n" by " " one for one, so spans into `joined` are spans into `body`
    for para in re.finditer(r"[^\n]+", joined):
        text, base = para.group(), para.start()
        start = 0
        cuts = [(m.end(1), m.end()) for m in _BREAK.finditer(text)
                if not (m.group(2).islower() and not _lower_may_open(text, m))
                and not _ends_without_break(text, m.start() + 1)]
        if "Ả" in text or "Ngu" in text:
            cuts = sorted(cuts + [(m.start(1), m.end(1)) for m in _CAPS_CREDIT.finditer(text)]
                          + [(m.start(1), m.end(1)) for m in _initials_credit().finditer(text)])
        for end, nxt in cuts:
            if end >= start:
                _add(sentences, text, base, start, end)
                start = nxt
        _add(sentences, text, base, start, len(text))
    return sentences


def _add(sentences: list[Sentence], text: str, base: int, start: int, end: int) -> None:
    """Append text[start:end] as a sentence; one longer than MAX_SENTENCE (a list with
    no full stop, a page of one run-on line) is cut at its last ";", "," or space
    before the limit, so no extractor ever sees a megabyte as one sentence."""
    while end - start > MAX_SENTENCE:
        lo, hi = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
        cut = max(text.rfind("; ", lo, hi), text.rfind(", ", lo, hi))
        cut = cut + 1 if cut >= 0 else text.rfind(" ", lo, hi)
        cut = cut if cut > start else hi
        _add_one(sentences, text, base, start, cut)
        start = cut
    _add_one(sentences, text, base, start, end)


def _add_one(sentences: list[Sentence], text: str, base: int, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        s0 = start + lead
        sentences.append(Sentence(len(sentences), stripped, base + s0, base + s0 + len(stripped)))


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


# Vietnamese capital letters, for a regex character class (the rules' one list of them)
UPPER = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
# A level abbreviated with a dot before a place's name ("TP. Vinh", "TP.Thủ Dầu Một",
# "H. Quỳ Hợp", "Q. Bình Thạnh") is a word of its own; "TP.HCM" stays one token.
# "TP. HCM" is the city's level and its letters, as "TP.HCM" (336 of the corpus's ~7,400
# spellings of it have the space): the one capital abbreviation a dotted level precedes.
_TOKEN = re.compile(rf"(?:T[Pp]|TX|Tx|H|Q)\.(?=\s?[{UPPER}][^\W{UPPER}])|T[Pp]\.(?=\sHCM\b)|\w+(?:[.’'/]\w+)*|[^\w\s]")
# the same tokens, each with the spaces before it: tokenize counts a token's start
# from the last one's end (cheaper than a str.find per token or match objects)
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
# marks that end a piece as a token of their own after a word (none is a word's
# character, nor lets a word go on: "." does only before another word character)
_TAIL_MARKS = frozenset(",;:)”\"?!%….")
_DOTTED = frozenset({"TP", "Tp", "TX", "Tx", "H", "Q"})  # "TP." before a place's name is one token


@lru_cache(maxsize=None)
def expansions() -> dict[str, tuple[str, ...]]:
    """Each abbreviation (abbreviations.tsv) → the lower-cased words it stands for."""
    return {k: tuple(v.vi.lower().split()) for k, v in abbreviations().items()}


_word_info: dict[str, tuple[tuple[str, ...], bool, bool]] = {}


def _info(word: str) -> tuple[tuple[str, ...], bool, bool]:
    """(expansion, is_cap, is_word) of a word, computed once per distinct word:
    most tokens of a corpus are words seen before."""
    table = expansions()
    exp = table.get(word) if len(word) > 1 and word.isupper() else None
    if exp is None and (word.endswith(".") or word in mixed_case_abbreviations()):
        exp = table.get(word.upper())  # "Tp.", "H.", "Cty"
    first = word[:1]
    info = (exp or (word.lower(),), first.isupper(), first.isalnum())
    if len(_word_info) < 500_000:
        _word_info[word] = info
    return info


def tokenize(text: str) -> list[Token]:
    """Words (with inner dots: "T.Ư", "14.1") and punctuation marks."""
    toks: list[Token] = []
    append = toks.append
    known = _word_info.get
    new = object.__new__
    pos = 0
    # Most of a text's pieces between two spaces are one word and nothing else
    # (isalnum is what \w+ matches, less "_"): the token is the piece, found without
    # the regex. The others (a mark, "_", another space, "TP.") are read by the regex
    # from the piece's start; a match never runs over a space, and five characters
    # after the piece are enough for the look-aheads of "TP. Vinh" and "TP. HCM".
    for piece in text.split(" "):
        end = pos + len(piece)
        if piece.isalnum():
            t = new(Token)
            t.text, t.start, t.end = piece, pos, end
            t.exp, t.is_cap, t.is_word = known(piece) or _info(piece)
            append(t)
        elif piece[-1:] in _TAIL_MARKS and piece[:-1].isalnum() and (piece[-1] != "." or piece[:-1] not in _DOTTED):
            # a word and the mark after it ("tỉnh,", "năm 2017."): the two tokens the regex
            # would read (a mark no word goes on after; "TP." is read by the regex)
            w, mark = piece[:-1], piece[-1]
            t = new(Token)
            t.text, t.start, t.end = w, pos, end - 1
            t.exp, t.is_cap, t.is_word = known(w) or _info(w)
            append(t)
            t = new(Token)
            t.text, t.start, t.end = mark, end - 1, end
            t.exp, t.is_cap, t.is_word = known(mark) or _info(mark)
            append(t)
        elif piece:
            p = pos
            for spaces, w in _SPACED_TOKEN.findall(text, pos, end + 5):
                p += len(spaces)
                if p >= end:
                    break  # the next piece's
                t = new(Token)
                t.text = w
                t.start = p
                t.end = p = p + len(w)
                t.exp, t.is_cap, t.is_word = known(w) or _info(w)
                append(t)
        pos = end + 1
    return toks


_ARTICLE_MEMOS: list[dict] = []
_MEMO_MAX = 4096  # entries: a bound for callers that never end an article (tests, tools)
_MISSING = object()

F = TypeVar("F", bound=Callable[[str], object])


def per_article(fn: F) -> F:
    """Memoize fn(sentence text) for the article being read: several passes read the
    same sentences. The memo is emptied at each article's end (end_article): kept
    longer, tens of thousands of tokens outlive their article, and the garbage
    collector walks them again and again (a fixed-size lru_cache of 1,024 sentences
    made a whole extraction a fifth slower so)."""
    memo: dict[str, object] = {}
    _ARTICLE_MEMOS.append(memo)

    @wraps(fn)
    def memoized(text: str):  # type: ignore[no-untyped-def]
        value = memo.get(text, _MISSING)
        if value is _MISSING:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            value = memo[text] = fn(text)
        return value
    memoized.cache_clear = memo.clear  # type: ignore[attr-defined]
    return memoized  # type: ignore[return-value]


def end_article() -> None:
    """Forget what per_article functions kept for the article just read."""
    for memo in _ARTICLE_MEMOS:
        memo.clear()


@per_article
def sentence_tokens(text: str) -> list[Token]:
    """tokenize(text), kept for the article being read: positions and the career
    step read the same sentences (callers must not change the list)."""
    return tokenize(text)


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
