"""Readers: every input file becomes a stream of ``Article`` or ``ItemError``.

    for item in read_paths(["seeds/", "feed.xml", "crawl.warc.gz", "-"]):
        ...

Paths may be files, directories (read recursively in sorted order, hidden entries skipped,
only files with a known extension), globs, ``-`` for stdin, or ``http(s)://`` URLs of feeds
(or pages). The format comes from the extension (``.txt .json .jsonl .ndjson .html .htm
.xml .rss .atom .warc``, each optionally ``.gz``, ``.bz2`` or ``.xz``) and, when that says
nothing, from the content. Readers never raise for bad input: a bad file, record, line, entry or WARC record
is an ``ItemError`` naming the file, where in it, and why; the batch goes on.
"""
from __future__ import annotations

import dataclasses
import glob
import io
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Iterable, Iterator

from storyline.ingest.common import scrub
from storyline.ingest.compress import (
    COMPRESSIONS, GZIP_MAGIC, GzipBomb, TruncatedGzip, compression_of, open_decompressed, open_gunzip,
)
from storyline.ingest.encoding import NotText, decode_bytes
from storyline.ingest.feed import read_feed
from storyline.ingest.html import read_html
from storyline.ingest.jsonl import read_json, read_jsonl
from storyline.ingest.limits import ReaderLimits
from storyline.ingest.text import read_text
from storyline.ingest.warc import read_warc
from storyline.models import Article, ItemError

__all__ = [
    "FORMATS", "ReadStats", "iter_sources", "reader_limits", "ReaderLimits", "count_items", "detect_format", "fetch_url",
    "read_bytes", "read_paths", "read_feed", "read_html", "read_json", "read_jsonl", "read_text", "read_warc",
]

FORMATS = ("text", "json", "jsonl", "html", "feed", "warc")

EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
    ".warc": "warc",
}
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2")
# Bytes of the head that the content sniffer looks at.
SNIFF_BYTES = 64 * 1024
_GLOB_CHARS = re.compile(r"[*?\[]")
_URL = re.compile(r"^https?://", re.I)


@dataclass
class ReadStats:
    """What a ``read_paths`` run saw, for the end-of-run summary."""

    files: int = 0
    articles: int = 0
    errors: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> count (not errors)
    skipped_files: list[str] = field(default_factory=list)
    formats: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files, "articles": self.articles, "errors": self.errors,
            "skipped": dict(self.skipped), "skipped_files": list(self.skipped_files), "formats": dict(self.formats),
        }


def reader_limits(settings: Any = None) -> ReaderLimits:
    """The reader limits a settings object carries.

    ``settings`` may be a ``ReaderLimits``, hold one (as ``reader_limits``/``readers``/
    ``limits``), or carry flat fields with ReaderLimits' names (``max_file_bytes``,
    ``max_record_bytes``, ``max_json_depth``, ``max_decompressed_bytes`` ...), which
    override the defaults.
    """
    if settings is None:
        return ReaderLimits()
    if isinstance(settings, ReaderLimits):
        return settings
    for name in ("reader_limits", "readers", "limits"):
        value = getattr(settings, name, None)
        if isinstance(value, ReaderLimits):
            return value
    names = {f.name for f in dataclasses.fields(ReaderLimits)}
    given = {n: getattr(settings, n) for n in names if getattr(settings, n, None) is not None}
    return ReaderLimits(**given)


# --- format detection ----------------------------------------------------------------


def format_from_name(name: str) -> tuple[str | None, str]:
    """(format, compression) from a file name: compression is "gzip", "bz2", "xz" or "" (none,
    falsy); format None when the extension says nothing."""
    lower = name.lower()
    if lower.endswith(TAR_SUFFIXES):
        return "tar", ""
    stem, ext = os.path.splitext(lower)
    comp = COMPRESSIONS.get(ext, "")
    if comp:
        ext = os.path.splitext(stem)[1]
    return EXTENSIONS.get(ext), comp


def detect_format(data: bytes, name: str = "") -> str:
    """The format of ``data``: by extension when it names one, else by content."""
    fmt, _ = format_from_name(name)
    return fmt or sniff_format(data)


def sniff_format(data: bytes) -> str:
    """The format that the first bytes of an input look like ("text" when nothing else fits)."""
    head = data[:SNIFF_BYTES]
    if head.startswith(b"WARC/"):
        return "warc"
    comp = compression_of(head)
    if comp:
        return comp
    try:
        text = decode_bytes(head).text.lstrip("\ufeff \t\n")
    except NotText:
        return "text"  # the text reader reports it as binary
    if text[:1] in ("{", "["):
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if text[0] == "{" and len(lines) > 1 and lines[1].lstrip().startswith("{"):
            try:
                json.loads(lines[0])
                return "jsonl"
            except ValueError:
                pass
        return "json"
    if text.startswith("<"):
        low = text[:4096].lower()
        if re.search(r"<(?:rss|feed|rdf:rdf)\b", low):
            return "feed"
        if re.search(r"<(?:!doctype html|html|head|body|article|div|p)\b", low):
            return "html"
        if low.startswith("<?xml"):
            return "feed"  # the feed reader names the root if it is not a feed
        return "html"
    return "text"


# --- reading -------------------------------------------------------------------------


def read_bytes(
    data: bytes,
    source_path: str,
    fmt: str | None = None,
    limits: ReaderLimits = ReaderLimits(),
    *,
    url: str | None = None,
    charset: str | None = None,
    stats: ReadStats | None = None,
) -> Iterator[Article | ItemError]:
    """Read one whole input held in memory; ``fmt`` None means sniff it."""
    if len(data) > limits.max_file_bytes:
        yield ItemError(source_path, "", f"input over max_file_bytes={limits.max_file_bytes}")
        return
    fmt = fmt or sniff_format(data)
    if fmt in ("gzip", "bz2", "xz"):
        try:
            data = open_decompressed(io.BytesIO(data), fmt, limits).read(limits.max_file_bytes + 1)
        except (GzipBomb, TruncatedGzip) as exc:
            yield ItemError(source_path, "", str(exc) if fmt != "gzip" else f"gzip: {exc}")
            return
        yield from read_bytes(data, source_path, None, limits, url=url, stats=stats)
        return
    if stats is not None:
        stats.formats[fmt] += 1
    if fmt == "text":
        yield from read_text(data, source_path, limits)
    elif fmt == "json":
        yield from read_json(data, source_path, limits)
    elif fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source_path, limits)
    elif fmt == "html":
        yield from read_html(data, source_path, limits, url=url, charset=charset)
    elif fmt == "feed":
        yield from read_feed(data, source_path, limits, feed_url=url)
    elif fmt == "warc":
        yield from read_warc(io.BytesIO(data), source_path, limits, stats=stats.skipped if stats else None)
    else:
        yield ItemError(source_path, "", f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def _read_file(path: str, source_path: str, limits: ReaderLimits, stats: ReadStats | None) -> Iterator[Article | ItemError]:
    fmt, gz = format_from_name(path)
    if fmt == "tar":
        yield from _read_tar(path, source_path, limits, stats)
        return
    try:
        size = os.path.getsize(path)
        f: BinaryIO = open(path, "rb")
    except OSError as exc:
        yield ItemError(source_path, "", f"cannot open: {exc.strerror or exc}")
        return
    with f:
        yield from _read_stream(f, source_path, fmt, gz, size, limits, stats)


def _read_stream(
    f: BinaryIO, source_path: str, fmt: str | None, gz: str, size: int | None, limits: ReaderLimits, stats: ReadStats | None
) -> Iterator[Article | ItemError]:
    """Read one open file (or archive member) whose name gave ``fmt`` and compression ``gz``."""
    if fmt == "warc":  # streamed; read_warc undoes gzip itself
        if stats is not None:
            stats.formats["warc"] += 1
        raw = open_decompressed(f, gz, limits) if gz in ("bz2", "xz") else f
        yield from read_warc(raw, source_path, limits, stats=stats.skipped if stats else None)
        return
    stream: BinaryIO = open_decompressed(f, gz, limits) if gz else f
    if fmt == "jsonl":  # streamed line by line
        if stats is not None:
            stats.formats["jsonl"] += 1
        yield from read_jsonl(stream, source_path, limits)
        return
    if not gz and size is not None and size > limits.max_file_bytes:
        yield ItemError(source_path, "", f"file of {size} bytes exceeds max_file_bytes={limits.max_file_bytes}")
        return
    try:
        data = stream.read(limits.max_file_bytes + 1)
    except (GzipBomb, TruncatedGzip) as exc:
        yield ItemError(source_path, "", str(exc) if gz in ("bz2", "xz") else f"gzip: {exc}")
        return
    except OSError as exc:
        yield ItemError(source_path, "", f"cannot read: {exc.strerror or exc}")
        return
    if fmt is None and (data[:5] == b"WARC/" or data.startswith(GZIP_MAGIC) and _gz_is_warc(data)):
        fmt = "warc"
    yield from read_bytes(data, source_path, fmt, limits, stats=stats)


def _read_tar(path: str, source_path: str, limits: ReaderLimits, stats: ReadStats | None) -> Iterator[Article | ItemError]:
    """Members of a tar archive (``.tar``, ``.tar.gz``, ``.tar.xz``...), in archive order, read in
    place; each member's ``source_path`` is ``<archive>/<member name>`` so dated folders inside
    the archive (T17, Crisis) still date their articles. Hidden and unknown-extension members
    are skipped and counted like files in a directory."""
    import lzma
    import tarfile
    import zlib

    try:
        tf = tarfile.open(path, mode="r:*")
    except (tarfile.TarError, OSError, EOFError, lzma.LZMAError, zlib.error) as exc:
        yield ItemError(source_path, "", f"unreadable tar archive: {exc}")
        return
    last = ""
    with tf:
        try:
            for member in tf:
                if not member.isfile():
                    continue
                last = member.name
                member_path = f"{source_path.rstrip('/')}/{member.name}"
                mfmt, mgz = format_from_name(member.name)
                hidden = any(part.startswith(".") for part in member.name.split("/"))
                if hidden or mfmt is None or mfmt == "tar":
                    if stats is not None:
                        stats.skipped["archive member skipped (hidden or unknown extension)"] += 1
                        stats.skipped_files.append(member_path)
                    continue
                if stats is not None:
                    stats.files += 1
                f = tf.extractfile(member)
                if f is None:
                    continue
                yield from _read_stream(f, member_path, mfmt, mgz, member.size, limits, stats)
        except (tarfile.TarError, OSError, EOFError, lzma.LZMAError, zlib.error) as exc:
            yield ItemError(source_path, f"after member {last}" if last else "", f"damaged tar archive: {exc}")


def _gz_is_warc(data: bytes) -> bool:
    try:
        return open_gunzip(io.BytesIO(data[:4096])).read(5) == b"WARC/"
    except (GzipBomb, TruncatedGzip):
        return False


def fetch_url(url: str, limits: ReaderLimits = ReaderLimits()) -> tuple[bytes, str, str]:
    """GET ``url`` (at most ``max_file_bytes``): (body, content type, final URL). Raises OSError."""
    import urllib.request

    req = urllib.request.Request(url, headers={
        "User-Agent": limits.user_agent,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5",
    })
    with urllib.request.urlopen(req, timeout=limits.fetch_timeout_s) as resp:  # noqa: S310 (http(s) only, checked by caller)
        body = resp.read(limits.max_file_bytes + 1)
        return body, resp.headers.get("Content-Type", ""), resp.geturl()


def _read_url(url: str, limits: ReaderLimits, stats: ReadStats | None) -> Iterator[Article | ItemError]:
    try:
        body, ctype, final = fetch_url(url, limits)
    except (OSError, ValueError) as exc:  # URLError, HTTPError, timeouts are OSErrors
        yield ItemError(url, "", f"fetch failed: {getattr(exc, 'reason', None) or exc}")
        return
    charset = None
    m = re.search(r"charset=([\w.:-]+)", ctype or "", re.I)
    if m:
        charset = m.group(1)
    fmt = sniff_format(body)
    yield from read_bytes(body, url, fmt, limits, url=final, charset=charset, stats=stats)


def _walk(directory: str, stats: ReadStats | None) -> Iterator[tuple[str, str]]:
    """(path, source_path) of each readable file under ``directory``, sorted, hidden skipped."""
    entries: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith("."):
                entries.append(os.path.relpath(os.path.join(root, name), directory))
    for rel in sorted(entries, key=lambda p: p.split(os.sep)):
        path = os.path.join(directory, rel)
        if format_from_name(rel)[0] is None:
            if stats is not None:
                stats.skipped["file with unknown extension in a directory"] += 1
                stats.skipped_files.append(path)
            continue
        yield path, path


def iter_sources(paths: Iterable[str | os.PathLike], stats: ReadStats | None = None) -> Iterator[tuple[str, str] | ItemError]:
    """Expand command-line arguments to (path, source_path) pairs ("-" and URLs pass as is)."""
    for arg in paths:
        arg = os.fspath(arg)
        if arg == "-" or _URL.match(arg):
            yield arg, arg
        elif os.path.isdir(arg):
            yield from _walk(arg, stats)
        elif os.path.exists(arg):
            yield arg, arg
        elif _GLOB_CHARS.search(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield ItemError(arg, "", "glob matched no files")
            for m in matches:
                if os.path.isdir(m):
                    yield from _walk(m, stats)
                elif not os.path.basename(m).startswith("."):
                    yield m, m
        else:
            yield ItemError(arg, "", "no such file or directory")


def read_paths(
    paths: Iterable[str | os.PathLike], *, settings: Any = None, stats: ReadStats | None = None
) -> Iterator[Article | ItemError]:
    """Every article (or item error) in ``paths``, in order. Never raises for bad input."""
    limits = reader_limits(settings)
    for src in iter_sources(paths, stats):
        if isinstance(src, ItemError):
            items: Iterator[Article | ItemError] = iter([src])
        else:
            path, source_path = src
            if stats is not None:
                stats.files += 1
            if path == "-":
                data = sys.stdin.buffer.read(limits.max_file_bytes + 1)
                items = read_bytes(data, "-", None, limits, stats=stats)
            elif _URL.match(path):
                items = _read_url(path, limits, stats)
            else:
                items = _read_file(path, source_path, limits, stats)
        for item in _guarded(items, scrub(src[1]) if isinstance(src, tuple) else src.source_path, limits):
            if stats is not None:
                if isinstance(item, Article):
                    stats.articles += 1
                else:
                    stats.errors += 1
            yield item


def _guarded(items: Iterator[Article | ItemError], source_path: str,
             limits: ReaderLimits = ReaderLimits()) -> Iterator[Article | ItemError]:
    """The last line of defence: a reader bug on odd input becomes an ItemError, not a crash,
    and an article longer than ``max_text_chars`` becomes one too, whatever reader made it."""
    try:
        for item in items:
            if isinstance(item, ItemError):  # a file name may hold undecodable bytes
                item = ItemError(*scrub((item.source_path, item.locator, item.reason, item.stage)))
            elif isinstance(item, Article) and len(item.text) > limits.max_text_chars:
                item = ItemError(item.source_path or source_path, str(item.metadata.get("locator", "")),
                                 f"article text of {len(item.text)} characters exceeds "
                                 f"max_text_chars={limits.max_text_chars} (title {item.title[:60]!r})")
            yield item
    except (GzipBomb, TruncatedGzip) as exc:  # bz2/xz messages name their codec
        yield ItemError(source_path, "", str(exc) if str(exc).startswith(("bz2:", "xz:")) else f"gzip: {exc}")
    except (MemoryError, RecursionError, Exception) as exc:  # noqa: BLE001 - see docstring
        yield ItemError(source_path, "", f"reader failed: {type(exc).__name__}: {exc}"[:300])


# --- counting (for a progress bar) ---------------------------------------------------

_ITEM_TAG = re.compile(rb"<(?:item|entry)[\s>]")


def count_items(paths: Iterable[str | os.PathLike], *, settings: Any = None) -> int:
    """A cheap estimate of how many items ``read_paths`` will yield (for a progress bar).

    Exact for text and HTML files (one each) and JSON Lines (non-blank lines); feeds count
    ``<item>``/``<entry>`` tags; JSON files are parsed when under 50 MB; uncompressed WARCs
    count response records; gzipped WARCs, stdin and URLs count as one.
    """
    limits = reader_limits(settings)
    total = 0
    for src in iter_sources(paths):
        if isinstance(src, ItemError) or src[0] == "-" or _URL.match(src[0]):
            total += 1
            continue
        total += _count_file(src[0], limits)
    return total


def _count_file(path: str, limits: ReaderLimits) -> int:
    fmt, gz = format_from_name(path)
    try:
        if fmt == "tar":
            return _count_tar(path)
        if gz or fmt in (None, "text", "html"):
            return 1
        if fmt == "jsonl":
            n = 0
            with open(path, "rb") as f:
                for line in f:
                    n += bool(line.strip())
            return max(n, 1)
        if fmt == "json":
            if os.path.getsize(path) > 50 * 1024 * 1024:
                return 1
            with open(path, "rb") as f:
                value = json.loads(f.read())
            if isinstance(value, list):
                return max(len(value), 1)
            if isinstance(value, dict):
                for v in value.values():
                    if isinstance(v, list) and "text" not in value:
                        return max(len(v), 1)
            return 1
        with open(path, "rb") as f:
            data = f.read(limits.max_file_bytes)
        if fmt == "feed":
            return max(len(_ITEM_TAG.findall(data)), 1)
        if fmt == "warc":
            return max(data.count(b"WARC-Type: response"), 1)
    except (OSError, ValueError, RecursionError):
        return 1
    return 1


def _count_tar(path: str) -> int:
    import tarfile

    try:
        with tarfile.open(path, mode="r:*") as tf:
            return max(sum(1 for m in tf if m.isfile() and format_from_name(m.name)[0] not in (None, "tar")), 1)
    except Exception:  # noqa: BLE001 - an estimate; read_paths reports the damage
        return 1
