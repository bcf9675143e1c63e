import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg import normalize
from kg.normalize import expand_abbreviations, key, normalize_text, retone, slug, strip_diacritics


def test_old_tone_marks_move_to_the_new_place():
    assert retone("Đảng uỷ Khối") == "Đảng ủy Khối"
    assert retone("hoà bình, Thanh Hoá") == "hòa bình, Thanh Hóa"
    assert retone("UỶ BAN") == "ỦY BAN"


def test_qu_keeps_its_mark():
    assert retone("quý I") == "quý I"


def test_normalize_text_nfc_dashes_spaces():
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Sơn")
    assert normalize_text(nfd) == "Nguyễn Văn Sơn"
    assert normalize_text("2020 — 2025\u00a0 x\r\ny") == "2020 – 2025 x\ny"
    assert normalize_text("ÐẢNG") == "ĐẢNG"


def test_abbreviations_expand_in_keys():
    assert key("Chủ tịch UBND tỉnh") == key("chủ tịch Ủy ban nhân dân tỉnh")
    assert key("BTV Tỉnh uỷ") == "ban thường vụ tỉnh ủy"
    assert expand_abbreviations("Ủy viên BCH Đảng bộ") == "Ủy viên Ban Chấp hành Đảng bộ"


def test_key_drops_honorific():
    assert key("đồng chí Ma Thế Hồng") == "ma thế hồng"


def test_slug_is_readable_ascii():
    assert slug("Tỉnh ủy Tuyên Quang") == "tinh-uy-tuyen-quang"
    assert strip_diacritics("Đặng Quốc Khánh") == "Dang Quoc Khanh"


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text())
def test_slug_is_always_a_safe_path_segment(text):
    s = slug(text)
    assert s and re.fullmatch(r"[a-z0-9-]+", s) and len(s) <= 60


@given(st.text())
def test_key_is_stable_under_normalization(text):
    assert key(normalize_text(text)) == key(text)


# Guards that spare a scan must never skip a match.
@given(st.text(alphabet="oOuUqQàáảỳýỷÀÝ hxy\t\u00a0\u2003\u3000\n", max_size=30))
def test_the_guards_of_normalization_skip_no_match(text):
    plain_tones = re.compile(normalize._TONE_RE.pattern.removeprefix("(?=[oOuU])"))
    assert [m.span() for m in normalize._TONE_RE.finditer(text)] == [m.span() for m in plain_tones.finditer(text)]
    if normalize._SPACES.search(text):
        assert "  " in text or normalize._OTHER_SPACE_RE.search(text)


# --- invisible characters (format characters, category Cf, and controls) ---------------

ALL_FORMAT = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
CONTROLS = [chr(c) for c in [*range(0x00, 0x09), *range(0x0e, 0x1c), 0x1f, 0x7f, *range(0x80, 0x85), 0x9f]]


def test_the_format_character_list_is_unicode_s_category_cf():
    listed = set(re.findall(f"[{normalize.FORMAT_CHARS}]", "".join(chr(c) for c in range(0x110000))))
    assert listed == set(ALL_FORMAT)


def test_the_fast_guard_of_strip_invisible_skips_no_character():
    # a superset of the exact class: no text the guard passes holds an unseen character
    every = "".join(chr(c) for c in range(0x110000))
    exact = set(normalize._ANY_UNSEEN_RE.findall(every))
    assert exact and exact <= set(normalize._MAYBE_UNSEEN_RE.findall(every))


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202a", "\u202b",
                                  "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\x00"])
def test_an_invisible_character_inside_a_name_is_dropped(mark):
    assert normalize_text(f"đồng chí Ma Th{mark}ế H{mark}ồng{mark}") == "đồng chí Ma Thế Hồng"
    assert key(f"Lò Văn{mark} Pá") == key("Lò Văn Pá")


def test_a_mark_split_from_its_letter_by_a_joiner_composes():
    nfd = unicodedata.normalize("NFD", "Hồng")
    assert normalize_text(nfd[:2] + "\u200d" + nfd[2:]) == "Hồng"


def test_other_line_separators_become_line_breaks():
    assert normalize_text("Dòng một\u2028Dòng hai\x0cDòng ba\x85Dòng bốn\rDòng năm") == \
        "Dòng một\nDòng hai\nDòng ba\nDòng bốn\nDòng năm"


@given(st.text(), st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(ALL_FORMAT + CONTROLS)), max_size=8))
def test_inserting_invisible_characters_changes_nothing(text, inserts):
    marked = text
    for pos, ch in inserts:
        pos %= len(marked) + 1
        marked = marked[:pos] + ch + marked[pos:]
    assert normalize_text(marked) == normalize_text(text)


@given(st.text())
def test_normalized_text_holds_no_format_or_control_character(text):
    out = normalize_text(text)
    assert not any(unicodedata.category(c) == "Cf" or (unicodedata.category(c) == "Cc" and c != "\n") for c in out)


def test_ubtw_is_the_central_committee_spelt_out():
    from kg.normalize import key
    assert key("Chủ tịch UBTW MTTQ Việt Nam") == key("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
    assert key("Phó Chủ tịch UBTƯ MTTQ Việt Nam") == key("Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")


@given(st.text(alphabet="aàáảãạăằắâầấđeèéêềếiìíoòóôồốơờớuùúưừứyỳýAÀÂĐÊÔƠƯ \t", max_size=40))
def test_fold_is_idempotent_and_forgets_case_and_diacritics(text):
    folded = normalize.fold(text)
    assert normalize.fold(folded) == folded
    assert folded == normalize.fold(text.upper())
    assert folded.isascii() and folded == folded.lower() and "  " not in folded


def test_fold_of_a_name():
    assert normalize.fold("  Nguyễn   Văn ĐỨC ") == "nguyen van duc"
