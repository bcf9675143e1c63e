"""Whole results with flat memory: the external sort behind `kg export`, the
sink that sorts small query results and streams large ones, the streamed table."""

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.streams as streams
from kg.results import serialize, write_results, write_table
from kg.store import FORMATS, open_store, serialize_quads
from kg.streams import ResultsFilter, SortedLines

line = st.text(alphabet=st.characters(blacklist_characters="\n", blacklist_categories=("Cs",)), max_size=12)


def _feed(sink: SortedLines, lines: list[str], cut: int) -> None:
    """Write the lines as the engine does: chunks that end anywhere, even inside a line."""
    data = "".join(x + "\n" for x in lines).encode("utf-8")
    for i in range(0, len(data), cut):
        sink.write(data[i:i + cut])


@settings(max_examples=150, deadline=None)
@given(st.lists(line.filter(bool), max_size=60), st.integers(1, 9), st.integers(1, 40), st.booleans())
def test_external_sort_gives_every_line_sorted(tmp_path_factory, lines, run_lines, cut, unique):
    tmp = tmp_path_factory.mktemp("runs")
    sink = SortedLines(unique=unique, run_lines=run_lines, tmpdir=tmp)
    _feed(sink, lines, cut)
    got = [x.decode("utf-8") for x in sink.lines()]
    # lines are sorted as written, newline included ("0\t\n" before "0\n"); no N-Quads line is
    # another's prefix, so for them this is the order of the lines themselves
    want = sorted({x.encode("utf-8") + b"\n" for x in lines} if unique else [x.encode("utf-8") + b"\n" for x in lines])
    assert got == [x.decode("utf-8") for x in want]
    assert list(tmp.iterdir()) == []  # the runs are gone once merged


def test_abandoned_merge_removes_its_runs(tmp_path):
    sink = SortedLines(run_lines=2, tmpdir=tmp_path)
    _feed(sink, [f"<s{i}> <p> <o> ." for i in range(9, 0, -1)], 7)
    it = sink.lines()
    assert next(it) == b"<s1> <p> <o> .\n"
    assert len(list(tmp_path.iterdir())) == 5  # 9 lines in runs of 2
    it.close()  # `kg export | head`: the reader stopped
    assert list(tmp_path.iterdir()) == []


def _store_with_graphs(n: int = 30):
    s = open_store(None)
    shared = ox.NamedNode("http://example.org/province/tuyen-quang")
    for g in range(n):
        graph = ox.NamedNode(f"http://example.org/article/{g}")
        s._s.add(ox.Quad(shared, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                         ox.Literal("Tuyên Quang", language="vi"), graph))
        s._s.add(ox.Quad(ox.NamedNode(f"http://example.org/p/{g % 7}"), ox.NamedNode("http://xmlns.com/foaf/0.1/name"),
                         ox.Literal(f"Nguyễn Văn {g % 7} \"x\"\n<b>"), graph))
    return s


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_streamed_export_is_the_sorted_export_byte_for_byte(fmt, monkeypatch, tmp_path):
    s = _store_with_graphs()
    before = serialize_quads(s.quads(), fmt)  # the export as it was: every quad held and sorted
    monkeypatch.setattr(streams, "RUN_LINES", 4)  # force many spilled runs
    out = io.BytesIO()
    s.export_to(fmt, out, tmpdir=tmp_path)
    assert out.getvalue() == before
    assert list(tmp_path.iterdir()) == []
    if fmt == "nt":  # the triple formats merge the graphs: a triple shared by 30 articles is one line
        assert out.getvalue().decode().count("Tuyên Quang") == 1


def test_filter_keeps_a_small_result_and_streams_a_large_one():
    out = io.BytesIO()
    f = ResultsFilter(out, small=10)
    f.write(b"12345")
    assert f.kept() == b"12345" and out.getvalue() == b"" and not f.streaming
    f.write(b"678901")
    assert f.streaming and f.kept() is None and out.getvalue() == b"12345678901"
    f.write(b"more")
    assert out.getvalue().endswith(b"more")


Q = """SELECT ?name ?n WHERE { VALUES ?n { 5 3 9 1 7 2 8 4 6 10 11 12 } BIND(CONCAT("người ", STR(?n)) AS ?name) }"""


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_small_results_come_sorted_as_before(fmt):
    s = open_store(None)
    out = io.BytesIO()
    write_results(s.query(Q), fmt, out, sort=True)
    assert out.getvalue() == serialize(s.query(Q), fmt, sort=True)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_large_results_stream_in_the_stores_order(fmt, monkeypatch):
    s = open_store(None)
    monkeypatch.setattr(streams, "SMALL_RESULT_BYTES", 40)
    import kg.results

    monkeypatch.setattr(kg.results, "ResultsFilter", lambda out: ResultsFilter(out, small=40))
    out = io.BytesIO()
    write_results(s.query(Q), fmt, out, sort=True)
    assert out.getvalue() == s.query(Q).serialize(format=kg.results.RESULT_FORMATS[fmt])  # as the store gives it
    if fmt == "json":
        assert len(json.loads(out.getvalue())["results"]["bindings"]) == 12


def test_a_long_table_streams_with_the_first_rows_widths():
    s = open_store(None)
    out = io.BytesIO()
    write_table(s.query(Q), out, sort=True, small=4)
    lines = out.getvalue().decode().splitlines()
    assert lines[0].split() == ["name", "n"] and lines[-1] == "(12 rows)"
    rows = [ln.split("  ")[0].strip() for ln in lines[2:-1]]
    names = {f"người {i}" for i in range(1, 13)}
    assert len(rows) == 12  # every row, in the store's order
    # "người 10" is wider than the first rows made the column: it is cut, not spilled over
    assert all(r in names or (r.endswith("…") and any(n.startswith(r[:-1]) for n in names)) for r in rows)
    assert sum(r in names for r in rows) == 9
    assert max(len(ln) for ln in lines[2:-1]) <= len(lines[1])  # no row wider than the header's rule


def test_a_long_tables_cells_are_cut_to_the_first_rows_width():
    s = open_store(None)
    q = 'SELECT ?x WHERE { VALUES ?x { "a" "b" "c" "ddddddddddddddddddddddd" } }'
    out = io.BytesIO()
    write_table(s.query(q), out, small=2)
    body = out.getvalue().decode().splitlines()[2:-1]
    width = len(out.getvalue().decode().splitlines()[1])
    assert all(len(r) <= width for r in body)
    assert sorted(body) == ["a", "b", "c", "…"]  # the long cell cut to the first rows' width of one


def test_export_cli_streams_to_a_file_whole_or_not_at_all(tmp_path_factory, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.store import OxigraphStore

    root = tmp_path_factory.mktemp("export")
    store_dir, tmp_path = root / "store", tmp_path_factory.mktemp("outputs")
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    r = CliRunner().invoke(main, ["build", str(seeds), "--store", str(store_dir), "--out", str(root / "out")])
    assert r.exit_code == 0, r.output
    out = tmp_path / "kg.nq"
    r = CliRunner().invoke(main, ["export", "--store", str(store_dir), "--format", "nquads", "-o", str(out)])
    assert r.exit_code == 0, r.output
    data = out.read_bytes()
    assert data and data == OxigraphStore(store_dir, read_only=True).export("nquads")

    def broken(self, fmt, f, tmpdir=None):
        f.write(b"<half> <written> ")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(OxigraphStore, "export_to", broken)
    dest = tmp_path / "never.ttl"
    r = CliRunner().invoke(main, ["export", "--store", str(store_dir), "-o", str(dest)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert not dest.exists() and [p.name for p in tmp_path.iterdir()] == ["kg.nq"]


def test_the_stores_own_order_depends_on_the_content_not_the_loading_order(monkeypatch, tmp_path):
    """A large result streams in the store's order: two stores on disk (kg's
    stores; an in-memory one keeps no such order) loaded with the same quads in
    different orders print the same bytes."""
    import random

    import kg.results

    quads = list(_store_with_graphs(40)._s.quads_for_pattern(None, None, None, None))
    q = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    monkeypatch.setattr(kg.results, "ResultsFilter", lambda out: ResultsFilter(out, small=10))
    outs = set()
    for seed in range(3):
        random.Random(seed).shuffle(quads)
        s = open_store(tmp_path / f"store{seed}")
        for quad in quads:
            s._s.add(quad)
        s.flush()
        out = io.BytesIO()
        write_results(s.query(q), "tsv", out, sort=True)
        s.close()
        assert out.getvalue().count(b"\n") == 81  # the header and every quad
        outs.add(out.getvalue())
    assert len(outs) == 1
