"""Facts ledger: hand-built extractions, then the seeds through the real extractors."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.facts import build_facts, figure_interval, granularity, values_agree
from storyline.models import Article, DateMention, EntityMention, Extraction, Figure, PartialDate
from storyline.store.base import ArticleRow

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"

# Our own July 2021 article (written for this test): the US deadline moves to the end of August.
JULY_DA = ("USA fremrykker tilbagetrækningen fra Afghanistan.\n\n"
           "USA's præsident, Joe Biden, siger torsdag, at den amerikanske tilbagetrækning fra Afghanistan "
           "skal være afsluttet inden udgangen af august.\n\n"
           "Den oprindelige plan var, at de sidste soldater skulle være hjemme senest 11. september.")


def _art(aid, text, date, lang, outlet=None):
    return Article(id=aid, title="", text=text, lang=lang, published=PartialDate.parse(date), outlet=outlet)


def _deadline(aid, value, sentence, cue="by"):
    return DateMention(aid, value, value, "day", "deadline", 0, 1, sentence, cue)


def _usa(aid, sentence, text="USA"):
    return EntityMention(aid, text, "LOC", 0, 3, sentence, "United States")


def _fig(aid, value, what, sentence, qualifier="exact", subject=""):
    return Figure(aid, str(value), float(value), 0, 1, sentence, what, qualifier, None, subject)


# --- hand-built -------------------------------------------------------------------------------------


def test_tolerance_is_tied_to_the_qualifier():
    assert granularity(2500) == 100 and granularity(2448) == 1 and granularity(9600) == 100
    about = figure_interval(2500, "about")
    assert values_agree(about, figure_interval(2500, "about"))
    assert values_agree(about, figure_interval(2500, "exact"))
    assert values_agree(about, figure_interval(2520, "exact"))
    assert not values_agree(about, figure_interval(2448, "exact"))  # close but distinct
    assert not values_agree(figure_interval(2500), figure_interval(2448))
    assert values_agree(figure_interval(90, "less_than"), figure_interval(100, "less_than"))
    assert not values_agree(figure_interval(100, "less_than"), figure_interval(250, "exact"))


def test_deadline_change_across_languages():
    s1 = "Biden har sat sig som mål, at tilbagetrækningen skal være fuldendt senest 11. september."
    s2 = "The United States will complete the withdrawal of its troops by September 11."
    s3 = "USA vil have afsluttet tilbagetrækningen inden udgangen af august."
    arts = [_art("a", s1, "2021-04-15", "da", "Ritzau"), _art("b", s2, "2021-04-29", "en", "NBC"),
            _art("c", s3, "2021-07-09", "da", "Ritzau")]
    exs = {
        "a": Extraction("a", entities=(_usa("a", s1),), dates=(_deadline("a", "2021-09-11", s1, "senest"),)),
        "b": Extraction("b", entities=(_usa("b", s2, "United States"),), dates=(_deadline("b", "2021-09-11", s2),)),
        "c": Extraction("c", entities=(_usa("c", s3),), dates=(_deadline("c", "2021-08-31", s3, "inden"),)),
    }
    facts = build_facts(arts, exs)
    assert len(facts) == 1
    f = facts[0]
    assert (f["subject"], f["attribute"], f["kind"]) == ("United States", "withdrawal deadline", "deadline")
    assert f["status"] == "changed"
    assert [v["value"] for v in f["values"]] == ["2021-09-11", "2021-08-31"]
    assert f["changes"] == [{"from": "2021-09-11", "to": "2021-08-31", "as_of": "2021-07-09"}]
    first = f["values"][0]
    assert first["article_ids"] == ["a", "b"] and first["outlets"] == ["NBC", "Ritzau"]
    assert {s["text"] for s in first["sentences"]} == {s1, s2}


def test_corroborated_needs_independent_outlets():
    s1 = "The United States maintains about 2,500 soldiers in Afghanistan."
    s2 = "De omkring 2500 amerikanske soldater i Afghanistan er en del af missionen."
    arts = [_art("a", s1, "2021-04-29", "en", "NBC"), _art("b", s2, "2021-04-29", "da", "Ritzau")]
    exs = {"a": Extraction("a", figures=(_fig("a", 2500, "soldiers", s1, "about", "United States"),)),
           "b": Extraction("b", figures=(_fig("b", 2500, "amerikanske soldater", s2, "about"),))}
    f = build_facts(arts, exs)[0]
    assert (f["subject"], f["attribute"], f["status"]) == ("United States", "soldiers", "corroborated")
    assert f["values"][0]["sources"] == 2 and f["values"][0]["languages"] == ["da", "en"]
    # the Danish article as a syndicated copy of the English one: one source only
    rows = [ArticleRow(arts[0], 1), ArticleRow(arts[1].with_(outlet="NBC copy"), 2, copy_of="a")]
    f = build_facts(rows, exs)[0]
    assert f["status"] == "single-source"


def test_conflicting_at_the_same_time_and_ambiguous_keys_dropped():
    s1 = "Germany has 1,300 troops in Afghanistan."
    s2 = "Germany has 1,100 troops in Afghanistan."
    s3 = "Fewer than 100 soldiers have left; several hundred soldiers remain; 9,600 soldiers in all."
    arts = [_art("a", s1, "2021-04-29", "en", "NBC"), _art("b", s2, "2021-04-29", "en", "CNN"),
            _art("c", s3, "2021-04-29", "en", "AP")]
    exs = {"a": Extraction("a", figures=(_fig("a", 1300, "troops", s1, subject="Germany"),)),
           "b": Extraction("b", figures=(_fig("b", 1100, "troops", s2, subject="Germany"),)),
           "c": Extraction("c", figures=(_fig("c", 100, "soldiers", s3, "less_than"), _fig("c", 9600, "soldiers", s3)))}
    facts = build_facts(arts, exs)
    assert [(f["subject"], f["status"]) for f in facts] == [("Germany", "conflicting")]


def test_superseded_value_is_older():
    s1 = "Former President Trump agreed a withdrawal that should be completed by May 1."
    s2 = "The United States will complete the withdrawal by September 11."
    art = _art("a", s1 + " " + s2, "2021-04-29", "en", "NBC")
    ex = Extraction("a", entities=(EntityMention("a", "United States", "LOC", 0, 1, s2, "United States"),
                                   EntityMention("a", "Trump", "PER", 0, 1, s1, "Donald Trump")),
                    dates=(_deadline("a", "2021-05-01", s1), _deadline("a", "2021-09-11", s2)))
    # s1 names no country: different subject, so two facts; with the country named they chain
    s1b = "Former President of the United States Trump agreed a withdrawal to be completed by May 1."
    ex2 = Extraction("a", entities=(_usa("a", s2, "United States"), _usa("a", s1b, "United States")),
                     dates=(_deadline("a", "2021-05-01", s1b), _deadline("a", "2021-09-11", s2)))
    assert len(build_facts([art], {"a": ex})) == 2
    f = build_facts([art], {"a": ex2})[0]
    assert f["status"] == "changed"
    assert [v["value"] for v in f["values"]] == ["2021-05-01", "2021-09-11"]
    assert f["values"][0]["superseded"] is True


# --- seeds through the extractors ----------------------------------------------------------------------


def _seed_articles():
    if not SEEDS.exists():
        pytest.skip("seeds not available")
    out = []
    for p, lang, outlet in zip(sorted(SEEDS.glob("*.txt")), ("da", "en", "da"), ("Ritzau", "NBC", "Ritzau")):
        raw = p.read_text(encoding="utf-8")
        m = re.match(r"\s*date\s+(\S+)\s", raw)
        out.append(Article(id=p.stem, title="", text=raw[m.end():], lang=lang,
                           published=PartialDate.parse(m.group(1)), outlet=outlet))
    return out


@pytest.mark.slow  # runs the extractors (spaCy models)
def test_seeds_withdrawal_deadline_changes_and_troops_corroborated():
    extract = pytest.importorskip("storyline.extract").extract
    april = _seed_articles()[:2]  # Danish April + English April-29
    july = _art("july", JULY_DA, "2021-07-08", "da", "Ritzau")
    arts = april + [july]
    facts = build_facts(arts, {a.id: extract(a) for a in arts})
    deadline = next(f for f in facts if f["kind"] == "deadline" and f["subject"] == "United States"
                    and f["attribute"] == "withdrawal deadline")
    assert deadline["status"] == "changed"
    values = [v["value"] for v in deadline["values"] if not v["superseded"]]
    assert values == ["2021-09-11", "2021-08-31"]
    sep = next(v for v in deadline["values"] if v["value"] == "2021-09-11" and not v["superseded"])
    assert {april[0].id, april[1].id} <= set(sep["article_ids"])
    aug = deadline["values"][-1]
    assert aug["article_ids"] == ["july"] and "udgangen af august" in aug["sentences"][0]["text"]
    assert {"from": "2021-09-11", "to": "2021-08-31", "as_of": "2021-07-08"} in deadline["changes"]

    troops = next(f for f in facts if f["subject"] == "United States" and f["attribute"] == "soldiers")
    assert troops["status"] == "corroborated"
    v = troops["values"][0]
    assert v["value"] == "2500" and v["outlets"] == ["NBC", "Ritzau"] and v["languages"] == ["da", "en"]


@pytest.mark.slow  # runs the extractors (spaCy models)
def test_all_three_seeds_keep_the_july_seed_deadline():
    extract = pytest.importorskip("storyline.extract").extract
    arts = _seed_articles()
    facts = build_facts(arts, {a.id: extract(a) for a in arts})
    deadline = next(f for f in facts if f["subject"] == "United States" and f["attribute"] == "withdrawal deadline")
    assert deadline["current"] == "2021-08-31" and deadline["status"] == "changed"
    for f in facts:  # every value links to its sentences and articles
        for v in f["values"]:
            assert v["article_ids"] and all(s["text"] and s["article_id"] in v["article_ids"] for s in v["sentences"])


def test_durations_are_not_tracked_and_a_bare_year_deadline_is_its_own_fact():
    s1 = "We have negotiated for four months, the union said. The deal must be ready by 1 June."
    s2 = "Nobody will be laid off before 2028 under the deal."
    s3 = "The mediator will not keep them in a room for two months. The deal must now be ready by 15 July."
    a1, a2 = _art("a1", s1, "2025-04-07", "en", "Kystavisen"), _art("a2", s2 + " " + s3, "2025-07-14", "en", "Wire")
    ex1 = Extraction("a1", figures=(_fig("a1", 4, "months", s1),),
                     dates=(DateMention("a1", "by 1 June", "2025-06-01", "day", "deadline", 0, 1, s1, "by"),))
    ex2 = Extraction("a2", figures=(_fig("a2", 2, "months", s3),),
                     dates=(DateMention("a2", "before 2028", "2028", "year", "deadline", 0, 1, s2, "before"),
                            DateMention("a2", "by 15 July", "2025-07-15", "day", "deadline", 0, 1, s3, "by")))
    facts = {f["attribute"]: f for f in build_facts([a1, a2], {"a1": ex1, "a2": ex2})}
    assert not any("month" in k for k in facts)  # "four months" and "two months" are not one changing fact
    assert [v["value"] for v in facts["agreement deadline"]["values"]] == ["2025-06-01", "2025-07-15"]
    assert facts["agreement deadline"]["status"] == "changed"
    assert facts["agreement deadline (year)"]["current"] == "2028"


def test_a_superseded_word_marks_only_the_date_after_it():
    s = "The original deadline was 1 June, but the parties agreed to extend it to 15 July."
    a = _art("a", s, "2025-07-14", "en", "Wire")
    ex = Extraction("a", dates=(DateMention("a", "1 June", "2025-06-01", "day", "deadline", 0, 1, s, "by"),
                                DateMention("a", "to 15 July", "2025-07-15", "day", "deadline", 0, 1, s, "to")))
    f = build_facts([a], {"a": ex})[0]
    assert [(v["value"], v["superseded"]) for v in f["values"]] == [("2025-06-01", True), ("2025-07-15", False)]
    assert f["status"] == "changed" and f["current"] == "2025-07-15"


def test_dead_and_people_killed_are_one_death_toll_across_languages():
    s1 = "Two people were killed, the district said."
    s2 = "Das Landratsamt bestätigte neun Todesopfer."
    a1, a2 = _art("a1", s1, "2025-05-20", "en", "Wire"), _art("a2", s2, "2025-06-02", "de", "Tagblatt")
    ex1 = Extraction("a1", figures=(_fig("a1", 2, "people", s1),))
    ex2 = Extraction("a2", figures=(_fig("a2", 9, "Todesopfer", s2),))
    f = build_facts([a1, a2], {"a1": ex1, "a2": ex2})
    assert [(x["attribute"], [v["value"] for v in x["values"]], x["status"]) for x in f] == \
        [("people killed", ["2", "9"], "changed")]


# --- facts.ledger.v3: what is not a fact, and what is one thing -----------------------------------


def test_distances_vague_quantities_years_and_bare_people_are_not_tracked():
    rows = [("a", "Ocurrió en una carretera a 12 kilómetros de Ras Lanuf.", 12, "kilómetros", "exact", "es"),
            ("b", "Las ciudades, a sólo 50 kilómetros al oeste de la capital.", 50, "kilómetros", "exact", "es"),
            ("a", "Des milliers de Libyens ont pénétré dans le camp.", 2000, "Libyens", "range", "fr"),
            ("b", "Des dizaines de milliers de Libyens ont marché.", 20000, "Libyens", "range", "fr"),
            ("a", "the biggest intervention since the 2003 invasion of Iraq", 2003, "invasion", "exact", "en"),
            ("b", "since the 2003 invasion of Iraq, the first", 2003, "invasion", "exact", "en"),
            ("a", "a city of 250,000 people", 250000, "people", "exact", "en"),
            ("b", "Thousands came to bury 18 people.", 18, "people", "exact", "en"),
            ("a", "seis meses después de la invasión", 6, "meses después", "exact", "es"),
            ("b", "tres meses después, la Liga", 3, "meses después", "exact", "es")]
    arts = {"a": _art("a", "x", "2011-03-18", "es", "El País"), "b": _art("b", "y", "2011-03-20", "es", "ABC")}
    figs = {"a": [], "b": []}
    for aid, sentence, value, what, qualifier, lang in rows:
        text = "2003" if value == 2003 else str(value)
        figs[aid].append(Figure(aid, text, float(value), 0, 1, sentence, what, qualifier, None, ""))
    exs = {aid: Extraction(aid, figures=tuple(fs)) for aid, fs in figs.items()}
    assert build_facts(list(arts.values()), exs) == []


def test_an_event_word_far_from_the_figure_does_not_make_a_death_toll():
    s1 = ("The Kandahar base, home to 3,000 soldiers from a dozen countries and regions, was shelled on "
          "Tuesday and 12 were killed.")
    s2 = ("The Kandahar base, home to 3,000 soldiers from many allied countries and regions, came under fire "
          "and two guards were killed.")
    arts = [_art("a", s1, "2011-03-16", "en", "AFP"), _art("b", s2, "2011-03-17", "en", "AP")]
    exs = {"a": Extraction("a", figures=(_fig("a", 3000, "soldiers", s1),)),
           "b": Extraction("b", figures=(_fig("b", 3000, "soldiers", s2),))}
    assert [(f["attribute"], f["status"]) for f in build_facts(arts, exs)] == [("soldiers", "corroborated")]


def test_figures_without_a_subject_are_one_fact_only_when_their_sentences_share_a_name():
    s1 = "Officials in Tripoli said 64 people had been killed overnight."
    s2 = "Hospital staff in Tripoli said 48 people had been killed overnight."
    s3 = "In Yefren the offensive left 9 people killed."
    arts = [_art("a", s1, "2011-03-20", "en", "Reuters"), _art("b", s2, "2011-03-20", "en", "AFP"),
            _art("c", s3, "2011-03-23", "en", "AP")]
    exs = {"a": Extraction("a", figures=(_fig("a", 64, "people", s1),)),
           "b": Extraction("b", figures=(_fig("b", 48, "people", s2),)),
           "c": Extraction("c", figures=(_fig("c", 9, "people", s3),))}
    facts = build_facts(arts, exs)
    assert [(f["attribute"], f["status"], sorted(v["value"] for v in f["values"])) for f in facts] == \
        [("people killed", "conflicting", ["48", "64"])]


def test_a_place_named_in_other_languages_is_one_name_and_the_dateline_is_none():
    s1 = "MUNICH (Reuters) - About 1,200 people were evacuated, the state interior ministry said."
    s2 = "Circa 1.200 persone sono state evacuate in Baviera, ha detto il ministro."
    s3 = "Inondations en Bavière : environ 1 200 personnes évacuées mardi."
    s4 = "In Sachsen wurden 300 Menschen evakuiert."
    arts = [_art("a", s1, "2024-06-04", "en", "Reuters"), _art("b", s2, "2024-06-04", "it", "Ansa"),
            _art("c", s3, "2024-06-04", "fr", "AFP"), _art("d", s4, "2024-06-04", "de", "dpa")]
    exs = {"a": Extraction("a", figures=(Figure("a", "1,200", 1200.0, 0, 1, s1, "people", "about", None, ""),)),
           "b": Extraction("b", figures=(Figure("b", "1.200", 1200.0, 0, 1, s2, "persone", "about", None, ""),)),
           "c": Extraction("c", figures=(Figure("c", "1 200", 1200.0, 0, 1, s3, "personnes évacuées", "about",
                                                None, ""),)),
           "d": Extraction("d", figures=(_fig("d", 300, "Menschen", s4),))}

    def ledger(ids):
        facts = build_facts([a for a in arts if a.id in ids], {k: v for k, v in exs.items() if k in ids})
        return [(f["status"], [(v["value"], v["article_ids"]) for v in f["values"]]) for f in facts
                if f["attribute"] == "people evacuated"]

    # Bavière and Baviera are one place, and the Munich dateline names nothing the report is about
    assert ledger("abc") == [("corroborated", [("1200", ["a", "b", "c"])])]
    # Saxony is another place: 300 there contradicts nothing
    assert ledger("bcd") == [("corroborated", [("1200", ["b", "c"])])]


# --- facts.ledger.v4: background figures --------------------------------------------------------


def test_a_figure_its_sentence_dates_years_back_is_background():
    """'In 2004 ... 30 people were killed' in a 2011 story is history, not a value of its death toll."""
    from storyline.extract import extract_batch

    a1 = _art("a1", "Four people were killed in Deraa on Friday. In 2004, Kurds in Deraa mounted violent protests "
                    "against the government in which 30 people were killed.", "2011-03-20", "en", "Reuters")
    a2 = _art("a2", "Six people were killed in Deraa on Wednesday, witnesses said.", "2011-03-24", "en", "AP")
    exs = {e.article_id: e for e in extract_batch([a1, a2])}
    assert any(f.value == 30 for f in exs["a1"].figures)  # extracted, with its date in the sentence
    tolls = [f for f in build_facts([a1, a2], exs) if f["attribute"] == "people killed"]
    assert [[v["value"] for v in f["values"]] for f in tolls] == [["4", "6"]]


def test_released_is_an_event_of_its_own():
    """'six protesters released' and '32 protesters' (arrested, far from the word) are two facts, not a change."""
    s1 = "She was detained in Deraa on charges of weakening national morale, along with 32 other protesters."
    s2 = "Authorities in Deraa released six female protesters on Wednesday."
    arts = [_art("a", s1, "2011-03-20", "en", "Reuters"), _art("b", s2, "2011-03-23", "en", "AP")]
    exs = {"a": Extraction("a", figures=(_fig("a", 32, "protesters", s1),)),
           "b": Extraction("b", figures=(_fig("b", 6, "protesters", s2),))}
    assert not any(f["status"] == "changed" for f in build_facts(arts, exs))


def test_deadlines_told_apart_by_their_count_by_their_clause_and_not_by_a_source():
    s1 = "Regeringen vil bygge 15.000 nye boliger inden udgangen af 2030."
    s2 = "Forhandlingerne begynder i næste uge, og et forlig skal være på plads senest 1. maj."
    s3 = "Ifølge aftalen skal de første 3.000 boliger være bygget inden udgangen af 2027."
    s4 = "The first 3,000 homes are due by the end of 2027, according to the agreement."
    arts = [_art("a", s1 + " " + s2, "2025-02-12", "da", "Ritzau"), _art("b", s3, "2025-04-30", "da", "DR"),
            _art("c", s4, "2025-04-30", "en", "Reuters")]
    exs = {"a": Extraction("a", figures=(Figure("a", "15.000", 15000.0, 0, 1, s1, "nye boliger", "exact", None, ""),),
                           dates=(_deadline("a", "2030-12-31", s1, "inden"),
                                  DateMention("a", "senest 1. maj", "2025-05-01", "day", "deadline", 0, 1, s2, "senest"))),
           "b": Extraction("b", figures=(Figure("b", "3.000", 3000.0, 0, 1, s3, "boliger", "exact", None, ""),),
                           dates=(_deadline("b", "2027-12-31", s3, "inden"),)),
           "c": Extraction("c", figures=(Figure("c", "3,000", 3000.0, 0, 1, s4, "homes", "exact", None, ""),),
                           dates=(_deadline("c", "2027-12-31", s4),))}
    facts = {f["attribute"]: (f["status"], [v["value"] for v in f["values"]]) for f in build_facts(arts, exs)}
    assert facts["deadline (3000)"] == ("corroborated", ["2027-12-31"])  # not a change of the 2030 one
    assert facts["deadline (15000)"] == ("single-source", ["2030-12-31"])
    assert facts["agreement deadline"] == ("single-source", ["2025-05-01"])  # the deal's, not the talks' start
    # "the first 3,000 homes" is a part of the 15,000, not a new value of it
    assert "boliger" not in facts or facts["boliger"][0] != "changed"


def test_a_rising_toll_reported_as_at_least_is_a_change_and_bounds_that_meet_agree():
    s1 = "At least 95 people were killed in Valencia, officials said."
    s2 = "The death toll in Valencia rose to 217 people killed."
    arts = [_art("a", s1, "2024-10-30", "en", "AP"), _art("b", s2, "2024-11-04", "en", "Reuters")]
    exs = {"a": Extraction("a", figures=(_fig("a", 95, "people", s1, "at_least"),)),
           "b": Extraction("b", figures=(_fig("b", 217, "people", s2),))}
    f = build_facts(arts, exs)
    assert [(x["attribute"], x["status"], [v["value"] for v in x["values"]]) for x in f] == \
        [("people killed", "changed", ["95", "217"])]
    assert values_agree(figure_interval(200, "more_than"), figure_interval(205, "at_least"))


def test_a_deadline_moved_again_and_again_is_one_changing_fact():
    from storyline.extract import extract

    docs = [("a", "2024-03-01", "The government set a deadline of 30 April for the tariff talks to conclude."),
            ("b", "2024-04-20", "The deadline for the tariff talks was moved from 30 April to 15 May, officials said."),
            ("c", "2024-05-10", "The tariff deadline has been pushed back to 1 June."),
            ("d", "2024-05-28", "The tariff deadline was extended again, from 1 June to 1 July.")]
    arts = [_art(aid, text, date, "en", "Outlet " + aid) for aid, date, text in docs]
    facts = build_facts(arts, {a.id: extract(a) for a in arts})
    deadlines = [f for f in facts if f["kind"] == "deadline"]
    assert [(f["status"], [v["value"] for v in f["values"]]) for f in deadlines] == \
        [("changed", ["2024-04-30", "2024-05-15", "2024-06-01", "2024-07-01"])]


def test_a_promise_postponed_and_negated_is_a_changed_deadline():
    from storyline.extract import extract

    a = _art("a", "Hun lover, at regeringen vil fremlægge en hjælpepakke inden udgangen af marts.", "2025-03-06", "da",
             "Ritzau")
    b = _art("b", "Hjælpepakke udskudt til april\n\nHjælpepakken bliver først præsenteret i midten af april og ikke "
                  "inden udgangen af marts, som statsministeren havde lovet.", "2025-03-28", "da", "DR")
    facts = build_facts([a, b], {x.id: extract(x) for x in (a, b)})
    assert [(f["status"], [v["value"] for v in f["values"]]) for f in facts if f["kind"] == "deadline"] == \
        [("changed", ["2025-03-31", "2025-04"])]


def test_a_launch_postponed_twice_is_one_changing_deadline_and_a_dateline_is_no_subject():
    s1 = "KOUROU, March 14 (Reuters) - The launch of the Halcyon probe has been postponed to April 9."
    s2 = "The launch of the Halcyon probe has been pushed back a second time, to April 29."
    arts = [_art("a", s1, "2025-03-14", "en", "Wire"), _art("b", s2, "2025-04-07", "en", "Review")]
    exs = {"a": Extraction("a", dates=(DateMention("a", "to April 9", "2025-04-09", "day", "deadline", 0, 1, s1, "to"),)),
           "b": Extraction("b", dates=(DateMention("b", "to April 29", "2025-04-29", "day", "deadline", 0, 1, s2, "to"),))}
    facts = build_facts(arts, exs)
    assert [(f["attribute"], f["status"], [v["value"] for v in f["values"]]) for f in facts] == \
        [("launch deadline", "changed", ["2025-04-09", "2025-04-29"])]


def _extracted_facts(arts):
    """``build_facts`` over the articles as the extract stage reads them."""
    from storyline.extract import extract

    return build_facts(arts, {a.id: extract(a) for a in arts})


def test_people_forced_from_their_homes_are_the_evacuated_count_across_languages():
    arts = [_art("en", "Rising rivers forced about 3,000 people to leave their homes in Bavaria.", "2024-06-02", "en"),
            _art("da", "Omkring 3.000 mennesker er blevet evakueret i Bayern.", "2024-06-03", "da"),
            _art("it", "In Baviera circa 3.000 persone sono state evacuate.", "2024-06-03", "it")]
    facts = _extracted_facts(arts)
    evacuated = [f for f in facts if "evacuated" in f["attribute"]]
    assert [(f["subject"], f["status"]) for f in evacuated] == [("", "corroborated")]
    assert {a for v in evacuated[0]["values"] for a in v["article_ids"]} == {"en", "da", "it"}


def test_one_moved_deadline_named_for_different_bodies_is_one_fact():
    arts = [_art("en", "Poland has moved the deadline for flood aid applications from October 15 to October 31.",
                 "2025-09-22", "en"),
            _art("pl", "Termin przesunięto z 15 października na 31 października, poinformowało Ministerstwo "
                       "Spraw Wewnętrznych i Administracji.", "2025-09-22", "pl")]
    deadlines = [f for f in _extracted_facts(arts) if f["kind"] == "deadline"]
    assert [(f["subject"], f["status"]) for f in deadlines] == [("Poland", "changed")]
    assert {a for v in deadlines[0]["values"] for a in v["article_ids"]} == {"en", "pl"}


def test_the_outlet_that_carried_a_figure_is_no_context_of_it():
    arts = [_art("en", "Nearly 3,000 soldiers are helping to reinforce the levees, the Polish Press Agency reported.",
                 "2025-09-18", "en"),
            _art("pl", "Blisko 3 tys. żołnierzy pomaga przy umacnianiu wałów, podaje PAP.", "2025-09-18", "pl")]
    soldiers = [f for f in _extracted_facts(arts) if f["attribute"] == "soldiers"]
    assert [(f["status"], f.get("context") or []) for f in soldiers] == [("corroborated", [])]
