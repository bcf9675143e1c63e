"""The glosses graph: each organization's English gloss, once for the whole store.

A gloss is a function of the organization's canonical name, so an article graph
that repeated it said nothing new (about 11 quads per article). Every article
that names a body adds its gloss here (adding a quad that is there already
changes nothing); when an article is re-read or dropped, a body no article names
any more loses its gloss, so the graph holds what the article graphs say and no
more — the replace-on-change of article graphs stays exact.
"""

from __future__ import annotations

from typing import Any, Iterable

from kg.iris import GLOSS_GRAPH, KG

_G = f"<{GLOSS_GRAPH}>"
_CHUNK = 400  # IRIs per query or update: well under any server's request size


def named_orgs(store: Any, articles: Iterable[str]) -> list[str]:
    """The organizations these article graphs name (by their canonical name)."""
    graphs = sorted(set(articles))
    out: set[str] = set()
    for k in range(0, len(graphs), _CHUNK):
        values = " ".join(f"<{g}>" for g in graphs[k:k + _CHUNK])
        q = (f"SELECT DISTINCT ?o WHERE {{ VALUES ?g {{ {values} }} "
             f"GRAPH ?g {{ ?o <{KG}canonicalName> ?n }} }}")
        out.update(r["o"].value for r in store.query(q))
    return sorted(out)


def prune_glosses(store: Any, orgs: Iterable[str] | None = None) -> None:
    """Drop the gloss of each of `orgs` (default: every glossed organization) that
    no graph names any more. Runs on a store that takes SPARQL updates."""
    run = getattr(store, "update_sparql", None) or getattr(store, "run_update", None)
    if run is None:
        return
    if orgs is None:
        run(f"DELETE {{ GRAPH {_G} {{ ?o <{KG}englishGloss> ?e }} }} WHERE {{ GRAPH {_G} {{ ?o <{KG}englishGloss> ?e }} "
            f"FILTER NOT EXISTS {{ GRAPH ?a {{ ?o <{KG}canonicalName> ?n }} }} }}")
        return
    todo = sorted(set(orgs))
    for k in range(0, len(todo), _CHUNK):
        values = " ".join(f"<{o}>" for o in todo[k:k + _CHUNK])
        run(f"DELETE {{ GRAPH {_G} {{ ?o <{KG}englishGloss> ?e }} }} WHERE {{ VALUES ?o {{ {values} }} "
            f"GRAPH {_G} {{ ?o <{KG}englishGloss> ?e }} FILTER NOT EXISTS {{ GRAPH ?a {{ ?o <{KG}canonicalName> ?n }} }} }}")


__all__ = ["GLOSS_GRAPH", "named_orgs", "prune_glosses"]
