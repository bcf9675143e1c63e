"""SHACL validation of each article's graph (kg validate)."""

from __future__ import annotations

from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.iris import article_iri
from kg.store import open_store
from kg.validate import validate_store

from conftest import SEEDS


def test_the_seeds_conform(tmp_path):
    store = tmp_path / "store"
    s = open_store(store)
    build([SEEDS], s)
    s.close()
    r = CliRunner().invoke(main, ["validate", "--store", str(store)])
    assert r.exit_code == 0, r.output
    assert "checked 5 article graphs: all conform" in r.output


def test_a_meeting_without_date_or_a_fact_without_source_is_reported(tmp_path):
    store = tmp_path / "store"
    s = open_store(store)
    build([SEEDS], s)
    stem = next(SEEDS.glob("001_*.txt")).stem  # five posts held and a meeting
    g = article_iri("seeds/" + stem)
    s._s.update(f"""DELETE WHERE {{ GRAPH <{g}> {{ ?m <https://schema.org/startDate> ?d }} }} ;
        DELETE {{ GRAPH <{g}> {{ ?h <http://www.w3.org/ns/prov#wasDerivedFrom> ?s }} }}
        WHERE {{ GRAPH <{g}> {{ ?h <http://www.w3.org/ns/org#member> ?p ;
                                   <http://www.w3.org/ns/prov#wasDerivedFrom> ?s }} }}""")
    checked, found = validate_store(s)
    assert checked == 5
    messages = {v.message for v in found}
    assert "a meeting has one date (xsd:date, or --MM-DD when the year is unknown)" in messages
    assert "every fact has a source sentence" in messages
    assert {v.graph for v in found} == {str(g)}
    s.close()
    r = CliRunner().invoke(main, ["validate", "--store", str(store)])
    assert r.exit_code == 1 and f"{stem}: " in r.output and "violation" in r.output
