"""Figures: ``extract_figures(article) -> list[Figure]``, every number that counts something.

Stages, per article:

1. find number candidates: digits written the language's way (``20.722`` / ``2,500`` /
   ``2 500``, decimals ``2,5`` / ``2.5``), an optional scale word ("mio.", "million"),
   spelled numbers ("To babyer", "two babies", via the language's number words and
   text2num for compounds), numbers in numerals ("三千名", "一万五千人"; the language's NUMERALS,
   read by ``numerals.parse_numeral``, and only before a classifier, a counted noun, a scale or a
   unit), and vague quantities ("flere hundrede" = 200..999, a range);
2. drop what is not a count: anything inside a date/time expression found by the date
   tagger (years, "11. september", durations are kept: "20 år" counts years), clock
   times, ordinals ("3. plads", "20-årsdagen") and numbers glued to words;
3. read the qualifier just before the number ("omkring" -> about, "færre end" -> less_than),
   the unit after it (%, currency) and what it counts (the noun phrase after it, up to
   ``MAX_WHAT_WORDS`` content words, stopping at a function word of the language);
4. the subject where the sentence gives one: "Germany has 1,300 troops", "Italy 895".
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from ..models import Article, Figure
from .dates import find_timexes
from .gazetteer import canonical_for, spacy_stop_words
from .lang import get_lang
from .numerals import numeral_chars, numeral_rx, parse_numeral
from .sentences import SpanSet, ascii_digits, sentence_at, sentence_text, split_sentences

VERSION = "figures.rules.v10"  # v10: a scaled value is rounded to 12 significant digits ("4,1 milliarder" was 4099999999.9999995); numbers in numerals ("三千名士兵", "一万五千人", "三百多人", "三点五亿欧元"; NUMERALS, read by numerals.parse_numeral), counted only before a classifier, counted noun, scale or unit, never "一些"/"统一"/"十分" or "一" alone; vague quantities where words have no spaces ("数千人", "十几万人": they were never read there), under the same test ("人数十分" is none); v9: a percent word before the number ("yüzde 3", "%3"; PERCENT_BEFORE), qualifiers after it ("3 binden fazla", "2500多"; QUALIFIERS_AFTER), case suffixes after an apostrophe skipped ("217'den"; SUFFIX_APOSTROPHE), languages without spaces (UNSPACED: units, scales and counted nouns by word list); v8: headline "thousands"/"hundreds" without "of" are vague ranges, never the scale of a number before them; a place after a preposition of place is no subject ("In Baviera circa 3.000 persone"); scale, currency and percent words of more than one word ("mil milhões", "millones de euros", "por cento"), and a figure's unit words are no second figure; a scale's linking word leads to what it counts ("3,5 milhões de pessoas") ("milhões", "ciento"); in languages with WHAT_ADJECTIVE_SUFFIXES the counted phrase is adjectives and one noun ("40 schepen | liggen"); v7: a count named before its number ("the death toll rose to 217", "Zahl der Todesopfer auf 205"); casualty nouns are what a figure counts ("158 morts"); copulas end the counted phrase; German phrases end in their noun; v6: "hundreds of thousands of" and its kin in six languages are one range; v2: the counted phrase stops at negations and times of day; German subjects need a known name; v3: numbers inside names and codes (B-2, COVID-19, 2000D, 21st) are not figures; v4: a sentence-initial subject must be a known name ("Mueren dos personas"); v5: a spelled number that is also a common word counts only in a number's context (Italian "sei" = "you are": "tu che sei")

# At most this many words make up "what a number counts": "amerikanske soldater" (2),
# "afghanske regeringssoldater" (2); three covers "Resolute Support Mission"-like names.
# Set by reading the seed articles.
MAX_WHAT_WORDS = 3
# How far back (characters) a qualifier phrase may start before a number.
QUALIFIER_WINDOW = 30
# How far (characters) "what it counts" and the subject are looked for after and before a
# number: MAX_WHAT_WORDS words and a "Germany has"/"the United Kingdom" subject fit easily;
# without a bound, a text of numbers and no full stops made every number scan its whole
# sentence (quadratic: 80 kB of "12 345 6,7" took minutes).
WHAT_WINDOW = 120
SUBJECT_WINDOW = 200

_DIGITS = re.compile(
    r"(?<![\w.,:/])(?:(?P<cur>[$€£])\s?)?(?P<num>\d{1,3}(?:(?P<sep>[.,\u00a0\u202f ])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# where words have no spaces (Chinese "派出2500名"), a number may follow any letter but a Latin one
_DIGITS_UNSPACED = re.compile(_DIGITS.pattern.replace(r"(?<![\w.,:/])", r"(?<![A-Za-z0-9_.,:/])", 1))


def _scaled(value: float, scale: float) -> float:
    """``value`` times its scale word without binary noise: 4.1 x 10^9 is 4100000000.0, not
    4099999999.9999995 (12 significant digits is far beyond what any article writes)."""
    return float(f"{value * scale:.12g}") if scale != 1.0 else value


def extract_figures(article: Article) -> list[Figure]:
    """Every number in the article that counts something (see the module docstring)."""
    original = article.full_text
    text = ascii_digits(original)  # "١٢٬٥٠٠" read as "12,500"; what is shown comes from the original
    lang = article.lang
    L = get_lang(lang)
    # a language without our own data: spaCy's stop words end the counted phrase ("млрд евро | на")
    extra_stops = spacy_stop_words((lang or "").split("-")[0].lower()) if L.__name__.endswith(".generic") else frozenset()
    spans = split_sentences(text, lang)
    blocked = [(t.start, t.end) for t in find_timexes(original, lang, article.published) if t.type != "DURATION"]
    figures: list[Figure] = []
    taken = SpanSet(blocked)  # date spans and figures already read
    for start, end, value, value_max, qualifier in _candidates(text, L):
        if taken.overlaps(start, end):
            continue
        if _not_a_count(text, start, end, L):
            continue
        s0, s1 = sentence_at(spans, start)
        p_start = _percent_before(text, start, s0, L)  # "yüzde 3", "%3", "百分之三"
        q_start, q = _qualifier(text, p_start, s0, L)
        if qualifier == "range":
            q_start, q = p_start, "range"
        elif q:
            qualifier = q
        pos, unit, scale = _unit_after(text, end, L)
        if qualifier == "exact":  # "3 binden fazla", "2500多名", "1.200 civarında"
            pos, q_after = _qualifier_after(text, pos, L)
            qualifier = q_after or qualifier
            if q_after:
                pos, unit2, scale2 = _unit_after(text, pos, L)
                unit, scale = unit or unit2, scale if scale != 1.0 else scale2
        if p_start < start:
            unit = "%"
        if text[start:start + 1] in "$€£":
            unit = text[start]
        value = _scaled(value, scale)
        value_max = _scaled(value_max, scale) if value_max is not None else None
        at = _past_scale_link(text, pos, L) if scale != 1.0 and not unit else pos  # "3,5 milhões de | pessoas"
        what = (_what_unspaced(text, at, L) if L.UNSPACED else _what(text, at, min(s1, at + WHAT_WINDOW), L, extra_stops)) \
            or _what_before(text, s0, q_start, L)
        subject = _subject(text, q_start, s0, L)
        taken.add(start, pos)  # its scale and unit too: "10,6 milhões" is no second number ("milhões")
        if L.SUFFIX_APOSTROPHE and pos > end and not text[end:pos].strip("'’" + "".join(
                c for c in text[end:pos] if c.isalpha())):
            pos = end  # "230'a yükseldi": a case suffix alone is no part of the figure as written
        figures.append(Figure(
            article_id=article.id, text=original[q_start:pos].strip(), value=value, start=q_start, end=pos,
            sentence=sentence_text(original, s0, s1, q_start, pos), what=what, qualifier=qualifier,
            value_max=value_max, subject=subject,
            unit=unit,
        ))
    figures.sort(key=lambda f: f.start)
    return _inherit_what(figures)


# --- candidates -----------------------------------------------------------------------


def _candidates(text: str, L: ModuleType):
    """(start, end, value, value_max, qualifier) for vague quantities, spelled and digit numbers."""
    for m in _vague_rx(L.__name__).finditer(text):
        if re.search(r"\d\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # "3 آلاف": the plural is the number's scale, not "thousands"
        if L.UNSPACED and not _numeral_counts(text, m.start(), m.end(), L):
            continue  # "人数十分有限": the number of people (人数) is very (十分) limited
        lo, hi = L.VAGUE_QUANTITIES[re.sub(r"\s+", " ", m.group(1).lower())]
        yield m.start(), m.end(), float(lo), float(hi), "range"
    rx = numeral_rx(L.__name__)
    for m in rx.finditer(text) if rx else ():  # "三千名", "3千人": before the digits, which "3千" holds
        value = parse_numeral(m.group(), L)
        if value is not None and _numeral_counts(text, m.start(), m.end(), L):
            yield m.start(), m.end(), value, None, "exact"
    for m in (_DIGITS_UNSPACED if L.UNSPACED else _DIGITS).finditer(text):
        if _part_of_a_name(text, m.start(), m.end(), L.UNSPACED):
            continue
        value = parse_number(m.group("num"), L)
        if value is not None:
            yield m.start(), m.end(), value, None, "exact"
    for m in _words_rx(L.__name__).finditer(text) if not rx else ():  # numerals are the spelled numbers
        if m.group().lower() in L.NUMBER_WORDS_NEED_CONTEXT and not _reads_as_number(text, m.start(), m.end(), L):
            continue
        value = _words_value(m.group(), L)
        if value is not None:
            yield m.start(), m.end(), float(value), None, "exact"


def _numeral_counts(text: str, start: int, end: int, L: ModuleType) -> bool:
    """Whether the numeral run at ``start:end`` is a count: numeral characters also make words
    ("一些" some, "统一" unify, "十分" very, "万一" in case), so, unlike digits, a run counts only
    before what a number stands before: a classifier ("三千名"), a counted noun ("十二人"), a
    currency or percent word ("三百元"), a scale ("五十万", "三十多万人"), or after a percent word
    ("百分之三十"); a qualifier after it may come first ("三百多人"). The same holds for vague
    quantities where words have no spaces ("数千人", not "人数十分"). ``ONE_WORDS`` alone ("一名官员",
    an official) are articles as much as numbers, and a unit with no digit before it counts only
    with a qualifier after it ("百余人", "千余名"; "百姓", "千方百计" are words)."""
    run = text[start:end]
    if run in L.ONE_WORDS:
        return False
    pos, q = _qualifier_after(text, end, L)
    if len(run) == 1 and L.NUMERALS.get(run, 0) >= 100 and not q:
        return False
    if any(text.startswith(w, pos) for w in L.SCALES) or L.NUMERALS.get(run[-1], 0) >= 1e4 \
            or _percent_before(text, start, max(0, start - 20), L) < start:
        return True
    heads = (*L.CLASSIFIERS, *L.COUNTED_NOUNS, *L.CURRENCY_WORDS, *L.PERCENT_WORDS)
    return any(text.startswith(w, pos) for w in heads)


def _reads_as_number(text: str, start: int, end: int, L: ModuleType) -> bool:
    """Whether an ambiguous spelled number ("sei": six / you are) reads as a number here: after an
    article, preposition or quantifier, or opening a sentence before a plural word ("Sei soldati", not "Sei stato")."""
    before = text[max(0, start - 30):start]
    prev = re.search(r"([^\W\d_][\w'’]*)\s+$", before)
    if prev and not re.search(r"[.!?:;\n\"“«]\s*$", before[:prev.start()]):
        return prev.group(1).lower() in L.NUMBER_CONTEXT_BEFORE
    if prev is None and not re.search(r"(?:^|[.!?:;\n\"“«])\s*$", before):
        return False
    nxt = re.match(r"\s+([^\W\d_]+)", text[end:end + 40])
    return bool(nxt) and nxt.group(1)[0].islower() and nxt.group(1).lower().endswith(L.PLURAL_SUFFIXES)


# Letters glued to a number that still leave it a count or an amount ("10km", "5bn", "3m").
GLUED_UNITS = frozenset({"km", "kg", "m", "mm", "cm", "bn", "mn", "k", "mio", "mia", "mrd", "t", "h", "mw", "gw"})
_GLUED = re.compile(r"[^\W\d_]+")
_GLUED_LATIN = re.compile(r"[A-Za-z]+")


def _part_of_a_name(text: str, start: int, end: int, unspaced: bool = False) -> bool:
    """A number inside a name or a code, never a count: "B-2", "F-16", "COVID-19", "Mirage 2000D",
    "A320neo"; ordinals written with letters ("21st") too. Where words have no spaces ("2500名"),
    only Latin letters glued to a number make a code."""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True
    m = (_GLUED_LATIN if unspaced else _GLUED).match(text, end)
    return bool(m) and m.group().lower() not in GLUED_UNITS


@lru_cache(maxsize=None)
def _vague_rx(mod: str) -> re.Pattern:
    L = get_lang(mod.rsplit(".", 1)[-1])
    alts = sorted(L.VAGUE_QUANTITIES, key=len, reverse=True) or ["(?!x)x"]
    # where words have no spaces, any character but a digit, a Latin letter or a numeral may stand
    # around it ("有数千人", "十几万人"; "二十几" is no "十几")
    before, after = (rf"(?<![0-9A-Za-z{re.escape(numeral_chars(L))}])", "") if L.UNSPACED else (r"(?<!\w)", r"(?!\w)")
    # never the scale of a number before it ("3 millions", "2,5 Millionen"): that is one exact figure
    return re.compile(before + r"(?<!\d\s)(" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
                      + r")" + after, re.IGNORECASE)


@lru_cache(maxsize=None)
def _words_rx(mod: str) -> re.Pattern:
    L = get_lang(mod.rsplit(".", 1)[-1])
    words = sorted(L.NUMBER_WORDS, key=len, reverse=True) or ["(?!x)x"]
    w = "|".join(re.escape(x) for x in words)
    joiners = "|".join(re.escape(j) for j in L.NUMBER_JOINERS if j != "-") or "(?!x)x"
    # "tre hundrede", "twenty-five", "to hundrede og halvtreds"; German/Danish compounds are one word
    return re.compile(rf"(?<![\w-])(?:{w})(?:[\w]*)(?:(?:\s+(?:{joiners})\s+|\s+|-)(?:{w})[\w]*)*(?![\w-])",
                      re.IGNORECASE)


def _words_value(phrase: str, L: ModuleType) -> float | None:
    low = phrase.lower()
    if low in L.NUMBER_WORDS:
        return L.NUMBER_WORDS[low]
    lang = L.__name__.rsplit(".", 1)[-1]
    try:
        from text_to_num import text2num

        return float(text2num(low, lang))
    except Exception:  # not a number to text2num ("tredive" is, "tretten-årig" is not)
        return None


def parse_number(s: str, L: ModuleType) -> float | None:
    """Read ``s`` with the language's separators: da ``20.722`` = 20722, ``2,5`` = 2.5; en ``2,500``."""
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in s:
        s = s.replace(" ", "")
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    dec = L.DECIMAL_SEP
    last = s.rfind(seps[-1])
    tail = len(s) - last - 1
    if not dec:  # unknown language: a single separator followed by three digits groups thousands
        dec = seps[-1] if (len(set(seps)) == 2 or tail != 3) else ""
    if len(set(seps)) == 2:
        dec = seps[-1]
    if seps[-1] == dec and (seps.count(dec) == 1):
        whole, frac = s[:last], s[last + 1:]
        whole = re.sub(r"[.,]", "", whole)
        return float(f"{whole}.{frac}")
    if tail == 3 or len(seps) > 1:
        return float(re.sub(r"[.,]", "", s))
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


# --- filters --------------------------------------------------------------------------


def _not_a_count(text: str, start: int, end: int, L: ModuleType) -> bool:
    after = text[end:end + 3]
    before = text[max(0, start - 4):start]
    if L.ORDINAL_PREFIXES and before.rstrip().endswith(tuple(L.ORDINAL_PREFIXES)):  # "第3天": the third day
        return True
    if re.match(r"-\w", after) or re.match(r"[:.]\d", after):  # "20-årsdagen", "14:30"
        return True
    if re.search(r"\w-$", before):  # "covid-19"
        return True
    if re.search(r"(?<!\w)(?:kl\.?|klokken)\s*$", text[max(0, start - 8):start], re.IGNORECASE):  # "kl. 14.30"
        return True
    if re.match(r"\s*(?:uhr|o'clock)(?!\w)", text[end:end + 10], re.IGNORECASE):  # "um 22 Uhr", "at 10 o'clock"
        return True
    # Danish/German ordinals: "3. plads", "20. Jahrhundert" (a full stop then a lower-case word / a noun)
    if L.DECIMAL_SEP == "," and re.match(r"\.\s+[^\W\d_]", after) and text[start:end].isdigit() and end - start <= 3:
        nxt = re.match(r"\.\s+(\w+)", text[end:end + 30])
        if nxt and nxt.group(1)[0].islower():
            return True
    return False


# --- qualifier, unit, what, subject ---------------------------------------------------


def _qualifier(text: str, start: int, sent_start: int, L: ModuleType) -> tuple[int, str]:
    window = text[max(sent_start, start - QUALIFIER_WINDOW):start]
    low = window.lower()
    for rx, qualifier in _qualifier_rxs(L.__name__):
        m = rx.search(low)
        if m:
            return start - (len(window) - m.start()), qualifier
    return start, ""


@lru_cache(maxsize=None)
def _qualifier_rxs(mod: str) -> list[tuple[re.Pattern, str]]:
    """The language's qualifier phrases, longest first, each anchored at the window's end."""
    L = get_lang(mod.rsplit(".", 1)[-1])
    edge = r"(?<![A-Za-z0-9])" if L.UNSPACED else r"(?<!\w)"  # "派出约2500名": no space before "约"
    return [(re.compile(edge + re.escape(p.lower()).replace(r"\ ", r"\s+") + r"\s*$"), L.QUALIFIERS[p])
            for p in sorted(L.QUALIFIERS, key=len, reverse=True)]


@lru_cache(maxsize=None)
def _unit_phrases_rx(mod: str) -> re.Pattern:
    """The language's scale, currency and percent words of more than one word ("mil milhões", "de
    euros", "por cento", "per cent"), longest first; in a language written without spaces, every
    one of them ("万", "亿", "欧元": no space ends them)."""
    L = get_lang(mod.rsplit(".", 1)[-1])
    phrases = sorted({p for p in (*L.SCALES, *L.CURRENCY_WORDS, *L.PERCENT_WORDS)
                      if " " in p.strip() or L.UNSPACED and p != "%"}, key=len, reverse=True)
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or "(?!x)x"
    edge = "" if L.UNSPACED else r"(?!\w)"
    return re.compile(rf"\s*((?:{alts})){edge}(\.?)", re.IGNORECASE)


def _percent_before(text: str, start: int, sent_start: int, L: ModuleType) -> int:
    """Where a percent word written before the number starts ("yüzde 3", "%3"), else ``start``."""
    if not L.PERCENT_BEFORE:
        return start
    window = text[max(sent_start, start - 20):start]
    for word in sorted(L.PERCENT_BEFORE, key=len, reverse=True):
        m = re.search(rf"(?i)(?:^|(?<!\w)|(?<=\W)){re.escape(word)}\s*$", window)
        if m and (not word[-1:].isalpha() or m.end() > m.start() + len(word) or L.UNSPACED):
            return start - (len(window) - m.start())  # a word needs a space after it ("yüzde 3")
    return start


@lru_cache(maxsize=None)
def _qualifier_after_rx(mod: str) -> re.Pattern | None:
    L = get_lang(mod.rsplit(".", 1)[-1])
    if not L.QUALIFIERS_AFTER:
        return None
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(L.QUALIFIERS_AFTER, key=len, reverse=True))
    return re.compile(rf"\s*(?P<q>{alts})" + ("" if L.UNSPACED else r"(?!\w)"), re.IGNORECASE)


def _qualifier_after(text: str, pos: int, L: ModuleType) -> tuple[int, str]:
    """A qualifier written after the number and its scale word: "3 binden fazla" (more than 3,000),
    "2500多名" (more than 2,500). Returns the position after it and the qualifier ('' when none)."""
    rx = _qualifier_after_rx(L.__name__)
    m = rx.match(text, pos) if rx else None
    if not m:
        return pos, ""
    return m.end(), L.QUALIFIERS_AFTER[" ".join(m.group("q").lower().split())]


def _unit_after(text: str, end: int, L: ModuleType) -> tuple[int, str, float]:
    """Position after the number's unit/scale words, the unit, and the scale factor."""
    pos, unit, scale = end, "", 1.0
    if L.SUFFIX_APOSTROPHE:  # "217'den fazla", "50 milyon avro'luk": the case suffix is no word
        m = re.match(r"['’][^\W\d_]{1,5}(?!\w)", text[pos:pos + 8])
        pos += m.end() if m else 0
    for _ in range(2):
        m = _unit_phrases_rx(L.__name__).match(text[pos:pos + 40]) or re.match(
            r"\s*(%|[^\W\d_]\w*)(\.?)", text[pos:pos + 40])
        if not m:
            break
        word = " ".join(m.group(1).lower().split())
        dotted = word + "."
        # the full stop belongs to an abbreviation ("mio.", "kr.", "pct."), not to the sentence
        take = m.end() if (m.group(2) and (dotted in L.PERCENT_WORDS or dotted in L.CURRENCY_WORDS
                                           or word in L.ABBREVIATIONS)) else m.end(1)
        if word == "%" or word in L.PERCENT_WORDS or dotted in L.PERCENT_WORDS:
            unit, pos = "%", pos + take
        elif word in L.SCALES and scale == 1.0:
            scale, pos = L.SCALES[word], pos + take
        elif word in L.CURRENCY_WORDS or dotted in L.CURRENCY_WORDS:
            unit, pos = L.CURRENCY_WORDS.get(word) or L.CURRENCY_WORDS[dotted], pos + take
            break
        else:
            break
    return pos, unit, scale


@lru_cache(maxsize=None)
def _scale_links(mod: str) -> frozenset[str]:
    """Words that join a scale to what it counts, as the language's currency phrases show them
    ("de" of "de euros": "3,5 milhões de pessoas", "millones de personas"; "di" of "di euro")."""
    L = get_lang(mod.rsplit(".", 1)[-1])
    return frozenset(p.split()[0].lower() for p in L.CURRENCY_WORDS if len(p.split()) > 1)


def _past_scale_link(text: str, pos: int, L: ModuleType) -> int:
    """Position after a scale's linking word ("milhões de"), or ``pos`` when none follows."""
    m = re.match(r"\s+([^\W\d_]+)(?=\s)", text[pos:pos + 20])
    return pos + m.end() if m and m.group(1).lower() in _scale_links(L.__name__) else pos


def _what_unspaced(text: str, pos: int, L: ModuleType) -> str:
    """What a number counts where words have no spaces: after an optional classifier ("名", "顶"),
    the longest of the language's ``COUNTED_NOUNS`` ("2500名士兵" -> 士兵, "1.2万人" -> 人); '' when
    none follows (a guess from bare characters would as often be a verb)."""
    rest = text[pos:pos + 20].lstrip()
    for c in sorted(L.CLASSIFIERS, key=len, reverse=True):
        if rest.startswith(c):
            rest = rest[len(c):]
            break
    return next((n for n in sorted(L.COUNTED_NOUNS, key=len, reverse=True) if rest.startswith(n)), "")


def _what(text: str, pos: int, sent_end: int, L: ModuleType, extra_stops: frozenset[str] = frozenset()) -> str:
    words = []
    adjective_endings = getattr(L, "WHAT_ADJECTIVE_SUFFIXES", ())
    for m in _WORD.finditer(text, pos, sent_end):
        gap = text[pos:m.start()]
        if words and gap.strip() or (not words and gap.strip() not in ("", "of", "af")):
            break
        w = m.group()
        low = w.lower()
        if low in L.FUNCTION_WORDS or low in L.MONTHS or low in L.WEEKDAYS or low in L.RELATIVE_DAYS or \
                low in L.WHAT_STOP_WORDS or low in extra_stops:
            break
        if words and low.endswith(L.VERB_SUFFIXES):
            break
        if L.VERB_FINAL and len(low) >= 5 and low.endswith(L.VERB_SUFFIXES):
            break  # the clause's verb right after the number: "yüzde 3 | arttı"
        if getattr(L, "NOUNS_CAPITALISED", False) and any(x[:1].isupper() for x in words):
            break  # German: the phrase ends in its (capitalised) noun ("1.700 Soldaten | helfen")
        words.append(w)
        pos = m.end()
        if len(words) >= MAX_WHAT_WORDS:
            break
        if adjective_endings and not low.endswith(adjective_endings):
            break  # the noun after its adjectives: "40 schepen | liggen", "2.500 Nederlandse soldaten",
            # "300 polskich żołnierzy | walczy"
    if getattr(L, "NOUNS_CAPITALISED", False) and not any(x[:1].isupper() for x in words[:3]):
        return ""  # no noun: "auf 205 gestiegen", "10,6 Milliarden Euro beschließen" end in a verb
    # Danish/German/English noun phrases end in their noun: drop trailing capitalised names
    # that start a new phrase only when the first word was lower-case ("soldater Bagram").
    while len(words) > 1 and words[0][0].islower() and words[-1][0].isupper() and not L.__name__.endswith(".de"):
        words.pop()
    return " ".join(words)


def _what_before(text: str, sent_start: int, start: int, L: ModuleType) -> str:
    """What a figure counts when the sentence names it before the number and a preposition leads
    to it: "the death toll rose to 217" (dead), "Zahl der Todesopfer auf 205" (Todesopfer), "i
    morti salgono a 217" (morti). Language data: ``COUNT_NOUNS_BEFORE``, ``COUNT_PREPOSITIONS``."""
    if not L.COUNT_NOUNS_BEFORE or not L.COUNT_PREPOSITIONS:
        return ""
    before = text[max(sent_start, start - WHAT_WINDOW):start]
    preps = "|".join(re.escape(p) for p in L.COUNT_PREPOSITIONS)
    if not re.search(rf"(?i)(?<!\w)(?:{preps})\s*$", before):
        return ""
    phrases = "|".join(re.escape(p) for p in sorted(L.COUNT_NOUNS_BEFORE, key=len, reverse=True))
    found = list(re.finditer(rf"(?i)(?<!\w)(?:{phrases})(?=\s|['’]|$)", before))
    if not found:
        return ""
    m = found[-1]
    key = next(k for k in L.COUNT_NOUNS_BEFORE if k.lower() == " ".join(m.group().lower().split()))
    if L.COUNT_NOUNS_BEFORE[key]:
        return L.COUNT_NOUNS_BEFORE[key]
    offset = start - len(before)
    return _what(text, offset + m.end(), start, L)


_CAP = r"(?:[A-ZÆØÅÄÖÜÉ][\w'’.-]*(?:\s+(?:of\s+)?[A-ZÆØÅÄÖÜÉ][\w'’.-]*)*)"


def _subject(text: str, start: int, sent_start: int, L: ModuleType) -> str:
    """Who has the figure: "Germany has 1,300", "the United Kingdom 750", "USA har 2500"."""
    lo = max(sent_start, start - SUBJECT_WINDOW)
    before = text[lo:start].rstrip()
    verbs = "|".join(re.escape(v) for v in sorted(L.POSSESSION_VERBS, key=len, reverse=True))
    if verbs:
        m = re.search(rf"({_CAP})\s+(?:{verbs})(?:\s+\w+ly)?$", before)
        if m:
            return _strip_article(m.group(1), L)
    at_start = "^(?P<opening>)|" if lo == sent_start else ""  # a cut window does not start the sentence
    m = re.search(rf"(?:{at_start}[,;]\s*|\band\s+|\bog\s+)(?P<name>(?:the\s+)?{_CAP})$", before)
    if not m:
        return ""
    name = _strip_article(m.group("name"), L)
    if m.groupdict().get("opening") is not None:
        # a sentence that opens with a capitalised word and the number: "Italy 895" in a list,
        # but as often a verb ("Mueren dos personas") or a headline word; only a known name counts
        return name if canonical_for(name) is not None else ""
    return name


def _strip_article(name: str, L: ModuleType) -> str:
    words = name.split()
    if len(words) > 1 and words[0].lower() in L.PLACE_PREPOSITIONS:
        return ""  # "In Baviera circa 3.000 persone": where it happened, not whose the figure is
    while words and words[0].lower() in L.FUNCTION_WORDS:
        words = words[1:]
    name = " ".join(words)
    if getattr(L, "NOUNS_CAPITALISED", False) and name:
        # German capitalises every noun ("Berichte über elf Tote"): a capitalised word is a
        # subject only when it is a known name (country, organisation, place in the gazetteer)
        return name if canonical_for(name) is not None else ""
    return name


def _inherit_what(figures: list[Figure]) -> list[Figure]:
    """Ellipsis: "Germany has 1,300 troops, Italy 895" -> 895 counts troops too."""
    out: list[Figure] = []
    for f in figures:
        if not f.what and out and out[-1].sentence == f.sentence and out[-1].what and not f.unit:
            f = Figure(**{**f.as_dict(), "what": out[-1].what})
        out.append(f)
    return out
