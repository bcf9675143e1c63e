"""Finding the SPARQL keywords that make the engine fetch a URL."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.sparql_guard import fetching_keywords, refusal


def test_service_and_load_are_found_in_any_case_and_spacing():
    assert fetching_keywords("SELECT * { SERVICE <http://10.0.0.1/> { ?s ?p ?o } }") == ["SERVICE"]
    assert fetching_keywords("select * {\n service\tsilent <http://x/> {} }") == ["SERVICE"]
    assert fetching_keywords("SELECT * WHERE { FILTER(?a < 3 && ?b > 2) SERVICE<http://a/>{} }") == ["SERVICE"]
    assert fetching_keywords("LOAD <http://169.254.169.254/latest/> INTO GRAPH <g>") == ["LOAD"]


def test_codepoint_escapes_do_not_hide_the_keyword():
    # SPARQL applies \u escapes before parsing: this is SERVICE to the engine
    assert fetching_keywords("SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }") == ["SERVICE"]
    assert fetching_keywords("SELECT * { \\U00000053ervice <http://x/> {} }") == ["SERVICE"]


def test_the_words_inside_strings_iris_comments_and_names_are_harmless():
    harmless = [
        'SELECT ?service WHERE { ?service a <http://e.org/SERVICE> }',
        'SELECT * { ?s ?p "SERVICE <http://x/>" } # SERVICE <http://y/>',
        "SELECT * { ?s ?p '''LOAD\n<http://x/>''' }",
        "PREFIX ex: <http://e.org/> SELECT * { ?s ex:SERVICE ?o . ?o ex:load ?x }",
        "SELECT ?load { ?load <http://e.org/p> $service }",
    ]
    for q in harmless:
        assert fetching_keywords(q) == [], q
        assert refusal(q) is None


def test_refusal_says_what_and_how_to_allow():
    why = refusal("SELECT * { SERVICE <http://x/> {} }")
    assert why and "SERVICE" in why and "--allow-service" in why


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text):
    assert set(fetching_keywords(text)) <= {"SERVICE", "LOAD"}


@given(st.text(alphabet=st.sampled_from(list("SERVICELOADservice {}?$:.;()\n\tx1")), max_size=60))
def test_a_keyword_after_plain_sparql_is_always_found(noise):
    # with no string, IRI, comment or escape open before it, the keyword is seen
    assert fetching_keywords(noise + " SERVICE <http://x/> {}")[-1] == "SERVICE"
