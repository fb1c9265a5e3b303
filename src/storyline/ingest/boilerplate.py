"""Paragraphs that are page furniture, not article text (language data).

Main-text extraction keys on markup (class names like ``share`` or ``paywall``); pages with
local-language or hashed class names, and feed bodies, keep lines such as "Del artiklen:
Facebook · LinkedIn", "Cet article est réservé aux abonnés", "分享到：微信 微博" or WordPress's
"The post ... appeared first on ...". ``drop_boilerplate`` removes whole short paragraphs
that open with one of these phrases; a phrase inside a longer paragraph is left alone.
"""
from __future__ import annotations

import re

# A paragraph longer than this is article text whatever it opens with.
MAX_BOILERPLATE_CHARS = 250

# Phrases a boilerplate paragraph opens with, by kind; each is a regex matched at the start
# of the paragraph, case-insensitive. Specific on purpose ("Del artiklen", not "Del", which
# opens Spanish sentences).
BOILERPLATE_OPENERS: dict[str, tuple[str, ...]] = {
    "share": (
        r"share (?:this|on|via|the|article|story)\b", r"del (?:artiklen|historien|på)\b", r"dela (?:artikeln|på)\b",
        r"(?:artikel )?teilen(?: auf| per|:| \|)", r"compartir (?:en|por|:|la noticia|este)", r"compartir:",
        r"partager (?:sur|cet article|l'article|:)", r"condividi (?:su|l'articolo|:)", r"поделиться\b",
        r"分享到", r"分享至", r"شارك (?:على|عبر|المقال)",
    ),
    "subscribe": (
        r"this (?:article|story|content) is (?:only )?(?:for|available to|reserved for) subscribers",
        r"subscribe (?:now|today|to (?:continue|read|get))", r"sign up for our (?:\w+ )?newsletter",
        r"denne artikel er (?:kun )?for (?:abonnenter|medlemmer)", r"bliv abonnent\b",
        r"dieser artikel ist teil von \S+\+?", r"jetzt \S+ (?:wochen|monate?) .{0,40}testen",
        r"weiterlesen mit \S+", r"este (?:contenido|artículo) es (?:exclusivo )?para (?:suscriptores|abonados)",
        r"suscríbete (?:a|para|ahora)", r"cet article est réservé aux abonnés", r"abonnez-vous (?:pour|dès|à)",
        r"questo articolo è riservato agli abbonati", r"подписывайтесь на (?:наш|нас)",
    ),
    "related": (
        r"(?:read (?:more|also)|related(?: stories| articles)?)\s*:", r"læs (?:også|mere)\s*:", r"lesen sie (?:auch|mehr)\s*:",
        r"lire aussi\s*:", r"(?:lee|lea) (?:también|más)\s*:", r"leggi anche\s*:", r"читайте также\b", r"اقرأ أيضا",
    ),
    "feed_footer": (
        r"the post .{1,300} appeared first on ", r"l[’']article .{1,300} est apparu en premier sur ",
        r"der beitrag .{1,300} erschien zuerst auf ", r"(?:el artículo|la entrada) .{1,300} se publicó primero en ",
        r"indlægget .{1,300} blev (?:først )?vist (?:først )?på ", r"l[’']articolo .{1,300} proviene da ",
    ),
    "credit": (r"责任编辑\s*[:：]", r"编辑\s*[:：]\s*\S{1,6}$"),
}
_OPENERS = re.compile(
    "|".join(f"(?:{p})" for ps in BOILERPLATE_OPENERS.values() for p in ps), re.IGNORECASE
)


def is_boilerplate(paragraph: str) -> bool:
    p = " ".join(paragraph.split())
    return bool(p) and len(p) <= MAX_BOILERPLATE_CHARS and _OPENERS.match(p) is not None


def drop_boilerplate(text: str) -> tuple[str, int]:
    """``text`` without its boilerplate paragraphs (blank-line separated), and how many went.
    A text made only of such paragraphs is returned as it is."""
    paragraphs = text.split("\n\n")
    kept = [p for p in paragraphs if not is_boilerplate(p)]
    if not kept or len(kept) == len(paragraphs):
        return text, 0
    return "\n\n".join(kept), len(paragraphs) - len(kept)
