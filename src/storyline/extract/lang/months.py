"""Month and weekday words of many languages in one table (language data), for the readers' dates written
in words and for the extraction fallback in languages without a module of their own.

No word in it means two different months in two of its languages.
"""
from __future__ import annotations

# Month words, lower case, full names and the usual abbreviations (a trailing dot is allowed
# in the pattern). en, da, nb/nn, sv, de, nl, es, pt, fr, it, ru and pl (nominative and genitive),
# ar (Egyptian/Gulf names and the Levantine/Iraqi ones); uk below. (Croatian, which names
# October "listopad", is not among them.)
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "januari", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "genn",
        "январь", "января", "янв", "يناير", "كانون الثاني", "styczeń", "stycznia"),
    2: ("february", "feb", "febr", "februar", "februari", "février", "févr", "fevr", "febrero", "fevereiro", "fev",
        "febbraio", "февраль", "февраля", "фев", "فبراير", "شباط", "luty", "lutego"),
    3: ("march", "mar", "marts", "mars", "märz", "maart", "marzo", "março", "marco", "март", "марта", "مارس", "آذار", "marzec", "marca"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "апрель", "апреля", "апр", "أبريل", "ابريل", "إبريل",
        "نيسان", "kwiecień", "kwietnia"),
    5: ("may", "maj", "mai", "mei", "mayo", "maio", "maggio", "mag", "май", "мая", "مايو", "أيار", "maja"),
    6: ("june", "jun", "juni", "juin", "junio", "junho", "giugno", "июнь", "июня", "يونيو", "يونيه", "حزيران", "czerwiec", "czerwca"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "июль", "июля", "يوليو", "يوليه", "تموز", "lipiec", "lipca"),
    8: ("august", "aug", "augusti", "augustus", "août", "aout", "agosto", "ago", "август", "августа", "авг", "أغسطس",
        "آب", "sierpień", "sierpnia"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre",
        "сентябрь", "сентября", "сен", "سبتمبر", "أيلول", "wrzesień", "września"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "октябрь",
         "октября", "окт", "أكتوبر", "اكتوبر", "تشرين الأول", "październik", "października"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноя", "نوفمبر", "تشرين الثاني", "listopad", "listopada"),
    12: ("december", "dec", "dezember", "dez", "desember", "des", "décembre", "déc", "diciembre", "dic", "dezembro",
         "dicembre", "декабрь", "декабря", "дек", "ديسمبر", "كانون الأول", "grudzień", "grudnia"),
}
# Ukrainian (nominative and genitive), apart: several are Russian words too ("лютого", fierce)
UK_MONTHS: dict[str, int] = {w: m for m, words in {
    1: ("січень", "січня"), 2: ("лютий", "лютого"), 3: ("березень", "березня"), 4: ("квітень", "квітня"),
    5: ("травень", "травня"), 6: ("червень", "червня"), 7: ("липень", "липня"), 8: ("серпень", "серпня"),
    9: ("вересень", "вересня"), 10: ("жовтень", "жовтня"), 11: ("листопад", "листопада"), 12: ("грудень", "грудня"),
}.items() for w in words}
MONTHS: dict[str, int] = {w: m for m, words in _MONTH_NAMES.items() for w in words} | UK_MONTHS
# month words that are common words or names elsewhere ("marca", a brand in Portuguese and Italian;
# "Maja", a first name): a month only with a day or a year where a language has no module of its own
NEED_CONTEXT = frozenset({"marca", "maja"})

# Weekday words (Monday = 0) of languages without a module of their own: pt, nl, sv/nb, pl, ru,
# uk, ar, zh, ja. Lower case; "feira" forms without the hyphen too.
_WEEKDAY_NAMES: dict[int, tuple[str, ...]] = {
    0: ("segunda-feira", "segunda", "maandag", "måndag", "mandag", "poniedziałek", "понедельник", "понедельника",
        "понеділок", "الاثنين", "الإثنين", "星期一", "周一", "月曜日"),
    1: ("terça-feira", "terça", "dinsdag", "tisdag", "tirsdag", "wtorek", "вторник", "вторника", "вівторок",
        "الثلاثاء", "星期二", "周二", "火曜日"),
    2: ("quarta-feira", "quarta", "woensdag", "onsdag", "środa", "środę", "среда", "среду", "середа", "середу",
        "الأربعاء", "الاربعاء", "星期三", "周三", "水曜日"),
    3: ("quinta-feira", "quinta", "donderdag", "torsdag", "czwartek", "четверг", "четверга", "четвер",
        "الخميس", "星期四", "周四", "木曜日"),
    4: ("sexta-feira", "sexta", "vrijdag", "fredag", "piątek", "пятница", "пятницу", "п'ятниця", "п'ятницю", "п’ятниця", "п’ятницю",
        "الجمعة", "星期五", "周五", "金曜日"),
    5: ("sábado", "zaterdag", "lördag", "lørdag", "sobota", "sobotę", "суббота", "субботу", "субота", "суботу",
        "السبت", "星期六", "周六", "土曜日"),
    6: ("domingo", "zondag", "söndag", "søndag", "niedziela", "niedzielę", "воскресенье", "воскресенья", "неділя",
        "неділю", "الأحد", "الاحد", "星期日", "星期天", "周日", "日曜日"),
}
WEEKDAYS: dict[str, int] = {w: d for d, words in _WEEKDAY_NAMES.items() for w in words}
