"""kg against a real SPARQL server: Oxigraph's, started on 127.0.0.1 per test module."""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.remote import Endpoints, RemoteStore, push, split_graphs
from kg.results import serialize
from kg.store import StoreError, open_store

from conftest import SEEDS

QUERIES = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))
OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen | None = None, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


@pytest.fixture()
def server(tmp_path):
    """A fresh Oxigraph server on 127.0.0.1 over its own directory; yields its URL."""
    if not Path(OXIGRAPH).exists():
        pytest.fail("the oxigraph server is a dependency of kg; reinstall with pip install -e .")
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "server"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_port(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def rows(store, query: str) -> list[str]:
    return sorted(serialize(store.query(query), "csv").decode("utf-8").splitlines())


def test_every_query_gives_the_same_answers_on_the_server(server, seed_store):
    remote = open_store(server)
    report = build(sorted(SEEDS.glob("*.txt")), remote)
    assert report.added == 5 and not report.failed
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        assert rows(remote, text) == rows(seed_store, text), q.stem


def test_export_from_the_server_equals_the_embedded_export(server, seed_store):
    remote = open_store(server)
    build(sorted(SEEDS.glob("*.txt")), remote)
    assert remote.export("nquads") == seed_store.export("nquads")
    assert remote.export("turtle") == seed_store.export("turtle")


def test_a_build_cut_short_reruns_to_completion_without_duplicates(server, seed_store, monkeypatch):
    cut_build_reruns_without_duplicates(server, seed_store, monkeypatch)


def cut_build_reruns_without_duplicates(url, seed_store, monkeypatch):
    """A build on the server at `url` cut short (the server gone after three
    graphs), then run twice: the server holds what the embedded store holds.
    Shared with tests/test_virtuoso.py."""
    seeds = sorted(SEEDS.glob("*.txt"))
    remote = open_store(url)
    calls = {"n": 0}
    real = RemoteStore.put_graph

    def failing(self, graph, data):  # the server goes away after three graphs
        calls["n"] += 1
        if calls["n"] > 3:
            raise StoreError("cannot reach the SPARQL server at test: connection refused")
        return real(self, graph, data)

    monkeypatch.setattr(RemoteStore, "put_graph", failing)
    monkeypatch.setattr("kg.remote.ThreadPoolExecutor", _Serial)
    with pytest.raises(StoreError):
        build(seeds, remote)
    monkeypatch.setattr(RemoteStore, "put_graph", real)
    build(seeds, remote)
    build(seeds, remote)  # and once more: nothing changes
    assert remote.export("nquads") == seed_store.export("nquads")


class _Serial:
    """A ThreadPoolExecutor stand-in that runs in order, so a failure is deterministic."""

    def __init__(self, *_a: object) -> None:
        pass

    def __enter__(self) -> "_Serial":
        return self

    def __exit__(self, *_a: object) -> None:
        pass

    def map(self, fn, items):  # type: ignore[no-untyped-def]
        return map(fn, items)


def test_push_copies_a_local_store_and_twice_doubles_nothing(server, tmp_path):
    local = open_store(tmp_path / "local")
    build(sorted(SEEDS.glob("*.txt")), local)
    remote = open_store(server)
    n = push(local, remote)
    assert n == 8  # five articles, the vocabulary, the identity and the glosses graph
    first = remote.export("nquads")
    assert first == local.export("nquads")
    push(local, remote)
    assert remote.export("nquads") == first


def test_cli_build_query_and_push_against_the_server(server, tmp_path):
    runner = CliRunner()
    r = runner.invoke(main, ["build", str(SEEDS), "--store", server, "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "5 new" in r.output
    r = runner.invoke(main, ["query", "positions", "--store", server, "--format", "csv"])
    assert r.exit_code == 0 and "Nguyễn Văn Sơn" in r.output
    local = tmp_path / "local"
    runner.invoke(main, ["build", str(SEEDS), "--store", str(local), "--out", str(tmp_path / "o2")])
    r = runner.invoke(main, ["push", "--to", server, "--store", str(local)])
    assert r.exit_code == 0 and "pushed 8 graphs" in r.output
    r = runner.invoke(main, ["stats", "--store", server])
    assert r.exit_code == 0 and "Article                  5" in r.output


def test_a_server_that_is_down_gives_one_clear_line(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    r = CliRunner().invoke(main, ["query", "positions", "--store", url])
    assert r.exit_code == 1
    assert "cannot reach the SPARQL server at http://127.0.0.1:" in r.output
    assert "Traceback" not in r.output


def test_a_server_that_does_not_answer_times_out_clearly():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)  # accepts connections, never answers
        port = s.getsockname()[1]
        with pytest.raises(StoreError, match="did not answer within 1 s"):
            RemoteStore(Endpoints.from_url(f"http://127.0.0.1:{port}"), timeout=1)


def test_server_errors_are_reported(server):
    remote = open_store(server)
    r = CliRunner().invoke(main, ["query", "SELECT ?x WHERE { ?x ?y }", "--store", server])
    assert r.exit_code == 1 and "answered 400" in r.output
    with pytest.raises(StoreError, match="only reads"):
        open_store(server, read_only=True).drop_graphs(["http://example.org/g"])
    assert remote.article_hashes() == {}


class _AuthHandler(http.server.BaseHTTPRequestHandler):
    seen: list[str | None] = []

    def do_POST(self) -> None:  # noqa: N802
        self.seen.append(self.headers.get("Authorization"))
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.headers.get("Authorization") != "Basic a2c6czNjcmV0":  # kg:s3cret
            self.send_response(401)
            self.end_headers()
            return
        body = b'{"head":{},"boolean":true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_a: object) -> None:
        pass


@pytest.fixture()
def auth_server():
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _AuthHandler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    _AuthHandler.seen = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    httpd.shutdown()


def test_credentials_come_from_the_environment_and_are_never_printed(auth_server, monkeypatch):
    monkeypatch.delenv("KG_STORE_USER", raising=False)
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    monkeypatch.setenv("NETRC", os.devnull)
    r = CliRunner().invoke(main, ["query", "ASK {}", "--store", auth_server])
    assert r.exit_code == 1 and "answered 401" in r.output and "KG_STORE_USER" in r.output
    monkeypatch.setenv("KG_STORE_USER", "kg")
    monkeypatch.setenv("KG_STORE_PASSWORD", "s3cret")
    r = CliRunner().invoke(main, ["query", "ASK {}", "--store", auth_server])
    assert r.exit_code == 0 and r.output.strip() == "yes"
    assert "s3cret" not in r.output and "a2c6czNjcmV0" not in r.output


def test_credentials_from_netrc(auth_server, monkeypatch, tmp_path):
    monkeypatch.delenv("KG_STORE_USER", raising=False)
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    rc = tmp_path / "netrc"
    rc.write_text("machine 127.0.0.1 login kg password s3cret\n")
    rc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(rc))
    RemoteStore(Endpoints.from_url(auth_server))
    assert _AuthHandler.seen[-1] == "Basic a2c6czNjcmV0"


def test_credentials_in_the_url_are_refused():
    with pytest.raises(StoreError, match="credentials do not go in the URL") as e:
        Endpoints.from_url("http://kg:s3cret@127.0.0.1:7878")
    assert "s3cret" not in str(e.value)


def test_endpoints_from_urls():
    e = Endpoints.from_url("http://127.0.0.1:7878")
    assert (e.query, e.update, e.graph_store) == ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update",
                                                 "http://127.0.0.1:7878/store")
    e = Endpoints.from_url("http://db:8890/sparql", graph_store="http://db:8890/sparql-graph-crud-auth")
    assert (e.query, e.update, e.graph_store) == ("http://db:8890/sparql", None,
                                                 "http://db:8890/sparql-graph-crud-auth")
    e = Endpoints.from_url("http://fuseki:3030/kg/query", update="http://fuseki:3030/kg/update")
    assert (e.update, e.union_param) == ("http://fuseki:3030/kg/update", False)
    with pytest.raises(StoreError):
        Endpoints.from_url("ftp://x")


def test_split_graphs_keeps_each_articles_triples_together():
    lines = [b'<s> <p> "a <b> c" <g1> .\n', b"<s> <q> <o> <g1> .\n", b"<t> <p> <o> <g2> .\n"]
    assert list(split_graphs(lines)) == [("g1", b'<s> <p> "a <b> c" .\n<s> <q> <o> .\n'),
                                         ("g2", b"<t> <p> <o> .\n")]


def test_kg_serve_answers_queries_over_the_store(tmp_path):
    store = tmp_path / "store"
    local = open_store(store)
    build(sorted(SEEDS.glob("*.txt")), local)
    local.close()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--bind",
                             f"127.0.0.1:{port}"], stderr=subprocess.PIPE, text=True)
    try:
        said = proc.stderr.readline()  # printed once the server listens
        assert f"http://127.0.0.1:{port}/" in said, said
        remote = open_store(f"http://127.0.0.1:{port}", read_only=True)
        assert len(remote.article_hashes()) == 5
        r = CliRunner().invoke(main, ["query", "positions", "--store", f"http://127.0.0.1:{port}"])
        assert r.exit_code == 0 and "Phó Bí thư Tỉnh ủy" in r.output
    finally:
        proc.terminate()
        proc.wait(10)
    # the server went with it: nothing listens on the port any more
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # closed connections may linger
        s.bind(("127.0.0.1", port))


def test_reads_of_many_rows_go_page_by_page(server, seed_store, monkeypatch):
    """A server caps its answers (Virtuoso: 10,000 rows): every quad and every hash
    still comes back."""
    monkeypatch.setattr("kg.remote.PAGE", 7)
    remote = open_store(server)
    build(sorted(SEEDS.glob("*.txt")), remote)
    assert remote.export("nquads") == seed_store.export("nquads")
    assert len(remote.article_hashes()) == 5


def test_a_big_build_writes_one_graph_per_article_to_the_server(server, seed_store, monkeypatch):
    monkeypatch.setattr("kg.build.BULK_FROM", 1)  # the spool-file path of big builds
    remote = open_store(server)
    build(sorted(SEEDS.glob("*.txt")), remote, jobs=2)
    assert remote.export("nquads") == seed_store.export("nquads")


def test_construct_queries_answer_triples(server, seed_store):
    remote = open_store(server)
    build(sorted(SEEDS.glob("*.txt")), remote)
    q = ("CONSTRUCT { ?p <http://xmlns.com/foaf/0.1/name> ?n } WHERE { GRAPH ?g { "
         "?p <http://xmlns.com/foaf/0.1/name> ?n } }")
    import pyoxigraph as ox

    def triples(store) -> set:  # type: ignore[no-untyped-def]
        return set(ox.parse(serialize(store.query(q), "table"), format=ox.RdfFormat.TURTLE))

    assert triples(remote) == triples(seed_store)
    assert "Ma Thế Hồng" in serialize(remote.query(q), "table").decode()


def test_an_answer_cut_short_is_the_servers_fault_not_invalid_sparql():
    class Cut(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"lit'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", 0), Cut)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        r = CliRunner().invoke(main, ["query", "positions", "--store", f"http://127.0.0.1:{srv.server_address[1]}"])
        assert r.exit_code == 1 and "does not parse" in r.output and "not valid SPARQL" not in r.output, r.output
    finally:
        srv.shutdown()


class _DigestHandler(http.server.BaseHTTPRequestHandler):
    """A server that takes only HTTP Digest (kg:s3cret), checking the answer's hash."""

    seen: list[str | None] = []
    NONCE = "5f1e2d3c4b5a"

    def _ok(self) -> bool:
        import hashlib

        auth = self.headers.get("Authorization")
        self.seen.append(auth)
        if not auth or not auth.startswith("Digest "):
            return False
        f = urllib.request.parse_keqv_list(urllib.request.parse_http_list(auth[len("Digest "):]))
        md5 = lambda s: hashlib.md5(s.encode()).hexdigest()  # noqa: E731
        ha1, ha2 = md5(f"kg:kg:s3cret"), md5(f"{self.command}:{f['uri']}")
        want = md5(f"{ha1}:{self.NONCE}:{f['nc']}:{f['cnonce']}:{f['qop']}:{ha2}")
        return f.get("username") == "kg" and f.get("response") == want

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if not self._ok():
            self.send_response(401)
            self.send_header("WWW-Authenticate", f'Digest realm="kg", nonce="{self.NONCE}", qop="auth", '
                                                  'algorithm="MD5"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"head":{},"boolean":true}'
        self.send_response(200 if self.command == "POST" else 204)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET = do_PUT = _answer

    def log_message(self, *_a: object) -> None:
        pass


def test_a_server_that_asks_for_digest_gets_digest_and_never_basic(monkeypatch):
    """(Virtuoso's Digest is tested against Virtuoso itself: tests/test_virtuoso.py.)"""

    httpd = http.server.HTTPServer(("127.0.0.1", 0), _DigestHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    _DigestHandler.seen = []
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
        monkeypatch.setenv("KG_STORE_USER", "kg")
        monkeypatch.setenv("KG_STORE_PASSWORD", "s3cret")
        remote = RemoteStore(Endpoints.from_url(url, graph_store=url + "-graph"))
        remote.put_graph("urn:g", b"<urn:a> <urn:b> <urn:c> .\n")
        assert _DigestHandler.seen[0] is None  # the first request carries nothing
        assert not any(a and a.startswith("Basic") for a in _DigestHandler.seen)
        assert _DigestHandler.seen[-1].startswith("Digest ")
        monkeypatch.setenv("KG_STORE_PASSWORD", "wrong")
        with pytest.raises(StoreError, match="answered 401") as e:
            RemoteStore(Endpoints.from_url(url))
        assert "wrong" not in str(e.value)
    finally:
        httpd.shutdown()
