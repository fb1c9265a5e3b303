"""Ukrainian: the language module on sentences written for these tests."""
from __future__ import annotations

from storyline.extract import extract
from storyline.extract.entities import canonicalise
from storyline.models import Article, PartialDate

TEXT = ("Повінь на Дністрі\n\n"
        "Президент Володимир Зеленський заявив у четвер, що уряд виділить 2,5 млрд грн на відновлення "
        "зруйнованих громад.\n\n"
        "«Ми не залишимо нікого без допомоги», — заявив прем'єр-міністр України Денис Шмигаль.\n\n"
        "Міністр внутрішніх справ Ігор Клименко сказав: «Ситуація в Одесі залишається дуже складною».\n\n"
        "— Дамби можуть не витримати, — сказав Укрінформу речник ДСНС Олександр Хорунжий.\n\n"
        "\"Вода почне спадати не раніше наступного тижня\", — додав він.\n\n"
        "За словами президента Володимира Зеленського, до операції залучено понад 1200 рятувальників і близько "
        "3 тис. військових. Як повідомляє УНІАН, евакуйовано щонайменше 1 500 осіб.\n\n"
        "Школи в регіоні залишаться зачиненими до кінця вересня, повідомило Міністерство освіти і науки.\n\n"
        "Заяви на допомогу можна подавати до 15 жовтня. Термін перенесли з 30 вересня на 15 жовтня.")


def _ex(text=TEXT, aid="uk"):
    return extract(Article(id=aid, title="", text=text, lang="uk", published=PartialDate.parse("2025-09-18")))


def test_ukrainian_quotes_speakers_and_relays():
    q = [(x.kind, x.speaker, x.relays, x.text) for x in _ex().quotes]
    assert q == [
        ("reported", "Володимир Зеленський", (), "уряд виділить 2,5 млрд грн на відновлення зруйнованих громад"),
        ("direct", "Денис Шмигаль", (), "Ми не залишимо нікого без допомоги"),  # title and country dropped
        ("direct", "Ігор Клименко", (), "Ситуація в Одесі залишається дуже складною"),
        # a dash quote; the outlet told in the dative is the relay, in the nominative
        ("direct", "Олександр Хорунжий", ("Укрінформ",), "Дамби можуть не витримати"),
        ("direct", "Олександр Хорунжий", ("Укрінформ",), "Вода почне спадати не раніше наступного тижня"),
        # "за словами" takes the genitive: the speaker is the nominative the article writes
        ("reported", "Володимир Зеленський", (), "до операції залучено понад 1200 рятувальників і близько 3 тис. "
                                                  "військових"),
        ("reported", "УНІАН", (), "евакуйовано щонайменше 1 500 осіб"),
        ("reported", "Міністерство освіти", (), "Школи в регіоні залишаться зачиненими до кінця вересня"),
    ]


def test_ukrainian_dates_deadlines_and_figures():
    ex = _ex()
    assert [(d.text, d.value, d.kind) for d in ex.dates] == [
        ("четвер", "2025-09-18", "event"),
        ("наступного тижня", "2025-09", "event"),
        ("до кінця вересня", "2025-09-30", "deadline"),
        ("до 15 жовтня", "2025-10-15", "deadline"),
        ("з 30 вересня", "2025-09-30", "deadline"),  # a deadline that moved: its old value
        ("на 15 жовтня", "2025-10-15", "deadline"),
    ]
    assert [(f.text, f.value, f.qualifier, f.unit, f.what) for f in ex.figures] == [
        ("2,5 млрд грн", 2.5e9, "exact", "₴", ""),
        ("понад 1200", 1200, "more_than", "", "рятувальників"),
        ("близько 3 тис.", 3000, "about", "", "військових"),
        ("щонайменше 1 500", 1500, "at_least", "", "осіб"),
    ]
    more = _ex("Три дні тому в Харкові оголосили тривогу. Уряд ухвалить рішення до п'ятниці. У березні 2025 року "
               "загинули 12 людей.")
    assert [(d.text, d.value, d.kind) for d in more.dates] == [
        ("Три дні тому", "2025-09-15", "event"), ("до п'ятниці", "2025-09-19", "deadline"),
        ("березні 2025", "2025-03", "event")]


def test_ukrainian_entities_inflected_and_across_languages():
    ms = {(m.text, m.label, m.canonical) for m in _ex().entities}
    assert {("Володимир Зеленський", "PER", "Володимир Зеленський"),
            ("Володимира Зеленського", "PER", "Володимир Зеленський"), ("України", "LOC", "Ukraine"),
            ("Одесі", "LOC", "Odesa"), ("Дністрі", "LOC", "Dniester"), ("Укрінформу", "ORG", "Ukrinform"),
            ("УНІАН", "ORG", "UNIAN"), ("ДСНС", "ORG", "ДСНС")} <= ms
    uk2 = _ex("Рішення ухвалили після зустрічі з президентом Зеленським у Києві.", aid="uk2")
    en = extract(Article(id="en", title="", lang="en",
                         text="President Volodymyr Zelensky said Ukraine would rebuild the towns flooded by the "
                              "Dniester. Polish Prime Minister Donald Tusk offered help."))
    uk3 = _ex("Прем'єр-міністр Польщі Дональд Туск запропонував допомогу.", aid="uk3")
    names = {e["name"]: e for e in canonicalise([*_ex().entities, *uk2.entities, *uk3.entities, *en.entities],
                                                {"uk": "uk", "uk2": "uk", "uk3": "uk", "en": "en"})}
    assert set(names["Donald Tusk"]["article_ids"]) == {"uk3", "en"}  # a short surname: equal skeletons
    # the Cyrillic name meets its Latin spelling; the instrumental of another article joins it
    assert set(names["Volodymyr Zelensky"]["article_ids"]) == {"uk", "uk2", "en"}
    assert set(names["Dniester"]["article_ids"]) == {"uk", "en"}
    assert names["Kyiv"]["aliases"] == ["Києві"]
