"""Text cleaning: boilerplate, display titles, wire prefixes (textclean)."""
from __future__ import annotations

import pytest


def test_display_title_skips_site_navigation_and_browser_notices():
    from storyline.textclean import display_title

    body = "La ville portuaire a connu de nouveaux combats ce matin, selon un médecin de l'hôpital.\n"
    for furniture in ("Boutique le Point", "Les sites éditoriaux", "Menu di navigazione principale",
                      "Please enable javascript to view this site."):
        assert display_title(furniture, furniture + "\n" + body) == body.strip(), furniture


# --- scripts written without spaces ---------------------------------------------------------

ZH_PAGE = ("首页\n新闻\n"
           "北京时间3月4日，市议会周二表示，暴雨导致三座桥梁关闭，约一千二百户家庭停电。\n"
           "市长伊万·彼得罗夫说：“我们将在周五前重新开放桥梁，并向受灾家庭提供帮助。”\n")


def test_word_count_reads_unspaced_scripts_as_words():
    from storyline.textclean import word_count

    assert word_count("洪水导致三座桥梁关闭") == 5  # ten characters, about five words
    assert word_count("Flood closes three bridges") == 4
    assert word_count("東京電力は4日、約1200戸が停電した") >= 6


def test_chinese_prose_survives_cleaning_and_navigation_does_not():
    from storyline.textclean import clean_text

    kept = clean_text(ZH_PAGE).split("\n")
    assert kept[0].startswith("北京时间3月4日") and kept[1].startswith("市长伊万")
    assert "首页" not in kept and "新闻" not in kept


def test_headlines_in_unspaced_scripts_are_shown():
    from storyline.textclean import display_title

    # one \w+ run of ten characters: counted as one word it was taken for furniture before
    assert display_title("洪水导致三座桥梁关闭", ZH_PAGE) == "洪水导致三座桥梁关闭"
    assert display_title("首页", ZH_PAGE).startswith("北京时间3月4日")  # "Home" is no headline


def test_a_chinese_lead_is_as_long_as_any_other():
    from storyline.textclean import lead

    long_zh = "暴雨导致三座桥梁关闭。" * 200  # one unspaced run of 2,200 characters
    out = lead(long_zh, 60)
    assert 120 <= len(out) <= 140  # about 60 words of two characters, and their punctuation
    assert lead("The U.S. said 2,500 troops would leave by the end of August 2021.", 6) == "The U.S. said 2,500 troops would"


# --- bare datelines (text_clean.v2) ---------------------------------------------------------


@pytest.mark.parametrize("line, expected", [
    ("KABUL - Government forces retook two districts north of the capital overnight.",
     "Government forces retook two districts north of the capital overnight."),
    ("KABUL, April 29 - The first supply convoy of the week reached the airbase.",
     "The first supply convoy of the week reached the airbase."),
    ("BERLIN — Die Koalition will das Gesetz noch vor der Sommerpause beschließen.",
     "Die Koalition will das Gesetz noch vor der Sommerpause beschließen."),
    ("NEW YORK, 3 May – Shares of regional banks slid for a third day.", "Shares of regional banks slid for a third day."),
    ("SPRINGFIELD, Ill., Feb. 12 -- State lawmakers passed the budget after midnight.",
     "State lawmakers passed the budget after midnight."),
    ("SÃO PAULO — Motoristas de ônibus entraram em greve nesta segunda-feira.",
     "Motoristas de ônibus entraram em greve nesta segunda-feira."),
    ("PARIS (AFP) — Le gouvernement a présenté son plan contre les inondations.",
     "Le gouvernement a présenté son plan contre les inondations."),
    # not datelines: a known organisation, two capitals, capitals without a dash, a dash without spaces
    ("NATO - the alliance will keep its air patrols over the Baltic states.",
     "NATO - the alliance will keep its air patrols over the Baltic states."),
    ("WHO - The agency called the outbreak an emergency on Friday.",
     "WHO - The agency called the outbreak an emergency on Friday."),
    ("US - China trade talks resume in Geneva next week", "US - China trade talks resume in Geneva next week"),
    ("NASA says the launch window opens on Tuesday.", "NASA says the launch window opens on Tuesday."),
    ("KABUL-based aid groups warned of a food shortage.", "KABUL-based aid groups warned of a food shortage."),
])
def test_bare_datelines_are_stripped_and_organisations_kept(line, expected):
    from storyline.textclean import strip_wire_prefix

    assert strip_wire_prefix(line) == expected
    assert strip_wire_prefix(expected) == expected


def test_timeline_sentences_and_titles_lose_bare_datelines():
    from storyline.textclean import display_title, prose_sentence

    assert prose_sentence("GAZA CITY, Nov. 4 - Power returned to parts of the city after a week of outages.") == \
        "Power returned to parts of the city after a week of outages."
    assert display_title("KHARKIV — Rail link to the east reopens after repairs", "") == \
        "Rail link to the east reopens after repairs"
