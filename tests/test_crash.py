"""Nothing lost, nothing half-written: real kills and two builds at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

ARTICLES = 300  # above the bulk-load threshold: the journaled path is the one killed


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, bytes]:
    """A synthetic corpus and the N-Quads of its complete store."""
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    generate(folder, ARTICLES)
    ref = folder.parent / "ref"
    kg("build", str(folder), "--store", str(ref), "--out", str(folder.parent / "ref-out")).check_returncode()
    store = open_store(ref, read_only=True)
    data = store.export("nquads")
    store.close()
    return folder, data


def kg(*args: str, wait: bool = True) -> subprocess.CompletedProcess | subprocess.Popen:
    cmd = [sys.executable, "-m", "kg", *args]
    if wait:
        return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            start_new_session=True)


def test_builds_killed_at_random_points_rerun_to_the_complete_store(corpus, tmp_path):
    folder, reference = corpus
    store, out = tmp_path / "store", tmp_path / "out"
    rng = random.Random(7)
    for _ in range(4):
        proc = kg("build", str(folder), "--store", str(store), "--out", str(out), wait=False)
        time.sleep(rng.uniform(0.5, 6.0))
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its workers, no goodbye
        proc.wait()
        # what a kill leaves opens: the store is readable in between
        if (store / "CURRENT").exists():
            open_store(store, read_only=True).close()
    done = kg("build", str(folder), "--store", str(store), "--out", str(out))
    assert done.returncode == 0, done.stderr
    s = open_store(store, read_only=True)
    assert s.export("nquads") == reference  # no duplicates, no article missing
    s.close()
    assert not list(store.glob(".kg-spool-*")) and not (store / "kg-loading.txt").exists()


def test_a_second_build_on_the_same_store_fails_clearly(corpus, tmp_path):
    folder, reference = corpus
    store, out = tmp_path / "store", tmp_path / "out"
    first = kg("build", str(folder), "--store", str(store), "--out", str(out), wait=False)
    deadline = time.monotonic() + 20
    while not (store / "LOCK").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    second = kg("build", str(folder), "--store", str(store), "--out", str(tmp_path / "out2"))
    assert second.returncode == 1
    assert "in use by another kg process" in second.stderr and "Traceback" not in second.stderr
    assert first.wait(120) == 0
    s = open_store(store, read_only=True)
    assert s.export("nquads") == reference
    s.close()
