"""Shared fixtures: the seed articles and a store built from them."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """A store built from the five seeds (read it, do not change it)."""
    from kg.build import build
    from kg.store import open_store

    path = tmp_path_factory.mktemp("seedstore") / "store"
    store = open_store(path)
    report = build([SEEDS], store)
    assert report.added == 5 and not report.failed
    yield store
    store.close()
