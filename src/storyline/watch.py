"""Watch RSS/Atom feeds: poll, ingest what is new, check follows, sleep, repeat.

Each poll is a conditional GET (``If-None-Match`` / ``If-Modified-Since`` from the previous
answer, remembered in the store's meta table), so an unchanged feed costs one 304. New
entries go through the ordinary ingest; entries already stored are no-ops there (content
hash ids), so re-reading a feed never duplicates anything. A feed that fails (network,
HTTP error, unsafe XML) is reported for that round and polled again next round.
"""
from __future__ import annotations

import datetime as dt
import re
import time
import urllib.error
import urllib.request
from typing import Any, Callable, Iterator

from .settings import Settings
from .store.base import Store

VERSION = "watch.v1"
FETCH_TIMEOUT_S = 30
# A feed body larger than this is refused (real news feeds are 20 KB - 2 MB).
MAX_FEED_BYTES = 20 * 1024 * 1024
MIN_INTERVAL_S = 1.0
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """``30s``, ``10m``, ``1h``, ``1d`` or plain seconds -> seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(text).lower())
    if not m:
        raise ValueError(f"cannot read interval {text!r}: use e.g. 30s, 10m, 1h")
    seconds = float(m.group(1)) * _UNITS[m.group(2)]
    if seconds < MIN_INTERVAL_S:
        raise ValueError(f"interval {text!r} is shorter than {MIN_INTERVAL_S:g}s")
    return seconds


def check_feed_url(url: str) -> str:
    from urllib.parse import urlparse

    p = urlparse(url)
    if p.scheme not in ("http", "https") or not p.netloc:
        raise ValueError(f"feed {url!r} is not an http(s) URL")
    return url


def fetch(url: str, *, etag: str | None = None, modified: str | None = None,
          timeout: float = FETCH_TIMEOUT_S, max_bytes: int = MAX_FEED_BYTES) -> dict[str, Any]:
    """GET a feed: ``{"status", "data", "etag", "modified"}`` (status 304: unchanged, no data)."""
    headers = {"User-Agent": "storyline-watch/1", "Accept": "application/rss+xml, application/atom+xml, */*"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    req = urllib.request.Request(check_feed_url(url), headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (scheme checked)
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise ValueError(f"feed is larger than {max_bytes} bytes")
            return {"status": resp.status, "data": data, "etag": resp.headers.get("ETag"),
                    "modified": resp.headers.get("Last-Modified")}
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return {"status": 304, "data": b"", "etag": etag, "modified": modified}
        raise


def poll(url: str, store: Store, settings: Settings, *,
         fetcher: Callable[..., dict[str, Any]] = fetch) -> dict[str, Any]:
    """Poll one feed once and ingest its new entries; never raises for a bad feed."""
    from .ingest.feed import read_feed
    from .pipeline import ingest

    key = f"watch:{url}"
    state = store.get_meta(key, {}) or {}
    report: dict[str, Any] = {"url": url, "polled_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                              "status": None, "ingested": 0, "duplicates": 0, "errors": 0, "error": None,
                              "article_ids": []}
    try:
        got = fetcher(url, etag=state.get("etag"), modified=state.get("modified"))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        report["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return report
    report["status"] = got["status"]
    if got["status"] == 304:
        return report
    r = ingest([], store, settings, items=read_feed(got["data"], url, feed_url=url), command=f"watch {url}")
    report.update(ingested=r.ingested, duplicates=r.duplicates, errors=r.errors, article_ids=r.article_ids)
    store.set_meta(key, {"etag": got.get("etag"), "modified": got.get("modified"), "polled_at": report["polled_at"]})
    return report


def watch(urls: list[str], store: Store, settings: Settings | None = None, *, every: float = 600.0,
          rounds: int | None = None, sleep: Callable[[float], None] = time.sleep,
          fetcher: Callable[..., dict[str, Any]] = fetch,
          on_round: Callable[[list[dict[str, Any]]], None] | None = None) -> Iterator[list[dict[str, Any]]]:
    """Poll every feed, ``rounds`` times (forever when None), ``every`` seconds apart; yields
    each round's reports. Follows are checked after every round that stored something."""
    from .alerts import check_follows

    settings = settings or Settings()
    for u in urls:
        check_feed_url(u)
    n = 0
    while rounds is None or n < rounds:
        started = time.monotonic()
        reports = [poll(u, store, settings, fetcher=fetcher) for u in urls]
        if any(r["ingested"] for r in reports):
            new_alerts = check_follows(store, settings)
            for r in reports:
                r["alerts"] = [a for a in new_alerts if set(e["id"] for e in a.get("evidence", [])) & set(r["article_ids"])]
        if on_round:
            on_round(reports)
        yield reports
        n += 1
        if rounds is not None and n >= rounds:
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
