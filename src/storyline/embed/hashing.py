"""A deterministic feature-hashing embedder: no model, instant, for tests and dry runs.

Each text becomes a signed bag of lower-cased word tokens and character 4-grams hashed into
``dim`` buckets (blake2b, so the result is the same on every machine and Python run), then
L2-normalised. Texts sharing words or word pieces land close together; there is no
cross-lingual knowledge beyond shared spellings of names and numbers.
"""
from __future__ import annotations

import hashlib
import re
from typing import Sequence

import numpy as np

from ..textclean import fold

NAME = "hashing.v1"
DEFAULT_DIM = 512
_WORD = re.compile(r"\w+", re.UNICODE)


def _bucket(token: str, dim: int) -> tuple[int, float]:
    h = int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")
    return h % dim, (1.0 if (h >> 63) & 1 else -1.0)


class HashingEmbedder:
    name = NAME

    def __init__(self, dim: int = DEFAULT_DIM, char_ngrams: int = 4):
        self.dim = dim
        self.n = char_ngrams

    def _one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for w in _WORD.findall(fold(text)):
            i, s = _bucket("w:" + w, self.dim)
            v[i] += s
            padded = f"<{w}>"
            for j in range(max(1, len(padded) - self.n + 1)):
                i, s = _bucket("c:" + padded[j : j + self.n], self.dim)
                v[i] += 0.5 * s
        n = float(np.linalg.norm(v))
        return v / n if n else v

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._one(t) for t in texts]).astype(np.float32)
