"""Text normalization shared by reading, extraction and identity keys.

Vietnamese text arrives in NFC or NFD, with old ("hoà", "uỷ") or new ("hòa",
"ủy") tone-mark placement, with assorted dashes and spaces. Everything the
extractors see goes through :func:`normalize_text`; identity keys (for IRIs
and matching) go through :func:`key`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.resources import abbreviations

# Old-style tone placement -> new style, only at the end of a syllable and not
# after "q" ("quý" keeps its mark on the y).
_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
# the lookahead first: Python's re would try the lookbehind at every character
_TONE_RE = re.compile(r"(?=[oOuU])(?<![qQ])([oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\w)")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_OTHER_SPACES = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
# only what changes: a run of two or more, or one space that is not " "
_SPACES = re.compile(f"[ {_OTHER_SPACES}]{{2,}}|[{_OTHER_SPACES}]")
_OTHER_SPACE_RE = re.compile(f"[{_OTHER_SPACES}]")
# The Icelandic eth (Ð) is often typed for the Vietnamese Đ.
_LOOKALIKES = str.maketrans({"Ð": "Đ", "ð": "đ"})
_LOOKALIKE_RE = re.compile("[Ðð]")
# Unicode's format characters (category Cf: soft hyphen, zero-width spaces and joiners,
# word joiner, BOM, bidi controls, tags): invisible, so a reader sees "Ma Thế Hồng"
# where a soft hyphen or an RLO splits the name for a program. Listed rather than
# computed at import (a scan of every code point costs 80 ms a run); a test checks
# the list against unicodedata.
_FORMAT_BMP = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
               "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb")
FORMAT_CHARS = _FORMAT_BMP + ("\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3"
                              "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f")
# Control characters other than tab and the line ends (a NUL, ESC, the C1 block):
# no text holds them on purpose. The ones that end a line become a line break.
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
_LINE_ENDS = "\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
# Unicode's noncharacters (U+FDD0–FDEF, and the last two code points of every
# plane) and lone surrogates: never text, and XML 1.0 forbids U+FFFE/FFFF, so
# an RDF/XML or GraphML export holding one would not parse
_NONCHARS_BMP = "\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff"
_NONCHARS = _NONCHARS_BMP + "".join(
    f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17))
_INVISIBLE_RE = re.compile(f"[{FORMAT_CHARS}{_CONTROLS}{_NONCHARS}]+")
_LINE_END_RE = re.compile(f"[{_LINE_ENDS}]")
_ANY_UNSEEN_RE = re.compile(f"[{FORMAT_CHARS}{_CONTROLS}{_NONCHARS}{_LINE_ENDS}]")
# The same class with every astral code point in it: a superset, so no match here means
# no match above. re tests a class that names single code points above U+FFFF range by
# range at each character (0.13 ms an article, a third of reading); this one, with one
# range above the BMP, is a table lookup (0.012 ms). A text with an astral character
# (an emoji) then pays the exact scan.
_MAYBE_UNSEEN_RE = re.compile(f"[{_FORMAT_BMP}{_CONTROLS}{_NONCHARS_BMP}{_LINE_ENDS}\U00010000-\U0010ffff]")


def _retone(match: re.Match[str]) -> str:
    old = match.group(1)
    new = _TONES[old.lower()]
    # keep the capitalisation of each of the two letters
    return "".join(n.upper() if o.isupper() else n for o, n in zip(old, new))


def retone(text: str) -> str:
    """Move old-style tone marks to the new-style position (uỷ → ủy, hoà → hòa)."""
    return _TONE_RE.sub(_retone, text)


def strip_invisible(text: str) -> str:
    """Text without format characters (category Cf), control characters and
    noncharacters; the other line separators (VT, FF, NEL, U+2028/9) become "\\n"."""
    if not _MAYBE_UNSEEN_RE.search(text) or not _ANY_UNSEEN_RE.search(text):
        return text  # the common case: one fast scan
    if _LINE_END_RE.search(text):
        text = _LINE_END_RE.sub("\n", text)
    return _INVISIBLE_RE.sub("", text)


def normalize_text(text: str) -> str:
    """No invisible characters, NFC, new-style tone marks, one kind of dash and
    space; line breaks kept (CR and CRLF become LF)."""
    # before NFC: a mark split from its letter by a zero-width character composes
    text = strip_invisible(text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _LOOKALIKE_RE.search(text):
        text = text.translate(_LOOKALIKES)
    text = retone(text)
    text = _DASHES.sub("–", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or _OTHER_SPACE_RE.search(text):  # most texts have neither: no scan at every space
        text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def fold_spaces(text: str) -> str:
    """Collapse runs of white space into one space and strip the ends."""
    return " ".join(text.split())


@lru_cache(maxsize=200_000)
def strip_diacritics(text: str) -> str:
    """ASCII-fold Vietnamese: "Nguyễn Văn Sơn" → "Nguyen Van Son"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def fold(text: str) -> str:
    """Lower-case, no diacritics, single spaces ("Nguyễn  Văn Sơn" → "nguyen van son"):
    how a value a user types matches one stored otherwise."""
    return " ".join(strip_diacritics(text).lower().split())


@lru_cache(maxsize=100_000)
def expand_abbreviations(text: str) -> str:
    """Replace the usual abbreviations (UBND, BCH, …) by their expansion."""
    table = abbreviations()
    words = []
    for word in text.split():
        core = word.strip(",;:()")
        exp = table.get(core.upper()) if core else None
        words.append(word.replace(core, exp.vi) if exp else word)
    return " ".join(words)


@lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """Identity key of a name: normalized, abbreviations expanded, lower-cased,
    punctuation folded. Two spellings of one name give one key."""
    t = normalize_text(text)
    t = re.sub(r"[–\-_/]", " ", t)
    t = re.sub(r"[,;:()\[\]\"“”'‘’!?…]", " ", t)
    t = re.sub(r"\.(?!\w)", " ", t)
    t = expand_abbreviations(t).lower()
    words = t.split()
    if words[:2] == ["đồng", "chí"]:
        words = words[2:]
    return " ".join(words)


def slug(text: str, max_len: int = 60) -> str:
    """Readable ASCII slug of a name: "Tỉnh ủy Tuyên Quang" → "tinh-uy-tuyen-quang"."""
    s = strip_diacritics(text).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:max_len].rstrip("-") or "x"
