"""Dates and deadlines: ``extract_dates(article) -> list[DateMention]``.

One rule-based temporal tagger (:func:`find_timexes`) finds temporal expressions and
normalises them TimeML-style against an anchor date (the article's own date, at whatever
precision it is known); :func:`extract_dates` keeps the calendar ones and turns them into
``DateMention`` records with the precision the text supports and a kind:

- ``deadline``: a deadline cue phrase right before the date ("senest", "inden", "by",
  "no later than", "between now and"), or a postposition right after it where the language
  puts one there ("30 Kasım'a kadar", "10月31日前");
- ``reference``: a reference cue ("siden", "since") right before it;
- ``event`` otherwise.

All words (months, weekdays, cue phrases, relative phrases) come from ``extract.lang``.
The same tagger, with its TimeML values (durations ``P3Y``, weeks ``2013-W11``,
``PRESENT_REF`` ...), is what ``bench/timex.py`` scores on TempEval-3.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType

from ..models import Article, DateMention, PartialDate
from .lang import get_lang
from .numerals import numeral_chars, parse_numeral
from .sentences import SpanSet, ascii_digits, sentence_at, sentence_text, split_sentences

# v2: per-language season modifiers (French "été"), Italian data; v3: a relative date over before
# publication is no deadline; v4: the end of a period is a day only for deadlines ("late last year" = 2010);
# v5: a month and its year may stand apart by "de"/"del" ("junio de 2007", "luglio del 2009"), a season
# that names an event is no date ("la primavera árabe"), French "sept" is a month only with a day or year;
# v6: a verb in the synthetic future ("decretará ... el jueves") makes a weekday the coming one; the end of
# a week is its last day for a deadline ("by the end of next week"); inflected relative weeks, months and
# years in de/es/fr/it ("bis Ende nächster Woche", "antes del final de la próxima semana"); a date right
# after "to"/"from" in a sentence naming a deadline is that deadline ("moved from 30 April to 15 May");
# languages without a module read month and weekday words of many languages (lang/months.py) and
# Chinese/Japanese dates and weekdays (2024年10月31日, 周四, 木曜日); v7: a week that spans two months
# is the month holding its Thursday (it had no date at all); in a sentence that moves a deadline, a weekday
# after a "to" word is the coming one and one after a "from" word the nearest ("udskudt fra torsdag til
# lørdag" on a Wednesday: tomorrow, then Saturday); v8: a three-letter month word that abbreviates
# no longer one is a full month name ("eind mei", "до конца мая"); FUTURE_CUES_AFTER ("dat de terminals
# vrijdag weer open kunnen gaan": the coming Friday); v9: deadline postpositions and edges after a period
# ("30 Kasım'a kadar", "10月底前"; DEADLINE_CUES_AFTER, PERIOD_EDGES_AFTER), languages without spaces;
# v10: Chinese dates in numerals ("二〇二四年十月三十一日", "十月三十一日", "十二天前": it read "二天前"), a
# year with its month ("2024年10月", "二〇二四年三月底前": the year was a figure), a day of the month
# alone ("31日", "三十一日": the nearest such day)
# (v10 also: French irregular future stems, "se rendra mardi", make a weekday the coming one)
VERSION = "dates.rules.v10"

# Characters before a date searched for a deadline/reference cue: the longest Danish cue
# ("inden udgangen af") plus an article; set by hand on the seeds.
CUE_WINDOW = 40

# Future-tense cues count only this close (characters) before a year-less date or weekday:
# sentence-wide cues turned too many reported past weekdays into next week's on the
# TempEval-3 training documents (value F1 +2 points at 50 versus the whole sentence).
FUTURE_WINDOW = 50

# words that may stand before a season when a language module names none of its own
DEFAULT_SEASON_MODIFIERS = ("the", "this", "last", "next", "i", "in")
# words before a weekday and the one they name ("last" / "next"; "": as the tense says) when a
# language module names none of its own (``WEEKDAY_MODIFIERS``)
DEFAULT_WEEKDAY_MODIFIERS = {"last": "last", "sidste": "last", "forrige": "last", "next": "next", "næste": "next",
                             "this": "", "på": ""}

_UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
              "quarter": "Q", "hour": "H", "minute": "M", "second": "S", "weekend": "WE"}
_ORD_EN = r"(?:st|nd|rd|th)"


@dataclass(frozen=True)
class Timex:
    """One temporal expression as the tagger saw it (TimeML-style ``type``/``value``)."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # 2021-09-11, 2021-04, 2021, 2013-W11, 2001-FA, P3Y, PRESENT_REF, XXXX-09-11
    date: dt.date | None = None  # first day of the calendar period, when resolved
    precision: str = ""  # day, week, month, season, quarter, year, decade ("" = not calendar)
    relative: bool = False
    edge: str = ""  # end / start / mid ("inden udgangen af august")


# --- pattern building -----------------------------------------------------------------


def _alt(words) -> str:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!x)x"


@lru_cache(maxsize=None)
def _patterns(lang_code: str) -> list[tuple[str, re.Pattern]]:
    L = get_lang(lang_code)
    # full month words never swallow a following full stop; abbreviations may carry one ("Sept.")
    months = rf"(?:{_alt([k for k in L.MONTHS if len(k) > 4])}|(?:{_alt([k for k in L.MONTHS if len(k) <= 4])})\.?)"
    full_months = _alt(list(L.MONTHS) if L.UNSPACED else _full_month_words(L.MONTHS))  # "3月" is no abbreviation
    wd = _alt(L.WEEKDAYS)
    edges = _alt(L.PERIOD_EDGES)
    num = _alt(list(L.NUMBER_WORDS) + list(L.ONE_WORDS) + ["several", "a few", "few", "flere", "nogle",
                                                           "mehrere", "varios", "plusieurs"])
    # numerals first ("十二天前" is twelve days, not "二天前")
    numerals = rf"[{re.escape(numeral_chars(L))}]+|" if L.NUMERALS else ""
    n = rf"(?P<n>\d+(?:[.,]\d+)?|{numerals}{num})"
    unit = rf"(?P<unit>{_alt(L.UNIT_WORDS)})"
    seasons = _alt(L.SEASONS)
    # "the|this|..." need a space after them; an elided "l'" does not
    season_mods = "|".join(rf"{re.escape(w)}(?=\s)" if w[-1].isalpha() else re.escape(w)
                           for w in getattr(L, "SEASON_MODIFIERS", DEFAULT_SEASON_MODIFIERS))
    edges_after = _alt(L.PERIOD_EDGES_AFTER)
    linkers = _alt(L.PERIOD_LINKERS)
    # "yıl" alone is a year's count; "yıl sonuna kadar" is this year's end
    rel_units = _alt([k for k in L.RELATIVE_UNITS if k not in L.RELATIVE_UNITS_NEED_EDGE])
    day_parts = r"(?:\s+(?P<part>morning|afternoon|evening|night|morgen|formiddag|eftermiddag|aften|nat))?"
    p: list[tuple[str, str]] = [
        ("iso", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
        ("numeric", r"(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4})(?!\d)"),
        ("d_m_y", rf"(?:(?P<wd>{wd})[,]?\s+(?:(?:den|the|le|el)\s+)?)?(?P<d>\d{{1,2}})(?:\.|{_ORD_EN}|er|º)?\s+"
                  rf"(?:(?:de|of)\s+)?(?P<m>{months})(?!\w)(?:\s*/\s*(?:{months})(?!\w))?(?:,?\s+(?:de\s+)?(?P<y>\d{{4}})(?!\d))?"),
        ("m_d_y", rf"(?:(?P<wd>{wd}),?\s+)?(?P<m>{months})\s+(?P<d>\d{{1,2}}){_ORD_EN}?(?![\d:.,]\d)"
                  rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?"),
        ("edge_m_y", rf"(?P<edge>{edges})\s*(?P<m>{full_months})(?!\w)(?:\s+(?P<y>\d{{4}})(?!\d))?"),
        ("m_y", rf"(?P<m>{full_months})\.?,?\s+(?:(?:de|del)\s+)?(?P<y>\d{{4}})(?!\d)"),
        ("edge_y", rf"(?P<edge>{edges})\s*(?:(?:the|året|år)\s+)?(?P<y>\d{{4}})(?!\d)"),
        ("edge_rel", rf"(?P<edge>{edges})\s*(?P<rel>{_alt(L.RELATIVE_UNITS)})(?!\w)"),
        # the edge after the period: "Kasım (ayının) sonuna", "bu yılın sonuna", "10月底", "今年年底"
        ("m_edge", rf"(?P<m>{full_months})(?:\s*(?P<y>\d{{4}}))?(?:['’][^\W\d_]{{1,4}})?\s*(?:(?:{linkers})\s*)?(?P<edge>{edges_after})(?!\w)"),
        ("y_edge", rf"(?P<y>\d{{4}})\s*(?:(?:{linkers})\s*)?(?P<edge>{edges_after})(?!\w)"),
        ("rel_edge", rf"(?P<rel>{_alt(L.RELATIVE_UNITS)})\s*(?:(?:{linkers})\s*)?(?P<edge>{edges_after})(?!\w)"),
        ("season", rf"(?:(?:{season_mods})\s*)?(?P<season>{seasons})(?!\w)(?:\s+(?:of\s+)?(?P<y>\d{{4}})(?!\d))?"),
        ("decade", r"(?:the\s+)?(?:mid-|early\s+|late\s+)?(?P<dec>1[89]\d0|20[0-2]0)'?s(?!\w)"),
        ("quarter", r"(?:the\s+)?(?P<qord>first|second|third|fourth)[-\s]quarter(?P<qy>\s+of\s+\d{4})?"),
        *[("ago", t.format(n=n, unit=unit)) for t in L.AGO_PATTERNS],
        *[("ahead", t.format(n=n, unit=unit)) for t in L.AHEAD_PATTERNS],
        ("rel_unit", rf"(?P<rel>{rel_units})(?!\w)"),
        ("rel_day", rf"(?P<relday>{_alt(L.RELATIVE_DAYS)})(?!\w)"),
        ("weekday", rf"(?:(?P<mod>{_alt({k.split()[0] for k in _weekday_modifiers(L)})})\s+)?(?P<wd>{wd})(?!\w){day_parts}"),
        ("month", rf"(?:(?P<mod>last|next|this|sidste|næste|i|early|late|mid-?)\s+)?(?P<m>{full_months})(?!\w)"),
        ("year", r"(?:(?P<fiscal>fiscal|regnskabsåret)\s+)?(?<![\d.,:/-])(?P<y>1[6-9]\d\d|20\d\d)(?![\d.,:/-]\d|\w|-)"),
        ("present", rf"(?P<present>{_alt(L.PRESENT_WORDS)})(?!\w)"),
        ("duration", rf"(?:(?:the\s+)?(?:past|last|next|first|coming|previous|de\s+seneste|de\s+sidste|de\s+kommende|over)\s+)?"
                     rf"(?P<dn>\d+(?:[.,]\d+)?|{numerals}{num})[\s-]+(?P<dunit>{_alt(L.UNIT_WORDS)})(?!\w)(?!-old|\s+old)"),
        ("set", r"(?P<set>every\s+(?:day|week|month|year|season)|each\s+(?:day|week|month|year|season)|daily|weekly|monthly|annually|yearly|dagligt|ugentligt|årligt|hvert\s+år|hver\s+dag)(?!\w)"),
    ]
    out = []
    for name, rx in p:
        if rx:
            if L.UNSPACED:  # no spaces between words: a word ends or starts anywhere but inside a
                # number or a Latin word ("于10月底前", "去年10月")
                rx = rx.replace(r"(?<!\w)", _UNSPACED_BEFORE).replace(r"(?!\w)", "")
            # a glued one-letter word may open the expression ("والأسبوع الماضي", "وقبل ثلاثة أيام")
            before = _UNSPACED_BEFORE if L.UNSPACED else (
                rf"(?:(?<!\w)|(?<=(?<!\w)[{L.PROCLITICS}]))" if L.PROCLITICS else r"(?<!\w)")
            out.append((name, re.compile(before + rx, re.IGNORECASE)))
    # Chinese and Japanese dates and weekdays: no spaces around words, so no word boundaries; days,
    # months and years in digits or, where the module has them, numerals ("二〇二四年十月三十一日")
    chars = re.escape(numeral_chars(L))
    figure = rf"\d{{1,2}}|[{chars}]{{1,3}}" if chars else r"\d{1,2}"
    year = rf"\d{{4}}|[{re.escape(''.join(c for c, v in L.NUMERALS.items() if v < 10))}]{{4}}" if chars else r"\d{4}"
    not_in = rf"(?<![\d{chars}])"
    out.insert(0, ("cjk", re.compile(rf"(?:{not_in}(?P<y>{year})\s*年\s*)?{not_in}(?P<m>{figure})\s*月\s*"
                                     rf"(?P<d>{figure})\s*[日号]")))
    out.append(("cjk_weekday", re.compile(r"(?P<cmod>上个?|下个?|本|这个?)?(?:星期|礼拜|周)(?P<wd>[一二三四五六日天])"
                                          r"|(?P<jwd>[月火水木金土日])曜日")))
    # a year with 年 ("2024年"), and with its month ("2024年10月", "二〇二四年十月底": the month word
    # and its edge the module's)
    out.append(("cjk_ym", re.compile(rf"{not_in}(?P<y>{year})\s*年\s*(?P<m>{full_months})"
                                     rf"(?:\s*(?P<edge>{edges_after}))?")))
    out.append(("cjk_year", re.compile(rf"{not_in}(?P<y>{year})\s*年(?!\s*(?:{figure})\s*月)")))
    # a day of the month alone ("31日，联合国表示", "三十一日"): the article's month or the one
    # nearest; not "日本", "日元", "日报", and never "一日" (a day: "一日之内")
    out.append(("cjk_day", re.compile(rf"{not_in}(?<![月年])(?P<d>{figure})日(?![本元报圆])")))
    return out


def _full_month_words(months: dict[str, int]) -> list[str]:
    """Month words that stand alone ("in August", "eind mei", "до конца мая"): every word longer than
    three letters, and three-letter words that abbreviate no longer word of their month ("mei",
    "maj", "may" are full names; "jan", "mar", "mai" of Portuguese "maio" are abbreviations)."""
    return [m for m in months if len(m) > 3 or len(m) == 3 and not any(
        o != m and o.startswith(m) and months[o] == months[m] for o in months)]


# the left edge of a word in a language written without spaces: not inside a number or a Latin word
_UNSPACED_BEFORE = r"(?<![0-9A-Za-z])"


# --- calendar helpers -----------------------------------------------------------------


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, k: int) -> dt.date:
    m = d.month - 1 + k
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _num(s: str | None, L: ModuleType) -> float | None:
    if not s:
        return None
    s = s.lower().strip()
    if s[0].isdigit():
        try:
            return float(s.replace(",", "."))
        except ValueError:
            return None
    if s in L.ONE_WORDS:
        return 1
    if s in L.NUMBER_WORDS:
        return L.NUMBER_WORDS[s]
    return parse_numeral(s, L) if L.NUMERALS else None  # "十二"; "several", "a few": vague


def _resolve_year(month: int, day: int | None, anchor: PartialDate, future: bool) -> int:
    """The year that puts a year-less month(/day) where it makes sense next to ``anchor``."""
    best, best_key = anchor.value.year, None
    for y in (anchor.value.year - 1, anchor.value.year, anchor.value.year + 1):
        try:
            start = dt.date(y, month, day or 1)
        except ValueError:
            continue
        end = start if day else dt.date(y, month, calendar.monthrange(y, month)[1])
        if future:
            # deadlines and announced plans: the first one that is not over before the article
            key = (end < anchor.value, abs((start - anchor.value).days))
        else:
            dist = 0 if (start <= anchor.end() and end >= anchor.value) else min(
                abs((start - anchor.end()).days), abs((end - anchor.value).days))
            key = (0, dist)
        if best_key is None or key < best_key:
            best, best_key = y, key
    return best


def _resolve_month(day: int, anchor: PartialDate, future: bool) -> tuple[int, int]:
    """(year, month) that put a month-less day ("31日") where it makes sense next to ``anchor``:
    the anchor's month when it has that day and (for plans and deadlines) it is not over, else the
    nearest month around it that has it ("31日" in an article of 2 November: 31 October)."""
    options = []
    for k in (-1, 0, 1):
        first = _add_months(anchor.value.replace(day=1), k)
        if day > calendar.monthrange(first.year, first.month)[1]:
            continue
        d = first.replace(day=day)
        if anchor.precision != "day":  # a month's article: its own month
            key = (k != 0, abs(k))
        elif future:
            key = (d < anchor.value, abs((d - anchor.value).days))
        else:
            key = (0, abs((d - anchor.value).days))
        options.append((key, d))
    d = min(options, key=lambda o: o[0])[1]
    return d.year, d.month


def _cjk_int(s: str | None, L: ModuleType, positional: bool = False) -> int | None:
    """A day, month or year written in digits or in the language's numerals ("三十一", "二〇二四")."""
    if not s:
        return None
    if s.isdigit() and s.isascii():
        return int(s)
    v = parse_numeral(s, L, positional=positional)
    return int(v) if v is not None and float(v).is_integer() else None


def _weekday_modifiers(L: ModuleType) -> dict[str, str]:
    return getattr(L, "WEEKDAY_MODIFIERS", DEFAULT_WEEKDAY_MODIFIERS)


def _weekday(anchor: dt.date, wd: int, future: bool, direction: str) -> dt.date:
    """The weekday ``wd`` nearest ``anchor`` in ``direction`` ("next", "last", "nearest"; "": forward
    when ``future``, else back; the anchor's own weekday is itself)."""
    if direction == "next":
        return anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    if direction == "last":
        return anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7 or 7)
    if direction == "nearest":  # the old value of a moved deadline: a day just gone or just ahead
        ahead, back = (wd - anchor.weekday()) % 7, (anchor.weekday() - wd) % 7
        return anchor + dt.timedelta(days=ahead) if ahead <= back else anchor - dt.timedelta(days=back)
    if future:
        return anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)


def _cue_before(text: str, start: int, cues, sent_start: int) -> str:
    """The longest cue phrase that ends right before ``start`` (an article/"den" may sit between)."""
    window = text[max(sent_start, start - CUE_WINDOW):start].lower()
    window = re.sub(r"(?:\s+(?:den|the|on|d\.|le|el|am|dem|det))?\s*$", "", window)
    for cue in sorted(cues, key=len, reverse=True):
        c = cue.lower()
        if window.endswith(c) and (len(window) == len(c) or not window[-len(c) - 1].isalnum()):
            return cue
    return ""


@lru_cache(maxsize=None)
def _cue_after_rx(mod: str) -> re.Pattern | None:
    L = get_lang(mod.rsplit(".", 1)[-1])
    if not L.DEADLINE_CUES_AFTER:
        return None
    # a case suffix may sit between the date and the postposition ("30 Kasım'a kadar")
    suffix = r"(?:['’][^\W\d_]{1,5})?" if L.SUFFIX_APOSTROPHE else ""
    return re.compile(rf"{suffix}\s*(?:{_alt(L.DEADLINE_CUES_AFTER)})" + ("" if L.UNSPACED else r"(?!\w)"),
                      re.IGNORECASE)


def _cue_after(text: str, end: int, sent_end: int, L: ModuleType) -> str:
    """The language's deadline postposition right after a date, with what joins them ("'a kadar",
    "前"), or ''."""
    rx = _cue_after_rx(L.__name__)
    m = rx.match(text, end, max(end, sent_end)) if rx else None
    if m and L.DEADLINE_CUES_AFTER_EXCEPT and text[m.end() - len(m.group().lstrip()):].startswith(
            tuple(L.DEADLINE_CUES_AFTER_EXCEPT)):
        return ""  # "10月31日前往安卡拉": went to Ankara, no deadline
    return m.group() if m else ""


def _future_context(sentence: str, L: ModuleType) -> bool:
    low = f" {sentence.lower()} "
    if any(f" {c} " in low for c in L.FUTURE_CUES):
        return True
    return bool(L.FUTURE_SUFFIXES) and any(len(w) >= 5 and w.endswith(L.FUTURE_SUFFIXES)
                                           for w in re.findall(r"[^\W\d_]+", low))


def _future_after(after: str, L: ModuleType) -> bool:
    """A future cue after the date, in its clause, where the language puts the verb last ("dat de
    terminals vrijdag weer open kunnen gaan"): ``FUTURE_CUES_AFTER``."""
    cues = getattr(L, "FUTURE_CUES_AFTER", ())
    if not cues:
        return False
    words = re.findall(r"[^\W\d_]+", re.split(r"[,;:.!?]", after, maxsplit=1)[0].lower())
    # up to the next clause: "Donderdag zei hij dat de haven kan openen" is a past Thursday
    cut = next((i for i, w in enumerate(words) if w in L.COMPLEMENTIZERS), len(words))
    return any(w in cues for w in words[:cut])


# --- the tagger -----------------------------------------------------------------------


def find_timexes(text: str, lang: str | None = "und", anchor: PartialDate | None = None) -> list[Timex]:
    """Temporal expressions in ``text`` normalised against ``anchor`` (the document date)."""
    return list(_find_timexes(text, lang, anchor))


@lru_cache(maxsize=16)  # the figures and dates extractors both tag each article: tag it once
def _find_timexes(text: str, lang: str | None, anchor: PartialDate | None) -> tuple[Timex, ...]:
    L = get_lang(lang)
    original, text = text, ascii_digits(text)  # "٣١ أكتوبر ٢٠٢٤" read with ASCII digits, same offsets
    cands = []
    # cached per language module, not per code: any declared code must not compile a new set
    for prio, (name, rx) in enumerate(_patterns(L.__name__.rsplit(".", 1)[-1])):
        for m in rx.finditer(text):
            if m.end() > m.start():
                cands.append((m.start(), m.end(), prio, name, m))
    # longest match wins; among equals, the earlier rule in the list
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken = SpanSet()
    chosen = []
    for c in cands:
        if taken.overlaps(c[0], c[1]):
            continue
        taken.add(c[0], c[1])
        chosen.append(c)
    chosen.sort()
    spans = split_sentences(text, lang)
    out = []
    for start, end, _, name, m in chosen:
        s0, s1 = sentence_at(spans, start)
        future = bool(_cue_before(text, start, L.DEADLINE_CUES, s0) or _cue_after(text, end, s1, L)) or _future_context(
            text[max(s0, start - FUTURE_WINDOW):start], L) or _future_after(text[end:min(s1, end + FUTURE_WINDOW)], L) \
            or L.VERB_FINAL and _future_context(text[end:min(s1, end + FUTURE_WINDOW)], L)  # "Salı günü gelecek"
        # "postponed from Thursday to Saturday": the new day is the coming one, the old one the nearest
        moved = _moved_deadline(text, s0, s1, start, L).lower() if name == "weekday" and not L.SUFFIX_APOSTROPHE else ""
        moved = "to" if moved in {w.lower() for w in L.DEADLINE_TO} else "from" if moved else ""
        try:
            tx = _normalise(name, m, L, anchor, future, text, moved)
        except (ValueError, OverflowError):
            # relative arithmetic past the calendar's ends ("next year" in an article dated
            # 9999, "last month" in year 1): no resolvable date, so no timex
            tx = None
        if tx is not None:
            out.append(tx if original is text else replace(tx, text=original[tx.start:tx.end]))
    return tuple(out)


def _normalise(name: str, m: re.Match, L: ModuleType, anchor: PartialDate | None, future: bool,
               text: str, moved: str = "") -> Timex | None:
    g = m.groupdict()
    span = (m.start(), m.end(), m.group())
    a = anchor

    def cal(d: dt.date, precision: str, value: str, relative=False, edge="", type_="DATE") -> Timex:
        return Timex(*span, type=type_, value=value, date=d, precision=precision, relative=relative, edge=edge)

    def ymd(y, mo, d, relative=False, edge=""):
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            return None
        return cal(date, "day", date.isoformat(), relative=relative, edge=edge)

    if name == "iso":
        return ymd(int(g["y"]), int(g["m"]), int(g["d"]))
    def day_of(mo: int | None, d: int) -> Timex | None:
        """A month's day, in the year written, else the one nearest the anchor."""
        if not mo or not 1 <= mo <= 12 or not 1 <= d <= 31:
            return None
        if g.get("y"):
            return ymd(int(g["y"]), mo, d)
        if a is None:
            return Timex(*span, type="DATE", value=f"XXXX-{mo:02d}-{d:02d}")
        return ymd(_resolve_year(mo, d, a, future), mo, d, relative=True)

    if name == "cjk":  # 2024年10月31日, 10月31日 (the nearest such day), 十月三十一日
        if g.get("y"):
            y = _cjk_int(g["y"], L, positional=True)
            if y is None:
                return None
            g = {**g, "y": str(y)}
        return day_of(_cjk_int(g["m"], L), _cjk_int(g["d"], L) or 0)
    if name == "cjk_day":  # 31日, 三十一日: a day of the article's month, or of the month nearest
        d = _cjk_int(g["d"], L)
        if not d or not 1 <= d <= 31 or g["d"] in L.ONE_WORDS:
            return None
        if a is None:
            return Timex(*span, type="DATE", value=f"XXXX-XX-{d:02d}")
        if a.precision == "year":
            return None
        y, mo = _resolve_month(d, a, future)
        return ymd(y, mo, d, relative=True)
    if name == "cjk_weekday":
        if a is None or a.precision != "day":
            return _coarse(span, a) if a is not None else None
        wd = "一二三四五六日天".index(g["wd"]) if g.get("wd") else "月火水木金土日".index(g["jwd"])
        mod = {"上": "last", "下": "next"}.get((g.get("cmod") or "")[:1], "")
        if mod:  # "上周四": the Thursday of last week; "下周四" of next week
            monday = a.value - dt.timedelta(days=a.value.weekday()) + dt.timedelta(weeks=1 if mod == "next" else -1)
            d = monday + dt.timedelta(days=min(wd, 6))
            return cal(d, "day", d.isoformat(), relative=True)
        d = _weekday(a.value, min(wd, 6), future, "")
        return cal(d, "day", d.isoformat(), relative=True)
    if name == "numeric":
        x, y_ = int(g["a"]), int(g["b"])
        mo, d = (x, y_) if L.DECIMAL_SEP == "." else (y_, x)
        return ymd(int(g["y"]), mo, d)
    if name in ("d_m_y", "m_d_y"):
        mo = L.MONTHS.get(g["m"].lower().rstrip("."))
        if g["m"].lower() == "may" and not g.get("y") and m.group()[0].islower():
            return None
        return day_of(mo, int(g["d"]))
    if name == "cjk_year":
        y = _cjk_int(g["y"], L, positional=True)
        if y is None:
            return None
        return cal(dt.date(y, 1, 1), "year", f"{y:04d}")
    if name in ("edge_m_y", "m_y", "month", "m_edge", "cjk_ym"):  # cjk_ym: "二〇二四年十月(底)"
        word = g["m"]
        mo = L.MONTHS.get(word.lower())
        if not mo:
            return None
        if name == "month" and word.lower() in L.MONTHS_NEED_CONTEXT and not _capitalised_mid_sentence(text, m.start("m")):
            return None  # "may" the modal verb, "march" the walk
        edge = _edge(g.get("edge"), L)
        if g.get("mod") and g["mod"].lower().rstrip("-") in ("early", "late", "mid"):
            edge = {"early": "start", "late": "end", "mid": "mid"}[g["mod"].lower().rstrip("-")]
        if g.get("y"):
            y, rel = _cjk_int(g["y"], L, positional=True), False
            if y is None:
                return None
        elif a is None:
            return Timex(*span, type="DATE", value=f"XXXX-{mo:02d}", precision="", edge=edge)
        else:
            mod = (g.get("mod") or "").lower()
            if mod in ("last", "sidste"):
                y = a.value.year - (mo >= a.value.month)
            elif mod in ("next", "næste"):
                y = a.value.year + (mo <= a.value.month)
            else:
                y = _resolve_year(mo, None, a, future)
            rel = True
        return cal(dt.date(y, mo, 1), "month", f"{y:04d}-{mo:02d}", relative=rel, edge=edge)
    if name in ("edge_y", "y_edge"):
        y = int(g["y"])
        return cal(dt.date(y, 1, 1), "year", f"{y:04d}", edge=_edge(g["edge"], L))
    if name in ("edge_rel", "rel_edge"):
        base = _normalise("rel_unit", m, L, anchor, future, text)
        edge = _edge(g["edge"], L)
        return Timex(*span, type=base.type, value=base.value, date=base.date, precision=base.precision,
                     relative=True, edge=edge) if base else None
    if name == "season":
        code = L.SEASONS.get(g["season"].lower())
        if g["season"].lower() in L.SEASONS_NEED_CONTEXT and not g.get("y") and m.start() == m.start("season"):
            return None  # "prices fall", "the spring of a trap"
        if _names_an_event(text, m.start("season"), m.end("season"), L):
            return None  # "la primavera árabe", "det arabiske forår"
        if g.get("y"):
            y = int(g["y"])
            return cal(dt.date(y, 1, 1), "season", f"{y}-{code}")
        if a is None:
            return Timex(*span, type="DATE", value=f"XXXX-{code}")
        low = m.group().lower()
        y = a.value.year - (low.startswith("last")) + (low.startswith("next"))
        return cal(dt.date(y, 1, 1), "season", f"{y}-{code}", relative=True)
    if name == "decade":
        return Timex(*span, type="DATE", value=g["dec"][:3], date=dt.date(int(g["dec"]), 1, 1), precision="decade")
    if name == "quarter":
        q = ("first", "second", "third", "fourth").index(g["qord"].lower()) + 1
        y = int(g["qy"].split()[-1]) if g.get("qy") else (a.value.year if a else None)
        return Timex(*span, type="DATE", value=f"{y if y else 'XXXX'}-Q{q}",
                     date=dt.date(y, 3 * q - 2, 1) if y else None, precision="quarter" if y else "",
                     relative=not g.get("qy"))
    if name == "present":
        return Timex(*span, type="DATE", value=L.PRESENT_WORDS[re.sub(r"\s+", " ", g["present"].lower())])
    if name == "set":
        w = g["set"].lower()
        unit = next((u for k, u in (("day", "D"), ("daily", "D"), ("dai", "D"), ("dag", "D"), ("week", "W"), ("uge", "W"), ("month", "M"),
                                    ("season", "Y"), ("år", "Y"), ("year", "Y"), ("annual", "Y")) if k in w), "Y")
        return Timex(*span, type="SET", value=f"P1{unit}")
    if name == "duration":
        n = _num(g["dn"], L)
        unit = L.UNIT_WORDS[g["dunit"].lower()]
        if unit == "weekend":
            return None
        if unit == "decade":
            unit, n = "year", (n * 10 if n is not None else None)
        code = _UNIT_CODE[unit]
        nv = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
        t = "T" if unit in ("hour", "minute", "second") else ""
        return Timex(*span, type="DURATION", value=f"P{t}{nv}{code}")
    if name == "year":
        y = int(g["y"])
        if not g.get("fiscal") and _counts_something(text, m.end(), L):
            return None
        return cal(dt.date(y, 1, 1), "year", f"{y:04d}")
    # --- relative to the anchor from here on
    if a is None:
        return None
    if name in ("ago", "ahead"):
        n = _num(g.get("n"), L)
        unit = L.UNIT_WORDS[g["unit"].lower()]
        sign = -1 if name == "ago" else 1
        if n is None or unit not in ("day", "week", "month", "year"):
            return Timex(*span, type="DATE", value="PAST_REF" if sign < 0 else "FUTURE_REF", relative=True)
        return _shift(span, a, unit, sign * int(n))
    if name == "rel_day":
        off = L.RELATIVE_DAYS[re.sub(r"\s+", " ", g["relday"].lower())]
        if a.precision != "day":
            return _coarse(span, a)
        d = a.value + dt.timedelta(days=off)
        return cal(d, "day", d.isoformat(), relative=True)
    if name == "rel_unit":
        unit, off = L.RELATIVE_UNITS[re.sub(r"\s+", " ", g["rel"].lower())]
        return _shift(span, a, unit, off)
    if name == "weekday":
        wd = L.WEEKDAYS[g["wd"].lower()]
        if a.precision != "day":
            return _coarse(span, a)
        mods, mod = _weekday_modifiers(L), (g.get("mod") or "").lower()
        direction = mods.get(f"{mod} {g['wd'].lower()}", mods.get(mod, "")) or ("nearest" if moved == "from" else "")
        d = _weekday(a.value, wd, future or moved == "to", direction)
        part = {"morning": "MO", "morgen": "MO", "formiddag": "MO", "afternoon": "AF", "eftermiddag": "AF",
                "evening": "EV", "aften": "EV", "night": "NI", "nat": "NI"}.get((g.get("part") or "").lower())
        if part:
            return cal(d, "day", f"{d.isoformat()}T{part}", relative=True, type_="TIME")
        return cal(d, "day", d.isoformat(), relative=True)
    return None


def _edge(word: str | None, L: ModuleType) -> str:
    """end / start / mid for an edge phrase before ("udgangen af") or after ("sonuna", "底") a period."""
    key = re.sub(r"\s+", " ", (word or "").lower().strip())
    return L.PERIOD_EDGES.get(key) or L.PERIOD_EDGES_AFTER.get(key, "")


def _names_an_event(text: str, start: int, end: int, L: ModuleType) -> bool:
    """Whether the season word at ``start:end`` is part of one of the language's SEASON_NAMES."""
    for name in L.SEASON_NAMES:
        lo = max(0, start - len(name))
        window = text[lo:end + len(name)].lower()
        for k in (i for i in range(len(window)) if window.startswith(name, i)):
            a, b = lo + k, lo + k + len(name)
            if a <= start and end <= b and not text[b:b + 1].isalnum() and not (a and text[a - 1].isalnum()):
                return True
    return False


def _capitalised_mid_sentence(text: str, pos: int) -> bool:
    """A capitalised word that is neither sentence-initial nor part of a name ("Theresa May")."""
    if not text[pos:pos + 1].isupper():
        return False
    before = text[max(0, pos - 30):pos].rstrip()
    if not before or before[-1] in ".!?\n\"“":
        return False
    prev = re.search(r"(\w+)$", before)
    return not (prev and prev.group(1)[0].isupper())


def _counts_something(text: str, end: int, L: ModuleType) -> bool:
    """Whether the number ending at ``end`` is followed by what it counts ("2000 soldater")."""
    nxt = re.match(r"\s+([^\W\d_][\w-]*)", text[end:end + 40])
    prev = re.search(r"(\w+)\s+(?:\d+\s*)$", text[max(0, end - 20):end])
    if not nxt or (prev and prev.group(1).lower() in L.YEAR_CUES):
        return False
    word = nxt.group(1)
    low = word.lower()
    if low in L.FUNCTION_WORDS or low in L.MONTHS or low in L.WEEKDAYS or low in L.UNIT_WORDS:
        return False
    return word[0].islower() or (L.__name__.endswith(".de") and low not in L.FUNCTION_WORDS)


def _coarse(span, a: PartialDate) -> Timex:
    """A day-level relative expression against a month/year-precision anchor: keep the anchor's period."""
    return Timex(*span, type="DATE", value=a.iso(), date=a.value, precision=a.precision, relative=True)


def _shift(span, a: PartialDate, unit: str, off: int) -> Timex | None:
    v = a.value
    if unit in ("week", "weekend", "day"):
        if a.precision != "day":
            return None if off else _coarse(span, a)
        d = v + dt.timedelta(days=off) if unit == "day" else v + dt.timedelta(weeks=off)
        if unit == "day":
            return Timex(*span, type="DATE", value=d.isoformat(), date=d, precision="day", relative=True)
        monday = d - dt.timedelta(days=d.weekday())
        val = _iso_week(d) + ("-WE" if unit == "weekend" else "")
        return Timex(*span, type="DATE", value=val, date=monday, precision="week", relative=True)
    if unit == "month":
        if a.precision == "year":
            return None
        d = _add_months(v, off)
        return Timex(*span, type="DATE", value=f"{d.year:04d}-{d.month:02d}", date=d, precision="month", relative=True)
    if unit == "year":
        y = v.year + off
        return Timex(*span, type="DATE", value=f"{y:04d}", date=dt.date(y, 1, 1), precision="year", relative=True)
    return None


# --- the DateMention view -------------------------------------------------------------


def extract_dates(article: Article) -> list[DateMention]:
    """Calendar dates in the article, normalised against ``article.published``, with their kind."""
    text = article.full_text
    L = get_lang(article.lang)
    spans = split_sentences(text, article.lang)
    out: list[DateMention] = []
    for tx in find_timexes(text, article.lang, article.published):
        s0, s1 = sentence_at(spans, tx.start)
        cue = _cue_before(text, tx.start, L.DEADLINE_CUES, s0)
        end = tx.end
        after = _cue_after(text, tx.end, s1, L) if not cue else ""
        if after:  # "30 Kasım'a kadar", "10月31日前": the postposition closes the mention
            cue, end = after.strip(), tx.end + len(after)
        if cue and tx.relative and _over_before(tx, article.published):
            cue, end = "", tx.end  # "by the end of last week, the rebels had ...": an event, no deadline is set in the past
        mention = _to_mention(tx, deadline=bool(cue))
        if mention is None:
            continue
        value, precision = mention
        kind = "deadline" if cue else "event"
        if not cue:
            # the "to"/"from" word before the date, or (Turkish) the case suffix after it
            suffix = _moved_suffix(text, s0, s1, tx.end, L)
            moved = "" if L.SUFFIX_APOSTROPHE else _moved_deadline(text, s0, s1, tx.start, L)
            ref = _cue_before(text, tx.start, L.REFERENCE_CUES, s0)
            if suffix:  # "15 Kasım'dan 30 Kasım'a ertelendi": the suffix says from and to
                moved, end = suffix[1:], tx.end + len(suffix)
            if moved:  # "the deadline was moved from 30 April to 15 May": both are its values
                kind, cue = "deadline", moved
                mention = _to_mention(tx, deadline=True) or mention
                value, precision = mention
            elif ref:
                kind, cue = "reference", ref
        start = tx.start - len(cue) - _gap(text, tx.start, cue) if cue and kind == "deadline" and end == tx.end \
            else tx.start
        out.append(DateMention(
            article_id=article.id, text=text[start:end], value=value, precision=precision, kind=kind,
            start=start, end=end, sentence=sentence_text(text, s0, s1, start, end), cue=cue, relative=tx.relative,
        ))
    return out


def _moved_deadline(text: str, s0: int, s1: int, start: int, L: ModuleType) -> str:
    """The "to"/"from" word right before a date in a sentence that names a deadline ("moved from
    30 April to 15 May", "pushed back to 1 June", "udskudt til 1. juni"), or ''."""
    if not L.DEADLINE_WORDS:
        return ""
    nouns = "|".join(re.escape(n) for n in L.DEADLINE_WORDS)
    b0, b1 = ("", "") if L.UNSPACED else (r"(?<!\w)", r"(?!\w)")
    if not re.search(rf"(?i){b0}(?:{nouns}){b1}", text[s0:s1]):
        return ""
    words = "|".join(re.escape(w) for w in sorted((*L.DEADLINE_TO, *L.DEADLINE_FROM), key=len, reverse=True))
    if L.UNSPACED:  # "从10月15日推迟到10月31日"
        m = re.search(rf"({words})\s*$", text[max(s0, start - 30):start]) if words else None
        return m.group(1) if m else ""
    m = re.search(rf"(?i)(?<!\w)({words})\s+(?:[^\W\d]{{1,3}}\s+)?$", text[max(s0, start - 30):start]) if words else None
    return m.group(1) if m else ""


def _moved_suffix(text: str, s0: int, s1: int, end: int, L: ModuleType) -> str:
    """The case suffix after a date that says "to" or "from" in a sentence that moves a deadline,
    where the language glues it after an apostrophe ("15 Kasım'dan 30 Kasım'a ertelendi"): the
    suffix with its apostrophe, or ''. The suffixes are the language's DEADLINE_TO/DEADLINE_FROM."""
    if not (L.SUFFIX_APOSTROPHE and L.DEADLINE_WORDS):
        return ""
    nouns = "|".join(re.escape(n) for n in L.DEADLINE_WORDS)
    if not re.search(rf"(?i)(?<!\w)(?:{nouns})(?!\w)", text[s0:s1]):
        return ""
    m = re.match(r"['’]([^\W\d_]{1,5})(?!\w)", text[end:end + 8])
    return m.group() if m and m.group(1).lower() in {w.lower() for w in (*L.DEADLINE_TO, *L.DEADLINE_FROM)} else ""


def _over_before(tx: Timex, published: PartialDate | None) -> bool:
    """True when the timex's calendar period ends before the article's publication date."""
    if published is None or tx.date is None:
        return False
    if tx.precision == "week":
        end = tx.date + dt.timedelta(days=6)
    elif tx.precision in ("day", "month", "year"):
        end = PartialDate(tx.date, tx.precision).end()
    else:
        return False
    return end < published.value


def _gap(text: str, start: int, cue: str) -> int:
    """Characters between the end of ``cue`` and ``start`` (white space, "den", "the")."""
    # the cue was found within CUE_WINDOW characters before ``start``: look no further back
    lo = max(0, start - CUE_WINDOW - len(cue))
    idx = text[lo:start].lower().rfind(cue.lower())
    return start - (lo + idx) - len(cue) if idx >= 0 else 0


def _to_mention(tx: Timex, deadline: bool = False) -> tuple[str, str] | None:
    """(value, precision) of a timex as a date mention. The end of a period is its last day only
    for a deadline ("inden udgangen af august": by 2021-08-31); an event at "the end of last
    year" or "fin février" keeps the period's own precision (2010, 2011-02): nothing invented."""
    if tx.date is None or tx.precision in ("", "decade"):
        return None
    d = tx.date
    if tx.precision == "day":
        return d.isoformat(), "day"
    if tx.precision == "month":
        if tx.edge == "end" and deadline:  # "inden udgangen af august" -> the last day of August
            return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1]).isoformat(), "day"
        return f"{d.year:04d}-{d.month:02d}", "month"
    if tx.precision == "week":
        sunday = d + dt.timedelta(days=min(6, (dt.date.max - d).days))  # the last week of 9999
        if tx.edge == "end" and deadline:  # "by the end of next week" -> its last day
            return sunday.isoformat(), "day"
        # a week lies in the month that holds most of its days (its Thursday, as ISO weeks
        # choose their year): "next week" said on 22 May 2024 (27 May - 2 June) is May
        thursday = d + dt.timedelta(days=min(3, (dt.date.max - d).days))
        return f"{thursday.year:04d}-{thursday.month:02d}", "month"
    if tx.precision == "year" and tx.edge == "end" and deadline:
        return f"{d.year:04d}-12-31", "day"
    if tx.precision in ("year", "season", "quarter"):
        return f"{d.year:04d}", "year"
    return None
