"""Event timelines, timeline summaries, story summaries and the timeline SVG."""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from storyline.models import Article, DateMention, Extraction, PartialDate
from storyline.store.base import ArticleRow
from storyline.summarize import summarize_story
from storyline.svg import timeline_svg
from storyline.summarize import content_tokens, tfidf
from storyline.timeline import (DatedSentence, build_timeline, date_target, dated_sentences, idf_from,
                                summarize_timeline)

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"

JULY_DA = ("USA fremrykker tilbagetrækningen fra Afghanistan.\n\n"
           "USA's præsident, Joe Biden, siger torsdag, at den amerikanske tilbagetrækning fra Afghanistan "
           "skal være afsluttet inden udgangen af august.")


def _art(aid, text, date, lang="en", outlet=None):
    return Article(id=aid, title="", text=text, lang=lang, published=PartialDate.parse(date), outlet=outlet)


def _event(aid, value, precision, sentence):
    return DateMention(aid, value, value, precision, "event", 0, 1, sentence)


# --- build_timeline on hand-built extractions -----------------------------------------------------


def test_entries_are_dated_merged_and_chronological():
    s_en = "On April 14, the NATO countries agreed to start the withdrawal from Afghanistan."
    s_da = "Den 14. april besluttede NATO-landene at starte tilbagetrækningen fra Afghanistan."
    s_old = "The war began in October 2001 after the attacks."
    a = _art("a", "NATO begins withdrawal from Afghanistan.\n" + s_en + "\n" + s_old, "2021-04-29", "en", "NBC")
    b = _art("b", "Tilbagetrækning er i gang.\n" + s_da, "2021-04", "da", "Ritzau")
    c = _art("c", "Taliban advances in the north of Afghanistan.", "2021-07", "en", "AP")
    exs = {"a": Extraction("a", dates=(_event("a", "2021-04-14", "day", s_en), _event("a", "2001-10", "month", s_old))),
           "b": Extraction("b", dates=(_event("b", "2021-04-14", "day", s_da),))}
    events = [{"id": "e1", "article_ids": ["a", "b"]}, {"id": "e2", "article_ids": ["c"]}]
    tl = build_timeline([ArticleRow(a, 1), ArticleRow(b, 2), ArticleRow(c, 3)], exs, events)
    dates = [e["date"] for e in tl]
    assert dates == ["2021-04", "2021-04-14", "2021-04-29", "2021-07"]  # 2001 is background
    apr14 = tl[1]
    assert sorted(apr14["article_ids"]) == ["a", "b"]  # the Danish and English sentences merged
    assert apr14["outlets"] == ["NBC", "Ritzau"] and apr14["languages"] == ["da", "en"]
    assert apr14["precision"] == "day" and apr14["event_ids"] == ["e1"]
    assert {s["text"] for s in apr14["sentences"]} == {s_en, s_da}
    assert apr14["text"] in (s_en, s_da)
    assert tl[0]["precision"] == "month" and tl[0]["end"] == "2021-04-30"  # partial stays partial
    assert tl[-1]["kind"] == "lead" and tl[-1]["text"].startswith("Taliban advances")
    for e in tl:
        assert set(e) >= {"date", "precision", "text", "article_ids", "outlets", "sentences"}
    with_bg = build_timeline([a, b, c], exs, include_background=True)
    assert with_bg[0]["date"] == "2001-10"


def test_different_sentences_on_one_date_stay_apart():
    s1 = "On May 3 rebels seized the airport of the capital."
    s2 = "On May 3 the central bank raised interest rates sharply."
    a = _art("a", s1, "2021-05-04")
    b = _art("b", s2, "2021-05-04")
    exs = {"a": Extraction("a", dates=(_event("a", "2021-05-03", "day", s1),)),
           "b": Extraction("b", dates=(_event("b", "2021-05-03", "day", s2),))}
    tl = build_timeline([a, b], exs, [])
    assert [e["date"] for e in tl] == ["2021-05-03", "2021-05-03"]


def test_planned_events_are_flagged():
    s = "The German government intends to withdraw its troops around July 4."
    a = _art("a", "Headline here.\n" + s, "2021-04-29")
    tl = build_timeline([a], {"a": Extraction("a", dates=(_event("a", "2021-07-04", "day", s),))}, [])
    assert [(e["date"], e["planned"]) for e in tl] == [("2021-04-29", False), ("2021-07-04", True)]


def test_embedder_can_decide_merging():
    class Same:
        def embed(self, texts):
            import numpy as np

            return np.ones((len(texts), 4))

    a = _art("a", "Rebels seized the airport.", "2021-05-04")
    b = _art("b", "Oprørere indtog lufthavnen.", "2021-05-04", "da")
    assert len(build_timeline([a, b], {}, [])) == 2
    assert len(build_timeline([a, b], {}, [], embedder=Same())) == 1


# --- summarize_timeline ------------------------------------------------------------------------------


def _ds(date, text, aid, pub, kind="event", pos=3):
    return DatedSentence(PartialDate.parse(date), text, aid, PartialDate.parse(pub), kind, "en", None, pos)


def test_datewise_picks_most_reported_dates_and_central_sentences():
    items = []
    for i in range(4):  # four articles report March 2
        items.append(_ds("2011-03-02", f"Protesters filled the main square in Cairo on Wednesday number {i} .",
                         f"a{i}", "2011-03-03"))
    items.append(_ds("2011-03-02", "A football match was played somewhere else entirely today .", "a9", "2011-03-03"))
    items.append(_ds("2011-03-05", "The president resigned after weeks of mass protests in Cairo .", "b1", "2011-03-06"))
    items.append(_ds("2011-03-05", "The president resigned after mass protests in Cairo .", "b2", "2011-03-05", "published", 0))
    items.append(_ds("2011-03-07", "Nothing much happened on this quiet day at all .", "c1", "2011-03-07", "published", 0))
    tl = summarize_timeline(items, n_dates=2, n_sents=1)
    assert [e["date"] for e in tl] == ["2011-03-02", "2011-03-05"]
    assert "Protesters" in tl[0]["sentences"][0]
    assert "resigned" in tl[1]["sentences"][0]
    clipped = summarize_timeline(items, n_dates=5, n_sents=2, start=dt.date(2011, 3, 4))
    assert clipped[0]["date"] == "2011-03-05" and len(clipped) == 2  # 03-06 or 03-07: one quiet-day lead
    assert len(clipped[0]["sentences"]) == 1  # the two resignation sentences are one, not two
    sents = [s for e in clipped for s in e["sentences"]]
    assert len(sents) == len(set(sents))  # a sentence is used for one date only


def test_date_centroid_keeps_what_mentions_and_reports_of_the_day_share():
    # three later articles name March 5 for a football match, one for the resignation; the one
    # report published that day is about the resignation. A plain centroid follows the majority
    # (football); the v3 centroid keeps only words both groups use, so the resignation wins.
    football = [_ds("2011-03-05", f"The national football team won the cup final match in the stadium {w} .",
                    f"f{i}", "2011-03-09") for i, w in enumerate(("again", "tonight", "easily"))]
    resign = _ds("2011-03-05", "The president resigned after weeks of mass protests in Cairo .", "r1", "2011-03-08")
    lead = _ds("2011-03-05", "Egypt's president resigned on Saturday after mass protests in Cairo .", "p1",
               "2011-03-05", "published", 0)
    items = football + [resign, lead]
    texts = [c.text for c in items]
    m, vocab = tfidf([content_tokens(t) for t in texts], idf=idf_from(content_tokens(t) for t in texts))
    target = date_target(m, texts, items)
    assert target[vocab["presi"]] > 0 and target[vocab["resig"]] > 0
    assert target[vocab["footb"]] == 0 and target[vocab["stadi"]] == 0  # named-only words are out
    plain = date_target(m, texts, football + [resign])  # one group only: the weighted centroid
    assert plain[vocab["footb"]] > plain[vocab["resig"]] > 0
    tl = summarize_timeline(items, n_dates=1, n_sents=1)
    assert tl[0]["date"] == "2011-03-05" and "resigned" in tl[0]["sentences"][0]


def test_idf_over_sentences_weighs_words_by_the_sentences_that_use_them():
    idf = idf_from([["cairo", "protest"], ["cairo", "army"], ["cairo", "army", "tanks"]])
    assert idf["cairo"] < idf["army"] < idf["protest"] == idf["tanks"]


def test_summarize_timeline_takes_build_timeline_entries():
    entries = [{"date": "2021-04-14", "text": "NATO agreed to start the withdrawal from Afghanistan today .",
                "sentences": [{"article_id": "a", "text": "NATO agreed to start the withdrawal from Afghanistan today ."}]},
               {"date": "2021-04", "text": "April something happened in the month .", "sentences": []}]
    tl = summarize_timeline(entries, n_dates=3)
    assert [e["date"] for e in tl] == ["2021-04-14"]


# --- story summary, SVG ---------------------------------------------------------------------------------


def test_summary_prefers_language_and_skips_copies():
    en = _art("en", "NATO has begun withdrawing its troops from Afghanistan after twenty years of war.\n"
                    "The withdrawal of NATO troops from Afghanistan will be orderly and coordinated, officials said.\n"
                    "A football club won a match on Sunday evening in the rain.", "2021-04-29")
    da = _art("da", "Nato har indledt tilbagetrækningen af sine soldater fra Afghanistan efter tyve år.\n"
                    "Tilbagetrækningen fra Afghanistan vil ske gradvist og koordineret, siger Nato.", "2021-04-29", "da")
    s = summarize_story([ArticleRow(en, 1), ArticleRow(da, 2)], {}, prefer_lang="da")
    assert "Nato har indledt" in s and "football" not in s
    s_en = summarize_story([en, da], {}, prefer_lang="en")
    assert s_en.startswith("NATO has begun") and "football" not in s_en
    copy = ArticleRow(en.with_(id="copy"), 3, copy_of="en")
    assert summarize_story([ArticleRow(da, 2), copy], {}, prefer_lang="en").startswith("Nato")


def test_summary_sentences_lose_wire_datelines():
    art = _art("en", "DAMASCUS, March 21 (Reuters) - The Syrian army deployed on Monday at the entrances to the city "
                     "of Deraa after protests.\nSat Mar 26, 2011 9:49 am EDT (Reuters) - President Bashar al-Assad "
                     "is facing the deepest crisis of his years in power.", "2011-03-26")
    s = summarize_story([art], {}, prefer_lang="en")
    assert s.startswith("The Syrian army deployed") and "Reuters" not in s and "EDT" not in s


def test_svg_is_self_contained_and_escaped():
    story = {"title": "Troops <out> & \"home\"", "timeline": [
        {"date": "2021-04", "precision": "month", "end": "2021-04-30", "text": "Withdrawal <begins> & more",
         "article_ids": ["a"]},
        {"date": "2021-04-29", "precision": "day", "end": "2021-04-29", "text": "NATO: it's begun", "article_ids": ["b"]},
        {"date": "2021-07", "precision": "month", "end": "2021-07-31", "text": "Taliban advance", "article_ids": ["c"]}],
        "facts": [{"subject": "United States", "attribute": "withdrawal deadline", "kind": "deadline",
                   "status": "changed", "values": [{"value": "2021-09-11", "as_of": "2021-04"},
                                                  {"value": "2021-08-31", "as_of": "2021-07"}]},
                  {"subject": "United States", "attribute": "soldiers", "kind": "figure", "status": "changed",
                   "values": [{"value": "2500", "as_of": "2021-04"}, {"value": "650", "as_of": "2021-07"}]}]}
    svg = timeline_svg(story)
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag.endswith("svg")
    assert "<begins>" not in svg and "&lt;begins&gt;" in svg and "&amp;" in svg
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # no external resources
    assert "@import" not in svg and "<script" not in svg
    assert "Sep 11" in svg and "Aug 31" in svg  # the moved deadline
    assert "marker" in svg  # the arrow between the two markers
    for m in ("Apr", "May", "Jun", "Jul"):
        assert m in svg  # month ticks
    assert timeline_svg({"title": "empty", "timeline": [], "facts": []}).startswith("<svg")


# --- seeds ----------------------------------------------------------------------------------------------


def _seed_articles():
    if not SEEDS.exists():
        pytest.skip("seeds not available")
    out = []
    for p, lang, outlet in zip(sorted(SEEDS.glob("*.txt")), ("da", "en", "da"), ("Ritzau", "NBC", "Ritzau")):
        raw = p.read_text(encoding="utf-8")
        m = re.match(r"\s*date\s+(\S+)\s", raw)
        out.append(Article(id=p.stem, title="", text=raw[m.end():], lang=lang,
                           published=PartialDate.parse(m.group(1)), outlet=outlet))
    return out


@pytest.mark.slow  # runs the extractors (spaCy models)
def test_seed_timeline_runs_april_to_july():
    extract = pytest.importorskip("storyline.extract").extract
    arts = _seed_articles()[:2] + [_art("july", JULY_DA, "2021-07-08", "da", "Ritzau")]
    exs = {a.id: extract(a) for a in arts}
    tl = build_timeline(arts, exs, [])
    starts = [PartialDate.parse(e["date"]).value for e in tl]
    assert starts == sorted(starts)
    assert tl[0]["date"].startswith("2021-04") and tl[-1]["date"].startswith("2021-07")
    assert all(e["date"].startswith("2021") for e in tl)  # the 2001 background is out
    assert any(e["date"] == "2021-04-14" for e in tl)
    assert any(e["date"] == "2021-07-08" and "july" in e["article_ids"] for e in tl)
    for e in tl:
        assert e["sentences"] and all(s["text"] for s in e["sentences"])
    summary = summarize_story(arts, exs, prefer_lang="en")
    assert summary and "withdrawal" in summary.lower()
    assert "<svg" in timeline_svg({"title": "seeds", "timeline": tl, "facts": []})


def test_dated_sentences_lead_by_publication():
    a = _art("x", "First sentence of the lead here.\nSecond sentence.", "2021-07")
    ds = dated_sentences(a, None)
    assert [(d.date.iso(), d.kind, d.text) for d in ds] == [("2021-07", "lead", "First sentence of the lead here.")]


def test_export_schema_accepts_timeline_and_facts():
    jsonschema = pytest.importorskip("jsonschema")
    import json

    from storyline.facts import build_facts

    schema = json.loads((Path(__file__).resolve().parents[1] / "src" / "storyline" / "schema"
                         / "export.schema.json").read_text(encoding="utf-8"))
    story_props = schema["properties"]["stories"]["items"]["properties"]
    s = "The United States will complete the withdrawal by September 11."
    a = _art("a", "Headline.\n" + s, "2021-04-29", "en", "NBC")
    ex = {"a": Extraction("a", dates=(DateMention("a", "September 11", "2021-09-11", "day", "deadline", 0, 1, s, "by"),
                                      _event("a", "2021-04-14", "day", s)))}
    jsonschema.validate(build_timeline([a], ex, []), story_props["timeline"])
    jsonschema.validate(build_facts([a], ex), story_props["facts"])


@pytest.mark.slow  # runs the extractors (spaCy models)
def test_cli_timeline_and_facts(tmp_path):
    from click.testing import CliRunner

    from storyline.cli import cli

    (tmp_path / "a.txt").write_text(" date 2021-04-29 The United States will complete the withdrawal of its "
                                    "troops from Afghanistan by September 11.\n\nNATO began the withdrawal on "
                                    "April 14.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(" date 2021-07-08 The United States will complete the withdrawal of its "
                                    "troops from Afghanistan by August 31.", encoding="utf-8")
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    r = runner.invoke(cli, ["--db", db, "--embedder", "hashing", "ingest", "--no-progress", str(tmp_path)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["--db", db, "--embedder", "hashing", "export"])
    import json

    stories = json.loads(r.output)["stories"]
    sid = stories[0]["id"]
    svg = tmp_path / "t.svg"
    r = runner.invoke(cli, ["--db", db, "timeline", sid, "--svg", str(svg)])
    assert r.exit_code == 0, r.output
    assert "20" in r.output and svg.read_text(encoding="utf-8").startswith("<svg")
    r = runner.invoke(cli, ["--db", db, "timeline", sid, "--json"])
    assert isinstance(json.loads(r.output), list)
    r = runner.invoke(cli, ["--db", db, "facts", sid, "--json"])
    assert r.exit_code == 0 and isinstance(json.loads(r.output), list)
    r = runner.invoke(cli, ["--db", db, "facts", "st_nope"])
    assert r.exit_code == 2 and "error" in r.output


def test_svg_focuses_on_the_dense_range_and_draws_the_most_reported_entries():
    import re

    from storyline.svg import MAX_DRAWN, timeline_svg

    entries = [{"date": f"2011-03-{d:02d}", "precision": "day", "text": f"day {d}", "article_ids": ["a"] * (d % 4 + 1)}
               for d in range(1, 29)]
    entries += [{"date": f"2011-02-{d:02d}", "precision": "day", "text": f"feb {d}", "article_ids": ["a"]}
                for d in range(1, 28)]
    entries += [{"date": "2020-11-05", "precision": "day", "text": "a sidebar from 2020", "article_ids": ["b"]},
                {"date": "2011", "precision": "year", "text": "the whole year", "article_ids": ["c", "d", "e", "f", "g"]}]
    facts = [{"subject": "US", "attribute": "withdrawal deadline", "kind": "deadline", "status": "changed",
              "values": [{"value": "2011-09-11", "as_of": "2011-03-02"}, {"value": "2011-08-31", "as_of": "2011-03-20"}]}]
    svg = timeline_svg({"title": "T", "timeline": entries, "facts": facts})
    assert "a sidebar from 2020" not in svg and "the whole year" not in svg
    assert "2020" not in " ".join(re.findall(r">([A-Z][a-z]{2} \d{4})<", svg))  # no axis years away
    assert len(re.findall(r"<circle ", svg)) == MAX_DRAWN
    assert f"{MAX_DRAWN} of {len(entries)} entries drawn" in svg
    assert "day 3" in svg  # the most reported (4 articles) are among the drawn
    assert ">Sep<" in svg or ">Sep 2011<" in svg  # the deadline ahead of the story stays in the picture


def test_svg_axis_labels_never_collide_and_far_facts_sit_at_the_edge():
    import re

    from storyline.svg import TICK_LABEL_PX, timeline_svg

    for months in (2, 14, 40, 90):  # a few weeks to several years of entries
        entries = [{"date": f"{2010 + m // 12}-{m % 12 + 1:02d}-15", "precision": "day", "text": f"month {m}",
                    "article_ids": ["a"]} for m in range(0, months, max(1, months // 12))]
        svg = timeline_svg({"title": "T", "timeline": entries, "facts": []})
        axis_y = int(re.search(r'<line x1="40" y1="(\d+)"', svg).group(1))
        xs = [float(x) for x in re.findall(rf'<text x="([\d.]+)" y="{axis_y + 16}"', svg)]
        assert len(xs) >= (2 if months > 2 else 1), months
        assert all(b - a >= TICK_LABEL_PX * 0.9 for a, b in zip(xs, xs[1:])), (months, xs)
    # a target four years after the story is drawn at the edge, labelled, without squeezing the story
    entries = [{"date": f"2011-03-{d:02d}", "precision": "day", "text": f"day {d}", "article_ids": ["a"]}
               for d in range(1, 29)]
    facts = [{"subject": "Plan", "attribute": "deadline", "kind": "deadline", "status": "single-source",
              "values": [{"value": "2015", "as_of": "2011-03-02"}]}]
    svg = timeline_svg({"title": "T", "timeline": entries, "facts": facts})
    assert ">2015<" in svg
    assert not re.search(r">(?:Jan )?201[3-5]<", svg.split("Plan deadline")[0])  # no axis years out to 2015


def test_a_story_summary_is_made_of_body_sentences_not_headlines():
    from storyline.models import Article, PartialDate
    from storyline.summarize import summarize_story

    arts = [Article(id=f"a{i}", title="Floods close three bridges in Bavaria",
                    text=f"Days of rain left three bridges in Bavaria impassable on Tuesday, officials said ({i}). "
                         "About 1,200 people were evacuated from their homes near the river.",
                    lang="en", published=PartialDate.parse("2024-06-04")) for i in range(3)]
    summary = summarize_story(arts)
    assert summary and "Floods close three bridges" not in summary
