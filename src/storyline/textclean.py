"""Reusable text cleaning for crawled news: boilerplate lines out, the article body in.

Much crawled news text is a raw page dump: menus, cookie notices, "Publié le ..." stamps,
share buttons, related-headline lists, tweets quoted one per line. The embedder sees only
the first ~60 words, so a menu line there ruins the vector. ``clean_text`` keeps the lines
that read like prose; ``lead`` takes the first words of what is left.

``text_clean.v1`` rules (checked by eye on 40 random Crisis es/fr/it pages and 20 T17 pages):

1. Penn-Treebank tokens from tokenized corpora are undone (``-LRB-`` -> ``(``, `` 's`` -> ``'s``).
2. A line is boilerplate when it is shorter than ``MIN_BODY_WORDS`` words and does not end
   like a sentence, is mostly links/handles/hashtags, is a date/"updated" stamp, or matches
   a small multilingual list of page-furniture phrases (cookies, share, subscribe, ...).
3. A line repeated inside the same page is kept once.
4. When rules 2-3 leave nothing, the original text (whitespace-collapsed) is returned, so
   cleaning never loses an article.
"""
from __future__ import annotations

import functools
import re
import unicodedata

VERSION = "text_clean.v2"  # v2: bare datelines ("KABUL, April 29 - ") leave display titles and prose sentences

# A body line has at least this many words (or ends like a sentence). 8 drops menus, bylines and
# photo credits on the Crisis pages while keeping one-sentence paragraphs; checked by eye.
MIN_BODY_WORDS = 8
# Lines of at least this many words are kept even without final punctuation (long
# paragraphs cut by the crawler).
LONG_LINE_WORDS = 20

def fold(text: str) -> str:
    """Lower-case, accents removed: ``Égypte`` -> ``egypte`` (language-free matching keys)."""
    t = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in t if not unicodedata.combining(c))


_PTB = [
    (re.compile(r"-LRB-"), "("), (re.compile(r"-RRB-"), ")"), (re.compile(r"-LSB-"), "["),
    (re.compile(r"-RSB-"), "]"), (re.compile(r"-LCB-"), "{"), (re.compile(r"-RCB-"), "}"),
    (re.compile(r"``|''"), '"'),
    (re.compile(r"\( "), "("), (re.compile(r" \)"), ")"),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.I), r"\1"),
    (re.compile(r" ([,.;:!?%])(?=\s|$)"), r"\1"),
    (re.compile(r"\$ (?=\d)"), "$"),
]

_URLISH = re.compile(r"https?://\S+|www\.\S+|[@#]\w+")
_WORD = re.compile(r"\w+", re.UNICODE)
# scripts written without spaces between words (Han, kana, Thai, Lao, Myanmar, Khmer): a run of
# them is one word-character match, so words are counted as characters / CHARS_PER_WORD (Chinese words
# average about two characters, Japanese and Thai somewhat more; two keeps counts conservative)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff"
                       r"\u1000-\u109f\u1780-\u17ff]")
CHARS_PER_WORD = 2


def _token_words(token: str) -> int:
    c = len(_UNSPACED.findall(token))
    return 1 if c == 0 else max(1, (c + CHARS_PER_WORD - 1) // CHARS_PER_WORD)


def word_count(text: str) -> int:
    """Words in ``text``: runs of word characters, and in scripts written without spaces about
    one word per CHARS_PER_WORD characters ("洪水导致三座桥梁关闭" counts 5, not 1)."""
    return sum(_token_words(w) for w in _WORD.findall(text))


_SENTENCE_END = re.compile(r"[.!?:;»\"”’)…。！？」』]\s*$")
_STAMP = re.compile(
    r"^\s*(publi[ée]|mis à jour|updated|actualizado|aggiornato|last updated|posted|pubblicato|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2})",
    re.I,
)
# Page furniture seen on the Crisis pages, in the four languages (lower-case substrings).
_FURNITURE = (
    "cookie", "newsletter", "suscr", "abonn", "abbonat", "subscribe", "iniciar sesión", "se connecter",
    "accedi", "log in", "sign in", "compartir", "partager", "condividi", "share this", "tweet",
    "facebook", "whatsapp", "leer más", "lire aussi", "lire la suite", "leggi anche", "read more",
    "todos los derechos", "tous droits", "tutti i diritti", "all rights reserved", "copyright", "©",
    "cuenta de usuario", "publicidad", "publicité", "pubblicità", "advertisement",
    "this post is part of", "este post es parte", "ce billet fait partie", "questo post fa parte",
)


def looks_tokenized(text: str) -> bool:
    """True for Penn-Treebank-tokenised text (research corpora: -LRB-, double-backtick quotes, " , ")."""
    return "-LRB-" in text or "``" in text or " n't " in text or text.count(" , ") + text.count(" . ") >= 3


def detokenize(text: str) -> str:
    """Undo Penn-Treebank tokenisation (``-LRB-``, spaced punctuation, split clitics)."""
    if "-LRB-" not in text and " , " not in text and " 's " not in text and " . " not in text:
        return text
    for pat, rep in _PTB:
        text = pat.sub(rep, text)
    return text


def is_boilerplate(line: str) -> bool:
    """True for a line that is page furniture rather than article prose."""
    s = line.strip()
    if not s:
        return True
    n = word_count(s)
    if n == 0:
        return True
    low = s.lower()
    if n < 25 and any(f in low for f in _FURNITURE):
        return True
    if n < 12 and _STAMP.match(s):
        return True
    linkish = len(_URLISH.findall(s))
    if linkish and linkish * 3 >= n:
        return True
    if s.startswith("@") and ":" in s[:30]:  # a quoted tweet, one per line
        return True
    if n >= LONG_LINE_WORDS:
        return False
    if n < MIN_BODY_WORDS:
        return True
    return not _SENTENCE_END.search(s) and n < 12


def clean_text(text: str) -> str:
    """The prose lines of ``text``, one per line, boilerplate and repeats removed."""
    text = detokenize(text.replace("\r\n", "\n").replace("\r", "\n"))
    seen: set[str] = set()
    kept: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if is_boilerplate(line):
            continue
        key = line.lower()
        if key in seen:
            continue
        seen.add(key)
        kept.append(line)
    if not kept:
        return " ".join(text.split())
    return "\n".join(kept)


# --- display titles ------------------------------------------------------------------------------
# Crawled text often starts with page furniture or wire markup instead of a headline: a
# timestamp line ("TRIPOLI | Sun Mar 20 , 2011 7:55 pm EDT"), a dateline ("TRIPOLI (Reuters) -"),
# a photo credit, a cookie notice, inline CSS. The stored title stays what the source gave (it is
# part of the article's id); what people read is ``display_title``.
_WIRE_STAMP = re.compile(
    r"^(?:[A-Z][A-Za-z0-9 .,'/-]{1,40}\s*\|\s*)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"\s*,?\s*\d{4}\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*"
    r"|^[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\s*\|\s*"
    # a page's own stamp before the text: "24 April 2011 Last updated at 17:55 GMT Help", "10 January 12
    # 18:37 GMT" (a day, a month word, a year, then a time or "Last updated")
    r"|^\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:\d{4}|\d{2})\s+(?:Last updated(?: at)?\s+)?\d{1,2}[:.]\d{2}\s*"
    r"(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT)?\s*(?:Help\s+)?")
# the same timestamp anywhere near the start (after a photo credit or a section name)
_STAMP_INSIDE = re.compile(
    r"\|\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*,?\s*\d{4}\s+\d{1,2}:\d{2}"
    r"\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*")
# "KABUL, Aug 15 (Reuters) -", "VALBONNETTE, 22 juillet (AHP) -": a place in capitals (maybe with its
# region, "KOUROU (Guyane), 14 mars (AHP) -"), an optional short date, or a date alone ("March 26
# (Reuters) -"), or nothing ("(Reuters) -"); then an agency in parentheses (one word, two joined by a
# slash, or up to three capitalised words, "(Continental Wire)") and a dash
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'/-]{1,40}(?:\s*\([^()\n]{2,30}\))?(?:,\s*[^()\n]{1,24}?)?\s*|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?"
    r"\((?:[A-Za-z]{2,10}(?:/[A-Za-z]{2,10})?|[A-Z][\w.&]+(?: [A-Z][\w.&]+){1,2})\)\s*[-–—:]+\s*")
# a bare dateline, no agency: "KABUL - ", "KABUL, April 29 - ", "NEW YORK, 3 May – ", "SPRINGFIELD, Ill. -- ",
# "SÃO PAULO — ": a place in capitals (up to four words), an optional region ("Ill.", "Puerto Rico") and short
# date after commas, then a dash with spaces around it. Whether the capitals name a place and not a body
# ("NATO - the alliance said") is for _bare_dateline to say
_CAPS = "A-ZÀ-ÖØ-Þ"
_BARE_DATELINE = re.compile(
    rf"^(?P<place>[{_CAPS}][{_CAPS}.'’/-]*(?:\s+[{_CAPS}][{_CAPS}.'’/-]*){{0,3}})"
    r"(?:,\s*[A-Z][a-z]{1,8}\.?(?:\s+[A-Z][a-z]{2,12}){0,2}(?=\s*(?:,|\s-|\s[–—])))?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?(?:\s+\d{4})?))?"
    r"\s+(?:--?|[–—])(?:\s+|$)")
# a bare dateline's place has at least this many letters: no dateline city has two, while two capitals
# before a dash are an abbreviation ("US - China trade talks resume", "EU - ...")
DATELINE_MIN_LETTERS = 3
# a page's date-and-time stamp ("Giovedì • 10 Settembre 2015 • Aggiornato alle 14:54"): no headline
_TIME_STAMP_LINE = re.compile(r"\b\d{1,2}[:.]\d{2}\b.*\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b.*\b\d{1,2}[:.]\d{2}\b")
_BYLINE = re.compile(r"^By (?:the )?(?:[A-Z][\w.'-]*,?\s+|and\s+){0,7}?(?:CNN Wire Staff|Wire Staff|Staff Writer|"
                     r"Correspondent|CNN|Reuters|AP|AFP|BBC News|BBC|Associated Press|Bloomberg News|Bloomberg|"
                     r"Al Jazeera|NPR)\b,?\s*")
_CREDIT = re.compile(r"^(?:photo|foto|credit|crédit|crédito|image|bild|billede)\s*:", re.I)
# photo captions, agency notices and bylines: never a headline (lower-case substrings / patterns)
_TITLE_FURNITURE = ("photo\\/", "photo/", "handout", "editor's note", "mandatory credit", "editorial use",
                    "getty images", "file photo", "(photo", "foto:", "all rights reserved",
                    # site navigation and browser notices a crawl keeps as the page's first line
                    "enable javascript", "javascript is disabled", "javascript est désactivé", "attiva javascript",
                    "activa javascript", "menu di navigazione", "menú de navegación", "menu de navigation",
                    "navigation menu", "skip to content", "skip to main content", "aller au contenu",
                    "vai al contenuto", "ir al contenido", "sites éditoriaux", "sites du groupe", "nos journaux",
                    "boutique le ", "il blog del direttore", "le blog de la rédaction",
                    # author blurbs and series notices at the top or foot of a page
                    "the author is a", "the views expressed", "the opinions expressed", "this post is part of",
                    "este post forma parte", "ce billet fait partie", "questo post fa parte",
                    "este artículo forma parte", "cet article fait partie",
                    # "follow us" blocks
                    "retrouvez-nous sur", "suivez-nous sur", "follow us on", "find us on", "síguenos en",
                    "seguici su", "folgen sie uns", "følg os på")
_BYLINE_ONLY = re.compile(r"^by [A-Z]?[\w.'-]+(?: [\w.'-]+){0,3}(?: and [\w.'-]+(?: [\w.'-]+){0,3})?\.?$", re.I)
_CODE = re.compile(r"[{};]\s*\S+\s*:|^\s*[.#@]?[\w-]+\s*\{|function\s*\(|var \w+\s*="
                   r"|^\s*[\w$.\[\]'\"]+\s*=\s*[^=\s].*;\s*$|^\s*[\w$.]+\(.*\);\s*$")
# site notices that are no news in any length: terms of use, comment and privacy policies, tax ids
_NOTICES = ("terms of use", "terms and conditions", "termini e condizioni", "conditions d'utilisation",
            "conditions générales", "términos y condiciones", "condiciones de uso", "privacy policy",
            "politique de confidentialité", "política de privacidad", "comment policy", "community guidelines",
            "pubblicazione dei commenti", "partita iva", "p.iva", "p. iva", "cookie policy", "use cookies",
            "uses cookies", "utilizziamo i cookie", "utilizza cookie", "utilisons des cookies", "utilise des cookies",
            "utilizamos cookies", "utiliza cookies", "bruger cookies", "verwendet cookies", "verwenden cookies")
# "Se han publicado 4 comentarios", "12 comments": a page's comment counter
_COMMENT_COUNT = re.compile(r"^(?:se han publicado\s+|there are\s+)?\d+\s+(?:comentarios?|comments?|commentaires?|"
                            r"commenti|kommentarer|kommentare)\b", re.I)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` that are code, site notices or photo credits. The
    extractors leave what lies in them alone. Narrower than ``is_boilerplate`` on purpose: a short
    line is often a headline, and "said in a tweet on Friday that 200 ..." is news."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        s = line.strip()
        if s:
            low = s.lower()
            if _CODE.search(s) or any(k in low for k in _NOTICES) or _CREDIT.match(s) or _COMMENT_COUNT.match(s):
                out.append((pos, end))
        pos = end + 1
    return out


TITLE_MIN_WORDS = 3  # fewer is furniture more often than a headline ("Good luck !", "Read more")


def _bare_dateline(line: str) -> str:
    """``line`` without a leading bare dateline ("KABUL - ", "BERLIN, 3. Mai — "). Capitals that name
    a known organisation are no dateline ("NATO - the alliance said ...", "WHO - ..."), nor are two
    letters ("US - China trade talks resume")."""
    m = _BARE_DATELINE.match(line)
    if not m:
        return line
    place = m.group("place").strip(".'’/-")
    if sum(c.isalpha() for c in place) < DATELINE_MIN_LETTERS:
        return line
    from .extract.gazetteer import canonical_for  # (the gazetteer imports this module)

    known = canonical_for(place)
    if known is not None and known.label != "LOC":
        return line
    return line[m.end():]


def strip_wire_prefix(line: str) -> str:
    """A line without a leading wire timestamp ("CITY | Sun Mar 20 , 2011 7:55 pm EDT"), byline or
    dateline ("CITY (Reuters) -", "WASHINGTON, March 19 (AP) -", or a bare "KABUL, April 29 - ").
    When a headline precedes the timestamp ("Gaddafi vows to fight on TRIPOLI | Thu Sep 8 ..."), the
    headline is the result."""
    line = line.replace("\\/", "/")  # JSON-escaped slashes in scraped text: "SANAA\\/DAMASCUS"
    for _ in range(3):
        new = _bare_dateline(_DATELINE.sub("", _WIRE_STAMP.sub("", _BYLINE.sub("", line)))).strip()
        if new == line:
            break
        line = new
    m = _STAMP_INSIDE.search(line[:200])
    if m:
        before = _TRAILING_PLACE.sub("", line[: m.start()]).strip()
        if _title_ok(before):
            return before
        return strip_wire_prefix(line[m.end():])
    return line


# a photo caption ends with the day the picture was taken, agency style ("... in Damascus July 17,
# 2011."); headlines and ledes do not ("... avant le 31 mai 2011." is a lede: day-month dates end
# ordinary sentences too, so only the month-day-year form marks a caption)
_CAPTION_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d{2}\.$")
_TRAILING_PLACE = re.compile(r"\s*[A-Z][A-Z .'/-]+(?:,\s*[A-Z][a-z]{2,8}\.?\s*\d{1,2})?\s*$")


def _title_ok(line: str, min_words: int = TITLE_MIN_WORDS) -> bool:
    n = word_count(line)
    if n < min_words or _CREDIT.match(line) or _CODE.search(line):
        return False
    if n < 10 and _TIME_STAMP_LINE.search(line):
        return False
    low = line.lower()
    if n < 25 and any(f in low for f in _FURNITURE + _TITLE_FURNITURE):
        return False
    return not _URLISH.match(line) and not _BYLINE_ONLY.match(line)


def _is_caption(line: str) -> bool:
    """A photo caption: a sentence of 8 or more words ending with the day the picture was taken
    ("Demonstrators march through the streets of Damascus July 17, 2011."). Not for timeline
    sentences, where "... began on March 19, 2003." is news."""
    return line.endswith(".") and word_count(line) >= 8 and bool(_CAPTION_DATE.search(line))


# single Penn-Treebank quotes: "` under fresh assault '" reads "‘under fresh assault’" (a backtick
# opens nothing else). For display only: the stored text, and so every article id, stays as ingested
_PTB_SINGLE_QUOTES = re.compile(r"`\s*([^`'\n]{1,80}?)\s+'(?=[\s,.;:!?]|$)")


def _readable(line: str | None) -> str:
    """One line as people read it: single spaces, Penn-Treebank tokens undone, no wire prefix."""
    line = detokenize(" ".join((line or "").split()))
    return strip_wire_prefix(_PTB_SINGLE_QUOTES.sub("\u2018\\1\u2019", line) if "`" in line else line)


def _clip_title(line: str, max_chars: int) -> str:
    if len(line) <= max_chars:
        return line
    cut = line[:max_chars]
    space = cut.rfind(" ")
    return (cut[:space] if space > max_chars // 2 else cut).rstrip(" ,;:-–—") + "…"


def display_title(title: str | None, text: str = "", max_chars: int = 160) -> str:
    """What to show as an article's headline: its title without wire markup, or, when that is
    page furniture (a credit, a cookie notice, CSS, a timestamp alone), the first line of the
    text that reads like prose (``clean_text``), cut at a word boundary."""
    t = _readable(title)
    if t and _title_ok(t) and not _is_caption(t):
        return _clip_title(t, max_chars)
    for line in clean_text(text or "").split("\n")[:40]:
        line = strip_wire_prefix(line)
        if line and _title_ok(line) and not _is_caption(line):
            return _clip_title(line, max_chars)
    return _clip_title(t or " ".join((text or "").split()[:12]), max_chars)


def prose_sentence(sentence: str, min_words: int = 1) -> str | None:
    """A sentence as people should read it on a timeline (Penn-Treebank tokens undone, wire
    timestamp/byline/dateline prefix removed), or None when it is page furniture rather than
    news: a photo credit, a cookie or subscription notice, CSS, a byline alone, a shouted
    notice ("GRAZIE PER AVER GIÀ LETTO XX ARTICOLI QUESTO MESE."), a name with a date stamp
    ("Redazione Online6 febbraio 2012")."""
    s = _readable(sentence)
    if not s or not _title_ok(s, min_words) or _shouting(s) or _too_little_prose(s):
        return None
    return s


# a sentence needs this many lower-case words (3+ letters, not a month or weekday) to read as prose
# ("The United States accused Gaddafi." has one)
PROSE_MIN_LOWER_WORDS = 1
_LETTERS = re.compile(r"[^\W\d_]+")


def _shouting(s: str) -> bool:
    """Mostly capitals over 20 or more cased letters: a notice or a section banner, not news prose."""
    cased = [c for c in s if c.isupper() or c.islower()]
    return len(cased) >= 20 and sum(c.isupper() for c in cased) > 0.8 * len(cased)


@functools.lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    from .extract.lang import SUPPORTED, get_lang

    return frozenset(w for code in SUPPORTED for w in (*get_lang(code).MONTHS, *get_lang(code).WEEKDAYS))


def _too_little_prose(s: str) -> bool:
    """Fewer than PROSE_MIN_LOWER_WORDS lower-case words besides months and weekdays: a byline
    with a date, a name list. Scripts without case (Chinese, Arabic ...) are not judged."""
    words = _LETTERS.findall(s)
    if not words or not any(c.isupper() or c.islower() for w in words for c in w):
        return False
    calendar = _calendar_words()
    return sum(1 for w in words if w.islower() and len(w) >= 3 and w not in calendar) < PROSE_MIN_LOWER_WORDS


def lead(text: str, words: int = 60, *, clean: bool = True) -> str:
    """The first ``words`` words of the (cleaned) text: what the embedder sees. Words as
    ``word_count`` counts them, so a Chinese or Thai lead is about as long as any other."""
    body = clean_text(text) if clean else text
    out: list[str] = []
    left = words
    for tok in body.split():
        if left <= 0:
            break
        n = 1  # a spaced word ("U.S.", "2,500") is one, whatever its punctuation
        if _UNSPACED.search(tok):
            n = max(1, word_count(tok))
            if n > left:  # cut a long unspaced run at the budget
                tok, n = _cut_unspaced(tok, left), left
        out.append(tok)
        left -= n
    return " ".join(out)


def _cut_unspaced(token: str, words: int) -> str:
    """The start of ``token`` holding about ``words`` words of unspaced script."""
    seen = 0
    for i, ch in enumerate(token):
        if _UNSPACED.match(ch):
            seen += 1
            if seen > words * CHARS_PER_WORD:
                return token[:i]
    return token
