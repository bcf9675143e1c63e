"""The HTML view: offline, escaped, and working in a real headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.build import build
from kg.store import open_store
from kg.views import project, render

HOSTILE = """<img src=x onerror=alert(1)>

Thứ Năm, 14/01/2021, 14:15 (GMT+7)

Ngày 14.1, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị lần thứ 3 <script>alert(2)</script> bàn công tác.
"""


def chromium() -> str:
    """Debian's chromium; installed here when missing and we may (CI runs as root)."""
    found = shutil.which("chromium")
    if not found and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
                       shell=True, check=False, capture_output=True, timeout=900)
        found = shutil.which("chromium")
    if not found:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return found


def dom(page: Path, fragment: str = "") -> str:
    """The page's DOM after its scripts ran, in headless Chromium, offline."""
    out = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={page.parent / 'profile'}", "--virtual-time-budget=10000", "--dump-dom",
         page.as_uri() + fragment],
        capture_output=True, text=True, timeout=120)
    return out.stdout


def body_data(html: str) -> dict[str, str]:
    tag = re.search(r"<body([^>]*)>", html).group(1)
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', tag))


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory, seed_store):
    path = tmp_path_factory.mktemp("view") / "graph.html"
    path.write_text(render(seed_store), encoding="utf-8")
    return path


def test_projection_has_every_class(seed_store):
    g = project(seed_store)
    classes = {d["cls"] for _, d in g.nodes(data=True)}
    assert classes == {"Person", "Post", "Party body", "State body", "Mass organization", "Meeting", "Award",
                       "Document", "Article"}
    son = next(x for x, d in g.nodes(data=True) if d["vi"] == "Nguyễn Văn Sơn")
    assert {d["label"] for _, _, d in g.out_edges(son, data=True)} == {"holds", "attended", "addressed"}
    assert g.nodes[son]["sources"]  # the sentences he is named in


def test_page_is_self_contained(seed_page):
    html = seed_page.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "vis.Network" in html and "<meta charset=\"utf-8\">" in html


def test_graph_draws_in_chromium_without_errors(seed_page, seed_store):
    html = dom(seed_page)
    data = body_data(html)
    assert data.get("ready") == "1" and "errors" not in data
    assert "<canvas" in html
    assert int(data["shown"]) == project(seed_store).number_of_nodes()


def test_search_finds_an_official_without_diacritics(seed_page):
    html = dom(seed_page, "#q=nguyen van son")
    hits = re.search(r'<div id="hits">(.*?)</div></div>|<div id="hits">(.*?)</div>\s*<h4', html, re.S)
    assert "Nguyễn Văn Sơn" in (hits.group(0) if hits else "")
    details = html[html.index('id="details"'):]
    assert "Phó Bí thư Tỉnh ủy" in details  # his source sentence is shown


def test_a_filter_hides_nodes(seed_page):
    shown_all = int(body_data(dom(seed_page))["shown"])
    shown = int(body_data(dom(seed_page, "#hide=Party body,Article"))["shown"])
    assert shown < shown_all - 10


def test_a_province_filter_hides_the_other_provinces(seed_page, seed_store):
    g = project(seed_store)
    in_lang_son = sum(1 for _, d in g.nodes(data=True) if d["province"] == "Lạng Sơn")
    shown = int(body_data(dom(seed_page, "#province=Lạng Sơn"))["shown"])
    assert 0 < shown == in_lang_son < g.number_of_nodes()


def test_focus_province_kind_and_dates(seed_store):
    import datetime as dt
    from kg.views import select
    g = project(seed_store)
    around = select(g, focus="ma the hong", depth=1)
    assert {d["vi"] for _, d in around.nodes(data=True) if d["cls"] == "Post"} == {
        "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy", "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp"}
    assert {d["province"] for _, d in select(g, province="Tuyên Quang").nodes(data=True)} == {"Tuyên Quang"}
    meetings = select(g, kind="meeting", date_from=dt.date(2021, 1, 1), date_to=dt.date(2021, 12, 31))
    dates = sorted(d["date"] for _, d in meetings.nodes(data=True) if d["cls"] == "Meeting")
    assert dates == ["2021-01-14", "2021-01-14", "2021-01-17", "2021-04-09"]
    with pytest.raises(ValueError, match="nothing named"):
        select(g, focus="Không Có Ai")


def test_too_large_a_view_asks_for_a_focus(monkeypatch, seed_store):
    import kg.views as views
    monkeypatch.setattr(views, "MAX_NODES", 10)
    with pytest.raises(views.ViewTooLarge, match="--focus"):
        render(seed_store)


def test_details_link_sources_to_their_articles(seed_store):
    g = project(seed_store)
    son = next(x for x, d in g.nodes(data=True) if d["vi"] == "Nguyễn Văn Sơn")
    [(_, article)] = {(t, a) for t, a in g.nodes[son]["sources"] if "Phó Bí thư" in t and "dự" in t}
    assert g.nodes[article]["cls"] == "Article" and g.nodes[article]["en"] == "001_b559765a8eaa996e.txt"


def test_gephi_formats(seed_store, tmp_path):
    import networkx as nx
    from kg.views import to_exchange_graph
    g = to_exchange_graph(project(seed_store))
    nx.write_graphml(g, tmp_path / "g.graphml")
    nx.write_gexf(g, tmp_path / "g.gexf")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_nodes() == g.number_of_nodes()


def test_hostile_text_shows_as_text(tmp_path):
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    store = open_store(None)
    build([tmp_path / "arts"], store)
    page = tmp_path / "g.html"
    page.write_text(render(store), encoding="utf-8")
    raw = page.read_text(encoding="utf-8")
    assert "<script>alert(2)" not in raw and "<img src=x" not in raw
    html = dom(page, "#q=hoi nghi")
    assert body_data(html).get("ready") == "1"
    assert "<script>alert(2)" not in html and not re.search(r"<img[^>]*onerror", html)
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html  # shown, as text, in the details


def test_focused_view_with_timeline_in_chromium(seed_store, tmp_path):
    from kg.career import career
    rows = career(seed_store, "Ma Thế Hồng")
    page = tmp_path / "focus.html"
    page.write_text(render(seed_store, focus="Ma Thế Hồng", depth=1, timeline=[
        {"date": r["date"], "post": r["post"], "post_en": r["post_en"], "file": r["file"]} for r in rows]),
        encoding="utf-8")
    html = dom(page)
    assert body_data(html).get("ready") == "1" and "errors" not in body_data(html)
    timeline = html[html.index('id="timeline"'):html.index('id="details"')]
    assert timeline.count("<tr>") == 3 and "Head of the Organisation Commission" in timeline
