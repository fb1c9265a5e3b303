"""Dates written in words, as record fields and page bylines hold them (language data).

    parse_written_date("9. februar 2024")        -> 2024-02-09 (day)
    parse_written_date("February 9, 2024")       -> 2024-02-09 (day)
    parse_written_date("14 мая 2023, 12:30")     -> 2023-05-14 (day)
    parse_written_date("2023年09月12日 08:30")    -> 2023-09-12 (day)
    parse_written_date("March 2024")             -> 2024-03 (month)
    parse_written_date("25.12.2023")             -> 2023-12-25 (day; dots are day-first)
    parse_written_date("09/02/2024")             -> None (day/month order unknown)

``byline_date`` finds the publication date on a short byline line ("Published 3 March 2024,
14:05", "Publié le 7 mars 2024 à 14h05", "Опубликовано: 14 мая 2023") by the cue words in
``PUBLISHED_CUES``. Month words are one lower-case table across languages (no month word
means two different months in two of these languages); adding a language is adding words.
"""
from __future__ import annotations

import datetime as dt
import re

from storyline.extract.lang.months import MONTHS  # one table for the readers and the extraction fallback
from storyline.models import PartialDate

# Words that put a publication date on a byline line ("Published 3 March 2024"). An update
# cue ("Updated", "Mis à jour", "Aktualisiert") is deliberately absent: its date is not the
# publication date.
PUBLISHED_CUES = (
    "published", "posted", "first published", "udgivet", "offentliggjort", "publiceret", "publisert", "publicerad",
    "veröffentlicht", "erschienen", "gepubliceerd", "publicado", "publicada", "publié", "publiée", "publie",
    "pubblicato", "опубликовано", "дата публикации", "发布时间", "发布日期", "發佈時間", "发表时间", "نشر في", "تاريخ النشر",
    "نُشر",
)

# Words that put an update date on a line: such a line's date is not the publication date.
UPDATED_CUES = (
    "updated", "last updated", "modified", "opdateret", "oppdatert", "uppdaterad", "aktualisiert", "geändert",
    "bijgewerkt", "actualizado", "actualizada", "actualização", "mis à jour", "modifié", "aggiornato", "обновлено",
    "изменено", "更新", "تحديث", "آخر تحديث",
)

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Longest words first so that "sept" wins over "sep", "kanun al-thani" over nothing.
_MONTH_ALT = "|".join(sorted((re.escape(w) for w in MONTHS), key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|º|°)?\.?"
_YEAR = r"(?P<y>(?:1[89]|20|21)\d\d)"
_MON = rf"(?P<m>{_MONTH_ALT})\.?"
_B = r"(?<![^\W\d_])"  # not inside a word
_E = r"(?![^\W\d_])"
_DAY_FIRST = re.compile(rf"{_B}{_DAY}\s*(?:de\s+|of\s+)?{_MON}{_E},?\s*(?:de\s+|del\s+)?{_YEAR}(?!\d)", re.I)
_MONTH_FIRST = re.compile(rf"{_B}{_MON}{_E}\s*{_DAY},?\s+{_YEAR}(?!\d)", re.I)
_MONTH_YEAR = re.compile(rf"^\s*{_B}{_MON}{_E},?\s*(?:de\s+|del\s+)?{_YEAR}\s*$", re.I)
_CJK = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_DOTTED = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})(?![\d.])")
_SLASHED = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4})(?![\d/])")


def _day(y: str, m: int, d: str) -> PartialDate | None:
    try:
        return PartialDate(dt.date(int(y), m, int(d)), "day")
    except ValueError:
        return None


def parse_written_date(value: str) -> PartialDate | None:
    """The first date written in ``value`` with a month word, CJK 年月日, day-first dots, or
    an unambiguous slashed date; a value that is only "Month YYYY" has month precision."""
    s = value.translate(_ARABIC_DIGITS)[:200]
    m = _CJK.search(s)
    if m:
        return _day(m.group("y"), int(m.group("m")), m.group("d"))
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        m = pattern.search(s)
        if m:
            return _day(m.group("y"), MONTHS[m.group("m").lower()], m.group("d"))
    m = _MONTH_YEAR.match(s)
    if m:
        return PartialDate(dt.date(int(m.group("y")), MONTHS[m.group("m").lower()], 1), "month")
    m = _DOTTED.search(s)
    if m:
        return _day(m.group("y"), int(m.group("m")), m.group("d"))
    m = _SLASHED.search(s)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            return _day(m.group("y"), b, str(a))
        if b > 12 >= a:
            return _day(m.group("y"), a, str(b))
    return None


_CUE = re.compile(rf"{_B}(?:{'|'.join(re.escape(c) for c in PUBLISHED_CUES)})", re.I)
_UPDATE_CUE = re.compile(rf"{_B}(?:{'|'.join(re.escape(c) for c in UPDATED_CUES)})", re.I)


def is_update_line(line: str) -> bool:
    """Whether ``line`` names an update ("Updated 8 March 2024", "Mis à jour le ...")."""
    return _UPDATE_CUE.search(line) is not None
# A byline line is short; a body sentence that mentions a date is not a byline.
MAX_BYLINE_CHARS = 160


def byline_date(lines: list[str]) -> PartialDate | None:
    """The date on the first short line that carries a publication cue and a full date."""
    for line in lines:
        if len(line) > MAX_BYLINE_CHARS:
            continue
        cue = _CUE.search(line)
        if cue:
            d = parse_written_date(line[cue.end():])
            if d is not None and d.precision == "day":
                return d
    return None
