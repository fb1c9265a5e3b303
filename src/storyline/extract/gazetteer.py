"""Name lists for entities (``gazetteer.v3``): countries in many languages, organisations, places.

Two uses:

1. **Finding** known names in text (:func:`find_names`), as a layer after the statistical
   models (they never saw "Taliban") and as the main source for languages with no model.
2. **Canonical names** (:func:`canonical_for`): every alias maps to one English name, so
   ``Tadsjikistan``, ``Tadschikistan`` and ``Tajikistan`` are one entity, as are ``Nato``
   and ``NATO``, or ``USA``, ``US`` and ``United States``.

Sources, all data: pycountry's ISO 3166-1 country names (English name, official and
common names) and their gettext translations shipped inside pycountry for the languages in
:data:`COUNTRY_LANGS`; plus the hand-written table ``lang/entities_aliases.json``
(organisations in Danish/English/German/French/Spanish forms, extra country aliases such
as "US" or "Britain", a few places, and names that end in "s" without being genitives).
"""
from __future__ import annotations

import functools
import gettext
import importlib
import importlib.util
import itertools
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..textclean import fold

_F = TypeVar("_F", bound=Callable[..., Any])
_build_lock = threading.RLock()


def built_once(fn: _F) -> _F:
    """``lru_cache`` whose builds are serialised: the lazy tables here and the stop-word lists
    in ``entities`` import spaCy's language modules on first use, and two API threads doing
    that at once raced inside the import system (``KeyError: 'spacy'`` under 50 clients)."""
    cached = functools.lru_cache(maxsize=None)(fn)

    @functools.wraps(fn)
    def wrapper(*args: Any) -> Any:
        with _build_lock:
            return cached(*args)

    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


VERSION = "gazetteer.v7"  # v7: Turkish country names (pycountry), German/Austrian/Swiss cities with their exonyms, German rivers, federal institutions and large firms, the language modules' own names (GAZETTEER: "Birleşmiş Milletler", "الأمم المتحدة", "联合国"); v6: Portuguese and Dutch names of the EU, the European Commission, the UN and Dutch cities (Roterdão, Haia, Holanda); Lusa, Agência Brasil, ANP, Belga, FNV; Dutch title endings (vakbondsbestuurder, woordvoerder); v5: country names in other scripts (Cyrillic, Arabic, Hebrew, Greek, Devanagari, Han, kana, Hangul, Thai) found by their script's own pattern; v4: regions, states and provinces, rivers, seas and mountain ranges with their names in da/de/fr/es/it (Bavaria / Bayern / Baviera); v3: about 180 more world capitals and news cities (Kharkiv, Hama, Mumbai ...); v2: media names, Libyan/Yemeni/Arab places, world cities with their es/fr/it/de names

ALIASES_FILE = Path(__file__).resolve().parent / "lang" / "entities_aliases.json"

# Languages whose pycountry translations of country names are loaded. Chosen as the
# languages of the evaluation sets and seeds (da, en, de, es, fr, it) plus their Nordic and
# West-European neighbours, and Turkish (a language module of its own); more languages add
# more rare homographs of common words.
COUNTRY_LANGS = ("da", "nb_NO", "nn", "sv", "de", "nl", "fr", "es", "it", "pt", "pl", "fi", "tr")
# Languages in other scripts whose country names are loaded too (``gazetteer.v5``): the caps
# fallback finds nothing in them (Chinese, Arabic) or little (Russian), so a country is
# often the only entity such an article yields. Their forms are matched by a pattern of their
# own script, run only on texts that hold that script (:func:`find_names`).
OTHER_SCRIPT_LANGS = ("ru", "uk", "bg", "ar", "fa", "he", "el", "hi", "zh_CN", "zh_TW", "ja", "ko", "th")

# Scripts of the forms above, and how a name is delimited in each: "bounded" ones by word
# boundaries (as Latin script), "unspaced" ones (Han, kana, Hangul, Thai) by nothing.
_SCRIPTS = {
    "cyrillic": ("\u0400-\u04ff", "bounded"), "greek": ("\u0370-\u03ff", "bounded"),
    "hebrew": ("\u0590-\u05ff", "proclitic"), "arabic": ("\u0600-\u06ff", "proclitic"),
    "devanagari": ("\u0900-\u097f", "bounded"), "thai": ("\u0e00-\u0e7f", "unspaced"),
    "cjk": ("\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af", "unspaced"),
}
# one-letter proclitics glued to a name: Arabic and, with/in, for, so, like ("وإسبانيا",
# "بالدنمارك"); Hebrew and, in, to, from, the, that, as ("ודנמרק", "בספרד")
_PROCLITICS = {"arabic": "[\u0648\u0628\u0644\u0641\u0643]", "hebrew": "[\u05d5\u05d1\u05dc\u05de\u05d4\u05e9\u05db]"}
# Arabic short vowels and other marks that dictionaries write and news text mostly does not
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")
# Russian/Ukrainian/Bulgarian case endings: a name ending in a vowel or a soft sign also
# matches its stem plus up to two letters ("Испания" -> "Испании", "Испанию")
_CYRILLIC_ENDING = re.compile("[\u0430\u044f\u044c\u0439\u043e\u0435\u044b\u0438\u0456\u0457]$")

# Country names shorter than this are matched only in upper case ("US", "UK"); chosen so
# that two-letter aliases never match ordinary words ("us", "uk").
MIN_MIXED_CASE_LEN = 3

@dataclass(frozen=True)
class Name:
    """One entry of the gazetteer: a canonical English name and its type."""

    canonical: str
    label: str  # ORG or LOC
    kind: str  # country, org, place (a city, a base), region (also rivers, seas, mountains)


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    text: str
    name: Name


@built_once
def _table() -> dict:
    return json.loads(ALIASES_FILE.read_text(encoding="utf-8"))


@built_once
def aliases() -> dict[str, Name]:
    """Every known surface form (exact case) -> its :class:`Name`."""
    table = _table()
    out: dict[str, Name] = {}

    def add(alias: str, name: Name) -> None:
        alias = alias.strip()
        if alias and alias not in out:
            out[alias] = name

    # organisations and places first: "Georgia" the country stays a country, but an org
    # alias must never be overwritten by a country translation that happens to equal it
    for org in table["orgs"]:
        name = Name(org["name"], org.get("type", "ORG"), "org")
        add(org["name"], name)
        for a in org["aliases"]:
            add(a, name)
    for canonical, forms in table["countries"].items():
        for a in (canonical, *forms):
            add(a, Name(canonical, "LOC", "country"))
    for c, iso_name, canonical in _countries():
        name = Name(canonical, "LOC", "country")
        for a in _country_forms(c, iso_name):
            add(a, name)
        for a in _country_forms(c, iso_name, _other_script_translations()):
            if script_of(a):
                add(a, name)
                add(_ARABIC_MARKS.sub("", a), name)
    for canonical, forms in table["places"].items():
        for a in (canonical, *forms):
            add(a, Name(canonical, "LOC", "place"))
    for canonical, forms in table["regions"].items():
        for a in (canonical, *forms):
            add(a, Name(canonical, "LOC", "region"))
    # the language modules' own names ("Birleşmiş Milletler", "الأمم المتحدة", "联合国"): a canonical
    # name the table holds keeps its entry, a new one gets the kind the module gives
    by_canonical = {n.canonical: n for n in out.values()}
    for canonical, (kind, forms) in _language_names():
        name = by_canonical.get(canonical) or Name(canonical, "ORG" if kind == "org" else "LOC", kind)
        by_canonical[canonical] = name
        for a in (canonical, *forms):
            add(a, name)
            if script_of(a) == "arabic":
                add(_ARABIC_MARKS.sub("", a), name)
    # translations that are also common words somewhere ("Man", the Isle of Man in Danish,
    # is the Danish "one"): never names on their own
    common = _common_words() | {w.casefold() for w in table.get("never_match", [])}
    return {a: n for a, n in out.items() if a.casefold() not in common or a.isupper() and len(a) > 1}


def _language_names() -> list[tuple[str, tuple[str, tuple[str, ...]]]]:
    """``GAZETTEER`` entries of the supported language modules: (canonical, (kind, forms))."""
    from .lang import SUPPORTED, get_lang

    return [item for code in SUPPORTED for item in get_lang(code).GAZETTEER.items()]


# Stop-word lists consulted to keep common words out of the gazetteer: the languages whose
# text Storyline reads most (seeds and evaluation sets).
STOP_WORD_LANGS = ("da", "en", "de", "fr", "es", "it", "nl", "sv", "nb", "pt")


def _common_words() -> frozenset[str]:
    words: set[str] = set()
    for code in STOP_WORD_LANGS:
        words |= spacy_stop_words(code)
    return frozenset(words)


@functools.lru_cache(maxsize=64)
def spacy_stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words for a language (case-folded), read from its ``stop_words.py`` file by
    path: importing ``spacy.lang.<code>`` would compile that language's tokenizer rules too
    (about half a second per language). Empty for a language spaCy lacks."""
    try:
        spec = importlib.util.find_spec("spacy")
    except (ImportError, ValueError):  # pragma: no cover - spaCy is a core dependency
        return frozenset()
    if not (spec and spec.origin and re.fullmatch(r"[a-z]{2,3}", code or "")):
        return frozenset()
    path = Path(spec.origin).parent / "lang" / code / "stop_words.py"
    if not path.exists():
        return frozenset()
    try:
        mspec = importlib.util.spec_from_file_location(f"_storyline_stop_words_{code}", path)
        module = importlib.util.module_from_spec(mspec)
        mspec.loader.exec_module(module)
    except Exception:  # an unreadable list is simply not used
        return frozenset()
    return frozenset(w.casefold() for w in getattr(module, "STOP_WORDS", ()))


@built_once
def _folded() -> dict[str, Name]:
    """Case- and accent-folded alias -> Name, for canonicalisation (never for finding names in
    text): "Túnez" finds pycountry's Spanish "Tunez", "ÉGYPTE" finds "Egypte"."""
    out: dict[str, Name] = {}
    for alias, name in aliases().items():
        out.setdefault(fold(alias.casefold()), name)
    return out


def _countries() -> list[tuple[object, str, str]]:
    import pycountry

    renames = _table()["canonical_names"]
    rows = []
    for c in pycountry.countries:
        canonical = renames.get(c.name) or getattr(c, "common_name", None) or c.name
        rows.append((c, c.name, canonical))
    return rows


def _country_forms(country, iso_name: str, translations=None) -> list[str]:
    forms = [iso_name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
    for tr in _translations() if translations is None else translations:
        for src in (iso_name, getattr(country, "common_name", None)):
            if src:
                forms.append(tr.gettext(src))
    out = []
    for f in forms:
        if not f or "," in f:  # "Korea, Republic of": inverted ISO forms never occur in text
            continue
        out.append(f)
    return out


@built_once
def _translations() -> list[gettext.NullTranslations]:
    return _load_translations(COUNTRY_LANGS)


@built_once
def _other_script_translations() -> list[gettext.NullTranslations]:
    return _load_translations(OTHER_SCRIPT_LANGS)


def script_of(form: str) -> str:
    """The non-Latin script a name is written in ("" for Latin and anything else)."""
    for script, (chars, _) in _SCRIPTS.items():
        if re.search(f"[{chars}]", form):
            return script
    return ""


def _load_translations(langs: tuple[str, ...]) -> list[gettext.NullTranslations]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a core dependency
        return []
    out = []
    for lang in langs:
        try:
            out.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except (OSError, AttributeError):
            continue
    return out


def title_suffixes() -> tuple[str, ...]:
    """Endings of capitalised job titles ("...ministerin", "...kanzler"), lower case."""
    return tuple(_table().get("title_suffixes", ()))


def no_genitive() -> frozenset[str]:
    return frozenset(n.casefold() for n in _table()["no_genitive"])


def strip_genitive(text: str, known: set[str] | None = None) -> str:
    """``Natos`` -> ``Nato``, ``USA's`` -> ``USA``; a bare ``-s`` goes only when what is left is known.

    ``known`` holds case-folded names that the stripped form may equal (other mentions in the
    story); the gazetteer's own aliases always count. ``Jens`` stays ``Jens``.
    """
    t = text.strip()
    m = re.search(r"(['’´]s|:s|['’])$", t)
    if m and len(t) > m.end() - m.start() + 1:
        return t[: m.start()]
    if not t.endswith("s") or len(t) < 4 or t.casefold() in no_genitive():
        return t
    base = t[:-1]
    if base in aliases() or base.casefold() in _folded() or (known and base.casefold() in known):
        if t in aliases():  # "Paris", "Hamas", "Talibans": the full form is itself a name
            return t
        return base
    return t


def canonical_for(text: str) -> Name | None:
    """The gazetteer entry for a surface form, case-insensitively, after genitive stripping."""
    t = " ".join(text.split())
    for form in (t, strip_genitive(t)):
        name = aliases().get(form) or _folded().get(fold(form.casefold()))
        if name:
            # case-insensitive matches of short all-caps aliases only count in caps ("us" is a word)
            if form not in aliases() and len(form) < MIN_MIXED_CASE_LEN and not form.isupper():
                continue
            return name
    script = script_of(t)
    if script:  # a declined Cyrillic name ("Испании"), a Hebrew/Arabic one with a proclitic
        return _script_name(script, t) or next(
            (h.name for h in find_names(t) if h.start <= 2 and h.end == len(t)), None)
    if t.casefold().startswith("the "):
        return canonical_for(t[4:])
    return None


@built_once
def _pattern() -> re.Pattern:
    forms = sorted((a for a in aliases() if not script_of(a)), key=len, reverse=True)
    alt = "|".join(re.escape(f) for f in forms)
    # a name starts and ends at a word boundary; an optional genitive may follow it;
    # letters right before or after (inside a longer word) block the match, a hyphen after
    # it does not: "Nato-missionen" and "Taliban-angreb" name Nato and Taliban
    return re.compile(rf"(?<![\w\-])(?:{alt})(?:['’]s|:s|s)?(?![\w])")


def find_names(text: str) -> list[NameHit]:
    """All gazetteer names in ``text``, longest first, non-overlapping, case-sensitive.

    A hit keeps a genitive ending it carries ("Natos", "USA's"): the span is the word as
    written, as DaNE/UNER annotate it; :func:`canonical_for` strips the ending. Names in
    other scripts are found by their script's own pattern, run only where the text holds
    that script: "西班牙洪灾" names Spain, "وإسبانيا" and "Испании" too.
    """
    hits = []
    table = aliases()
    for m in _pattern().finditer(text):
        name = table.get(m.group()) or table.get(strip_genitive(m.group()))
        if name is not None:  # None: the regex took an "s" that belongs to no known form
            hits.append(NameHit(m.start(), m.end(), m.group(), name))
    for script, (chars, _) in _SCRIPTS.items():
        if not re.search(f"[{chars}]", text):
            continue
        for m in _script_pattern(script).finditer(text):
            name = _script_name(script, m.group("name"))
            if name is not None:
                hits.append(NameHit(m.start("name"), m.end("name"), m.group("name"), name))
    return sorted(hits, key=lambda h: h.start)


def _stem(form: str) -> str:
    """A Cyrillic name's stem when it declines ("Испания" -> "Испани"); other forms as they are."""
    return _CYRILLIC_ENDING.sub("", form) if script_of(form) == "cyrillic" and len(form) > 4 else form


@built_once
def _script_forms() -> dict[str, dict[str, Name]]:
    """Per non-Latin script: each alias (and, in Cyrillic, the stem of a declining one) -> its Name."""
    out: dict[str, dict[str, Name]] = {k: {} for k in _SCRIPTS}
    for alias, name in aliases().items():
        script = script_of(alias)
        if script:
            out[script].setdefault(alias, name)
            out[script].setdefault(_stem(alias), name)
    return out


@functools.lru_cache(maxsize=None)
def _script_pattern(script: str) -> re.Pattern:
    forms = _script_forms()[script]
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!x)x"
    kind = _SCRIPTS[script][1]
    if kind == "unspaced":  # Han, kana, Hangul, Thai: no spaces between words
        return re.compile(f"(?P<name>{alt})")
    if kind == "proclitic":  # a proclitic may be glued to the name ("وإسبانيا", "בספרד")
        return re.compile(f"(?<![\\w\\-]){_PROCLITICS[script]}{{0,2}}(?P<name>{alt})(?![\\w])")
    if script == "cyrillic":  # a declined name: its stem and a case ending ("Испании", "России")
        stems = sorted({_stem(a) for a in forms if _stem(a) != a}, key=len, reverse=True)
        stem_alt = "|".join(re.escape(f) for f in stems) or "(?!x)x"
        return re.compile(f"(?<![\\w\\-])(?P<name>(?:{alt})(?![\\w])|(?:{stem_alt})"
                          f"[\u0430-\u044f\u0451\u0456\u0457]{{1,2}}(?![\\w]))")
    return re.compile(f"(?<![\\w\\-])(?P<name>{alt})(?![\\w])")


def _script_name(script: str, found: str) -> Name | None:
    forms = _script_forms()[script]
    if found in forms:
        return forms[found]
    for cut in (1, 2):  # a declined Cyrillic name: drop its case ending
        if len(found) - cut > 4 and found[:-cut] in forms:
            return forms[found[:-cut]]
    return None


@built_once
def place_heads() -> frozenset[str]:
    """First words of place names ("Sidi", "Ras", "San"): a name of two or more words opening with one is a place."""
    return frozenset(_table().get("place_heads", ()))


@built_once
def org_tails() -> frozenset[str]:
    """Last words of organisation and media names ("Times", "News", "Presse"): such a caps name is an ORG."""
    return frozenset(_table().get("org_tails", ()))


# At most this many nominative candidates are tried for one inflected name (a name of four words,
# each with a few endings, has more)
MAX_NOMINATIVES = 64


def nominatives(name: str, L) -> list[str]:
    """The forms ``name`` may have in the nominative, in a language that declines names
    (``NAME_FORMS``, ``NAME_CASE_ENDINGS``): "Donalda Tuska" -> "Donald Tusk", ...;
    "Warszawie" -> "Warszawa", "Warszaw"; "Polsce" -> "Polska". Empty for other languages."""
    endings = getattr(L, "NAME_CASE_ENDINGS", None) or {}
    forms = getattr(L, "NAME_FORMS", None) or {}
    if not endings and not forms:
        return []
    out = [forms[name]] if name in forms else []
    per_word = []
    for w in name.split():
        options = [w] + ([forms[w]] if w in forms else [])
        for end in sorted(endings, key=len, reverse=True):
            if w.endswith(end) and len(w) - len(end) >= 3 and w[:1].isupper():
                options += [w[:len(w) - len(end)] + new for new in endings[end]]
        per_word.append(list(dict.fromkeys(options)))
    for combo in itertools.islice(itertools.product(*per_word), MAX_NOMINATIVES):
        form = " ".join(combo)
        if form != name and form not in out:
            out.append(form)
    return out
