"""The extract stage as a whole: sentences, the combined Extraction, batch = one by one."""
from __future__ import annotations

from storyline.extract import extract, extract_batch
from storyline.extract.lang import get_lang
from storyline.extract.sentences import split_sentences
from storyline.models import Article, Extraction, PartialDate

TEXT = (
    "USA's ledende general, Austin S. Miller, overdrog mandag kommandoen. Angrebet fandt sted 11. september 2001.\n\n"
    "- Vi opnåede det, vi kom for, sagde Joe Biden fredag.\n\n"
    "Omkring 2,5 mio. kr. og 20.722 amerikanere skal være hjemme senest 1. maj.\n\n/ritzau/"
)


def test_split_sentences_danish():
    spans = split_sentences(TEXT, "da")
    sents = [TEXT[a:b] for a, b in spans]
    assert sents[0] == "USA's ledende general, Austin S. Miller, overdrog mandag kommandoen."
    assert sents[1] == "Angrebet fandt sted 11. september 2001."
    assert sents[2].startswith("- Vi opnåede det")
    assert sents[3].startswith("Omkring 2,5 mio. kr. og 20.722")
    assert sents[-1] == "/ritzau/"


def test_split_sentences_english_abbreviations():
    text = "Mr. Smith left on Sept. 30. The U.S. troops stayed. It cost 2.5 billion."
    assert [text[a:b] for a, b in split_sentences(text, "en")] == [
        "Mr. Smith left on Sept. 30.", "The U.S. troops stayed.", "It cost 2.5 billion."]


def test_extract_combines_all_and_offsets_index_full_text():
    art = Article(id="a1", title="Tilbagetrækning", text=TEXT, lang="da", published=PartialDate.parse("2021-04-29"))
    x = extract(art)
    assert isinstance(x, Extraction) and x.version.startswith("extract.v4")
    full = art.full_text
    for item in (*x.figures, *x.dates, *x.quotes):
        assert full[item.start:item.end].strip(" ,") == item.text.strip(" ,") or item.text in full[item.start:item.end]
    assert {f.value for f in x.figures} >= {2_500_000, 20722}
    assert any(d.value == "2021-05-01" and d.kind == "deadline" for d in x.dates)
    assert any(q.speaker == "Joe Biden" and q.relays == ("Ritzau",) for q in x.quotes)
    assert Extraction.from_dict(x.as_dict()) == x
    assert extract_batch([art, art.with_(id="a2")])[0] == x


def test_language_data_modules_share_names():
    names = {n for n in dir(get_lang("en")) if n.isupper()}
    for code in ("da", "de", "es", "fr", "it", "xx"):
        assert names <= {n for n in dir(get_lang(code)) if n.isupper()}, code
    assert get_lang("xx").__name__.endswith("generic")
    assert get_lang("da-DK").__name__.endswith(".da")


def test_a_source_cut_at_a_lower_case_word_is_the_whole_organisation():
    from storyline.extract import extract
    from storyline.models import Article

    text = "Selon le Conseil national syrien (CNS), deux ministres ont fait défection."
    ex = extract(Article(id="fr", title="", text=text, lang="fr"))
    assert [q.speaker for q in ex.quotes] == ["Conseil national syrien"]


def test_a_speaker_named_by_surname_is_the_articles_person_of_that_name():
    from storyline.extract import extract
    from storyline.models import Article

    text = ("Nathan Brown, a professor at the university, has followed the protests. "
            "\"Change is coming,\" Brown said. \"Nothing will stop it,\" said Ms. Ortega.")
    got = [q.speaker for q in extract(Article(id="en", title="", text=text, lang="en")).quotes]
    assert got == ["Nathan Brown", "Ortega"]  # no full name for Ortega in the article: as written
