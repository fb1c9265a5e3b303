"""Figures: seeds (read in place from ../shared/seeds, skipped when absent) and own sentences."""
from __future__ import annotations

import pytest



from storyline.extract.figures import extract_figures
from storyline.models import Article, PartialDate

from conftest import seed_article as seed


def figs(text: str, lang: str) -> list:
    return extract_figures(Article(id="t", title="", text=text, lang=lang, published=PartialDate.parse("2021-04-29")))


def by_value(figures, value):
    hits = [f for f in figures if f.value == value]
    assert hits, f"no figure {value} in {[(f.text, f.value) for f in figures]}"
    return hits[0]


def test_seed_000_danish_figures():
    f = extract_figures(seed("000", "da"))
    f2500 = by_value(f, 2500)
    assert f2500.qualifier == "about" and f2500.what == "amerikanske soldater"
    assert by_value(f, 9600).qualifier == "about"
    assert by_value(f, 100).qualifier == "less_than"
    several = [x for x in f if x.qualifier == "range"]
    assert several and several[0].value == 200 and several[0].value_max == 999
    assert not [x for x in f if 1900 <= x.value <= 2100], "a year was taken for a figure"
    assert not [x for x in f if x.value == 11], "the day of a date was taken for a figure"


def test_seed_004_danish_figures():
    f = extract_figures(seed("004", "da"))
    assert by_value(f, 347).what == "flygtninge"
    assert by_value(f, 2).what == "babyer"
    assert by_value(f, 20722).what == "amerikanere"
    assert [x for x in f if x.text == "flere end 200"][0].qualifier == "more_than"
    assert not [x for x in f if x.value in (2001, 2011)]


def test_seed_002_english_figures():
    f = extract_figures(seed("002", "en"))
    s = by_value(f, 2500)
    assert s.what == "soldiers" and s.qualifier == "about"
    t = by_value(f, 1300)
    assert t.what == "troops" and t.subject == "Germany"
    assert by_value(f, 895).subject == "Italy"
    assert by_value(f, 750).subject == "United Kingdom"
    assert not [x for x in f if x.value in (11, 14, 1, 4)], "days of dates are not figures"


def test_locale_separators():
    f = figs("Derudover er 20.722 amerikanere blevet såret, og prisen steg 2,5 procent.", "da")
    assert by_value(f, 20722).what == "amerikanere"
    assert by_value(f, 2.5).unit == "%"
    assert by_value(figs("The army has 2,500 soldiers and 2.5 percent more.", "en"), 2500).what == "soldiers"
    assert by_value(figs("Environ 2 500 soldats sont partis.", "fr"), 2500).qualifier == "about"
    assert by_value(figs("Rund 20.722 Soldaten, etwa 2,5 Prozent.", "de"), 2.5).unit == "%"


def test_number_words_scales_and_qualifiers():
    en = figs("Two babies died and up to 1.5 million people fled; several hundred soldiers stayed.", "en")
    assert by_value(en, 2).what == "babies"
    big = by_value(en, 1_500_000)
    assert big.qualifier == "at_most" and big.what == "people"
    assert by_value(en, 200).value_max == 999
    da = figs("Tre hundrede soldater og mere end 40 fly rejste hjem.", "da")
    assert by_value(da, 300).what == "soldater"
    assert by_value(da, 40).qualifier == "more_than"
    assert by_value(figs("Zwei Babys starben.", "de"), 2).what == "Babys"


def test_not_figures():
    f = figs("Det er 20-årsdagen for angrebet 11. september 2001. Mødet var kl. 14.30 i 2011, og han tog 3. pladsen.", "da")
    assert f == [], [(x.text, x.value) for x in f]
    f = figs("In 2001 the meeting on September 11 started at 10:30.", "en")
    assert f == [], [(x.text, x.value) for x in f]
    assert by_value(figs("Der kom 2000 soldater.", "da"), 2000).what == "soldater"


def test_what_a_figure_counts_stops_at_negations_and_times_of_day():
    import datetime as dt

    from storyline.extract.figures import extract_figures
    from storyline.models import Article, PartialDate

    def what(text: str, lang: str) -> list[str]:
        a = Article(id="w", title="", text=text, lang=lang, published=PartialDate(dt.date(2025, 4, 7)))
        return [f.what for f in extract_figures(a)]

    assert what("Mandag morgen mødte 1.200 havnearbejdere ikke op til første skift.", "da") == ["havnearbejdere"]
    assert what("I havnen lå 23 skibe mandag eftermiddag for anker.", "da") == ["skibe"]
    assert what("Some 300 firefighters not yet relieved stayed on.", "en") == ["firefighters"]


def test_a_capitalised_german_noun_is_not_a_subject_but_a_known_name_is():
    import datetime as dt

    from storyline.extract.figures import extract_figures
    from storyline.models import Article, PartialDate

    def subjects(text: str) -> list[str]:
        a = Article(id="s", title="", text=text, lang="de", published=PartialDate(dt.date(2025, 6, 2)))
        return [f.subject for f in extract_figures(a)]

    assert subjects("Berichte über elf Tote machten am Montag die Runde.") == [""]
    assert subjects("Deutschland hat 1.300 Soldaten in Afghanistan.") == ["Deutschland"]


def test_numbers_inside_names_and_codes_are_not_figures():
    f = figs("Three B-2 bombers, Mirage 2000Ds and F-16 jets struck; COVID-19 cases rose; the 21st soldier "
             "fell; 40 planes took part and the convoy drove 10km.", "en")
    assert sorted(x.value for x in f) == [3.0, 10.0, 40.0]
    assert by_value(f, 10.0).text == "10"


def test_page_furniture_code_and_site_notices_yield_nothing():
    """A crawled page's comment policy, tax id and tracking code are not news: the extract stage
    (``extract_batch``) keeps nothing from those lines, and keeps the article's own figures."""
    from storyline.extract import extract_batch

    text = ("Siria, la repressione continua\n"
            "Almeno 20 persone sono state uccise venerdì a Homs, secondo gli attivisti.\n"
            "Gentile lettore, la pubblicazione dei commenti è sospesa dalle 20 alle 9, i commenti per ogni "
            "articolo saranno al massimo 150.\n"
            "- C.F. e P.IVA 10460121006\n"
            "n.version = '2.0';\n"
            "s = b.getElementsByTagName(e)[0];\n"
            "fbq('init', '123456');\n"
            "Se han publicado 4 comentarios")
    (ex,) = extract_batch([Article(id="p", title="", text=text, lang="it", published=PartialDate.parse("2011-08-22"))])
    assert [f.value for f in ex.figures] == [20]
    assert all(d.start < text.index("Gentile") for d in ex.dates)
    assert ex.version.startswith("extract.v4")


def test_news_that_mentions_social_media_keeps_its_figures():
    from storyline.extract import extract_batch

    text = "Trump said in a tweet on Friday that tariffs of 25 percent would start on March 1."
    (ex,) = extract_batch([Article(id="n", title="", text=text, lang="en", published=PartialDate.parse("2019-02-22"))])
    assert [f.value for f in ex.figures] == [25] and ex.dates


def test_a_sentence_opening_word_is_a_subject_only_when_it_is_a_known_name():
    assert [(f.value, f.subject) for f in figs("Mueren dos personas en los enfrentamientos de El Cairo.", "es")] == [(2, "")]
    assert [(f.value, f.subject) for f in figs("Italy 895 soldiers remain in the country.", "en")] == [(895, "Italy")]


def test_italian_sei_is_six_only_where_a_number_stands():
    def figs(text):
        return [(f.value, f.what) for f in extract_figures(Article(id="t", title="", text=text, lang="it"))]
    # "sei" is also "you are": no figure in a reader's comment
    assert figs("Tu che sei sempre così prudente, dimmi cosa ne pensi.") == []
    assert figs("Ti sei fatto prendere in giro un'altra volta.") == []
    assert figs("Sei stato colpito dalla stessa sindrome.") == []
    assert figs("Non sei ancora in grado di capirlo.") == []
    # after an article, a preposition or a qualifier, or opening a sentence before a plural noun
    assert figs("Ieri i sei consiglieri sono arrivati tardi.") == [(6.0, "consiglieri")]
    assert figs("Sono morte circa sei persone.") == [(6.0, "persone")]
    assert figs("Sei soldati sono stati feriti al confine.") == [(6.0, "soldati")]


def test_romance_prepositions_end_what_a_figure_counts():
    def what(text, lang):
        return [f.what for f in extract_figures(Article(id="t", title="", text=text, lang=lang))]
    assert what("Il partito ha ottenuto 316 voti nella votazione di ieri.", "it") == ["voti"]
    assert what("La justicia abrió 18 procesos judiciales contra el exministro.", "es") == ["procesos judiciales"]
    assert what("Trois mois après le début de la révolte, la ville est tombée.", "fr") == ["mois"]


@pytest.mark.parametrize("lang,text,what", [
    ("en", "Hundreds of thousands of people marched in Cairo.", "people"),
    ("fr", "Des centaines de milliers de manifestants ont défilé.", "manifestants"),
    ("es", "Cientos de miles de personas marcharon.", "personas"),
    ("it", "Centinaia di migliaia di persone sono scese in piazza.", "persone"),
    ("da", "Hundredtusindvis af mennesker demonstrerede.", "mennesker"),
    ("de", "Hunderttausende Menschen demonstrierten.", "Menschen"),
])
def test_hundreds_of_thousands_is_one_range(lang, text, what):
    figs = extract_figures(Article(id="x", title="", text=text, lang=lang))
    assert [(f.value, f.value_max, f.qualifier, f.what) for f in figs] == [(200000, 999999, "range", what)]


@pytest.mark.parametrize("lang, text, value, what", [
    ("fr", "Le bilan des inondations s'est alourdi jeudi à 158 morts.", 158, "morts"),
    ("es", "La DANA deja al menos 95 muertos en Valencia.", 95, "muertos"),
    ("it", "Alluvione a Valencia, i morti salgono a 217", 217, "morti"),
    ("en", "The death toll rose to 217, officials said.", 217, "dead"),
    ("de", "Die Zahl der Todesopfer ist auf mindestens 205 gestiegen.", 205, "Todesopfer"),
    ("da", "Dødstallet er steget til 64.", 64, "døde"),
    ("de", "Rund 1.700 Soldaten helfen bei den Aufräumarbeiten.", 1700, "Soldaten"),
    ("es", "Decenas de personas siguen desaparecidas.", 20, "personas"),
    ("en", "About 90 people remain missing.", 90, "people"),
])
def test_what_a_count_counts_the_dead_a_toll_and_no_verbs(lang, text, value, what):
    assert by_value(figs(text, lang), value).what == what


def test_a_german_amount_ending_in_a_verb_counts_nothing():
    f = by_value(figs("Die Regierung will ein Hilfspaket von 10,6 Milliarden Euro beschließen.", "de"), 10.6e9)
    assert f.what == "" and f.unit == "€"


def test_a_language_without_our_data_ends_the_counted_phrase_at_spacys_stop_words():
    # (Czech: Polish, the example here before, has a module of its own now)
    f = by_value(figs("Vláda vyčlení 10,6 mld eur na pomoc pro postižené.", "cs"), 10.6)
    assert f.what == "mld eur"


def test_clock_times_are_not_counts():
    fs = figs("Vandstanden ventes at toppe omkring klokken 22 med 2,1 meter over daglig vande.", "da")
    assert [f.value for f in fs] == [2.1]
    assert [f.value for f in figs("Die Sitzung beginnt um 22 Uhr mit 40 Abgeordneten.", "de")] == [40]


def test_unit_phrases_of_several_words_and_no_second_figure_from_a_scale():
    text = "El Gobierno aprobó 10,6 millones de euros, un 25 por ciento más."
    f = extract_figures(Article(id="t", title="", text=text, lang="es"))
    assert [(x.text, x.value, x.unit) for x in f] == [("10,6 millones de euros", 10.6e6, "€"),
                                                      ("25 por ciento", 25, "%")]


def test_a_scale_counts_the_noun_after_its_linking_word():
    f = extract_figures(Article(id="t", title="", text="Unos 3,5 millones de personas han huido.", lang="es"))
    assert [(x.value, x.what) for x in f] == [(3.5e6, "personas")]


def test_a_place_after_a_preposition_of_place_is_no_subject():
    from storyline.extract import extract
    from storyline.models import Article, PartialDate

    text = "In Baviera circa 3.000 persone sono state evacuate. La Germania 1.300 soldati, l'Italia 895."
    ex = extract(Article(id="it", title="", text=text, lang="it", published=PartialDate.parse("2024-06-03")))
    subjects = {f.value: f.subject for f in ex.figures}
    assert subjects[3000.0] == ""


def test_headline_thousands_is_a_range_and_a_scale_is_never_a_second_figure():
    from storyline.extract import extract
    from storyline.models import Article, PartialDate

    def figs(text, lang="en"):
        ex = extract(Article(id="h", title="", text=text, lang=lang, published=PartialDate.parse("2024-06-02")))
        return [(f.text, f.value, f.value_max) for f in ex.figures]

    assert figs("Floods force thousands from homes in southern Germany") == [("thousands", 2000, 9999)]
    assert figs("The repairs cost 3 millions.") == [("3 millions", 3e6, None)]


def test_english_names_of_other_currencies_are_units_not_what_is_counted():
    from storyline.extract import extract
    from storyline.models import Article, PartialDate

    ex = extract(Article(id="c", title="", lang="en", published=PartialDate.parse("2025-09-16"),
                         text="The government will spend 10.6 billion zlotys on rebuilding flooded towns."))
    assert [(f.value, f.unit, f.what) for f in ex.figures] == [(10.6e9, "zł", "")]


def test_scaled_values_carry_no_binary_noise():
    from storyline.extract.figures import extract_figures
    from storyline.models import Article, PartialDate

    for lang, text, want in (("da", "Regeringen afsætter 4,1 milliarder kroner til vejene.", 4_100_000_000),
                             ("en", "The plan costs 4.1 billion dollars and 0.7 million euros.", 4_100_000_000),
                             ("sv", "Staten satsar 2,3 miljoner kronor.", 2_300_000)):
        art = Article(id="t", title="", text=text, lang=lang, published=PartialDate.parse("2024-05-01"))
        values = [f.value for f in extract_figures(art)]
        assert want in values, (text, values)
        assert all(v == round(v, 6) for v in values), values
