"""Backfill: one process and a Dask LocalCluster store exactly the same thing on the same input."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.distributed import backfill, backfill_key, process_articles
from storyline.models import Article, PartialDate
from storyline.settings import Settings
from storyline.store import open_store
from storyline.views import export_dict

DEMO_CORPUS = Path(__file__).resolve().parents[1] / "src" / "storyline" / "demo" / "corpus"

# our own small archive: two stories in two languages, a wire copy, an undated item, a bad line
HARBOUR = [
    ("2025-03-04", "Nordby Posten", "da", "Havnestrejke i Nordby",
     "Havnearbejderne i Nordby gik torsdag i strejke. Omkring 1.200 arbejdere deltager, oplyser fagforeningen 3F."),
    ("2025-03-06", "Kystavisen", "da", "Strejken i Nordby Havn fortsætter",
     "Strejken i Nordby Havn fortsætter. Fagforeningen 3F kræver 4 procent mere i løn, og forhandlingerne er gået i stå."),
    ("2025-03-05", "Baltic Wire", "en", "Dock workers strike in Nordby",
     "Dock workers in the Danish port of Nordby walked out on Thursday. About 1,200 workers joined the strike, "
     "the union 3F said."),
    ("2025-03-10", "Baltic Wire", "en", "Nordby port strike ends with a deal",
     "The strike at the port of Nordby ended on Monday after the union 3F and employers agreed a 3.5 percent pay rise "
     "until 2027."),
]
FLOOD = [
    ("2024-10-02", "Rhein Zeitung", "de", "Hochwasser am Rhein",
     "Nach tagelangem Regen ist der Rhein bei Köln über die Ufer getreten. 3.400 Menschen mussten ihre Häuser "
     "verlassen, teilte die Stadt mit."),
    ("2024-10-03", "Euro News Desk", "en", "Rhine floods force 3,400 from homes in Cologne",
     "Days of rain pushed the Rhine over its banks in Cologne, and 3,400 people had to leave their homes, the city "
     "said on Wednesday."),
    ("2024-10", "Euro News Desk", "en", "Cologne counts the cost of the flood",
     "Cologne's mayor said the October flood caused damage of about 80 million euros to roads and homes along the "
     "Rhine."),
]


def _record(date, outlet, lang, title, text):
    return {"date": date, "source": outlet, "lang": lang, "title": title, "text": text}


def write_archive(root: Path) -> list[str]:
    """Three files (and a bad line), listed newest-story first so input order is not date order."""
    root.mkdir(parents=True, exist_ok=True)
    harbour = [_record(*r) for r in HARBOUR]
    # a wire copy of the English strike report under another outlet's name, listed before its original
    copy = dict(harbour[2], source="Nordic Daily", date="2025-03-07")
    (root / "harbour.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in [harbour[3], copy, *harbour[:3]])
        + "\n{not json\n", encoding="utf-8")
    (root / "flood.jsonl").write_text(
        "\n".join(json.dumps(_record(*r), ensure_ascii=False) for r in reversed(FLOOD)) + "\n", encoding="utf-8")
    (root / "undated.jsonl").write_text(json.dumps(
        {"source": "Nordby Posten", "lang": "da", "title": "Leder: Havnen har brug for ro",
         "text": "Strejken i Nordby Havn har vist, at havnen har brug for en ny overenskomst og ro på arbejdspladsen."},
        ensure_ascii=False) + "\n", encoding="utf-8")
    return [str(root / "harbour.jsonl"), str(root / "flood.jsonl"), str(root / "undated.jsonl")]


def snapshot(store) -> dict:
    """Everything backfill stores, minus wall-clock times."""
    doc = export_dict(store)
    for s in doc["stories"]:
        s.pop("updated_at", None)
    ids = [a["id"] for a in doc["articles"]]
    clusters = [{k: v for k, v in c.items() if k != "updated_at"} for c in store.load_clusters()]
    for c in clusters:
        c["vector"] = None if c["vector"] is None else np.frombuffer(c["vector"], dtype=np.float32).round(5).tolist()
    return {
        "export": doc,
        "extractions": {k: v.as_dict() for k, v in store.get_extractions(ids).items()},
        "assignments": store.assignments(),
        "embeddings": {k: v.round(6).tolist() for k, v in store.get_embeddings(ids).items()},
        "clusters": sorted(clusters, key=lambda c: c["id"]),
        "errors": [(e["source_path"], e["locator"], e["stage"], e["reason"]) for e in store.iter_errors()],
        "copies": {r.article.id: r.copy_of for r in store.iter_articles() if r.copy_of},
    }


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.fixture
def settings():
    return Settings(embedder="hashing")


def test_distributed_backfill_equals_single_process(tmp_path, dask_client, settings):
    """Quick: without extraction (spaCy loading in every worker dominates otherwise); the slow
    test below compares extractions too."""
    from storyline.distributed import backfill_distributed

    settings = settings.replace(extract=False)
    paths = write_archive(tmp_path / "archive")
    one = open_store(str(tmp_path / "one.db"))
    many = open_store(str(tmp_path / "many.db"))
    r1 = backfill(paths, one, settings)
    # chunks of 2 articles: several tasks per file, finishing in any order
    r2 = backfill_distributed(paths, many, settings, client=dask_client, chunk_size=2)
    assert (r1.ingested, r1.copies, r1.errors) == (r2.ingested, r2.copies, r2.errors) == (9, 1, 1)
    assert r1.article_ids == r2.article_ids
    a, b = snapshot(one), snapshot(many)
    assert a == b
    # real clustering happened: both stories hold several articles, in more than one language
    sizes = sorted(s["size"] for s in a["export"]["stories"])
    assert sizes[-1] >= 3
    assert any(len(s["languages"]) > 1 for s in a["export"]["stories"])
    assert len(a["extractions"]) == 9
    assert one.integrity_check() == [] and many.integrity_check() == []


def test_backfill_clusters_in_date_order_and_the_earlier_article_is_the_original(tmp_path, settings):
    settings = settings.replace(extract=False)
    paths = write_archive(tmp_path / "archive")
    store = open_store(str(tmp_path / "b.db"))
    report = backfill(paths, store, settings)
    stored = {r.article.id: r for r in store.iter_articles()}
    # the clusterer met the articles by date, then id, the undated one last
    keys = [backfill_key(stored[i].article) for i in report.article_ids]
    assert keys == sorted(keys)
    assert stored[report.article_ids[-1]].article.published is None
    # the wire copy was listed first in its file, but the earlier-published original is the one kept as such
    [(copy_id, original_id)] = [(i, r.copy_of) for i, r in stored.items() if r.copy_of]
    assert stored[copy_id].article.outlet == "Nordic Daily"
    assert stored[original_id].article.outlet == "Baltic Wire"
    # the bad line is an error record naming its file and line, and the rest went on
    [err] = list(store.iter_errors(report.run_id))
    assert err["source_path"].endswith("harbour.jsonl") and "line" in err["locator"]


def test_backfill_is_idempotent_and_resumes(tmp_path, settings):
    settings = settings.replace(extract=False)
    paths = write_archive(tmp_path / "archive")
    store = open_store(str(tmp_path / "r.db"))
    # a first run over one file, then the whole archive: the stored articles are skipped
    first = backfill(paths[1:2], store, settings)
    assert first.ingested == 3
    second = backfill(paths, store, settings)
    assert (second.ingested, second.duplicates) == (6, 3)
    again = backfill(paths, store, settings)
    assert (again.ingested, again.duplicates) == (0, 9)
    assert store.count_articles() == 9
    assert store.integrity_check() == []


def test_a_failing_article_becomes_an_item_error(monkeypatch, settings):
    import storyline.distributed as d

    class Picky:
        name = "picky.v1"

        def embed(self, texts):
            if any("boom" in t for t in texts):
                raise ValueError("cannot embed this")
            return np.ones((len(texts), 4), dtype=np.float32) / 2

    monkeypatch.setitem(d._EMBEDDERS, "picky", Picky())
    arts = [Article(id=f"x{i}", title="t", text=text, lang="en", published=PartialDate.parse("2025-01-01"),
                    source_path="f.jsonl") for i, text in enumerate(["fine words here", "boom goes this one"])]
    out = process_articles(arts, settings.replace(embedder="picky", extract=False))
    assert out[0].article.id == "x0" and out[0].embedder == "picky.v1"
    assert out[1].locator == "x1" and out[1].stage == "process" and "cannot embed" in out[1].reason


def test_cli_backfill_single_process_and_on_a_scheduler(tmp_path, dask_client, monkeypatch):
    monkeypatch.setenv("STORYLINE_EXTRACT", "0")
    paths = write_archive(tmp_path / "archive")

    def run(db, *args):
        return CliRunner().invoke(cli, ["--db", str(db), "--embedder", "hashing", "backfill", *args],
                                  catch_exceptions=False)

    res = run(tmp_path / "c1.db", *paths)
    assert res.exit_code == 1, res.output  # the bad line
    assert "backfilled 9 (of which 1 near-copies), duplicates 0, errors 1" in res.output
    res = run(tmp_path / "c2.db", "--scheduler", dask_client.scheduler.address, "--json", *paths)
    assert res.exit_code == 1
    assert json.loads(res.stdout)["ingested"] == 9
    one, two = open_store(str(tmp_path / "c1.db")), open_store(str(tmp_path / "c2.db"))
    assert snapshot(one)["export"] == snapshot(two)["export"]
    res = CliRunner().invoke(cli, ["--db", str(tmp_path / "c3.db"), "backfill", "--workers", "2",
                                   "--scheduler", "tcp://x:1", *paths])
    assert res.exit_code == 2 and "not both" in res.output


@pytest.mark.slow
def test_demo_corpus_distributed_equals_single_process_with_extraction(tmp_path, dask_client, settings):
    from storyline.distributed import backfill_distributed

    paths = write_archive(tmp_path / "archive")
    if any(DEMO_CORPUS.glob("*.jsonl")):
        paths.append(str(DEMO_CORPUS))
    one = open_store(str(tmp_path / "one.db"))
    many = open_store(str(tmp_path / "many.db"))
    r1 = backfill(paths, one, settings)
    r2 = backfill_distributed(paths, many, settings, client=dask_client, chunk_size=8)
    assert r1.ingested == r2.ingested >= 9 and r1.errors == r2.errors == 1
    a, b = snapshot(one), snapshot(many)
    assert a == b
    # extraction ran (on workers, in the distributed run): figures and entities were found
    assert any(x["figures"] for x in a["extractions"].values())
    assert any(x["entities"] for x in a["extractions"].values())
