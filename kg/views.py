"""Interactive HTML views of the store: a networkx projection drawn by vis-network
(through pyvis), in one self-contained offline page.

Every text on the page comes from untrusted articles: it travels as JSON
(escaped for a <script> block) and is put on the page with textContent only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from kg.normalize import strip_diacritics
from kg.store import OxigraphStore

#: Above this many nodes a browser cannot lay a page out: ask for a focus instead.
MAX_NODES = 3000

STYLE = {  # class: (colour, vis shape, Vietnamese, English)
    "Person": ("#e15759", "dot", "Người", "Person"),
    "Post": ("#f28e2b", "diamond", "Chức vụ", "Post"),
    "Party body": ("#4e79a7", "box", "Tổ chức Đảng", "Party body"),
    "State body": ("#76b7b2", "box", "Cơ quan nhà nước", "State body"),
    "Mass organization": ("#59a1c4", "box", "Đoàn thể", "Mass organization"),
    "Meeting": ("#59a14f", "triangle", "Cuộc họp", "Meeting"),
    "Award": ("#b07aa1", "star", "Khen thưởng", "Award"),
    "Document": ("#edc948", "hexagon", "Văn bản", "Document"),
    "Article": ("#9c9c9c", "square", "Bài báo", "Article"),
}
_ORG_GROUP = {  # organization kind → legend class
    "MassOrganization": "Mass organization", "FatherlandFront": "Mass organization",
    "PeoplesCommittee": "State body", "PeoplesCouncil": "State body", "StateAgency": "State body",
    "StateBody": "State body", "NationalAssemblyDelegation": "State body",
}

_P = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
"""
_VI = "FILTER(lang(?pv) = 'vi')"
_NODES = {
    "Person": "SELECT DISTINCT ?x ?vi ?en ?prov ?date ?kind ?url WHERE { ?x a kg:Person ; foaf:name ?vi . "
              "OPTIONAL { ?x kg:province ?p . ?p rdfs:label ?prov FILTER(lang(?prov)='vi') } }",
    "Post": "SELECT DISTINCT ?x ?vi ?en ?prov ?date ?kind ?url WHERE { ?x a kg:Post ; rdfs:label ?vi FILTER(lang(?vi)='vi') "
            "OPTIONAL { ?x rdfs:label ?en FILTER(lang(?en)='en') } "
            "OPTIONAL { ?x org:postIn/kg:province ?p . ?p rdfs:label ?prov FILTER(lang(?prov)='vi') } }",
    "Organization": "SELECT DISTINCT ?x ?vi ?en ?prov ?date ?kind ?url WHERE { ?x a kg:Organization ; kg:canonicalName ?vi . "
                    "OPTIONAL { ?x kg:englishGloss ?en } OPTIONAL { ?x a ?k . ?k rdfs:subClassOf kg:Organization . "
                    "BIND(STRAFTER(STR(?k), '#') AS ?kind) } "
                    "OPTIONAL { ?x kg:province ?p . ?p rdfs:label ?prov FILTER(lang(?prov)='vi') } }",
    "Meeting": "SELECT DISTINCT ?x ?vi ?en ?prov ?date ?kind ?url WHERE { ?x a kg:Meeting ; rdfs:label ?vi . "
               "OPTIONAL { ?x a ?c . ?c rdfs:subClassOf kg:Meeting ; rdfs:label ?en FILTER(lang(?en)='en') } "
               "OPTIONAL { ?x schema:startDate ?date } "
               "OPTIONAL { ?x kg:organizer/kg:province ?p . ?p rdfs:label ?prov FILTER(lang(?prov)='vi') } }",
    "Award": "SELECT DISTINCT ?x ?vi ?en ?prov ?date ?kind ?url WHERE { ?x a kg:AwardConferral ; rdfs:label ?vi . "
             "OPTIONAL { ?x kg:awardKind/rdfs:label ?en FILTER(lang(?en)='en') } "
             "OPTIONAL { ?x prov:wasDerivedFrom/kg:inArticle ?a . ?a schema:datePublished ?date . "
             "OPTIONAL { ?a kg:province ?p . ?p rdfs:label ?prov FILTER(lang(?prov)='vi') } } }",
    "Document": "SELECT DISTINCT ?x ?vi ?en ?prov ?date ?kind ?url WHERE { ?x a kg:Document ; rdfs:label ?vi FILTER(lang(?vi)='vi') "
                "OPTIONAL { ?x rdfs:label ?en FILTER(lang(?en)='en') } OPTIONAL { ?x schema:dateCreated ?date } }",
    "Article": "SELECT DISTINCT ?x ?vi ?en ?prov ?date ?kind ?url WHERE { ?x a kg:Article ; kg:sourceFile ?en . "
               "OPTIONAL { ?x schema:headline ?vi } OPTIONAL { ?x schema:datePublished ?date } "
               "OPTIONAL { ?x schema:url ?url } "
               "OPTIONAL { ?x kg:province ?p . ?p rdfs:label ?prov FILTER(lang(?prov)='vi') } }",
}
_EDGES = {
    "holds": "SELECT DISTINCT ?a ?b WHERE { ?a org:holds ?b }",
    "post in": "SELECT DISTINCT ?a ?b WHERE { ?a org:postIn ?b }",
    "part of": "SELECT DISTINCT ?a ?b WHERE { ?a org:subOrganizationOf ?b }",
    "organized": "SELECT DISTINCT ?a ?b WHERE { ?b kg:organizer ?a }",
    "chaired": "SELECT DISTINCT ?a ?b WHERE { ?b kg:chair ?a }",
    "addressed": "SELECT DISTINCT ?a ?b WHERE { ?b kg:speaker ?a }",
    "attended": "SELECT DISTINCT ?a ?b WHERE { ?b kg:attendee ?a }",
    "gave": "SELECT DISTINCT ?a ?b WHERE { ?b kg:giver ?a }",
    "received": "SELECT DISTINCT ?a ?b WHERE { ?a kg:recipient ?b }",
    "issued": "SELECT DISTINCT ?a ?b WHERE { ?b kg:issuer ?a }",
    "cites": "SELECT DISTINCT ?a ?b WHERE { ?a schema:citation ?b }",
    "reports": "SELECT DISTINCT ?a ?b WHERE { ?b prov:wasDerivedFrom/kg:inArticle ?a ; a ?k "
               "FILTER(?k IN (kg:Meeting, kg:AwardConferral)) }",
}
_SOURCES = """SELECT DISTINCT ?x ?text ?article WHERE {
  { ?f prov:wasDerivedFrom ?s . BIND(?f AS ?x) }
  UNION { ?x prov:wasQuotedFrom ?s }
  UNION { ?h a kg:PostHolding ; prov:wasDerivedFrom ?s ; org:member ?x }
  UNION { ?h a kg:PostHolding ; prov:wasDerivedFrom ?s ; kg:post ?x }
  ?s kg:text ?text ; kg:inArticle ?article }"""


class ViewTooLarge(ValueError):
    """A view with more nodes than a browser can lay out (the message suggests a focus)."""


def _v(term: object) -> str:
    return getattr(term, "value", "") if term is not None else ""


def fold(text: str) -> str:
    """Lower-case, no diacritics: "Nguyễn Văn Sơn" → "nguyen van son"."""
    return " ".join(strip_diacritics(text).lower().split())


def project(store: OxigraphStore) -> nx.MultiDiGraph:
    """The store as a networkx graph: persons, posts, organizations, meetings,
    awards, documents and articles, with their relations as labelled edges."""
    g = nx.MultiDiGraph()  # a person may both attend and address one meeting
    for cls, q in _NODES.items():
        for row in store.query(_P + q):
            x = _v(row["x"])
            if x in g:
                continue
            kind = _v(row["kind"])
            shown = cls
            if cls == "Organization":
                shown = _ORG_GROUP.get(kind, "Party body")
            g.add_node(x, cls=shown, vi=_v(row["vi"]) or x.rsplit("/", 1)[-1], en=_v(row["en"]),
                       province=_v(row["prov"]), date=_v(row["date"]), kind=kind or cls,
                       url=_v(row["url"]), sources=[])
    for label, q in _EDGES.items():
        for row in store.query(_P + q):
            a, b = _v(row["a"]), _v(row["b"])
            if a in g and b in g:
                g.add_edge(a, b, label=label)
    sources: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in store.query(_P + _SOURCES):
        sources[_v(row["x"])].append((_v(row["text"]), _v(row["article"])))
    for x, items in sources.items():
        if x in g:
            g.nodes[x]["sources"] = sorted(set(items))[:8]
    # persons and awards take the province of what they are tied to when they have none
    for x, d in g.nodes(data=True):
        if not d["province"]:
            near = [g.nodes[y]["province"] for y in nx.all_neighbors(g, x) if g.nodes[y]["province"]]
            d["province"] = near[0] if near else ""
    return g


def find(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose name matches, with or without diacritics (exact first, then contained)."""
    q = fold(name)
    exact = [x for x, d in g.nodes(data=True) if fold(d["vi"]) == q]
    return exact or [x for x, d in g.nodes(data=True) if q and q in fold(d["vi"])]


def select(g: nx.MultiDiGraph, focus: str | None = None, depth: int = 2, province: str | None = None,
           kind: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
           ) -> nx.MultiDiGraph:
    """A readable part of the graph: around a named node, in a province, of a kind,
    within dates (each filter narrows the one before)."""
    keep = set(g.nodes)
    if focus:
        starts = find(g, focus)
        if not starts:
            raise ValueError(f"nothing named {focus!r} in the store")
        und = g.to_undirected(as_view=True)
        keep = set()
        for s in starts:
            keep |= set(nx.single_source_shortest_path_length(und, s, cutoff=depth))
    if province:
        p = fold(province)
        keep = {x for x in keep if fold(g.nodes[x]["province"]) == p}
    if kind:
        k = fold(kind)
        by_kind = {x for x in keep if fold(g.nodes[x]["cls"]).startswith(k) or fold(g.nodes[x]["kind"]) == k}
        # the chosen things and what they are directly tied to
        keep = by_kind | {y for x in by_kind for y in nx.all_neighbors(g, x) if y in keep}
    if date_from or date_to:
        def in_range(x: str) -> bool:
            d = g.nodes[x]["date"][:10]
            if not d or d.startswith("--"):
                return g.nodes[x]["cls"] not in ("Meeting", "Award", "Article")
            day = dt.date.fromisoformat(d)
            return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)
        dated = {x for x in keep if in_range(x)}
        keep = {x for x in dated if g.nodes[x]["cls"] in ("Meeting", "Award", "Article")
                or any(y in dated and g.nodes[y]["cls"] in ("Meeting", "Award", "Article")
                       for y in nx.all_neighbors(g, x))} if any(
            g.nodes[x]["cls"] in ("Meeting", "Award", "Article") for x in dated) else dated
    return g.subgraph(keep).copy()


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def render_html(g: nx.MultiDiGraph, title: str = "kg", timeline: list[dict] | None = None) -> str:
    """A self-contained, offline HTML page drawing the graph."""
    if g.number_of_nodes() > MAX_NODES:
        raise ViewTooLarge(
            f"{g.number_of_nodes():,} nodes is more than a browser can lay out (at most {MAX_NODES:,}); "
            "narrow the view, e.g. --focus \"NAME\" --depth 2, --province \"Tuyên Quang\", "
            "or --kind meeting --from 2021-01-01 --to 2021-12-31")
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    degree = dict(g.degree())
    for x, d in g.nodes(data=True):
        colour, shape, _, _ = STYLE[d["cls"]]
        tooltip = "\n".join(filter(None, [d["vi"], d["en"], d["province"], d["date"]]
                                   + [f"“{_short(t, 160)}”" for t, _ in d["sources"][:2]]))
        # "cls", not vis' "group": a group would override the colour of the legend
        net.add_node(x, label=_short(d["vi"]), title=tooltip, color=colour, shape=shape,
                     cls=d["cls"], prov=d["province"], size=10 + 3 * min(degree.get(x, 0), 10))
    for a, b, d in g.edges(data=True):
        net.add_edge(a, b, label=d["label"], title=d["label"], arrows="to")
    nodes, edges, *_ = net.get_network_data()
    details = {x: {"cls": d["cls"], "vi": d["vi"], "en": d["en"], "province": d["province"], "date": d["date"],
                   "url": d["url"] if d["url"].startswith(("http://", "https://")) else "",
                   "sources": [[t, a, g.nodes[a]["en"] if a in g else a.rsplit("/", 1)[-1]] for t, a in d["sources"]]}
               for x, d in g.nodes(data=True)}
    lib = Path(__import__("pyvis").__file__).parent / "templates" / "lib" / "vis-9.1.2"
    env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))
    provinces = sorted({d["province"] for _, d in g.nodes(data=True) if d["province"]})
    return env.get_template("graph.html").render(
        title=title, nodes=nodes, edges=edges, details=details, provinces=provinces,
        legend=[(cls, *STYLE[cls]) for cls in STYLE], timeline=timeline or [],
        vis_js=(lib / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(lib / "vis-network.css").read_text(encoding="utf-8"),
        counts={cls: sum(1 for _, d in g.nodes(data=True) if d["cls"] == cls) for cls in STYLE},
    )


def render(store: OxigraphStore, title: str = "kg", focus: str | None = None, depth: int = 2,
           province: str | None = None, kind: str | None = None, date_from: dt.date | None = None,
           date_to: dt.date | None = None, timeline: list[dict] | None = None) -> str:
    """The store, or the part the filters select (see :func:`select`), as one HTML page."""
    g = project(store)
    if focus or province or kind or date_from or date_to:
        g = select(g, focus, depth, province, kind, date_from, date_to)
    return render_html(g, title, timeline)


def to_exchange_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The projection with plain string attributes, as Gephi's formats want them."""
    out = nx.MultiDiGraph()
    for x, d in g.nodes(data=True):
        out.add_node(x, label=d["vi"], cls=d["cls"], kind=d["kind"], english=d["en"],
                     province=d["province"], date=d["date"],
                     sources=" | ".join(t for t, _ in d["sources"]))
    for a, b, d in g.edges(data=True):
        out.add_edge(a, b, label=d["label"])
    return out
