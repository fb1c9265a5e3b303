"""Arabic language data for the extractors (see ``lang/__init__.py`` for the names).

Modern Standard Arabic news: the speech verb opens the sentence and the speaker follows it
("وقال وزير الخارجية التركي هاكان فيدان إن ...", VERB_INITIAL), conjunctions and prepositions are
glued to the next word ("وقال", "لرويترز", "بحلول"), the script has no capitals, so a person is
found after a title ("الرئيس", "وزير الخارجية") and an institution after its head noun ("وزارة
الصحة"), and the definite article "ال" marks the nouns and adjectives that are no name
(DEFINITE_PREFIX). Months come in both the Egyptian/Gulf ("أكتوبر") and the Levantine/Iraqi
("تشرين الأول") sets. Fields not set here are the generic module's.
"""
from .generic import *  # noqa: F401,F403  (every field; the ones below are Arabic)
from .months import MONTHS as _ALL_MONTHS

MONTHS = {w: m for w, m in _ALL_MONTHS.items() if all("\u0600" <= c <= "\u06ff" or c == " " for c in w)}
MONTHS.update({"إبريل": 4, "أبريل": 4, "ابريل": 4, "اغسطس": 8, "أغسطس": 8, "كانون ثاني": 1, "تشرين ثاني": 11,
               "تشرين أول": 10, "كانون أول": 12})
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
            "السبت": 5, "الأحد": 6, "الاحد": 6}
NUMBER_WORDS = {"اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5,
                "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9, "عشرة": 10, "عشر": 10, "عشرين": 20, "عشرون": 20,
                "مئة": 100, "مائة": 100}
ONE_WORDS = {"واحد": 1, "واحدة": 1}
SCALES = {"ألف": 1e3, "الف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
          "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "بليون": 1e9}
VAGUE_QUANTITIES = {"مئات الآلاف من": (200000, 999999), "عشرات الآلاف من": (20000, 99999),
                    "آلاف": (2000, 9999), "مئات": (200, 999), "عشرات": (20, 99)}
QUALIFIERS = {"نحو": "about", "حوالي": "about", "حوالى": "about", "قرابة": "about", "زهاء": "about",
              "ما يقرب من": "about", "ما يقارب": "about", "أكثر من": "more_than", "اكثر من": "more_than",
              "أزيد من": "more_than", "ما يزيد على": "more_than", "ما يزيد عن": "more_than", "أقل من": "less_than",
              "اقل من": "less_than", "ما لا يقل عن": "at_least", "لا يقل عن": "at_least", "حتى": "at_most"}
PERCENT_WORDS = {"%", "٪", "بالمئة", "بالمائة", "في المئة", "في المائة", "بالمية"}
CURRENCY_WORDS = {"دولار": "$", "دولارا": "$", "دولارات": "$", "يورو": "€", "جنيه": "£E", "ريال": "SAR",
                  "درهم": "AED"}
DECIMAL_SEP = "."
THOUSANDS_SEPS = (",", "\u066c")
# "بحلول 15 نوفمبر", "قبل نهاية أكتوبر", "في موعد أقصاه ..."
DEADLINE_CUES = ("بحلول", "قبل", "حتى", "في موعد أقصاه", "موعد أقصاه", "في موعد لا يتجاوز", "لا يتجاوز")
PERIOD_EDGES = {"نهاية": "end", "أواخر": "end", "اواخر": "end", "مطلع": "start", "بداية": "start",
                "أوائل": "start", "اوائل": "start", "منتصف": "mid", "أواسط": "mid"}
RELATIVE_DAYS = {"أمس": -1, "امس": -1, "الأمس": -1, "اليوم": 0, "غدا": 1, "غداً": 1, "أول أمس": -2,
                 "بعد غد": 2, "قبل يومين": -2, "بعد يومين": 2}
RELATIVE_UNITS = {
    "هذا الأسبوع": ("week", 0), "الأسبوع الجاري": ("week", 0), "الأسبوع الماضي": ("week", -1),
    "الأسبوع المقبل": ("week", 1), "الأسبوع القادم": ("week", 1), "هذا الشهر": ("month", 0),
    "الشهر الجاري": ("month", 0), "الشهر الماضي": ("month", -1), "الشهر المقبل": ("month", 1),
    "الشهر القادم": ("month", 1), "هذا العام": ("year", 0), "العام الجاري": ("year", 0),
    "العام الحالي": ("year", 0), "العام الماضي": ("year", -1), "العام المقبل": ("year", 1),
    "العام القادم": ("year", 1), "السنة الماضية": ("year", -1), "السنة المقبلة": ("year", 1),
    "هذه السنة": ("year", 0), "قبل أسبوعين": ("week", -2), "بعد أسبوعين": ("week", 2),
    # after an edge only: "بحلول نهاية العام" (this year's end)
    "العام": ("year", 0), "الشهر": ("month", 0), "الأسبوع": ("week", 0),
}
RELATIVE_UNITS_NEED_EDGE = ("العام", "الشهر", "الأسبوع")
UNIT_WORDS = {"يوم": "day", "أيام": "day", "ايام": "day", "يوما": "day", "أسبوع": "week", "أسابيع": "week",
              "شهر": "month", "أشهر": "month", "شهور": "month", "عام": "year", "أعوام": "year", "سنة": "year",
              "سنوات": "year", "ساعة": "hour", "ساعات": "hour"}
AGO_PATTERNS = (r"قبل\s+{n}\s+{unit}",)
AHEAD_PATTERNS = (r"بعد\s+{n}\s+{unit}", r"خلال\s+{n}\s+{unit}")
SEASONS = {"الربيع": "SP", "الصيف": "SU", "الخريف": "FA", "الشتاء": "WI"}
SEASON_MODIFIERS = ("هذا", "في", "فصل")
SEASONS_NEED_CONTEXT = {"الربيع"}  # "الربيع العربي" is no season
SEASON_NAMES = ("الربيع العربي",)
PRESENT_WORDS = {"حاليا": "PRESENT_REF", "حالياً": "PRESENT_REF", "الآن": "PRESENT_REF"}
# the verb opens the clause, often with "و" (and) glued to it
_VERBS = ("قال", "قالت", "قالوا", "أعلن", "أعلنت", "أكد", "أكدت", "أضاف", "أضافت", "صرح", "صرحت", "أوضح",
          "أوضحت", "ذكر", "ذكرت", "أفاد", "أفادت", "أشار", "أشارت", "تابع", "تابعت", "يقول", "تقول",
          "شدد", "شددت", "نقلت", "نقل")
QUOTE_VERBS = _VERBS + tuple("و" + v for v in _VERBS)
VERB_INITIAL = True
PRO_DROP = True  # '"…"، وأضاف.' names nobody: the speaker named just before
SPEAKER_OPENERS = ("كما", "من جهته", "من جانبه", "من جهتها", "من جانبها", "بدوره", "بدورها")
COMPLEMENTIZERS = ("إن", "أن", "بأن", "ان", "إنه", "إنها", "أنه", "أنها", "إنّ", "أنّ")
ACCORDING_TO = ("وفقا ل", "وفقاً ل", "وفقا لـ", "وفقاً لـ", "بحسب", "وبحسب", "حسب", "وحسب", "طبقا ل", "نقلا عن",
                "وفق")
# "قال لرويترز", "في تصريح لوكالة الأناضول": the outlet after "ل" (to) relays; "نقلت وكالة X عن Y": X
# relays what Y said
RELAY_PHRASES = ("في تصريح", "في تصريحات", "في حديث", "في مقابلة مع", "في مقابلة")
RELAY_FROM = ("عن",)
OUTLET_NOUNS = ("وكالة", "قناة", "صحيفة", "تلفزيون", "وكالة الأنباء")
SOURCE_WORDS = ("هو", "هي")
SOURCE_NOUNS = ("مصدر", "مصادر", "مسؤول", "شاهد", "مسؤولون")
ABBREVIATIONS = {"د", "م", "ه"}
DEFINITE_PREFIX = "ال"
PROCLITICS = "وبلفك"
# titles before a person's name (the caseless rule: DEFINITE_PREFIX)
NAME_TITLES = ("الرئيس", "رئيس", "رئيس الوزراء", "رئيس الحكومة", "رئيسة", "وزير", "وزيرة", "الوزير", "الوزيرة",
               "المتحدث باسم", "المتحدثة باسم", "الناطق باسم", "الناطقة باسم", "المتحدث الرسمي باسم",
               "المتحدث", "المتحدثة", "الناطق", "الناطقة",
               "الأمين العام", "السفير", "الملك", "الأمير", "الشيخ", "محافظ", "المحافظ", "مدير", "مديرة",
               "المدير", "نائب", "النائب", "المبعوث", "الدكتور", "العميد", "اللواء", "المستشار", "السيد",
               "السيدة", "قائد", "زعيم", "رئيس بلدية", "عمدة", "منسق")
QUOTE_SPEAKER_TITLES = NAME_TITLES
# head nouns of institutions ("وزارة الصحة", "منظمة الصحة العالمية"): the article-words after one are
# its name, and after a title they are the office's genitive, not a person
ORG_HEADS = ("وزارة", "مجلس", "هيئة", "منظمة", "وكالة", "جامعة", "لجنة", "حزب", "حركة", "بنك", "صندوق", "مؤسسة",
             "جمعية", "رئاسة", "إدارة", "قوات", "مكتب", "برنامج", "محكمة", "مديرية", "بلدية", "شركة", "اتحاد")
SPEAKER_END_WORDS = ("في", "خلال", "أمام", "يوم", "عقب", "لدى", "مساء", "صباح", "قوله", "قولها", "على", "إلى",
                     "الذي", "التي", "مع", "بعد", "قبل", "عن", "من")
YEAR_CUES = ("عام", "العام", "سنة", "في")
REFERENCE_CUES = ("منذ",)
FUTURE_CUES = ("سوف", "سيتم", "ستعقد", "سيعقد", "المقبل", "المقبلة", "القادم", "القادمة")
FUTURE_CUES_AFTER = ("المقبل", "المقبلة", "القادم", "القادمة")
FUNCTION_WORDS = {"في", "من", "إلى", "الى", "على", "عن", "مع", "و", "أو", "ثم", "لكن", "التي", "الذي", "الذين",
                  "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "لقد", "لم", "لن", "لا", "ما", "بين", "حتى",
                  "منذ", "خلال", "بعد", "قبل", "عند", "إن", "أن", "كما", "وقد", "فقد", "أي", "كل", "بعض", "نحو"}
BYLINE_OUTLETS = {"رويترز": "Reuters", "وكالة رويترز": "Reuters", "الجزيرة": "Al Jazeera", "قناة الجزيرة": "Al Jazeera",
                  "سانا": "SANA", "وكالة الأنباء السورية": "SANA", "واس": "SPA", "وكالة الأنباء السعودية": "SPA",
                  "وكالة الأنباء الفرنسية": "AFP", "فرانس برس": "AFP", "أ ف ب": "AFP", "أسوشيتد برس": "AP",
                  "الأناضول": "Anadolu Agency", "وكالة الأناضول": "Anadolu Agency", "قناة العربية": "Al Arabiya",
                  "بي بي سي": "BBC", "سي إن إن": "CNN", "وام": "WAM", "وكالة الأنباء القطرية": "QNA",
                  "وكالة أنباء الإمارات": "WAM", "الأهرام": "Al-Ahram", "reuters": "Reuters", "afp": "AFP"}
WHAT_STOP_WORDS = ("لا", "لم", "ما", "يزال", "تزال", "ما زالوا", "قتلوا", "لقوا", "أصيبوا", "على")
MEASURE_WORDS = ("كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "متر", "مترا", "أمتار")
WHAT_HEAD = "first"  # "1200 جندي تركي": the noun, then its adjectives
MONTHS_NEED_CONTEXT: set[str] = set()
PLACE_PREPOSITIONS: tuple[str, ...] = ()
DEADLINE_WORDS = ("موعد", "مهلة", "الموعد النهائي", "تأجيل", "أرجئ", "أجل", "تأجل", "مددت", "تمديد")
DEADLINE_TO = ("إلى", "الى", "حتى")
DEADLINE_FROM = ("من",)
# Arabic names for the gazetteer (countries come from pycountry's Arabic names)
GAZETTEER = {
    "United Nations": ("org", ("الأمم المتحدة", "الامم المتحدة")),
    "European Union": ("org", ("الاتحاد الأوروبي", "الاتحاد الاوروبي")),
    "NATO": ("org", ("حلف شمال الأطلسي", "الناتو", "حلف الناتو")),
    "World Health Organization": ("org", ("منظمة الصحة العالمية",)),
    "Red Crescent": ("org", ("الهلال الأحمر", "الهلال الأحمر التركي", "جمعية الهلال الأحمر")),
    "Red Cross": ("org", ("الصليب الأحمر", "اللجنة الدولية للصليب الأحمر")),
    "Arab League": ("org", ("جامعة الدول العربية", "الجامعة العربية")),
    "Reuters": ("org", ("رويترز",)),
    "Al Jazeera": ("org", ("قناة الجزيرة",)),
    "Agence France-Presse": ("org", ("وكالة الأنباء الفرنسية", "فرانس برس")),
    "SANA": ("org", ("سانا", "وكالة الأنباء السورية")),
    "SPA": ("org", ("واس", "وكالة الأنباء السعودية")),
    "Anadolu Agency": ("org", ("وكالة الأناضول", "الأناضول")),
    "AFAD": ("org", ("إدارة الكوارث والطوارئ التركية", "آفاد")),
    "United States": ("country", ("الولايات المتحدة", "أمريكا")),
    "Turkey": ("country", ("تركيا",)),
    "Syria": ("country", ("سوريا", "سورية")),
    "Ankara": ("place", ("أنقرة",)),
    "Istanbul": ("place", ("إسطنبول", "اسطنبول")),
    "Damascus": ("place", ("دمشق",)),
    "Aleppo": ("place", ("حلب",)),
    "Cairo": ("place", ("القاهرة",)),
    "Beirut": ("place", ("بيروت",)),
    "Baghdad": ("place", ("بغداد",)),
    "Riyadh": ("place", ("الرياض",)),
    "Gaza": ("place", ("غزة",)),
    "Hatay": ("place", ("هاتاي",)),
    "Gaziantep": ("place", ("غازي عنتاب",)),
    "Kahramanmaraş": ("place", ("كهرمان مرعش",)),
}
