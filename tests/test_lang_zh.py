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


# --- numbers and dates in Chinese numerals --------------------------------------------------------

NUMERALS_TEXT = ("据当地政府通报，洪水已造成十二人死亡、二十三名儿童失踪，约一万五千人被紧急转移。"
                 "军方派出三千名士兵和两百辆卡车，另有三百多人仍被困。")


def _figures(text: str):
    return [(f.text, f.value, f.qualifier, f.what, f.start, f.end) for f in _ex(text).figures]


def test_chinese_figures_in_numerals_with_classifiers_counted_nouns_and_qualifiers():
    got = _figures(NUMERALS_TEXT)
    assert got == [
        ("十二", 12.0, "exact", "人", 13, 15),  # a leading 十 is 一十
        ("二十三", 23.0, "exact", "儿童", 19, 22),
        ("约一万五千", 15000.0, "about", "人", 28, 33),  # 万 closes a group: 1 x 10^4 + 5000
        ("三千", 3000.0, "exact", "士兵", 44, 46),  # the classifier 名 between the number and the noun
        ("两百", 200.0, "exact", "卡车", 50, 52),  # 两 = 2
        ("三百多", 300.0, "more_than", "人", 58, 61),  # 多 after the number: more than
    ]
    assert all(NUMERALS_TEXT[a:b] == t for t, *_, a, b in got)  # offsets are the text's own


def test_chinese_numerals_with_scales_zero_decimals_percent_currency_and_mixed_forms():
    text = ("欧盟宣布提供三点五亿欧元援助，一千零五户家庭受灾，五十万人无家可归，百分之三十的学校停课。"
            "红十字会派出3千名志愿者，捐款壹仟贰佰元。")
    assert [(f.text, f.value, f.unit, f.what) for f in _ex(text).figures] == [
        ("三点五亿欧元", 3.5e8, "€", ""),  # 点 is the decimal point, 亿 = 10^8
        ("一千零五", 1005.0, "", "户"),  # 零 holds the empty hundreds and tens
        ("五十万", 500000.0, "", "人"),
        ("百分之三十", 30.0, "%", ""),
        ("3千", 3000.0, "", "志愿者"),  # digits before a numeral unit
        ("壹仟贰佰元", 1200.0, "¥", ""),  # the financial forms
    ]
    assert [(f.text, f.value, f.qualifier, f.what) for f in _ex("百余人受伤，千余名灾民获救，三十多万人受灾。").figures] == [
        ("百余", 100.0, "more_than", "人"), ("千余", 1000.0, "more_than", "灾民"),
        ("三十多万", 300000.0, "more_than", "人"),  # the qualifier between the number and its scale
    ]


def test_chinese_numeral_characters_inside_words_are_no_figures():
    text = ("一些居民一起回到家中，万一再次发生余震，政府将统一安排。这是第一次，也是唯一的一次。"
            "他十分担心，一直在等待。一名官员表示，受灾人数十分有限。五角大楼和二十国集团都没有回应。"
            "第三名救援人员随后抵达，三分之一的道路中断，下午三点五十分恢复供电。")
    got = _ex(text)
    assert not got.figures  # 一名 is "an official": 一 alone is an article as much as a number
    assert not got.dates
    months = _ex("一月和三月都有降雨，星期三又发生余震。")
    assert not months.figures and [d.text for d in months.dates] == ["一月", "三月", "星期三"]


def test_chinese_vague_quantities_stay_ranges():
    text = "周三有数千人返回，上千名志愿者参与救援，几十人受伤，十几万人仍在安置点，损失达数百万欧元。"
    assert [(f.text, f.value, f.value_max, f.qualifier, f.what) for f in _ex(text).figures] == [
        ("数千", 2000.0, 9999.0, "range", "人"),
        ("上千", 1000.0, 9999.0, "range", "志愿者"),
        ("几十", 20.0, 99.0, "range", "人"),
        ("十几万", 110000.0, 190000.0, "range", "人"),  # a scale after a range multiplies it
        ("数百万欧元", 2e6, 9.99e6, "range", ""),
    ]


def test_chinese_dates_in_numerals_deadlines_and_a_day_alone():
    text = ("会议于二〇二四年十月三十一日举行，所有帐篷将在十一月底前运抵灾区。三十一日，救援队抵达。"
            "十二天前发生余震，两周后还将开会。二〇二五年三月底前完成重建。大坝于2024年10月开始泄洪，十月三十一日水位回落。")
    got = _ex(text)
    assert [(d.text, d.value, d.kind) for d in got.dates] == [
        ("二〇二四年十月三十一日", "2024-10-31", "event"),  # the year written digit by digit
        ("十一月底前", "2024-11-30", "deadline"),
        ("三十一日", "2024-10-31", "event"),  # a day alone: the article's month
        ("十二天前", "2024-10-19", "event"),  # twelve days, not "二天前"
        ("两周后", "2024-11", "event"),
        ("二〇二五年三月底前", "2025-03-31", "deadline"),
        ("2024年10月", "2024-10", "event"),  # the year with its month (it was a figure, 2024)
        ("十月三十一日", "2024-10-31", "event"),
    ]
    assert all(text[d.start:d.end] == d.text for d in got.dates)
    assert not got.figures


def test_a_day_of_the_month_alone_is_the_nearest_such_day():
    got = _ex("31日，联合国表示，援助将于5日之前运抵。", published="2024-11-02")
    assert [(d.text, d.value, d.kind) for d in got.dates] == [("31日", "2024-10-31", "event"),
                                                             ("5日之前", "2024-11-05", "deadline")]
    assert not _ex("日本向灾区捐赠300日元，一日之内。").dates


def test_parse_numeral_reads_groups_zero_points_and_refuses_words():
    from storyline.extract.lang import get_lang
    from storyline.extract.numerals import parse_numeral

    zh = get_lang("zh")
    for text, value in [("三千", 3000), ("两百", 200), ("一千二百", 1200), ("五十万", 500000), ("十二", 12),
                        ("二十三", 23), ("一万五千", 15000), ("三点五亿", 3.5e8), ("一千零五", 1005),
                        ("三千五", 3500), ("一万五", 15000), ("三亿五千万", 3.5e8), ("壹仟贰佰", 1200), ("3千", 3000)]:
        assert parse_numeral(text, zh) == value, text
    for text in ("万一", "三三两两", "千万", "十十", "零三", "三十百"):
        assert parse_numeral(text, zh) is None, text
    assert parse_numeral("二〇二四", zh) is None and parse_numeral("二〇二四", zh, positional=True) == 2024
