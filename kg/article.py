"""Read an article file (plain text or saved HTML) into text and metadata.

The metadata of a scraped provincial article sits in a few recognisable
places: a site banner in capitals, a breadcrumb, the title just above a
dateline, a dateline code opening the lead ("BHG -", "LSO-"), and bylines
at the end ("Tin, ảnh: Lê Hải", "Theo Khánh Vân/baotuyenquang.com.vn", a lone
name). This module finds them and hands the extractors the body text with
those lines taken out.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.dates import full_date
from kg.normalize import normalize_text, slug, strip_diacritics
from kg.resources import outlets, provinces

MAX_BYTES = 20 * 1024 * 1024
TOO_BIG = f"larger than {MAX_BYTES // (1024 * 1024)} MB, not an article"


class ArticleError(ValueError):
    """An article file that cannot be read as an article (the message says why)."""


@dataclass
class Article:
    """An article's body text (normalized) and its own metadata."""

    id: str
    path: str
    text: str  # the body: header, dateline and bylines taken out
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    province: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None


_WEEKDAY = r"(?:Thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s*nhật|CN)"
_DATELINE = re.compile(r"^(?:" + _WEEKDAY + r"|Ngày đăng|Cập nhật|Đăng lúc|Đăng ngày|Ngày)?[\s,:]*"
                       r"(?:ngày\s+)?\d{1,2}\s*(?:[/.\-]|\s+tháng\s+)\d{1,2}\s*(?:[/.\-]|\s*,?\s*năm\s+)\d{4}",
                       re.IGNORECASE)
_LEAD_CODE = re.compile(r"^\(?([A-ZĐ][A-ZĐ.]{1,7})\)?\s*[–\-]\s*")
# "HÀ GIANG – ", "(ĐCSVN) – ", "(Baonghean.vn) - ", "TP. HỒ CHÍ MINH - ": a dateline of place or source
_LEAD_PLACE = re.compile(r"^(\((?:[^()]{2,30})\)|[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ.]*(?:\s+[A-ZÀ-ỸĐ.]+){0,4})\s*[–\-]\s+(?=\S)")
_LEAD_DASH = re.compile(r"^[–\-]\s+")
_CREDIT = re.compile(
    r"^(?:(?:Tin|Bài|Ảnh|Video|Clip|Đồ họa|Tin và ảnh|Bài và ảnh|Tin, ảnh|Bài, ảnh|Tin - ảnh|Bài - ảnh|Nhóm PV|Nguồn)\s*:)\s*(.+)$",
    re.IGNORECASE,
)
_INLINE_PHOTO = re.compile(r"[.\s]\s*\(?(?:Ảnh|Ảnh minh họa|Nguồn)\s*:\s*([^.()]+?)\)?\s*$")
_THEO = re.compile(r"^(?:Theo|Nguồn)\s*:?\s+(.+)$")
_DOMAIN = re.compile(r"\b((?:[a-z0-9\-]+\.)+(?:vn|com|net|org|info)(?:\.vn)?)\b", re.IGNORECASE)
_TRAILERS = re.compile(r"^(?:Tin cùng chuyên mục|Tin liên quan|Xem tin theo ngày|Bài viết liên quan|Chia sẻ|In bài|"
                       r"Tin khác|Các tin khác|Từ khóa|Tags?)\b", re.IGNORECASE)


def _is_upper_line(line: str) -> bool:
    # str.isupper: no lower-case letter and at least one cased one
    return line.isupper() and sum(c.isalpha() for c in line) >= 8


def _is_lone_name(line: str) -> bool:
    """A byline of its own: 2–5 capitalised syllables, nothing else."""
    words = line.split()
    if not 2 <= len(words) <= 5 or len(line) > 40:
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def _title_case(name: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in name.split()) if name.isupper() else name


def _split_people(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,|;| và | - | – )\s*", text.strip(" .–-"))
    return [_title_case(p.strip()) for p in parts if p.strip() and len(p.split()) <= 5]


@lru_cache(maxsize=None)
def _province_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Folded province names (longest first) and their compact site-name forms."""
    names: dict[str, str] = {}
    for prov in provinces():
        for name in (prov.name, *prov.aliases):
            names.setdefault(strip_diacritics(name).lower(), prov.name)
        names.setdefault(slug(prov.name).replace("-", ""), prov.name)
    by_words = re.compile(r"(?<![a-z])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                          + r")(?![a-z])")
    compact = sorted({slug(p.name).replace("-", "") for p in provinces()}, key=len, reverse=True)
    by_site = re.compile(r"(?:^|bao|dangbo|tinhuy|thanhuy)(" + "|".join(compact) + r")")
    return by_words, by_site, names


def province_of(text: str) -> str | None:
    """The province a site name, header or domain names ("baotuyenquang.com.vn")."""
    by_words, by_site, names = _province_patterns()
    folded = strip_diacritics(text).lower()
    m = by_words.search(folded)
    if m:
        return names[m.group(1)]
    m = by_site.search(re.sub(r"[^a-z0-9]", "", folded))
    return names[m.group(1)] if m else None


def outlet_of_domain(domain: str) -> tuple[str, str | None]:
    """An outlet name and province for a site domain."""
    known = outlets().get(domain.lower())
    if known:
        return known.name, known.province
    prov = province_of(domain.split(".")[0])
    # provincial papers live at bao<province>.vn: name the paper, not the host
    if prov and domain.lower().startswith("bao"):
        return next(p.newspaper for p in provinces() if p.name == prov), prov
    return domain.lower(), prov


@lru_cache(maxsize=None)
def _named_province() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {n: p.name for p in provinces() for n in (p.name, *p.aliases)}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?)\s+(" + alts + r")\b"), names


def _from_domain(art: Article, domain: str) -> None:
    """Fill the outlet and province a site's domain tells, where not known yet."""
    name, prov = outlet_of_domain(domain)
    art.outlet = art.outlet or name
    art.province = art.province or prov


def _province_from_text(text: str) -> str | None:
    """The province the text names most often as "tỉnh X" / "thành phố X"."""
    pattern, names = _named_province()
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        counts[names[m.group(1)]] = counts.get(names[m.group(1)], 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _plausible(date: dt.date | None) -> dt.date | None:
    """A publication date, or None if it is after tomorrow (a typo, or a clock gone
    wrong): the year is then read from the text. Impossible dates (31/02) never
    get here, full_date gives None for them."""
    if date is not None and date > dt.date.today() + dt.timedelta(days=1):
        return None
    return date


def parse_article(raw: str, article_id: str, path: str = "", url: str | None = None,
                  title: str | None = None, published: dt.date | None = None) -> Article:
    """Split a normalized article text into metadata and body (pure function)."""
    lines = normalize_text(raw).split("\n")
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    drop: set[int] = set()
    art = Article(id=article_id, path=path, text="", url=url, title=title, published=_plausible(published))

    # Header: banner in capitals, dateline, and the title just above it.
    head = nonblank[:6]
    date_i = next((i for i in head if _DATELINE.match(lines[i]) and len(lines[i]) < 90), None)
    if date_i is not None:
        drop.add(date_i)
        art.published = art.published or _plausible(full_date(lines[date_i]))
    for i in head:
        if _is_upper_line(lines[i]) and (date_i is None or i < date_i):
            drop.add(i)
            banner = re.sub(r"^(?:CHÀO MỪNG (?:BẠN )?ĐẾN VỚI|WELCOME TO)\s+", "", lines[i])
            art.outlet = art.outlet or banner
            art.province = art.province or province_of(banner)
    if art.title is None:
        before = [i for i in head if date_i is not None and i < date_i and i not in drop]
        after = [i for i in head if i not in drop and i != date_i]
        title_i = before[-1] if before else (after[0] if after else None)
        if title_i is not None:
            art.title = lines[title_i]
    for i in head:
        if i not in drop and (date_i is not None and i < date_i):
            drop.add(i)  # breadcrumbs and the title
        elif i not in drop and art.title and lines[i] == art.title:
            drop.add(i)

    # Lead: a dateline code ("BHG - ", "LSO-") names the outlet.
    for i in nonblank:
        if i in drop:
            continue
        m = _LEAD_CODE.match(lines[i])
        if m and m.group(1) in outlets():
            o = outlets()[m.group(1)]
            art.outlet = art.outlet or o.name
            art.province = art.province or o.province
            lines[i] = lines[i][m.end():]
        elif m is None and _LEAD_DASH.match(lines[i]):
            lines[i] = _LEAD_DASH.sub("", lines[i])
        elif (p := _LEAD_PLACE.match(lines[i])) is not None:
            head = p.group(1).strip("()")
            d = _DOMAIN.search(head)
            if d:
                _from_domain(art, d.group(1))
            else:
                art.province = art.province or province_of(head)
            lines[i] = lines[i][p.end():]
        break

    # Bylines and credits, anywhere; a lone name among the last lines.
    for i in nonblank:
        ln = lines[i]
        if i in drop:
            continue
        m = _CREDIT.match(ln)
        if m:
            art.authors += _split_people(m.group(1))
            drop.add(i)
            continue
        m = _THEO.match(ln)
        if m and len(ln) < 120:
            for part in m.group(1).split("/"):
                d = _DOMAIN.search(part)
                if d:
                    _from_domain(art, d.group(1))
                else:
                    art.authors += _split_people(part)
            drop.add(i)
            continue
        m = _INLINE_PHOTO.search(ln) if "Ảnh" in ln or "Nguồn" in ln else None
        if m:
            art.authors += _split_people(m.group(1))
            lines[i] = ln[: m.start() + 1].rstrip()
    tail = [i for i in nonblank if i not in drop][-4:]
    for i in reversed(tail):
        ln = lines[i].strip()
        if _TRAILERS.match(ln) or len(ln) <= 2 or re.fullmatch(r"[\W\d\s]*", ln):
            drop.add(i)
            continue
        if _is_lone_name(ln) or (_is_upper_line(ln) and len(ln.split()) <= 5):
            art.authors.append(_title_case(ln))
            drop.add(i)
        break

    art.text = "\n".join(ln for i, ln in enumerate(lines) if i not in drop).strip()
    art.province = art.province or _province_from_text(art.text)
    seen: set[str] = set()
    art.authors = [a for a in art.authors if not (a in seen or seen.add(a))]
    return art


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(f"{path}: binary file, not text")
    for enc in ("utf-8-sig", "utf-16"):
        try:
            if enc == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError as e:
        raise ArticleError(f"{path}: not UTF-8 text ({e.reason})") from None


def html_to_text(html: str) -> tuple[str, str | None, str | None, dt.date | None]:
    """Main text, URL, title and date of a saved web page (trafilatura)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    # dates from the page's metadata and address only: a date guessed from the text is
    # as likely a cited resolution's as the article's
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or not (doc.text or "").strip():
        raise ArticleError("no article text found in the HTML page")
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return doc.text, doc.url, doc.title, published


def read_article(path: str | Path, data: bytes | None = None) -> Article:
    """Read a .txt or .html article file (or its bytes, read already); raise
    ArticleError with a clear reason."""
    p = Path(path)
    try:
        if (len(data) if data is not None else p.stat().st_size) > MAX_BYTES:
            raise ArticleError(f"{p}: {TOO_BIG}")
        if data is None:
            data = p.read_bytes()
    except OSError as e:
        raise ArticleError(f"{p}: cannot read ({e.strerror or e})") from None
    text = _decode(data, p)
    stem = p.stem
    if p.suffix.lower() in (".html", ".htm"):
        try:
            body, url, title, published = html_to_text(text)
        except ArticleError as e:
            raise ArticleError(f"{p}: {e}") from None
        # the page title goes on top, so the body parser sees the same shape as a .txt
        head = f"{title}\n\n" if title else ""
        art = parse_article(head + body, stem, str(p), url=url, published=published)
        if url and (d := _DOMAIN.search(url)):
            _from_domain(art, d.group(1))
        return art
    return parse_article(text, stem, str(p))
