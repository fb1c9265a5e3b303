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

import re

VERSION = "text_clean.v1"

# A body line has at least this many words (or ends like a sentence). 8 drops menus, bylines and
# photo credits on the Crisis pages while keeping one-sentence paragraphs; checked by eye.
MIN_BODY_WORDS = 8
# Lines of at least this many words are kept even without final punctuation (long
# paragraphs cut by the crawler).
LONG_LINE_WORDS = 20

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
_SENTENCE_END = re.compile(r"[.!?:;»\"”’)…]\s*$")
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
    words = _WORD.findall(s)
    n = len(words)
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


def lead(text: str, words: int = 60, *, clean: bool = True) -> str:
    """The first ``words`` words of the (cleaned) text: what the embedder sees."""
    body = clean_text(text) if clean else text
    return " ".join(body.split()[:words])
