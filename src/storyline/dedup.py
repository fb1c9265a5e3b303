"""Near-duplicate detection with MinHash over word shingles (``dedup.minhash.v1``).

A syndicated wire copy, or a re-issue with a new headline and an added sentence, shares most
of its word 4-grams with the original. MinHash estimates that Jaccard similarity from 128
hashes, and LSH banding (32 bands of 4 rows) retrieves candidates through an index, so the
cost per article does not grow with the store. Hashing uses crc32 and fixed permutation
seeds, so signatures are stable across processes and machines.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

VERSION = "dedup.minhash.v1"
NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: pairs with Jaccard >= ~0.5 become candidates with p > 0.9
ROWS = NUM_PERM // BANDS
SHINGLE = 4
# only the first this-many words are signed: copies share their openings, and a hostile
# million-word text must not cost gigabytes (shingles x NUM_PERM uint64 values)
MAX_WORDS = 20_000
_PRIME = np.uint64((1 << 31) - 1)
_rng = np.random.RandomState(20210429)
_A = _rng.randint(1, (1 << 31) - 1, size=NUM_PERM).astype(np.uint64)
_B = _rng.randint(0, (1 << 31) - 1, size=NUM_PERM).astype(np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Signature:
    values: np.ndarray  # uint64[NUM_PERM]
    bands: tuple[str, ...]


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = [m.group().lower() for m, _ in zip(_WORD.finditer(text), range(MAX_WORDS))]
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> Signature:
    sh = shingles(text)
    if not sh:
        values = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    else:
        h = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in sh), dtype=np.uint64, count=len(sh))
        values = ((np.outer(h, _A) + _B) % _PRIME).min(axis=0).astype(np.uint64)
    bands = tuple(
        f"{b}:{zlib.crc32(values[b * ROWS:(b + 1) * ROWS].tobytes()):08x}" for b in range(BANDS)
    )
    return Signature(values, bands)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def best_match(sig: Signature, candidates: dict[str, np.ndarray], threshold: float) -> tuple[str | None, float]:
    """The most similar candidate at or above ``threshold`` (ties: the first stored)."""
    best, best_sim = None, 0.0
    for art_id, values in candidates.items():
        s = similarity(sig.values, values)
        if s >= threshold and s > best_sim:
            best, best_sim = art_id, s
    return best, best_sim
