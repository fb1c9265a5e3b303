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

from storyline.ingest.boilerplate import drop_boilerplate
from storyline.ingest.common import make_article, normalise_lang, parse_date
from storyline.ingest.datewords import byline_date, is_update_line, parse_written_date
from storyline.ingest.encoding import NotText, decode_bytes
from storyline.ingest.limits import ReaderLimits
from storyline.models import Article, ItemError, PartialDate

# v2: the date comes from page metadata (htmldate without its free-text search), else from a
# byline line ("Publié le 7 mars 2024", "Опубликовано: 14 мая 2023", the line under the
# headline), else from htmldate's free-text search only when that found a real day or month:
# its year-only guesses (a "© 2024" footer, any year in the text) came back as day-precise
# January 1sts and are now left unknown (kept as metadata["date_guess"]).
# v3: whole short paragraphs of page furniture that markup did not mark (share lines, paywall
# and subscription notices, "Lesen Sie auch:", editor credits) are dropped (boilerplate.py).
VERSION = "ingest.html.v3"

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


# Lines under the headline searched for a byline date without a cue word ("Af Mette
# Sørensen, 14. marts 2023"); further down a dated line is as likely a teaser or a quote.
LINES_AFTER_HEADLINE = 3
# Visible lines searched for a cued byline date ("Published ..."), from the top of the page.
MAX_BYLINE_LINES = 400
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "section", "article",
           "time", "span", "td", "tr", "figcaption", "blockquote", "aside", "nav", "main", "address")
_COPYRIGHT = r"(?:©|&copy;|&#169;|\(c\)|copyright)\s*(?:[0-9]{{4}}\s*[-–]\s*)?{year}"


def visible_lines(html: str) -> list[str]:
    """The page's visible text, one stripped line per block element (scripts and styles dropped)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html[:2_000_000])
    except (etree.ParserError, ValueError):
        return []
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.text and el.tag != "br":
            el.text = "\n" + el.text
    text = root.text_content()
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [line for line in lines if line][:MAX_BYLINE_LINES]


def page_date(lines: list[str], title: str | None) -> PartialDate | None:
    """A byline date: a cued line anywhere near the top, or a short dated line under the headline."""
    found = byline_date(lines)
    if found is not None:
        return found
    if title:
        key = " ".join(title.split())
        for i, line in enumerate(lines):
            if line == key:
                for after in lines[i + 1: i + 1 + LINES_AFTER_HEADLINE]:
                    if len(after) > 160 or is_update_line(after):
                        continue
                    d = parse_written_date(after)
                    if d is not None and d.precision == "day":
                        return d
                break
    return None


def _guessed_date(html: str, url: str | None) -> tuple[PartialDate | None, str | None]:
    """htmldate's free-text search, trusted only where it found a day or a month: its last
    resorts (a copyright year, any year in the text) come back as January 1st."""
    from htmldate import find_date

    try:
        raw = find_date(html, url=url, extensive_search=True, original_date=True,
                        max_date=_today(), outputformat="%Y-%m-%d")
    except Exception:  # htmldate on a broken page: no date, not a failed article
        return None, None
    d = parse_date(raw)
    if d is None:
        return None, None
    if d.value.month == 1 and d.value.day == 1:
        return None, raw
    if d.value.day == 1:
        return PartialDate(d.value, "month"), raw
    return d, raw


def _today() -> str:
    import datetime as dt

    return dt.date.today().isoformat()


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
        # Page metadata only (meta tags, JSON-LD, <time>, the URL): see _guessed_date.
        dates = {"original_date": True, "extensive_search": False, "max_date": _today()}
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=dates,
        )
        if (doc is None or not doc.text) and not re.search(r"<(?:body|html)\b", html[:200_000], re.I):
            # A bare fragment (no <html>/<body>) is not taken as a page by trafilatura.
            html = f"<html><body>{html}</body></html>"
            doc = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                date_extraction_params=dates,
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
    title = getattr(doc, "title", None) or None
    published = parse_date(getattr(doc, "date", None))
    metadata: dict[str, object] = {"reader": VERSION}
    if published is not None:
        metadata["date_source"] = "htmldate"
    else:
        published = page_date(visible_lines(html), title)
        if published is not None:
            metadata["date_source"] = "byline"
        else:
            published, raw = _guessed_date(html, page_url)
            if published is not None:
                metadata["date_source"] = "htmldate-text"
            elif raw:
                metadata["date_guess"] = raw
    if url and page_url != url:
        metadata["fetched_url"] = url
    for key in ("description", "hostname", "categories", "tags"):
        value = getattr(doc, key, None)
        if value:
            metadata[key] = value
    # trafilatura puts each block on one line; paragraphs get a blank line, as in text files.
    text = re.sub(r"\n+", "\n\n", text.strip())
    text, dropped = drop_boilerplate(text)
    if dropped:
        metadata["boilerplate_dropped"] = dropped
    return make_article(
        text=text,
        source_path=source_path,
        max_text_chars=limits.max_text_chars,
        locator=locator,
        title=title,
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
