"""The glosses graph: an organization's English gloss stored once, and kept exact
when the articles that name the organization change."""

from kg.build import build
from kg.glosses import named_orgs, prune_glosses
from kg.iris import GLOSS_GRAPH, article_iri
from kg.store import open_store

HEAD = "Tin tỉnh\n\nThứ Hai, 04/01/2021\n\nBHG - "
BOTH = "Ngày 3/1, Ban Thường vụ Tỉnh ủy Hà Giang họp phiên thường kỳ. Đồng chí Lò Văn Páo, Chủ tịch Hội Nông dân tỉnh dự."
ONE = "Ngày 3/1, Ban Thường vụ Tỉnh ủy Hà Giang họp phiên thường kỳ."
GLOSS = "https://w3id.org/kgvn/ontology#englishGloss"


def _glosses(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    q = f"SELECT ?o ?e WHERE {{ GRAPH <{GLOSS_GRAPH}> {{ ?o <{GLOSS}> ?e }} }}"
    return {r["o"].value: r["e"].value for r in store.query(q)}


def _in_articles(store) -> int:  # type: ignore[no-untyped-def]
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?o <{GLOSS}> ?e }} FILTER(?g != <{GLOSS_GRAPH}>) }}"
    return int(next(iter(store.query(q)))["n"].value)


def _write(folder, name: str, body: str):  # type: ignore[no-untyped-def]
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(HEAD + body, encoding="utf-8")


def test_a_gloss_is_stored_once_outside_the_article_graphs(tmp_path):
    _write(tmp_path / "a", "x.txt", BOTH)
    _write(tmp_path / "a", "y.txt", BOTH)
    store = open_store(None)
    build([tmp_path / "a"], store)
    glosses = _glosses(store)
    assert _in_articles(store) == 0
    assert any(e.startswith("Standing Committee of the Provincial Party Committee") for e in glosses.values())
    assert any("Farmers" in e for e in glosses.values())
    # one quad per body however many articles name it
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GLOSS_GRAPH}> {{ ?o <{GLOSS}> ?e }} }}"
    assert int(next(iter(store.query(q)))["n"].value) == len(glosses)
    # every glossed body is named in some article graph, and every named body is glossed
    named = set(named_orgs(store, [str(article_iri("a/x")), str(article_iri("a/y"))]))
    assert named == set(glosses)


def test_a_body_no_article_names_any_more_loses_its_gloss(tmp_path):
    folder = tmp_path / "a"
    _write(folder, "x.txt", BOTH)
    _write(folder, "y.txt", ONE)
    store = open_store(None)
    build([folder], store)
    before = _glosses(store)
    farmers = {o for o, e in before.items() if "Farmers" in e}
    assert farmers
    _write(folder, "x.txt", ONE)  # the only article that named the association is re-read without it
    r = build([folder], store)
    assert r.updated == 1
    after = _glosses(store)
    assert not farmers & set(after)
    assert set(after) == set(before) - farmers  # the body still named keeps its gloss
    assert after == {o: e for o, e in before.items() if o not in farmers}


def test_prune_with_no_list_checks_every_gloss(tmp_path):
    folder = tmp_path / "a"
    _write(folder, "x.txt", BOTH)
    store = open_store(None)
    build([folder], store)
    store.drop_graphs([str(article_iri("a/x"))])  # as a torn bulk load is dropped
    assert _glosses(store)
    prune_glosses(store)
    assert _glosses(store) == {}
