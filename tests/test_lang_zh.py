"""Chinese: the language module on sentences written for these tests (no spaces between words)."""
from __future__ import annotations

from storyline.extract import extract
from storyline.models import Article, PartialDate

TEXT = ("土耳其地震援助会议在安卡拉举行\n\n"
        "外交部发言人汪文斌周四表示，中方将向土耳其提供紧急人道主义援助。\n\n"
        "“我们将全力支持灾区重建。”土耳其总统埃尔多安说。\n\n"
        "联合国秘书长古特雷斯在记者会上说：“国际社会必须团结一致，帮助受灾民众。”\n\n"
        "据新华社报道，地震已造成至少217人死亡，逾1.2万人受伤，约2500名士兵参与救援。\n\n"
        "土耳其灾害与应急管理局局长对新华社记者表示，所有帐篷将在10月底前运抵灾区。\n\n"
        "援助物资的交付期限从11月15日推迟到11月30日。欧盟承诺提供106亿欧元援助。德国和法国昨天宣布追加5000万欧元。"
        "通胀上升了3%。下周四将在伊斯坦布尔举行第二次会议。")


def _ex(text: str = TEXT, published: str = "2024-10-31"):
    return extract(Article(id="zh", title="", text=text, lang="zh", published=PartialDate.parse(published)))


def test_chinese_dates_deadlines_and_a_deadline_that_moves():
    assert [(d.text, d.value, d.kind) for d in _ex().dates] == [
        ("周四", "2024-10-31", "event"),
        ("10月底前", "2024-10-31", "deadline"),  # the month's end, then the postposition "before"
        ("从11月15日", "2024-11-15", "deadline"),  # moved from ...
        ("到11月30日", "2024-11-30", "deadline"),  # ... to
        ("昨天", "2024-10-30", "event"),
        ("下周四", "2024-11-07", "event"),  # Thursday of next week
    ]


def test_chinese_years_months_edges_and_relative_expressions():
    text = ("会议于2024年10月31日举行，援助将在今年年底前到位，明年3月底完成重建。上周四和3天前都有余震，"
            "两周后还将开会。2023年的地震后，他10月31日前往安卡拉。")
    assert [(d.text, d.value, d.kind) for d in _ex(text).dates] == [
        ("2024年10月31日", "2024-10-31", "event"),
        ("今年年底前", "2024-12-31", "deadline"),
        ("明年", "2025", "event"), ("3月底", "2025-03", "event"),
        ("上周四", "2024-10-24", "event"), ("3天前", "2024-10-28", "event"), ("两周后", "2024-11", "event"),
        ("2023年", "2023", "event"),
        ("10月31日", "2024-10-31", "event"),  # "前往" (to go to) is no deadline
    ]


def test_chinese_figures_glued_to_words_with_scales_classifiers_and_qualifiers():
    assert [(f.text, f.value, f.qualifier, f.unit, f.what) for f in _ex().figures] == [
        ("至少217", 217.0, "at_least", "", "人"),
        ("逾1.2万", 12000.0, "more_than", "", "人"),  # 万 = 10,000
        ("约2500", 2500.0, "about", "", "士兵"),  # the classifier 名 between the number and the noun
        ("106亿欧元", 10.6e9, "exact", "€", ""),  # 亿 = 10^8
        ("5000万欧元", 50e6, "exact", "€", ""),
        ("3%", 3.0, "exact", "%", ""),
    ]
    more = [(f.text, f.value, f.qualifier, f.what) for f in _ex("已有2500多名志愿者和300顶帐篷抵达，第3天仍有余震。").figures]
    assert more == [("2500多", 2500.0, "more_than", "志愿者"), ("300", 300.0, "exact", "帐篷")]  # "第3天" is an ordinal


def test_chinese_quotes_in_both_orders_reported_speech_relay_and_according_to():
    assert [(q.kind, q.speaker, q.relays, q.text) for q in _ex().quotes] == [
        ("reported", "汪文斌", (), "中方将向土耳其提供紧急人道主义援助"),  # X表示，… (title and weekday dropped)
        ("direct", "埃尔多安", (), "我们将全力支持灾区重建。"),  # “…”X说。
        ("direct", "古特雷斯", (), "国际社会必须团结一致，帮助受灾民众。"),  # X在…说：“…”
        ("reported", "Xinhua", (), "地震已造成至少217人死亡，逾1.2万人受伤，约2500名士兵参与救援"),  # 据新华社报道，…
        ("reported", "土耳其灾害与应急管理局局长", ("Xinhua",), "所有帐篷将在10月底前运抵灾区"),  # 对新华社记者表示
    ]


def test_chinese_pronoun_speaker_and_tail_attribution():
    text = "“援助已经送达。”埃尔多安总统的发言人说。救援工作将持续到年底，他说。"
    assert [(q.kind, q.speaker, q.text) for q in _ex(text).quotes] == [
        ("direct", "埃尔多安总统的发言人", "援助已经送达。"), ("reported", "埃尔多安总统的发言人", "救援工作将持续到年底")]


def test_chinese_sentences_end_at_full_width_stops_without_spaces():
    from storyline.extract.sentences import split_sentences

    text = "援助已经送达。救援还在继续！还需要多少帐篷？"
    assert [text[a:b] for a, b in split_sentences(text, "zh")] == ["援助已经送达。", "救援还在继续！", "还需要多少帐篷？"]


def test_chinese_entities_from_gazetteer_and_titled_speakers():
    got = [(e.text, e.label, e.canonical) for e in _ex().entities]
    assert got == [
        ("土耳其", "LOC", "Turkey"), ("安卡拉", "LOC", "Ankara"), ("汪文斌", "PER", "汪文斌"),
        ("土耳其", "LOC", "Turkey"), ("土耳其", "LOC", "Turkey"), ("埃尔多安", "PER", "埃尔多安"),
        ("联合国", "ORG", "United Nations"), ("古特雷斯", "PER", "古特雷斯"), ("新华社", "ORG", "Xinhua"),
        ("土耳其灾害与应急管理局", "ORG", "AFAD"), ("新华社", "ORG", "Xinhua"), ("欧盟", "ORG", "European Union"),
        ("德国", "LOC", "Germany"), ("法国", "LOC", "France"), ("伊斯坦布尔", "LOC", "Istanbul"),
    ]


def test_chinese_entities_meet_the_english_article():
    from storyline.extract.entities import canonicalise

    en = Article(id="en", title="", lang="en", text=(
        "The European Union and Germany pledged aid at the conference in Ankara, the United Nations said. "
        "Turkey will host a second meeting in Istanbul."))
    names = {e["name"]: e for e in canonicalise(list(_ex().entities) + list(extract(en).entities))}
    for name in ("European Union", "Germany", "Ankara", "United Nations", "Turkey", "Istanbul"):
        assert set(names[name]["article_ids"]) == {"zh", "en"}, name
