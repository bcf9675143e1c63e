import json

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.store import FORMATS, StoreError, open_store

G = URIRef("https://w3id.org/kgvn/id/article/t")
P = URIRef("https://w3id.org/kgvn/ontology#contentHash")


def one(value):
    g = Graph()
    g.add((G, P, Literal(value)))
    g.add((G, URIRef("http://e/p"), Literal('quote " and } and \n newline')))
    return g


def test_replace_graph_replaces_only_that_graph(tmp_path):
    s = open_store(tmp_path / "st")
    s.replace_graph(G, one("h1"))
    s.replace_graph(URIRef(str(G) + "2"), one("other"))
    s.replace_graph(G, one("h2"))
    hashes = s.article_hashes()
    assert hashes[str(G)] == "h2" and len(hashes) == 1  # the second graph names no article of its own
    rows = list(s.query(f"SELECT ?o WHERE {{ GRAPH <{G}> {{ ?s <{P}> ?o }} }}"))
    assert [r["o"].value for r in rows] == ["h2"]
    s.close()


def test_store_persists_and_reopens_read_only(tmp_path):
    s = open_store(tmp_path / "st")
    s.replace_graph(G, one("h1"))
    s.close()
    r = open_store(tmp_path / "st", read_only=True)
    assert r.article_hashes() == {str(G): "h1"}


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        open_store(tmp_path / "none", read_only=True)


def test_two_writers_fail_clearly(tmp_path):
    a = open_store(tmp_path / "st")
    with pytest.raises(StoreError, match="in use"):
        open_store(tmp_path / "st")
    a.close()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format_parses_back(tmp_path, fmt):
    s = open_store(None)
    s.replace_graph(G, one("h1"))
    data = s.export(fmt)
    if fmt == "jsonld":
        json.loads(data)
    back = list(ox.parse(data, format=FORMATS[fmt]))
    assert len(back) == 2


def test_export_is_deterministic():
    a, b = open_store(None), open_store(None)
    a.replace_graph(G, one("h1"))
    a.replace_graph(URIRef(str(G) + "2"), one("x"))
    b.replace_graph(URIRef(str(G) + "2"), one("x"))
    b.replace_graph(G, one("h1"))
    assert a.export("turtle") == b.export("turtle")
    assert a.export("nquads") == b.export("nquads")


def test_optimize_needs_a_writable_store(tmp_path):
    s = open_store(tmp_path / "st")
    s.replace_graph(G, one("h1"))
    s.optimize()
    assert s.article_hashes() == {str(G): "h1"}
    s.close()
    with pytest.raises(StoreError, match="read-only"):
        open_store(tmp_path / "st", read_only=True).optimize()


MARK = "https://w3id.org/kgvn/ontology#basis"


def _graph_lines(store, graph):
    return sorted(str(q.triple) for q in store._s.quads_for_pattern(None, None, None, ox.NamedNode(graph)))


@pytest.mark.parametrize("on_disk", [True, False])
def test_replace_graph_ntriples_from_empty_and_again(tmp_path, on_disk):
    """The identity graph: written whole into an empty graph (the bulk path, a build
    from empty) and by difference after; the mark lands in both, and the graph
    holds exactly the triples given."""
    s = open_store(tmp_path / "s" if on_disk else None)
    g = "https://w3id.org/kgvn/graph/identity"
    first = "".join(f'<http://x/o{i}> <http://x/name> "Nguyễn Văn {i} \\" <b>" .\n' for i in range(50))
    first += f'<{g}> <{MARK}> "abc" .\n'
    removed, added = s.replace_graph_ntriples(g, first, last=MARK)
    assert (removed, added) == (0, 51)
    assert len(_graph_lines(s, g)) == 51 and any(MARK in x for x in _graph_lines(s, g))
    second = "".join(f'<http://x/o{i}> <http://x/name> "Nguyễn Văn {i} \\" <b>" .\n' for i in range(40, 60))
    second += f'<{g}> <{MARK}> "def" .\n'
    removed, added = s.replace_graph_ntriples(g, second, last=MARK)
    lines = _graph_lines(s, g)
    assert len(lines) == 21 and sum(MARK in x for x in lines) == 1 and any('"def"' in x for x in lines)
    assert (removed, added) == (41, 21)  # mostly new: cleared, written whole


def _nquads(n: int) -> bytes:
    lines = [f'<http://e/s{i}> <http://e/p> "v {i} \\"q\\" \\n" <http://e/g{i % 7}> .\n' for i in range(n)]
    return "".join(lines).encode("utf-8")


@pytest.mark.parametrize("chunk", [1, 3, 10, 1000])
def test_chunked_bulk_load_equals_one_load(tmp_path, chunk):
    """The bulk load in chunks of lines, two threads at a time, gives the store one
    load of the whole file gives, whatever the chunk's size against the file's."""
    from kg.store import bulk_load_chunked
    path = tmp_path / "x.nq"
    path.write_bytes(_nquads(25))
    whole, chunked = ox.Store(), ox.Store()
    whole.load(path.read_bytes(), format=ox.RdfFormat.N_QUADS)
    bulk_load_chunked(chunked, path, ox.RdfFormat.N_QUADS, chunk_lines=chunk)
    assert set(chunked) == set(whole) and len(chunked) == 25


def test_chunked_bulk_load_of_triples_goes_to_its_graph(tmp_path):
    from kg.store import bulk_load_chunked
    path = tmp_path / "x.nt"
    path.write_bytes(b"".join(f"<http://e/s{i}> <http://e/p> <http://e/o> .\n".encode() for i in range(9)))
    s = ox.Store()
    bulk_load_chunked(s, path, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("http://e/g"), chunk_lines=4)
    assert {q.graph_name.value for q in s} == {"http://e/g"} and len(s) == 9


def test_chunked_bulk_load_raises_a_bad_chunks_error(tmp_path):
    """A broken line is the loader's error in the caller, not a thread's silent death."""
    from kg.store import bulk_load_chunked
    path = tmp_path / "x.nq"
    path.write_bytes(_nquads(10) + b"<http://e/s> this is not n-quads\n" + _nquads(10))
    with pytest.raises(SyntaxError):
        bulk_load_chunked(ox.Store(), path, ox.RdfFormat.N_QUADS, chunk_lines=3)


def test_a_big_graph_cleared_in_batches_leaves_the_others(tmp_path):
    """bulk_load_graph empties the old graph a batch at a time, never one
    transaction of all of it, and touches no other graph."""
    s = open_store(tmp_path / "st")
    g = "http://e/identity"
    old = tmp_path / "old.nt"
    old.write_text("".join(f"<http://e/s{i}> <http://e/p> \"old {i}\" .\n" for i in range(25)))
    s.replace_graph(G, one("h1"))
    s.bulk_load_graph(g, old)
    s._clear_big_graph(ox.NamedNode(g), batch=4)
    assert not list(s._s.quads_for_pattern(None, None, None, ox.NamedNode(g)))
    new = tmp_path / "new.nt"
    new.write_text("<http://e/s> <http://e/p> \"new\" .\n")
    s.bulk_load_graph(g, old)
    s.bulk_load_graph(g, new, marks="<http://e/s> <http://e/basis> \"b\" .\n")
    got = {(q.predicate.value, q.object.value) for q in s._s.quads_for_pattern(None, None, None, ox.NamedNode(g))}
    assert got == {("http://e/p", "new"), ("http://e/basis", "b")}
    assert s.article_hashes() == {str(G): "h1"}
    s.close()
