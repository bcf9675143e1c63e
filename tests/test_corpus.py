"""Real-shaped sentences with the facts a careful reader takes from them
(tests/corpus/sentences.json). Add a row for every new shape met in the wild."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.extract.awards import extract_awards
from kg.extract.meetings import extract_meetings
from kg.extract.positions import extract_positions
from kg.facts import Sentence

ROWS = json.loads((Path(__file__).parent / "corpus" / "sentences.json").read_text(encoding="utf-8"))


def _sentence(text: str) -> Sentence:
    return Sentence(0, text, 0, len(text))


@pytest.mark.parametrize("row", [r for r in ROWS if "positions" in r], ids=lambda r: r["text"][:50])
def test_positions(row):
    persons, got = extract_positions(_sentence(row["text"]))
    assert [[p.person, p.title.text] for p in got] == row["positions"]
    if "persons" in row:
        assert persons == row["persons"]


@pytest.mark.parametrize("row", [r for r in ROWS if "meetings" in r], ids=lambda r: r["text"][:50])
def test_meetings(row):
    published = dt.date.fromisoformat(row["published"]) if "published" in row else None
    got = extract_meetings(_sentence(row["text"]), row.get("year"), published)
    assert [{"organizer": m.organizer.name if m.organizer else None, "date": m.date, "session": m.session,
             "term": m.term} for m in got] == row["meetings"]


@pytest.mark.parametrize("row", [r for r in ROWS if "awards" in r], ids=lambda r: r["text"][:50])
def test_awards(row):
    got = extract_awards(_sentence(row["text"]))
    assert [{"award": a.kind, "giver": a.giver.name if a.giver else None,
             "recipient": a.recipient_person or (a.recipient_org.name if a.recipient_org else None),
             "group": a.group} for a in got] == row["awards"]
