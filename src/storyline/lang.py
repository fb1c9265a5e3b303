"""Language identification (lingua, all 75 languages) with an honest ``und``.

``lang.lingua.v1``: texts of at least ``LONG_TEXT_CHARS`` characters go to lingua's
low-accuracy (trigram) mode, which is fast and reliable on paragraph-length text; shorter
texts go to the high-accuracy mode (loaded lazily: ~10 s the first time). A text that is too
short, or whose best language is not clearly ahead, or that mixes languages in comparable
amounts, gets ``und`` rather than a confident wrong answer.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

VERSION = "lang.lingua.v1"
# paragraph-length texts: trigram statistics are enough (measured on our demo corpus: all
# 5 languages right with confidence 1.0 on every article of >= 200 characters)
LONG_TEXT_CHARS = 200
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


@lru_cache(maxsize=2)
def _detector(low_accuracy: bool):
    from lingua import LanguageDetectorBuilder

    with _lock:
        b = LanguageDetectorBuilder.from_all_languages()
        if low_accuracy:
            b = b.with_low_accuracy_mode()
        return b.build()


def _code(language) -> str:
    return language.iso_code_639_1.name.lower()


def detect(text: str, *, min_chars: int = 24, min_confidence: float = 0.5) -> tuple[str, float]:
    """Return (ISO 639-1 code or "und", confidence)."""
    sample = _URL.sub(" ", text or "")[:SAMPLE_CHARS]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < min_chars:
        return "und", 0.0
    long = len(sample) >= LONG_TEXT_CHARS
    det = _detector(long)
    values = det.compute_language_confidence_values(sample)
    if not values:
        return "und", 0.0
    best = values[0]
    if best.value < min_confidence:
        return "und", float(best.value)
    if _is_mixed(det, sample):
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


def _is_mixed(det, sample: str) -> bool:
    """Whether a second language holds at least ``MIXED_SHARE`` of the sample, judged per
    sentence-aligned segment (lingua's detect_multiple_languages_of did the same job at ~40 ms
    per article, most of the language stage's time; one call per segment costs a few ms)."""
    segments = _segments(sample)
    if len(segments) < 2:
        return False
    sizes: dict[str, int] = {}
    for seg in segments:
        lang = det.detect_language_of(seg)
        if lang is not None:
            sizes[_code(lang)] = sizes.get(_code(lang), 0) + len(seg)
    ranked = sorted(sizes.values(), reverse=True)
    return len(ranked) > 1 and ranked[1] >= MIXED_SHARE * sum(ranked)
