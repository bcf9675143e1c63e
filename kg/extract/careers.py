"""Posts stated with a verb or in a career narrative, not as an apposition.

"Ông A (sinh năm 1965) từng giữ các chức vụ: Phó Chủ tịch UBND huyện X; Bí thư
Huyện ủy X", "Ban Bí thư chỉ định ông B tham gia Ban Chấp hành, giữ chức Phó Bí
thư Tỉnh ủy Y", "Trước đó, ông là Giám đốc Sở Z", "ông C thôi giữ chức X, được
phân công nhiệm vụ Y", "Trên cương vị X, ông D …". The verbs are in
post_verbs.tsv; the titles after them are read by positions.py's title parser.

The holder is the person named last before the verb in its clause: a full name,
a part of one ("ông Thăng") or "ông"/"bà", the last two standing for the full name
the article gave before (a part-name with no full name in the article is no row).
A proposal, a plan or a negation in the clause ("đề nghị bầu", "sẽ giữ chức")
adds nothing (post_verb_blockers.txt).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.extract.alternation import trie_alternation
from kg.extract.lexicon import WordIndex, families, level_index
from kg.extract.names import HONORIFIC_FIRST, honorific_at, lead_first, lead_in, name_at, person_name, rank_at
from kg.extract.positions import _former_at, _name_starts, _titles_from, country_head, role_at
from kg.extract.text import Token, expansions, match_words, per_article, sentence_tokens, tokenize
from kg.facts import Org, Position, Sentence, Title
from kg.extract.orgs import kind_of
from kg.resources import data_lines, past_verbs, post_verbs, seat_posts, standalone_posts

# how far back from a verb its holder may be named, in tokens
_REACH = 30
# a frame's holder may be named further back: "kỷ luật ông A, <his posts>, do có vi phạm
# … trong công tác cán bộ trong thời kỳ là X"
_FRAME_REACH = 45
# how many sentences back "ông"/"bà" may look for the full name it stands for
_BACK = 3
# a list item read whole up to its ";" has at most this many tokens
_MAX_ITEM = 30
# words that join the posts of one career ("X, Y; Z rồi W")
_JOINS = frozenset({",", ";", "rồi", "và", "sau", "đó", "đến", "là", "-", "–"})
_PRONOUNS = frozenset({"ông", "bà", "đồng chí", "đ/c"})
# words before a capitalised run that make it a place, not a person ("sinh tại Thái Thụy")
_PLACE_BEFORE = frozenset({"tại", "ở", "quê", "từ", "đến", "về", "thuộc"})




@lru_cache(maxsize=None)
def _verbs() -> WordIndex[str]:
    """Post verbs (post / copula / frame), longest first."""
    return WordIndex([(p, k) for p, k in post_verbs() if k != "filler"])


@lru_cache(maxsize=None)
def _fillers() -> WordIndex[str]:
    return WordIndex([(p, k) for p, k in post_verbs() if k == "filler"])


@lru_cache(maxsize=None)
def _blockers() -> WordIndex[bool]:
    return WordIndex([(tuple(w.split()), True) for w in data_lines("post_verb_blockers.txt")])


@lru_cache(maxsize=None)
def _breaks() -> WordIndex[bool]:
    return WordIndex([(tuple(w.split()), True) for w in data_lines("post_verb_breaks.txt")])


# words before a name that make it no subject of its clause, so no antecedent of a
# later "ông" ("dưới sự chỉ đạo của A, đồng chí được bầu …" is not A)
_NOT_SUBJECT = frozenset({"của", "với", "cho", "và", "cùng", "tại", "ở", "từ", "thay", "thế", "gặp", "tiếp"})


class _Mention:
    """A way a sentence refers to a person: a full name, a part-name or a pronoun."""

    __slots__ = ("start", "end", "name", "part", "pronoun", "subject", "sex")

    def __init__(self, start: int, end: int, name: str | None, part: str | None = None,
                 pronoun: str | None = None, subject: bool = True, sex: str | None = None) -> None:
        self.start, self.end, self.name, self.part, self.pronoun = start, end, name, part, pronoun
        self.subject = subject
        self.sex = sex  # "m" or "f" when an honorific before the name says so ("ông A", "bà B")


def _mentions(tokens: list[Token], persons: set[str]) -> list[_Mention]:
    """Full names (those positions.py found in the sentence), part-names after an
    honorific ("ông Thăng") and bare "ông"/"bà" in subject place, in reading order."""
    found: list[_Mention] = []
    firsts, fam = lead_first(), families()
    # a mention starts at a lead-in's first word (an honorific is one) or at a
    # capitalised family name (name_at needs one where no lead-in stands before it):
    # the walk visits those words alone, nothing happens at the others
    starts = [k for k, t in enumerate(tokens) if t.exp[0] in firsts or (t.is_cap and t.text.lower() in fam)]
    i = 0
    for start in starts:
        if start < i:
            continue  # inside a mention read before
        i = start
        h = lead_in(tokens, i)
        n = name_at(tokens, i + h, after_honorific=bool(h))
        if n and not (not h and i > 0 and tokens[i - 1].text.lower() in _PLACE_BEFORE):
            name = person_name(tokens, i + h, n)
            e = i + h + n
            if e < len(tokens) and tokens[e].text in {"-", "–"} and tokens[e].start == tokens[e - 1].end:
                i = e + 1  # "Kim Dong-yeon": a foreign name read short, holder of nothing here
                continue
            if name in persons:
                subject = not (i > 0 and tokens[i - 1].text.lower() in _NOT_SUBJECT)
                found.append(_Mention(i, e, name, subject=subject, sex=_SEX_OF.get(tokens[i].exp[0]) if h else None))
                i = e
                continue
        hon = honorific_at(tokens, i)
        if hon:
            k = i + hon
            run = 0
            while k + run < len(tokens) and run < 2 and tokens[k + run].is_cap and tokens[k + run].text.isalpha() \
                    and not role_at(tokens, k + run):
                run += 1
            pron = " ".join(t.text.lower() for t in tokens[i:k])
            if run and not n:
                found.append(_Mention(i, k + run, None, part=" ".join(t.text for t in tokens[k:k + run]),
                                      sex=_SEX_OF.get(tokens[i].exp[0])))
                i = k + run
                continue
            if not run and pron in _PRONOUNS and (i == 0 or tokens[i - 1].text in {",", "(", "-", "–"}):
                found.append(_Mention(i, k, None, pronoun=pron))
                i = k
                continue
        i += 1
    return found


def _female(name: str) -> bool:
    return " Thị " in f" {name} "


# the honorifics that tell a person's sex: "ông"/"anh" a man, "bà"/"chị"/"cô" a woman
_SEX_OF = {"ông": "m", "anh": "m", "bà": "f", "chị": "f", "cô": "f"}


def _fits(pronoun: str, name: str, sexes: dict[str, str]) -> bool:
    """Whether a bare "ông"/"bà" may stand for `name`: not a woman for "ông" (a "Thị"
    name, or one the article calls "bà"), not a man for "bà" (one it calls "ông")."""
    if pronoun == "ông":
        return not _female(name) and sexes.get(name) != "f"
    if pronoun == "bà":
        return sexes.get(name) != "m"
    return True


def _resolve(m: _Mention, earlier: list[str], named: Counter[str] | None = None,
             sexes: dict[str, str] | None = None) -> str | None:
    """The full name a mention stands for; `earlier` lists the full names named before
    it, nearest last. A bare "ông"/"bà" stands for the one of them the article has
    named most often so far (its subject; the nearest of those tied): an official
    met in passing is not who the narrative is about. `sexes`: what the article's
    honorifics said of each full name ("m"/"f"); a "bà" where a woman was named
    stands for a woman."""
    if m.name:
        if m.name.split()[0].lower() not in families():
            # "Bà Tú Anh": a given name after an honorific, the full name said before
            full = {p for p in earlier if p.endswith(" " + m.name)}
            if len(full) == 1:
                return full.pop()
        return m.name
    if m.part:
        # "ông Thăng": the one full name of the article that ends so
        full = {p for p in earlier if p.endswith(" " + m.part) or p == m.part}
        return full.pop() if len(full) == 1 else None
    sexes = sexes or {}
    fits = [p for p in earlier if _fits(m.pronoun or "", p, sexes)]
    if m.pronoun == "bà":
        women = [p for p in fits if _female(p) or sexes.get(p) == "f"]
        fits = women or fits
    if not fits:
        return None
    named = named or Counter()
    return max(reversed(fits), key=lambda p: named[p])  # max keeps the first (nearest) of a tie


def _skip(index: WordIndex, tokens: list[Token], k: int) -> int:
    """Token index after any run of filler words and ":" at k."""
    while k < len(tokens):
        if tokens[k].text == ":" or (tokens[k].text == "vụ" and k > 0 and tokens[k - 1].text == "chức"):
            k += 1
            continue
        hit = index.match(tokens, k)
        if not hit:
            break
        k += hit[0]
    return k


def _aside(tokens: list[Token], k: int) -> int:
    """The token after a short parenthesis at k ("(2010-2015)"), else k."""
    if k < len(tokens) and tokens[k].text == "(":
        for j in range(k + 1, min(k + 14, len(tokens))):
            if tokens[j].text == ")":
                return j + 1
    return k


_NEXT_POST = frozenset({",", "rồi", "kiêm"})


def _item_to_semicolon(text: str, tokens: list[Token], k: int, title: Title, n: int) -> tuple[int, Title]:
    """In a ";" list, a title whose body runs on in lower-case words up to the
    item's ";" ("Trưởng ban chỉ đạo thực hiện … của Bộ X;") is the whole item."""
    end = k + n
    j = end
    while j < len(tokens) and j - k < _MAX_ITEM and tokens[j].text not in {";", ".", ":", "(", ")"}:
        if name_at(tokens, j) or (tokens[j].exp[0] in _NEXT_POST and j + 1 < len(tokens) and role_at(tokens, j + 1)):
            return n, title  # "X, Y", "X rồi Y", "X kiêm Y": another post, not more of this one's body
        j += 1
    if j == end or j - k >= _MAX_ITEM or (j < len(tokens) and tokens[j].text != ";" and j + 1 < len(tokens)):
        return n, title
    span = tokens[k + role_len(tokens, k):j]
    body = Org(text[span[0].start:span[-1].end], kind_of(span)) if span else title.body
    return j - k, Title(text[tokens[k].start:tokens[j - 1].end], title.role, body, title.past)


def role_len(tokens: list[Token], k: int) -> int:
    r = role_at(tokens, k)
    return r[0] if r else 0


def _career(text: str, tokens: list[Token], k: int, listed: bool) -> tuple[int, list[Title]]:
    """The posts from token k on: titles joined by ",", ";", "rồi", "và", with
    asides between ("X (2010-2015), Y"). `listed`: a ";" list after a colon, whose
    items may be read whole."""
    titles: list[Title] = []
    while k < len(tokens):
        if not (role_at(tokens, k) or _former_at(tokens, k)):
            break
        end, found = _titles_from(text, tokens, k)
        if not found:
            break
        if listed and len(found) == 1:
            n, t = _item_to_semicolon(text, tokens, k, found[0], end - k)
            found, end = [t], k + n
        if _cut_at_comma(tokens, end) and not _bare_seat(found[-1]):  # a bare seat has no body to go on
            found = found[:-1]
        if found and not listed and _name_starts(tokens, end):
            # "A, khi đó là cựu Thủ tướng Anh, nhà lãnh đạo Trung Quốc B đề xuất": a title
            # running into a name is that one's, and the list ends before it
            titles += found[:-1]
            break  # its body goes on after the comma: no row rather than a cut one
        titles += found
        k = _aside(tokens, _term(tokens, end))
        j = k
        while j < len(tokens) and j - k < 3 and tokens[j].exp[0] in _JOINS:
            j += 1
        if j > k and listed and not (role_at(tokens, j) or _former_at(tokens, j)):
            j = _next_item(tokens, j)  # "…; Thường trực Hội đồng X; Chủ tịch Hội đồng Y"
            if j < 0:
                break
        if j == k or not (role_at(tokens, j) or _former_at(tokens, j)):
            break
        if ";" in (t.text for t in tokens[k:j]) and _own_clause(tokens, j):
            break  # "A làm Bộ trưởng X; cựu Bộ trưởng Y B được làm …": the next item is another's
        k = j
    return k, titles


def listed_posts(text: str) -> list[Title]:
    """The posts a list item opens with ("Ủy viên Ban Thường vụ Thành đoàn, Trưởng ban
    Khoa học rồi Phó Bí thư Thành đoàn TP X"), read as a career narrative's list."""
    return _career(text, tokenize(text), 0, True)[1]


def _next_item(tokens: list[Token], k: int) -> int:
    """The first token of the next item of a ";" list, when the item at k (after a
    ";") runs to it within _MAX_ITEM tokens, names no one and the next opens with a
    post; -1 otherwise."""
    if k == 0 or tokens[k - 1].text != ";":
        return -1
    for j in range(k, min(k + _MAX_ITEM, len(tokens))):
        if tokens[j].text in {".", ":"} or lead_in(tokens, j) or name_at(tokens, j):
            return -1
        if tokens[j].text == ";":
            return j + 1 if role_at(tokens, j + 1) else -1
    return -1


_TERM_WORDS = (("nhiệm", "kỳ"), ("giai", "đoạn"), ("thời", "kỳ"))


def _term(tokens: list[Token], k: int) -> int:
    """The token after a term qualifier at k ("khóa X, XI, XII", "nhiệm kỳ 2015-2020",
    "giai đoạn 2009-2011"), else k."""
    if k < len(tokens) and tokens[k].exp[0] == "khóa":
        j = k + 1
        while j < len(tokens) and (_roman_or_number(tokens[j].text)
                                   or (tokens[j].text in {",", "và"} and j + 1 < len(tokens)
                                       and _roman_or_number(tokens[j + 1].text))):
            j += 1
        return j if j > k + 1 else k
    # "nhiệm kỳ 2015-2020", and the years a post was held: "giai đoạn 2009-2011"
    n = next((m for w in _TERM_WORDS for m in [match_words(tokens, k, w)] if m), 0)
    if n:
        j = k + n
        while j < len(tokens) and (tokens[j].text.isdigit() or tokens[j].text in {"-", "–"}):
            j += 1
        return j if j > k + n else k
    return k


def _roman_or_number(word: str) -> bool:
    return word.isdigit() or (word.isupper() and set(word) <= set("IVXLC"))


def _own_clause(tokens: list[Token], j: int) -> bool:
    """Whether the list item from j (up to its ";") has a verb or a name of its own:
    then it is a clause about someone else, not one more post of the list."""
    for q in range(j, len(tokens)):
        if tokens[q].text == ";":
            return False
        if tokens[q].exp[0] == "được" or _verbs().match(tokens, q) or lead_in(tokens, q):
            return True
    return False


def _cut_at_comma(tokens: list[Token], end: int) -> bool:
    """Whether a title ending at `end` is followed by ", <capitalised word>" that opens
    no title, no name and no honorific: the body's name goes on ("Ban Chính sách,
    Chiến lược Trung ương")."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    t = tokens[end + 1]
    return t.is_cap and t.text.isalpha() and not role_at(tokens, end + 1) and not _former_at(tokens, end + 1) \
        and not lead_in(tokens, end + 1) and not name_at(tokens, end + 1)


def _kin_before(tokens: list[Token], start: int) -> bool:
    """Whether a kinship word stands between the last comma and a name at `start`
    ("…, em trai Bí thư Tỉnh ủy B"): the name is the one a relative is named by."""
    kin = _kin_words()
    for j in range(start - 1, max(-1, start - 10), -1):
        if tokens[j].text in {",", ";", "(", ":"}:
            return False
        if kin.match(tokens, j):
            return True
    return False


@lru_cache(maxsize=None)
def _kin_words() -> WordIndex[bool]:
    return WordIndex([(tuple(w.split()), True) for w in data_lines("kin_words.txt")])


def _in_aside(tokens: list[Token], start: int, i: int) -> bool:
    """Whether a mention at `start` stands in a parenthesis closed before token i
    ("Bà A (cháu ông B) lên làm …": B holds nothing here)."""
    opened = False
    for j in range(start - 1, max(-1, start - 12), -1):
        if tokens[j].text == ")":
            break
        if tokens[j].text == "(":
            opened = True
            break
    return opened and any(t.text == ")" for t in tokens[start:i])


def _blocked(tokens: list[Token], lo: int, hi: int) -> bool:
    return any(_blockers().match(tokens, j) for j in range(max(lo, 0), hi))


def _broken(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether the clause breaks between a name ending at lo and a verb at hi."""
    for j in range(lo, hi):
        t = tokens[j]
        if t.text in {":", ";", "“", "”", '"', "?", "!"} or _breaks().match(tokens, j):
            return True
    return False


def _clause_start(tokens: list[Token], i: int) -> int:
    """The first token of the clause a verb at i stands in (after ";", ":" or a quote)."""
    for j in range(i - 1, -1, -1):
        if tokens[j].text in {";", ":", "“", '"'}:
            return j + 1
    return 0


# kin words that are honorifics too, before a named relative ("bà A, chị ông B, khi đó
# là Chủ tịch …": the post is A's, the one the relative is named by is B)
_KIN_TITLES = frozenset({"chị", "anh", "em", "cô", "chú", "bác", "dì", "cậu", "ông", "bà", "cháu", "con"})


def _copula_holder(text: str, tokens: list[Token], i: int, ms: list[_Mention]) -> _Mention | None:
    """The mention right before a "là"/"làm" at i (an aside, adverbs and a comma between)."""
    j = i
    skip = {"đã", "từng", "hiện", "đang", "vẫn", "nay", "cũng", "khi", "đó", "trước", "ấy", "này", "được",
            "lúc", "hồi", "thời", "điểm", "bấy", "giờ", "người"}
    while j > 0 and tokens[j - 1].text.lower() in skip:
        j -= 1
    if j > 1 and (tokens[j - 1].text == "(" or (tokens[j - 1].text == "," and j < i)):
        # "ông A (lúc đó là Chủ tịch UBND huyện X)", "ông B, khi đó là Giám đốc Sở Y":
        # an aside opened right after the name states its post then; after a comma
        # only with a time word between ("A, là X" may be a clause of its own); an aside
        # in brackets is the name's own even after a kin word ("em trai ông B (khi đó là X)")
        m = next((m for m in ms if m.end == j - 1), None)
        if m is not None and (tokens[j - 1].text == "(" or not (
                _kin_before(tokens, m.start) or (m.start > 0 and tokens[m.start - 1].text.lower() in _KIN_TITLES))):
            return m
    if j > 0 and tokens[j - 1].text == ")":
        k = j - 1
        while k > 0 and k > j - 16 and tokens[k].text != "(":
            k -= 1
        j = k if tokens[k].text == "(" else j
    m = next((m for m in ms if m.end == j), None)
    if m is not None and _kin_before(tokens, m.start):
        return None  # "ông A, em trai Bí thư B làm Giám đốc …": the post is A's, not B's
    if m is None and j > 0 and tokens[j - 1].text == ",":
        # "ông A, Phó trưởng ban Dân vận Thành ủy, nguyên là Bí thư Quận ủy": the
        # name's own titles stand between it and the verb
        m = next((m for m in reversed(ms) if m.end < j - 1), None)
        if m is None or tokens[m.end].text != "," or _titles_from(text, tokens, m.end + 1)[0] != j - 1:
            return None
    return m


class _VerbPosts:
    """What a verb at token i gives: the verb's length and kind, where its posts end, the
    posts that name their body, and whether it opens a list of posts ("…nhiệm vụ:")."""

    __slots__ = ("i", "n", "kind", "end", "titles", "opens_list")

    def __init__(self, i: int, n: int, kind: str, end: int, titles: list[Title], opens_list: bool) -> None:
        self.i, self.n, self.kind, self.end, self.titles, self.opens_list = i, n, kind, end, titles, opens_list


@per_article
def _verb_posts(text: str) -> tuple[_VerbPosts, ...]:
    """Every verb of the sentence with what it gives, read once: the article-wide test
    and the search for holders both use it (callers must not change it)."""
    tokens = sentence_tokens(text)
    firsts = _verbs().first_words()
    found = []
    for i in [k for k, t in enumerate(tokens) if t.exp[0] in firsts]:
        hit = _verbs().match(tokens, i)
        if not hit:
            continue
        n, kind = hit
        if kind == "passive":
            by = _passive_by(tokens, i)
            if by < 0:
                continue  # "Thủ tướng bổ nhiệm làm …" with no "được": the subject appoints
            i, n, kind = by, i + n - by, "post"
        k = _skip(_fillers(), tokens, i + n)
        r = rank_at(tokens, k)
        if r and k + r + 1 < len(tokens) and tokens[k + r].text == "," \
                and (role_at(tokens, k + r + 1) or _former_at(tokens, k + r + 1)):
            k += r + 1  # "ông A là đại tá, nguyên hiệu trưởng Trường X": the rank is no post
        listed = any(t.text == ":" for t in tokens[i + n:k])
        end, titles = _career(text, tokens, k, listed)
        # "ông A nhậm chức tổng thống": a seat taken up is the holder's own, bare
        held = [t for m, t in enumerate(titles) if (_has_body(t) or (kind == "office" and _bare_seat(t))
                or (m and _has_body(titles[m - 1]) and _held_too(text, titles[m - 1], t))) and not country_head(t)]
        found.append(_VerbPosts(i, n, "post" if kind == "office" else kind, end, held,
                                listed and k >= len(tokens) - 1 and kind == "post"))
    return tuple(found)


_AGENT_REACH = 8  # tokens of an appointing agent between "được" and its verb ("Ủy ban Thường vụ Quốc hội")
# lower-case words an agent or the verb's own adverb may open with: "được cấp trên bổ nhiệm làm",
# "được tái bổ nhiệm làm", "được chính thức bổ nhiệm làm"
_AGENT_OPENERS = frozenset({"cấp", "tái", "chính", "lại"})


def _passive_by(tokens: list[Token], i: int) -> int:
    """The "được" an appointing verb at i is the passive of, with its agent between
    ("được Quốc hội phê chuẩn làm"): no mark, no other verb's "được" nearer; the agent a
    body or an office, capitalised, and no proposal or plan between ("được đề nghị bổ
    nhiệm làm", "được Ban Thường vụ đề nghị bổ nhiệm làm": post_verb_blockers.txt); -1
    if none."""
    for j in range(i - 1, max(-1, i - _AGENT_REACH - 1), -1):
        t = tokens[j]
        if t.exp[0] == "được":
            # (the agent may open with its post in lower case: "được chủ tịch UBND TP X bổ nhiệm
            # làm …", "được cựu Tổng thống Y bổ nhiệm làm …")
            ok = j + 1 < i and (tokens[j + 1].is_cap or role_at(tokens, j + 1) or _former_at(tokens, j + 1)
                                or lead_in(tokens, j + 1) or level_index().match(tokens, j + 1) is not None
                                or tokens[j + 1].exp[0] in _AGENT_OPENERS) \
                and not _blocked(tokens, j + 1, i)
            return j if ok else -1
        if not t.is_word:
            return -1
    return -1


def _chained(tokens: list[Token], last: int, i: int, ms: list[_Mention]) -> bool:
    """Whether a post verb at i goes on the clause whose posts ended at `last`: near
    it, joined by "," or "và", no one named and nothing broken or proposed between."""
    between = tokens[last:i]
    return i - last <= _REACH and any(t.text in {",", "và"} for t in between) \
        and not any(last <= m.start < i for m in ms) and not _broken(tokens, last, i) \
        and not _blocked(tokens, last, i)


def _held_too(text: str, before: Title, t: Title) -> bool:
    """Whether a bare title is joined to the post before it by "kiêm" ("giữ chức Phó
    Chủ tịch HĐQT kiêm Tổng giám đốc"): held by the same one at once, not someone else's."""
    return f"{before.text} kiêm {t.text}" in text


def career_posts(sentences: list[Sentence], persons_by_sentence: dict[int, list[str]]) -> list[Position]:
    """Posts that verbs and career narratives give, one Position per (holder, post)."""
    # a holder is always a person positions.py found in the sentence or one before it
    # (a part-name or "ông" stands for such a name): nothing before the first of them
    # can give a post, and an article that names no one gives none
    first = min(persons_by_sentence, default=None)
    if first is None:
        return []
    if not any(v.titles or v.opens_list for s in sentences
               if s.index >= first and _may_have_holder(s, persons_by_sentence) and _may_hold(s.text)
               for v in _verb_posts(s.text)):
        return []  # most articles: no verb gives a post, so no holder needs looking for
    out: list[Position] = []
    earlier: list[str] = []  # full names in reading order
    named: Counter[str] = Counter()  # how often the article has named each person so far
    sexes: dict[str, str] = {}  # what an honorific before a name said: "ông A" a man, "bà B" a woman
    window: list[tuple[int, list[str]]] = []
    pending: str | None = None  # the holder of a list opened by "…nhiệm vụ:" at a sentence's end
    for s in sentences:
        persons = persons_by_sentence.get(s.index, [])
        tokens = sentence_tokens(s.text) if _may_hold(s.text) else []
        if pending and tokens:
            # "- Trưởng ban …;" on a line of its own: one more item of the open list
            k = _bullet(tokens)
            _, titles = _career(s.text, tokens, k, True)
            titles = [t for t in titles if _has_body(t)]
            if titles:
                out += [Position(pending, t, s.index) for t in titles]
                continue
        pending = None
        ms = _mentions(tokens, set(persons)) if tokens else []
        recent = [p for idx, ps in window[-_BACK:] for p in ps]
        # the subject of the sentence before, for a sentence that opens with its verb
        # ("Ông A sinh năm 1970. Từng giữ các chức vụ: …")
        elided = window[-1][1][-1] if window and window[-1][0] == s.index - 1 and window[-1][1] else None
        i = 0
        chain: tuple[str, int] | None = None  # the holder of the verb read last, and where its posts end
        for v in (_verb_posts(s.text) if tokens else ()):
            if v.i < i:
                continue  # inside what a verb before it has read
            i, n, kind, end, titles, opens_list = v.i, v.n, v.kind, v.end, v.titles, v.opens_list
            if not titles and not opens_list:
                i += n
                continue
            name = _holder_name(s.text, tokens, i, kind, end, ms, recent, earlier, elided, named, sexes)
            if name is None and chain is not None and kind == "post" and _chained(tokens, chain[1], i, ms):
                # "ông A thôi giữ chức X, điều động đến … và bổ nhiệm giữ chức Y": one subject
                # for the verbs the clause joins, however far back it is named
                name = chain[0]
            chain = (name, end) if name else None
            if name and opens_list:
                pending = name
            elif name:
                if tokens[i].exp[0] in {"nguyên", "cựu"}:
                    # "nguyên là Bí thư Quận ủy kiêm Chủ tịch UBND quận 7": each post is a former one
                    titles = [t if t.past else Title(f"{tokens[i].text} {t.text}", t.role, t.body, True)
                              for t in titles]
                elif _past_verb(tokens, i):
                    # "từng giữ chức X", "kinh qua X": held before, no longer; the words stay
                    titles = [t if t.past else Title(t.text, t.role, t.body, True) for t in titles]
                out += [Position(name, t, s.index) for t in titles]
            i = max(end, i + n)
        earlier += [m.name for m in ms if m.name] or persons
        for m in ms:
            who = _resolve(m, earlier) if not m.pronoun else None
            if who:
                named[who] += 1
                if m.sex:
                    sexes.setdefault(who, m.sex)
        # a part-name ("ông Thăng") stands for its full name: a later "ông" may refer to it
        subjects = [m.name or _resolve(m, earlier) for m in ms if (m.name or m.part) and m.subject]
        window.append((s.index, [p for p in subjects if p]))
    return out


@lru_cache(maxsize=None)
def _past_words() -> WordIndex[bool]:
    return WordIndex([(w, True) for w in past_verbs()])


def _past_verb(tokens: list[Token], i: int) -> bool:
    """Whether the post verb at i says its posts were held before and are no longer:
    it opens with a word of past_verbs.txt ("từng giữ chức", "kinh qua") or has one
    right before it ("đã từng đảm nhiệm")."""
    return _past_words().match(tokens, i) is not None or (i > 0 and _past_words().match(tokens, i - 1) is not None)


def _may_have_holder(s: Sentence, persons_by_sentence: dict[int, list[str]]) -> bool:
    """Whether a verb of the sentence may have a holder (_holder_name): a person named
    in it, or in the sentence before (the subject a sentence may leave out), or an
    honorific (a part-name, "ông Thăng", or a bare "ông"/"bà"). A cheap superset:
    the honorific is looked for in the lower-cased text, not among the tokens."""
    return s.index in persons_by_sentence or s.index - 1 in persons_by_sentence \
        or _honorific_words().search(s.text.lower()) is not None


@lru_cache(maxsize=None)
def _honorific_words() -> re.Pattern[str]:
    """The words honorific_at starts at, as the lower-cased text spells them (with any
    abbreviation that expands to one of them)."""
    words = set(HONORIFIC_FIRST) | {k.lower() for k, v in expansions().items() if v and v[0] in HONORIFIC_FIRST}
    return re.compile(r"(?<!\w)(?:" + trie_alternation(words) + r")(?!\w)")


_BULLETS = frozenset({"-", "–", "+", "•", "*"})
# words a sentence may open with before a verb whose subject it leaves out
_OPENING = frozenset({"đồng", "thời", "ngoài", "ra", "sau", "đó", "hiện", "nay", "trước", "cũng", "đã", "từng",
                      "ông", "bà", ","})


def _bullet(tokens: list[Token]) -> int:
    """The token after a list item's bullet ("- ", "+ "), else 0."""
    return 1 if tokens and tokens[0].text in _BULLETS else 0


def _holder_name(text: str, tokens: list[Token], i: int, kind: str, end: int, ms: list[_Mention],
                 recent: list[str], earlier: list[str], elided: str | None,
                 named: Counter[str], sexes: dict[str, str] | None = None) -> str | None:
    """The full name of whoever holds the posts a verb at token i gives; None if no
    one can be told, or the clause is a proposal, a plan or a negation."""
    discharged = _discharged(tokens, i, end, ms) if kind == "discharge" else None
    # leaving a post says it is held until then, whatever the clause plans or proposes
    # ("ông A sẽ thôi giữ chức X", "đề nghị cho thôi giữ chức X đối với ông A")
    # and a frame ("trong thời kỳ là X", "với cương vị là X") states a post held then, never
    # one planned: "xem xét kỷ luật ông A … trong thời kỳ là X" (A was X)
    leaving = _leaving(tokens, i) or kind == "frame"
    if kind == "copula":
        holder = _copula_holder(text, tokens, i, ms)
    elif kind == "discharge" and (discharged or not _passive_or_leaving(tokens, i)):
        # "X cách chức Giám đốc Y ông A": the subject takes the post away, holds none;
        # but "kỷ luật ông A … và cho thôi giữ chức X": the one disciplined loses it
        holder = discharged or _disciplined(tokens, i, ms)
    else:
        before = [m for m in ms if m.end <= i and not _in_aside(tokens, m.start, i)]
        lo = _clause_start(tokens, i)
        cand = [m for m in before if m.start >= max(lo, i - (_FRAME_REACH if kind == "frame" else _REACH))]
        holder = cand[-1] if cand and not _broken(tokens, cand[-1].end, i) else None
        if holder is None and kind == "frame" and end + 1 < len(tokens) and tokens[end].text == ",":
            holder = next((m for m in ms if m.start == end + 1), None)  # "Trên cương vị X, ông A"
        if holder is None and not before and elided and kind == "post" \
                and all(t.exp[0] in _OPENING for t in tokens[max(_bullet(tokens), lo):i]) \
                and (leaving or not _blocked(tokens, 0, i)):
            return elided
    if holder is None or (not leaving and _blocked(tokens, max(_clause_start(tokens, i), min(holder.start, i) - 10), i)) \
            or (holder.start > 0 and tokens[holder.start - 1].exp[0] in {"thay", "thế"}):
        return None
    same = [m.name for m in ms if m.name and m.end <= holder.start]
    return _resolve(holder, recent + same if holder.pronoun else earlier + same, named, sexes)


_WITH_RESPECT_TO = ("đối", "với")
_LEAVE_OPENERS = frozenset({"cho", "xin"})


def _leaving(tokens: list[Token], i: int) -> bool:
    """Whether the post verb at i leaves its posts ("thôi giữ chức", "cho thôi …",
    "xin thôi …"): the posts are then held, not planned or proposed."""
    k = i + 1 if tokens[i].exp[0] in _LEAVE_OPENERS else i
    return k < len(tokens) and tokens[k].exp[0] == "thôi"


@lru_cache(maxsize=None)
def _discipline_words() -> WordIndex[bool]:
    return WordIndex([(tuple(w.split()), True) for w in data_lines("discipline_words.txt")])


_DISCIPLINE_BACK = 8  # tokens between a discipline word and the name it takes (a title, "đối với")


def _disciplined(tokens: list[Token], i: int, ms: list[_Mention]) -> _Mention | None:
    """The one a discipline word names before a discharge verb at i, in its clause:
    "kỷ luật ông A bằng hình thức cảnh cáo và cho thôi giữ chức X" (A held X)."""
    lo = _clause_start(tokens, i)
    cand = [m for m in ms if m.end <= i and m.start >= max(lo, i - _REACH)]
    if not cand or _broken(tokens, cand[-1].end, i):
        return None
    m = cand[-1]
    for j in range(m.start - 1, max(lo, m.start - _DISCIPLINE_BACK) - 1, -1):
        if tokens[j].text in {",", ";", "(", ")", ":"}:
            return None
        if _discipline_words().match(tokens, j):
            return m
    return None


def _passive_or_leaving(tokens: list[Token], i: int) -> bool:
    """Whether a discharge verb at i has its holder for subject: passive ("bị cách
    chức", "được miễn nhiệm") or leaving ("xin thôi nhiệm vụ")."""
    return tokens[i].exp[0] == "thôi" or (i > 0 and tokens[i - 1].exp[0] in {"bị", "được"})


def _discharged(tokens: list[Token], i: int, end: int, ms: list[_Mention]) -> _Mention | None:
    """Whom the posts a discharge verb at i takes away are taken from: the one named
    right after "đối với" (or "với") after the posts (a term qualifier between: "cách chức X nhiệm
    kỳ 2015-2020 đối với ông A"), or the one named right before "(" the verb opens
    with a few words ("… đối với ông A (bao gồm cách chức cả các chức vụ: X, Y)")."""
    k = end
    while k < len(tokens):
        if _term(tokens, k) > k:
            k = _term(tokens, k)
        elif tokens[k].text == "và" and _term(tokens, k + 1) > k + 1:
            k += 1  # "nhiệm kỳ 2005 - 2010 và nhiệm kỳ 2010 - 2015"
        else:
            break
    if match_words(tokens, k, _WITH_RESPECT_TO) == 2:
        return next((m for m in ms if m.start == k + 2), None)
    if k < len(tokens) and tokens[k].text == "với":
        return next((m for m in ms if m.start == k + 1), None)  # "cho thôi chức X với ông A"
    for j in range(i - 1, max(-1, i - 5), -1):
        if tokens[j].text == "(":
            m = next((m for m in ms if m.end == j), None)
            return m if m is not None and match_words(tokens, m.start - 2, _WITH_RESPECT_TO) == 2 else None
    return None


def _has_body(t: Title) -> bool:
    """Whether a post read after a verb names its body (not a lone lower-case head,
    "làm Trưởng ban"), or needs none ("Thủ tướng"): a bare role there is too often
    someone else's or a post of no known body ("giữ chức phó giám đốc")."""
    if t.role.lower() in standalone_posts():
        return True
    if t.body is None:
        return False
    return " " in t.body.name.strip() or t.body.name[:1].isupper()


def _bare_seat(t: Title) -> bool:
    """Whether a title is a head of state's seat written bare (seat_posts.txt)."""
    return t.body is None and not t.past and t.role.lower() in seat_posts()


def _may_hold(text: str) -> bool:
    """A cheap test: the sentence has a capital after its first word (a post's
    role head is capitalised)."""
    parts = text.split(None, 1)
    rest = parts[1] if len(parts) > 1 else ""
    if rest == rest.lower():
        return False  # no capital at all after the first word: the common quick no
    return any(w[:1].isupper() for w in rest.split())


def _core(title: str) -> list[str]:
    w = title.lower().split()
    return w[1:] if w and w[0] in {"nguyên", "cựu"} else w


def _within(a: list[str], b: list[str]) -> bool:
    """Whether word list a stands inside b."""
    return any(b[k:k + len(a)] == a for k in range(len(b) - len(a) + 1))


def _words(title: str) -> set[str]:
    words = _core(title)
    if words[:2] == ["phó", "ban"]:
        words = ["phó", "trưởng"] + words[1:]  # "Phó ban" is the "Phó Trưởng ban"
    return {w for w in words if any(c.isalnum() for c in w)}


def _role(t: Title) -> str:
    """A title's role as written, the "Ban" of "Phó Ban X" / "Phó Trưởng ban X"
    counted in it and "Phó ban" read as "Phó Trưởng ban": the two name one post."""
    words = t.text.lower().split()
    body = t.body.name.lower().split() if t.body is not None else []
    role = words[:len(words) - len(body)] if body and words[-len(body):] == body else [t.role.lower()]
    role = [w for w in role if w not in {"nguyên", "cựu"}]
    if body[:1] == ["ban"] and role and role[-1] in {"phó", "trưởng"}:
        role = role + ["ban"]
    if role[:2] == ["phó", "ban"]:
        role = ["phó", "trưởng"] + role[1:]
    return " ".join(role)


def _said_former(t: Title) -> bool:
    """Whether a post is written as a former one ("nguyên …", "cựu …"): a statement of
    its own, beside the same post read as held (maybe past: "từng giữ chức X")."""
    return t.past and t.text.split(" ", 1)[0].lower() in {"nguyên", "cựu"}


def add_career_posts(found: list[Position], new: list[Position]) -> list[Position]:
    """`found` with the posts of `new` that are not already there for that person,
    in full or in a longer form ("Bí thư Tỉnh ủy" beside "Bí thư Tỉnh ủy Yên Bái",
    "Bí thư X" beside "nguyên Bí thư X")."""
    out = list(found)
    for pos in new:
        mine = _core(pos.title.text)
        same = [p for p in out if p.person == pos.person]
        if any(_role(p.title) == _role(pos.title)
               and (_within(mine, _core(p.title.text)) or _words(pos.title.text) <= _words(p.title.text))
               for p in same):
            continue
        # a shorter form already found is replaced by this fuller one
        # (a former post stays: "nguyên Bí thư Tỉnh ủy" is a statement of its own)
        out = [p for p in out if not (p.person == pos.person and p.title.role.lower() == pos.title.role.lower()
                                      and _said_former(p.title) == _said_former(pos.title)
                                      and _core(p.title.text) == mine[:len(_core(p.title.text))])]
        out.append(pos)
    return out
