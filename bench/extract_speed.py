"""Extraction speed (entities, figures, dates, quotes) on a fixed multilingual sample.

A seeded sample of T17 (English) and Crisis (Spanish, French, Italian) articles goes through
``storyline.extract.extract_batch`` in one process, models loaded first; the figure is articles per
second over the sample. ``--against DIR`` times another source tree (a git worktree of an older
commit) on the same sample in the same run, alternating the two, and reports the ratio.

    python bench/extract_speed.py --write
    python bench/extract_speed.py --against /work/wt-base/src --write
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sample(n: int, seed: int) -> list[dict]:
    from bench import datasets

    rows = [{"text": d["text"], "date": d["date"]} for d in datasets.load_t17()]
    rng = random.Random(seed)
    rng.shuffle(rows)
    crisis = [{"text": d["text"], "date": d["date"]} for d in datasets.load_crisis()]
    rng.shuffle(crisis)
    return rows[: n // 2] + crisis[: n - n // 2]


def time_tree(src: str, rows_path: str) -> float:
    """Articles/s of ``extract_batch`` from the source tree ``src``, in a fresh process."""
    code = (
        "import sys, json, time\n"
        f"sys.path.insert(0, {src!r})\n"
        "from storyline.models import PartialDate\n"
        "from storyline.ingest.common import make_article\n"
        "from storyline.extract import extract_batch\n"
        "from storyline import lang as LG\n"
        f"rows = json.load(open({rows_path!r}))\n"
        "arts = [make_article(text=r['text'], source_path=str(i), title=None, published=PartialDate.parse(r['date']),"
        " lang=LG.detect(r['text'])[0]) for i, r in enumerate(rows)]\n"
        "extract_batch(arts[:5])\n"
        "t = time.perf_counter(); extract_batch(arts); print(len(arts) / (time.perf_counter() - t))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--against", default=None, help="another source tree (its src/ folder) to compare with")
    ap.add_argument("--write", action="store_true", help="write the section of BENCHMARKS.md")
    args = ap.parse_args(argv)
    from bench import datasets

    if not datasets.available():
        print("datasets missing", file=sys.stderr)
        return 1
    rows_path = "/tmp/storyline_extract_speed_rows.json"
    Path(rows_path).write_text(json.dumps(sample(args.n, args.seed)), encoding="utf-8")
    here = str(ROOT / "src")
    ours, theirs = [], []
    for _ in range(args.rounds):
        if args.against:
            theirs.append(time_tree(args.against, rows_path))
        ours.append(time_tree(here, rows_path))
    best = max(ours)
    lines = [f"- sample: {args.n} articles (half T17 English, half Crisis es/fr/it; seed {args.seed}), "
             f"`extract_batch` in one process, models loaded first; best of {args.rounds} rounds",
             f"- this tree: **{best:.1f} articles/s** (rounds: {', '.join(f'{x:.1f}' for x in ours)})"]
    if args.against:
        other = max(theirs)
        lines.append(f"- `{args.against}`: {other:.1f} articles/s (rounds: {', '.join(f'{x:.1f}' for x in theirs)}); "
                     f"ratio this / that = **{best / other:.2f}x** (same run, alternating)")
    body = "\n".join(lines)
    print(body)
    if args.write:
        from bench.benchmarks_md import write_section

        cmd = "python bench/extract_speed.py" + (f" --against {args.against}" if args.against else "") + " --write"
        write_section("Extraction speed", cmd, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
