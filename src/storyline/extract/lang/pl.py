"""Polish language data for the extractors (see ``lang/__init__.py`` for the names).

Everything a Polish news text needs beyond the generic fallback: speech verbs in both genders
("powiedział", "powiedziała") and the '„…” – powiedział X' attribution, "według"/"zdaniem"
sources, "podaje PAP" and "w rozmowie z PAP" relays, month names in the nominative, genitive
and locative ("14 marca", "w marcu"), weekdays after "w"/"we" and "do" ("w środę", "do
piątku"), deadline cues ("do końca sierpnia", "najpóźniej do"), qualifiers ("około", "ponad"),
scales ("tys.", "mln", "mld") and "zł". Polish declines names and nouns: the lists hold the
forms news text uses most, and ``NAME_CASE_ENDINGS`` lets an inflected name ("premiera Donalda
Tuska") meet its nominative ("Donald Tusk"). Fields not set here are the generic module's.
"""
from .generic import *  # noqa: F401,F403  (every field; the ones below are Polish)

_MONTH_FORMS = {
    # nominative, genitive ("14 marca", "do końca sierpnia"), locative ("w marcu")
    1: ("styczeń", "stycznia", "styczniu"), 2: ("luty", "lutego", "lutym"), 3: ("marzec", "marca", "marcu"),
    4: ("kwiecień", "kwietnia", "kwietniu"), 5: ("maj", "maja", "maju"), 6: ("czerwiec", "czerwca", "czerwcu"),
    7: ("lipiec", "lipca", "lipcu"), 8: ("sierpień", "sierpnia", "sierpniu"),
    9: ("wrzesień", "września", "wrześniu"), 10: ("październik", "października", "październiku"),
    11: ("listopad", "listopada", "listopadzie"), 12: ("grudzień", "grudnia", "grudniu"),
}
MONTHS = {w: m for m, forms in _MONTH_FORMS.items() for w in forms}
MONTHS.update({"sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paź": 10, "lis": 11,
               "gru": 12})
WEEKDAYS = {
    # nominative / accusative ("w środę"), genitive ("do piątku", "od poniedziałku")
    "poniedziałek": 0, "poniedziałku": 0, "wtorek": 1, "wtorku": 1, "środa": 2, "środę": 2, "środy": 2,
    "czwartek": 3, "czwartku": 3, "piątek": 4, "piątku": 4, "sobota": 5, "sobotę": 5, "soboty": 5,
    "niedziela": 6, "niedzielę": 6, "niedzieli": 6,
}
NUMBER_WORDS = {
    "dwa": 2, "dwie": 2, "dwóch": 2, "dwoje": 2, "trzy": 3, "trzech": 3, "troje": 3, "cztery": 4, "czterech": 4,
    "pięć": 5, "pięciu": 5, "sześć": 6, "sześciu": 6, "siedem": 7, "siedmiu": 7, "osiem": 8, "ośmiu": 8,
    "dziewięć": 9, "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11, "dwanaście": 12,
    "piętnaście": 15, "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30, "czterdzieści": 40,
    "pięćdziesiąt": 50, "sto": 100, "stu": 100,
}
ONE_WORDS = {"jeden": 1, "jedna": 1, "jedno": 1, "jednego": 1, "jednej": 1}
# "tysiąc" and "tysiące" stay out of NUMBER_WORDS: "dwa tysiące" is "dwa" scaled, not one word
SCALES = {"tys.": 1e3, "tys": 1e3, "tysięcy": 1e3, "tysiąca": 1e3, "mln": 1e6, "milion": 1e6, "miliona": 1e6,
          "miliony": 1e6, "milionów": 1e6, "mld": 1e9, "miliard": 1e9, "miliarda": 1e9, "miliardy": 1e9,
          "miliardów": 1e9}
VAGUE_QUANTITIES = {"kilkaset": (200, 999), "kilkuset": (200, 999), "setki": (200, 999), "kilka tysięcy": (2000, 9999),
                    "kilku tysięcy": (2000, 9999), "tysiące": (2000, 9999), "dziesiątki tysięcy": (20000, 99999),
                    "kilkadziesiąt tysięcy": (20000, 99999), "kilkadziesiąt": (20, 99), "kilkudziesięciu": (20, 99),
                    "dziesiątki": (20, 99), "setki tysięcy": (200000, 999999), "kilkanaście": (11, 19),
                    "kilkunastu": (11, 19)}
QUALIFIERS = {
    "około": "about", "ok.": "about", "blisko": "about", "prawie": "about", "niemal": "about",
    "mniej więcej": "about", "szacunkowo": "about", "ponad": "more_than", "przeszło": "more_than",
    "więcej niż": "more_than", "powyżej": "more_than", "mniej niż": "less_than", "poniżej": "less_than",
    "niespełna": "less_than", "co najmniej": "at_least", "przynajmniej": "at_least", "nie mniej niż": "at_least",
    "najwyżej": "at_most", "maksymalnie": "at_most", "nie więcej niż": "at_most", "nawet do": "at_most",
}
PERCENT_WORDS = {"%", "proc.", "proc", "procent", "procenta", "procentów", "procenty"}
CURRENCY_WORDS = {"zł": "zł", "złotych": "zł", "złote": "zł", "złoty": "zł", "pln": "zł", "euro": "€",
                  "eur": "€", "dolarów": "$", "dolary": "$", "dolara": "$", "usd": "$"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = ("\xa0", "\u202f", " ", ".")
# "do" is the bare "by/until" ("do piątku", "do 15 marca"), longer cues first
DEADLINE_CUES = ("najpóźniej do", "nie później niż do", "nie później niż", "do końca", "przed końcem", "najpóźniej",
                 "do", "przed")
PERIOD_EDGES = {"końca": "end", "koniec": "end", "końcem": "end", "końcu": "end", "początku": "start",
                "początek": "start", "początkiem": "start", "połowy": "mid", "połowie": "mid", "połowę": "mid",
                "połową": "mid"}
RELATIVE_DAYS = {"dziś": 0, "dzisiaj": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2, "pojutrze": 2}
RELATIVE_UNITS = {
    "w tym tygodniu": ("week", 0), "w przyszłym tygodniu": ("week", 1), "w przyszłym tyg.": ("week", 1),
    "w zeszłym tygodniu": ("week", -1), "w ubiegłym tygodniu": ("week", -1), "w poprzednim tygodniu": ("week", -1),
    "w tym miesiącu": ("month", 0), "w przyszłym miesiącu": ("month", 1), "w zeszłym miesiącu": ("month", -1),
    "w ubiegłym miesiącu": ("month", -1), "w tym roku": ("year", 0), "w przyszłym roku": ("year", 1),
    "w zeszłym roku": ("year", -1), "w ubiegłym roku": ("year", -1),
    # genitives after an edge or a month ("do końca przyszłego tygodnia", "w marcu tego roku")
    "tego tygodnia": ("week", 0), "przyszłego tygodnia": ("week", 1), "zeszłego tygodnia": ("week", -1),
    "ubiegłego tygodnia": ("week", -1), "tego miesiąca": ("month", 0), "przyszłego miesiąca": ("month", 1),
    "zeszłego miesiąca": ("month", -1), "ubiegłego miesiąca": ("month", -1), "tego roku": ("year", 0),
    "przyszłego roku": ("year", 1), "zeszłego roku": ("year", -1), "ubiegłego roku": ("year", -1),
    "bieżącego roku": ("year", 0),
}
UNIT_WORDS = {"dzień": "day", "dni": "day", "dnia": "day", "tydzień": "week", "tygodnie": "week",
              "tygodni": "week", "tygodnia": "week", "miesiąc": "month", "miesiące": "month", "miesięcy": "month",
              "miesiąca": "month", "rok": "year", "lata": "year", "lat": "year", "roku": "year",
              "godzina": "hour", "godziny": "hour", "godzin": "hour", "godzinę": "hour", "dekada": "decade",
              "dekady": "decade", "dekad": "decade"}
AGO_PATTERNS = (r"{n}\s+{unit}\s+temu",)
AHEAD_PATTERNS = (r"za\s+{n}\s+{unit}",)
SEASONS = {"wiosną": "SP", "wiosna": "SP", "wiosny": "SP", "latem": "SU", "lato": "SU", "jesienią": "FA",
           "jesień": "FA", "jesieni": "FA", "zimą": "WI", "zima": "WI", "zimy": "WI"}
SEASON_MODIFIERS = ("tej", "tego", "tą", "zeszłej", "zeszłego", "przyszłej", "przyszłego", "ubiegłej", "ubiegłego",
                    "na", "do")
PRESENT_WORDS = {"teraz": "PRESENT_REF", "obecnie": "PRESENT_REF", "aktualnie": "PRESENT_REF",
                 "niedawno": "PAST_REF"}
QUOTE_VERBS = (
    "powiedział", "powiedziała", "powiedzieli", "oświadczył", "oświadczyła", "oświadczyli", "stwierdził",
    "stwierdziła", "podkreślił", "podkreśliła", "podkreślili", "dodał", "dodała", "dodali", "poinformował",
    "poinformowała", "poinformowało", "poinformowali", "zapowiedział", "zapowiedziała", "przekazał",
    "przekazała", "przekazało", "zaznaczył", "zaznaczyła", "wyjaśnił", "wyjaśniła", "ocenił", "oceniła",
    "przyznał", "przyznała", "zapewnił", "zapewniła", "ostrzegł", "ostrzegła", "napisał", "napisała",
    "mówił", "mówiła", "mówi", "mówią", "podkreśla", "dodaje", "zaznacza", "twierdzi", "przekonuje",
    "ocenia", "informuje", "zapowiada", "zapewnia", "ostrzega", "tłumaczył", "tłumaczyła", "zaapelował",
    "zaapelowała", "podała", "podał", "podało",
)
# "zdaniem X" is "in X's opinion", "jak poinformował X" "as X said"
ACCORDING_TO = ("według", "zdaniem", "jak podaje", "jak podała", "jak podał", "jak poinformował",
                "jak poinformowała", "jak poinformowało", "jak przekazał", "jak przekazała", "jak powiedział",
                "jak powiedziała", "jak informuje", "cytowany przez", "cytowana przez")
RELAY_PHRASES = ("w rozmowie z", "w wywiadzie dla", "cytowany przez", "cytowana przez", "podaje", "podała",
                 "poinformowała agencja", "według", "na antenie", "na łamach", "dla")
OUTLET_NOUNS = ("agencja", "agencji", "agencję", "stacja", "stacji", "telewizja", "telewizji", "dziennik",
                "dziennika", "gazeta", "gazety", "portal", "portalu", "radio", "radia", "serwis", "serwisu",
                "tygodnik", "tygodnika", "rozgłośnia", "rozgłośni")
SOURCE_WORDS = ("on", "ona")  # no articles: "źródło" is a new source, not "the source" of before
ABBREVIATIONS = {"ok", "tys", "godz", "ul", "al", "pl", "np", "m.in", "tzw", "ws", "woj", "pow", "gm", "gen",
                 "płk", "mjr", "kpt", "por", "prof", "dr", "hab", "inż", "mgr", "św", "proc", "zob", "wg", "ds",
                 "tj", "itd", "itp", "ks", "abp", "bp", "pt", "pn", "wsch", "zach", "płd", "płn", "prok", "mec",
                 "sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"}
QUOTE_SPEAKER_TITLES = (
    # nominative, then the genitive a source phrase takes ("według premiera X", "zdaniem ministra X")
    "premier", "premiera", "prezydent", "prezydenta", "prezydentka", "minister", "ministra", "ministerka",
    "wiceminister", "wiceministra", "wicepremier", "wicepremiera", "rzecznik", "rzecznika", "rzeczniczka",
    "rzeczniczki", "szef", "szefa", "szefowa", "szefowej", "wojewoda", "wojewody", "marszałek", "marszałka",
    "burmistrz", "burmistrza", "prezes", "prezesa", "dyrektor", "dyrektora", "komendant", "komendanta",
    "generał", "generała", "starosta", "starosty", "wójt", "wójta", "przewodniczący", "przewodniczącego",
    "przewodnicząca", "ambasador", "ambasadora", "kanclerz", "kanclerza", "sekretarz", "sekretarza",
    "prokurator", "prokuratora", "poseł", "posła", "posłanka", "senator", "senatora", "ekspert", "eksperta",
    "hydrolog", "hydrologa", "meteorolog", "meteorologa", "prezydenta miasta",
)
YEAR_CUES = ("w", "od", "do", "z", "po", "przed")
REFERENCE_CUES = ("od", "po", "począwszy od")
# the future: "będzie"/"zostanie", plans, "next", and the perfective verbs news announce with (their
# present form is the future: "fala dotrze w sobotę", "rząd przedstawi plan w piątek")
FUTURE_CUES = ("będzie", "będą", "zostanie", "zostaną", "ma", "mają", "planuje", "planują", "zamierza",
               "zamierzają", "przyszły", "przyszłym", "przyszłej", "przyszłego", "najbliższy", "najbliższą",
               "najbliższym", "dotrze", "dotrą", "odbędzie", "odbędą", "rozpocznie", "rozpoczną", "zakończy",
               "zakończą", "ogłosi", "ogłoszą", "przedstawi", "przedstawią", "spotka", "spotkają", "podpisze",
               "podpiszą", "zbierze", "wejdzie", "wejdą", "otworzy", "zamknie", "przyjedzie", "przyleci",
               "odwiedzi", "zdecyduje", "zdecydują", "wybierze", "wybiorą", "przekaże", "przekażą", "osiągnie")
FUNCTION_WORDS = {
    "w", "we", "na", "z", "ze", "do", "od", "o", "u", "za", "przez", "dla", "po", "pod", "nad", "przed", "przy",
    "między", "bez", "wśród", "wobec", "oraz", "i", "a", "ale", "lub", "albo", "czy", "że", "jak", "nie", "się",
    "to", "jest", "są", "był", "była", "było", "były", "byli", "będzie", "będą", "został", "została", "zostało",
    "zostały", "zostali", "który", "która", "które", "którzy", "jego", "jej", "ich", "ten", "ta", "te", "tej",
    "tego", "tym", "co", "już", "także", "też", "według", "jeszcze", "tylko", "około", "ponad",
}
POSSESSION_VERBS = ("ma", "mają", "miał", "miała", "posiada", "liczy", "dysponuje")
SOURCE_NOUNS = ("źródło", "źródła", "rzecznik", "rzeczniczka", "urzędnik", "przedstawiciel", "przedstawicielka",
                "świadek", "mieszkaniec", "mieszkanka", "ekspert", "funkcjonariusz")
BYLINE_OUTLETS = {"pap": "PAP", "tvn24": "TVN24", "polsat news": "Polsat News", "rmf fm": "RMF FM",
                  "rmf": "RMF FM", "onet": "Onet", "gazeta wyborcza": "Gazeta Wyborcza", "wyborcza": "Gazeta Wyborcza",
                  "rzeczpospolita": "Rzeczpospolita", "tvp info": "TVP Info", "polskie radio": "Polskie Radio",
                  "iar": "IAR", "reuters": "Reuters", "afp": "AFP", "ap": "AP", "dpa": "dpa"}
# past-tense endings (-ł, -ła, -ło, -li, -ły): "1200 strażaków | walczyło z ogniem"
VERB_SUFFIXES = ("ło", "li", "ły", "ła")
MONTHS_NEED_CONTEXT: set[str] = set()
SEASONS_NEED_CONTEXT = {"lato", "zima", "wiosna", "jesień"}
WHAT_STOP_WORDS = ("nie", "rano", "wieczorem", "nocą", "w nocy", "teraz", "nadal", "wciąż", "jeszcze", "rocznie",
                   "dziennie", "miesięcznie", "tygodniowo", "łącznie", "więcej", "mniej",
                   # copulas and verbs of state after a counted noun
                   *("jest", "są", "było", "były", "byli", "zostało", "zostały", "zostali", "pozostaje",
                     "pozostają", "żyje", "zginęło", "zginęli", "zginęły", "uznano", "uważa", "się"))
MEASURE_WORDS = ("km", "kilometrów", "kilometry", "kilometra", "metrów", "metry", "metra", "m", "cm", "mm")
WHAT_HEAD = "last"
# "powiedział PAP rzecznik X": a dative outlet, no preposition (see RELAY_PHRASES); "dziennikarzom" = to reporters
ADDRESSEE_WORDS = ("dziennikarzom", "reporterom", "mediom", "agencji", "stacji", "telewizji", "portalowi",
                   "dziennikowi", "gazecie", "radiu")
SPEAKER_END_WORDS = ("w", "we", "na", "podczas", "po", "przed", "w trakcie", "dziennikarzom", "agencji",
                     "że", "i", "oraz", "dla", "z", "ze", "cytowany", "cytowana")
COMPLEMENTIZERS = ("że", "iż")
SPEAKER_OPENERS = ("tak", "tak to", "to", "o tym", "o tym fakcie", "o sprawie", "jak", "również", "ponadto",
                   "ale", "jednak", "natomiast")
ANAPHORIC_OPENERS = ("tak", "tak to", "o tym", "o tym fakcie", "o sprawie")
SPEAKER_PRONOUNS = ("on", "ona")
ORG_HEADS = ("Ministerstwo", "Ministerstwa", "Ministerstwie", "MSZ", "MON", "MSWiA", "Sejm", "Sejmu", "Senat",
             "Senatu", "Rada", "Rady", "Komisja", "Komisji", "Urząd", "Urzędu", "Agencja", "Agencji", "Bank",
             "Banku", "Partia", "Rząd", "Rządu", "Kancelaria", "Kancelarii", "Komenda", "Komendy", "Straż",
             "Straży", "Policja", "Policji", "Państwowa", "Państwowej", "Państwowy", "Państwowego", "Instytut",
             "Instytutu", "Wojska", "Wojsk", "Sąd", "Sądu", "Trybunał", "Trybunału", "Prokuratura",
             "Prokuratury", "Najwyższa", "Najwyższej", "Stowarzyszenie", "Fundacja", "Związek", "Związku",
             "Uniwersytet", "Uniwersytetu", "Szpital", "Szpitala", "Centrum", "Biuro", "Biura", "Wody", "Wód",
             "Narodowy", "Narodowego", "Polskie", "Polskiego", "Polska Agencja", "Platforma", "Prawo", "Koalicja",
             "Konfederacja", "Lewica", "Polskie Stronnictwo")
PLACE_PREPOSITIONS = ("w", "we", "na", "z", "ze", "do", "pod", "nad", "koło", "k.")
PLACE_NOUNS = ("miasto", "miasta", "mieście", "gmina", "gminy", "gminie", "województwo", "województwa",
               "województwie", "powiat", "powiatu", "powiecie", "wieś", "wsi", "region", "regionu", "regionie",
               "rzeka", "rzeki", "rzece", "stolica", "stolicy", "port", "portu", "porcie")
NAME_TITLES = ("Pan", "Pani", "Prof.", "Dr", "Dr.", "Ks.", "Gen.", "Płk", "Mjr", "Premier", "Prezydent", "Minister",
               "Marszałek", "Wojewoda", "Senator", "Poseł", "Posłanka", "Burmistrz", "Starosta", "Wójt",
               "Generał", "Papież", "Król", "Królowa", "Książę",
               # ranks, abbreviated before a name ("ppor. Anna Michalska", "asp. Jan Nowak")
               "gen.", "płk.", "ppłk.", "mjr.", "kpt.", "por.", "ppor.", "chor.", "sierż.", "kmdr.", "insp.",
               "nadinsp.", "podinsp.", "nadkom.", "kom.", "podkom.", "asp.", "st.asp.", "sierż.", "prof.", "dr.",
               "ks.", "bryg.", "st.bryg.", "mł.bryg.")
NAME_PREFIX_OFFICES = ("Kreml", "Kremla", "Pałac", "Belweder", "Belwederu")
# "powiedział w rozmowie z PAP X", "poinformował na konferencji prasowej X"
SPEAKER_LEAD_PREPOSITIONS = ("w rozmowie z", "w wywiadzie dla", "w", "we", "na", "podczas", "dla", "przed",
                             "po")
GERUND_SUFFIXES = ("ając", "ąc")
PRO_DROP = True
DEADLINE_WORDS = ("termin", "terminu", "terminie", "ultimatum", "przesunięto", "przesunięty", "przesunięta",
                  "przesunięte", "przełożono", "przełożony", "przełożona", "przełożone", "odroczono",
                  "odroczony", "odroczona", "przedłużono", "przedłużony", "przedłużona", "nieprzekraczalny")
DEADLINE_TO = ("na", "do")
DEADLINE_FROM = ("z",)
COUNT_NOUNS_BEFORE = {"liczba ofiar": "ofiar", "liczba zabitych": "zabitych", "bilans ofiar": "ofiar",
                      "liczba": "", "bilans": ""}
COUNT_PREPOSITIONS = ("do",)
PASSIVE_AUXILIARIES = ("został", "została", "zostało", "zostali", "zostały", "jest", "są", "był", "była")
# 3rd-person future perfective endings are ordinary present endings too: Polish has no synthetic future
FUTURE_SUFFIXES: tuple[str, ...] = ()
# inflected names (see lang/__init__.py): a case ending -> the nominative's endings it may stand for
NAME_CASE_ENDINGS = {
    # masculine: Donalda Tuska, Tuskowi, Tuskiem, o Tusku, we Wrocławiu, w Berlinie; Kowalskiego,
    # Kowalskiemu, Kowalskim; Nowickiego
    "a": ("",), "owi": ("",), "iem": ("",), "em": ("",), "u": ("",), "iu": ("",), "ia": ("",), "iego": ("i",), "iemu": ("i",), "im": ("i",),
    "ego": ("y",), "emu": ("y",), "ym": ("y",),
    # feminine: Anny, Annie, Annę, Anną; Kowalskiej, Kowalską; Ukrainy, w Warszawie, Rosji, Brukseli
    "y": ("a",), "i": ("a",), "ii": ("ia",), "ie": ("a", ""), "ę": ("a",), "ą": ("a",), "iej": ("a",), "ej": ("a",),
}
# inflected names no ending rule reaches (a changed stem) -> their nominative
NAME_FORMS = {
    "Polsce": "Polska", "Polską": "Polska", "Niemczech": "Niemcy", "Niemcami": "Niemcy", "Niemiec": "Niemcy", "Niemcom": "Niemcy", "Czech": "Czechy",
    "Czechach": "Czechy", "Białorusi": "Białoruś", "Białorusią": "Białoruś", "Rosją": "Rosja", "Stanów Zjednoczonych": "Stany Zjednoczone",
    "Stanach Zjednoczonych": "Stany Zjednoczone", "Stanom Zjednoczonym": "Stany Zjednoczone", "Włoszech": "Włochy",
    "Włoch": "Włochy", "Węgrzech": "Węgry", "Węgier": "Węgry", "Chinach": "Chiny", "Chin": "Chiny",
    "Wielkiej Brytanii": "Wielka Brytania", "Unii Europejskiej": "Unia Europejska", "Krakowie": "Kraków",
    "Krakowa": "Kraków", "Kijowie": "Kijów", "Kijowa": "Kijów", "Charkowie": "Charków", "Lwowie": "Lwów",
    "Lwowa": "Lwów", "Odrze": "Odra", "Wiśle": "Wisła", "Łodzi": "Łódź", "Poznaniu": "Poznań", "Poznania": "Poznań",
    "Opolu": "Opole", "Opola": "Opole", "Gdańsku": "Gdańsk", "Dniestrze": "Dniestr",
}
# "powiedział PAP rzecznik X": the outlet told stands bare in the dative, then the speaker
DATIVE_RELAY = True
# "Prawo i Sprawiedliwość", "Instytut Meteorologii i Gospodarki Wodnej": a conjunction inside an
# institution's name (a caps run opening with one of ORG_HEADS)
NAME_CONJUNCTIONS = ("i",)
# the genitive plural of adjectives before the counted noun ("300 polskich żołnierzy"): the phrase a
# figure counts ends at the noun ("1200 strażaków | walczy z ogniem")
WHAT_ADJECTIVE_SUFFIXES = ("ych", "ich")
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("ale", "a", "i")
