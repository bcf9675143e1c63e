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
