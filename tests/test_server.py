"""`kg serve` as a hostile page or a careless client meets it: a real server on
127.0.0.1, started per test, and real Chromium for the cross-origin cases."""

from __future__ import annotations

import base64
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.store import open_store

from conftest import SEEDS

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def seed_copy(tmp_path_factory):
    """A store of the seeds on disk, for servers to serve."""
    path = tmp_path_factory.mktemp("served") / "store"
    s = open_store(path)
    build(sorted(SEEDS.glob("*.txt")), s)
    s.close()
    return path


class Served:
    def __init__(self, store: Path, *flags: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--bind",
                                      f"127.0.0.1:{self.port}", *flags], stderr=subprocess.PIPE, text=True,
                                     env={**os.environ, "PYTHONFAULTHANDLER": "1", **(env or {})})
        self.said = [self.proc.stderr.readline()]
        if "--writable" in flags and not (env or {}).get("KG_STORE_TOKEN"):
            self.said.append(self.proc.stderr.readline())
        assert f"{self.url}/" in self.said[0], self.said

    def token(self) -> str:
        return self.said[1].rsplit("KG_STORE_TOKEN=", 1)[1].strip()

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def count(self) -> int:
        status, data = self.request("GET", "/query?" + urllib.parse.urlencode({"query": COUNT}))
        assert status == 200, data
        return int(json.loads(data)["results"]["bindings"][0]["n"]["value"])

    def stop(self) -> None:
        self.proc.terminate()
        try:
            # a writable store is flushed to disk on the way out; once on CI a stop took over 15 s
            # (cause not found: no rerun here reproduced it; the dump below is for the next time)
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            import signal

            self.proc.send_signal(signal.SIGABRT)  # PYTHONFAULTHANDLER: every thread's stack to stderr
            _, said = self.proc.communicate(timeout=30)
            pytest.fail(f"kg serve did not stop within 60 s of SIGTERM; its threads:\n{said[-6000:]}")


@pytest.fixture
def served(seed_copy, tmp_path):
    """Start servers over a fresh copy of the seed store; all stopped at the end."""
    import shutil

    started: list[Served] = []

    def start(*flags: str, env: dict[str, str] | None = None) -> Served:
        copy = tmp_path / f"store{len(started)}"
        shutil.copytree(seed_copy, copy)
        s = Served(copy, *flags, env=env)
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def test_by_default_nothing_can_write_not_even_without_an_origin(served):
    s = served()
    before = s.count()
    assert "read-only" in s.said[0]
    for headers in ({**FORM, "Origin": "http://evil.example"}, FORM):
        status, _ = s.request("POST", "/update", b"update=DROP+ALL", headers)
        assert status == 403
    status, _ = s.request("PUT", "/store?graph=urn:x", b"<urn:a> <urn:b> <urn:c> .",
                          {"Content-Type": "application/n-triples"})
    assert status == 403
    assert s.count() == before > 0


def test_a_writable_server_writes_only_with_its_token_and_only_from_its_own_origin(served):
    s = served("--writable")
    before, token = s.count(), s.token()
    assert len(token) >= 24
    assert s.request("POST", "/update", b"update=DROP+ALL", FORM)[0] == 401
    assert s.request("POST", "/update", b"update=DROP+ALL", {**FORM, "Authorization": "Bearer wrong"})[0] == 401
    evil = {**FORM, "Authorization": f"Bearer {token}", "Origin": "http://evil.example"}
    assert s.request("POST", "/update", b"update=DROP+ALL", evil)[0] == 403
    assert s.count() == before
    basic = "Basic " + base64.b64encode(f"kg:{token}".encode()).decode()
    status, _ = s.request("POST", "/update", b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
                          {"Content-Type": "application/sparql-update", "Authorization": basic})
    assert status == 204 and s.count() == before + 1


def test_kg_build_writes_through_a_writable_server_with_the_token_in_the_environment(served, tmp_path):
    s = served("--writable", env={"KG_STORE_TOKEN": "a-long-shared-secret-for-this-test"})
    article = tmp_path / "new" / "one.txt"
    article.parent.mkdir()
    article.write_text("Hội nghị Đảng ủy xã\n\nNgày 5/3/2021, Đảng ủy xã Minh Hòa tổ chức Hội nghị lần thứ 4. "
                       "Đồng chí Lò Văn Kiên, Bí thư Đảng ủy xã chủ trì.\n", encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(main, ["build", str(article.parent), "--store", s.url, "--out", str(tmp_path / "o")])
    assert r.exit_code == 1 and "401" in r.output and "KG_STORE_TOKEN" in r.output
    r = runner.invoke(main, ["build", str(article.parent), "--store", s.url, "--out", str(tmp_path / "o")],
                      env={"KG_STORE_TOKEN": "a-long-shared-secret-for-this-test"})
    assert r.exit_code == 0, r.output
    assert "6 articles" in r.output


def test_requests_for_another_host_name_are_refused(served):
    """DNS rebinding: a page at evil.example resolved to 127.0.0.1 sends Host: evil.example."""
    s = served()
    q = "/query?" + urllib.parse.urlencode({"query": "ASK {}"})
    assert s.request("GET", q, headers={"Host": "evil.example"})[0] == 403
    assert s.request("GET", q, headers={"Host": f"evil.example:{s.port}"})[0] == 403
    assert s.request("GET", q, headers={"Host": f"localhost:{s.port}"})[0] == 200
    assert s.request("GET", q)[0] == 200


def test_service_and_load_fetch_nothing_unless_allowed(served):
    hits: list[str] = []

    class Bait(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    bait = http.server.HTTPServer(("127.0.0.1", 0), Bait)
    threading.Thread(target=bait.serve_forever, daemon=True).start()
    target = f"http://127.0.0.1:{bait.server_address[1]}/secret"
    try:
        s = served()
        query = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
        status, body = s.request("POST", "/query", query.encode(), {"Content-Type": "application/sparql-query"})
        assert status == 403 and b"--allow-service" in body
        w = served("--writable")
        status, _ = w.request("POST", "/update", f"LOAD <{target}>".encode(),
                              {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {w.token()}"})
        assert status == 403
        # kg query on a local store refuses it too
        r = CliRunner().invoke(main, ["query", query, "--store", str(Path(s.proc.args[4]))])
        assert r.exit_code == 1 and "SERVICE" in r.output
        assert hits == []
    finally:
        bait.shutdown()


def test_a_busy_port_is_one_clear_line_and_nothing_claims_to_serve(served, seed_copy, tmp_path):
    s = served()
    r = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "none"), "--bind",
                        f"127.0.0.1:{s.port}"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "no store at" in r.stderr  # the store is checked first
    import shutil

    shutil.copytree(seed_copy, tmp_path / "other")
    r = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "other"), "--bind",
                        f"127.0.0.1:{s.port}"], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "RUST_BACKTRACE": "1"})
    assert r.returncode == 1 and "serving" not in r.stderr
    assert r.stderr.strip().splitlines() == [f"Error: cannot listen on 127.0.0.1:{s.port}: "
                                             "the port is in use (another kg serve?)"]


def test_the_query_page_is_its_own_and_frames_nowhere(served):
    s = served()
    status, page = s.request("GET", "/")
    assert status == 200
    queries = sorted(p.stem for p in (Path(__file__).parent.parent / "queries").glob("*.rq"))
    for name in queries:
        assert f'"{name}"'.encode() in page
    assert b"</script><" not in page.split(b'id="queries">')[1].split(b"</script>")[0] + b"x"


def _chromium() -> str:
    from test_views import chromium

    return chromium()


def _dump(url: str, profile: Path) -> str:
    out = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--virtual-time-budget=8000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120)
    return out.stdout


def test_a_connection_that_never_sends_a_request_does_not_hold_up_a_stop(served):
    s = served()
    # what a browser's preconnect leaves: a connection opened and never used
    idle = socket.create_connection(("127.0.0.1", s.port))
    try:
        assert s.count() > 0  # the server answers others meanwhile
        s.proc.terminate()
        assert s.proc.wait(5) == 0
    finally:
        idle.close()


def test_a_page_of_another_origin_in_chromium_can_neither_write_nor_read(served, tmp_path):
    s = served("--writable")
    before = s.count()
    attack = f"""<!DOCTYPE html><html><body><script>
    const t = "{s.url}";
    async function go() {{
      const done = [];
      try {{ await fetch(t + "/update", {{method: "POST", mode: "no-cors",
        headers: {{"Content-Type": "application/x-www-form-urlencoded"}}, body: "update=DROP%20ALL"}});
        done.push("posted"); }} catch (e) {{ done.push("post-failed"); }}
      try {{ const r = await fetch(t + "/query?query=" + encodeURIComponent("SELECT * {{ ?s ?p ?o }} LIMIT 1"));
        done.push("read:" + (await r.text()).length); }} catch (e) {{ done.push("read-failed"); }}
      document.body.dataset.done = done.join(",");
    }}
    go();
    </script></body></html>"""
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text(attack, encoding="utf-8")
    other = subprocess.Popen([sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory",
                              str(tmp_path / "site")], stdout=subprocess.PIPE, text=True)
    try:
        line = other.stdout.readline()  # "Serving HTTP on 127.0.0.1 port N …"
        port = int(line.split(" port ")[1].split()[0])
        dom = _dump(f"http://127.0.0.1:{port}/index.html", tmp_path / "profile")
    finally:
        other.terminate()
        other.wait(10)
    assert 'data-done="' in dom, dom[:500]
    assert "read-failed" in dom  # no CORS header: the answer stays out of the page's reach
    assert s.count() == before  # and the no-cors form POST changed nothing


def test_the_query_page_runs_a_query_and_shows_hostile_text_as_text(served, tmp_path):
    s = served("--writable")
    hostile = '<img src=x onerror="document.body.dataset.pwned=1">'
    update = ("INSERT DATA { GRAPH <urn:h> { <urn:p> <http://xmlns.com/foaf/0.1/name> "
              + json.dumps(hostile) + " } }")
    assert s.request("POST", "/update", update.encode(), {"Content-Type": "application/sparql-update",
                                                          "Authorization": f"Bearer {s.token()}"})[0] == 204
    q = "SELECT ?n WHERE { <urn:p> <http://xmlns.com/foaf/0.1/name> ?n }"
    dom = _dump(f"{s.url}/#query=" + urllib.parse.quote(q), tmp_path / "profile")
    assert 'data-rows="1"' in dom, dom[:800]
    assert "data-pwned" not in dom  # the onerror never ran: the markup is text
    assert "&lt;img src=x" in dom
