"""What users see for awkward real data: undated and single-article stories, right-to-left and
Chinese text, long runs of changed figures, markup characters in titles. Pure renderings of
hand-made story dicts (every text written for these tests), no store and no model."""
from __future__ import annotations

import re

from storyline.render import _clip, articles_table, export_text, story_text, text_width
from storyline.svg import timeline_svg


def _entry(date, text, n=1, precision="day"):
    return {"date": date, "precision": precision, "text": text, "article_ids": [f"a{i}" for i in range(n)]}


def _article(aid, lang, title, published="2024-03-08", outlet=None):
    return {"id": aid, "lang": lang, "title": title, "display_title": title, "published": published,
            "outlet": outlet, "url": None, "copy_of": None, "story_id": "st_x", "event_id": "ev_x"}


def _story(**over):
    s = {"id": "st_x", "title": "Bridge collapse in Varnholm", "article_ids": ["a1"], "languages": ["en"],
         "first_date": "2024-03-04", "last_date": "2024-03-08", "size": 1, "outlets": [],
         "updated_at": "2024-03-09T10:00:00", "events": [], "timeline": [], "entities": [], "figures": [],
         "dates": [], "quotes": [], "facts": [], "articles": []}
    s.update(over)
    return s


# --- the timeline picture ----------------------------------------------------------------

def test_svg_year_only_entries_do_not_stretch_the_axis_back_to_january():
    entries = [_entry("2024", "a date read only to the year", precision="year"),
               _entry("2024", "another one", precision="year")]
    entries += [_entry(f"2024-03-{d:02d}", f"day {d}") for d in (4, 6, 8)]
    svg = timeline_svg(_story(timeline=entries))
    axis_labels = re.findall(r'text-anchor="middle" fill="#333">([^<]+)<', svg)
    assert axis_labels and not any(lab.startswith(("Jan", "Feb")) for lab in axis_labels), axis_labels
    assert "day 4" in svg and "day 8" in svg


def test_svg_labels_at_the_right_edge_turn_left_instead_of_being_cut_off():
    from storyline.svg import CHAR_W, WIDTH

    entries = [_entry("2024-04-02", "talks open"), _entry("2024-07-01", "deadline moved to the first of July")]
    svg = timeline_svg(_story(timeline=entries))
    for m in re.finditer(r'<text x="([\d.]+)" y="\d+"( text-anchor="end")? fill="#222">([^<]+)</text>', svg):
        x, leftward, label = float(m.group(1)), bool(m.group(2)), m.group(3)
        right = x if leftward else x + len(label) * CHAR_W
        assert right <= WIDTH, (label, x)
        assert (x - len(label) * CHAR_W if leftward else x) >= 0, label
    assert 'text-anchor="end" fill="#222">2024-07-01 deadline moved' in svg


def test_svg_many_changed_values_leave_no_label_on_another():
    from storyline.svg import CHAR_W

    values = [{"value": 100 + 30 * i, "as_of": f"2023-10-{i + 1:02d}", "outlets": ["X"]} for i in range(28)]
    facts = [{"subject": "", "attribute": "homes evacuated", "kind": "figure", "status": "changed",
              "values": values}]
    entries = [_entry(f"2023-10-{d:02d}", f"update {d}") for d in range(1, 29, 3)]
    svg = timeline_svg(_story(timeline=entries, facts=facts))
    rows: dict[str, list[tuple[float, float]]] = {}
    for m in re.finditer(r'<text x="([\d.]+)" y="(\d+)" text-anchor="middle" fill="#c0392b">([^<]+)</text>', svg):
        x, half = float(m.group(1)), len(m.group(3)) * CHAR_W / 2
        rows.setdefault(m.group(2), []).append((x - half, x + half))
    assert rows
    for spans in rows.values():
        spans.sort()
        assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:])), spans
    assert svg.count("<title>") >= len(values)  # every value keeps its tooltip
    assert svg.count('marker-end="url(#arrow)"') == 0  # one line, not 27 arcs


# --- terminal ----------------------------------------------------------------------------

def test_terminal_columns_count_chinese_as_two():
    assert text_width("龙泉晚报") == 8 and text_width("Northern") == 8
    assert text_width(_clip("瓦恩霍尔姆大桥坍塌事故死亡人数升至21人", 10)) <= 10
    rows = [_article("efdbcf72dc2b9eb7", "zh", "春节庙会吸引数万游客", "2024-02-10", "龙泉晚报"),
            _article("fafa5b1d37f0727b", "en", "Bridge collapse in Varnholm", "2024-03-04", "Northern Wire")]
    lines = articles_table(rows).splitlines()
    starts = [text_width(line[: line.index(t)]) for line, t in zip(lines, ("春节", "Bridge"))]
    assert starts[0] == starts[1], lines


def test_show_figure_without_what_has_no_gap():
    fig = {"value": 19.0, "value_max": None, "unit": None, "qualifier": "exact", "what": "", "text": "19",
           "article_id": "34be5e11d0d2799a"}
    out = story_text(_story(figures=[fig]))
    assert "  19  — “19”" in out


# --- Markdown export ---------------------------------------------------------------------

def test_markdown_export_of_an_undated_story_with_markup_in_its_names():
    art = _article("a1", "en", "Budget *committee* meets [again] #3", None, "Lindenfels <Gazette> & Co")
    story = _story(title="Budget *committee* meets [again] #3", first_date=None, last_date=None,
                   facts=[{"subject": "Pool", "attribute": "cost", "status": "conflicting",
                           "values": [{"value": 2000000, "as_of": "2024-03-01"},
                                      {"value": 2500000, "as_of": "2024-03-01"}]}])
    md = export_text({"articles": [art], "stories": [story]}, "md")
    assert "None" not in md and "· undated ·" in md
    assert r"Lindenfels \<Gazette\> \& Co" in md and "<Gazette>" not in md
    assert r"## Budget \*committee\* meets \[again\] \#3" in md
    assert "2000000 (2024-03-01) vs 2500000 (2024-03-01)" in md and "→" not in md.split("### Facts")[1]


# --- web pages ---------------------------------------------------------------------------

def _page(story):
    from storyline.web import render

    return render("story.html", story=story, nav="stories")


def test_story_page_of_one_undated_article():
    art = _article("a1", "en", "Budget committee meets", None)
    html = _page(_story(first_date=None, last_date=None, articles=[art]))
    assert "1 article<" in html and "1 articles" not in html
    assert "No dated entries yet" in html and "<svg" not in html
    assert "No facts tracked yet" in html and '<table class="facts">' not in html


def test_right_to_left_text_gets_its_own_direction():
    from storyline.web import render

    he = _article("4772bcae352ba655", "he", "קריסת הגשר בוורנהולם: מספר ההרוגים עלה ל-21", outlet="חדשות הצפון")
    html = _page(_story(title=he["title"], languages=["he"], articles=[he],
                        timeline=[_entry("2024-03-08", he["title"]) | {"article_ids": [he["id"]]}]))
    assert '<h1 dir="auto">קריסת' in html
    assert f'dir="auto" lang="he">{he["title"]}</a>' in html  # the sources table
    assert f'<span dir="auto" lang="he">{he["title"]}</span>' in html  # the timeline list
    page = render("article.html", article=he | {"full_text": he["title"] + "\n\nמשרד התחבורה.", "extraction": None},
                  nav="")
    assert '<div class="article-text" dir="auto" lang="he">' in page


def test_conflicting_values_are_alternatives_not_changes():
    facts = [{"subject": "Varnholm", "attribute": "dead", "kind": "figure", "status": "conflicting",
              "values": [{"value": 19, "as_of": "2024-03-06", "article_ids": []},
                         {"value": 21, "as_of": "2024-03-06", "article_ids": []}]},
             {"subject": "inquiry", "attribute": "deadline", "kind": "deadline", "status": "changed",
              "values": [{"value": "2024-04-30", "as_of": "2024-03-06", "article_ids": []},
                         {"value": "2024-05-15", "as_of": "2024-03-08", "article_ids": []}]}]
    html = _page(_story(facts=facts))
    conflicting, changed = html.split('class="status-conflicting"')[1].split('class="status-changed"')
    assert "vs" in conflicting and "→" not in conflicting and "fact-value changed" not in conflicting
    assert "→" in changed and "fact-value changed" in changed


def test_long_lists_say_how_much_is_not_shown():
    figs = [{"value": i, "text": str(i), "what": "homes", "article_id": "a1"} for i in range(45)]
    ents = [{"name": f"Person {i}", "type": "PER", "article_ids": ["a1"], "aliases": []} for i in range(41)]
    html = _page(_story(figures=figs, entities=ents))
    assert "40 of 45 figures shown" in html and "40 of 41 entities shown" in html


def test_errors_on_a_clean_store_says_so(tmp_path):
    from click.testing import CliRunner

    from storyline.cli import cli

    r = CliRunner().invoke(cli, ["--db", str(tmp_path / "e.db"), "errors"])
    assert r.exit_code == 0 and r.output.strip() == "(no errors)"


def test_a_long_run_of_values_is_folded_everywhere():
    from storyline.cli_timeline import facts_text

    values = [{"value": 100 + 30 * i, "as_of": f"2023-10-{i + 1:02d}", "article_ids": ["a1"],
               "sentences": [{"article_id": "a1" * 8, "text": f"{100 + 30 * i} homes were evacuated."}]}
              for i in range(30)]
    fact = {"subject": "", "attribute": "homes evacuated", "kind": "figure", "status": "changed", "values": values}
    text = facts_text([fact])
    assert "100 → 130 → … 25 more … → 910 → 940 → 970 (changed)" in text
    assert len(text.splitlines()) < 10 and "more values: storyline facts --json" in text
    shown = story_text(_story(facts=[fact]))
    assert "… 25 more …" in shown and "(as of 2023-10-15" not in shown
    html = _page(_story(facts=[fact]))
    assert '<details class="more-values"><summary>… 25 more</summary>' in html
    assert html.count("</details>") == 1 and ">970<" in html


def test_stories_page_past_the_end_or_filtered_to_nothing_is_not_an_empty_store():
    from storyline.web import render

    def page(total, offset, params):
        data = {"items": [], "total": total, "limit": 1, "offset": offset, "filters": params}
        return render("stories.html", data=data, nav="stories", params=params,
                      stats={"articles": 3, "languages": 2})

    past = page(2, 5, {})
    assert "No stories yet" not in past and "there are 2" in past
    assert "6–2" not in past and "past the last of 2" in past and "offset=1" in past  # newer: the last page
    filtered = page(0, 0, {"lang": "xx"})
    assert "No stories yet" not in filtered and "No stories match these filters" in filtered
    assert "No stories yet" in page(0, 0, {})
    from storyline.web import render as r

    h = r("search.html", data={"items": [], "total": 2, "hits": 5, "limit": 1, "offset": 9}, error=None,
          params={"q": "flood"}, nav="search")
    assert "Nothing found" not in h and "2 stories matched" in h and "past the last of 2" in h
