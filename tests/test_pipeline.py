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
