"""Career events (kg/extract/events.py) and the tenures they date: invented
articles of an election, a retirement and a successor's election."""

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.article import Article
from kg.build import build
from kg.career import officials, post_holders
from kg.cli import main
from kg.extract.pipeline import extract_facts
from kg.officials import IDENTITY_GRAPH, TenureRow, refresh, successions
from kg.rdf import article_graph
from kg.store import OxigraphStore

from dated import write_article


def events(text: str, published: dt.date = dt.date(2017, 5, 2)) -> list[tuple]:
    f = extract_facts(Article(id="x", path="x.txt", text=text, published=published))
    return [(e.person, e.kind, e.title.text if e.title else None, e.date) for e in f.events]


def test_an_election_with_its_date():
    assert events("Ngày 15/3/2017, ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND tỉnh Hà Nam.") == [
        ("Nguyễn Văn An", "elected", "Chủ tịch UBND tỉnh Hà Nam", "2017-03-15")]


def test_a_day_without_year_takes_the_articles_and_a_later_sentence_the_day_stated_before():
    got = events("Sáng 10/8, HĐND tỉnh Hà Nam tổ chức kỳ họp bất thường. Tại kỳ họp, ông Trần Văn Bình được bầu "
                 "giữ chức Chủ tịch UBND tỉnh Hà Nam, thay ông Nguyễn Văn An nghỉ hưu.", dt.date(2017, 8, 11))
    assert got == [("Trần Văn Bình", "elected", "Chủ tịch UBND tỉnh Hà Nam", "2017-08-10"),
                   ("Nguyễn Văn An", "retired", None, "2017-08-10")]


def test_leaving_to_retire_from_a_day_of_its_own():
    got = events("Ông Lý Văn Cao thôi giữ chức Giám đốc Sở Y tế tỉnh Hà Nam để nghỉ hưu từ ngày 1/7/2017.")
    assert got == [("Lý Văn Cao", "left", "Giám đốc Sở Y tế tỉnh Hà Nam", "2017-07-01"),
                   ("Lý Văn Cao", "retired", "Giám đốc Sở Y tế tỉnh Hà Nam", "2017-07-01")]


def test_an_active_verb_has_its_holder_after_it():
    assert events("Chủ tịch UBND tỉnh đã trao quyết định bổ nhiệm ông Lê Văn Cường giữ chức Giám đốc Sở Tài "
                  "chính tỉnh Hà Nam.") == [("Lê Văn Cường", "appointed", "Giám đốc Sở Tài chính tỉnh Hà Nam", None)]


def test_a_transfer_and_appointment_is_one_transfer_to_the_new_post():
    assert events("Ông Phạm Văn Dũng, Phó Bí thư Tỉnh ủy Hà Nam được điều động, bổ nhiệm giữ chức Thứ trưởng "
                  "Bộ Nội vụ.") == [("Phạm Văn Dũng", "transferred", "Thứ trưởng Bộ Nội vụ", None)]


def test_named_to_a_committee_and_a_post():
    assert events("Ban Bí thư chỉ định ông Hoàng Văn Em tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí "
                  "thư Tỉnh ủy Hà Nam nhiệm kỳ 2015-2020.") == [
        ("Hoàng Văn Em", "assigned", "Phó Bí thư Tỉnh ủy Hà Nam", None)]


def test_a_warning_is_a_discipline_of_the_post_named():
    assert events("Ủy ban Kiểm tra Trung ương quyết định thi hành kỷ luật cảnh cáo đối với ông Đỗ Văn Phúc, "
                  "Giám đốc Sở Xây dựng tỉnh Hà Nam.") == [
        ("Đỗ Văn Phúc", "disciplined", "Giám đốc Sở Xây dựng tỉnh Hà Nam", None)]


def test_a_proposal_a_birth_date_and_a_year_of_its_own_give_no_event_or_no_day():
    assert events("HĐND tỉnh đề nghị bầu ông Vũ Văn Giang giữ chức Chủ tịch UBND tỉnh Hà Nam.") == []
    assert events("Ông Vũ Văn Hải sinh ngày 5/5/1965. Năm 2010, ông được bổ nhiệm giữ chức Giám đốc Sở Y tế "
                  "tỉnh Hà Nam.") == [("Vũ Văn Hải", "appointed", "Giám đốc Sở Y tế tỉnh Hà Nam", None)]
    assert events("Cử tri tham gia cuộc bầu cử đại biểu HĐND tỉnh Hà Nam, ông Vũ Văn Hải cho biết.") == []


def test_an_event_is_a_node_of_the_article_graph():
    f = extract_facts(Article(id="x", path="x.txt", published=dt.date(2017, 3, 16),
                              text="Ngày 15/3/2017, ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND tỉnh Hà Nam."))
    g = article_graph(f)
    rows = list(g.query("""PREFIX kg: <https://w3id.org/kgvn/ontology#> PREFIX schema: <https://schema.org/>
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?k ?d ?n ?l ?t WHERE { ?e a kg:CareerEvent ; kg:eventKind ?k ; schema:startDate ?d ;
        kg:person/foaf:name ?n ; kg:post/rdfs:label ?l ; prov:wasDerivedFrom/kg:text ?t . FILTER(lang(?l) = "vi") }"""))
    assert [(str(r[0]), str(r[1]), str(r[2])) for r in rows] == [("elected", "2017-03-15", "Nguyễn Văn An")]
    assert "Chủ tịch" in str(rows[0][3]) and "được bầu" in str(rows[0][4])


def test_successions_only_where_kg_can_tell_them():
    def row(node, who, post, start, end, label, by_event=False):
        return TenureRow(node, who, post, start, end, label, who, by_event)
    rows = [row("<a>", "o1", "k", "2017-01-01", "2017-04-01", "Chủ tịch UBND tỉnh X"),
            row("<b>", "o2", "k", "2017-05-01", "2017-09-01", "Chủ tịch UBND tỉnh X"),
            # a deputy's post is held by several at once
            row("<c>", "o3", "k2", "2017-01-01", "2017-02-01", "Phó Chủ tịch UBND tỉnh X"),
            row("<d>", "o4", "k2", "2017-05-01", "2017-06-01", "Phó Chủ tịch UBND tỉnh X"),
            # the same year, one of them dated by the year alone: no order
            row("<e>", "o5", "k3", "2017", "2017", "Giám đốc Sở Y"),
            row("<f>", "o6", "k3", "2017-05-01", "2017-06-01", "Giám đốc Sở Y"),
            # stated over the same months, no event: no succession; with one, a succession
            row("<g>", "o7", "k4", "2017-01-01", "2017-12-01", "Bí thư Huyện ủy Z"),
            row("<h>", "o8", "k4", "2017-05-01", "2017-06-01", "Bí thư Huyện ủy Z"),
            row("<i>", "o9", "k5", "2017-01-01", "2017-12-01", "Bí thư Huyện ủy W"),
            row("<j>", "o10", "k5", "2017-05-01", "2017-06-01", "Bí thư Huyện ủy W", by_event=True)]
    assert successions(rows) == [("<b>", "<a>"), ("<j>", "<i>")]


# dateline code YBĐT: Yên Bái
ARTICLES = {
    "a1": ("Bầu Chủ tịch UBND tỉnh", "Thứ Năm", "16/03/2017",
           "Ngày 15/3/2017, HĐND tỉnh tổ chức kỳ họp bất thường.",
           "Tại kỳ họp, ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND tỉnh Yên Bái."),
    "a2": ("Hội nghị giao ban", "Thứ Tư", "10/05/2017", "Ngày 9/5, UBND tỉnh tổ chức hội nghị giao ban.",
           "Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh Yên Bái chủ trì hội nghị."),
    "a3": ("Kỳ họp HĐND tỉnh", "Thứ Ba", "20/06/2017", "Ngày 19/6, HĐND tỉnh tổ chức kỳ họp thứ 5.",
           "Ông Nguyễn Văn An thôi giữ chức Chủ tịch UBND tỉnh Yên Bái để nghỉ hưu từ ngày 1/7/2017."),
    "a4": ("Bầu Chủ tịch UBND tỉnh mới", "Thứ Sáu", "11/08/2017", "Ngày 10/8, HĐND tỉnh tổ chức kỳ họp bất thường.",
           "Tại kỳ họp, ông Trần Văn Bình được bầu giữ chức Chủ tịch UBND tỉnh Yên Bái."),
    "a5": ("Hội nghị trực tuyến", "Thứ Năm", "05/10/2017", "Ngày 4/10, UBND tỉnh tổ chức hội nghị trực tuyến.",
           "Đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh Yên Bái chủ trì hội nghị."),
}


def write(folder: Path, name: str, title, weekday, date, lead, body) -> None:
    write_article(folder, name, title, weekday, date, "YBĐT", lead, body)  # a Yên Bái paper


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("events") / "news"
    d.mkdir()
    for name, parts in ARTICLES.items():
        write(d, name, *parts)
    return d


@pytest.fixture(scope="module")
def store(corpus) -> OxigraphStore:
    s = OxigraphStore(None)
    build([corpus], s)
    return s


def test_a_tenure_begins_and_ends_with_its_events_and_the_successor_replaces(store):
    [an] = officials(store, "Nguyễn Văn An")
    [post] = [p for p in an["posts"] if p["post"].startswith("Chủ tịch")]
    assert post["began"] == ["2017-03-15", "elected"] and post["ended"] == ["2017-07-01", "left"]
    assert post["replaced_by"] == ["Trần Văn Bình"]
    [binh] = officials(store, "Trần Văn Bình")
    [post] = binh["posts"]
    assert post["began"] == ["2017-08-10", "elected"] and post["ended"] is None and post["replaces"] == ["Nguyễn Văn An"]
    rows = post_holders(store, "Chủ tịch UBND tỉnh", province="Yên Bái")
    assert [(r["holder"], r["replaces"]) for r in rows] == [("Nguyễn Văn An", []), ("Trần Văn Bình", ["Nguyễn Văn An"])]


def test_the_tenures_query_and_the_cli_say_it(store, tmp_path, corpus):
    path = tmp_path / "store"
    s = OxigraphStore(path)
    build([corpus], s)
    s.close()
    r = CliRunner().invoke(main, ["person", "Nguyễn Văn An", "--store", str(path)])
    assert r.exit_code == 0, r.output
    assert "began 2017-03-15 (bầu); ended 2017-07-01 (thôi giữ chức); replaced by Trần Văn Bình" in r.output
    r = CliRunner().invoke(main, ["post", "Chủ tịch UBND tỉnh", "--province", "Yên Bái", "--store", str(path)])
    assert r.exit_code == 0, r.output
    assert r.output.index("Nguyễn Văn An") < r.output.index("Trần Văn Bình")
    assert "began 2017-08-10 (bầu); replaces Nguyễn Văn An" in r.output
    r = CliRunner().invoke(main, ["query", "tenures", "--store", str(path), "--format", "json",
                                  "--param", "name=Trần Văn Bình"])
    [row] = json.loads(r.output)["results"]["bindings"]
    assert (row["start"]["value"], row["began"]["value"], row["replaces"]["value"]) == (
        "2017-08-10", "elected", "Nguyễn Văn An")


def test_a_later_build_links_the_succession_as_a_full_decision_would(tmp_path, corpus):
    d = tmp_path / "news"
    d.mkdir()
    for f in sorted(corpus.glob("*.txt")):
        if f.name not in {"a4.txt", "a5.txt"}:
            (d / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    s = OxigraphStore(None)
    build([d], s)
    for name in ("a4.txt", "a5.txt"):
        (d / name).write_text((corpus / name).read_text(encoding="utf-8"), encoding="utf-8")
    build([d], s)  # decides Trần Văn Bình alone; the succession passes through Nguyễn Văn An
    incremental = sorted(s.graph_ntriples(str(IDENTITY_GRAPH)).decode("utf-8").splitlines())
    assert any("#replaces>" in line for line in incremental)
    refresh(s)
    assert sorted(s.graph_ntriples(str(IDENTITY_GRAPH)).decode("utf-8").splitlines()) == incremental


def test_the_one_left_is_named_after_with_and_a_letter_asking_is_no_leaving():
    assert events("Chủ tịch Quốc hội Nguyễn Thị Mai cho biết việc cho thôi nhiệm vụ đại biểu Quốc hội với ông "
                  "Võ Văn Cần đã được thông qua.") == [("Võ Văn Cần", "left", "đại biểu Quốc hội", None)]
    assert events("Ông Võ Văn Cần đã có đơn xin thôi làm nhiệm vụ đại biểu Quốc hội.") == []
    assert events("Ông Lê Văn Tám được bầu giữ chức Chủ tịch HĐND tỉnh Hà Nam với 100% phiếu tán thành.") == [
        ("Lê Văn Tám", "elected", "Chủ tịch HĐND tỉnh Hà Nam", None)]


def test_a_noun_is_no_event():
    assert events("Ông bầu Trần Văn Tư của câu lạc bộ bóng rổ Hà Nam đặt mục tiêu vô địch.") == []
    assert events("Ông Trần Văn Năm, Chủ tịch UBND tỉnh Hà Nam theo dõi cuộc bầu cử.") == []


def test_a_post_inside_a_deputys_and_a_holder_kg_cannot_name():
    assert events("Năm 2008, ông Mai Văn Sáu được bầu làm Phó Chủ tịch UBND xã Kiến An.") == [
        ("Mai Văn Sáu", "elected", "Phó Chủ tịch UBND xã Kiến An", None)]
    assert events("Theo ông Hồ Văn Bảy, ông Tâm đã thôi giữ chức Phó Chánh văn phòng Tòa án nhân dân tỉnh Hà Nam.") == []


def test_a_title_before_the_name_a_list_of_holders_and_a_post_taken_after_one_left():
    assert events("Ban Bí thư chỉ định Thứ trưởng Bộ Xây dựng Đỗ Văn Mười tham gia Ban Chấp hành và giữ chức Phó "
                  "Bí thư Tỉnh ủy Hà Nam.") == [("Đỗ Văn Mười", "assigned", "Phó Bí thư Tỉnh ủy Hà Nam", None)]
    assert events("Các đồng chí Nguyễn Văn Một, Trần Văn Hai và Lê Văn Ba được bầu giữ chức Phó Chủ tịch Hội "
                  "Nông dân tỉnh Hà Nam.") == [
        (p, "elected", "Phó Chủ tịch Hội Nông dân tỉnh Hà Nam", None)
        for p in ("Nguyễn Văn Một", "Trần Văn Hai", "Lê Văn Ba")]
    assert events("Bộ Chính trị phân công ông Phan Văn Bốn thôi giữ chức Bí thư Tỉnh ủy Hà Nam (nhiệm kỳ 2015 - "
                  "2020), giữ chức Phó Trưởng Ban Kinh tế Trung ương.") == [
        ("Phan Văn Bốn", "left", "Bí thư Tỉnh ủy Hà Nam", None),
        ("Phan Văn Bốn", "assigned", "Phó Trưởng Ban Kinh tế Trung ương", None)]
    assert events("Ông Lê Văn Năm cho rằng người bị kỷ luật cảnh cáo vẫn có thể được bổ nhiệm.") == []


def test_words_ending_their_clause_have_no_object():
    assert events("Trước khi nhận nhiệm vụ mới, ông Bùi Văn Sáu là Giám đốc Sở Công Thương tỉnh Hà Nam.") == []


def test_a_discipline_reaches_over_the_post_it_takes_to_the_one_disciplined():
    assert events("Hội nghị quyết định thi hành kỷ luật cảnh cáo, cho thôi chức Ủy viên Bộ Chính trị "
                  "với ông Lê Văn Tám.") == [("Lê Văn Tám", "disciplined", "Ủy viên Bộ Chính trị", None),
                                             ("Lê Văn Tám", "left", "Ủy viên Bộ Chính trị", None)]


def test_a_post_left_written_with_chuc_vu_and_the_change_named_again_is_one_event():
    assert events("Ông Dương Văn Minh vừa thôi chức vụ Chủ tịch HĐQT Ngân hàng Bưu điện Liên Việt.") == [
        ("Dương Văn Minh", "left", "Chủ tịch HĐQT Ngân hàng Bưu điện Liên Việt", None)]
    assert events("Ông Lê Văn Tám bị cảnh cáo và thôi chức Ủy viên Bộ Chính trị, việc thôi chức này là "
                  "do Trung ương quyết định.") == [("Lê Văn Tám", "left", "Ủy viên Bộ Chính trị", None)]


def test_a_discipline_that_names_its_own_does_not_reach_the_next_persons_post():
    assert events("Ban Thường vụ quyết định thi hành kỷ luật cảnh cáo ông Nguyễn Văn An, đồng thời cách chức "
                  "Phó Giám đốc Sở Tài chính đối với ông Trần Văn Bình.") == [
        ("Nguyễn Văn An", "disciplined", None, None),
        ("Trần Văn Bình", "dismissed", "Phó Giám đốc Sở Tài chính", None)]

