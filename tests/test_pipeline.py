"""Pipeline stages over plain data, and ingest of ready-made items."""
from __future__ import annotations

from storyline.models import Article, ItemError, PartialDate
from storyline.pipeline import identify_language, ingest
from storyline.settings import Settings

DA = ("Havnearbejderne i Korsby nedlagde torsdag arbejdet, efter at forhandlingerne om en ny overenskomst "
      "brød sammen natten til torsdag. Omkring 1.200 ansatte deltager i strejken, oplyser fagforeningen. "
      "Arbejdsgiverne kalder strejken ulovlig.")


def _a(text: str, lang: str = "und", i: int = 0, date: str = "2025-03-06") -> Article:
    return Article(id=f"id{i}", title="", text=text, lang=lang, published=PartialDate.parse(date))


def test_declared_language_is_a_hint_that_a_sure_detector_overrules():
    s = Settings()
    assert identify_language(_a(DA), s).lang == "da"
    assert identify_language(_a(DA, "da"), s).lang == "da"
    # a site-wide <html lang="en"> on a Danish article: the detector is sure, the text is long
    assert identify_language(_a(DA, "en"), s).lang == "da"
    # too short to overrule: the declaration stands
    assert identify_language(_a("Strejke i Korsby", "da"), s).lang == "da"
    assert identify_language(_a("Strejke"), s).lang == "und"


def test_ingest_items_mixing_good_and_bad(tmp_path):
    from storyline.store import open_store

    store = open_store(str(tmp_path / "p.db"))
    items = [_a(DA, i=1), ItemError("x.jsonl", "line 2", "invalid JSON"),
             _a(DA.replace("1.200", "1.300"), i=2, date="2025-03-07"), _a(DA, i=1)]
    report = ingest([], store, Settings(embedder="hashing"), items=items)
    assert (report.ingested, report.errors, report.duplicates) == (2, 1, 1)
    assert report.copies == 1  # id2 is a near-copy of id1 (one figure changed)
    assert store.get_article("id2").copy_of == "id1"
    assert store.integrity_check() == []
    assert set(report.seconds) >= {"language", "dedup", "extract", "embed", "cluster+store"}
    store.close()


def test_a_failing_article_is_an_error_record_and_the_batch_goes_on(tmp_path, monkeypatch):
    from storyline import clustering
    from storyline.store import open_store

    real_add = clustering.StoryClusterer.add

    def flaky(self, article, *a, **kw):
        if article.id == "id2":
            raise RuntimeError("disk on fire")
        return real_add(self, article, *a, **kw)

    monkeypatch.setattr(clustering.StoryClusterer, "add", flaky)
    store = open_store(str(tmp_path / "f.db"))
    items = [_a(DA, i=1), _a("Oversvømmelser ved floden Olm tvang 3.400 mennesker fra deres hjem mandag, "
                             "oplyser myndighederne i delstaten.", i=2), _a(DA + " Ekstra.", i=3)]
    report = ingest([], store, Settings(embedder="hashing", extract=False), items=items)
    assert (report.ingested, report.errors) == (2, 1)
    assert report.error_items[0].stage == "cluster+store" and "disk on fire" in report.error_items[0].reason
    assert not store.has_article("id2")  # rolled back whole: no half-written article
    assert store.integrity_check() == []
    store.close()


def test_overlapped_extract_and_embed_give_the_same_store(tmp_path):
    """Extraction in the worker thread while embedding runs is the same computation as in turn."""
    from storyline.store import open_store

    en = ("The port of Korsby stayed closed on Thursday. About 1,200 dockworkers joined the strike, "
          "the union said, and talks resume by 15 May.")
    items = [_a(DA, i=1), _a(en, i=2, date="2025-03-07"), _a(DA.replace("1.200", "1.300"), i=3, date="2025-03-08")]
    out = {}
    for overlap in (False, True):
        db = str(tmp_path / f"o{overlap}.db")
        store = open_store(db)
        report = ingest([], store, Settings(db=db, embedder="hashing", overlap=overlap, batch_size=2), items=items)
        assert report.ingested == 3 and report.errors == 0
        assert {"extract", "embed"} <= set(report.seconds)
        assert ("overlap saved" in report.seconds) == overlap and report.seconds.get("overlap saved", 0.0) <= 0.0
        ex = store.get_extractions([a.id for a in items])
        out[overlap] = ({k: v.as_dict() if hasattr(v, "as_dict") else repr(v) for k, v in ex.items()},
                        store.assignments())
        store.close()
    assert out[False] == out[True]


def test_clusterer_name_counts_persist_term_by_term_and_resume_exactly(tmp_path, monkeypatch):
    """The clusterer's name counts live in their own table, updated per article (rewriting them
    whole with every article made ingest slower as the store grew); pruning agrees with memory,
    and a resumed ingest ends where one uninterrupted run ends."""
    from storyline import cluster
    from storyline.clustering import StoryClusterer
    from storyline.store import open_store

    monkeypatch.setattr(cluster, "DF_KEEP", 12)  # force several prunes
    towns = ["Korsby", "Nordby", "Vestby", "Lundby", "Havnby", "Sandby", "Bakkeby", "Skovby"]
    items = [_a(f"Strejken i {towns[i % 8]} og {towns[(i * 3) % 8]} fortsætter, oplyser {towns[(i + 5) % 8]} "
                f"Havn. Omkring {1000 + i} ansatte i {towns[(i * 5) % 8]} Kommune deltager.", "da", i=i,
                date=f"2025-03-{i % 28 + 1:02d}") for i in range(24)]
    results = {}
    for name, parts in (("one run", [items]), ("resumed", [items[:10], items[10:]])):
        db = str(tmp_path / f"{name}.db")
        store = open_store(db)
        for part in parts:
            ingest([], store, Settings(db=db, embedder="hashing", batch_size=4), items=part)
        state = StoryClusterer.load(store, Settings(db=db), embedder_name="hashing").state
        assert store.term_counts() == dict(state.df) and len(state.df) <= 12
        assert "df" not in store.get_meta("cluster_state")
        results[name] = (store.term_counts(), store.assignments())
        store.close()
    assert results["one run"] == results["resumed"]


def test_a_store_from_before_the_term_table_moves_its_counts_over(tmp_path):
    from storyline.clustering import META_KEY, StoryClusterer
    from storyline.store import open_store

    db = str(tmp_path / "old.db")
    store = open_store(db)
    ingest([], store, Settings(db=db, embedder="hashing"), items=[_a(DA, "da", i=1), _a(DA + " Korsby.", "da", i=2)])
    counts = store.term_counts()
    assert counts
    # as cluster.online.v1 left it: the counts inside the meta row, no table rows
    meta = store.get_meta(META_KEY)
    meta["df"] = counts
    store.set_meta(META_KEY, meta)
    store.prune_term_counts(0)
    assert store.term_counts() == {}
    state = StoryClusterer.load(store, Settings(db=db), embedder_name="hashing").state
    assert dict(state.df) == counts and store.term_counts() == counts
    store.close()


def test_a_focused_store_remembers_its_focus(tmp_path):
    """``Settings.focus`` (``storyline ingest --focus``) is kept by the store: a later ingest
    without it still clusters the store as one storyline."""
    from storyline.clustering import META_KEY, StoryClusterer
    from storyline.store import open_store

    db = str(tmp_path / "focus.db")
    store = open_store(db)
    ingest([], store, Settings(db=db, embedder="hashing", focus=True), items=[_a(DA, "da", i=1)])
    assert store.get_meta(META_KEY)["focus"] is True
    clusterer = StoryClusterer.load(store, Settings(db=db), embedder_name="hashing")
    assert clusterer.state.settings.focused and clusterer.cluster_settings.anchor_join <= 1.0
    ingest([], store, Settings(db=db, embedder="hashing"), items=[_a(DA + " Korsby.", "da", i=2)])
    assert store.get_meta(META_KEY)["focus"] is True
    plain_db = str(tmp_path / "plain.db")
    plain = open_store(plain_db)
    ingest([], plain, Settings(db=plain_db, embedder="hashing"), items=[_a(DA, "da", i=1)])
    assert plain.get_meta(META_KEY)["focus"] is False
    assert not StoryClusterer.load(plain, Settings(db=plain_db), embedder_name="hashing").state.settings.focused
    store.close()
    plain.close()


def test_a_short_declared_text_is_not_sent_to_the_detector(monkeypatch):
    from storyline import lang

    def fail(*a, **k):
        raise AssertionError("the detector was asked")

    monkeypatch.setattr(lang, "detect", fail)
    got = identify_language(_a("Strejke i Korsby", "da"), Settings())
    assert (got.lang, got.lang_confidence) == ("da", 0.5)
