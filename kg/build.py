"""Build: articles → facts → RDF → store, incrementally.

An article whose content hash is already in the store is skipped; a changed
one replaces its own named graph; a new one adds one. Nothing else is touched.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from rdflib import URIRef

from kg.article import MAX_BYTES, TOO_BIG, ArticleError, read_article
from kg.extract.pipeline import extract_facts
from kg.iris import BASE, GLOSS_GRAPH, KG, ONTOLOGY_GRAPH, article_iri
from kg.officials import BASIS_PREFIX, moved_basis
from kg.officials import basis as identity_basis
from kg.officials import unmark as unmark_identity
from kg.officials import refresh as refresh_identity
from kg.officials import name_keys, stored_basis
from kg.officials import update as update_identity
from kg.glosses import named_orgs, prune_glosses
from kg.rdf import article_triples, file_hash, vocabulary_graph
from kg.summaries import invalidate as invalidate_summaries
from kg.summaries import is_current as summaries_current
from kg.summaries import recompute as recompute_summaries
from kg.summaries import before as summaries_before
from kg.summaries import POST_INDEX
from kg.summaries import update as update_summaries
from kg.store import SPOOL_PREFIX, SUMMARY_GRAPH, Store

SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class BuildReport:
    """What a build did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    identity: Any = None  # the identity graph's recomputation (kg.officials.Refresh), if it ran

    @property
    def read(self) -> int:
        return self.added + self.updated + self.unchanged


def article_id(path: Path, root: Path | None = None) -> str:
    """An article's identity: its path from the folder it was found in, led by that
    folder's own name, without the suffix ("scrape/2021/01/index" for
    scrape/2021/01/index.html under `kg build scrape`). A file given by itself is
    named as if its folder had been given ("seeds/001_x" for seeds/001_x.txt).
    So two index.html of one scrape never merge, the same file gets the same id
    from any working directory, and the id ends with the file's stem (the eval
    contract)."""
    if root is None:
        root = path.parent
    rel = path.relative_to(root) if root != path else Path(path.name)
    top = Path(os.path.abspath(root)).name or "articles"  # "." and "/" have a name too
    return "/".join((top, *rel.with_suffix("").parts))


def discover(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, str]], list[tuple[str, str]]]:
    """Article files under the given files and folders (recursive, sorted), each
    with its :func:`article_id`, and the paths that could not be used, with the
    reason."""
    files: list[tuple[Path, str]] = []
    problems: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = []
            for root, dirs, names in os.walk(p, onerror=lambda e: problems.append((e.filename, e.strerror))):
                dirs.sort()
                found += [Path(root) / n for n in names if n.lower().endswith(SUFFIXES)]
            files += [(f, article_id(f, p)) for f in sorted(found)]
        elif p.is_file():
            files.append((p, article_id(p)))
        else:
            problems.append((str(p), "no such file or folder"))
    regular = []
    for f, ident in files:
        try:
            # one lstat a file: a file that is no link has the same mode by stat, and
            # its real path is its folder's (35,000 stat and resolve took 2 s a discover)
            mode = os.lstat(f).st_mode
            link = stat.S_ISLNK(mode)
            if stat.S_ISREG(f.stat().st_mode if link else mode):
                regular.append((f, ident, link))
            else:  # a FIFO named .txt would block the build forever
                problems.append((str(f), "not a regular file"))
        except OSError as e:  # a dangling link or a symlink loop
            problems.append((str(f), f"cannot read ({e.strerror or e})"))
    folders: dict[str, str] = {}  # a folder → its real path

    def real(f: Path, link: bool) -> str:
        if link:
            return str(f.resolve())
        folder, name = os.path.split(f)
        if folder not in folders:
            folders[folder] = os.path.realpath(folder)
        return os.path.join(folders[folder], name)

    seen: set[str] = set()
    taken: dict[str, Path] = {}
    unique = []
    for f, ident, link in regular:
        r = real(f, link)
        if r in seen:
            continue
        seen.add(r)
        if ident in taken:  # `kg build a/x b/x`: two folders of one name
            problems.append((str(f), f"has the same article id ({ident}) as {taken[ident]}; "
                                     "build the two folders one at a time into different stores, or rename one"))
            continue
        taken[ident] = f
        unique.append((f, ident))
    return unique, problems


_known: dict[str, str] = {}  # article IRI → content hash in the store, for the workers
_spool_fd: int | None = None  # the build's spool, which this process appends its articles to
_spool_lock: Any = None


def _init(known: dict[str, str], spool: Path | None = None, lock: Any = None) -> None:
    global _known, _spool_fd, _spool_lock
    if _spool_fd is not None:
        os.close(_spool_fd)
    _known, _spool_lock = known, lock
    _spool_fd = os.open(spool, os.O_WRONLY | os.O_APPEND) if spool is not None else None


# The cyclic garbage collector's first threshold in a worker: at the default (700
# new objects) it ran ~1,500 times a worker and took 9.7 s of the two workers' ~60 s
# CPU on the 35,190 articles of baomoi-2017 (scanning the tokens the sentence cache
# keeps); at 20,000, 13 times and 0.3 s. Extraction makes almost no reference
# cycles, so running it less often costs no memory.
WORKER_GC_THRESHOLD = 20_000


def _init_worker(known: dict[str, str], spool: Path | None = None, lock: Any = None) -> None:
    """_init for a worker process, whose collector runs less often."""
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    _init(known, spool, lock)


def _append(data: bytes) -> None:
    """Append an article's N-Quads to the spool, whole: the lock keeps the other
    worker's articles from falling in the middle of a short write."""
    with _spool_lock:
        view = memoryview(data)
        while view:
            view = view[os.write(_spool_fd, view):]  # type: ignore[arg-type]


def _work(item: tuple[Path, str]) -> tuple[str, str, str, str | None]:
    """One article (its path and id), start to end: (path, article IRI, status,
    error). Status is "unchanged", "new", "changed" or "failed". The N-Quads go to
    the spool from here: through a pipe to the main process and from there to the
    file, 70 KB an article cost up to a quarter of the extraction."""
    path, ident = item
    iri = str(article_iri(ident))
    try:
        if path.stat().st_size > MAX_BYTES:
            return str(path), iri, "failed", TOO_BIG  # not read into memory at all
        data = path.read_bytes()
    except OSError as e:
        return str(path), iri, "failed", f"cannot read ({e.strerror or e})"
    digest = file_hash(path.name, data)
    old = _known.get(iri)
    if old == digest:
        return str(path), iri, "unchanged", None
    try:
        facts = extract_facts(read_article(path, data, article_id=ident))
    except ArticleError as e:
        return str(path), iri, "failed", str(e).removeprefix(f"{path}: ")
    # bytes: what Oxigraph reads, and half the size of a str of Vietnamese text
    _append(article_triples(facts, digest).nquads(URIRef(iri)).encode("utf-8"))
    return str(path), iri, ("new" if old is None else "changed"), None


BULK_FROM = 200  # new or changed articles: from this many, one bulk load; below, one transaction
# new or changed articles up to which the identity graph is updated for the names they
# touch; above, it is decided again from scratch (cheaper than thousands of names' deletes)
INCREMENTAL_UP_TO = 2000


class _Spool:
    """The N-Quads of a build's new and changed articles, kept on disk until the
    extraction is done: memory stays flat however big the build, and one bulk load
    of everything costs far less than many small ones (each load into a bigger
    store costs more, and leaves it slower to query until it is compacted)."""

    def __init__(self, directory: Path | None) -> None:
        fd, name = tempfile.mkstemp(prefix=SPOOL_PREFIX, suffix=".nq", dir=directory)
        os.close(fd)
        self.path = Path(name)
        self.articles: list[str] = []
        self.replaced: list[str] = []

    def add(self, iri: str, changed: bool) -> None:
        """Record an article a worker spooled."""
        self.articles.append(iri)
        if changed:
            self.replaced.append(iri)

    def load_into(self, store: Store) -> None:
        """Replace the changed articles' graphs and add the new ones."""
        store.drop_graphs(self.replaced)
        if len(self.articles) >= BULK_FROM:
            store.bulk_load_file(self.path, self.articles)
        elif self.articles:
            store.load_articles(self.path.read_bytes())

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def build(paths: Iterable[str | Path], store: Store,
          progress: Callable[[Path], None] | None = None, jobs: int = 1,
          notify: Callable[[str], None] | None = None,
          found: tuple[list[tuple[Path, str]], list[tuple[str, str]]] | None = None) -> BuildReport:
    """Extract every article under `paths` and load it into `store`.

    With `jobs` > 1 articles are read, extracted and mapped in that many worker
    processes. Their N-Quads are spooled to a file beside the store and loaded
    at the end; `notify` hears what happens after the last article is read.
    `found` is what discover(paths) gave, for a caller that has asked already
    (a second walk of 35,000 files cost a second).
    """
    files, problems = found if found is not None else discover(paths)
    report = BuildReport(failed=list(problems))
    torn = store.recover()
    store.replace_graph(ONTOLOGY_GRAPH, vocabulary_graph())
    keeps = hasattr(store, "update_sparql")  # aggregates are kept where kg can update
    if keeps and torn:
        invalidate_summaries(store)
    # a small build asks for its own articles' hashes only
    known = (store.article_hashes() if len(files) > 2000
             else store.article_hashes(str(article_iri(ident)) for _, ident in files))
    spool = _Spool(store.path)
    ctx = multiprocessing.get_context("fork")
    lock = ctx.Lock()
    pool = None
    if jobs > 1 and len(files) > 1:
        pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(known, spool.path, lock))
        results: Iterable = pool.imap(_work, files, chunksize=8)
    else:
        _init(known, spool.path, lock)
        results = map(_work, files)
    try:
        for path, iri, status, error in results:
            if status == "failed":
                report.failed.append((path, error or "unreadable"))
            elif status == "unchanged":
                report.unchanged += 1
            else:
                spool.add(iri, status == "changed")
                if status == "changed":
                    report.updated += 1
                else:
                    report.added += 1
            if progress:
                progress(Path(path))
        if pool is not None:
            pool.close()
        if notify and len(spool.articles) >= BULK_FROM:
            notify(f"loading {len(spool.articles):,} articles into the store")
        # the identity graph is brought up to date by the names these articles touch
        # when it was up to date before them (else it is decided again from scratch).
        # A small build trusts a summed basis mark: it is removed before any article
        # is loaded and written back once identity is decided, so a mark there is the
        # basis of the articles there (reading every hash to check cost 1-4 s at 100k)
        stored = stored_basis(store)
        trusted = (stored is not None and stored.startswith(BASIS_PREFIX) and hasattr(store, "update_sparql")
                   and len(spool.articles) <= INCREMENTAL_UP_TO and not torn)
        hashes: dict[str, str] | None = None
        if trusted:
            before = stored
        else:
            hashes = store.article_hashes()  # every article's: the basis before, and after with the new ones'
            before = identity_basis(store, hashes)
        incremental = (stored == before and hasattr(store, "update_sparql")
                       and len(spool.articles) <= INCREMENTAL_UP_TO)
        touched = name_keys(store, spool.replaced) if incremental else set()
        # what the old texts gave the aggregates, read before they are replaced
        sliced = (keeps and spool.articles and len(spool.articles) <= INCREMENTAL_UP_TO
                  and summaries_current(store))
        old = summaries_before(store, spool.replaced) if sliced else None
        if keeps and spool.articles:
            invalidate_summaries(store)
        glossed = named_orgs(store, spool.replaced) if spool.replaced else []
        if spool.articles and hasattr(store, "update_sparql"):
            # the mark goes before any article loads: whatever kills the build before
            # identity is decided leaves no mark for a small build to trust
            unmark_identity(store)
        spool.load_into(store)
        if glossed or torn:  # a body no article names any more loses its gloss
            prune_glosses(store, None if torn else glossed)
    finally:
        if pool is not None:
            pool.terminate()
        _init({})  # this process's own spool descriptor, if it wrote, is closed
        spool.discard()
    store.flush()
    if hashes is None:  # the trusted basis, moved by the articles replaced and added
        gone = {a: known[a] for a in spool.replaced if a in known}
        now = moved_basis(before, gone, store.article_hashes(spool.articles))
    elif len(spool.articles) <= INCREMENTAL_UP_TO:  # a second read of every hash cost 1-2 s at 35k
        hashes.update(store.article_hashes(spool.articles))
        now = identity_basis(store, hashes)
    else:
        now = identity_basis(store, store.article_hashes())
    if now != stored_basis(store):
        # who is one official is decided again whenever the articles changed (or a
        # killed build left it undecided): an article re-read re-decides every join
        # it took part in. Officials of different names never meet, so after a small
        # build only the names its articles touch are decided again
        if incremental and spool.articles:
            touched |= name_keys(store, spool.articles)
            report.identity = update_identity(store, touched, spool.articles, now)
        else:
            # the aggregates, if they are to be computed again anyway, are computed
            # while the officials are decided (in a process beside, on a big store)
            whole = keeps and old is None and not summaries_current(store)
            report.identity = refresh_identity(store, now, alongside=(lambda: recompute_summaries(store, now))
                                               if whole else None)
    if keeps and not summaries_current(store):
        if old is not None:
            update_summaries(store, now, old, spool.articles)
        else:
            recompute_summaries(store, now)
    return report


COUNTS = {
    "articles": "?x a kg:Article",
    "persons": "?x a kg:Person",
    # a post is typed by its role; an organization and a meeting by their kind only
    "posts": "?x <http://www.w3.org/ns/org#role> ?r",
    "organizations": "?x a ?k . ?k <http://www.w3.org/2000/01/rdf-schema#subClassOf>* kg:Organization",
    "meetings": "?x a ?k . ?k <http://www.w3.org/2000/01/rdf-schema#subClassOf> kg:Meeting",
    "awards": "?x kg:awardKind ?k",  # an award conferral is said by its kind
}


def _fast_counts(store: Store) -> dict[str, str]:
    """Counts of shared nodes read where the build keeps each node once (counting
    them by their mentions in every article graph: 0.6 s at 100k): organizations
    by their gloss (kg/glosses.py), posts by the post index of a current summary
    graph. Only on a store kg keeps those for (an embedded one)."""
    if not hasattr(store, "update_sparql"):
        return {}
    out = {"organizations": f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH <{GLOSS_GRAPH}> {{ ?x <{KG}englishGloss> ?e }} }}"}
    if summaries_current(store):
        out["posts"] = (f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ "
                        f"?e <{KG}summaryOf> \"{POST_INDEX}\" ; <{KG}slice> ?x }} }}")
    return out


def summary(store: Store, triples_up_to: int = 5000) -> dict[str, int]:
    """Counts of the main kinds of node, and of distinct triples when the store has
    at most `triples_up_to` articles (counting them scans every quad: 6 s at 10k)."""
    out = {}
    fast = _fast_counts(store)
    for name, pattern in COUNTS.items():
        q = fast.get(name) or f"PREFIX kg: <https://w3id.org/kgvn/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"
        out[name] = int(next(iter(store.query(q)))["n"].value)
    if out["articles"] > triples_up_to:
        return out
    # Virtuoso's GRAPH ?g also holds its own graphs (virtrdf# …): only kg's are counted
    only_kg = f'FILTER(STRSTARTS(STR(?g), "{BASE}"))' if getattr(store, "virtuoso", False) else ""
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {only_kg} }} }}"
    out["triples"] = int(next(iter(store.query(q)))["n"].value)
    return out
