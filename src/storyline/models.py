"""Shared vocabulary of Storyline: small frozen dataclasses passed between stages.

Every stage takes and returns these; the store persists them; the export renders them
through ``as_dict``. Field names here are the field names of the JSON export, so they
are stable: add fields, never rename them.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["year", "month", "day"]
PRECISIONS: tuple[str, ...] = ("year", "month", "day")

_WS = re.compile(r"\s+")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to a given precision (2021, 2021-04 or 2021-04-29).

    ``value`` is the first day of the period (2021-04 -> 2021-04-01) so that partial
    dates sort sensibly; ``iso()`` prints only as many parts as are known.
    """

    value: dt.date
    precision: str = "day"

    def iso(self) -> str:
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()

    def end(self) -> dt.date:
        """Last day of the period."""
        if self.precision == "year":
            return dt.date(self.value.year, 12, 31)
        if self.precision == "month":
            if self.value.month == 12:
                return dt.date(self.value.year, 12, 31)
            return dt.date(self.value.year, self.value.month + 1, 1) - dt.timedelta(days=1)
        return self.value

    @classmethod
    def parse(cls, text: str | None) -> "PartialDate | None":
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a longer ISO timestamp keeps day precision)."""
        if not text:
            return None
        m = re.match(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(text))
        if not m:
            return None
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            if d:
                return cls(dt.date(int(y), int(mo), int(d)), "day")
            if mo:
                return cls(dt.date(int(y), int(mo), 1), "month")
            return cls(dt.date(int(y), 1, 1), "year")
        except ValueError:
            return None


def normalise_text(text: str) -> str:
    """Unicode NFC and collapsed whitespace: the form that content hashes are taken over."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(*parts: str, length: int = 16) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(normalise_text(p or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    """One dated news article, whatever file it came from."""

    id: str
    title: str
    text: str
    lang: str = "und"
    lang_confidence: float = 0.0
    published: PartialDate | None = None
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    source_path: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @staticmethod
    def make_id(source: str, title: str, text: str) -> str:
        """Content-hash id: the same record from the same source always gets the same id."""
        return content_hash(source or "", title or "", text or "")

    @property
    def source_key(self) -> str:
        return source_key(self.url, self.outlet, self.source_path)

    def with_(self, **changes: Any) -> "Article":
        return dataclasses.replace(self, **changes)

    @property
    def full_text(self) -> str:
        """Title and text as one string: all extraction offsets index into this."""
        if not self.title or self.text.startswith(self.title):
            return self.text
        return f"{self.title}\n\n{self.text}"

    @property
    def display_title(self) -> str:
        """The headline to show people (``textclean.display_title``): no wire markup or furniture."""
        from .textclean import display_title

        return display_title(self.title, self.text)

    def lead(self, words: int = 60) -> str:
        """Title plus the first ``words`` words of the text: what the embedder sees."""
        body = " ".join(self.text.split()[:words])
        if self.title and not self.text.startswith(self.title[:40]):
            return f"{self.title}. {body}"
        return body

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "display_title": self.display_title,
            "lang": self.lang,
            "lang_confidence": round(self.lang_confidence, 4),
            "published": self.published.iso() if self.published else None,
            "date_precision": self.published.precision if self.published else None,
            "outlet": self.outlet,
            "byline": self.byline,
            "url": self.url,
            "source_path": self.source_path,
            "record_id": self.record_id,
            "metadata": self.metadata,
        }

    @property
    def record_id(self) -> str | None:
        """The input's own id for this item (a JSON record's "id", a feed entry's guid, a WARC
        record id): what joins our article back to the user's data."""
        for key in RECORD_ID_KEYS:
            value = self.metadata.get(key)
            if value is not None and value != "":
                return str(value)
        return None


# Metadata keys that hold the input's own id, first found wins ("record_id" is a JSON record's "id")
RECORD_ID_KEYS = ("record_id", "doc_id", "docid", "article_id", "uuid", "_id", "guid", "warc_record_id")


def source_key(url: str | None, outlet: str | None, source_path: str | None) -> str:
    """What "the same source" means for ids: the URL, else the outlet, else the file name."""
    if url:
        return url
    if outlet:
        return "outlet:" + outlet.strip().lower()
    if source_path:
        return "file:" + source_path.replace("\\", "/").rsplit("/", 1)[-1]
    return ""


@dataclass(frozen=True)
class ItemError:
    """A bad input item: reported, stored, and skipped; never fatal to a batch."""

    source_path: str
    locator: str  # record number, line, feed entry or WARC offset ("" for a whole file)
    reason: str
    stage: str = "read"

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# --- extractions (issue 4) -------------------------------------------------------------
# Every extracted item keeps its article id, character offsets into ``Article.full_text``
# and the sentence it came from.


@dataclass(frozen=True)
class Span:
    article_id: str
    start: int
    end: int
    text: str
    sentence: str


@dataclass(frozen=True)
class EntityMention:
    article_id: str
    text: str
    label: str  # PER, ORG, LOC, MISC
    start: int
    end: int
    sentence: str
    canonical: str = ""
    confidence: float = 1.0
    method: str = ""  # e.g. "spacy.da_uner.v2", "gazetteer.v1", "caps.v2"

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Figure:
    article_id: str
    text: str  # the number as written, with its qualifier ("omkring 2500")
    value: float
    start: int
    end: int
    sentence: str
    what: str = ""  # what it counts ("amerikanske soldater", "soldiers")
    qualifier: str = "exact"  # exact, about, less_than, more_than, at_least, at_most, range
    value_max: float | None = None  # upper bound for ranges ("flere hundrede" = 200..999)
    subject: str = ""  # whose/where ("USA", "Germany")
    unit: str = ""  # %, kr, $, km ...

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class DateMention:
    article_id: str
    text: str
    value: str  # ISO with only the known parts: 2021, 2021-08, 2021-08-31
    precision: str  # year, month, day
    kind: str  # deadline, event, reference
    start: int
    end: int
    sentence: str
    cue: str = ""  # the cue phrase that decided the kind ("senest", "by")
    relative: bool = False  # resolved against the article date

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Quote:
    article_id: str
    text: str
    speaker: str
    start: int
    end: int
    sentence: str
    kind: str = "direct"  # direct, reported
    relays: tuple[str, ...] = ()  # outlets that relayed it, nearest first: ("CNN",), ("NTB",)

    def as_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["relays"] = list(self.relays)
        return d


@dataclass(frozen=True)
class Extraction:
    """All that the extract stage found in one article."""

    article_id: str
    entities: tuple[EntityMention, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    version: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "entities": [e.as_dict() for e in self.entities],
            "figures": [f.as_dict() for f in self.figures],
            "dates": [d.as_dict() for d in self.dates],
            "quotes": [q.as_dict() for q in self.quotes],
            "version": self.version,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Extraction":
        return cls(
            article_id=d["article_id"],
            entities=tuple(EntityMention(**e) for e in d.get("entities", [])),
            figures=tuple(Figure(**f) for f in d.get("figures", [])),
            dates=tuple(DateMention(**x) for x in d.get("dates", [])),
            quotes=tuple(Quote(**{**q, "relays": tuple(q.get("relays", ()))}) for q in d.get("quotes", [])),
            version=d.get("version", ""),
        )


# --- clustering (issue 3) --------------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    """Where the clusterer put one article."""

    article_id: str
    event_id: str
    story_id: str
    new_event: bool
    new_story: bool
    score: float = 0.0
    version: str = ""
