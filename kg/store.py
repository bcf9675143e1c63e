"""Where the graph lives: an embedded Oxigraph database on disk (the default)
or in memory, behind one small interface a remote SPARQL endpoint can also
implement.

Each article is one named graph (the article's IRI); rebuilding an article
replaces exactly that graph in one transaction. The vocabulary (ontology,
known titles, provinces) lives in a graph of its own.
"""

from __future__ import annotations

import io
import itertools
import os
import queue
import re
import threading
from pathlib import Path
from typing import BinaryIO, Iterable, Protocol

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.iris import BASE
from kg.streams import SortedLines, write_sorted_rdf

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
DATASET_FORMATS = {"trig", "nquads"}
PREFIXES = {
    "kg": BASE + "ontology#", "id": BASE + "id/", "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/", "prov": "http://www.w3.org/ns/prov#",
    "foaf": "http://xmlns.com/foaf/0.1/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:")


def with_prefixes(sparql: str) -> str:
    """A query with PREFIX lines for kg's usual prefixes (kg:, schema:, foaf: …)
    that it uses without declaring, so `kg query 'SELECT … { ?p a kg:Person }'`
    works as typed; a prefix the query declares itself is left as it is."""
    declared = {(m.group(1) or "") for m in _DECLARED.finditer(sparql)}
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items()
               if name not in declared and re.search(rf"(?<![\w.-]){name}:", sparql)]
    return "\n".join(missing + [sparql]) if missing else sparql


def serialize_quads(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """Quads in a format of FORMATS, sorted so the same data gives the same bytes;
    triple formats merge the graphs."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt in DATASET_FORMATS:
        data: list = sorted(quads, key=str)
    else:
        data = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    return ox.serialize(data, format=FORMATS[fmt], prefixes=prefixes)


# aggregates kept by the build (kg.summaries): a cache of the store's own, not exported or pushed
SUMMARY_GRAPH = BASE + "graph/summary"
JOURNAL = "kg-loading.txt"  # the articles of a bulk load in progress
# The engine's bulk loader sorts batches of up to a million quads in memory, two at a
# time: one call with a big file peaked at 1.6 GB (2.1M quads). Calls of 250k lines
# from two threads load as fast and peak at 0.8 GB, whatever the file's size.
BULK_CHUNK_LINES = 250_000
BULK_THREADS = 2


def bulk_load_chunked(store: ox.Store, path: str | Path, fmt: ox.RdfFormat,
                      to_graph: ox.NamedNode | None = None,
                      chunk_lines: int = BULK_CHUNK_LINES) -> None:
    """Bulk load a line-based file (N-Quads, N-Triples: one statement a line) in
    calls of `chunk_lines` lines, BULK_THREADS at a time, so the loader's memory
    stays bounded; the first error stops the load and is raised."""
    todo: queue.Queue = queue.Queue(maxsize=1)
    errors: list[BaseException] = []

    def work() -> None:
        while (chunk := todo.get()) is not None:
            if errors:
                continue  # drain: the reader still puts what it read
            try:
                store.bulk_load(chunk, format=fmt, to_graph=to_graph, lenient=True)
            except BaseException as e:  # re-raised in the caller's thread
                errors.append(e)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(BULK_THREADS)]
    for t in threads:
        t.start()
    try:
        with open(path, "rb") as f:
            while not errors and (lines := list(itertools.islice(f, chunk_lines))):
                todo.put(b"".join(lines))
    finally:
        for _ in threads:
            todo.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
SPOOL_PREFIX = ".kg-spool-"  # a build's N-Quads waiting to be loaded


def _write_synced(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


class StoreError(RuntimeError):
    """A store that cannot be opened or written (the message says why)."""


class Store(Protocol):
    """What kg needs of a graph store: the embedded one (OxigraphStore) and a
    SPARQL server (kg.remote.RemoteStore) both provide it."""

    path: Path | None  # where a build may spool its N-Quads (None: a temporary folder)

    def article_hashes(self, articles: Iterable[str] | None = None) -> dict[str, str]:
        """Article IRI → content hash, for every article in the store (or the given ones)."""

    def replace_graph(self, graph: URIRef, data: Graph) -> None:
        """Replace a named graph's content with `data`, atomically."""

    def drop_graphs(self, graphs: list[str]) -> None:
        """Drop named graphs."""

    def load_articles(self, nquads: bytes | str) -> None:
        """Load a few articles' graphs (their old graphs already dropped)."""

    def bulk_load_file(self, path: Path, articles: list[str]) -> None:
        """Load an N-Quads file of many articles, so that a crash loses no half article."""

    def recover(self) -> list[str]:
        """Undo what a killed build left half done; the IRIs of the articles undone."""

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL query; the default graph is the union of all graphs."""

    def export(self, fmt: str) -> bytes:
        """The whole graph serialized in one of FORMATS."""

    def export_to(self, fmt: str, out: BinaryIO, tmpdir: str | Path | None = None) -> None:
        """`export` written to `out` (as it is produced, where the store can)."""

    def flush(self) -> None:
        """Write what is pending."""

    def close(self) -> None:
        """Release the store."""


def _ntriples(data: Graph) -> str:
    return data.serialize(format="nt")


class OxigraphStore:
    """The embedded Oxigraph store, on disk (`path`) or in memory (`path=None`)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self._ro = read_only
        try:
            if self.path is None:
                self._s = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"no store at {self.path} (run `kg build` first)")
                self._s = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._s = ox.Store(str(self.path))
        except OSError as e:
            msg = str(e)
            if "lock" in msg.lower():
                raise StoreError(f"the store {self.path} is in use by another kg process: wait for a "
                                 "kg build to finish; a kg serve holds it until stopped (or work through "
                                 "it: --store http://HOST:PORT)") from None
            raise StoreError(f"cannot open the store {self.path}: {msg}") from None

    def article_hashes(self, articles: Iterable[str] | None = None) -> dict[str, str]:
        """Article IRI → content hash, for every article in the store, or for the
        given article IRIs only (a small build need not read 100,000 hashes)."""
        pattern = f"GRAPH ?a {{ ?a <{BASE}ontology#contentHash> ?h }}"
        if articles is None:
            return {row["a"].value: row["h"].value for row in self._s.query(f"SELECT ?a ?h WHERE {{ {pattern} }}")}
        out: dict[str, str] = {}
        todo = list(articles)
        for k in range(0, len(todo), 500):
            values = " ".join(f"<{a}>" for a in todo[k:k + 500])
            q = f"SELECT ?a ?h WHERE {{ VALUES ?a {{ {values} }} {pattern} }}"
            out.update({row["a"].value: row["h"].value for row in self._s.query(q)})
        return out

    def replace_graph(self, graph: URIRef, data: Graph) -> None:
        """Replace a named graph's content with `data`, in one transaction."""
        update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{_ntriples(data)}\n}} }}"
        self._s.update(update)

    def update_sparql(self, update: str, prefixes: str = "") -> None:
        """Run a SPARQL update kg wrote itself (the identity graph's; never a user's)."""
        self._s.update(prefixes + update)

    def add_ntriples(self, graph: str, ntriples: str) -> None:
        """Add N-Triples to a named graph, in one transaction."""
        if ntriples:
            self._s.load(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))

    def bulk_load_graph(self, graph: str, path: str | Path, marks: str = "") -> None:
        """Make a named graph hold exactly the N-Triples of the file at `path`, loaded
        by the engine's bulk loader (a big graph: no text of it all in memory), then
        the `marks` lines (as :meth:`replace_graph_ntriples` adds its `last` lines last:
        a crash in between leaves a graph without them)."""
        g = ox.NamedNode(graph)
        self._clear_big_graph(g)
        bulk_load_chunked(self._s, path, ox.RdfFormat.N_TRIPLES, to_graph=g)
        self.add_ntriples(graph, marks)

    def _clear_big_graph(self, g: ox.NamedNode, batch: int = 100_000) -> None:
        """Empty a named graph quad by quad, `batch` read at a time: clear_graph is one
        transaction, which for the identity graph of 100k bench articles (6.6M quads)
        held gigabytes and wrote a 2.9 GB log (2M quads: 314 s, +1.4 GB; this: 65 s,
        flat). A crash halfway leaves part of the graph, which the caller's marks
        (written last) already tell apart from a finished one."""
        while batch_quads := list(itertools.islice(self._s.quads_for_pattern(None, None, None, g), batch)):
            for q in batch_quads:
                self._s.remove(q)

    def replace_graph_ntriples(self, graph: str, ntriples: str, last: str | None = None) -> tuple[int, int]:
        """Make a named graph hold exactly these N-Triples (the identity graph),
        writing only the difference: after a small build most of a remade graph is
        what it was, and writing 64k quads afresh cost 3-4 s on the 1k bench store.
        Quads whose predicate is `last` are removed first and added last, so a crash
        in between leaves the graph without them (kg.officials marks what the graph
        was made from that way). Returns (quads removed, quads added)."""
        g = ox.NamedNode(graph)
        if next(iter(self._s.quads_for_pattern(None, None, None, g)), None) is None:
            # a new graph (a build from empty): the engine's bulk loader takes the text, 10x
            # faster than sets of quads in a transaction; the marks' lines (their predicate between spaces) go last
            mark = f" <{last}> " if last else None
            lines = ntriples.splitlines(keepends=True)
            marks = [ln for ln in lines if mark and mark in ln]
            rest = [ln for ln in lines if not (mark and mark in ln)] if marks else lines
            # not one transaction: a crash before the marks leaves a graph without them,
            # which is what the marks are for (the next build decides it again)
            self._s.bulk_load("".join(rest).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=g)
            self.add_ntriples(graph, "".join(marks))
            return 0, len(lines)
        new = {ox.Quad(t.subject, t.predicate, t.object, g)
               for t in ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)}
        old = set(self._s.quads_for_pattern(None, None, None, g))
        gone, added = old - new, new - old
        marks = [q for q in added if q.predicate.value == last]
        if len(gone) > len(old) // 2:  # mostly new: one clear beats many removals
            self._s.clear_graph(g)
            added = new
        else:
            for q in sorted(gone, key=lambda q: q.predicate.value != last):  # the mark goes first
                self._s.remove(q)
        self._s.extend([q for q in added if q.predicate.value != last])
        self._s.extend(marks)  # and comes back last
        return len(gone), len(added)

    def drop_graphs(self, graphs: list[str]) -> None:
        """Drop named graphs (the old facts of changed articles), 500 per update."""
        for k in range(0, len(graphs), 500):
            self._s.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[k:k + 500]))

    def load_articles(self, nquads: bytes | str) -> None:
        """Load a few articles' graphs in one transaction (a killed build loses the
        batch, never half of it)."""
        if nquads:
            self._s.load(nquads, format=ox.RdfFormat.N_QUADS)

    def bulk_load_file(self, path: Path, articles: list[str]) -> None:
        """Load an N-Quads file of many articles (`articles`: their IRIs) with
        Oxigraph's bulk loader: several times faster and leaner than a transaction,
        but not atomic. So the articles are journaled first, and a build after a
        crash drops their graphs (see :meth:`recover`) and makes them again: never
        half an article."""
        # lenient: the spool is kg's own output, whose IRIs are minted (ASCII slugs,
        # hashes, percent-encoded file stems) and checked in tests; skipping their
        # validation saves ~8% of the load
        if self.path is None:
            bulk_load_chunked(self._s, path, ox.RdfFormat.N_QUADS)
            return
        journal = self.path / JOURNAL
        _write_synced(journal, "\n".join(articles))
        bulk_load_chunked(self._s, path, ox.RdfFormat.N_QUADS)
        self._s.flush()
        journal.unlink()

    def recover(self) -> list[str]:
        """Drop the graphs of a bulk load that did not finish (a killed build);
        returns their IRIs. The next build makes them again."""
        if self.path is None:
            return []
        for stale in self.path.glob(SPOOL_PREFIX + "*"):
            stale.unlink()  # a killed build's spool: its articles were never loaded
        journal = self.path / JOURNAL
        if not journal.exists():
            return []
        torn = [a for a in journal.read_text(encoding="utf-8").split("\n") if a]
        self.drop_graphs(torn)
        self._s.flush()
        journal.unlink()
        return torn

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL query over the union of all graphs."""
        return self._s.query(sparql, use_default_graph_as_union=True)

    def named_graphs(self) -> list[ox.NamedNode]:
        """The named graphs: one per article, the vocabulary and the identity graph
        (not the summary graph: kept aggregates, a cache of this store's own)."""
        return [g for g in self._s.named_graphs() if isinstance(g, ox.NamedNode) and g.value != SUMMARY_GRAPH]

    def graph_ntriples(self, graph: str) -> bytes:
        """One named graph's triples as N-Triples."""
        triples = [ox.Triple(q.subject, q.predicate, q.object)
                   for q in self._s.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)

    def quads(self) -> Iterable[ox.Quad]:
        """Every quad in the store."""
        return self._s.quads_for_pattern(None, None, None, None)

    def export(self, fmt: str) -> bytes:
        """The whole graph in a format of FORMATS, sorted so the same store gives
        the same bytes; triple formats merge the article graphs."""
        buf = io.BytesIO()
        self.export_to(fmt, buf)
        return buf.getvalue()

    def export_to(self, fmt: str, out: BinaryIO, tmpdir: str | Path | None = None) -> None:
        """Write the whole graph to `out` in a format of FORMATS, in the same sorted
        order as `export`, holding a bounded part of it in memory: the engine's
        N-Quads (N-Triples per graph for the triple formats, which merge the
        graphs) sorted externally, runs spilled under `tmpdir`."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
        prefixes = PREFIXES if fmt in ("turtle", "trig") else None
        if fmt in DATASET_FORMATS:
            def fill(sink: SortedLines) -> None:
                self._s.dump(sink, format=ox.RdfFormat.N_QUADS)

            write_sorted_rdf(fill, FORMATS[fmt], ox.RdfFormat.N_QUADS, out, prefixes, tmpdir=tmpdir,
                             skip_ending=f"<{SUMMARY_GRAPH}> .".encode("utf-8"))
            return

        def fill_triples(sink: SortedLines) -> None:
            for g in [ox.DefaultGraph(), *self.named_graphs()]:
                self._s.dump(sink, format=ox.RdfFormat.N_TRIPLES, from_graph=g)

        write_sorted_rdf(fill_triples, FORMATS[fmt], ox.RdfFormat.N_TRIPLES, out, prefixes, unique=True,
                         tmpdir=tmpdir)

    def optimize(self) -> None:
        """Compact the store (RocksDB's full compaction, through Oxigraph): the same
        quads in fewer, sorted files, so queries read less. Measured on the bench
        stores: at 10k, whole-result queries 1.7–2.2× faster for ~20 s of work
        (and 1.6× the disk); at 100k only the aggregating ones, 1.5–1.9×. Not
        part of `kg build`, whose time it would add to."""
        if self._ro:
            raise StoreError(f"the store {self.path} is open read-only")
        self._s.optimize()
        self.flush()

    def flush(self) -> None:
        """Write pending changes to disk."""
        if self.path is not None:
            self._s.flush()

    def close(self) -> None:
        """Release the store (and its lock)."""
        if self.path is not None and not self._ro:
            self._s.flush()
        del self._s


def is_url(location: str | Path | None) -> bool:
    """Whether a --store location names a SPARQL server rather than a directory."""
    return location is not None and str(location).startswith(("http://", "https://"))


def open_store(location: str | Path | None, read_only: bool = False, update_url: str | None = None,
               graph_store_url: str | None = None) -> Store:
    """Open the store at a location: a directory (embedded, default), None for
    memory, or a SPARQL server's URL (see kg.remote)."""
    if is_url(location):
        from kg.remote import Endpoints, RemoteStore

        endpoints = Endpoints.from_url(str(location), update=update_url, graph_store=graph_store_url)
        return RemoteStore(endpoints, read_only=read_only)
    return OxigraphStore(location, read_only=read_only)
