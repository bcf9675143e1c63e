"""Every export parses back, whatever characters the article held: control
characters, lone surrogates' neighbours, bidi marks, XML-forbidden code points."""

from __future__ import annotations

import io

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.article import parse_article
from kg.extract.pipeline import extract_facts
from kg.iris import article_iri
from kg.rdf import article_triples
from kg.store import FORMATS, OxigraphStore
from kg.views import project, to_exchange_graph

RDFLIB_NAMES = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld",
                "xml": "xml"}
# what people paste: every plane, with the C0/C1 controls and format characters well represented
JUNK = st.text(alphabet=st.one_of(st.characters(codec="utf-8"),
                                  st.sampled_from([chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\u2028",
                                                  "\u202e", "\ufeff", "\ufffe", "\uffff", "\U0010ffff"])),
               min_size=1, max_size=12)


def _store_of(junk: str) -> OxigraphStore:
    text = (f"Hội nghị {junk} Ban Chấp hành\n\nNgày 3/4/2021, Đảng ủy xã Tân {junk} Lập tổ chức Đại hội lần "
            f"thứ V. Đồng chí Nguyễn Văn {junk}An, Bí thư Huyện ủy {junk} dự và tặng Giấy khen cho "
            f"Chi bộ thôn {junk}.\n")
    facts = extract_facts(parse_article(text, "a/x"))
    store = OxigraphStore(None)
    store.load_articles(article_triples(facts, "h").nquads(article_iri("a/x")).encode("utf-8"))
    return store


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JUNK)
def test_every_rdf_export_parses_back(junk):
    store = _store_of(junk)
    for fmt in FORMATS:
        data = store.export(fmt)
        graph = rdflib.Dataset() if fmt in ("nquads", "trig") else rdflib.Graph()
        graph.parse(data=data, format=RDFLIB_NAMES[fmt])
        assert len(graph) > 0 or fmt in ("nquads", "trig"), fmt
        list(ox.parse(data, format=FORMATS[fmt]))  # and Oxigraph reads its own output


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JUNK)
def test_graphml_and_gexf_parse_back(junk):
    g = to_exchange_graph(project(_store_of(junk)))
    for write, read in ((nx.write_graphml, nx.read_graphml), (nx.write_gexf, nx.read_gexf)):
        buf = io.BytesIO()
        write(g, buf)
        back = read(io.BytesIO(buf.getvalue()))
        assert back.number_of_nodes() == g.number_of_nodes()


@pytest.mark.parametrize("char", ["\x01", "\x08", "\x0b", "\x1b", "\x7f", "\ufffe"])
def test_a_control_character_in_a_name_gives_valid_xml(char):
    store = _store_of(char)
    rdflib.Graph().parse(data=store.export("xml"), format="xml")
    buf = io.BytesIO()
    nx.write_graphml(to_exchange_graph(project(store)), buf)
    nx.read_graphml(io.BytesIO(buf.getvalue()))
