"""Crash safety: SIGKILL the ingest at random points, resume, and find a consistent store.

Each article is written in one transaction with all its stage outputs and the clusterer state,
so whatever instant the process dies at, the store holds whole articles only; the next run
skips what is stored and finishes the rest.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from storyline.demo import corpus_files
from storyline.store import open_store

KILLS = 20


def _stored(db) -> int:
    """Articles committed so far, read by a second connection as a user's reader would."""
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:  # schema not created yet
        return 0


@pytest.mark.slow
def test_sigkill_at_random_points_then_resume(tmp_path):
    db = tmp_path / "crash.db"
    paths = [str(p) for p in corpus_files()]
    expected = sum(1 for p in paths for line in open(p, encoding="utf-8") if line.strip())
    env = dict(os.environ, STORYLINE_EMBEDDER="hashing", STORYLINE_BATCH_SIZE="4", TQDM_DISABLE="1")
    cmd = [sys.executable, "-m", "storyline", "--db", str(db), "ingest", "--no-progress", *paths]
    rng = random.Random(8)
    survived = 0
    for i in range(KILLS):
        before = _stored(db)
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i % 4 == 0:
            # some kills land early: while models load, the schema migrates or the first batch runs
            time.sleep(rng.uniform(0.2, 2.0))
        else:
            # the rest land after a random number of new articles was committed, plus a random
            # few milliseconds, so the kill falls inside the next article's work or transaction;
            # driven by progress, not wall time, so it behaves the same on fast and slow machines
            target = before + rng.randint(1, 2)
            while proc.poll() is None and _stored(db) < target:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.05))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            survived += 1
        proc.wait()
        store = open_store(str(db)) if db.exists() else None
        if store is not None:
            # between kills: SQLite's own check passes and no article is half-written
            assert store.integrity_check() == []
            store.close()
    assert survived >= KILLS // 2, "the kills should land while ingest runs"
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    store = open_store(str(db))
    try:
        assert store.integrity_check() == []
        assert store.count_articles() == expected
        ids = [r.article.id for r in store.iter_articles()]
        assert len(ids) == len(set(ids)) == expected
        assignments = store.assignments()
        assert set(assignments) == set(ids)
        assert len(store.get_embeddings()) == expected
        assert len(store.get_extractions(ids)) == expected
    finally:
        store.close()
    (tmp_path / "kills.json").write_text(json.dumps({"kills": survived}))
