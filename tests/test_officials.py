"""The identity graph over a real store: invented articles of three provinces,
built, joined and shown by kg person / kg post (and the post-holders query)."""

from hypothesis import given
from hypothesis import strategies as st
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.career import bind_parameter, officials, post_holders
from kg.cli import main
from kg.officials import IDENTITY_GRAPH, refresh, stored_basis
from kg.store import OxigraphStore

from dated import write_article

# dateline codes: BHG Hà Giang, YBĐT Yên Bái, LSO Lạng Sơn
ARTICLES = {
    "hg1": ("Hội nghị triển khai công tác cán bộ", "Thứ Ba", "10/05/2016", "BHG",
            "Ngày 9/5, Tỉnh ủy tổ chức hội nghị triển khai công tác cán bộ.",
            "Dự hội nghị có đồng chí Hoàng Văn Nam, Ủy viên Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ Nội vụ."),
    "yb1": ("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Thứ Hai", "12/06/2017", "YBĐT",
            "Ngày 10/6, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 8.",
            "Đồng chí Hoàng Văn Nam, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy chủ trì hội nghị."),
    "yb2": ("Kiểm tra công tác xây dựng Đảng", "Thứ Tư", "20/09/2017", "YBĐT",
            "Ngày 19/9, đoàn công tác của Tỉnh ủy kiểm tra công tác xây dựng Đảng tại huyện Văn Chấn.",
            "Đoàn do đồng chí Hoàng Văn Nam, Phó Bí thư Tỉnh ủy làm trưởng đoàn."),
    "hg2": ("Hội nghị Tỉnh ủy", "Thứ Tư", "01/03/2017", "BHG", "Ngày 28/2, Tỉnh ủy tổ chức hội nghị lần thứ 6.",
            "Đồng chí Đặng Thị Mai, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị."),
    "ls1": ("Hội nghị UBND tỉnh", "Thứ Tư", "01/03/2017", "LSO", "Ngày 28/2, UBND tỉnh tổ chức hội nghị trực tuyến.",
            "Đồng chí Đặng Thị Mai, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch UBND tỉnh chủ trì hội nghị."),
    "yb3": ("Gặp mặt cán bộ hưu trí", "Thứ Sáu", "05/01/2018", "YBĐT",
            "Ngày 4/1, Thường trực Tỉnh ủy gặp mặt cán bộ hưu trí.",
            "Dự buổi gặp mặt có đồng chí Lục Văn Khang, nguyên Bí thư Tỉnh ủy."),
}


write = write_article


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("officials") / "news"
    d.mkdir()
    for name, parts in ARTICLES.items():
        write(d, name, *parts)
    return d


@pytest.fixture(scope="module")
def store(corpus) -> OxigraphStore:
    s = OxigraphStore(None)
    report = build([corpus], s)
    assert report.identity is not None and report.identity.joins == 1 and report.identity.apart == 1
    return s


def test_a_deputy_minister_later_deputy_secretary_elsewhere_is_one_career(store):
    [o] = officials(store, "hoang van nam")
    assert sorted(p["province"] for p in o["persons"]) == ["Hà Giang", "Yên Bái"]
    got = [(p["post"], p["first"], p["last"]) for p in o["posts"]]
    assert got == [("Thứ trưởng Bộ Nội vụ", "2016-05-10", "2016-05-10"),
                   ("Ủy viên Ban Chấp hành Trung ương Đảng", "2016-05-10", "2017-06-12"),
                   ("Phó Bí thư Tỉnh ủy Yên Bái", "2017-06-12", "2017-09-20")]  # oldest first
    [j] = o["joins"]
    assert "Ủy viên Ban Chấp hành Trung ương Đảng" in j["reason"] and len(j["persons"]) == 2


def test_a_transfer_sentence_joins_the_old_post_and_the_new(tmp_path):
    # a deputy minister in a Hà Giang paper; then sent to Yên Bái (a transfer sentence
    # naming both posts); then reported by a Lạng Sơn paper in his new post only
    d = tmp_path / "news"
    d.mkdir()
    write(d, "a", "Làm việc với Tỉnh ủy", "Thứ Ba", "10/05/2016", "BHG", "Ngày 9/5, đoàn công tác làm việc với Tỉnh ủy.",
          "Đoàn do đồng chí Hà Văn Lợi, Thứ trưởng Bộ Nội vụ làm trưởng đoàn.")
    write(d, "b", "Công bố quyết định về công tác cán bộ", "Thứ Hai", "03/07/2017", "YBĐT",
          "Ngày 1/7, Tỉnh ủy tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ.",
          "Bộ Chính trị quyết định điều động đồng chí Hà Văn Lợi, Thứ trưởng Bộ Nội vụ, giữ chức Phó Bí thư "
          "Tỉnh ủy Yên Bái nhiệm kỳ 2015 - 2020.")
    write(d, "c", "Đoàn công tác tỉnh Yên Bái thăm Lạng Sơn", "Thứ Tư", "20/09/2017", "LSO",
          "Ngày 19/9, Tỉnh ủy tiếp đoàn công tác tỉnh Yên Bái.",
          "Đoàn do đồng chí Hà Văn Lợi, Phó Bí thư Tỉnh ủy Yên Bái làm trưởng đoàn.")
    s = OxigraphStore(None)
    build([d], s)
    [o] = officials(s, "Hà Văn Lợi")
    assert sorted(p["province"] for p in o["persons"]) == ["Hà Giang", "Lạng Sơn", "Yên Bái"]
    assert [(p["post"], p["first"], p["last"]) for p in o["posts"]] == [
        ("Thứ trưởng Bộ Nội vụ", "2016-05-10", "2017-07-03"),
        ("Phó Bí thư Tỉnh ủy Yên Bái", "2017-07-03", "2017-09-20")]
    reasons = " ".join(j["reason"] for j in o["joins"])
    assert "national post Thứ trưởng Bộ Nội vụ" in reasons and "named province Phó Bí thư Tỉnh ủy Yên Bái" in reasons


def test_namesakes_with_posts_in_two_provinces_at_one_date_stay_apart(store):
    found = officials(store, "Đặng Thị Mai")
    assert sorted(p["province"] for o in found for p in o["persons"]) == ["Hà Giang", "Lạng Sơn"]
    assert len(found) == 2 and all(len(o["persons"]) == 1 and not o["joins"] for o in found)
    for o in found:
        [apart] = o["apart"]
        assert "Lạng Sơn and Hà Giang at overlapping dates" in apart["reason"]


def test_a_former_post_is_marked_past(store):
    [o] = officials(store, "Lục Văn Khang")
    [p] = o["posts"]
    assert p["past"] and p["post"] == "Bí thư Tỉnh ủy Yên Bái" and p["written"] == ["nguyên Bí thư Tỉnh ủy"]


def test_post_holders_over_time(store):
    rows = post_holders(store, "pho bi thu tinh uy", province="Yên Bái")
    assert [(r["holder"], r["first"], r["last"], r["files"]) for r in rows] == [
        ("Hoàng Văn Nam", "2017-06-12", "2017-09-20", ["yb1.txt", "yb2.txt"])]
    assert post_holders(store, "Phó Bí thư Tỉnh ủy", province="Yên Bái", date_to="2017-06-30")[0]["last"] \
        == "2017-06-12"
    assert post_holders(store, "Phó Bí thư Tỉnh ủy", province="Lạng Sơn") == []
    for written in ("tỉnh Yên Bái", "TỈNH YÊN BÁI", "yen bai"):  # the province however the user writes it
        assert [r["holder"] for r in post_holders(store, "Phó Bí thư Tỉnh ủy", province=written)] == ["Hoàng Văn Nam"]
    assert [r["post"] for r in post_holders(store, "Thứ trưởng", body="bo noi vu")] == ["Thứ trưởng Bộ Nội vụ"]
    assert [r["holder"] for r in post_holders(store, "Thứ trưởng Bộ NV")] == ["Hoàng Văn Nam"]  # Nội vụ
    assert post_holders(store, "Thứ trưởng Bộ Y tế") == []
    assert [r["holder"] for r in post_holders(store, "Ủy viên Trung ương Đảng")] == [  # however spelt
        "Hoàng Văn Nam", "Đặng Thị Mai", "Đặng Thị Mai"]
    # a former post gives no date of holding: not a holding here
    assert post_holders(store, "Bí thư Tỉnh ủy", province="Yên Bái") == []
    names = {r["holder"] for r in post_holders(store, "Ủy viên Ban Chấp hành Trung ương")}
    assert names == {"Hoàng Văn Nam", "Đặng Thị Mai"}
    assert len(post_holders(store, "Ủy viên Ban Chấp hành Trung ương")) == 3  # two Đặng Thị Mai


def test_parameters_are_bound_as_literals_never_as_syntax():
    q = 'SELECT ?x WHERE { VALUES ?title { "a" } }'
    assert bind_parameter(q, "title", 'x" } } ; DROP ALL ; #') .count("DROP ALL") == 1
    assert '\\"' in bind_parameter(q, "title", 'x" }')
    with pytest.raises(ValueError):
        bind_parameter(q, "province", "Yên Bái")
    with pytest.raises(ValueError):
        bind_parameter(q, "ti tle", "x")


def test_rereading_an_article_redecides_its_joins(tmp_path, corpus):
    d = tmp_path / "news"
    d.mkdir()
    for f in corpus.glob("*.txt"):
        (d / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    s = OxigraphStore(None)
    build([d], s)
    assert len(officials(s, "Hoàng Văn Nam")) == 1
    # the Yên Bái article no longer says he is in the Central Committee: no evidence, no join
    write(d, "yb1", *ARTICLES["yb1"][:5], "Đồng chí Hoàng Văn Nam, Phó Bí thư Tỉnh ủy chủ trì hội nghị.")
    report = build([d], s)
    assert report.updated == 1 and report.identity.joins == 0
    assert len(officials(s, "Hoàng Văn Nam")) == 2
    # unchanged articles: the identity graph is not decided again
    assert build([d], s).identity is None
    assert refresh(s).officials == 5


def _merger_papers(folder: Path, *names: str) -> OxigraphStore:
    """A store of the invented articles `names` about an official of Hà Giang (BHG)
    and of Tuyên Quang (no dateline code: the province the text names), before and
    after the merger of 1 July 2025."""
    articles = {
        "hg": ("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Thứ Tư", "15/05/2024", "BHG",
               "Ngày 14/5, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 19.",
               "Đồng chí Giàng Seo Chứ, Bí thư Tỉnh ủy chủ trì hội nghị."),
        "tq_before": ("Hội nghị Tỉnh ủy Tuyên Quang", "Thứ Năm", "16/05/2024", "",
                      "Ngày 15/5, Tỉnh ủy tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác xây dựng Đảng.",
                      "Đồng chí Giàng Seo Chứ, Phó Bí thư Tỉnh ủy Tuyên Quang chủ trì hội nghị."),
        "tq_after": ("Hội nghị Tỉnh ủy Tuyên Quang", "Thứ Ba", "12/08/2025", "",
                     "Ngày 11/8, Tỉnh ủy tỉnh Tuyên Quang tổ chức hội nghị quán triệt nghị quyết.",
                     "Đồng chí Giàng Seo Chứ, Phó Bí thư Tỉnh ủy Tuyên Quang chủ trì hội nghị."),
        # a Yên Bái paper after the merger names a namesake chairing Tuyên Quang's Front
        "yb_after": ("Giao lưu văn hóa các dân tộc", "Thứ Hai", "15/09/2025", "YBĐT",
                     "Ngày 14/9, ngày hội văn hóa các dân tộc vùng cao khai mạc.",
                     "Dự khai mạc có đồng chí Giàng Seo Chứ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang."),
    }
    folder.mkdir()
    for name in names:
        write(folder, name, *articles[name])
    s = OxigraphStore(None)
    build([folder], s)
    return s


def test_an_official_of_a_province_merged_away_continues_in_the_new_unit(tmp_path):
    s = _merger_papers(tmp_path / "news", "hg", "tq_after")
    [o] = officials(s, "giang seo chu")
    assert sorted(p["province"] for p in o["persons"]) == ["Hà Giang", "Tuyên Quang"]
    assert [(p["post"], p["first"]) for p in o["posts"]] == [("Bí thư Tỉnh ủy Hà Giang", "2024-05-15"),
                                                            ("Phó Bí thư Tỉnh ủy Tuyên Quang", "2025-08-12")]
    [j] = o["joins"]
    assert "continues Hà Giang's post in Tuyên Quang after the 2025 merger" in j["reason"]


def test_no_merger_join_with_two_namesakes_after_it_or_two_provinces_before_it(tmp_path):
    # two namesakes who could continue him after the merger: none is joined
    s = _merger_papers(tmp_path / "two", "hg", "tq_after", "yb_after")
    assert len(officials(s, "giang seo chu")) == 3
    # before the merger Hà Giang and Tuyên Quang were two provinces: two officials
    s = _merger_papers(tmp_path / "before", "hg", "tq_before")
    assert len(officials(s, "giang seo chu")) == 2


def test_identity_graph_is_one_named_graph(store):
    kg = "https://w3id.org/kgvn/ontology#"
    q = f"""SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ ?p <{kg}official> ?o }}
            FILTER EXISTS {{ ?p a <{kg}Person> }} }}"""
    assert int(next(iter(store.query(q)))["n"].value) == 5  # every person node, once


@pytest.fixture(scope="module")
def disk_store(corpus, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("officials-cli")
    r = CliRunner().invoke(main, ["build", str(corpus), "--store", str(root / "store"), "--out", str(root / "out")])
    assert r.exit_code == 0, r.output
    assert "identity: 4 officials from 5 person nodes (1 joined, 1 kept apart)" in r.output
    return root / "store"


def run(*args):
    r = CliRunner().invoke(main, [str(a) for a in args])
    return r.exit_code, r.output


def test_cli_person_explain(disk_store):
    code, out = run("person", "hoang van nam", "--store", disk_store, "--explain")
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == "Hoàng Văn Nam (Hà Giang, Yên Bái) — 2 person nodes joined"
    assert lines[1].split()[:2] == ["2016-05-10", "Thứ"] and "2017-06-12 … 2017-09-20" in lines[3]
    assert "joined because:" in out and "Hà Giang node" in out and "Yên Bái node" in out
    assert "same name; both hold the national post Ủy viên Ban Chấp hành Trung ương Đảng" in out
    code, out = run("person", "dang thi mai", "--store", disk_store, "--explain")
    assert code == 0 and out.count("kept apart from namesakes:") == 2 and "overlapping dates" in out
    code, out = run("person", "Lục Văn Khang", "--store", disk_store)
    assert "nguyên Bí thư Tỉnh ủy Yên Bái (past)" in out
    code, out = run("person", "hoang van nam", "--store", disk_store, "--format", "json")
    [o] = json.loads(out)
    assert len(o["persons"]) == 2 and o["posts"][0]["post"] == "Thứ trưởng Bộ Nội vụ"


def test_cli_post_and_named_query(disk_store):
    code, out = run("post", "Phó Bí thư Tỉnh ủy", "--province", "yen bai", "--store", disk_store)
    assert code == 0, out
    assert out.splitlines() == ["Phó Bí thư Tỉnh ủy Yên Bái",
                                "  2017-06-12 … 2017-09-20  Hoàng Văn Nam  — yb1.txt, yb2.txt"]
    code, out = run("post", "Phó Bí thư Tỉnh ủy", "--province", "Yên Bái", "--from", "2018", "--store", disk_store)
    assert code == 1 and "with those filters" in out
    assert run("post", "Bí thư", "--from", "2017-13-01", "--store", disk_store)[0] == 2
    code, out = run("query", "post-holders", "--store", disk_store, "--format", "json",
                    "--param", "title=Phó Bí thư Tỉnh ủy", "--param", "province=Yên Bái")
    rows = json.loads(out)["results"]["bindings"]
    assert [(r["holder"]["value"], r["first"]["value"], r["last"]["value"]) for r in rows] == [
        ("Hoàng Văn Nam", "2017-06-12", "2017-09-20")]
    code, out = run("query", "post-holders", "--store", disk_store, "--param", 'title=x" } ; DROP ALL ; #')
    assert code == 0 and "(0 rows)" in out
    assert run("query", "post-holders", "--store", disk_store, "--param", "nope=x")[0] == 1
    code, out = run("resolve", "--store", disk_store)
    assert code == 0 and "4 officials from 5 person nodes" in out


def test_render_focus_shows_the_joined_career(disk_store, tmp_path):
    page = tmp_path / "focus.html"
    code, out = run("render", "--focus", "Hoàng Văn Nam", "--store", disk_store, "-o", page)
    assert code == 0, out
    html = page.read_text(encoding="utf-8")
    timeline = html[html.index('id="timeline"'):html.index('id="details"')]
    assert timeline.count("<tr>") == 3 and "2017-06-12 … 2017-09-20" in timeline
    assert "Thứ trưởng Bộ Nội vụ" in timeline and "Phó Bí thư Tỉnh ủy Yên Bái" in timeline


def test_tenures_in_the_identity_graph_and_their_named_query(disk_store):
    code, out = run("query", "tenures", "--store", disk_store, "--format", "json", "--param", "name=hoàng văn nam")
    assert code == 0, out
    got = [(r["post"]["value"], r["start"]["value"], r["end"]["value"], r["mentions"]["value"])
           for r in json.loads(out)["results"]["bindings"]]
    assert got == [("Thứ trưởng Bộ Nội vụ", "2016-05-10", "2016-05-10", "1"),
                   ("Ủy viên Ban Chấp hành Trung ương Đảng", "2016-05-10", "2017-06-12", "2"),
                   ("Phó Bí thư Tỉnh ủy Yên Bái", "2017-06-12", "2017-09-20", "2")]
    code, out = run("query", "tenures", "--store", disk_store, "--format", "json", "--param", "name=Lục Văn Khang")
    [r] = json.loads(out)["results"]["bindings"]
    assert r["ended_before"]["value"] == "2018-01-05" and "start" not in r


def _identity_lines(s: OxigraphStore) -> list[str]:
    return sorted(s.graph_ntriples(str(IDENTITY_GRAPH)).decode("utf-8").splitlines())


def test_a_small_build_updates_the_names_it_touches_as_a_full_decision_would(tmp_path, corpus):
    d = tmp_path / "news"
    d.mkdir()
    later = {"yb1.txt", "hg2.txt"}
    for f in sorted(corpus.glob("*.txt")):
        if f.name not in later:
            (d / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    s = OxigraphStore(None)
    first = build([d], s).identity
    assert first.joins == 0 and first.persons == 4
    for name in sorted(later):
        (d / name).write_text((corpus / name).read_text(encoding="utf-8"), encoding="utf-8")
    second = build([d], s).identity
    assert second.persons == 4 and second.joins == 1  # the two names touched, not Lục Văn Khang
    incremental = _identity_lines(s)
    refresh(s)
    assert _identity_lines(s) == incremental
    # a changed article: its names decided again, the same as from scratch
    write(d, "yb1", *ARTICLES["yb1"][:5], "Đồng chí Hoàng Văn Nam, Phó Bí thư Tỉnh ủy chủ trì hội nghị.")
    assert build([d], s).identity.joins == 0
    changed = _identity_lines(s)
    refresh(s)
    assert _identity_lines(s) == changed


def _national_papers(tmp_path: Path) -> OxigraphStore:
    """Invented articles of no province (no dateline code): one deputy minister in
    three (one names him by the bare title), a namesake who heads a sports event."""
    d = tmp_path / "news"
    d.mkdir()
    write(d, "n1", "Bàn về xuất khẩu gạo", "Thứ Ba", "10/05/2017", "",
          "Ngày 9/5, Bộ Công Thương tổ chức hội thảo về xuất khẩu gạo.",
          "Phát biểu tại hội thảo, ông Tôn Thất Vĩnh, Thứ trưởng Bộ Công Thương cho biết kim ngạch tăng.")
    write(d, "n2", "Hội nghị về thương mại biên giới", "Thứ Năm", "12/05/2017", "",
          "Ngày 11/5, hội nghị về thương mại biên giới diễn ra.",
          "Thứ trưởng Tôn Thất Vĩnh chủ trì hội nghị.")
    write(d, "n3", "Giải bóng đá thiếu niên", "Thứ Sáu", "13/05/2017", "",
          "Ngày 12/5, giải bóng đá thiếu niên khai mạc.",
          "Ông Tôn Thất Vĩnh, Trưởng ban tổ chức giải, phát biểu khai mạc.")
    write(d, "n4", "Xúc tiến thương mại", "Thứ Hai", "15/05/2017", "",
          "Ngày 14/5, hội chợ hàng Việt khai mạc.",
          "Dự khai mạc có ông Tôn Thất Vĩnh, Thứ trưởng Công Thương.")
    s = OxigraphStore(None)
    build([d], s)
    return s


def test_in_articles_of_no_province_a_name_alone_joins_nothing(tmp_path):
    # one person node per article of no province: the namesake heading a sports event
    # is not the deputy minister; the bare "Thứ trưởng" joins the one deputy minister
    s = _national_papers(tmp_path)
    got = sorted(sorted(p["post"] for p in o["posts"]) for o in officials(s, "ton that vinh"))
    assert got == [["Thứ trưởng", "Thứ trưởng Bộ Công Thương", "Thứ trưởng Công Thương"], ["Trưởng Ban Tổ chức giải"]]
    [minister] = [o for o in officials(s, "ton that vinh") if len(o["persons"]) == 3]
    assert any("with no body named" in j["reason"] for j in minister["joins"])


def test_a_view_shows_an_official_as_one_person(tmp_path):
    from kg.views import find, project

    g = project(_national_papers(tmp_path))
    persons = [x for x in find(g, "Tôn Thất Vĩnh") if g.nodes[x]["cls"] == "Person"]
    assert len(persons) == 2  # the deputy minister (three articles) and his namesake
    assert sorted(g.degree(x) > 0 for x in persons) == [True, True]


def test_named_query_one_row_per_holder_however_the_post_is_spelt(tmp_path):
    # national papers (no province): one secretary written "TP.HCM" and "TPHCM"
    d = tmp_path / "news"
    d.mkdir()
    write(d, "n1", "Làm việc với quận", "Thứ Hai", "06/02/2017", "XYZ", "Ngày 5/2, đoàn công tác làm việc với quận.",
          "Ông Tạ Quang Vĩnh, Bí thư Thành ủy TP.HCM, phát biểu tại buổi làm việc.")
    write(d, "n2", "Thăm công trình", "Thứ Năm", "09/03/2017", "XYZ", "Ngày 8/3, đoàn công tác thăm công trình.",
          "Ông Tạ Quang Vĩnh, Bí thư Thành ủy TPHCM, kiểm tra tiến độ công trình.")
    root = tmp_path / "kg"
    r = CliRunner().invoke(main, ["build", str(d), "--store", str(root / "store"), "--out", str(root / "out")])
    assert r.exit_code == 0, r.output
    code, out = run("query", "post-holders", "--store", root / "store", "--format", "json",
                    "--param", "title=Bí thư Thành ủy", "--param", "province=HCM")
    rows = json.loads(out)["results"]["bindings"]
    assert [(r["holder"]["value"], r["first"]["value"], r["last"]["value"], r["sources"]["value"].count(".txt"))
            for r in rows] == [("Tạ Quang Vĩnh", "2017-02-06", "2017-03-09", 2)]


def test_a_year_only_read_off_an_undated_text_dates_no_post(tmp_path):
    # no dateline: kg:year is the year the text speaks of (here one it recalls), a guess;
    # the dated article's posts keep their date, the undated one's have none
    d = tmp_path / "news"
    d.mkdir()
    write(d, "dated", *ARTICLES["hg1"])
    (d / "undated.txt").write_text(
        "Kỷ niệm ngày thành lập Đảng bộ\n\nNăm 1983, Đảng bộ huyện được thành lập. Đồng chí Hoàng Văn Nam, "
        "Ủy viên Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ Nội vụ dự lễ kỷ niệm.\n", encoding="utf-8")
    s = OxigraphStore(None)
    build([d], s)
    years = {r["f"].value: (r["t"].value if r["t"] is not None else "false") for r in s.query(
        "PREFIX kg: <https://w3id.org/kgvn/ontology#> SELECT ?f ?t WHERE { GRAPH ?a { ?a kg:sourceFile ?f ; "
        "kg:year ?y OPTIONAL { ?a kg:yearFromText ?t } } }")}
    assert years == {"dated.txt": "false", "undated.txt": "true"}
    [o] = officials(s, "hoang van nam")
    dates = {(p["post"], p["first"], p["last"]) for p in o["posts"]}
    assert ("Thứ trưởng Bộ Nội vụ", "2016-05-10", "2016-05-10") in dates
    assert all(not first.startswith("1983") for _, first, _ in dates)


def test_a_small_build_relinks_the_succession_of_the_posts_it_touches(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    write(d, "s1", "Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Thứ Hai", "13/03/2017", "",
          "Ngày 12/3, Ban Chấp hành Đảng bộ tỉnh Yên Bái tổ chức hội nghị lần thứ 8.",
          "Ông Đào Văn Khải, Chủ tịch UBND tỉnh Yên Bái phát biểu tại hội nghị.")
    write(d, "s2", "Làm việc với huyện Lục Yên", "Thứ Năm", "14/09/2017", "",
          "Ngày 13/9, đoàn công tác của tỉnh Yên Bái làm việc tại huyện Lục Yên.",
          "Ông Đào Văn Khải, Bí thư Tỉnh ủy Yên Bái chủ trì buổi làm việc.")
    s = OxigraphStore(None)
    build([d], s)
    # a later article names a new holder of the post Khải left: one name decided, two linked
    write(d, "s3", "Kỳ họp HĐND tỉnh", "Thứ Sáu", "15/12/2017", "",
          "Ngày 14/12, HĐND tỉnh Yên Bái tổ chức kỳ họp thứ 6.",
          "Bà Lò Thị Mai, Chủ tịch UBND tỉnh Yên Bái báo cáo tại kỳ họp.")
    assert build([d], s).identity.partial
    incremental = _identity_lines(s)
    assert any("replaces" in line for line in incremental)
    refresh(s)
    assert _identity_lines(s) == incremental


@pytest.mark.parametrize("on_disk", [False, True])
def test_a_big_identity_graph_bulk_loaded_from_a_file_is_the_same_graph(tmp_path, corpus, monkeypatch, on_disk):
    import kg.officials as officials

    s = OxigraphStore(tmp_path / "store" if on_disk else None)
    build([corpus], s)
    small = _identity_lines(s)
    monkeypatch.setattr(officials, "BULK_IDENTITY_FROM", 0)  # every graph is "big"
    report = refresh(s)
    assert _identity_lines(s) == small and report.triples >= len(small)
    assert stored_basis(s) is not None  # the marks came last, as from the small path
    assert not list(Path(tmp_path / "store").glob("kg-identity-*")) if on_disk else True


@pytest.fixture
def beside(tmp_path, corpus, monkeypatch):  # type: ignore[no-untyped-def]
    """The test corpus built into a store on disk whose refresh decides the officials
    in a forked process, as a big store's does on two cores."""
    import kg.officials as officials

    s = OxigraphStore(tmp_path / "store")
    build([corpus], s)
    monkeypatch.setattr(officials, "DECIDE_BESIDE_FROM", 0)
    monkeypatch.setattr(officials.os, "cpu_count", lambda: 2)
    return s


def test_officials_decided_in_a_process_beside_the_aggregates_are_the_same_graph(tmp_path, corpus, monkeypatch):
    """A big build decides the officials in a forked process while the aggregates are
    computed: the same identity graph as deciding them alone, the work beside done
    once, and no file left in the store."""
    import kg.officials as officials

    s = OxigraphStore(tmp_path / "store")
    build([corpus], s)
    alone = _identity_lines(s)
    monkeypatch.setattr(officials, "DECIDE_BESIDE_FROM", 0)  # every store is "big"
    monkeypatch.setattr(officials.os, "cpu_count", lambda: 2)
    forks = []
    start = officials.multiprocessing.context.ForkProcess.start
    monkeypatch.setattr(officials.multiprocessing.context.ForkProcess, "start",
                        lambda self: (forks.append(self), start(self))[1])
    called = []
    report = refresh(s, alongside=lambda: called.append(stored_basis(s)))
    assert len(forks) == 1 and forks[0].exitcode == 0  # decided beside, and ended
    assert called == [None]  # done once, while the graph was still unmarked
    assert _identity_lines(s) == alone and report.officials > 0
    assert stored_basis(s) is not None
    assert not list((tmp_path / "store").glob("kg-identity-*"))


def test_a_big_build_computes_its_aggregates_beside_the_officials_with_the_same_graphs(tmp_path, corpus,
                                                                                         monkeypatch):
    import kg.officials as officials
    from kg import summaries
    from kg.store import SUMMARY_GRAPH

    def graphs(store: OxigraphStore) -> tuple[list[str], list[str]]:
        return _identity_lines(store), sorted(store.graph_ntriples(SUMMARY_GRAPH).decode("utf-8").splitlines())

    alone = OxigraphStore(tmp_path / "alone")
    build([corpus], alone)
    monkeypatch.setattr(officials, "DECIDE_BESIDE_FROM", 0)
    monkeypatch.setattr(officials.os, "cpu_count", lambda: 2)
    beside = OxigraphStore(tmp_path / "beside")
    build([corpus], beside)
    assert summaries.is_current(beside)
    assert graphs(beside) == graphs(alone) and graphs(alone)[1]


def test_an_error_deciding_beside_is_raised_here_and_leaves_no_file(tmp_path, beside, monkeypatch):
    import kg.officials as officials

    s = beside

    def broken(ms):  # type: ignore[no-untyped-def]
        raise ValueError("no decision")

    monkeypatch.setattr(officials, "decide", broken)
    with pytest.raises(ValueError, match="no decision"):
        refresh(s, alongside=lambda: None)
    assert stored_basis(s) is None  # unmarked: the next build decides again
    assert not list((tmp_path / "store").glob("kg-identity-*"))


def test_a_deciding_process_killed_is_an_error_not_a_hang(beside, monkeypatch):
    import os

    import kg.officials as officials

    s = beside
    monkeypatch.setattr(officials, "decide", lambda ms: os._exit(9))  # as the kernel's OOM killer would
    with pytest.raises(RuntimeError, match="exit code 9"):
        refresh(s, alongside=lambda: None)
    assert stored_basis(s) is None


def test_an_error_beside_stops_the_child_and_leaves_no_file_nor_mark(tmp_path, beside, monkeypatch):
    import kg.officials as officials

    s = beside
    slow = officials.decide

    def decide_slowly(ms):  # type: ignore[no-untyped-def]
        import time
        time.sleep(30)  # still deciding when the work beside fails: it is stopped, not waited for
        return slow(ms)

    monkeypatch.setattr(officials, "decide", decide_slowly)

    def broken() -> None:
        raise KeyboardInterrupt

    import time
    t0 = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        refresh(s, alongside=broken)
    assert time.perf_counter() - t0 < 20
    assert stored_basis(s) is None
    assert not list((tmp_path / "store").glob("*identity-*"))


def test_a_fork_that_fails_leaves_no_file(tmp_path, beside, monkeypatch):
    import kg.officials as officials

    s = beside

    def no_fork(self):  # type: ignore[no-untyped-def]
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(officials.multiprocessing.context.ForkProcess, "start", no_fork)
    with pytest.raises(OSError):
        refresh(s, alongside=lambda: None)
    assert officials._FOR_CHILD is None
    assert not list((tmp_path / "store").glob("*identity-*"))


def test_an_interrupt_while_the_parent_lets_go_of_its_copy_stops_the_child(tmp_path, beside, monkeypatch):
    import kg.officials as officials

    s = beside
    collect = officials.gc.collect
    monkeypatch.setattr(officials.gc, "collect", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        with pytest.raises(KeyboardInterrupt):
            refresh(s, alongside=lambda: None)
    finally:
        monkeypatch.setattr(officials.gc, "collect", collect)
    assert not list((tmp_path / "store").glob("*identity-*"))


def test_an_error_that_cannot_cross_the_pipe_is_named_in_a_runtime_error(beside, monkeypatch):
    import kg.officials as officials

    class Odd(Exception):
        def __init__(self, a, b):  # type: ignore[no-untyped-def]
            super().__init__(f"{a} {b}")

    s = beside

    def odd(ms):  # type: ignore[no-untyped-def]
        raise Odd("x", "y")

    monkeypatch.setattr(officials, "decide", odd)
    with pytest.raises(RuntimeError, match="Odd: x y"):
        refresh(s, alongside=lambda: None)


def test_the_identity_s_seconds_leave_out_the_work_beside(beside):
    import time

    s = beside
    t0 = time.perf_counter()
    report = refresh(s, alongside=lambda: time.sleep(2))
    assert time.perf_counter() - t0 >= 2 and report.seconds < 1.5


def test_one_core_decides_without_a_fork(tmp_path, corpus, monkeypatch):
    import kg.officials as officials

    s = OxigraphStore(tmp_path / "store")
    build([corpus], s)
    monkeypatch.setattr(officials, "DECIDE_BESIDE_FROM", 0)
    monkeypatch.setattr(officials.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(officials, "_Beside", None)  # would fail if called
    called = []
    refresh(s, alongside=lambda: called.append(1))
    assert called == [1]


def test_the_work_beside_a_small_refresh_is_done_after_it(tmp_path, corpus):
    s = OxigraphStore(tmp_path / "store")
    build([corpus], s)
    called = []
    refresh(s, alongside=lambda: called.append(stored_basis(s)))
    assert len(called) == 1 and called[0] is not None  # after the graph was decided and marked


@given(st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=8), max_size=12),
       st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=8), max_size=6),
       st.data())
def test_a_moved_basis_is_the_basis_of_the_store_after(old, came, data):
    """Articles leaving and entering move the summed basis to what summing them all gives."""
    from kg.officials import basis, moved_basis

    class _Hashes:
        def __init__(self, h):  # type: ignore[no-untyped-def]
            self.h = h

        def article_hashes(self, articles=None):  # type: ignore[no-untyped-def]
            return dict(self.h)

    gone_keys = data.draw(st.lists(st.sampled_from(sorted(old)), unique=True) if old else st.just([]))
    gone = {k: old[k] for k in gone_keys}
    after = {k: v for k, v in old.items() if k not in gone}
    after.update(came)
    gone.update({k: old[k] for k in came if k in old and k not in gone})  # a changed article leaves first
    assert moved_basis(basis(_Hashes(old)), gone, came) == basis(_Hashes(after))
