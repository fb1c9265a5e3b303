"""The extraction stage on several cores: a pool of worker processes for large batches.

Extraction (spaCy NER over the whole article, then the rule-based extractors) is pure Python
and C code that holds the GIL, so threads cannot spread it over cores; worker processes can.
``extract_parallel`` cuts a batch into contiguous, character-balanced chunks, extracts each
chunk in a worker and returns the extractions in the batch's order: the output is the same
as ``extract_batch`` on the whole batch (every extractor is a pure function of its article).

The pool is started on the first batch that is worth it (``MIN_ARTICLES``), loads the models
once per worker (``_warm``), and is stopped when the last ``scope()`` that may use it ends
(an ingest or backfill holds one for its whole run), so a server or a watcher does not keep
idle workers and their models in memory between runs. Small batches never start it. Whenever
the pool cannot be used (no second core, a daemon process such as a Dask worker, a worker that
died), the batch is extracted inline instead: parallelism never changes what is stored, only
how fast.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import multiprocessing
import os
import threading
import time
import warnings
from dataclasses import dataclass
from typing import Iterator, Sequence

from .models import Article, Extraction, PartialDate

# batches smaller than this are extracted inline: starting the workers costs ~2.5 s (one
# interpreter and the NER models each) and a batch of 16 news articles takes ~2 s inline
MIN_ARTICLES = 16
# "auto" uses one worker per core, at most this many (each worker holds its own models, ~190 MB)
MAX_AUTO_WORKERS = 4

_lock = threading.Lock()
_state: dict[str, object] = {}


def auto_workers() -> int:
    """Worker processes for ``extract_workers = 0`` (auto): one per usable core, 0 (inline) on
    a single core or inside a daemon process (which may not start children)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    if cores < 2 or multiprocessing.current_process().daemon:
        return 0
    return min(cores, MAX_AUTO_WORKERS)


def resolve_workers(setting: int) -> int:
    """The number of worker processes a setting asks for: 0 = auto, 1 = inline, n = n."""
    if setting <= 0:
        return auto_workers()
    if setting == 1 or multiprocessing.current_process().daemon:
        return 0
    return setting


def _watch_parent(parent: int, every: float = 0.5) -> None:
    """Exit this worker once its parent is gone (a killed ingest must not leave workers behind:
    they hold both ends of the task queue, so they would wait for work forever)."""
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(0)


def _warm(parent: int) -> None:
    """Worker initialiser: watch the parent, import the extractors, load both NER models once."""
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="storyline-parent-watch").start()
    from .extract import extract_batch

    extract_batch([
        Article(id="warm-en", title="", lang="en", published=PartialDate.parse("2021-04-29"),
                text='About 2,500 soldiers left London on Monday, before 11 September. "We go," said Ann Lee.'),
        Article(id="warm-da", title="", lang="da", published=PartialDate.parse("2021-04-29"),
                text="Omkring 2.500 soldater forlod København torsdag. - Vi går, siger Ann Lee til Ritzau."),
    ])


@dataclass(frozen=True)
class Failure:
    """An article whose extraction raised: what went wrong, as text (it crosses processes)."""

    message: str


def extract_isolated(articles: list[Article]) -> list[Extraction | Failure]:
    """``extract_batch``, but an article whose extraction raises becomes a ``Failure`` instead
    of failing the batch (the batch is retried one article at a time to find it)."""
    from .extract import extract_batch

    try:
        return list(extract_batch(articles))
    except Exception:  # noqa: BLE001 - isolate the article that fails, below
        pass
    out: list[Extraction | Failure] = []
    for a in articles:
        try:
            out.append(extract_batch([a])[0])
        except Exception as exc:  # noqa: BLE001 - bad input is reported, never fatal
            out.append(Failure(f"{type(exc).__name__}: {exc}"[:300]))
    return out


def _pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    with _lock:
        pool = _state.get("pool")
        if pool is None or _state.get("workers") != workers:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            # spawn, not fork: the parent runs threads (the embedder's, lingua's) that a forked
            # child would inherit mid-state
            ctx = multiprocessing.get_context("spawn")
            pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm,
                                                        initargs=(os.getpid(),))
            _state.update(pool=pool, workers=workers)
        return pool  # type: ignore[return-value]


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """A run that may extract on the pool; the pool stops when the last open scope closes."""
    with _lock:
        _state["users"] = int(_state.get("users", 0)) + 1  # type: ignore[call-overload]
    try:
        yield
    finally:
        with _lock:
            _state["users"] = int(_state["users"]) - 1  # type: ignore[call-overload]
            last = _state["users"] == 0
        if last:
            shutdown()


def shutdown() -> None:
    """Stop the worker processes (they are started again when next needed)."""
    with _lock:
        pool = _state.pop("pool", None)
        _state.pop("workers", None)
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)  # type: ignore[attr-defined]


def chunks(articles: Sequence[Article], n: int) -> list[list[Article]]:
    """``articles`` cut into at most ``n`` contiguous runs of about equal character counts."""
    sizes = [len(a.title) + len(a.text) + 1 for a in articles]
    total = sum(sizes)
    out: list[list[Article]] = []
    cur: list[Article] = []
    acc = 0
    for a, size in zip(articles, sizes):
        cur.append(a)
        acc += size
        if len(out) < n - 1 and acc >= total * (len(out) + 1) / n:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def extract_parallel(articles: Sequence[Article], workers: int) -> list[Extraction | Failure]:
    """Extractions of ``articles`` (in order, a ``Failure`` for an article whose extraction
    raised), spread over ``workers`` processes when the batch is large enough; inline
    otherwise, or when the pool fails."""
    articles = list(articles)
    if workers < 2 or len(articles) < MIN_ARTICLES:
        return extract_isolated(articles)
    try:
        pool = _pool(workers)
        parts = [pool.submit(extract_isolated, part) for part in chunks(articles, workers)]
        out: list[Extraction | Failure] = []
        for fut in parts:
            out.extend(fut.result())
        return out
    except (concurrent.futures.process.BrokenProcessPool, RuntimeError) as exc:
        # RuntimeError: the pool was shut down under this batch
        warnings.warn(f"extraction workers failed ({exc}); extracting inline", RuntimeWarning, stacklevel=2)
        shutdown()
        return extract_isolated(articles)
