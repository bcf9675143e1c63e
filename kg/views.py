"""Interactive HTML views of the store: a networkx projection drawn by vis-network
(through pyvis), in one self-contained offline page.

Every text on the page comes from untrusted articles: it travels as JSON
(escaped for a <script> block) and is put on the page with textContent only.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from kg.store import OxigraphStore

STYLE = {  # class: (colour, vis shape, Vietnamese, English)
    "Person": ("#e15759", "dot", "Người", "Person"),
    "Post": ("#f28e2b", "diamond", "Chức vụ", "Post"),
    "Organization": ("#4e79a7", "box", "Tổ chức", "Organization"),
    "Meeting": ("#59a14f", "triangle", "Cuộc họp", "Meeting"),
    "Award": ("#b07aa1", "star", "Khen thưởng", "Award"),
    "Article": ("#9c9c9c", "square", "Bài báo", "Article"),
}

_P = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
"""
_NODES = {
    "Person": "SELECT ?x ?vi ?en WHERE { ?x a kg:Person ; foaf:name ?vi . "
              "OPTIONAL { ?x kg:province/rdfs:label ?en FILTER(lang(?en)='en') } }",
    "Post": "SELECT ?x ?vi ?en WHERE { ?x a kg:Post ; rdfs:label ?vi FILTER(lang(?vi)='vi') "
            "OPTIONAL { ?x rdfs:label ?en FILTER(lang(?en)='en') } }",
    "Organization": "SELECT ?x ?vi ?en WHERE { ?x a kg:Organization ; kg:canonicalName ?vi . "
                    "OPTIONAL { ?x kg:englishGloss ?en } }",
    "Meeting": "SELECT ?x ?vi ?en WHERE { ?x a kg:Meeting ; rdfs:label ?vi . "
               "OPTIONAL { ?x a ?c . ?c rdfs:subClassOf kg:Meeting ; rdfs:label ?en FILTER(lang(?en)='en') } }",
    "Award": "SELECT ?x ?vi ?en WHERE { ?x a kg:AwardConferral ; rdfs:label ?vi . "
             "OPTIONAL { ?x kg:awardKind/rdfs:label ?en FILTER(lang(?en)='en') } }",
    "Article": "SELECT ?x ?vi ?en WHERE { ?x a kg:Article . OPTIONAL { ?x schema:headline ?vi } "
               "OPTIONAL { ?x kg:sourceFile ?en } }",
}
_EDGES = {
    "holds": "SELECT DISTINCT ?a ?b WHERE { ?a org:holds ?b }",
    "post in": "SELECT DISTINCT ?a ?b WHERE { ?a org:postIn ?b }",
    "organized": "SELECT DISTINCT ?a ?b WHERE { ?b kg:organizer ?a }",
    "chaired": "SELECT DISTINCT ?a ?b WHERE { ?b kg:chair ?a }",
    "addressed": "SELECT DISTINCT ?a ?b WHERE { ?b kg:speaker ?a }",
    "attended": "SELECT DISTINCT ?a ?b WHERE { ?b kg:attendee ?a }",
    "gave": "SELECT DISTINCT ?a ?b WHERE { ?b kg:giver ?a }",
    "received": "SELECT DISTINCT ?a ?b WHERE { ?a kg:recipient ?b }",
    "reports": "SELECT DISTINCT ?a ?b WHERE { ?b prov:wasDerivedFrom/kg:inArticle ?a ; a ?k "
               "FILTER(?k IN (kg:Meeting, kg:AwardConferral)) }",
}
_SOURCES = """SELECT DISTINCT ?x ?text ?file WHERE {
  { ?f prov:wasDerivedFrom ?s . BIND(?f AS ?x) }
  UNION { ?h a kg:PostHolding ; prov:wasDerivedFrom ?s ; org:member ?x }
  UNION { ?h a kg:PostHolding ; prov:wasDerivedFrom ?s ; kg:post ?x }
  ?s kg:text ?text ; kg:inArticle ?a . ?a kg:sourceFile ?file }"""


def _v(term: object) -> str:
    return getattr(term, "value", "") if term is not None else ""


def project(store: OxigraphStore) -> nx.MultiDiGraph:
    """The store as a networkx graph: persons, posts, organizations, meetings,
    awards and articles, with their relations as labelled edges."""
    g = nx.MultiDiGraph()  # a person may both attend and address one meeting
    for cls, q in _NODES.items():
        for row in store.query(_P + q):
            x = _v(row["x"])
            if x in g:
                continue
            g.add_node(x, cls=cls, vi=_v(row["vi"]) or x.rsplit("/", 1)[-1], en=_v(row["en"]), sources=[])
    for label, q in _EDGES.items():
        for row in store.query(_P + q):
            a, b = _v(row["a"]), _v(row["b"])
            if a in g and b in g:
                g.add_edge(a, b, label=label)
    sources: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in store.query(_P + _SOURCES):
        sources[_v(row["x"])].append((_v(row["text"]), _v(row["file"])))
    for x, items in sources.items():
        if x in g:
            g.nodes[x]["sources"] = sorted(set(items))[:8]
    return g


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def render_html(g: nx.MultiDiGraph, title: str = "kg") -> str:
    """A self-contained, offline HTML page drawing the graph."""
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    degree = dict(g.degree())
    for x, d in g.nodes(data=True):
        colour, shape, _, _ = STYLE[d["cls"]]
        tooltip = "\n".join(filter(None, [d["vi"], d["en"]] + [f"“{_short(t, 160)}” ({f})" for t, f in d["sources"][:3]]))
        # "cls", not vis' "group": a group would override the colour of the legend
        net.add_node(x, label=_short(d["vi"]), title=tooltip, color=colour, shape=shape,
                     cls=d["cls"], size=10 + 3 * min(degree.get(x, 0), 10))
    for a, b, d in g.edges(data=True):
        net.add_edge(a, b, label=d["label"], title=d["label"], arrows="to")
    nodes, edges, *_ = net.get_network_data()
    details = {x: {"cls": d["cls"], "vi": d["vi"], "en": d["en"], "sources": d["sources"]}
               for x, d in g.nodes(data=True)}
    lib = Path(__import__("pyvis").__file__).parent / "templates" / "lib" / "vis-9.1.2"
    env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))
    page = env.get_template("graph.html").render(
        title=title, nodes=nodes, edges=edges, details=details,
        legend=[(cls, *STYLE[cls]) for cls in STYLE],
        vis_js=(lib / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(lib / "vis-network.css").read_text(encoding="utf-8"),
        counts={cls: sum(1 for _, d in g.nodes(data=True) if d["cls"] == cls) for cls in STYLE},
    )
    return page


def render(store: OxigraphStore, title: str = "kg") -> str:
    """The store drawn as one HTML page."""
    return render_html(project(store), title)


__all__ = ["project", "render", "render_html", "STYLE", "json"]
