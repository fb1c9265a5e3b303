"""WARC files: each HTML ``response`` record becomes an Article.

Other records (requests, metadata, warcinfo, images, scripts, JSON...) are skipped and
counted in the ``stats`` mapping, not reported as errors. Gzipped WARCs are inflated by
``GunzipStream`` (bounded, gzip-bomb guarded); an HTTP payload is read up to
``max_decompressed_bytes`` after its own Content-Encoding is undone. A truncated or corrupt
file yields the records before the damage, then one ``ItemError`` naming the offset.
"""
from __future__ import annotations

import io
from collections import Counter
from typing import BinaryIO, Iterator

from storyline.ingest.compress import GZIP_MAGIC, GunzipStream, GzipBomb, TruncatedGzip
from storyline.ingest.html import read_html
from storyline.ingest.limits import ReaderLimits
from storyline.models import Article, ItemError

# v2: a response whose HTTP status is not 2xx (a redirect's "Moved here", a 404 or 500 page)
# is skipped and counted, not read as an article; an HTML ``resource`` record (a page stored
# without HTTP headers, as browser-based crawlers write them) is read like a response.
VERSION = "ingest.warc.v2"

HTML_TYPES = ("text/html", "application/xhtml+xml")
# warcio reads header lines with an unbounded readline() that grows the line by repeated
# concatenation: quadratic on a newline-free run (a bomb of zeros took 210 s for 64 MB).
# Header lines are capped at this length; real WARC/HTTP header lines (long URLs, CSP and
# cookie headers) stay well under 64 KB.
MAX_HEADER_LINE = 1024 * 1024


def _capped_reader(stream: BinaryIO):
    """warcio's reader with unbounded ``readline()`` calls capped at MAX_HEADER_LINE."""
    from warcio.bufferedreaders import DecompressingBufferedReader

    class CappedReader(DecompressingBufferedReader):
        def readline(self, length=None):  # type: ignore[override]
            return super().readline(length if length else MAX_HEADER_LINE)

    return CappedReader(stream, block_size=64 * 1024)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        k, _, v = part.partition("=")
        if k.strip().lower() == "charset" and v.strip():
            return v.strip().strip("\"'")
    return None


def read_warc(
    stream: BinaryIO | bytes,
    source_path: str,
    limits: ReaderLimits = ReaderLimits(),
    *,
    stats: Counter | None = None,
) -> Iterator[Article | ItemError]:
    """Read the HTML response records of a WARC (plain or gzipped) from a binary stream."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(stream, (bytes, bytearray)):
        stream = io.BytesIO(stream)
    stats = stats if stats is not None else Counter()
    buffered = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
    head = buffered.peek(4)[:4]
    if not head:
        yield ItemError(source_path, "", "empty file")
        return
    gz = head.startswith(GZIP_MAGIC)
    # Unbuffered on purpose: a buffered reader would inflate members ahead of the record
    # warcio is on, and a damaged later member would then hide the good records before it.
    reader = GunzipStream(buffered, limits) if gz else buffered
    if not gz and not head.startswith(b"WARC"):
        yield ItemError(source_path, "", "not a WARC file (does not start with 'WARC/' or gzip data)")
        return
    records = 0
    it = ArchiveIterator(reader, no_record_parse=False)
    it.reader = _capped_reader(it.fh)  # before iteration starts; see MAX_HEADER_LINE
    offset = 0
    try:
        for record in it:
            offset = it.offset  # start of this record (get_record_offset() would consume it)
            records += 1
            locator = f"offset {offset}" + (" (decompressed)" if gz else "")
            if not record.rec_type:
                yield ItemError(source_path, locator, "WARC record without a WARC-Type header")
                continue
            if record.rec_type == "resource":
                ctype = record.rec_headers.get_header("Content-Type") or ""
                if ctype.split(";")[0].strip().lower() not in HTML_TYPES:
                    stats["skipped resource record"] += 1
                    continue
            elif record.rec_type != "response" or record.http_headers is None:
                stats[f"skipped {record.rec_type} record"] += 1
                continue
            else:
                status = (record.http_headers.get_statuscode() or "").strip()
                if status[:1].isdigit() and not status.startswith("2"):
                    stats["skipped non-2xx response"] += 1
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if ctype.split(";")[0].strip().lower() not in HTML_TYPES:
                    stats["skipped non-HTML response"] += 1
                    continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read(limits.max_decompressed_bytes + 1)
            if len(payload) > limits.max_decompressed_bytes:
                yield ItemError(
                    source_path, locator,
                    f"HTML payload over max_decompressed_bytes={limits.max_decompressed_bytes} (decompressed)",
                )
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:
                yield ItemError(source_path, locator, "truncated WARC record: the file ends before its Content-Length")
                continue
            for item in read_html(payload, source_path, limits, url=url, charset=_charset(ctype), locator=locator):
                if isinstance(item, Article):
                    item.metadata["warc_record_id"] = record.rec_headers.get_header("WARC-Record-ID")
                    item.metadata["crawled"] = record.rec_headers.get_header("WARC-Date")
                    item.metadata["warc_offset"] = offset
                yield item
    except GzipBomb as exc:
        failure = str(exc)
    except (TruncatedGzip, EOFError) as exc:
        failure = f"truncated or corrupt WARC: {exc}"
    except ArchiveLoadFailed as exc:
        failure = "unreadable WARC record: " + " ".join(str(exc).split())
    except Exception as exc:  # warcio raises assorted errors on damaged input; the batch goes on
        failure = f"unreadable WARC record (damaged headers?): {type(exc).__name__}: {exc}"
    else:
        failure = ""
    if failure:
        where = f"after offset {offset}" + (" (decompressed)" if gz else "") if records else ""
        yield ItemError(source_path, where, failure[:300])
    elif records == 0:
        yield ItemError(source_path, "", "WARC holds no records")
