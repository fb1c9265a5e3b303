"""Polish: the language module on sentences written for these tests."""
from __future__ import annotations

from storyline.extract import extract
from storyline.extract.entities import canonicalise
from storyline.extract.quotes import extract_quotes
from storyline.models import Article, PartialDate

TEXT = ("Powódź na Odrze\n\n"
        "Premier Donald Tusk powiedział w czwartek, że rząd przeznaczy 10,6 mld zł na odbudowę zalanych gmin.\n\n"
        "„Nikogo nie zostawimy bez pomocy” – powiedział premier Donald Tusk po posiedzeniu sztabu kryzysowego "
        "we Wrocławiu.\n\n"
        "Minister spraw wewnętrznych Tomasz Siemoniak powiedział: „Sytuacja na Odrze jest bardzo poważna”.\n\n"
        "Wojewoda dolnośląski Maciej Awiżeń poinformował, że ewakuowano około 2,5 tys. mieszkańców.\n\n"
        "– Wały są przesiąknięte i mogą nie wytrzymać – powiedział PAP rzecznik straży pożarnej Karol Kierzkowski.\n\n"
        "\"Woda będzie opadać najwcześniej w przyszłym tygodniu\" – dodał.\n\n"
        "Według IMGW fala kulminacyjna dotrze do Wrocławia w sobotę. Jak podaje PAP, w akcji bierze udział "
        "ponad 1200 strażaków i blisko 3 tys. żołnierzy.\n\n"
        "Szkoły w regionie pozostaną zamknięte do końca września, przekazało Ministerstwo Edukacji Narodowej.\n\n"
        "Wnioski o pomoc można składać do 15 października. Termin przesunięto z 30 września na 15 października.")


def _ex(text=TEXT, aid="pl", lang="pl"):
    return extract(Article(id=aid, title="", text=text, lang=lang, published=PartialDate.parse("2025-09-18")))


def _quotes(text):
    return [(q.kind, q.speaker, q.relays, q.text) for q in extract_quotes(
        Article(id="q", title="", text=text, lang="pl", published=PartialDate.parse("2025-09-18")))]


def test_polish_quotes_in_both_word_orders_with_speakers_and_relays():
    q = [(x.kind, x.speaker, x.relays, x.text) for x in _ex().quotes]
    assert q == [
        ("reported", "Donald Tusk", (), "rząd przeznaczy 10,6 mld zł na odbudowę zalanych gmin"),
        ("direct", "Donald Tusk", (), "Nikogo nie zostawimy bez pomocy"),
        # a title's genitive complement is no part of the name
        ("direct", "Tomasz Siemoniak", (), "Sytuacja na Odrze jest bardzo poważna"),
        ("reported", "Maciej Awiżeń", (), "ewakuowano około 2,5 tys. mieszkańców"),
        # a dash quote; the outlet told in the bare dative is the relay
        ("direct", "Karol Kierzkowski", ("PAP",), "Wały są przesiąknięte i mogą nie wytrzymać"),
        # '– dodał.' names nobody: Polish drops the subject, the speaker is the one named before
        ("direct", "Karol Kierzkowski", ("PAP",), "Woda będzie opadać najwcześniej w przyszłym tygodniu"),
        ("reported", "IMGW", (), "Według IMGW fala kulminacyjna dotrze do Wrocławia w sobotę."),
        ("reported", "PAP", (), "w akcji bierze udział ponad 1200 strażaków i blisko 3 tys. żołnierzy"),
        ("reported", "Ministerstwo Edukacji Narodowej", (), "Szkoły w regionie pozostaną zamknięte do końca września"),
    ]


def test_polish_quote_marks_relays_and_inflected_speakers():
    assert _quotes("«Jesteśmy gotowi na każdy scenariusz» – oświadczył szef MSZ Radosław Sikorski.") == [
        ("direct", "Radosław Sikorski", (), "Jesteśmy gotowi na każdy scenariusz")]
    assert _quotes("„Pomoc dotrze do wszystkich poszkodowanych” – powiedziała w rozmowie z PAP "
                   "rzeczniczka wojewody Anna Nowak.") == [
        ("direct", "Anna Nowak", ("PAP",), "Pomoc dotrze do wszystkich poszkodowanych")]
    # "według" takes the genitive: the speaker is the nominative the article writes
    text = ("Premier Donald Tusk odwiedził w piątek Opole. Według premiera Donalda Tuska odbudowa mostów "
            "potrwa dwa lata.")
    assert _quotes(text) == [("reported", "Donald Tusk", (), text.split(". ", 1)[1])]
    # a fronted time phrase is no part of the speaker
    assert _quotes("W czwartek wojewoda Maciej Awiżeń poinformował, że wały na Odrze są bezpieczne.") == [
        ("reported", "Maciej Awiżeń", (), "wały na Odrze są bezpieczne")]


def test_polish_dates_and_deadlines():
    ds = [(d.text, d.value, d.kind) for d in _ex().dates]
    assert ds == [
        ("czwartek", "2025-09-18", "event"),  # "w czwartek": the article's own Thursday
        ("w przyszłym tygodniu", "2025-09", "event"),  # the week of 22-28 September
        ("sobotę", "2025-09-20", "event"),  # "dotrze ... w sobotę": the coming Saturday
        ("do końca września", "2025-09-30", "deadline"),
        ("do 15 października", "2025-10-15", "deadline"),
        # a deadline that moves: the old value after "z", the new one after "na"
        ("z 30 września", "2025-09-30", "deadline"),
        ("na 15 października", "2025-10-15", "deadline"),
    ]
    more = _ex("Rząd przedstawi plan najpóźniej do piątku. Trzy dni temu padał deszcz, a za trzy miesiące "
               "ruszy odbudowa. Powódź zaczęła się 14 września, a wały naprawiono w marcu 2025 r. "
               "Wczoraj sejm przyjął ustawę.")
    assert [(d.text, d.value, d.kind) for d in more.dates] == [
        ("najpóźniej do piątku", "2025-09-19", "deadline"),
        ("Trzy dni temu", "2025-09-15", "event"),
        ("za trzy miesiące", "2025-12", "event"),
        ("14 września", "2025-09-14", "event"),
        ("marcu 2025", "2025-03", "event"),
        ("Wczoraj", "2025-09-17", "event"),
    ]


def test_polish_figures_with_qualifiers_scales_and_units():
    figs = {f.value: (f.text, f.qualifier, f.unit, f.what) for f in _ex().figures}
    assert figs == {
        10.6e9: ("10,6 mld zł", "exact", "zł", ""),
        2500: ("około 2,5 tys.", "about", "", "mieszkańców"),
        1200: ("ponad 1200", "more_than", "", "strażaków"),
        3000: ("blisko 3 tys.", "about", "", "żołnierzy"),
    }
    more = {f.value: (f.text, f.qualifier, f.unit, f.what) for f in _ex(
        "Inflacja wyniosła 3 proc. Na miejscu pracuje co najmniej 1 200 policjantów, a ewakuowano "
        "mniej niż 1.500 osób. Straty sięgają 2 mln euro.").figures}
    assert more == {
        3: ("3 proc.", "exact", "%", ""),
        1200: ("co najmniej 1 200", "at_least", "", "policjantów"),
        1500: ("mniej niż 1.500", "less_than", "", "osób"),
        2e6: ("2 mln euro", "exact", "€", ""),
    }


def test_polish_entities_inflected_places_and_people():
    ms = {(m.text, m.label, m.canonical) for m in _ex().entities}
    assert {("Donald Tusk", "PER", "Donald Tusk"), ("Tomasz Siemoniak", "PER", "Tomasz Siemoniak"),
            ("Karol Kierzkowski", "PER", "Karol Kierzkowski"), ("Wrocławiu", "LOC", "Wroclaw"),
            ("Wrocławia", "LOC", "Wroclaw"), ("Odrze", "LOC", "Oder"), ("PAP", "ORG", "Polish Press Agency"),
            ("Ministerstwo Edukacji Narodowej", "ORG", "Ministerstwo Edukacji Narodowej")} <= ms
    assert not any(text == "Sytuacja" for text, _, _ in ms)  # a quotation's first word is no name
    more = {(m.text, m.label, m.canonical) for m in _ex(
        "Premier Donald Tusk rozmawiał z kanclerzem Niemiec. Według premiera Donalda Tuska pomoc "
        "dla Polski i Ukrainy jest gotowa. Spotkanie z premierem Tuskiem odbyło się w Polsce.").entities}
    assert {("Donalda Tuska", "PER", "Donald Tusk"), ("Tuskiem", "PER", "Tusk"), ("Niemiec", "LOC", "Germany"),
            ("Polski", "LOC", "Poland"), ("Ukrainy", "LOC", "Ukraine"), ("Polsce", "LOC", "Poland")} <= more


def test_polish_and_english_articles_meet_on_one_entity():
    pl = _ex()
    pl2 = _ex("Decyzję ogłosiła kancelaria premiera Tuska w Warszawie.", aid="pl2")
    en = extract(Article(id="en", title="", lang="en",
                         text="Prime Minister Donald Tusk said Poland would rebuild the flooded towns near Wroclaw."))
    ms = [*pl.entities, *pl2.entities, *en.entities]
    names = {e["name"]: e for e in canonicalise(ms, {"pl": "pl", "pl2": "pl", "en": "en"})}
    # "premiera Tuska" in an article that never writes the nominative joins the story's Donald Tusk
    assert set(names["Donald Tusk"]["article_ids"]) == {"pl", "pl2", "en"}
    assert set(names["Wroclaw"]["article_ids"]) == {"pl", "en"}
    assert names["Warsaw"]["aliases"] == ["Warszawie"]
    # without the articles' languages the inflected name stays apart
    assert "Tuska" in {e["name"] for e in canonicalise(ms)}


BORDER = ("MSWiA poinformowało we wtorek, że przejścia w Terespolu i Kukurykach zostaną zamknięte do odwołania.\n\n"
          "– To decyzja podyktowana bezpieczeństwem państwa – mówi Jan Kowalski, mieszkaniec Terespola.\n\n"
          "„Zamykamy granicę, bo tego wymaga sytuacja” – oświadczyła rzeczniczka Straży Granicznej "
          "ppor. Anna Michalska w rozmowie z TVN24.\n\n"
          "Jak poinformował Związek Pracodawców Transport i Logistyka Polska, na granicy czeka ok. 3 tys. ciężarówek.\n\n"
          "Szef MSWiA Tomasz Siemoniak zapowiedział w środę, że przejścia pozostaną zamknięte co najmniej do "
          "30 listopada.\n\n"
          "Ponad 5 tys. funkcjonariuszy pełni służbę na wschodniej granicy z Białorusią, a koszt operacji to "
          "1,2 mld złotych rocznie.")


def test_polish_border_story_speakers_behind_bodies_and_ranks():
    ex = _ex(BORDER, aid="border")
    assert [(q.kind, q.speaker, q.relays, q.text) for q in ex.quotes] == [
        ("reported", "MSWiA", (), "przejścia w Terespolu i Kukurykach zostaną zamknięte do odwołania"),
        ("direct", "Jan Kowalski", (), "To decyzja podyktowana bezpieczeństwem państwa"),
        # a title, the body's name in the genitive and a rank before the name
        ("direct", "Anna Michalska", ("TVN24",), "Zamykamy granicę, bo tego wymaga sytuacja"),
        # "Jak poinformował X, ...": what was said follows the source
        ("reported", "Związek Pracodawców Transport i Logistyka Polska", (), "na granicy czeka ok. 3 tys. ciężarówek"),
        ("reported", "Tomasz Siemoniak", (), "przejścia pozostaną zamknięte co najmniej do 30 listopada"),
    ]
    assert [(d.text, d.value, d.kind) for d in ex.dates] == [
        ("wtorek", "2025-09-16", "event"), ("środę", "2025-09-17", "event"),
        ("do 30 listopada", "2025-11-30", "deadline")]
    # the counted noun ends the phrase ("funkcjonariuszy | pełni"); "rocznie" counts nothing
    assert [(f.value, f.what, f.unit) for f in ex.figures] == [
        (3000, "ciężarówek", ""), (5000, "funkcjonariuszy", ""), (1.2e9, "", "zł")]
    ms = {(m.text, m.label, m.canonical) for m in ex.entities}
    assert {("MSWiA", "ORG", "MSWiA"), ("Tomasz Siemoniak", "PER", "Tomasz Siemoniak"),
            ("Anna Michalska", "PER", "Anna Michalska"), ("TVN24", "ORG", "TVN24"),
            ("Białorusią", "LOC", "Belarus"),
            ("Związek Pracodawców Transport i Logistyka Polska", "ORG",
             "Związek Pracodawców Transport i Logistyka Polska")} <= ms


def test_polish_and_english_figures_meet_in_the_facts_and_names_across_spellings():
    from storyline.facts import build_facts

    pl = Article(id="pl", title="", lang="pl", published=PartialDate.parse("2025-09-18"), outlet="pap.pl",
                 text="\"Wały wytrzymały napór wody\" – oświadczył prezydent Wrocławia Jacek Sutryk. Jak podaje PAP, w akcji "
                      "bierze udział blisko 3 tys. żołnierzy. Wiceminister Czesław Mroczek był na miejscu.")
    en = Article(id="en", title="", lang="en", published=PartialDate.parse("2025-09-18"), outlet="example.com",
                 text="Nearly 3,000 soldiers were deployed, the Polish Press Agency reported. Deputy minister "
                      "Czeslaw Mroczek visited the site.")
    exs = {a.id: extract(a) for a in (pl, en)}
    # the city between the title and the name is no part of either
    assert [q.speaker for q in exs["pl"].quotes][0] == "Jacek Sutryk"
    assert {("Wrocławia", "LOC", "Wroclaw"), ("Jacek Sutryk", "PER", "Jacek Sutryk")} <= {
        (m.text, m.label, m.canonical) for m in exs["pl"].entities}
    # both sentences name the Polish Press Agency, one by its abbreviation: one count of soldiers
    soldiers = [f for f in build_facts([pl, en], exs) if f["attribute"] == "soldiers"]
    assert [(f["status"], [v["value"] for v in f["values"]]) for f in soldiers] == [("corroborated", ["3000"])]
    names = {e["name"]: e for e in canonicalise([m for ex in exs.values() for m in ex.entities])}
    assert set(names["Czeslaw Mroczek"]["article_ids"]) == {"pl", "en"}  # "ł" spelt "l"
