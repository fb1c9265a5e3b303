"""JSON and JSON Lines records: one object, a list, ``{"articles": [...]}``, or one per line.

Known fields: ``text`` (required; ``body``/``content`` accepted), ``title``/``headline``,
``date``/``published`` (and ``time``, ``pubDate``, ``datePublished``), ``url``/``link``,
``lang``/``language``, ``source``/``outlet`` (the outlet), ``byline``/``author``. Every other
field is kept in ``metadata``. HTML in the text or title (a CMS body) is read as HTML; an article
object nested in the record (``{"article": {"body": ...}}``) is read with the outer fields filling
what it lacks. A record without text, a malformed line, an over-long line
or an over-deep record is an ``ItemError`` for that record; reading goes on.
"""
from __future__ import annotations

import io
import json
import re
from typing import Any, BinaryIO, Iterator

from storyline.ingest.common import first_present, make_article, markup_to_text, normalise_lang, parse_date
from storyline.ingest.encoding import NotText, bom_encoding, decode_bytes
from storyline.ingest.limits import ReaderLimits
from storyline.models import Article, ItemError

# v2: HTML in text/title fields read as HTML; a nested article object is unwrapped.
# v3: the field names of common news APIs and crawlers (publishedAt, pub_date, web_url,
# creator, source_domain, headline {"main"}), language names ("danish"), dates written in
# words ("9. februar 2024"); a record with only a summary (description, abstract,
# lead_paragraph) is read from it (metadata text_source); NewsAPI's "[+1830 chars]" cut
# marker is dropped (metadata truncated).
VERSION = "ingest.json.v3"

TEXT_KEYS = ("text", "body", "content", "article", "maintext", "articleBody", "full_text")
# Read only when no TEXT_KEYS field has text: a summary is less than the article, but more
# than nothing (the feed reader reads an item's summary the same way).
SUMMARY_KEYS = ("description", "summary", "abstract", "lead_paragraph", "snippet", "excerpt")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("published", "date", "pubDate", "datePublished", "published_at", "time", "timestamp", "date_publish",
             "publishedAt", "pub_date", "publish_date", "published_date", "date_published", "publication_date")
URL_KEYS = ("url", "link", "canonical_url", "web_url", "permalink")
LANG_KEYS = ("lang", "language")
# The outlet's name first; a bare domain only when no name is given.
OUTLET_KEYS = ("source", "outlet", "site_name", "publisher", "source_name", "source_domain", "domain", "site")
BYLINE_KEYS = ("byline", "author", "authors", "creator")
# NewsAPI cuts "content" to about 200 characters and appends how much is missing.
_CUT_MARKER = re.compile(r"\s*…?\s*\[\+\d+ chars\]\s*$")
# kept in metadata as "record_id" (our id is the content hash); other id fields ("doc_id", "uuid" ...)
# stay as given and models.RECORD_ID_KEYS reads them
ID_KEYS = ("id",)
CONTAINER_KEYS = ("articles", "items", "data", "records", "documents")


def json_depth(value: Any) -> int:
    """Nesting depth of a parsed JSON value (scalars 0, ``[]`` 1), without recursion."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            d += 1
            stack.extend((x, d) for x in v.values())
        elif isinstance(v, list):
            d += 1
            stack.extend((x, d) for x in v)
        deepest = max(deepest, d)
    return deepest


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return "\n\n".join(value)  # paragraphs given as a list
    return None


def _title(value: Any) -> str | None:
    if isinstance(value, dict):  # {"headline": {"main": ..., "kicker": ...}} (NYT archive)
        value = value.get("main") or value.get("text") or value.get("name")
    return value if isinstance(value, str) else None


def _outlet(value: Any) -> str | None:
    if isinstance(value, dict):  # {"source": {"name": "Reuters", ...}}
        value = value.get("name") or value.get("title")
    return value if isinstance(value, str) else None


def _byline(value: Any) -> str | None:
    if isinstance(value, list):
        names = [(_outlet(v) if isinstance(v, dict) else v) for v in value]
        return ", ".join(n for n in names if isinstance(n, str) and n.strip()) or None
    return _outlet(value)


def _unwrap(record: dict) -> dict:
    """``{"title": ..., "article": {"body": ..., "date": ...}}``: the article's own fields, with the
    outer ones filling what it lacks. A record with text at the top is returned as it is."""
    if isinstance(_as_text(first_present(record, TEXT_KEYS)[1]), str):
        return record
    for key in TEXT_KEYS + ("document", "item", "story"):
        inner = record.get(key)
        if isinstance(inner, dict) and _as_text(first_present(inner, TEXT_KEYS)[1]):
            outer = {k: v for k, v in record.items() if k != key}
            return {**outer, **inner}
    return record


def record_to_article(
    record: Any, source_path: str, locator: str, limits: ReaderLimits = ReaderLimits()
) -> Article | ItemError:
    """One parsed JSON value to an Article, or an ItemError saying what is wrong with it."""
    if not isinstance(record, dict):
        return ItemError(source_path, locator, f"record is a JSON {type(record).__name__}, expected an object")
    depth = json_depth(record)
    if depth > limits.max_json_depth:
        return ItemError(source_path, locator, f"record nests {depth} levels, more than max_json_depth={limits.max_json_depth}")
    record = _unwrap(record)
    used: set[str] = set()

    def take(keys: tuple[str, ...]) -> Any:
        k, v = first_present(record, keys)
        if k is not None:
            used.add(k)
        return v

    text = _as_text(take(TEXT_KEYS))
    text_source = None
    if not text or not text.strip():
        key, summary = first_present(record, SUMMARY_KEYS)
        text = _as_text(summary)
        if text and text.strip():
            used.add(key)
            text_source = key
    if not text or not text.strip():
        return ItemError(source_path, locator, "record has no text (expected a non-empty string field 'text')")
    cut = _CUT_MARKER.search(text)
    if cut:
        text = text[: cut.start()]
    plain = markup_to_text(text)
    if plain != text:
        text = plain
        if not text.strip():
            return ItemError(source_path, locator, "record's text is HTML markup with no readable text")
    title = _title(take(TITLE_KEYS))
    if isinstance(title, str):
        title = markup_to_text(title).replace("\n", " ").strip()
    raw_date = take(DATE_KEYS)
    url = take(URL_KEYS)
    lang = normalise_lang(take(LANG_KEYS))
    outlet = _outlet(take(OUTLET_KEYS))
    byline = _byline(take(BYLINE_KEYS))
    metadata: dict[str, Any] = {k: v for k, v in record.items() if k not in used}
    for key in ID_KEYS:
        if key in metadata:
            metadata["record_id"] = metadata.pop(key)
    metadata["reader"] = VERSION
    if text_source:
        metadata["text_source"] = text_source
    if cut:
        metadata["truncated"] = True
    published = parse_date(raw_date)
    if raw_date is not None:
        metadata["date_source"] = "field"
        if published is None:
            metadata["date_raw"] = raw_date if isinstance(raw_date, (str, int, float)) else str(raw_date)[:100]
    return make_article(
        text=text,
        source_path=source_path,
        max_text_chars=limits.max_text_chars,
        locator=locator,
        title=title if isinstance(title, str) and title.strip() else None,
        published=published,
        lang=lang,
        outlet=outlet,
        byline=byline,
        url=url if isinstance(url, str) else None,
        metadata=metadata,
        max_title_chars=limits.max_title_chars,
    )


def _records(value: Any) -> tuple[list[Any], str]:
    """The records a JSON document holds, and how locators are named."""
    if isinstance(value, list):
        return value, "record"
    if isinstance(value, dict):
        for k in CONTAINER_KEYS:
            if isinstance(value.get(k), list) and not any(key in value for key in TEXT_KEYS):
                return value[k], f"{k}"
        return [value], "record"
    return [value], "record"


def read_json(data: bytes, source_path: str, limits: ReaderLimits = ReaderLimits()) -> Iterator[Article | ItemError]:
    """Read a JSON document; falls back to JSON Lines when it holds one value per line."""
    if not data.strip():
        yield ItemError(source_path, "", "empty file")
        return
    try:
        text = decode_bytes(data).text
    except NotText as exc:
        yield ItemError(source_path, "", str(exc))
        return
    try:
        value = json.loads(text)
    except RecursionError:
        yield ItemError(source_path, "", f"JSON nests deeper than the parser allows (max_json_depth={limits.max_json_depth})")
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from read_jsonl(io.BytesIO(text.encode("utf-8")), source_path, limits)
            return
        yield ItemError(source_path, "", f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    records, name = _records(value)
    if not records:
        yield ItemError(source_path, "", "JSON holds no records")
        return
    single = len(records) == 1 and not isinstance(value, list) and name == "record"
    for i, rec in enumerate(records, 1):
        locator = "" if single else f"{name}[{i - 1}]"
        if json_depth(rec) <= limits.max_json_depth:
            size = len(json.dumps(rec, ensure_ascii=False).encode("utf-8"))
            if size > limits.max_record_bytes:
                yield ItemError(source_path, locator, f"record of {size} bytes exceeds max_record_bytes={limits.max_record_bytes}")
                continue
        yield record_to_article(rec, source_path, locator, limits)


def _read_line(stream: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """One line of at most ``limit`` bytes; (b"", False) at EOF; (prefix, True) if longer."""
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
        return line, False
    # Too long: consume the rest of the line in bounded chunks.
    while True:
        chunk = stream.readline(1024 * 1024)
        if not chunk or chunk.endswith(b"\n"):
            return line[:64], True


def read_jsonl(stream: BinaryIO | bytes, source_path: str, limits: ReaderLimits = ReaderLimits()) -> Iterator[Article | ItemError]:
    """Read JSON Lines from a binary stream, one record per line, in bounded memory."""
    if isinstance(stream, (bytes, bytearray)):
        stream = io.BytesIO(stream)
    n_items = 0
    lineno = 0
    while True:
        line, too_long = _read_line(stream, limits.max_record_bytes)
        if not line and not too_long:
            break
        lineno += 1
        if lineno == 1:
            bom = bom_encoding(line)
            if bom and bom[0] != "utf-8":
                # UTF-16/32 JSON Lines (rare): decode the whole file (bounded upstream by
                # max_file_bytes) and go on over its UTF-8 form.
                rest = stream.read(limits.max_file_bytes + 1)
                text = (line + rest).decode(bom[0], errors="replace").lstrip("\ufeff")
                stream, lineno = io.BytesIO(text.encode("utf-8")), 0
                continue
            if bom:
                line = line[bom[1]:]
        locator = f"line {lineno}"
        if too_long:
            n_items += 1
            yield ItemError(source_path, locator, f"line longer than max_record_bytes={limits.max_record_bytes}")
            continue
        if not line.strip():
            continue
        n_items += 1
        try:
            s = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                s = decode_bytes(line).text
            except NotText as exc:
                yield ItemError(source_path, locator, str(exc))
                continue
        try:
            value = json.loads(s)
        except RecursionError:
            yield ItemError(source_path, locator, f"record nests deeper than the parser allows (max_json_depth={limits.max_json_depth})")
            continue
        except json.JSONDecodeError as exc:
            yield ItemError(source_path, locator, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        yield record_to_article(value, source_path, locator, limits)
    if n_items == 0:
        yield ItemError(source_path, "", "empty file")
