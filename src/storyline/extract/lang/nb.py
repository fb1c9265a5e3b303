"""Norwegian language data for the extractors (see ``lang/__init__.py`` for the names).

Bokmål, with the Nynorsk forms news text uses most ("seier", "ifølgje", "tysdag"): ``get_lang``
reads "no" and "nn" with this module too. What Norwegian news text needs beyond the generic
fallback: speech verbs ("sier", "opplyser", "uttaler") in the inverted order of the dash quote
("– …, sier X til NTB") and in reported speech ("X opplyser at …", "…, opplyser politiet",
"Det bekrefter X overfor NTB", "ifølge NRK"), the relaying outlet after "til"/"overfor",
"i tirsdag" (last Tuesday), "i går", "forrige uke", "for tre dager siden", "om to uker",
deadline cues ("senest", "innen", "før", "innen utgangen av"), numbers written "2 500" and "1,2",
scales ("milliarder", "mrd.") and qualifiers ("rundt", "nesten", "minst"). Fields not set here
are the generic module's.
"""
from .generic import *  # noqa: F401,F403  (every field; the ones below are Norwegian)

# "des" (desember) is left out: it is the French "des" in every table built from all languages
MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "april": 4, "apr": 4, "mai": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "desember": 12,
}
_DAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_NYNORSK_DAYS = ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag")
# the plain form, the definite one ("tirsdagen") and the times of day written as one word
# ("tirsdagskvelden", "natt til tirsdag" needs none)
WEEKDAYS = {
    **{d: i for days in (_DAYS, _NYNORSK_DAYS) for i, d in enumerate(days)},
    **{d + "en": i for i, d in enumerate(_DAYS)},
    **{f"{d}s{part}": i for i, d in enumerate(_DAYS)
       for part in ("morgen", "morgenen", "formiddag", "formiddagen", "ettermiddag", "ettermiddagen",
                    "kveld", "kvelden", "natt", "natten")},
}
# a word before a weekday -> "last" / "next" ("" = as the tense says): "i tirsdag" is the one gone
# by, "på tirsdag" either, as the tense says
WEEKDAY_MODIFIERS = {"i": "last", "forrige": "last", "sist": "last", "neste": "next", "kommende": "next",
                     "på": ""}
NUMBER_WORDS = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
    "atten": 18, "nitten": 19, "tjue": 20, "tyve": 20, "tretti": 30, "førti": 40, "femti": 50, "seksti": 60,
    "sytti": 70, "åtti": 80, "nitti": 90, "hundre": 100, "tusen": 1000, "dusin": 12,
}
ONE_WORDS = {"en": 1, "ei": 1, "ett": 1, "én": 1, "éin": 1, "eitt": 1}
NUMBER_JOINERS = {"og"}
SCALES = {"tusen": 1e3, "million": 1e6, "millioner": 1e6, "mill": 1e6, "mln": 1e6, "milliard": 1e9,
          "milliarder": 1e9, "mrd": 1e9, "mia": 1e9}
VAGUE_QUANTITIES = {
    "flere hundre": (200, 999), "noen hundre": (200, 999), "mange hundre": (200, 999), "hundrevis av": (200, 999),
    "flere tusen": (2000, 9999), "noen tusen": (2000, 9999), "tusenvis av": (2000, 9999),
    "titusenvis av": (20000, 99999), "hundretusenvis av": (200000, 999999), "millioner av": (2e6, 9.99e6),
    "titalls": (20, 99), "dusinvis av": (24, 99),
}
QUALIFIERS = {
    "omkring": "about", "rundt": "about", "cirka": "about", "ca.": "about", "ca": "about", "om lag": "about",
    "omtrent": "about", "anslagsvis": "about", "nesten": "about", "nærmere": "about", "drøyt": "about",
    "knapt": "about", "snaut": "about", "i underkant av": "about",
    "over": "more_than", "mer enn": "more_than", "flere enn": "more_than", "i overkant av": "more_than",
    "under": "less_than", "mindre enn": "less_than", "færre enn": "less_than",
    "minst": "at_least", "ikke mindre enn": "at_least",
    "opptil": "at_most", "opp mot": "at_most", "inntil": "at_most", "høyst": "at_most", "maksimalt": "at_most",
}
PERCENT_WORDS = {"prosent", "%", "prosentpoeng"}
# kroner in a Norwegian text are Norwegian kroner
CURRENCY_WORDS = {"kroner": "NOK", "kr": "NOK", "kr.": "NOK", "nok": "NOK", "sek": "SEK", "dkk": "DKK",
                  "euro": "€", "dollar": "$"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = ("\xa0", "\u202f", " ", ".")
DEADLINE_CUES = (
    "senest innen", "senest den", "senest på", "senest", "innen utgangen av", "før utgangen av", "innen den",
    "innen", "før den", "før", "ikke senere enn", "fram til", "frem til", "inntil", "fristen er", "frist",
    # "closed until": the day it opens again ("stengt til lørdag"); a bare "til" is also "to" in a range
    "stengt til", "stenges til", "stengt fram til", "stengt frem til",
)
PERIOD_EDGES = {
    "utgangen av": "end", "slutten av": "end", "enden av": "end", "begynnelsen av": "start",
    "starten av": "start", "midten av": "mid", "medio": "mid", "primo": "start", "ultimo": "end",
}
RELATIVE_DAYS = {
    "i dag": 0, "i går": -1, "i morgen": 1, "i forgårs": -2, "i overmorgen": 2, "i kveld": 0, "i natt": 0,
    "i morges": 0, "i ettermiddag": 0, "i går kveld": -1, "i går morges": -1,
    "i morgon": 1,  # Nynorsk
}
RELATIVE_UNITS = {
    "uken": ("week", 0), "uka": ("week", 0), "denne uken": ("week", 0), "denne uka": ("week", 0), "i denne uken": ("week", 0), "i uken": ("week", 0),
    "forrige uke": ("week", -1), "i forrige uke": ("week", -1), "neste uke": ("week", 1),
    "i neste uke": ("week", 1), "tidligere denne uken": ("week", 0), "senere denne uken": ("week", 0),
    "denne måneden": ("month", 0), "forrige måned": ("month", -1), "i forrige måned": ("month", -1),
    "neste måned": ("month", 1), "tidligere denne måneden": ("month", 0), "senere denne måneden": ("month", 0),
    "i år": ("year", 0), "i fjor": ("year", -1), "neste år": ("year", 1), "til neste år": ("year", 1),
    "tidligere i år": ("year", 0), "senere i år": ("year", 0),
    "i helgen": ("weekend", 0), "forrige helg": ("weekend", -1), "neste helg": ("weekend", 1),
}
UNIT_WORDS = {
    "dag": "day", "dager": "day", "døgn": "day", "uke": "week", "uker": "week", "veke": "week", "veker": "week",
    "måned": "month", "måneder": "month", "månad": "month", "månader": "month", "år": "year", "time": "hour",
    "timer": "hour", "minutt": "minute", "minutter": "minute", "tiår": "decade", "kvartal": "quarter",
    "sekund": "second", "sekunder": "second",
}
AGO_PATTERNS = (r"for\s+{n}\s+{unit}\s+siden",)
AHEAD_PATTERNS = (r"om\s+{n}\s+{unit}", r"innen\s+{n}\s+{unit}")
# "vår" is also "our" ("i vår kommune"): spring counts only as "våren"
SEASONS = {"våren": "SP", "sommeren": "SU", "sommer": "SU", "høsten": "FA", "høst": "FA",
           "vinteren": "WI", "vinter": "WI"}
SEASON_MODIFIERS = ("i", "neste", "forrige", "kommende", "til")
PRESENT_WORDS = {"for tiden": "PRESENT_REF", "for øyeblikket": "PRESENT_REF", "akkurat nå": "PRESENT_REF",
                 "nylig": "PAST_REF", "fremover": "FUTURE_REF"}
QUOTE_VERBS = (
    "sier", "sa", "uttaler", "uttalte", "opplyser", "opplyste", "forteller", "fortalte", "skriver", "skrev",
    "bekrefter", "bekreftet", "advarer", "advarte", "forklarer", "forklarte", "understreker", "understreket",
    "mener", "melder", "meldte", "påpeker", "påpekte", "erklærer", "erklærte", "legger til", "la til",
    "varsler", "varslet", "konstaterer", "konstaterte", "hevder", "hevdet",
    # "la hun til": the particle after the speaker
    "la",
    # Nynorsk
    "seier", "fortel", "skriv", "meiner", "stadfestar",
)
ACCORDING_TO = ("ifølge", "ifølgje")
RELAY_PHRASES = ("ifølge", "ifølgje", "overfor", "over for", "til", "opplyser", "skriver", "melder",
                 "sitert av", "i et intervju med")
OUTLET_NOUNS = ("nyhetsbyrået", "avisen", "avisa", "tv-kanalen", "kanalen", "nettavisen", "nettstedet",
                "kringkasteren", "statskanalen", "byrået")
SOURCE_WORDS = ("kilden", "talspersonen", "han", "hun", "ho")
ABBREVIATIONS = {
    # not "kr": "… 25 mrd. kr. Tusenvis …" ends a sentence (the currency takes its full stop all the same)
    "bl.a", "f.eks", "ca", "dvs", "osv", "mill", "mrd", "mia", "nr", "dr", "prof", "jan", "feb", "aug",
    "sept", "sep", "okt", "nov", "kl", "st", "pga", "inkl", "ekskl", "evt", "ifm", "m.m", "m.fl", "t.o.m",
    "tlf", "jf", "mht", "vedr", "ang",
}
QUOTE_SPEAKER_TITLES = (
    "talsperson", "talspersonen", "pressetalsperson", "talsmann", "talskvinne", "minister", "ministeren",
    "statsminister", "statsministeren", "utenriksminister", "utenriksministeren", "justisminister",
    "justisministeren", "pressesjef", "pressesjefen", "kommunikasjonssjef", "sjef", "sjefen", "direktør",
    "direktøren", "ordfører", "ordføreren", "ordførar", "ordføraren", "politimester", "politimesteren", "operasjonsleder",
    "operasjonslederen", "innsatsleder", "innsatslederen", "vakthavende", "meteorolog", "meteorologen",
    "statsforvalter", "professor", "president", "presidenten", "partileder", "partilederen",
)
YEAR_CUES = ("i", "siden", "fra", "til", "år", "under")
REFERENCE_CUES = ("siden", "etter", "fra")
FUTURE_CUES = ("skal", "vil", "kommer til å", "ventes", "forventes", "planlegger", "neste", "kommende")
FUNCTION_WORDS = {
    "i", "på", "av", "til", "fra", "med", "om", "for", "ved", "og", "eller", "men", "som", "den", "det",
    "de", "en", "ei", "et", "er", "var", "har", "hadde", "ble", "blir", "være", "vært", "skal", "kan", "kunne",
    "skulle", "ville", "vil", "enn", "over", "under", "etter", "før", "mot", "hos", "deres", "sine", "sin",
    "sitt", "hans", "hennes", "drept", "skadet", "sier", "sa", "opplyser", "ut", "inn", "hjem",
    "mens", "da", "når", "hvor", "der", "hvilket", "at", "så", "nå", "også", "mellom", "innen", "her",
    "omkring", "rundt", "cirka", "ca", "mer", "flere", "færre", "mindre", "siden", "igjen", "allerede",
    "ifølge", "per", "ikke", "bare", "denne", "dette", "disse", "må", "måtte", "bør", "burde", "får", "fikk", "uten",
}
POSSESSION_VERBS = ("har", "hadde", "teller", "disponerer")
SOURCE_NOUNS = ("kilde", "kilden", "kilder", "talsperson", "embetsmann", "vitne", "vitnet", "beboer",
                "ekspert", "analytiker", "lege")
_OUTLETS = {
    "ntb": "NTB", "nrk": "NRK", "vg": "VG", "aftenposten": "Aftenposten", "dagbladet": "Dagbladet",
    "e24": "E24", "tv 2": "TV 2", "dagens næringsliv": "Dagens Næringsliv", "dn": "DN",
    "bergens tidende": "Bergens Tidende", "bt": "BT", "adresseavisen": "Adresseavisen",
    "nettavisen": "Nettavisen", "klassekampen": "Klassekampen", "stavanger aftenblad": "Stavanger Aftenblad",
    "tt": "TT", "svt": "SVT", "sveriges radio": "Sveriges Radio", "dagens nyheter": "Dagens Nyheter",
    "svenska dagbladet": "Svenska Dagbladet", "aftonbladet": "Aftonbladet", "expressen": "Expressen",
    "ritzau": "Ritzau", "dr": "DR", "afp": "AFP", "reuters": "Reuters", "ap": "AP", "dpa": "dpa",
}
BYLINE_OUTLETS = dict(_OUTLETS)
# past tenses ("ventet", "stengte", "prøvde") end the phrase a figure counts ("3000 reisende | ventet")
VERB_SUFFIXES = ("et", "te", "de")
WHAT_STOP_WORDS = ("ikke", "aldri", "morges", "morgen", "formiddag", "ettermiddag", "kveld", "kvelden", "natt",
                   "natten", "nå", "fortsatt", "fremdeles", "stadig",
                   *("er", "var", "har", "hadde", "blir", "ble"))
MEASURE_WORDS = ("km", "kilometer", "meter", "mil")
ADDRESSEE_WORDS = ("til", "overfor", "over for")
SPEAKER_END_WORDS = ("og", "at", "til", "overfor", "på", "i", "under", "etter", "ved", "også", "dog", "men",
                     "med", "for", "før")
COMPLEMENTIZERS = ("at",)
SPEAKER_PRONOUNS = ("han", "hun", "ho")
# nouns spaCy lists as stop words: a speaker phrase of stop words names nobody unless it holds one
STOP_WORD_NOUNS = ("folk", "kampen", "land", "landet", "laget", "leder", "mennesker", "personer", "saken")
PASSIVE_AUXILIARIES = ("er", "ble", "blir", "være", "vært", "vart")
NAME_TITLES = ("dr.", "prof.", "fru", "herr")
PLACE_PREPOSITIONS = ("i",)
PLACE_NOUNS = ("byen", "regionen", "fylket", "kommunen", "bygda", "hovedstaden", "øya", "provinsen",
               "delstaten", "tettstedet", "havnebyen")
SPEAKER_LEAD_PREPOSITIONS = ("til", "i", "overfor", "over for")
V2_FRONT_PREPOSITIONS = ("i", "på", "til", "fra", "etter", "under", "ved", "om", "med")
# Norwegian agencies' names end in these ("Utlendingsdirektoratet", "Finanstilsynet", "Kystverket")
ORG_SUFFIXES = ("direktoratet", "tilsynet", "etaten", "departementet", "verket", "banken", "forbundet",
                "instituttet", "kommisjonen")
ORG_HEADS = ("Statens", "Norges")
PARTY_LETTERS = {
    "Ap": "Arbeiderpartiet", "A": "Arbeiderpartiet", "H": "Høyre", "Frp": "Fremskrittspartiet",
    "FrP": "Fremskrittspartiet", "Sp": "Senterpartiet", "SV": "Sosialistisk Venstreparti", "V": "Venstre",
    "KrF": "Kristelig Folkeparti", "R": "Rødt", "MDG": "Miljøpartiet De Grønne",
}
COUNT_NOUNS_BEFORE = {"dødstallet": "døde", "antallet døde": "døde", "antall døde": "døde", "antallet": "",
                      "antall": ""}
COUNT_PREPOSITIONS = ("til", "på")
DEADLINE_WORDS = ("frist", "fristen", "tidsfrist", "tidsfristen", "deadline", "deadlinen", "ultimatum",
                  "ultimatumet",
                  # a date that moves: "utsatt til fredag", "forlenget til 1. juni"
                  "utsatt", "utsettes", "forlenget", "forlenges", "forskjøvet", "flyttet", "flyttes",
                  "fremskyndet", "utsett")
DEADLINE_TO = ("til",)
DEADLINE_FROM = ("fra",)
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("men", "og")
