"""Italian language data for the extractors (see ``lang/__init__.py`` for the names)."""

MONTHS = {
    "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4,
    "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
    "settembre": 9, "sett": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
}
WEEKDAYS = {"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
            "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6}
NUMBER_WORDS = {
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "undici": 11, "dodici": 12, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50,
    "cento": 100, "mille": 1000, "dozzina": 12,
}
ONE_WORDS = {"un": 1, "uno": 1, "una": 1}
NUMBER_JOINERS = {"e"}
SCALES = {"mila": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9}
VAGUE_QUANTITIES = {"diverse centinaia di": (200, 999), "centinaia di": (200, 999), "diverse migliaia di": (2000, 9999),
                    "migliaia di": (2000, 9999), "decine di migliaia di": (20000, 99999), "decine di": (20, 99),
                    "centinaia di migliaia di": (200000, 999999),
                    "diverse centinaia di migliaia di": (200000, 999999)}
QUALIFIERS = {
    "circa": "about", "quasi": "about", "intorno a": "about", "oltre": "more_than", "più di": "more_than",
    "meno di": "less_than", "almeno": "at_least", "fino a": "at_most", "al massimo": "at_most",
}
PERCENT_WORDS = {"per cento", "%"}
CURRENCY_WORDS = {"euro": "€", "dollari": "$", "di euro": "€", "di dollari": "$"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = (".", "\xa0", "\u202f")
DEADLINE_CUES = ("entro la fine di", "entro il", "entro la", "entro", "prima della fine di", "prima del",
                 "prima della", "non oltre il")
PERIOD_EDGES = {"fine": "end", "la fine di": "end", "inizio": "start", "l'inizio di": "start", "metà": "mid"}
RELATIVE_DAYS = {"oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2, "ieri l'altro": -2, "dopodomani": 2}
RELATIVE_UNITS = {
    "questa settimana": ("week", 0), "la settimana scorsa": ("week", -1), "la settimana prossima": ("week", 1),
    "la prossima settimana": ("week", 1), "questo mese": ("month", 0), "il mese scorso": ("month", -1),
    "il mese prossimo": ("month", 1), "il prossimo mese": ("month", 1), "quest'anno": ("year", 0),
    "l'anno scorso": ("year", -1), "l'anno prossimo": ("year", 1), "il prossimo anno": ("year", 1),
    "della prossima settimana": ("week", 1), "della settimana prossima": ("week", 1),
    "del prossimo mese": ("month", 1), "del mese prossimo": ("month", 1), "del prossimo anno": ("year", 1),
    "dell'anno prossimo": ("year", 1), "di quest'anno": ("year", 0), "dell'anno scorso": ("year", -1),
    "del mese scorso": ("month", -1), "della settimana scorsa": ("week", -1),
}
UNIT_WORDS = {"giorno": "day", "giorni": "day", "settimana": "week", "settimane": "week", "mese": "month",
              "mesi": "month", "anno": "year", "anni": "year", "ora": "hour", "ore": "hour",
              "decennio": "decade", "decenni": "decade"}
AGO_PATTERNS = (r"{n}\s+{unit}\s+fa",)
AHEAD_PATTERNS = (r"tra\s+{n}\s+{unit}", r"fra\s+{n}\s+{unit}")
SEASONS = {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"}
PRESENT_WORDS = {"ora": "PRESENT_REF", "adesso": "PRESENT_REF", "attualmente": "PRESENT_REF",
                 "recentemente": "PAST_REF"}
QUOTE_VERBS = ("ha detto", "dice", "ha dichiarato", "ha affermato", "afferma", "ha spiegato", "ha aggiunto",
               "ha sottolineato", "ha annunciato", "ha confermato", "ha riferito")
ACCORDING_TO = ("secondo",)
RELAY_PHRASES = ("secondo", "all'agenzia", "al quotidiano", "alla tv", "riferisce", "citato da")
OUTLET_NOUNS = ("l'agenzia", "il quotidiano", "la tv", "il giornale", "la televisione", "l'emittente")
SOURCE_WORDS = ("la fonte", "il portavoce", "la portavoce", "lui", "lei")
ABBREVIATIONS = {"sig", "sigg", "dott", "dr", "prof", "ecc", "es", "n", "pag", "on", "gen", "feb", "apr",
                 "giu", "lug", "ago", "sett", "ott", "nov", "dic"}
QUOTE_SPEAKER_TITLES = ("portavoce", "presidente", "ministro", "ministra", "segretario", "premier")
YEAR_CUES = ("nel", "dal", "al", "fino al", "del")
REFERENCE_CUES = ("dal", "da", "dopo", "sin dal")
FUTURE_CUES = ("sarà", "saranno", "prevede", "dovrà", "prossimo", "prossima")
FUNCTION_WORDS = {
    "nel", "nello", "nella", "nei", "negli", "nelle", "allo", "alla", "ai", "agli", "alle", "dallo", "dalla", "dai", "dagli", "dalle", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "dello", "degli", "delle", "durante", "dopo", "contro", "verso", "senza",
    "il", "lo", "la", "i", "gli", "le", "un", "una", "di", "del", "della", "dei", "in", "a", "al", "e", "o",
    "che", "con", "per", "da", "su", "è", "sono", "era", "ha", "hanno", "aveva",
    "dal", "fino", "tra", "fra", "come", "ha detto",
}
POSSESSION_VERBS = ("ha", "aveva", "conta", "dispone di")
SOURCE_NOUNS = ("fonte", "portavoce", "funzionario")
BYLINE_OUTLETS = {"ansa": "ANSA", "agi": "AGI", "adnkronos": "Adnkronos", "afp": "AFP", "reuters": "Reuters"}
VERB_SUFFIXES = ("arono", "erono", "irono")
# "estate" is also "estate" (property) in English loanwords only; Italian month/season words are not verbs
MONTHS_NEED_CONTEXT: set[str] = set()
SEASONS_NEED_CONTEXT: set[str] = set()
SEASON_MODIFIERS = ("quest'", "quest’", "l'", "l’", "in", "nella", "nell'", "d'", "d’", "la", "questa")
# words that end the phrase a figure counts, besides FUNCTION_WORDS, weekdays and relative days
# ("1.200 havnearbejdere ikke op", "23 skibe mandag eftermiddag")
WHAT_STOP_WORDS = ("non", "mai", "mattina", "pomeriggio", "sera", "notte", "ora", "ancora",
                   # copulas and verbs of state after a counted noun ("people remain missing")
                   *("risultano", "restano", "rimangono", "sono", "erano", "hanno"))
# Distance units: a figure in one ("12 km from the city") places something, it is not a count the
# facts ledger tracks.
MEASURE_WORDS = ("km", "chilometro", "chilometri", "metro", "metri", "miglio", "miglia")
# Where the head noun of the phrase a figure counts stands: "last" ("US soldiers", "amerikanske
# soldater"), or "first" in Romance languages ("soldados estadounidenses", "meses después").
WHAT_HEAD = "first"
# Words after a speech verb that introduce whom it was said to ("dijo a la cadena CBS", "told to"):
# what follows them is the addressee (often the relaying outlet), never the speaker.
ADDRESSEE_WORDS = ("a", "al", "alla", "ai", "agli")
# words that end a speaker phrase after a speech verb ("a déclaré X lors d'une conférence" -> X)
SPEAKER_END_WORDS = ("durante", "in", "a", "al", "alla", "davanti", "dopo", "prima", "con", "nel", "nella", "secondo", "che", "e")
# first words of capitalised institution names: a caps name that opens with one is an ORG, not a person
ORG_HEADS = ("Consiglio", "Ministero", "Partito", "Camera", "Senato", "Esercito", "Commissione", "Banca", "Fronte", "Movimento", "Agenzia", "Organizzazione", "Università", "Corte", "Tribunale", "Governo", "Fratelli", "Radio", "Forze", "Guardia", "Polizia", "Lega", "Unione", "Istituto", "Museo", "Ospedale", "Comitato", "Sindacato", "Federazione", "Associazione", "Fondazione", "Fondo", "Centro", "Ufficio", "Direzione", "Confederazione", "Procura", "Protezione", "Autorità", "Osservatorio", "Consolato", "Ambasciata")
# words that open a subordinate clause ("says that ...", "dijo que ..."): a phrase after a speech
# verb that opens with one is what was said, never who said it
COMPLEMENTIZERS = ("che", "ch'")
# sentence openers before a speech verb that are not its subject: the speaker follows the verb
# ("È quanto ha detto il ministro", "Así lo dijo X"), or the sentence names none ("Ma dice che")
SPEAKER_OPENERS = ("è quanto", "e' quanto", "é quanto", "questo è quanto", "così", "lo", "l'", "ma", "e", "poi", "anche", "inoltre", "intanto")
# season phrases that name an event, not a time of year ("la primavera árabe", "the Arab Spring")
SEASON_NAMES = ("primavera araba", "primavera di praga")
# words after which an ACCORDING_TO word is an ordinal ("il secondo C-130" = the second C-130)
ACCORDING_TO_ORDINAL_AFTER = ("il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle", "nel", "nello", "nella", "dal", "dalla", "sul", "sulla")
# spelled numbers that are also common words ("sei" = "you are": "tu che sei", "ti sei fatto"):
# a number only after one of NUMBER_CONTEXT_BEFORE ("i sei deputati", "circa sei") or opening a
# sentence before a plural word ("Sei soldati uccisi", not "Sei stato", "Sei sicuro")
NUMBER_WORDS_NEED_CONTEXT = {"sei"}
NUMBER_CONTEXT_BEFORE = ("i", "gli", "le", "dei", "degli", "delle", "ai", "agli", "alle", "dai", "dagli",
                         "dalle", "nei", "negli", "nelle", "sui", "sugli", "sulle", "coi", "con", "per", "tra",
                         "fra", "da", "di", "a", "e", "o", "su", "in", "circa", "quasi", "oltre", "almeno", "altri",
                         "altre", "ultimi", "ultime", "primi", "prime", "questi", "queste", "quei", "quelle", "tutti", "tutte")
PLURAL_SUFFIXES = ("i", "e")
# title words and abbreviations before a person's name ("Sra. Meir", "Senador Navarro", "M. Morsi"): the caps
# fallback drops them from the front of a name, and a name that followed one is a person
NAME_TITLES = ("Sig.", "Sig.ra", "Sigg.", "Signor", "Signora", "Dott.", "Dott.ssa", "Dr.", "Prof.", "Prof", "Avv.", "Ing.", "On.", "Onorevole", "Don", "Presidente", "Ministro", "Ministra", "Senatore", "Senatrice", "Deputato", "Generale", "Colonnello", "Comandante", "Capitano", "Re", "Regina", "Principe", "Principessa", "Sceicco", "Emiro", "Monsignor", "Papa", "Padre")
# prepositions of place ("a Roma", "en Túnez"): a word the article writes after one is a place, and a caps
# name opening with it is that place glued to the next name ("l'ambasciatore a Roma Abdel Hafed Gaddur")
PLACE_PREPOSITIONS = ("a", "in")
# seats of power and state words that precede a person's name in a caps run ("presidente della
# Repubblica Giorgio Napolitano"): split off the front of a longer name like a place
NAME_PREFIX_OFFICES = ("Usa", "Repubblica", "Quirinale", "Farnesina", "Viminale", "Cremlino", "Eliseo")
# prepositions that open a phrase between a speech verb and the speaker it names ("ha detto
# all'Ansa X", "dijo en un comunicado X"): the phrase is dropped from the speaker, and a
# capitalised name in it is the outlet that relayed the statement
SPEAKER_LEAD_PREPOSITIONS = ("a", "al", "alla", "ai", "agli", "all'", "in", "nel", "nella", "con", "davanti a", "tramite")
# endings of gerunds, which open a clause after a speaker ("X parlando ai giornalisti")
GERUND_SUFFIXES = ("ando", "endo")
# the subject of a verb may go unsaid ('"…", afirmó el jueves'): an attribution that names
# nobody takes the speaker named just before
PRO_DROP = True
# personal pronouns that stand for a speaker ("siger hun i Folketinget"): a place after one is
# where it was said, never part of a name
SPEAKER_PRONOUNS = ("lui", "lei")
# nouns spaCy lists as stop words: a speaker phrase of stop words names nobody unless it holds one
STOP_WORD_NOUNS = ("ansa", "casa", "città", "citta", "consiglio", "generale", "governo", "gruppo", "lavoro", "ministro", "mondo",
                   "paese", "parte", "persone", "press", "stato", "uomo")
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
COUNT_NOUNS_BEFORE = {"bilancio": "morti", "numero di": "", "numero dei": "", "numero delle": "", "i morti": "morti", "le vittime": "vittime"}
COUNT_PREPOSITIONS = ("a",)
# endings of the synthetic future tense ("decretará", "sarà", "décidera"): a verb with one before
# a weekday makes it the coming one
FUTURE_SUFFIXES = ("rà", "ranno")
# nouns for a kind of place, before the place's name and a linking word ("the region of Valencia",
# "la ciudad de Valencia"): a name after one is a place, whatever a model made of it
PLACE_NOUNS = ("città", "regione", "provincia", "porto", "capitale", "paese", "isola")
# a deadline that moves: in a sentence naming a deadline (or a date being moved), a date right after one of DEADLINE_TO
# is its (new) value, one right after DEADLINE_FROM its old one ("the deadline was moved from 30
# April to 15 May"); lower case
DEADLINE_WORDS = ("scadenza", "termine", "ultimatum",
                  # a date that moves: "udskudt til april", "postponed to 1 June"
                  "rinviato", "rinviata", "posticipato", "posticipata", "prorogato", "prorogata", "anticipato", "anticipata")
DEADLINE_TO = ("al", "fino al", "a")
DEADLINE_FROM = ("dal", "da")
# SPEAKER_OPENERS that stand for what was said ("Lo ha detto X", "C'est ce qu'a déclaré X"): the
# sentence before is the statement
ANAPHORIC_OPENERS = ("è quanto", "e' quanto", "é quanto", "questo è quanto", "così", "lo", "l'")
# speech verbs whose next noun phrase is whom it was said to, never the speaker ("..., told reporters")
ADDRESSEE_VERBS: tuple[str, ...] = ()
# auxiliaries of the passive right before a speech verb: "One Briton is confirmed dead", "residents are
# being told to leave" -- the subject is not the speaker
PASSIVE_AUXILIARIES: tuple[str, ...] = ("è", "sono", "stato", "stata", "stati", "state", "viene", "vengono", "fu", "furono")
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("ma", "e", "però")
