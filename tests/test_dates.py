"""Dates and deadlines: seeds (read in place, skipped when absent) and own multilingual sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.extract.dates import extract_dates, find_timexes
from storyline.models import Article, PartialDate

from conftest import seed_article as seed


def dates(text: str, lang: str, published: str):
    return extract_dates(Article(id="t", title="", text=text, lang=lang, published=PartialDate.parse(published)))


def one(mentions, value):
    hits = [d for d in mentions if d.value == value]
    assert hits, f"no date {value} in {[(d.text, d.value, d.kind) for d in mentions]}"
    return hits[0]


def test_seed_000_deadlines():
    d = extract_dates(seed("000", "da"))
    sep = one(d, "2021-09-11")
    assert sep.kind == "deadline" and sep.cue == "senest" and sep.precision == "day"
    assert one(d, "2021-05-01").kind == "deadline"
    assert one(d, "2001").precision == "year"  # "i efteråret 2001"
    # "torsdag" in a month-precision article: only the month is known
    thursday = [x for x in d if x.text == "torsdag"]
    assert thursday and all(x.value == "2021-04" and x.precision == "month" and x.relative for x in thursday)


def test_seed_002_english():
    d = extract_dates(seed("002", "en"))
    sep = one(d, "2021-09-11")
    assert sep.kind == "deadline" and sep.cue == "between now and"
    assert one(d, "2021-05-01").kind == "deadline"
    apr = one(d, "2021-04-14")
    assert apr.kind == "event" and apr.text == "April 14"
    assert one(d, "2021-04-29").text == "Thursday"  # the article's own day


def test_seed_004_end_of_august():
    d = extract_dates(seed("004", "da"))
    aug = one(d, "2021-08-31")
    assert aug.kind == "deadline" and aug.precision == "day"
    assert one(d, "2001-09-11").kind == "event"


def test_end_of_month_deadline_own_sentence():
    d = dates("USA vil have afsluttet tilbagetrækningen inden udgangen af august.", "da", "2021-07")
    aug = one(d, "2021-08-31")
    assert aug.kind == "deadline" and aug.text.startswith("inden")
    d = dates("The troops must leave by the end of August.", "en", "2021-07-10")
    assert one(d, "2021-08-31").kind == "deadline"


def test_may_first_both_languages():
    assert one(dates("Tilbagetrækningen begynder 1. maj.", "da", "2021-04"), "2021-05-01")
    assert one(dates("The withdrawal begins on May 1.", "en", "2021-04-29"), "2021-05-01")
    assert one(dates("Der Abzug beginnt am 1. Mai.", "de", "2021-04-29"), "2021-05-01")
    assert one(dates("La retirada empieza el 1 de mayo.", "es", "2021-04-29"), "2021-05-01")
    assert one(dates("Le retrait commence le 1er mai.", "fr", "2021-04-29"), "2021-05-01")


def test_relative_day_precision():
    # 2021-04-29 was a Thursday
    d = dates("Torsdag sagde hun det, og i går mødtes de. I sidste uge kom der nye tal.", "da", "2021-04-29")
    assert one(d, "2021-04-29").relative
    assert one(d, "2021-04-28").text == "i går"
    assert one(d, "2021-04").text.lower() == "i sidste uge"
    d = dates("On Monday the minister spoke; a week ago the talks ended. Earlier this month prices rose.",
              "en", "2021-04-29")
    assert one(d, "2021-04-26").text == "Monday"
    assert [x for x in d if x.text.lower() == "earlier this month"][0].value == "2021-04"


def test_yearless_dates_pick_the_sensible_year():
    # a December article: a deadline in March is next year, an event in November this year
    d = dates("Aftalen skal være på plads senest 1. marts. Den 20. november mødtes de.", "da", "2021-12-15")
    assert one(d, "2022-03-01").kind == "deadline"
    assert one(d, "2021-11-20").kind == "event"


def test_reference_and_years_alone():
    d = dates("Siden 2001 har soldaterne været der. I efteråret 2001 begyndte krigen.", "da", "2021-04")
    assert one(d, "2001").kind in ("reference", "event")
    assert [x for x in d if x.kind == "reference"]


def test_timeml_values():
    tx = {t.text: t.value for t in find_timexes(
        "The season started about a month earlier than usual, the worst in a decade. Six deaths were reported "
        "in the last week, officials said Friday. Now the flu is winding down; last year was worse.",
        "en", PartialDate.parse("2013-03-22"))}
    assert tx["a month"] == "P1M"
    assert tx["a decade"] == "P10Y"
    assert tx["the last week"] == "2013-W11"
    assert tx["Friday"] == "2013-03-22"
    assert tx["Now"] == "PRESENT_REF"
    assert tx["last year"] == "2012"


TE3 = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets" / "tempeval3"


@pytest.mark.slow
def test_tempeval3_platinum_value_f1_gate():
    if not (TE3 / "Evaluation" / "te3-platinum").is_dir():
        pytest.skip("TempEval-3 data not available")
    import importlib.util

    spec = importlib.util.spec_from_file_location("timex_bench", Path(__file__).resolve().parents[1] / "bench" / "timex.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    res = bench.score("test")
    assert res["gold"] == 138
    assert res["relaxed"][2] >= 0.80 and res["value"][2] >= 0.70, res


def test_french_ete_is_a_season_only_with_a_modifier_or_a_year():
    def found(text: str) -> list[tuple[str, str]]:
        a = Article(id="fr", title="", text=text, lang="fr", published=PartialDate.parse("2025-07-22"))
        return [(d.text, d.value) for d in extract_dates(a)]

    # the past participle of être is not summer
    assert found("Deux pompiers ont été légèrement intoxiqués par les fumées.") == []
    assert found("La nuit a été extrêmement difficile.") == []
    assert found("Cet été, le feu a détruit douze maisons.") == [("Cet été", "2025")]
    assert found("Les travaux commencent à l'été 2026.") == [("l'été 2026", "2026")]
    assert found("Au printemps, la grève continue.") == [("Au printemps", "2025")]


def test_italian_dates_deadlines_and_relative_days():
    a = Article(id="it", title="", lang="it", published=PartialDate.parse("2011-03-05"),
                text="ROMA, 5 marzo 2011 - Il governo ha annunciato ieri che i soldati lasceranno il Paese entro "
                     "la fine di agosto. Tre anni fa la situazione era diversa.")
    got = [(d.text, d.value, d.kind) for d in extract_dates(a)]
    assert ("5 marzo 2011", "2011-03-05", "event") in got
    assert ("ieri", "2011-03-04", "event") in got
    assert ("entro la fine di agosto", "2011-08-31", "deadline") in got
    assert ("Tre anni fa", "2008", "event") in got


def test_a_relative_date_over_before_publication_is_no_deadline():
    past = dates("Pro-Gadhafi forces hammered rebel positions by the end of last week and moved on.", "en", "2011-03-19")
    assert [m.kind for m in past] == ["event"]
    ahead = dates("Troops must leave by the end of next week.", "en", "2011-03-19")
    assert [m.kind for m in ahead] == ["deadline"]
    # an absolute date keeps its cue: a deadline reported after it passed is still that deadline
    assert [m.kind for m in dates("The deal was to be done by March 1.", "en", "2011-03-19")] == ["deadline"]


def test_the_end_of_a_period_is_a_day_only_for_a_deadline():
    """'late last year' is 2010, not 2010-12-31; 'by the end of August' is a deadline on its last day."""
    got = {(m.text, m.value, m.precision, m.kind) for m in dates(
        "The uprising in Tunisia late last year spread. Troops will leave by the end of August.", "en", "2011-03-21")}
    assert ("late last year", "2010", "year", "event") in got
    assert ("by the end of August", "2011-08-31", "day", "deadline") in got
    (fr,) = dates("Les manifestations ont commencé fin février.", "fr", "2011-03-21")
    assert (fr.value, fr.precision, fr.kind) == ("2011-02", "month", "event")


def test_a_season_is_a_whole_word():
    """'any of the fallen' holds no autumn; 'in the fall' does."""
    assert dates("No one could carry away any of the fallen, another resident said.", "en", "2011-03-21") == []
    assert [(d.text, d.value) for d in dates("The talks resume in the fall.", "en", "2011-03-21")] == [("the fall", "2011")]


def test_month_and_year_joined_by_de_or_del():
    # "junio de 2007" is June 2007, not this June plus a separate year
    d = dates("En junio de 2007 el grupo tomó el control de la ciudad.", "es", "2011-04-08")
    assert [(x.text, x.value) for x in d] == [("junio de 2007", "2007-06")]
    d = dates("Nel luglio del 2009 il vertice si tenne in Abruzzo.", "it", "2011-04-08")
    assert [(x.text, x.value) for x in d] == [("luglio del 2009", "2009-07")]


def test_french_sept_is_seven_unless_dated():
    assert dates("La population mondiale atteint les sept milliards d'habitants.", "fr", "2011-12-22") == []
    assert dates("Les rebelles ont pris sept chars à l'armée.", "fr", "2011-03-16") == []
    one(dates("Le 3 sept. 2011, la ville est tombée.", "fr", "2011-12-22"), "2011-09-03")


def test_a_season_that_names_an_event_is_no_date():
    for text, lang in (("La primavera árabe derribó a tres dictadores.", "es"),
                       ("Il ruolo delle donne nella Primavera araba è stato decisivo.", "it"),
                       ("Elle est devenue un symbole du printemps arabe.", "fr"),
                       ("Det arabiske forår begyndte i Tunesien.", "da")):
        assert dates(text, lang, "2011-10-20") == [], text
    assert "primavera" in one(dates("Las elecciones se celebrarán en primavera.", "es", "2011-10-20"), "2011").text


@pytest.mark.parametrize("lang, published, text, value, kind", [
    # a verb in the synthetic future makes the weekday the coming one; the past tense, the last
    ("es", "2024-10-30", "El Gobierno decretará tres días de luto a partir del jueves.", "2024-10-31", "event"),
    ("es", "2024-10-30", "El Gobierno decretó el jueves tres días de luto.", "2024-10-24", "event"),
    ("fr", "2024-10-31", "Le gouvernement décidera lundi d'un plan d'aide.", "2024-11-04", "event"),
    ("fr", "2024-10-31", "Le gouvernement a décidé lundi d'un plan d'aide.", "2024-10-28", "event"),
    # the end of next week, in five languages, is a deadline on that week's last day
    ("en", "2024-10-31", "The government will decide by the end of next week.", "2024-11-10", "deadline"),
    ("de", "2024-11-01", "Die Regierung will bis Ende nächster Woche entscheiden.", "2024-11-10", "deadline"),
    ("es", "2024-10-30", "Las ayudas llegarán antes del final de la próxima semana.", "2024-11-10", "deadline"),
    ("fr", "2024-10-31", "Le plan sera adopté d'ici la fin de la semaine prochaine.", "2024-11-10", "deadline"),
    ("it", "2024-11-04", "I fondi arriveranno entro la fine della prossima settimana.", "2024-11-17", "deadline"),
])
def test_future_tense_weekdays_and_the_end_of_next_week(lang, published, text, value, kind):
    assert one(dates(text, lang, published), value).kind == kind


@pytest.mark.parametrize("lang, text, found", [
    ("ru", "Власти сообщили в четверг, что выборы пройдут 14 мая 2025 года.", [("четверг", "2024-10-31"), ("14 мая 2025", "2025-05-14")]),
    ("ar", "أعلنت السلطات يوم الخميس أن الانتخابات ستجرى في 31 أكتوبر ٢٠٢٤.", [("الخميس", "2024-10-31"), ("31 أكتوبر ٢٠٢٤", "2024-10-31")]),
    ("zh", "西班牙首相桑切斯周四表示，选举将于2025年5月14日举行。洪灾发生在10月29日。",
     [("周四", "2024-10-31"), ("2025年5月14日", "2025-05-14"), ("10月29日", "2024-10-29")]),
    ("ja", "首相は木曜日に、選挙は2025年5月14日に行われると述べた。", [("木曜日", "2024-10-31"), ("2025年5月14日", "2025-05-14")]),
    ("pt", "O governo anunciou na quinta-feira que as eleições serão em 14 de maio de 2025.",
     [("quinta-feira", "2024-10-31"), ("14 de maio de 2025", "2025-05-14")]),
])
def test_languages_without_a_module_still_read_month_and_weekday_words(lang, text, found):
    assert [(d.text, d.value) for d in dates(text, lang, "2024-10-31")] == found


@pytest.mark.parametrize("published, value", [
    ("2024-05-22", "2024-05"),  # next week = 27 May - 2 June: four of its days are in May
    ("2024-05-29", "2024-06"),  # 3 - 9 June
    ("2024-12-26", "2025-01"),  # 30 December - 5 January: most of it is in January
])
def test_a_week_spanning_two_months_is_the_month_holding_most_of_it(published, value):
    got = [(m.text, m.value, m.precision) for m in dates("Die Ministerin stellt den Plan nächste Woche vor.", "de", published)]
    assert got == [("nächste Woche", value, "month")]


def test_a_three_letter_month_that_abbreviates_nothing_is_a_full_month():
    from storyline.models import Article, PartialDate

    ru = Article(id="t", title="", text="Работы завершат до конца мая.", lang="ru", published=PartialDate.parse("2024-05-08"))
    assert [(d.text, d.value, d.kind) for d in extract_dates(ru)] == [("до конца мая", "2024-05-31", "deadline")]


def test_french_irregular_future_makes_weekday_the_coming_one():
    from storyline.extract.dates import find_timexes
    from storyline.models import PartialDate

    anchor = PartialDate.parse("2025-05-26")  # a Monday
    for text in ("Le ministre se rendra mardi à Lyon pour rencontrer les maires.",
                 "Le président viendra mardi à Lille.",
                 "L'équipe pourra mardi reprendre l'entraînement."):
        values = [t.value for t in find_timexes(text, "fr", anchor)]
        assert "2025-05-27" in values, (text, values)
    past = [t.value for t in find_timexes("Le ministre s'est rendu mardi à Lyon.", "fr", anchor)]
    assert "2025-05-20" in past
