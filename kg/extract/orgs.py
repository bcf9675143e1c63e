"""Organization names as written, and their kind.

An organization name runs from its head ("Đảng ủy", "Ban Thường vụ", "UBND",
"Hội Cựu giáo chức") over capitalised words, abbreviations, place names and a
few lower-case words that live inside such names ("tỉnh", "các cơ quan và
doanh nghiệp"), and stops at anything else: a verb, a comma, a person's name.
"""

from __future__ import annotations

from kg.extract.lexicon import body_index, families, inner_index, place_index
from kg.extract.names import name_at
from kg.extract.text import Token, match_words, tokenize
from kg.facts import Org
from kg.resources import levels, middle_names, org_syllables

# Words after which the capitalised words name a place below the province: the
# levels, and the committees named after their level ("Huyện ủy Quản Bạ").
_LOCAL_LEVELS = [tuple(w.split()) for w in levels() if w not in ("tỉnh", "thành phố", "khối")] + [
    ("huyện", "ủy"), ("thị", "ủy"), ("quận", "ủy"), ("thành", "ủy"), ("huyện", "đoàn"), ("thành", "đoàn")]

_NUMBERED = {"quận", "phường", "khu", "tổ", "đội", "số"}
_TRAILING = {"và", "các", "của", "cùng", "với", "–", "-"}
_DASHES = {"–", "-"}


def _after_level(tokens: list[Token], i: int, j: int) -> bool:
    """Whether token j is part of the place name after a level word below the
    province ("huyện Yên Minh", "xã Hồ Thầu"): such names are not in a gazetteer
    and often look like person names. Provinces are matched by the gazetteer.

    The place name is taken to be two words, unless exactly three capitalised
    words follow and they read as a person's name, a family and a middle name
    ("UBND huyện Trần Văn Bình", but "Huyện ủy Hoàng Su Phì").
    """
    for back in (1, 2):
        k = j - back + 1  # the first word after the level word
        if k - 1 < i or (back == 2 and (not tokens[j - 1].is_cap or place_index().match(tokens, j - 1))):
            break  # a known place ("Thành ủy TP.HCM") is the whole of the place's name
        for w in _LOCAL_LEVELS:
            n = len(w)
            if k - n < i or match_words(tokens, k - n, w) != n:
                continue
            run = 0
            while k + run < len(tokens) and tokens[k + run].is_cap and tokens[k + run].text.isalpha():
                run += 1
            if run == 3 and tokens[k].text.lower() in families() and tokens[k + 1].text.lower() in middle_names():
                return False
            return True
    return False


def _is_head(tokens: list[Token], j: int) -> bool:
    """Whether token j ends an organization head on its own ("Khối", "Tỉnh ủy")."""
    for start in range(max(0, j - 5), j + 1):
        for words, _ in body_index().starting(tokens[start].exp[0]):
            if match_words(tokens, start, words) == j - start + 1:
                return True
    return False


def kind_of(tokens: list[Token]) -> str | None:
    """The kind of the first organization head found in a name's tokens."""
    for i in range(len(tokens)):
        if not tokens[i].is_cap:
            continue
        hit = body_index().match(tokens, i)
        if hit:
            return hit[1]
    return None


def org_span(tokens: list[Token], i: int) -> int:
    """Number of tokens of an organization-like run starting at i (0 if none)."""
    j = i
    while j < len(tokens):
        tok = tokens[j]
        # a head inside a name is capitalised ("Hội", never the "hội" of "hội nghị")
        place = place_index().match(tokens, j)
        head = body_index().match(tokens, j) if tok.is_cap else None
        fixed = (place or head or (0,))[0]
        if fixed:
            j += fixed
            continue
        inner = (inner_index().match(tokens, j) or (0,))[0]
        if inner and j > i:
            j += inner
            continue
        if (j > i and not tok.is_cap and tok.text in org_syllables() and tokens[j - 1].is_word
                and (tokens[j - 1].is_cap or tokens[j - 1].text in org_syllables())
                and not _is_head(tokens, j - 1)):
            # "Sở Nội vụ", "Ban Thường trực", "Tỉnh đoàn", "Ban cán sự đảng"
            j += 1
            continue
        if tok.is_cap and tok.is_word and not tok.text.isdigit():
            # after "huyện", "xã" … up to two capitalised words are the place's name
            # ("huyện Yên Minh", "xã Hồ Thầu"), whatever they look like
            if j > i and not _after_level(tokens, i, j) and name_at(tokens, j):
                break
            j += 1
            continue
        if tok.text.isdigit() and j > i and tokens[j - 1].text.lower() in _NUMBERED:
            j += 1  # "UBND quận 2", "phường 12"
            continue
        if tok.text in _DASHES and j > i and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            j += 1
            continue
        break
    while j > i and tokens[j - 1].text.lower() in _TRAILING:
        j -= 1
    return j - i


def org_at(text: str, tokens: list[Token], i: int, require_head: bool = True) -> tuple[int, Org] | None:
    """The organization whose name starts at token i, if any."""
    n = org_span(tokens, i)
    if not n:
        return None
    span = tokens[i:i + n]
    kind = kind_of(span)
    if require_head and kind is None:
        return None
    return n, Org(text[span[0].start:span[-1].end], kind)


def orgs_in(text: str) -> list[Org]:
    """Organizations named in a text, each from its head ("Lãnh đạo Đảng ủy Khối CCQ
    tỉnh" names "Đảng ủy Khối CCQ tỉnh")."""
    toks = tokenize(text)
    found: list[Org] = []
    i = 0
    while i < len(toks):
        if toks[i].is_cap and body_index().match(toks, i):
            n = org_span(toks, i)
            if n:
                found.append(Org(text[toks[i].start:toks[i + n - 1].end], kind_of(toks[i:i + n])))
                i += n
                continue
        i += 1
    return found
