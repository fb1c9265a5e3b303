"""The CLI end to end on real inputs: the seeds (read in place) and our own fixtures."""
from __future__ import annotations

import json

import jsonschema
from click.testing import CliRunner

from storyline.cli import cli

SCHEMA = json.loads((__import__("pathlib").Path(__file__).resolve().parents[1]
                     / "src" / "storyline" / "schema" / "export.schema.json").read_text())


def run(db, *args, input=None):
    res = CliRunner().invoke(cli, ["--db", str(db), "--embedder", "hashing", *args], input=input,
                             catch_exceptions=False)
    return res


def test_seeds_ingest_export_and_reingest_is_a_noop(tmp_path, seeds):
    db = tmp_path / "s.db"
    res = run(db, "ingest", *map(str, seeds))
    assert res.exit_code == 0, res.output
    assert "ingested 3" in res.output
    doc = json.loads(run(db, "export", "--format", "json").output)
    jsonschema.validate(doc, SCHEMA)
    by_file = {a["source_path"].rsplit("/", 1)[-1][:3]: a for a in doc["articles"]}
    assert [by_file[k]["lang"] for k in ("000", "002", "004")] == ["da", "en", "da"]
    assert (by_file["000"]["published"], by_file["000"]["date_precision"]) == ("2021-04", "month")
    assert (by_file["002"]["published"], by_file["002"]["date_precision"]) == ("2021-04-29", "day")
    assert (by_file["004"]["published"], by_file["004"]["date_precision"]) == ("2021-07", "month")
    assert all(a["story_id"] and a["event_id"] for a in doc["articles"])
    assert sorted(a for s in doc["stories"] for a in s["article_ids"]) == sorted(a["id"] for a in doc["articles"])
    # the source path is kept as given on the command line
    assert by_file["000"]["source_path"] == str(seeds[0])

    again = run(db, "ingest", *map(str, seeds))
    assert again.exit_code == 0 and "ingested 0" in again.output and "duplicates 3" in again.output
    assert json.loads(run(db, "export", "--format", "json").output) == doc


def test_export_keeps_the_inputs_own_ids_and_fields(tmp_path):
    """A user's record id and labels come back in the export, so results join back to their data."""
    src = tmp_path / "labelled.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "doc-17", "topic": "port strike", "title": "Havnestrejke i Nordby", "date": "2025-03-04",
         "text": "Havnearbejderne i Nordby gik torsdag i strejke. Omkring 1.200 arbejdere deltager."},
        {"id": 18, "title": "Dockers strike in Nordby", "date": "2025-03-04",
         "text": "Dock workers in Nordby went on strike on Thursday. About 1,200 workers are taking part."},
        {"title": "No id here", "date": "2025-03-05", "text": "The strike in Nordby continued on Friday."},
        {"doc_id": "x-3", "title": "Strejken fortsætter", "date": "2025-03-06", "text": "Strejken i Nordby fortsatte lørdag."},
    ]), encoding="utf-8")
    db = tmp_path / "l.db"
    assert run(db, "ingest", str(src)).exit_code == 0
    doc = json.loads(run(db, "export").output)
    jsonschema.validate(doc, SCHEMA)
    by_title = {a["title"]: a for a in doc["articles"]}
    assert by_title["Havnestrejke i Nordby"]["record_id"] == "doc-17"
    assert by_title["Havnestrejke i Nordby"]["metadata"]["topic"] == "port strike"
    assert by_title["Dockers strike in Nordby"]["record_id"] == "18"
    assert by_title["No id here"]["record_id"] is None
    assert by_title["Strejken fortsætter"]["record_id"] == "x-3"
    assert all(a["id"] != a["record_id"] for a in doc["articles"])  # our id stays the content hash


def test_bad_items_are_reported_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "news.jsonl"
    good.write_text(
        json.dumps({"title": "Havnestrejke i Nordby", "date": "2025-03-04", "source": "Nordby Posten",
                    "text": "Havnearbejderne i Nordby gik torsdag i strejke. Omkring 1.200 arbejdere deltager."}) + "\n"
        + "{not json\n"
        + json.dumps({"title": "no text field", "date": "2025-03-05"}) + "\n",
        encoding="utf-8")
    junk = tmp_path / "junk.html"
    junk.write_bytes(b"\x00\xff\xfe\x00" * 50)
    db = tmp_path / "b.db"
    res = run(db, "ingest", str(good), str(junk))
    assert res.exit_code == 1
    assert "ingested 1" in res.output
    errs = run(db, "errors").output
    assert "news.jsonl" in errs and errs.count("\n") >= 2
    doc = json.loads(run(db, "export").output)
    assert len(doc["articles"]) == 1 and doc["articles"][0]["outlet"] == "Nordby Posten"


def test_stdin_show_articles_stories_and_markdown(tmp_path):
    db = tmp_path / "c.db"
    line = json.dumps({"title": "Deadline for port deal moved to July", "date": "2025-05-20", "lang": "en",
                       "source": "Harbour Wire", "text": "Negotiators in Nordby moved the deadline for a port deal "
                       "from June 1 to July 15, the union said on Tuesday."})
    assert run(db, "ingest", "-", input=line + "\n").exit_code == 0
    doc = json.loads(run(db, "export").output)
    sid = doc["stories"][0]["id"]
    assert sid in run(db, "stories").output
    shown = run(db, "show", sid).output
    assert "Deadline for port deal moved to July" in shown and "Events:" in shown
    assert "2025-05-20" in run(db, "articles").output
    md = run(db, "export", "--format", "md").output
    assert md.startswith("# Storyline export") and "Deadline for port deal" in md
    jl = [json.loads(x) for x in run(db, "export", "--format", "jsonl").output.splitlines() if x.strip()]
    assert {x["type"] for x in jl} == {"article", "story"}
    assert run(db, "show", "st_nope").exit_code == 2
