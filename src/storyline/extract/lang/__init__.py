"""Language knowledge for the extractors, as data.

Every module in this package (``da``, ``en``, ``de``, ``es``, ``fr``, ``it``, ``ru``, ``pl``, ``uk`` and
the ``generic`` fallback) exposes the same names (``ru``, ``pl``, ``uk``, ``tr``, ``ar`` and ``zh`` import ``generic`` and override; a name a module
leaves out is the generic one: :func:`get_lang` fills it in); :func:`get_lang` returns the module for a language code
and falls back to ``generic`` for languages we hold no words for. The extractors never
hard-code a word: what they need to know about a language they read from here.

Names every module defines (all keys lower-case):

- ``MONTHS``: month word (full and abbreviated) -> month number 1..12
- ``WEEKDAYS``: weekday word -> 0 (Monday) .. 6 (Sunday)
- ``WEEKDAY_MODIFIERS`` (optional): word before a weekday -> "last", "next" or "" (as the tense says);
  a key of two words, the modifier and the weekday form ("på fredag"), overrides the modifier alone
  ("på fredagen"). Without it: "last"/"sidste"/"forrige", "next"/"næste", "this"/"på"
- ``NUMBER_WORDS``: spelled numbers -> value (compounds go through text2num when supported)
- ``NUMBER_WORDS_NEED_CONTEXT``: spelled numbers that are also common words (Italian "sei", "you are"):
  numbers only after a ``NUMBER_CONTEXT_BEFORE`` word, or opening a sentence before a word that
  ends in one of ``PLURAL_SUFFIXES`` ("Sei soldati", not "Sei stato")
- ``NUMBER_JOINERS``: words that join parts of one spelled number ("og", "and")
- ``SCALES``: words multiplying a number ("millioner" -> 1e6)
- ``VAGUE_QUANTITIES``: phrase -> (low, high): "flere hundrede" -> (200, 999)
- ``QUALIFIERS``: phrase before a number -> qualifier (about, less_than, more_than, at_least, at_most)
- ``PERCENT_WORDS``, ``CURRENCY_WORDS``: unit words after a number
- ``DECIMAL_SEP`` / ``THOUSANDS_SEPS``: how numbers are written
- ``DEADLINE_CUES``: phrases just before a date that make it a deadline ("senest", "by")
- ``PERIOD_EDGES``: phrase before a period -> "end" / "start" / "mid" ("udgangen af" -> end)
- ``RELATIVE_DAYS``: phrase -> day offset ("i går" -> -1)
- ``RELATIVE_UNITS``: phrase -> (unit, offset) for this/last/next week/month/year
- ``UNIT_WORDS``: time unit word -> unit code (day, week, month, year, hour, minute, decade)
- ``AGO_PATTERNS`` / ``AHEAD_PATTERNS``: regex templates with ``{n}`` and ``{unit}``
- ``SEASONS``: season word -> TimeML season code (SP, SU, FA, WI)
- ``PRESENT_WORDS``: words meaning "now"
- ``QUOTE_VERBS``: speech verbs ("siger", "said"); ``ACCORDING_TO``: "ifølge", "according to"
- ``ACCORDING_TO_ORDINAL_AFTER``: articles after which an ACCORDING_TO word is an ordinal
  (Italian "il secondo C-130", the second one)
- ``RELAY_PHRASES``: phrases introducing the outlet that relayed a statement
- ``SOURCE_WORDS``: anaphoric names for a source ("kilden", "the source")
- ``ABBREVIATIONS``: tokens ending in "." that do not end a sentence
- ``QUOTE_SPEAKER_TITLES``: title words that may precede a speaker's name (skipped in the name)
- ``OUTLET_NOUNS``: words naming a kind of outlet ("nyhedsbureauet", "news agency")
- ``SOURCE_NOUNS``: nouns for an unnamed source ("kilde", "official"): anaphor resolution
- ``BYLINE_OUTLETS``: byline agency tokens ("/ritzau/") -> outlet name
- ``ONE_WORDS``: words for 1 that are also articles ("en", "a"): only read in time expressions
- ``YEAR_CUES``: words before a number that make it a year ("i 2011", "in 2001")
- ``REFERENCE_CUES``: phrases before a date that make it a reference ("siden", "since")
- ``FUTURE_CUES``: future-tense cues that send a year-less date or weekday forward
- ``FUNCTION_WORDS``: words that end the noun phrase a figure counts
- ``VERB_SUFFIXES``: word endings of past-tense verbs (also end that noun phrase)
- ``POSSESSION_VERBS``: "has", "har": the subject of a figure stands before them
- ``MONTHS_NEED_CONTEXT`` / ``SEASONS_NEED_CONTEXT``: month/season words that are also verbs
  (or, like French "été", past participles): they count only after a ``SEASON_MODIFIERS`` word,
  or with a day or a year
- ``SEASON_NAMES``: season phrases that name an event ("primavera árabe", "Arab Spring"): no date
- ``WHAT_STOP_WORDS``: negations, day parts, "now"/"still": they end the phrase a figure counts
- ``SEASON_MODIFIERS``: words that may stand before a season ("this", "cet", "l'")
- ``MEASURE_WORDS``: distance units ("km", "kilómetros"): such figures are not tracked as facts
- ``WHAT_HEAD``: "last" or "first": where the head noun of a figure's phrase stands
- ``ADDRESSEE_WORDS``: words after a speech verb that introduce the addressee ("dijo a", "a déclaré à")
- ``ORG_HEADS``: first words of capitalised institution names ("Consejo de Seguridad"): the caps
  fallback types such a name ORG, not PER
- ``ORG_SUFFIXES``: endings of an institution name's last word in compounding languages
  ("-agentur", "-ministerium"): the caps fallback types such a name ORG
- ``NAME_TITLES``: title words and abbreviations before a person's name ("Sra.", "Senador", "M."):
  the caps fallback drops them from a name, and what follows one is a person
- ``PLACE_PREPOSITIONS``: prepositions of place ("a Roma", "en Túnez"): a word the article writes
  after one is a place, split off the front of a caps name it opens ("a Roma Abdel Hafed Gaddur")
- ``NAME_PREFIX_OFFICES``: state words before a name ("Repubblica Giorgio Napolitano"), split off
  like a place
- ``SPEAKER_END_WORDS``: words that end a speaker phrase ("a déclaré X lors d'une conférence": X;
  "afirmó el presidente X en una rueda de prensa": el presidente X)
- ``COMPLEMENTIZERS``: words opening a subordinate clause ("that", "que", "che"): a phrase after a
  speech verb that opens with one is what was said, never the speaker ("says that ...")
- ``SPEAKER_LEAD_PREPOSITIONS``: prepositions opening a phrase between a speech verb and the speaker
  ("ha detto all'Ansa X", "dijo en un comunicado X"): the phrase is no part of the speaker; a
  capitalised name in it is the outlet that relayed the statement
- ``GERUND_SUFFIXES``: gerund endings ("-ando", "-iendo"): a gerund after a speaker opens a clause
  ("X parlando ai giornalisti": X)
- ``COUNT_NOUNS_BEFORE``, ``COUNT_PREPOSITIONS``: a count named before its number and reached by a
  preposition ("the death toll rose to 217", "i morti salgono a 217"): phrase -> what it counts
- ``FUTURE_SUFFIXES``: endings of the synthetic future tense ("decretará", "sarà"): a verb with one
  before a weekday or a date without a year makes it the coming one, as ``FUTURE_CUES`` do
- ``PLACE_NOUNS``: nouns for a kind of place ("region", "ciudad") before a place's name and a
  linking word ("the region of Valencia"): a known place after one is a place, not a person
- ``DEADLINE_WORDS``, ``DEADLINE_TO``, ``DEADLINE_FROM``: in a sentence that names a deadline (or
  says a date was postponed, "udskudt"), a
  date right after a "to" word is its value and one right after a "from" word its old value ("the
  deadline was moved from 30 April to 15 May")
- ``ANAPHORIC_OPENERS``: sentence openers that stand for what was said ("Lo ha detto X"): the
  statement is the sentence before
- ``ADDRESSEE_VERBS``: speech verbs whose object is the addressee ("told reporters"): what follows
  them is never the speaker
- ``PASSIVE_AUXILIARIES``: auxiliaries of the passive ("is confirmed", "are being told"): the
  subject before them is not a speaker
- ``PARTY_LETTERS``: party letters in parentheses after a politician's name ("(S)") -> the party's
  name, the entity's canonical name
- ``SPEAKER_PRONOUNS``: personal pronouns standing for a speaker ("hun", "sie"): "i"/"in" and a
  capitalised place after one end the speaker ("siger hun i Folketinget": hun, resolved later)
- ``VERB_FORM_SUFFIXES``: verb-form endings ("-ing", "-ed"): a capitalised word with one whose stem the
  article writes in lower case ("Targeting" beside "target") is no name's first word
- ``STOP_WORD_NOUNS``: nouns in spaCy's stop-word list of the language ("governo", "folk"): a speaker
  phrase of stop words alone names nobody ("Very well said", "If ... said"), one holding such a noun does
  ("Il governo ha detto")
- ``OUTLET_SUFFIXES``: endings of an outlet's name that no outlet noun announces ("Presse-Agentur",
  "Rundfunk"): after a relay phrase such a name is the relaying outlet
- ``RELAY_ARTICLES``: articles of the dative ("sagte der Deutschen Presse-Agentur"): before a name
  with an outlet ending they make it the relay; before anything else they are ordinary articles
- ``V2_FRONT_PREPOSITIONS``: in V2 languages (da, de), prepositions opening a short phrase in front
  of a speech verb, which puts the speaker after the verb ("Am Montag sagte X")
- ``PRO_DROP``: the language may leave a verb's subject unsaid ('"…", afirmó el jueves'): such an
  attribution takes the speaker named just before
- ``SPEAKER_OPENERS``: sentence openers before a speech verb that are not its subject ("È quanto",
  "Así lo", "Ma"): the speaker follows the verb ("È quanto ha detto il ministro") or is not named

Names some modules define (read with a default where a module lacks them; modules that start with
``from .generic import *`` have them all):

- ``DATIVE_RELAY`` (default False): the addressee of a speech verb may stand bare after it, in the
  dative, with no preposition or article ("powiedział PAP rzecznik X", "сказал ТАСС глава X"): a
  known outlet opening the phrase after the verb is the relay, the words after it the speaker
- ``NAME_CASE_ENDINGS`` (default none): in a language that declines names, a case ending -> the
  endings of the nominative it may stand for ("a" -> "": "Tuska" -> "Tusk"; "iej" -> "a":
  "Kowalskiej" -> "Kowalska"; "ie" -> "a" or "": "Warszawie", "Berlinie"). A capitalised name
  whose nominative the gazetteer knows takes its type and canonical name ("we Wrocławiu":
  Wroclaw, LOC); one whose nominative the article writes as another name takes that name
  ("premiera Donalda Tuska" -> "Donald Tusk"); across a story's articles the same holds
  (``entities.canonicalise`` with the articles' languages)
- ``NAME_FORMS`` (default none): inflected names no ending rule reaches -> their nominative
  ("Polsce" -> "Polska", "Niemczech" -> "Niemcy")
- ``NAME_CONJUNCTIONS`` (default none): conjunctions inside an institution's name ("Prawo i
  Sprawiedliwość"): the caps fallback keeps one inside a run that opens with one of ``ORG_HEADS``
- ``NOUNS_CAPITALISED`` (default False): every noun is capitalised (German): capitals alone do
  not make a name
- ``NOUN_MARKERS`` (default none): articles, determiners and quantifiers after which a capitalised
  word is a common noun in a language that capitalises nouns ("den Landkreisen Günzburg"): the caps
  fallback drops that word from the name run after it
- ``NAME_ADJECTIVE_SUFFIXES`` (default none): adjective endings ("Deutsche", "Europäischen"): after a
  ``NOUN_MARKERS`` word such an adjective opens an institution's name and is kept ("die Deutsche Bahn")
- ``COMMON_NOUN_SUFFIXES`` (default none): endings of common nouns that no given name has
  ("Tausende", "Landkreisen"): a run opening with such a word is never typed a person
- ``NAME_PARTICLES``: lower-case particles that join the parts of a name in this language besides
  the shared ones (von, van, de, da, del ...): Portuguese "do", "dos", "das" ("Associação dos
  Transitários de Portugal"), Dutch "ter", "ten" ("Jan ter Horst")
- ``AFFILIATION_PARTICLES``: particles that are also "of" (Dutch "van"): after a full name of two
  name words or more, one opens whom the person is with ("Marieke de Vries van FNV Havens": the
  speaker and the entity end before it), unless a surname goes on ("Jan Peter van der Meer")
- ``FUTURE_CUES_AFTER``: future cues that count after a year-less date or weekday too, within its
  clause, for languages that put the verb last ("dat de terminals vrijdag weer open kunnen gaan")
- ``CLAUSE_CONJUNCTIONS``: conjunctions that may open the clause before a speaker and its speech
  verb ("But LCC said", "Men politiet siger"): no part of the speaker
- ``WHAT_ADJECTIVE_SUFFIXES``: endings of attributive adjectives in a language whose adjectives stand
  before the noun (Dutch "-e"): the phrase a figure counts is such adjectives and one noun, so a
  verb after the noun is no part of it ("40 schepen | liggen voor anker", "2.500 Nederlandse soldaten");
  in Polish the agreeing adjectives' endings ("300 polskich żołnierzy | walczy")
- ``SUFFIX_APOSTROPHE``: the language glues case suffixes to names and numbers after an apostrophe
  (Turkish "Ankara'da", "217'den", "14 Mart'ta"): a name ends at the apostrophe (the caps fallback
  stops a run there), and a number's suffix is skipped when reading its unit and what it counts
- ``QUALIFIERS_AFTER``: phrases right after a number (and its scale word) -> qualifier (Turkish
  "3 binden fazla" more than, "1.200 civarında" about; Chinese "2500多", "1万余", "左右")
- ``PERCENT_BEFORE``: percent words written before the number ("yüzde 3", "百分之三")
- ``DEADLINE_CUES_AFTER``: postpositions right after a date that make it a deadline (Turkish "30
  Kasım'a kadar", Chinese "10月31日前"); the mention's text runs to the cue's end
- ``PERIOD_EDGES_AFTER``: edge words after a month, a year or a relative period -> "end" / "start" /
  "mid" ("Kasım sonu", "bu yılın sonuna", "10月底", "今年年底"); ``PERIOD_LINKERS``: words that may
  stand between the period and its edge ("Kasım ayının sonuna"); ``RELATIVE_UNITS_NEED_EDGE``:
  ``RELATIVE_UNITS`` keys that are a period only before such an edge ("yıl sonuna kadar": this year)
- ``ACCORDING_TO_AFTER``: postpositions after a source ("AFAD'a göre"; with Chinese "据" before it,
  "据新华社报道"): the phrase before one is the source of the sentence
- ``UNSPACED``: the language writes no spaces between words (Chinese, Japanese): word-boundary
  tests become digit/Latin-letter tests, and speakers, units and counted nouns are read by the
  module's word lists instead of by spaces
- ``VERB_INITIAL``: a sentence may open with its speech verb, the speaker after it (Arabic "وقال
  الوزير إن ..."): the speaker runs from the verb to a ``COMPLEMENTIZERS`` word or punctuation
- ``VERB_FINAL``: the speech verb closes the clause, the speaker opens it (Turkish 'Erdoğan,
  "..." dedi.', "Bakan, ... söyledi."): a quote followed by a bare verb takes the speaker in front
  of it; ``QUOTE_VERB_LINKS``: words between a quote and such a verb ("diye")
- ``DEFINITE_PREFIX``: the definite article glued to nouns and adjectives in a caseless script
  (Arabic "ال"): such a word never opens a person's name; after a ``NAME_TITLES`` phrase (and its
  genitive, an ``ORG_HEADS`` word with the article-words after it) the next words without it are a
  person's name ("وزير الخارجية التركي هاكان فيدان")
- ``RELAY_FROM``: words after a relaying outlet that introduce whom it quotes (Arabic "نقلت وكالة
  الأنباء عن الوزير": the agency relays, the minister speaks)
- ``CLASSIFIERS``, ``COUNTED_NOUNS``: where words have no spaces, measure words between a number
  and what it counts ("名", "顶") and the nouns a number counts ("士兵", "人"): a figure counts the
  longest such noun after the number and its classifier ("2500名士兵")
- ``NUMERALS``: where numbers are written in numeral characters, character -> value: digits (0-9),
  units inside a group (10, 100, 1000) and scales closing one (10^4, 10^8): "三千二百" = 3200,
  "一万五千" = 15000 (read by ``extract/numerals.py``); ``NUMERALS_FORMAL``: a second table of
  financial forms ("壹仟贰佰"), read only in runs of two characters or more; ``NUMERAL_POINT``: the
  decimal point ("三点五" = 3.5). A run of numerals is a figure only before a ``CLASSIFIERS`` word, a
  ``COUNTED_NOUNS`` noun, a scale, a currency or percent word ("三千名", "十二人", "五十万"), never
  where the characters make a word ("一些", "统一", "十分"); a run that is one of ``ONE_WORDS`` alone
  ("一名官员", an official) is no figure. Dates read months, days and years in them ("十月三十一日",
  "二〇二四年")
- ``ORDINAL_PREFIXES``: words before a number that make it an ordinal, not a count ("第3天")
- ``DEADLINE_CUES_AFTER_EXCEPT``: words that open with a ``DEADLINE_CUES_AFTER`` cue and are no
  cue ("前往", to go to, after "10月31日")
- ``PROCLITICS``: one-letter words glued to the next word (Arabic "و" and, "ب" with, "ل" to: "وقال",
  "لرويترز", "والأسبوع الماضي"): dates may follow one, a glued outlet is still the outlet, and a
  word with one and the definite article is definite ("للأمم")
- ``GAZETTEER``: names in the language for the gazetteer: canonical English name -> (kind, forms),
  kind "org", "country", "place" or "region"; a canonical name the table already holds keeps its
  own kind and type
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

SUPPORTED = ("da", "en", "de", "es", "fr", "it", "ru", "sv", "nb", "pl", "uk", "pt", "nl", "tr", "ar", "zh")


@lru_cache(maxsize=1024)  # bounded: codes come from input data
def get_lang(code: str | None) -> ModuleType:
    """The language-data module for ``code`` ("da", "en-GB", "no" ...), or ``generic``."""
    base = base_code(code)
    name = base if base in SUPPORTED else "generic"
    module = importlib.import_module(f"{__name__}.{name}")
    if name != "generic":  # a name the module leaves out is the generic one ("none here")
        generic = importlib.import_module(f"{__name__}.generic")
        for key, value in vars(generic).items():
            if key.isupper() and not hasattr(module, key):
                setattr(module, key, value)
    return module


# codes read with another code's module: Norwegian ("no") and Nynorsk ("nn") -> Bokmål ("nb")
ALIASES = {"no": "nb", "nn": "nb"}


def base_code(code: str | None) -> str:
    """The primary language subtag of ``code``, through ``ALIASES``: "nn-NO" -> "nb", "en-GB" -> "en"."""
    base = (code or "").split("-")[0].split("_")[0].lower()
    return ALIASES.get(base, base)
