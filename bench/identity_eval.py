"""Score kg's cross-article identity against the hand-labelled set of
tests/data/identity/ (79 names, 186 persons, 1,009 (article, name) mentions of
the 2017 corpus; see its NOTES.md).

    python3 bench/identity_eval.py --corpus /tmp/corpus/baomoi-2017
    python3 bench/identity_eval.py --corpus ../shared/corpus/baomoi-2017.tar.gz -v
    python3 bench/identity_eval.py --store /tmp/ideval/store   # a store built from them

The labelled articles are copied out of the corpus (folder or tarball) into a
temporary folder and built (`kg build`) into a temporary store (`--keep DIR`
keeps it; `--store DIR` scores a store already built from them, e.g. after
`kg resolve`). For each labelled mention, kg's person node of that name in that
article's graph and its kg:official are looked up; a mention with no such node
is *not found* (extraction recall, not identity) and left out of the pairs.

Pairwise, over the pairs of found mentions of one name: kg joins a pair when
both map to one official; the gold joins it when both are one person id.
Precision = pairs both join / pairs kg joins; recall = pairs both join / pairs
the gold joins. Namesake pairs: of the gold pairs of different persons of one
name, how many kg keeps apart. The same figures for the person nodes alone (no
identity layer: one node per name and article province, per article where the
province is unknown) are shown beside.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = ROOT / "tests" / "data" / "identity" / "labels.json"
IDENTITY_GRAPH = "https://w3id.org/kgvn/graph/identity"

sys.path.insert(0, str(HERE))
from heldout_eval import _copy_articles  # noqa: E402


@dataclass(frozen=True)
class Gold:
    """One labelled mention: a name in an article, the person it is, the posts stated there."""

    article: str
    name: str
    person: str
    posts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Found:
    """kg's reading of one mention: its person node, official and posts there (None: no node)."""

    node: str | None = None
    official: str | None = None
    posts: tuple[str, ...] = ()
    article: str | None = None  # the article graph's IRI


@dataclass
class Score:
    """Pairwise counts over the pairs of mentions of one name."""

    both: int = 0  # joined by kg and by the gold
    kg_only: int = 0  # wrong joins
    gold_only: int = 0  # missed joins
    namesakes: int = 0  # gold pairs of different persons
    namesakes_apart: int = 0  # … that kg keeps apart
    wrong: list[tuple[Gold, Gold]] = field(default_factory=list)
    missed: list[tuple[Gold, Gold]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.both / (self.both + self.kg_only) if self.both + self.kg_only else 1.0

    @property
    def recall(self) -> float:
        return self.both / (self.both + self.gold_only) if self.both + self.gold_only else 1.0


def load_labels(path: Path = LABELS) -> list[Gold]:
    """The labelled mentions of persons (not the `not_person` entries)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Gold(m["article"], p["name"], p["id"], tuple(m.get("posts", ())))
            for p in data["persons"] for m in p["mentions"]]


def articles_of(path: Path = LABELS) -> set[str]:
    """Every article the labels name (persons and not_person)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return ({m["article"] for p in data["persons"] for m in p["mentions"]}
            | {x["article"] for x in data.get("not_person", ())})


def score(pairs_of: dict[Gold, str | None]) -> Score:
    """Pairwise scores: `pairs_of` maps each found mention to kg's cluster (an
    official, or a node); mentions mapped to None are left out. Only mentions of
    one name are paired."""
    by_name: dict[str, list[Gold]] = defaultdict(list)
    for g, cluster in pairs_of.items():
        if cluster is not None:
            by_name[g.name].append(g)
    s = Score()
    for name in sorted(by_name):
        for a, b in combinations(sorted(by_name[name], key=lambda g: g.article), 2):
            gold, kg = a.person == b.person, pairs_of[a] == pairs_of[b]
            if gold and kg:
                s.both += 1
            elif kg:
                s.kg_only += 1
                s.wrong.append((a, b))
            elif gold:
                s.gold_only += 1
                s.missed.append((a, b))
            if not gold:
                s.namesakes += 1
                s.namesakes_apart += not kg
    return s


def read_store(store_dir: Path) -> dict[tuple[str, str], list[Found]]:
    """(article stem, name key) → kg's person nodes of that name in that article,
    with their official and posts."""
    from kg.identity import key
    from kg.store import open_store

    q = f"""PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
    PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?a ?file ?p ?name ?o ?label WHERE {{
      GRAPH ?a {{ ?a kg:sourceFile ?file . ?p a kg:Person ; foaf:name ?name .
        OPTIONAL {{ ?h org:member ?p ; kg:post ?x . ?x rdfs:label ?label . FILTER(lang(?label) = "vi") }} }}
      OPTIONAL {{ GRAPH <{IDENTITY_GRAPH}> {{ ?p kg:official ?o }} }} }}"""
    store = open_store(store_dir, read_only=True)
    try:
        nodes: dict[tuple[str, str, str], tuple[str | None, set[str], str]] = {}
        for r in store.query(q):
            stem = Path(r["file"].value).stem
            k = (stem, key(r["name"].value), r["p"].value)
            official = r["o"].value if r["o"] is not None else None
            entry = nodes.setdefault(k, (official, set(), r["a"].value))
            if r["label"] is not None:
                entry[1].add(r["label"].value)
    finally:
        store.close()
    out: dict[tuple[str, str], list[Found]] = defaultdict(list)
    for (stem, name, node), (official, posts, article) in sorted(nodes.items()):
        out[(stem, name)].append(Found(node, official, tuple(sorted(posts)), article))
    return out


def per_article(store_dir: Path, unplaced_only: bool = False) -> dict[tuple[str, str], str]:
    """What kg.identity would decide if a person node were minted per article (not per
    name and article province; with `unplaced_only`, only in articles of no province):
    (article IRI, person node) → official. A what-if, to tell the wrong joins the
    person nodes make from those the identity layer makes."""
    from dataclasses import replace

    from kg.identity import decide
    from kg.officials import read
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    try:
        mentions = read(store)[0]
    finally:
        store.close()
    split = [m if unplaced_only and m.province else replace(m, person=f"{m.person}@{m.article}")
             for m in mentions]
    articles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        articles[m.person].add(m.article)
    out = {}
    for i, o in enumerate(decide(split).officials):
        for p in o.persons:
            node, _, article = p.partition("@")
            for a in [article] if article else articles[node]:
                out[(a, node)] = f"{o.name}#{i}"
    return out


def match(gold: list[Gold], kg: dict[tuple[str, str], list[Found]]) -> dict[Gold, Found]:
    """kg's reading of each labelled mention (Found() when kg has no node of that
    name in that article; the first node by IRI when it has several)."""
    from kg.identity import key

    return {g: (kg.get((g.article, key(g.name))) or [Found()])[0] for g in gold}


def build(articles: set[str], corpus: Path, workdir: Path) -> Path:
    """Copy the articles out of the corpus and `kg build` them; return the store."""
    arts, store = workdir / "articles", workdir / "store"
    arts.mkdir(parents=True, exist_ok=True)
    missing = _copy_articles(corpus, articles, arts)
    if missing:
        raise SystemExit(f"identity_eval: not in the corpus: {', '.join(missing)}")
    cmd = [sys.executable, "-m", "kg", "build", str(arts), "--store", str(store), "--out", str(workdir / "out")]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"identity_eval: kg build failed:\n{done.stderr}")
    return store


def report(gold: list[Gold], found: dict[Gold, Found], verbose: bool = False,
           what_if: dict[str, dict[tuple[str, str], str]] | None = None) -> dict:
    """Print the figures (and with `verbose` the wrong and missed joins); return them.
    `what_if`: a description → officials decided with other person nodes (see per_article)."""
    hit = {g: f for g, f in found.items() if f.node is not None}
    ident = score({g: (f.official if g in hit else None) for g, f in found.items()})
    nodes = score({g: (f.node if g in hit else None) for g, f in found.items()})
    in_node = sum(found[a].node == found[b].node for a, b in ident.wrong)
    persons = {g.person for g in gold}
    out = {
        "names": len({g.name for g in gold}), "persons": len(persons), "mentions": len(gold),
        "found": len(hit), "not_found": len(gold) - len(hit),
        "precision": round(ident.precision, 4), "recall": round(ident.recall, 4),
        "pairs_gold": ident.both + ident.gold_only, "pairs_kg": ident.both + ident.kg_only,
        "wrong_pairs": ident.kg_only, "missed_pairs": ident.gold_only,
        "namesake_pairs": ident.namesakes, "namesake_pairs_apart": ident.namesakes_apart,
        "wrong_pairs_in_one_node": in_node,
        "nodes_precision": round(nodes.precision, 4), "nodes_recall": round(nodes.recall, 4),
    }
    print(f"labelled: {out['names']} names, {out['persons']} persons, {out['mentions']} mentions")
    print(f"found by kg (a person node of that name in that article): {out['found']}; "
          f"not found: {out['not_found']} (extraction recall, not identity)")
    print(f"identity (officials): P {ident.precision:.3f}  R {ident.recall:.3f}  "
          f"({ident.both} pairs right, {ident.kg_only} wrong joins, {ident.gold_only} missed joins; "
          f"{out['pairs_gold']} gold pairs)")
    print(f"  wrong joins: {in_node} pairs inside one person node (kg.resolve mints one per name and "
          f"article province, one per article where the province is unknown), {ident.kg_only - in_node} across nodes the identity layer joined")
    print(f"person nodes alone:   P {nodes.precision:.3f}  R {nodes.recall:.3f}  (no identity layer)")
    for what, officials in (what_if or {}).items():
        w = score({g: (officials.get((f.article or "", f.node or "")) if g in hit else None)
                   for g, f in found.items()})
        out.setdefault("what_if", {})[what] = {"precision": round(w.precision, 4), "recall": round(w.recall, 4)}
        print(f"what if a person node were minted per {what}: P {w.precision:.3f}  R {w.recall:.3f}  "
              f"(namesake pairs kept apart: {w.namesakes_apart} of {w.namesakes})")
    print(f"namesake pairs kept apart: {ident.namesakes_apart} of {ident.namesakes}")
    if verbose:
        _explain(gold, found, ident)
    return out


def _line(g: Gold, f: Found) -> str:
    official = f.official.rsplit("/", 1)[-1] if f.official else "-"
    return f"    {g.article}  {official}  kg: {'; '.join(f.posts) or '(no post)'}  | gold: {'; '.join(g.posts) or '-'}"


def _explain(gold: list[Gold], found: dict[Gold, Found], s: Score) -> None:
    """The wrong joins (an official holding mentions of several gold persons) and the
    missed ones (a gold person split over several officials), mention by mention."""
    hit = [g for g in gold if found[g].node is not None]
    by_official: dict[str, list[Gold]] = defaultdict(list)
    by_person: dict[str, list[Gold]] = defaultdict(list)
    for g in hit:
        by_official[found[g].official or found[g].node or ""].append(g)
        by_person[g.person].append(g)
    print(f"\nwrong joins ({s.kg_only} pairs): officials holding mentions of several persons")
    for official, gs in sorted(by_official.items()):
        if len({g.person for g in gs}) > 1:
            print(f"  {gs[0].name}: {official.rsplit('/', 1)[-1]}")
            for g in sorted(gs, key=lambda g: (g.person, g.article)):
                print(f"   [{g.person}]")
                print(_line(g, found[g]))
    print(f"\nmissed joins ({s.gold_only} pairs): persons split over several officials")
    for person, gs in sorted(by_person.items()):
        if len({found[g].official for g in gs}) > 1:
            print(f"  {gs[0].name} [{person}]")
            for g in sorted(gs, key=lambda g: (found[g].official or "", g.article)):
                print(_line(g, found[g]))
    missing = [g for g in gold if found[g].node is None]
    print(f"\nnot found ({len(missing)}):")
    for g in sorted(missing, key=lambda g: (g.name, g.article)):
        print(f"    {g.article}  {g.name} [{g.person}]  gold: {'; '.join(g.posts) or '-'}")


def _score_store(gold: list[Gold], store: Path, verbose: bool) -> dict:
    what_if = {"article": per_article(store),
               "article when the article has no province": per_article(store, unplaced_only=True)}
    return report(gold, match(gold, read_store(store)), verbose, what_if)


def main(argv: list[str] | None = None) -> int:
    """Build the labelled articles (or take --store), score, print."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="the unpacked baomoi-2017 folder, or baomoi-2017.tar.gz")
    ap.add_argument("--store", type=Path, help="a store already built from the labelled articles")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep it (articles, store)")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--name", action="append", help="only this name (repeatable)")
    ap.add_argument("--json", action="store_true", help="the figures as JSON on the last line")
    ap.add_argument("-v", action="store_true", help="every wrong and missed join, and the mentions not found")
    args = ap.parse_args(argv)
    gold = load_labels(args.labels)
    articles = articles_of(args.labels)
    if args.name:
        gold = [g for g in gold if g.name in args.name]
        articles = {g.article for g in gold}
    if args.store:
        store = args.store
    elif args.corpus is None or not args.corpus.exists():
        print("identity_eval: give --corpus (folder or tarball) or --store", file=sys.stderr)
        return 1
    elif args.keep:
        store = build(articles, args.corpus, args.keep)
    if args.store or args.keep:
        out = _score_store(gold, store, args.v)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = _score_store(gold, build(articles, args.corpus, Path(tmp)), args.v)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
