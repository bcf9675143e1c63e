"""Same answers from two versions of kg: build one corpus with each, then compare
every named query, filtered queries, and the views and commands (kg person, kg post,
kg stats, the render's projection, kg export's round trip) row by row.

    python bench/lean_check.py --old /tmp/old-kg CORPUS [CORPUS ...]

--old is a checkout of the other version (e.g. `git archive REV | tar -x -C DIR`);
this tree is the new one. Stores go under bench/work/lean/. Prints, per corpus,
quads per article graph for each version, the build time of each, and every
answer that differs (exit status 1 if any does).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work" / "lean"

# Run inside a tree (cwd = the tree, so its kg is imported): prints every answer as JSON.
DUMP = r'''
import json, sys, tempfile
from pathlib import Path
from click.testing import CliRunner
from kg.cli import main
from kg.store import open_store

store = sys.argv[1]
out = {}
runner = CliRunner()

def run(*args):
    r = runner.invoke(main, [*args, "--store", store])
    return r.output if r.exit_code == 0 else f"EXIT {r.exit_code}: {r.output}{r.exception!r}"

def rows(*args):
    text = run("query", *args, "--format", "csv")
    lines = text.splitlines()
    return lines[:1] + sorted(lines[1:])

queries = sorted(p.stem for p in Path("queries").glob("*.rq"))
for q in queries:
    out["query " + q] = rows(q)
pos = rows("positions")
names = sorted({l.split(",")[0].strip('"') for l in pos[1:]})
step = max(1, len(names) // 25)
sample = names[::step][:25]
for n in sample:
    out["person " + n] = run("person", n, "--format", "json")
    out["positions --person " + n] = rows("positions", "--person", n)
    out["meetings --person " + n] = rows("meetings", "--person", n)
    out["awards --person " + n] = rows("awards", "--person", n)
    out["tenures " + n] = rows("tenures", "--param", f"name={n}")
for t in ("Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh", "Giám đốc Sở",
          "Trưởng Ban Tổ chức", "Bí thư Huyện ủy", "Chủ tịch"):
    out["post " + t] = run("post", t, "--format", "json")
    out["post-holders " + t] = rows("post-holders", "--param", f"title={t}")
for p in ("Tuyên Quang", "Hà Giang", "Yên Bái", "TP.HCM", "Hà Nội"):
    for q in ("positions", "meetings", "awards", "documents", "figures"):
        out[f"{q} --province {p}"] = rows(q, "--province", p)
for b in ("Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân", "Tỉnh ủy"):
    for q in ("positions", "meetings", "awards", "documents", "figures"):
        out[f"{q} --body {b}"] = rows(q, "--body", b)
out["awards --kind Bằng khen"] = rows("awards", "--kind", "Bằng khen")
out["documents --kind Nghị quyết"] = rows("documents", "--kind", "Nghị quyết")
out["meetings --from 2021 --to 2022"] = rows("meetings", "--from", "2021", "--to", "2022")
out["figures --from 2020"] = rows("figures", "--from", "2020")
out["stats"] = run("stats", "--format", "json", "--top", "30")

from kg.views import project
s = open_store(store, read_only=True)
g = project(s)
out["render nodes"] = sorted(json.dumps([n, {k: v for k, v in d.items()}], ensure_ascii=False, sort_keys=True)
                             for n, d in g.nodes(data=True))
out["render edges"] = sorted(f"{a} {d['label']} {b}" for a, b, d in g.edges(data=True))
s.close()
for n in sample[:5]:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "p.html"
        r = runner.invoke(main, ["render", "--store", store, "--focus", n, "-o", str(page)])
        out["render --focus " + n] = r.exit_code

# the export, loaded back into a store, answers the queries as the store did
with tempfile.TemporaryDirectory() as tmp:
    dump = Path(tmp) / "all.nq"
    r = runner.invoke(main, ["export", "--store", store, "--format", "nquads", "-o", str(dump)])
    if r.exit_code == 0:
        from kg.store import OxigraphStore
        back = Path(tmp) / "back"
        import pyoxigraph as ox
        st = ox.Store(str(back))
        st.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        st.flush()
        del st
        saved = store
        store = str(back)
        for q in queries:
            out["export→query " + q] = rows(q) == out["query " + q]
        store = saved
    else:
        out["export"] = r.output
print(json.dumps(out, ensure_ascii=False))
'''

QUADS = r'''
import sys, collections
import pyoxigraph as ox
s = ox.Store.read_only(sys.argv[1])
n, graphs = 0, set()
for q in s.quads_for_pattern(None, None, None, None):
    g = q.graph_name
    if isinstance(g, ox.NamedNode) and "/id/article/" in g.value:
        graphs.add(g.value)
        n += 1
print(n, len(graphs))
'''


def build(tree: Path, corpus: Path, store: Path) -> float:
    """Build `corpus` into `store` with the kg of `tree`; the seconds it took."""
    shutil.rmtree(store, ignore_errors=True)
    out = store.with_name(store.name + "-out")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--out", str(out)],
                   cwd=tree, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def dump(tree: Path, store: Path) -> dict:
    """Every answer of the kg of `tree` on `store`."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    r = subprocess.run([sys.executable, "-c", DUMP, str(store)], cwd=tree, env=env, check=True,
                       capture_output=True, text=True)
    return json.loads(r.stdout)


def quads(store: Path) -> tuple[int, int]:
    """Quads in the article graphs, and the number of article graphs."""
    r = subprocess.run([sys.executable, "-c", QUADS, str(store)], check=True, capture_output=True, text=True)
    n, a = r.stdout.split()
    return int(n), int(a)


def compare(old: dict, new: dict) -> list[str]:
    """The answers that differ (or are missing on one side)."""
    bad = []
    for k in sorted(set(old) | set(new)):
        if old.get(k) != new.get(k):
            bad.append(k)
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--old", type=Path, required=True, help="a checkout of the other version of kg")
    ap.add_argument("--show", type=int, default=3, help="differing rows shown per answer")
    args = ap.parse_args()
    failed = False
    for corpus in args.corpora:
        name = corpus.resolve().name
        print(f"== {corpus}")
        answers = {}
        for label, tree in (("old", args.old.resolve()), ("new", ROOT)):
            store = WORK / f"{name}-{label}"
            secs = build(tree, corpus.resolve(), store)
            n, a = quads(store)
            print(f"  {label}: build {secs:6.1f} s, {n:,} quads in {a:,} article graphs ({n / max(a, 1):.1f} per article)")
            answers[label] = dump(tree, store)
        bad = compare(answers["old"], answers["new"])
        same = len(answers["old"]) - len([k for k in bad if k in answers["old"]])
        print(f"  answers compared: {len(answers['old'])}, equal: {same}, different: {len(bad)}")
        for k in bad:
            failed = True
            o, n = answers["old"].get(k), answers["new"].get(k)
            print(f"  DIFFERS: {k}")
            if isinstance(o, list) and isinstance(n, list):
                only_o, only_n = sorted(set(o) - set(n)), sorted(set(n) - set(o))
                for r in only_o[: args.show]:
                    print(f"    old only: {r[:300]}")
                for r in only_n[: args.show]:
                    print(f"    new only: {r[:300]}")
                if len(o) != len(n):
                    print(f"    rows: old {len(o)}, new {len(n)}")
            else:
                print(f"    old: {str(o)[:300]}\n    new: {str(n)[:300]}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
