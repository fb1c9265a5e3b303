"""Norwegian: the language module on sentences written for these tests."""
from __future__ import annotations

from storyline.extract import extract
from storyline.extract.lang import get_lang
from storyline.models import Article, PartialDate

# published on Wednesday 17 January 2024
TEXT = ("Stormen Ylva stengte Øresundsbroen\n\n"
        "Øresundsbroen ble stengt for all trafikk i tirsdag etter at stormen nådde orkan styrke over Skåne.\n\n"
        "– Vi kan ikke ta noen sjanser med sikkerheten, sier pressesjef Anna Lindqvist i Øresundsbron til NTB.\n\n"
        "– Det verste er trolig over, la hun til.\n\n"
        "«Vi følger situasjonen time for time», sier statsminister Jonas Gahr Støre (Ap).\n\n"
        "Rundt 2 500 reisende måtte overnatte i Malmö, opplyser politiet.\n\n"
        "Skadene anslås til over 1,2 milliarder kroner, ifølge Aftenposten.\n\n"
        "Politiet opplyste onsdag at to personer er pågrepet i Bergen. Det bekrefter Statens vegvesen overfor VG.\n\n"
        "Åpningen er utsatt fra torsdag til lørdag, opplyser selskapet. Broen skal inspiseres innen utgangen av "
        "januar. Ledigheten i regionen steg med 3 prosent for tre uker siden, og et nytt møte holdes neste fredag.\n\n"
        "(©NTB)")


def _ex(text: str = TEXT, lang: str = "nb"):
    return extract(Article(id="nb", title="", text=text, lang=lang, published=PartialDate.parse("2024-01-17")))


def test_norwegian_codes_share_one_module():
    for code in ("nb", "no", "nn", "nb-NO", "no_NO", "NN"):
        assert get_lang(code).__name__.endswith(".nb"), code
    names = {n for n in dir(get_lang("en")) if n.isupper()}
    assert names <= {n for n in dir(get_lang("nb")) if n.isupper()}
    # an article declared "no" (a feed's "Norwegian") reads as one declared "nb"
    assert _ex(lang="no").quotes == _ex(lang="nb").quotes


def test_norwegian_text_is_detected_as_bokmal():
    from storyline.lang import detect

    assert detect(TEXT)[0] == "nb"
    assert detect("Rundt 2 500 reisende måtte overnatte i Malmö etter at stormen stengte broen, "
                  "opplyser politiet.")[0] == "nb"


def test_norwegian_quotes_speakers_and_relays():
    q = [(x.kind, x.speaker, x.relays, x.text) for x in _ex().quotes]
    assert q == [
        # the dash quote: title dropped, "i Øresundsbron" is where she works, the outlet after "til",
        # and the "(©NTB)" byline as the outermost relay
        ("direct", "Anna Lindqvist", ("NTB",), "Vi kan ikke ta noen sjanser med sikkerheten"),
        # "…, la hun til": the pronoun is the speaker before
        ("direct", "Anna Lindqvist", ("NTB",), "Det verste er trolig over"),
        ("direct", "Jonas Gahr Støre", ("NTB",), "Vi følger situasjonen time for time"),
        # "…, opplyser politiet"
        ("reported", "politiet", ("NTB",), "Rundt 2 500 reisende måtte overnatte i Malmö"),
        # "…, ifølge X"
        ("reported", "Aftenposten", ("NTB",), "Skadene anslås til over 1,2 milliarder kroner"),
        # "X opplyste onsdag at …"
        ("reported", "Politiet", ("NTB",), "to personer er pågrepet i Bergen"),
        # "Det bekrefter X overfor VG": what was confirmed is the sentence before
        ("reported", "Statens vegvesen", ("VG", "NTB"), "Politiet opplyste onsdag at to personer er pågrepet i Bergen"),
        ("reported", "selskapet", ("NTB",), "Åpningen er utsatt fra torsdag til lørdag"),
    ]


def test_norwegian_dates_and_a_deadline_that_moves():
    d = [(x.text, x.value, x.kind) for x in _ex().dates]
    assert d == [
        ("i tirsdag", "2024-01-16", "event"),  # the Tuesday gone by
        ("onsdag", "2024-01-17", "event"),
        # "utsatt fra torsdag til lørdag" on a Wednesday: tomorrow was the deadline, Saturday is
        ("fra torsdag", "2024-01-18", "deadline"),
        ("til lørdag", "2024-01-20", "deadline"),
        ("innen utgangen av januar", "2024-01-31", "deadline"),
        ("for tre uker siden", "2023-12", "event"),
        ("neste fredag", "2024-01-19", "event"),
    ]
    more = [(x.text, x.value, x.kind) for x in _ex("Broen åpner senest fredag. Politiet varslet i går kveld at "
                                                   "broen er stengt til fredag, og om to dager kommer en ny "
                                                   "vurdering.").dates]
    assert more == [("senest fredag", "2024-01-19", "deadline"), ("i går kveld", "2024-01-16", "event"),
                    ("stengt til fredag", "2024-01-19", "deadline"), ("om to dager", "2024-01-19", "event")]


def test_norwegian_figures_qualifiers_and_units():
    figs = {f.value: (f.qualifier, f.unit, f.what) for f in _ex().figures}
    assert figs == {
        2500: ("about", "", "reisende"),  # "2 500": a space groups thousands; "måtte" ends the phrase
        1.2e9: ("more_than", "NOK", ""),  # "over 1,2 milliarder kroner"
        2: ("exact", "", "personer"),
        3: ("exact", "%", ""),
    }
    more = {f.value: (f.qualifier, f.unit, f.what) for f in _ex(
        "Forsvaret sender nesten 1 200 soldater. Minst 12 døde, og utbedringene koster 25 mrd. kroner. "
        "Tusenvis av mennesker ble evakuert.").figures}
    assert more == {1200: ("about", "", "soldater"), 12: ("at_least", "", "døde"), 25e9: ("exact", "NOK", ""),
                    2000: ("range", "", "mennesker")}


def test_norwegian_entities_meet_english_and_danish_ones():
    from storyline.extract.entities import canonicalise

    ex = _ex()
    ents = {(e.text, e.label, e.canonical) for e in ex.entities}
    assert {("Anna Lindqvist", "PER", "Anna Lindqvist"), ("Jonas Gahr Støre", "PER", "Jonas Gahr Støre"),
            ("Statens vegvesen", "ORG", "Norwegian Public Roads Administration"), ("Bergen", "LOC", "Bergen"),
            ("Ap", "ORG", "Arbeiderpartiet"), ("NTB", "ORG", "NTB"), ("VG", "ORG", "VG")} <= ents
    en = Article(id="en", title="", lang="en",
                 text="Norwegian Prime Minister Jonas Gahr Støre said the bridge to Sweden would reopen on Saturday.")
    da = Article(id="da", title="", lang="da",
                 text="Norges statsminister Jonas Gahr Støre siger, at broen til Sverige åbner igen lørdag.")
    nb2 = Article(id="nb2", title="", lang="nb",
                  text="Statsminister Jonas Gahr Støre sier at broen til Sverige åpner igjen lørdag.")
    ms = [m for a in (en, da, nb2) for m in extract(a).entities] + list(ex.entities)
    names = {e["name"]: e for e in canonicalise(ms)}
    assert set(names["Jonas Gahr Støre"]["article_ids"]) == {"nb", "nb2", "en", "da"}
    assert set(names["Sweden"]["article_ids"]) == {"nb2", "en", "da"}
    assert names["Labour Party (Norway)"]["type"] == "ORG"  # "(Ap)": the party's name, through the gazetteer


# --- extractor changes made for Swedish and Norwegian, checked where they also apply ------------------


def test_a_moved_deadline_reads_its_weekdays_forward_in_danish_too():
    art = Article(id="da", title="", lang="da", published=PartialDate.parse("2024-01-17"),
                  text="Genåbningen er udskudt fra torsdag til lørdag, oplyser selskabet. Broen lukkede tirsdag.")
    assert [(d.text, d.value, d.kind) for d in extract(art).dates] == [
        ("fra torsdag", "2024-01-18", "deadline"), ("til lørdag", "2024-01-20", "deadline"),
        ("tirsdag", "2024-01-16", "event")]
    # the built-in weekday modifiers of the languages without WEEKDAY_MODIFIERS are unchanged
    en = Article(id="en", title="", lang="en", published=PartialDate.parse("2024-01-17"),
                 text="The talks resume next Wednesday. They broke down last Wednesday.")
    assert [d.value for d in extract(en).dates] == ["2024-01-24", "2024-01-10"]
