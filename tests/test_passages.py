"""Whole articles in other outlets' shapes (tests/corpus/articles), against
their gold (tests/corpus/gold.json, in the shared gold format)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.article import read_article
from kg.extract.pipeline import extract_facts

HERE = Path(__file__).parent / "corpus"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))


def _file(stem: str) -> Path:
    return next((HERE / "articles").glob(stem + ".*"))


@pytest.mark.parametrize("stem", sorted(GOLD))
def test_article_facts_match_the_gold(stem):
    facts = extract_facts(read_article(_file(stem)))
    gold = GOLD[stem]
    assert sorted((p.person, p.title.text) for p in facts.positions) == sorted(
        (g["person"], g["position"]) for g in gold["positions"])
    got_meetings = sorted((m.date, m.session) for m in facts.meetings)
    assert got_meetings == sorted((g["date"], g["ordinal"]) for g in gold["meetings"])
    for g, m in zip(sorted(gold["meetings"], key=lambda g: g["date"]), sorted(facts.meetings, key=lambda m: m.date)):
        assert g["organizer"] in m.organizer.name
    got_awards = sorted(((a.kind, a.recipient_person or (a.recipient_org.name if a.recipient_org else None))
                         for a in facts.awards), key=str)
    assert got_awards == sorted(((g["award"], g["recipient"]) for g in gold["awards"]), key=str)


def test_html_page_metadata():
    a = read_article(_file("a02_hoinghi_trutuyen"))
    assert (a.outlet, a.province, a.authors) == ("Báo Lạng Sơn", "Lạng Sơn", ["Minh Anh"])
    assert "Trang chủ" not in a.text and "dataLayer" not in a.text


def test_figures_of_a_congress():
    facts = extract_facts(read_article(_file("a01_daihoi_huyen")))
    assert {(f.measure, f.value) for f in facts.figures} == {
        ("MembersAdmitted", 512), ("BaseOrganizations", 46), ("PartyMembers", 2871)}
