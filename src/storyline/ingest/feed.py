"""RSS and Atom feeds, parsed safely: each entry becomes an Article.

The XML is first parsed by defusedxml with entity declarations and external references
forbidden, so a billion-laughs or external-entity (XXE) feed is refused before feedparser
ever sees it. A bare ``<!DOCTYPE rss ...>`` without an internal subset (old RSS 0.91 feeds)
is harmless and allowed. Malformed but entity-free XML is handed to feedparser's lenient
parser; if that finds no entries the feed is an ``ItemError``.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from storyline.ingest.boilerplate import drop_boilerplate
from storyline.ingest.common import html_to_text, make_article, markup_to_text, normalise_lang, parse_date
from storyline.ingest.encoding import NotText, decode_bytes
from storyline.ingest.limits import ReaderLimits
from storyline.models import Article, ItemError

# v2: HTML escaped twice in a body ("&amp;lt;b&amp;gt;") is read as HTML, not kept as tags;
# boilerplate paragraphs (WordPress's "The post ... appeared first on ...", share lines) are
# dropped (boilerplate.py).
VERSION = "ingest.feed.v2"

_ENTITY_DECL = re.compile(r"<!ENTITY|<!DOCTYPE[^>\[]*\[", re.I)
_FEED_ROOTS = {"rss", "feed", "RDF", "channel"}


class UnsafeXML(ValueError):
    """The XML declares entities or references external resources."""


def check_xml_safe(data: bytes) -> str | None:
    """Parse ``data`` with defusedxml. Returns the root's local name, or None if the XML is
    malformed (but free of entity declarations). Raises ``UnsafeXML`` for DTD entity
    declarations, external references and internal DTD subsets."""
    import defusedxml
    import defusedxml.ElementTree as SafeET

    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden as exc:
        where = f" pointing at {exc.sysid!r}" if getattr(exc, "sysid", None) else ""
        raise UnsafeXML(
            f"XML declares entity {getattr(exc, 'name', '?')!r}{where}; entity declarations are refused "
            "(billion-laughs / external-entity guard)"
        ) from None
    except defusedxml.ExternalReferenceForbidden as exc:
        raise UnsafeXML(f"XML references an external resource {getattr(exc, 'sysid', '') or ''!r}; refused (external-entity guard)") from None
    except defusedxml.DTDForbidden as exc:  # only with forbid_dtd=True, kept for completeness
        raise UnsafeXML(f"feed has a DTD ({exc}); refused") from None
    except SafeET.ParseError:
        # Malformed XML: make sure no entity machinery hides in it before the lenient parser.
        try:
            text = decode_bytes(data).text
        except NotText:
            text = data.decode("latin-1")
        if _ENTITY_DECL.search(text[:1_000_000]):
            raise UnsafeXML("malformed XML with a DTD internal subset or entity declaration; refused") from None
        return None
    except (ValueError, RecursionError) as exc:
        raise UnsafeXML(f"unparseable XML: {type(exc).__name__}") from None
    return root.tag.rsplit("}", 1)[-1] if isinstance(root.tag, str) else None


def _entry_text(entry: Any) -> tuple[str, str]:
    """The richest body an entry offers, as plain text, and where it came from."""
    candidates: list[tuple[str, str]] = []
    for c in entry.get("content") or []:
        if c.get("value"):
            candidates.append((c["value"], "content"))
    if entry.get("summary"):
        candidates.append((entry["summary"], "summary"))
    best, where = "", ""
    for raw, name in candidates:
        txt = html_to_text(raw)
        once = markup_to_text(txt)  # escaped twice: one unescape left tags or entities
        if once != txt:
            txt = html_to_text(once) if "<" in once else once
        txt = drop_boilerplate(txt)[0]
        if len(txt) > len(best):
            best, where = txt, name
    return best, where


def entry_to_article(
    entry: Any, feed_info: Any, source_path: str, locator: str, *, feed_url: str | None, limits: ReaderLimits
) -> Article | ItemError:
    title = html_to_text(entry.get("title") or "").replace("\n", " ").strip()
    text, where = _entry_text(entry)
    if not text:
        if not title:
            return ItemError(source_path, locator, "feed entry has neither title nor text")
        text, where = title, "title"
    published = None
    for key in ("published", "updated", "created"):
        published = parse_date(entry.get(key)) or parse_date(entry.get(f"{key}_parsed"))
        if published is not None:
            break
    metadata: dict[str, Any] = {"reader": VERSION, "text_source": where}
    if published is not None:
        metadata["date_source"] = "feed"
    if entry.get("id"):
        metadata["guid"] = entry["id"]
    tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
    if tags:
        metadata["tags"] = tags
    if feed_url:
        metadata["feed_url"] = feed_url
    lang = None
    for c in entry.get("content") or []:
        lang = lang or normalise_lang(c.get("language"))
    lang = lang or normalise_lang(feed_info.get("language"))
    return make_article(
        text=text,
        source_path=source_path,
        max_text_chars=limits.max_text_chars,
        locator=locator,
        title=title or None,
        published=published,
        lang=lang,
        outlet=html_to_text(feed_info.get("title") or "") or None,
        byline=entry.get("author") or None,
        url=entry.get("link") or None,
        metadata=metadata,
        max_title_chars=limits.max_title_chars,
    )


def read_feed(
    data: bytes, source_path: str, limits: ReaderLimits = ReaderLimits(), *, feed_url: str | None = None
) -> Iterator[Article | ItemError]:
    """Read every entry of an RSS/Atom feed held in ``data``."""
    if not data.strip():
        yield ItemError(source_path, "", "empty file")
        return
    try:
        root = check_xml_safe(data)
    except UnsafeXML as exc:
        yield ItemError(source_path, "", str(exc))
        return
    if root is not None and root not in _FEED_ROOTS:
        yield ItemError(source_path, "", f"XML root <{root}> is not an RSS or Atom feed (expected <rss>, <feed> or <rdf:RDF>)")
        return
    import feedparser

    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=bool(feed_url))
    except Exception as exc:  # feedparser is lenient, but guard the batch anyway
        yield ItemError(source_path, "", f"feed parse failed: {type(exc).__name__}: {exc}"[:300])
        return
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        reason = f"malformed feed: {why}" if root is None and why else "feed has no entries"
        yield ItemError(source_path, "", reason[:300])
        return
    info = parsed.get("feed") or {}
    for i, entry in enumerate(entries[: limits.max_feed_entries]):
        yield entry_to_article(entry, info, source_path, f"entry[{i}]", feed_url=feed_url, limits=limits)
    if len(entries) > limits.max_feed_entries:
        yield ItemError(
            source_path, f"entry[{limits.max_feed_entries}:]",
            f"{len(entries) - limits.max_feed_entries} entries beyond max_feed_entries={limits.max_feed_entries} not read",
        )
