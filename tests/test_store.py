"""The SQLite store: migrations, idempotent inserts, FTS, clusters and merges, integrity."""
from __future__ import annotations

import numpy as np
import pytest

from storyline.errors import NotFound
from storyline.models import Article, Assignment, EntityMention, Extraction, ItemError, PartialDate
from storyline.store import open_store
from storyline.store.migrations import MIGRATIONS
from storyline.store.sqlite import to_fts_query


def _art(i: int, text: str = "Havnen i Nordby er lukket efter strejken.", **kw) -> Article:
    return Article(id=f"a{i}", title=f"Titel {i}", text=text, lang="da",
                   published=PartialDate.parse(kw.pop("date", "2025-03-0%d" % (i % 9 + 1))), **kw)


def test_migrations_are_numbered_and_applied_once(tmp_path):
    numbers = [n for n, _, _ in MIGRATIONS]
    assert numbers == sorted(numbers) == list(range(1, len(numbers) + 1))
    path = str(tmp_path / "m.db")
    s = open_store(path)
    assert s.schema_version() == len(MIGRATIONS)
    s.close()
    s = open_store(path)
    assert s.migrate() == []  # nothing left to apply
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()


def test_add_article_is_idempotent_and_round_trips(store):
    a = _art(1, outlet="Ritzau", url="https://example.org/1", date="2021-04")
    assert store.add_article(a) is True
    assert store.add_article(a) is False
    assert store.count_articles() == 1
    row = store.get_article("a1")
    assert row.article.published == PartialDate.parse("2021-04")
    assert row.article.published.precision == "month"
    assert row.as_dict()["published"] == "2021-04"
    assert row.article.outlet == "Ritzau"
    with pytest.raises(NotFound):
        store.get_article("nope")


def test_transaction_rolls_back_everything(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_article(_art(1))
            store.save_embedding("a1", "m", np.ones(4, dtype=np.float32))
            raise RuntimeError("crash")
    assert store.count_articles() == 0
    assert store.get_embeddings() == {}


def test_fts_search_ranks_and_never_raises_on_syntax(store):
    store.add_article(_art(1, text="Strejken i havnen fortsætter, og fristen rykkes til juli."))
    store.add_article(_art(2, text="Oversvømmelser ved floden tvang 3.400 mennesker fra deres hjem."))
    hits = store.search_fts("havnen strejken")
    assert hits and hits[0][0] == "a1"
    for nasty in ['"unbalanced', "AND OR NOT", "a:b", "*", "NEAR(", "'; DROP TABLE articles; --", ""]:
        store.search_fts(nasty)  # never a syntax error
    assert store.count_articles() == 2
    assert to_fts_query('foo "bar baz" -x') == '"foo" OR "bar baz" OR "x"'


def test_errors_runs_extractions_embeddings(store):
    run = store.start_run("ingest x")
    store.add_error(ItemError("x.json", "line 3", "invalid JSON: Expecting value"), run)
    store.finish_run(run, {"errors": 1})
    errs = list(store.iter_errors(run))
    assert errs[0]["locator"] == "line 3" and "invalid JSON" in errs[0]["reason"]
    store.add_article(_art(1))
    ex = Extraction("a1", entities=(EntityMention("a1", "Nordby", "LOC", 9, 15, "Havnen i Nordby."),), version="t")
    store.save_extraction(ex)
    assert store.get_extractions(["a1"])["a1"] == ex
    v = np.arange(4, dtype=np.float32)
    store.save_embedding("a1", "m", v)
    assert np.array_equal(store.get_embeddings(["a1"])["a1"], v)


def test_clusters_assignments_and_merges_stay_resolvable(store):
    for i in (1, 2):
        store.add_article(_art(i))
    store.save_clusters([{"id": "s1", "kind": "story", "payload": {"n": 1}},
                         {"id": "s2", "kind": "story", "payload": {"n": 1}}])
    store.save_assignment(Assignment("a1", "e1", "s1", True, True))
    store.save_assignment(Assignment("a2", "e2", "s2", True, True))
    assert store.story_ids() == ["s1", "s2"]
    store.record_merge("s2", "s1", "story")
    assert store.resolve_cluster_id("s2") == "s1"
    assert store.story_ids() == ["s1"]
    assert set(store.story_article_ids("s2")) == {"a1", "a2"}
    assert store.get_article("a2").story_id == "s1"
    assert store.integrity_check() == []


def test_integrity_check_reports_unassigned_articles(store):
    store.add_article(_art(1))
    assert any("without a story" in p for p in store.integrity_check())


def test_iter_articles_filters_like_search_and_until_covers_its_period(store):
    with store.transaction():
        store.add_article(_art(1, date="2021-07-31"))
        store.add_article(_art(2, date="2021-08-15", outlet="Ritzau"))
        store.add_article(_art(3, date="2021-09-01"))
        store.add_article(_art(4, date="2021-08"))
    def ids(**kw):
        return [r.article.id for r in store.iter_articles(**kw)]
    # "until 2021-08" means to the end of August: a mid-month date is inside it
    assert ids(until="2021-08") == ["a1", "a4", "a2"]
    assert ids(since="2021-08", until="2021-08") == ["a4", "a2"]
    assert ids(until="2021-08-15") == ["a1", "a4", "a2"]
    assert ids(outlet="Ritzau") == ["a2"]
    assert ids(ids=["a3", "a1"]) == ["a1", "a3"] and ids(ids=[]) == []
    assert len(store.filter_seqs(until="2021-08")) == 3
