import csv
import io
import json

from kg.results import serialize, table


Q = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?person WHERE { ?p foaf:name ?person } ORDER BY ?person"


def test_table_for_people(seed_store):
    out = table(seed_store.query(Q))
    assert out.splitlines()[0].strip() == "person"
    assert "Ma Thế Hồng" in out and out.endswith("(3 rows)")


def test_w3c_formats(seed_store):
    rows = list(csv.DictReader(io.StringIO(serialize(seed_store.query(Q), "csv").decode())))
    assert [r["person"] for r in rows] == ["Ma Thế Hồng", "Nguyễn Văn Sơn", "Trần Việt Hùng"]
    data = json.loads(serialize(seed_store.query(Q), "json"))
    assert data["head"]["vars"] == ["person"]
    assert serialize(seed_store.query(Q), "tsv").decode().splitlines()[0] == "?person"
    assert serialize(seed_store.query("ASK { ?s ?p ?o }"), "table") == b"yes\n"


UNORDERED = """SELECT ?a ?b WHERE { VALUES (?a ?b) {
  ("zeta" "line one\\nline two") ("alpha, with a comma" UNDEF) ("mid \\"quoted\\"" "x"@vi) ("alpha" 5) } }"""


def test_rows_are_sorted_by_their_columns_in_every_format():
    from kg.store import open_store

    s = open_store(None)
    plain = {f: serialize(s.query(UNORDERED), f) for f in ("csv", "tsv", "json")}
    done = {f: serialize(s.query(UNORDERED), f, sort=True) for f in ("csv", "tsv", "json", "table")}
    rows = list(csv.reader(io.StringIO(done["csv"].decode(), newline="")))
    assert [r[0] for r in rows] == ["a", "alpha", "alpha, with a comma", 'mid "quoted"', "zeta"]
    assert rows[-1][1] == "line one\nline two" and rows[2][1] == ""
    # the same rows as the store wrote, only in order
    assert sorted(csv.reader(io.StringIO(plain["csv"].decode(), newline=""))) == sorted(rows)
    assert done["csv"].endswith(b"\r\n") and plain["csv"].count(b"\r\n") == done["csv"].count(b"\r\n")
    tsv = done["tsv"].decode().splitlines()
    assert tsv[0] == "?a\t?b" and tsv[1].startswith('"alpha"') and tsv[-1].startswith('"zeta"')
    assert sorted(plain["tsv"].decode().splitlines()) == sorted(tsv)
    bindings = json.loads(done["json"])["results"]["bindings"]
    assert [b["a"]["value"] for b in bindings] == ["alpha", "alpha, with a comma", 'mid "quoted"', "zeta"]
    assert bindings[2]["b"] == {"type": "literal", "value": "x", "xml:lang": "vi"}
    assert done["table"].decode().splitlines()[2].startswith("alpha ")


def test_kg_query_sorts_only_what_the_query_does_not(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    store = tmp_path / "s"
    from kg.build import build
    from kg.store import open_store

    from conftest import SEEDS
    st = open_store(store)
    build([SEEDS], st)
    st.close()
    r = CliRunner().invoke(main, ["query", "SELECT ?n WHERE { VALUES ?n { 3 1 2 } } ORDER BY DESC(?n)",
                                  "--store", str(store), "--format", "csv"])
    assert r.output.split() == ["n", "3", "2", "1"]
    r = CliRunner().invoke(main, ["query", "SELECT ?n WHERE { VALUES ?n { 3 1 2 } } # ORDER BY DESC(?n)",
                                  "--store", str(store), "--format", "csv"])
    assert r.output.split() == ["n", "1", "2", "3"]


def test_comments_are_taken_out_but_not_hashes_in_iris_or_strings():
    from kg.results import without_comments

    q = 'SELECT ?p WHERE { ?p a <https://w3id.org/kgvn/ontology#Person> ; ?q "a # b" } # note\nORDER BY DESC(?p) # x'
    assert without_comments(q) == 'SELECT ?p WHERE { ?p a <https://w3id.org/kgvn/ontology#Person> ; ?q "a # b" } \nORDER BY DESC(?p) '


def test_an_order_after_an_iri_with_a_hash_is_kept(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.store import open_store

    open_store(tmp_path / "s").close()
    q = ("SELECT ?n WHERE { VALUES (?n ?t) { (1 <https://w3id.org/kgvn/ontology#A>) (3 <https://w3id.org/kgvn/ontology#A>)"
         " (2 <https://w3id.org/kgvn/ontology#A>) } } ORDER BY DESC(?n)")
    r = CliRunner().invoke(main, ["query", q, "--store", str(tmp_path / "s"), "--format", "csv"])
    assert r.output.split() == ["n", "3", "2", "1"]
