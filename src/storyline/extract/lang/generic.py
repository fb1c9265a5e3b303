"""Fallback language data for languages we hold no words for.

Script-neutral knowledge (digits, ISO dates, ``%``, the common quote marks), plus the month and
weekday words of the multilingual tables, so that "14 мая 2023", "31 أكتوبر" or "quinta-feira"
still date a sentence. Numbers are read with the separator guessed from their shape
(``figures._parse_number``).
"""
from .months import MONTHS as _ALL_MONTHS, NEED_CONTEXT as _MONTHS_NEED_CONTEXT, WEEKDAYS as _ALL_WEEKDAYS

# abbreviations of two or three letters ("mar", "set", "out") are common words somewhere
MONTHS: dict[str, int] = {w: m for w, m in _ALL_MONTHS.items() if len(w) > 3 or not w.isascii()}
WEEKDAYS: dict[str, int] = dict(_ALL_WEEKDAYS)
NUMBER_WORDS: dict[str, int] = {}
ONE_WORDS: dict[str, int] = {}
NUMBER_JOINERS: set[str] = set()
SCALES: dict[str, float] = {}
VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {}
QUALIFIERS: dict[str, str] = {}
PERCENT_WORDS = {"%"}
CURRENCY_WORDS: dict[str, str] = {}
DECIMAL_SEP = ""  # unknown: guessed per number
THOUSANDS_SEPS: tuple[str, ...] = ()
DEADLINE_CUES: tuple[str, ...] = ()
PERIOD_EDGES: dict[str, str] = {}
RELATIVE_DAYS: dict[str, int] = {}
RELATIVE_UNITS: dict[str, tuple[str, int]] = {}
UNIT_WORDS: dict[str, str] = {}
AGO_PATTERNS: tuple[str, ...] = ()
AHEAD_PATTERNS: tuple[str, ...] = ()
SEASONS: dict[str, str] = {}
PRESENT_WORDS: dict[str, str] = {}
QUOTE_VERBS: tuple[str, ...] = ()
ACCORDING_TO: tuple[str, ...] = ()
RELAY_PHRASES: tuple[str, ...] = ()
OUTLET_NOUNS: tuple[str, ...] = ()
SOURCE_WORDS: tuple[str, ...] = ()
ABBREVIATIONS: set[str] = set()
QUOTE_SPEAKER_TITLES: tuple[str, ...] = ()
YEAR_CUES: tuple[str, ...] = ()
REFERENCE_CUES: tuple[str, ...] = ()
FUTURE_CUES: tuple[str, ...] = ()
FUNCTION_WORDS: set[str] = set()
POSSESSION_VERBS: tuple[str, ...] = ()
SOURCE_NOUNS: tuple[str, ...] = ()
BYLINE_OUTLETS = {"afp": "AFP", "reuters": "Reuters", "ap": "AP", "ritzau": "Ritzau", "ntb": "NTB", "dpa": "dpa"}
VERB_SUFFIXES: tuple[str, ...] = ()
# month/season words that are also common verbs: need a modifier, a day, a year or a mid-sentence capital
MONTHS_NEED_CONTEXT: set[str] = set(_MONTHS_NEED_CONTEXT)
SEASONS_NEED_CONTEXT: set[str] = set()

# words that end the phrase a figure counts (none known for an unsupported language)
WHAT_STOP_WORDS: tuple[str, ...] = ()
# Distance units: a figure in one ("12 km from the city") places something, it is not a count the
# facts ledger tracks.
MEASURE_WORDS: tuple[str, ...] = ("km",)
# Where the head noun of the phrase a figure counts stands: "last" ("US soldiers", "amerikanske
# soldater"), or "first" in Romance languages ("soldados estadounidenses", "meses después").
WHAT_HEAD = "last"
# Words after a speech verb that introduce whom it was said to ("dijo a la cadena CBS", "told to"):
# what follows them is the addressee (often the relaying outlet), never the speaker.
ADDRESSEE_WORDS: tuple[str, ...] = ()
SPEAKER_END_WORDS: tuple[str, ...] = ()
ORG_HEADS: tuple[str, ...] = ()
# words that open a subordinate clause ("says that ...", "dijo que ..."): a phrase after a speech
# verb that opens with one is what was said, never who said it
COMPLEMENTIZERS: tuple[str, ...] = ()
# sentence openers before a speech verb that are not its subject: the speaker follows the verb
# ("È quanto ha detto il ministro", "Así lo dijo X"), or the sentence names none ("Ma dice che")
SPEAKER_OPENERS: tuple[str, ...] = ()
# season phrases that name an event, not a time of year ("la primavera árabe", "the Arab Spring")
SEASON_NAMES: tuple[str, ...] = ()
# words after which an ACCORDING_TO word is an ordinal ("il secondo C-130" = the second C-130)
ACCORDING_TO_ORDINAL_AFTER: tuple[str, ...] = ()
# spelled numbers that are also common words (Italian "sei"); see it.py
NUMBER_WORDS_NEED_CONTEXT: set[str] = set()
NUMBER_CONTEXT_BEFORE: tuple[str, ...] = ()
PLURAL_SUFFIXES: tuple[str, ...] = ()
# title words before a person's name, prepositions of place and state words before a name (see it.py)
NAME_TITLES: tuple[str, ...] = ()
PLACE_PREPOSITIONS: tuple[str, ...] = ()
NAME_PREFIX_OFFICES: tuple[str, ...] = ()
# prepositions that open a phrase between a speech verb and the speaker it names ("ha detto
# all'Ansa X", "dijo en un comunicado X"): the phrase is dropped from the speaker, and a
# capitalised name in it is the outlet that relayed the statement
SPEAKER_LEAD_PREPOSITIONS: tuple[str, ...] = ()
# endings of gerunds, which open a clause after a speaker ("X parlando ai giornalisti")
GERUND_SUFFIXES: tuple[str, ...] = ()
# pro-drop languages (es, it): an attribution clause with a verb and no subject takes the last
# named speaker
PRO_DROP = False
# the addressee of a speech verb may stand bare after it, in the dative ("powiedział PAP rzecznik X",
# see pl.py): not here
DATIVE_RELAY = False
# personal pronouns that stand for a speaker ("siger hun i Folketinget"): a place after one is
# where it was said, never part of a name
SPEAKER_PRONOUNS: tuple[str, ...] = ()
# nouns in spaCy's stop-word list of the language ("governo", "folk"): a speaker phrase of stop words
# names nobody ("Very well said"), unless it holds one of these ("Il governo ha detto")
STOP_WORD_NOUNS: tuple[str, ...] = ()
# endings of verb forms ("-ing", "-ed"): a capitalised word with one whose stem the article writes in
# lower case ("Targeting" beside "target") is a verb, never a name's first word
VERB_FORM_SUFFIXES: tuple[str, ...] = ()
# endings of the last word of an institution's name in compounding languages (see de.py)
ORG_SUFFIXES: tuple[str, ...] = ()
# endings of a relaying outlet's name that no outlet noun announces, and articles before such a
# name that make it the addressee (see de.py)
OUTLET_SUFFIXES: tuple[str, ...] = ()
RELAY_ARTICLES: tuple[str, ...] = ()
# V2 word order (see da.py, de.py): none here
V2_FRONT_PREPOSITIONS: tuple[str, ...] = ()
# party letters after a politician's name, "(S)" -> the party (see da.py): none here
PARTY_LETTERS: dict[str, str] = {}
# a count named before its number, reached by a preposition (see en.py): none here
COUNT_NOUNS_BEFORE: dict[str, str] = {}
COUNT_PREPOSITIONS: tuple[str, ...] = ()
# endings of a synthetic future tense (see es.py): none here
FUTURE_SUFFIXES: tuple[str, ...] = ()
# nouns for a kind of place before its name (see en.py): none here
PLACE_NOUNS: tuple[str, ...] = ()
# a deadline that moves (see en.py): none here
DEADLINE_WORDS: tuple[str, ...] = ()
DEADLINE_TO: tuple[str, ...] = ()
DEADLINE_FROM: tuple[str, ...] = ()
# lower-case particles inside a name in this language, besides the shared ones (see pt.py): none here
NAME_PARTICLES: tuple[str, ...] = ()
# particles that are also "of" and open an affiliation after a full name (see nl.py): none here
AFFILIATION_PARTICLES: tuple[str, ...] = ()
# future cues that count after a date too, for verb-final clauses (see nl.py): none here
FUTURE_CUES_AFTER: tuple[str, ...] = ()
# adjective endings that let the phrase a figure counts go on to a noun (see nl.py): none here
WHAT_ADJECTIVE_SUFFIXES: tuple[str, ...] = ()
# SPEAKER_OPENERS that stand for what was said (see it.py): none here ("Det siger X" is read as V2)
ANAPHORIC_OPENERS: tuple[str, ...] = ()
# speech verbs whose next noun phrase is whom it was said to, never the speaker ("..., told reporters")
ADDRESSEE_VERBS: tuple[str, ...] = ()
# auxiliaries of the passive right before a speech verb: "One Briton is confirmed dead", "residents are
# being told to leave" -- the subject is not the speaker
PASSIVE_AUXILIARIES: tuple[str, ...] = ()
# Turkish-style suffixes after an apostrophe ("Ankara'da", "217'den"): none here
SUFFIX_APOSTROPHE = False
# qualifiers written after the number ("3 binden fazla", "2500多"): none here
QUALIFIERS_AFTER: dict[str, str] = {}
# percent words written before the number ("yüzde 3"): none here
PERCENT_BEFORE: tuple[str, ...] = ()
# postpositions after a date that make it a deadline ("30 Kasım'a kadar", "10月31日前"): none here
DEADLINE_CUES_AFTER: tuple[str, ...] = ()
# edge words after a period ("Kasım sonu", "10月底") and words between the two ("ayının"): none here
PERIOD_EDGES_AFTER: dict[str, str] = {}
PERIOD_LINKERS: tuple[str, ...] = ()
# RELATIVE_UNITS keys that are a period only before an edge ("yıl sonuna kadar"): none here
RELATIVE_UNITS_NEED_EDGE: tuple[str, ...] = ()
# postpositions after a source ("AFAD'a göre"): none here
ACCORDING_TO_AFTER: tuple[str, ...] = ()
# no spaces between words (Chinese, Japanese); see zh.py
UNSPACED = False
# a sentence may open with its speech verb, the speaker after it (Arabic); see ar.py
VERB_INITIAL = False
# the speech verb closes the clause (Turkish 'X, "..." dedi.'), and words between a quote and it
VERB_FINAL = False
QUOTE_VERB_LINKS: tuple[str, ...] = ()
# the definite article glued to nouns in a caseless script (Arabic "ال"); see ar.py
DEFINITE_PREFIX = ""
# the language's own names for the gazetteer: canonical -> (kind, forms); see tr.py
GAZETTEER: dict[str, tuple[str, tuple[str, ...]]] = {}
# words after a relaying outlet that introduce whom it quotes ("نقلت وكالة X عن Y"): none here
RELAY_FROM: tuple[str, ...] = ()
# classifiers between a number and what it counts, and the nouns it counts, where words have no
# spaces ("2500名士兵"); see zh.py: none here
CLASSIFIERS: tuple[str, ...] = ()
COUNTED_NOUNS: tuple[str, ...] = ()
# numbers written in numeral characters ("三千二百", "二〇二四"; see zh.py and extract/numerals.py):
# character -> value, a second table of formal forms, and the decimal point: none here
NUMERALS: dict[str, float] = {}
NUMERALS_FORMAL: dict[str, float] = {}
NUMERAL_POINT: tuple[str, ...] = ()
# words before a number that make it an ordinal ("第3天"): none here
ORDINAL_PREFIXES: tuple[str, ...] = ()
# words that open with a DEADLINE_CUES_AFTER cue and are no cue ("前往", to go to): none here
DEADLINE_CUES_AFTER_EXCEPT: tuple[str, ...] = ()
# one-letter words glued to the next word (Arabic "و" and, "ب" with, "ل" to): none here
PROCLITICS = ""
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS: tuple[str, ...] = ()
