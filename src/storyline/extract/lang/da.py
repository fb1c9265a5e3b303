"""Danish language data for the extractors (see ``lang/__init__.py`` for the names)."""

MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6,
    "mandags": 0, "tirsdags": 1, "onsdags": 2, "torsdags": 3, "fredags": 4, "lørdags": 5, "søndags": 6,
}
NUMBER_WORDS = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
    "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40,
    "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90,
    "hundrede": 100, "tusind": 1000, "tusinde": 1000, "dusin": 12,
}
ONE_WORDS = {"en": 1, "et": 1, "én": 1, "ét": 1}
NUMBER_JOINERS = {"og"}
SCALES = {"tusind": 1e3, "tusinde": 1e3, "million": 1e6, "millioner": 1e6, "mio": 1e6,
          "milliard": 1e9, "milliarder": 1e9, "mia": 1e9}
VAGUE_QUANTITIES = {
    "flere hundrede": (200, 999), "mange hundrede": (200, 999), "nogle hundrede": (200, 999),
    "adskillige hundrede": (200, 999), "hundredvis af": (200, 999),
    "flere tusinde": (2000, 9999), "tusindvis af": (2000, 9999), "mange tusinde": (2000, 9999),
    "titusindvis af": (20000, 99999), "hundredtusindvis af": (200000, 999999),
    "hundredtusinder af": (200000, 999999), "millioner af": (2e6, 9.99e6), "snesevis af": (40, 99),
}
QUALIFIERS = {
    "omkring": "about", "cirka": "about", "ca.": "about", "ca": "about", "godt": "about",
    "knap": "about", "næsten": "about", "lidt over": "more_than", "lidt under": "less_than",
    "færre end": "less_than", "mindre end": "less_than", "under": "less_than",
    "mere end": "more_than", "flere end": "more_than", "over": "more_than", "over end": "more_than",
    "mindst": "at_least", "ikke under": "at_least", "op til": "at_most", "op mod": "at_most",
    "højst": "at_most", "maksimalt": "at_most", "op imod": "at_most",
}
PERCENT_WORDS = {"procent", "pct.", "pct", "%", "procentpoint"}
CURRENCY_WORDS = {"kroner": "kr", "kr.": "kr", "kr": "kr", "dollar": "$", "euro": "€"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = (".",)
DEADLINE_CUES = (
    "senest den", "senest", "inden udgangen af", "inden den", "inden", "før udgangen af", "før",
    "ikke senere end", "frem til", "indtil", "fristen er", "frist", "fra nu og frem til",
)
PERIOD_EDGES = {
    "udgangen af": "end", "slutningen af": "end", "enden af": "end", "sidst i": "end",
    "begyndelsen af": "start", "starten af": "start", "først i": "start", "primo": "start",
    "midten af": "mid", "medio": "mid", "ultimo": "end",
}
RELATIVE_DAYS = {"i dag": 0, "i går": -1, "i morgen": 1, "i aften": 0, "i nat": 0, "i morges": 0,
                 "i forgårs": -2, "i overmorgen": 2}
RELATIVE_UNITS = {
    "i denne uge": ("week", 0), "denne uge": ("week", 0), "i sidste uge": ("week", -1),
    "sidste uge": ("week", -1), "i næste uge": ("week", 1), "næste uge": ("week", 1),
    "i denne måned": ("month", 0), "denne måned": ("month", 0), "i sidste måned": ("month", -1),
    "sidste måned": ("month", -1), "i næste måned": ("month", 1), "næste måned": ("month", 1),
    "tidligere på måneden": ("month", 0), "senere på måneden": ("month", 0),
    "i år": ("year", 0), "i sidste år": ("year", -1), "sidste år": ("year", -1),
    "i fjor": ("year", -1), "næste år": ("year", 1), "til næste år": ("year", 1),
    "tidligere i år": ("year", 0), "senere i år": ("year", 0),
    "i weekenden": ("weekend", 0), "sidste weekend": ("weekend", -1), "i den kommende weekend": ("weekend", 1),
}
UNIT_WORDS = {
    "dag": "day", "dage": "day", "døgn": "day", "uge": "week", "uger": "week", "måned": "month",
    "måneder": "month", "år": "year", "time": "hour", "timer": "hour", "minut": "minute",
    "minutter": "minute", "årti": "decade", "årtier": "decade", "kvartal": "quarter", "kvartaler": "quarter",
}
AGO_PATTERNS = (r"for\s+{n}\s+{unit}\s+siden",)
AHEAD_PATTERNS = (r"om\s+{n}\s+{unit}", r"inden\s+for\s+{n}\s+{unit}")
SEASONS = {"foråret": "SP", "forår": "SP", "sommeren": "SU", "sommer": "SU", "efteråret": "FA",
           "efterår": "FA", "vinteren": "WI", "vinter": "WI"}
PRESENT_WORDS = {"nu": "PRESENT_REF", "for tiden": "PRESENT_REF", "i øjeblikket": "PRESENT_REF",
                 "for nylig": "PAST_REF", "fremover": "FUTURE_REF"}
QUOTE_VERBS = (
    "siger", "sagde", "udtaler", "udtalte", "oplyser", "oplyste", "tilføjer", "tilføjede",
    "fortæller", "fortalte", "skriver", "skrev", "understreger", "understregede", "meddeler",
    "meddelte", "bekræfter", "bekræftede", "advarer", "advarede", "forklarer", "forklarede",
    "mener", "vurderer", "erklærer", "erklærede", "påpeger", "lyder det fra",
)
ACCORDING_TO = ("ifølge",)
RELAY_PHRASES = (
    "ifølge", "over for", "til", "oplyser", "skriver", "citeret af", "melder", "i et interview med",
)
OUTLET_NOUNS = ("nyhedsbureauet", "tv-stationen", "tv-kanalen", "avisen", "dagbladet", "radiostationen",
                "mediet", "netavisen", "bureauet", "tv-selskabet", "nyhedsmediet", "kanalen")
SOURCE_WORDS = ("kilden", "nato-kilden", "vedkommende", "talsmanden", "talskvinden", "han", "hun")
ABBREVIATIONS = {
    "bl.a", "f.eks", "ca", "cirka", "dvs", "mht", "pga", "inkl", "ekskl", "evt", "nr", "hr", "fru",
    "dr", "prof", "mio", "mia", "kr", "pct", "osv", "jf", "vedr", "ang", "tlf", "st", "jan", "feb",
    "aug", "sept", "sep", "okt", "nov", "dec", "stk", "mv", "o.l", "m.fl", "m.m", "d", "ds", "kl",
}
QUOTE_SPEAKER_TITLES = ("talskvinde", "talsmand", "talsperson", "præsident", "minister", "udenrigsminister",
                        "statsminister", "forsvarsminister", "generalsekretær", "direktør")
YEAR_CUES = ("i", "siden", "fra", "til", "år")
REFERENCE_CUES = ("siden", "efter", "fra", "i forbindelse med")
FUTURE_CUES = ("vil", "skal", "ventes", "forventes", "planlægger", "næste", "kommende")
FUNCTION_WORDS = {
    "i", "på", "af", "til", "fra", "med", "om", "for", "ved", "og", "eller", "men", "der", "som",
    "den", "det", "de", "en", "et", "er", "var", "har", "havde", "blev", "bliver", "være", "været",
    "vil", "skal", "kan", "kunne", "skulle", "ville", "end", "over", "under", "efter", "før", "mod",
    "hos", "deres", "sine", "sin", "sit", "hans", "hendes", "døde", "dræbt", "dræbes", "såret",
    "blevet", "fløjet", "flygtet", "krydset", "siger", "sagde", "oplyser", "ud", "ind", "hjem",
    "mens", "da", "når", "hvor", "hvilket", "at", "så", "nu", "også", "fra", "mellem", "inden",
    "livet", "her", "dertil", "omkring", "cirka", "ca", "mere", "flere", "færre", "mindre",
}
POSSESSION_VERBS = ("har", "havde", "råder over", "opretholder", "udsender", "udsendte", "tæller")
SOURCE_NOUNS = ("kilde", "kilden", "kilder", "talsmand", "talskvinde", "embedsmand", "vidne", "vidnet", "beboer",
                "ekspert", "analytiker", "læge")
BYLINE_OUTLETS = {"ritzau": "Ritzau", "ntb": "NTB", "tt": "TT", "afp": "AFP", "reuters": "Reuters", "ap": "AP"}
VERB_SUFFIXES = ("ede", "ødte")  # past-tense verbs end a noun phrase
# month/season words that are also common verbs: need a modifier, a day, a year or a mid-sentence capital
MONTHS_NEED_CONTEXT: set[str] = set()
SEASONS_NEED_CONTEXT: set[str] = set()
# words that end the phrase a figure counts, besides FUNCTION_WORDS, weekdays and relative days
# ("1.200 havnearbejdere ikke op", "23 skibe mandag eftermiddag")
WHAT_STOP_WORDS = ("ikke", "aldrig", "morges", "morgen", "formiddag", "middag", "eftermiddag", "aften", "nat", "nu", "stadig", "fortsat",
                   # copulas and verbs of state after a counted noun ("people remain missing")
                   *("er", "var", "har", "havde", "bliver", "blev"))
# Distance units: a figure in one ("12 km from the city") places something, it is not a count the
# facts ledger tracks.
MEASURE_WORDS = ("km", "kilometer", "kilometers", "meter", "meters", "mil", "mile", "miles")
# Where the head noun of the phrase a figure counts stands: "last" ("US soldiers", "amerikanske
# soldater"), or "first" in Romance languages ("soldados estadounidenses", "meses después").
WHAT_HEAD = "last"
# Words after a speech verb that introduce whom it was said to ("dijo a la cadena CBS", "told to"):
# what follows them is the addressee (often the relaying outlet), never the speaker.
ADDRESSEE_WORDS = ("til", "over for", "overfor")
# words that end a speaker phrase after a speech verb ("a déclaré X lors d'une conférence" -> X)
SPEAKER_END_WORDS = ("og", "at", "til", "over", "for", "på", "i", "dog", "også", "under", "efter", "ved")
ORG_HEADS: tuple[str, ...] = ()
# words that open a subordinate clause ("says that ...", "dijo que ..."): a phrase after a speech
# verb that opens with one is what was said, never who said it
COMPLEMENTIZERS = ("at",)
# sentence openers before a speech verb that are not its subject: the speaker follows the verb
# ("È quanto ha detto il ministro", "Así lo dijo X"), or the sentence names none ("Ma dice che")
SPEAKER_OPENERS: tuple[str, ...] = ()
# season phrases that name an event, not a time of year ("la primavera árabe", "the Arab Spring")
SEASON_NAMES = ("arabiske forår", "foråret i prag")
# words after which an ACCORDING_TO word is an ordinal ("il secondo C-130" = the second C-130)
ACCORDING_TO_ORDINAL_AFTER: tuple[str, ...] = ()
# spelled numbers that are also common words (Italian "sei"); see it.py
NUMBER_WORDS_NEED_CONTEXT: set[str] = set()
NUMBER_CONTEXT_BEFORE: tuple[str, ...] = ()
PLURAL_SUFFIXES: tuple[str, ...] = ()
# title words and abbreviations before a person's name ("Sra. Meir", "Senador Navarro", "M. Morsi"): the caps
# fallback drops them from the front of a name, and a name that followed one is a person
NAME_TITLES = ("hr.", "fru", "dr.", "prof.")
# prepositions of place ("a Roma", "en Túnez"): a word the article writes after one is a place, and a caps
# name opening with it is that place glued to the next name ("l'ambasciatore a Roma Abdel Hafed Gaddur")
PLACE_PREPOSITIONS = ("i",)
# seats of power and state words that precede a person's name in a caps run ("presidente della
# Repubblica Giorgio Napolitano"): split off the front of a longer name like a place
NAME_PREFIX_OFFICES: tuple[str, ...] = ()
# prepositions that open a phrase between a speech verb and the speaker it names ("ha detto
# all'Ansa X", "dijo en un comunicado X"): the phrase is dropped from the speaker, and a
# capitalised name in it is the outlet that relayed the statement
SPEAKER_LEAD_PREPOSITIONS = ("til", "i", "over for", "overfor")
# endings of gerunds, which open a clause after a speaker ("X parlando ai giornalisti")
GERUND_SUFFIXES = ()

# the subject of a speech verb is always said (see es.py)
PRO_DROP = False
# personal pronouns that stand for a speaker ("siger hun i Folketinget"): a place after one is
# where it was said, never part of a name
SPEAKER_PRONOUNS = ("han", "hun")
# endings of the last word of an institution's name in compounding languages (see de.py)
ORG_SUFFIXES: tuple[str, ...] = ()
# endings of a relaying outlet's name that no outlet noun announces, and articles before such a
# name that make it the addressee (see de.py)
OUTLET_SUFFIXES: tuple[str, ...] = ()
RELAY_ARTICLES: tuple[str, ...] = ()
# V2 word order: a short phrase opening with one of these, in front of a speech verb, puts the
# speaker after the verb ("I Bruxelles siger X")
V2_FRONT_PREPOSITIONS = ("i", "på", "til", "fra", "efter", "under", "ved", "om", "med")
# party letters in parentheses after a politician's name ("Mette Frederiksen (S)") -> the party:
# the letters the parties use in the press, and their ballot letters where those differ
PARTY_LETTERS = {
    "S": "Socialdemokratiet", "A": "Socialdemokratiet", "V": "Venstre", "K": "Det Konservative Folkeparti",
    "C": "Det Konservative Folkeparti", "RV": "Radikale Venstre", "R": "Radikale Venstre",
    "B": "Radikale Venstre", "SF": "SF", "F": "SF", "EL": "Enhedslisten", "Ø": "Enhedslisten",
    "DF": "Dansk Folkeparti", "O": "Dansk Folkeparti", "LA": "Liberal Alliance", "I": "Liberal Alliance",
    "M": "Moderaterne", "DD": "Danmarksdemokraterne", "Æ": "Danmarksdemokraterne", "ALT": "Alternativet",
    "Å": "Alternativet", "NB": "Nye Borgerlige", "D": "Nye Borgerlige",
}
# a count named before its number, reached by a preposition ("the death toll rose to 217", "Zahl
# der Todesopfer auf 205"): phrase -> what it counts ("" = the noun after the phrase)
COUNT_NOUNS_BEFORE = {"dødstallet": "døde", "dødstal": "døde", "antallet af": "", "antal": ""}
COUNT_PREPOSITIONS = ("til", "på")
# endings of a synthetic future tense (see es.py): none here
FUTURE_SUFFIXES: tuple[str, ...] = ()
# nouns for a kind of place, before the place's name and a linking word ("the region of Valencia",
# "la ciudad de Valencia"): a name after one is a place, whatever a model made of it
PLACE_NOUNS = ("byen", "regionen", "provinsen", "delstaten", "havnebyen", "hovedstaden", "landsbyen", "øen")
# a deadline that moves: in a sentence naming a deadline (or a date being moved), a date right after one of DEADLINE_TO
# is its (new) value, one right after DEADLINE_FROM its old one ("the deadline was moved from 30
# April to 15 May"); lower case
DEADLINE_WORDS = ("frist", "fristen", "tidsfrist", "tidsfristen", "deadline", "deadlinen", "ultimatum", "ultimatummet", "skæringsdato",
                  # a date that moves: "udskudt til april", "postponed to 1 June"
                  "udskudt", "udskydes", "udsat", "udsættes", "forlænget", "fremrykket", "fremrykkes", "rykket")
DEADLINE_TO = ("til",)
DEADLINE_FROM = ("fra",)
# SPEAKER_OPENERS that stand for what was said (see it.py): none here ("Det siger X" is read as V2)
ANAPHORIC_OPENERS: tuple[str, ...] = ()
# speech verbs whose next noun phrase is whom it was said to, never the speaker ("..., told reporters")
ADDRESSEE_VERBS: tuple[str, ...] = ()
# auxiliaries of the passive right before a speech verb: "One Briton is confirmed dead", "residents are
# being told to leave" -- the subject is not the speaker
PASSIVE_AUXILIARIES: tuple[str, ...] = ("er", "blev", "bliver", "være", "været")
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("men", "og", "så")
