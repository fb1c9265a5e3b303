"""Facts that change: a ledger of figures and deadlines across a story's articles and languages.

``build_facts(rows, extractions) -> list[dict]`` (``facts.ledger.v1``) gathers every figure
and every deadline the extractors found, keys each one by *what it is about*, groups the
reports that share a key, and tells for each group whether the story's sources agree::

    {"subject": "United States", "attribute": "withdrawal deadline", "kind": "deadline",
     "status": "changed", "current": "2021-08-31",
     "changes": [{"from": "2021-09-11", "to": "2021-08-31", "as_of": "2021-07"}],
     "values": [{"value": "2021-09-11", "as_of": "2021-04", "article_ids": [...],
                 "outlets": [...], "languages": [...], "sources": 2, "superseded": False,
                 "sentences": [{"article_id": "...", "text": "..."}]}, ...]}

Keys (language-independent, tables below are data):

- a **deadline** is keyed by the thing it is a deadline for (the concept nearest to the date in
  its sentence: withdrawal / tilbagetrækning / Abzug ...), whether it is a deadline to *start*
  or (default) to *complete* it, and its subject (the first country or organisation named in
  the sentence, by the entity extractor's canonical name; a demonym such as "amerikanske"
  stands in when no entity is named);
- a **figure** is keyed by the counted thing (``Figure.what`` through a small multilingual
  lemma table: soldater / soldiers / troops -> soldiers), the event word next to it (killed,
  wounded ...), its unit, and its subject (``Figure.subject``, else a demonym in ``what``).

Agreement between two reported values (documented tolerance, ``values_agree``):

- dates agree when equal or when one period contains the other ("August" / "31 August");
- two exact numbers agree when equal (decimals: within 0.5 %, report rounding);
- an approximate number ("about 2,500", "omkring 2500") stands for everything that rounds to
  it at its own granularity (the power of ten of its last non-zero digit: 2,500 -> 100, so
  2,450..2,549); an exact number agrees with it only inside that band, so "about 2,500" and
  "2,448" are close but distinct, while "about 2,500" and "2,500" or "omkring 2500" agree;
- ranges ("several hundred" = 200..999) are intervals; two values agree when their intervals
  meet;
- a bound ("at least 95", "more than 200", "fewer than 100") is the count its reporter has, so
  it stands for values up to half again above it (or down to half below it): "at least 95 dead"
  and "217 dead" a week later are two values of a toll, not one; "more than 200" and "at least
  205" agree.

Status of a fact:

- ``changed``: reports fall into two or more value classes that follow each other in time (a
  later article gives a new value; a value its own sentence calls former/originally is
  *superseded* and counts as older than everything else);
- ``conflicting``: two value classes overlap in time (same period, different values);
- ``corroborated``: one value from two or more independent sources (distinct outlets; a
  syndicated copy, ``copy_of``, counts as its original's source);
- ``single-source`` otherwise.

A key with several different values inside one article (one article listing 100, several
hundred and 9,600 "soldiers") is ambiguous and kept out of the ledger, as are figures with
neither subject nor a second article: they cannot be followed across articles.
"""
from __future__ import annotations

import dataclasses
import functools
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Sequence

from .disjoint import DisjointSet
from .extract.gazetteer import canonical_for, nominatives
from .extract.lang import SUPPORTED, get_lang
from .textclean import fold, strip_wire_prefix
from .models import Article, DateMention, Extraction, Figure, PartialDate
from .summarize import tokens

VERSION = "facts.ledger.v8"
# v8: news outlets named in a sentence give no context ("soldiers (Polish Press Agency)"); two deadlines of one concept with different subjects but the same moved dates are one deadline
# v7: Turkish, Arabic and Chinese words for the concepts, counts, events, negations, parts and demonyms;
# a stem in a script without spaces matches inside a run of characters ("217人死亡": killed)
# v6: a subject-less figure's sentence names a known name of several words ("Polish Press Agency") or an
# inflected one ("we Wrocławiu") by its one key
# v2: durations left out, bare-year deadlines apart, superseded words mark the next date only
# v3: distances and vague quantities left out; an event word counts only near its figure; Romance
# head nouns; figures without a subject are compared only when their sentences' names allow it
# v4: a figure its sentence dates over a year before the article (HISTORY_DAYS) is background
# v5: figures without a subject group by names known across languages (Bayern / Baviera), not by
# the dateline or the wire; a start word marks a deadline only within the date's own clause; a
# source phrase ("according to the agreement") is no concept; a deadline without a concept is
# told apart by the count its sentence gives; "the first 3,000" is a part, not the whole count; a bound
# ("at least 95") stands for values within half of it, not for everything beyond; a deadline moved
# "from X to Y" has X as its old value; a deadline without a concept is the story's one named deadline
# v6: Portuguese and Dutch words for the concepts, counts, events, negations, parts and demonyms
# ("soldad" also makes Spanish "soldados" soldiers); ships and workers are counted things in every language

# --- language knowledge (data) ------------------------------------------------------------------
# What a deadline is for. Stems match the start of a token, or its inside for compounds
# ("troppetilbagetrækning") when at least 6 characters long. Lower case.
DEADLINE_CONCEPTS: dict[str, tuple[str, ...]] = {
    "withdrawal": ("tilbagetræk", "trække", "tillbakadrag", "tilbaketrek", "withdraw", "pullout", "pull-out", "abzug",
                   "rückzug", "abziehen", "retirada", "retirar", "retiro", "retrait", "retirer", "ritiro", "ritirare",
                   "terugtrek", "çekil", "geri çek", "انسحاب", "撤军", "撤出"),
    "ceasefire": ("våbenhvile", "vapenvila", "våpenhvile", "ceasefire", "cease-fire", "truce", "waffenruhe",
                  "waffenstillstand", "alto el fuego", "cessez-le-feu", "tregua", "cessate", "cessar-fogo", "trégua",
                  "staakt-het-vuren", "wapenstilstand", "bestand", "ateşkes", "وقف إطلاق النار", "هدنة", "停火", "停战"),
    "evacuation": ("evakuer", "evacuat", "evakuier", "evacua", "tahliye", "إجلاء", "撤离", "疏散"),
    "election": ("valget", "valg", "valet", "election", "wahl", "elecci", "électi", "elezion", "eleiç", "verkiezing", "seçim", "انتخاب", "الانتخابات", "选举"),
    "vote": ("afstemning", "omröstning", "avstemning", "vote", "voting", "abstimmung", "votación", "votation",
             "votazion", "votação", "stemming", "oylama", "تصويت", "投票"),
    "agreement": ("aftale", "forlig", "avtal", "agreement", "deal", "abkommen", "vereinbarung", "acuerdo", "accord",
                  "accordo", "acordo", "akkoord", "overeenkomst", "anlaşma", "اتفاق", "协议"),
    "talks": ("forhandling", "förhandling", "negotiat", "talks", "verhandl", "negocia", "négocia", "negozia",
              "onderhandel", "overleg", "müzakere", "مفاوضات", "محادثات", "谈判"),
    "handover": ("overdrag", "handover", "hand over", "übergabe", "entrega", "transfert", "passaggio", "overdracht"),
    "payment": ("betaling", "betalning", "payment", "zahlung", "pago", "paiement", "pagamento", "ödeme", "支付", "付款"),
    "sanctions": ("sanktion", "sanction", "sanzion", "sancion", "sanç", "sanctie", "yaptırım", "عقوبات", "制裁"),
    "ultimatum": ("ultimatum", "ultimátum", "ultimato", "ültimatom", "إنذار", "最后通牒"),
    "launch": ("launch", "lift-off", "liftoff", "opsendelse", "uppskjutning", "oppskyting", "lancement", "décollage",
               "lanzamiento", "despegue", "lancio", "raketenstart", "lançamento", "lancering", "fırlatma", "发射"),
}
# Deadlines to begin something; everything else is a deadline to have it done.
START_WORDS = ("indled", "påbegynd", "begynd", "inled", "påbörj", "börja", "innled", "begynn", "start", "begin",
               "initiat", "commenc", "beginn", "anfang", "iniciar", "comenzar", "commencer", "débuter", "iniziare",
               "avviare", "começar", "beginnen", "başla", "بدء", "开始", "启动")
# Negations right before a date: "og ikke inden udgangen af marts" -- the date is no longer the value.
NEGATIONS = frozenset({"not", "no", "ikke", "inte", "ikkje", "nicht", "kein", "pas", "non", "nunca", "jamais",
                       "never", "aldrig", "nie", "não", "niet", "geen", "nooit", "değil", "لا", "لن", "لم", "ليس"})
# Words that mark a value as an older one ("former President ... by May 1").
SUPERSEDED_WORDS = frozenset({
    "former", "formerly", "previous", "previously", "originally", "original", "initially", "initial",
    "oprindelig", "oprindelige", "oprindeligt", "forhenværende", "ursprunglig", "ursprungliga", "ursprungligen",
    "opprinnelig", "opprinnelige", "ursprünglich", "ursprüngliche", "ehemalige",
    "ehemaliger", "anterior", "originalmente", "inicialmente", "expresidente", "ancien", "ancienne",
    "initialement", "précédent", "originariamente", "inizialmente", "ex-president", "ex-président",
    "oorspronkelijk", "oorspronkelijke", "aanvankelijk", "aanvankelijke", "voormalig", "voormalige",
    "önceki", "eski", "başlangıçta", "السابق", "السابقة", "الأصلي", "الأصلية"})
# Counted things: lemma -> stems (matched inside the words of ``Figure.what``).
FIGURE_LEMMAS: dict[str, tuple[str, ...]] = {
    "soldiers": ("soldat", "soldier", "troop", "tropp", "trupp", "truppe", "tropa", "troupe", "truppa", "militær",
                 "militar", "militair", "styrker", "forces", "fuerzas", "forze", "żołnierz", "військов", "солдат",
                 "soldad", "forças", "asker", "جندي", "جنود", "عسكري", "士兵", "军人", "官兵"),
    "refugees": ("flygtning", "flykting", "flyktning", "refugee", "flüchtling", "refugiad", "réfugié", "rifugiat",
                 "asylsøg", "asylum", "uchodźc", "біженц", "vluchteling", "mülteci", "لاجئ", "难民"),
    "civilians": ("civil",),
    "people": ("mennesk", "människ", "person", "people", "mensch", "persona", "personne", "perso", "indbygger",
               "invånare", "innbygger", "resident",
               "einwohner", "habitant", "abitant", "amerikaner", "american", "dansker", "danes", "borgere",
               "citizens", "bürger", "ciudadan", "citoyen", "cittadin", "osób", "osoby", "ludzi", "mieszkańc",
               "obywatel", "людей", "осіб", "мешканц", "жител", "pessoa", "cidadã", "mensen", "inwoner", "burger",
               "kişi", "insan", "شخص", "أشخاص", "人"),
    "children": ("børn", "barn", "child", "kinder", "niño", "enfant", "bambin", "babyer", "babies", "dzieci", "дітей",
                 "діти", "criança", "çocuk", "أطفال", "طفل", "儿童"),
    "dead": ("døde", "döda", "dødsfald", "dødsfall", "dödsfall", "dödsoffer", "dead", "deaths", "tote", "muert",
             "mort", "morti", "victim", "ofre", "opfer", "todesopfer", "dødsofre", "ofiar", "zabitych", "загибл",
             "жертв", "vítima", "doden", "slachtoffer", "ölü", "قتلى", "القتلى", "死者", "遇难者"),
    "cases": ("tilfælde", "smittede", "cases", "infect", "fälle", "casos", "cas ", "casi", "besmetting"),
    "travellers": ("resenär", "reisende", "rejsende", "traveller", "traveler", "passager", "passasjer", "passenger"),
    "aircraft": ("fly", "aircraft", "plane", "flugzeug", "avion", "aerei", "aviones", "aviões", "vliegtuig"),
    "ships": ("ship", "vessel", "skib", "schiff", "navire", "barco", "buque", "navio", "schip", "schep"),
    "workers": ("worker", "arbejder", "arbeiter", "trabajador", "travailleur", "lavorator", "trabalhador",
                "estivador", "werknemer", "werker"),
}
# Event words next to a count: "2448 amerikanere er blevet dræbt" -> people killed.
EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("dræbt", "dræbte", "omkom", "omkomne", "dödade", "dödades", "dödats", "drept", "drepte", "livet", "killed", "died", "dead", "getötet", "ums leben",
               "muert", "asesinad", "tué", "morts", "uccis", "uccid", "morti", "menschenleben", "todesopfer", "lives",
               "vidas", "vies", "vite", "zginęł", "zginął", "zabit", "загину", "загибл", "вбит", "убит", "morreram",
               "gedood", "omgekomen", "overleden", "om het leven", "hayatını kaybet", "öldü", "can kaybı", "قتل",
               "القتلى", "مقتل", "حتفه", "حتفهم", "死亡", "遇难", "丧生", "罹难"),
    "wounded": ("såret", "sårede", "skadade", "skadades", "skadats", "skadad", "skadet", "skadde", "wounded",
                "injured", "verletzt", "verwundet", "herid", "blessé", "ferit", "ranni", "rannych", "ranny",
                "поранен", "ferid", "gewond", "yaralan", "yaralı", "أصيب", "جرحى", "الجرحى", "المصابين", "受伤"),
    "missing": ("savnet", "savnede", "saknade", "saknas", "missing", "vermisst", "desaparecid", "disparu", "dispers",
                "zaginion", "зниклих", "зник", "vermist", "مفقود", "失踪"),
    "arrested": ("anholdt", "arresteret", "gripna", "gripits", "greps", "anhållna", "pågrepet", "pågrepne",
                 "arrestert", "arrested", "detained", "festgenommen", "detenid", "arrêté", "arrestat", "zatrzyman",
                 "aresztowan", "затриман", "detid", "gearresteerd", "aangehouden", "opgepakt"),
    "evacuated": ("evakueret", "evakuerade", "evakuerades", "evakuerats", "evakuert", "evakuerte", "evacuated",
                  "evakuiert", "evacuad", "évacué", "evacuat", "ewakuowan", "евакуйован", "geëvacueerd",
                  # forced out of their homes: the same count as the evacuated
                  "leave their homes", "left their homes", "häuser verlassen", "wohnungen verlassen",
                  "abandonar sus casas", "abandonar sus hogares", "quitter leur domicile", "quitter leurs maisons",
                  "lasciare le loro case", "forlade deres hjem", "forlade deres huse", "tahliye edil", "إجلاء", "撤离", "疏散"),
    "released": ("løsladt", "løsladte", "frisläppt", "släppts", "frigivna", "løslatt", "løslatte", "released",
                 "freed", "freigelassen", "liberad", "libéré", "rilasciat", "liberat", "libertad", "vrijgelaten"),
}
# Words before a count that make it a part of the whole or an addition to it ("the first 3,000
# homes", "another 500 troops"): tracked apart from the whole count.
PART_WORDS = frozenset({
    "first", "last", "remaining", "another", "additional", "further", "extra", "første", "sidste", "resterende",
    "yderligere", "ekstra", "andre", "första", "sista", "återstående", "ytterligare", "siste", "gjenværende",
    "ytterligere", "ersten", "letzten", "weitere", "weiteren", "restlichen", "zusätzliche",
    "premiers", "premières", "derniers", "dernières", "autres", "supplémentaires", "primeros", "primeras",
    "últimos", "últimas", "otros", "otras", "restantes", "primi", "prime", "ultimi", "ultime", "altri", "altre",
    "ulteriori", "outros", "outras", "eerste", "laatste", "overige", "resterende", "ilk", "diğer", "ek", "أول", "أخرى", "إضافي", "إضافية"})
# Demonyms (stems) -> canonical subject, for "amerikanske soldater" / "German troops".
DEMONYMS: dict[str, str] = {
    "amerikan": "United States", "american": "United States", "us-": "United States",
    "dansk": "Denmark", "danish": "Denmark", "dänisch": "Denmark", "danes": "Denmark", "dansker": "Denmark",
    "tysk": "Germany", "german": "Germany", "deutsch": "Germany", "alemán": "Germany", "allemand": "Germany",
    "britisk": "United Kingdom", "british": "United Kingdom", "britisch": "United Kingdom", "britán": "United Kingdom",
    "fransk": "France", "french": "France", "französisch": "France", "francés": "France", "français": "France",
    "italiensk": "Italy", "italian": "Italy", "italienisch": "Italy", "italiano": "Italy",
    "afghansk": "Afghanistan", "afghan": "Afghanistan", "afgan": "Afghanistan",
    "norsk": "Norway", "norwegian": "Norway", "svensk": "Sweden", "swedish": "Sweden",
    "russisk": "Russia", "russian": "Russia", "russisch": "Russia", "ukrainsk": "Ukraine", "ukrainian": "Ukraine",
    "kinesisk": "China", "chinese": "China", "nato-": "NATO",
    "portugu": "Portugal", "neerland": "Netherlands", "nederlands": "Netherlands", "holandês": "Netherlands",
    "holandes": "Netherlands", "dutch": "Netherlands", "spaans": "Spain", "espanhol": "Spain",
    "belgisch": "Belgium", "belga": "Belgium", "brasileir": "Brazil", "braziliaans": "Brazil", "alemão": "Germany",
    "alemã": "Germany", "duits": "Germany", "britânic": "United Kingdom", "brits": "United Kingdom",
    "francês": "France", "frances": "France", "frans": "France",
    "türk": "Turkey", "turkish": "Turkey", "تركي": "Turkey", "suriyeli": "Syria", "syrian": "Syria", "سوري": "Syria",
}
# Prepositions meaning "from/out of": the entity after one is where, not who ("withdrawal from Afghanistan").
FROM_WORDS = {"fra", "från", "from", "aus", "von", "de", "desde", "depuis", "da", "dal", "of", "i", "in", "en"}

# --- tolerances --------------------------------------------------------------------------------
# Two exact decimal figures agree within this relative difference (2.5 vs 2.51 million:
# rounding in reports); exact whole numbers must be equal.
EXACT_TOLERANCE = 0.005
# A bound ("at least 95") stands for values up to this fraction above (below) it: the count its
# reporter has, not everything beyond it. Set by hand.
BOUND_SPAN = 0.5
# Reports whose as-of periods are closer than this many days are "the same time".
SAME_TIME_DAYS = 0

_QUALIFIER_APPROX = {"about", "approximately", "around", "roughly", "nearly", "almost"}
_FAR_PAST = dt.date.min


@dataclass(frozen=True)
class Report:
    """One figure or deadline as one article reported it."""

    key: tuple[str, str, str]  # kind, subject, attribute
    value: str  # display value: ISO date or number
    lo: float  # interval the value stands for (ordinal days for dates)
    hi: float
    as_of: PartialDate | None
    superseded: bool
    article_id: str
    source: str  # independence key: outlet, or the original article for copies
    outlet: str | None
    lang: str
    sentence: str
    text: str  # as written
    qualifier: str = "exact"


# --- entry point ----------------------------------------------------------------------------------


def build_facts(rows, extractions: dict[str, Extraction] | None = None) -> list[dict[str, Any]]:
    """The fact ledger of one story: changed facts first, then conflicting, corroborated, single-source."""
    extractions = extractions or {}
    rows = list(rows)
    arts = {getattr(r, "article", r).id: getattr(r, "article", r) for r in rows}
    copy_of = {a: getattr(r, "copy_of", None) for r, a in zip(rows, arts)}
    # 1. every figure and deadline as a keyed report
    reports: list[Report] = []
    for aid, art in arts.items():
        ex = extractions.get(aid)
        if ex is None:
            continue
        source = _source(aid, arts, copy_of)
        reports += [r for d in ex.dates if d.kind == "deadline" for r in [_deadline_report(d, art, ex, source)] if r]
        reports += [r for f in ex.figures if not _historical(f, ex.dates, art)
                    for r in [_figure_report(f, art, source)] if r]
    reports = _bare_deadlines_join(reports)
    reports = _same_move_join(reports)
    # 2. group by key, drop ambiguous and unfollowable keys
    by_key: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:
        by_key[r.key].append(r)
    facts = []
    for key, all_rs in by_key.items():
        grouped = key[0] == "figure" and not key[1]
        groups = _context_groups(all_rs) if grouped else [all_rs]
        for rs in groups:
            rs = _drop_ambiguous(rs)
            if not rs:
                continue
            if grouped and len({r.article_id for r in rs}) < 2:
                continue
            fact = _fact(key, rs)
            # where a subject-less figure is about ("people killed" in Valencia, not in Spain at
            # large): the known places and bodies its sentences name; tells such facts apart
            fact["context"] = _context_names(rs) if grouped and len(groups) > 1 else []
            facts.append(fact)
    order = {"changed": 0, "conflicting": 1, "corroborated": 2, "single-source": 3}
    facts.sort(key=lambda f: (order[f["status"]], f["kind"] != "deadline", -len(f["values"]),
                              f["subject"], f["attribute"]))
    return facts


def _bare_deadlines_join(reports: list[Report]) -> list[Report]:
    """A deadline whose sentence names no concept ("the tariff deadline was pushed back to 1 June")
    is the story's deadline when the story tracks exactly one deadline with a concept for that
    subject ("the deadline for the tariff talks"): one fact, not two."""
    named: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        if r.key[0] == "deadline" and r.key[2].endswith("deadline") and r.key[2] != "deadline":
            named[r.key[1]].add(r.key[2])
    out = []
    for r in reports:
        if r.key[0] == "deadline" and r.key[2] == "deadline" and len(named.get(r.key[1], ())) == 1:
            r = dataclasses.replace(r, key=("deadline", r.key[1], next(iter(named[r.key[1]]))))
        out.append(r)
    return out


def _same_move_join(reports: list[Report]) -> list[Report]:
    """Two deadlines of one concept whose subjects differ but whose values are the same two or more
    dates ("the ministry moved the deadline from 15 to 31 October" / "Poland extends deadline from
    October 15 to October 31") are one deadline: sources name different bodies for whose deadline
    it is, more so across languages."""
    values: dict[tuple, set[str]] = defaultdict(set)
    count: Counter = Counter()
    for r in reports:
        if r.key[0] == "deadline":
            values[r.key].add(r.value)
            count[r.key] += 1
    # the most reported key keeps its subject; between equals, a known name ("Poland") over a raw one
    moved = sorted((k for k, v in values.items() if len(v) >= 2),
                   key=lambda k: (-count[k], canonical_for(k[1]) is None, k))
    into: dict[tuple, tuple] = {}
    for i, k in enumerate(moved):
        if k in into:
            continue
        for other in moved[i + 1:]:
            if other not in into and other[2] == k[2] and values[other] == values[k]:
                into[other] = k
    return [dataclasses.replace(r, key=into[r.key]) if r.key in into else r for r in reports]


def _source(aid: str, arts: dict[str, Article], copy_of: dict[str, str | None]) -> str:
    root, seen = aid, set()
    while copy_of.get(root) and root not in seen:
        seen.add(root)
        root = copy_of[root]
    art = arts.get(root) or arts[aid]
    return ("outlet:" + art.outlet.strip().lower()) if art.outlet else ("article:" + root)


# --- keys -----------------------------------------------------------------------------------------


def _nearest(sentence: str, pos: int, table: dict[str, tuple[str, ...]], window: float = math.inf) -> str:
    """The table key whose stem occurs nearest to character ``pos`` of ``sentence`` ('' if none
    within ``window`` characters)."""
    low = sentence.lower()
    best, best_d = "", window
    for key, stems in table.items():
        for stem in stems:
            for m in re.finditer(re.escape(stem), low):
                inside = m.start() > 0 and low[m.start() - 1].isalpha()
                if inside and len(stem) < 6 and not _unspaced(stem):
                    continue  # (in a script without spaces every stem is inside a run: "217人死亡")
                d = abs(m.start() - pos)
                if d < best_d:
                    best, best_d = key, d
    return best


def _unspaced(stem: str) -> bool:
    """A stem in a script written without spaces (Han, kana, Hangul, Thai)."""
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or "\u0e00" <= c <= "\u0e7f" for c in stem)


def _has_word(sentence: str, words: frozenset[str]) -> bool:
    return any(t in words for t in tokens(sentence))


def _subject_from_entities(ex: Extraction, sentence: str) -> str:
    ents = sorted((e for e in ex.entities if e.sentence == sentence and e.label in ("LOC", "ORG")),
                  key=lambda e: e.start)
    low = sentence.lower()
    for e in ents:
        at = low.find(e.text.lower())
        before = tokens(low[:at])[-1:] if at > 0 else []
        if before and before[0] in FROM_WORDS:
            continue
        if e.text.isupper() and len(e.text) > 3 and not strip_wire_prefix(sentence).startswith(sentence[:at + 1]):
            continue  # the dateline's place ("KOUROU, April 7 (Reuters) -") says where it was filed
        return e.canonical or e.text
    return ""


def _demonym(text: str) -> str:
    for tok in tokens(text):
        for stem, name in DEMONYMS.items():
            if tok.startswith(stem.rstrip("-")) and (not stem.endswith("-") or "-" in tok or tok == stem[:-1]):
                return name
    return ""


def _deadline_report(d: DateMention, art: Article, ex: Extraction, source: str) -> Report | None:
    pd = PartialDate.parse(d.value)
    if pd is None:
        return None
    sentence = d.sentence or ""
    at = sentence.find(d.text)
    pos = max(0, at)
    concept = _nearest(_without_sources(sentence, art.lang), pos, DEADLINE_CONCEPTS) or "deadline"
    # "to begin by …" only within the date's own clause: in "talks begin next week, and a deal
    # must be in place by 1 May" the deadline is the deal's, not the talks' start
    lo = max((sentence.rfind(c, 0, pos) for c in ",;:"), default=-1) + 1
    his = [i for i in (sentence.find(c, pos) for c in ",;:") if i >= 0]
    clause = sentence[lo:min(his, default=len(sentence))]
    phase = "start " if _nearest(clause, pos - lo, {"start": START_WORDS}) else ""
    subject = _subject_from_entities(ex, sentence) or _demonym(sentence)
    attribute = f"{concept} {phase}deadline" if concept != "deadline" else f"{phase}deadline".strip()
    if concept == "deadline":
        # no concept word: the count the sentence gives tells deadlines apart ("15,000 homes by
        # 2030" / "the first 3,000 homes by the end of 2027" are two deadlines, not a change)
        counts = [f for f in ex.figures if f.sentence == sentence and f.value is not None
                  and not re.fullmatch(r"(?:19|20)\d\d", (f.text or "").strip())]
        if counts:
            near = min(counts, key=lambda f: abs(max(0, sentence.find(f.text)) - pos))
            attribute += f" ({_num(near.value, near.value_max)})"
    if pd.precision == "year":
        # "before 2028" is rarely a restatement of "by 1 June": a deadline given as a bare year is
        # a fact of its own, not a change of the day- or month-precise one beside it
        attribute += " (year)"
    others = [sentence.find(o.text) for o in ex.dates if o.sentence == sentence and o.text != d.text]
    superseded = _superseded_before(sentence, at, others) if at >= 0 else _has_word(sentence, SUPERSEDED_WORDS)
    # "moved from 30 April to 15 May": the date after "from" is the deadline's old value; "not
    # by the end of March" (a negation right before it) is one too
    superseded = superseded or (d.cue or "").lower() in get_lang(art.lang).DEADLINE_FROM or (
        at >= 0 and any(w in NEGATIONS for w in tokens(sentence[max(0, at - 20):at])[-2:]))
    return Report(("deadline", subject, attribute), pd.iso(), pd.value.toordinal(), pd.end().toordinal(),
                  art.published, superseded, art.id, source, art.outlet, art.lang, sentence, d.text)


def _without_sources(sentence: str, lang: str | None) -> str:
    """``sentence`` with its source phrases blanked (same length): in "according to the agreement,
    the first homes are due by 2027" the agreement says when, it is not what is due. A source
    phrase is the cue, its articles, and one more word ("ifølge aftalen", "according to the deal")."""
    L = get_lang(lang)
    cues = "|".join(re.escape(w) for w in L.ACCORDING_TO)
    if not cues:
        return sentence
    small = "|".join(re.escape(w) for w in L.FUNCTION_WORDS) or "(?!x)x"
    return re.sub(rf"(?i)(?<!\w)(?:{cues})(?:\s+(?:{small})(?!\w)){{0,2}}\s+[^\s,.;:]+",
                  lambda m: " " * len(m.group()), sentence)


def _superseded_before(sentence: str, pos: int, others: list[int]) -> bool:
    """Whether a superseded word ("former", "originally", "oprindelige") stands before the date
    at ``pos`` with no other date between them: in "the original deadline was 1 June, now
    extended to 15 July" only 1 June is the former value (the whole sentence used to mark both)."""
    low = sentence.lower()
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", low):
        if m.end() > pos:
            break
        if m.group() in SUPERSEDED_WORDS and not any(m.end() <= o < pos for o in others if o >= 0):
            return True
    return False


def _untracked_units() -> frozenset[str]:
    """Time-unit and distance words of every language with extraction data ("months",
    "måneder", "Jahre", "km", "kilómetros" ...): figures counting them are not tracked."""
    return frozenset(w.casefold() for code in SUPPORTED for L in [get_lang(code)]
                     for w in (*L.UNIT_WORDS, *L.MEASURE_WORDS))


UNTRACKED_UNITS = _untracked_units()
# A subject longer than this many words is not a name (shouted comments, clauses).
MAX_SUBJECT_WORDS = 6
# Count nouns too general to be a fact on their own (they need an event or a subject).
GENERIC_COUNTS = frozenset({"people"})
# An event word ("killed", "dræbt", "tuées") describes a figure only this close to it (characters):
# "a city of 280,000 people ... at least 26 were killed" is no death toll of 280,000.
EVENT_WINDOW = 60


# A figure whose sentence dates it (an event date, not "since ...") more than this many days before
# its article was published is background ("in 2004, 30 people were killed"), not the story's figure
HISTORY_DAYS = 365


def _historical(f: Figure, dates: Sequence[DateMention], art: Article) -> bool:
    if art.published is None or not f.sentence:
        return False
    s0 = f.start - max(0, f.sentence.find(f.text))
    s1 = s0 + len(f.sentence)
    for d in dates:
        if d.kind == "event" and s0 <= d.start < s1:
            when = PartialDate.parse(d.value)
            if when is not None and (art.published.value - when.end()).days > HISTORY_DAYS:
                return True
    return False


def _figure_report(f: Figure, art: Article, source: str) -> Report | None:
    if re.fullmatch(r"(?:19|20)\d\d", (f.text or "").strip()):
        # "the 2003 invasion", "since 2011": a four-digit number in the years' range written
        # without a separator is read as a year, never tracked as a count
        return None
    if f.qualifier == "range":
        # "thousands of protesters", "flere hundrede": an impression, not a value sources can
        # agree on or contradict
        return None
    what = f.what or ""
    lemma = _nearest(" " + what.lower() + " ", 0, FIGURE_LEMMAS) if what else ""
    if not lemma:
        words = tokens(what)
        if not words:
            return None
        lemma = words[0] if get_lang(art.lang).WHAT_HEAD == "first" else words[-1]
    if lemma.casefold() in UNTRACKED_UNITS:
        # a duration or an age ("four months of talks", "two years"), not a count that a story
        # tracks: two durations in one story are rarely the same fact, so they are left out
        return None
    sentence = f.sentence or ""
    pos = max(0, sentence.find(f.text))
    event = _nearest(sentence, pos + len(f.text), EVENT_WORDS, EVENT_WINDOW)
    if event and event == lemma:
        event = ""
    if lemma == "dead" and event in ("", "killed"):
        # "sieben Todesopfer", "11 dead" and "two people were killed" are one death toll
        lemma, event = "people", "killed"
    subject = f.subject or _demonym(what)
    if len(subject.split()) > MAX_SUBJECT_WORDS:
        subject = ""  # a shouted comment or a whole clause, not a name
    if lemma in GENERIC_COUNTS and not event and not subject:
        # "a city of 250,000 people", "18 people were buried": people counted for nothing
        # in particular; without an event or a subject no two such figures are one fact
        return None
    attribute = " ".join(p for p in (lemma, event) if p) + (f" ({f.unit})" if f.unit else "")
    before = tokens(sentence[max(0, pos - 30):pos])[-2:]
    if any(w in PART_WORDS for w in before):
        attribute += " (part)"  # "the first 3,000 homes", "another 500 troops": not the whole count
    lo, hi = figure_interval(f.value, f.qualifier, f.value_max)
    return Report(("figure", subject, attribute), _num(f.value, f.value_max), lo, hi, art.published,
                  _has_word(sentence, SUPERSEDED_WORDS), art.id, source, art.outlet, art.lang, sentence, f.text,
                  f.qualifier or "exact")


def _num(v: float, vmax: float | None = None) -> str:
    s = str(int(v)) if float(v).is_integer() else f"{v:g}"
    if vmax is not None and vmax != v:
        s += "-" + (str(int(vmax)) if float(vmax).is_integer() else f"{vmax:g}")
    return s


def granularity(v: float) -> float:
    """Power of ten of the last non-zero digit of an integer-valued figure (2500 -> 100, 2448 -> 1)."""
    if v == 0 or not float(v).is_integer():
        return 0.1 if not float(v).is_integer() else 1.0
    n, g = int(abs(v)), 1
    while n % 10 == 0:
        n //= 10
        g *= 10
    return float(g)


def figure_interval(value: float, qualifier: str = "exact", value_max: float | None = None) -> tuple[float, float]:
    """The values a reported figure stands for (see module docstring)."""
    q = (qualifier or "exact").lower()
    if q == "range" or value_max is not None:
        return value, value_max if value_max is not None else value
    if q in _QUALIFIER_APPROX:
        half = granularity(value) / 2
        return value - half, value + half - 1e-9
    if q == "less_than":
        return value * (1 - BOUND_SPAN), value - 1e-9
    if q == "at_most":
        return value * (1 - BOUND_SPAN), value
    if q == "more_than":
        return value + 1e-9, value * (1 + BOUND_SPAN)
    if q == "at_least":
        return value, value * (1 + BOUND_SPAN)
    tol = 0.49 if float(value).is_integer() else abs(value) * EXACT_TOLERANCE
    return value - tol, value + tol


def values_agree(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two reported values agree when the intervals they stand for meet."""
    return a[0] <= b[1] and b[0] <= a[1]


# --- grouping --------------------------------------------------------------------------------------


_WORD = re.compile(r"[^\W\d_][^\W_]*")
def _sentence_names(sentence: str, lang: str | None = None) -> set[str]:
    """Keys of the names a sentence gives (capitalised words, not sentence-initial): a known place
    or body has one key in every language (Bayern / Baviera / Bavière -> bavaria; "the Polish Press
    Agency" / "PAP", a run of words; "we Wrocławiu" / "Wroclaw", an inflected one). The dateline
    and the wire ("MUNICH (Reuters) -") say who carried the report, not what it is about."""
    from .timeline import _calendar_words

    text = strip_wire_prefix(sentence)
    cal = _calendar_words()
    L = get_lang(lang)
    out = set()
    words = list(_WORD.finditer(text))
    skip = 0
    for i, m in enumerate(words):
        w = m.group()
        if i < skip or i == 0 or not w[0].isupper() or w.lower() in cal or w.casefold() in _outlets():
            continue
        if re.search(r"[-–—:(]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # "… : Environ", "- About": a clause opens here
        run = i + 1  # a known name of several capitalised words ("Polish Press Agency")
        while run < len(words) and run - i < 4 and words[run].group()[0].isupper() \
                and not text[words[run - 1].end():words[run].start()].strip():
            run += 1
        known = next((k for n in range(run, i + 1, -1)
                      for k in [canonical_for(text[m.start():words[n - 1].end()])] if k is not None), None)
        if known is not None:
            skip = next(n for n in range(run, i, -1) if canonical_for(text[m.start():words[n - 1].end()]))
        else:
            known = canonical_for(w) or next((k for f in nominatives(w, L) for k in [canonical_for(f)] if k), None)
        if known is not None and known.canonical.casefold() in _outlets():
            continue  # "the Polish Press Agency reported": the outlet that carried it, not what it is about
        out.add("=" + known.canonical.casefold() if known is not None else fold(w))
    return out


@functools.lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """News agencies and outlets the language modules know (bylines, "Reuters", "PAP"), by name and by
    canonical name: the wire a sentence names ("MUNICH (Reuters) -", "podaje PAP") says who carried it."""
    names = {n for c in (*SUPPORTED, "generic") for n in get_lang(c).BYLINE_OUTLETS.values()}
    names |= {k.canonical for n in names for k in [canonical_for(n)] if k is not None}
    return frozenset(n.casefold() for n in names)


def _context_names(rs: list[Report]) -> list[str]:
    """The gazetteer names (places, bodies) the reports' sentences give, most frequent first."""
    counts = Counter(k for r in rs for k in _sentence_names(r.sentence, r.lang) if k.startswith("="))
    names = []
    # most frequent first, ties by name: the sentences' names come as sets, whose order differs
    # between runs (string hashing), so most_common alone left equal counts in any order
    for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
        known = canonical_for(k[1:])
        names.append(known.canonical if known is not None else k[1:].title())
    return names


def _context_groups(rs: list[Report]) -> list[list[Report]]:
    """Figures without a subject ("64 people were killed"), split by what their sentences name.

    Two such reports are about one thing when their sentences share a name (a place, a person,
    an organisation); reports whose names are disjoint ("... in Yefren" / "... in Tripoli")
    are different facts, whatever their numbers. A sentence that names nothing joins the named
    reports when they are all one group, and otherwise stays with the other unnamed ones.
    """
    names = [_sentence_names(r.sentence, r.lang) for r in rs]
    sets = DisjointSet(range(len(rs)))
    first_with: dict[str, int] = {}
    for i, ns in enumerate(names):
        for n in ns:
            if n in first_with:
                sets.union(i, first_with[n])
            else:
                first_with[n] = i
    named: dict[int, list[Report]] = defaultdict(list)
    unnamed: list[Report] = []
    for i, r in enumerate(rs):
        (named[sets.find(i)] if names[i] else unnamed).append(r)
    groups = list(named.values())
    if len(groups) == 1:
        groups[0] += unnamed
    elif unnamed:
        groups.append(unnamed)
    return groups


def _drop_ambiguous(rs: list[Report]) -> list[Report]:
    by_article: dict[str, list[Report]] = defaultdict(list)
    for r in rs:
        by_article[r.article_id].append(r)
    keep = []
    for aid, group in by_article.items():
        current = [r for r in group if not r.superseded]
        classes = _classes(current)
        if len(classes) > 1:
            continue  # one article, several values for one key: we cannot tell them apart
        keep += group
    return keep


def _classes(rs: list[Report]) -> list[list[Report]]:
    classes: list[list[Report]] = []
    for r in rs:
        for c in classes:
            if values_agree((r.lo, r.hi), (c[0].lo, c[0].hi)):
                c.append(r)
                break
        else:
            classes.append([r])
    return classes


def _when(r: Report) -> tuple[dt.date, dt.date]:
    if r.superseded or r.as_of is None:
        return _FAR_PAST, _FAR_PAST
    return r.as_of.value, r.as_of.end()


def _fact(key: tuple[str, str, str], rs: list[Report]) -> dict[str, Any]:
    kind, subject, attribute = key
    rs = sorted(rs, key=lambda r: (_when(r), r.article_id))
    classes = _classes(rs)
    spans = []
    for c in classes:
        # a value some report calls former ("moved from 1 June") is dated by the reports that
        # still gave it as current; only a value nobody gives as current lies before everything
        whens = [_when(r) for r in c if not r.superseded] or [_when(r) for r in c]
        spans.append((min(w[0] for w in whens), max(w[1] for w in whens)))
    order = sorted(range(len(classes)), key=lambda i: (spans[i], i))
    classes = [classes[i] for i in order]
    spans = [spans[i] for i in order]
    values = [_value(c) for c in classes]
    overlapping = any(_overlaps(spans[i], spans[j]) for i in range(len(spans)) for j in range(i + 1, len(spans)))
    if len(classes) > 1 and overlapping:
        status = "conflicting"
    elif len(classes) > 1:
        status = "changed"
    elif len({r.source for r in rs}) >= 2:
        status = "corroborated"
    else:
        status = "single-source"
    changes = []
    if status == "changed":
        for prev, nxt in zip(values, values[1:]):
            changes.append({"from": prev["value"], "to": nxt["value"], "as_of": nxt["as_of"]})
    return {
        "subject": subject,
        "attribute": attribute,
        "kind": kind,
        "status": status,
        "current": values[-1]["value"],
        "changes": changes,
        "values": values,
        "version": VERSION,
    }


def _overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Same time: the as-of periods meet (superseded-only classes are "before", never overlapping)."""
    if a[1] == _FAR_PAST or b[1] == _FAR_PAST:
        return False
    gap = dt.timedelta(days=SAME_TIME_DAYS)
    return a[0] <= b[1] + gap and b[0] <= a[1] + gap


def _value(c: list[Report]) -> dict[str, Any]:
    # display the most precise form: a day beats a month, an exact number beats a rounded one
    rep = min(c, key=lambda r: (r.hi - r.lo, r.superseded))
    dated = [r.as_of for r in c if r.as_of is not None]
    current = [r.as_of for r in c if r.as_of is not None and not r.superseded]
    as_of = min(current or dated) if (current or dated) else None
    sentences, seen = [], set()
    for r in c:
        if (r.article_id, r.sentence) not in seen:
            seen.add((r.article_id, r.sentence))
            sentences.append({"article_id": r.article_id, "text": r.sentence, "as_written": r.text})
    return {
        "value": rep.value,
        "as_written": sorted({r.text for r in c}),
        "qualifier": rep.qualifier,
        "as_of": as_of.iso() if as_of else None,
        "article_ids": list(dict.fromkeys(r.article_id for r in c)),
        "outlets": sorted({r.outlet for r in c if r.outlet}),
        "languages": sorted({r.lang for r in c}),
        "sources": len({r.source for r in c}),
        "superseded": all(r.superseded for r in c),
        "sentences": sentences,
    }
