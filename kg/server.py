"""`kg serve`: the store as a SPARQL 1.1 endpoint, safe to run on a desktop.

A SPARQL server on 127.0.0.1 is reachable by every web page the user opens:
a page on another origin can POST a form to /update without any preflight,
and DNS rebinding lets it read answers under a name of its own. So this
server, unlike a bare `oxigraph serve`:

- is read-only unless started writable, and then writes only for a request
  that carries the server's token (`Authorization: Bearer TOKEN`, or Basic
  auth with the token as password) — a header no cross-origin form can send;
- answers only requests whose Host is one of its own names, and refuses any
  request whose Origin is not its own;
- refuses SERVICE and LOAD (they make the engine fetch any URL) unless
  started with `allow_service`.

It speaks the SPARQL 1.1 Protocol (/query: GET or POST, form or direct body;
/update) and the Graph Store Protocol (/store?graph=IRI: GET, PUT, POST,
DELETE), which is what kg's own `--store http://…` client uses, over
pyoxigraph, the same engine and on-disk format as the embedded store. The
default graph of a query is the union of the article graphs, as in kg.
"""

from __future__ import annotations

import base64
import hmac
import json
import socket
import threading
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.sparql_guard import refusal

MAX_BODY = 256 * 1024 * 1024  # a Graph Store PUT of one article is kilobytes; a push of a big graph, megabytes

_RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
_PAGE_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
             "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


@dataclass
class ServeConfig:
    """What the server may do, and the names it answers to."""

    store: ox.Store
    writable: bool = False
    token: str | None = None
    allow_service: bool = False
    hosts: set[str] = field(default_factory=set)  # "host:port" values a Host header may carry
    page: bytes = b""


def own_hosts(host: str, port: int, extra: tuple[str, ...] = ()) -> set[str]:
    """The Host header values that name this server: its bind address and the
    loopback names, with the port (and without it for port 80), plus `extra`."""
    names = {host.strip("[]").lower(), "127.0.0.1", "localhost", "::1", *(h.lower() for h in extra)}
    names.discard("0.0.0.0")
    names.discard("::")
    out = set()
    for name in names:
        shown = f"[{name}]" if ":" in name else name
        out.add(f"{shown}:{port}")
        if port == 80:
            out.add(shown)
    return out


def _accept(header: str, offered: dict[str, Any], default: str) -> str | None:
    """The media type of `offered` the Accept header prefers (None: none acceptable)."""
    if not header.strip():
        return default
    ranked = []
    for n, part in enumerate(header.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, n, media.lower()))
    for q, _, media in sorted(ranked):
        if q == 0:
            continue
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return None


class Handler(BaseHTTPRequestHandler):
    """One request: checked (Host, Origin, token, fetching keywords), then run."""

    server_version = "kg-serve"
    config: ServeConfig  # set on the subclass made by make_server

    # -- plumbing -----------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        """Quiet: a query page makes many requests; errors are answered, not logged."""

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/plain; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"))

    def _body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body missing a valid length or too large")
            return None
        return self.rfile.read(length) if length else b""

    def _allowed(self, write: bool) -> bool:
        """Host and Origin are ours, and a write carries the token; else answer and refuse."""
        cfg = self.config
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in cfg.hosts:
            self._error(HTTPStatus.FORBIDDEN, "unknown Host: this server answers only to its own address "
                        "(start kg serve with --allow-host NAME to add one)")
            return False
        origin = self.headers.get("Origin")
        if origin is not None and origin.lower() not in {f"http://{h}" for h in cfg.hosts}:
            self._error(HTTPStatus.FORBIDDEN, "cross-origin requests are refused")
            return False
        if write:
            if not cfg.writable:
                self._error(HTTPStatus.FORBIDDEN, "this server is read-only (start kg serve with --writable)")
                return False
            if not self._has_token():
                self._send(HTTPStatus.UNAUTHORIZED, b"writing needs the server's token (KG_STORE_TOKEN)\n",
                           headers={"WWW-Authenticate": 'Bearer realm="kg"'})
                return False
        return True

    def _has_token(self) -> bool:
        token = self.config.token
        if not token:
            return False
        auth = self.headers.get("Authorization") or ""
        scheme, _, value = auth.partition(" ")
        given = ""
        if scheme.lower() == "bearer":
            given = value.strip()
        elif scheme.lower() == "basic":
            try:
                given = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")[2]
            except (ValueError, UnicodeDecodeError):
                given = ""
        return hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))

    # -- routing ------------------------------------------------------------

    def _route(self) -> tuple[str, dict[str, list[str]]]:
        parts = urllib.parse.urlsplit(self.path)
        return parts.path, urllib.parse.parse_qs(parts.query, keep_blank_values=True)

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        """No CORS: a preflight is answered without any Access-Control header."""
        if self._allowed(write=False):
            self._send(HTTPStatus.NO_CONTENT, headers={"Allow": "GET, HEAD, POST, PUT, DELETE, OPTIONS"})

    def do_HEAD(self) -> None:  # noqa: N802
        """As GET, without the body."""
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        """The query page, a query, or a graph."""
        path, params = self._route()
        if not self._allowed(write=False):
            return
        if path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, self.config.page, "text/html; charset=utf-8",
                       {"Content-Security-Policy": _PAGE_CSP, "X-Frame-Options": "DENY",
                        "Referrer-Policy": "no-referrer"})
        elif path == "/query":
            if "query" not in params:
                self._error(HTTPStatus.BAD_REQUEST, "give the query as ?query=…")
                return
            self._query(params["query"][0])
        elif path == "/store":
            self._get_graph(params)
        else:
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoints are /query, /update and /store")

    def do_POST(self) -> None:  # noqa: N802
        """A query, an update, or triples added to a graph."""
        path, params = self._route()
        write = path != "/query"
        if not self._allowed(write=write):
            return
        body = self._body()
        if body is None:
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if path == "/store":
            self._write_graph(params, body, replace=False)
            return
        if path not in ("/query", "/update"):
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoints are /query, /update and /store")
            return
        name = "query" if path == "/query" else "update"
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            if name not in form:
                self._error(HTTPStatus.BAD_REQUEST, f"the form has no {name} field")
                return
            text = form[name][0]
        elif ctype == f"application/sparql-{name}":
            text = body.decode("utf-8", "replace")
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        f"send the {name} as application/sparql-{name} or as a form")
            return
        if name == "query":
            self._query(text)
        else:
            self._update(text)

    def do_PUT(self) -> None:  # noqa: N802
        """Replace a graph."""
        path, params = self._route()
        if not self._allowed(write=True):
            return
        body = self._body()
        if body is None:
            return
        if path != "/store":
            self._error(HTTPStatus.NOT_FOUND, "PUT goes to /store?graph=IRI")
            return
        self._write_graph(params, body, replace=True)

    def do_DELETE(self) -> None:  # noqa: N802
        """Drop a graph."""
        path, params = self._route()
        if not self._allowed(write=True):
            return
        graph = self._graph_name(params)
        if path != "/store" or graph is None:
            self._error(HTTPStatus.BAD_REQUEST, "DELETE goes to /store?graph=IRI")
            return
        store = self.config.store
        if isinstance(graph, ox.NamedNode) and not store.contains_named_graph(graph):
            self._error(HTTPStatus.NOT_FOUND, "no such graph")
            return
        store.remove_graph(graph) if isinstance(graph, ox.NamedNode) else store.clear_graph(graph)
        self._send(HTTPStatus.NO_CONTENT)

    # -- the work -----------------------------------------------------------

    def _query(self, text: str) -> None:
        if not self.config.allow_service and (why := refusal(text)):
            self._error(HTTPStatus.FORBIDDEN, why)
            return
        try:
            result = self.config.store.query(text, use_default_graph_as_union=True)
        except SyntaxError as e:
            self._error(HTTPStatus.BAD_REQUEST, f"the query is not valid SPARQL: {e}")
            return
        except OSError as e:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the store could not answer: {e}")
            return
        accept = self.headers.get("Accept") or ""
        if isinstance(result, ox.QueryTriples):
            media = _accept(accept, _GRAPH_TYPES, "application/n-triples")
            formats: dict[str, Any] = _GRAPH_TYPES
        else:
            media = _accept(accept, _RESULT_TYPES, "application/sparql-results+json")
            formats = _RESULT_TYPES
        if media is None:
            self._error(HTTPStatus.NOT_ACCEPTABLE, "offered: " + ", ".join(formats))
            return
        try:  # evaluation is lazy: errors surface while serializing, before anything is sent
            data = result.serialize(format=formats[media])
        except (OSError, ValueError, RuntimeError) as e:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed while running: {e}")
            return
        self._send(HTTPStatus.OK, data or b"", media + ("; charset=utf-8" if media.startswith("text/") else ""))

    def _update(self, text: str) -> None:
        if not self.config.allow_service and (why := refusal(text)):
            self._error(HTTPStatus.FORBIDDEN, why)
            return
        try:
            self.config.store.update(text)
        except SyntaxError as e:
            self._error(HTTPStatus.BAD_REQUEST, f"the update is not valid SPARQL: {e}")
            return
        except OSError as e:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the update failed: {e}")
            return
        self._send(HTTPStatus.NO_CONTENT)

    def _graph_name(self, params: dict[str, list[str]]) -> ox.NamedNode | ox.DefaultGraph | None:
        if "default" in params:
            return ox.DefaultGraph()
        if "graph" in params:
            try:
                return ox.NamedNode(params["graph"][0])
            except ValueError:
                return None
        return None

    def _get_graph(self, params: dict[str, list[str]]) -> None:
        graph = self._graph_name(params)
        store = self.config.store
        if graph is None:
            self._error(HTTPStatus.BAD_REQUEST, "GET /store?graph=IRI (or ?default)")
            return
        if isinstance(graph, ox.NamedNode) and not store.contains_named_graph(graph):
            self._error(HTTPStatus.NOT_FOUND, "no such graph")
            return
        media = _accept(self.headers.get("Accept") or "",
                        {k: v for k, v in _GRAPH_TYPES.items() if "quads" not in k and "trig" not in k},
                        "application/n-triples")
        if media is None:
            self._error(HTTPStatus.NOT_ACCEPTABLE, "offered: application/n-triples, text/turtle, "
                        "application/rdf+xml")
            return
        triples = [ox.Triple(q.subject, q.predicate, q.object)
                   for q in store.quads_for_pattern(None, None, None, graph)]
        self._send(HTTPStatus.OK, ox.serialize(triples, format=_GRAPH_TYPES[media]), media)

    def _write_graph(self, params: dict[str, list[str]], body: bytes, replace: bool) -> None:
        graph = self._graph_name(params)
        if graph is None:
            self._error(HTTPStatus.BAD_REQUEST, "give the graph as ?graph=IRI (or ?default)")
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fmt = _GRAPH_TYPES.get(ctype)
        if fmt is None or ctype in ("application/n-quads", "application/trig"):
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send application/n-triples, text/turtle "
                        "or application/rdf+xml")
            return
        try:
            triples = list(ox.parse(body, format=fmt))
        except SyntaxError as e:
            self._error(HTTPStatus.BAD_REQUEST, f"the graph does not parse: {e}")
            return
        store = self.config.store
        existed = isinstance(graph, ox.DefaultGraph) or store.contains_named_graph(graph)
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
        with _WRITE_LOCK:  # drop and add as one step for readers of this server
            if replace:
                store.clear_graph(graph) if existed else None
            store.extend(quads)
        self._send(HTTPStatus.NO_CONTENT if existed else HTTPStatus.CREATED)


_WRITE_LOCK = threading.Lock()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # SO_REUSEADDR: a restart right after a stop must not wait for TIME_WAIT to pass;
    # on Linux it still refuses a port another server listens on
    allow_reuse_address = True


class _Server6(_Server):
    address_family = socket.AF_INET6


QUERIES = Path(__file__).resolve().parent.parent / "queries"


def query_page(queries_dir: Path = QUERIES) -> bytes:
    """The query page: a form, the named queries of queries/ to start from, and a
    results table filled with text nodes only (never markup from the store)."""
    examples = {q.stem: q.read_text(encoding="utf-8") for q in sorted(queries_dir.glob("*.rq"))}
    # JSON inside <script>: "<" and "&" escaped, so no text can close the element
    data = json.dumps(examples, ensure_ascii=False).replace("<", "\\u003c").replace("&", "\\u0026")
    page = (Path(__file__).parent / "templates" / "serve.html").read_text(encoding="utf-8")
    return page.replace("{{queries}}", data).encode("utf-8")


def make_server(store: ox.Store, host: str, port: int, writable: bool = False, token: str | None = None,
                allow_service: bool = False, allow_hosts: tuple[str, ...] = ()) -> ThreadingHTTPServer:
    """A server bound to host:port (raises OSError when the port is taken);
    call serve_forever() on it. Port 0 picks a free port (see server_address)."""
    cls = _Server6 if ":" in host.strip("[]") else _Server
    srv = cls((host.strip("[]"), port), type("KgHandler", (Handler,), {}))
    bound = srv.server_address[1]
    config = ServeConfig(store=store, writable=writable, token=token, allow_service=allow_service,
                         hosts=own_hosts(host, bound, allow_hosts), page=query_page())
    srv.RequestHandlerClass.config = config  # type: ignore[attr-defined]
    return srv
