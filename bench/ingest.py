"""Ingest throughput and peak memory on T17 (4,650 articles), with the embedder alone as the yardstick.

    python bench/ingest.py                 # all of T17 into a fresh store
    python bench/ingest.py --limit 500     # a quicker look
    python bench/ingest.py --no-extract    # without the extraction stage

The T17 articles are written, in a temporary folder outside the repository, as one JSONL file
(text, date from the date folder, source = the outlet part of the folder name) and ingested
through the real CLI in a child process, so that the child's peak RSS is the pipeline's peak
memory. In the same run the e5 embedder alone embeds the same leads: the ratio
end-to-end / embedder-alone is the figure issue 7 targets (>= 0.8).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import datasets  # noqa: E402
from benchmarks_md import write_section  # noqa: E402


def write_jsonl(limit: int | None, path: Path) -> list[dict]:
    docs = []
    for d in datasets.load_t17():
        docs.append(d)
        if limit and len(docs) >= limit:
            break
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            outlet = d["source"].rsplit("_", 1)[-1]
            fh.write(json.dumps({"text": d["text"], "date": d["date"], "source": outlet,
                                 "url": "t17:" + d["path"]}, ensure_ascii=False) + "\n")
    return docs


def embedder_alone(docs: list[dict], batch: int = 32) -> float:
    from storyline.embed import get_embedder
    from storyline.models import Article

    emb = get_embedder("e5")
    leads = [Article(id="x", title="", text=d["text"]).lead(60) for d in docs]
    t0 = time.perf_counter()
    for i in range(0, len(leads), batch):
        emb.embed(leads[i : i + batch])
    return len(leads) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-extract", action="store_true")
    ap.add_argument("--embedder-sample", type=int, default=500, help="articles the embedder-alone run embeds")
    args = ap.parse_args()
    if not datasets.T17_ARCHIVE.exists():
        sys.exit("../shared/datasets/t17.tar.xz not found")

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "t17.jsonl"
        docs = write_jsonl(args.limit, src)
        db = Path(tmp) / "bench.db"
        env = dict(os.environ, STORYLINE_EXTRACT="0" if args.no_extract else "1", TQDM_DISABLE="1")
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "storyline", "--db", str(db), "ingest", "--json", "--no-progress",
                              str(src)], capture_output=True, text=True, env=env)
        wall = time.perf_counter() - t0
        if out.returncode not in (0, 1):
            sys.exit(out.stderr)
        report = json.loads(out.stdout)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        db_mb = db.stat().st_size / 2**20
        emb_rate = embedder_alone(docs[: args.embedder_sample])

    n = report["ingested"]
    rate = n / wall
    stages = report.get("seconds", {})
    other = wall - sum(stages.values())
    lines = [
        f"- input: {len(docs)} T17 articles ({'extraction off' if args.no_extract else 'all stages'}), "
        f"{n} ingested, {report['copies']} near-copies, {report['duplicates']} duplicates, {report['errors']} errors",
        f"- end to end: **{rate:.1f} articles/s** ({wall:.0f} s wall, process start and model loading included)",
        f"- embedder alone (e5, title + 60-word lead, batches of 32, {min(len(docs), args.embedder_sample)} articles): "
        f"{emb_rate:.1f} articles/s; ratio end-to-end / embedder = **{rate / emb_rate:.2f}**",
        f"- peak memory (child RSS): **{peak_mb:.0f} MB**; database {db_mb:.0f} MB",
        "- seconds per stage: " + ", ".join(f"{k} {v:.1f}" for k, v in stages.items())
        + f", reading + start-up + other {other:.1f}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    ]
    cmd = "python bench/ingest.py" + (f" --limit {args.limit}" if args.limit else "") + (" --no-extract" if args.no_extract else "")
    print("\n".join(lines))
    write_section("Ingest" + (" (no extraction)" if args.no_extract else ""), cmd, "\n".join(lines))


if __name__ == "__main__":
    main()
