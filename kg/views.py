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

from kg.normalize import fold
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

KG_NS = "https://w3id.org/kgvn/ontology#"
ORG_NS = "http://www.w3.org/ns/org#"
SCHEMA_NS = "https://schema.org/"
PROV_NS = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
FOAF_NAME = "http://xmlns.com/foaf/0.1/name"

_CLASSES = {KG_NS + "Person": "Person", KG_NS + "Post": "Post", KG_NS + "Organization": "Organization",
            KG_NS + "Meeting": "Meeting", KG_NS + "AwardConferral": "Award", KG_NS + "Document": "Document",
            KG_NS + "Article": "Article"}
_EDGES = {  # label: (predicate, reversed?) — an edge a → b
    "holds": (None, False),  # read off the holdings: org:member and kg:post
    "post in": (ORG_NS + "postIn", False),
    "part of": (ORG_NS + "subOrganizationOf", False),
    "organized": (KG_NS + "organizer", True),
    "chaired": (None, True),  # read off the participations (kg:participationRole)
    "addressed": (None, True),
    "attended": (None, True),
    "gave": (KG_NS + "giver", True),
    "received": (KG_NS + "recipient", False),
    "issued": (KG_NS + "issuer", True),
    "cites": (None, False),  # a meeting's schema:citation; an article's: the documents quoted from it
}
class ViewTooLarge(ValueError):
    """A view with more nodes than a browser can lay out (the message suggests a focus)."""


def _v(term: object) -> str:
    return getattr(term, "value", "") if term is not None else ""


def _pairs(store: OxigraphStore, predicate: str) -> list[tuple[str, object]]:
    """(subject, object term) for one predicate, each pair once: simple patterns
    keep the engine fast on any store size; the joining happens here. Sorted, so
    that where a node has two values the one kept is the same on every store
    (engines answer in different orders: Oxigraph's and Virtuoso's)."""
    q = f"SELECT DISTINCT ?s ?o WHERE {{ ?s <{predicate}> ?o }}"
    return sorted(((r["s"].value, r["o"]) for r in store.query(q)), key=lambda p: (p[0], str(p[1])))


def _first(values: dict[str, str], x: str) -> str:
    return values.get(x, "")


def project(store: OxigraphStore) -> nx.MultiDiGraph:
    """The store as a networkx graph: persons, posts, organizations, meetings,
    awards, documents and articles, with their relations as labelled edges."""
    subclass = _pairs(store, SUBCLASS)
    kinds = {s: s.rsplit("#", 1)[-1] for s, o in subclass if o.value == KG_NS + "Organization"}
    # an organization and a meeting are typed with their kind only, a post by its role
    classes = {**_CLASSES, **{k: "Organization" for k in kinds},
               **{s: "Meeting" for s, o in subclass if o.value == KG_NS + "Meeting"}}
    meeting_en = {}
    label_vi: dict[str, str] = {}
    label_en: dict[str, str] = {}
    for x, o in _pairs(store, RDFS_LABEL):
        lang = getattr(o, "language", None)
        if lang == "en":
            label_en.setdefault(x, o.value)
        elif lang == "vi":
            label_vi.setdefault(x, o.value)
    cls_of: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    doc_kinds = set()
    for x, o in _pairs(store, RDF_TYPE):
        t = o.value
        if t == KG_NS + "DocumentKind":
            doc_kinds.add(x)
        if t in classes and x not in cls_of:
            cls_of[x] = classes[t]
        if t in kinds:
            kind_of[x] = kinds[t]
        if t.startswith(KG_NS) and t != KG_NS + "Meeting" and t in label_en and x not in meeting_en:
            meeting_en[x] = label_en[t]

    def values(pred: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for x, o in _pairs(store, pred):
            out.setdefault(x, o.value)
        return out

    # a post, an award and a document are not typed: their role, award kind, document kind say it
    for pred, cls in ((ORG_NS + "role", "Post"), (KG_NS + "awardKind", "Award"), (KG_NS + "documentKind", "Document")):
        for x, _ in _pairs(store, pred):
            cls_of.setdefault(x, cls)
    cls_of = dict(sorted(cls_of.items()))  # the nodes in one order, whatever said their class
    name, canon, gloss = values(FOAF_NAME), values(KG_NS + "canonicalName"), values(KG_NS + "englishGloss")
    headline, source_file = values(SCHEMA_NS + "headline"), values(KG_NS + "sourceFile")
    date = {**values(SCHEMA_NS + "dateCreated"), **values(SCHEMA_NS + "datePublished"),
            **values(SCHEMA_NS + "startDate")}
    url, province = values(SCHEMA_NS + "url"), values(KG_NS + "province")
    # a person node's province is its article's
    q = (f"SELECT DISTINCT ?p ?pv WHERE {{ GRAPH ?a {{ ?p a <{KG_NS}Person> . ?a <{KG_NS}province> ?pv }} }}")
    for p, pv in sorted((r["p"].value, r["pv"].value) for r in store.query(q)):
        province.setdefault(p, pv)
    award_kind = values(KG_NS + "awardKind")
    doc_kind, doc_number = values(KG_NS + "documentKind"), values(KG_NS + "documentNumber")
    # a document kind's English label, from the vocabulary
    doc_kind_en = {label_vi[k]: label_en[k] for k in doc_kinds if k in label_vi and k in label_en}

    # a person node stands for its official (kg/officials.py): the person nodes of one
    # official (minted per province, or per article of no province) are one node here
    official = {x: o.value for x, o in _pairs(store, KG_NS + "official") if cls_of.get(x) == "Person"}
    one = official.get

    g = nx.MultiDiGraph()  # a person may both attend and address one meeting
    for x, cls in cls_of.items():
        node = official.get(x, x)
        if node in g:
            continue
        kind = kind_of.get(x, cls)
        shown = _ORG_GROUP.get(kind, "Party body") if cls == "Organization" else cls
        if cls == "Person":
            vi, en = (label_vi.get(node) if node != x else None) or _first(name, x), ""
        elif cls == "Organization":
            vi, en = _first(canon, x), _first(gloss, x)
        elif cls == "Article":
            vi, en = _first(headline, x), _first(source_file, x)
        elif cls == "Meeting":
            vi, en = _first(label_vi, x), meeting_en.get(x, "")
        elif cls == "Award":
            vi, en = _first(label_vi, x), _first(label_en, award_kind.get(x, ""))
        elif cls == "Document":  # its kind (labelled in the vocabulary) and number
            dkind, number = _first(doc_kind, x), _first(doc_number, x)
            vi = f"{dkind} số {number}" if dkind else ""
            en = f"{doc_kind_en[dkind]} No. {number}" if dkind in doc_kind_en else ""
        else:
            vi, en = _first(label_vi, x), _first(label_en, x)
        g.add_node(node, cls=shown, vi=vi or x.rsplit("/", 1)[-1], en=en, province=_first(label_vi, province.get(x, "")),
                   date=_first(date, x), kind=kind, url=_first(url, x), sources=[])
    member, post = values(ORG_NS + "member"), values(KG_NS + "post")
    derived = _pairs(store, PROV_NS + "wasDerivedFrom") + _pairs(store, PROV_NS + "wasQuotedFrom")
    # a person holds a post through a holding (org:member, kg:post, its sentence; an
    # identity graph's tenure has a member and a post too, but no sentence of its own)
    stated = {fact for fact, _ in derived}
    shortcuts: dict[str, list[tuple[str, str]]] = {
        "holds": sorted({(p, post[h]) for h, p in member.items() if h in stated and h in post})}
    # a meeting's chair, speakers and attendees: its participations
    at, who = values(KG_NS + "atMeeting"), values(KG_NS + "participant")
    as_label = {"chair": "chaired", "speaker": "addressed", "attendee": "attended"}
    for part, role in _pairs(store, KG_NS + "participationRole"):
        if part in at and part in who and role.value in as_label:
            shortcuts.setdefault(as_label[role.value], []).append((at[part], who[part]))
    shortcuts["cites"] = [(a, o.value) for a, o in _pairs(store, SCHEMA_NS + "citation")]
    shortcuts["cites"] += [(s.value.rsplit("/sentence/", 1)[0], d)
                           for d, s in _pairs(store, PROV_NS + "wasQuotedFrom")]
    for label, (pred, backwards) in _EDGES.items():
        pairs = sorted(set(shortcuts.get(label, []))) if pred is None else \
            [(a, o.value) for a, o in _pairs(store, pred)]
        for a, o in pairs:
            a, b = one(a, a), one(o, o)
            if backwards:
                a, b = b, a
            if a in g and b in g and label not in {d["label"] for d in (g.get_edge_data(a, b) or {}).values()}:
                g.add_edge(a, b, label=label)  # once: an official's nodes may state it twice
    # meetings and awards are reported by articles; facts come from sentences
    text = values(KG_NS + "text")
    sources: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for fact, o in derived:
        sentence = o.value
        art = sentence.rsplit("/sentence/", 1)[0]  # a sentence's IRI is its article's and its index
        item = (text.get(sentence, ""), art)
        m = member.get(fact)
        for x in (fact, one(m, m) if m else None, post.get(fact)):
            if x:
                sources[x].add(item)
        if fact in g and art in g and g.nodes[fact]["cls"] in ("Meeting", "Award"):
            if not g.has_edge(art, fact):
                g.add_edge(art, fact, label="reports")
    for x, items in sources.items():
        if x in g:
            g.nodes[x]["sources"] = sorted(items)[:8]
    for x, d in g.nodes(data=True):
        if d["cls"] == "Award" and not d["date"]:
            arts = [a for _, a in d["sources"]]
            d["date"] = date.get(arts[0], "") if arts else ""
            d["province"] = d["province"] or (_first(label_vi, province.get(arts[0], "")) if arts else "")
        if d["cls"] == "Post" and not d["province"]:
            bodies = [b for _, b, e in g.out_edges(x, data="label") if e == "post in"]
            d["province"] = g.nodes[bodies[0]]["province"] if bodies else ""
        if d["cls"] == "Meeting" and not d["province"]:
            orgs = [a for a, _, e in g.in_edges(x, data="label") if e == "organized"]
            d["province"] = g.nodes[orgs[0]]["province"] if orgs else ""
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
