"""Language identification (lingua, all 75 languages) with an honest ``und``.

``lang.lingua.v2``: every text goes to lingua's low-accuracy (trigram) mode, which is fast and
reliable on paragraph-length text. A text shorter than ``LONG_TEXT_CHARS`` must clear a higher
bar (``SHORT_MIN_CONFIDENCE``); one that does not, but whose best guess belongs to a family of
close languages (``CLOSE_FAMILIES``: Danish/Norwegian/Swedish ...), is scored again by the
high-accuracy models of that family alone. A text that is too short, or whose best language
is not clearly ahead, or that mixes languages in comparable amounts, gets ``und`` rather than
a confident wrong answer.

v1 sent short texts to lingua's high-accuracy mode instead: loading it cost ~10 s and ~840 MB
the first time any short text without a declared language arrived (most of an ingest's peak
memory). On 1,469 short texts (Tatoeba Danish/English sentences, Crisis es/fr/it openings):
v1 (high accuracy, bar 0.5) right 73.0 %, wrong 0.3 %; trigram models alone at 0.95 right
78.8 %, wrong 0.6 %; v2 (that, plus the close-family rescoring) right 83.7 %, wrong 0.5 %
(Danish alone: 78.7 % / 0.6 %).
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Sequence

VERSION = "lang.lingua.v2"
# paragraph-length texts: trigram statistics are enough (measured on our demo corpus: all
# 5 languages right with confidence 1.0 on every article of >= 200 characters)
LONG_TEXT_CHARS = 200
# the bar a shorter text must clear (see the module docstring for the measurement)
SHORT_MIN_CONFIDENCE = 0.95
# languages close enough to share most trigrams (lingua names): a short text whose trigram winner
# is one of them but stays under the bar is scored again by the high-accuracy models of its
# family only (a few languages' models, not all 75), when the family together clears the bar.
# Danish Tatoeba sentences: right 59 % -> 79 %, wrong 0.6 %; ~1 s and ~130 MB to load the
# Scandinavian models, once.
CLOSE_FAMILIES = (
    ("DANISH", "BOKMAL", "NYNORSK", "SWEDISH"),
    ("SPANISH", "PORTUGUESE", "CATALAN"),
    ("CROATIAN", "SERBIAN", "BOSNIAN"),
    ("CZECH", "SLOVAK"),
    ("INDONESIAN", "MALAY"),
    ("DUTCH", "AFRIKAANS"),
)
# lingua sees at most this much text: more costs time and adds nothing to the decision
SAMPLE_CHARS = 1500
# share of the text that a second language must hold for the text to count as mixed
MIXED_SHARE = 0.3
# the mixed-language check judges sentence-aligned segments of at least this many characters
# (about one sentence), at most this many per sample
SEGMENT_MIN_CHARS = 60
MAX_SEGMENTS = 8

_lock = threading.Lock()
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")


@lru_cache(maxsize=1)
def _detector():
    """All 75 languages, trigram (low-accuracy) models only."""
    from lingua import LanguageDetectorBuilder

    with _lock:
        return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def _code(language) -> str:
    return language.iso_code_639_1.name.lower()


def detect(text: str, *, min_chars: int = 24, min_confidence: float = 0.5) -> tuple[str, float]:
    """Return (ISO 639-1 code or "und", confidence)."""
    return detect_many([text], min_chars=min_chars, min_confidence=min_confidence)[0]


def detect_many(texts: Sequence[str], *, min_chars: int = 24, min_confidence: float = 0.5) -> list[tuple[str, float]]:
    """``detect`` for many texts, with the same answers: the texts are scored together by
    lingua's multi-threaded calls (~2.5x faster than one text at a time on 2 cores)."""
    samples = [_URL.sub(" ", t or "")[:SAMPLE_CHARS] for t in texts]
    out: list[tuple[str, float]] = [("und", 0.0)] * len(samples)
    idx = [i for i, sample in enumerate(samples) if sum(ch.isalpha() for ch in sample) >= min_chars]
    if not idx:
        return out
    bar = {i: min_confidence if len(samples[i]) >= LONG_TEXT_CHARS else max(min_confidence, SHORT_MIN_CONFIDENCE)
           for i in idx}
    det = _detector()
    values = det.compute_language_confidence_values_in_parallel([samples[i] for i in idx])
    # the mixed-language check only for texts whose best language passed the bar
    checked = [(i, v) for i, v in zip(idx, values) if v and v[0].value >= bar[i]]
    segments = {i: _segments(samples[i]) for i, _ in checked}
    flat = [seg for i, _ in checked if len(segments[i]) > 1 for seg in segments[i]]
    langs = iter(det.detect_languages_in_parallel_of(flat) if flat else [])
    for i, v in zip(idx, values):
        segs = segments.get(i, [])
        seg_langs = [next(langs) for _ in segs] if len(segs) > 1 else []
        out[i] = _decide(v, segs, seg_langs, bar[i])
        if out[i][0] == "und" and v and bar[i] > min_confidence and not seg_langs:
            family = _family(v[0].language.name)
            # only when the family as a whole clears the bar: "Regeringen fremlagde i dag ..." is
            # surely Scandinavian, and the family's own models tell Danish from Bokmål
            if family is not None and sum(x.value for x in v if x.language.name in family) >= bar[i]:
                out[i] = _decide(_family_detector(family).compute_language_confidence_values(samples[i]),
                                 [], [], min_confidence)
    return out


def _family(name: str) -> tuple[str, ...] | None:
    return next((f for f in CLOSE_FAMILIES if name in f), None)


@lru_cache(maxsize=len(CLOSE_FAMILIES))
def _family_detector(family: tuple[str, ...]):
    from lingua import Language, LanguageDetectorBuilder

    with _lock:
        return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in family)).build()


def _decide(values, segments: list[str], seg_langs: list, min_confidence: float) -> tuple[str, float]:
    """The answer from lingua's confidence values and the languages of the text's segments."""
    if not values:
        return "und", 0.0
    best = values[0]
    if best.value < min_confidence or _is_mixed(segments, seg_langs):
        return "und", float(best.value)
    return _code(best.language), float(best.value)


_SENTENCE_END = re.compile(r"(?<=[.!?:;\n])\s+")


def _segments(sample: str) -> list[str]:
    """The sample cut at sentence ends into at most ``MAX_SEGMENTS`` pieces of at least
    ``SEGMENT_MIN_CHARS`` characters (short sentences are merged with the next)."""
    size = max(SEGMENT_MIN_CHARS, len(sample) // MAX_SEGMENTS)
    out: list[str] = []
    cur = ""
    for sent in _SENTENCE_END.split(sample):
        cur = f"{cur} {sent}" if cur else sent
        if len(cur) >= size:
            out.append(cur)
            cur = ""
    if cur:
        if out and len(cur) < SEGMENT_MIN_CHARS:
            out[-1] += " " + cur
        else:
            out.append(cur)
    return out


def _is_mixed(segments: list[str], seg_langs: list) -> bool:
    """Whether a second language holds at least ``MIXED_SHARE`` of the sample, judged per
    sentence-aligned segment (``seg_langs``: lingua's language of each segment, or None).
    lingua's detect_multiple_languages_of did the same job at ~40 ms per article, most of the
    language stage's time; one call per segment costs a few ms."""
    if len(segments) < 2:
        return False
    sizes: dict[str, int] = {}
    for seg, lang in zip(segments, seg_langs):
        if lang is not None:
            sizes[_code(lang)] = sizes.get(_code(lang), 0) + len(seg)
    ranked = sorted(sizes.values(), reverse=True)
    return len(ranked) > 1 and ranked[1] >= MIXED_SHARE * sum(ranked)
