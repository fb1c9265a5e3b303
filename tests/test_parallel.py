"""Extraction on worker processes (storyline.parallel): same output as inline, never lost."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from storyline import parallel
from storyline.demo import corpus_files
from storyline.extract import extract_batch
from storyline.ingest import read_paths
from storyline.models import Article
from storyline.pipeline import ingest
from storyline.settings import Settings
from storyline.store import open_store


def _demo_articles() -> list[Article]:
    arts = [a for a in read_paths([str(p) for p in corpus_files()]) if isinstance(a, Article)]
    assert len(arts) >= 40
    return arts


def test_chunks_keep_order_and_balance_characters():
    arts = [Article(id=str(i), title="", text="x" * (100 if i % 3 else 1000)) for i in range(30)]
    parts = parallel.chunks(arts, 3)
    assert [a.id for part in parts for a in part] == [a.id for a in arts]
    assert len(parts) == 3
    sizes = [sum(len(a.text) for a in part) for part in parts]
    assert max(sizes) < 2 * min(sizes)
    assert parallel.chunks(arts[:1], 4) == [arts[:1]]


def test_workers_setting():
    assert parallel.resolve_workers(1) == 0  # inline
    assert parallel.resolve_workers(3) == 3
    assert parallel.resolve_workers(0) == parallel.auto_workers()
    assert Settings.from_env({"STORYLINE_EXTRACT_WORKERS": "1"}).extract_workers == 1


@pytest.mark.slow
def test_workers_extract_exactly_what_inline_extraction_does():
    # the demo corpus: Danish, English, German, Spanish and French articles (both NER models and
    # the caps fallback), each language's dates, figures and quotes
    arts = [a.with_(lang=a.lang if a.lang != "und" else "en") for a in _demo_articles()]
    try:
        par = parallel.extract_parallel(arts, 2)
        assert "pool" in parallel._state  # the workers ran it
    finally:
        parallel.shutdown()
    inline = extract_batch(arts)
    assert par == inline
    assert sum(len(x.entities) for x in par) > 100 and sum(len(x.figures) for x in par) > 20


@pytest.mark.slow
def test_ingest_with_workers_stores_what_inline_ingest_stores(tmp_path):
    paths = [str(p) for p in corpus_files()]
    exports = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        with open_store(str(db)) as store:
            settings = Settings(db=str(db), embedder="hashing", extract_workers=workers)
            report = ingest(paths, store, settings)
            assert report.errors == 0 and report.ingested >= 40
            exports.append(store.get_extractions(report.article_ids))
    parallel.shutdown()
    assert exports[0] == exports[1]


def _stored(db) -> int:
    with open_store(str(db)) as store:
        return store.count_articles()


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def _is_worker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"spawn_main" in fh.read()
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return not any(line.startswith("State:") and ("Z" in line.split()[1]) for line in fh)
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="reads /proc")
def test_killed_ingest_leaves_no_workers_and_resumes(tmp_path):
    db = tmp_path / "kill.db"
    paths = [str(p) for p in corpus_files()]
    expected = sum(1 for p in paths for line in open(p, encoding="utf-8") if line.strip())
    env = dict(os.environ, STORYLINE_EMBEDDER="hashing", STORYLINE_EXTRACT_WORKERS="2", TQDM_DISABLE="1")
    cmd = [sys.executable, "-m", "storyline", "--db", str(db), "ingest", "--no-progress", "--json", *paths]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and len(workers) < 2:
        workers = [c for c in _children(proc.pid) if _alive(c) and _is_worker(c)]
        time.sleep(0.05)
    assert len(workers) >= 2, "the ingest never started its extraction workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # the workers notice that their parent is gone and exit
    deadline = time.monotonic() + 30
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)
    before = _stored(db)
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout)
    assert report["errors"] == 0
    assert _stored(db) == before + report["ingested"]
    with open_store(str(db)) as store:
        assert store.count_articles() + report["duplicates"] >= expected - 5


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_whose_extraction_raises_is_stored_and_reported(tmp_path, monkeypatch, workers):
    """A bug an input triggers in an extractor costs that article its extraction, not the batch."""
    import storyline.extract as extract_mod

    real = extract_mod.extract_figures

    def fragile(article):
        if "POISON" in article.full_text:
            raise ValueError("figures cannot read this")
        return real(article)

    monkeypatch.setattr(extract_mod, "extract_figures", fragile)
    arts = _demo_articles()[:20]
    arts[3] = arts[3].with_(text=arts[3].text + " POISON", id=arts[3].id + "-p")
    db = tmp_path / "f.db"
    # workers=2 runs in child processes, which do not see the monkeypatch: only inline can fail
    with open_store(str(db)) as store:
        report = ingest([], store, Settings(db=str(db), embedder="hashing", extract_workers=workers), items=arts)
        assert report.ingested == 20
        if workers == 1:
            assert report.errors == 1 and report.error_items[0].stage == "extract"
            assert "figures cannot read this" in report.error_items[0].reason
            exs = store.get_extractions([a.id for a in arts])
            assert exs[arts[3].id].version == "extract.failed" and not exs[arts[3].id].entities
            assert sum(len(x.entities) for k, x in exs.items() if k != arts[3].id) > 20
        else:
            assert report.errors == 0
    parallel.shutdown()
