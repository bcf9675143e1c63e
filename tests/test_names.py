import pytest

from kg.extract.names import name_at, person_name
from kg.extract.text import tokenize


def name(text, honorific=False):
    toks = tokenize(text)
    n = name_at(toks, 0, after_honorific=honorific)
    return person_name(toks, 0, n) if n else None


@pytest.mark.parametrize("text, expected", [
    ("Ma Thế Hồng, Ủy viên", "Ma Thế Hồng"),
    ("Nguyễn Thị Thu Hà phát biểu", "Nguyễn Thị Thu Hà"),
    ("Lò Văn Tùng", "Lò Văn Tùng"),
    ("Sùng Mí Vừ dự", "Sùng Mí Vừ"),
    ("Giàng Seo Phử", "Giàng Seo Phử"),
    ("Tôn Nữ Thị Ninh", None),  # Tôn is not in the family-name list …
    ("NGUYỄN VĂN SƠN phát biểu", "Nguyễn Văn Sơn"),
    ("Hà Giang là tỉnh", None),
    ("Hồ Chí Minh", None),
    ("Nguyễn", None),
    ("Phó Bí thư Tỉnh ủy", None),
])
def test_names(text, expected):
    assert name(text) == expected


def test_after_an_honorific_any_capitalised_run_is_a_name():
    assert name("Tôn Nữ Thị Ninh", honorific=True) == "Tôn Nữ Thị Ninh"


def test_a_name_stops_before_a_title():
    assert name("Trần Văn A Bí thư Tỉnh ủy") == "Trần Văn A"
