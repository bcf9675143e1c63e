"""A SPARQL 1.1 server as kg's store: the same commands over HTTP.

Reads go through the SPARQL 1.1 Protocol (SELECT with JSON results, parsed by
pyoxigraph so the rest of kg sees the same objects as from the embedded store).
Each article is written as one named graph through the Graph Store Protocol
(`PUT ?graph=IRI`: replace, so a rerun never duplicates), or, for a server
without one, through SPARQL Update (`DROP SILENT GRAPH` + `INSERT DATA`).

For Oxigraph's server the base URL is enough (its /query, /update and /store
paths are known); for Virtuoso, Fuseki or GraphDB give the query endpoint and,
where the server needs them, the update and graph-store URLs.

Credentials come from KG_STORE_USER and KG_STORE_PASSWORD, or from a netrc file
(~/.netrc or $NETRC) entry for the server's host; they are never printed.
"""

from __future__ import annotations

import base64
import json
import netrc
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.iris import BASE
from kg.results import without_comments
from kg.store import OxigraphStore, StoreError, serialize_quads

TIMEOUT = 120.0  # seconds a server may take to answer one request
PAGE = 10_000  # rows per request when reading many: Virtuoso answers at most 10,000 by default


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries, updates and Graph Store requests."""

    query: str
    update: str | None = None
    graph_store: str | None = None
    union_param: bool = False  # Oxigraph: ask for the union of the named graphs as default graph

    @classmethod
    def from_url(cls, url: str, update: str | None = None, graph_store: str | None = None) -> "Endpoints":
        """Endpoints from a URL: an Oxigraph server's base (nothing after the host,
        or a path ending in /query) or any server's query endpoint."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"not a server URL: {_redact(url)!r} (give http://host:port[/path])")
        if parts.username or parts.password:
            raise StoreError("credentials do not go in the URL (it shows in the process list and the "
                             "shell history): set KG_STORE_USER and KG_STORE_PASSWORD, or use ~/.netrc")
        base = url.rstrip("/")
        if parts.path in ("", "/"):
            return cls(base + "/query", update or base + "/update", graph_store or base + "/store", True)
        if parts.path.rstrip("/").endswith("/query") and update is None and graph_store is None:
            root = base[: -len("/query")]
            return cls(base, root + "/update", root + "/store", True)
        return cls(base, update, graph_store)


def _credentials(url: str) -> str | None:
    """An authorization header value for the server, or None. Never logged: a
    `kg serve --writable` token (KG_STORE_TOKEN) as Bearer, else Basic from the
    environment or netrc."""
    if os.environ.get("KG_STORE_TOKEN"):
        return f"Bearer {os.environ['KG_STORE_TOKEN']}"
    user, password = os.environ.get("KG_STORE_USER"), os.environ.get("KG_STORE_PASSWORD")
    if not (user and password is not None):
        host = urllib.parse.urlsplit(url).hostname or ""
        try:
            entry = netrc.netrc(os.environ.get("NETRC")).authenticators(host)
        except (FileNotFoundError, netrc.NetrcParseError, OSError):
            entry = None
        if entry is None:
            return None
        user, _, password = entry
    token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
    return f"Basic {token}"


def _redact(url: str) -> str:
    """A URL fit to print: any user:password@ taken out."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class RemoteStore:
    """kg's store interface over a SPARQL 1.1 server."""

    path = None  # nothing on this machine: a build spools to a temporary folder

    def __init__(self, endpoints: Endpoints, read_only: bool = False, timeout: float = TIMEOUT) -> None:
        self.endpoints = endpoints
        self._ro = read_only
        self.timeout = timeout
        self._auth = _credentials(endpoints.query)
        self.name = _redact(endpoints.query)
        self._check()

    # -- HTTP ---------------------------------------------------------------

    def _request(self, method: str, url: str, body: bytes | None = None,
                 headers: dict[str, str] | None = None) -> bytes:
        req = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
        if self._auth:
            req.add_header("Authorization", self._auth)
        where = _redact(url)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read(300).decode("utf-8", "replace").strip().splitlines()
            hint = " (check KG_STORE_TOKEN, KG_STORE_USER/KG_STORE_PASSWORD or ~/.netrc)" if e.code in (401, 403) else ""
            raise StoreError(f"the SPARQL server at {where} answered {e.code} {e.reason}{hint}"
                             + (f": {detail[0][:200]}" if detail else "")) from None
        except (socket.timeout, TimeoutError):
            raise StoreError(f"the SPARQL server at {where} did not answer within {self.timeout:.0f} s") from None
        except urllib.error.URLError as e:
            reason = getattr(e.reason, "strerror", None) or str(e.reason)
            raise StoreError(f"cannot reach the SPARQL server at {where}: {reason}") from None
        except OSError as e:
            raise StoreError(f"cannot reach the SPARQL server at {where}: {e.strerror or e}") from None

    def _check(self) -> None:
        self._select("ASK { }")

    def _select(self, sparql: str, accept: str = "application/sparql-results+json") -> bytes:
        params = {"query": sparql}
        if self.endpoints.union_param:
            params["union-default-graph"] = ""
        return self._request("POST", self.endpoints.query, urllib.parse.urlencode(params).encode("utf-8"),
                             {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})

    def _update(self, sparql: str) -> None:
        if self._ro:
            raise StoreError("this command only reads the store")
        if not self.endpoints.update:
            raise StoreError(f"no update endpoint for {self.name}: give --update-url")
        self._request("POST", self.endpoints.update, sparql.encode("utf-8"),
                      {"Content-Type": "application/sparql-update"})

    # -- reading ------------------------------------------------------------

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL query on the server; results as pyoxigraph objects. The
        queries are written against the union of the article graphs."""
        if _is_graph_query(sparql):
            data = self._select(sparql, accept="application/n-triples")
            store = ox.Store()
            store.load(data, format=ox.RdfFormat.N_TRIPLES)
            return store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        data = self._select(sparql)
        try:  # read it all once now: a bad answer is the server's fault, not the query's
            results = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            if isinstance(results, ox.QuerySolutions):
                for _ in results:
                    pass
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        except SyntaxError as e:
            raise StoreError(f"the SPARQL server at {self.name} sent an answer that does not parse "
                             f"(cut short, or not SPARQL JSON results): {e}") from None

    def article_hashes(self, articles: Iterable[str] | None = None) -> dict[str, str]:
        """Article IRI → content hash, for every article on the server or the given ones."""
        pattern = f"GRAPH ?a {{ ?a <{BASE}ontology#contentHash> ?h }}"
        if articles is None:
            out, offset = {}, 0
            while True:
                page = self._pairs(f"SELECT ?a ?h WHERE {{ {pattern} }} ORDER BY ?a LIMIT {PAGE} OFFSET {offset}")
                out.update(page)
                if len(page) < PAGE:
                    return out
                offset += PAGE
        out = {}
        todo = list(articles)
        for k in range(0, len(todo), 200):
            values = " ".join(f"<{a}>" for a in todo[k:k + 200])
            out.update(self._pairs(f"SELECT ?a ?h WHERE {{ VALUES ?a {{ {values} }} {pattern} }}"))
        return out

    def _pairs(self, sparql: str) -> dict[str, str]:
        rows = json.loads(self._select(sparql))["results"]["bindings"]
        return {r["a"]["value"]: r["h"]["value"] for r in rows}

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad in the server's named graphs, page by page."""
        offset = 0
        while True:
            q = (f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} "
                 f"ORDER BY ?g ?s ?p ?o LIMIT {PAGE} OFFSET {offset}")
            rows = list(ox.parse_query_results(self._select(q), format=ox.QueryResultsFormat.JSON))
            for r in rows:
                yield ox.Quad(r["s"], r["p"], r["o"], r["g"])
            if len(rows) < PAGE:
                return
            offset += PAGE

    def export(self, fmt: str) -> bytes:
        """The whole graph in a format of FORMATS, sorted (as the embedded store does)."""
        return serialize_quads(self.quads(), fmt)

    # -- writing ------------------------------------------------------------

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace one named graph's content (Graph Store Protocol PUT, or SPARQL
        Update where the server has no Graph Store endpoint)."""
        if self._ro:
            raise StoreError("this command only reads the store")
        if self.endpoints.graph_store:
            url = self.endpoints.graph_store + "?" + urllib.parse.urlencode({"graph": graph})
            self._request("PUT", url, ntriples, {"Content-Type": "application/n-triples"})
        else:
            self._update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n"
                         f"{ntriples.decode('utf-8')}\n}} }}")

    def put_graphs(self, graphs: Iterable[tuple[str, bytes]], workers: int = 4) -> int:
        """Replace many named graphs, a few requests at a time; returns how many."""
        with ThreadPoolExecutor(workers) as pool:
            return sum(1 for _ in pool.map(lambda g: self.put_graph(*g), graphs))

    def replace_graph(self, graph: URIRef, data: Graph) -> None:
        """Replace a named graph's content with `data`."""
        self.put_graph(str(graph), data.serialize(format="nt").encode("utf-8"))

    def drop_graphs(self, graphs: list[str]) -> None:
        """Drop named graphs, 200 per update."""
        for k in range(0, len(graphs), 200):
            self._update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[k:k + 200]))

    def load_articles(self, nquads: bytes | str) -> None:
        """Write articles' graphs: each graph in the N-Quads replaces its old self."""
        raw = nquads.encode("utf-8") if isinstance(nquads, str) else nquads
        self.put_graphs(split_graphs(raw.splitlines(keepends=True)))

    def bulk_load_file(self, path: Path, articles: list[str]) -> None:
        """Write a spool file of many articles, a graph per request: each request
        replaces one article, so a build stopped half-way reruns cleanly."""
        with open(path, "rb") as f:
            self.put_graphs(split_graphs(f))

    def recover(self) -> list[str]:
        """Nothing to recover: every article is written by one replacing request."""
        return []

    def flush(self) -> None:
        """Nothing is buffered here."""

    def close(self) -> None:
        """Nothing to release."""


def split_graphs(lines: Iterable[bytes]) -> Iterator[tuple[str, bytes]]:
    """(graph IRI, N-Triples) for each run of N-Quads lines in one graph (kg writes
    an article's quads together; every line ends with its graph IRI)."""
    graph: str | None = None
    body: list[bytes] = []
    for line in lines:
        line = line.rstrip(b"\n")
        if not line.strip():
            continue
        head, sep, tail = line.rstrip(b" .").rpartition(b" <")
        g = tail.rstrip(b">").decode("utf-8")
        if graph is not None and g != graph:
            yield graph, b"".join(body)
            body = []
        graph = g
        body.append(head + b" .\n")
    if graph is not None:
        yield graph, b"".join(body)


def _is_graph_query(sparql: str) -> bool:
    """Whether a query answers with triples (CONSTRUCT, DESCRIBE) rather than rows."""
    body = without_comments(sparql)
    body = re.sub(r"(?is)^\s*(?:(?:PREFIX\s+\S*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", "", body)
    return bool(re.match(r"(?i)(CONSTRUCT|DESCRIBE)\b", body))


def graphs_of(store: OxigraphStore) -> Iterator[tuple[str, bytes]]:
    """(graph IRI, N-Triples) for every named graph of an embedded store."""
    for g in store.named_graphs():
        yield g.value, store.graph_ntriples(g.value)


def push(source: OxigraphStore, target: RemoteStore, progress: Callable[[], None] | None = None,
         workers: int = 4) -> int:
    """Copy every named graph of a local store to a server, each replacing the
    server's graph of the same name (pushing twice changes nothing). Returns the
    number of graphs copied; `progress` is called once per graph."""
    def one(item: tuple[str, bytes]) -> None:
        target.put_graph(*item)
        if progress:
            progress()

    with ThreadPoolExecutor(workers) as pool:
        return sum(1 for _ in pool.map(one, graphs_of(source)))
