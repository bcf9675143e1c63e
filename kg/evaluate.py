"""Scoring kg's answers against gold annotations (docs/EVAL.md).

A gold file names, per article, the positions, meetings and awards a careful
reader finds in it. kg's answers are the rows of the three evaluation queries
(queries/positions.rq, meetings.rq, awards.rq). Within one article each gold row
may be matched by at most one answer row; the number of matched pairs is the
size of a maximum one-to-one matching between the two, and precision, recall
and F1 follow from it.

Everything here is a pure function of its inputs: no store, no files. The
`kg eval` command (kg/cli.py) reads the gold, runs the queries and prints.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping
from urllib.parse import unquote

from kg.resources import _rows

RELATIONS = ("positions", "meetings", "awards")

Row = Mapping[str, Any]  # one gold row, or one answer row (variable → value or None)
Gold = dict[str, dict[str, list[dict[str, Any]]]]  # article stem → relation → rows

# the columns of an answer row that make it the same answer twice in one article
ANSWER_KEYS = {"positions": ("person", "position"), "meetings": ("organizer", "date"),
               "awards": ("recipient", "award", "giver")}


class GoldError(ValueError):
    """A gold file that is not what docs/EVAL.md describes; the message says where."""


# ---------------------------------------------------------------- normalization

# The five tone marks, combining: huyền, sắc, hỏi, ngã, nặng.
_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"


def _tone_moves() -> dict[str, str]:
    """Old-style tone placement → new style, for the rhymes where the two styles
    differ ("hoà" → "hòa", "uỷ" → "ủy", "khoẻ" → "khỏe"): the mark moves from the
    second vowel to the first."""
    moves = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _TONE_MARKS:
            old = first + unicodedata.normalize("NFC", second + mark)
            new = unicodedata.normalize("NFC", first + mark) + second
            moves[old] = new
    return moves


_MOVES = _tone_moves()
# only at a syllable's end ("hoàn" has no variant), and not after "q", where "u"
# is part of the consonant ("quý" is written so in both styles)
_OLD_TONE = re.compile("(?<!q)(" + "|".join(_MOVES) + r")(?!\w)")
_SEPARATORS = re.compile(r"[-–—_/,;:()\[\]\"“”'‘’!?…]")
_FINAL_DOT = re.compile(r"\.(?!\w)")  # a full stop, not the dot inside "TP.HCM"


@lru_cache(maxsize=None)
def _abbreviations() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("eval_abbreviations.tsv")}


@lru_cache(maxsize=200_000)
def normalize(text: str | None) -> str:
    """The form in which two names are compared: NFC, lower case, new-style tone
    placement, punctuation and dashes as spaces, single spaces, the usual
    abbreviations expanded ("UBND" → "ủy ban nhân dân", also inside a dotted
    "TP.HCM"), and no leading "đồng chí". None is ""."""
    if text is None:
        return ""
    t = unicodedata.normalize("NFC", str(text))
    # "Ð" (Icelandic eth) looks like "Đ" and is typed for it
    t = unicodedata.normalize("NFC", t.lower()).replace("ð", "đ")
    t = _FINAL_DOT.sub(" ", _SEPARATORS.sub(" ", t))
    t = _OLD_TONE.sub(lambda m: _MOVES[m.group(1)], t)
    abbr = _abbreviations()
    words: list[str] = []
    for token in t.split():
        if token in abbr:
            words += abbr[token].split()
        elif "." in token:  # "tp.hcm", "h.nghĩa": each part on its own
            words += [w for part in token.split(".") if part for w in abbr.get(part, part).split()]
        else:
            words.append(token)
    while words[:2] == ["đồng", "chí"]:
        words = words[2:]
    return " ".join(words)


def _words(text: str | None) -> list[str]:
    return normalize(text).split()


# ------------------------------------------------------------------- matching

def _holds(longer: list[str], shorter: list[str]) -> bool:
    """Whether `shorter` occurs in `longer` as a run of whole words."""
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def same_name(gold: str | None, answer: str | None, extra_words: int = 4) -> bool:
    """A title or a name found: equal after normalization, or the answer holds the
    gold's words with at most `extra_words` more, or the answer is a part of the
    gold that keeps at least three quarters of its words."""
    g, a = _words(gold), _words(answer)
    if not g or not a:
        return False
    if g == a:
        return True
    if len(a) - len(g) <= extra_words and _holds(a, g):
        return True
    return 4 * len(a) >= 3 * len(g) and _holds(g, a)


def covers(gold: str | None, answer: str | None) -> bool:
    """An organizer found: at least half of the gold's words are among the answer's."""
    g, a = _words(gold), set(_words(answer))
    return bool(g) and 2 * sum(w in a for w in g) >= len(g)


def same_date(gold: str, answer: str | None) -> bool:
    """The same day. A gold "--MM-DD" (the article does not tell the year) is met
    by that month and day, with or without a year; a full gold date needs the year."""
    a = (answer or "").strip()[:10]
    if gold.startswith("--"):
        # "--MM-DD" or "YYYY-MM-DD": both end with the gold's "-MM-DD"
        return len(a) in (7, 10) and a.endswith(gold[1:])
    return a == gold


def match_position(gold: Row, answer: Row) -> bool:
    """The same person (after normalization) and the same title (:func:`same_name`)."""
    return (normalize(gold["person"]) == normalize(answer.get("person"))
            and same_name(gold["position"], answer.get("position")))


def match_meeting(gold: Row, answer: Row) -> bool:
    """The same day (:func:`same_date`) and the organizer covered (:func:`covers`).
    The session number is not compared."""
    return same_date(gold["date"], answer.get("date")) and covers(gold["organizer"], answer.get("organizer"))


def match_award(gold: Row, answer: Row) -> bool:
    """The gold award kind within the answer's award ("Bằng khen" within "Bằng khen
    của UBND tỉnh"), and the recipient found as a title is (:func:`same_name`); a
    gold row with no recipient (a counted group) needs none. The giver is not
    compared."""
    if normalize(gold["award"]) not in normalize(answer.get("award")):
        return False
    return gold["recipient"] is None or same_name(gold["recipient"], answer.get("recipient"))


MATCHERS: dict[str, Callable[[Row, Row], bool]] = {
    "positions": match_position, "meetings": match_meeting, "awards": match_award}


def max_matching(golds: list[Row], answers: list[Row], match: Callable[[Row, Row], bool]) -> dict[int, int]:
    """A maximum one-to-one matching of gold rows to answer rows that `match`:
    gold index → answer index. Kuhn's augmenting paths: an article has tens of
    rows, so the quadratic edge list costs nothing."""
    edges = [[j for j, a in enumerate(answers) if match(g, a)] for g in golds]
    gold_of: dict[int, int] = {}  # answer index → the gold row it is matched to

    def place(i: int, visited: set[int]) -> bool:
        for j in edges[i]:
            if j in visited:
                continue
            visited.add(j)
            # j is free, or the gold row holding it can move to another answer
            if j not in gold_of or place(gold_of[j], visited):
                gold_of[j] = i
                return True
        return False

    for i in range(len(golds)):
        if edges[i]:
            place(i, set())
    return {i: j for j, i in gold_of.items()}


# -------------------------------------------------------------------- scoring

@dataclass
class RelationScore:
    """One relation's counts, and the rows behind them: (article, row)."""

    relation: str
    gold: int = 0
    system: int = 0
    tp: int = 0
    misses: list[tuple[str, Row]] = field(default_factory=list)
    extras: list[tuple[str, Row]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def article_of(source: str | None, stems: Iterable[str]) -> str | None:
    """The gold article an answer's ?source names: the longest stem the source
    ends with (after percent-decoding, and without a trailing ".txt")."""
    src = unquote(source or "")
    src = src.removesuffix(".txt")
    found = [s for s in stems if src.endswith(s)]
    return max(found, key=len) if found else None


class ArticleIndex:
    """Source IRI → the gold article it names (see :func:`article_of`), cached:
    thousands of answer rows share a few hundred sources."""

    def __init__(self, stems: Iterable[str]) -> None:
        self.stems = set(stems)
        self.cache: dict[str | None, str | None] = {}

    def __call__(self, source: str | None) -> str | None:
        if source not in self.cache:
            tail = unquote(source or "").removesuffix(".txt").rsplit("/", 1)[-1]
            # the IRI's last segment is the stem for kg's own IRIs; otherwise search
            longest = tail if tail in self.stems else article_of(source, self.stems)
            self.cache[source] = longest
        return self.cache[source]


def score(gold: Gold, answers: Mapping[str, Iterable[Row]]) -> dict[str, RelationScore]:
    """Score the answer rows of each relation (each with a "source") against the
    gold. Answers for articles the gold does not name are left out; an answer
    repeated within an article (the same normalized key) counts once."""
    which = ArticleIndex(gold)
    report = {}
    for rel in RELATIONS:
        per_article: dict[str, list[Row]] = {}
        seen: set[tuple[str, ...]] = set()
        for row in answers.get(rel, ()):
            art = which(row.get("source"))
            if art is None:
                continue
            key = (art, *(normalize(row.get(k)) for k in ANSWER_KEYS[rel]))
            if key not in seen:
                seen.add(key)
                per_article.setdefault(art, []).append(row)
        s = RelationScore(rel)
        for art, relations in gold.items():
            golds, found = relations.get(rel, []), per_article.get(art, [])
            pairs = max_matching(golds, found, MATCHERS[rel])
            s.tp += len(pairs)
            s.gold += len(golds)
            s.system += len(found)
            s.misses += [(art, g) for i, g in enumerate(golds) if i not in pairs]
            matched = set(pairs.values())
            s.extras += [(art, a) for j, a in enumerate(found) if j not in matched]
        report[rel] = s
    return report


def mean_f1(report: Mapping[str, RelationScore]) -> float:
    """The mean of the relations' F1."""
    return sum(s.f1 for s in report.values()) / len(report) if report else 0.0


# ----------------------------------------------------------------------- gold

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}")
# field → (required, the types it may have, what to say when it has another)
_FIELDS: dict[str, dict[str, tuple[bool, tuple[type, ...], str]]] = {
    "positions": {"person": (True, (str,), "a name"), "position": (True, (str,), "a title")},
    "meetings": {"organizer": (True, (str,), "a body's name"),
                 "date": (True, (str,), 'a date "YYYY-MM-DD" or "--MM-DD"'),
                 "ordinal": (False, (int, type(None)), "a whole number or null")},
    "awards": {"recipient": (True, (str, type(None)), "a name, or null for a counted group"),
               "award": (True, (str,), "an award kind"),
               "giver": (False, (str, type(None)), "a body's name or null")},
}


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")


def parse_gold(text: str, name: str = "gold") -> Gold:
    """The gold in a JSON text, checked against docs/EVAL.md. Raises GoldError with
    one line that says where the first problem is (`name` starts it)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise GoldError(f"{name}: not JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    if not isinstance(data, dict):
        raise GoldError(f"{name}: expected an object keyed by article (file name without .txt), "
                        f"found {_kind(data)}")
    for art, entry in data.items():
        where = f"{name}: article {art!r}"
        if not isinstance(entry, dict):
            raise GoldError(f"{where}: expected an object with positions, meetings, awards, found {_kind(entry)}")
        for rel, rows in entry.items():
            if rel not in _FIELDS:
                raise GoldError(f"{where}: unknown key {rel!r} (expected {', '.join(RELATIONS)})")
            if not isinstance(rows, list):
                raise GoldError(f"{where}: {rel} must be a list of rows, found {_kind(rows)}")
            for n, row in enumerate(rows, 1):
                at = f"{where}: {rel} row {n}"
                if not isinstance(row, dict):
                    raise GoldError(f"{at}: expected an object, found {_kind(row)}")
                for key, (required, types, meaning) in _FIELDS[rel].items():
                    if key not in row:
                        if required:
                            raise GoldError(f"{at}: {key!r} is missing (it is {meaning})")
                        continue
                    value = row[key]
                    # JSON's true/false are Python ints: no session is numbered "true"
                    if not isinstance(value, types) or isinstance(value, bool):
                        raise GoldError(f"{at}: {key!r} must be {meaning}, found {_kind(value)}")
                    if isinstance(value, str) and not value.strip():
                        raise GoldError(f"{at}: {key!r} is empty (it is {meaning})")
                if rel == "meetings" and not _DATE.fullmatch(row["date"]):
                    raise GoldError(f"{at}: date {row['date']!r} must be \"YYYY-MM-DD\" or \"--MM-DD\"")
    return data


# -------------------------------------------------------------------- reports

def describe(relation: str, row: Row) -> str:
    """One row as a reader checks it: positions "person — title", meetings
    "organizer, date[, lần thứ n]", awards "award → recipient (giver)"; "?" for
    what is missing."""
    def v(key: str) -> str:
        value = row.get(key)
        return "?" if value is None or value == "" else str(value)

    if relation == "positions":
        return f"{v('person')} — {v('position')}"
    if relation == "meetings":
        ordinal = row.get("ordinal")
        return f"{v('organizer')}, {v('date')}" + (f", lần thứ {ordinal}" if ordinal not in (None, "") else "")
    recipient = row.get("recipient") or row.get("group") or "(a counted group)"
    giver = row.get("giver")
    return f"{v('award')} → {recipient}" + (f" (by {giver})" if giver else "")


def table(report: Mapping[str, RelationScore]) -> str:
    """The scores as a fixed-width table, with the mean F1 last."""
    lines = [f"{'relation':<10} {'gold':>5} {'system':>6} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for rel, s in report.items():
        lines.append(f"{rel:<10} {s.gold:>5} {s.system:>6} {s.tp:>5} "
                     f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
    lines.append(f"{'mean F1':<43} {mean_f1(report):>6.3f}")
    return "\n".join(lines)


def details(report: Mapping[str, RelationScore]) -> str:
    """Every miss (a gold row kg did not give) and extra (a row kg gave that no
    gold row matched), grouped by relation and article."""
    out = []
    for rel, s in report.items():
        rows = [(art, "MISS ", r) for art, r in s.misses] + [(art, "EXTRA", r) for art, r in s.extras]
        if not rows:
            continue
        out.append(f"\n{rel}: {len(s.misses)} missed, {len(s.extras)} extra")
        last = None
        for art, what, row in sorted(rows, key=lambda t: (t[0], t[1], describe(rel, t[2]))):
            if art != last:
                out.append(f"  {art}")
                last = art
            out.append(f"    {what} {describe(rel, row)}")
    return "\n".join(out).lstrip("\n")


def as_json(report: Mapping[str, RelationScore]) -> dict[str, Any]:
    """The scores, misses and extras as plain data (for --json)."""
    def rows(pairs: list[tuple[str, Row]]) -> list[dict[str, Any]]:
        return [{"article": art, **{k: v for k, v in r.items() if k != "source"}} for art, r in pairs]

    return {
        "relations": {rel: {"gold": s.gold, "system": s.system, "tp": s.tp,
                            "precision": round(s.precision, 6), "recall": round(s.recall, 6),
                            "f1": round(s.f1, 6), "misses": rows(s.misses), "extras": rows(s.extras)}
                      for rel, s in report.items()},
        "mean_f1": round(mean_f1(report), 6),
    }
