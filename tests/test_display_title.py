"""Headlines people read: wire markup and page furniture stay out (textclean.display_title)."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.cluster import cluster_title
from storyline.ingest.common import make_article
from storyline.models import PartialDate
from storyline.textclean import display_title, strip_wire_prefix

BODY = ("Cookie settings\n"
        "The coalition launched a second wave of strikes on air defences on Sunday, officials said.\n"
        "More text follows here in the article body.")


@pytest.mark.parametrize("title, expected", [
    ("TRIPOLI | Sun Mar 20 , 2011 7:55 pm EDT TRIPOLI -LRB- Reuters -RRB- - Western powers pressed ahead",
     "Western powers pressed ahead"),
    ("WASHINGTON , March 19 | Sat Mar 19 , 2011 3:50 pm EDT WASHINGTON , March 19 -LRB- Reuters -RRB- - "
     "The United States fired missiles", "The United States fired missiles"),
    ("Gaddafi vows to fight on , Libyans try to move on TRIPOLI | Thu Sep 8 , 2011 7:26 pm EDT TRIPOLI -LRB- "
     "Reuters -RRB- - The", "Gaddafi vows to fight on, Libyans try to move on"),
    ("KABUL, Aug 15 (Reuters) - Taliban enter Kabul", "Taliban enter Kabul"),
    ("VALBONNETTE, 22 juillet (AHP) - Un violent incendie a parcouru la garrigue",
     "Un violent incendie a parcouru la garrigue"),
    ("BERLIN (dpa/AFP) - Die Regierung hat entschieden", "Die Regierung hat entschieden"),
    ("NATO (the alliance) - no dateline here", "NATO (the alliance) - no dateline here"),
    ("(Reuters) - Syrian President Bashar al-Assad faces the gravest crisis",
     "Syrian President Bashar al-Assad faces the gravest crisis"),
    ("SANAA\\/DAMASCUS (Reuters) - Popular unrest swelled into a crisis", "Popular unrest swelled into a crisis"),
    ("March 26 (Reuters) - Bosnia beat Romania in Zenica", "Bosnia beat Romania in Zenica"),
    ("KOUROU (Guyane), 14 mars (AHP) - Le lancement de la sonde est reporté", "Le lancement de la sonde est reporté"),
    ("PARIS, April 7 (Continental Wire) - The launch of the probe slips again", "The launch of the probe slips again"),
    ("Obama (D-Ill.) - a senator since 2005", "Obama (D-Ill.) - a senator since 2005"),
    ("By the CNN Wire Staff Libya opposition : Civilian areas shelled", "Libya opposition : Civilian areas shelled"),
    ("By Tim Lister and Emily Smith, CNN Protesters have used social media sites",
     "Protesters have used social media sites"),
    ("March 19 , 2011 | By Jason Hanna , CNN The destroyer USS Stout launched", "The destroyer USS Stout launched"),
    # ordinary headlines are left alone (only PTB quotes/brackets undone)
    ("NATO begins withdrawal from Afghanistan", "NATO begins withdrawal from Afghanistan"),
    ("By Sunday, the rebels had retreated to Ajdabiya", "By Sunday, the rebels had retreated to Ajdabiya"),
    ("Nato indleder tilbagetrækning fra Afghanistan", "Nato indleder tilbagetrækning fra Afghanistan"),
    ("Hollande à Macron : «C'est pas trop dur en ce moment ?»", "Hollande à Macron : «C'est pas trop dur en ce moment ?»"),
])
def test_wire_markup_is_removed_and_headlines_kept(title, expected):
    assert display_title(title, BODY) == expected


@pytest.mark.parametrize("furniture", [
    "Credit : Reuters\\/Nathanael Miller\\/U .",
    ".alogo{display: block;text-indent: -1000px;width: 330px;height: 80px;}",
    "Para poder iniciar sesión tienes que aceptar nuestra política de privacidad y cookies",
    "Good luck !",
    "S. Navy photo\\/Handout By Maria Golovnina and Michael Georgy",
    "EDITOR'S NOTE == RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT \" AFP PHOTO \"",
    "By Maria Golovnina and Michael Georgy",
    "",
])
def test_furniture_titles_fall_back_to_the_first_prose_line(furniture):
    assert display_title(furniture, BODY) == ("The coalition launched a second wave of strikes on air defences on "
                                             "Sunday, officials said.")


def test_long_titles_are_cut_at_a_word_boundary():
    t = display_title("word " * 100, "")
    assert len(t) <= 161 and t.endswith("…") and not t[:-1].endswith(" ")


def test_strip_wire_prefix_is_idempotent():
    once = strip_wire_prefix("KABUL, Aug 15 (Reuters) - Taliban enter Kabul")
    assert strip_wire_prefix(once) == once == "Taliban enter Kabul"


def test_articles_and_story_titles_use_the_display_title_but_keep_the_stored_title():
    raw = ("TRIPOLI | Sun Mar 20 , 2011 7:55 pm EDT TRIPOLI -LRB- Reuters -RRB- - Western powers pressed ahead "
           "with air strikes on Libya on Sunday.\nSecond paragraph of the story.")
    a = make_article(text=raw, published=PartialDate(dt.date(2011, 3, 20), "day"), url="https://example.org/a", source_path="a.jsonl")
    assert a.title.startswith("TRIPOLI |")  # as the source gave it: part of the id
    assert a.display_title == "Western powers pressed ahead with air strikes on Libya on Sunday."
    d = a.as_dict()
    assert d["title"] == a.title and d["display_title"] == a.display_title
    assert cluster_title([a]) == a.display_title


def test_timeline_sentences_read_as_prose_and_furniture_is_skipped():
    from storyline.textclean import prose_sentence

    assert prose_sentence("TRIPOLI | Fri Mar 18 , 2011 7:22 pm EDT TRIPOLI -LRB- Reuters -RRB- - The United States "
                          "accused Gaddafi .") == "The United States accused Gaddafi."
    assert prose_sentence("Kabul falls") == "Kabul falls"  # short headlines are news too
    for furniture in ("Credit : Reuters\\/Nathanael Miller\\/U .", "Para poder iniciar sesión tienes que aceptar "
                      "nuestra política de privacidad.", "body{margin: 0; padding: 0}", ""):
        assert prose_sentence(furniture) is None


def test_penn_treebank_text_is_detokenised_at_ingest():
    a = make_article(text="Gaddafi 's forces ca n't win , officials said on Sun Mar 20 , 2011 -LRB- Reuters -RRB- .",
                     source_path="t.jsonl")
    assert a.text == "Gaddafi's forces can't win, officials said on Sun Mar 20, 2011 (Reuters)."
    plain = "Normal prose, with one odd comma , stays as written."
    assert make_article(text=plain, source_path="t.jsonl").text == plain


def test_a_page_date_stamp_is_no_headline():
    got = display_title("Giovedì • 10 Settembre 2015 • Aggiornato alle 14:54",
                        "Il vignettista Ali Ferzat è stato aggredito a Damasco da uomini armati.")
    assert got.startswith("Il vignettista Ali Ferzat")


@pytest.mark.parametrize("title, expected", [
    # a page's own stamp before the text, and a byline with the outlet after the name
    ("24 April 2011 Last updated at 17:55 GMT Help Security forces have arrested dozens of people",
     "Security forces have arrested dozens of people"),
    ("10 January 12 18:37 GMT The president has blamed a foreign plot", "The president has blamed a foreign plot"),
    ("By Anna Holm BBC News Some families have fled across the border", "Some families have fled across the border"),
    # headlines that merely hold a date stay
    ("Talks to resume on March 3, 2011", "Talks to resume on March 3, 2011"),
    ("11 September 2001 changed the world forever", "11 September 2001 changed the world forever"),
])
def test_page_stamps_and_outlet_bylines_are_removed(title, expected):
    assert display_title(title, BODY) == expected


@pytest.mark.parametrize("furniture", [
    "Protesters march through the streets of the old town in the capital July 17, 2011.",  # photo caption
    "The author is a columnist for a financial news service.",
    "Este post forma parte de nuestra cobertura especial sobre las elecciones.",
    "This post is part of our special coverage of the elections.",
    "Retrouvez-nous sur :",
    "Follow us on Twitter and Facebook",
])
def test_captions_and_author_notes_are_no_headlines(furniture):
    assert display_title(furniture, BODY).startswith("The coalition launched")


def test_a_sentence_ending_with_a_date_stays_on_a_timeline():
    from storyline.textclean import prose_sentence

    s = "The war began with air strikes on the capital on March 20, 2003."
    assert prose_sentence(s) == s


def test_single_treebank_quotes_become_typographic_quotes_for_display_only():
    from storyline.textclean import clean_text, detokenize

    assert display_title("Districts ` under fresh assault ' Both sides claimed control", BODY) == (
        "Districts ‘under fresh assault’ Both sides claimed control")
    assert display_title("The rebels' town is quiet again", BODY) == "The rebels' town is quiet again"
    # what ingest stores (and hashes into the article id) is unchanged
    raw = "Districts ` under fresh assault ' , officials said `` today '' ."
    assert "`" in clean_text(raw) and "`" in detokenize(raw)


def test_shouted_notices_and_dated_bylines_are_no_timeline_prose():
    from storyline.textclean import prose_sentence

    assert prose_sentence("GRAZIE PER AVER GIÀ LETTO XX ARTICOLI QUESTO MESE.") is None  # a paywall notice
    assert prose_sentence("Redazione Online6 febbraio 2012") is None  # a byline and its date
    assert prose_sentence("The United States accused Gaddafi.") == "The United States accused Gaddafi."
    assert prose_sentence("Reunión del Consejo de Seguridad") is not None
    assert prose_sentence("市议会周二表示，暴雨导致三座桥梁关闭。") is not None  # no case: not judged by it
