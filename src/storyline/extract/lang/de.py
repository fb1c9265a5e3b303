"""German language data for the extractors (see ``lang/__init__.py`` for the names)."""

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "april": 4, "apr": 4,
    "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
            "sonnabend": 5, "sonntag": 6}
NUMBER_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "hundert": 100, "tausend": 1000, "dutzend": 12,
}
ONE_WORDS = {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1}
NUMBER_JOINERS = {"und"}
SCALES = {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
          "milliarden": 1e9, "mrd": 1e9}
VAGUE_QUANTITIES = {"mehrere hundert": (200, 999), "hunderte": (200, 999), "einige hundert": (200, 999),
                    "mehrere tausend": (2000, 9999), "tausende": (2000, 9999), "zehntausende": (20000, 99999),
                    "hunderttausende": (200000, 999999), "mehrere hunderttausend": (200000, 999999)}
QUALIFIERS = {
    "etwa": "about", "rund": "about", "ungefähr": "about", "circa": "about", "ca.": "about", "fast": "about",
    "knapp": "about", "weniger als": "less_than", "unter": "less_than", "mehr als": "more_than",
    "über": "more_than", "mindestens": "at_least", "bis zu": "at_most", "höchstens": "at_most",
}
PERCENT_WORDS = {"prozent", "%", "prozentpunkte"}
CURRENCY_WORDS = {"euro": "€", "dollar": "$"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = (".", "\u202f", "\xa0")
DEADLINE_CUES = ("spätestens", "bis ende", "bis zum", "bis", "vor ende", "vor dem", "vor", "noch vor",
                 "nicht später als")
PERIOD_EDGES = {"ende": "end", "anfang": "start", "beginn": "start", "mitte": "mid"}
RELATIVE_DAYS = {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2}
RELATIVE_UNITS = {
    "diese woche": ("week", 0), "letzte woche": ("week", -1), "vergangene woche": ("week", -1),
    "nächste woche": ("week", 1), "diesen monat": ("month", 0), "letzten monat": ("month", -1),
    "nächsten monat": ("month", 1), "dieses jahr": ("year", 0), "letztes jahr": ("year", -1),
    "vergangenes jahr": ("year", -1), "nächstes jahr": ("year", 1), "anfang des monats": ("month", 0),
    # inflected after a preposition or "Ende"/"Anfang": "bis Ende nächster Woche", "in der kommenden Woche"
    "dieser woche": ("week", 0), "nächster woche": ("week", 1), "der nächsten woche": ("week", 1),
    "kommende woche": ("week", 1), "kommender woche": ("week", 1), "der kommenden woche": ("week", 1),
    "letzter woche": ("week", -1), "vergangener woche": ("week", -1), "der vergangenen woche": ("week", -1),
    "der letzten woche": ("week", -1), "dieses monats": ("month", 0), "nächsten monats": ("month", 1),
    "des nächsten monats": ("month", 1), "kommenden monat": ("month", 1), "kommenden monats": ("month", 1),
    "vergangenen monat": ("month", -1), "im vergangenen monat": ("month", -1), "vergangenen monats": ("month", -1),
    "dieses jahres": ("year", 0), "diesen jahres": ("year", 0), "nächsten jahres": ("year", 1),
    "kommenden jahres": ("year", 1), "im kommenden jahr": ("year", 1), "im nächsten jahr": ("year", 1),
    "im vergangenen jahr": ("year", -1), "vergangenen jahres": ("year", -1), "des vergangenen jahres": ("year", -1),
}
UNIT_WORDS = {"tag": "day", "tagen": "day", "tage": "day", "woche": "week", "wochen": "week",
              "monat": "month", "monaten": "month", "monate": "month", "jahr": "year", "jahren": "year",
              "jahre": "year", "stunde": "hour", "stunden": "hour", "jahrzehnt": "decade"}
AGO_PATTERNS = (r"vor\s+{n}\s+{unit}",)
AHEAD_PATTERNS = (r"in\s+{n}\s+{unit}", r"innerhalb\s+von\s+{n}\s+{unit}")
SEASONS = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}
PRESENT_WORDS = {"jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
                 "kürzlich": "PAST_REF", "künftig": "FUTURE_REF"}
QUOTE_VERBS = ("sagte", "sagt", "erklärte", "erklärt", "teilte mit", "betonte", "warnte", "fügte hinzu",
               "berichtete", "schrieb", "bestätigte")
ACCORDING_TO = ("laut", "zufolge", "nach angaben von", "nach angaben")
RELAY_PHRASES = ("laut", "gegenüber", "berichtete", "zufolge", "nach angaben")
OUTLET_NOUNS = ("nachrichtenagentur", "der sender", "die zeitung", "das blatt", "fernsehsender")
SOURCE_WORDS = ("die quelle", "der sprecher", "die sprecherin", "er", "sie")
ABBREVIATIONS = {"z.b", "bzw", "ca", "dr", "prof", "nr", "usw", "vgl", "mio", "mrd", "st", "u.a", "d.h",
                 "jan", "feb", "aug", "sep", "sept", "okt", "nov", "dez", "hr", "fr"}
QUOTE_SPEAKER_TITLES = ("sprecher", "sprecherin", "präsident", "minister", "ministerin", "kanzler", "kanzlerin")
YEAR_CUES = ("im", "seit", "bis", "von", "jahr")
REFERENCE_CUES = ("seit", "nach", "ab")
FUTURE_CUES = ("wird", "werden", "soll", "sollen", "nächste", "kommende")
FUNCTION_WORDS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "oder", "aber", "in", "im", "an",
    "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "ist", "sind",
    "war", "waren", "hat", "haben", "hatte", "wurde", "wurden", "wird", "werden", "als", "seit",
    "bis", "über", "unter", "gegen", "starben", "getötet", "verletzt", "sagte",
}
POSSESSION_VERBS = ("hat", "hatte", "unterhält", "stellt")
SOURCE_NOUNS = ("quelle", "sprecher", "sprecherin", "beamter")
BYLINE_OUTLETS = {"dpa": "dpa", "afp": "AFP", "reuters": "Reuters", "ap": "AP", "apa": "APA"}
VERB_SUFFIXES = ("ten",)
# month/season words that are also common verbs: need a modifier, a day, a year or a mid-sentence capital
MONTHS_NEED_CONTEXT: set[str] = set()
SEASONS_NEED_CONTEXT: set[str] = set()
# words that end the phrase a figure counts, besides FUNCTION_WORDS, weekdays and relative days
# ("1.200 havnearbejdere ikke op", "23 skibe mandag eftermiddag")
WHAT_STOP_WORDS = ("nicht", "kein", "keine", "nie", "morgens", "vormittag", "nachmittag", "abend", "nacht", "jetzt", "noch",
                   # copulas and verbs of state after a counted noun ("people remain missing")
                   *("sind", "waren", "haben", "hatten", "werden", "wurden", "bleiben", "blieben"))
# every noun is capitalised: capitalisation alone does not make a name
NOUNS_CAPITALISED = True
# Distance units: a figure in one ("12 km from the city") places something, it is not a count the
# facts ledger tracks.
MEASURE_WORDS = ("km", "kilometer", "kilometern", "kilometers", "meter", "metern", "meile", "meilen")
# Where the head noun of the phrase a figure counts stands: "last" ("US soldiers", "amerikanske
# soldater"), or "first" in Romance languages ("soldados estadounidenses", "meses después").
WHAT_HEAD = "last"
# Words after a speech verb that introduce whom it was said to ("dijo a la cadena CBS", "told to"):
# what follows them is the addressee (often the relaying outlet), never the speaker.
ADDRESSEE_WORDS = ("gegenüber", "zu")
# words that end a speaker phrase after a speech verb ("a déclaré X lors d'une conférence" -> X)
SPEAKER_END_WORDS = ("und", "dass", "am", "im", "in", "bei", "vor", "nach", "gegenüber", "während", "auch", "laut")
ORG_HEADS: tuple[str, ...] = ()
# words that open a subordinate clause ("says that ...", "dijo que ..."): a phrase after a speech
# verb that opens with one is what was said, never who said it
COMPLEMENTIZERS = ("dass",)
# sentence openers before a speech verb that are not its subject: the speaker follows the verb
# ("È quanto ha detto il ministro", "Así lo dijo X"), or the sentence names none ("Ma dice che")
SPEAKER_OPENERS: tuple[str, ...] = ()
# season phrases that name an event, not a time of year ("la primavera árabe", "the Arab Spring")
SEASON_NAMES = ("arabischer frühling", "arabische frühling", "arabischen frühling", "prager frühling")
# words after which an ACCORDING_TO word is an ordinal ("il secondo C-130" = the second C-130)
ACCORDING_TO_ORDINAL_AFTER: tuple[str, ...] = ()
# spelled numbers that are also common words (Italian "sei"); see it.py
NUMBER_WORDS_NEED_CONTEXT: set[str] = set()
NUMBER_CONTEXT_BEFORE: tuple[str, ...] = ()
PLURAL_SUFFIXES: tuple[str, ...] = ()
# title words and abbreviations before a person's name ("Sra. Meir", "Senador Navarro", "M. Morsi"): the caps
# fallback drops them from the front of a name, and a name that followed one is a person
NAME_TITLES = ("Herr", "Herrn", "Frau", "Dr.", "Prof.", "Präsident", "Präsidentin", "Kanzler", "Kanzlerin", "Minister", "Ministerin", "Senator", "Senatorin", "General", "Oberst", "König", "Königin", "Prinz", "Prinzessin", "Scheich", "Emir")
# prepositions of place ("a Roma", "en Túnez"): a word the article writes after one is a place, and a caps
# name opening with it is that place glued to the next name ("l'ambasciatore a Roma Abdel Hafed Gaddur")
PLACE_PREPOSITIONS = ("in",)
# seats of power and state words that precede a person's name in a caps run ("presidente della
# Repubblica Giorgio Napolitano"): split off the front of a longer name like a place
NAME_PREFIX_OFFICES = ("Kreml", "Élysée")
# prepositions that open a phrase between a speech verb and the speaker it names ("ha detto
# all'Ansa X", "dijo en un comunicado X"): the phrase is dropped from the speaker, and a
# capitalised name in it is the outlet that relayed the statement
SPEAKER_LEAD_PREPOSITIONS = ("gegenüber", "in", "im", "zu")
# endings of gerunds, which open a clause after a speaker ("X parlando ai giornalisti")
GERUND_SUFFIXES = ()

# the subject of a speech verb is always said (see es.py)
PRO_DROP = False
# personal pronouns that stand for a speaker ("siger hun i Folketinget"): a place after one is
# where it was said, never part of a name
SPEAKER_PRONOUNS = ("er", "sie")
# endings of the last word of an institution's name ("Deutsche Presse-Agentur", "Auswärtiges Amt",
# "des Innenministeriums", genitive forms included): the caps fallback types such a name ORG
ORG_SUFFIXES = ("agentur", "ministerium", "ministeriums", "partei", "zeitung", "bank", "gericht", "gerichts",
                "verband", "verbands", "konzern", "konzerns", "amt", "amts", "amtes", "behörde", "regierung",
                "kommission", "stiftung", "institut", "instituts", "universität", "polizei", "bundeswehr",
                "gewerkschaft", "rundfunk", "fernsehen", "dienst", "dienstes", "werk", "werke", "werks", "gruppe",
                "verein", "vereins", "rat", "rats", "tag", "tags")
# endings of a relaying outlet's name that no outlet noun announces ("sagte der Deutschen
# Presse-Agentur", "sagte dem Bayerischen Rundfunk"): such a name after a relay phrase, or after
# one of RELAY_ARTICLES (the dative: said *to* the outlet), is the relay
RELAY_ARTICLES = ("der", "dem")
OUTLET_SUFFIXES = ("agentur", "zeitung", "rundfunk", "fernsehen", "sender", "magazin", "blatt", "radio")
# V2 word order: a short phrase opening with one of these, in front of a speech verb, puts the
# speaker after the verb ("Am Montag sagte X")
V2_FRONT_PREPOSITIONS = ("am", "im", "in", "an", "auf", "nach", "bei", "vor", "seit", "während", "mit")
# party letters after a politician's name, "(S)" -> the party (see da.py): none here
PARTY_LETTERS: dict[str, str] = {}
# a count named before its number, reached by a preposition ("the death toll rose to 217", "Zahl
# der Todesopfer auf 205"): phrase -> what it counts ("" = the noun after the phrase)
COUNT_NOUNS_BEFORE = {"Zahl der": "", "Zahl von": "", "Anzahl der": "", "Opferzahl": "Tote", "Totenzahl": "Tote", "Bilanz": "Tote"}
COUNT_PREPOSITIONS = ("auf", "bei")
# endings of a synthetic future tense (see es.py): none here
FUTURE_SUFFIXES: tuple[str, ...] = ()
# nouns for a kind of place, before the place's name and a linking word ("the region of Valencia",
# "la ciudad de Valencia"): a name after one is a place, whatever a model made of it
PLACE_NOUNS = ("Stadt", "Region", "Provinz", "Hafenstadt", "Hauptstadt", "Dorf", "Insel")
# a deadline that moves: in a sentence naming a deadline (or a date being moved), a date right after one of DEADLINE_TO
# is its (new) value, one right after DEADLINE_FROM its old one ("the deadline was moved from 30
# April to 15 May"); lower case
DEADLINE_WORDS = ("frist", "fristen", "stichtag", "ultimatum", "deadline",
                  # a date that moves: "udskudt til april", "postponed to 1 June"
                  "verschoben", "vertagt", "verlängert", "vorgezogen")
DEADLINE_TO = ("auf", "bis zum", "bis")
DEADLINE_FROM = ("vom", "von")
# SPEAKER_OPENERS that stand for what was said (see it.py): none here ("Det siger X" is read as V2)
ANAPHORIC_OPENERS: tuple[str, ...] = ()
# speech verbs whose next noun phrase is whom it was said to, never the speaker ("..., told reporters")
ADDRESSEE_VERBS: tuple[str, ...] = ()
# auxiliaries of the passive right before a speech verb: "One Briton is confirmed dead", "residents are
# being told to leave" -- the subject is not the speaker
PASSIVE_AUXILIARIES: tuple[str, ...] = ("wird", "wurde", "werden", "wurden", "worden")
# A capitalised word right after one of these is a common noun, not the first word of a name:
# German writes every noun with a capital ("den Landkreisen Günzburg", "rund 3.000 Menschen",
# "der Kanzler Olaf Scholz"): the caps fallback drops it from the run that follows
NOUN_MARKERS = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
                "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "aufs", "übers", "kein", "keine", "keinen",
                "diese", "dieser", "diesen", "diesem", "dieses", "jede", "jeder", "jeden", "jedem", "alle", "allen",
                "viele", "vielen", "mehrere", "mehreren", "einige", "einigen", "rund", "etwa", "knapp", "fast",
                "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unsere",
                "hunderte", "tausende", "zehntausende", "dutzende", "zahlreiche", "zahlreichen", "etliche",
                "wenige", "beide", "beiden", "andere", "anderen", "weitere", "weiteren")
# Endings of the adjectives that open an institution's name ("die Deutsche Bahn", "der Europäischen
# Kommission"): after a NOUN_MARKER such a word is kept as the name's first word
NAME_ADJECTIVE_SUFFIXES = ("ische", "ischen", "ischer", "isches", "ischem", "sche", "schen", "scher", "sches", "schem",
                           "liche", "lichen", "licher", "liches", "lichem", "ale", "alen", "aler", "ales", "alem",
                           "ige", "igen", "iger", "iges", "igem")
# Endings of common nouns that no given name has: a two-word capitalised run opening with such a
# word ("Tausende Menschen", "Landkreisen Günzburg") is no person
COMMON_NOUN_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
                        "ismus", "nis", "nisse", "tät", "täten", "ende", "enden", "kreis", "kreise", "kreisen",
                        "innen", "leute", "chen", "amt", "ämter", "haus", "häuser", "ium", "ien", "isten")
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("aber", "und", "doch")
