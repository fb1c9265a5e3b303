"""Readers work while an ingest writes to the same SQLite database (WAL), and the API holds
50 concurrent clients (slow)."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.demo import corpus_files
from storyline.store import open_store

REPO = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("reliability_bench", REPO / "bench" / "reliability.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_reads_while_an_ingest_writes(tmp_path):
    db = str(tmp_path / "wal.db")
    env = dict(os.environ, STORYLINE_EMBEDDER="hashing", STORYLINE_BATCH_SIZE="4", TQDM_DISABLE="1")
    paths = [str(p) for p in corpus_files()]
    open_store(db).close()  # schema in place before the reader starts
    writer = subprocess.Popen([sys.executable, "-m", "storyline", "--db", db, "ingest", "--no-progress", *paths],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen, reads, cli_runs = [], 0, 0
    try:
        while writer.poll() is None:
            store = open_store(db)
            try:
                n = store.count_articles()
                rows = list(store.iter_articles(limit=20))
                store.stats()
                assert len(rows) <= n
                seen.append(n)
                reads += 1
            finally:
                store.close()
            if cli_runs < 2 and n > 0:  # the CLI readers too (each start costs ~2 s of imports)
                for cmd in (["stories", "--json"], ["export", "--format", "json"]):
                    r = subprocess.run([sys.executable, "-m", "storyline", "--db", db, *cmd], env=env,
                                       capture_output=True, text=True)
                    assert r.returncode == 0, r.stderr[-1000:]
                cli_runs += 1
            time.sleep(0.05)
        assert writer.wait() == 0, writer.stderr.read()[-2000:]
    finally:
        if writer.poll() is None:
            writer.kill()
    final = open_store(db)
    try:
        assert final.integrity_check() == []
        total = final.count_articles()
    finally:
        final.close()
    assert reads >= 3 and seen == sorted(seen) and seen[-1] <= total
    assert len(set(seen)) >= 2, "the reads should see the ingest progress"


@pytest.mark.slow
def test_api_holds_fifty_clients_for_thirty_seconds(tmp_path):
    pytest.importorskip("uvicorn")
    bench = _bench()
    db = str(tmp_path / "load.db")
    bench.build_db(db)
    proc, base = bench.start_server(db)
    try:
        paths = bench.READ_PATHS + bench.story_and_article_paths(base)
        out = bench.api_load(base, clients=50, seconds=30, paths=paths)
    finally:
        bench.stop_server(proc)
    print(f"\nAPI load: {out}")
    assert out["served"] > 0
    assert out["errors"] == 0, out["error_samples"]
    assert set(out["statuses"]) <= {200, 400}, out["statuses"]
