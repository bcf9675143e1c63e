"""How kg's scores hold when the same annotated articles reach it in other layouts.

    python3 bench/layout_eval.py ../shared/eval/dev/gold.json ../shared/eval/dev/articles
    python3 bench/layout_eval.py GOLD ARTICLES --only one_line --only wrapped_72

Users paste passages from pages, PDFs and text browsers, and writers case words as
they please; the unseen test sets are such texts. Each layout below rewrites every
article of ARTICLES the way such a source would (the gold stays as it is: the facts
do not change), runs `kg eval` on the copies and prints the three F1 figures beside
those of the articles as they are. A layout that costs much points at the reading
or the rules (see README, "A text in another layout"). Run it from a worktree's root:
the kg of the current directory is measured, so the same script run in an older
checkout gives that checkout's figures.

Layouts: one_line (the page saved as one line), wrapped_60 / wrapped_72 / wrapped_100
(paragraphs broken at a fixed width, the headline too at 60 and 100), body_case (half
of the common words of bodies and titles, after a lower-case word, in lower case, as
writers do: "Ban Tuyên giáo Tỉnh ủy" / "Ban tuyên giáo tỉnh ủy"), encodings (CRLF, decomposed Unicode, old-style
tone marks), tight_dashes (half of the dashes between words typed without their
spaces: "Nguyễn Văn A-phó Bí thư Tỉnh ủy"), glued_commas (four in ten commas between
words with no space after them: "phiên thứ nhất,Đại hội …"), blank_lines (a blank line between all lines), html_page (a saved page
with a menu, related headlines and a footer).
"""

from __future__ import annotations

import argparse
import html
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from pathlib import Path
from typing import Callable

from kg.normalize import _TONES

# words of bodies' and titles' names whose first letter writers case either way
# (no word that is also a common given or family name: "Thành", "Nhân", "Thường" …)
_CASED = frozenset("Tỉnh Huyện Ban Chấp Ủy Hội Đảng Mặt Trận Tổ Chủ Tịch Bí Phó Trưởng Giám Đốc Sở Sự Khối "
                   "Phụ Nữ Kiểm Tra Tuyên Giáo Vận Phòng Ương Trực Vụ".split())
# new-style tone marks → old-style: the reverse of what reading undoes (kg.normalize.retone)
_OLD_TONES = {new: old for old, new in _TONES.items()}


def one_line(text: str) -> str:
    """The whole article on one line, as some saved pages and pasted passages are."""
    return re.sub(r"\s*\n\s*", " ", text.strip()) + "\n"


def wrapped(width: int, headline_too: bool) -> Callable[[str], str]:
    """Every line longer than `width` broken at it (the first line only if `headline_too`)."""
    def wrap(text: str) -> str:
        lines = text.split("\n")
        return "\n".join("\n".join(textwrap.wrap(ln, width)) if len(ln) > width and (headline_too or i) else ln
                         for i, ln in enumerate(lines))
    return wrap


def body_case(seed: int) -> Callable[[str], str]:
    """Half of the words of _CASED in the body in lower case, where a lower-case word comes
    before them (none opening a sentence, none in a name: "Đỗ Kim Hội" stays)."""
    def flip(text: str) -> str:
        rnd = random.Random(seed)
        lines = text.split("\n")

        def one(m: re.Match[str]) -> str:
            w = m.group(0)
            before = re.search(r"(\w+)\s+$", m.string[:m.start()])
            if w not in _CASED or before is None or not before.group(1)[0].islower() or rnd.random() >= 0.5:
                return w
            return w[0].lower() + w[1:]
        return "\n".join([lines[0], *(re.sub(r"\w+", one, ln) for ln in lines[1:])])
    return flip


def encodings(text: str) -> str:
    """CRLF line ends, decomposed Unicode and old-style tone marks at once."""
    def old(m: re.Match[str]) -> str:
        new = _OLD_TONES[m.group(0).lower()]
        return "".join(c.upper() if o.isupper() else c for o, c in zip(m.group(0), new))
    text = re.sub(r"(?<![qQ])(?:" + "|".join(_OLD_TONES) + r")(?!\w)", old, text, flags=re.IGNORECASE)
    return unicodedata.normalize("NFD", text).replace("\n", "\r\n")


def tight_dashes(seed: int) -> Callable[[str], str]:
    """Half of the spaced dashes typed without their spaces ("Nguyễn Văn A-Phó Bí thư …")."""
    def tighten(text: str) -> str:
        rnd = random.Random(seed)
        return re.sub(r" ([-–]) (?=\S)", lambda m: m.group(1) if rnd.random() < 0.5 else m.group(0), text)
    return tighten


def glued_commas(seed: int) -> Callable[[str], str]:
    """Four in ten commas between words typed without the space after them."""
    def glue(text: str) -> str:
        rnd = random.Random(seed)
        return re.sub(r"(?<=[^\W\d_]), (?=[^\W\d_])", lambda m: "," if rnd.random() < 0.4 else ", ", text)
    return glue


def blank_lines(text: str) -> str:
    """A blank line between every two lines."""
    return "\n\n".join(text.split("\n"))


def html_page(text: str) -> str:
    """A saved page: the site's banner and menu, the article, related headlines, a footer."""
    lines = [ln.strip() for ln in text.split("\n")]
    title = html.escape(lines[0])
    body = "".join(f"<p>{html.escape(ln)}</p>\n" for ln in lines[1:] if ln)
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title} - Cổng thông tin điện tử"
            "</title></head><body><header><div>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH</div><nav><ul><li><a href='/'>"
            "Trang chủ</a></li><li><a href='/tt'>Tin tức - Sự kiện</a></li></ul></nav></header><main><article>"
            f"<h1>{title}</h1><div class='content'>\n{body}</div></article><aside><h3>Tin liên quan</h3><ul>"
            "<li><a href='/1'>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12</a></li><li><a href='/2'>Đồng chí "
            "Trần Văn Bình, Phó Bí thư Tỉnh ủy thăm các xã vùng cao</a></li></ul></aside></main><footer><p>"
            "Chịu trách nhiệm chính: Đồng chí Trần Văn Bình - Phó Trưởng Ban Tuyên giáo Tỉnh ủy.</p></footer>"
            "</body></html>")


LAYOUTS: dict[str, tuple[Callable[[str], str], str]] = {
    "one_line": (one_line, ".txt"),
    "wrapped_60": (wrapped(60, True), ".txt"),
    "wrapped_72": (wrapped(72, False), ".txt"),
    "wrapped_100": (wrapped(100, True), ".txt"),
    "body_case": (body_case(2), ".txt"),
    "encodings": (encodings, ".txt"),
    "tight_dashes": (tight_dashes(1), ".txt"),
    "glued_commas": (glued_commas(1), ".txt"),
    "blank_lines": (blank_lines, ".txt"),
    "html_page": (html_page, ".html"),
}


def _f1s(gold: Path, articles: Path) -> tuple[float, float, float]:
    """positions, meetings and awards F1 of `kg eval` on a folder of articles."""
    out = subprocess.run([sys.executable, "-m", "kg", "eval", str(gold.resolve()), str(articles.resolve())], cwd=Path.cwd(),
                         capture_output=True, text=True, check=True).stdout
    f1 = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(positions|meetings|awards)\s.*\s(\d\.\d{3})$", out, re.M)}
    return f1["positions"], f1["meetings"], f1["awards"]


def _rewrite(src: Path, dest: Path, layout: Callable[[str], str], suffix: str) -> None:
    for path in sorted(src.rglob("*.txt")):
        out = dest / path.relative_to(src).with_suffix(suffix)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(layout(path.read_text(encoding="utf-8")).encode("utf-8"))


def main() -> int:
    """Print the F1 figures of each layout beside the articles as they are."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path, help="gold file (docs/EVAL.md format)")
    ap.add_argument("articles", type=Path, help="folder of the gold's .txt articles")
    ap.add_argument("--only", choices=sorted(LAYOUTS), action="append", help="one layout (default: all)")
    args = ap.parse_args()
    if not args.gold.is_file() or not args.articles.is_dir():
        print("layout_eval: need a gold file and a folder of articles", file=sys.stderr)
        return 1
    print(f"{'layout':<14}{'positions':>10}{'meetings':>10}{'awards':>9}")
    base = _f1s(args.gold, args.articles)
    print(f"{'as they are':<14}" + "".join(f"{f:>10.3f}" for f in base))
    for name in args.only or LAYOUTS:
        layout, suffix = LAYOUTS[name]
        with tempfile.TemporaryDirectory() as tmp:
            _rewrite(args.articles, Path(tmp), layout, suffix)
            f1 = _f1s(args.gold, Path(tmp))
        print(f"{name:<14}" + "".join(f"{f:>10.3f}" for f in f1), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
