"""The command line, end to end over the seeds."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import SEEDS


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    store, out = root / "store", root / "out"
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return store, out, r.output


def run(*args):
    r = CliRunner().invoke(main, [str(a) for a in args])
    return r.exit_code, r.output


def rows(store, query):
    code, out = run("query", query, "--store", store, "--format", "csv")
    assert code == 0, out
    return list(csv.DictReader(io.StringIO(out)))


def test_build_prints_a_summary_and_writes_outputs(built):
    store, out, output = built
    assert "read 5 articles (5 new, 0 changed, 0 unchanged), 0 failed" in output
    assert "5 articles, 3 persons, 6 posts" in output
    assert (out / "kg.ttl").stat().st_size > 1000 and (out / "graph.html").stat().st_size > 100_000


def test_ma_the_hong_holds_three_posts(built):
    got = {r["position"] for r in rows(built[0], "positions") if r["person"] == "Ma Thế Hồng"}
    assert got == {"Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy",
                   "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp"}


def test_meeting_of_seed_002_is_in_2020(built):
    got = [r for r in rows(built[0], "meetings") if r["source"].endswith("002_935c444eb72e4165")]
    assert [(r["date"], r["ordinal"]) for r in got] == [("2020-10-12", "2")]


def test_rebuild_changes_nothing(built, tmp_path):
    store = built[0]
    before = run("export", "--store", store, "--format", "nquads")[1]
    code, out = run("build", SEEDS, "--store", store, "--out", tmp_path)
    assert code == 0 and "0 new, 0 changed, 5 unchanged" in out
    assert run("export", "--store", store, "--format", "nquads")[1] == before


def test_changed_article_replaces_its_own_facts(tmp_path):
    src = tmp_path / "arts"
    src.mkdir()
    seed = next(SEEDS.glob("004_*"))
    (src / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "store"
    assert run("build", src, "--store", store, "--out", tmp_path / "o")[0] == 0
    text = seed.read_text(encoding="utf-8").replace("Ngày 9/4", "Ngày 8/4")
    (src / seed.name).write_text(text, encoding="utf-8")
    code, out = run("build", src, "--store", store, "--out", tmp_path / "o")
    assert code == 0 and "1 changed" in out
    assert [r["date"] for r in rows(store, "meetings")] == ["2021-04-08"]


def test_query_formats(built):
    code, out = run("query", "awards", "--store", built[0], "--format", "json")
    data = json.loads(out)
    assert data["head"]["vars"][:2] == ["recipient", "award"] and len(data["results"]["bindings"]) == 5
    code, out = run("query", "positions", "--store", built[0], "--format", "tsv")
    assert out.splitlines()[0] == "?person\t?position\t?source"
    code, out = run("query", "positions", "--store", built[0])
    assert "Ma Thế Hồng" in out and "(6 rows)" in out


def test_inline_query(built):
    code, out = run("query", "PREFIX kg: <https://w3id.org/kgvn/ontology#> "
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }", "--store", built[0], "--format", "csv")
    assert out.split() == ["n", "5"]


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "trig", "nquads", "xml"])
def test_export_formats(built, fmt, tmp_path):
    target = tmp_path / f"kg.{fmt}"
    code, out = run("export", "--store", built[0], "--format", fmt, "-o", target)
    assert code == 0 and target.stat().st_size > 1000


def test_extract_prints_turtle_without_a_store(tmp_path):
    from rdflib import Graph
    code, out = run("extract", next(SEEDS.glob("001_*")))
    assert code == 0
    assert len(Graph().parse(data=out, format="turtle")) > 50


def test_render(built, tmp_path):
    code, out = run("render", "--store", built[0], "-o", tmp_path / "g.html")
    assert code == 0 and (tmp_path / "g.html").exists()


@pytest.mark.parametrize("args, message", [
    (["build", "/no/such/dir"], "no such file or folder"),
    (["query", "nosuchquery"], "named queries: admitted, awards, awards-per-giver, documents, evidence, figures, meetings, meetings-per-body, persons, positions, post-holders, posts-per-province, sources, tenures"),
    (["query", "SELECT ?x WHERE { ?x"], "not valid SPARQL"),
    (["extract", "/no/such.txt"], "cannot read"),
])
def test_bad_input_gives_one_clear_line_and_no_traceback(tmp_path, args, message):
    if args[0] in ("build", "query"):
        args = args + ["--store", str(tmp_path / "st")]
        if args[0] == "query":
            run("build", SEEDS, "--store", tmp_path / "st", "--out", tmp_path)
    code, out = run(*args)
    assert code != 0 and message in out and "Traceback" not in out


def test_query_on_a_missing_store(tmp_path):
    code, out = run("query", "positions", "--store", tmp_path / "none")
    assert code == 1 and "run `kg build` first" in out


def test_failed_articles_are_reported_and_the_rest_built(tmp_path):
    src = tmp_path / "arts"
    src.mkdir()
    (src / "empty.txt").write_text("")
    seed = next(SEEDS.glob("001_*"))
    (src / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    code, out = run("build", src, "--store", tmp_path / "st", "--out", tmp_path / "o")
    assert code == 1
    assert "empty.txt: empty file" in out and "1 new" in out and "1 failed" in out


def test_help_teaches_with_examples():
    for cmd in ["build", "extract", "query", "export", "render"]:
        code, out = run(cmd, "--help")
        assert code == 0 and "Example" in out


def test_members_admitted_per_province_and_year_is_one_query(built):
    got = {(r["province"], r["year"]): r["admitted"] for r in rows(built[0], "admitted")}
    assert got[("Lạng Sơn", "2020")] == "99"
    assert got[("Bình Định", "2021")] == "39"


def test_documents_are_nodes_cited_by_articles_and_meetings(built):
    got = {r["number"]: r for r in rows(built[0], "documents")}
    assert got["205-QĐ/TW"]["issuer"] == "Bộ Chính trị" and got["205-QĐ/TW"]["issued"] == "2019-09-23"
    assert got["48-NQ/TU"]["issuer"] == "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang"
    assert got["21-KL/TW"]["meetings"] == "1"


def test_person_timeline_text_and_json(built):
    code, out = run("person", "ma the hong", "--store", built[0])
    assert code == 0 and out.splitlines()[0] == "Ma Thế Hồng"
    assert len(out.splitlines()) == 4 and "Trưởng Ban Tổ chức Tỉnh ủy" in out and "001_b559765a8eaa996e.txt" in out
    code, out = run("person", "Trần Việt Hùng", "--store", built[0], "--format", "json")
    [official] = json.loads(out)  # one official, one career
    [row], [node] = official["posts"], official["persons"]
    assert (row["post"], row["first"], node["province"]) == (
        "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Tuyên Quang", "2022-04-14", "Tuyên Quang")


def test_a_hostile_name_is_only_a_name(built):
    code, out = run("person", 'x" } ; DROP ALL ; #', "--store", built[0])
    assert code == 1 and "no official named" in out
    assert rows(built[0], "positions")  # the store is intact


def test_stats(built):
    code, out = run("stats", "--store", built[0], "--format", "json")
    s = json.loads(out)
    assert s["classes"]["Person"] == 3 and s["classes"]["Article"] == 5
    assert s["officials"][0]["name"] == "Ma Thế Hồng"
    tinh_uy = next(t for t in s["hierarchy"] if t["name"] == "Tỉnh ủy Tuyên Quang")
    assert {p["name"] for p in tinh_uy["parts"]} == {"Ban Thường vụ Tỉnh ủy Tuyên Quang", "Văn phòng Tỉnh ủy Tuyên Quang"}
    code, out = run("stats", "--store", built[0])
    assert "Most connected officials" in out and "Organization hierarchy:" in out


def test_focused_renders(built, tmp_path):
    code, out = run("render", "--store", built[0], "--focus", "Nguyễn Văn Sơn", "-o", tmp_path / "f.html")
    assert code == 0
    html = (tmp_path / "f.html").read_text(encoding="utf-8")
    assert "Quá trình công tác" in html and "Deputy Secretary of the Provincial Party Committee" in html
    code, out = run("render", "--store", built[0], "--focus", "Không Có Ai", "-o", tmp_path / "x.html")
    assert code == 1 and "nothing named" in out and not (tmp_path / "x.html").exists()
    code, out = run("render", "--store", built[0], "--kind", "meeting", "--from", "2021-01-01", "--to", "2021-12-31",
                    "-o", tmp_path / "m.html")
    assert code == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_exports(built, fmt, tmp_path):
    import networkx as nx
    target = tmp_path / f"kg.{fmt}"
    assert run("export", "--store", built[0], "--format", fmt, "-o", target)[0] == 0
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(target)
    assert g.number_of_nodes() > 40


def test_optimize_keeps_every_quad_and_the_answers(tmp_path):
    store = tmp_path / "store"
    assert run("build", SEEDS, "--store", store, "--out", tmp_path / "out")[0] == 0
    quads = run("export", "--store", store, "--format", "nquads")[1]
    positions = rows(store, "positions")
    code, out = run("optimize", "--store", store)
    assert code == 0, out
    assert f"optimized {store} in" in out and "MB on disk" in out
    assert run("export", "--store", store, "--format", "nquads")[1] == quads
    assert rows(store, "positions") == positions
    code, out = run("build", SEEDS, "--store", store, "--out", tmp_path / "out")  # still a store kg builds on
    assert code == 0 and "0 new, 0 changed, 5 unchanged" in out


def test_optimize_refuses_what_it_cannot_compact(tmp_path, built):
    from kg.store import OxigraphStore

    code, out = run("optimize", "--store", tmp_path / "none")
    assert code == 1 and "no store at" in out and not (tmp_path / "none").exists()
    code, out = run("optimize", "--store", "http://127.0.0.1:9/")
    assert code == 1 and "local store directory" in out
    holder = OxigraphStore(built[0])  # another writer holds the store
    try:
        code, out = run("optimize", "--store", built[0])
        assert code == 1 and "in use" in out and "Traceback" not in out
    finally:
        holder.close()


def test_a_big_build_suggests_optimize(tmp_path, monkeypatch):
    import kg.cli

    code, out = run("build", SEEDS, "--store", tmp_path / "a", "--out", tmp_path / "out")
    assert code == 0 and "kg optimize" not in out  # 5 articles: one load batch, nothing to compact
    monkeypatch.setattr(kg.cli, "OPTIMIZE_HINT_FROM", 5)
    code, out = run("build", SEEDS, "--store", tmp_path / "b", "--out", tmp_path / "out")
    assert code == 0 and "`kg optimize` compacts the store" in out
    code, out = run("build", SEEDS, "--store", tmp_path / "b", "--out", tmp_path / "out")
    assert code == 0 and "kg optimize" not in out  # nothing loaded: nothing new to compact


# --- rows of the hostile-input review -------------------------------------------------


def test_an_unexpected_error_is_one_line_and_kg_debug_shows_it(tmp_path, monkeypatch):
    """A bug of ours inside a command: one line saying so, the traceback on demand."""
    import kg.build

    def broken(*_a, **_k):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(kg.build, "summary", broken)  # kg.cli imports it when kg build runs
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(tmp_path / "a"), "--out", str(tmp_path)])
    assert r.exit_code == 1
    assert "unexpected error (ZeroDivisionError: boom)" in r.output and "KG_DEBUG=1" in r.output
    assert "UnboundLocalError" not in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(tmp_path / "b"), "--out", str(tmp_path)],
                           env={"KG_DEBUG": "1"})
    assert isinstance(r.exception, ZeroDivisionError), r.output


def test_the_table_never_sends_escape_sequences_to_the_terminal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8").split("\n")
    text[0] = "Tin \x1b[31mđỏ\x1b[0m \u202eRLO"
    (folder / "esc.txt").write_text("\n".join(text), encoding="utf-8")
    store = tmp_path / "s"
    assert run("build", folder, "--store", store, "--out", tmp_path / "o")[0] == 0
    code, out = run("query", "SELECT ?t WHERE { ?a <https://schema.org/headline> ?t }", "--store", store)
    assert code == 0 and "Tin" in out
    assert "\x1b" not in out and "\u202e" not in out


def test_table_cells_show_control_characters_as_escapes():
    from kg.results import printable

    assert printable("a\x1b[31mb\u202ec\td") == "a\\x1b[31mb\\u202ec\\x09d"
    assert printable("Nguyễn Văn Sơn") == "Nguyễn Văn Sơn"


def test_output_files_get_the_users_umask(tmp_path):
    import os
    import stat

    from kg.files import write_atomic

    write_atomic(tmp_path / "x.ttl", "data")
    mode = stat.S_IMODE((tmp_path / "x.ttl").stat().st_mode)
    mask = os.umask(0)
    os.umask(mask)
    assert mode == 0o666 & ~mask and mode & 0o044  # readable by others under the usual 022


def test_an_update_given_to_kg_query_is_refused_as_an_update(built):
    for text in ("DROP ALL", "PREFIX x: <urn:x> INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                 "# comment\nDELETE WHERE { ?s ?p ?o }"):
        code, out = run("query", text, "--store", built[0])
        assert code == 1 and "updates are refused" in out, out


def test_query_help_lists_every_named_query():
    from pathlib import Path

    code, out = run("query", "--help")
    names = sorted(p.stem for p in (Path(__file__).parent.parent / "queries").glob("*.rq"))
    flat = " ".join(out.split()).replace("- ", "-")  # click may wrap a name at its hyphen
    assert code == 0 and "(" + ", ".join(names) + ")" in flat


def test_person_json_and_text_agree_on_no_match(built):
    assert run("person", "Không Có Ai", "--store", built[0])[0] == 1
    code, out = run("person", "Không Có Ai", "--store", built[0], "--format", "json")
    assert code == 1 and out.strip() == "[]"


def test_render_with_an_empty_focus_is_refused(built, tmp_path):
    code, out = run("render", "--store", built[0], "--focus", "", "-o", tmp_path / "g.html")
    assert code == 2 and "--focus wants a name" in out and not (tmp_path / "g.html").exists()
