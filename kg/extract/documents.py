"""Documents cited: "Chỉ thị số 35-CT/TW", "Quy định số 205-QĐ/TW ngày 23/9/2019
của Bộ Chính trị", "Nghị quyết số 48-NQ/TU, ngày 15-11-2021 của BCH Đảng bộ tỉnh",
"Kết luận số 21-KL/TW", "Nghị quyết Trung ương 4 (khóa XII)".

A document is known by its kind and number; the issuer is the body named after
"của", else the level its number carries (TW = Trung ương, TU = Tỉnh ủy).
"""

from __future__ import annotations

import re

from kg.extract.dates import full_date
from kg.extract.orgs import kind_of
from kg.extract.text import tokenize
from kg.facts import Document, Org, Sentence
from kg.resources import document_kinds, issuer_codes

_KINDS = "|".join(re.escape(k.vi) for k in document_kinds())
# the first letters of the kinds, looked ahead for before the lookbehind, which re would
# otherwise try at every character of every sentence with a digit
_KIND_FIRSTS = "".join(sorted({re.escape(k.vi[0]) for k in document_kinds()}))
# "Chỉ thị số 35-CT/TW", "Quy định số 205- QĐ/TW", "Chỉ thị 05", "Nghị quyết 48-NQ/TU"
_DOC = re.compile(
    r"(?=[" + _KIND_FIRSTS + r"])(?<!\w)(" + _KINDS + r")\s+(?:số\s+)?(\d{1,4}(?:\s*[–\-]\s*[A-ZĐa-z]{1,5}(?:\s*/\s*[A-ZĐa-z.\-]{1,10})?)?)(?![\w/])",
)
_DATE_AFTER = re.compile(r"^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})")
_ISSUER = re.compile(r"^\s*,?\s*(?:ngày\s+[\d/.\-\s]+(?:tháng\s+\d+\s+năm\s+\d{4})?\s*,?\s*)?của\s+(.+?)"
                     r"(?=\s+(?:về|khóa|về việc|ngày|và\s+(?:" + _KINDS + r")|và\s+các|trong|để|nhằm)\b|\s*[;,.(:]|$)")


_DIGIT = re.compile(r"\d")


def _number(raw: str) -> tuple[str, str | None]:
    """A document number in one spelling ("205- QĐ/TW" → "205-QĐ/TW"), and its issuer code."""
    num = re.sub(r"\s+", "", raw).replace("–", "-")
    code = num.rsplit("/", 1)[1] if "/" in num else None
    return num, code


def extract_documents(sentence: Sentence) -> list[Document]:
    """The documents a sentence cites."""
    docs: list[Document] = []
    text = sentence.text
    if not _DIGIT.search(text):
        return docs
    for m in _DOC.finditer(text):
        kind = next(k for k in document_kinds() if k.vi == m.group(1))
        number, code = _number(m.group(2))
        if "-" not in number and kind.vi not in ("Chỉ thị", "Nghị quyết", "Kết luận", "Quy định"):
            continue  # "Kế hoạch 5" is too vague to be a document
        after = text[m.end():]
        d = _DATE_AFTER.match(after)
        issued = full_date(d.group(1)) if d else None
        issuer = None
        i = _ISSUER.match(after)
        if i and i.group(1)[:1].isupper() and len(i.group(1).split()) <= 10:
            name = i.group(1).strip()
            issuer = Org(name, kind_of(tokenize(name)))
        elif code and code in issuer_codes():
            exp = issuer_codes()[code]
            issuer = Org(exp.vi, kind_of(tokenize(exp.vi)))
        docs.append(Document(kind.vi, kind.en, number, sentence.index, issuer,
                             issued.isoformat() if issued else None, m.group(0)))
    return docs
