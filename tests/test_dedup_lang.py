"""Near-duplicate signatures and language identification."""
from __future__ import annotations

from storyline import dedup
from storyline.lang import detect

WIRE = ("The port of Nordby remained closed on Thursday after dock workers rejected the latest offer, "
        "the union said. Talks are due to resume next week, and the employers want a deal by June 1. "
        "About 1,200 workers have been on strike since early March.")


def test_near_copy_scores_high_and_unrelated_low():
    copy = "Dock strike goes on. " + WIRE + " Shipping lines warned of weeks of delays."
    other = "Heavy rain swelled the river on Monday and 3,400 people left their homes, officials said."
    a, b, c = dedup.signature(WIRE), dedup.signature(copy), dedup.signature(other)
    assert dedup.similarity(a.values, b.values) >= 0.7
    assert dedup.similarity(a.values, c.values) < 0.2
    assert set(a.bands) & set(b.bands)  # retrieved through the LSH index
    match, sim = dedup.best_match(b, {"orig": a.values, "other": c.values}, 0.7)
    assert match == "orig" and sim >= 0.7


def test_signatures_are_stable_across_calls():
    assert dedup.signature(WIRE).bands == dedup.signature(WIRE).bands


def test_language_identification():
    assert detect(WIRE)[0] == "en"
    assert detect("Havnen i Nordby forblev lukket torsdag, efter at havnearbejderne afviste det seneste tilbud, "
                  "oplyser fagforeningen. Forhandlingerne genoptages i næste uge.")[0] == "da"
    assert detect("Der Hafen von Nordby blieb am Donnerstag geschlossen, nachdem die Hafenarbeiter das "
                  "jüngste Angebot abgelehnt hatten, teilte die Gewerkschaft mit.")[0] == "de"
    assert detect("El puerto de Nordby siguió cerrado el jueves después de que los estibadores rechazaran "
                  "la última oferta, informó el sindicato.")[0] == "es"
    assert detect("Le port de Nordby est resté fermé jeudi après le rejet de la dernière offre par les dockers, "
                  "a indiqué le syndicat.")[0] == "fr"


def test_short_or_mixed_text_is_und():
    assert detect("OK")[0] == "und"
    assert detect("12 345 678")[0] == "und"
    mixed = ("Der Hafen von Nordby blieb am Donnerstag geschlossen, sagte die Gewerkschaft. "
             "The port of Nordby remained closed on Thursday, the union said, and talks continue.")
    assert detect(mixed)[0] == "und"


def test_short_texts_use_the_trigram_models_with_a_higher_bar():
    from storyline import lang

    lang._detector.cache_clear()
    lang._family_detector.cache_clear()
    code, conf = detect("Le gouvernement a présenté aujourd'hui son projet de budget.")  # 60 characters
    assert code == "fr" and conf >= lang.SHORT_MIN_CONFIDENCE
    assert detect("The government presented its new budget proposal today.")[0] == "en"
    assert detect("OK then, see you")[0] == "und"  # too short to say
    # one detector, the trigram one: the high-accuracy models (~840 MB, ~10 s to load) stay unloaded
    assert lang._detector.cache_info().currsize == 1
    # Danish and Norwegian share most trigrams: the Scandinavian models alone tell them apart
    assert detect("Regeringen fremlagde i dag sit forslag til en ny finanslov.")[0] == "da"
    assert lang._family_detector.cache_info().currsize == 1
    misses = lang._detector.cache_info().misses
    lang._detector()
    assert lang._detector.cache_info().misses == misses
