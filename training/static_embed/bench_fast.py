"""Fast-embedder benchmark (issue 7): speed of ``get_embedder("static")`` and its clustering
quality against e5 on the streams of bench/clustering.py, in one run.

    python training/static_embed/bench_fast.py            # prints, writes ## Fast embedder
    python training/static_embed/bench_fast.py --no-write
    python training/static_embed/bench_fast.py --calibrate   # also refit the clusterer's constants
                                                             # for static vectors (calibration topics)

Speed: ``embed`` over all T17 leads (cleaned first 60 words, title included, as the
clustering benchmark feeds them), in batches of 256, after one warm-up batch; best of 3 passes,
in this process (numpy, no threads of our own). e5 vectors come from the clustering cache
(/work/.cache/storyline/emb), static vectors are computed fresh. Each embedder gets its own
prior mean; the clusterer's constants are the e5-calibrated defaults for both, and (once
``--calibrate`` has run) static also with constants refitted for it by the clusterer's own
calibration (``bench/clustering.py`` ``calibrate``: the six T17 calibration topics, never the
test streams), cached in /work/.cache/storyline/static/cluster_settings.json.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench import clustering as BC  # noqa: E402
from bench import datasets  # noqa: E402
from storyline import cluster as C  # noqa: E402
from storyline.embed import CachedEmbedder, get_embedder  # noqa: E402


class _Plain:
    """Give an uncached embedder the ``embed(texts, progress=None)`` signature prepare() uses."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.prior_mean = inner.prior_mean

    def embed(self, texts, progress=None):
        return self.inner.embed(texts)


SETTINGS_FILE = BC.CACHE / "static" / "cluster_settings.json"


def static_settings(emb, recalibrate: bool) -> C.ClusterSettings | None:
    """Clusterer constants calibrated for ``emb`` on the calibration topics (cached)."""
    if recalibrate:
        BC.PRIOR["mean"] = emb.prior_mean
        rows = BC.align_topics_in_time(BC.prepare(list(datasets.load_t17(BC.CALIBRATION_TOPICS)), emb))
        best = BC.calibrate(rows)
        SETTINGS_FILE.write_text(json.dumps(dataclasses.asdict(best)))
    if not SETTINGS_FILE.exists():
        return None
    raw = json.loads(SETTINGS_FILE.read_text())
    fields = {f.name for f in dataclasses.fields(C.ClusterSettings)}
    return C.ClusterSettings(**{k: tuple(v) if isinstance(v, list) else v for k, v in raw.items() if k in fields})


def speed(emb, texts: list[str], batch: int = 256) -> float:
    emb.embed(texts[:batch])
    best = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for i in range(0, len(texts), batch):
            emb.embed(texts[i : i + batch])
        best = max(best, len(texts) / (time.perf_counter() - t0))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--shuffles", type=int, default=3)
    ap.add_argument("--calibrate", action="store_true", help="refit the clusterer's constants for static vectors")
    args = ap.parse_args()
    if not datasets.available():
        sys.exit("datasets not found under ../shared/datasets")
    static = get_embedder("static")
    e5 = CachedEmbedder(get_embedder("e5"), BC.CACHE / "emb")
    s = C.ClusterSettings()
    streams = {"(1) cross-lingual": datasets.stream_crosslingual(), "(2) T17 all": datasets.stream_t17()}
    leads_t17 = [" ".join(BC.clean_text(r["text"]).split()[: BC.LEAD_WORDS]) for r in streams["(2) T17 all"]]
    rate = speed(static, leads_t17)
    print(f"static: {rate:.0f} articles/s on {len(leads_t17)} T17 leads (cpu count {os.cpu_count()})")
    tuned = static_settings(_Plain(static), args.calibrate)
    if tuned is not None:
        print("static-calibrated constants:", tuned)
    runs = [("e5", e5, s), ("static", _Plain(static), s)]
    if tuned is not None:
        runs.append(("static, own constants", _Plain(static), tuned))
    results: dict[tuple[str, str], dict] = {}
    for ename, emb, settings in runs:
        BC.PRIOR["mean"] = emb.prior_mean
        for sname, rows in streams.items():
            rows = BC.date_order(BC.prepare([dict(r) for r in rows], emb))
            m = BC.evaluate(rows, settings)
            m["shuffled"] = BC.order_sensitivity(rows, settings, seeds=tuple(range(1, args.shuffles + 1)))
            results[(ename, sname)] = m
            sh = ", ".join(f"{f:.3f}" for f in m["shuffled"])
            print(f"{ename:6s} {sname}: {BC.fmt(m)}; shuffled F1 {sh}", flush=True)
    if args.no_write:
        return
    lines = [
        "## Fast embedder",
        "",
        f"`STORYLINE_EMBEDDER=static` / `--embedder static`: `{static.name}` (issue 7): static vectors of "
        "40,000 words and SentencePiece pieces, each embedded alone by e5-small (`query:` side), PCA to "
        f"{static.dim} dims, whitened, int8 (13.8 MB model); a text is the SIF-weighted mean of its words' "
        "vectors (unknown words split into known pieces). Built by `training/static_embed/distil.py` (recipe and "
        "ablations in `training/static_embed/README.md`; a ridge map into e5's space was tried and dropped).",
        "",
        "Command: `python training/static_embed/bench_fast.py --calibrate` (e5 vectors from the clustering cache; "
        "without `--calibrate` it reuses the cached static constants).",
        "",
        f"Speed: {rate:.0f} articles/s for `get_embedder(\"static\").embed(leads)` on the {len(leads_t17)} T17 "
        "leads (cleaned first 60 words, batches of 256, one single-threaded process on the 2-core "
        "machine; 4,000-6,000 articles/s measured earlier under load); e5 measured "
        f"{BC.e5_rate() or float('nan'):.1f} articles/s on the same machine.",
        "",
        "Clustering (`bench/clustering.py` streams in date order, each embedder with its own prior mean; e5 and "
        "static with the clusterer's e5-calibrated default constants; \"static, own constants\" with constants "
        "refitted for static vectors by the clusterer's calibration on the six T17 calibration topics "
        "(`--calibrate`)):",
        "",
        "| stream | embedder | BCubed P | BCubed R | BCubed F1 | F1 loss (points) | pairwise F1 | stories | "
        "cross-lingual | F1 shuffled |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (ename, sname), m in results.items():
        base = results[("e5", sname)]["bcubed_f1"]
        cl = "n/a" if m["crosslingual"] is None else f"{100 * m['crosslingual']:.1f} %"
        sh = " / ".join(f"{f:.3f}" for f in m["shuffled"])
        loss = "-" if ename == "e5" else f"{100 * (base - m['bcubed_f1']):+.1f}"
        lines.append(f"| {sname} | {ename} | {m['bcubed_p']:.3f} | {m['bcubed_r']:.3f} | {m['bcubed_f1']:.3f} | "
                     f"{loss} | {m['pairwise_f1']:.3f} | {m['stories']} | {cl} | {sh} |")
    lines.append("")
    for ename in [r[0] for r in runs[1:]]:
        loss = {}
        for sname in streams:
            e = [results[("e5", sname)]["bcubed_f1"]] + results[("e5", sname)]["shuffled"]
            st = [results[(ename, sname)]["bcubed_f1"]] + results[(ename, sname)]["shuffled"]
            loss[sname] = 100 * (np.mean(e) - np.mean(st))
        lines.append(f"Mean F1 loss of {ename} over the date-ordered stream and the {args.shuffles} shuffles: "
                     + "; ".join(f"{k} {v:+.1f} points" for k, v in loss.items()) + ".")
    if tuned is not None:
        lines += ["", f"Static-calibrated constants: story_weights {tuned.story_weights}, story_bias "
                  f"{tuned.story_bias}, story_join {tuned.story_join}, merge_join {tuned.merge_join}, event_sim "
                  f"{tuned.event_sim}, story_gap_days {tuned.story_gap_days}, merge_min_size {tuned.merge_min_size}, "
                  f"major_size {tuned.major_size}."]
    lines += ["", "Verdict (run of 2026-11-22): the speed target (>= 500 articles/s on 2 cores) is met by a factor of about 6-10. The "
              "quality target (<= 3 points BCubed F1 loss) is NOT met: on the English-only stream (2) the date-ordered "
              "loss is under 1 point but about 6 points averaged with the shuffled orders; on the cross-lingual "
              "stream (1) static vectors lose 25-30 points, because they link languages poorly (cross-lingual share "
              "44-50 % vs e5's 82 %; held-out 10-NN cross-lingual topic purity 0.61 vs e5's 0.73). The clusterer's constants are "
              "calibrated on e5 similarity scales: with them static vectors under-merge; refitting the constants for "
              "static vectors (same calibration protocol and data) recovers part of stream (1) only. Use `static` for "
              "fast single-language backfills, or to pre-group before re-embedding with e5; not as a drop-in for "
              "mixed-language streams.", ""]
    write_section("\n".join(lines) + "\n")
    print("wrote ## Fast embedder to BENCHMARKS.md")


def write_section(text: str) -> None:
    path = ROOT / "BENCHMARKS.md"
    old = path.read_text() if path.exists() else "# Benchmarks\n"
    pat = re.compile(r"^## Fast embedder\n.*?(?=^## |\Z)", re.S | re.M)
    new = pat.sub(lambda _: text, old) if pat.search(old) else old.rstrip("\n") + "\n\n" + text
    path.write_text(new)


if __name__ == "__main__":
    main()
