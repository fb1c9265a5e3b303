"""Static word vectors distilled from multilingual-e5-small: the ``"static"`` embedder (issue 7).

A fast CPU embedder for large backfills: no transformer at inference, only a dictionary
lookup per word, a weighted mean and one small matrix product, so it runs thousands of leads
per second on one core where e5 manages about ten.

The model (``static_model/``, built by ``training/static_embed/distil.py``) holds:

- ``tokens.txt``: the vocabulary, one lower-cased word per line (words only, no text);
- ``vectors.npy``: ``(V, d)`` int8 (``scales.npy``: one float32 scale per row), each entry
  embedded *alone* by e5 (``query:`` side) then reduced by PCA; ``weights.npy``: ``(V,)``
  float32 SIF weight ``a / (a + p(word))``;
- ``map.npz``: ``W`` ``(d+1, out)``, a linear map (last row: bias) applied to the weighted mean,
  and ``fallback``, the vector of a text with no known word. The shipped map is the identity
  (``out = d = 320``): a ridge map into e5's 384-dim space was tried and made held-out
  neighbours worse (see ``training/static_embed/README.md``).

Unknown words are split greedily into the longest known pieces (inflections, compounds, words
of languages the datasets lack); a text with no known piece gets the model's mean vector.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

NAME = "static.e5-small.v1"
MODEL_DIR = Path(__file__).resolve().parent / "static_model"
MIN_PIECE = 3  # shortest vocabulary piece an unknown word may be split into
MAX_WORDS = 256  # only the first words of a text count (leads are ~60 words)

_WORD = re.compile(r"[^\W_]+")


def tokenize(text: str) -> list[str]:
    """Lower-cased runs of letters/digits: the tokens the vocabulary was built from."""
    return _WORD.findall(text.lower())


def split_pieces(word: str, index: dict[str, int], min_piece: int = MIN_PIECE) -> tuple[int, ...]:
    """An unknown word, split greedily left to right into the longest known pieces of at least
    ``min_piece`` characters (the vocabulary holds e5's SentencePiece pieces too):
    "benzinsteuer" -> "benzin" + "steuer", "protesterne" -> "protest" + "erne"; characters
    that start no known piece are skipped. Returns the pieces' ids in ``index``."""
    out, p, n = [], 0, len(word)
    while p <= n - min_piece:
        for k in range(n, p + min_piece - 1, -1):
            j = index.get(word[p:k])
            if j is not None:
                out.append(j)
                p = k
                break
        else:
            p += 1
    return tuple(out)


@lru_cache(maxsize=2)
def _load(model_dir: str):
    d = Path(model_dir)
    tokens = (d / "tokens.txt").read_text(encoding="utf-8").split("\n")
    vectors = np.load(d / "vectors.npy").astype(np.float32) * np.load(d / "scales.npy")[:, None]
    weights = np.load(d / "weights.npy").astype(np.float32)
    m = np.load(d / "map.npz")
    index = {t: i for i, t in enumerate(tokens)}
    return index, vectors * weights[:, None], m["W"].astype(np.float32), m["fallback"].astype(np.float32)


class StaticEmbedder:
    """``embed(texts)`` -> ``(n, dim)`` float32 unit rows (``dim`` 320 for the shipped model)."""

    name = NAME

    def __init__(self, model_dir: str | Path | None = None):
        d = Path(model_dir) if model_dir else MODEL_DIR
        if not (d / "tokens.txt").exists():
            raise FileNotFoundError(f"static embedder model not found in {d}; build it with "
                                    "python training/static_embed/distil.py vocab|embed|fit")
        self._index, self._wvec, self._W, self._fallback = _load(str(d))
        self.dim = int(self._W.shape[1])
        self._oov: dict[str, int] = {}

    def _word_ids(self, word: str) -> tuple[int, ...]:
        i = self._index.get(word)
        if i is not None:
            return (i,)
        ids = self._oov.get(word)
        if ids is None:
            ids = self._split(word)
            if len(self._oov) < 200_000:
                self._oov[word] = ids
        return ids

    def _split(self, word: str) -> tuple[int, ...]:
        return split_pieces(word, self._index)

    def ids(self, text: str) -> list[int]:
        """Vocabulary ids of a text's words (unknown words back off, see ``_split``)."""
        return [i for w in tokenize(text)[:MAX_WORDS] for i in self._word_ids(w)]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        n = len(texts)
        if n == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        d = self._wvec.shape[1]
        pooled = np.zeros((n, d + 1), dtype=np.float32)
        pooled[:, d] = 1.0  # bias column of the ridge map
        empty = np.zeros(n, dtype=bool)
        for r, text in enumerate(texts):
            ids = self.ids(text)
            if ids:
                pooled[r, :d] = self._wvec[ids].mean(axis=0)
            else:
                empty[r] = True
        out = pooled @ self._W
        out[empty] = self._fallback
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return (out / norms).astype(np.float32)

    _prior: np.ndarray | None = None

    @property
    def prior_mean(self) -> np.ndarray:
        """Mean vector of the generic news sentences in ``prior.PRIOR_TEXTS`` (as for e5)."""
        if self._prior is None:
            from .prior import PRIOR_TEXTS

            self._prior = self.embed(list(PRIOR_TEXTS)).mean(axis=0).astype(np.float32)
        return self._prior
