import re
import unicodedata

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
