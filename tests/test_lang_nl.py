"""Dutch: the language module on sentences written for these tests."""
from __future__ import annotations

from storyline.extract import extract
from storyline.models import Article, PartialDate

# published on a Tuesday
TEXT = ("Staking in de Rotterdamse haven\n\n"
        "ROTTERDAM - Ruim 1.200 havenwerkers in Rotterdam hebben dinsdag het werk neergelegd. De staking treft "
        "vier containerterminals, meldt persbureau ANP.\n\n"
        "\"We laten ons niet langer afschepen\", zei vakbondsbestuurder Marieke de Vries van FNV Havens tegen "
        "persbureau ANP.\n\n"
        "Volgens de vakbond willen de werkgevers de lonen met slechts 3 procent verhogen. Minister-president "
        "Jeroen Bakker riep beide partijen op om uiterlijk eind augustus een akkoord te sluiten. “Het is van "
        "groot belang dat de haven open blijft”, aldus Bakker.\n\n"
        "Directeur Pieter Hendriks van het Havenbedrijf Rotterdam zegt dat de terminals vrijdag weer open "
        "kunnen gaan.\n\n"
        "Het kabinet trekt 10,6 miljard euro uit voor de haven. Dat zegt minister Sanne Visser van "
        "Infrastructuur.\n\n"
        "Het ultimatum is verschoven van 14 maart naar 21 maart. Drie dagen geleden begon het overleg en vorige "
        "week was er nog contact. Meer dan 40 schepen liggen voor anker.\n\n"
        "De minister zei: \"Wij bemoeien ons niet met de onderhandelingen.\"\n\n"
        "Donderdag zei Visser dat de partijen op 20 maart opnieuw praten in Den Haag.")


def _ex():
    return extract(Article(id="nl", title="", text=TEXT, lang="nl", published=PartialDate.parse("2025-03-11")))


def test_dutch_dates_deadlines_that_move_and_relative_days():
    dates = {(d.text, d.value, d.kind) for d in _ex().dates}
    assert dates >= {
        ("dinsdag", "2025-03-11", "event"),
        ("uiterlijk eind augustus", "2025-08-31", "deadline"),
        ("vrijdag", "2025-03-14", "event"),  # "dat de terminals vrijdag weer open kunnen gaan": the coming one
        ("van 14 maart", "2025-03-14", "deadline"),  # the ultimatum's old value ...
        ("naar 21 maart", "2025-03-21", "deadline"),  # ... and its new one
        ("Drie dagen geleden", "2025-03-08", "event"),
        ("vorige week", "2025-03", "event"),
        ("Donderdag", "2025-03-06", "event"),  # "Donderdag zei Visser": a past Thursday
        ("20 maart", "2025-03-20", "event"),
    }


def test_dutch_figures_qualifiers_scales_and_units():
    figs = {f.text: f for f in _ex().figures}
    assert (figs["Ruim 1.200"].value, figs["Ruim 1.200"].qualifier, figs["Ruim 1.200"].what) == (
        1200, "more_than", "havenwerkers")
    assert (figs["vier"].value, figs["vier"].what) == (4, "containerterminals")
    assert (figs["3 procent"].value, figs["3 procent"].unit) == (3, "%")
    assert (figs["10,6 miljard euro"].value, figs["10,6 miljard euro"].unit) == (10.6e9, "€")
    # the counted noun, not the verb after it ("40 schepen | liggen voor anker")
    assert (figs["Meer dan 40"].value, figs["Meer dan 40"].qualifier, figs["Meer dan 40"].what) == (
        40, "more_than", "schepen")


def test_dutch_quotes_speakers_and_relays():
    q = [(x.kind, x.speaker, x.text, x.relays) for x in _ex().quotes]
    assert q == [
        ("reported", "ANP", "De staking treft vier containerterminals", ()),  # "meldt persbureau ANP"
        # "van FNV Havens" says whom she is with; "tegen persbureau ANP" who relayed it
        ("direct", "Marieke de Vries", "We laten ons niet langer afschepen", ("ANP",)),
        ("direct", "Jeroen Bakker", "Het is van groot belang dat de haven open blijft", ()),  # "…", aldus Bakker
        ("reported", "Pieter Hendriks", "de terminals vrijdag weer open kunnen gaan", ()),  # "X zegt dat …"
        # "Dat zegt X": what was said is the sentence before
        ("reported", "Sanne Visser", "Het kabinet trekt 10,6 miljard euro uit voor de haven", ()),
        ("direct", "Sanne Visser", "Wij bemoeien ons niet met de onderhandelingen.", ()),  # "De minister zei: …"
        ("reported", "Sanne Visser", "de partijen op 20 maart opnieuw praten in Den Haag", ()),  # V2: "Donderdag zei X"
    ]


def test_dutch_volgens_names_the_source_and_a_name_ends_at_its_last_capital():
    art = Article(id="nl2", title="", lang="nl", published=PartialDate.parse("2025-03-11"),
                  text="\"Wij gaan door\", zei Marieke de Vries tegen persbureau ANP. Volgens Jan de Boer duurt de "
                       "staking nog weken.")
    # a particle never ends a name ("Jan de Boer du…"), and a relay stops at the full stop ("ANP. Volgens")
    assert [(q.kind, q.speaker, q.relays) for q in extract(art).quotes] == [
        ("direct", "Marieke de Vries", ("ANP",)), ("reported", "Jan de Boer", ())]


def test_dutch_entities_and_their_english_counterparts():
    from storyline.extract.entities import canonicalise

    ms = list(_ex().entities)
    found = {(m.text, m.label, m.canonical) for m in ms}
    assert found >= {("Marieke de Vries", "PER", "Marieke de Vries"), ("ANP", "ORG", "ANP"),
                     ("FNV", "ORG", "FNV"), ("Rotterdam", "LOC", "Rotterdam"),
                     ("Havenbedrijf Rotterdam", "ORG", "Havenbedrijf Rotterdam"),
                     ("Jeroen Bakker", "PER", "Jeroen Bakker"), ("Sanne Visser", "PER", "Sanne Visser"),
                     ("Den Haag", "LOC", "The Hague")}
    # no title, portfolio or affiliation glued to a name, no adverb opening a sentence after a dateline
    assert not any(m.text.startswith(("Vakbondsbestuurder", "Infrastructuur ", "Ruim")) or " van FNV" in m.text
                   for m in ms)
    en = Article(id="en", title="", text="Dutch Prime Minister Jeroen Bakker met union official Marieke de Vries "
                                         "in Rotterdam on Tuesday.", lang="en")
    names = {e["name"]: e for e in canonicalise(ms + list(extract(en).entities))}
    for name in ("Jeroen Bakker", "Marieke de Vries", "Rotterdam"):
        assert set(names[name]["article_ids"]) == {"nl", "en"}, name
