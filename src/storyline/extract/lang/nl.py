"""Dutch language data for the extractors (see ``lang/__init__.py`` for the names).

Dutch news as written in the Netherlands and Flanders: "zei"/"zegt"/"verklaarde" attributions,
'"…", aldus X', "volgens" sources, "tegen persbureau ANP" relays, "Dat zegt X" (the sentence
before is what was said), V2 word order ("Donderdag zei X", "In Den Haag zei X"), "uiterlijk
eind augustus" deadlines, "drie dagen geleden" / "over twee weken", "ruim"/"ongeveer"
qualifiers, "miljoen"/"miljard", "1.200" and "10,6". Fields not set here are the generic module's.
"""
from .generic import *  # noqa: F401,F403  (every field; the ones below are Dutch)

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
# a weekday and its part of the day are one word: "dinsdagavond", "vrijdagochtend"
WEEKDAYS = {d + part: i for i, d in enumerate(_DAYS) for part in ("", "ochtend", "morgen", "middag", "avond", "nacht")}
NUMBER_WORDS = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
    "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100, "duizend": 1000, "dozijn": 12,
}
ONE_WORDS = {"een": 1, "één": 1}
NUMBER_JOINERS: set[str] = set()  # "vijfentwintig" is one word
SCALES = {"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9, "mrd": 1e9, "biljoen": 1e12}
VAGUE_QUANTITIES = {
    "enkele honderden": (200, 999), "honderden": (200, 999), "enkele duizenden": (2000, 9999),
    "duizenden": (2000, 9999), "tienduizenden": (20000, 99999), "honderdduizenden": (200000, 999999),
    "tientallen": (20, 99), "miljoenen": (2e6, 9.99e6),
}
# ("tot" alone is left out: "gestegen tot 217" is where a count rose to, not "up to 217")
QUALIFIERS = {
    "ongeveer": "about", "zo'n": "about", "zo’n": "about", "circa": "about", "ca.": "about", "rond": "about",
    "rond de": "about", "bijna": "about", "nagenoeg": "about", "krap": "about", "ruim": "more_than",
    "meer dan": "more_than", "boven de": "more_than", "minder dan": "less_than", "onder de": "less_than",
    "minstens": "at_least", "ten minste": "at_least", "tenminste": "at_least", "op zijn minst": "at_least",
    "zeker": "at_least", "maximaal": "at_most", "hooguit": "at_most", "tot wel": "at_most",
    "maximum": "at_most",
}
PERCENT_WORDS = {"procent", "%", "procentpunt", "procentpunten"}
CURRENCY_WORDS = {"euro": "€", "dollar": "$", "pond": "£"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = (".", "\xa0", "\u202f")
DEADLINE_CUES = (
    "uiterlijk op", "uiterlijk", "niet later dan", "voor het einde van", "vóór het einde van", "voor eind",
    "vóór eind", "tot en met", "t/m", "tot", "vóór", "voor", "tegen", "binnen",
)
PERIOD_EDGES = {
    "eind": "end", "einde": "end", "het einde van": "end", "eind van": "end", "ultimo": "end", "begin": "start",
    "het begin van": "start", "begin van": "start", "primo": "start", "half": "mid", "medio": "mid",
    "midden": "mid", "halverwege": "mid",
}
RELATIVE_DAYS = {
    "vandaag": 0, "gisteren": -1, "morgen": 1, "eergisteren": -2, "overmorgen": 2, "vanavond": 0,
    "vannacht": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "gisteravond": -1, "gisternacht": -1,
    "gistermiddag": -1, "gisterochtend": -1, "morgenochtend": 1, "morgenmiddag": 1, "morgenavond": 1,
}
RELATIVE_UNITS = {
    "deze week": ("week", 0), "vorige week": ("week", -1), "afgelopen week": ("week", -1),
    "verleden week": ("week", -1), "volgende week": ("week", 1), "komende week": ("week", 1),
    "eerder deze week": ("week", 0), "later deze week": ("week", 0),
    "deze maand": ("month", 0), "vorige maand": ("month", -1), "afgelopen maand": ("month", -1),
    "volgende maand": ("month", 1), "komende maand": ("month", 1), "eerder deze maand": ("month", 0),
    "later deze maand": ("month", 0),
    "dit jaar": ("year", 0), "vorig jaar": ("year", -1), "afgelopen jaar": ("year", -1),
    "volgend jaar": ("year", 1), "komend jaar": ("year", 1), "volgende jaar": ("year", 1),
    "eerder dit jaar": ("year", 0), "later dit jaar": ("year", 0),
    "dit weekend": ("weekend", 0), "afgelopen weekend": ("weekend", -1), "vorig weekend": ("weekend", -1),
    "komend weekend": ("weekend", 1), "volgend weekend": ("weekend", 1),
}
UNIT_WORDS = {"dag": "day", "dagen": "day", "etmaal": "day", "week": "week", "weken": "week", "maand": "month",
              "maanden": "month", "jaar": "year", "jaren": "year", "uur": "hour", "uren": "hour",
              "minuut": "minute", "minuten": "minute", "decennium": "decade", "decennia": "decade",
              "kwartaal": "quarter", "kwartalen": "quarter"}
AGO_PATTERNS = (r"{n}\s+{unit}\s+geleden",)
AHEAD_PATTERNS = (r"over\s+{n}\s+{unit}", r"binnen\s+{n}\s+{unit}")
SEASONS = {"lente": "SP", "voorjaar": "SP", "zomer": "SU", "herfst": "FA", "najaar": "FA", "winter": "WI"}
SEASON_MODIFIERS = ("deze", "dit", "in", "de", "het", "afgelopen", "komende")
PRESENT_WORDS = {"nu": "PRESENT_REF", "momenteel": "PRESENT_REF", "op dit moment": "PRESENT_REF",
                 "onlangs": "PAST_REF", "voortaan": "FUTURE_REF"}
QUOTE_VERBS = (
    "zei", "zeiden", "zegt", "zeggen", "verklaarde", "verklaart", "liet weten", "laat weten", "meldde", "meldt",
    "stelde", "stelt", "benadrukte", "benadrukt", "voegde eraan toe", "voegt eraan toe", "schreef", "schrijft",
    "waarschuwde", "waarschuwt", "bevestigde", "bevestigt", "vertelde", "vertelt", "legde uit", "aldus",
    "reageerde", "reageert", "erkende", "erkent", "kondigde aan", "zei ook",
)
ACCORDING_TO = ("volgens",)
RELAY_PHRASES = ("volgens", "tegen", "tegen de", "tegen het", "aan", "aan de", "aan het", "meldt", "meldde",
                 "schrijft", "schreef", "bericht", "berichtte", "in een interview met", "in gesprek met",
                 "geciteerd door")
OUTLET_NOUNS = ("persbureau", "het persbureau", "nieuwsagentschap", "nieuwszender", "omroep", "de omroep",
                "krant", "de krant", "dagblad", "het dagblad", "zender", "de zender", "tv-zender", "radiozender",
                "nieuwssite", "weekblad", "tijdschrift")
SOURCE_WORDS = ("de bron", "de woordvoerder", "de woordvoerster", "hij", "zij", "ze")
ABBREVIATIONS = {
    "o.a", "bijv", "bv", "d.w.z", "ca", "dhr", "mevr", "mw", "dr", "prof", "ir", "ing", "drs", "mr", "nr",
    "mln", "mld", "mrd", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    "enz", "e.d", "m.b.t", "i.v.m", "t.o.v", "blz", "incl", "excl", "st",
}
QUOTE_SPEAKER_TITLES = (
    "minister", "minister-president", "premier", "staatssecretaris", "president", "woordvoerder",
    "woordvoerster", "burgemeester", "directeur", "voorzitter", "topman", "topvrouw", "bestuurder",
    "wethouder", "commissaris", "hoogleraar", "onderzoeker", "kamerlid", "fractievoorzitter", "partijleider",
    "secretaris-generaal", "generaal", "commandant", "gouverneur", "koning", "koningin", "ceo", "topambtenaar",
)
YEAR_CUES = ("in", "sinds", "tot", "vanaf", "van", "jaar")
REFERENCE_CUES = ("sinds", "na", "vanaf", "sedert")
FUTURE_CUES = ("zal", "zullen", "gaat", "gaan", "verwacht", "verwachten", "komende", "volgende", "plant")
# a subordinate clause puts its verb last: "dat de terminals vrijdag weer open kunnen gaan"
FUTURE_CUES_AFTER = ("zal", "zullen", "gaat", "gaan", "kunnen", "kan", "moet", "moeten", "wil", "willen")
FUNCTION_WORDS = {
    "de", "het", "een", "en", "of", "maar", "in", "op", "aan", "van", "voor", "met", "bij", "naar", "uit", "over",
    "onder", "tegen", "tot", "door", "om", "te", "na", "als", "dan", "dat", "die", "dit", "deze", "er", "is",
    "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had", "hadden", "zal",
    "zullen", "kan", "kunnen", "moet", "moeten", "niet", "geen", "ook", "nog", "al", "wel", "zich", "hun",
    "haar", "hij", "zij", "ze", "we", "wij", "zei", "zegt", "sinds", "tijdens", "volgens", "zonder", "tussen",
    "binnen", "per", "omdat", "terwijl", "waar", "wie", "wat", "hier", "daar", "vanuit", "naast", "aldus",
}
POSSESSION_VERBS = ("heeft", "had", "hebben", "telt", "beschikt over")
SOURCE_NOUNS = ("bron", "woordvoerder", "woordvoerster", "functionaris", "ambtenaar", "getuige", "deskundige",
                "expert", "analist", "bewoner", "ooggetuige")
BYLINE_OUTLETS = {"anp": "ANP", "belga": "Belga", "nos": "NOS", "afp": "AFP", "reuters": "Reuters", "ap": "AP",
                  "dpa": "dpa", "rtl nieuws": "RTL Nieuws", "nu.nl": "NU.nl", "volkskrant": "de Volkskrant",
                  "nrc": "NRC", "telegraaf": "De Telegraaf", "vrt": "VRT", "vrt nws": "VRT NWS"}
# attributive adjectives end in -e ("Nederlandse soldaten", "gestrande schepen"): the phrase a figure
# counts is such adjectives and one noun ("40 schepen | liggen voor anker")
WHAT_ADJECTIVE_SUFFIXES = ("e",)
WHAT_STOP_WORDS = ("niet", "geen", "nooit", "ochtend", "middag", "avond", "nacht", "nu", "nog", "inmiddels",
                   # copulas and verbs of state after a counted noun ("people remain missing")
                   *("zijn", "waren", "hebben", "hadden", "worden", "werden", "blijven", "bleven"))
MEASURE_WORDS = ("km", "kilometer", "kilometers", "meter", "meters", "mijl")
WHAT_HEAD = "last"
ADDRESSEE_WORDS = ("tegen", "aan")
# "van" is left out: it is inside names ("Hoek van Holland", "Dirk van der Berg")
SPEAKER_END_WORDS = ("en", "dat", "tegen", "aan", "in", "op", "bij", "tijdens", "na", "voor", "ook", "namens",
                     "over", "vanuit")
ORG_HEADS = ("Ministerie", "Gemeente", "Politie", "Provincie", "Rechtbank", "Raad", "Havenbedrijf", "Hof",
             "Openbaar", "Koninklijke", "Nederlandse", "Stichting", "Vereniging", "Universiteit", "Kamer",
             "Tweede", "Eerste", "Centraal", "Rijksdienst", "Inspectie", "Autoriteit", "Partij", "Bank")
# endings of an institution's last word ("Volkspartij", "Havenbedrijf", "Defensieministerie")
ORG_SUFFIXES = ("partij", "ministerie", "bedrijf", "commissie", "rechtbank", "vakbond", "bond", "unie",
                "politie", "omroep", "krant", "dagblad")
COMPLEMENTIZERS = ("dat",)
# "Dat zegt X", "Dit meldt de NOS": the speaker follows the verb, and what was said is the sentence before
SPEAKER_OPENERS = ("dat", "dit", "dat is wat", "maar", "en", "ook")
ANAPHORIC_OPENERS = ("dat", "dit", "dat is wat")
SEASON_NAMES = ("arabische lente", "praagse lente")
NAME_TITLES = ("dhr.", "Dhr.", "mevr.", "Mevr.", "mw.", "Mw.", "dr.", "Dr.", "prof.", "Prof.", "mr.", "Mr.",
               "ir.", "Ir.", "drs.", "Drs.", "Minister", "Premier", "Minister-president", "Burgemeester",
               "Koning", "Koningin", "Prins", "Prinses", "Generaal", "Kolonel", "Paus", "Staatssecretaris",
               "President", "Wethouder")
# "Jan ter Horst", "Ter Apel"
NAME_PARTICLES = ("ter", "ten")
PLACE_PREPOSITIONS = ("in",)
NAME_PREFIX_OFFICES = ("Kremlin", "Élysée", "Binnenhof", "Catshuis")
SPEAKER_LEAD_PREPOSITIONS = ("tegen", "in", "op", "tijdens", "bij")
SPEAKER_PRONOUNS = ("hij", "zij", "ze")
RELAY_ARTICLES: tuple[str, ...] = ()
OUTLET_SUFFIXES = ("krant", "dagblad", "nieuws", "omroep", "persbureau")
# V2 word order: a short phrase in front of a speech verb puts the speaker after it ("In Den Haag zei X")
V2_FRONT_PREPOSITIONS = ("in", "op", "na", "bij", "tijdens", "tegen", "voor", "met", "aan", "vanuit", "over")
COUNT_NOUNS_BEFORE = {"het dodental": "doden", "dodental": "doden", "aantal doden": "doden", "het aantal": "",
                      "aantal": ""}
COUNT_PREPOSITIONS = ("tot", "op")
PLACE_NOUNS = ("stad", "regio", "provincie", "haven", "havenstad", "hoofdstad", "dorp", "eiland", "gemeente")
DEADLINE_WORDS = ("deadline", "termijn", "uiterste datum", "ultimatum",
                  # a date that moves: "uitgesteld tot april", "verschoven naar 1 juni"
                  "verschoven", "verschuift", "uitgesteld", "uitstel", "verlengd", "verlenging", "vervroegd",
                  "opgeschoven")
DEADLINE_TO = ("naar", "tot en met", "tot", "op")
DEADLINE_FROM = ("van",)
PASSIVE_AUXILIARIES = ("wordt", "werd", "worden", "werden")
# "van" is also "of": after a full name it says whom the person is with ("Marieke de Vries van FNV
# Havens", "minister Sanne Visser van Infrastructuur"), unless a surname goes on ("Jan van der Meer")
AFFILIATION_PARTICLES = ("van",)
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("maar", "en")
