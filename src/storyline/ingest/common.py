"""Helpers every reader shares: dates, titles, text clean-up, HTML fragments, Article building."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata
from typing import Any, Iterable

from storyline.ingest.datewords import parse_written_date
from storyline.models import Article, ItemError, PartialDate, source_key
from storyline.textclean import detokenize, looks_tokenized

# Dates outside this range are typos or sentinel values (0001-01-01, 9999-12-31), not
# publication dates; they are kept in metadata and ``published`` stays unknown.
MIN_YEAR, MAX_YEAR = 1800, 2100
# A title cut from the first sentence must be at least this long, so that "Mr." or
# "1." does not end the title; shorter first sentences take the next sentence end.
MIN_TITLE_CHARS = 25

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»’)]*\s+(?=[\"“«„'‘(\-–—]?[0-9A-ZÀ-ÖØ-ÞĀ-ſА-ЯΑ-Ω])")
_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING_WS = re.compile(r"[ \t\u00a0]+\n")
_INLINE_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
# Lone UTF-16 surrogates: JSON may carry them ("\ud800"), and file names with undecodable
# bytes hold them (os.fsdecode). They cannot be encoded as UTF-8, so hashing or storing
# them fails; they become U+FFFD.
_SURROGATES = re.compile("[\ud800-\udfff]")


def scrub(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings (nested too) replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value)
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(scrub(v) for v in value)
    return value


def _sane(d: PartialDate | None) -> PartialDate | None:
    if d is None or not (MIN_YEAR <= d.value.year <= MAX_YEAR):
        return None
    return d


def parse_date(value: Any) -> PartialDate | None:
    """A publication date from whatever a record holds, keeping the precision it states.

    ``2021``, ``2021-04``, ``2021-04-29`` and ISO timestamps (day); ``20210429``; RFC 2822
    (``Thu, 29 Apr 2021 10:00:00 +0200``, the date as written, not shifted to UTC); Unix
    seconds; ``datetime``/``date`` objects; ``time.struct_time``; dates written with month words in
    several languages, ``25.12.2023`` and unambiguous ``25/12/2023`` (see ``datewords``).
    Anything else is ``None``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return _sane(PartialDate(value.date(), "day"))
    if isinstance(value, dt.date):
        return _sane(PartialDate(value, "day"))
    if isinstance(value, (int, float)):
        # Unix seconds (or milliseconds) between 1970 and 2100.
        v = float(value)
        if v > 1e11:
            v /= 1000.0
        if 0 < v < 4.1e9:
            return _sane(PartialDate(dt.datetime.fromtimestamp(v, dt.timezone.utc).date(), "day"))
        return _sane(PartialDate.parse(str(int(v)))) if 1000 <= v <= 9999 else None
    if hasattr(value, "tm_year"):  # time.struct_time from feedparser
        try:
            return _sane(PartialDate(dt.date(value.tm_year, value.tm_mon, value.tm_mday), "day"))
        except (ValueError, TypeError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()[:100]
    if _ISO.match(s):
        return _sane(PartialDate.parse(s))
    m = _COMPACT.match(s)
    if m:
        return _sane(PartialDate.parse(f"{m.group(1)}-{m.group(2)}-{m.group(3)}"))
    try:
        parsed = email.utils.parsedate_tz(s)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed and parsed[0] and parsed[1] and parsed[2]:
        try:
            return _sane(PartialDate(dt.date(parsed[0], parsed[1], parsed[2]), "day"))
        except ValueError:
            return None
    return _sane(parse_written_date(s))


def clean_text(text: str) -> str:
    """NFC, single spaces inside lines, paragraphs kept (at most one blank line between);
    Penn-Treebank-tokenised text (research corpora) is detokenised so dates, figures and
    quotes read as written ("Mar 20 , 2011" -> "Mar 20, 2011", "-LRB-" -> "(")."""
    text = unicodedata.normalize("NFC", scrub(text)).replace("\r\n", "\n").replace("\r", "\n")
    if looks_tokenized(text):
        text = detokenize(text)
    text = text.replace("\x00", "")
    text = _INLINE_WS.sub(" ", text)
    text = _TRAILING_WS.sub("\n", text)
    text = _BLANKS.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def title_from_text(text: str, max_chars: int = 200) -> str:
    """The first sentence of the first line, cut at a word boundary to ``max_chars``.

    The result is always a prefix of ``text`` so that ``Article.full_text == text``.
    """
    first = text.lstrip().split("\n", 1)[0].strip()
    for m in _SENTENCE_END.finditer(first):
        if m.start() >= MIN_TITLE_CHARS:
            first = first[: m.start()]
            break
    first = first.rstrip()
    if len(first) > max_chars:
        cut = first[:max_chars]
        space = cut.rfind(" ")
        first = cut[:space] if space > max_chars // 2 else cut
        first = first.rstrip(" ,;:-–—")
    return first


# Language names that exports and feeds give instead of a code ("language": "danish", as
# webz.io and newsdata.io write it; "English" in some feeds' <language>): English and native
# names, lower case.
LANGUAGE_NAMES = {
    "english": "en", "danish": "da", "dansk": "da", "german": "de", "deutsch": "de", "spanish": "es",
    "español": "es", "espanol": "es", "castellano": "es", "french": "fr", "français": "fr", "francais": "fr",
    "italian": "it", "italiano": "it", "dutch": "nl", "nederlands": "nl", "swedish": "sv", "svenska": "sv",
    "norwegian": "no", "norsk": "no", "finnish": "fi", "suomi": "fi", "portuguese": "pt", "português": "pt",
    "polish": "pl", "polski": "pl", "russian": "ru", "русский": "ru", "ukrainian": "uk", "українська": "uk",
    "arabic": "ar", "العربية": "ar", "chinese": "zh", "中文": "zh", "简体中文": "zh", "繁體中文": "zh",
    "japanese": "ja", "日本語": "ja", "korean": "ko", "한국어": "ko", "turkish": "tr", "türkçe": "tr",
    "greek": "el", "hebrew": "he", "hindi": "hi", "persian": "fa", "farsi": "fa", "icelandic": "is",
}


def normalise_lang(value: Any) -> str | None:
    """The primary subtag of a declared language (``en-US`` -> ``en``), or None if not a tag;
    a language name (``danish``, ``Deutsch``) is its code."""
    if not isinstance(value, str):
        return None
    v = value.strip()
    if v.lower() in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[v.lower()]
    if not _LANG.match(v):
        return None
    primary = v.replace("_", "-").split("-")[0].lower()
    return None if primary in ("und", "mul", "zxx", "xx") else primary


_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "tr", "table", "section", "article", "header", "footer", "pre", "figure", "figcaption", "dd", "dt",
)


# Markup in a field that should hold plain text (JSON dumps of CMS bodies): a known HTML tag,
# or an HTML entity. "x < 5" or "AT&T" is left alone.
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|u|ul|ol|li|h[1-6]|blockquote|figure|figcaption|img|table|tr|td|th"
    r"|section|article|header|footer|pre|sup|sub|small|iframe|script|style)\b[^<>]{0,2000}?/?>",
    re.IGNORECASE,
)
_HTML_ENTITY = re.compile(r"&(?:amp|quot|apos|lt|gt|nbsp|#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-z]{2,8}acute|[a-z]{2,8}grave);")


def markup_to_text(value: str) -> str:
    """A plain-text field that may carry HTML: tags become paragraphs (as :func:`html_to_text`),
    entities are decoded; text with neither comes back unchanged."""
    if _HTML_TAG.search(value):
        return html_to_text(value)
    if _HTML_ENTITY.search(value):
        import html

        return html.unescape(value)
    return value


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries): block elements become paragraphs."""
    if not fragment or "<" not in fragment and "&" not in fragment:
        return clean_text(fragment or "")
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(re.sub(r"<[^>]*>", " ", fragment))
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = ("\n\n" + el.tail) if el.tail else "\n\n"
        if el.tag == "br":
            el.tail = "\n" + el.tail.lstrip("\n")
    return clean_text(root.text_content())


def text_too_long(text: str, max_chars: int, source_path: str, locator: str = "") -> ItemError | None:
    """An ``ItemError`` when ``text`` cannot clean down to ``max_chars`` characters or fewer,
    decided before cleaning: cleaning copies the text several times (NFC, whitespace passes),
    which for a 50 MB input costs hundreds of MB. Cleaning keeps every character that is not
    whitespace and NFC at most halves a text, so more than twice the limit of such characters
    is over the limit for sure; texts nearer the limit are cleaned and checked afterwards."""
    if len(text) <= 2 * max_chars:
        return None
    solid = len(text) - sum(text.count(c) for c in " \t\n\r\x00\xa0")
    if solid <= 2 * max_chars:
        return None
    return ItemError(source_path, locator,
                     f"article text of {len(text)} characters exceeds max_text_chars={max_chars} (before cleaning)")


def make_article(
    *,
    text: str,
    source_path: str,
    title: str | None = None,
    published: PartialDate | None = None,
    lang: str | None = None,
    outlet: str | None = None,
    byline: str | None = None,
    url: str | None = None,
    metadata: dict[str, Any] | None = None,
    max_title_chars: int = 200,
    max_text_chars: int | None = None,
    locator: str = "",
) -> Article | ItemError:
    """Build an ``Article`` with its content-hash id from cleaned parts, or, with
    ``max_text_chars``, the ``ItemError`` of a text too long to clean (see ``text_too_long``)."""
    if max_text_chars is not None:
        too_long = text_too_long(text, max_text_chars, source_path, locator)
        if too_long is not None:
            return too_long
    text = clean_text(text)
    outlet, byline, url, source_path = scrub(outlet), scrub(byline), scrub(url), scrub(source_path)
    title = clean_text(title).replace("\n", " ") if title else title_from_text(text, max_chars=max_title_chars)
    outlet = _short(outlet)
    byline = _short(byline)
    url = url.strip() if isinstance(url, str) and url.strip() else None
    key = source_key(url, outlet, source_path)
    return Article(
        id=Article.make_id(key, title, text),
        title=title,
        text=text,
        lang=lang or "und",
        published=published,
        outlet=outlet,
        byline=byline,
        url=url,
        source_path=source_path,
        metadata=scrub(dict(metadata or {})),
    )


def _short(value: Any, limit: int = 300) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if v)
    s = " ".join(str(value).split())
    return s[:limit] or None


def first_present(record: dict[str, Any], keys: Iterable[str]) -> tuple[str | None, Any]:
    """The first key of ``keys`` that ``record`` holds with a non-empty value, and that value."""
    for k in keys:
        v = record.get(k)
        if v not in (None, "", [], {}):
            return k, v
    return None, None
