"""HTML news pages: main text and metadata via trafilatura (dates via htmldate inside it).

Title from trafilatura (og:title, h1, <title>); URL from the canonical link or og:url, else
the URL the page was fetched from; outlet from og:site_name; the language from
``<html lang>`` when the page declares one. Used for ``.html`` files, WARC response records
and pages fetched from a URL.
"""
from __future__ import annotations

import logging
import re
from typing import Iterator

from storyline.ingest.common import make_article, normalise_lang, parse_date
from storyline.ingest.encoding import NotText, decode_bytes
from storyline.ingest.limits import ReaderLimits
from storyline.models import Article, ItemError

VERSION = "ingest.html.v1"

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)
_OG = re.compile(r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"']og:(url|site_name)[\"'][^>]*>", re.I)
_CONTENT = re.compile(r"\bcontent\s*=\s*(\"[^\"]*\"|'[^']*')", re.I)
_CANONICAL = re.compile(r"<link\b[^>]*?\brel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.I)
_HREF = re.compile(r"\bhref\s*=\s*(\"[^\"]*\"|'[^']*')", re.I)

# trafilatura logs every page it cannot read at WARNING/ERROR; the reader reports those as
# ItemErrors itself, so its own log lines are quietened to CRITICAL while we call it.
_QUIET = ("trafilatura", "htmldate", "courlan")


def _head_meta(html: str) -> dict[str, str]:
    head = html[:200_000]
    out: dict[str, str] = {}
    for m in _OG.finditer(head):
        c = _CONTENT.search(m.group(0))
        if c and m.group(1).lower() not in out:
            out[m.group(1).lower()] = c.group(1)[1:-1].strip()
    m = _CANONICAL.search(head)
    if m:
        h = _HREF.search(m.group(0))
        if h:
            out["canonical"] = h.group(1)[1:-1].strip()
    m = _HTML_LANG.search(head)
    if m:
        out["lang"] = m.group(1)
    return out


def _absolute(url: str | None) -> str | None:
    return url if url and re.match(r"^https?://", url, re.I) else None


def parse_html(
    html: str, source_path: str, *, url: str | None = None, locator: str = "", limits: ReaderLimits = ReaderLimits()
) -> Article | ItemError:
    """One article from an HTML page (pure: no I/O)."""
    import trafilatura

    saved = [(logging.getLogger(n), logging.getLogger(n).level) for n in _QUIET]
    for lg, _ in saved:
        lg.setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
        if (doc is None or not doc.text) and not re.search(r"<(?:body|html)\b", html[:200_000], re.I):
            # A bare fragment (no <html>/<body>) is not taken as a page by trafilatura.
            doc = trafilatura.bare_extraction(
                f"<html><body>{html}</body></html>", url=url, with_metadata=True, include_comments=False, include_tables=False
            )
    except Exception as exc:  # trafilatura raises assorted lxml/ValueError types on broken pages
        return ItemError(source_path, locator, f"HTML extraction failed: {type(exc).__name__}: {exc}"[:300])
    finally:
        for lg, level in saved:
            lg.setLevel(level)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return ItemError(source_path, locator, "no main text found in the HTML page")
    meta = _head_meta(html)
    page_url = _absolute(meta.get("canonical")) or _absolute(meta.get("url")) or _absolute(getattr(doc, "url", None)) or url
    published = parse_date(getattr(doc, "date", None))
    metadata: dict[str, object] = {"reader": VERSION}
    if published is not None:
        metadata["date_source"] = "htmldate"
    if url and page_url != url:
        metadata["fetched_url"] = url
    for key in ("description", "hostname", "categories", "tags"):
        value = getattr(doc, key, None)
        if value:
            metadata[key] = value
    # trafilatura puts each block on one line; paragraphs get a blank line, as in text files.
    text = re.sub(r"\n+", "\n\n", text.strip())
    return make_article(
        text=text,
        source_path=source_path,
        max_text_chars=limits.max_text_chars,
        locator=locator,
        title=getattr(doc, "title", None) or None,
        published=published,
        lang=normalise_lang(meta.get("lang")),
        outlet=meta.get("site_name") or getattr(doc, "sitename", None) or None,
        byline=getattr(doc, "author", None) or None,
        url=page_url,
        metadata=metadata,
        max_title_chars=limits.max_title_chars,
    )


def read_html(
    data: bytes,
    source_path: str,
    limits: ReaderLimits = ReaderLimits(),
    *,
    url: str | None = None,
    charset: str | None = None,
    locator: str = "",
) -> Iterator[Article | ItemError]:
    """Read one HTML page from ``data`` (``charset``: an HTTP header's, if known)."""
    if not data.strip():
        yield ItemError(source_path, locator, "empty file")
        return
    if len(data) > limits.max_html_bytes:
        yield ItemError(source_path, locator, f"HTML page of {len(data)} bytes exceeds max_html_bytes={limits.max_html_bytes}")
        return
    try:
        decoded = decode_bytes(data, declared=charset)
    except NotText as exc:
        yield ItemError(source_path, locator, str(exc))
        return
    yield parse_html(decoded.text, source_path, url=url, locator=locator, limits=limits)
