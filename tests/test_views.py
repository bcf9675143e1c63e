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
    assert classes == {"Person", "Post", "Organization", "Meeting", "Award", "Article"}
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
    shown = int(body_data(dom(seed_page, "#hide=Organization,Article"))["shown"])
    assert shown < shown_all - 10


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
