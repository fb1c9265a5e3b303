"""Quotes: ``extract_quotes(article) -> list[Quote]``, who said what, relayed by whom.

Stages:

1. direct quotes: text between quote marks (“…”, "…", „…“, «…», ‚…‘, ”…”) and Scandinavian
   dash quotes (a paragraph opening with "- " or "– ", up to ", siger X" when it has one);
2. reported speech: an attribution clause in a sentence with no direct quote:
   "…, oplyser X", "X siger onsdag, at …", "Det bekræfter X over for Y", "X said …",
   "according to X";
3. the speaker of each quote: the words after (or before) the speech verb, titles dropped
   ("talskvinde Karine Jean-Pierre" -> "Karine Jean-Pierre"); a dash quote or quote with no
   attribution continues the previous quote's speaker when it directly follows it;
   "kilden"/"the source" resolve to the most recent speaker that names a source;
4. relays: outlets in the attribution ("ifølge tv-stationen CNN", "over for nyhedsbureauet
   NTB", "til nyhedsbureauet AFP"), nearest first, then the byline agency ("/ritzau/") as
   the outermost relay.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from ..models import Article, Quote
from ..textclean import strip_wire_prefix
from .entities import NAME_PARTICLES
from .gazetteer import canonical_for, nominatives
from .lang import get_lang
from .sentences import SpanSet, split_sentences

# v2: Romance "X, apposition, dijo a MEDIA": speaker before the verb, addressee is no speaker.
# v3: a speaker phrase ends at the language's SPEAKER_END_WORDS and loses a leading weekday
# ("a affirmé mardi X devant les députés" -> X); Italian (and any language with data) uses its own words.
# v4: a sentence opener before the verb is no speaker ("È quanto ha detto il ministro" -> il ministro;
# "Ma dice che ..." -> none), nor is a clause after it ("says that ...", "dijo que ..."); a forward
# speaker loses a trailing clitic ("X lo ha detto" -> X); "il secondo C-130" is an ordinal, not "according to".
# v5: a prepositional phrase between the verb and the speaker is no part of the speaker, and the
# outlet named in it relayed the statement ("ha detto all'Ansa X" -> X, relayed by Ansa); a gerund
# ends a speaker phrase ("X parlando ai giornalisti" -> X).
# v7: reported speech keeps what was said, not its attribution ("X said (that) ...", "..., oplyser X";
# "Det oplyser X" / "Lo ha detto X": the sentence before); a dative outlet after the speaker is the relay
# ("sagte Herrmann der Deutschen Presse-Agentur"); "told" names the addressee, never the speaker; a
# sentence ending in ":" announces a quote and is none; a speaker after a dash ("-- a witness said").
# v8: Swedish ”…” quotes (the same mark on both sides); "(©NTB)" bylines; "i"/"in" after a full name
# ends the speaker ("sier Kari Nordmann i Øresundsbron" -> Kari Nordmann); a title after up to three
# words that open with an article or a capital is dropped too ("Den danske statsministeren Mette
# Frederiksen", "Danmarks statsminister X", "Danish Prime Minister X" -> the name); a source phrase
# opening a sentence is read ("Ifølge DR er …", "Enligt SMHI …", "According to Reuters, …": the
# according-to words matched lower case only). Demo corpus: five more reported quotes (da, en, es), and
# "…, siger hun" after "Ifølge museumsinspektør Line Aagesen" is hers, no longer the speaker before.
# v8 also: names in any Latin, Greek or Cyrillic capital ("Łukasz", "Педро"); a dash or a hyphen before an
# inverted verb and between a dash quote and its attribution ("– Nie oddamy – powiedział X"); a speech
# verb that names nobody ('"…" – dodał.') is a pro-drop attribution; a title's bare genitive complement
# is no part of the speaker ("minister spraw wewnętrznych X" -> X); a fronted time phrase neither
# ("W czwartek wojewoda X"); a source phrase opening the sentence ("Według IMGW ..."); a bare dative
# outlet is the relay (DATIVE_RELAY: "powiedział PAP rzecznik X")
# v8 also: a name ends at its last capitalised word ("Volgens Marieke de Vries duurt ..." was "... du"); a speaker
# named by a title alone ("declarou o ministro", "the minister said") is the person that title named
# before; a source phrase may open the sentence ("Según X, ...") and hold an article and words before
# the name ("segundo o sindicato neerlandês FNV"), whose article is no part of the name; "..., disse o
# ministro da Defesa, Nuno Almeida." names Nuno Almeida; a capitalised word is no gerund ("dijo Fernando
# Vaz"); an AFFILIATION_PARTICLES word after a full name ends it ("zei Marieke de Vries van FNV Havens");
# a speech verb alone after a quote is a pro-drop attribution ('"…", acrescentou.', '"…", añadió.')
# v9: corner-bracket quotes (「…」); word orders the rules above do not read, as language data:
# verb-final (Turkish 'Erdoğan, "…" dedi.'), verb-initial (Arabic 'وقال X إن …') and languages written
# without spaces (Chinese 'X表示，…'), see _direct_other / _reported_other
# v10: a source phrase opens a sentence after any dateline textclean knows ("KABUL, April 29 - According to
# Reuters, ...", "KABUL (AP) - ..."), not after an organisation in capitals ("NATO - According to ...")
# v10 also: a speaker phrase of stop words alone names nobody ("Very well said, Laura", "If ... said", "Some of
# them said"; _names_nobody), unless it is a pronoun the resolver follows, an acronym ("US") or holds a noun
# spaCy lists as a stop word (STOP_WORD_NOUNS: "Il governo", "Folk")
VERSION = "quotes.rules.v10"

# A speaker phrase longer than this many words is not a speaker but a clause.
MAX_SPEAKER_WORDS = 8
# Words that may describe a title before it, in front of a speaker's name ("Den danske statsministeren
# Mette Frederiksen", "Danish Prime Minister Mette Frederiksen"): the name is the speaker.
MAX_TITLE_LEAD = 3
# Characters of the paragraph read on each side of a quote for its attribution ("…,
# siger X ifølge CNN" / "X said: …"): several times the longest attribution clause in the
# seeds and demo corpus. Reading the whole paragraph for every quote made a paragraph of
# thousands of quotes quadratic (80 kB of «…» took a minute).
CONTEXT_CHARS = 400
# A pro-drop attribution ('"…", afirmó.') takes the last named speaker when that one's quote
# ended at most this many characters before (about two sentences).
PRO_DROP_CHARS = 300

_QUOTE_MARKS = re.compile(r"“([^“”]{3,}?)(?:”|“)|\"([^\"\n]{3,}?)\"|„([^“”\n]{3,}?)[“”]|«\s?([^«»]{3,}?)\s?»|‚([^‘’]{3,}?)[‘’]"
                          r"|``\s?([^`]{3,1000}?)\s?''"  # Penn Treebank quotes (``...'') in tokenised copy
                          r"|”([^“”\n]{3,}?)”"  # Swedish and Finnish: ”…”, the same mark on both sides
                          r"|「([^「」]{3,}?)」")  # corner brackets (Chinese in Taiwan and Hong Kong, Japanese)
_DASH_PARA = re.compile(r"^[ \t]*[-–—][ \t]+(.+)$", re.MULTILINE)
_BYLINE = re.compile(r"(?:^|\n)\s*[/(]\s*©?\s*([A-Za-zÆØÅæøå .]{2,20}?)\s*[/)]\s*(?:$|\n)")  # "/ritzau/", "(©NTB)"
# Capital letters of the Latin, Greek and Cyrillic scripts ("Łukasz", "Śląsk", "Педро"), for character classes
_UPPER = re.escape("".join(c for c in map(chr, range(0x0530)) if c.isupper()))
_CAP = f"[{_UPPER}]"
_NOT_CAP = rf"[^\W\d_{_UPPER}]"  # a lower-case (or caseless) letter
# a name: capitalised words, and particles between two of them ("Marieke de Vries", "Dirk van den Berg";
# a particle never ends a name: "Volgens Marieke de Vries duurt ..."); a full stop after an acronym
# ends it ("tegen persbureau ANP. Volgens ...", not "J. Smith", "U.S. Army", "Cmdr. Hossein Hamedani")
_NAME = (rf"{_CAP}[\w'’.-]*(?:(?<!{_CAP}{{2}}\.)\s+(?:{_CAP}[\w'’.-]*|al-\w+"
         rf"|(?:(?:van|von)\s+de[rn]?|bin|von|van|de|du|da|di|do|dos|ter|ten)(?=\s+{_CAP})))*")
# a lower-case word ("ifølge talsmand X")
_LOWER = rf"(?!{_CAP})[^\W\d_][\w-]*"


@lru_cache(maxsize=None)
def _rx(code: str) -> dict[str, re.Pattern]:
    L = get_lang(code)
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(L.QUOTE_VERBS, key=len, reverse=True)) or "(?!x)x"
    relay = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(L.RELAY_PHRASES, key=len, reverse=True)) or "(?!x)x"
    outlet_nouns = "|".join(re.escape(v) for v in sorted(L.OUTLET_NOUNS, key=len, reverse=True)) or "(?!x)x"
    # a source phrase may open a sentence: "Ifølge DR er …", "According to Reuters, …"
    according = "|".join(f"[{v[0]}{v[0].upper()}]" + re.escape(v[1:]).replace(r"\ ", r"\s+")
                         for v in L.ACCORDING_TO) or "(?!x)x"
    articles = "|".join(re.escape(v) for v in L.RELAY_ARTICLES) or "(?!x)x"
    # before a source's name: one lower-case word ("ifølge talsmand X"), or an article or preposition
    # and up to two more ("segundo o sindicato neerlandês FNV"; not a verb: "según denunció la Red")
    small = "|".join(re.escape(w) for w in sorted(L.FUNCTION_WORDS, key=len, reverse=True)) or "(?!x)x"
    lower_words = rf"(?:{_LOWER}\s+|(?:{small})\s+(?:{_LOWER}\s+){{0,2}})"
    return {
        # "..., siger talskvinde Karine Jean-Pierre ifølge tv-stationen CNN torsdag."
        # (Russian, Polish and French put a dash before it: "«…», — заявил X", "„…” – powiedział X";
        # a hyphen stands for the dash in hastily typed copy)
        "inverted": re.compile(rf",?\s*[”\"“»]?\s*(?:[—–-]\s*)?(?P<verb>{verbs})\s+(?P<who>[^,.;:]+?)\s*(?:[,.;:]|$)"),
        # '"…" – dodał.', '"…", afirmó.': a speech verb that names nobody (the subject of a pro-drop
        # language's verb goes unsaid)
        "bare": re.compile(rf",?\s*[”\"“»]?\s*(?:[—–-]\s*)?(?:{verbs})\s*(?:[.;!?…]|$)"),
        # "Grænsepolitiet i Sønderborg siger onsdag, at ..." / "An official ... said Thursday."
        "forward": re.compile(rf"^(?P<who>[^,.;:“”\"]+?)\s+(?:{verbs})(?=[\s,.:])(?P<rest>[^,.;:]*)"),
        # "..., an official from the alliance said Thursday." (English attribution at the end)
        "tail": re.compile(rf",\s+(?P<who>[^,.;:“”\"]+?)\s+(?:{verbs})(?:\s+\w+)?\s*[.!]?$"),
        # "Heitham Gheriani, médico en el hospital de Ras Lanuf, afirmó ..."
        "appositive": re.compile(rf"^(?P<who>{_NAME})\s*,[^,;:“”\"]{{3,90}},\s*(?:{verbs})(?=[\s,.:])(?P<rest>[^,.;:]*)"),
        # "El ministro de Defensa, Carlos Pérez, dijo ...": a description, then the name between commas
        "appositive_name": re.compile(rf"^[^,;:“”\"]{{3,80}},\s*(?P<who>{_NAME})\s*,\s*(?:{verbs})(?=[\s,.:])(?P<rest>[^,.;:]*)"),
        # "Det bekræfter Natos pressetjeneste over for nyhedsbureauet NTB."
        "v2": re.compile(rf"^(?:Det|Dette|That|This|Das|Cela|Eso)\s+(?:{verbs})\s+(?P<who>[^,.;:]+)", re.IGNORECASE),
        "according": re.compile(rf"(?<!\w)(?:{according})\s+(?P<who>{_NAME}|(?:{outlet_nouns})\s+{_NAME}|{lower_words}{_NAME})"),
        "relay": re.compile(rf"(?<!\w)(?:{relay})\s+(?:(?P<noun>{outlet_nouns})\s+)?(?P<outlet>{_NAME})"),
        # "sagte der Deutschen Presse-Agentur": a dative article, then an outlet's name (kept only
        # when the name has an outlet ending: "sagte der Minister" names the speaker)
        "relay_article": re.compile(rf"(?<!\w)(?:{articles})\s+(?P<outlet>{_NAME})"),
        "outlet_named": re.compile(rf"(?<!\w)(?:{outlet_nouns})\s+(?P<outlet>{_NAME})", re.IGNORECASE),
    }


@lru_cache(maxsize=None)
def _fwd_after_rx(code: str) -> re.Pattern:
    """'"…," Biden said' / '"…" kilden siger': a name or source word, then a speech verb."""
    L = get_lang(code)
    sources = "|".join(map(re.escape, L.SOURCE_WORDS)) or "(?!x)x"
    verbs = "|".join(map(re.escape, L.QUOTE_VERBS)) or "(?!x)x"
    nouns = "|".join(map(re.escape, L.SOURCE_NOUNS)) or "(?!x)x"
    # "a senior official", "un alto funcionario": a short determiner, up to three words, a source noun
    described = rf"{_NOT_CAP}{{1,4}}\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})s?"
    # "state interior minister Joachim Herrmann": lower-case words ending in a title, then a name
    titles = "|".join(map(re.escape, L.QUOTE_SPEAKER_TITLES)) or "(?!x)x"
    titled = rf"(?:{_NOT_CAP}[\w-]*\s+){{0,3}}?(?:{titles})\s+{_NAME}"
    # "school administrator Gamalat Gadalla": lower-case words that are no function words, then a
    # name of two or more words
    stops = "|".join(map(re.escape, sorted(set(L.FUNCTION_WORDS) | _stop_words(L), key=len, reverse=True))) or "(?!x)x"
    # (particles inside: "union official Marieke de Vries")
    full_name = (rf"{_CAP}[\w'’.-]*(?:\s+(?:(?:(?:van|von)\s+de[rn]?|bin|von|van|de|du|da|di|do|dos|ter|ten)\s+)?"
                 rf"{_CAP}[\w'’.-]*)+")
    described_name = rf"(?:(?!(?:{stops})\s){_NOT_CAP}[\w-]*\s+){{1,3}}{full_name}"
    return re.compile(rf"\s*,?\s*(?P<who>{_NAME}|{sources}|{described}|{titled}|{described_name})\s+(?:{verbs})"
                      rf"(?P<rest>[^,.;:]*)")


def extract_quotes(article: Article) -> list[Quote]:
    """Direct and reported quotes with speaker and relay chain (see the module docstring)."""
    code = (article.lang or "und").split("-")[0].lower()
    L = get_lang(code)
    # "a déclaré M. Kadhafi", "said Dr. Smith": a title's full stop is not a clause end (kept
    # as a one-dot leader of the same length while matching, so offsets do not move)
    text = _protect_titles(article.full_text, L)
    R = _rx(L.__name__.rsplit(".", 1)[-1])
    byline = _byline(text, L)
    raw: list[dict] = []  # start, end, text, who, relays, kind, sentence, para_start
    covered = SpanSet()

    # 1. dash quotes (one paragraph each)
    for m in _DASH_PARA.finditer(text):
        body_start, body = m.start(1), m.group(1).rstrip()
        attr = _last_attribution(body, R)
        if attr is not None:
            q_end = body_start + attr[0]
            who, relays = _speaker(body[attr[1]:], R, L, None) if attr[1] else ("", ())
        else:
            q_end, who, relays = body_start + len(body), "", ()
        raw.append(dict(start=body_start, end=q_end, text=text[body_start:q_end].strip(" ,"), who=who,
                        relays=relays, kind="direct", sentence=body, para=m.start(), attributed=attr is not None))
        covered.add(m.start(), m.end())
    # 2. quote marks
    for m in _QUOTE_MARKS.finditer(text):
        if covered.overlaps(m.start(), m.start() + 1):
            continue
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) < 3 and not (L.UNSPACED and len(inner.strip()) >= 6):
            continue  # scare quotes: "hele vejen", “few months” (in Chinese: up to five characters, “一带一路”)
        lo = max(0, m.start() - CONTEXT_CHARS)
        para_start = text.rfind("\n", lo, m.start()) + 1 or lo
        hi = min(len(text), m.end() + CONTEXT_CHARS)
        para_end = text.find("\n", m.end(), hi)
        para_end = hi if para_end < 0 else para_end
        after, before = text[m.end():para_end], text[para_start:m.start()]
        if not after.strip(" ,.") and para_end < len(text):
            # a quote alone on its lines, its attribution on the next one ("school administrator
            # Gamalat Gadalla told CNN."): read that line as what follows the quote
            nxt_end = text.find("\n", para_end + 1)
            nxt = text[para_end:nxt_end if nxt_end >= 0 else len(text)]
            if 0 < len(nxt.split()) <= MAX_SPEAKER_WORDS + 4:
                after = nxt.lstrip("\n")
        who, relays = "", ()
        other = _other_order(L)
        inv = R["inverted"].match(after) if not other else None
        bare = R["bare"].match(after) if not other else None
        # a speech verb follows, even where it names nobody (pro-drop): '"…", afirmó el jueves', '"…", acrescentou.'
        attributed = bool(inv or bare)
        fwd_after = _fwd_after_rx(L.__name__.rsplit(".", 1)[-1]).match(after) if not other else None
        if other:  # verb-final, verb-initial and unspaced languages (see _direct_other)
            who, relays, attributed = _direct_other(before, after, L) or ("", (), False)
        elif bare:
            pass  # '"…" – dodał.': the verb's subject is the last speaker named (see _resolve)
        elif inv:
            who, relays = _speaker(after[inv.start("who"):], R, L, None)
            who, relays = _name_after_description(who, relays, after[inv.end("who"):], R, L)
        elif fwd_after:
            who, relays = _speaker(fwd_after.group("rest"), R, L, fwd_after.group("who"))
        else:
            fwd = R["forward"].search(before.strip())
            if fwd and _is_adverbial(fwd.group("who"), L):  # 'È quanto ha detto il ministro: "..."'
                who, relays = _speaker(fwd.group("rest"), R, L, None)
            elif fwd:
                who, relays = _speaker(fwd.group("who"), R, L, None, forward=True)
        raw.append(dict(start=m.start(), end=m.end(), text=inner.strip().rstrip(",").rstrip(), who=who, relays=relays,
                        kind="direct", sentence=text[para_start:para_end], para=para_start, attributed=attributed))
        covered.add(m.start(), m.end())
    # 3. reported speech in the remaining sentences
    prev_span: tuple[int, int] | None = None
    for s0, s1 in split_sentences(text, code):
        if covered.overlaps(s0, s1):
            prev_span = None
            continue
        sent = text[s0:s1]
        # "Andishe dit [en farsi] :" announces the quote that follows; it is none itself
        q = None if sent.rstrip().endswith((":", "：")) else _reported_other(sent, L) if _other_order(L) \
            else _reported(sent, R, L)
        before, prev_span = prev_span, (s0, s1)
        if q:
            who, relays, said = q
            if said == PREVIOUS_SENTENCE:
                # "Det oplyser politiet.": what the police said is the sentence before, when that one
                # is a plain sentence (no quote of its own, no heading), in this paragraph or the last
                prev = text[before[0]:before[1]].strip() if before else ""
                if not prev or text[before[1]:s0].count("\n\n") > 1 or len(prev.split()) < 4 \
                        or prev[-1:] not in ".!?":
                    said = None
                else:
                    said = (before[0] - s0, before[1] - s0)
            c0, c1 = said or (0, len(sent))
            a0, a1 = s0 + c0, s0 + c1
            body, sentence = text[a0:a1].strip(), sent
            if c0 < 0:  # the sentence before: its text and offsets, this sentence kept in the sentence
                body = body.rstrip(".")
                a1, sentence = a0 + len(body), text[a0:s1]
            raw.append(dict(start=s0, end=s1, text=body, who=who, relays=relays, kind="reported",
                            sentence=sentence, para=s0, said=(a0, a1)))
    raw.sort(key=lambda r: r["start"])
    return _resolve(article.id, text, raw, L, byline)


_DOT = "\u2024"


def _protect_titles(text: str, L: ModuleType) -> str:
    rx = _title_rx(L.__name__)
    return rx.sub(lambda m: m.group(1) + _DOT, text) if rx else text


@lru_cache(maxsize=None)
def _title_rx(mod: str) -> re.Pattern | None:
    """The language's short title abbreviations ("M", "Dr", "Mr") and abbreviated titles of its
    NAME_TITLES ("Gral.", "ppor.") before a capitalised name."""
    L = get_lang(mod.rsplit(".", 1)[-1])
    titled = {t[:-1].lower() for t in L.NAME_TITLES if t.endswith(".") and t[:-1].isalpha()}
    short = sorted({a for a in L.ABBREVIATIONS if len(a) <= 3 and a.isalpha()} | titled, key=lambda a: (-len(a), a))
    if not short:
        return None
    alts = "|".join(re.escape(a) for a in short)
    return re.compile(rf"(?<![\w.])((?i:{alts}))\.(?=\s+{_CAP})")


def _name_after_description(who: str, relays: tuple[str, ...], tail: str, R: dict,
                            L: ModuleType) -> tuple[str, tuple[str, ...]]:
    """'a déclaré le porte-parole du Pentagone, John Kirby, à l'AFP': a described speaker whose
    name follows between commas is that name, and a phrase after it may name the relay."""
    m = re.match(rf"\s*,\s*(?P<name>{_NAME})\s*(?:,\s*(?P<rest>[^,.;:]*))?\s*(?:[.;:]|$)", tail)
    if not who or not who[:1].islower() or not m or _is_anaphor(who, L):
        return who, relays
    name = _clean_speaker(m.group("name"), R, L, True)
    if not name or canonical_for(name) is not None:  # "…, Kabul", "…, NATO": a known place or body, not a name
        return who, relays
    if m.group("rest"):
        rest_who, outlet = _lead_phrase(m.group("rest"), L)
        relays = tuple(dict.fromkeys((*relays, *_speaker(m.group("rest"), R, L, "")[1],
                                      *((outlet,) if outlet and not rest_who else ()))))
    return name, relays


def _last_attribution(body: str, R: dict) -> tuple[int, int] | None:
    """Offsets in a dash-quote paragraph where ", siger X" (or " – powiedział X") starts and where
    X starts (0 where the verb names nobody: " – dodał.")."""
    for m in re.finditer(r",\s+|\s+(?=[—–-]\s)", body):
        rest = body[m.start():]
        inv = R["inverted"].match(rest)
        if inv and len(inv.group("who").split()) <= MAX_SPEAKER_WORDS + 4:
            return m.start(), m.start() + inv.start("who")
        if R["bare"].match(rest):
            return m.start(), 0
    return None


def _speaker(clause: str, R: dict, L: ModuleType, who: str | None, forward: bool = False) -> tuple[str, tuple[str, ...]]:
    """Speaker name and relays from an attribution clause ("siger talskvinde X ifølge tv-stationen CNN")."""
    found = [m for m in R["relay"].finditer(clause) if _is_outlet(m, L)]
    found += [m for m in R["relay_article"].finditer(clause) if _has_outlet_ending(m.group("outlet"), L)]
    relays = tuple(dict.fromkeys(m.group("outlet").strip().rstrip(".,;:") for m in sorted(found, key=lambda m: m.start())))
    if who is not None:
        # the clause follows the verb of a speaker named before it: an outlet straight after the
        # verb is whom it was said to ('"…," Kirby told Reuters')
        head = re.match(rf"\s*(?P<outlet>{_NAME})", clause)
        if head and _known_outlet(head.group("outlet").strip(), L):
            relays = tuple(dict.fromkeys((*relays, head.group("outlet").strip())))
    if who is None:
        m = R["inverted"].match(clause) or re.match(r"\s*(?P<who>[^,.;:]+)", clause)
        who = m.group("who") if m else clause
        # "sagte Innenminister Herrmann der Deutschen Presse-Agentur": the dative outlet is the relay
        cut = next((a.start() for a in R["relay_article"].finditer(who)
                    if a.start() > 0 and _has_outlet_ending(a.group("outlet"), L)), None)
        who = who[:cut] if cut is not None else who
        if not forward:
            who, outlet = _dative_outlet(who, L)
            if outlet:
                relays = tuple(dict.fromkeys((*relays, outlet)))
            who, outlet = _lead_phrase(who, L)
            if outlet:
                relays = tuple(dict.fromkeys((*relays, outlet)))
            who, outlet = _trail_phrase(who, L)
            if outlet:
                relays = tuple(dict.fromkeys((*relays, outlet)))
    who = _clean_speaker(who, R, L, forward)
    outlet = re.fullmatch(rf"(?i:{_outlet_noun_alts(L.__name__)})\s+(?P<outlet>{_NAME})", who)
    if outlet:
        # "..., meldt persbureau ANP", "informou a agência Lusa": the outlet is the source (by the name
        # the language knows it by: "Agência Brasil" keeps its noun)
        who = _outlet_by_name(who, L) or outlet.group("outlet")
    return who, relays


_ELIDED = re.compile(r"^(\w+['’])(\w.*)$")


def _split_elided(phrase: str) -> list[str]:
    """Words of ``phrase`` with an elided article or preposition split off: "all'Ansa" -> "all'", "Ansa"."""
    tokens: list[str] = []
    for w in phrase.split():
        m = _ELIDED.match(w)
        tokens += [m.group(1), m.group(2)] if m else [w]
    return tokens


def _join_elided(tokens: list[str]) -> str:
    """``_split_elided`` undone: "dell' opposizione" -> "dell'opposizione"."""
    return re.sub(r"(\w['’]) (?=\w)", r"\1", " ".join(tokens))


def _lead_phrase(who: str, L: ModuleType) -> tuple[str, str | None]:
    """A prepositional phrase split off the front of a speaker phrase that follows its verb.

    The phrase is a ``SPEAKER_LEAD_PREPOSITIONS`` word, optional articles, then either a name
    (the outlet: "all'Ansa Marco Bellini" -> "Marco Bellini", relayed by Ansa; "alla France
    Presse il presidente": a run of names before an article is one name) or lower-case words
    ("in una nota Giulia Ferraro", "in conferenza stampa il premier"); after one of the
    language's ``OUTLET_NOUNS`` or a genitive ("all'inviata dell'ANSA") the name that follows
    is the outlet's ("a la cadena CBS el portavoz X"). A known place is where it was said, not
    an outlet ("a Parigi il premier"). A phrase that leaves nothing names no speaker ("ai
    giornalisti": said to them). Returns the speaker phrase and the outlet, if any."""
    if not L.SPEAKER_LEAD_PREPOSITIONS:
        return who, None
    tokens = _split_elided(who)  # "all'Ansa" -> "all'", "Ansa"
    low = [_norm_apos(t.lower().strip(",.;:")) for t in tokens]
    n = len(tokens)
    for prep in sorted(L.SPEAKER_LEAD_PREPOSITIONS, key=len, reverse=True):
        pw = prep.split()
        if low[:len(pw)] == pw:
            break
    else:
        return who, None

    def is_article(k: int) -> bool:
        return low[k] in L.FUNCTION_WORDS or low[k].endswith("'")

    def name_run(k: int) -> tuple[str | None, int]:
        """The outlet name starting at ``k`` and where it ends: a run of capitalised words
        followed by an article (or, run to the end, its first word: "Ansa Karim Bengharsa")."""
        e = k
        while e < n and tokens[e][:1].isupper():
            e += 1
        if e == k:
            return None, k
        if e < n and e - k > 1 and not is_article(e):
            e = k + 1
        elif e == n and e - k > 1:
            e = k + 1
        return " ".join(tokens[k:e]).strip(",.;:"), e

    i = len(pw)
    start = i
    while i < n and i - start < 2 and is_article(i):
        i += 1  # articles: "una", "la", "l'"
    outlet = None
    if i < n and tokens[i][:1].isupper():
        outlet, j = name_run(i)
    else:
        j = i
        while j < n and tokens[j][:1].islower() and (j == i or not is_article(j)):
            j += 1  # "conferenza stampa"
        if j > i and low[i] in _outlet_nouns(L.__name__):
            outlet, j = name_run(j)  # "la cadena CBS el portavoz"
        elif j < n - 1 and is_article(j) and tokens[j + 1][:1].isupper():
            outlet, j = name_run(j + 1)  # a genitive: "l'inviata dell'ANSA"
    if j == i:
        return who, None
    if outlet and _is_place(outlet):
        outlet = None  # "a Parigi il premier": said in Paris
    return _join_elided(tokens[j:]), outlet


def _dative_outlet(who: str, L: ModuleType) -> tuple[str, str | None]:
    """'powiedział PAP rzecznik X', 'сказал ТАСС глава X': in a language whose speech verbs take
    the addressee bare (``DATIVE_RELAY``), a known outlet opening the phrase after the verb is
    whom it was said to (the relay), and the words after it name the speaker."""
    if not getattr(L, "DATIVE_RELAY", False):  # modules that do not import generic may lack it
        return who, None
    tokens = who.split()
    for n in (3, 2, 1):
        name = " ".join(tokens[:n]).strip(",.;:")
        if len(tokens) > n and all(t[:1].isupper() for t in tokens[:n]) and _known_outlet(name, L):
            return " ".join(tokens[n:]), L.BYLINE_OUTLETS.get(name.lower(), name)  # "Укрінформу": Укрінформ
    return who, None


def _known_outlet(name: str, L: ModuleType) -> bool:
    """An outlet by its name alone: an acronym (CNN, AFP), a wire the language knows (Reuters,
    Ansa) or a name with an outlet ending (Presse-Agentur)."""
    if name.lower() in L.BYLINE_OUTLETS or _has_outlet_ending(name, L):
        return True
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):  # "G8" is no outlet
        return False
    return not _is_place(name)  # "told US television": a country, not an outlet


def _trail_phrase(who: str, L: ModuleType) -> tuple[str, str | None]:
    """A speaker phrase that ends in "to <outlet>" ("il ministro Guido Crosetto all'Ansa"): the
    speaker without it, and the outlet as the relay. Only a known outlet is cut off."""
    tokens = _split_elided(who)
    preps = {_norm_apos(p) for p in L.SPEAKER_LEAD_PREPOSITIONS}
    for k in range(1, len(tokens) - 1):
        if _norm_apos(tokens[k].lower()) in preps and tokens[k + 1][:1].isupper():
            outlet = " ".join(tokens[k + 1:]).strip(",.;:")
            if _known_outlet(outlet, L):
                return _join_elided(tokens[:k]), outlet
            break
    return who, None


def _outlet_by_name(phrase: str, L: ModuleType) -> str:
    """The outlet a phrase names in full, past its articles ("a Agência Brasil" -> "Agência Brasil"), by
    the language's BYLINE_OUTLETS, or ''."""
    words = phrase.split()
    while words and words[0].lower() in L.FUNCTION_WORDS:
        words = words[1:]
    return L.BYLINE_OUTLETS.get(" ".join(words).lower().rstrip("."), "")


@lru_cache(maxsize=None)
def _outlet_noun_alts(mod: str) -> str:
    """The language's OUTLET_NOUNS as a regex alternation, longest first."""
    nouns = get_lang(mod.rsplit(".", 1)[-1]).OUTLET_NOUNS
    return "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!x)x"


@lru_cache(maxsize=None)
def _outlet_nouns(mod: str) -> frozenset[str]:
    """The language's OUTLET_NOUNS without their articles ("la cadena" -> "cadena", "l'agenzia" ->
    "agenzia")."""
    return frozenset(_norm_apos(o).split()[-1].split("'")[-1] for o in get_lang(mod.rsplit(".", 1)[-1]).OUTLET_NOUNS)


def _is_outlet(m: re.Match, L: ModuleType) -> bool:
    outlet = m.group("outlet")
    return (bool(m.group("noun")) or outlet.isupper() or outlet.lower() in L.BYLINE_OUTLETS
            or _has_outlet_ending(outlet, L))


def _has_outlet_ending(name: str, L: ModuleType) -> bool:
    return bool(L.OUTLET_SUFFIXES) and name.lower().rstrip(".,;:").endswith(L.OUTLET_SUFFIXES)


def _clean_speaker(who: str, R: dict, L: ModuleType, forward: bool) -> str:
    who = R["relay"].split(who)[0] if R["relay"].search(who) else who
    if forward:  # "Police have only one clue -- a witness said": the speaker is after the dash
        who = re.split(r"\s(?:--|–|—)\s", who)[-1]
        words = who.split()
        pron = [i for i, w in enumerate(words) if i > 0 and w.lower() in L.SPEAKER_PRONOUNS]
        if pron:  # "Speaking at a conference in Indonesia he (warned)": the pronoun is the subject
            who = " ".join(words[pron[-1]:])
    words = who.split()
    when = set(L.WEEKDAYS) | set(L.RELATIVE_DAYS)
    while len(words) > 1 and words[0].lower().strip("().,") in when:  # "a affirmé mardi Nicolas Sarkozy"
        words = words[1:]
    while len(words) > 2 and words[0].lower() in L.FUNCTION_WORDS and words[1].lower().strip("().,") in when \
            and words[2].lower() not in L.SPEAKER_END_WORDS:
        words = words[2:]  # "W czwartek wojewoda X poinformował" ("el jueves en Madrid" names nobody)
    first = _norm_apos(words[0].lower()) if words else ""
    if not forward and L.GERUND_SUFFIXES and words and words[0][:1].islower() and first.endswith(L.GERUND_SUFFIXES) \
            and len(first) > 5:  # ("dijo Fernando Vaz": a name, however it ends)
        return ""  # "Lo afferma intervenendo a Tolmezzo": no subject, a gerund opens a clause
    if not forward and (first in L.COMPLEMENTIZERS or any(c.endswith("'") and first.startswith(c)
                                                          for c in L.COMPLEMENTIZERS)):
        return ""  # "says that ...", "indicó que ...": what was said, not who said it
    stop = when | set(L.SPEAKER_END_WORDS)
    affiliations = getattr(L, "AFFILIATION_PARTICLES", ())
    out: list[str] = []
    for i, w in enumerate(words):
        lw = w.lower().strip("().,")
        if lw in affiliations and sum(x[:1].isupper() for x in out) >= 2 and i + 1 < len(words) and not (
                words[i + 1] in _particles(L) and i + 2 < len(words) and words[i + 2][:1].isupper()):
            break  # "Marieke de Vries van FNV Havens": whom the speaker is with (not "Jan van der Meer")
        if i > 0 and L.GERUND_SUFFIXES and w[:1].islower() and len(lw) > 5 and lw.endswith(L.GERUND_SUFFIXES):
            break  # "X parlando ai giornalisti": a gerund opens a clause
        # "i"/"in"/"of" before a capital may be inside a name ("Bank of England", "en kilde i
        # Nato"), never after a pronoun: "sie in Berlin", "hun i Folketinget" (then a place)
        # after a full name it says where that one works or spoke ("Kari Nordmann i Øresundsbron")
        inside_name = (lw in ("i", "in", "of", "в") and i + 1 < len(words) and words[i + 1][:1].isupper()
                       and not (len(out) == 1 and out[0].lower() in L.SPEAKER_PRONOUNS)
                       and not (not any(x[:1].isupper() for x in out) and _is_place(words[i + 1]))
                       and not (lw != "of" and lw not in getattr(L, "NAME_CONJUNCTIONS", ()) and len(out) >= 2
                                and all(x[:1].isupper() for x in out[-2:])))
        if i > 0 and lw in stop and not inside_name:
            if not (lw in ("og", "and") and i + 1 < len(words) and words[i + 1][:1].isupper() and out and out[-1][:1].isupper()):
                break
        if re.fullmatch(r"\(\w{1,4}\)", w):  # party letters: "Jeppe Kofod (S)"
            continue
        out.append(w)
    words = out[:MAX_SPEAKER_WORDS] if not forward else out[-MAX_SPEAKER_WORDS:]
    while not forward and len(words) > 1 and words[-1].lower() in stop | set(L.FUNCTION_WORDS):
        words = words[:-1]  # cut by the word limit: "il presidente della Comunità ... in"
    # a conjunction opening the clause is no part of the speaker ("But LCC said", "Men politiet siger")
    while forward and len(words) > 1 and words[0].lower() in L.CLAUSE_CONJUNCTIONS:
        words = words[1:]
    # a clitic between the speaker and the verb is not part of the name ("L'ex ministro lo ha detto")
    while forward and len(words) > 1 and words[-1].lower() in L.FUNCTION_WORDS and words[-1].lower() not in \
            L.SOURCE_WORDS and any(c.isalpha() for w in words[:-1] for c in w):
        words = words[:-1]
    # titles before a name: "talskvinde Karine Jean-Pierre", "die Sprecherin Anna Schmidt" -> the name
    titles = tuple(t.lower() for t in L.QUOTE_SPEAKER_TITLES)

    def is_title(w: str) -> bool:
        return bool(titles) and w.lower().endswith(titles)

    # a title within the first few words, after words that describe it and open with an article or a
    # capital ("die Sprecherin", "Danmarks statsminister", "Den danske statsministeren", "Danish Prime
    # Minister"; "state interior minister X" stays as written)
    k = next((i for i in range(min(MAX_TITLE_LEAD + 1, len(words) - 1)) if is_title(words[i])), len(words))
    if k < len(words) - 1 and (k == 0 or words[0].lower() in L.FUNCTION_WORDS or words[0][:1].isupper()):
        while k < len(words) - 1 and (is_title(words[k]) or words[k] in L.NAME_TITLES):
            k += 1  # (a title of two words: "UN Secretary General Ban Ki-moon")
        if all(w[:1].isupper() or w in ("bin", "al", "von", "van", "de") for w in words[k:]):
            words = words[k:]
            if len(words) > 2 and (_is_country(words[0]) or _acronym(words[0]) or words[0] in L.ORG_HEADS
                                   or _declined_place(words[0], L)):
                # "премьер-министр Испании Педро Санчес", "szef MSWiA Tomasz Siemoniak", "rzeczniczka
                # Straży Granicznej Anna Michalska", "prezydent Wrocławia Jacek Sutryk": the country, the
                # body or the city is no part of the name
                words = words[-2:] if words[0] in L.ORG_HEADS and len(words) > 3 else words[1:]
        else:
            # "minister spraw wewnętrznych Tomasz Siemoniak", "rzecznik straży pożarnej Karol
            # Kierzkowski": a title's bare genitive complement before a full name is no part of it (one
            # opened by a preposition or an article stays: "le ministre des Affaires étrangères X", "il ministro dell'Interno X")
            name = len(words)
            while name > k and words[name - 1][:1].isupper() and not _acronym(words[name - 1]):
                name -= 1
            between = [w.lower() for w in words[k:name]]
            if len(words) - name >= 2 and 0 < len(between) <= 4 and any(w[:1].islower() for w in between) \
                    and all((w.isalpha() or w[:-1].isalpha() and w[-1] in "." + _DOT) and w not in L.FUNCTION_WORDS
                            for w in between):  # ("rzeczniczka Straży Granicznej ppor. Anna Michalska")
                words = words[name:]
    if _names_nobody(words, L):
        return ""  # "Lo dice il", "Very well said", "If ... said": nobody ("she" is somebody: an anaphor resolved later)
    return " ".join(words).strip(" ,.;:")


def _names_nobody(words: list[str], L: ModuleType) -> bool:
    """Whether a speaker phrase is only closed-class words, the language's FUNCTION_WORDS and spaCy stop
    words: articles ("Lo dice il"), adverbs ("Very well said, Laura"), conjunctions ("If ... said"),
    quantifiers ("Some of them said"). Those name nobody; a pronoun the resolver follows ("he", "la
    source": SOURCE_WORDS, SPEAKER_PRONOUNS) and an acronym in capitals ("US", a stop word lower-cased)
    do. Ordinary nouns stay speakers however the article writes them ("Police said", "Ministeren sagde"):
    without a part-of-speech model a lower-case noun and a lower-case adverb look alike, so only the
    closed word classes are judged (and nouns spaCy lists as stop words, STOP_WORD_NOUNS, are none:
    "Il governo ha detto")."""
    phrase = " ".join(words).lower().strip(" ,.;:")
    if not phrase or phrase in L.SOURCE_WORDS or phrase in L.SPEAKER_PRONOUNS:
        return not phrase
    stops = _nobody_words(L.__name__)
    return all(_norm_apos(w.lower().strip(",.;:()")) in stops and not _acronym(w) for w in words)


@lru_cache(maxsize=None)
def _nobody_words(mod: str) -> frozenset[str]:
    """The closed-class words of a language for ``_names_nobody`` (built once per language)."""
    L = get_lang(mod.rsplit(".", 1)[-1])
    return frozenset(L.FUNCTION_WORDS) | (_stop_words(L) - set(L.STOP_WORD_NOUNS))


# words that join a noun to a name in its complement ("ministero della Difesa", "cálculos de la ONU",
# "ministro dos Negócios Estrangeiros"), unlike an article ("ha informado el Gobierno")
_GENITIVES = frozenset("of af van von de del della dello dei degli delle di da do dos das du des".split())


def _particles(L: ModuleType) -> frozenset[str]:
    """Particles inside names: the shared ones and the language's own (``NAME_PARTICLES``)."""
    return NAME_PARTICLES | frozenset(getattr(L, "NAME_PARTICLES", ()))


def _stop_words(L: ModuleType) -> frozenset[str]:
    from .gazetteer import spacy_stop_words

    return spacy_stop_words(L.__name__.rsplit(".", 1)[-1])


def _titled_description(who: str, L: ModuleType) -> bool:
    """'Der Minister', 'the emir', 'el portavoz del ministerio': an article, then a title or a
    source noun within the next three words, is somebody (a bare 'Lo dice il' is not)."""
    words = [w.lower().strip(",.;:") for w in who.split()[1:4]]
    ends = tuple(t.lower() for t in L.QUOTE_SPEAKER_TITLES) + tuple(L.SOURCE_NOUNS)
    return len(who.split()) <= 6 and bool(ends) and any(w.endswith(ends) for w in words)


def _acronym(word: str) -> bool:
    """An abbreviation of a body in capitals ("MSZ", "NATO", "МЧС", "MSWiA")."""
    return 2 <= len(word) <= 6 and word.isalpha() and sum(c.isupper() for c in word) >= max(2, len(word) - 1)


def _declined_place(word: str, L: ModuleType) -> bool:
    """A known country or place inflected ("Wrocławia", "Polski"; NAME_CASE_ENDINGS)."""
    return any((known := canonical_for(form)) is not None and known.label == "LOC" for form in nominatives(word, L))


def _is_country(word: str) -> bool:
    known = canonical_for(word.strip(",.;:"))
    return known is not None and known.kind == "country"


def _is_place(word: str) -> bool:
    """A known place ("Kabul"): after "in" it says where a described speaker spoke ("a
    spokesman in Kabul"), unlike an organisation ("en kilde i Nato")."""
    known = canonical_for(word.strip(",.;:"))
    return known is not None and known.label == "LOC"


def _to_addressee(who: str, L: ModuleType) -> bool:
    """'a la cadena CBS', 'à l'AFP', 'to reporters': said *to* someone, so not the speaker."""
    first = who.strip().split(" ", 1)[0].lower() if who.strip() else ""
    return first in L.ADDRESSEE_WORDS or first.startswith(("l'", "l’")) and "l'" in L.ADDRESSEE_WORDS


def _front_sources(phrase: str, R: dict, L: ModuleType) -> tuple[str, ...]:
    """Outlets named in a fronted source phrase ("Ifølge Reuters", "Laut der Nachrichtenagentur
    dpa", "According to Reuters")."""
    m = R["according"].search(phrase[:1].lower() + phrase[1:])  # the phrase may open the sentence
    if not m:
        return ()
    outlet = R["outlet_named"].search(m.group("who"))
    name = outlet.group("outlet") if outlet else m.group("who")
    return (name.strip().rstrip("."),) if (outlet or name.isupper() or name.lower() in L.BYLINE_OUTLETS) else ()


def _reported(sent: str, R: dict, L: ModuleType) -> tuple[str, tuple[str, ...], tuple[int, int] | None] | None:
    """Speaker, relays and the span of what was said (offsets in ``sent``; None: the whole
    sentence) of a sentence of reported speech, or None when it reports nobody."""
    # "According to Reuters, Scholz said ...": the clause after the source phrase names the speaker
    lead = re.match(r"(?P<front>[^,;:“”\"]{3,60}),\s+", sent)
    front = lead.group("front") if lead else ""
    sources = _front_sources(front, R, L) if lead and R["according"].match(front[:1].lower() + front[1:]) else ()
    if sources:
        inner = _reported(sent[lead.end():], R, L)
        if inner and inner[0]:
            span = (inner[2][0] + lead.end(), inner[2][1] + lead.end()) if inner[2] else None
            return inner[0], tuple(dict.fromkeys((*inner[1], *sources))), span
    m = R["v2"].match(sent)
    if m:  # "Det bekræfter Natos pressetjeneste": what was said is the sentence before
        return (*_speaker(m.group("who"), R, L, None), PREVIOUS_SENTENCE)
    # "Heitham Gheriani, médico en el hospital de Ras Lanuf, afirmó ... a The Guardian que ...":
    # a name, an apposition between commas, then the verb
    for key in ("appositive", "appositive_name"):
        m = R[key].match(sent)
        if m and m.group("who").split()[0].lower() not in L.FUNCTION_WORDS | _stop_words(L):
            _, relays = _speaker(m.group("rest"), R, L, "")
            return _clean_speaker(m.group("who"), R, L, True), relays, _said_after(sent, m.start("rest"), L)
    # "..., oplyser Det Hvide Hus og Nato." (the attribution closes the sentence)
    for m in re.finditer(r",\s+", sent):
        inv = R["inverted"].match(sent[m.start():])
        if inv and (_to_addressee(inv.group("who"), L)
                    or " ".join(inv.group("verb").lower().split()) in L.ADDRESSEE_VERBS):
            continue  # "..., told reporters on Thursday": whom it was told, not who told it
        if not inv or len(inv.group("who").split()) > MAX_SPEAKER_WORDS:
            continue
        if inv.end() >= len(sent[m.start():].rstrip()) - 1:
            return (*_speaker(sent[m.start() + inv.start("who"):], R, L, None), _said_before(sent, m.start()))
        tail = sent[m.start() + inv.end("who"):]
        if re.fullmatch(rf"\s*,\s*{_NAME}(?:\s*,\s*[^,.;:]*)?\s*[.!?]?\s*", tail):
            # "..., disse na terça-feira o ministro da Defesa, Nuno Almeida.": the name after the description
            who, relays = _speaker(sent[m.start() + inv.start("who"):], R, L, None)
            return (*_name_after_description(who, relays, tail, R, L), _said_before(sent, m.start()))
    m = R["forward"].match(sent)
    if m and _is_adverbial(m.group("who"), L):  # Danish V2: "Tidligere torsdag oplyste en kilde i Nato til AFP"
        who, relays = _speaker(m.group("rest"), R, L, None)
        anaphoric = _norm_apos(" ".join(m.group("who").lower().split())) in L.ANAPHORIC_OPENERS
        said = PREVIOUS_SENTENCE if anaphoric else _said_after(sent, m.start("rest"), L, need_complementizer=True)
        source = " ".join(sent[:m.start("rest")].lower().split())
        if said is None and source in L.ACCORDING_TO and sent[m.end("rest"):m.end("rest") + 1] == ",":
            said = _said_after(sent, m.end("rest") + 1, L)  # "Jak poinformował X, na granicy czeka ..."
        return who, tuple(dict.fromkeys((*relays, *_front_sources(m.group("who"), R, L)))), said
    passive = bool(m) and bool(m.group("who").split()) and m.group("who").split()[-1].lower() in L.PASSIVE_AUXILIARIES
    if m and not passive and not _is_adverbial(m.group("who"), L):
        who, _ = _speaker(m.group("who"), R, L, None, forward=True)
        _, relays = _speaker(m.group("rest"), R, L, "")
        said = _said_after(sent, m.start("rest"), L)
        if who and len(m.group("who").split()) <= MAX_SPEAKER_WORDS and (
                who.split()[0].lower() not in L.FUNCTION_WORDS or _titled_description(who, L)) and (
                said is not None or len(sent[m.end():].split()) >= MIN_SAID_WORDS):
            # ("Mr Davutoglu clearly had a lot to say." says nothing)
            return who, relays, said
    m = R["tail"].search(sent)
    if m and len(m.group("who").split()) <= MAX_SPEAKER_WORDS:
        return (*_speaker(m.group("who"), R, L, None, forward=True), _said_before(sent, m.start()))
    # the source phrase may open the sentence ("Według IMGW fala dotrze ...", "According to X the ...")
    opened = sent[:1].lower() + sent[1:]
    m = next((a for a in R["according"].finditer(opened) if not _after_article(sent, a.start(), L)), None)
    if m:
        who, relays = _speaker(m.group("who"), R, L, None)
        # what was said: before a closing source phrase ("…, ifølge DR."), or after an opening
        # one ("Ifølge DR, …"); a source phrase inside the clause leaves the whole sentence
        comma = sent.find(",", m.end("who"))
        closing = len(sent[m.end("who"):].strip(" .!?)")) < 5
        # an opening phrase may follow a live-blog time or a dateline ("16.03h: Según la agencia AFP, …")
        opening = m.start() == 0 or _opening_tag(sent[:m.start()])
        span = (_said_before(sent, m.start()) if m.start() > 0 and closing
                else _said_after(sent, comma + 1, L) if opening and 0 <= comma - m.end("who") < 5 else None)
        outlet = R["outlet_named"].match(m.group("who"))
        name = _outlet_by_name(m.group("who"), L) or (outlet.group("outlet") if outlet else "")
        if name and not name[:1].isupper():  # "según el diario británico The Telegraph": the name in it
            named = re.search(rf"(?<!\S){_NAME}", name)
            name = named.group() if named else ""
        if name:  # "ifølge tv-stationen CNN": the outlet itself is the source of the claim
            return name.rstrip("."), (), span
        words = who.split()
        k = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
        if 0 < k and (words[k - 1].lower() in _GENITIVES or k > 1 and words[k - 2].lower() in _GENITIVES
                      and words[k - 1].lower() in L.FUNCTION_WORDS):
            # a name in a noun's complement ("il ministero della Difesa"): the article before the noun
            # is no part of it
            k = next((i for i, w in enumerate(words) if w.lower() not in L.FUNCTION_WORDS), 0)
            who = " ".join(words[k:])
        elif 0 < k:
            # an article, or a description, then the name: "segundo a Comissão Europeia", "segundo o
            # sindicato neerlandês FNV", "según el enviado especial De Mistura"
            who = " ".join(words[k:])
        elif not any(w[:1].isupper() for w in words):
            return None  # "según han informado a Europa Press fuentes ...": the name was the relay's
        return who, relays, span
    return None


# a live blog's time or a kicker in capitals before a sentence's opening source phrase ("16.03h: ",
# "9:41 - ", "EN DIRECT : "); datelines are textclean's (see _opening_tag)
_LIVE_TAG = re.compile(r"\s*(?:\d{1,2}[.:h]\d{2}h?\s*[:\-–—]|[A-ZÀ-Þ][A-ZÀ-Þ .'-]{1,30}\s*:)\s*")


def _opening_tag(prefix: str) -> bool:
    """Whether ``prefix``, all that stands before a sentence's opening source phrase, is a live blog's
    time or kicker ("16.03h: ") or wire markup (``textclean.strip_wire_prefix``: "KABUL - ", "KABUL, April 29 - ",
    "MUNICH (Reuters) - "), so the phrase still opens the sentence."""
    return _LIVE_TAG.fullmatch(prefix) is not None or (bool(prefix.strip()) and not strip_wire_prefix(prefix))


# what was said, as a span of the sentence, has at least this many words (else: the sentence)
MIN_SAID_WORDS = 2
# the span a sentence "Det oplyser politiet" / "That was confirmed by X" gives: the sentence before
PREVIOUS_SENTENCE = (-1, -1)


def _said_before(sent: str, end: int) -> tuple[int, int] | None:
    """'De tre broer blev genåbnet, oplyser myndighederne.': what was said ends at the attribution."""
    body = sent[:end].rstrip(" ,;:-–—")
    said = strip_wire_prefix(body)  # "MUNICH (Reuters) - About 1,200 people were evacuated"
    start = len(body) - len(said) if said and body.endswith(said) else len(body) - len(body.lstrip())
    return (start, len(body)) if len(body[start:].split()) >= MIN_SAID_WORDS else None


def _said_after(sent: str, pos: int, L: ModuleType, need_complementizer: bool = False) -> tuple[int, int] | None:
    """'Authorities said (that) the bridges would reopen.': what was said follows the verb, after
    a complementizer when one comes within the next few words (past a day or an addressee)."""
    rest = sent[pos:]
    comps = "|".join(re.escape(c) for c in L.COMPLEMENTIZERS)
    m = re.search(rf"(?<!\w)(?:{comps})(?:(?<=['’])|(?!\w))", rest[:80], re.IGNORECASE) if comps else None
    if m and len(rest[:m.start()].split()) <= 6 and not re.search(r"[.;:!?]", rest[:m.start()]):
        start = pos + m.end()
    elif need_complementizer:
        return None
    else:
        start = pos + len(rest) - len(rest.lstrip(" ,:"))
        # "Godfrey told CNN it looked like …": the outlet it was told to is not what was said
        told = re.match(rf"(?:(?:the|The)\s+)?(?P<outlet>{_NAME})\s+(?=\S)", sent[start:])
        if told and _known_outlet(told.group("outlet"), L):
            start += told.end()
    end = len(sent.rstrip())
    end -= sent[:end].endswith(".") and not sent[:end].endswith("..")
    start += len(sent[start:end]) - len(sent[start:end].lstrip(" ,:"))
    return (start, end) if len(sent[start:end].split()) >= MIN_SAID_WORDS else None


def _norm_apos(word: str) -> str:
    return word.replace("’", "'")


def _after_article(sent: str, pos: int, L: ModuleType) -> bool:
    """Whether the word before ``pos`` is an article or preposition: "il secondo C-130" is the
    ordinal ("the second"), not "secondo" = "according to"."""
    prev = re.search(r"(\w+['’]?)\s*$", sent[:pos])
    return bool(prev) and _norm_apos(prev.group(1).lower()) in L.ACCORDING_TO_ORDINAL_AFTER


def _is_adverbial(phrase: str, L: ModuleType) -> bool:
    """A sentence-initial time adverbial ("Tidligere torsdag", "I går") or one of the language's
    SPEAKER_OPENERS ("È quanto", "Así lo", "Ma"): the subject, if any, follows the verb."""
    low = _norm_apos(" ".join(phrase.lower().split()))
    if low in L.SPEAKER_OPENERS:
        return True
    words = low.split()
    time_words = set(L.WEEKDAYS) | {w for k in L.RELATIVE_DAYS for w in k.split()} | {
        "tidligere", "senere", "earlier", "later", "nu", "now", "også", "derudover", "samtidig"}
    if bool(words) and len(words) <= 3 and all(w in time_words for w in words):
        return True
    # "Ifølge Reuters siger X", "Laut dpa sagte X": a source phrase in front, the speaker after the verb
    if any(low == a or low.startswith(a + " ") for a in L.ACCORDING_TO):
        return True
    # V2 languages: any short phrase in front puts the subject after the verb ("Am Montag sagte X",
    # "I Bruxelles siger X"); it opens with a preposition, never with a name
    return bool(L.V2_FRONT_PREPOSITIONS) and 2 <= len(words) <= 4 and words[0] in L.V2_FRONT_PREPOSITIONS


def _byline(text: str, L: ModuleType) -> str:
    tail = text[-200:]
    for m in _BYLINE.finditer(tail):
        key = m.group(1).strip().lower()
        if key in L.BYLINE_OUTLETS:
            return L.BYLINE_OUTLETS[key]
        if key in get_lang("generic").BYLINE_OUTLETS:
            return get_lang("generic").BYLINE_OUTLETS[key]
    head = re.match(r"\s*(?:[A-ZÆØÅ ,]+)?\s*\((?P<o>[A-Za-z]{2,10})\)\s*[-–—]", text[:200])
    if head and head.group("o").lower() in get_lang("generic").BYLINE_OUTLETS:
        return get_lang("generic").BYLINE_OUTLETS[head.group("o").lower()]
    return ""


def _is_anaphor(who: str, L: ModuleType) -> bool:
    low = who.lower()
    return not who or low in [w.lower() for w in L.SOURCE_WORDS] or (
        any(low.endswith(n) for n in L.SOURCE_NOUNS) and len(who.split()) == 1 and "-" in who)


def _resolve(article_id: str, text: str, raw: list[dict], L: ModuleType, byline: str) -> list[Quote]:
    out: list[Quote] = []
    prev: dict | None = None
    named: list[dict] = []  # speakers seen so far with a real name or description
    for r in raw:
        who, relays = r["who"], r["relays"]
        opens_paragraph = not text[r["para"]:r["start"]].strip(" \t-–—")
        if not who and prev is not None and r["kind"] == "direct" and opens_paragraph and _adjacent(text, prev, r):
            who, relays = prev["who"], relays or prev["relays"]
        elif not who and r.get("attributed") and L.PRO_DROP and named and r["start"] - named[-1]["end"] < PRO_DROP_CHARS:
            # '"…", afirmó el jueves.': the verb's subject is the last speaker named just before
            who, relays = named[-1]["who"], relays or named[-1]["relays"]
        elif who and _title_anaphor(who, L) and _titled_antecedent(_title_anaphor(who, L), named):
            # '"…", declarou o ministro em Lisboa': the minister named before ("O ministro ..., Joaquim Ferreira")
            ante = _titled_antecedent(_title_anaphor(who, L), named)
            who, relays = ante["who"], relays or ante["relays"]
        elif who and _is_anaphor(who, L):
            # "the source said" takes the last described source ("a Nato official"); a pronoun
            # ("he said") the last speaker, whoever that was
            described = any(s in who.lower() for s in L.SOURCE_NOUNS)
            ante = next((n for n in reversed(named) if any(s in n["who"].lower() for s in L.SOURCE_NOUNS)),
                        None) if described else None
            ante = ante or (named[-1] if named else None)
            if ante is not None:
                who, relays = ante["who"], relays or ante["relays"]
        if not who:
            prev = None
            continue
        r = {**r, "who": who, "relays": relays}
        if not _is_anaphor(who, L):
            named.append(r)
        prev = r
        chain = tuple(relays) + ((byline,) if byline and byline not in relays else ())
        # an honorific before a name is not part of it ("M. Kadhafi", "Mr. Obama" -> the name)
        who = re.sub(rf"^\w{{1,3}}{_DOT}\s+(?={_CAP})", "", who)
        who = _nominative_speaker(who, text, L)
        start, end = r.get("said") or (r["start"], r["end"])
        out.append(Quote(article_id=article_id, text=r["text"].replace(_DOT, "."), speaker=who.replace(_DOT, "."),
                         start=start, end=end, sentence=r["sentence"].replace(_DOT, "."), kind=r["kind"],
                         relays=tuple(x.replace(_DOT, ".") for x in chain)))
    return out


def _nominative_speaker(who: str, text: str, L: ModuleType) -> str:
    """An inflected speaker's name in the nominative, where the article writes it so ("według
    premiera Donalda Tuska" -> "Donald Tusk"; NAME_CASE_ENDINGS); else as it stands."""
    if not who[:1].isupper():
        return who
    for form in nominatives(who, L):
        if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            return form
    return who


def _title_anaphor(who: str, L: ModuleType) -> str:
    """The title of a speaker named by a title alone ("o ministro", "the minister", "de premier"), or ''."""
    words = who.lower().split()
    titles = {t.lower() for t in L.QUOTE_SPEAKER_TITLES}
    if not words or words[-1] not in titles or any(w[:1].isupper() for w in who.split()[1:]):
        return ""
    return words[-1] if all(w in L.FUNCTION_WORDS for w in words[:-1]) else ""


# A title names the person after it when at most this many characters stand between them
# ("O ministro das Infraestruturas, Joaquim Ferreira")
TITLE_NAME_GAP = 40


def _titled_antecedent(title: str, named: list[dict]) -> dict | None:
    """The last speaker named with ``title`` right before the name in their sentence."""
    for n in reversed(named):
        name = n["who"]
        if not name[:1].isupper():
            continue
        at = n["sentence"].find(name)
        found = list(re.finditer(rf"(?<![\w-]){re.escape(title)}(?![\w-])", n["sentence"][:max(0, at)], re.IGNORECASE))
        if found and at - found[-1].end() <= TITLE_NAME_GAP:
            return n
    return None


def _adjacent(text: str, a: dict, b: dict) -> bool:
    """Whether quote ``b`` follows quote ``a`` with nothing but white space or a paragraph between."""
    between = text[a["end"]:b["para"]]
    return "\n" in between and len(between.strip(" \n,.;:”\"")) < 80 and between.count("\n\n") <= 1 or not between.strip()


# --- word orders the rules above do not read: verb-final (tr), verb-initial (ar), unspaced (zh) ---
#
# Speakers there are not capitalised names next to a verb: Turkish closes the clause with its
# verb ('Erdoğan, "…" dedi.'), Arabic opens it ('وقال الوزير إن …', no capitals at all), Chinese
# writes no spaces ('外交部发言人汪文斌表示，…'). What the rules read is still language data:
# the verbs, titles, complementizers, outlets and stop words of the module.

# clause punctuation of every script: Latin, Arabic (، ؛ ؟) and full-width CJK (，。；：！？)
_CLAUSE_END = ",.;:!?\u060c\u061b\u061f\uff0c\u3002\uff1b\uff1a\uff01\uff1f"
_CLAUSE_END_CLASS = "[" + re.escape(_CLAUSE_END) + "]"
_NOT_CLAUSE_END = "[^" + re.escape(_CLAUSE_END) + "\n“”\"«»「」]"


def _other_order(L: ModuleType) -> bool:
    """Whether the language's speech is read by the word-order rules below."""
    return bool(L.VERB_FINAL or L.VERB_INITIAL or L.UNSPACED)


def _alts(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)) or "(?!x)x"


@lru_cache(maxsize=None)
def _order_rx(mod: str) -> dict[str, re.Pattern]:
    L = get_lang(mod.rsplit(".", 1)[-1])
    verbs, links = _alts(L.QUOTE_VERBS), _alts(L.QUOTE_VERB_LINKS)
    comps = _alts(L.COMPLEMENTIZERS)
    gap = r"\s*" if L.UNSPACED else r"\s+"
    b0 = "" if L.UNSPACED else r"(?<!\w)"
    b1 = "" if L.UNSPACED else r"(?!\w)"
    opener = _alts(L.SPEAKER_OPENERS)
    n = _NOT_CLAUSE_END
    return {
        # after a quote: '" dedi.', '" diye Anadolu Ajansı'na konuştu Bakan X.', '”，他说。', '"، قال X.'
        "after_verb": re.compile(rf"\s*{_CLAUSE_END_CLASS}?\s*(?:(?:{links}){gap})?(?P<mid>{n}{{0,60}}?)"
                                 rf"{b0}(?P<verb>{verbs}){b1}(?P<rest>{n}*)"),
        # before a quote, the verb closing its clause: 'وقال وزير الخارجية: "', '汪文斌说：“'
        "before_verb": re.compile(rf"(?:^|{_CLAUSE_END_CLASS})\s*(?:(?:{opener}){gap})?(?P<pre>{n}*?){b0}"
                                  rf"(?P<verb>{verbs}){b1}(?P<rest>{n}*?)\s*{_CLAUSE_END_CLASS}?\s*$"),
        "verb": re.compile(rf"{b0}(?P<verb>{verbs}){b1}"),
        "comp": re.compile(rf"{b0}(?:{comps}){b1}"),
        "according_before": re.compile(rf"{b0}(?:{_glued_alts(L.ACCORDING_TO, gap)})(?P<who>{n}{{1,40}}?)"
                                       rf"(?:{gap}(?:{_alts(L.ACCORDING_TO_AFTER)}){b1}|(?={_CLAUSE_END_CLASS}|$))"
                                       if L.ACCORDING_TO else r"(?!x)x"),
        "according_after": re.compile(rf"(?P<who>{n}{{1,60}}?){gap}(?:{_alts(L.ACCORDING_TO_AFTER)}){b1}"
                                      if L.ACCORDING_TO_AFTER and not L.ACCORDING_TO else r"(?!x)x"),
    }


def _glued_alts(cues, gap: str) -> str:
    """Cue phrases, each with the space after it; a cue whose last word is one letter (Arabic
    "وفقا ل" + "وزارة" = "وفقا لوزارة") is glued to the next word."""
    parts = [re.escape(c.rstrip("ـ")).replace(r"\ ", r"\s+") + (r"ـ?\s*" if len(c.rstrip("ـ").split()[-1]) == 1 else gap)
             for c in sorted(set(cues), key=len, reverse=True)]
    return "|".join(parts) or "(?!x)x"


def _outlets_in(phrase: str, L: ModuleType) -> list[tuple[int, int, str]]:
    """Outlets the language knows (``BYLINE_OUTLETS``) named in ``phrase``: (start, end, name).
    A glued proclitic ("لرويترز", to Reuters) or an apostrophe suffix ("AA'ya") may go with one."""
    keys = [k for k in L.BYLINE_OUTLETS if len(k) >= 2]
    if not keys:
        return []
    alt = _alts(keys)
    if L.UNSPACED:
        rx = rf"(?P<o>{alt})"
    else:
        pro = f"[{L.PROCLITICS}]{{0,2}}" if L.PROCLITICS else ""
        rx = rf"(?<!\w){pro}(?P<o>{alt})(?:['’]\w+)?(?!\w)"
    out = []
    for m in re.finditer(rx, phrase, re.IGNORECASE):
        key = " ".join(m.group("o").lower().split())
        name = L.BYLINE_OUTLETS.get(key)
        if name is None:
            continue
        if not L.UNSPACED and not L.DEFINITE_PREFIX and key.isalpha() and len(key) <= 3 and not m.group("o").isupper():
            continue  # "aa", "ap" in lower case are words
        out.append((m.start(), m.end(), name))
    return out


def _cut_relays(who: str, L: ModuleType) -> tuple[str, tuple[str, ...]]:
    """A speaker phrase without the outlet it spoke to ("X Anadolu Ajansı'na", "X لرويترز",
    "X对新华社"): the phrase up to the outlet (and the relay word before it), and the outlet."""
    found = _outlets_in(who, L)
    if not found:
        return who, ()
    start = found[0][0]
    before = who[:start]
    names = tuple(dict.fromkeys(n for _, _, n in found))
    if L.RELAY_FROM and not before.strip(" ()"):  # "وكالة الأنباء السورية (سانا) عن وزير الصحة": the
        # outlet opens the phrase and relays whom it quotes after a "from" word
        m = re.search(rf"(?<!\w)(?:{_alts(L.RELAY_FROM)})\s+(?P<who>.+)", who[found[-1][1]:])
        return (m.group("who").strip(), names) if m else ("", names)
    # the relay word before the outlet ("对", "向", "لوكالة", "muhabirine" follows it): off too
    for p in sorted(L.RELAY_PHRASES, key=len, reverse=True):
        if before.rstrip().endswith(p) and not p.startswith("'"):
            before = before.rstrip()[:-len(p)]
            break
    return before.strip(), names


def _drop_suffix(word: str, L: ModuleType) -> str:
    """"Erdoğan'ın" -> "Erdoğan" where the language glues suffixes after an apostrophe."""
    return re.sub(r"['’][^\W\d_]{1,6}$", "", word) if L.SUFFIX_APOSTROPHE else word


def _time_words(L: ModuleType) -> frozenset[str]:
    return frozenset(w.lower() for w in (*L.WEEKDAYS, *L.RELATIVE_DAYS))


def _clean_other(who: str, L: ModuleType) -> tuple[str, tuple[str, ...]]:
    """A speaker phrase of the word-order rules tidied: relays cut off, time words and titles
    dropped, the name after the last title kept. Returns (speaker, relays)."""
    who, relays = _cut_relays(who.strip(" \t" + _CLAUSE_END), L)
    if L.UNSPACED:
        return _clean_unspaced(who, L), relays
    words = [w.strip(_CLAUSE_END + "()") for w in who.split()]
    words = [w for w in words if w]
    time = _time_words(L)
    stops = {w.lower() for w in (*L.SPEAKER_END_WORDS, *L.COMPLEMENTIZERS)}
    out: list[str] = []
    for i, w in enumerate(words):
        low = w.lower()
        if low in time or i + 1 < len(words) and f"{low} {words[i + 1].lower()}" in time:
            if out:
                break
            continue  # "Dün Bakan Kurum": a time word before the speaker
        if out and low in stops:
            break
        out.append(w)
    words = out
    if L.DEFINITE_PREFIX:
        return _titled_name(words, L) or " ".join(words), relays
    words = [_drop_suffix(w, L) for w in words]
    titles = tuple(t.lower() for t in L.QUOTE_SPEAKER_TITLES)
    cut = max((i for i, w in enumerate(words[:-1]) if titles and w.lower().endswith(titles)), default=-1)
    if cut >= 0 and all(w[:1].isupper() for w in words[cut + 1:]):
        words = words[cut + 1:]  # "İçişleri Bakanlığı Sözcüsü Ayşe Demir" -> "Ayşe Demir"
    elif len(words) > 1 and _is_country(words[0]) and all(w[:1].isupper() for w in words[1:]):
        words = words[1:]
    if len(words) > MAX_SPEAKER_WORDS:
        return "", relays
    return " ".join(words), relays


def definite(word: str, L: ModuleType) -> bool:
    """A word with the language's definite article, after up to two proclitics ("الخارجية",
    "بالمئة", "للأمم": "ل" + "ال" written "لل")."""
    art = L.DEFINITE_PREFIX
    if not art:
        return False
    if word.startswith(art):
        return True
    pro = L.PROCLITICS or "\0"
    bare = word[1:] if word[:1] in pro else word
    return bare.startswith(art) or bare[1:].startswith(art) and bare[:1] in pro \
        or word.startswith(art[1:] * 2) and len(art) == 2  # "للأمم": "ل" + "ال" without its alif


def _known_name(word: str, L: ModuleType) -> bool:
    """A word (with a proclitic, "لرويترز") that is an outlet the language knows or a gazetteer name."""
    bare = word[1:] if L.PROCLITICS and word[:1] in L.PROCLITICS else word
    return word in L.BYLINE_OUTLETS or bare in L.BYLINE_OUTLETS or canonical_for(word) is not None


def titled_name(words: list[str], L: ModuleType) -> str:
    return _titled_name(words, L)


def _titled_name(words: list[str], L: ModuleType) -> str:
    span = titled_name_span(words, L)
    return " ".join(words[span[0]:span[1]]) if span else ""


def titled_name_span(words: list[str], L: ModuleType) -> tuple[int, int] | None:
    """The person's name after a title in a caseless script: "وزير الخارجية التركي هاكان فيدان" ->
    "هاكان فيدان". The title (``NAME_TITLES``, one or two words) is followed by words that carry
    the definite article (the office's genitive, a nisba adjective) or by an ``ORG_HEADS`` word
    and those ("المتحدث باسم وزارة الخارجية"); the name is the one to three words after them
    that carry none, and one more with it when it ends the phrase ("بشار الأسد"). Returns the
    name's word span, None when the phrase opens with no title or names nobody after it."""
    titles = sorted((t.split() for t in L.NAME_TITLES), key=len, reverse=True)
    k = next((len(t) for t in titles if [w for w in words[:len(t)]] == t), 0)
    if not k:
        return None
    heads = frozenset(L.ORG_HEADS)
    stops = frozenset((*L.FUNCTION_WORDS, *L.COMPLEMENTIZERS, *L.SPEAKER_END_WORDS, *L.QUOTE_VERBS))
    when = frozenset((*L.WEEKDAYS, *L.RELATIVE_DAYS))
    while k < len(words) and (definite(words[k], L) or words[k] in L.FUNCTION_WORDS or words[k] in heads
                              or L.PROCLITICS and words[k][:1] in L.PROCLITICS and words[k][1:] in heads):
        k += 1  # "الخارجية", "التركي", "للأمم", "وزارة", "لوزارة"
    name: list[str] = []
    for i, w in enumerate(words[k:], k):
        if w in stops or _known_name(w, L):
            break  # "زكي أكتورك لرويترز": a known outlet or place ends the name
        if definite(w, L):
            # a family name with the article ("بشار الأسد", "حسن الغباش") ends the phrase
            if name and w not in when and (i + 1 == len(words) or words[i + 1] in stops):
                name.append(w)
            break
        name.append(w)
        if len(name) == 3:
            break
    return (k, k + len(name)) if name else None


def _clean_unspaced(who: str, L: ModuleType) -> str:
    """A speaker phrase in a language without spaces: cut at the first time word or speaker-end
    word ("在", "对"), then the name after the last title ("外交部发言人汪文斌" -> "汪文斌")."""
    who = who.strip()
    cuts = [w for w in (*_time_words(L), *L.SPEAKER_END_WORDS) if w]
    end = min((i for i in (who.find(c) for c in cuts) if i > 0), default=len(who))
    who = who[:end].strip()
    best = -1
    for t in L.QUOTE_SPEAKER_TITLES:
        i = who.rfind(t)
        if i >= 0 and i + len(t) > best:
            best = i + len(t)
    if 0 < best < len(who) and 2 <= len(who) - best <= 10:
        who = who[best:]
    elif len(who) > 20:
        return ""
    return who.strip("·• ")


def _direct_other(before: str, after: str, L: ModuleType) -> tuple[str, tuple[str, ...], bool] | None:
    """Speaker, relays and whether a speech verb attributes the quote at all, for a quote with
    ``before`` and ``after`` it in its paragraph; None when no verb is next to it."""
    R = _order_rx(L.__name__)
    m = R["after_verb"].match(after)
    if m and not re.search(r"[“”\"«»]", m.group("mid")):
        rest = m.group("rest").strip()
        mid = m.group("mid").strip()
        relays = tuple(n for _, _, n in _outlets_in(mid, L))
        if L.UNSPACED and mid:  # '”，外交部发言人汪文斌表示。'
            who, more = _clean_other(mid, L)
            return who, tuple(dict.fromkeys((*relays, *more))), True
        if rest and (L.VERB_INITIAL or rest[:1].isupper()):  # '" diye konuştu Bakan X.', '"، قال X.'
            who, more = _clean_other(rest, L)
            return who, tuple(dict.fromkeys((*relays, *more))), True
        if L.VERB_FINAL:  # 'Erdoğan, "…" dedi.': the subject opens the clause before the quote
            clause = re.split(r"[.!?:;]\s+|[“”\"«»]", before)[-1]
            who = clause.strip(" ,")
            if mid and not relays and len(mid.split()) <= 2 and mid[:1].isupper():
                who = who or mid
            if who and len(who.split()) <= MAX_SPEAKER_WORDS + 2:
                name, more = _clean_other(who, L)
                return name, tuple(dict.fromkeys((*relays, *more))), True
            return "", relays, True
        if L.VERB_INITIAL and not rest:
            return "", relays, True  # '"…"، أضاف.': pro-drop
    m = R["before_verb"].search(before)
    if m:
        pre, rest = m.group("pre").strip(), m.group("rest").strip()
        if L.UNSPACED and pre:  # '汪文斌说：“'
            who, relays = _clean_other(pre, L)
            return who, relays, True
        if L.VERB_INITIAL and rest:  # 'وقال وزير الخارجية: "'
            who, relays = _clean_other(rest, L)
            return who, relays, True
        if L.VERB_INITIAL and not pre:
            return "", (), True
    return None


def _reported_other(sent: str, L: ModuleType) -> tuple[str, tuple[str, ...], tuple[int, int] | None] | None:
    """Speaker, relays and the span of what was said in a sentence of reported speech, for the
    word-order rules: "X, … söyledi." / "AFAD'a göre …" (tr), "وقال X إن …" / "بحسب X، …" (ar),
    "X表示，…" / "…，X说。" / "据新华社报道，…" (zh)."""
    R = _order_rx(L.__name__)
    body = sent.rstrip()
    body_end = len(body) - (1 if body[-1:] in ".。!！" else 0)
    # "according to": the source is the speaker, or an outlet it names relays the claim
    for key in ("according_before", "according_after"):
        m = R[key].search(sent)
        if m and m.start() > 2 and not sent[m.end():].strip(" " + _CLAUSE_END + ")"):
            # "…، بحسب وكالة الأنباء السورية.": the source closes the sentence
            who, relays = _clean_other(m.group("who"), L)
            outlets = _outlets_in(m.group("who"), L)
            if outlets and not L.UNSPACED:
                who, relays = outlets[0][2], ()
            if who:
                return who, relays, _span(sent, 0, m.start())
        if m and m.start() <= 2:
            who, relays = _clean_other(m.group("who"), L)
            outlets = _outlets_in(m.group("who"), L)
            if outlets and not who:
                who, relays = outlets[0][2], ()
            said = _span(sent, m.end(), body_end)
            if who:
                inner = _reported_other(sent[said[0]:], L) if said else None
                if inner and inner[0] and inner[0] != who:  # "据新华社报道，X表示，…": X, relayed
                    span = (inner[2][0] + said[0], inner[2][1] + said[0]) if inner[2] else said
                    return inner[0], tuple(dict.fromkeys((*inner[1], *_outlets_of(who, m.group("who"), L)))), span
                return who, relays, said
    if L.VERB_FINAL:
        m = re.match(rf"(?P<who>[^,;:“”\"]{{2,80}}?),\s+(?P<said>.+?)\s+(?P<mid>(?:\S+\s+){{0,2}}?)"
                     rf"(?P<verb>{_alts(L.QUOTE_VERBS)})\s*[.!]?$", sent.strip())
        if m and len(m.group("who").split()) <= MAX_SPEAKER_WORDS:
            who, relays = _clean_other(m.group("who"), L)
            relays = tuple(dict.fromkeys((*(n for _, _, n in _outlets_in(m.group("mid"), L)), *relays)))
            off = len(sent) - len(sent.lstrip())
            return (who, relays, _span(sent, off + m.start("said"), off + m.end("said"))) if who else None
        return None
    if L.VERB_INITIAL:
        m = re.match(rf"\s*(?:(?:{_alts(L.SPEAKER_OPENERS)})\s+)?(?P<verb>{_alts(L.QUOTE_VERBS)})(?!\w)\s+"
                     rf"(?P<who>{_NOT_CLAUSE_END}{{2,120}}?)\s*(?:(?<!\w)(?:{_alts(L.COMPLEMENTIZERS)})(?!\w)|[:،,])\s*(?P<said>.+)",
                     sent)
        found = m and _said_by(m, sent, m.start("said"), body_end, L)
        if found:
            return found
        # "…، قال X." / "…، قالت الوزارة في بيان."
        m = re.search(rf"[،,]\s*(?P<verb>{_alts(L.QUOTE_VERBS)})(?!\w)\s+(?P<who>{_NOT_CLAUSE_END}{{2,80}})\s*[.!]?$", body)
        return (m and _said_by(m, sent, 0, m.start(), L)) or None
    # unspaced: "X表示，…" / "…，X说。"
    m = re.match(rf"\s*(?P<who>{_NOT_CLAUSE_END}{{1,30}}?)(?P<verb>{_alts(L.QUOTE_VERBS)})\s*[，,：:]\s*(?P<said>.+)", sent)
    found = m and _said_by(m, sent, m.start("said"), body_end, L)
    if found:
        return found
    m = re.search(rf"[，,]\s*(?P<who>{_NOT_CLAUSE_END}{{1,30}}?)(?P<verb>{_alts(L.QUOTE_VERBS)})\s*[。.!！]?$", body)
    return (m and _said_by(m, sent, 0, m.start(), L)) or None


def _said_by(m: re.Match, sent: str, lo: int, hi: int, L: ModuleType):
    """(speaker, relays, said span) from a match whose "who" group names the speaker, or None."""
    who, relays = _clean_other(m.group("who"), L)
    return (who, relays, _span(sent, lo, hi)) if who else None


def _outlets_of(who: str, phrase: str, L: ModuleType) -> tuple[str, ...]:
    """The outlets a source phrase names, or the source itself when it is one."""
    found = tuple(n for _, _, n in _outlets_in(phrase, L))
    return found or ((who,) if who in L.BYLINE_OUTLETS.values() else ())


def _span(sent: str, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` of ``sent`` without its edge spaces and punctuation; None when too short."""
    while start < end and (sent[start].isspace() or sent[start] in _CLAUSE_END):
        start += 1
    while end > start and (sent[end - 1].isspace() or sent[end - 1] in _CLAUSE_END):
        end -= 1
    words = sent[start:end].split()
    return (start, end) if len(words) >= MIN_SAID_WORDS or (words and end - start >= 6 and not sent[start:end].isascii()) \
        else None
