"""Fast rule-based sentence splitter: ``split_sentences(text, lang) -> [(start, end), ...]``.

Offsets index into ``text``; spans are stripped of surrounding whitespace. Rules, in order:

1. a line break always ends a sentence (news paragraphs, Danish dash quotes "- ..." and
   bylines such as "/ritzau/" are their own lines);
2. ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by white space and
   an upper-case letter, a digit or an opening quote/dash ends a sentence, unless the word
   before the stop is a known abbreviation of the language, a single capital letter
   (an initial: "Austin S. Miller"), or a number followed by a month word or a
   lower-case word (Danish/German ordinal dates: "11. september", "20. Januar").

Decimals ("2.5", "2,5") never split because no white space follows the stop.
"""
from __future__ import annotations

import re

from .lang import get_lang

VERSION = "sentences.rules.v1"

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_NEXT = re.compile(r"\s+([\"'“”„«(\[–—-]?\s*)(\S)")
_WORD_BEFORE = re.compile(r"([\w.\-]+)[.!?…]*$")
_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str, lang: str | None = "und") -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``(start, end)`` (see module docstring for the rules)."""
    data = get_lang(lang)
    abbrevs = {a.lower() for a in data.ABBREVIATIONS}
    months = set(data.MONTHS)
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for stop in _BOUNDARY.finditer(line.group()):
            end = line.start() + stop.end()
            nxt = _NEXT.match(text, end)
            if not nxt or nxt.start(2) >= line.end():
                continue
            if not _ends_sentence(text[start:end], stop.group(), nxt.group(2), text, nxt.start(2), abbrevs, months):
                continue
            spans.append((start, end))
            start = nxt.start(1) if nxt.group(1).strip() else nxt.start(2)
        spans.append((start, line.end()))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[1] > s[0]]


def _ends_sentence(before: str, stop: str, first: str, text: str, pos: int, abbrevs: set, months: set) -> bool:
    if not (first.isupper() or first.isdigit() or first in "\"'“”„«(–—-"):
        return False
    if not stop.startswith("."):
        return True
    m = _WORD_BEFORE.search(before)
    word = m.group(1).rstrip(".") if m else ""
    low = word.lower()
    if low in abbrevs:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "Austin S. Miller"
        return False
    if word.isdigit() and len(word) <= 2:  # "11. September" / "20. Januar" ordinal dates
        nxt_word = re.match(r"\w+", text[pos:])
        if nxt_word and nxt_word.group().lower() in months:
            return False
    return True


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The span containing character ``pos`` (or the nearest one before it)."""
    best = (0, 0)
    for a, b in spans:
        if a <= pos < b:
            return a, b
        if a <= pos:
            best = (a, b)
    return best
