"""Plain-text articles with an optional leading date line (the seeds' form).

    ␠date 2021-04 Havnearbejderne i Korsvig har nedlagt arbejdet ...

The date token may share its line with the text. ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``
keep year/month/day precision. With no date line the date is unknown, unless a folder in the
path is a date (``.../2010-01-21/1538.htm.txt``, the T17 and Crisis layouts), which is then
used and noted as ``metadata["date_source"] = "path"``. A trailing agency line such as
``/ritzau/`` becomes the byline and is dropped from the text.
"""
from __future__ import annotations

import re
from typing import Iterator

from storyline.ingest.common import make_article, parse_date
from storyline.ingest.encoding import NotText, decode_bytes
from storyline.ingest.limits import ReaderLimits
from storyline.models import Article, ItemError, PartialDate

VERSION = "ingest.text.v1"

# The keyword is lower case as in the seeds (" date 2021-04 ..."), or any case with a colon
# ("Date: 2021-04-29"), so that an article opening "Date 1999 palms ..." keeps its first words.
_KEYWORDS = "date|dato|datum|published|pubdate"
_DATE_LINE = re.compile(
    rf"^[ \t\ufeff]*(?:(?:{_KEYWORDS})[ \t]*[:=]?|(?i:{_KEYWORDS})[ \t]*[:=])[ \t]*"
    r"(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?![\d-])[ \t]*",
)
_AGENCY_LINE = re.compile(r"\n\s*/\s*([A-Za-zÀ-ÿ][\w .&'-]{0,40}?)\s*/\s*$")
_PATH_DATE = re.compile(r"(?:^|[\\/])(\d{4}-\d{2}-\d{2})(?=[\\/])")


def date_from_path(path: str) -> PartialDate | None:
    """A ``YYYY-MM-DD`` folder in the path (the innermost one wins)."""
    found = _PATH_DATE.findall(path or "")
    return parse_date(found[-1]) if found else None


def parse_text(raw: str, source_path: str, limits: ReaderLimits = ReaderLimits()) -> Article | ItemError:
    """One article from decoded text (pure: no I/O)."""
    body = raw.lstrip("\ufeff")
    metadata: dict[str, object] = {"reader": VERSION}
    published = None
    m = _DATE_LINE.match(body)
    if m:
        token = m.group(1)
        published = parse_date(token)
        metadata["date_source"] = "header"
        if published is None:
            metadata["date_raw"] = token
            metadata["date_error"] = f"invalid date {token!r} in date line"
        body = body[m.end():]
    else:
        published = date_from_path(source_path)
        if published is not None:
            metadata["date_source"] = "path"
    agency = _AGENCY_LINE.search(body)
    byline = None
    if agency:
        byline = agency.group(1).strip()
        metadata["outlet_hint"] = byline
        body = body[: agency.start()]
    if not body.strip():
        return ItemError(source_path, "", "no article text" + (" after the date line" if m else ""))
    return make_article(
        text=body,
        source_path=source_path,
        max_text_chars=limits.max_text_chars,
        published=published,
        byline=byline,
        metadata=metadata,
        max_title_chars=limits.max_title_chars,
    )


def read_text(data: bytes, source_path: str, limits: ReaderLimits = ReaderLimits()) -> Iterator[Article | ItemError]:
    """Read one plain-text article from ``data``."""
    if not data.strip():
        yield ItemError(source_path, "", "empty file")
        return
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        yield ItemError(source_path, "", str(exc))
        return
    item = parse_text(decoded.text, source_path, limits)
    if isinstance(item, Article) and decoded.encoding != "utf-8":
        item.metadata["encoding"] = decoded.encoding
    yield item
