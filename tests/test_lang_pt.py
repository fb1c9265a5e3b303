"""Portuguese: the language module on sentences written for these tests."""
from __future__ import annotations

from storyline.extract import extract
from storyline.models import Article, PartialDate

# published on a Wednesday
TEXT = ("Greve nos portos de Portugal\n\n"
        "Cerca de 2.500 estivadores estão em greve desde terça-feira, disse na quarta-feira o ministro das "
        "Infraestruturas, Joaquim Ferreira.\n\n"
        "«Não vamos aceitar estas condições», disse à agência Lusa o presidente do Sindicato dos Estivadores, "
        "Rui Matos Cardoso.\n\n"
        "A ministra do Mar, Helena Costa, afirmou que o Governo vai apresentar um plano. “A situação é grave”, "
        "declarou a ministra em Lisboa.\n\n"
        "Rui Matos Cardoso disse: \"Temos dezenas de navios parados em Sines e ninguém nos ouve.\"\n\n"
        "Segundo o Sindicato dos Estivadores, os patrões propõem um aumento de apenas 3 por cento. Segundo "
        "Fernando Vaz, a greve vai durar.\n\n"
        "O Governo aprovou 10,6 mil milhões de euros para o setor, a gastar até ao final de agosto. A greve "
        "começou há três dias. Mais de 60 navios aguardam ao largo.\n\n"
        "O prazo para um acordo foi adiado de 14 de março para 21 de março. A ministra vai reunir-se com os "
        "operadores na segunda-feira.")


def _ex():
    return extract(Article(id="pt", title="", text=TEXT, lang="pt", published=PartialDate.parse("2025-03-12")))


def test_portuguese_dates_deadlines_that_move_and_relative_days():
    dates = {(d.text, d.value, d.kind) for d in _ex().dates}
    assert dates >= {
        ("terça-feira", "2025-03-11", "reference"),  # "desde terça-feira"
        ("quarta-feira", "2025-03-12", "event"),
        ("até ao final de agosto", "2025-08-31", "deadline"),
        ("há três dias", "2025-03-09", "event"),
        ("de 14 de março", "2025-03-14", "deadline"),  # the deadline's old value ...
        ("para 21 de março", "2025-03-21", "deadline"),  # ... and its new one
        ("segunda-feira", "2025-03-17", "event"),  # "vai reunir-se": the coming Monday
    }


def test_portuguese_figures_qualifiers_scales_and_units():
    figs = {f.text: f for f in _ex().figures}
    assert (figs["Cerca de 2.500"].value, figs["Cerca de 2.500"].qualifier, figs["Cerca de 2.500"].what) == (
        2500, "about", "estivadores")
    big = figs["10,6 mil milhões de euros"]  # "mil milhões" is 10^9, "de euros" its currency
    assert (big.value, big.unit) == (10.6e9, "€")
    assert (figs["3 por cento"].value, figs["3 por cento"].unit) == (3, "%")
    assert (figs["Mais de 60"].value, figs["Mais de 60"].qualifier, figs["Mais de 60"].what) == (60, "more_than", "navios")
    assert not any(f.text in ("milhões", "mil") for f in _ex().figures)  # a scale is no second figure


def test_portuguese_quotes_speakers_and_relays():
    q = [(x.kind, x.speaker, x.text, x.relays) for x in _ex().quotes]
    assert q == [
        # "…, disse na terça-feira o ministro …, Joaquim Ferreira.": the name after the description
        ("reported", "Joaquim Ferreira", "Cerca de 2.500 estivadores estão em greve desde terça-feira", ()),
        ("direct", "Rui Matos Cardoso", "Não vamos aceitar estas condições", ("Lusa",)),
        ("reported", "Helena Costa", "o Governo vai apresentar um plano", ()),
        ("direct", "Helena Costa", "A situação é grave", ()),  # "declarou a ministra": the minister named before
        ("direct", "Rui Matos Cardoso", "Temos dezenas de navios parados em Sines e ninguém nos ouve.", ()),
        ("reported", "Sindicato dos Estivadores", "os patrões propõem um aumento de apenas 3 por cento", ()),
        ("reported", "Fernando Vaz", "a greve vai durar", ()),
    ]
    outlets = Article(id="pt2", title="", lang="pt", text="O Governo aprovou o plano, informou a agência Lusa. "
                      "O governo liberou verbas para a reconstrução, segundo a Agência Brasil.")
    assert [q.speaker for q in extract(outlets).quotes] == ["Lusa", "Agência Brasil"]


def test_portuguese_entities_and_their_english_counterparts():
    from storyline.extract.entities import canonicalise

    ms = list(_ex().entities)
    found = {(m.text, m.label, m.canonical) for m in ms}
    assert found >= {("Joaquim Ferreira", "PER", "Joaquim Ferreira"), ("Lusa", "ORG", "Lusa"),
                     ("Sindicato dos Estivadores", "ORG", "Sindicato dos Estivadores"),
                     ("Lisboa", "LOC", "Lisbon"), ("Portugal", "LOC", "Portugal"),
                     ("Helena Costa", "PER", "Helena Costa")}
    assert not any(m.text.startswith(("Infraestruturas", "Vamos")) for m in ms)
    en = Article(id="en", title="", text="Infrastructure Minister Joaquim Ferreira said in Lisbon that Portugal "
                                         "would present a plan.", lang="en")
    names = {e["name"]: e for e in canonicalise(ms + list(extract(en).entities))}
    for name in ("Portugal", "Lisbon", "Joaquim Ferreira"):
        assert set(names[name]["article_ids"]) == {"pt", "en"}, name
