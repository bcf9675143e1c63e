"""Random sequences of small builds — bench articles added, or an article's text
replaced by another's (its province, posts, figures, meetings all change) — keep
the identity graph (successions included) and every kept aggregate exactly what
a full decision and the named queries give."""

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import build
from kg.officials import IDENTITY_GRAPH, refresh
from kg.store import OxigraphStore

from conftest import ROOT
from test_summaries import _same

sys.path.insert(0, str(ROOT / "bench"))
from generate import article  # noqa: E402

POOL = 48  # bench articles the texts are taken from
FIRST = 24  # the first build's


def _lines(s: OxigraphStore) -> list[str]:
    return sorted(s.graph_ntriples(str(IDENTITY_GRAPH)).decode("utf-8").splitlines())


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [article(i, 1) for i in range(POOL)]


# a step: files written (their name, and whose text), then a build
steps = st.lists(st.lists(st.tuples(st.integers(0, 35), st.integers(0, POOL - 1)), min_size=1, max_size=4),
                 min_size=1, max_size=3)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(steps)
def test_small_builds_keep_what_a_full_recomputation_gives(tmp_path_factory, texts, case):
    d = tmp_path_factory.mktemp("small") / "news"
    d.mkdir()
    for i in range(FIRST):
        (d / f"a{i:03d}.txt").write_text(texts[i], encoding="utf-8")
    store = OxigraphStore(None)
    build([d], store)
    for writes in case:
        for name, text in writes:
            (d / f"a{name:03d}.txt").write_text(texts[text], encoding="utf-8")
        report = build([d], store)
        assert report.identity is None or report.identity.partial
        _same(store)
        incremental = _lines(store)
        refresh(store)
        assert _lines(store) == incremental
