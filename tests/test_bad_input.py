"""Bad input, one case a row: a clear line naming the file and the reason, the
other articles built, exit code 1 when some failed, and a summary that counts them."""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import SEEDS

GOOD = next(SEEDS.glob("001_*.txt"))
TEXT = GOOD.read_text(encoding="utf-8")
HTML = ("<html><head><title>Hội nghị Ban Chấp hành Đảng bộ tỉnh</title><style>body{color:red}</style>"
        "<script>alert('x')</script></head><body><nav><a href='/'>Trang chủ</a> | Tin tức</nav>"
        "<article><h1>Hội nghị Ban Chấp hành Đảng bộ tỉnh</h1>"
        + "".join(f"<p>{p}</p>" for p in TEXT.split("\n") if p.strip()) + "</article>"
        "<footer>Bản quyền thuộc về Báo Tuyên Quang</footer></body></html>")


def _cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: precomposed â ê ô ơ ư ă đ, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = [c for c in d if c in "\u0300\u0301\u0303\u0309\u0323"]
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in tones)) + "".join(tones))
    return "".join(out).encode("cp1258")


def _write(name: str, data: bytes) -> callable:
    def make(folder: Path) -> Path:
        p = folder / name
        p.write_bytes(data)
        return p
    return make


def _loop(folder: Path) -> Path:
    p = folder / "loop.txt"
    os.symlink(p, p)
    return p


def _fifo(folder: Path) -> Path:
    p = folder / "pipe.txt"
    os.mkfifo(p)
    return p


def _big(folder: Path) -> Path:
    p = folder / "big.txt"
    with open(p, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    return p


def _dated(line: str) -> bytes:
    lines = TEXT.split("\n")
    return "\n".join([lines[0], line] + lines[2:]).encode("utf-8")


# (case, make the file, None if it must build, else a word of the reason)
CASES = [
    ("empty file", _write("empty.txt", b""), "empty"),
    ("whitespace only", _write("blank.txt", b" \n\t \n"), "empty"),
    ("a PNG named .txt", _write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), "binary"),
    ("UTF-8 with a BOM", _write("bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8")), None),
    ("UTF-16", _write("utf16.txt", TEXT.encode("utf-16")), None),
    ("Windows-1258", _write("cp1258.txt", _cp1258(TEXT)), None),
    ("decomposed Unicode (NFD)", _write("nfd.txt", unicodedata.normalize("NFD", TEXT).encode("utf-8")), None),
    ("a 50 MB file", _big, "larger than"),
    ("HTML with scripts, styles and navigation", _write("page.html", HTML.encode("utf-8")), None),
    ("no date", _write("nodate.txt", _dated("")), None),
    ("an impossible date (31/02)", _write("feb31.txt", _dated("Thứ Hai, 31/02/2021")), None),
    ("a date in the future", _write("future.txt", _dated("Thứ Hai, 12/03/2091")), None),
    ("no line break at all", _write("oneline.txt", " ".join(TEXT.split()).encode("utf-8")), None),
    ("CR-only line ends", _write("cr.txt", TEXT.replace("\n", "\r").encode("utf-8")), None),
    ("a 3 MB text on one line", _write("long.txt", (" ".join(TEXT.split()) + " ").encode("utf-8") * 1300), None),
    ("a few stray NULs", _write("nuls.txt", TEXT.replace("\n", "\x00\n", 3).encode("utf-8")), None),
    ("format characters inside words", _write("shy.txt", TEXT.replace("ng", "n\u00adg").replace("Đ", "\u202eĐ")
                                              .encode("utf-8")), None),
    ("a symlink loop", _loop, "symbolic links"),
    ("a FIFO named .txt", _fifo, "not a regular file"),
]


@pytest.mark.parametrize("case, make, reason", CASES, ids=[c[0] for c in CASES])
def test_bad_input(tmp_path, case, make, reason):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(GOOD, folder / GOOD.name)
    bad = make(folder)
    r = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s"), "--out",
                                  str(tmp_path / "out")])
    assert "Traceback" not in r.output
    if reason is None:
        assert r.exit_code == 0, r.output
        assert "read 2 articles (2 new" in r.output and "0 failed" in r.output
        return
    assert r.exit_code == 1, r.output
    lines = [ln for ln in r.output.splitlines() if ln.startswith("kg: skipped")]
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0], r.output
    assert "read 1 articles (1 new" in r.output and "1 failed" in r.output


def test_a_missing_path_among_good_ones(tmp_path):
    r = CliRunner().invoke(main, ["build", str(GOOD), str(tmp_path / "nope"), "--store", str(tmp_path / "s"),
                                  "--out", str(tmp_path / "out")])
    assert r.exit_code == 1
    assert f"kg: skipped {tmp_path / 'nope'}: no such file or folder" in r.output
    assert "read 1 articles (1 new" in r.output


def test_dates_that_cannot_be_are_not_taken(tmp_path):
    from kg.article import read_article

    for name, line in (("feb31.txt", "Thứ Hai, 31/02/2021"), ("future.txt", "Thứ Hai, 12/03/2091")):
        p = tmp_path / name
        p.write_bytes(_dated(line))
        a = read_article(p)
        assert a.published is None or a.published.year < 2091, name


def test_a_file_name_with_a_line_break_stays_on_one_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\nname.txt").write_bytes(b"")
    r = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s"), "--out",
                                  str(tmp_path / "out")])
    assert r.exit_code == 1
    skipped = [ln for ln in r.output.splitlines() if "skipped" in ln]
    assert len(skipped) == 1 and "bad\\nname.txt" in skipped[0] and "empty" in skipped[0]
