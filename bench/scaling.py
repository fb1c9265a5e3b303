"""Scaling curve (issue 7): time and memory of one ingest as the store grows to 1k, 10k, 100k articles.

    python bench/scaling.py                               # 100,000 articles, fast backfill settings
    python bench/scaling.py --sizes 1000,10000 --extract  # smaller, with the extraction stage

One ``pipeline.ingest`` process (the stream pipeline every other entry point uses) reads a
synthetic stream built from the T17 and Crisis articles (read in place from ../shared/datasets):
round ``r`` of the stream is every source article again, with 5 % of its words dropped, a few
swapped, another outlet, and its date moved ``r`` x 2 years later, so the store keeps growing
in time as a real archive does (the clusterer's candidate pools stay bounded, the store and its
indexes do not). Checkpoints at each ``--sizes`` count record the wall time, the throughput of
the segment since the previous checkpoint (flat = cost per article does not grow with the store),
the process RSS now and at peak, and the database size.

The default settings are the fast backfill mode (``--embedder static``, extraction off): with e5
and extraction a 100k run would take about 8 hours on 2 cores; the per-article cost of those two
stages does not depend on the store size (``## Ingest`` measures them).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import datasets  # noqa: E402
from benchmarks_md import write_section  # noqa: E402

TEXT_CHARS = 4000  # a news-length body (T17/Crisis files hold a few very long pages)
ROUND_SHIFT_DAYS = 730


def sources() -> list[dict]:
    rows = []
    for r in list(datasets.load_t17()) + list(datasets.load_crisis()):
        if r.get("text") and r.get("date"):
            rows.append({"text": r["text"][:TEXT_CHARS], "date": r["date"], "source": r.get("source", "src"),
                         "lang": r.get("lang")})
    return rows


def stream(base: list[dict], n: int, seed: int = 5) -> Iterator:
    from storyline.models import Article, PartialDate

    rng = random.Random(seed)
    for k in range(n):
        src = base[k % len(base)]
        rnd = k // len(base)
        words = [w for w in src["text"].split() if rng.random() > 0.05]
        for _ in range(max(1, len(words) // 30)):
            i, j = rng.randrange(len(words)), rng.randrange(len(words))
            words[i], words[j] = words[j], words[i]
        text = " ".join(words)
        d = dt.date.fromisoformat(src["date"][:10]) + dt.timedelta(days=ROUND_SHIFT_DAYS * rnd)
        yield Article(id=Article.make_id(f"scale{k}", "", text), title="", text=text, lang="und",
                      published=PartialDate(d, "day"), outlet=f"{src['source']}#{rnd}", source_path=f"scale/{k}")


class _Stop(Exception):
    """Raised from the progress callback when ``--max-seconds`` has passed."""


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--embedder", default="static")
    ap.add_argument("--extract", action="store_true", help="run the extraction stage too")
    ap.add_argument("--max-seconds", type=float, default=None,
                    help="stop after this long and report the checkpoints reached")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    if not datasets.available():
        sys.exit("datasets not found under ../shared/datasets")
    sizes = sorted(int(s) for s in args.sizes.split(","))
    # every further 10,000 articles is a checkpoint too, so a run stopped early still shows the trend
    checkpoints = set(sizes) | set(range(20_000, sizes[-1], 10_000))

    from storyline.pipeline import ingest
    from storyline.settings import Settings
    from storyline.store import open_store

    base = sources()
    print(f"{len(base)} source articles", file=sys.stderr)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "scale.db")
        settings = Settings(db=db, embedder=args.embedder, extract=args.extract, batch_size=256)
        store = open_store(db)
        from storyline.embed import get_embedder

        get_embedder(args.embedder).embed(["warm up"])  # model loading is not part of the curve
        t0 = time.perf_counter()
        state = {"n": 0, "last_t": t0, "last_n": 0}

        def on_article(_a) -> None:
            state["n"] += 1
            if state["n"] in checkpoints:
                now = time.perf_counter()
                seg = state["n"] - state["last_n"]
                rows.append({"n": state["n"], "wall": now - t0, "seg_rate": seg / (now - state["last_t"]),
                             "rss": rss_mb(), "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                             "db": sum(os.path.getsize(p) for p in Path(tmp).glob("scale.db*")) / 2**20})
                state["last_t"], state["last_n"] = now, state["n"]
                print(rows[-1], file=sys.stderr, flush=True)
                if args.max_seconds and now - t0 > args.max_seconds and state["n"] < sizes[-1]:
                    raise _Stop


        stopped = False
        try:
            report = ingest([], store, settings, items=stream(base, sizes[-1]), on_article=on_article)
        except _Stop:
            stopped, report = True, None
        store.close()
    stages = ", ".join(f"{k} {v:.0f}" for k, v in report.seconds.items()) if report else "n/a (stopped)"
    lines = [
        f"Synthetic stream from {len(base)} T17 + Crisis articles (bodies cut to {TEXT_CHARS} characters; each "
        f"round re-perturbed and moved {ROUND_SHIFT_DAYS} days later), one `pipeline.ingest` process, embedder "
        f"`{args.embedder}`, extraction {'on' if args.extract else 'off'}, batches of 256; models loaded before "
        "timing.",
        "",
        "| articles in store | wall s (cumulative) | articles/s in the segment since the previous row | RSS MB now | "
        "peak RSS MB | database MB (with WAL) |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['n']:,} | {r['wall']:.0f} | {r['seg_rate']:.1f} | {r['rss']:.0f} | {r['peak']:.0f} | "
                     f"{r['db']:.0f} |")
    lines += [
        "",
        (f"- stopped after {rows[-1]['n']:,} articles by `--max-seconds {args.max_seconds:.0f}`"
         if stopped else f"- ingested {report.ingested}, near-copies {report.copies}, errors {report.errors}; seconds "
         f"per stage over the whole run: {stages}"),
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average at the end {os.getloadavg()[1]:.1f}",
    ]
    print("\n".join(lines))
    if not args.no_write:
        cmd = "python bench/scaling.py" + ("" if args.sizes == "1000,10000,100000" else f" --sizes {args.sizes}") + \
              ("" if args.embedder == "static" else f" --embedder {args.embedder}") + (" --extract" if args.extract else "") + \
              (f" --max-seconds {args.max_seconds:.0f}" if args.max_seconds else "")
        write_section("Scaling curve", cmd, "\n".join(lines))


if __name__ == "__main__":
    main()
