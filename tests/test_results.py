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
