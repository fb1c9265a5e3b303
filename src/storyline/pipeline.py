"""The ingest orchestrator: read, identify, deduplicate, extract, embed, cluster, store.

``ingest(paths, store, settings)`` reads like the algorithm. Every article is written in one
transaction together with its minhash, embedding, extraction, story assignment and the
clusters that changed, so a crash leaves a consistent store and a re-run resumes where it
stopped (already stored ids are skipped: re-ingesting the same article changes nothing).
"""
from __future__ import annotations

import concurrent.futures
import functools
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from . import dedup, lang, parallel
from .models import Article, Extraction, ItemError
from .settings import Settings
from .store.base import Store

PIPELINE_VERSION = "pipeline.v1"
# the detector must be this sure, on a paragraph-length text, to overrule a declared language
DECLARED_OVERRULE_CONFIDENCE = 0.95


@dataclass
class IngestReport:
    ingested: int = 0
    duplicates: int = 0  # same source + same content: already stored, nothing changed
    copies: int = 0  # stored, and linked to an earlier near-identical article (copy_of)
    errors: int = 0
    run_id: int | None = None
    error_items: list[ItemError] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage

    def timed(self, stage: str):
        return _Timer(self.seconds, stage)

    def record_error(self, store: Store, error: ItemError) -> None:
        """Store ``error`` as this run's error record and count it."""
        store.add_error(error, self.run_id)
        self.errors += 1
        self.error_items.append(error)

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested, "duplicates": self.duplicates, "copies": self.copies,
            "errors": self.errors, "run_id": self.run_id,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "error_items": [e.as_dict() for e in self.error_items],
        }


# --- stages: small functions over plain data ---------------------------------------------------


def identify_language(article: Article, settings: Settings) -> Article:
    """Detect the language; a language the input declared (JSON field, ``<html lang>``, feed
    language) is a hint that wins unless the detector confidently disagrees on a long text
    (page templates often declare a site-wide language that the article is not in)."""
    return identify_languages([article], settings)[0]


def identify_languages(articles: list[Article], settings: Settings) -> list[Article]:
    """``identify_language`` for a batch: the detector scores the batch's texts together."""
    declared = [_declared(a) for a in articles]
    # a short text with a declared language: no detector answer could overrule the declaration,
    # so do not ask
    ask = [i for i, a in enumerate(articles) if not (declared[i] and len(a.full_text) < lang.LONG_TEXT_CHARS)]
    found = dict(zip(ask, lang.detect_many([articles[i].full_text for i in ask], min_chars=settings.lang_min_chars,
                                           min_confidence=settings.lang_min_confidence)))
    out = []
    for i, article in enumerate(articles):
        if i not in found:
            out.append(article.with_(lang=declared[i], lang_confidence=0.5))
            continue
        code, conf = found[i]
        if declared[i] and code != declared[i]:
            overrule = (code != "und" and conf >= DECLARED_OVERRULE_CONFIDENCE
                        and len(article.full_text) >= lang.LONG_TEXT_CHARS)
            if not overrule:
                out.append(article.with_(lang=declared[i], lang_confidence=max(conf if code == declared[i] else 0.0, 0.5)))
                continue
        out.append(article.with_(lang=code, lang_confidence=conf))
    return out


def _declared(article: Article) -> str:
    d = (article.lang or "").strip().lower()
    return d if d != "und" and 2 <= len(d) <= 3 and d.isalpha() else ""


def find_copy(store: Store, sig: dedup.Signature, settings: Settings,
              pending: dict[str, dedup.Signature]) -> tuple[str | None, float]:
    """The earlier article this one is a near-copy of, from the store or the current batch."""
    candidates = store.minhash_candidates(sig.bands)
    bands = set(sig.bands)
    for art_id, other in pending.items():
        if bands.intersection(other.bands):
            candidates.setdefault(art_id, other.values)
    return dedup.best_match(sig, candidates, settings.copy_threshold)


def embedding_text(article: Article, settings: Settings) -> str:
    """What the embedder sees: title and lead, cleaned of web boilerplate, as the clusterer
    was calibrated (``textclean.lead``, first ``lead_words`` words)."""
    from .textclean import lead

    return lead(article.full_text, settings.lead_words)


# the version of the empty extraction stored for an article whose extraction raised
EXTRACT_FAILED = "extract.failed"


def extract_all(articles: list[Article], settings: Settings,
                failures: list[tuple[Article, str]] | None = None) -> list[Extraction]:
    """The extract stage for a batch. An article whose extraction raises gets an empty
    extraction (version ``EXTRACT_FAILED``) and, when ``failures`` is given, an entry there
    (the caller records it; the article itself is still stored); without ``failures`` the
    error is raised, for callers that isolate articles themselves."""
    if not settings.extract:
        return [Extraction(article_id=a.id) for a in articles]
    out = []
    for a, ex in zip(articles, parallel.extract_parallel(articles, parallel.resolve_workers(settings.extract_workers))):
        if isinstance(ex, parallel.Failure):
            if failures is None:
                raise RuntimeError(ex.message)
            failures.append((a, ex.message))
            ex = Extraction(article_id=a.id, version=EXTRACT_FAILED)
        out.append(ex)
    return out


# --- orchestrator ------------------------------------------------------------------------------


def ingest(paths: Iterable[str], store: Store, settings: Settings | None = None, *,
           progress: bool = False, command: str = "ingest", items: Iterable[Article | ItemError] | None = None,
           on_article: Callable[[Article], None] | None = None) -> IngestReport:
    """Ingest files (or ready-made ``items``) into ``store``; never raises for bad input."""
    settings = settings or Settings()
    from .embed import get_embedder
    from .clustering import StoryClusterer

    report = IngestReport(run_id=store.start_run(command))
    embedder = get_embedder(settings.embedder)
    prior = getattr(embedder, "prior_mean", None)
    clusterer = StoryClusterer.load(store, settings, embedder_name=embedder.name, prior_mean=prior)
    if items is None:
        from .ingest import read_paths

        items = read_paths(list(paths), settings=settings)
    stream = items
    bar = _progress(progress)
    try:
        with parallel.scope():  # extraction workers, when a batch is worth them, live as long as this run
            for batch in _batches(stream, settings.batch_size):
                # 1. bad items become error records; the rest goes on
                articles: list[Article] = []
                for item in batch:
                    if isinstance(item, ItemError):
                        report.record_error(store, item)
                    else:
                        articles.append(item)
                # 2. same source + same content: already stored (or earlier in this batch) -> no-op
                seen: set[str] = set()
                fresh = []
                for a in articles:
                    if a.id in seen or store.has_article(a.id):
                        report.duplicates += 1
                    else:
                        seen.add(a.id)
                        fresh.append(a)
                # 3. language, near-copies
                with report.timed("language"):
                    fresh = identify_languages(fresh, settings)
                with report.timed("dedup"):
                    sigs = {a.id: dedup.signature(a.full_text) for a in fresh}
                    copies: dict[str, tuple[str | None, float]] = {}
                    pending: dict[str, dedup.Signature] = {}
                    for a in fresh:
                        copies[a.id] = find_copy(store, sigs[a.id], settings, pending)
                        pending[a.id] = sigs[a.id]
                # 4. extraction and embeddings, batched (and overlapped: both are pure)
                texts = [embedding_text(a, settings) for a in fresh]
                failures: list[tuple[Article, str]] = []
                if settings.overlap and fresh:
                    t0 = time.perf_counter()
                    pending_ex = _pool().submit(_timed_call, extract_all, fresh, settings, failures)
                    try:
                        vectors = embedder.embed(texts)
                        embed_s = time.perf_counter() - t0
                    finally:
                        extract_s, extractions = pending_ex.result()
                    # stage times stay per stage; the time the overlap saved is booked as a negative
                    # stage, so that the stages still add up to the wall time
                    wall = time.perf_counter() - t0
                    for stage, secs in (("extract", extract_s), ("embed", embed_s),
                                        ("overlap saved", min(0.0, wall - extract_s - embed_s))):
                        report.seconds[stage] = report.seconds.get(stage, 0.0) + secs
                else:
                    with report.timed("extract"):
                        extractions = extract_all(fresh, settings, failures)
                    with report.timed("embed"):
                        vectors = embedder.embed(texts) if fresh else []
                for a, message in failures:  # stored all the same, without what the extractors would find
                    report.record_error(store, ItemError(a.source_path or "", a.metadata.get("locator", a.id),
                                                         message, stage="extract"))
                # 5. cluster and store, one transaction per article, in date order within the batch
                order = sorted(range(len(fresh)), key=lambda i: _date_key(fresh[i]))
                for i in order:
                    a, ex, vec = fresh[i], extractions[i], vectors[i]
                    copy_of, sim = copies[a.id]
                    try:
                        with report.timed("cluster+store"), store.transaction():
                            store.add_article(a, copy_of=copy_of, copy_similarity=sim if copy_of else None)
                            store.add_minhash(a.id, sigs[a.id].values, sigs[a.id].bands)
                            store.save_embedding(a.id, embedder.name, vec)
                            store.save_extraction(ex)
                            clusterer.add(a, vec, ex, copy_of=copy_of)
                    except Exception as exc:  # one bad article never ends the batch
                        report.record_error(store, ItemError(a.source_path or "", a.metadata.get("locator", a.id),
                                                             f"{type(exc).__name__}: {exc}", stage="cluster+store"))
                        # the transaction rolled back; the clusterer's memory may be ahead of it
                        clusterer = StoryClusterer.load(store, settings, embedder_name=embedder.name, prior_mean=prior)
                        continue
                    report.ingested += 1
                    report.copies += copy_of is not None
                    report.article_ids.append(a.id)
                    if on_article:
                        on_article(a)
                bar.update(len(batch))
                bar.set_postfix(new=report.ingested, dup=report.duplicates, err=report.errors, refresh=False)
    finally:
        bar.close()
        store.finish_run(report.run_id, {k: v for k, v in report.as_dict().items() if isinstance(v, int)})
    return report


def _timed_call(fn: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


@functools.lru_cache(maxsize=1)
def _pool() -> concurrent.futures.ThreadPoolExecutor:
    """The one worker thread that extracts while the main thread embeds (extraction keeps
    its own lock around spaCy, so concurrent ingests in one process stay safe)."""
    return concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyline-extract")


def _date_key(a: Article) -> tuple:
    return (a.published is None, a.published.value if a.published else None)


def _batches(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for it in items:
        batch.append(it)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


class _Timer:
    def __init__(self, sink: dict[str, float], stage: str):
        self.sink, self.stage = sink, stage

    def __enter__(self) -> None:
        self.t0 = time.perf_counter()

    def __exit__(self, *exc: Any) -> None:
        self.sink[self.stage] = self.sink.get(self.stage, 0.0) + time.perf_counter() - self.t0


class _NoBar:
    def update(self, n: int) -> None: ...
    def set_postfix(self, **kw: Any) -> None: ...
    def close(self) -> None: ...


def _progress(enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(unit=" items", desc="ingest", file=sys.stderr, dynamic_ncols=True)
