"""Backfill and PostgreSQL on T17: throughput, and whether distributed == single process.

    python bench/scale.py                       # 400 T17 articles, e5, all stages
    python bench/scale.py --limit 200 --embedder hashing
    STORYLINE_TEST_PG_URL=postgresql://... python bench/scale.py    # adds the PostgreSQL runs

The first ``--limit`` T17 articles are written, in a temporary folder outside the repository, as
one JSONL file per T17 source folder (so there are many files to spread over workers) and then:

1. ``ingest`` into SQLite (the stream pipeline, the yardstick);
2. ``backfill`` in one process into SQLite;
3. ``backfill_distributed`` on a ``LocalCluster`` of ``--workers`` single-threaded processes
   into SQLite (cluster start-up is timed separately), and a check that it stored exactly what
   run 2 stored;
4. with a server: ``ingest`` and ``backfill`` into PostgreSQL, and a check that their exports
   equal the SQLite ones.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent / "tests"))

import datasets  # noqa: E402
from benchmarks_md import write_section  # noqa: E402


def write_files(limit: int, root: Path) -> int:
    by_source: dict[str, list[dict]] = {}
    n = 0
    for d in datasets.load_t17():
        by_source.setdefault(d["source"], []).append(
            {"text": d["text"], "date": d["date"], "source": d["source"].rsplit("_", 1)[-1], "url": "t17:" + d["path"]})
        n += 1
        if n >= limit:
            break
    for source, recs in by_source.items():
        (root / f"{source}.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n",
                                              encoding="utf-8")
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--embedder", default="e5")
    ap.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = ap.parse_args()
    if not datasets.T17_ARCHIVE.exists():
        sys.exit("../shared/datasets/t17.tar.xz not found")

    from distributed import Client, LocalCluster

    from storyline.distributed import backfill, backfill_distributed
    from storyline.pipeline import ingest
    from storyline.settings import Settings
    from storyline.store import open_store
    from storyline.views import export_dict
    from test_distributed import snapshot  # the same comparison the tests make

    settings = Settings(embedder=args.embedder)
    pg = os.environ.get("STORYLINE_TEST_PG_URL")
    rows, notes, walls = [], [], {}
    load_before = os.getloadavg()[0]

    def record(name: str, report, wall: float) -> None:
        walls[name] = (wall, report.seconds.get("cluster", 0.0))
        stages = ", ".join(f"{k} {v:.1f}" for k, v in report.seconds.items())
        rows.append(f"| {name} | {report.ingested} | {wall:.1f} | {report.ingested / wall:.1f} | {stages} |")
        print(rows[-1], flush=True)

    def export(store) -> dict:
        doc = export_dict(store)
        for s in doc["stories"]:
            s.pop("updated_at", None)
        return doc

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "archive"
        root.mkdir()
        n = write_files(args.limit, root)
        files = len(list(root.iterdir()))
        paths = [str(root)]
        # warm the models in this process so no run pays for loading them
        from storyline.distributed import process_articles
        from storyline.models import Article

        process_articles([Article(id="w", title="Warm up", text="Warm up the models in Copenhagen on 3 May.")],
                         settings)

        stores = {}
        for name, fn in (("ingest, SQLite", lambda s: ingest(paths, s, settings)),
                         ("backfill, 1 process, SQLite", lambda s: backfill(paths, s, settings))):
            stores[name] = open_store(str(Path(tmp) / f"{len(stores)}.db"))
            t0 = time.perf_counter()
            report = fn(stores[name])
            record(name, report, time.perf_counter() - t0)

        t0 = time.perf_counter()
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        client.run(process_articles, [Article(id="w", title="Warm up", text="Warm up the models.")], settings)
        startup = time.perf_counter() - t0
        name = f"backfill, {args.workers} Dask workers, SQLite"
        stores[name] = open_store(str(Path(tmp) / "dist.db"))
        t0 = time.perf_counter()
        report = backfill_distributed(paths, stores[name], settings, client=client)
        record(name, report, time.perf_counter() - t0)
        client.close()
        cluster.close()
        same = snapshot(stores["backfill, 1 process, SQLite"]) == snapshot(stores[name])
        notes.append(f"- distributed backfill stored exactly what the single-process backfill stored "
                     f"(articles, extractions, embeddings, events, stories, cluster state): **{same}**")
        notes.append(f"- LocalCluster start-up with model loading in every worker: {startup:.1f} s (not in the table)")

        if pg:
            for name, fn, twin in (("ingest, PostgreSQL", lambda s: ingest(paths, s, settings), "ingest, SQLite"),
                                   ("backfill, 1 process, PostgreSQL", lambda s: backfill(paths, s, settings),
                                    "backfill, 1 process, SQLite")):
                url = pg + ("&" if "?" in pg else "?") + "schema=bench_" + uuid.uuid4().hex[:8]
                stores[name] = open_store(url)
                t0 = time.perf_counter()
                report = fn(stores[name])
                record(name, report, time.perf_counter() - t0)
                same = export(stores[name]) == export(stores[twin])
                notes.append(f"- `{name}` export identical to `{twin}`: **{same}**")
                stores[name].conn.execute(f'DROP SCHEMA "{stores[name].schema}" CASCADE')
        else:
            notes.append("- PostgreSQL runs skipped (STORYLINE_TEST_PG_URL not set)")
        for s in stores.values():
            s.close()

    for name, (wall, serial) in walls.items():
        if name.startswith("backfill, 1 process"):
            notes.append(f"- `{name}`: the sequential part (clustering and store writes in the client) took "
                         f"{serial:.1f} s of {wall:.1f} s = {100 * serial / wall:.1f}%, so workers can speed a "
                         f"backfill up at most ~{wall / max(serial, 1e-9):.0f}x (Amdahl)")
    notes.append(f"- load average (1 min) before / after: {load_before:.1f} / {os.getloadavg()[0]:.1f} on "
                 f"{os.cpu_count()} cores: on a loaded machine extra worker processes compete for the same cores")

    body = "\n".join([
        f"T17, first {n} articles in {files} JSONL files (one per source folder), embedder `{args.embedder}`, "
        "all stages (language id, near-copies, extraction, embedding, clustering); models loaded before timing.",
        "",
        "| run | articles | seconds | articles/s | seconds per stage |",
        "|---|---|---|---|---|",
        *rows,
        "",
        *notes,
        f"- machine: {platform.machine()}, {os.cpu_count()} cores shared with other jobs, Python "
        f"{platform.python_version()}",
    ])
    print(body)
    if not args.no_write:
        cmd = "STORYLINE_TEST_PG_URL=... python bench/scale.py" + (
            f" --limit {args.limit}" if args.limit != 400 else "") + (
            f" --embedder {args.embedder}" if args.embedder != "e5" else "") + (
            f" --workers {args.workers}" if args.workers != 2 else "")
        write_section("Scaling: backfill and PostgreSQL", cmd, body)


if __name__ == "__main__":
    main()
