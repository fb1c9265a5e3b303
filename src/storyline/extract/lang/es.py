"""Spanish language data for the extractors (see ``lang/__init__.py`` for the names)."""

MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4, "mayo": 5,
    "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
    "sep": 9, "sept": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
            "sábado": 5, "sabado": 5, "domingo": 6}
NUMBER_WORDS = {
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "once": 11, "doce": 12, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "cien": 100, "ciento": 100, "mil": 1000, "docena": 12,
}
ONE_WORDS = {"un": 1, "una": 1, "uno": 1}
NUMBER_JOINERS = {"y"}
SCALES = {"mil": 1e3, "millón": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9}
VAGUE_QUANTITIES = {"varios cientos de": (200, 999), "cientos de": (200, 999), "varios miles de": (2000, 9999),
                    "miles de": (2000, 9999), "decenas de miles de": (20000, 99999), "decenas de": (20, 99),
                    "cientos de miles de": (200000, 999999), "centenares de miles de": (200000, 999999),
                    "centenares de": (200, 999)}
QUALIFIERS = {
    "unos": "about", "unas": "about", "alrededor de": "about", "cerca de": "about", "aproximadamente": "about",
    "casi": "about", "menos de": "less_than", "más de": "more_than", "al menos": "at_least",
    "como mínimo": "at_least", "hasta": "at_most", "como máximo": "at_most",
}
PERCENT_WORDS = {"por ciento", "%"}
CURRENCY_WORDS = {"euros": "€", "dólares": "$", "de euros": "€", "de dólares": "$"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = (".", "\xa0", "\u202f")
DEADLINE_CUES = ("a más tardar", "antes de finales de", "antes del", "antes de", "hasta el", "hasta", "para el")
PERIOD_EDGES = {"finales de": "end", "fin de": "end", "principios de": "start", "comienzos de": "start",
                "mediados de": "mid", "final de": "end", "finales del": "end", "fin del": "end",
                "final del": "end", "principios del": "start", "mediados del": "mid"}
RELATIVE_DAYS = {"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "pasado mañana": 2}
RELATIVE_UNITS = {
    "esta semana": ("week", 0), "la semana pasada": ("week", -1), "la próxima semana": ("week", 1),
    "este mes": ("month", 0), "el mes pasado": ("month", -1), "el próximo mes": ("month", 1),
    "este año": ("year", 0), "el año pasado": ("year", -1), "el próximo año": ("year", 1),
    "la semana que viene": ("week", 1), "la semana próxima": ("week", 1), "el mes que viene": ("month", 1),
    "el año que viene": ("year", 1), "de la próxima semana": ("week", 1), "del próximo mes": ("month", 1),
    "del próximo año": ("year", 1), "de este año": ("year", 0), "de este mes": ("month", 0),
    "del año pasado": ("year", -1), "del mes pasado": ("month", -1), "de la semana pasada": ("week", -1),
}
UNIT_WORDS = {"día": "day", "días": "day", "semana": "week", "semanas": "week", "mes": "month",
              "meses": "month", "año": "year", "años": "year", "hora": "hour", "horas": "hour",
              "década": "decade", "décadas": "decade"}
AGO_PATTERNS = (r"hace\s+{n}\s+{unit}",)
AHEAD_PATTERNS = (r"dentro\s+de\s+{n}\s+{unit}", r"en\s+{n}\s+{unit}")
SEASONS = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
PRESENT_WORDS = {"ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "recientemente": "PAST_REF"}
QUOTE_VERBS = ("dijo", "dice", "afirmó", "afirma", "declaró", "señaló", "aseguró", "explicó", "indicó",
               "añadió", "advirtió", "informó", "confirmó")
ACCORDING_TO = ("según",)
RELAY_PHRASES = ("según", "a la agencia", "al diario", "a la cadena", "informó", "citado por")
OUTLET_NOUNS = ("la agencia", "el diario", "la cadena", "el periódico", "la televisión")
SOURCE_WORDS = ("la fuente", "el portavoz", "la portavoz", "él", "ella")
ABBREVIATIONS = {"sr", "sra", "dr", "dra", "etc", "ej", "núm", "aprox", "ee.uu", "pág", "jan", "feb",
                 "ago", "sept", "oct", "nov", "dic", "uu"}
QUOTE_SPEAKER_TITLES = ("portavoz", "presidente", "presidenta", "ministro", "ministra", "secretario")
YEAR_CUES = ("en", "desde", "hasta", "de")
REFERENCE_CUES = ("desde", "después de", "tras")
FUTURE_CUES = ("será", "va a", "van a", "prevé", "próximo", "próxima")
FUNCTION_WORDS = {
    "durante", "tras", "según", "sin", "contra", "hacia", "ante",
    "el", "la", "los", "las", "un", "una", "de", "del", "en", "a", "al", "y", "o", "que", "con", "por",
    "para", "es", "son", "fue", "fueron", "ha", "han", "había", "murieron",
    "desde", "hasta", "entre", "sobre", "como", "dijo",
}
POSSESSION_VERBS = ("tiene", "tenía", "mantiene", "cuenta con")
SOURCE_NOUNS = ("fuente", "portavoz", "funcionario")
BYLINE_OUTLETS = {"efe": "EFE", "afp": "AFP", "reuters": "Reuters", "ap": "AP", "europa press": "Europa Press"}
VERB_SUFFIXES = ("aron", "ieron")
# month/season words that are also common verbs: need a modifier, a day, a year or a mid-sentence capital
MONTHS_NEED_CONTEXT: set[str] = set()
SEASONS_NEED_CONTEXT: set[str] = set()
# words that end the phrase a figure counts, besides FUNCTION_WORDS, weekdays and relative days
# ("1.200 havnearbejdere ikke op", "23 skibe mandag eftermiddag")
WHAT_STOP_WORDS = ("no", "nunca", "mañana", "tarde", "noche", "ahora", "todavía", "aún",
                   # copulas and verbs of state after a counted noun ("people remain missing")
                   *("siguen", "sigue", "están", "quedan", "resultan", "permanecen", "son", "fueron", "han"))
# Distance units: a figure in one ("12 km from the city") places something, it is not a count the
# facts ledger tracks.
MEASURE_WORDS = ("km", "kilómetro", "kilómetros", "kilometro", "kilometros", "metro", "metros", "milla", "millas")
# Where the head noun of the phrase a figure counts stands: "last" ("US soldiers", "amerikanske
# soldater"), or "first" in Romance languages ("soldados estadounidenses", "meses después").
WHAT_HEAD = "first"
# Words after a speech verb that introduce whom it was said to ("dijo a la cadena CBS", "told to"):
# what follows them is the addressee (often the relaying outlet), never the speaker.
ADDRESSEE_WORDS = ("a", "al", "ante")
# words that end a speaker phrase after a speech verb ("a déclaré X lors d'une conférence" -> X)
SPEAKER_END_WORDS = ("en", "durante", "ante", "tras", "desde", "a", "al", "con", "sobre", "según", "que", "y")
# first words of capitalised institution names: a caps name that opens with one is an ORG, not a person
ORG_HEADS = ("Servicio", "Congreso", "Partido", "Ministerio", "Consejo", "Comisión", "Ejército", "Hermanos", "Radio", "Buró", "Universidad", "Banco", "Fondo", "Asamblea", "Tribunal", "Gobierno", "Frente", "Movimiento", "Agencia", "Organización", "Fuerzas", "Guardia", "Policía", "Cámara", "Senado", "Corte", "Liga", "Unión", "Instituto", "Museo", "Hospital", "Comité", "Junta", "Sindicato", "Federación", "Asociación", "Fundación", "Centro", "Oficina", "Dirección", "Confederación", "Delegación", "Defensoría", "Audiencia", "Cuerpo", "Observatorio", "Consulado", "Embajada")
# words that open a subordinate clause ("says that ...", "dijo que ..."): a phrase after a speech
# verb that opens with one is what was said, never who said it
COMPLEMENTIZERS = ("que",)
# sentence openers before a speech verb that are not its subject: the speaker follows the verb
# ("È quanto ha detto il ministro", "Así lo dijo X"), or the sentence names none ("Ma dice che")
SPEAKER_OPENERS = ("así lo", "así", "lo", "también", "además", "pero", "y", "eso es lo que", "esto es lo que")
# season phrases that name an event, not a time of year ("la primavera árabe", "the Arab Spring")
SEASON_NAMES = ("primavera árabe", "primavera arabe", "primavera de praga")
# words after which an ACCORDING_TO word is an ordinal ("il secondo C-130" = the second C-130)
ACCORDING_TO_ORDINAL_AFTER: tuple[str, ...] = ()
# spelled numbers that are also common words (Italian "sei"); see it.py
NUMBER_WORDS_NEED_CONTEXT: set[str] = set()
NUMBER_CONTEXT_BEFORE: tuple[str, ...] = ()
PLURAL_SUFFIXES: tuple[str, ...] = ()
# title words and abbreviations before a person's name ("Sra. Meir", "Senador Navarro", "M. Morsi"): the caps
# fallback drops them from the front of a name, and a name that followed one is a person
NAME_TITLES = ("Sr.", "Sra.", "Srta.", "Sres.", "Don", "Doña", "Dr.", "Dra.", "Lic.", "Gral.", "Presidente", "Presidenta", "Senador", "Senadora", "Diputado", "Diputada", "Ministro", "Ministra", "Coronel", "Comandante", "Teniente", "Capitán", "Rey", "Reina", "Príncipe", "Princesa", "Jeque", "Emir", "Monseñor", "Padre")
# prepositions of place ("a Roma", "en Túnez"): a word the article writes after one is a place, and a caps
# name opening with it is that place glued to the next name ("l'ambasciatore a Roma Abdel Hafed Gaddur")
PLACE_PREPOSITIONS = ("en", "a")
# seats of power and state words that precede a person's name in a caps run ("presidente della
# Repubblica Giorgio Napolitano"): split off the front of a longer name like a place
NAME_PREFIX_OFFICES = ("República", "Moncloa", "Zarzuela", "Kremlin", "Elíseo")
# prepositions that open a phrase between a speech verb and the speaker it names ("ha detto
# all'Ansa X", "dijo en un comunicado X"): the phrase is dropped from the speaker, and a
# capitalised name in it is the outlet that relayed the statement
SPEAKER_LEAD_PREPOSITIONS = ("a", "al", "ante", "en", "con", "desde", "mediante")
# endings of gerunds, which open a clause after a speaker ("X parlando ai giornalisti")
GERUND_SUFFIXES = ("ando", "iendo", "yendo")
# the subject of a verb may go unsaid ('"…", afirmó el jueves'): an attribution that names
# nobody takes the speaker named just before
PRO_DROP = True
# personal pronouns that stand for a speaker ("siger hun i Folketinget"): a place after one is
# where it was said, never part of a name
SPEAKER_PRONOUNS = ("él", "ella")
# nouns spaCy lists as stop words: a speaker phrase of stop words names nobody unless it holds one
STOP_WORD_NOUNS = ("estado", "estados", "parte")
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
COUNT_NOUNS_BEFORE = {"cifra de": "", "número de": "", "balance de": "", "balance": "muertos"}
COUNT_PREPOSITIONS = ("a", "en")
# endings of the synthetic future tense ("decretará", "sarà", "décidera"): a verb with one before
# a weekday makes it the coming one
FUTURE_SUFFIXES = ("rá", "rán")
# nouns for a kind of place, before the place's name and a linking word ("the region of Valencia",
# "la ciudad de Valencia"): a name after one is a place, whatever a model made of it
PLACE_NOUNS = ("ciudad", "región", "provincia", "puerto", "capital", "localidad", "pueblo", "isla")
# a deadline that moves: in a sentence naming a deadline (or a date being moved), a date right after one of DEADLINE_TO
# is its (new) value, one right after DEADLINE_FROM its old one ("the deadline was moved from 30
# April to 15 May"); lower case
DEADLINE_WORDS = ("plazo", "fecha límite", "ultimátum",
                  # a date that moves: "udskudt til april", "postponed to 1 June"
                  "aplazado", "aplazada", "pospuesto", "pospuesta", "prorrogado", "prorrogada", "retrasado", "retrasada", "adelantado", "adelantada")
DEADLINE_TO = ("al", "hasta el", "hasta", "a")
DEADLINE_FROM = ("del", "de")
# SPEAKER_OPENERS that stand for what was said ("Lo ha detto X", "C'est ce qu'a déclaré X"): the
# sentence before is the statement
ANAPHORIC_OPENERS = ("así lo", "así", "lo", "eso es lo que", "esto es lo que")
# speech verbs whose next noun phrase is whom it was said to, never the speaker ("..., told reporters")
ADDRESSEE_VERBS: tuple[str, ...] = ()
# auxiliaries of the passive right before a speech verb: "One Briton is confirmed dead", "residents are
# being told to leave" -- the subject is not the speaker
PASSIVE_AUXILIARIES: tuple[str, ...] = ("es", "fue", "fueron", "son", "sido", "ser")
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("pero", "y", "sin embargo")
