"""`kg post` a page at a time: the first holders of a post in time order, a count
of the rest, the page read from the post's tenures without reading every holder
(invented articles: many chairs of one province, a few of another)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.career as career
from kg.build import build
from kg.career import post_holders, post_holders_page
from kg.cli import main
from kg.store import OxigraphStore

from dated import write_article

# (name, dd/mm/yyyy, dateline code): YBĐT Yên Bái, LSO Lạng Sơn; two share a day, one
# is stated twice
CHAIRS = [("Lò Văn Thắm", "03/02/2017", "YBĐT"), ("Đinh Công Hữu", "15/03/2017", "YBĐT"),
          ("Vi Thị Quyên", "15/03/2017", "YBĐT"), ("Hà Đức Mạnh", "02/05/2017", "YBĐT"),
          ("Sầm Văn Khải", "20/06/2017", "YBĐT"), ("Lường Thị Nhung", "08/08/2017", "YBĐT"),
          ("Đinh Công Hữu", "11/09/2017", "YBĐT"), ("Mông Văn Tiến", "25/10/2017", "YBĐT"),
          ("Cầm Bá Lợi", "14/11/2017", "YBĐT"), ("Nông Thị Xuyến", "06/12/2017", "YBĐT"),
          ("Hoàng Văn Sính", "10/01/2017", "LSO"), ("Chu Thị Lệ", "09/04/2017", "LSO")]
PROVINCE = {"YBĐT": "Yên Bái", "LSO": "Lạng Sơn"}
# pages with no dateline: one more of a holder dated elsewhere, one of a holder
# no page dates (sorted last)
UNDATED = ["Lò Văn Thắm", "Mùa A Sình"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("paging") / "news"
    d.mkdir()
    for k, (name, date, code) in enumerate(CHAIRS):
        write_article(d, f"c{k:02d}", "Hội nghị UBND tỉnh", "Thứ Hai", date, code,
                      "UBND tỉnh tổ chức hội nghị sơ kết công tác quý.",
                      f"Đồng chí {name}, Chủ tịch UBND tỉnh {PROVINCE[code]} chủ trì hội nghị.")
    for k, name in enumerate(UNDATED):
        (d / f"u{k}.txt").write_text("Hội nghị UBND tỉnh\n\nUBND tỉnh tổ chức hội nghị sơ kết công tác quý.\n\n"
                                     f"Đồng chí {name}, Chủ tịch UBND tỉnh Yên Bái chủ trì hội nghị.\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def store(corpus) -> OxigraphStore:
    s = OxigraphStore(None)
    build([corpus], s)
    return s


@pytest.fixture(scope="module")
def disk_store(corpus, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("paging-cli")
    r = CliRunner().invoke(main, ["build", str(corpus), "--store", str(root / "store"), "--out", str(root / "out")])
    assert r.exit_code == 0, r.output
    return root / "store"


@pytest.fixture
def paged(monkeypatch) -> list:
    """What each call of the page read from tenures gave (None: every row was read)."""
    seen: list = []
    real = career._paged

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(real(*args, **kwargs))
        return seen[-1]
    monkeypatch.setattr(career, "_paged", spy)
    return seen


def test_every_holder_in_time_order(store):
    rows = post_holders(store, "Chủ tịch UBND tỉnh", province="Yên Bái")
    # the same first day: the one whose last is sooner first
    assert [r["holder"] for r in rows][:4] == ["Lò Văn Thắm", "Vi Thị Quyên", "Đinh Công Hữu", "Hà Đức Mạnh"]
    assert len(rows) == 10 and (rows[2]["first"], rows[2]["last"]) == ("2017-03-15", "2017-09-11")  # stated twice
    assert rows[0]["files"] == ["c00.txt", "u0.txt"] and rows[0]["last"] == "2017-02-03"
    assert (rows[-1]["holder"], rows[-1]["first"]) == ("Mùa A Sình", "")
    assert post_holders(store, "Chủ tịch UBND tỉnh", province="Yên Bái", limit=None) == rows


@pytest.mark.parametrize("province", ["Yên Bái", None])
def test_a_page_is_that_part_of_the_whole_answer(store, paged, province):
    whole = post_holders(store, "Chủ tịch UBND tỉnh", province=province)
    assert len(whole) == (10 if province else 12)
    pages = [(1, 0), (3, 0), (3, 1), (4, 8), (5, 9), (2, 10), (20, 3), (3, 30), (1, 9), (1, 11)]
    for limit, offset in pages:
        rows, total = post_holders_page(store, "Chủ tịch UBND tỉnh", province=province, limit=limit, offset=offset)
        assert (rows, total) == (whole[offset:offset + limit], len(whole)), (limit, offset)
        assert post_holders(store, "Chủ tịch UBND tỉnh", province=province, limit=limit, offset=offset) == rows
    # the pages were read from the tenures, not from every holding, but those
    # reaching the last holder, whom no page dates (their tenure has no start)
    last = [offset < len(whole) <= offset + limit for limit, offset in pages]
    assert [p is None for p in paged] == [x for x in last for _ in (1, 2)] and sum(last) <= len(pages) / 2


def test_a_page_the_tenures_cannot_order_is_cut_from_every_row(store, paged):
    whole = post_holders(store, "Chủ tịch UBND tỉnh", province="Yên Bái", date_from="2017-03-01")
    rows, total = post_holders_page(store, "Chủ tịch UBND tỉnh", province="Yên Bái", date_from="2017-03-01",
                                    limit=2, offset=1)
    assert (rows, total) == (whole[1:3], len(whole)) and len(whole) == 8 and not paged
    # a page holding every row: read as every row always was
    assert post_holders_page(store, "Chủ tịch UBND tỉnh", province="Yên Bái", limit=50) == (
        post_holders(store, "Chủ tịch UBND tỉnh", province="Yên Bái"), 10)
    assert paged == [None]
    for bad in ({"limit": 0}, {"limit": -1}, {"offset": -1}):
        with pytest.raises(ValueError):
            post_holders_page(store, "Chủ tịch UBND tỉnh", **bad)


def run(*args):
    r = CliRunner().invoke(main, [str(a) for a in args])
    return r.exit_code, r.output


def test_cli_shows_a_page_and_says_how_many_more(disk_store):
    code, out = run("post", "Chủ tịch UBND tỉnh", "--province", "Yên Bái", "--limit", 3, "--store", disk_store)
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == "Chủ tịch UBND tỉnh Yên Bái" and lines[1].startswith("  2017-02-03               Lò Văn Thắm")
    assert [line[27:].split("  —")[0] for line in lines if line.startswith("  2017")] == [
        "Lò Văn Thắm", "Vi Thị Quyên", "Đinh Công Hữu"]
    assert lines[-1] == "… 7 more holders (10 in all): --offset 3 for the next 3, --all for every one"
    code, nxt = run("post", "Chủ tịch UBND tỉnh", "--province", "Yên Bái", "--limit", 3, "--offset", 3,
                    "--store", disk_store)
    assert code == 0 and "Hà Đức Mạnh" in nxt and "Lò Văn Thắm" not in nxt and "--offset 6 for the next 3" in nxt
    code, last = run("post", "Chủ tịch UBND tỉnh", "--province", "Yên Bái", "--offset", 8, "--store", disk_store)
    assert code == 0 and "Nông Thị Xuyến" in last and "Mùa A Sình" in last and "more holder" not in last
    # a post of fewer holders than a page: all of them, as --all shows them, and nothing more said
    code, every = run("post", "Chủ tịch UBND tỉnh", "--province", "Yên Bái", "--store", disk_store)
    assert code == 0 and every == run("post", "Chủ tịch UBND tỉnh", "--province", "Yên Bái", "--all",
                                      "--store", disk_store)[1]
    assert "more holder" not in every and every.count("\n  2017-") == 9 and "\n  ?  " in every


def test_cli_json_is_always_the_list_and_the_count_goes_to_stderr(disk_store):
    r = CliRunner().invoke(main, ["post", "Chủ tịch UBND tỉnh", "--limit", "4", "--format", "json",
                                  "--store", str(disk_store)])
    assert r.exit_code == 0, r.output
    page = json.loads(r.stdout)
    assert isinstance(page, list) and len(page) == 4
    assert "8 more holders (12 in all): --offset 4" in r.stderr
    r = CliRunner().invoke(main, ["post", "Chủ tịch UBND tỉnh", "--all", "--format", "json", "--store", str(disk_store)])
    whole = json.loads(r.stdout)
    assert isinstance(whole, list) and len(whole) == 12 and whole[:4] == page and r.stderr == ""
    # the default page holds the whole of a post with fewer holders than a page: the same list
    assert json.loads(CliRunner().invoke(main, ["post", "Chủ tịch UBND tỉnh", "--format", "json",
                                                "--store", str(disk_store)]).stdout) == whole


@pytest.mark.parametrize("args", [["--limit", "0"], ["--limit", "-3"], ["--offset", "-1"], ["--limit", "x"],
                                  ["--all", "--limit", "5"]])
def test_cli_page_options_refuse_bad_values(disk_store, args):
    code, out = run("post", "Chủ tịch UBND tỉnh", *args, "--store", disk_store)
    assert code == 2 and "Traceback" not in out and ("Invalid value" in out or "exclude each other" in out)


def test_cli_an_offset_past_the_end_says_so(disk_store):
    code, out = run("post", "Chủ tịch UBND tỉnh", "--province", "Lạng Sơn", "--offset", 5, "--store", disk_store)
    assert code == 1 and "past the last of the 2 holders" in out and "Traceback" not in out
