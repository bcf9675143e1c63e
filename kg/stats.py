"""Figures about the graph: counts per class and province, the most connected
officials and bodies (degree and betweenness), and the organization hierarchy."""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from kg.store import OxigraphStore
from kg.views import project

# inside each article graph, which names both bodies: through the union of all graphs
# each body's name stands once per article, and the join grows with the square
_HIERARCHY = """PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?child ?cn ?parent ?pn WHERE { GRAPH ?g {
  ?child org:subOrganizationOf ?parent . ?child kg:canonicalName ?cn . ?parent kg:canonicalName ?pn } }"""


def stats(store: OxigraphStore, top: int = 10) -> dict:
    """Counts, centrality and hierarchy of the store's graph."""
    g = project(store)
    by_class = Counter(d["cls"] for _, d in g.nodes(data=True))
    by_province: dict[str, Counter] = defaultdict(Counter)
    for _, d in g.nodes(data=True):
        by_province[d["province"] or "(unknown)"][d["cls"]] += 1
    und = nx.Graph(g.to_undirected())
    degree = dict(und.degree())
    between = nx.betweenness_centrality(und, k=min(500, len(und)) or None, seed=0) if len(und) else {}

    def ranked(classes: set[str]) -> list[dict]:
        xs = [x for x, d in g.nodes(data=True) if d["cls"] in classes]
        xs.sort(key=lambda x: (-degree.get(x, 0), -between.get(x, 0), g.nodes[x]["vi"]))
        return [{"name": g.nodes[x]["vi"], "province": g.nodes[x]["province"], "degree": degree.get(x, 0),
                 "betweenness": round(between.get(x, 0.0), 4)} for x in xs[:top]]

    children: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for r in store.query(_HIERARCHY):
        children[r["parent"].value].add(r["child"].value)
        names[r["parent"].value], names[r["child"].value] = r["pn"].value, r["cn"].value
    child_set = {c for cs in children.values() for c in cs}

    def tree(x: str, seen: frozenset[str] = frozenset()) -> dict:
        kids = sorted((c for c in children.get(x, ()) if c not in seen), key=lambda c: names[c])
        return {"name": names[x], "parts": [tree(c, seen | {x}) for c in kids]}

    roots = sorted((x for x in children if x not in child_set), key=lambda x: names[x])
    return {
        "classes": dict(sorted(by_class.items())),
        "provinces": {p: dict(sorted(c.items())) for p, c in sorted(by_province.items())},
        "officials": ranked({"Person"}),
        "bodies": ranked({"Party body", "State body", "Mass organization"}),
        "hierarchy": [tree(r) for r in roots],
    }


def format_text(s: dict) -> str:
    """The statistics as text for people."""
    out = ["Nodes by class:"]
    out += [f"  {cls:<18} {n:>7,}" for cls, n in s["classes"].items()]
    out.append("By province:")
    for p, c in s["provinces"].items():
        out.append(f"  {p:<18} " + ", ".join(f"{n} {cls.lower()}" for cls, n in c.items()))
    for title, key in (("Most connected officials", "officials"), ("Most connected bodies", "bodies")):
        out.append(f"{title} (degree, betweenness):")
        out += [f"  {r['degree']:>4}  {r['betweenness']:.4f}  {r['name']}" + (f" ({r['province']})" if r["province"] else "")
                for r in s[key]]
    out.append("Organization hierarchy:")

    def walk(node: dict, depth: int) -> None:
        out.append("  " + "  " * depth + ("└ " if depth else "") + node["name"])
        for part in node["parts"]:
            walk(part, depth + 1)

    for root in s["hierarchy"]:
        walk(root, 0)
    return "\n".join(out)
