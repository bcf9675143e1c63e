"""Check a store against the SHACL shapes in ontology/shapes.ttl (pyshacl).

Every fact lives in its article's graph, so each article's graph is checked on
its own, together with the vocabulary: memory stays that of one article, and a
violation names the article it is in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from rdflib import Graph

from kg.iris import GLOSS_GRAPH, ONTOLOGY_GRAPH
from kg.store import OxigraphStore

SHAPES_FILE = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Violation:
    """One shape not met: the article's graph, the node, the property, the message."""

    graph: str
    focus: str
    path: str
    message: str


@lru_cache(maxsize=1)
def shapes() -> Graph:
    """The SHACL shapes graph."""
    return Graph().parse(SHAPES_FILE, format="turtle")


def _graph(store: OxigraphStore, name: str) -> Graph:
    """One named graph of the store as an rdflib Graph."""
    import pyoxigraph as ox

    from kg.bridge import graph_of

    return graph_of(store._s.quads_for_pattern(None, None, None, ox.NamedNode(name)))


def validate_graph(data: Graph, vocabulary: Graph, graph: str = "") -> list[Violation]:
    """The violations of the shapes in one article's graph."""
    from pyshacl import validate

    conforms, report, _ = validate(data, shacl_graph=shapes(), ont_graph=vocabulary, inference="none",
                                   allow_warnings=True, advanced=False)
    if conforms:
        return []
    out = []
    q = f"""SELECT ?focus ?path ?msg WHERE {{ ?r a <{SH}ValidationResult> ; <{SH}focusNode> ?focus ;
            <{SH}resultMessage> ?msg . OPTIONAL {{ ?r <{SH}resultPath> ?path }} }}"""
    for row in report.query(q):
        out.append(Violation(graph, str(row.focus), str(row.path or ""), str(row.msg)))
    return sorted(set(out), key=lambda v: (v.graph, v.focus, v.path, v.message))


def validate_store(store: OxigraphStore, progress: Callable[[], None] | None = None) -> tuple[int, list[Violation]]:
    """Check every article's graph of an embedded store: (graphs checked, violations)."""
    vocabulary = _graph(store, str(ONTOLOGY_GRAPH))
    from kg.officials import IDENTITY_GRAPH

    # the vocabulary, the identity and the glosses graph are no article's
    shared = (str(ONTOLOGY_GRAPH), str(IDENTITY_GRAPH), str(GLOSS_GRAPH))
    names = [g.value for g in store.named_graphs() if g.value not in shared]
    found: list[Violation] = []
    for name in names:
        found += validate_graph(_graph(store, name), vocabulary, name)
        if progress:
            progress()
    return len(names), found
