"""Aggregates kept by the build (kg/summaries.py): the kept rows are the rows the
named query gives, after a first build, after small builds that add and change
articles, after a killed build; an edited query is run as it is."""

import shutil
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import summaries
from kg.build import build
from kg.cli import main
from kg.store import OxigraphStore

from conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

AGGREGATES = sorted(summaries.SPECS)


def _live(store: OxigraphStore, name: str) -> list[tuple]:
    text = summaries.query_text(name)
    from kg.store import with_prefixes
    result = store.query(with_prefixes(text))
    names = [v.value for v in result.variables]
    return [tuple(str(s[n]) if s[n] is not None else None for n in names) for s in result]


def _kept(store: OxigraphStore, name: str) -> list[tuple]:
    q = summaries.summary_query(name, summaries.query_text(name), store)
    assert q is not None, f"{name}: no current summary"
    result = store.query(q)
    names = [v.value for v in result.variables]
    return [tuple(str(s[n]) if s[n] is not None else None for n in names) for s in result]


def _same(store: OxigraphStore) -> None:
    for name in AGGREGATES:
        live = _live(store, name)
        assert live, f"{name}: the corpus should give rows"
        assert _kept(store, name) == live, name
    _same_post_index(store)


def _same_post_index(store: OxigraphStore) -> None:
    """The kept post index holds exactly the entries computed afresh from every article."""
    import pyoxigraph as ox

    prefix = summaries.BASE + "summary/" + summaries.POST_INDEX + "/"
    kept = {str(ox.Triple(q.subject, q.predicate, q.object)) + " .\n"
            for q in store._s.quads_for_pattern(None, None, None, ox.NamedNode(summaries.SUMMARY_GRAPH))
            if q.subject.value.startswith(prefix)}
    assert kept == set(summaries._post_index(store, None).splitlines(keepends=True))


def _spy_recompute(monkeypatch) -> list:  # noqa: ANN001
    """Record the slices each recompute of the summaries is asked for."""
    calls: list = []
    real = summaries.recompute

    def spy(store, made_from, slices=None):  # noqa: ANN001
        calls.append(slices)
        return real(store, made_from, slices)

    monkeypatch.setattr("kg.build.recompute_summaries", spy)
    monkeypatch.setattr("kg.summaries.recompute", spy)
    return calls


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    generate(tmp_path / "bench", 60)
    return tmp_path


def test_a_first_build_keeps_every_aggregate(corpus):
    store = OxigraphStore(None)
    build([corpus / "bench", SEEDS], store)
    _same(store)


def test_small_builds_recompute_the_slices_they_touch(corpus, monkeypatch):
    root = corpus / "bench"
    later = corpus / "later"
    later.mkdir()
    files = sorted(root.rglob("*.txt"))
    for f in files[-10:]:  # ten articles come later
        shutil.move(str(f), later / f.name)
    store = OxigraphStore(None)
    build([root], store)
    _same(store)
    calls = _spy_recompute(monkeypatch)
    build([root, later], store)  # ten new articles
    assert calls and calls[-1] is not None  # the small path, by slice or by difference
    # kept by difference, not by computing their slices again
    assert not any(calls[-1][name] for name in AGGREGATES)
    _same(store)
    # an article changed: its old slices (a province, a body, a year) and its new ones
    first = sorted(root.rglob("*.txt"))[0]
    text = first.read_text(encoding="utf-8")
    first.write_text(text.replace("tỉnh", "tỉnh", 1) + "\nSáng 3/4, Hội Nông dân tỉnh tổ chức Hội nghị lần thứ 2.\n",
                     encoding="utf-8")
    build([root, later], store)
    assert calls[-1] is not None
    _same(store)
    n = len(calls)
    build([root, later], store)  # nothing changed: nothing computed
    assert len(calls) == n


def test_a_killed_build_is_not_read_and_the_next_recomputes(corpus):
    store = OxigraphStore(None)
    build([corpus / "bench"], store)
    summaries.invalidate(store)  # as a build does before loading, killed there
    for name in AGGREGATES:
        assert summaries.summary_query(name, summaries.query_text(name), store) is None
    build([corpus / "bench"], store)  # no article changed, but the summaries were not current
    _same(store)


def test_an_edited_query_is_run_as_it_is(tmp_path, corpus):
    runner = CliRunner()
    store_dir = tmp_path / "store"
    r = runner.invoke(main, ["build", str(corpus / "bench"), "--store", str(store_dir), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    edited = tmp_path / "mine"
    edited.mkdir()
    text = summaries.query_text("awards-per-giver").replace("ORDER BY ?giver ?award", "ORDER BY DESC(?awards) ?giver ?award")
    (edited / "awards-per-giver.rq").write_text(text, encoding="utf-8")
    kept = runner.invoke(main, ["query", "awards-per-giver", "--store", str(store_dir), "--format", "csv"])
    mine = runner.invoke(main, ["query", str(edited / "awards-per-giver.rq"), "--store", str(store_dir), "--format", "csv"])
    assert kept.exit_code == 0 and mine.exit_code == 0, kept.output + mine.output
    counts = [int(line.split(",")[2]) for line in mine.output.splitlines()[1:]]
    assert counts == sorted(counts, reverse=True) and len(counts) > 2
    assert sorted(kept.output.splitlines()[1:]) == sorted(mine.output.splitlines()[1:])


def test_hostile_text_in_a_kept_row_stays_a_literal():
    row = {"giver": ox.Literal('Ban "X" > <script>\\ \n;DROP', language="vi"), "award": ox.Literal("Bằng khen"),
           "awards": ox.Literal("2", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
           "articles": None}
    nt = summaries._row_ntriples("awards-per-giver", summaries.SPECS["awards-per-giver"],
                                 ["giver", "award", "awards", "articles"], row)
    quads = list(ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    values = {q.object.value for q in quads}
    assert 'Ban "X" > <script>\\ \n;DROP' in values
    assert len(quads) == 5  # summaryOf, slice, three bound columns (an unbound one is left out)


def test_the_post_index_finds_the_posts_reading_every_article_finds(corpus, monkeypatch):
    from kg import career
    root = corpus / "bench"
    later = corpus / "later"
    later.mkdir()
    for f in sorted(root.rglob("*.txt"))[-5:]:
        shutil.move(str(f), later / f.name)
    store = OxigraphStore(None)
    build([root, SEEDS], store)
    build([root, SEEDS, later], store)  # the index kept by slice after a small build
    assert summaries.posts_titled(store, "chu tich", None)
    titles = [("Chủ tịch UBND", None), ("Bí thư Tỉnh ủy", None), ("bi thu", "Tuyên Quang"),
              ("Ủy viên Ban Thường vụ", None), ("Phó Chủ tịch", None)]
    indexed = [career.post_holders(store, t, province=p) for t, p in titles]
    assert any(indexed)
    monkeypatch.setattr(career, "posts_titled", lambda *a: None)  # as a store with no index
    assert [career.post_holders(store, t, province=p) for t, p in titles] == indexed


def test_a_title_with_quotes_is_no_syntax_in_the_index_query(corpus):
    store = OxigraphStore(None)
    build([SEEDS], store)
    assert summaries.posts_titled(store, 'bi thu" || true || "', None) == {}
    assert summaries.posts_titled(store, "bi thu\\", 'x" } } ; DROP ALL ; {') == {}


HEAD = "Tin tỉnh\n\nThứ Hai, 04/01/2021\n\nBHG - "
MEETING = "Ngày 3/1, Ban Thường vụ Tỉnh ủy Hà Giang họp phiên thường kỳ. "
OTHER = "Sáng 5/1, Hội Nông dân tỉnh tổ chức Hội nghị lần thứ 2. "


def test_a_meeting_several_articles_report_is_counted_once_as_they_change(tmp_path, monkeypatch):
    """meetings-per-body by difference: a meeting two articles report counts once;
    one of them re-read without it leaves the count, and the articles' count, right;
    the other re-read too takes its row away."""
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "base.txt").write_text(HEAD + "Đồng chí Lò Văn Páo dự hội nghị.", encoding="utf-8")
    store = OxigraphStore(None)
    build([folder], store)
    calls = _spy_recompute(monkeypatch)
    for name, text in (("x.txt", MEETING + OTHER), ("y.txt", MEETING)):
        (folder / name).write_text(HEAD + text, encoding="utf-8")
        build([folder], store)
    rows = _live(store, "meetings-per-body")
    one = '"1"^^<http://www.w3.org/2001/XMLSchema#integer>'
    two = '"2"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert ('"Ban Thường vụ Tỉnh ủy Hà Giang"@vi', '"2021"^^<http://www.w3.org/2001/XMLSchema#integer>', one, two) in rows
    assert _kept(store, "meetings-per-body") == rows
    (folder / "x.txt").write_text(HEAD + OTHER, encoding="utf-8")
    build([folder], store)
    assert _kept(store, "meetings-per-body") == _live(store, "meetings-per-body")
    (folder / "y.txt").write_text(HEAD + "Đồng chí Lò Văn Páo dự.", encoding="utf-8")
    build([folder], store)
    live = _live(store, "meetings-per-body")
    assert not any(r[0].startswith('"Ban Thường vụ') for r in live)
    assert _kept(store, "meetings-per-body") == live
    assert calls and all(c is not None and not c["meetings-per-body"] for c in calls)


def test_a_hostile_body_name_in_a_counted_row_stays_a_literal_in_its_lookup():
    """meetings-per-body by difference asks the store about each meeting with the
    row's body bound: a name from web text is written as a literal by the engine's
    own writer, never as query syntax."""
    hostile = 'Ban "X" } ; DROP ALL ; # <script>\\ \n'
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    new = [{"body": ox.Literal(hostile, language="vi"), "year": ox.Literal("2017", datatype=integer),
            "m": ox.NamedNode("https://w3id.org/kgvn/id/meeting/x"),
            "source": ox.NamedNode("https://w3id.org/kgvn/id/article/a")}]
    store = OxigraphStore(None)
    store.add_ntriples("https://w3id.org/kgvn/id/article/b", "<urn:s> <urn:p> <urn:o> .\n")
    drop, write = summaries._counted(store, "meetings-per-body", summaries.SPECS["meetings-per-body"], [], new,
                                     ["https://w3id.org/kgvn/id/article/a"], set())
    assert drop == [] and len(write) == 1
    assert write[0]["body"].value == hostile and write[0]["meetings"].value == "1"
    # the lookups changed nothing
    assert next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value == "1"
