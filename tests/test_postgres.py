"""The PostgreSQL store: same API and behaviour as SQLite, end to end through the CLI.

Tests taking ``store`` run on both backends; those taking ``pg_url`` need a server
(``eval "$(bash scripts/ci_postgres.sh)"`` exports STORYLINE_TEST_PG_URL) and skip without one.
"""
from __future__ import annotations

import inspect
import json

import numpy as np
import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.errors import NotFound
from storyline.models import Article, Assignment, EntityMention, Extraction, PartialDate
from storyline.store import open_store
from storyline.store.migrations import MIGRATIONS
from storyline.store.sqlite import SQLiteStore, to_fts_query

postgres = pytest.importorskip("storyline.store.postgres")


def _art(i: int, text: str, *, date: str = "2025-03-04", title: str = "", **kw) -> Article:
    return Article(id=f"a{i}", title=title or f"Titel {i}", text=text, lang=kw.pop("lang", "da"),
                   published=PartialDate.parse(date), **kw)


# --- no server needed ---------------------------------------------------------------------------


def test_migrations_mirror_sqlite_number_for_number():
    assert [(n, name) for n, name, _ in postgres.PG_MIGRATIONS] == [(n, name) for n, name, _ in MIGRATIONS]


def test_every_public_sqlite_method_exists_with_the_same_parameters():
    for name, fn in inspect.getmembers(SQLiteStore, inspect.isfunction):
        if name.startswith("_"):
            continue
        assert hasattr(postgres.PostgresStore, name), f"PostgresStore lacks {name}"
        ours = inspect.signature(getattr(postgres.PostgresStore, name))
        if name != "__init__":
            assert list(ours.parameters) == list(inspect.signature(fn).parameters), name


def test_websearch_query_has_the_fts5_query_meaning():
    assert to_fts_query('foo "bar baz" -x') == '"foo" OR "bar baz" OR "x"'
    assert postgres.to_websearch_query('foo "bar baz" -x') == '"foo" or "bar baz" or "x"'
    # operators and SQL never survive: only word characters, quoted
    assert postgres.to_websearch_query("'; DROP TABLE articles; --") == '"DROP" or "TABLE" or "articles"'
    assert postgres.to_websearch_query('"unbalanced') == '"unbalanced"'
    assert postgres.to_websearch_query("* ( ) :") == ""


def test_schema_query_parameter_is_split_from_the_libpq_url():
    url, schema = postgres.split_schema("postgresql://u@h:5/db?sslmode=disable&schema=news")
    assert (url, schema) == ("postgresql://u@h:5/db?sslmode=disable", "news")
    assert postgres.split_schema("postgresql://u@h/db") == ("postgresql://u@h/db", None)


# --- both backends ------------------------------------------------------------------------------


def test_nested_transactions_join_the_outer_one(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_article(_art(1, "Havnen i Nordby er lukket."))
            with store.transaction():  # joins: no savepoint, no commit of its own
                store.add_article(_art(2, "Strejken fortsætter."))
            assert store.count_articles() == 2
            raise RuntimeError("crash after the inner block")
    assert store.count_articles() == 0
    with store.transaction():
        store.add_article(_art(3, "Strejken er slut."))
        try:
            with store.transaction():
                store.set_meta("k", {"v": 1})
                raise KeyError("inner failure, handled by the caller")
        except KeyError:
            pass
    # as on SQLite, the handled inner failure does not undo the outer transaction's work
    assert store.count_articles() == 1 and store.get_meta("k") == {"v": 1}


def test_search_ranks_titles_higher_and_filters(store):
    store.add_article(_art(1, "Fagforeningen 3F kræver mere i løn.", title="Strejke i havnen", date="2025-03-04"))
    store.add_article(_art(2, "Strejke i havnen: arbejderne gik torsdag ud.", title="Nordby", date="2025-04-02"))
    store.add_article(_art(3, "Oversvømmelser ved floden.", title="Flod", lang="en", date="2025-03-05"))
    hits = store.search_fts("strejke havnen")
    assert [h[0] for h in hits] == ["a1", "a2"]  # both match both terms; a1 has them in the title
    assert hits[0][1] > hits[1][1] > 0
    assert [h[0] for h in store.search_fts('"gik torsdag"')] == ["a2"]
    assert store.search_fts('"torsdag gik"') == []  # a phrase keeps its word order
    assert sorted(h[0] for h in store.search_fts("strejke floden")) == ["a1", "a2", "a3"]  # OR: any term
    assert [h[0] for h in store.search_fts_filtered("strejke", until="2025-03")] == ["a1"]
    assert store.search_fts_filtered("strejke", lang="en") == []
    for nasty in ['"unbalanced', "AND OR NOT", "a:b", "*", "NEAR(", "'; DROP TABLE articles; --", "", "x" * 5000,
                  "!(foo & bar) <-> baz:*", "\x00"]:
        store.search_fts(nasty)
    assert store.count_articles() == 3


def test_vector_rows_briefs_follows_alerts_and_entity_index(store):
    for i, date in ((1, "2025-03-04"), (2, "2025-03"), (3, None)):
        store.add_article(_art(i, f"Tekst nummer {i} om havnen.", date=date) if date
                          else Article(id="a3", title="t", text="Udateret tekst.", lang="en"))
        store.save_embedding(f"a{i}", "m.v1", np.full(4, i, dtype=np.float32))
        store.save_assignment(Assignment(f"a{i}", "e1", "s1", True, True))
    assert store.embedding_stats("m.v1") == (3, store.max_article_seq())
    seqs, vecs = store.embedding_rows("m.v1", after_seq=1)
    assert seqs.tolist() == [2, 3] and vecs.shape == (2, 4) and vecs[1, 0] == 3
    assert store.ids_for_seqs([1, 3]) == {1: "a1", 3: "a3"}
    assert store.article_ids_after(1) == ["a2", "a3"]
    assert sorted(store.filter_seqs(lang="da").tolist()) == [1, 2]
    assert sorted(store.filter_seqs(story_id="s1", since="2025-03-02").tolist()) == [1]
    brief = store.story_brief("s1")
    assert brief == {"id": "s1", "size": 3, "first_date": "2025-03-01", "last_date": "2025-03-04",
                     "languages": ["da", "en"]}

    store.save_extraction(Extraction("a1", entities=(EntityMention("a1", "Nordby", "LOC", 0, 6, "Nordby."),)))
    assert store.sync_entity_index(lambda m: [m.text.casefold()]) == 1
    assert store.entity_article_ids(["nordby"]) == ["a1"]
    assert store.sync_entity_index(lambda m: [m.text.casefold()]) == 0  # nothing new since
    store.save_extraction(Extraction("a1", entities=(EntityMention("a1", "Sydby", "LOC", 0, 5, "Sydby."),)))
    assert store.sync_entity_index(lambda m: [m.text.casefold()]) == 1  # a replaced extraction is re-indexed
    assert store.entity_article_ids(["nordby"]) == [] and store.entity_article_ids(["sydby"]) == ["a1"]

    fid = store.add_follow("story", "s1", None, {"events": ["e1"]}, 3)
    store.update_follow(fid, {"events": ["e1", "e2"]}, 4)
    f = store.get_follow(fid)
    assert (f["kind"], f["value"], f["state"], f["last_seq"]) == ("story", "s1", {"events": ["e1", "e2"]}, 4)
    assert [x["id"] for x in store.list_follows()] == [fid]
    a1 = store.add_alert(fid, "new_event", "s1", {"event": "e2"})
    a2 = store.add_alert(fid, "fact_changed", "s1", {"fact": "x"})
    store.mark_alert_delivered(a1, error="HTTP 500")
    alerts, total = store.list_alerts(follow_id=fid, limit=1)
    assert total == 2 and [a["id"] for a in alerts] == [a2] and alerts[0]["payload"] == {"fact": "x"}
    older, _ = store.list_alerts(limit=5, offset=1)
    assert older[0]["delivery_error"] == "HTTP 500" and older[0]["delivered_at"]
    store.delete_follow(fid)
    with pytest.raises(NotFound):
        store.delete_follow(fid)
    with pytest.raises(NotFound):
        store.get_follow(fid)


# --- PostgreSQL only ------------------------------------------------------------------------------


def test_schemas_isolate_stores_and_migrations_apply_once(pg_url):
    s = open_store(pg_url)
    assert s.schema_version() == len(MIGRATIONS)
    s.add_article(_art(1, "Havnen i Nordby."))
    other = open_store(pg_url.replace("schema=", "schema=other_"))
    try:
        assert other.count_articles() == 0
        again = open_store(pg_url)
        assert again.migrate() == [] and again.count_articles() == 1
        again.close()
    finally:
        other.conn.execute(f'DROP SCHEMA "{other.schema}" CASCADE')
        other.close()
        s.close()


def test_a_second_connection_sees_only_committed_writes_and_readonly_cannot_write(pg_url):
    writer, reader = open_store(pg_url), open_store(pg_url)
    try:
        with writer.transaction():
            writer.add_article(_art(1, "Havnen i Nordby."))
            assert reader.count_articles() == 0  # not committed yet
        assert reader.count_articles() == 1
        ro = postgres.PostgresStore(pg_url, readonly=True)
        assert ro.get_article("a1").article.text == "Havnen i Nordby."
        with pytest.raises(Exception, match="read-only"):
            ro.add_article(_art(2, "Nope."))
        ro.close()
        assert writer.integrity_check() == ["1 articles without a story assignment"]
    finally:
        writer.close()
        reader.close()


def _write_inputs(tmp_path):
    recs = [
        {"title": "Havnestrejke i Nordby", "date": "2025-03-04", "source": "Nordby Posten",
         "text": "Havnearbejderne i Nordby gik torsdag i strejke. Omkring 1.200 arbejdere deltager, siger 3F."},
        {"title": "Dock strike in Nordby", "date": "2025-03-05", "source": "Baltic Wire",
         "text": "Dock workers in the Danish port of Nordby walked out on Thursday; about 1,200 joined the strike."},
        {"title": "Dock strike in Nordby", "date": "2025-03-06", "source": "Nordic Daily",
         "text": "Dock workers in the Danish port of Nordby walked out on Thursday; about 1,200 joined the strike."},
        {"title": "Rhine floods Cologne", "date": "2024-10-03", "source": "Euro News Desk",
         "text": "Days of rain pushed the Rhine over its banks in Cologne; 3,400 people had to leave their homes."},
        {"title": "Hochwasser in Köln", "date": "2024-10-02", "source": "Rhein Zeitung",
         "text": "Der Rhein ist bei Köln über die Ufer getreten. 3.400 Menschen mussten ihre Häuser verlassen."},
    ]
    p = tmp_path / "news.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n{broken\n", encoding="utf-8")
    return [str(p)]


def _export(db: str) -> dict:
    res = CliRunner().invoke(cli, ["--db", db, "export", "--format", "json"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    for s in doc["stories"]:
        s.pop("updated_at", None)  # a wall-clock time
    return doc


@pytest.mark.parametrize("command", ["ingest", "backfill"])
def test_cli_into_postgresql_exports_exactly_what_sqlite_does(tmp_path, pg_url, command):
    paths = _write_inputs(tmp_path)
    sqlite_db = str(tmp_path / "s.db")
    outputs = []
    for db in (sqlite_db, pg_url):
        res = CliRunner().invoke(cli, ["--db", db, "--embedder", "hashing", command, *paths], catch_exceptions=False)
        assert res.exit_code == 1  # the broken line
        outputs.append(res.output)
        assert "errors 1" in res.output and "near-copies" in res.output
    assert outputs[0] == outputs[1]
    lite, pg = _export(sqlite_db), _export(pg_url)
    assert len(pg["articles"]) == 5 and pg["stories"]
    assert sum(1 for a in pg["articles"] if a["copy_of"]) == 1
    assert pg == lite
    # the stage outputs behind the export agree too
    s, p = open_store(sqlite_db), open_store(pg_url)
    try:
        ids = [a["id"] for a in lite["articles"]]
        assert {k: v.as_dict() for k, v in s.get_extractions(ids).items()} == \
            {k: v.as_dict() for k, v in p.get_extractions(ids).items()}
        assert s.assignments() == p.assignments()
        assert s.stats() == p.stats()
        assert p.integrity_check() == []
        assert [e["reason"] for e in p.iter_errors()] == [e["reason"] for e in s.iter_errors()]
    finally:
        s.close()
        p.close()


def test_fts_primitives_of_the_search_module(store):
    store.add_article(_art(1, "Strejken i havnen fortsætter i Nordby.", title="Strejke", date="2025-03-04"))
    store.add_article(_art(2, "Havnen i Nordby er lukket.", title="Havn", date="2025-03-05"))
    store.add_article(_art(3, "Oversvømmelser i Köln.", title="Flod", lang="de", date="2025-03-06"))
    for i, story in ((1, "s1"), (2, "s1"), (3, "s2")):
        store.save_assignment(Assignment(f"a{i}", f"e{i}", story, True, True))
    assert store.fts_count('"havnen" OR "köln"') == 3
    assert store.fts_count('"havnen" AND "nordby"') == 2
    assert store.fts_count('"havnen" AND "strejken"') == 1
    assert store.fts_count('"i nordby"') == 2  # a phrase
    assert [i for i, _ in store.fts_ranked('"havnen" AND "strejken"')] == ["a1"]
    assert {i for i, _ in store.fts_ranked('"nordby" OR "köln"', lang="de")} == {"a3"}
    assert store.fts_doc_freq(["havnen", "strejken", "nowhere"]) == {"havnen": 2, "strejken": 1, "nowhere": 0}
    store.record_merge("s2", "s1", "story")
    assert store.stories_of(["a1", "a3", "zz"]) == {"a1": "s1", "a3": "s1"}
    briefs = store.story_briefs(["s1"])
    assert briefs["s1"]["size"] == 3 and briefs["s1"]["languages"][0] == "da"


def test_search_finds_the_same_stories_and_hits_on_both_backends(tmp_path, pg_url):
    from storyline.distributed import backfill
    from storyline.search import search
    from storyline.settings import Settings

    from test_distributed import write_archive

    paths = write_archive(tmp_path / "archive")
    settings = Settings(embedder="hashing", extract=False)
    lite, pg = open_store(str(tmp_path / "s.db")), open_store(pg_url)
    try:
        backfill(paths, lite, settings)
        backfill(paths, pg, settings)
        for q in ["strike Nordby", "Köln Hochwasser", '"walked out"', "the strike of the port", "havnen 3F"]:
            found = [search(s, q, embedder_name="hashing") for s in (lite, pg)]  # keyword + vectors
            assert found[0]["total"] >= 1, q
            # the same stories with the same hits (ts_rank and BM25 may order close hits differently)
            assert [sorted(h["id"] for h in it["hits"]) for it in found[0]["items"]] == \
                [sorted(h["id"] for h in it["hits"]) for it in found[1]["items"]], q
    finally:
        lite.close()
        pg.close()
