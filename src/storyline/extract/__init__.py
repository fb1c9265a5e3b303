"""The extract stage: entities, figures, dates & deadlines and quotes of one article.

``extract(article) -> Extraction`` runs the four extractors over ``article.full_text``
(all offsets index into it); ``extract_batch(articles)`` does the same for many articles
and lets the entity extractor batch its model calls. Entities come from
``extract.entities`` when that module is installed; without it the stage still returns
figures, dates and quotes.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from ..models import Article, Extraction
from ..textclean import furniture_spans
from . import dates, figures, quotes
from .dates import extract_dates, find_timexes
from .figures import extract_figures
from .quotes import extract_quotes
from .gazetteer import spacy_stop_words
from .lang import base_code, get_lang
from .sentences import split_sentences

try:  # written separately; the stage works without it
    from .entities import _used_lowercase, extract_entities, extract_entities_batch
except ImportError:  # pragma: no cover - depends on what is installed
    extract_entities = None
    extract_entities_batch = None

    def _used_lowercase(word: str, text: str) -> bool:
        return False

VERSION = "extract.v4"  # v4: a surname is not extended to a "full name" whose first word is a stop word of
# the article's language or a verb form whose stem the article writes in lower case ("Targeting Assad"); v3: a speaker cut short at a lower-case word is the organisation the entity
# extractor found there ("Selon le Conseil national syrien": Conseil -> Conseil national syrien), and a
# speaker named by surname alone is the article's one person of that surname ("Brown" -> Nathan Brown); v2:
# nothing from page furniture, code or site notices
# The extractors read at most this many characters of an article's full text (a prefix, so
# every offset still indexes into ``Article.full_text``). News articles run to ~60,000
# characters at most (a 10,000-word long read); the rule-based extractors take ~10 us per
# character, and spaCy refuses texts over 1,000,000 characters outright, so an unbounded
# text would stall or fail the whole batch.
MAX_EXTRACT_CHARS = 200_000

__all__ = [
    "VERSION", "extract", "extract_batch", "extract_dates", "extract_figures", "extract_quotes",
    "find_timexes", "split_sentences",
]


def _version() -> str:
    parts = [VERSION, figures.VERSION, dates.VERSION, quotes.VERSION]
    if extract_entities is not None:
        from . import entities

        parts.append(getattr(entities, "VERSION", "entities"))
    return "+".join(parts)


def bounded(article: Article, limit: int = MAX_EXTRACT_CHARS) -> Article:
    """``article`` itself, or, when its full text is longer than ``limit``, an article whose
    full text is the first ``limit`` characters of it (same id, language and date)."""
    full = article.full_text
    if len(full) <= limit:
        return article
    return article.with_(title="", text=full[:limit])


def _assemble(article: Article, entities) -> Extraction:
    """The four extractors' output, without what they found in page furniture, code or site
    notices (``textclean.furniture_spans``): "C.F. e P.IVA 10460121006" is no figure."""
    junk = furniture_spans(article.full_text)
    starts = [a for a, _ in junk]

    def keep(item) -> bool:
        i = bisect_right(starts, item.start) - 1
        return i < 0 or item.start >= junk[i][1]

    return Extraction(
        article_id=article.id,
        entities=tuple(e for e in entities if keep(e)),
        figures=tuple(f for f in extract_figures(article) if keep(f)),
        dates=tuple(d for d in extract_dates(article) if keep(d)),
        quotes=tuple(_whole_speaker(q, entities, article.full_text, article.lang) for q in extract_quotes(article)
                     if keep(q)),
        version=_version(),
    )


def _whole_speaker(q, entities, text: str = "", lang: str | None = None):
    """The quote, with a one-word speaker that an organisation's name begins ("Conseil", "Ministero")
    replaced by that name as the entity extractor found it in the quote's sentence (the quote
    patterns stop at the first lower-case word of "Conseil national syrien"), or a surname by the
    article's one full name that ends in it."""
    if not q.speaker or not q.speaker[:1].isupper() or " " in q.speaker.strip():
        return q
    for e in entities:
        if (e.label in ("ORG", "MISC") and e.sentence == q.sentence and len(e.text) > len(q.speaker)
                and e.text.startswith(q.speaker + " ")):
            return replace(q, speaker=e.text)
    # a surname alone ("Brown said") is the one person of the article whose full name ends in it
    # (whose first word is no ordinary word: "Targeting Assad" is a headline)
    full = {e.text for e in entities if e.label == "PER" and e.text.endswith(" " + q.speaker)
            and e.text[:1].isupper() and not _ordinary_word(e.text.split()[0], text, lang)}
    return replace(q, speaker=full.pop()) if len(full) == 1 else q


def _ordinary_word(word: str, text: str, lang: str | None) -> bool:
    """Whether a capitalised ``word`` is an ordinary word rather than a name's: the article writes it in
    lower case, it is a stop word of the article's language ("Very"), or it is a verb form (the
    language's VERB_FORM_SUFFIXES) whose stem the article writes in lower case ("Targeting" beside
    "target", "targets"). A stem of fewer than MIN_VERB_STEM letters is never looked up ("Ming")."""
    if _used_lowercase(word, text):
        return True
    low = word.lower().rstrip(".")
    if low in spacy_stop_words(base_code(lang)):
        return True
    for suffix in get_lang(lang).VERB_FORM_SUFFIXES:
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) >= MIN_VERB_STEM and any(
                _used_lowercase(form.capitalize(), text) for form in (stem, stem + "e", stem + "s", stem + "es")):
            return True
    return False


# A verb form's stem has at least this many letters: "Irving", "Channing" leave "irv", "chann" (no words),
# while shorter stems are often words of their own ("Ming" -> "m", "King" -> "k")
MIN_VERB_STEM = 4


def extract(article: Article) -> Extraction:
    """Everything the extract stage finds in one article."""
    article = bounded(article)
    ents = extract_entities(article) if extract_entities is not None else ()
    return _assemble(article, ents)


def extract_batch(articles: Iterable[Article]) -> list[Extraction]:
    """``extract`` over many articles; entity extraction is batched when available."""
    articles = [bounded(a) for a in articles]
    if extract_entities_batch is not None:
        ents = extract_entities_batch(articles)
    elif extract_entities is not None:
        ents = [extract_entities(a) for a in articles]
    else:
        ents = [()] * len(articles)
    return [_assemble(a, e) for a, e in zip(articles, ents)]
