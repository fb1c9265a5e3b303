"""Ingest throughput and peak memory on T17 (4,650 articles), with the embedder alone as the yardstick.

    python bench/ingest.py                 # all of T17 into a fresh store
    python bench/ingest.py --limit 500     # a quicker look
    python bench/ingest.py --no-extract    # without the extraction stage
    python bench/ingest.py --crisis        # T17 + the Crisis es/fr/it articles (~6,300), issue 7's set

The T17 articles are written, in a temporary folder outside the repository, as one JSONL file
(text, date from the date folder, source = the outlet part of the folder name) and ingested
through the real CLI in a child process, so that the child's peak RSS is the pipeline's peak
memory. In the same run the e5 embedder alone embeds the same leads: the ratio
end-to-end / embedder-alone is the figure issue 7 targets (>= 0.8).
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import datasets  # noqa: E402
from benchmarks_md import write_section  # noqa: E402


def write_jsonl(limit: int | None, path: Path, crisis: bool = False) -> list[dict]:
    docs = []
    for d in itertools.chain(datasets.load_t17(), datasets.load_crisis() if crisis else ()):
        docs.append(d)
        if limit and len(docs) >= limit:
            break
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            outlet = d["source"].rsplit("_", 1)[-1]
            fh.write(json.dumps({"text": d["text"], "date": d["date"], "source": outlet,
                                 "url": f"{d['dataset']}:{d['path']}"}, ensure_ascii=False) + "\n")
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


class TreeRSS:
    """Samples the summed resident memory of a process and its descendants (Linux /proc)."""

    def __init__(self, pid: int, every: float = 0.2):
        self.pid, self.every, self.peak_mb = pid, every, 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self, pid: int) -> list[int]:
        out = [pid]
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as fh:
                    for child in fh.read().split():
                        out += self._tree(int(child))
        except OSError:
            pass
        return out

    @staticmethod
    def _rss_kb(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def _run(self) -> None:
        while not self._done.is_set():
            self.peak_mb = max(self.peak_mb, sum(self._rss_kb(p) for p in self._tree(self.pid)) / 1024)
            self._done.wait(self.every)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-extract", action="store_true")
    ap.add_argument("--crisis", action="store_true", help="the Crisis es/fr/it articles too (T17 + Crisis: ~6,300)")
    ap.add_argument("--ab", action="store_true", help="run with the extract/embed overlap off, then on")
    ap.add_argument("--workers-ab", action="store_true",
                    help="run with extraction inline (STORYLINE_EXTRACT_WORKERS=1), then with the default workers")
    ap.add_argument("--embedder-sample", type=int, default=500, help="articles the embedder-alone run embeds")
    args = ap.parse_args()
    if not datasets.T17_ARCHIVE.exists():
        sys.exit("../shared/datasets/t17.tar.xz not found")

    if args.ab:
        variants = [("overlap off", {"STORYLINE_OVERLAP": "0"}), ("overlap on", {"STORYLINE_OVERLAP": "1"})]
    elif args.workers_ab:
        variants = [("extraction inline", {"STORYLINE_EXTRACT_WORKERS": "1"}),
                    ("extraction workers (default)", {})]
    else:
        variants = [("", {})]
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "t17.jsonl"
        docs = write_jsonl(args.limit, src, args.crisis)
        for k, (label, extra_env) in enumerate(variants):
            db = Path(tmp) / f"bench{k}.db"
            env = dict(os.environ, STORYLINE_EXTRACT="0" if args.no_extract else "1", TQDM_DISABLE="1")
            env.update(extra_env)
            out_path, err_path = Path(tmp) / f"out{k}.json", Path(tmp) / f"err{k}.txt"
            t0 = time.perf_counter()
            with open(out_path, "w") as out_f, open(err_path, "w") as err_f:
                proc = subprocess.Popen([sys.executable, "-m", "storyline", "--db", str(db), "ingest", "--json",
                                         "--no-progress", str(src)], stdout=out_f, stderr=err_f, env=env)
                # peak memory of the process tree (the ingest and its extraction workers together):
                # wait4's ru_maxrss is the largest single process, not their sum
                sampler = TreeRSS(proc.pid)
                _, status, usage = os.wait4(proc.pid, 0)
                sampler.stop()
            wall = time.perf_counter() - t0
            if os.waitstatus_to_exitcode(status) not in (0, 1):
                sys.exit(err_path.read_text()[-3000:])
            runs.append((label, json.loads(out_path.read_text()), wall, max(usage.ru_maxrss / 1024, sampler.peak_mb),
                         db.stat().st_size / 2**20))
        emb_rate = embedder_alone(docs[: args.embedder_sample])

    what = "T17 + Crisis" if args.crisis else "T17"
    lines = [f"- input: {len(docs)} {what} articles ({'extraction off' if args.no_extract else 'all stages'})"]
    for label, report, wall, peak_mb, db_mb in runs:
        n = report["ingested"]
        rate = n / wall
        stages = report.get("seconds", {})
        other = wall - sum(stages.values())
        head = f"- {label}: " if label else "- "
        lines += [
            f"{head}{n} ingested, {report['copies']} near-copies, {report['duplicates']} duplicates, "
            f"{report['errors']} errors; end to end **{rate:.1f} articles/s** ({wall:.0f} s wall, process start and "
            f"model loading included); ratio end-to-end / embedder = **{rate / emb_rate:.2f}**; peak memory (RSS, workers included) "
            f"**{peak_mb:.0f} MB**; database {db_mb:.0f} MB",
            "  - seconds per stage: " + ", ".join(f"{k} {v:.1f}" for k, v in stages.items())
            + f", reading + start-up + other {other:.1f}",
            "  - milliseconds per article: " + ", ".join(f"{k} {1000 * v / max(n, 1):.0f}" for k, v in stages.items())
            + (f"; every stage but extraction together: {n / max(wall - stages['extract'], 1e-9):.1f} articles/s "
               f"= {n / max(wall - stages['extract'], 1e-9) / emb_rate:.2f} of the embedder alone"
               if stages.get("extract") else ""),
        ]
        if stages.get("extract") and stages.get("embed"):
            budget = 1000 / (0.8 * emb_rate) - 1000 * stages["embed"] / max(n, 1)
            lines.append(f"  - the 0.8 target leaves {budget:.0f} ms per article for every stage but embedding; "
                         f"extraction alone takes {1000 * stages['extract'] / max(n, 1):.0f} ms per article")
    if args.ab and len(runs) == 2:
        off, on = (r[1]["ingested"] / r[2] for r in runs)
        lines.append(f"- overlap on / off throughput (same run): **{on / off:.2f}x** (the default is off: "
                     "`Settings.overlap`)")
    if args.workers_ab and len(runs) == 2:
        inline, workers = (r[1]["ingested"] / r[2] for r in runs)
        ex_inline, ex_workers = (r[1]["seconds"].get("extract", 0.0) for r in runs)
        lines.append(f"- extraction workers / inline, end-to-end throughput (same run): **{workers / inline:.2f}x**; "
                     f"extraction stage alone: **{ex_inline / max(ex_workers, 1e-9):.2f}x** "
                     f"(`Settings.extract_workers`, default one per core)")
    lines += [
        f"- embedder alone (e5, title + 60-word lead, batches of 32, {min(len(docs), args.embedder_sample)} articles, "
        f"same run): {emb_rate:.1f} articles/s",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    ]
    cmd = ("python bench/ingest.py" + (f" --limit {args.limit}" if args.limit else "")
           + (" --crisis" if args.crisis else "") + (" --no-extract" if args.no_extract else "")
           + (" --ab" if args.ab else "") + (" --workers-ab" if args.workers_ab else ""))
    print("\n".join(lines))
    write_section("Ingest" + (" (no extraction)" if args.no_extract else "") + (" (overlap A/B)" if args.ab else "")
                  + (" (extraction workers A/B)" if args.workers_ab else ""),
                  cmd, "\n".join(lines))


if __name__ == "__main__":
    main()
