"""Fast rule-based sentence splitter: ``split_sentences(text, lang) -> [(start, end), ...]``.

Offsets index into ``text``; spans are stripped of surrounding whitespace. Rules, in order:

1. a line break always ends a sentence (news paragraphs, Danish dash quotes "- ..." and
   bylines such as "/ritzau/" are their own lines);
2. ``.``, ``!``, ``?`` or ``؟`` (with any closing quotes or brackets) followed by white space and
   an upper-case letter, a letter of a script without case (Arabic, Han), a digit or an opening
   quote/dash ends a sentence (full-width ``。！？`` end one with no space after), unless the word
   before the stop is a known abbreviation of the language, a single capital letter
   (an initial: "Austin S. Miller"), or a number followed by a month word or a
   lower-case word (Danish/German ordinal dates: "11. september", "20. Januar").

Decimals ("2.5", "2,5") never split because no white space follows the stop.
"""
from __future__ import annotations

import bisect
import re

from .lang import get_lang

# v2: a full stop before a letter of a caseless script (Arabic, Hebrew, Han ...) ends a sentence, as do
# "؟" and the full-width "。！？" (with no space after them)
VERSION = "sentences.rules.v2"

_BOUNDARY = re.compile(r"[.!?…؟]+[\"'”’»)\]]*(?=\s)|[。！？]+[”’」』）)]*")
_NEXT = re.compile(r"\s*([\"'“”„«(\[–—-]?\s*)(\S)")
_CJK_STOPS = "。！？"
_WORD_BEFORE = re.compile(r"([\w.\-]+)[.!?…]*$")
_LINE = re.compile(r"[^\n]+")
_WORD_AT = re.compile(r"\w+")
# Characters before a full stop that are searched for the word it ends: far longer than any
# abbreviation or ordinal, and it keeps a sentence of many rejected stops ("Mr. A. Mr. B. ...")
# linear in its length.
WORD_BEFORE_WINDOW = 100


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
            before = text[max(start, end - WORD_BEFORE_WINDOW):end]
            if not _ends_sentence(before, stop.group(), nxt.group(2), text, nxt.start(2), abbrevs, months):
                continue
            spans.append((start, end))
            start = nxt.start(1) if nxt.group(1).strip() else nxt.start(2)
        spans.append((start, line.end()))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[1] > s[0]]


def _ends_sentence(before: str, stop: str, first: str, text: str, pos: int, abbrevs: set, months: set) -> bool:
    if stop[:1] in _CJK_STOPS:  # "。", "！", "？" end a sentence wherever they stand
        return True
    caseless = first.isalpha() and not first.isupper() and not first.islower()  # Arabic, Hebrew, Han ...
    if not (first.isupper() or first.isdigit() or caseless or first in "\"'“”„«(–—-"):
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
        nxt_word = _WORD_AT.match(text, pos)
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
    """The span containing character ``pos`` (or the nearest one before it).

    ``spans`` are sorted and disjoint (as ``split_sentences`` returns them), so this is a
    binary search: extractors call it once per match, and a linear scan made long texts
    quadratic.
    """
    i = bisect.bisect_right(spans, pos, key=lambda s: s[0]) - 1
    return spans[i] if i >= 0 else (0, 0)


# Longest ``sentence`` an extracted item carries. Real sentences stay whole (news sentences
# run to ~300 characters); in a text with no sentence ends, each item gets this window
# around itself instead of the whole text (30,000 numbers in one 200 kB "sentence" made
# 6 GB of copies).
MAX_SENTENCE_CHARS = 1000


def sentence_text(text: str, s0: int, s1: int, start: int, end: int) -> str:
    """``text[s0:s1]``, or a ``MAX_SENTENCE_CHARS`` window of it around ``[start, end)``."""
    if s1 - s0 <= MAX_SENTENCE_CHARS:
        return text[s0:s1]
    a = max(s0, min(start - MAX_SENTENCE_CHARS // 2, s1 - MAX_SENTENCE_CHARS))
    return text[a:max(min(s1, a + MAX_SENTENCE_CHARS), end)]


class SpanSet:
    """Disjoint ``[start, end)`` spans already taken, with a logarithmic overlap test.

    The extractors keep the first of two overlapping matches; testing each new match
    against a list of all taken ones was quadratic in the number of matches.
    """

    def __init__(self, spans=()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in spans:
            self.add(a, b)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``; spans it overlaps are merged with it."""
        lo = bisect.bisect_left(self._ends, start + 1)  # first span ending after ``start``
        hi = bisect.bisect_left(self._starts, end)  # spans from ``lo`` up to here overlap
        if lo < hi:
            start, end = min(start, self._starts[lo]), max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]


# Arabic-Indic and Persian digits and the Arabic decimal and thousands separators, as ASCII
_DIGIT_TABLE = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
                              "\u066b": ".", "\u066c": ","})
_GLUED_BEFORE_DIGIT = re.compile(r"(?<!\w)[\u0648\u0628\u0644\u0641\u0643](?=\d)")


def ascii_digits(text: str) -> str:
    """``text`` for reading numbers and dates, same length: Arabic-Indic and Persian digits as
    ASCII digits, "٫" as "." and "٬" as ",", and an Arabic proclitic glued to a number ("و١٢",
    and 12) as a space. Offsets into it are offsets into ``text``."""
    if text.isascii():
        return text
    return _GLUED_BEFORE_DIGIT.sub(" ", text.translate(_DIGIT_TABLE))
