"""Vietnamese person names and honorifics.

A name is a family name from the gazetteer followed by one to four
capitalised syllables ("Ma Thế Hồng", "Nguyễn Thị Thu Hà", "LÒ VĂN TÙNG"),
or, after an honorific ("đồng chí", "ông", "bà"), any two to five capitalised
syllables. Place names that look like names ("Hà Giang", "Hồ Chí Minh") are not
persons.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.extract.lexicon import body_index, clause_index, families, inner_index, level_index, place_index, rank_index, role_index
from kg.extract.text import Token, match_words, tokenize
from kg.resources import clan_words, company_forms, countries, district_names, firm_words, long_families, marked_families, middle_names, name_honorifics, not_name_words, profession_words, ranks, state_forms, trade_heads, year_names

HONORIFICS: tuple[tuple[str, ...], ...] = (("đồng", "chí"), ("đ/c",), ("ông",), ("bà",), ("anh",), ("chị",),
                                           ("ngài",), ("thầy",), ("thày",), ("cô",),  # a teacher: "cô Lê Thị Hoa", "thày" the old spelling
                                           # Cambodia's honorary titles: "Samdech Techo Hun Sen"
                                           ("samdech", "techo"), ("samdech",),
                                           ("xăm", "-", "đéc", "tê", "-", "chô"), ("xăm", "-", "đéc"))
HONORIFIC_FIRST = frozenset(h[0] for h in HONORIFICS)
_KIN = (("anh",), ("chị",))


_ROMAN = re.compile(r"[IVXLCDM]{2,}")
# a syllable of a Central Highlands name written with an apostrophe after its first one
# or two letters ("Điểu K'ré", "H'Yim Kđoh", "Y Quý Bk’rông"); "Asia's" is no such word
_APOSTROPHED = re.compile(r"[A-ZĐ][a-zđ]?['’][^\W\d_]+")


def _syllable(tok: Token) -> bool:
    """A capitalised word that may be part of a name: no clause opener ("Tại"),
    no roman numeral ("Bác sĩ chuyên khoa II Tạ Văn A")."""
    word = tok.text
    known = _syllables.get(word)
    if known is None:  # a function of the word alone: computed once per distinct word
        known = ((word.isalpha() or _APOSTROPHED.fullmatch(word) is not None) and word[:1].isupper()
                 and len(word) <= 8 and word not in not_name_words()
                 and not (word.isupper() and _ROMAN.fullmatch(word) is not None))
        if len(_syllables) < 200_000:
            _syllables[word] = known
    return known


_syllables: dict[str, bool] = {}
_family_words: dict[str, bool] = {}  # word as written -> whether it is a known family name


# onset, one to three vowels, coda: the shape of every Vietnamese syllable once its
# marks are stripped ("Nguyễn" → nguyen); foreign names ("Donald", "Trump") fail it
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


@lru_cache(maxsize=4096)
def vietnamese_syllable(word: str) -> bool:
    """Whether a word has the shape of a Vietnamese syllable."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
                   if not unicodedata.combining(c))
    return _VI_SYLLABLE.fullmatch(bare) is not None


def starts_other(tokens: list[Token], i: int) -> bool:
    """Whether a title, a rank, an organization or a place begins at token i."""
    if 0 <= i < len(tokens) and tokens[i].exp[0] not in _other_firsts():
        return False  # the common case: no entry of the four starts with this word
    return bool(role_index().match(tokens, i) or body_index().match(tokens, i) or place_index().match(tokens, i)
                or rank_index().match(tokens, i))


@lru_cache(maxsize=None)
def _other_firsts() -> frozenset[str]:
    """The first words of every title, organization, place and rank entry."""
    return frozenset().union(*(ix.first_words() for ix in (role_index(), body_index(), place_index(), rank_index())))


def rank_at(tokens: list[Token], i: int) -> int:
    """Tokens of a rank or degree at i ("Đại tá", "PGS.TS", "TS."), with its
    abbreviation dot; 0 if none."""
    hit = rank_index().match(tokens, i)
    if not hit:
        return 0
    n = hit[0]
    if i + n < len(tokens) and tokens[i + n].text == "." and tokens[i + n - 1].text.isalpha() \
            and len(tokens[i + n - 1].text) <= 5:
        n += 1  # "PGS. TS. Trần Văn A"
    return n


@lru_cache(maxsize=None)
def lead_first() -> frozenset[str]:
    """First words of honorifics and ranks (no lead-in starts with another word)."""
    return HONORIFIC_FIRST | frozenset(r.lower().split()[0] for r in ranks())


def lead_in(tokens: list[Token], i: int) -> int:
    """Tokens of what may stand before a name and is no part of it: an honorific
    and ranks or degrees, in any order ("đồng chí Đại tá", "ông TS", "PGS.TS",
    "Thiếu tướng, PGS.TS"); 0 if none."""
    if i >= len(tokens) or tokens[i].exp[0] not in lead_first():
        return 0  # the common case: no honorific, no rank starts here
    k = i
    for _ in range(4):
        n = honorific_at(tokens, k) or rank_at(tokens, k)
        if not n:
            break
        k += n
        if k + 1 < len(tokens) and tokens[k].text == "," and rank_at(tokens, k + 1):
            k += 1  # "Đại tá, TS Lê Văn B"
    return k - i


def honorific_at(tokens: list[Token], i: int) -> int:
    """Number of tokens of an honorific ("đồng chí", "ông", "bà") at i; 0 if none."""
    if i >= len(tokens) or tokens[i].exp[0] not in HONORIFIC_FIRST:
        return 0
    first = tokens[i].exp[0]
    for h in HONORIFICS:
        n = match_words(tokens, i, h) if h[0] == first else 0
        if n:
            if h in _KIN and tokens[i].is_cap and i > 0:
                return 0  # "Thủ tướng Anh Theresa May": capitalised inside a sentence, the country
            return n
    return 0


@lru_cache(maxsize=None)
def _profession_firsts() -> frozenset[str]:
    return frozenset(w[0] for w in profession_words())


def inside_profession(tokens: list[Token], i: int) -> bool:
    """Whether token i is a later syllable of a profession word (profession_words.txt)
    begun before it, compared in lower case: "giáo" in "nhà giáo", "LUẬN" in "NHÀ LÝ LUẬN"."""
    firsts = _profession_firsts()
    for k in (1, 2, 3):
        if i - k < 0:
            return False
        if tokens[i - k].text.lower() in firsts:
            for words in profession_words():
                if len(words) > k and i - k + len(words) <= len(tokens) and all(
                        tokens[i - k + m].text.lower() == w for m, w in enumerate(words)):
                    return True
    return False


def name_at(tokens: list[Token], i: int, after_honorific: bool = False) -> int:
    """Number of tokens of a person name starting at token i; 0 if none."""
    if i >= len(tokens) or not _syllable(tokens[i]):
        return 0
    word = tokens[i].text
    known_family = _family_words.get(word)
    if known_family is None:  # a function of the word alone, as _syllable's answer
        known_family = word.lower() in families()
        if len(_family_words) < 200_000:
            _family_words[word] = known_family
    marked = not known_family and i + 1 < len(tokens) and word.lower() in marked_families() \
        and tokens[i + 1].text.lower() in middle_names()
    if marked:
        known_family = True  # "Đồng Văn Lâm", not "Đồng Hới"
    long_only = not known_family and word.lower() in long_families()
    if long_only:
        known_family = True  # "Du Chính Thanh", not "Tây Du Ký"
    if not (known_family or after_honorific):
        return 0  # tested before the place: cheaper, and the answer is 0 either way
    if place_index().match(tokens, i):
        return 0
    level = level_index().match(tokens, i) if tokens[i].is_cap else None
    if level and place_index().match(tokens, i + level[0]):
        return 0  # "… Quốc hội Tỉnh Quảng Bình": a level and its place, capitalised, no person
    if starts_other(tokens, i):
        return 0
    if inside_profession(tokens, i):
        return 0  # "NHÀ LÝ LUẬN XUẤT SẮC": an epithet in capitals, no "Lý Luận Xuất Sắc"
    j = i + 1
    # an acronym after a word in mixed case ends the name: "Đoàn CAQ Nam Từ Liêm" is the
    # Youth Union of a district police, not a person (a name in capitals is capitals whole)
    caps = tokens[i].text.isupper()
    # a known family name in plain Latin letters may go on in marked syllables ("Ksor Văn A",
    # a Jrai name): latin_then_marked stops foreign names only
    while j < len(tokens) and j - i < 8 and _syllable(tokens[j]) and not _ends_name(tokens, i, j) \
            and not pair_opens(tokens, j) \
            and not (latin_then_marked(tokens[j - 1].text, tokens[j].text) and not (j == i + 1 and known_family)) \
            and (caps or len(tokens[j].text) < 2 or not tokens[j].text.isupper()):
        j += 1
    n = j - i
    if n > 4 and known_family:
        n = _first_of_two(tokens, i, n)
    if 2 <= n <= 5 and _hyphen_goes_on(tokens, i + n):
        return 0  # "Lào Bun-nhăng …": the last syllable is a piece of a hyphenated foreign name
    if 2 <= n <= 5 and _initial_at(tokens, i + n - 1) and not vietnamese_syllable(tokens[i + n - 2].text):
        return 0  # "George W. Bush": a Western name with a middle initial, read as a foreign name
    if marked and (n < 3 or match_words(tokens, i + 1, ("việt", "nam"))):
        return 0  # "Đồng Văn" (a district), "đồng Việt Nam" (the currency): a whole name has three words
    if long_only and n < 3:
        return 0
    if any(t.text in clan_words() for t in tokens[i + 1:i + n + 1]):
        return 0  # "Nguyễn Phước Tộc": a clan, named by its family
    if _inside_place(tokens, i):
        return 0  # "Bồ Đào Nha", "Buôn Ma Thuột": inside a place's name that began before it
    if n in (2, 3) and not after_honorific and tuple(t.text.lower() for t in tokens[i:i + n]) in _districts() \
            and not any(rank_at(tokens, k) == i - k for k in range(max(0, i - 4), i)):
        # "Bệnh viện Đa khoa Vũ Quang Nguyễn Văn A": a district, then the person; not after
        # an honorific or a rank ("Thiếu tướng Từ Sơn, Giám đốc Công an tỉnh")
        return 0
    return n if 2 <= n <= 5 else 0


def pair_opens(tokens: list[Token], j: int) -> bool:
    """Whether tokens j and j + 1 are a two-word clause opener of not_name_words.txt
    ("Chúng tôi"): the name ends before them."""
    return j + 1 < len(tokens) and tokens[j].text in _pair_firsts() \
        and f"{tokens[j].text} {tokens[j + 1].text}" in not_name_words()


@lru_cache(maxsize=None)
def _pair_firsts() -> frozenset[str]:
    """The first words of the two-word entries of not_name_words.txt ("Chúng")."""
    return frozenset(w.split()[0] for w in not_name_words() if " " in w)


def _inside_place(tokens: list[Token], i: int) -> bool:
    """Whether token i is inside a place's name that began one or two tokens before it
    ("Đào" in "Bồ Đào Nha", "Rịa" in "Bà Rịa-Vũng Tàu")."""
    return i > 0 and any((place_index().match(tokens, k) or (0,))[0] > i - k for k in range(max(0, i - 2), i))


@lru_cache(maxsize=None)
def _districts() -> frozenset[tuple[str, ...]]:
    """District names and years' names that read like a person's, lower-cased words
    (district_names.txt, year_names.txt)."""
    # (a district of three words that reads as family, middle and given name — "Dương Minh
    # Châu" — is as often a person's name: left to the level word before it)
    middles = {m.lower() for m in middle_names()}
    return frozenset(w for w in (tuple(d.lower().split()) for d in (*district_names(), *year_names()))
                     if not (len(w) == 3 and w[1] in middles))


def _tight(a: Token, b: Token) -> bool:
    """Whether two tokens touch, no space between them."""
    return a.end == b.start


def _hyphen_goes_on(tokens: list[Token], j: int) -> bool:
    """Whether a hyphen at j joins the word before it to the next without spaces, as in
    a transliterated name ("Bun-nhăng", "Jean-Claude"), not as a dash before a title
    ("Nguyễn Văn A-Chủ tịch UBND")."""
    if j + 1 >= len(tokens) or j == 0 or tokens[j].text != "-":
        return False
    nxt = tokens[j + 1]
    if not (_tight(tokens[j - 1], tokens[j]) and _tight(tokens[j], nxt) and nxt.text.isalpha()):
        return False
    if not nxt.is_cap:
        # a transliteration's next syllable ("Xổm-xạy"), unless a title opens there in lower
        # case: "Nguyễn Văn A-nguyên Trưởng phòng X", "B-phó Bí thư Tỉnh ủy"
        return not _title_opens(tokens, j + 1)
    return not starts_other(tokens, j + 1)


# the words that mark a former post before its title ("nguyên Bí thư", "cựu Chủ tịch")
PAST_MARKS = frozenset({"nguyên", "cựu"})


def _title_opens(tokens: list[Token], k: int) -> bool:
    """Whether a role head (after a PAST_MARKS word of a former post) starts at token k."""
    if tokens[k].exp[0] in PAST_MARKS:
        k += 1
    return k < len(tokens) and role_index().match(tokens, k) is not None


@lru_cache(maxsize=None)
def _country_forms() -> dict[str, int]:
    """Countries and international organisations, as lower-cased text with hyphens kept
    tight ("cam-pu-chia"), to the most tokens any of them spans."""
    return {c.lower(): len(re.findall(r"\w+|[^\w\s]", c)) for c in countries()}


@lru_cache(maxsize=None)
def _country_firsts() -> frozenset[str]:
    """The first token of every country's or international organisation's name, lower-cased."""
    return frozenset(tokenize(c)[0].text.lower() for c in _country_forms() if tokenize(c))


@lru_cache(maxsize=None)
def state_firsts() -> frozenset[str]:
    """The first word of every state form ("cộng", "nước", "chxhcn")."""
    return frozenset(f[0] for f in state_forms())


def _state_form_at(tokens: list[Token], i: int) -> int:
    """Tokens of a state's formal opening at i ("Cộng hòa Hồi giáo", "nước"), the
    longest; 0 if none."""
    for form in state_forms():
        if i + len(form) <= len(tokens) and all(tokens[i + k].text.lower() == w for k, w in enumerate(form)):
            return len(form)
    return 0


def country_at(tokens: list[Token], i: int) -> int:
    """Tokens of a foreign country or an international organisation at i ("Pháp",
    "Cam-pu-chia", "Liên hợp quốc", "CHDCND Lào"), the longest, with the state form
    its formal name opens with ("nước Cộng hòa Séc"); 0 if none."""
    if i >= len(tokens):
        return 0
    low = tokens[i].text.lower()
    if low in state_firsts():
        s = _state_form_at(tokens, i)
        c = country_at(tokens, i + s) if s else 0
        if c:
            return s + c
    if not tokens[i].is_cap or low not in _country_firsts():
        return 0  # the common case: no country's name starts with this word
    forms = _country_forms()
    text, best = "", 0
    for k in range(i, min(i + 9, len(tokens))):
        if k > i:
            text += "" if _tight(tokens[k - 1], tokens[k]) else " "
        text += tokens[k].text.lower()
        if text in forms and not _hyphen_goes_on(tokens, k + 1):
            best = k + 1 - i
    place = place_index().match(tokens, i) if best else None
    return 0 if place and place[0] > best else best  # "Lào Cai" is a province, not "Lào"


def opens_with_country(text: str) -> bool:
    """Whether `text` opens with a foreign country or an international organisation:
    what follows a bare body's head in another state's body ("Quốc hội| Cuba")."""
    toks = tokenize(text)
    return bool(toks) and country_at(toks, 0) > 0


def country_span(tokens: list[Token], j: int) -> int:
    """Tokens of a country at j and, for an envoy's post, where it is held ("Italy tại
    Việt Nam"); 0 if no country is there."""
    c = country_at(tokens, j)
    return c + posting_at(tokens, j + c) if c else 0


_POSTED = frozenset({"tại", "ở"})


def acronym_aside(tokens: list[Token], j: int) -> int:
    """3 if an acronym in parentheses stands at j ("(WB)", "(IMF)"), else 0."""
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        a = tokens[j + 1].text
        return 3 if len(a) > 1 and a.isupper() and a.replace("&", "").isalpha() else 0
    return 0


def posting_at(tokens: list[Token], j: int, envoy: bool = False) -> int:
    """Tokens from j, after a country or an international body, of its acronym in
    parentheses and of where its post is held: "(WB) tại Việt Nam", "tại Liên hợp
    quốc", "tại Washington" (a city of one foreign word, only when the holder's name
    follows it, or for an envoy's post (`envoy`) when the title ends there); 0 if none."""
    a = acronym_aside(tokens, j)
    k = j + a
    if k + 1 < len(tokens) and tokens[k].text.lower() in _POSTED:
        at = country_at(tokens, k + 1) or (place_index().match(tokens, k + 1) or (0,))[0]
        if not at and _word_at(tokens, k + 1) == 1 and not vietnamese_syllable(tokens[k + 1].text) \
                and not tokens[k + 1].text.isupper():
            after = k + 2 < len(tokens) and tokens[k + 2]
            if foreign_name_at(tokens, k + 2) or name_at(tokens, k + 2) \
                    or (envoy and (not after or not after.is_cap or not after.text.isalpha())):
                at = 1  # "Đại sứ Nga tại Washington Sergei X", "Tổng Lãnh sự … tại Frankfurt"
        if at:
            return a + 1 + at
    return a


def _word_at(tokens: list[Token], i: int) -> int:
    """Tokens of one capitalised word of a foreign name at i, with the pieces a hyphen
    joins to it ("Vo-la-chit", "Jean-Claude", "Jae-in"); 0 if none."""
    if i >= len(tokens):
        return 0
    t = tokens[i]
    if not (t.is_cap and t.text.isalpha() and len(t.text) <= 15) or t.text in not_name_words() \
            or t.text in company_forms():
        return 0  # "BMW M GmbH": a firm's form ends a name
    if len(t.text) > 1 and t.text.isupper():
        return 0  # an acronym ("NATO"), no name
    j = i + 1
    while j + 1 < len(tokens) and tokens[j].text == "-" and _tight(tokens[j - 1], tokens[j]) \
            and _tight(tokens[j], tokens[j + 1]) and tokens[j + 1].text.isalpha() and len(tokens[j + 1].text) <= 15:
        j += 2
    return j - i


# lower-case particles inside Western and Arabic names ("Ursula von der Leyen", "bin Salman")
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "al"})


def _particle_joined(tokens: list[Token], k: int) -> bool:
    """Whether a lower-case particle at k is hyphen-joined to a capitalised word
    ("al-Assad"): one word of an Arabic name."""
    return (k + 2 < len(tokens) and tokens[k].text in _PARTICLES and tokens[k + 1].text == "-"
            and _tight(tokens[k], tokens[k + 1]) and _tight(tokens[k + 1], tokens[k + 2])
            and tokens[k + 2].is_cap and tokens[k + 2].text.isalpha())


def _foreign_word(tokens: list[Token], i: int, n: int) -> bool:
    """Whether tokens[i:i+n] are a word no Vietnamese name has: hyphenated ("Pu-tin")
    or spelled unlike a Vietnamese syllable ("Trump", "Shinzo")."""
    return n > 1 or not vietnamese_syllable(tokens[i].text)


def latin_then_marked(prev: str, word: str) -> bool:
    """Whether a word with Vietnamese marks follows a foreign word in plain Latin
    letters ("Smith Nhân", "Jae-in Tân"): no name goes on so, the marked word opens
    the next clause ("… John Smith Nhân dịp này"). "Kim Nhân" may be one name."""
    return prev.isascii() and not vietnamese_syllable(prev) and not word.isascii() and vietnamese_syllable(word)


def _stops_name(tokens: list[Token], j: int) -> bool:
    """Whether what begins at j is no part of a name: a title, a body, a rank, a level,
    a place or a country."""
    return bool(starts_other(tokens, j) or level_index().match(tokens, j) or country_at(tokens, j))


def foreign_name_at(tokens: list[Token], i: int, after_country: bool = False) -> int:
    """Tokens of a foreign person's name at i: two to four capitalised words, hyphen-joined
    syllables counting as one ("Xổm-xạy Phôm-vi-hản", "Jean-Claude Juncker", "Ursula von
    der Leyen"), at least one of them foreign in shape; right after a country
    (`after_country`), also Sino-Vietnamese syllables ("Tập Cận Bình"). A run of more
    capitalised words is something else (a headline, an organization); 0 if none."""
    if not _word_at(tokens, i) or (_stops_name(tokens, i) and not _head_then_hyphened(tokens, i)):
        return 0  # the cheap test first: no capitalised word, no name
    if tokens[i].text in firm_words():
        return 0  # "Malaysia Airlines Peter X": a firm's word ends the firm's name, no name starts with it
    if i >= 2 and tokens[i - 1].text == "-" and _tight(tokens[i - 2], tokens[i - 1]) and _tight(tokens[i - 1], tokens[i]):
        return 0  # "Claude" of "Jean-Claude": inside a hyphen-joined word, no name starts
    if _inside_place(tokens, i):
        return 0  # "Rịa-Vũng Tàu" of "Bà Rịa-Vũng Tàu"
    j, words, foreign, particles, last = i, 0, False, False, i
    while True:
        k = j
        joined = words and _particle_joined(tokens, k)  # "Bashar al-Assad", "Haider al-Abadi"
        while not joined and k < len(tokens) and words and tokens[k].text in _PARTICLES and k - j < 2:
            k += 1  # "van der", "bin"
        if words == 1 and not joined and _nickname_at(tokens, k):
            k += 3  # "Jose "Chito" Santa Romana": a nickname in quotes inside the name
        n = 3 if joined else _word_at(tokens, k)
        if n >= 3 and tokens[k + 1].text == "-" and (country_at(tokens, k + 2) or place_index().match(tokens, k + 2)):
            return 0  # "Kyushu-Việt Nam", "Fukuoka-Việt Nam": two places paired (a friendship society's), no one
        if words and n == 1 and _initial_at(tokens, k):
            n = 2  # "George W. Bush": a middle initial and its dot
        if not n or (words and _stops_name(tokens, k)):
            break
        if words and n == 1 and latin_then_marked("".join(t.text for t in tokens[last:j]), tokens[k].text):
            break  # "Donald X Nhân dịp …": a word with Vietnamese marks after a Latin name opens the next clause
        foreign = foreign or _foreign_word(tokens, k, n)
        last = k
        particles = particles or k > j
        words += 1
        j = k + n
        if words > (4 if particles or after_country else 3):
            # "Donald X Steve Y": two names run together, or no name at all; right after
            # a country a name may have four words ("Myanmar Aung San Suu Kyi")
            return 0
    if words < 2:
        return 0  # a surname alone ("Pu-tin") is a name written in part
    if not foreign and not (after_country and words <= 3):
        return 0  # Sino-Vietnamese names have two or three syllables
    return j - i


_NICK_QUOTES = frozenset({'"', "“", "”"})


def _nickname_at(tokens: list[Token], k: int) -> bool:
    """Whether a one-word nickname in quotes stands at k, a capitalised word after it
    ("\"Chito\" Santa Romana"): inside a foreign name, after its first word."""
    return k + 3 < len(tokens) and tokens[k].text in _NICK_QUOTES and tokens[k + 2].text in _NICK_QUOTES \
        and tokens[k + 1].is_cap and tokens[k + 1].text.isalpha() and tokens[k + 3].is_cap \
        and tokens[k + 1].start == tokens[k].end and tokens[k + 2].start == tokens[k + 1].end


def _head_then_hyphened(tokens: list[Token], i: int) -> bool:
    """Whether a one-word organization head ("Ban") at i is a family name before a
    hyphen-joined given name ("Ban Ki-moon"): no body goes on so."""
    hit = body_index().match(tokens, i)
    return (hit is not None and hit[0] == 1 and _word_at(tokens, i) == 1 and _word_at(tokens, i + 1) > 1
            and not (country_at(tokens, i) or role_index().match(tokens, i) or place_index().match(tokens, i)))


def _first_of_two(tokens: list[Token], i: int, n: int) -> int:
    """The length of the first name in a run of more syllables than one name has,
    two names side by side ("Trường THPT Chu Văn An Nguyễn Văn Bình"): the second
    starts at a family name, best one followed by a middle name ("Văn", "Thị")."""
    fam = families()
    splits = [p for p in range(2, n - 1) if tokens[i + p].text.lower() in fam]
    for p in splits:
        if tokens[i + p + 1].text.lower() in middle_names():
            return p
    return splits[0] if splits else min(n, 5)


def _initial_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a Western middle initial: one capital, its dot, then a
    capitalised word ("W. Bush")."""
    return (len(tokens[k].text) == 1 and tokens[k].text.isupper() and k + 2 < len(tokens)
            and tokens[k + 1].text == "." and _tight(tokens[k], tokens[k + 1]) and tokens[k + 2].is_cap)


def _ends_name(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name begun at i stops before token j: a title, a rank or an
    organization begins there, or a place once the name has two syllables. Right
    after the family name a place's syllables are the person's ("Trương Hòa Bình")."""
    if 0 <= j < len(tokens) and tokens[j].exp[0] not in _other_firsts():
        return False  # the common case: no entry of the four starts with this word
    if j > i and _closed_after(tokens, j) and len(tokens[j].exp) == 1:
        # "Nguyễn Hữu Ban - Chi cục trưởng …", "Vũ Quang Các, Vụ trưởng …", "ông Hà Ban, …": a
        # head word with nothing after it opens no title or body, it ends the name as its given name
        return False
    if j == i + 1 and len(tokens[j].exp) == 1 and _given_after_head(tokens, j):
        # "Phó Tổng Thư ký Quốc hội Lê Bộ Lĩnh trình bày": right after a family name, a head
        # word that opens no body's name is the person's
        return False
    if j - i >= 2 and len(tokens[j].exp) == 1 and j + 1 < len(tokens) and tokens[j + 1].is_word \
            and not tokens[j + 1].is_cap and clause_index().match(tokens, j + 1):
        # "Giám đốc Sở X Vũ Văn Viện cho biết": a head word the sentence's verb follows
        # opens no body ("Viện cho biết"), it is the given name
        return False
    if role_index().match(tokens, j) or body_index().match(tokens, j) or rank_index().match(tokens, j):
        return True
    place = place_index().match(tokens, j)
    if place is not None and j - i == 2 and tokens[j - 1].text.lower() in middle_names() \
            and (_closed_after(tokens, j + place[0] - 1) or _lower_after(tokens, j + place[0] - 1)):
        # "Phan Thị Bình Thuận, Phó Giám đốc …", "… Nguyễn Gia Thái Bình cũng nhìn nhận": after
        # a family and a middle name, a place closed by a mark or by the sentence's next
        # (lower-case) word is the given name (a person is not written "Lê Văn, X")
        return False
    return j - i >= 2 and place is not None


def _lower_after(tokens: list[Token], j: int) -> bool:
    """Whether a lower-case word follows token j (the sentence's verb after a name)."""
    return j + 1 < len(tokens) and tokens[j + 1].is_word and not tokens[j + 1].is_cap and tokens[j + 1].text.isalpha()


def _given_after_head(tokens: list[Token], j: int) -> bool:
    """Whether the head word at j and one capitalised syllable after it, closed by a mark or
    a lower-case word, are no body's name but a person's middle and given name ("Lê Bộ
    Lĩnh trình bày"): the head alone is the known body, the syllable is neither a field
    nor a place, and nothing capitalised follows."""
    k = j + 1
    if k >= len(tokens) or not tokens[k].is_cap or not tokens[k].text.isalpha() or len(tokens[k].exp) != 1:
        return False
    if (body_index().match(tokens, j) or (0,))[0] != 1 or place_index().match(tokens, k) \
            or role_index().match(tokens, k) or body_index().match(tokens, k):
        return False
    if inner_index().match(tokens, k):  # a field a body's name holds ("Công an", "Y tế")
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].text in _NAME_CLOSERS or not tokens[k + 1].is_cap


_NAME_CLOSERS = frozenset({",", "-", "–", ")", "(", ".", ";", ":"})


def _closed_after(tokens: list[Token], j: int) -> bool:
    """Whether a mark (or the end) follows token j: nothing of a title or body goes on."""
    return j + 1 >= len(tokens) or tokens[j + 1].text in _NAME_CLOSERS


def person_name(tokens: list[Token], i: int, n: int) -> str:
    """The name spelled by tokens[i:i+n], title-cased if written in capitals, less a
    foreign honorific before a foreign name (name_honorifics.txt)."""
    if n >= 3 and tokens[i].text in name_honorifics() and foreign_name_at(tokens, i + 1) == n - 1:
        i, n = i + 1, n - 1  # "U Zaw Htay", "President Nursultan Nazarbayev": the honorific is no part of it
    words = [t.text for t in tokens[i:i + n]]
    if all(w.isupper() for w in words if w.isalpha()):
        words = [w[:1] + w[1:].lower() for w in words]
    # hyphen-joined syllables stay joined ("Jean-Claude", "Bun-nhăng")
    return "".join(w if k == 0 or _tight(tokens[i + k - 1], tokens[i + k]) else " " + w for k, w in enumerate(words))


def _sino_may_follow(tokens: list[Token], i: int, c: int) -> bool:
    """Whether Sino-Vietnamese syllables after the country at tokens[i:i+c] may be a
    holder's name ("Trung Quốc Tập Cận Bình"): not after a country that is also a
    Vietnamese given name ("Đức", "Anh", "Mỹ"), where they are more likely the
    person's own."""
    return not (c == 1 and tokens[i].text.lower() in middle_names())


def holder_after_country(tokens: list[Token], j: int) -> tuple[int, int]:
    """A country at j and the foreign name of a post's holder right after it ("Pháp
    Emmanuel Macron", "CHDCND Lào Bun-nhăng Vo-la-chit"): (tokens of the country,
    tokens of the name); (0, 0) if not such."""
    c = country_span(tokens, j)
    if not c:
        return 0, 0
    n = foreign_name_at(tokens, j + c, after_country=_sino_may_follow(tokens, j, c))
    return (c, n) if n else (0, 0)


def foreign_holder_in(tokens: list[Token], j: int, end: int) -> int:
    """Where a foreign holder's name starts inside a would-be body tokens[j:end] read
    after a post: after a country ("Bộ trưởng Quốc phòng Mỹ Jim X"), an acronym
    ("Tổng Thư ký IPU Martin X") or a firm's closing word ("GAC Motor Yu X",
    firm_words.txt); -1 if nowhere."""
    inside = j  # no country starts inside another's name ("Trung| Hoa" of "Nhân dân Trung Hoa")
    for p in range(j, min(end, len(tokens))):
        c = country_span(tokens, p) if p >= inside else 0
        if c:
            if foreign_name_at(tokens, p + c, after_country=_sino_may_follow(tokens, p, c)):
                return p + c
            inside = p + c
        t = tokens[p]
        if p + 1 < len(tokens) and tokens[p + 1].text in firm_words():
            continue  # "GAC Motor Yu X": the acronym is a brand, the firm's name goes on
        if p > j and (t.text in firm_words() or (len(t.text) > 1 and t.text.isupper() and t.text.isalpha()
                                                 and t.text not in company_forms())) \
                and foreign_name_at(tokens, p + 1):
            return p + 1  # "Tổng Thư ký IPU Martin X", "Chủ tịch GAC Motor Yu Y"
        if p > j and _foreign_after_vietnamese(tokens, j, p):
            return p
    return -1


def _foreign_after_vietnamese(tokens: list[Token], j: int, p: int) -> bool:
    """Whether a foreign name starts at p after a body spelled in Vietnamese words
    tokens[j:p] ("Tư pháp Jeff X", "Hạ viện Eduardo Y", "Cục Điều tra Liên bang (FBI)
    James Z"): its first word is no Vietnamese syllable, and it ends the capitalised
    run. A company's body ("Tập đoàn Toyota Motor") is its own foreign name."""
    before = tokens[p - 1].text.lower()
    if before in {"-", "và", "tên"} or not tokens[j].is_cap:
        return False  # "Bộ trưởng Giáo dục và James X": a list; "Học viện mang tên X": a namesake
    if vietnamese_syllable(tokens[p].text) and not (
            tokens[p].text.isascii() and p + 1 < len(tokens) and tokens[p + 1].is_cap
            and not vietnamese_syllable(tokens[p + 1].text)):
        return False  # a Vietnamese word; "Dan Coats": a plain first name before a foreign one
    if foreign_name_at(tokens, p - 1) > 1:
        return False  # "Moon Jae In": the name starts before p
    if any(level_index().match(tokens, q) for q in range(max(j, p - 3), p)):
        return False  # "Trưởng công an xã Đăk Hring": a place after its level
    n = foreign_name_at(tokens, p)
    if not n or (p + n < len(tokens) and tokens[p + n].is_cap and tokens[p + n].text.isalpha()):
        return False
    head = body_index().match(tokens, j)
    if head and head[0] == p - j:
        return False  # "Chủ tịch Ngân hàng Deutsche Bundesbank": a head alone, then its own name
    for q in range(j, p):
        w = tokens[q].text
        if tokens[q].text in company_forms() or \
                any(tuple(x.text.lower() for x in tokens[q:q + k]) in trade_heads() for k in (1, 2, 3)):
            return False  # "Tập đoàn Toyota Motor", "CTCP … Golf Long Thành": a firm's own name
        if not (vietnamese_syllable(w) or w in {"(", ")", "và", "-"} or (w.isupper() and w.isalpha())):
            return False  # a foreign word inside: the body's own name, or no body at all
    return True
