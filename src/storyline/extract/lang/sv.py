"""Swedish language data for the extractors (see ``lang/__init__.py`` for the names).

What Swedish news text needs beyond the generic fallback: speech verbs ("säger", "uppger",
"meddelar") in the inverted order of the dash quote ("– …, säger X till TT") and in reported
speech ("X uppger att …", "Det bekräftar X för TT", "…, enligt SMHI"), the relaying outlet
after "till"/"för", weekdays in their past ("i tisdags") and definite ("på tisdagen") forms,
"i går"/"igår", "förra veckan", "för tre dagar sedan", "om två veckor", deadline cues
("senast", "innan", "före utgången av"), numbers written "2 500" and "1,2", scales ("miljarder",
"mdr") and qualifiers ("drygt", "omkring", "minst"). Fields not set here are the generic
module's.
"""
from .generic import *  # noqa: F401,F403  (every field; the ones below are Swedish)

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_DAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
# the plain form, the definite one ("på tisdagen", the usual past in the press), the past one
# ("i tisdags") and the times of day written as one word ("tisdagskvällen", "natten till tisdag")
WEEKDAYS = {
    **{d: i for i, d in enumerate(_DAYS)},
    **{d + "en": i for i, d in enumerate(_DAYS)},
    **{d + "s": i for i, d in enumerate(_DAYS)},
    **{f"{d}s{part}": i for i, d in enumerate(_DAYS)
       for part in ("morgon", "morgonen", "förmiddag", "förmiddagen", "eftermiddag", "eftermiddagen",
                    "kväll", "kvällen", "natt", "natten")},
}
# a word before a weekday -> "last" / "next" ("" = as the tense says); "på" + the plain form is the
# coming one ("på fredag"), "på" + the definite form names a day of the story ("på tisdagen")
WEEKDAY_MODIFIERS = {
    "i": "last", "förra": "last", "senaste": "last", "nästa": "next", "kommande": "next", "på": "",
    **{f"på {d}": "next" for d in _DAYS},
}
NUMBER_WORDS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
    "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60,
    "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100, "tusen": 1000, "dussin": 12,
}
ONE_WORDS = {"en": 1, "ett": 1}
NUMBER_JOINERS = {"och"}
SCALES = {"tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "milj": 1e6, "mn": 1e6, "miljard": 1e9,
          "miljarder": 1e9, "mdr": 1e9, "md": 1e9}
VAGUE_QUANTITIES = {
    "flera hundra": (200, 999), "några hundra": (200, 999), "hundratals": (200, 999),
    "flera tusen": (2000, 9999), "några tusen": (2000, 9999), "tusentals": (2000, 9999),
    "tiotusentals": (20000, 99999), "hundratusentals": (200000, 999999), "miljontals": (2e6, 9.99e6),
    "tiotals": (20, 99), "dussintals": (24, 99),
}
QUALIFIERS = {
    "omkring": "about", "cirka": "about", "ca.": "about", "ca": "about", "runt": "about", "kring": "about",
    "ungefär": "about", "uppskattningsvis": "about", "drygt": "about", "knappt": "about", "nästan": "about",
    "närmare": "about", "bortåt": "about",
    "över": "more_than", "mer än": "more_than", "fler än": "more_than",
    "under": "less_than", "mindre än": "less_than", "färre än": "less_than",
    "minst": "at_least", "åtminstone": "at_least", "inte mindre än": "at_least",
    "upp till": "at_most", "uppemot": "at_most", "högst": "at_most", "maximalt": "at_most", "som mest": "at_most",
}
PERCENT_WORDS = {"procent", "%", "procentenheter", "procentenhet"}
# kronor in a Swedish text are Swedish kronor
CURRENCY_WORDS = {"kronor": "SEK", "kr": "SEK", "kr.": "SEK", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
                  "euro": "€", "dollar": "$"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = ("\xa0", "\u202f", " ")
DEADLINE_CUES = (
    "senast den", "senast på", "senast", "innan utgången av", "före utgången av", "senast vid utgången av",
    "innan den", "innan", "före den", "före", "inte senare än", "fram till", "till och med", "tidsfristen är",
    "tidsfrist",
    # "closed until": the day it opens again ("stängd till lördag"); a bare "till" is also "to" in a range
    "stängd till", "stängt till", "stängda till", "avstängd till", "stängs till",
)
PERIOD_EDGES = {
    "utgången av": "end", "slutet av": "end", "i slutet av": "end", "början av": "start",
    "i början av": "start", "mitten av": "mid", "i mitten av": "mid",
}
RELATIVE_DAYS = {
    "i dag": 0, "idag": 0, "i går": -1, "igår": -1, "i morgon": 1, "imorgon": 1, "i förrgår": -2,
    "i övermorgon": 2, "i kväll": 0, "ikväll": 0, "i natt": 0, "inatt": 0, "i morse": 0,
    "i eftermiddag": 0, "i går kväll": -1, "igår kväll": -1, "i går morse": -1,
}
RELATIVE_UNITS = {
    "veckan": ("week", 0), "den här veckan": ("week", 0), "denna vecka": ("week", 0), "i veckan": ("week", 0),
    "förra veckan": ("week", -1), "i förra veckan": ("week", -1), "nästa vecka": ("week", 1),
    "i nästa vecka": ("week", 1), "tidigare i veckan": ("week", 0), "senare i veckan": ("week", 0),
    "den här månaden": ("month", 0), "denna månad": ("month", 0), "förra månaden": ("month", -1),
    "nästa månad": ("month", 1), "tidigare i månaden": ("month", 0), "senare i månaden": ("month", 0),
    "i år": ("year", 0), "i fjol": ("year", -1), "förra året": ("year", -1), "nästa år": ("year", 1),
    "till nästa år": ("year", 1), "tidigare i år": ("year", 0), "senare i år": ("year", 0),
    "i helgen": ("weekend", 0), "förra helgen": ("weekend", -1), "nästa helg": ("weekend", 1),
    "kommande helg": ("weekend", 1),
}
UNIT_WORDS = {
    "dag": "day", "dagar": "day", "dygn": "day", "vecka": "week", "veckor": "week",
    "månad": "month", "månader": "month", "år": "year", "timme": "hour", "timmar": "hour",
    "minut": "minute", "minuter": "minute", "decennium": "decade", "decennier": "decade",
    "kvartal": "quarter", "sekund": "second", "sekunder": "second",
}
AGO_PATTERNS = (r"för\s+{n}\s+{unit}\s+sedan",)
AHEAD_PATTERNS = (r"om\s+{n}\s+{unit}", r"inom\s+{n}\s+{unit}")
# "vår" is also "our" ("i vår kommun"): spring counts only as "våren"
SEASONS = {"våren": "SP", "sommaren": "SU", "sommar": "SU", "hösten": "FA", "höst": "FA",
           "vintern": "WI", "vinter": "WI"}
SEASON_MODIFIERS = ("i", "under", "nästa", "förra", "kommande")
PRESENT_WORDS = {"nu": "PRESENT_REF", "just nu": "PRESENT_REF", "för närvarande": "PRESENT_REF",
                 "i nuläget": "PRESENT_REF", "nyligen": "PAST_REF", "framöver": "FUTURE_REF"}
QUOTE_VERBS = (
    "säger", "sa", "sade", "uppger", "uppgav", "meddelar", "meddelade", "skriver", "skrev", "berättar",
    "berättade", "förklarar", "förklarade", "bekräftar", "bekräftade", "konstaterar", "konstaterade",
    "tillägger", "tillade", "understryker", "underströk", "betonar", "betonade", "varnar", "varnade",
    "menar", "hävdar", "hävdade", "framhåller", "framhöll", "påpekar", "påpekade", "uttalar", "uttalade",
    "rapporterar", "rapporterade", "bedömer",
)
ACCORDING_TO = ("enligt",)
RELAY_PHRASES = ("enligt", "till", "för", "skriver", "rapporterar", "uppger", "meddelar", "citerad av",
                 "i en intervju med")
OUTLET_NOUNS = ("nyhetsbyrån", "tidningen", "dagstidningen", "kvällstidningen", "tv-kanalen", "kanalen",
                "radion", "sajten", "nättidningen", "byrån")
SOURCE_WORDS = ("källan", "talespersonen", "han", "hon")
ABBREVIATIONS = {
    # not "kr": "… 25 mdr kr. Tusentals …" ends a sentence (the currency takes its full stop all the same)
    "bl.a", "t.ex", "ca", "dvs", "d.v.s", "m.m", "osv", "s.k", "milj", "mdr", "mn", "md", "nr", "dr",
    "prof", "jan", "feb", "aug", "sep", "sept", "okt", "nov", "dec", "kl", "st",
    "p.g.a", "pga", "f.d", "t.o.m", "fr.o.m", "m.fl", "resp", "inkl", "exkl", "ev", "tel", "jfr",
}
QUOTE_SPEAKER_TITLES = (
    "talesperson", "talespersonen", "talsperson", "presstalesperson", "talesman", "talskvinna",
    "minister", "ministern", "statsminister", "statsministern", "utrikesminister", "utrikesministern",
    "presschef", "presschefen", "pressekreterare", "pressansvarig", "generaldirektör", "generaldirektören",
    "vd", "ordförande", "ordföranden", "borgmästare", "polisinspektör", "polisinspektören", "chef", "chefen",
    "direktör", "direktören", "meteorolog", "meteorologen", "professor", "överbefälhavare", "kommissionär",
    "partiledare", "partiledaren", "landshövding", "landshövdingen", "president", "presidenten",
)
YEAR_CUES = ("i", "sedan", "från", "till", "år", "under")
REFERENCE_CUES = ("sedan", "efter", "från")
FUTURE_CUES = ("ska", "skall", "kommer att", "väntas", "förväntas", "planerar", "nästa", "kommande",
               "beräknas")
FUNCTION_WORDS = {
    "i", "på", "av", "till", "från", "med", "om", "för", "vid", "och", "eller", "men", "som", "den", "det",
    "de", "en", "ett", "är", "var", "har", "hade", "blev", "blir", "vara", "varit", "ska", "skall", "kan",
    "kunde", "skulle", "ville", "vill", "än", "över", "under", "efter", "före", "mot", "hos", "deras", "sina",
    "sin", "sitt", "hans", "hennes", "dog", "dödades", "skadades", "säger", "sa", "sade", "uppger", "ut", "in",
    "hem", "medan", "när", "där", "vilket", "att", "så", "nu", "också", "mellan", "innan", "inom", "här",
    "omkring", "cirka", "ca", "mer", "fler", "färre", "mindre", "sedan", "igen", "redan", "enligt", "per",
    "samt", "inte", "bara", "även", "kring", "runt", "mycket", "denna", "detta", "dessa", "måste", "måtte", "utan",
    "bör", "borde", "får", "fick",
}
POSSESSION_VERBS = ("har", "hade", "förfogar över", "räknar")
SOURCE_NOUNS = ("källa", "källan", "källor", "talesperson", "tjänsteman", "vittne", "vittnet", "invånare",
                "boende", "expert", "analytiker", "läkare")
_OUTLETS = {
    "tt": "TT", "ntb": "NTB", "ritzau": "Ritzau", "afp": "AFP", "reuters": "Reuters", "ap": "AP", "dpa": "dpa",
    "svt": "SVT", "sr": "SR", "sveriges radio": "Sveriges Radio", "sveriges television": "SVT", "ekot": "Ekot",
    "tv4": "TV4", "dagens nyheter": "Dagens Nyheter", "dn": "DN", "svenska dagbladet": "Svenska Dagbladet",
    "svd": "SvD", "aftonbladet": "Aftonbladet", "expressen": "Expressen", "sydsvenskan": "Sydsvenskan",
    "göteborgs-posten": "Göteborgs-Posten", "gp": "GP", "nrk": "NRK", "vg": "VG", "aftenposten": "Aftenposten",
    "dr": "DR", "tv 2": "TV 2", "omni": "Omni",
}
BYLINE_OUTLETS = dict(_OUTLETS)
# past tenses and supines ("väntade", "stängde", "köpte", "gripits") end the phrase a figure counts
# ("3 000 resenärer | väntade")
VERB_SUFFIXES = ("ade", "ades", "de", "te", "ats", "its", "ts")
WHAT_STOP_WORDS = ("inte", "aldrig", "morse", "morgon", "förmiddag", "eftermiddag", "kväll", "kvällen", "natt",
                   "natten", "nu", "fortfarande", "fortsatt",
                   *("är", "var", "har", "hade", "blir", "blev"))
MEASURE_WORDS = ("km", "kilometer", "meter", "mil")
ADDRESSEE_WORDS = ("till",)
SPEAKER_END_WORDS = ("och", "att", "till", "på", "i", "under", "efter", "vid", "om", "också", "dock", "men",
                     "med", "inför")
# the Swedish "Detta" opens a sentence whose statement is the one before ("Detta uppger polisen.")
SPEAKER_OPENERS = ("detta", "det här")
ANAPHORIC_OPENERS = ("detta", "det här")
COMPLEMENTIZERS = ("att",)
SPEAKER_PRONOUNS = ("han", "hon")
PASSIVE_AUXILIARIES = ("är", "blev", "blir", "vara", "varit")
NAME_TITLES = ("dr.", "prof.", "fru", "herr")
PLACE_PREPOSITIONS = ("i",)
PLACE_NOUNS = ("staden", "regionen", "länet", "kommunen", "orten", "byn", "huvudstaden", "ön", "provinsen",
               "delstaten", "hamnstaden")
SPEAKER_LEAD_PREPOSITIONS = ("till", "i", "för")
V2_FRONT_PREPOSITIONS = ("i", "på", "till", "från", "efter", "under", "vid", "om", "med")
# Swedish authorities' names end in these ("Trafikverket", "Polismyndigheten", "Socialstyrelsen")
ORG_SUFFIXES = ("verket", "myndigheten", "styrelsen", "inspektionen", "departementet", "ämbetet", "banken",
                "förbundet", "institutet", "kommissionen", "polisen")
ORG_HEADS = ("Sveriges", "Statens", "Kungliga", "Region")
PARTY_LETTERS = {
    "S": "Socialdemokraterna", "M": "Moderaterna", "SD": "Sverigedemokraterna", "C": "Centerpartiet",
    "V": "Vänsterpartiet", "KD": "Kristdemokraterna", "L": "Liberalerna", "MP": "Miljöpartiet",
}
COUNT_NOUNS_BEFORE = {"dödssiffran": "döda", "dödstalet": "döda", "antalet döda": "döda", "antalet": ""}
COUNT_PREPOSITIONS = ("till", "på")
DEADLINE_WORDS = ("tidsfrist", "tidsfristen", "deadline", "deadlinen", "ultimatum", "ultimatumet", "sista dag",
                  # a date that moves: "skjuts upp till fredag", "förlängs till 1 juni"
                  "skjuts upp", "sköts upp", "skjutits upp", "senareläggs", "senarelades", "senarelagts", "flyttas",
                  "flyttades", "flyttats", "förlängs", "förlängdes", "förlängts", "tidigareläggs")
DEADLINE_TO = ("till",)
DEADLINE_FROM = ("från",)
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("men", "och")
