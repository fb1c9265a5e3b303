"""Turkish: the language module on sentences written for these tests (verb-final speech, case
suffixes after an apostrophe, postpositions)."""
from __future__ import annotations

from storyline.extract import extract
from storyline.models import Article, PartialDate

TEXT = ("Deprem bölgesi için yardım konferansı Ankara'da toplandı\n\n"
        "Cumhurbaşkanı Recep Tayyip Erdoğan, \"Depremzedeleri asla yalnız bırakmayacağız\" dedi.\n\n"
        "\"Konteyner kentler yıl sonuna kadar tamamlanacak\" diye konuştu Çevre Bakanı Murat Kurum.\n\n"
        "İçişleri Bakanlığı Sözcüsü Ayşe Demir, yaklaşık 1.200 askerin bölgede görev yaptığını Anadolu Ajansı'na "
        "söyledi.\n\n"
        "AFAD'a göre depremde en az 217 kişi hayatını kaybetti, 3 binden fazla kişi yaralandı.\n\n"
        "Hükümet 10,6 milyar liralık yardım paketini açıkladı. Yardımların dağıtım süresi 15 Kasım'dan 30 Kasım'a "
        "ertelendi.\n\n"
        "Dün Almanya ve Fransa 50 milyon avro yardım sözü verdi. Enflasyon yüzde 3 arttı.\n\n"
        "Bakan Kurum Salı günü Hatay'ı ziyaret etti.")


def _ex(text: str = TEXT, published: str = "2024-10-31"):
    return extract(Article(id="tr", title="", text=text, lang="tr", published=PartialDate.parse(published)))


def test_turkish_dates_deadlines_and_a_deadline_that_moves():
    dates = {(d.text, d.value, d.kind, d.cue) for d in _ex().dates}
    assert dates == {
        ("yıl sonuna kadar", "2024-12-31", "deadline", "kadar"),  # the postposition follows the date
        ("15 Kasım'dan", "2024-11-15", "deadline", "dan"),  # moved from (ablative) ...
        ("30 Kasım'a", "2024-11-30", "deadline", "a"),  # ... to (dative)
        ("Dün", "2024-10-30", "event", ""),
        ("Salı günü", "2024-10-29", "event", ""),
    }


def test_turkish_deadline_cues_months_and_relative_periods():
    text = ("Paket en geç 30 Kasım'a kadar dağıtılacak. Konferans 14 Mart'ta yapılacak. Rapor Kasım ayının sonuna "
            "kadar hazır olacak. Geçen hafta üç gün önce başladı, iki hafta sonra bitecek. Ocak ile ilgili bir "
            "aralık yok.")
    got = [(d.text, d.value, d.kind) for d in _ex(text).dates]
    assert got == [("en geç 30 Kasım", "2024-11-30", "deadline"), ("14 Mart", "2025-03-14", "event"),
                   ("Kasım ayının sonuna kadar", "2024-11-30", "deadline"), ("Geçen hafta", "2024-10", "event"),
                   ("üç gün önce", "2024-10-28", "event"), ("iki hafta sonra", "2024-11", "event")]


def test_turkish_figures_with_qualifiers_before_and_after_and_units():
    figs = [(f.text, f.value, f.qualifier, f.unit, f.what) for f in _ex().figures]
    assert figs == [
        ("yaklaşık 1.200", 1200.0, "about", "", "askerin"),
        ("en az 217", 217.0, "at_least", "", "kişi"),
        ("3 binden fazla", 3000.0, "more_than", "", "kişi"),  # ablative scale, then "more"
        ("10,6 milyar liralık", 10.6e9, "exact", "₺", "yardım"),
        ("50 milyon avro", 50e6, "exact", "€", "yardım"),
        ("yüzde 3", 3.0, "exact", "%", ""),  # the percent word comes first; "arttı" is a verb
    ]
    more = [(f.text, f.value, f.qualifier, f.unit) for f in _ex("Fiyatlar %12 arttı, 217'den fazla kişi "
                                                                "etkilendi.").figures]
    assert more == [("%12", 12.0, "exact", "%"), ("217'den fazla", 217.0, "more_than", "")]


def test_turkish_quotes_in_both_word_orders_reported_speech_relay_and_according_to():
    q = [(x.kind, x.speaker, x.relays, x.text) for x in _ex().quotes]
    assert q == [
        ("direct", "Recep Tayyip Erdoğan", (), "Depremzedeleri asla yalnız bırakmayacağız"),  # X, "…" dedi.
        ("direct", "Murat Kurum", (), "Konteyner kentler yıl sonuna kadar tamamlanacak"),  # "…" diye konuştu X
        ("reported", "Ayşe Demir", ("Anadolu Agency",), "yaklaşık 1.200 askerin bölgede görev yaptığını"),
        ("reported", "AFAD", (), "depremde en az 217 kişi hayatını kaybetti, 3 binden fazla kişi yaralandı"),
    ]


def test_turkish_pro_drop_quote_takes_the_speaker_named_before():
    text = "Bakan Murat Kurum, \"Konutlar hızla yükseliyor\" dedi. \"Kışa kadar herkes evine girecek\" diye ekledi."
    assert [(q.speaker, q.text) for q in _ex(text).quotes] == [
        ("Murat Kurum", "Konutlar hızla yükseliyor"), ("Murat Kurum", "Kışa kadar herkes evine girecek")]


def test_turkish_entities_are_bare_names_without_suffixes_or_titles():
    ents = [(e.text, e.label, e.canonical) for e in _ex().entities]
    assert ents == [
        ("Ankara", "LOC", "Ankara"), ("Recep Tayyip Erdoğan", "PER", "Recep Tayyip Erdoğan"),
        ("Murat Kurum", "PER", "Murat Kurum"), ("Ayşe Demir", "PER", "Ayşe Demir"),
        ("Anadolu Ajansı", "ORG", "Anadolu Agency"), ("AFAD", "ORG", "AFAD"),
        ("Almanya", "LOC", "Germany"), ("Fransa", "LOC", "France"),  # "Dün" (yesterday) is no part of it
        ("Kurum", "PER", "Kurum"), ("Hatay", "LOC", "Hatay"),  # "Salı" (Tuesday) neither; "Hatay'ı" -> Hatay
    ]


def test_turkish_entities_meet_their_english_spelling():
    from storyline.extract.entities import canonicalise

    en = Article(id="en", title="", lang="en", text=(
        "Turkish President Recep Tayyip Erdogan said on Thursday that Germany and France had pledged aid. "
        "Environment Minister Murat Kurum visited Hatay."))
    names = {e["name"]: e for e in canonicalise(list(_ex().entities) + list(extract(en).entities))}
    assert set(names["Germany"]["article_ids"]) == {"tr", "en"}
    assert set(names["France"]["article_ids"]) == {"tr", "en"}
    assert set(names["Murat Kurum"]["article_ids"]) == {"tr", "en"}
    erdogan = next(e for e in names.values() if "Recep Tayyip Erdogan" in {e["name"], *e["aliases"]})
    assert set(erdogan["article_ids"]) == {"tr", "en"}  # "Erdoğan" and "Erdogan" are one person
