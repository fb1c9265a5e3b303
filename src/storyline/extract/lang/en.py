"""English language data for the extractors (see ``lang/__init__.py`` for the names)."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozen": 12,
}
# Words that are "1" only in time expressions ("a week ago", "one year"): not counted as figures.
ONE_WORDS = {"a": 1, "an": 1, "one": 1}
NUMBER_JOINERS = {"and", "-"}
SCALES = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9,
    "billions": 1e9, "bn": 1e9, "trillion": 1e12,
}
VAGUE_QUANTITIES = {
    "several hundred": (200, 999), "hundreds of": (200, 999), "many hundreds of": (200, 999),
    "several thousand": (2000, 9999), "thousands of": (2000, 9999), "tens of thousands of": (20000, 99999),
    "a few hundred": (200, 999), "dozens of": (24, 99), "several dozen": (24, 99),
    "millions of": (2e6, 9.99e6),
    "hundreds of thousands of": (200000, 999999), "several hundred thousand": (200000, 999999),
    "tens of millions of": (2e7, 9.99e7), "hundreds of millions of": (2e8, 9.99e8),
    # headline style, without "of": "Floods force thousands from homes"
    "thousands": (2000, 9999), "hundreds": (200, 999), "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999), "millions": (2e6, 9.99e6),
}
QUALIFIERS = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "nearly": "about", "almost": "about", "an estimated": "about", "circa": "about",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than", "below": "less_than",
    "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most",
}
PERCENT_WORDS = {"percent", "per cent", "pct", "%", "percentage points"}
CURRENCY_WORDS = {"dollars": "$", "dollar": "$", "euros": "€", "euro": "€", "pounds": "£", "kroner": "kr",
                  "kronor": "kr", "krone": "kr", "crowns": "kr", "zlotys": "zł", "zloty": "zł", "roubles": "₽",
                  "rubles": "₽", "hryvnias": "₴", "hryvnia": "₴", "yuan": "¥", "yen": "¥", "rupees": "₹",
                  "lira": "₺", "liras": "₺", "francs": "Fr", "reais": "R$", "pesos": "$"}
DECIMAL_SEP = "."
THOUSANDS_SEPS = (",",)
DEADLINE_CUES = (
    "no later than", "before the end of", "by the end of", "should be completed by",
    "between now and", "deadline of", "deadline", "until", "by", "before",
)
PERIOD_EDGES = {
    "the end of": "end", "end of": "end", "end-": "end", "late": "end", "the beginning of": "start",
    "the start of": "start", "beginning of": "start", "early": "start", "the middle of": "mid",
    "mid-": "mid", "mid": "mid",
}
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
                 "this afternoon": 0, "this evening": 0, "the day before yesterday": -2}
RELATIVE_UNITS = {
    "this week": ("week", 0), "last week": ("week", -1), "next week": ("week", 1),
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "earlier this month": ("month", 0), "later this month": ("month", 0),
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
    "earlier this year": ("year", 0), "later this year": ("year", 0), "the past week": ("week", -1),
    "the last week": ("week", -1), "the past year": ("year", -1),
    "this weekend": ("weekend", 0), "last weekend": ("weekend", -1), "next weekend": ("weekend", 1),
    "the weekend": ("weekend", 0),
}
UNIT_WORDS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "quarter": "quarter", "quarters": "quarter",
    "second": "second", "seconds": "second", "weekend": "weekend",
}
AGO_PATTERNS = (r"{n}\s+{unit}\s+(?:ago|earlier|before)(?!\s+than)",)
AHEAD_PATTERNS = (r"{n}\s+{unit}\s+(?:from now|later|hence)",)
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PRESENT_WORDS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
                 "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "right now": "PRESENT_REF",
                 "recently": "PAST_REF", "the past": "PAST_REF",
                 "formerly": "PAST_REF", "the future": "FUTURE_REF", "previously": "PAST_REF"}
QUOTE_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "warned", "warns",
    "explained", "noted", "insisted", "declared", "announced", "confirmed", "indicated", "wrote",
    "argued", "claimed", "reported", "asked", "replied", "stressed", "acknowledged",
)
ACCORDING_TO = ("according to",)
RELAY_PHRASES = (
    "according to", "told the news agency", "told news agency", "told", "in an interview with",
    "speaking to", "to the news agency", "reported by", "quoted by", "cited by",
)
OUTLET_NOUNS = ("news agency", "broadcaster", "newspaper", "the tv station", "the television station", "channel")
SOURCE_WORDS = ("the source", "the official", "the spokesman", "the spokeswoman", "the spokesperson", "he", "she")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr",
    "inc", "corp", "co", "ltd", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "approx",
}
QUOTE_SPEAKER_TITLES = ("spokeswoman", "spokesman", "spokesperson", "president", "minister", "secretary",
                        "emir", "mayor", "governor", "ambassador", "chancellor", "commander")
YEAR_CUES = ("in", "since", "until", "by", "of", "from", "during", "fiscal")
REFERENCE_CUES = ("since", "after", "from", "following")
FUTURE_CUES = ("will", "shall", "is to", "are to", "plans to", "intends to", "intended to", "scheduled",
               "expected to", "set to", "next", "'ll", "by")
FUNCTION_WORDS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but",
    "that", "which", "who", "whom", "whose", "this", "these", "those", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
    "than", "as", "into", "over", "under", "per", "its", "their", "his", "her", "while", "when",
    "since", "so", "far", "ago", "earlier", "later", "died", "were", "killed", "did", "do", "does",
    "said", "say", "says", "more", "less", "about", "around", "among", "between", "during", "until",
    "there", "it", "he", "she", "they", "we", "i", "you",
}
POSSESSION_VERBS = ("has", "have", "had", "maintains", "maintained", "keeps", "kept", "deploys",
                    "deployed", "counts", "employs", "fields")
SOURCE_NOUNS = ("source", "official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "witness", "resident",
                "activist", "analyst", "expert", "officer", "doctor", "survivor")
BYLINE_OUTLETS = {"reuters": "Reuters", "ap": "AP", "afp": "AFP", "ritzau": "Ritzau", "dpa": "dpa"}
VERB_SUFFIXES = ("ed", "fled", "left", "stayed", "died", "fought", "went", "came", "took")  # past-tense verbs end a noun phrase
# month/season words that are also common verbs: need a modifier, a day, a year or a mid-sentence capital
MONTHS_NEED_CONTEXT: set[str] = {"may", "march"}
SEASONS_NEED_CONTEXT: set[str] = {"fall", "spring"}
# words that end the phrase a figure counts, besides FUNCTION_WORDS, weekdays and relative days
# ("1.200 havnearbejdere ikke op", "23 skibe mandag eftermiddag")
WHAT_STOP_WORDS = ("not", "never", "morning", "afternoon", "evening", "night", "now", "still", "today", "yesterday", "tomorrow",
                   # copulas and verbs of state after a counted noun ("people remain missing")
                   *("remain", "remains", "remained", "are", "were", "have", "had"))
# Distance units: a figure in one ("12 km from the city") places something, it is not a count the
# facts ledger tracks.
MEASURE_WORDS = ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters", "feet", "foot", "yards")
# Where the head noun of the phrase a figure counts stands: "last" ("US soldiers", "amerikanske
# soldater"), or "first" in Romance languages ("soldados estadounidenses", "meses después").
WHAT_HEAD = "last"
# Words after a speech verb that introduce whom it was said to ("dijo a la cadena CBS", "told to"):
# what follows them is the addressee (often the relaying outlet), never the speaker.
ADDRESSEE_WORDS = ("to",)
# words that end a speaker phrase after a speech verb ("a déclaré X lors d'une conférence" -> X)
SPEAKER_END_WORDS = ("and", "that", "on", "in", "to", "at", "for", "also", "during", "after", "before", "while")
ORG_HEADS: tuple[str, ...] = ()
# words that open a subordinate clause ("says that ...", "dijo que ..."): a phrase after a speech
# verb that opens with one is what was said, never who said it
COMPLEMENTIZERS = ("that",)
# sentence openers before a speech verb that are not its subject: the speaker follows the verb
# ("È quanto ha detto il ministro", "Así lo dijo X"), or the sentence names none ("Ma dice che")
SPEAKER_OPENERS: tuple[str, ...] = ()
# season phrases that name an event, not a time of year ("la primavera árabe", "the Arab Spring")
SEASON_NAMES = ("arab spring", "prague spring")
# words after which an ACCORDING_TO word is an ordinal ("il secondo C-130" = the second C-130)
ACCORDING_TO_ORDINAL_AFTER: tuple[str, ...] = ()
# spelled numbers that are also common words (Italian "sei"); see it.py
NUMBER_WORDS_NEED_CONTEXT: set[str] = set()
NUMBER_CONTEXT_BEFORE: tuple[str, ...] = ()
PLURAL_SUFFIXES: tuple[str, ...] = ()
# title words and abbreviations before a person's name ("Sra. Meir", "Senador Navarro", "M. Morsi"): the caps
# fallback drops them from the front of a name, and a name that followed one is a person
NAME_TITLES = ("Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "President", "Senator", "Governor", "General", "Colonel", "Sheikh", "King", "Queen", "Prince", "Princess")
# prepositions of place ("a Roma", "en Túnez"): a word the article writes after one is a place, and a caps
# name opening with it is that place glued to the next name ("l'ambasciatore a Roma Abdel Hafed Gaddur")
PLACE_PREPOSITIONS = ("in",)
# seats of power and state words that precede a person's name in a caps run ("presidente della
# Repubblica Giorgio Napolitano"): split off the front of a longer name like a place
NAME_PREFIX_OFFICES: tuple[str, ...] = ()
# prepositions that open a phrase between a speech verb and the speaker it names ("ha detto
# all'Ansa X", "dijo en un comunicado X"): the phrase is dropped from the speaker, and a
# capitalised name in it is the outlet that relayed the statement
SPEAKER_LEAD_PREPOSITIONS = ("to", "in")
# endings of gerunds, which open a clause after a speaker ("X parlando ai giornalisti")
GERUND_SUFFIXES = ()  # "-ing" ends nouns too ("meeting", "briefing")

# the subject of a speech verb is always said (see es.py)
PRO_DROP = False
# personal pronouns that stand for a speaker ("siger hun i Folketinget"): a place after one is
# where it was said, never part of a name
SPEAKER_PRONOUNS = ("he", "she")
# a headline's verb before a name ("Targeting Assad: ...") is no first name when the article writes its stem
# in lower case ("target"); not GERUND_SUFFIXES, which end a speaker phrase
VERB_FORM_SUFFIXES = ("ing", "ed")
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
# a count named before its number, reached by a preposition ("the death toll rose to 217", "Zahl
# der Todesopfer auf 205"): phrase -> what it counts ("" = the noun after the phrase)
COUNT_NOUNS_BEFORE = {"death toll": "dead", "toll": "dead", "number of": ""}
COUNT_PREPOSITIONS = ("to", "at")
# endings of a synthetic future tense (see es.py): none here
FUTURE_SUFFIXES: tuple[str, ...] = ()
# nouns for a kind of place, before the place's name and a linking word ("the region of Valencia",
# "la ciudad de Valencia"): a name after one is a place, whatever a model made of it
PLACE_NOUNS = ("city", "town", "region", "province", "state", "port", "capital", "village", "district", "county", "island")
# a deadline that moves: in a sentence naming a deadline (or a date being moved), a date right after one of DEADLINE_TO
# is its (new) value, one right after DEADLINE_FROM its old one ("the deadline was moved from 30
# April to 15 May"); lower case
DEADLINE_WORDS = ("deadline", "deadlines", "ultimatum", "cut-off date", "cutoff date", "due date", "target date",
                  # a date that moves: "udskudt til april", "postponed to 1 June"
                  "postponed", "delayed", "pushed back", "put off", "extended", "brought forward")
DEADLINE_TO = ("to", "until", "till")
DEADLINE_FROM = ("from",)
# SPEAKER_OPENERS that stand for what was said (see it.py): none here ("Det siger X" is read as V2)
ANAPHORIC_OPENERS: tuple[str, ...] = ()
# speech verbs whose next noun phrase is whom it was said to, never the speaker ("..., told reporters")
ADDRESSEE_VERBS: tuple[str, ...] = ("told", "tells", "tell", "informed")
# auxiliaries of the passive right before a speech verb: "One Briton is confirmed dead", "residents are
# being told to leave" -- the subject is not the speaker
PASSIVE_AUXILIARIES: tuple[str, ...] = ("is", "was", "are", "were", "be", "been", "being")
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("but", "and", "yet", "so", "however")
