"""Filtered named queries (kg/filters.py): each option on the seeds, hostile values, errors."""

import csv
import io

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.filters import FilterError, Filters, filtered, literal, options_of, province_iris

from conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("filters")
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(root / "store"), "--out", str(root / "out")])
    assert r.exit_code == 0, r.output
    return root / "store"


def run(*args):
    r = CliRunner().invoke(main, [str(a) for a in args])
    return r.exit_code, r.output


def rows(store, query, *options):
    code, out = run("query", query, "--store", store, "--format", "csv", *options)
    assert code == 0, out
    return list(csv.DictReader(io.StringIO(out)))


def test_no_filter_leaves_the_named_query_as_it_is():
    text = (ROOT / "queries" / "positions.rq").read_text(encoding="utf-8")
    assert filtered("positions", text, Filters(), run=lambda q: pytest.fail("no lookup wanted")) == text


def test_person_as_stored_and_without_diacritics(store):
    exact = rows(store, "positions", "--person", "Ma Thế Hồng")
    assert {r["person"] for r in exact} == {"Ma Thế Hồng"}
    assert {r["position"] for r in exact} == {"Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp",
                                              "Trưởng Ban Tổ chức Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"}
    assert rows(store, "positions", "--person", "ma the  HONG") == exact


def test_person_of_meetings_is_a_participant(store):
    found = rows(store, "meetings", "--person", "Nguyễn Văn Sơn")
    assert [(r["organizer"], r["date"]) for r in found] == [
        ("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "2021-01-17")]


def test_province_is_the_articles(store):
    found = rows(store, "positions", "--province", "tuyen quang")
    assert [(r["person"], r["position"]) for r in found] == [("Trần Việt Hùng", "Phó Bí thư Thường trực Đảng ủy Khối")]
    meetings = rows(store, "meetings", "--province", "tỉnh Hà Giang")
    assert sorted(r["organizer"] for r in meetings) == ["Hội Cựu giáo chức tỉnh",
                                                        "Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh"]
    assert len(rows(store, "awards", "--province", "Tuyên Quang")) == 4


def test_body_per_query(store):
    assert [r["person"] for r in rows(store, "positions", "--body", "Ban Tổ chức Tỉnh ủy")] == ["Ma Thế Hồng"]
    assert [r["ordinal"] for r in rows(store, "meetings", "--body", "Hội Cựu giáo chức tỉnh")] == ["4"]
    giver = rows(store, "awards", "--body", "Ban Thường vụ Tỉnh ủy")
    assert [(r["award"], r["group"]) for r in giver] == [("Cờ Thi đua", "2 đảng bộ và 1 chi bộ")]
    issued = rows(store, "documents", "--body", "bo chinh tri")
    assert sorted(r["number"] for r in issued) == ["01-KL/TW", "05-CT/TW", "205-QĐ/TW", "35-CT/TW"]
    figures = rows(store, "figures", "--body", "Đảng bộ Khối")
    assert sorted(r["value"] for r in figures) == ["32", "44", "5016", "76"]


def test_kind_per_query(store):
    assert [r["group"] for r in rows(store, "awards", "--kind", "bằng khen")] == ["2 Đảng bộ, 2 chi bộ và 3 cá nhân"]
    assert [r["number"] for r in rows(store, "documents", "--kind", "Nghị quyết")] == ["48-NQ/TU"]
    admitted = rows(store, "figures", "--kind", "MembersAdmitted")
    assert sorted(r["value"] for r in admitted) == ["153", "39", "99"]
    assert rows(store, "figures", "--kind", "party members admitted") == admitted


def test_dates_per_query(store):
    one_day = rows(store, "positions", "--from", "2022-04-14", "--to", "2022-04-14")
    assert [r["person"] for r in one_day] == ["Trần Việt Hùng"]
    assert len(rows(store, "meetings", "--from", "2021-01-01", "--to", "2021-06-30")) == 4
    assert len(rows(store, "meetings", "--from", "2022")) == 1  # an open range
    assert sorted(r["number"] for r in rows(store, "documents", "--from", "2021", "--to", "2021")) == [
        "01-KL/TW", "21-KL/TW", "48-NQ/TU"]
    assert sorted(r["value"] for r in rows(store, "figures", "--from", "2020", "--to", "2020")) == [
        "12", "153", "25", "99"]
    january = rows(store, "awards", "--from", "2022-01-01", "--to", "2022-01-31")  # 002's, not 003's (April)
    assert [(r["award"], r["giver"]) for r in january] == [("Giấy khen", "Đảng ủy Khối CCQ tỉnh")]
    assert rows(store, "awards", "--to", "2021-12-31") == []


def test_filters_combine_and_limit(store):
    both = rows(store, "figures", "--kind", "MembersAdmitted", "--province", "Bình Định", "--from", "2021")
    assert [r["value"] for r in both] == ["39"]
    assert rows(store, "meetings", "--body", "Hội Cựu giáo chức tỉnh", "--province", "Lạng Sơn") == []
    assert len(rows(store, "positions", "--limit", "2")) == 2
    assert rows(store, "positions", "--limit", "0") == []


@pytest.mark.parametrize("hostile", ['"', '" } ; DROP ALL #', "} ; DROP", "a\nb", "\\", "'''", "\u202e",
                                     'Ma Thế Hồng" } UNION { ?p ?q ?r', "<urn:x>", "?person"])
def test_hostile_values_are_literals(store, hostile):
    for option in ("--person", "--body"):
        code, out = run("query", "positions", "--store", store, "--format", "csv", option, hostile)
        assert code == 0, out
        assert out.strip() == "person,position,source"  # the columns, no row: nothing is stored so
    assert rows(store, "awards", "--kind", hostile) == []


def test_literal_escapes_and_refuses_broken_text():
    assert literal('a"b}\n', "vi") == '"a\\"b}\\n"@vi'
    with pytest.raises(FilterError, match="not valid text"):
        literal("\udcff")


def test_province_names():
    assert province_iris("TP.HCM") == province_iris("Thành phố Hồ Chí Minh")
    assert province_iris("yen bai") == ["https://w3id.org/kgvn/id/province/yen-bai"]
    with pytest.raises(FilterError, match="no province"):
        province_iris("Atlantis")


def test_errors(store):
    code, out = run("query", "meetings", "--store", store, "--kind", "x")
    assert code == 2 and "meetings has no --kind filter" in out and "--body" in out
    code, out = run("query", "persons", "--store", store, "--person", "x")
    assert code == 2 and "persons takes no filter options" in out
    code, out = run("query", "SELECT * WHERE { ?s ?p ?o }", "--store", store, "--limit", "1")
    assert code == 2 and "takes no filter options" in out
    code, out = run("query", "positions", "--store", store, "--province", "Atlantis")
    assert code == 2 and "no province 'Atlantis'" in out
    code, out = run("query", "figures", "--store", store, "--kind", "Happiness")
    assert code == 2 and "no measure 'Happiness'" in out and "MembersAdmitted" in out
    code, out = run("query", "positions", "--store", store, "--from", "2022-13-01")
    assert code == 2 and "no date" in out
    code, out = run("query", "positions", "--store", store, "--from", "2022", "--to", "2021")
    assert code == 2 and "is after" in out
    code, out = run("query", "positions", "--store", store, "--person", " ")
    assert code == 2 and "--person wants a value" in out


def test_options_of_each_query():
    assert options_of("positions") == ["person", "province", "body", "from", "to", "limit"]
    assert options_of("figures") == ["province", "body", "kind", "from", "to", "limit"]
    assert options_of("sources") == []


def test_aggregates_on_the_seeds(store):
    per_body = rows(store, "meetings-per-body")
    assert {(r["body"], r["year"], r["meetings"]) for r in per_body} >= {
        ("Hội Cựu giáo chức tỉnh Hà Giang", "2021", "1"),
        ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Tuyên Quang", "2022", "1")}
    assert sum(int(r["meetings"]) for r in per_body) == 6
    givers = rows(store, "awards-per-giver")
    assert sum(int(r["awards"]) for r in givers) == 5
    assert [r["province"] for r in rows(store, "posts-per-province")] == ["Tuyên Quang"]
    admitted = rows(store, "admitted")
    assert {(r["province"], r["year"], r["admitted"]) for r in admitted} == {
        ("", "2020", "153"), ("Bình Định", "2021", "39"), ("Lạng Sơn", "2020", "99")}


def _filtered_by_person(store_dir, person):
    """positions.rq filtered by --person over the built store: the text, and every
    query the filter asked the store."""
    from kg.store import OxigraphStore
    st = OxigraphStore(store_dir, read_only=True)
    asked: list[str] = []

    def run(q):
        asked.append(q)
        return st.query(q)
    try:
        text = filtered("positions", (ROOT / "queries" / "positions.rq").read_text(encoding="utf-8"),
                        Filters(person=person), run)
    finally:
        st.close()
    return text, asked


def test_name_without_diacritics_is_one_lookup_in_the_identity_graph(store):
    text, asked = _filtered_by_person(store, "MA THE HONG")
    assert '"Ma Thế Hồng"' in text
    assert any("foldedName" in q for q in asked)
    assert not any("REGEX" in q for q in asked)  # no pass over every stored name


def test_a_folded_name_nobody_has_finds_nothing_without_a_scan(store):
    text, asked = _filtered_by_person(store, "nguyen khong co")
    assert "VALUES ?kgPerson { }" in " ".join(text.split()) or "VALUES ?kgPerson {}" in text
    assert not any("REGEX" in q for q in asked)


def test_a_store_without_folded_names_is_scanned(tmp_path):
    root = tmp_path
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(root / "store"), "--out", str(root / "out")])
    assert r.exit_code == 0, r.output
    from kg.store import OxigraphStore
    st = OxigraphStore(root / "store")
    st.update_sparql("DELETE WHERE { GRAPH ?g { ?o <https://w3id.org/kgvn/ontology#foldedName> ?f } } ; "
                     "DELETE WHERE { GRAPH ?g { ?o <https://w3id.org/kgvn/ontology#foldedNames> ?f } }")
    st.close()
    assert {r["person"] for r in rows(root / "store", "positions", "--person", "ma the hong")} == {"Ma Thế Hồng"}


def test_a_store_decided_before_folded_names_is_decided_again(tmp_path):
    """An identity graph with no folded names (a store built by an older kg, then
    added to) is not updated name by name but decided again, so that every official
    gets one."""
    from kg.build import build
    from kg.officials import stored_basis
    from kg.store import OxigraphStore
    st = OxigraphStore(None)
    build([SEEDS], st)
    assert stored_basis(st) is not None
    st.update_sparql("DELETE WHERE { GRAPH ?g { ?o <https://w3id.org/kgvn/ontology#foldedName> ?f } } ; "
                     "DELETE WHERE { GRAPH ?g { ?o <https://w3id.org/kgvn/ontology#foldedNames> ?f } }")
    assert stored_basis(st) is None
    report = build([SEEDS], st)  # nothing new: the identity graph alone is decided again
    assert report.identity is not None and not report.identity.partial
    assert bool(st.query("ASK { ?o <https://w3id.org/kgvn/ontology#foldedName> \"ma the hong\" }"))


@pytest.mark.parametrize("options", [
    {"date_from": "2021-01-01", "date_to": "2021-12-31"}, {"kind": "Kết luận"}, {"kind": "Nghị quyết"},
    {"body": "Bộ Chính trị"}, {"date_from": "2022-01-01", "date_to": "2022-12-31"}])
def test_documents_with_their_meetings_per_row_give_the_same_rows(store, options):
    """On Oxigraph the documents' costly OPTIONAL (the meetings citing each) is
    evaluated per filtered row in a LATERAL: the rows are those of the query as written."""
    from kg.store import open_store, with_prefixes

    s = open_store(store, read_only=True)
    text = (ROOT / "queries" / "documents.rq").read_text(encoding="utf-8")
    f = Filters(**options)
    plain, lateral = filtered("documents", text, f, s.query), filtered("documents", text, f, s.query, lateral=True)
    assert "LATERAL" in lateral and "LATERAL" not in plain
    got = [sorted(tuple(str(r[v.value]) for v in res.variables) for r in res)
           for res in (s.query(with_prefixes(plain)), s.query(with_prefixes(lateral)))]
    assert got[0] == got[1]
    s.close()


def test_a_block_ends_at_its_brace_past_iris_strings_and_comments():
    from kg.filters import _block_end

    text = 'GRAPH ?a { VALUES ?d { "x}"^^<http://e.org/t#date> } # a } in a comment\n ?s ?p "{" } tail }'
    assert _block_end(text, text.index("{")) == text.index("} tail")
