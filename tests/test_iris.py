import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st

from kg.iris import article_iri, mint, named_iri, part_iri


def test_iris_are_readable_and_stable():
    a = mint("person", "Nguyễn Văn Sơn", "nguyễn văn sơn|tuyên quang")
    assert a == mint("person", "Nguyễn Văn Sơn", "nguyễn văn sơn|tuyên quang")
    assert "/person/nguyen-van-son-" in a


def test_names_that_fold_to_one_slug_stay_apart():
    assert mint("person", "Nguyễn Văn Sơn") != mint("person", "Nguyễn Văn Son")


def test_one_identity_one_iri_whatever_the_spelling():
    assert mint("org", "BTV Tỉnh ủy", "ban thường vụ tỉnh ủy") == mint("org", "Ban Thường vụ Tỉnh ủy", "ban thường vụ tỉnh ủy")


def test_article_iri_ends_with_the_stem():
    assert article_iri("001_b559765a8eaa996e").endswith("/001_b559765a8eaa996e")


@given(st.text(), st.text())
def test_any_text_makes_a_valid_iri(kind_name, ident):
    for iri in (mint("org", kind_name, ident), article_iri(kind_name or "x"), named_iri("role", kind_name),
                part_iri(kind_name or "x", "sentence", 3)):
        ox.NamedNode(str(iri))  # raises on an invalid IRI
