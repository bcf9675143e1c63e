"""kg against a real OpenLink Virtuoso (Debian's virtuoso-opensource 7.2), started
on 127.0.0.1 for this module with its own database and ini file, its answers
capped at 1,000 rows (ResultSetMaxRows) so that paging is exercised, and
stopped by its process id at the end. Installed when missing and we run as
root (as CI does); skipped, saying why, where it cannot be.

The 1k bench corpus is built against it by bench/virtuoso.py (~1.5 min of build
alone on a shared 2-core machine); here a 120-article synthetic corpus stands in for
it, big enough that the identity graph, the export and the larger named
queries go past the cap."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.iris import BASE
from kg.results import serialize
from kg.store import StoreError, open_store

from conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402
from virtuoso_server import Virtuoso, virtuoso_binary  # noqa: E402

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
CAP = 1000
# the parameterized named queries, with values the seeds and the synthetic corpus hold
PARAMS = {
    "post-holders": [{"title": "Chủ tịch UBND tỉnh"}, {"title": "Phó Bí thư Tỉnh ủy", "from": "2020-01-01"},
                     {"title": "Bí thư", "province": "Tuyên Quang", "to": "2030-12-31"}],
    "tenures": [{"name": "Ma Thế Hồng"}, {"name": "nguyễn văn sơn"}],
}


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    binary = virtuoso_binary()
    if not binary:
        pytest.skip("Debian's virtuoso-opensource is not installed and cannot be here "
                    "(installing it needs root and apt-get)")
    servers = _Servers(tmp_path_factory, binary)
    yield servers
    servers.stop()


class _Servers:
    """The module's Virtuoso, started again in a fresh directory should it have died
    between two tests (an aborted load once brought Virtuoso 7.2 down under a test run;
    its log's tail goes to stderr, so the crash stays visible without failing the tests
    after it, which ask kg, not the server, for something)."""

    def __init__(self, tmp_path_factory, binary: str) -> None:
        self.factory, self.binary = tmp_path_factory, binary
        self.server = self._started()

    def _started(self) -> Virtuoso:
        server = Virtuoso(self.factory.mktemp("virtuoso"), max_rows=CAP, binary=self.binary)
        server.start()
        return server

    def current(self) -> Virtuoso:
        if self.server.proc is None or self.server.proc.poll() is not None:
            sys.stderr.write(f"virtuoso-t had exited ({self.server.proc and self.server.proc.returncode}); "
                             f"its log ends:\n{self.server.log()[-1500:]}\n")
            self.server = self._started()
        return self.server

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture()
def v(virtuoso, monkeypatch):
    """The server, emptied of kg's graphs, with its user's credentials in the environment."""
    virtuoso = virtuoso.current()
    for name, value in virtuoso.env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("NETRC", "/nonexistent")
    monkeypatch.delenv("KG_STORE_TOKEN", raising=False)
    remote = open_store(virtuoso.url)
    graphs = [r["g"].value for r in remote.query(
        f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{BASE}")) }}')]
    remote.drop_graphs(graphs)
    return virtuoso


def rows(store, query: str) -> list[str]:
    return sorted(serialize(store.query(query), "csv").decode("utf-8").splitlines())


def named_queries() -> list[tuple[str, str]]:
    """(name, text) of every query in queries/, and of each parameterized one bound."""
    from kg.career import bind_parameter

    out = []
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        out.append((q.stem, text))
        for values in PARAMS.get(q.stem, []):
            bound = text
            for name, value in values.items():
                bound = bind_parameter(bound, name, value)
            out.append((f"{q.stem} {values}", bound))
    return out


def test_every_named_query_and_the_export_equal_the_embedded_store(v, seed_store):
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--store", v.url, "--out", str(v.dir.parent / "out")])
    assert r.exit_code == 0, r.output
    assert "5 new" in r.output
    remote = open_store(v.url, read_only=True)
    # the query endpoint alone is enough: Virtuoso is recognised, its other endpoints known
    assert remote.virtuoso and remote.endpoints.update == v.update_url
    assert remote.endpoints.graph_store == v.graph_store_url and not remote.endpoints.union_param
    checked = 0
    for name, text in named_queries():
        answer = rows(remote, text)
        assert answer == rows(seed_store, text), name
        checked += len(answer) > 1
    assert checked >= len(QUERIES)  # rows to compare, not empty answers
    assert remote.export("nquads") == seed_store.export("nquads")
    assert remote.export("turtle") == seed_store.export("turtle")
    # the default graph is the union of the article graphs, and Virtuoso's own
    # graphs (virtrdf#, its service description) stay out of what kg reads
    q = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/kgvn/ontology#Person> }"
    assert rows(remote, q) == rows(seed_store, q)
    assert b"openlinksw" not in remote.export("nquads")
    hashes = remote.article_hashes()
    assert hashes == seed_store.article_hashes() and len(hashes) == 5


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """120 synthetic articles and their embedded store."""
    folder = tmp_path_factory.mktemp("vcorpus") / "corpus"
    generate(folder, 120)
    local = open_store(folder.parent / "local")
    build(sorted(folder.rglob("*.txt")), local)
    yield folder, local
    local.close()


def test_a_corpus_past_the_row_cap_reads_back_whole(v, corpus):
    folder, local = corpus
    remote = open_store(v.url)
    report = build(sorted(folder.rglob("*.txt")), remote, jobs=2)
    assert report.added == 120 and not report.failed
    past_cap = 0
    for name, text in named_queries():
        answer = rows(remote, text)
        assert answer == rows(local, text), name
        past_cap += len(answer) > CAP + 1
    assert past_cap >= 2  # pages were read, not one capped answer
    data = remote.export("nquads")
    assert data == local.export("nquads")
    assert data.count(b"\n") > 10 * CAP  # past MaxSortedTopRows (10,000) too
    assert remote._page == CAP  # the cap, read from the server


def test_a_select_past_the_cap_is_read_in_pages_in_its_order(v):
    remote = open_store(v.url)
    graph = BASE + "test/many"
    remote.put_graph(graph, "".join(f'<{BASE}test/s{i}> <{BASE}test/n> "{i:05d}" .\n'
                                    for i in range(2500)).encode())
    q = f"SELECT ?s ?n WHERE {{ GRAPH <{graph}> {{ ?s <{BASE}test/n> ?n }} }}"
    got = [(r["s"].value, r["n"].value) for r in remote.query(q)]
    assert len(got) == len(set(got)) == 2500
    ordered = [r["n"].value for r in remote.query(q + " ORDER BY DESC(?n)")]
    assert ordered == [f"{i:05d}" for i in reversed(range(2500))]
    assert len(list(remote.query(q + " LIMIT 1500"))) == 1500
    count = remote.query(f"SELECT (COUNT(*) AS ?c) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert next(iter(count))["c"].value == "2500"
    with pytest.raises(StoreError, match="cut the answer at its cap of 1000 rows"):  # a CONSTRUCT cannot be paged: said, not cut silently
        remote.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    r = CliRunner().invoke(main, ["query", q, "--store", v.url, "--format", "csv"])
    assert r.exit_code == 0 and len(r.output.splitlines()) == 2501


def test_a_build_cut_short_reruns_to_completion_without_duplicates(v, seed_store, monkeypatch):
    from test_remote import cut_build_reruns_without_duplicates

    cut_build_reruns_without_duplicates(v.url, seed_store, monkeypatch)


def test_push_twice_doubles_nothing(v, tmp_path):
    local = open_store(tmp_path / "local")
    build(sorted(SEEDS.glob("*.txt")), local)
    local.close()
    for _ in range(2):
        r = CliRunner().invoke(main, ["push", "--to", v.url, "--store", str(tmp_path / "local")])
        assert r.exit_code == 0 and "pushed 8 graphs" in r.output, r.output
    local = open_store(tmp_path / "local", read_only=True)
    assert open_store(v.url).export("nquads") == local.export("nquads")


def test_render_person_and_stats_against_virtuoso(v, tmp_path, seed_store):
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(SEEDS), "--store", v.url, "--out", str(tmp_path / "o")]).exit_code == 0
    page = tmp_path / "graph.html"
    r = runner.invoke(main, ["render", "--store", v.url, "-o", str(page)])
    assert r.exit_code == 0, r.output
    assert page.stat().st_size > 100_000
    from kg.views import project

    def drawn(store) -> tuple[list, list]:  # type: ignore[no-untyped-def]
        g = project(store)
        return (sorted(json.dumps([n, d], sort_keys=True, default=str) for n, d in g.nodes(data=True)),
                sorted(json.dumps([a, b, d], sort_keys=True, default=str) for a, b, d in g.edges(data=True)))

    assert drawn(open_store(v.url, read_only=True)) == drawn(seed_store)  # the page shows what the store holds
    r = runner.invoke(main, ["person", "Nguyễn Văn Sơn", "--store", v.url, "--format", "json"])
    assert r.exit_code == 0, r.output
    local = tmp_path / "local"
    assert runner.invoke(main, ["build", str(SEEDS), "--store", str(local), "--out", str(tmp_path / "o2")]).exit_code == 0
    same = runner.invoke(main, ["person", "Nguyễn Văn Sơn", "--store", str(local), "--format", "json"])
    assert json.loads(r.output) == json.loads(same.output)
    r = runner.invoke(main, ["stats", "--store", v.url, "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == json.loads(runner.invoke(main, ["stats", "--store", str(local),
                                                                   "--format", "json"]).output)


def test_digest_auth_with_credentials_from_the_environment_or_netrc(v, tmp_path, monkeypatch):
    import kg.remote

    article = tmp_path / "in" / "one.txt"
    article.parent.mkdir()
    article.write_text("Hội nghị Đảng ủy xã\n\nNgày 5/3/2021, Đảng ủy xã Minh Hòa tổ chức Hội nghị lần thứ 4. "
                       "Đồng chí Lò Văn Kiên, Bí thư Đảng ủy xã chủ trì.\n", encoding="utf-8")
    build_cmd = ["build", str(article.parent), "--store", v.url, "--out", str(tmp_path / "o")]
    runner = CliRunner()
    monkeypatch.delenv("KG_STORE_USER")
    monkeypatch.delenv("KG_STORE_PASSWORD")
    r = runner.invoke(main, build_cmd)  # reading is open, writing is not
    assert r.exit_code == 1 and "answered 401" in r.output and "KG_STORE_USER" in r.output
    assert "Traceback" not in r.output
    monkeypatch.setenv("KG_STORE_USER", v.user)
    monkeypatch.setenv("KG_STORE_PASSWORD", "wrong-" + v.password)
    r = runner.invoke(main, build_cmd)
    assert r.exit_code == 1 and "answered 401" in r.output and v.password not in r.output
    # the right password, from netrc; and Basic (the password in the clear) is never sent
    monkeypatch.delenv("KG_STORE_USER")
    monkeypatch.delenv("KG_STORE_PASSWORD")
    rc = tmp_path / "netrc"
    rc.write_text(f"machine 127.0.0.1 login {v.user} password {v.password}\n")
    rc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(rc))

    def no_basic(*_a: object) -> str:
        raise AssertionError("Basic sent to Virtuoso")

    monkeypatch.setattr(kg.remote, "_basic", no_basic)
    r = runner.invoke(main, build_cmd)
    assert r.exit_code == 0, r.output
    assert v.password not in r.output
    r = runner.invoke(main, ["query", "persons", "--store", v.url, "--format", "csv"])
    assert r.exit_code == 0 and "Lò Văn Kiên" in r.output
