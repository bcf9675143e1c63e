"""Which parts of a SPARQL request make the engine fetch a URL.

`SERVICE <url>` (federated query) and `LOAD <url>` (update) make Oxigraph open
an HTTP connection to whatever the text names: from a query typed into
`kg serve`'s page, that is a request forgery against the user's own network
(cloud metadata, routers, intranet pages), whose answer comes back in the
results or the error. kg refuses both unless the user asked for them.

Oxigraph offers no switch for this, so the request is read here: a small lexer
that skips strings, IRIs and comments (where the words are harmless) and
applies SPARQL's codepoint escapes first (`\\u0053ERVICE` is SERVICE to the
parser). It errs towards refusing: a false alarm costs a rephrased query, a
miss costs a fetch.
"""

from __future__ import annotations

import re

FETCHING = ("SERVICE", "LOAD")

# SPARQL 1.1 §19.2: \uXXXX and \UXXXXXXXX are replaced before the grammar applies
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKENS = re.compile(
    r'''(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'''
    r"""|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"""
    r'''|"(?:[^"\\\n\r]|\\.)*(?:"|$)'''
    r"""|'(?:[^'\\\n\r]|\\.)*(?:'|$)"""
    r"""|<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|\#[^\n\r]*)"""
    r"""|(?P<word>(?<![?$:\w])[A-Za-z]+(?![:\w]))""",
    re.DOTALL,
)


def _unescape(sparql: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code < 0x110000 else m.group(0)

    return _CODEPOINT.sub(one, sparql)


def fetching_keywords(sparql: str) -> list[str]:
    """The keywords of `sparql` that fetch a URL (SERVICE, LOAD), in order of
    appearance; empty when the request only touches the store."""
    found = []
    for m in _TOKENS.finditer(_unescape(sparql)):
        word = m.group("word")
        if word and word.upper() in FETCHING:
            found.append(word.upper())
    return found


def refusal(sparql: str) -> str | None:
    """Why `sparql` is refused when fetching is off, or None when it may run."""
    found = fetching_keywords(sparql)
    if not found:
        return None
    what = "SERVICE (a federated query)" if "SERVICE" in found else "LOAD (it fetches a URL)"
    return (f"{what} is off: it makes kg fetch any URL the text names; "
            "allow it with --allow-service if you trust this query")
