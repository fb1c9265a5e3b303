"""Turkish language data for the extractors (see ``lang/__init__.py`` for the names).

Turkish is verb-final and agglutinative: the speech verb closes the sentence ('Erdoğan,
"…" dedi.', "Bakan, yardımların süreceğini söyledi."), case suffixes are glued to names and
numbers after an apostrophe ("Ankara'da", "217'den fazla", "14 Mart'ta") and postpositions
follow what they govern ("30 Kasım'a kadar" by 30 November, "AFAD'a göre" according to AFAD,
"3 binden fazla" more than 3,000). The lists hold the suffixed forms news text uses most.
Fields not set here are the generic module's.
"""
from .generic import *  # noqa: F401,F403  (every field; the ones below are Turkish)

MONTHS = {"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
          "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12}
MONTHS.update({f"{m} {w}": n for m, n in list(MONTHS.items()) for w in ("ayında", "ayı", "ayının")})
# "ocak" (stove), "ekim" (sowing), "aralık" (gap) are words, "Kasım", "Nisan", "Eylül" names: without a
# day or a year they are months only when capitalised mid-sentence ("Kasım ayında")
MONTHS_NEED_CONTEXT = {"ocak", "ekim", "aralık", "kasım", "nisan", "eylül"}
# "pazar" is also the market, "cuma" the Friday prayer: "pazar günü" is a day
WEEKDAYS = {"pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5,
            "pazar günü": 6, "pazartesi günü": 0, "salı günü": 1, "çarşamba günü": 2, "perşembe günü": 3,
            "cuma günü": 4, "cumartesi günü": 5}
NUMBER_WORDS = {"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
                "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "yüz": 100}
# "altı" is also "under", "on" ten and "yüz" face/hundred: numbers only before a counted noun
NUMBER_WORDS_NEED_CONTEXT = {"altı", "on", "yüz", "yedi", "kırk"}
NUMBER_CONTEXT_BEFORE = ("en", "az", "yaklaşık", "toplam", "sadece", "ilk", "son")
PLURAL_SUFFIXES: tuple[str, ...] = ()
PRO_DROP = True  # '"…" dedi.' with no subject: the speaker named just before
ONE_WORDS = {"bir": 1}
SCALES = {"bin": 1e3, "binden": 1e3, "bini": 1e3, "milyon": 1e6, "milyondan": 1e6, "milyar": 1e9,
          "milyardan": 1e9, "mn": 1e6, "mlr": 1e9}
VAGUE_QUANTITIES = {"yüzlerce": (200, 999), "binlerce": (2000, 9999), "on binlerce": (20000, 99999),
                    "onlarca": (20, 99), "yüz binlerce": (200000, 999999)}
QUALIFIERS = {"yaklaşık": "about", "yaklaşık olarak": "about", "tahminen": "about", "neredeyse": "about",
              "en az": "at_least", "en azından": "at_least", "en fazla": "at_most", "en çok": "at_most",
              "toplam": "", "sadece": "", "ancak": ""}
QUALIFIERS = {k: v for k, v in QUALIFIERS.items() if v}
# after the number: "3 binden fazla" (ablative + "more"), "1.200 civarında", "217'yi aşkın"
QUALIFIERS_AFTER = {"fazla": "more_than", "aşkın": "more_than", "üzerinde": "more_than", "az": "less_than",
                    "civarında": "about", "kadar": "about", "dolayında": "about"}
PERCENT_WORDS = {"%"}
PERCENT_BEFORE = ("yüzde", "%")
CURRENCY_WORDS = {"lira": "₺", "liralık": "₺", "tl": "₺", "tl'lik": "₺", "dolar": "$", "dolarlık": "$",
                  "avro": "€", "avroluk": "€", "euro": "€", "euroluk": "€"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = (".", "\xa0", "\u202f")
SUFFIX_APOSTROPHE = True
DEADLINE_CUES = ("en geç", "en son")
# "30 Kasım'a kadar", "yıl sonuna kadar": the postposition follows the date
DEADLINE_CUES_AFTER = ("kadar", "tarihine kadar", "itibarıyla", "öncesinde", "önce")
PERIOD_EDGES: dict[str, str] = {}
PERIOD_EDGES_AFTER = {"sonu": "end", "sonuna": "end", "sonunda": "end", "sonunu": "end", "başı": "start",
                      "başında": "start", "başına": "start", "ortası": "mid", "ortasında": "mid",
                      "ortalarında": "mid"}
PERIOD_LINKERS = ("ayı", "ayının", "ayı içinde", "yılı", "yılının")
RELATIVE_DAYS = {"bugün": 0, "dün": -1, "yarın": 1, "evvelsi gün": -2, "öbür gün": 2}
RELATIVE_UNITS = {
    "bu hafta": ("week", 0), "geçen hafta": ("week", -1), "gelecek hafta": ("week", 1),
    "önümüzdeki hafta": ("week", 1), "haftaya": ("week", 1), "bu ay": ("month", 0), "geçen ay": ("month", -1),
    "gelecek ay": ("month", 1), "önümüzdeki ay": ("month", 1), "bu yıl": ("year", 0), "geçen yıl": ("year", -1),
    "gelecek yıl": ("year", 1), "önümüzdeki yıl": ("year", 1), "bu sene": ("year", 0),
    "geçen sene": ("year", -1), "seneye": ("year", 1), "gelecek sene": ("year", 1),
    # genitive before an edge or a noun: "bu yılın sonuna kadar", "geçen haftanın"
    "bu haftanın": ("week", 0), "gelecek haftanın": ("week", 1), "önümüzdeki haftanın": ("week", 1),
    "geçen haftanın": ("week", -1), "bu ayın": ("month", 0), "gelecek ayın": ("month", 1),
    "önümüzdeki ayın": ("month", 1), "geçen ayın": ("month", -1), "bu yılın": ("year", 0),
    "gelecek yılın": ("year", 1), "önümüzdeki yılın": ("year", 1), "geçen yılın": ("year", -1),
    # "yıl sonuna kadar" (by the end of the year): the current one
    "yıl": ("year", 0), "ay": ("month", 0), "hafta": ("week", 0),
}
# "yıl", "ay", "hafta" alone are this year/month/week only before an edge ("yıl sonuna kadar")
RELATIVE_UNITS_NEED_EDGE = ("yıl", "ay", "hafta")
UNIT_WORDS = {"gün": "day", "günlük": "day", "hafta": "week", "haftalık": "week", "ay": "month", "aylık": "month",
              "yıl": "year", "yıllık": "year", "sene": "year", "saat": "hour", "dakika": "minute"}
AGO_PATTERNS = (r"{n}\s+{unit}\s+önce",)
AHEAD_PATTERNS = (r"{n}\s+{unit}\s+sonra", r"{n}\s+{unit}\s+içinde")
SEASONS = {"ilkbaharda": "SP", "yazın": "SU", "sonbaharda": "FA", "kışın": "WI", "ilkbahar": "SP",
           "sonbahar": "FA"}
PRESENT_WORDS = {"şu anda": "PRESENT_REF", "halen": "PRESENT_REF", "şimdi": "PRESENT_REF",
                 "günümüzde": "PRESENT_REF"}
# the verb closes the clause: 'Erdoğan, "…" dedi.' / '"…" diye konuştu Bakan Kurum.'
QUOTE_VERBS = ("dedi", "diyor", "söyledi", "söylüyor", "açıkladı", "açıklıyor", "belirtti", "belirtiyor",
               "ifade etti", "vurguladı", "kaydetti", "bildirdi", "konuştu", "ekledi", "aktardı", "dile getirdi",
               "uyardı", "duyurdu", "savundu", "iddia etti", "açıklama yaptı", "yazdı", "paylaştı")
VERB_FINAL = True
QUOTE_VERB_LINKS = ("diye", "şeklinde", "ifadelerini", "sözlerini", "dedi ve")
ACCORDING_TO: tuple[str, ...] = ()
# postpositions after the source: "AFAD'a göre", "Bakanlığın açıklamasına göre"
ACCORDING_TO_AFTER = ("göre", "verilerine göre", "açıklamasına göre", "bilgiye göre")
# "Anadolu Ajansı'na söyledi", "AA muhabirine konuştu": the outlet before the verb, in the dative
RELAY_PHRASES = ("muhabirine", "muhabirlerine", "'na", "'ya", "'ye", "'a", "'e")
OUTLET_NOUNS = ("ajansı", "gazetesi", "kanalı", "televizyonu")
SOURCE_WORDS = ("o", "kaynak")
SOURCE_NOUNS = ("kaynak", "kaynaklar", "yetkili", "yetkililer", "sözcü", "tanık")
ABBREVIATIONS = {"dr", "prof", "doç", "av", "sn", "örn", "vb", "vs", "bkz", "yy", "no"}
# title words before a name ("Cumhurbaşkanı Recep Tayyip Erdoğan", "Çevre Bakanı Murat Kurum")
QUOTE_SPEAKER_TITLES = ("cumhurbaşkanı", "bakanı", "bakan", "sözcüsü", "başkanı", "başkan", "valisi", "vali",
                        "genel sekreteri", "büyükelçisi", "müdürü", "komutanı", "milletvekili", "başbakanı")
NAME_TITLES = ("Cumhurbaşkanı", "Bakanı", "Bakan", "Sözcüsü", "Başkanı", "Başkan", "Valisi", "Vali",
               "Başbakan", "Başbakanı", "Büyükelçisi", "Müdürü", "Komutanı", "Milletvekili", "Dr.", "Prof.",
               "Sekreteri", "Bakanlığı")
YEAR_CUES = ("yılında", "yılı")
REFERENCE_CUES = ("beri", "bu yana", "itibaren")
FUTURE_CUES = ("gelecek", "önümüzdeki", "yapılacak", "edilecek", "olacak", "planlanıyor", "bekleniyor")
FUTURE_SUFFIXES = ("acak", "ecek", "acağını", "eceğini")
FUNCTION_WORDS = {
    "ve", "ile", "da", "de", "bu", "şu", "o", "bir", "için", "gibi", "kadar", "göre", "daha", "çok", "en", "ama",
    "fakat", "veya", "ya", "ki", "mi", "ne", "her", "tüm", "bütün", "olan", "olarak", "sonra", "önce", "ise",
    "yılında", "yılı", "yılının", "yılındaki", "tarihinde", "itibarıyla",
}
POSSESSION_VERBS: tuple[str, ...] = ()
BYLINE_OUTLETS = {"aa": "Anadolu Agency", "anadolu ajansı": "Anadolu Agency", "dha": "DHA", "iha": "İHA",
                  "i̇ha": "İHA", "trt": "TRT", "trt haber": "TRT Haber", "hürriyet": "Hürriyet", "sabah": "Sabah",
                  "milliyet": "Milliyet", "ntv": "NTV", "cnn türk": "CNN Türk", "reuters": "Reuters", "afp": "AFP",
                  "ap": "AP", "bbc türkçe": "BBC Türkçe", "demirören haber ajansı": "DHA"}
WHAT_STOP_WORDS = ("değil", "yok", "hâlâ", "halen", "şimdi", "sabah", "akşam", "gece", "öğle", "oldu",
                   "olduğunu", "tutarındaki", "tutarında", "değerinde")
VERB_SUFFIXES = ("dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "yor", "mış", "miş", "acak", "ecek", "dığını",
                 "diğini", "duğunu", "düğünü", "tığını", "tiğini")
MEASURE_WORDS = ("km", "kilometre", "metre", "mil")
WHAT_HEAD = "last"
# the counted phrase is adjectives and one noun ("3 bin Suriyeli mülteci", "217 kişi | hayatını")
WHAT_ADJECTIVE_SUFFIXES = ("li", "lı", "lu", "lü", "siz", "sız", "suz", "süz", "sel", "sal")
SPEAKER_END_WORDS = ("ve", "ile", "de", "da")
COMPLEMENTIZERS = ("ki",)
SPEAKER_PRONOUNS = ("o",)
ORG_HEADS = ("Bakanlığı", "Başkanlığı", "Meclisi", "Partisi", "Kurumu", "Ajansı", "Birliği", "Bankası",
             "Örgütü", "Valiliği", "Belediyesi", "Üniversitesi")
PLACE_NOUNS = ("il", "ili", "ilçesi", "kenti", "şehri", "bölgesi")
DEADLINE_WORDS = ("süre", "son tarih", "süresi", "ertelendi", "uzatıldı", "ertelenen")
# the dative and ablative suffixes after a date's apostrophe: "15 Kasım'dan 30 Kasım'a ertelendi"
DEADLINE_TO = ("a", "e", "ya", "ye", "na", "ne")
DEADLINE_FROM = ("dan", "den", "tan", "ten", "ndan", "nden")
PASSIVE_AUXILIARIES: tuple[str, ...] = ()
# Turkish names for the gazetteer (countries come from pycountry's Turkish names)
GAZETTEER = {
    "United Nations": ("org", ("Birleşmiş Milletler", "BM")),
    "European Union": ("org", ("Avrupa Birliği",)),
    "World Health Organization": ("org", ("Dünya Sağlık Örgütü", "DSÖ")),
    "Red Crescent": ("org", ("Kızılay", "Türk Kızılay", "Kızılay Derneği")),
    "AFAD": ("org", ("AFAD", "Afet ve Acil Durum Yönetimi Başkanlığı")),
    "Anadolu Agency": ("org", ("Anadolu Ajansı",)),
    "TRT": ("org", ("TRT",)),
    "United States": ("country", ("ABD", "Amerika Birleşik Devletleri")),
    "Russia": ("country", ("Rusya",)),
    "United Kingdom": ("country", ("İngiltere", "Birleşik Krallık")),
    "Iraq": ("country", ("Irak",)),
    "Kahramanmaraş": ("place", ("Kahramanmaraş",)),
    "Hatay": ("place", ("Hatay",)),
    "Gaziantep": ("place", ("Gaziantep",)),
    "Adana": ("place", ("Adana",)),
    "Izmir": ("place", ("İzmir",)),
    "Antakya": ("place", ("Antakya",)),
}
