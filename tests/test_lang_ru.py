"""Russian: the language module on sentences written for these tests."""
from __future__ import annotations

from storyline.extract import extract
from storyline.models import Article, PartialDate

TEXT = ("Наводнение в Испании\n\n"
        "Число погибших в провинции превысило 150 человек, сообщили в четверг местные власти.\n\n"
        "«Мы не оставим никого в беде», — заявил премьер-министр Испании Педро Санчес.\n\n"
        "Правительство выделит 10,6 млрд евро на помощь пострадавшим до конца ноября, передает ТАСС. "
        "Около 1200 военных участвуют в операции.\n\n"
        "Спасатели работают круглосуточно, сообщил источник в МЧС.")


def _ex():
    return extract(Article(id="ru", title="", text=TEXT, lang="ru", published=PartialDate.parse("2024-10-31")))


def test_russian_dates_deadlines_and_figures():
    ex = _ex()
    assert {(d.text, d.value, d.kind) for d in ex.dates} >= {("четверг", "2024-10-31", "event"),
                                                             ("до конца ноября", "2024-11-30", "deadline")}
    figs = {f.value: f for f in ex.figures}
    assert figs[10.6e9].unit == "€" and figs[1200].qualifier == "about"


def test_russian_quotes_speakers_and_relays():
    q = [(x.kind, x.speaker, x.text) for x in _ex().quotes]
    assert ("direct", "Педро Санчес", "Мы не оставим никого в беде") in q  # title and country dropped
    assert ("reported", "источник в МЧС", "Спасатели работают круглосуточно") in q


def test_russian_entities_meet_their_latin_spelling():
    from storyline.extract.entities import canonicalise

    en = Article(id="en", title="", text="Prime Minister Pedro Sánchez said Spain would not leave anyone alone.",
                 lang="en")
    ms = list(_ex().entities) + list(extract(en).entities)
    names = {e["name"]: e for e in canonicalise(ms)}
    assert set(names["Spain"]["article_ids"]) == {"ru", "en"}
    assert set(names["Pedro Sánchez"]["article_ids"]) == {"ru", "en"}
    assert ("ТАСС", "ORG") in {(m.text, m.label) for m in ms}
