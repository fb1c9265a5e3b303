"""Arabic: the language module on sentences written for these tests (verb-initial speech, glued
proclitics, no capitals, Arabic-Indic digits)."""
from __future__ import annotations

from storyline.extract import extract
from storyline.models import Article, PartialDate

TEXT = ("مؤتمر للمانحين في أنقرة لدعم ضحايا الزلزال\n\n"
        "قال وزير الخارجية التركي هاكان فيدان إن المؤتمر سيجمع أكثر من 1.5 مليار دولار لإعادة الإعمار.\n\n"
        "وقال الرئيس السوري بشار الأسد: \"لن نترك المتضررين وحدهم في هذه المحنة\".\n\n"
        "\"سنرسل نحو 1200 جندي إلى المناطق المنكوبة\"، قال المتحدث باسم وزارة الدفاع التركية زكي أكتورك لرويترز.\n\n"
        "وبحسب وزارة الصحة، ارتفع عدد القتلى إلى ٢١٧ شخصا، وأصيب أكثر من 3 آلاف آخرين.\n\n"
        "ونقلت وكالة الأنباء السورية (سانا) عن وزير الصحة حسن الغباش قوله إن المستشفيات تعمل بكامل طاقتها.\n\n"
        "وتقرر تأجيل الموعد النهائي لتوزيع المساعدات من 15 نوفمبر إلى 30 نوفمبر.\n\n"
        "وتعهدت ألمانيا وفرنسا يوم الخميس بتقديم 50 مليون يورو، فيما ارتفعت الأسعار بنسبة 3 بالمئة أمس. "
        "وستنتهي أعمال الإعمار قبل نهاية العام.")


def _ex(text: str = TEXT, published: str = "2024-10-31"):
    return extract(Article(id="ar", title="", text=text, lang="ar", published=PartialDate.parse(published)))


def test_arabic_dates_deadlines_and_a_deadline_that_moves():
    assert [(d.text, d.value, d.kind) for d in _ex().dates] == [
        ("من 15 نوفمبر", "2024-11-15", "deadline"),  # moved from ...
        ("إلى 30 نوفمبر", "2024-11-30", "deadline"),  # ... to
        ("الخميس", "2024-10-31", "event"),
        ("أمس", "2024-10-30", "event"),
        ("قبل نهاية العام", "2024-12-31", "deadline"),
    ]


def test_arabic_month_sets_arabic_indic_digits_and_relative_periods():
    text = ("بدأت الأعمال في ٣١ أكتوبر ٢٠٢٤ وتنتهي بحلول 30 نوفمبر/تشرين الثاني. وعقد اجتماع في 14 آذار "
            "والأسبوع الماضي، ويعقد آخر الأسبوع المقبل، وقبل ثلاثة أيام.")
    assert [(d.text, d.value, d.kind) for d in _ex(text).dates] == [
        ("٣١ أكتوبر ٢٠٢٤", "2024-10-31", "event"),
        ("بحلول 30 نوفمبر/تشرين الثاني", "2024-11-30", "deadline"),  # both month names, one date
        ("14 آذار", "2025-03-14", "event"),
        ("الأسبوع الماضي", "2024-10", "event"),
        ("الأسبوع المقبل", "2024-11", "event"),
        ("قبل ثلاثة أيام", "2024-10-28", "event"),
    ]


def test_arabic_figures_with_qualifiers_scales_units_and_arabic_digits():
    assert [(f.text, f.value, f.qualifier, f.unit, f.what) for f in _ex().figures] == [
        ("أكثر من 1.5 مليار دولار", 1.5e9, "more_than", "$", "لإعادة الإعمار"),
        ("نحو 1200", 1200.0, "about", "", "جندي"),
        ("٢١٧", 217.0, "exact", "", "شخصا"),
        ("أكثر من 3 آلاف", 3000.0, "more_than", "", "آخرين"),  # "آلاف" after a number is its scale
        ("50 مليون يورو", 50e6, "exact", "€", ""),
        ("3 بالمئة", 3.0, "exact", "%", ""),
    ]
    digits = [(f.text, f.value, f.what) for f in _ex("وخصصت الحكومة ١٠٫٦ مليار دولار و١٢٬٥٠٠ خيمة في المئة يوم.").figures]
    assert digits == [("١٠٫٦ مليار دولار", 10.6e9, ""), ("١٢٬٥٠٠", 12500.0, "خيمة")]


def test_arabic_quotes_verb_first_relays_and_according_to():
    assert [(q.kind, q.speaker, q.relays, q.text) for q in _ex().quotes] == [
        ("reported", "هاكان فيدان", (), "المؤتمر سيجمع أكثر من 1.5 مليار دولار لإعادة الإعمار"),  # قال X إن …
        ("direct", "بشار الأسد", (), "لن نترك المتضررين وحدهم في هذه المحنة"),  # وقال X: "…"
        ("direct", "زكي أكتورك", ("Reuters",), "سنرسل نحو 1200 جندي إلى المناطق المنكوبة"),  # "…"، قال X لرويترز
        ("reported", "وزارة الصحة", (), "ارتفع عدد القتلى إلى ٢١٧ شخصا، وأصيب أكثر من 3 آلاف آخرين"),  # بحسب X
        ("reported", "حسن الغباش", ("SANA",), "المستشفيات تعمل بكامل طاقتها"),  # نقلت وكالة X عن Y
    ]


def test_arabic_speaker_after_the_verb_ends_before_a_time_word_and_pro_drop():
    text = "وقال الرئيس التركي رجب طيب أردوغان اليوم إن البلاد ستتعافى. \"سنعيد بناء كل المدن\"، وأضاف."
    assert [(q.kind, q.speaker, q.text) for q in _ex(text).quotes] == [
        ("reported", "رجب طيب أردوغان", "البلاد ستتعافى"), ("direct", "رجب طيب أردوغان", "سنعيد بناء كل المدن")]


def test_arabic_entities_after_titles_institutions_and_gazetteer():
    assert [(e.text, e.label, e.canonical) for e in _ex().entities] == [
        ("أنقرة", "LOC", "Ankara"),
        ("هاكان فيدان", "PER", "هاكان فيدان"),  # after "وزير الخارجية التركي"
        ("بشار الأسد", "PER", "بشار الأسد"),  # a family name with the article ends the phrase
        ("زكي أكتورك", "PER", "زكي أكتورك"),  # after "المتحدث باسم وزارة الدفاع التركية", before "لرويترز"
        ("رويترز", "ORG", "Reuters"),
        ("وزارة الصحة", "ORG", "وزارة الصحة"),  # an institution's head noun and its article-words
        ("وكالة الأنباء السورية", "ORG", "SANA"),
        ("سانا", "ORG", "SANA"),
        ("حسن الغباش", "PER", "حسن الغباش"),
        ("ألمانيا", "LOC", "Germany"),
        ("فرنسا", "LOC", "France"),
    ]


def test_arabic_sentences_end_before_a_caseless_letter_and_at_the_arabic_question_mark():
    from storyline.extract.sentences import split_sentences

    text = "هل ستصل المساعدات؟ قال الوزير إنها ستصل. وأضاف أن العمل مستمر."
    assert [text[a:b] for a, b in split_sentences(text, "ar")] == [
        "هل ستصل المساعدات؟", "قال الوزير إنها ستصل.", "وأضاف أن العمل مستمر."]


def test_arabic_entities_meet_the_english_article_on_countries_and_orgs():
    from storyline.extract.entities import canonicalise

    en = Article(id="en", title="", lang="en", text=(
        "Germany and France pledged 50 million euros in Ankara, Reuters reported, citing the Syrian news agency SANA."))
    names = {e["name"]: e for e in canonicalise(list(_ex().entities) + list(extract(en).entities))}
    for name in ("Germany", "France", "Ankara", "Reuters"):
        assert set(names[name]["article_ids"]) == {"ar", "en"}, name
