"""A SPARQL 1.1 server as kg's store: the same commands over HTTP.

Reads go through the SPARQL 1.1 Protocol (SELECT with JSON results, parsed by
pyoxigraph so the rest of kg sees the same objects as from the embedded store).
Each article is written as one named graph through the Graph Store Protocol
(`PUT ?graph=IRI`: replace, so a rerun never duplicates), or, for a server
without one, through SPARQL Update (`DROP SILENT GRAPH` + `INSERT DATA`).

For Oxigraph's server the base URL is enough (its /query, /update and /store
paths are known), and for Virtuoso its /sparql (its /sparql-auth and
/sparql-graph-crud-auth are known); for Fuseki or GraphDB give the query
endpoint and, where the server needs them, the update and graph-store URLs.

Virtuoso is recognised by its Server header, and its quirks are handled here:
its default graph is already the union of the named graphs (no parameter
needed), but that union and GRAPH ?g also hold Virtuoso's own graphs (virtrdf#,
its service description, ldp#): kg's queries only match kg's vocabulary, and
what reads every quad (export, the triples count) takes only the graphs under
kg's IRI base. (Its `define input:named-graph-exclude` pragma would hide them,
but it also empties every GRAPH <iri> pattern.) Its answers are cut at
ResultSetMaxRows, which kg reads from the server: a SELECT it cut (it says so
in an X-SPARQL-MaxRows header) is read again page by page, each page taken
from the query as a sorted subquery, since a sorted page deeper than
MaxSortedTopRows is refused otherwise (error SR353); a CONSTRUCT it cuts
without a word, so a whole cap of triples is an error. It answers xsd:boolean
as "1"/"0": read back as "true"/"false", as kg wrote them. Two concurrent
writes may deadlock (SR172): the one it gave up is sent again.

Credentials come from KG_STORE_USER and KG_STORE_PASSWORD, or from a netrc file
(~/.netrc or $NETRC) entry for the server's host; they are never printed. They
go out as HTTP Basic, sent with each request, or as HTTP Digest when the server
asks for it (Virtuoso's /sparql-auth and /sparql-graph-crud-auth do): Python's
urllib.request.HTTPDigestAuthHandler answers the challenge, and a server that
is Virtuoso, or that challenged with Digest, is never sent Basic (which would
show the password to anyone on the way).
"""

from __future__ import annotations

import base64
import json
import netrc
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.iris import BASE, GLOSS_GRAPH
from kg.results import without_comments
from kg.store import OxigraphStore, StoreError, serialize_quads

TIMEOUT = 120.0  # seconds a server may take to answer one request
PAGE = 10_000  # rows per request when reading many: Virtuoso answers at most 10,000 by default
CAPPED = "X-SPARQL-MaxRows"  # Virtuoso's header on an answer cut at its ResultSetMaxRows


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


def _credentials(url: str) -> tuple[str, str] | str | None:
    """The server's credentials, or None. Never logged: a `kg serve --writable`
    token (KG_STORE_TOKEN) as a ready Bearer header value, else (user, password)
    from the environment or netrc."""
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
    return user, password or ""


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


class _Digest:
    """HTTP Digest for a store; Python's urllib.request.HTTPDigestAuthHandler
    does the hashing and counts the uses of a nonce. Used on its own the handler
    answers each 401 by sending the request again, but Virtuoso answers 401 before
    it reads a body and closes the connection, so a big PUT is cut (connection
    reset). So the challenge of each endpoint is fetched once with a bodiless
    GET, and then every request carries its answer: one round trip, not two.
    One challenge for all threads: Virtuoso honours only the nonce it gave
    last, so a challenge per thread would make the threads undo each other."""

    def __init__(self, user: str, password: str) -> None:
        self._user, self._password = user, password
        self._manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        self.handler = urllib.request.HTTPDigestAuthHandler(self._manager)
        self.challenges: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()

    def open(self, req: urllib.request.Request, timeout: float):  # type: ignore[no-untyped-def]
        parts = urllib.parse.urlsplit(req.full_url)
        where = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        with self._lock:
            if where not in self.challenges:
                self._manager.add_password(None, f"{parts.scheme}://{parts.netloc}/", self._user, self._password)
                self.challenges[where] = _challenge(where, timeout)
            req.challenge = self.challenges[where]  # type: ignore[attr-defined]
            if req.challenge:  # type: ignore[attr-defined]
                auth = self.handler.get_authorization(req, req.challenge)  # type: ignore[attr-defined]
                if auth:
                    req.add_unredirected_header("Authorization", f"Digest {auth}")
        # not through an opener with the handler: it would send the body again on
        # each 401, up to six times; a 401 here is retried by the caller
        return urllib.request.urlopen(req, timeout=timeout)

    def forget(self, req: urllib.request.Request) -> None:
        """Drop the challenge this request answered (its nonce went stale), unless
        another thread has already fetched a newer one."""
        parts = urllib.parse.urlsplit(req.full_url)
        where = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        with self._lock:
            if self.challenges.get(where) is getattr(req, "challenge", None):
                self.challenges.pop(where, None)


def _challenge(url: str, timeout: float) -> dict[str, str]:
    """The Digest challenge an endpoint answers a bodiless GET with, or {} when it
    asks for none (Virtuoso's open /sparql)."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="GET"), timeout=timeout) as resp:
            resp.read()
            return {}
    except urllib.error.HTTPError as e:
        value = e.headers.get("WWW-Authenticate") or ""
        e.close()
        if e.code != 401 or not value.lower().startswith("digest "):
            return {}
        return urllib.request.parse_keqv_list(urllib.request.parse_http_list(value[len("digest "):]))


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
        self._creds = _credentials(endpoints.query)
        self._digest = False  # the server wants Digest: never send it Basic
        self._auth_digest: _Digest | None = None
        self._anonymous = False  # send no credentials (the first request)
        self.virtuoso = False
        self._cap: int | None = None  # Virtuoso's cap on rows per answer, when it tells
        self._page = PAGE
        self.name = _redact(endpoints.query)
        self._check()

    # -- HTTP ---------------------------------------------------------------

    def _open(self, req: urllib.request.Request):  # type: ignore[no-untyped-def]
        if self._anonymous:
            pass
        elif isinstance(self._creds, str):  # a kg serve token
            req.add_header("Authorization", self._creds)
        elif self._creds and self._digest:
            if self._auth_digest is None:
                self._auth_digest = _Digest(*self._creds)
            return self._auth_digest.open(req, self.timeout)
        elif self._creds:
            req.add_header("Authorization", _basic(*self._creds))
        return urllib.request.urlopen(req, timeout=self.timeout)

    def _exchange(self, method: str, url: str, body: bytes | None = None,
                  headers: dict[str, str] | None = None, _retry: int = 3,
                  _deadlocks: int = 0) -> tuple[bytes, dict[str, str]]:
        """One request; the answer's body and headers, or a StoreError that says why not."""
        req = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
        where = _redact(url)
        try:
            with self._open(req) as resp:
                return resp.read(), dict(resp.headers.items())
        except urllib.error.HTTPError as e:
            if e.code == 401 and isinstance(self._creds, tuple) and not self._digest \
                    and "digest" in (e.headers.get("WWW-Authenticate") or "").lower():
                self._digest = True  # it refused Basic and wants Digest: answer its challenge instead
                return self._exchange(method, url, body, headers)
            if e.code == 401 and _retry and self._auth_digest:  # a stale nonce: ask anew
                self._auth_digest.forget(req)
                return self._exchange(method, url, body, headers, _retry=_retry - 1)
            text = (e.read(2000) if e.fp else b"").decode("utf-8", "replace")
            if text.lstrip().startswith("<"):  # Virtuoso's error pages are HTML: their text says why
                text = re.sub(r"(?is)<(title|head)>.*?</\1>|<[^>]*>", " ", text)
            detail = [" ".join(line.split()) for line in text.strip().splitlines() if line.strip()]
            hint = " (check KG_STORE_TOKEN, KG_STORE_USER/KG_STORE_PASSWORD or ~/.netrc)" if e.code in (401, 403) else ""
            said = " ".join(d for d in detail if not d.startswith("HTTP/"))[:300]
            if e.code == 500 and self.virtuoso and ("40001" in said or "deadlock" in said.lower()) \
                    and _deadlocks < 6:
                # Virtuoso gives up one of two writes that lock each other (SR172, SQL
                # state 40001: "retry the transaction"); the writer does, after a pause
                time.sleep(0.05 * 2 ** _deadlocks)
                return self._exchange(method, url, body, headers, _retry, _deadlocks + 1)
            raise StoreError(f"the SPARQL server at {where} answered {e.code} {e.reason}{hint}"
                             + (f": {said}" if said else "")) from None
        except (socket.timeout, TimeoutError):
            raise StoreError(f"the SPARQL server at {where} did not answer within {self.timeout:.0f} s") from None
        except (urllib.error.URLError, OSError) as e:
            if _retry and self._auth_digest and self._digest:
                # a 401 sent before the body was read cuts the connection: the nonce
                # went stale mid-build; fetch a new one and send again
                self._auth_digest.forget(req)
                return self._exchange(method, url, body, headers, _retry=_retry - 1)
            if isinstance(e, urllib.error.URLError):
                reason = getattr(e.reason, "strerror", None) or str(e.reason)
                raise StoreError(f"cannot reach the SPARQL server at {where}: {reason}") from None
            raise StoreError(f"cannot reach the SPARQL server at {where}: {e.strerror or e}") from None

    def _request(self, method: str, url: str, body: bytes | None = None,
                 headers: dict[str, str] | None = None) -> bytes:
        return self._exchange(method, url, body, headers)[0]

    def _check(self) -> None:
        """Ask the server anything; learn whether it is Virtuoso and, if so, its
        other endpoints and its cap on rows."""
        # first without credentials: a Basic header would show the password to a
        # server that wants Digest (Virtuoso) before we know which it is
        self._anonymous = self._creds is not None and not isinstance(self._creds, str)
        try:
            _, headers = self._post_query("ASK { }")
        except StoreError as e:
            if not self._anonymous or " 401 " not in str(e):
                raise
            self._anonymous = False  # the query endpoint itself wants credentials
            _, headers = self._post_query("ASK { }")
        self._anonymous = False
        server = {k.lower(): v for k, v in headers.items()}.get("server", "")
        if server.lower().startswith("virtuoso"):
            self.virtuoso = True
            self._digest = True  # its authenticated endpoints take Digest only
            root = self.endpoints.query.rstrip("/")
            if root.endswith("/sparql"):  # its usual endpoints, when not given
                root = root[: -len("/sparql")]
                self.endpoints = replace(self.endpoints, update=self.endpoints.update or root + "/sparql-auth",
                                         graph_store=self.endpoints.graph_store or root + "/sparql-graph-crud-auth")
            self._cap = self._virtuoso_cap()
            self._page = min(PAGE, self._cap or PAGE)

    def _virtuoso_cap(self) -> int | None:
        """Virtuoso's ResultSetMaxRows, read from its ini through a built-in function
        (None where that is not allowed): a CONSTRUCT it cuts says nothing of it."""
        q = "SELECT (bif:cfg_item_value(bif:virtuoso_ini_path(), 'SPARQL', 'ResultSetMaxRows') AS ?cap) WHERE {}"
        try:
            rows = json.loads(self._select(q))["results"]["bindings"]
            return int(rows[0]["cap"]["value"]) or None
        except (StoreError, ValueError, KeyError, IndexError, TypeError):
            return None
            self._digest = True  # its authenticated endpoints use Digest only

    def _post(self, sparql: str, accept: str) -> tuple[bytes, dict[str, str]]:
        params = {"query": sparql}
        if self.endpoints.union_param:
            params["union-default-graph"] = ""
        return self._exchange("POST", self.endpoints.query, urllib.parse.urlencode(params).encode("utf-8"),
                              {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})

    def _post_query(self, sparql: str, accept: str = "application/sparql-results+json") -> tuple[bytes, dict[str, str]]:
        data, headers = self._post(sparql, accept)
        if self.virtuoso and _XSD_BOOLEAN in data:
            if accept.endswith("json"):
                data = _canonical_booleans(data)
            else:  # N-Triples
                data = data.replace(b'"1"^^<' + _XSD_BOOLEAN + b">", b'"true"^^<' + _XSD_BOOLEAN + b">")
                data = data.replace(b'"0"^^<' + _XSD_BOOLEAN + b">", b'"false"^^<' + _XSD_BOOLEAN + b">")
        return data, headers

    def _select(self, sparql: str, accept: str = "application/sparql-results+json") -> bytes:
        return self._post_query(sparql, accept)[0]

    def _update(self, sparql: str) -> None:
        if self._ro:
            raise StoreError("this command only reads the store")
        if not self.endpoints.update:
            raise StoreError(f"no update endpoint for {self.name}: give --update-url")
        self._request("POST", self.endpoints.update, sparql.encode("utf-8"),
                      {"Content-Type": "application/sparql-update"})

    def _all_rows(self, prologue: str, names: list[str], inner: str) -> Iterator[dict]:
        """Every row (SPARQL JSON bindings) of a SELECT, page by page: `inner` is a
        whole SELECT, sorted so pages do not overlap. A page smaller than asked for
        but marked as cut teaches the server's cap."""
        variables = " ".join(f"?{n}" for n in names)
        offset = 0
        while True:
            page = self._page
            data, headers = self._post_query(f"{prologue}\nSELECT {variables} WHERE {{ {{ {inner} }} }} "
                                             f"LIMIT {page} OFFSET {offset}")
            rows = _bindings(data, self.name)
            yield from rows
            capped = any(k.lower() == CAPPED.lower() for k in headers)
            if capped and 0 < len(rows) < page:
                self._page = len(rows)
            elif len(rows) < page or not rows:
                return
            offset += len(rows)

    # -- reading ------------------------------------------------------------

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL query on the server; results as pyoxigraph objects. The
        queries are written against the union of the article graphs. A SELECT the
        server cut at its row cap is read again page by page."""
        if _is_graph_query(sparql):
            data, headers = self._post_query(sparql, accept="application/n-triples")
            # Virtuoso cuts a CONSTRUCT at its cap without a word: a whole cap of triples
            # is taken as cut (a CONSTRUCT has no rows to page through)
            if any(k.lower() == CAPPED.lower() for k in headers) or (
                    self._cap and data.count(b"\n") >= self._cap):
                raise StoreError(f"the SPARQL server at {self.name} cut the answer at its cap of "
                                 f"{self._cap or headers.get(CAPPED) or '?'} rows (ResultSetMaxRows): ask for "
                                 "less (a narrower pattern, or LIMIT and OFFSET)")
            store = ox.Store()
            store.load(data, format=ox.RdfFormat.N_TRIPLES)
            return store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        data, headers = self._post_query(sparql)
        if any(k.lower() == CAPPED.lower() for k in headers):
            data = self._paged(sparql, data)
        try:  # read it all once now: a bad answer is the server's fault, not the query's
            results = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            if isinstance(results, ox.QuerySolutions):
                for _ in results:
                    pass
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        except SyntaxError as e:
            raise StoreError(f"the SPARQL server at {self.name} sent an answer that does not parse "
                             f"(cut short, or not SPARQL JSON results): {e}") from None

    def _paged(self, sparql: str, first: bytes) -> bytes:
        """All the rows of a SELECT whose answer (`first`) the server cut: the query
        again as a subquery, page by page; sorted by its own ORDER BY, or by every
        column when it has none, so that the pages neither overlap nor miss a row."""
        try:
            names = json.loads(first)["head"]["vars"]
        except (ValueError, KeyError, TypeError):
            return first
        prologue, body = split_prologue(sparql)
        if not re.search(r"(?is)\bORDER\s+BY\b[^{}]*$", body):
            variables = " ".join(f"?{n}" for n in names)
            body = f"SELECT {variables} WHERE {{ {{ {body} }} }} ORDER BY {variables}"
        rows = list(self._all_rows(prologue, names, body))
        return json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}).encode("utf-8")

    def article_hashes(self, articles: Iterable[str] | None = None) -> dict[str, str]:
        """Article IRI → content hash, for every article on the server or the given ones."""
        pattern = f"GRAPH ?a {{ ?a <{BASE}ontology#contentHash> ?h }}"
        if articles is None:
            if self.virtuoso:
                rows = self._all_rows("", ["a", "h"], f"SELECT ?a ?h WHERE {{ {pattern} }} ORDER BY ?a")
                return {r["a"]["value"]: r["h"]["value"] for r in rows}
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
        """Every quad in the server's named graphs, page by page; on Virtuoso only
        kg's graphs (under kg's IRI base), not Virtuoso's own."""
        if self.virtuoso:
            rows = list(self._virtuoso_quad_rows())
            data = json.dumps({"head": {"vars": ["s", "p", "o", "g"]}, "results": {"bindings": rows}})
            for r in ox.parse_query_results(data.encode("utf-8"), format=ox.QueryResultsFormat.JSON):
                yield ox.Quad(r["s"], r["p"], r["o"], r["g"])
            return
        if self.endpoints.union_param and self.endpoints.graph_store:
            # Oxigraph's server: the whole dataset in one GET of its Graph Store, not
            # pages of a sorted SELECT that each sort the store again (the 1k bench
            # store: minutes); kg serve has no such GET: pages then
            try:
                data = self._request("GET", self.endpoints.graph_store, headers={"Accept": "application/n-quads"})
            except StoreError:
                data = None
            if data is not None:
                for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
                    if isinstance(quad.graph_name, ox.NamedNode):
                        yield quad
                return
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

    def _virtuoso_quad_rows(self) -> Iterator[dict]:
        """Every quad of kg's graphs on Virtuoso, as result rows (s, p, o, g). Pages
        of the whole store sorted would sort it all again for each page (the 1k
        bench store at a 1,000-row cap: 500 pages, 10+ minutes), and Virtuoso
        scans every quad for `VALUES ?g { … } GRAPH ?g`; so the graphs are counted
        first and each is read with its IRI written in the query (an index
        lookup), a few requests at a time; a graph bigger than a page (the
        identity graph) is read predicate by predicate, in sorted pages only
        where one predicate alone is bigger than a page."""
        counts = self._all_rows("", ["g", "n"], "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                f'FILTER(STRSTARTS(STR(?g), "{BASE}")) }} GROUP BY ?g ORDER BY ?g')
        sizes = [(r["g"]["value"], int(r["n"]["value"])) for r in counts]
        with ThreadPoolExecutor(4) as pool:
            for rows in pool.map(self._graph_rows, [g for g, n in sizes if n < self._page]):
                yield from rows
        for g, n in sizes:
            if n >= self._page:
                yield from self._big_graph_rows(g)

    def _graph_rows(self, graph: str) -> list[dict]:
        """One graph's quads, in one request if the server does not cut it."""
        data, headers = self._post_query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        if any(k.lower() == CAPPED.lower() for k in headers):
            return list(self._big_graph_rows(graph))
        g = {"type": "uri", "value": graph}
        return [{**r, "g": g} for r in _bindings(data, self.name)]

    def _big_graph_rows(self, graph: str) -> Iterator[dict]:
        """A big graph's quads, predicate by predicate."""
        g = {"type": "uri", "value": graph}
        counts = self._all_rows("", ["p", "n"], f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> "
                                "{ ?s ?p ?o } } GROUP BY ?p ORDER BY ?p")
        for c in list(counts):
            p, n = c["p"], int(c["n"]["value"])
            q = f"SELECT ?s ?o WHERE {{ GRAPH <{graph}> {{ ?s <{p['value']}> ?o }} }}"
            rows: Iterable[dict] = ()
            if n < self._page:
                data, headers = self._post_query(q)
                if not any(k.lower() == CAPPED.lower() for k in headers):
                    rows = _bindings(data, self.name)
            if not rows:
                rows = self._all_rows("", ["s", "o"], q + " ORDER BY ?s ?o")
            for r in rows:
                yield {"s": r["s"], "p": p, "o": r["o"], "g": g}

    def export(self, fmt: str) -> bytes:
        """The whole graph in a format of FORMATS, sorted (as the embedded store does)."""
        return serialize_quads(self.quads(), fmt)

    def export_to(self, fmt: str, out: BinaryIO, tmpdir: str | Path | None = None) -> None:
        """`export` written to `out`, in one piece: the quads come from the server
        and are sorted here."""
        out.write(self.export(fmt))

    # -- writing ------------------------------------------------------------

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace one named graph's content (Graph Store Protocol PUT, or SPARQL
        Update where the server has no Graph Store endpoint)."""
        self._write_graph("PUT", graph, ntriples)

    def run_update(self, sparql: str) -> None:
        """Run a SPARQL update kg wrote itself (never a user's) on the server."""
        self._update(sparql)

    def add_to_graph(self, graph: str, ntriples: bytes) -> None:
        """Add triples to a named graph, keeping what it holds (Graph Store Protocol
        POST, or SPARQL Update)."""
        self._write_graph("POST", graph, ntriples)

    def _write_graph(self, method: str, graph: str, ntriples: bytes) -> None:
        """PUT (replace) or POST (add to) one named graph."""
        if self._ro:
            raise StoreError("this command only reads the store")
        if self.endpoints.graph_store:
            url = self.endpoints.graph_store + "?" + urllib.parse.urlencode({"graph": graph})
            self._request(method, url, ntriples, {"Content-Type": "application/n-triples"})
        else:
            drop = f"DROP SILENT GRAPH <{graph}> ;\n" if method == "PUT" else ""
            self._update(f"{drop}INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples.decode('utf-8')}\n}} }}")

    def _write_articles(self, runs: Iterable[tuple[str, bytes]], workers: int = 4) -> int:
        """Write the runs of articles' N-Quads: an article's graph replaces its old
        self; the glosses its articles share are added to the one glosses graph."""
        def write(run: tuple[str, bytes]) -> None:
            if run[0] == str(GLOSS_GRAPH):
                self.add_to_graph(*run)
            else:
                self.put_graph(*run)

        with ThreadPoolExecutor(workers) as pool:
            return sum(1 for _ in pool.map(write, runs))

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
        self._write_articles(split_graphs(raw.splitlines(keepends=True)))

    def bulk_load_file(self, path: Path, articles: list[str]) -> None:
        """Write a spool file of many articles, a graph per request: each request
        replaces one article, so a build stopped half-way reruns cleanly."""
        with open(path, "rb") as f:
            self._write_articles(split_graphs(f))

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


_XSD_BOOLEAN = b"http://www.w3.org/2001/XMLSchema#boolean"


def _canonical_booleans(data: bytes) -> bytes:
    """SPARQL JSON results with Virtuoso's xsd:boolean "1"/"0" (it keeps booleans
    as integers) written "true"/"false", as they were stored and as every other
    store answers; anything that does not parse is left for the caller to report."""
    try:
        doc = json.loads(data)
        for row in doc["results"]["bindings"]:
            for term in row.values():
                if term.get("datatype") == _XSD_BOOLEAN.decode() and term.get("value") in ("1", "0"):
                    term["value"] = "true" if term["value"] == "1" else "false"
    except (ValueError, KeyError, TypeError, AttributeError):
        return data
    return json.dumps(doc).encode("utf-8")


def _bindings(data: bytes, server: str) -> list[dict]:
    try:
        return json.loads(data)["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise StoreError(f"the SPARQL server at {server} sent an answer that does not parse "
                         "(cut short, or not SPARQL JSON results)") from None


_PROLOGUE = re.compile(r"(?is)^\s*(?:(?:PREFIX\s+\S*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*")


def split_prologue(sparql: str) -> tuple[str, str]:
    """(PREFIX and BASE lines, the rest) of a query, comments taken out."""
    body = without_comments(sparql)
    head = _PROLOGUE.match(body).group(0)
    return head.strip(), body[len(head):].strip()


def _is_graph_query(sparql: str) -> bool:
    """Whether a query answers with triples (CONSTRUCT, DESCRIBE) rather than rows."""
    return bool(re.match(r"(?i)(CONSTRUCT|DESCRIBE)\b", split_prologue(sparql)[1]))


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
