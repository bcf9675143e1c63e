"""pyoxigraph terms to rdflib ones, without text in between.

rdflib's N-Triples parser slows down with the length of a line (a 3 MB
literal took 40 s to parse back), so kg hands rdflib its triples as objects:
Oxigraph parses or stores them, this module converts term by term.
"""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """One pyoxigraph term as the equal rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dtype = term.datatype.value
    return Literal(term.value, datatype=None if dtype == _STRING else URIRef(dtype))


def graph_of(triples: Iterable[ox.Triple | ox.Quad], into: Graph | None = None) -> Graph:
    """An rdflib Graph holding `triples` (of quads, the graph name is dropped)."""
    g = into if into is not None else Graph()
    add = g.add
    for t in triples:
        add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return g


def parse_ntriples(data: bytes | str, into: Graph | None = None) -> Graph:
    """N-Triples parsed by Oxigraph (linear in the size of a line) into rdflib."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return graph_of(ox.parse(raw, format=ox.RdfFormat.N_TRIPLES), into)
