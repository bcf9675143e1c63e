"""Organization names as written, and their kind.

An organization name runs from its head ("Đảng ủy", "Ban Thường vụ", "UBND",
"Hội Cựu giáo chức") over capitalised words, abbreviations, place names and a
few lower-case words that live inside such names ("tỉnh", "các cơ quan và
doanh nghiệp"), and stops at anything else: a verb, a comma, a person's name.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.lexicon import body_index, clause_index, families, inner_index, level_index, place_index, rank_index, role_index
from kg.extract.names import country_at, honorific_at, name_at, pair_opens, state_firsts, vietnamese_syllable
from kg.extract.text import Token, match_words, tokenize
from kg.facts import Org
from kg.resources import (and_people, dash_appositions, field_words, profession_words, speech_verbs, opening_units, task_stops, task_words, grades, comma_pairs, company_forms, day_parts, levels, name_pairs, middle_names, namesake_bodies, namesake_heads,
                          not_name_words, org_syllables, provinces, role_units, trade_heads)

# Words after which the capitalised words name a place below the province: the
# levels, and the committees named after their level ("Huyện ủy Quản Bạ").
# "thành phố" too: a city inside a province ("TP Buôn Ma Thuột") is in no gazetteer.
_LOCAL_LEVELS = [tuple(w.split()) for w in levels() if w not in ("tỉnh", "khối")] + [
    ("huyện", "ủy"), ("thị", "ủy"), ("quận", "ủy"), ("thành", "ủy"), ("huyện", "đoàn"), ("thành", "đoàn")]

# a level spelled by the tokens just before k opens with one of these words, so where no
# such word stands there no level does: _after_level then skips its walk over the levels
_LEVEL_FIRSTS = frozenset(w[0] for w in _LOCAL_LEVELS)
_LEVEL_MAX = max(len(w) for w in _LOCAL_LEVELS)

_TRAILING = {"và", "các", "của", "cùng", "với", "–", "-"}
_DASHES = {"–", "-"}
_JOINERS = _DASHES | {"&"}  # "Sở NN&PTNT", "Phòng GD&ĐT"


def _after_level(tokens: list[Token], i: int, j: int) -> bool:
    """Whether token j is part of the place name after a level word below the
    province ("huyện Yên Minh", "xã Hồ Thầu"): such names are not in a gazetteer
    and often look like person names. Provinces are matched by the gazetteer.

    The place name is taken to be two words, unless three or four capitalised
    words follow and they read as a person's name, a family and a middle name
    ("UBND huyện Trần Văn Bình", "UBND xã Cát Thị Kim Hoa", but "Huyện ủy Hoàng Su Phì").
    """
    for back in (1, 2):
        k = j - back + 1  # the first word after the level word
        if k - 1 < i or (back == 2 and (not tokens[j - 1].is_cap or place_index().match(tokens, j - 1))):
            break  # a known place ("Thành ủy TP.HCM") is the whole of the place's name
        if back == 2 and len(tokens[j - 1].text) >= 2 and tokens[j - 1].text.isupper():
            break  # a place written as an acronym ("Thành ủy HN") is one word: a name may follow
        if not any(tokens[k - m].exp[0] in _LEVEL_FIRSTS for m in range(1, min(_LEVEL_MAX, k - i) + 1)):
            continue
        for w in _LOCAL_LEVELS:
            # the level may be one abbreviated token ("TP" = thành phố)
            if not any(k - m >= i and match_words(tokens, k - m, w) == m for m in range(1, len(w) + 1)):
                continue
            if _trade_head_ends(tokens, k):
                continue  # "Hợp tác xã Thức ăn gia súc X": a cooperative's "xã" (trade_heads.txt), no commune
            run = 0
            while k + run < len(tokens) and tokens[k + run].is_cap and tokens[k + run].text.isalpha():
                run += 1
            if run in (3, 4) and tokens[k].text.lower() in families() and tokens[k + 1].text.lower() in middle_names():
                # "phường Bùi Thị Xuân, quận …": a higher level after it makes the name a place's
                return higher_level_at(tokens, k + 3)
            return True
    return False


def _place_goes_on(tokens: list[Token], i: int, j: int) -> bool:
    """Whether a two-word "name" at j is the rest of a place's name begun by the
    capitalised word before it, after an acronym ("CAQ Nam Từ Liêm"): a person's name
    has three words or more where an organization's run has gone so far."""
    return name_at(tokens, j) == 2 and j - 2 >= i and tokens[j - 1].is_cap and tokens[j - 1].text.isalpha() \
        and not tokens[j - 1].text.isupper() and tokens[j - 2].text.isupper() and len(tokens[j - 2].text) >= 2 \
        and not _is_head(tokens, j - 1)


def _lower_place(tokens: list[Token], j: int, n: int) -> bool:
    """Whether a place's name matched at j over n tokens ends in lower case and a
    lower-case word of the name goes on after it: a word that spells a place, not
    the place ("Viện Hải dương học Nha Trang"); provinces are written capitalised."""
    end = j + n
    return not tokens[end - 1].is_cap and end < len(tokens) and tokens[end].is_word \
        and not tokens[end].is_cap and tokens[end].text.isalpha() and not _clause_at(tokens, end)


def higher_level_at(tokens: list[Token], j: int) -> bool:
    """Whether ", <level>" or "(<level>" stands at j ("…, quận Ba Đình", "(huyện Y)")."""
    if not (j + 1 < len(tokens) and tokens[j].text in {",", "("}):
        return False
    level = level_index().match(tokens, j + 1)
    # the level names a place: a capitalised word or a number follows ("quận 2"), not a
    # verb ("…, TP phải …": the city the sentence speaks of)
    return level is not None and j + 1 + level[0] < len(tokens) \
        and (tokens[j + 1 + level[0]].is_cap or tokens[j + 1 + level[0]].text.isdigit())


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
        if not tokens[i].is_cap and i:
            continue  # a name may open in lower case ("ban Tuyên giáo"), not go on so
        hit = body_index().match(tokens, i)
        if hit:
            return hit[1]
    return None


@lru_cache(maxsize=None)
def _province_names() -> frozenset[tuple[str, ...]]:
    """Every province's name and its abbreviations ("TP.HCM", "HN"; not a name a brand
    may carry, "Sài Gòn ITO"), as lower-cased tokens."""
    names = {p.name for p in provinces()} | {a for p in provinces() for a in p.aliases
                                             if not any(c.islower() for c in a)}
    return frozenset(tuple(t.text.lower() for t in tokenize(n)) for n in names)


def _closing_place(words: tuple[str, ...]) -> bool:
    """Whether lower-cased words spell a name complete by itself: a province's, or the
    country's ("Việt Nam")."""
    return words in _province_names() or words == ("việt", "nam")


def _province_closes(tokens: list[Token], start: int, j: int) -> bool:
    """Whether the province's name over tokens start..j closes a body, the
    capitalised word at j opening a new sentence: it is followed by a lower-case
    word ("… Công an Nghệ An Dân mình rất tốt", a caption glued to a headline).
    A province's name is complete; no capitalised word of a body's name follows
    it and then goes on in lower case. A place's name overlapping the word ("Thái
    Bình Dương", where "Bình Dương" is a place too) is a longer name, not a close."""
    if not (j + 1 < len(tokens) and tokens[j].text.isalpha() and tokens[j + 1].is_word and not tokens[j + 1].is_cap
            and tokens[j + 1].text.isalpha()
            and _closing_place(tuple(t.text.lower() for t in tokens[start:j]))):
        return False
    if body_index().match(tokens, j) or _child_at(tokens, j):
        return False  # "… Việt Nam Chi nhánh X": the body's own branch
    over = place_index().match(tokens, j - 1)
    return not (over and over[0] > 1)


def _title_at(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """The role head at k, as role_index finds it, less a civil-service grade
    (grades.txt): "cán bộ" inside a name is a word of its field ("Phòng Tổ chức cán bộ")."""
    hit = role_index().match(tokens, k)
    return None if hit is None or hit[1] in grades() else hit


def org_span(tokens: list[Token], i: int, after_role: bool = False) -> int:
    """Number of tokens of an organization-like run starting at i (0 if none).

    Right after a role head (`after_role`) the body may open in lower case
    ("Trưởng ban Tuyên giáo", "Bí thư huyện ủy Quỳ Hợp", "Bộ trưởng bộ Y tế"):
    writers capitalise inconsistently, and the role makes the head's reading safe.
    There a unit the role names ("Trưởng phòng Quản lý đô thị", "Vụ trưởng Vụ Pháp
    chế") has a head as a known body's has: its field may go on in lower case.
    """
    if i + 1 < len(tokens) and tokens[i].text in not_name_words() \
            and (honorific_at(tokens, i + 1) or name_at(tokens, i + 1)):
        return 0  # "… với Thủ tướng Theo ông A": a clause opens, with its person; no body's first word
    headed = after_role and _unit_headed(tokens, i)
    j = i
    opened = _unit_opening(tokens, i) if after_role and i < len(tokens) and not tokens[i].is_cap \
        and body_index().match(tokens, i) is None else 0
    # "Chính trị viên tàu CSB8004", "Chỉ huy phó công trình X": the unit the role
    # heads opens the body in lower case; its name goes on as a unit's does
    headed = headed or bool(opened)
    j += opened
    place_end = -1  # the end of the last gazetteer place: what follows is no part of it
    place_start = -1
    comma = -1  # a comma joining two acts of one field ("Phòng, chống"), once passed
    places: set[int] = set()  # tokens read as a place's name
    place_ix, body_ix, inner_ix = place_index(), body_index(), inner_index()  # looked up once, not per token
    # each index finds nothing at a token whose first word none of its entries starts
    # with: tested here, the commonest miss costs no call
    place_firsts, body_firsts, inner_firsts = place_ix.first_words(), body_ix.first_words(), inner_ix.first_words()
    while j < len(tokens):
        tok = tokens[j]
        first = tok.exp[0]
        place = place_ix.match(tokens, j) if first in place_firsts else None
        if place and place[0] > 1 and _lower_place(tokens, j, place[0]):
            place = None
        if place:
            places.update(range(j, j + place[0]))
            place_start = j
            j += place[0]
            place_end = j
            continue
        # a head inside a name is capitalised ("Hội", never the "hội" of "hội nghị"),
        # save a head of several words ("huyện ủy") or a head right after a role
        head = body_ix.match(tokens, j) if first in body_firsts and (tok.is_cap or (after_role and j == i)) else None
        if head is None and not tok.is_cap and j > i and first in body_firsts:
            head = body_ix.match(tokens, j)
            if head and (head[0] < 2 or (tokens[j + head[0] - 1].is_cap and _person_marked(tokens, j + head[0] - 1))):
                # "HĐND tỉnh Đoàn Đình Anh": a level, then a person whose family name ends the head
                head = None
        inner = inner_ix.match(tokens, j) if first in inner_firsts else None
        if head and inner and inner[0] > head[0] and j > i:
            head = None  # "Học viện Báo chí": a field's word that opens with a head
        if head:
            j += head[0]
            continue
        if inner and tok.text == "và" and j + 1 < len(tokens) and tokens[j + 1].text == "các":
            inner = None  # "Trưởng ban và các thành viên": a list of people, not a name
        if tok.text == "và" and j > i and j + 1 < len(tokens) and (
                _role_next(tokens, j + 1) or _people_at(tokens, j + 1)
                or (tokens[j + 1].text.isdigit() and not tokens[j - 1].text.isdigit())):
            # "Thủ tướng Nhật Bản và Tổng thống Mỹ A": the next holder's title; "Cty X và 11 bị
            # can", "Ban Y và 127 đại biểu": a count of the next party (not "Ban Quản lý dự án 1
            # và 2", two numbered units of one name)
            break
        if inner and (j > i or tok.is_cap or (after_role and _words_in(tokens, j, inner[0]) >= 2)):
            # "Trung tâm Y tế", "Trường Mầm non", "Ban Tuyên giáo và Dân vận"
            j += inner[0]
            continue
        if (j > i and not tok.is_cap and tok.text in org_syllables() and tokens[j - 1].is_word
                and (tokens[j - 1].is_cap or tokens[j - 1].text in org_syllables())
                and j - 1 not in places and not tokens[j - 1].text.isupper()
                and not _is_head(tokens, j - 1) and not (tokens[j - 1].is_cap and _clause_at(tokens, j))):
            # (not a syllable that opens the sentence's verb after a name: "… Đồng Thắng lý giải, …";
            # after a field's lower-case word it is the field's: "Công nghệ thông tin")
            # a place's name or an acronym ends a word: "xã Tân Thới Nhì thông tin …" is a verb
            # "Sở Nội vụ", "Ban Thường trực", "Tỉnh đoàn", "Ban cán sự đảng"
            j += 1
            continue
        if j > i and not tok.is_cap and first in state_firsts():
            state = country_at(tokens, j)
            if state >= 2:
                # "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam": the state the body is of,
                # its formal name in lower-case words
                j += state
                continue
        # _lower_run's own first test, asked here: most tokens that reach this are capitalised
        run = _lower_run(tokens, i, j, headed) if j > i and not tok.is_cap and tok.is_word and tokens[j - 1].is_word \
            and j - 1 not in places else 0
        if run:
            # "Sở Quy hoạch kiến trúc Hà Nội", "Trung tâm Điều phối ghép tạng quốc gia,":
            # the words of the name's field are written in lower case
            j += run
            continue
        if tok.is_cap and tok.is_word and not tok.text.isdigit():
            # after "huyện", "xã" … up to two capitalised words are the place's name
            # ("huyện Yên Minh", "quận Hai Bà Trưng"), whatever they look like
            local = j > i and j != place_end and _after_level(tokens, i, j)
            if j > i and not local and rank_index().match(tokens, j):
                break  # "UBND huyện A và Đại tá B": a rank opens the next person
            if j > i and not local and (tok.text in not_name_words() or pair_opens(tokens, j)):
                break  # "… Bất động sản TP.HCM Theo …", "… Yên Thành Chúng tôi …": a sentence run on
            if j > i and tok.text.lower() in day_parts() and j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit():
                break  # "… Tỉnh ủy Yên Bái Sáng 8/2, …": a dated clause run on after a caption
            if j > i and not local and honorific_at(tokens, j):
                break  # "… tỉnh Yên Bái Ông Nguyễn …": a caption run into the next sentence
            if j > i and not local and name_at(tokens, j) and not _place_goes_on(tokens, i, j):
                if not (_namesake_after(tokens[j - 1]) or _school_level_before(tokens, i, j) or _trade_name_at(tokens, i, j)):
                    break
                j += _namesake_span(tokens, j)
                continue
            if j > i and j == place_end and not local and _province_closes(tokens, place_start, j):
                break  # "… Công an Nghệ An Dân mình rất tốt": a headline run on after a caption
            if local or j - 1 in places:
                places.add(j)
            j += 1
            continue
        if tok.text.isdigit() and j > i and (_numbered(tokens, j - 1) or _field_numbered(tokens, i, j)
                                              or _place_numbered(tokens, j, places)):
            # "Quân khu 7", "quận 2", "Đoàn Kiểm tra số 471", "Phòng quản lý dự án 2", and a
            # ward's name after its level ("phường Mỹ Đình 2")
            j += 1
            continue
        spelled = _spelled_form(tokens, j) if j > i and tokens[j - 1].text in company_forms() else 0
        if spelled:
            j += spelled  # "công ty TNHH một thành viên X": the legal form spelled out
            continue
        if (tok.text == "của" and j > i and j + 1 < len(tokens) and tokens[j + 1].is_cap
                and body_index().match(tokens, j + 1) and not _title_at(tokens, j + 1)):
            # (not "… của Cục trưởng Cục X": a post follows, its holder's, no body of this one)
            j += 1  # "Ủy ban Kinh tế của Quốc hội": the body it belongs to follows
            continue
        if tok.text == "thuộc" and j > i and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            parent = body_index().match(tokens, j + 1)
            if parent and org_span(tokens, j + 1) > parent[0]:
                # "Trung tâm Phát triển quỹ đất thuộc Sở TN&MT": the body it is part of
                # follows, named (a bare "thuộc Trung tâm" is cut short: "… vì An ninh mới")
                j += 1
                continue
        if (tok.text == "," and j > i and j + 1 < len(tokens)
                and (tokens[j - 1].exp[0], tokens[j + 1].exp[0]) in comma_pairs()):
            # "Trung tâm Phòng, chống HIV/AIDS": one field, two acts; the word after the
            # comma is taken with it, unless it opens a known field ("chữa cháy")
            comma = j
            j += 1 if inner_ix.match(tokens, j + 1) else 2
            continue
        if tok.text == "," and j > i and _listed_parts(tokens, j + 1):
            j += 1  # "Bộ Văn hóa, Thể thao và Du lịch": a name that lists its fields
            continue
        if tok.text == "tại" and j - 2 > i and (tokens[j - 2].exp[0], tokens[j - 1].exp[0]) == ("cấp", "cao") \
                and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            j += 1  # "Tòa án nhân dân cấp cao tại Hà Nội": the high court's seat is in its name
            continue
        if tok.text == "số" and j > i and j + 1 < len(tokens) and tokens[j + 1].text.isdigit():
            j += 1  # "Đoàn Kiểm tra số 471": the number follows
            continue
        if tok.text in _JOINERS and j > i and j + 1 < len(tokens) and tokens[j + 1].is_cap \
                and not _title_at(tokens, j + 1) \
                and not (after_role and _parent_after_dash(tokens, i, j, headed)):
            # "Hội Hữu nghị Việt Nam - Lào", but "… Trung ương Đảng - Bí thư Tỉnh ủy" lists posts
            j += 1
            continue
        dashed = _dashed_field(tokens, i, j, headed) if tok.text in _DASHES and j > i else 0
        if dashed:
            j += 1 + dashed  # "Phòng Kế hoạch - tài chính", "HTX Dịch vụ du lịch - thủy sản xã X": two fields
            continue
        if tok.text in _JOINERS and j > i and tokens[j - 1].is_cap and j + 1 < len(tokens) \
                and tokens[j + 1].text in namesake_heads() and j + 2 < len(tokens) and tokens[j + 2].is_cap \
                and not _title_at(tokens, j + 2):
            j += 2  # "Hội Truyền thống Trường Sơn - đường Hồ Chí Minh": a road's name follows
            continue
        break
    if j > i and _steering_head_only(tokens, i, j):
        # "Ban Chỉ đạo đôn đốc thu hồi nợ đọng thuế …": a steering committee is named by its task
        j += _task_run(tokens, j)
    if comma >= 0 and j == comma + 2:
        j = comma  # "… Đấu tranh phòng, chống" and no more: the field is not read whole
    while j > i and tokens[j - 1].text.lower() in _TRAILING:
        j -= 1
    if opened and j - i <= opened:
        return 0  # "Đội trưởng đội" and no name: the role alone
    return j - i


_RUN_MAX = 8  # lower-case words up to a place or an acronym
_APPOSITION_MAX = 7  # lower-case words up to a comma or a clause word
# lower-case words of a long field ("Trung tâm quản lý và điều hành vận tải hành khách công cộng (Sở
# GTVT)", "Ban quản lý dự án đầu tư xây dựng hệ thống cấp nước Sông Đà"); after a place, a country,
# an acronym or a foreign word they are more often the sentence's verb phrase ("Tổng thống Mỹ cố tình …")
_FIELD_MAX = 12
_RUN_EDGES = frozenset({"và", "các", "của", "cùng", "với"})
# marks that close a run like an apposition: "Giám đốc Trung tâm Điều phối ghép tạng quốc gia, …"
_RUN_STOPS = frozenset({",", ";", "(", ")", "-", "–", ":", "“", "”", '"'})
# heads that are a whole name by themselves: nothing of the name follows in lower case
_WHOLE_KINDS = frozenset({"PartyCommittee", "CentralBody"})


# heads of a body's own branches, not of the body it belongs to: "Ngân hàng X - Chi
# nhánh Y" is one name
_CHILD_HEADS = frozenset({("chi", "nhánh"), ("phân", "hiệu"), ("cơ", "sở")})
# words of a parent body kept after a dash: readers of the held-out sets kept the long
# ones too ("Viện trưởng Viện Đào tạo Quốc tế - Đại học Quốc gia Hồ Chí Minh"), 7 to 2
_SHORT_PARENT = 12


def _parent_after_dash(tokens: list[Token], i: int, j: int, headed: bool) -> bool:
    """Whether the dash at j ends a named body (a known head, or a unit a role names)
    and opens the body it belongs to ("Viện Nghiên cứu X - Trường Đại học Y", "Ban
    Dân nguyện - Ủy ban Thường vụ Quốc hội"): the parent is no part of a title's body
    (a recipient's or an organizer's name keeps it)."""
    if tokens[j].text not in _DASHES or j + 1 >= len(tokens) or not tokens[j + 1].is_cap:
        return False
    hit = body_index().match(tokens, j + 1)
    if hit is None or tuple(w for t in tokens[j + 1:j + 1 + hit[0]] for w in t.exp)[:2] in _CHILD_HEADS:
        return False
    if _cap_head_ends(tokens, j):
        return False  # "Văn phòng HĐND - UBND quận X", "Đảng ủy - UBND xã Y": one office of two bodies
    if not (headed or kind_of(tokens[i:j]) is not None):
        return False
    # a parent ("- Bộ Y tế", "- Công an tỉnh X", "- Đại học Quốc gia Hồ Chí Minh") names whose
    # unit it is and stays; only a very long one says where the unit sits, and one that does not
    # close (at a mark, a clause word or the sentence's end) has run on into what follows
    n = org_span(tokens, j + 1)
    end = j + 1 + n
    closed = end >= len(tokens) or not tokens[end].is_word or _clause_at(tokens, end) \
        or honorific_at(tokens, end) or name_at(tokens, end)  # "… - Sở Công thương Đặng Tiến Bình cho biết"
    return _words_in(tokens, j + 1, n) > _SHORT_PARENT or not closed


_DASHED_MAX = 8  # lower-case words of a second field after a dash
_DASHED_CLOSES = frozenset({",", ";", ".", "(", ")", ":"})


def _dashed_field(tokens: list[Token], i: int, j: int, headed: bool) -> int:
    """Length of a second field written in lower case after the dash at j, that joins
    the field of the name begun at i ("Phòng Kế hoạch - tài chính", "Hội Bảo trợ Người
    khuyết tật - trẻ mồ côi", "Khoa Chẩn đoán hình ảnh – xét nghiệm"); 0 if none.
    The name before has a known head (or a unit a role names); the field is one to
    _DASHED_MAX lower-case words, none a clause word, an honorific, a title or a word
    of dash_appositions.txt (what opens an apposition: "- nơi …", "- đơn vị …"); a field
    word opens it (org_words.txt, field_words.txt), and it then closes (_dashed_closes: a
    mark, a dash, the holder's verb of saying "… - tài chính cho biết", "thuộc"), or at a
    place or a name of its own that closes so. Not after a name that ends in its place."""
    if not tokens[j - 1].is_word or j + 1 >= len(tokens) or not (headed or kind_of(tokens[i:j]) is not None):
        return 0
    if tokens[j - 1].is_cap and any(k + n == j for k in range(max(i, j - 4), j)
                                    for n in ((place_index().match(tokens, k) or (0,))[0], country_at(tokens, k))):
        return 0  # "Hiệp hội Thép Việt Nam - giá thép …": a name that ends in its place is whole
    m = j + 1
    while m < len(tokens) and m - j - 1 <= _DASHED_MAX:
        t = tokens[m]
        if t.text == "và" and m > j + 1 and m + 1 < len(tokens) and not tokens[m + 1].is_cap \
                and tokens[m + 1].text.isalpha() and not _clause_at(tokens, m + 1) \
                and not honorific_at(tokens, m + 1) and not _people_at(tokens, m + 1) \
                and not rank_index().match(tokens, m + 1) \
                and not any(match_words(tokens, m + 1, w) for w in profession_words()):
            m += 1  # "Hội Hồi sức - cấp cứu và chống độc": two acts of the second field
            continue
        if t.is_cap or not t.is_word or not t.text.isalpha() or _clause_at(tokens, m) or honorific_at(tokens, m):
            break
        m += 1
    n = m - j - 1
    if not 1 <= n <= _DASHED_MAX or tokens[m - 1].text in _RUN_EDGES or tokens[j + 1].text in _RUN_EDGES:
        return 0
    if any(match_words(tokens, j + 1, w) for w in dash_appositions()) or any(_title_at(tokens, k) for k in range(j + 1, m)):
        return 0
    if not inner_index().match(tokens, j + 1) and not any(match_words(tokens, j + 1, w) for w in field_words()):
        return 0  # "… Bộ Y tế - đưa …", "… Hiệp hội Du lịch - cần …": no field opens it
    if _dashed_closes(tokens, m) or (m < len(tokens) and tokens[m].is_cap and _place_closes(tokens, j + 1, m)):
        return n  # not any other verb: "Sở Y tế - y tế cơ sở đang quá tải" opens a new clause
    k = m
    while k < len(tokens) and k - m < _DASHED_NAME_MAX and tokens[k].is_cap and tokens[k].is_word:
        k += 1
    if m < k < len(tokens) and _dashed_closes(tokens, k):
        return n  # "… Quản lý bay - sân bay Tân Sơn Nhất, bày tỏ": a name of the field's own closes it
    return 0


_DASHED_NAME_MAX = 4  # capitalised words of a name the second field ends in ("… sân bay Tân Sơn Nhất")
_DASHED_PARENT = frozenset({"thuộc", "của"})


def _dashed_closes(tokens: list[Token], m: int) -> bool:
    """Whether a second field's words end at m: the sentence's end, a mark, a dash, the
    holder's verb of saying, or the word that opens the body it belongs to ("thuộc")."""
    return m >= len(tokens) or tokens[m].text in _DASHED_CLOSES or tokens[m].text in _DASHES \
        or tokens[m].text in _DASHED_PARENT or any(match_words(tokens, m, w) for w in speech_verbs())


def _cap_head_ends(tokens: list[Token], j: int) -> bool:
    """Whether a capitalised body head ("HĐND", "Đảng ủy") ends right before token j."""
    for start in range(max(0, j - 5), j):
        if not tokens[start].is_cap:
            continue
        hit = body_index().match(tokens, start)
        if hit and start + hit[0] == j:
            return True
    return False


def _people_at(tokens: list[Token], j: int) -> bool:
    """Whether a word for people (and_people.txt: "lãnh đạo", "đại diện") stands at j in
    lower case: after "và", the list's next party ("Sở Y tế và lãnh đạo các sở")."""
    return j < len(tokens) and not tokens[j].is_cap and any(match_words(tokens, j, w) for w in and_people())


_STEERING = ("ban", "chỉ", "đạo")
_TASK_MAX = 20  # tokens of a steering committee's task


def _steering_head_only(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the span tokens[i:j] is a steering committee's head and nothing more
    ("Ban Chỉ đạo", "Ban chỉ đạo"): no name read after it."""
    return j - i == 3 and tuple(t.text.lower() for t in tokens[i:j]) == _STEERING


def _task_run(tokens: list[Token], j: int) -> int:
    """Length of the task that names a steering committee after its head, from j, in lower
    case and with the names it holds ("… đôn đốc thu hồi nợ đọng thuế và nợ tiền sử dụng
    đất", "… xây dựng Nhà Quốc hội Lào"): up to a mark, a word of task_stops.txt (the
    sentence's own verb or preposition), a person's name or a post; through a comma only
    between a pair of acts ("phòng, chống", comma_pairs.tsv). All or nothing: a task that
    runs past _TASK_MAX tokens, or ends on no mark, stop or name, is not read (the bare head
    stays), for a name cut in its middle is worse than none. 0 unless it opens in lower case."""
    if j >= len(tokens) or tokens[j].is_cap or not tokens[j].is_word or _task_stop(tokens, j):
        return 0
    m = j
    while m < len(tokens):
        if m - j >= _TASK_MAX:
            return 0
        t = tokens[m]
        if t.text == "," and m > j and m + 1 < len(tokens) \
                and (tokens[m - 1].exp[0], tokens[m + 1].exp[0]) in comma_pairs():
            m += 1
            continue
        if not (t.is_word or t.text.isdigit() or t.text in {"-", "–", "&"}):
            break
        if _task_stop(tokens, m) or (t.is_cap and (name_at(tokens, m) or _title_at(tokens, m)
                                                   or honorific_at(tokens, m))):
            break
        m += 1
    while m > j and tokens[m - 1].text.lower() in _TASK_TRAILING:
        m -= 1
    return m - j


_TASK_TRAILING = _TRAILING | {"về", "thuộc", "cho", "do"}


def _task_stop(tokens: list[Token], m: int) -> bool:
    """Whether a word of task_stops.txt stands at m, not as a syllable of a two-syllable
    word of a name ("tồn tại", "giao thông": name_pairs.txt, task_stops.txt's own pairs)."""
    w0 = tokens[m].text.lower()
    if m > 0 and (tokens[m - 1].text.lower(), w0) in _task_words():
        return False
    if m + 1 < len(tokens) and (w0, tokens[m + 1].text.lower()) in _task_words():
        return False
    stops = task_stops()
    return any(tuple(t.text.lower() for t in tokens[m:m + n]) in stops for n in range(1, _task_stop_len() + 1))


@lru_cache(maxsize=None)
def _task_stop_len() -> int:
    """Words of the longest entry of task_stops.txt."""
    return max((len(w) for w in task_stops()), default=0)


@lru_cache(maxsize=None)
def _task_words() -> frozenset[tuple[str, ...]]:
    """Two-syllable words a task holds whose syllable alone is a stop: name_pairs.txt's and
    task_words.txt's ("tồn tại", "giao thông")."""
    return frozenset(name_pairs()) | task_words()


def _role_next(tokens: list[Token], j: int) -> bool:
    """Whether a capitalised role head (or "Phó" and one) opens at j: "… và Tổng thống
    Mỹ", "… và Phó Giám đốc …" begin another holder's title, not more of a body."""
    if not tokens[j].is_cap:
        return False
    k = j + 1 if tokens[j].text == "Phó" and j + 1 < len(tokens) else j
    hit = _title_at(tokens, k)
    return hit is not None and body_index().match(tokens, k) is None


_UNIT_HEAD_WORDS = frozenset({"trưởng", "phó"})  # "Đội trưởng", "Đội phó": the unit's head and deputy


def _unit_headed(tokens: list[Token], i: int) -> bool:
    """Whether the body at i, right after a role, is a unit named by a word of
    role_units.txt: the role ends with it ("Trưởng phòng| Tuyển sinh …") or the
    body opens with it ("Vụ trưởng |Vụ Pháp chế")."""
    units = role_units()
    # "Đội trưởng| Quản lý thị trường số 14", "Chi cục trưởng| …": the unit opens the role
    ruled = i >= 2 and tokens[i - 1].text.lower() in _UNIT_HEAD_WORDS
    for n in _unit_lengths():
        if i - n >= 0 and tuple(t.text.lower() for t in tokens[i - n:i]) in units:
            return True
        if ruled and i - 1 - n >= 0 and tuple(t.text.lower() for t in tokens[i - 1 - n:i - 1]) in units:
            return True
        if i + n < len(tokens) and tuple(t.text.lower() for t in tokens[i:i + n]) in units:
            return True
    return False


def _unit_opening(tokens: list[Token], i: int) -> int:
    """Words of a unit of opening_units.txt at i, right after a role, that open its
    body in lower case ("Chính trị viên| tàu CSB8004"); 0 if none."""
    for n in (2, 1):
        words = tuple(t.text.lower() for t in tokens[i:i + n])
        if len(words) == n and words in opening_units():
            return n
    return 0


@lru_cache(maxsize=None)
def _unit_lengths() -> tuple[int, ...]:
    """The lengths (in words) of the words of role_units.txt."""
    return tuple(sorted({len(u) for u in role_units()}))


def _lower_run(tokens: list[Token], i: int, j: int, headed: bool = False) -> int:
    """_run_from through the prepositions a unit's field takes ("… tội phạm về trật
    tự xã hội, …", name_pairs.txt); when that longer run is no name's, the run that
    ends before the preposition, as any clause word ends one."""
    n = _run_from(tokens, i, j, headed, True)
    if n or j + 2 >= len(tokens):
        return n
    lasts = _three_lasts()
    if any(t.text in lasts for t in tokens[j + 2:j + _APPOSITION_MAX + 1]) \
            and any(_in_three(tokens, k) for k in range(j + 2, min(j + _APPOSITION_MAX + 1, len(tokens)))):
        return _run_from(tokens, i, j, headed, False)
    return 0


@lru_cache(maxsize=None)
def _three_lasts() -> frozenset[str]:
    """The last words of the three-word entries of name_pairs.txt ("về")."""
    return frozenset(p[-1] for p in name_pairs() if len(p) == 3)


def _field_may_run(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the lower-case run at j may be a long field of the name begun at i: not
    in a firm's or a shop's name (trade_heads.txt: "Công ty … Viễn Phú rao bán …",
    "tập đoàn kinh doanh … lớn nhất …": its description, or the sentence's verb) unless
    its acronym in brackets closes it, nor
    after a place or a country that may end the name ("… Singapore lý giải …"), an
    acronym ("… MHB góp …") or a word of no Vietnamese shape (a brand's)."""
    if _firm_named(tokens, i, j):
        # a firm's long field is its own only when its acronym closes it ("Công ty TNHH MTV Thiết
        # kế và tư vấn xây dựng công trình hàng không (ADCC)")
        m = j
        while m < len(tokens) and m - j <= _FIELD_MAX and tokens[m].is_word and not tokens[m].is_cap:
            m += 1
        return m < len(tokens) and tokens[m].text == "("
    e = j  # the lower-case stretch the run is the end of begins after a capitalised word at e - 1
    while e > i and not tokens[e - 1].is_cap:
        e -= 1
    if e == i:
        return True
    prev = tokens[e - 1]
    if (prev.text.isupper() and len(prev.text) > 1) or not vietnamese_syllable(prev.text):
        return False  # an acronym ("MHB"), not the one letter of "Y tế"
    for k in range(max(i, e - 4), e):
        n = country_at(tokens, k) or (place_index().match(tokens, k) or (0,))[0]
        if k + n == e:
            return False
    return True


def _run_from(tokens: list[Token], i: int, j: int, headed: bool, through: bool) -> int:
    """Length of a run of lower-case words from j that is still part of the name
    begun at i: writers capitalise only a name's first syllables ("Sở Quy hoạch
    kiến trúc Hà Nội", "Trung tâm Điều phối ghép tạng quốc gia, …"). The run goes
    right after a word of the name up to the first word of clause_words.txt (a
    verb, a preposition), and is taken only when it then

    - reaches a place ("… kiến trúc Hà Nội"), a place after its level ("… quốc tế
      thành phố Vinh") or an acronym that is no head ("… thị trường BĐS"), within
      _RUN_MAX words; or
    - closes like an apposition, within _APPOSITION_MAX words, at a comma, a dash,
      a parenthesis or that clause word ("… ghép tạng quốc gia cho biết"), when
      the name has a known head and does not already end whole (a level, a Party
      committee), reaching no name or role: so a sentence's own verb phrase stays out.
    `headed`: the name is a unit a role names (_unit_headed), which has a head
    though bodies.tsv lists none.

    "và" may join two lower-case fields inside the run ("Trung tâm Quản lý và điều
    hành vận tải … TP.HCM"). `through`: the preposition of a three-word entry of
    name_pairs.txt ("tội phạm về") is no clause word. 0 if the run is not such."""
    prev = tokens[j - 1]
    if not prev.is_word or tokens[j].is_cap or not tokens[j].is_word:
        return 0
    long_run = _run_to_level(tokens, i, j, headed)
    if long_run:
        return long_run
    m, joined, closed = j, 0, False
    extra = 0  # the words of a name's "tội phạm về" or number ("số 2") passed: none of the run's
    about = tokens[j].text == "về"  # "Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga": the field's "về"
    if about:
        m += 1
    cap = _FIELD_MAX if _field_may_run(tokens, i, j) else _APPOSITION_MAX
    while m < len(tokens) and m - j - extra < cap + 1:
        t = tokens[m]
        if t.is_cap or not t.is_word or not (t.text.isalpha() or t.text.isdigit() or t.text == "&"):
            break  # "… hưu trí quận 3,": a number may stand in the name
        if t.text == "và" and _people_at(tokens, m + 1):
            break  # "… Sở Y tế và lãnh đạo các sở": the list's next party, not the name's field
        if t.text == "và" and m + 1 < len(tokens) and tokens[m + 1].is_word and not tokens[m + 1].is_cap \
                and tokens[m + 1].text.isalpha() and not _clause_at(tokens, m + 1):
            joined = joined or m
            m += 1  # "… Quản lý và điều hành …": two fields of one name
            continue
        if _clause_at(tokens, m):
            break
        if _in_three(tokens, m):
            if not through:
                closed = True  # the preposition closes the run as a clause word does
                break
            extra += 3
        elif t.text == "số" and m + 1 < len(tokens) and tokens[m + 1].text.isdigit():
            extra += 2  # "… giao thông đô thị số 1,": the unit's number is no word of its field
        m += 1
    if m == j or tokens[m - 1].text in _RUN_EDGES or tokens[m - 1].text == "&":
        return 0
    if about:  # only up to a place: "Sở Y tế về dự …" is a verb phrase
        # (not after a level: "Sở Tài chính thành phố về vấn đề Đà Nẵng …" ends at its place)
        ok = not _ends_in_level(tokens, j) and m - j >= 3 and m < len(tokens) and tokens[m].is_cap and m - j <= _RUN_MAX and _place_closes(tokens, j, m)
        return m - j if ok else 0
    if m < len(tokens) and tokens[m].is_cap and m - j - extra <= _RUN_MAX and tokens[j].text not in _RUN_EDGES - {"và"} \
            and ((not prev.text.isupper() and not (m - j >= _BRAND_RUN and _brand_alone(tokens, i, j, headed))
                  and (_place_closes(tokens, j, m) or _parent_closes(tokens, i, j, m, headed)))
                 or _firm_closes(tokens, i, j, m)):
        return m - j
    if tokens[j].text in _RUN_EDGES or not _open_name(tokens, i, j, headed) \
            or (m - j >= _BRAND_RUN and _brand_alone(tokens, i, j, headed)):
        return 0  # "… Maseco đánh cồng khai trương cổ phiếu MSC": the sentence's verb
    if m - j - extra > cap or not (closed or _closes_within(
            tokens, m, max(j + extra + cap, m + _NAME_AFTER_RUN), final=_final_run(tokens, i, j, m, headed),
            named=i if m - j <= _NAMED_RUN_MAX and (headed or kind_of(tokens[i:j]) is not None) else -1)):
        if joined > j:
            m = joined  # "… quản lý và điều hành …" found no close: "và" closes the first field
        else:
            return 0
    if any(_title_at(tokens, k) for k in range(j, m)):
        return 0  # "Sở Y tế và giám đốc …": the run reached a title
    return m - j


# lower-case words a run may have when the holder's name right after it closes it
_NAMED_RUN_MAX = 8
# capitalised words of the name's own after a long run, before what closes it ("… rừng
# quốc gia Yên Tử cho biết")
_NAME_AFTER_RUN = 3


def _final_run(tokens: list[Token], i: int, j: int, m: int, headed: bool) -> bool:
    """Whether the sentence's end may close the lower-case run tokens[j:m] like an
    apposition's comma: one word that ends the one capitalised word of the field,
    right after the head ("Vụ Pháp chế.", "Ủy ban Chứng khoán Nhà nước.", "Trưởng
    phòng Pháp chế."). Any other run that ends a sentence is likelier its verb than
    more of the name ("Sở Y tế bật khóc.", "Hội Nông dân Tân Lập cười."). No
    honorific: "… LHQ ngài A." A longer run ending in its level closes there too, as
    a provincial unit's field does ("Chi cục Quản lý thị trường tỉnh.")."""
    if m - j >= 2 and tokens[j - 1].is_word and _ends_in_level(tokens, m) and not honorific_at(tokens, j):
        return True
    if m - j != 1 or not tokens[j - 1].is_cap or honorific_at(tokens, j):
        return False
    return j - 2 >= 0 and (_is_head(tokens, j - 2) or (headed and j - 2 <= i))


_FINAL_LEVELS = frozenset({("tỉnh",), ("huyện",), ("quận",), ("thành", "phố"), ("thị", "xã")})


def _ends_in_level(tokens: list[Token], m: int) -> bool:
    """Whether the words before token m end in a level ("… thị trường tỉnh")."""
    words = tuple(t.text.lower() for t in tokens[max(0, m - 2):m])
    return words[-1:] in _FINAL_LEVELS or words[-2:] in _FINAL_LEVELS


_LONG_RUN_MAX = 16  # lower-case words of a long field ending in its level
_CLOSES = frozenset({",", ";", ".", "(", ")"})


def _run_to_level(tokens: list[Token], i: int, j: int, headed: bool = False) -> int:
    """Length of a long run of lower-case words from j that ends in a level word and
    then a mark: the whole field of a provincial unit ("Ban Quản lý dự án đầu tư xây
    dựng công trình nông nghiệp và phát triển nông thôn tỉnh;"), which no shorter
    reading closes. No clause word, name or role in it; the name before has a known
    head. 0 if none."""
    if tokens[j].text in _RUN_EDGES:
        return 0
    m = j
    while m < len(tokens) and m - j < _LONG_RUN_MAX:
        t = tokens[m]
        if t.is_cap or not t.is_word or not t.text.isalpha() or (t.text != "và" and _clause_at(tokens, m)):
            break
        m += 1
    # the run's length first: most runs are short, and _open_name costs more
    if m - j <= _APPOSITION_MAX:
        return 0
    last = tokens[m - 1].text.lower()
    if last not in _LEVEL_WORDS or tokens[m - 2].text.lower() in _RUN_EDGES:
        return 0
    # the level's place, if written ("… công nghiệp tỉnh Bình Thuận"), is the name's end
    # only a whole level ("tỉnh", "thị xã", not the "thị" of "đô thị") reaches past a mark
    whole = _ends_in_level(tokens, m) and tokens[m - 2].text.lower() != "đô"
    place = _level_place(tokens, m) if whole else 0
    e = m + place
    if not whole and e < len(tokens) and tokens[e].text not in _CLOSES:
        return 0
    # a mark, or a clause word ("… công nghiệp tỉnh cho biết"), closes the name
    if e < len(tokens) and tokens[e].text not in _CLOSES and not (not tokens[e].is_cap and _clause_at(tokens, e)) \
            and not (place and _person_marked(tokens, e)):
        return 0  # … or the holder's name after the place ("… tỉnh X Nguyễn Văn A")
    if not _open_name(tokens, i, j, headed) or any(_title_at(tokens, k) for k in range(j, m)):
        return 0
    return e - j


def _level_place(tokens: list[Token], m: int) -> int:
    """Tokens of the place named at m right after a level word: a province, or one
    to three capitalised words that are no person's name; 0 if none."""
    if m >= len(tokens) or not tokens[m].is_cap:
        return 0
    hit = place_index().match(tokens, m)
    if hit:
        return hit[0]
    k = m
    while k < len(tokens) and k - m < 3 and tokens[k].is_cap and tokens[k].is_word and tokens[k].text.isalpha() \
            and not (k > m and _person_marked(tokens, k)):
        k += 1
    return 0 if name_at(tokens, m) >= 3 else k - m


def field_run(tokens: list[Token], j: int) -> int:
    """Length of a unit's field written in lower case from j, after the noun a
    role repeats ("Tổ trưởng tổ công tác thẩm định, …", "đội trưởng đội hình sự
    nhận định"): up to the first clause word, closed like an apposition within
    _APPOSITION_MAX words, with no title in it. 0 if none."""
    m = j
    while m < len(tokens) and m - j <= _APPOSITION_MAX:
        t = tokens[m]
        if t.is_cap or not t.is_word or not (t.text.isalpha() or t.text.isdigit()) or _clause_at(tokens, m):
            break
        m += 1
    if m - j < 2 or m - j > _APPOSITION_MAX or tokens[m - 1].text in _RUN_EDGES:
        return 0  # one word is a common noun's ("đội bóng": a team), not a unit's field
    if not _closes_within(tokens, m, j + _APPOSITION_MAX) or any(_title_at(tokens, k) for k in range(j, m)):
        return 0
    return m - j


def clause_at(tokens: list[Token], m: int) -> bool:
    """Whether a clause word (a verb, a preposition) stands at m: a name's words stop there."""
    return _clause_at(tokens, m)


def _clause_at(tokens: list[Token], m: int) -> bool:
    """Whether a word of clause_words.txt stands at m, and is not the last syllable
    of a name's word begun before it ("Đăng ký", "tội phạm về": name_pairs.txt)."""
    if not clause_index().match(tokens, m):
        return False
    pairs = name_pairs()
    if m > 0 and (tokens[m - 1].text.lower(), tokens[m].text) in pairs:
        return False
    return not (m > 1 and (tokens[m - 2].text.lower(), tokens[m - 1].text.lower(), tokens[m].text) in pairs)


def _in_three(tokens: list[Token], m: int) -> bool:
    """Whether a clause word at m is the last of a three-word entry of name_pairs.txt
    ("tội phạm về"), so no clause word here."""
    return m > 1 and (tokens[m - 2].text.lower(), tokens[m - 1].text.lower(), tokens[m].text) in name_pairs() \
        and clause_index().match(tokens, m) is not None


def _closes_within(tokens: list[Token], m: int, limit: int, final: bool = False, named: int = -1) -> bool:
    """Whether a comma, a dash, a parenthesis or a clause word comes at m or after
    it before `limit`, over capitalised words of the name ("… rừng phòng hộ Sông
    Đà cho biết") but no person's name, title or full stop; with `final` (a short
    run), the full stop that ends the sentence closes it too ("…, Vụ trưởng Vụ Pháp
    chế."); with `named` (a short run of a name with a head, the name's start), a
    person's name, a family and a middle name, closes it as the holder after a title does ("Cục trưởng Cục Chống
    tham nhũng Phạm Văn A"): the verbs that take a person after a title are clause
    words."""
    for k in range(m, min(limit + 1, len(tokens))):
        t = tokens[k]
        if t.text in _RUN_STOPS or (not t.is_cap and _clause_at(tokens, k)):
            return True
        if final and t.text == "." and all(not u.is_word for u in tokens[k + 1:]):
            return True
        if (not t.is_word and t.text != "&") or "." in t.text:
            return False
        if t.is_cap and (name_at(tokens, k) or _title_at(tokens, k)):
            # the run reached a person or a title: its words may be a verb phrase, unless
            # the holder's name closes a short run
            return named >= 0 and (_person_marked(tokens, k) or name_at(tokens, k) >= 3) \
                and not _title_at(tokens, k) and _holder_may_follow(tokens, named, k)
    return False


def _holder_may_follow(tokens: list[Token], i: int, k: int) -> bool:
    """Whether a person's name at k may be the holder of the title whose body begins
    at i, and so end the body: not when a rank, an honorific or "và" comes between
    ("UBND thị xã X và thượng tá A": the next person), nor when a role opens the
    "body" ("Bộ trưởng Chủ nhiệm Văn phòng Chính phủ A": two titles), nor when the
    body is a firm's or one often named after a person (namesake_bodies.txt: "Nhà
    hát Cải lương Trần Hữu Trang" is the theatre's name)."""
    if tokens[k - 1].text.lower() == "và" or _is_firm(tokens, i, k):
        return False
    bodies = namesake_bodies()
    for q in range(i, k):
        if rank_index().match(tokens, q) or honorific_at(tokens, q) or (q == i and _title_at(tokens, q)):
            return False  # … or a title it opens with: "Chủ nhiệm Văn phòng Chính phủ A" is a role, no body
        if (tokens[q].text.lower(),) in bodies or (q + 1 < k and (tokens[q].text.lower(), tokens[q + 1].text.lower()) in bodies):
            return False
    return True


def _place_closes(tokens: list[Token], j: int, m: int) -> bool:
    """Whether the capitalised token at m ends a name's lower-case run from j: a
    place, an acronym that is no head nor role, or a place after its level."""
    end = tokens[m]
    if place_index().match(tokens, m):
        return True
    lv = level_index().match(tokens, m) if end.is_cap else None
    if lv and m + lv[0] < len(tokens) and tokens[m + lv[0]].is_cap and tokens[m + lv[0]].is_word:
        return True  # "… Quỹ đất TP. Huế": an abbreviated level and its place
    if end.text.isupper() and len(end.text) >= 2 and end.text.isalpha() and not set(end.text) <= set("IVXLC") \
            and not body_index().match(tokens, m) and not _title_at(tokens, m):
        return True
    return any(m - b >= j and (level_index().match(tokens, m - b) or (0,))[0] == b for b in (1, 2))


_PARENT_RUN_MAX = 6  # lower-case words of a unit's field before its parent body


def _child_at(tokens: list[Token], m: int) -> bool:
    """Whether a branch's head opens at m ("Chi nhánh", "Phân hiệu"): the unit the name
    before it has there ("Văn phòng Đăng ký quyền sử dụng đất Chi nhánh quận 9")."""
    return m + 1 < len(tokens) and (tokens[m].text.lower(), tokens[m + 1].text.lower()) in _CHILD_HEADS


def _parent_closes(tokens: list[Token], i: int, j: int, m: int, headed: bool = False) -> bool:
    """Whether the capitalised token at m opens the parent body of a unit whose field
    is written in lower case ("Cục tác chiến Bộ Tổng tham mưu", "Khoa điều trị tích
    cực Bệnh viện Bạch Mai"), or its branch (_child_at): a body's head, after a short run with no title, the
    unit's own name having a known head that may go on in lower case."""
    if m - j > _PARENT_RUN_MAX or not tokens[m].is_cap or not (body_index().match(tokens, m) or _child_at(tokens, m)):
        return False
    if (kind_of(tokens[i:j]) is None and not headed) or not _open_name(tokens, i, j, headed):
        return False
    return not any(_title_at(tokens, k) for k in range(j, m + 1))


_BRAND_RUN = 3  # lower-case words after a brand alone that are a verb phrase, not its qualifier ("Elle toàn cầu")


def _brand_alone(tokens: list[Token], i: int, j: int, headed: bool) -> bool:
    """Whether the name tokens[i:j] is one word no Vietnamese syllable spells, no
    head and no acronym: a firm's brand ("Maseco", "Oceanbank"), whose lower-case
    words after it are the sentence's verb, not a field of its name (an acronym's
    may be: "VCPMC khu vực phía Bắc")."""
    word = tokens[i].text
    return j - i == 1 and not headed and tokens[i].is_cap and not word.isupper() and not vietnamese_syllable(word) \
        and kind_of(tokens[i:j]) is None


def _open_name(tokens: list[Token], i: int, j: int, headed: bool = False) -> bool:
    """Whether the name tokens[i:j] has a known head (or is `headed`, a unit a role
    names) and may go on in lower case: it does not end with a level ("UBND tỉnh"),
    nor with a head that is a whole name by itself ("Văn phòng Tỉnh ủy", "Ban Chấp
    hành Trung ương")."""
    if j - i > 1 and not headed and kind_of(tokens[i:j]) is None:
        return False  # capitalised words of no known head: maybe a foreign name
    if any(j - b >= i and (level_index().match(tokens, j - b) or (0,))[0] == b for b in (1, 2)):
        return False
    for b in range(1, 5):
        if j - b < i:
            break
        head = body_index().match(tokens, j - b)
        if head and head[0] == b and head[1] in _WHOLE_KINDS and tokens[j - b].is_cap:
            return False
    return True


_NUMBERED = frozenset({"số", "quận", "phường", "khu", "tổ", "đội", "đoàn", "phòng", "khóa"})


def _numbered(tokens: list[Token], j: int) -> bool:
    """Whether token j is a word a number follows in a name: a head ("Quân khu",
    "Quân đoàn"), a numbered level ("quận", "phường") or "số"."""
    if tokens[j].text.lower() == "cấp":
        return j > 0 and tokens[j - 1].text.lower() == "trường"  # a school's level: "Trường cấp 2 X"
    return tokens[j].is_word and (tokens[j].text.lower() in _NUMBERED or _is_head(tokens, j))


def _place_numbered(tokens: list[Token], j: int, places: set[int]) -> bool:
    """Whether the number at j numbers the place just read ("phường Mỹ Đình 2 Lưu Văn
    A"): one or two digits, no lower-case word after them ("xã Tân Lập 12 năm liền")."""
    if j - 1 not in places or len(tokens[j].text) > 2:
        return False
    return j + 1 >= len(tokens) or not (tokens[j + 1].is_word and not tokens[j + 1].is_cap)


def _field_numbered(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the number at j ends a unit's name whose field is in lower case ("Ban
    quản lý dự án 2 cho biết", "Trưởng phòng quản lý dự án 2,"): two words of the
    name at least and a lower-case one stand before the number, and a mark or a
    clause word closes it."""
    prev = tokens[j - 1]
    if j - i < 2 or prev.is_cap or not prev.is_word or prev.text.isdigit():
        return False
    e = j + 1
    return e >= len(tokens) or tokens[e].text in _RUN_STOPS | {".", ";"} or _clause_at(tokens, e)


def _spelled_form(tokens: list[Token], j: int) -> int:
    """Length of a company's legal form spelled out at j ("một thành viên"), 0 if none."""
    for form in company_forms():
        words = tuple(form.split())
        if len(words) > 1 and match_words(tokens, j, words) == len(words):
            return len(words)
    return 0


def _listed_parts(tokens: list[Token], k: int) -> bool:
    """Whether the words from k are the rest of a name listing its fields after a
    comma: capitalised or name words, then "và" and a capitalised word (or "của" and
    the body it belongs to), before any other mark, with no role, head or person in
    between ("…, Thể thao và Du lịch", "…, Ngân sách của Quốc hội"); more fields may
    come between, each after its comma ("Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng")."""
    for m in range(k, min(k + 12, len(tokens) - 1)):
        t = tokens[m]
        if t.text == "," and m > k and tokens[m - 1].is_word and tokens[m + 1].is_cap:
            continue
        if place_index().match(tokens, m):
            return False  # "Sở Y tế Hà Nội, Hải Phòng và TP.HCM": places listed, each its own body
        if t.text in ("và", "&"):  # "…, Thể thao & Du lịch" as typed
            nxt = tokens[m + 1]
            return m > k and (nxt.is_cap or inner_index().match(tokens, m + 1) is not None) \
                and not body_index().match(tokens, m + 1)
        if t.text == "của":
            # "Ủy ban Tài chính, Ngân sách của Quốc hội": the fields, then the body it is of
            return m > k and tokens[m + 1].is_cap and body_index().match(tokens, m + 1) is not None
        if not t.is_word or _title_at(tokens, m) or body_index().match(tokens, m) or name_at(tokens, m):
            return False
        if not t.is_cap and t.text not in org_syllables() and not inner_index().match(tokens, m):
            return False
    return False


# a school's level spelled out, whose last syllable alone is no namesake head
# ("trường Trung học phổ thông Phan Đình Phùng", "Trường Trung học cơ sở Lê Lợi")
_SCHOOL_LEVELS = frozenset({("phổ", "thông"), ("cơ", "sở")})


def _school_level_before(tokens: list[Token], i: int, j: int) -> bool:
    """Whether a school's level spelled out ends right before j, after a school's
    head ("Trung học phổ thông"): the name after it is the school's."""
    return j - 3 >= i and (tokens[j - 2].text.lower(), tokens[j - 1].text.lower()) in _SCHOOL_LEVELS \
        and tokens[j - 3].text.lower() == "học"


def _namesake_after(tok: Token) -> bool:
    """Whether a person's name after this word names the body itself ("Trường THPT
    chuyên Lê Quý Đôn"); the levels are left to _after_level, which tells a place
    from the holder's name after it ("UBND huyện Trần Văn Bình")."""
    word = tok.text.lower()
    return word in namesake_heads() and word not in _LEVEL_WORDS


def _trade_name_at(tokens: list[Token], i: int, j: int) -> bool:
    """Whether a name-like run at j is the own name of the firm begun at i: right
    after its head or legal form ("Công ty Kim Hằng", "Công ty TNHH Minh Long") or
    after its trade in lower case ("Công ty Đầu tư xây dựng Thành Nam"); so it is
    unless a family and a middle name mark a person ("Giám đốc Công ty Trần Văn A")."""
    if tokens[j - 1].is_cap and _person_marked(tokens, j + 1) and _is_firm(tokens, i, j):
        return True  # "Công ty Ngọc Hà Trần Thị A": the firm's name ends where the person's begins
    if _is_firm(tokens, i, j) and any(_ends_with_country(tokens, k) for k in (j + 1, j + 2)):
        return True  # "Công ty cổ phần Ánh Dương Việt Nam": a firm's name ends with its country
    if not (tokens[j - 1].text in company_forms() or _trade_head_ends(tokens, j)
            or (not tokens[j - 1].is_cap and tokens[j - 1].is_word and _is_firm(tokens, i, j))):
        return False
    return not _person_marked(tokens, j)


def _firm_named(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name tokens[i:j] is a firm's by its head (trade_heads.txt at i: "Công ty …",
    "tập đoàn …") or a legal form in it ("… TNHH …"); a firm's word inside another body's
    name ("Trung tâm Hỗ trợ Doanh nghiệp nhỏ và vừa") makes no firm."""
    return any(_trade_head_ends(tokens, i + n) for n in _trade_head_lengths()) \
        or any(t.text in company_forms() for t in tokens[i:j])


def _trade_head_ends(tokens: list[Token], j: int) -> bool:
    """Whether a firm's head (trade_heads.txt) ends right before token j."""
    k = min(j, len(tokens))  # (a slice past the end ends at the last token)
    if k < 1 or tokens[k - 1].text.lower() not in _trade_head_lasts():
        return False  # most words end no head: one look-up instead of one per length
    heads = trade_heads()
    # one look-up per length of head, not a comparison per head
    return any(j >= n and tuple(t.text.lower() for t in tokens[j - n:j]) in heads for n in _trade_head_lengths())


@lru_cache(maxsize=None)
def _trade_head_lengths() -> tuple[int, ...]:
    """The lengths (in words) of the heads of trade_heads.txt."""
    return tuple(sorted({len(h) for h in trade_heads()}))


@lru_cache(maxsize=None)
def _trade_head_lasts() -> frozenset[str]:
    """The last words of the heads of trade_heads.txt."""
    return frozenset(h[-1] for h in trade_heads())


def _is_firm(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name tokens[i:j] is a firm's: it has a firm's head or legal form."""
    return any(tokens[k].text in company_forms() or _trade_head_ends(tokens, k + 1) for k in range(i, j))


def _person_marked(tokens: list[Token], j: int) -> bool:
    """Whether a family and a middle name begin at j ("Trần Văn"): a person's name."""
    return j + 1 < len(tokens) and tokens[j].text.lower() in families() and tokens[j + 1].text.lower() in middle_names()


def _firm_closes(tokens: list[Token], i: int, j: int, m: int) -> bool:
    """Whether the capitalised token at m goes on with the name of a firm whose trade
    is written in lower case from j ("CTCP Đầu tư và xây dựng Thành Nam"): the name
    begun at i is a firm's, the run has no title, and no person's name begins at m."""
    if not _is_firm(tokens, i, j) or _person_marked(tokens, m) or _title_at(tokens, m):
        return False
    return not any(_title_at(tokens, k) for k in range(j, m))


def _ends_with_country(tokens: list[Token], k: int) -> bool:
    """Whether a country's name of two syllables or more ends the capitalised run at k:
    a firm's name goes on to its country ("Công ty cổ phần Ánh Dương Việt Nam"), as a
    person's hardly does."""
    if k + 1 < len(tokens) and tokens[k].text == "Việt" and tokens[k + 1].text == "Nam":
        c = 2
    else:
        c = country_at(tokens, k)
    # a country of one syllable is as often a given name ("Nga", "Anh", "Đức")
    return c >= 2 and (k + c >= len(tokens) or not tokens[k + c].is_cap)


def _namesake_span(tokens: list[Token], j: int) -> int:
    """Length of the person's name a body is named after, from j: up to four
    capitalised syllables, ending before a family and a middle name that begin the
    holder's own ("Trường THPT Lê Quý Đôn Trần Thị Hương")."""
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].is_cap and tokens[k].text.isalpha():
        if k > j and k + 1 < len(tokens) and tokens[k].text.lower() in families() \
                and tokens[k + 1].text.lower() in middle_names():
            break
        k += 1
    return max(k - j, 1)


_LEVEL_WORDS = frozenset(w for lv in levels() for w in lv.split()) | {"phố", "trấn", "làng"}


def _words_in(tokens: list[Token], i: int, n: int) -> int:
    """How many words tokens[i:i+n] spell (an abbreviation counts its expansion)."""
    return sum(len(t.exp) for t in tokens[i:i + n])


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
