"""Backfill: ingest a large archive, the per-article work spread over Dask workers.

The per-article stages have no shared state, so they run anywhere, in any order:

    read -> language id -> MinHash signature -> extraction -> embedding      (workers)

Story clustering is online and order-dependent, so it runs once, in the client, over the
workers' outputs in **one deterministic order**: by publication date (undated last), then
article id. ``backfill`` (one process) and ``backfill_distributed`` (a Dask cluster) share
every step but where the per-article stages run, so on the same input they store the same
articles, near-copy links, extractions, events and stories, whatever the number of workers
or the order their results arrive in.

Differences from ``pipeline.ingest``, which is for the daily stream: ingest clusters each
batch of ``batch_size`` articles in date order as it arrives; backfill sees the whole
archive first, so the clusterer meets it in true date order, and the earlier-published of
two near-identical articles is always the original. The price: the client holds every
article's stage outputs (text, 384 floats, extraction) until clustering; for archives that
do not fit in memory, backfill one period at a time, oldest first (docs/scaling.md).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

import numpy as np

from . import dedup, parallel
from .models import Article, Extraction, ItemError
from .pipeline import IngestReport, embedding_text, extract_all, find_copy, identify_languages
from .settings import Settings
from .store.base import Store

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

BACKFILL_VERSION = "backfill.v1"

# articles per worker task: large enough that task overhead (~1 ms on a LocalCluster) and the
# embedder's per-call cost are amortised, small enough that 2-16 workers stay busy on an archive
# of a few thousand articles; the embedder batches internally, so results do not depend on it
DEFAULT_CHUNK_SIZE = 64


@dataclass(frozen=True)
class Processed:
    """One article after the per-article stages: everything clustering and the store need."""

    article: Article  # language identified
    signature: dedup.Signature
    extraction: Extraction
    vector: np.ndarray
    embedder: str  # the embedder's versioned name


# --- per-article stages (run on workers; pure functions of their inputs) ---------------------


def read_source(source: str, settings: Settings) -> list[Article | ItemError]:
    """Every article or item error of one file (or URL), in file order."""
    from .ingest import read_paths

    return list(read_paths([source], settings=settings))


_EMBEDDERS: dict[str, Any] = {}


def _embedder(name: str):
    """One embedder per process: a worker loads its model once, not once per task."""
    if name not in _EMBEDDERS:
        from .embed import get_embedder

        _EMBEDDERS[name] = get_embedder(name)
    return _EMBEDDERS[name]


def process_articles(articles: Sequence[Article], settings: Settings) -> list[Processed | ItemError]:
    """Language id, signature, extraction and embedding of a chunk of articles.

    Stage failures are per-article item errors, never a failed task: if a chunk's batched
    extraction or embedding raises, its articles are retried one by one and only the ones
    that still fail become errors.
    """
    articles = identify_languages(list(articles), settings)
    try:
        return _process(articles, settings)
    except Exception:  # noqa: BLE001 - isolate the article that fails, below
        pass
    out: list[Processed | ItemError] = []
    for a in articles:
        try:
            out.extend(_process([a], settings))
        except Exception as exc:  # noqa: BLE001 - bad input is reported, never fatal
            out.append(ItemError(a.source_path or "", a.id, f"{type(exc).__name__}: {exc}"[:300], stage="process"))
    return out


def _process(articles: list[Article], settings: Settings) -> list[Processed | ItemError]:
    if not articles:
        return []
    embedder = _embedder(settings.embedder)
    failures: list[tuple[Article, str]] = []
    extractions = extract_all(articles, settings, failures)
    vectors = np.asarray(embedder.embed([embedding_text(a, settings) for a in articles]), dtype=np.float32)
    out: list[Processed | ItemError] = [Processed(a, dedup.signature(a.full_text), ex, vectors[i], embedder.name)
                                        for i, (a, ex) in enumerate(zip(articles, extractions))]
    # an article whose extraction raised is stored all the same (empty extraction), and reported
    return out + [ItemError(a.source_path or "", a.id, message, stage="extract") for a, message in failures]


# --- the deterministic order and the clustering pass (client) -------------------------------


def backfill_key(a: Article) -> tuple:
    """Publication date (undated last), then article id, then source: the one clustering order."""
    return (a.published is None, a.published.value if a.published else dt.date.min, a.id, a.source_path or "")


def commit(processed: Iterable[Processed], errors: Iterable[ItemError], store: Store, settings: Settings,
           report: IngestReport) -> IngestReport:
    """Store errors, then cluster and store the articles one by one in ``backfill_key`` order."""
    for e in errors:
        report.record_error(store, e)
    items = sorted(processed, key=lambda p: backfill_key(p.article))
    with report.timed("cluster"):
        _cluster_in_order(items, store, settings, report)
    return report


def _cluster_in_order(items: list[Processed], store: Store, settings: Settings, report: IngestReport) -> None:
    from .clustering import StoryClusterer

    clusterer: StoryClusterer | None = None
    seen: set[str] = set()
    for p in items:
        a = p.article
        if a.id in seen or store.has_article(a.id):
            report.duplicates += 1
            continue
        seen.add(a.id)
        if clusterer is None:
            clusterer = StoryClusterer.load(store, settings, embedder_name=p.embedder,
                                            prior_mean=getattr(_embedder(settings.embedder), "prior_mean", None))
        # every earlier article is already in the store, so its signature is found there
        copy_of, sim = find_copy(store, p.signature, settings, {})
        with store.transaction():
            store.add_article(a, copy_of=copy_of, copy_similarity=sim if copy_of else None)
            store.add_minhash(a.id, p.signature.values, p.signature.bands)
            store.save_embedding(a.id, p.embedder, p.vector)
            store.save_extraction(p.extraction)
            clusterer.add(a, p.vector, p.extraction, copy_of=copy_of)
        report.ingested += 1
        report.copies += copy_of is not None
        report.article_ids.append(a.id)


def _split(items: Iterable[Article | ItemError], store: Store) -> tuple[list[Article], list[ItemError], int]:
    """(articles not yet stored, item errors, number already stored)."""
    articles, errors, stored = [], [], 0
    for it in items:
        if isinstance(it, ItemError):
            errors.append(it)
        elif store.has_article(it.id):
            stored += 1
        else:
            articles.append(it)
    return articles, errors, stored


def _chunks(items: list[Any], n: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), max(1, n)):
        yield items[i : i + n]


def _sources(paths: Iterable[str]) -> list[str | ItemError]:
    from .ingest import iter_sources

    return [s if isinstance(s, ItemError) else s[1] for s in iter_sources(list(paths))]


def _finish(store: Store, report: IngestReport) -> IngestReport:
    store.finish_run(report.run_id, {k: v for k, v in report.as_dict().items() if isinstance(v, int)})
    return report


# --- entry points -----------------------------------------------------------------------------


def backfill(paths: Iterable[str], store: Store, settings: Settings | None = None, *,
             chunk_size: int = DEFAULT_CHUNK_SIZE, command: str = "backfill") -> IngestReport:
    """Backfill in this process: read everything, run the per-article stages, cluster in order."""
    settings = settings or Settings()
    report = IngestReport(run_id=store.start_run(command))
    try:
        processed: list[Processed] = []
        errors: list[ItemError] = []
        with parallel.scope():  # extraction workers live for the whole read-and-process phase
            for src in _sources(paths):
                with report.timed("read"):
                    items = [src] if isinstance(src, ItemError) else read_source(src, settings)
                articles, errs, stored = _split(items, store)
                errors += errs
                report.duplicates += stored
                with report.timed("process"):
                    for chunk in _chunks(articles, chunk_size):
                        for r in process_articles(chunk, settings):
                            (errors if isinstance(r, ItemError) else processed).append(r)
        commit(processed, errors, store, settings, report)
    finally:
        _finish(store, report)
    return report


def backfill_distributed(paths: Iterable[str], store: Store, settings: Settings | None = None, *,
                         client: "Client", chunk_size: int = DEFAULT_CHUNK_SIZE,
                         command: str = "backfill") -> IngestReport:
    """Backfill with the per-article stages on a Dask cluster; equals ``backfill`` on the same input.

    Workers read the files (they must see the same paths: a shared or copied file system),
    return the articles, the client drops those already stored and sends the rest back in
    chunks of ``chunk_size`` for the per-article stages; results are gathered as they finish
    and then clustered in ``backfill_key`` order here. Standard input (``-``) is read here.
    """
    from distributed import as_completed

    settings = settings or Settings()
    report = IngestReport(run_id=store.start_run(command))
    try:
        results: dict[tuple[int, int], list[Processed | ItemError]] = {}
        what: dict[Any, tuple[str, int, int]] = {}
        pending = as_completed()

        def submit_chunks(i: int, items: list[Article | ItemError]) -> None:
            articles, errs, stored = _split(items, store)
            results[(i, -1)] = list(errs)
            report.duplicates += stored
            for j, chunk in enumerate(_chunks(articles, chunk_size)):
                [data] = client.scatter([chunk])
                fut = client.submit(process_articles, data, settings, pure=False)
                what[fut] = ("process", i, j)
                pending.add(fut)

        for i, src in enumerate(_sources(paths)):
            if isinstance(src, ItemError):
                results[(i, -1)] = [src]
            elif src == "-":
                submit_chunks(i, read_source(src, settings))
            else:
                fut = client.submit(read_source, src, settings, pure=False)
                what[fut] = ("read", i, 0)
                pending.add(fut)
        with report.timed("workers"):  # reading and the per-article stages, overlapped
            for fut in pending:
                kind, i, j = what.pop(fut)
                value = fut.result()  # a task that raised is a bug, not bad input: it propagates
                fut.release()
                if kind == "read":
                    submit_chunks(i, value)
                else:
                    results[(i, j)] = value
        processed: list[Processed] = []
        errors: list[ItemError] = []
        for key in sorted(results):
            for r in results[key]:
                (errors if isinstance(r, ItemError) else processed).append(r)
        commit(processed, errors, store, settings, report)
    finally:
        _finish(store, report)
    return report


def connect(scheduler: str | None = None, workers: int | None = None, *, threads_per_worker: int = 1):
    """A Dask client: to ``scheduler`` (``tcp://host:8786``) or to a new local cluster of
    ``workers`` processes. Returns ``(client, cluster or None)``; close both when done."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - optional extra
        from .errors import MissingExtra

        raise MissingExtra("distributed backfill", "distributed") from exc
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=threads_per_worker, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster
