"""French language data for the extractors (see ``lang/__init__.py`` for the names)."""

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
NUMBER_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100, "mille": 1000, "douzaine": 12,
}
ONE_WORDS = {"un": 1, "une": 1}
NUMBER_JOINERS = {"et", "-"}
SCALES = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9}
VAGUE_QUANTITIES = {"plusieurs centaines de": (200, 999), "des centaines de": (200, 999),
                    "plusieurs milliers de": (2000, 9999), "des milliers de": (2000, 9999),
                    "des dizaines de milliers de": (20000, 99999), "des dizaines de": (20, 99),
                    "des centaines de milliers de": (200000, 999999),
                    "plusieurs centaines de milliers de": (200000, 999999)}
QUALIFIERS = {
    "environ": "about", "quelque": "about", "près de": "about", "presque": "about", "autour de": "about",
    "moins de": "less_than", "plus de": "more_than", "au moins": "at_least", "jusqu'à": "at_most",
    "au plus": "at_most", "au maximum": "at_most",
}
PERCENT_WORDS = {"pour cent", "%"}
CURRENCY_WORDS = {"euros": "€", "dollars": "$"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = (" ", "\xa0", "\u202f", ".")
DEADLINE_CUES = ("au plus tard", "avant la fin de", "d'ici la fin de", "d'ici le", "d'ici", "avant le",
                 "avant", "jusqu'au", "jusqu'à")
PERIOD_EDGES = {"la fin de": "end", "fin": "end", "le début de": "start", "début": "start", "la mi-": "mid",
                "mi-": "mid"}
RELATIVE_DAYS = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2}
RELATIVE_UNITS = {
    "cette semaine": ("week", 0), "la semaine dernière": ("week", -1), "la semaine prochaine": ("week", 1),
    "ce mois-ci": ("month", 0), "le mois dernier": ("month", -1), "le mois prochain": ("month", 1),
    "cette année": ("year", 0), "l'année dernière": ("year", -1), "l'an dernier": ("year", -1),
    "l'année prochaine": ("year", 1), "l'an prochain": ("year", 1),
    "de la semaine prochaine": ("week", 1), "du mois prochain": ("month", 1), "de l'année prochaine": ("year", 1),
    "de cette année": ("year", 0), "du mois dernier": ("month", -1), "de l'année dernière": ("year", -1),
    "de la semaine dernière": ("week", -1), "la semaine passée": ("week", -1), "l'année passée": ("year", -1),
}
UNIT_WORDS = {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
              "an": "year", "ans": "year", "année": "year", "années": "year", "heure": "hour",
              "heures": "hour", "décennie": "decade", "décennies": "decade"}
AGO_PATTERNS = (r"il\s+y\s+a\s+{n}\s+{unit}",)
AHEAD_PATTERNS = (r"dans\s+{n}\s+{unit}", r"d'ici\s+{n}\s+{unit}")
SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
PRESENT_WORDS = {"maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "récemment": "PAST_REF"}
QUOTE_VERBS = ("a déclaré", "a dit", "a affirmé", "a indiqué", "a ajouté", "a expliqué", "a précisé",
               "a averti", "déclare", "dit", "affirme", "indique", "ajoute", "explique", "précise")
ACCORDING_TO = ("selon", "d'après")
RELAY_PHRASES = ("selon", "d'après", "à l'agence", "au journal", "à la chaîne", "cité par")
OUTLET_NOUNS = ("l'agence", "le journal", "la chaîne", "le quotidien", "la radio")
SOURCE_WORDS = ("la source", "le porte-parole", "il", "elle")
ABBREVIATIONS = {"m", "mme", "mlle", "dr", "etc", "env", "av", "janv", "févr", "avr", "juil", "sept",
                 "oct", "nov", "déc", "st", "ste", "p. ex", "cf"}
QUOTE_SPEAKER_TITLES = ("porte-parole", "président", "présidente", "ministre", "secrétaire")
YEAR_CUES = ("en", "depuis", "jusqu'en", "de")
REFERENCE_CUES = ("depuis", "après", "à partir de")
FUTURE_CUES = ("va", "vont", "sera", "seront", "prévoit", "prochain", "prochaine")
FUNCTION_WORDS = {
    "pendant", "selon", "sans", "contre", "vers", "après", "avant", "chez", "lors",
    "le", "la", "les", "l", "un", "une", "de", "des", "du", "d", "en", "à", "au", "aux", "et", "ou",
    "que", "qui", "avec", "pour", "par", "sur", "est", "sont", "était", "a", "ont", "avait", "sont",
    "depuis", "jusqu", "entre", "dans", "comme", "dit",
}
POSSESSION_VERBS = ("a", "compte", "maintient", "dispose de")
SOURCE_NOUNS = ("source", "porte-parole", "responsable")
BYLINE_OUTLETS = {"afp": "AFP", "reuters": "Reuters", "ap": "AP", "belga": "Belga"}
VERB_SUFFIXES = ("èrent", "aient")
# month/season words that are also common verbs: need a modifier, a day, a year or a mid-sentence capital
# "sept" is also the number seven ("sept milliards", "sept chars"): a month only with a day or a
# year ("3 sept. 2011"), or capitalised mid-sentence
MONTHS_NEED_CONTEXT: set[str] = {"sept"}
# "été" is also the past participle of être ("ont été évacués"): a season only after a modifier
# ("cet été", "l'été", "en été") or with a year ("été 2025")
SEASONS_NEED_CONTEXT: set[str] = {"été"}
SEASON_MODIFIERS = ("cet", "cette", "ce", "l'", "l’", "en", "au", "le", "d'", "d’")
# words that end the phrase a figure counts, besides FUNCTION_WORDS, weekdays and relative days
# ("1.200 havnearbejdere ikke op", "23 skibe mandag eftermiddag")
WHAT_STOP_WORDS = ("ne", "pas", "jamais", "matin", "après-midi", "soir", "nuit", "maintenant", "encore", "toujours",
                   # copulas and verbs of state after a counted noun ("people remain missing")
                   *("restent", "demeurent", "sont", "ont", "étaient"))
# Distance units: a figure in one ("12 km from the city") places something, it is not a count the
# facts ledger tracks.
MEASURE_WORDS = ("km", "kilomètre", "kilomètres", "kilometre", "kilometres", "mètre", "mètres")
# Where the head noun of the phrase a figure counts stands: "last" ("US soldiers", "amerikanske
# soldater"), or "first" in Romance languages ("soldados estadounidenses", "meses después").
WHAT_HEAD = "first"
# Words after a speech verb that introduce whom it was said to ("dijo a la cadena CBS", "told to"):
# what follows them is the addressee (often the relaying outlet), never the speaker.
ADDRESSEE_WORDS = ("à", "au", "aux", "devant")
# words that end a speaker phrase after a speech verb ("a déclaré X lors d'une conférence" -> X)
SPEAKER_END_WORDS = ("lors", "devant", "à", "au", "aux", "dans", "pendant", "après", "avant", "en", "sur", "depuis", "selon", "que", "et")
# first words of capitalised institution names: a caps name that opens with one is an ORG, not a person
ORG_HEADS = ("Conseil", "Ministère", "Parti", "Assemblée", "Armée", "Commission", "Banque", "Union", "Front", "Mouvement", "Agence", "Organisation", "Université", "Cour", "Tribunal", "Gouvernement", "Frères", "Radio", "Forces", "Garde", "Police", "Chambre", "Sénat", "Ligue", "Institut", "Musée", "Hôpital", "Comité", "Syndicat", "Fédération", "Association", "Fondation", "Fonds", "Centre", "Office", "Direction", "Confédération", "Préfecture", "Autorité", "Haut-Commissariat", "Observatoire", "Consulat", "Ambassade")
# words that open a subordinate clause ("says that ...", "dijo que ..."): a phrase after a speech
# verb that opens with one is what was said, never who said it
COMPLEMENTIZERS = ("que", "qu'")
# sentence openers before a speech verb that are not its subject: the speaker follows the verb
# ("È quanto ha detto il ministro", "Así lo dijo X"), or the sentence names none ("Ma dice che")
SPEAKER_OPENERS = ("c'est ce qu'", "c'est ce que", "ainsi", "mais", "et", "aussi")
# season phrases that name an event, not a time of year ("la primavera árabe", "the Arab Spring")
SEASON_NAMES = ("printemps arabe", "printemps de prague")
# words after which an ACCORDING_TO word is an ordinal ("il secondo C-130" = the second C-130)
ACCORDING_TO_ORDINAL_AFTER: tuple[str, ...] = ()
# spelled numbers that are also common words (Italian "sei"); see it.py
NUMBER_WORDS_NEED_CONTEXT: set[str] = set()
NUMBER_CONTEXT_BEFORE: tuple[str, ...] = ()
PLURAL_SUFFIXES: tuple[str, ...] = ()
# title words and abbreviations before a person's name ("Sra. Meir", "Senador Navarro", "M. Morsi"): the caps
# fallback drops them from the front of a name, and a name that followed one is a person
NAME_TITLES = ("M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Me", "Dr", "Dr.", "Pr", "Monsieur", "Madame", "Mademoiselle", "Président", "Présidente", "Sénateur", "Sénatrice", "Député", "Ministre", "Général", "Colonel", "Commandant", "Capitaine", "Roi", "Reine", "Prince", "Princesse", "Cheikh", "Émir", "Mgr", "Abbé", "Père")
# prepositions of place ("a Roma", "en Túnez"): a word the article writes after one is a place, and a caps
# name opening with it is that place glued to the next name ("l'ambasciatore a Roma Abdel Hafed Gaddur")
PLACE_PREPOSITIONS = ("à", "en")
# seats of power and state words that precede a person's name in a caps run ("presidente della
# Repubblica Giorgio Napolitano"): split off the front of a longer name like a place
NAME_PREFIX_OFFICES = ("République", "Élysée", "Matignon", "Kremlin", "Quai")
# prepositions that open a phrase between a speech verb and the speaker it names ("ha detto
# all'Ansa X", "dijo en un comunicado X"): the phrase is dropped from the speaker, and a
# capitalised name in it is the outlet that relayed the statement
SPEAKER_LEAD_PREPOSITIONS = ("à", "au", "aux", "devant", "dans")
# endings of gerunds, which open a clause after a speaker ("X parlando ai giornalisti")
GERUND_SUFFIXES = ()

# the subject of a speech verb is always said (see es.py)
PRO_DROP = False
# personal pronouns that stand for a speaker ("siger hun i Folketinget"): a place after one is
# where it was said, never part of a name
SPEAKER_PRONOUNS = ("il", "elle")
# nouns spaCy lists as stop words: a speaker phrase of stop words names nobody unless it holds one
STOP_WORD_NOUNS = ("gens",)
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
COUNT_NOUNS_BEFORE = {"bilan": "morts", "nombre de": "", "nombre d'": ""}
COUNT_PREPOSITIONS = ("à",)
# endings of the synthetic future tense ("decretará", "sarà", "décidera"): a verb with one before
# a weekday makes it the coming one; irregular stems too ("se rendra", "viendra", "pourra", "aura")
FUTURE_SUFFIXES = ("eront", "iront", "era", "ira", "dra", "dront", "rra", "rront", "ura", "uront")
# nouns for a kind of place, before the place's name and a linking word ("the region of Valencia",
# "la ciudad de Valencia"): a name after one is a place, whatever a model made of it
PLACE_NOUNS = ("ville", "région", "province", "port", "capitale", "village", "île")
# a deadline that moves: in a sentence naming a deadline (or a date being moved), a date right after one of DEADLINE_TO
# is its (new) value, one right after DEADLINE_FROM its old one ("the deadline was moved from 30
# April to 15 May"); lower case
DEADLINE_WORDS = ("délai", "date limite", "échéance", "ultimatum",
                  # a date that moves: "udskudt til april", "postponed to 1 June"
                  "reporté", "reportée", "repoussé", "repoussée", "prolongé", "prolongée", "avancé", "avancée")
DEADLINE_TO = ("au", "jusqu'au", "à")
DEADLINE_FROM = ("du", "de")
# SPEAKER_OPENERS that stand for what was said ("Lo ha detto X", "C'est ce qu'a déclaré X"): the
# sentence before is the statement
ANAPHORIC_OPENERS = ("c'est ce qu'", "c'est ce que", "ainsi")
# speech verbs whose next noun phrase is whom it was said to, never the speaker ("..., told reporters")
ADDRESSEE_VERBS: tuple[str, ...] = ()
# auxiliaries of the passive right before a speech verb: "One Briton is confirmed dead", "residents are
# being told to leave" -- the subject is not the speaker
PASSIVE_AUXILIARIES: tuple[str, ...] = ("est", "sont", "été", "était", "étaient", "fut")
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("mais", "et", "pourtant")
