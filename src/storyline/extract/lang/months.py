"""Month and weekday words of many languages in one table (language data), for the readers' dates written
in words and for the extraction fallback in languages without a module of their own.

No word in it means two different months in two of its languages.
"""
from __future__ import annotations

# Month words, lower case, full names and the usual abbreviations (a trailing dot is allowed
# in the pattern). en, da, nb/nn, sv, de, nl, es, pt, fr, it, ru (nominative and genitive),
# ar (Egyptian/Gulf names and the Levantine/Iraqi ones).
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "januari", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "genn",
        "январь", "января", "янв", "يناير", "كانون الثاني"),
    2: ("february", "feb", "febr", "februar", "februari", "février", "févr", "fevr", "febrero", "fevereiro", "fev",
        "febbraio", "февраль", "февраля", "фев", "فبراير", "شباط"),
    3: ("march", "mar", "marts", "mars", "märz", "maart", "marzo", "março", "marco", "март", "марта", "مارس", "آذار"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "апрель", "апреля", "апр", "أبريل", "ابريل", "إبريل",
        "نيسان"),
    5: ("may", "maj", "mai", "mei", "mayo", "maio", "maggio", "mag", "май", "мая", "مايو", "أيار"),
    6: ("june", "jun", "juni", "juin", "junio", "junho", "giugno", "июнь", "июня", "يونيو", "يونيه", "حزيران"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "июль", "июля", "يوليو", "يوليه", "تموز"),
    8: ("august", "aug", "augusti", "augustus", "août", "aout", "agosto", "ago", "август", "августа", "авг", "أغسطس",
        "آب"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre",
        "сентябрь", "сентября", "сен", "سبتمبر", "أيلول"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "октябрь",
         "октября", "окт", "أكتوبر", "اكتوبر", "تشرين الأول"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноя", "نوفمبر", "تشرين الثاني"),
    12: ("december", "dec", "dezember", "dez", "desember", "des", "décembre", "déc", "diciembre", "dic", "dezembro",
         "dicembre", "декабрь", "декабря", "дек", "ديسمبر", "كانون الأول"),
}
MONTHS: dict[str, int] = {w: m for m, words in _MONTH_NAMES.items() for w in words}

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
    4: ("sexta-feira", "sexta", "vrijdag", "fredag", "piątek", "пятница", "пятницу", "п'ятниця", "п'ятницю",
        "الجمعة", "星期五", "周五", "金曜日"),
    5: ("sábado", "zaterdag", "lördag", "lørdag", "sobota", "sobotę", "суббота", "субботу", "субота", "суботу",
        "السبت", "星期六", "周六", "土曜日"),
    6: ("domingo", "zondag", "söndag", "søndag", "niedziela", "niedzielę", "воскресенье", "воскресенья", "неділя",
        "неділю", "الأحد", "الاحد", "星期日", "星期天", "周日", "日曜日"),
}
WEEKDAYS: dict[str, int] = {w: d for d, words in _WEEKDAY_NAMES.items() for w in words}
