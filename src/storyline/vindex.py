"""Vector index over the stored article embeddings, persisted beside the database.

The embeddings table is the truth; the index is a cache of it that is extended
incrementally (articles are append-only, keyed by ``articles.seq``) and rebuilt when it no
longer matches (another model, a vector replaced). Two backends behind one small class:

- **usearch** HNSW (cosine, f16 storage) persisted as ``<db>.vindex`` with a JSON sidecar
  ``<db>.vindex.json`` naming the model and the last article seq indexed; used for
  unfiltered queries once the store holds more than ``EXACT_MAX`` vectors;
- **exact** numpy search over an in-memory matrix of the same vectors: always correct, used
  for small stores, for filtered queries whose filter leaves at most ``FILTERED_EXACT_MAX``
  articles, and as the whole index when usearch is not installed.

``open_index(store, model)`` returns the cached index of a store (one per store and model)
after bringing it up to date, which costs one ``MAX(seq)`` query when nothing changed.
"""
from __future__ import annotations

import json
import os
import threading
import weakref
from pathlib import Path
from typing import Any

import numpy as np

VERSION = "vindex.v1"

# Below this many vectors exact search is as fast as the graph (a 5k x 384 float32 mat-vec
# is ~1 ms), so the HNSW graph is not built at all. At 10k under load exact search took
# 15 ms per query against 2 ms for HNSW (bench/search.py), hence the switch at 5k.
EXACT_MAX = 5_000
# A filtered query whose filter leaves at most this many articles is answered exactly over
# just those rows (a gather plus a mat-vec, ~1-2 ms at 5k rows); wider filters search the
# HNSW graph with oversampling (k x 2 x total/allowed) and drop what the filter excludes.
FILTERED_EXACT_MAX = 5_000
# HNSW parameters: usearch defaults (connectivity 16) with a wider search beam. On the
# synthetic 100k-article store of bench/search.py (about 160 near-identical noisy copies of
# each source vector, so the exact top 10 is partly noise order) the neighbours found are
# within 0.7 % of the exact ones' similarity, at under 2 ms per query.
HNSW_CONNECTIVITY = 16
HNSW_EXPANSION_ADD = 128
HNSW_EXPANSION_SEARCH = 96
DETERMINISTIC_BUILD_MAX = 20_000  # a full build below this many vectors runs on one thread


def _usearch():
    try:
        from usearch.index import Index  # noqa: F401

        return Index
    except ImportError:  # optional: exact numpy search is the fallback
        return None


class VectorIndex:
    """Nearest articles by cosine similarity for one embedding model of one store."""

    def __init__(self, store: Any, model: str, path: str | None = None, *, use_ann: bool | None = None):
        self.store = store
        self.model = model
        self.path = path
        self._lock = threading.RLock()
        self._keys = np.zeros(0, dtype=np.int64)  # articles.seq per row
        # unit rows aligned with _keys; None once the vectors live in the HNSW index only
        self._mat: np.ndarray | None = np.zeros((0, 0), dtype=np.float32)
        # with HNSW: a float16 copy of the rows, made on the first filtered query that needs
        # an exact answer (see ``_vectors``) and kept in step by ``sync``
        self._mat16: np.ndarray | None = None
        self._dim = 0
        self._hw = 0  # highest articles.seq looked at
        self._ann = None
        self._ann_ok = (_usearch() is not None) if use_ann is None else (use_ann and _usearch() is not None)
        self._dirty = False
        self._load()

    # --- build and persist ------------------------------------------------------------
    def _meta_path(self) -> str | None:
        return self.path + ".json" if self.path else None

    def _load(self) -> None:
        count, _ = self.store.embedding_stats(self.model)
        Index = _usearch() if self._ann_ok else None
        meta_path = self._meta_path()
        if Index is not None and self.path and os.path.exists(self.path) and meta_path and os.path.exists(meta_path):
            try:
                meta = json.loads(Path(meta_path).read_text())
                if meta.get("model") == self.model and meta.get("version") == VERSION:
                    ann = Index.restore(self.path)
                    if ann is not None and len(ann) == int(meta.get("count", -1)):
                        keys = np.asarray(ann.keys, dtype=np.int64) if len(ann) else np.zeros(0, dtype=np.int64)
                        keys.sort()
                        self._keys, self._mat, self._dim = keys, None, int(meta.get("dim", 0))
                        self._mat16 = None
                        self._ann = ann
                        self._hw = int(meta.get("max_seq", 0))
            except (OSError, ValueError, RuntimeError):
                self._ann = None
        if self._ann is None:
            self._keys = np.zeros(0, dtype=np.int64)
            self._mat = np.zeros((0, 0), dtype=np.float32)
            self._hw = 0
            self._dim = 0
        self.sync()
        if len(self._keys) != count:
            self.rebuild()
        self.save()

    def rebuild(self) -> None:
        """Throw the index away and index every stored embedding of the model again."""
        with self._lock:
            self._keys = np.zeros(0, dtype=np.int64)
            self._mat = np.zeros((0, 0), dtype=np.float32)
            self._hw = 0
            self._dim = 0
            self._ann = None
            self._mat16 = None
            self.sync()
            self._dirty = True
            self.save()

    def sync(self) -> int:
        """Add the embeddings of articles stored since the last sync; returns how many."""
        with self._lock:
            top = self.store.max_article_seq()
            if top <= self._hw:
                return 0
            seqs, vecs = self.store.embedding_rows(self.model, after_seq=self._hw)
            keep = seqs <= top
            seqs, vecs = seqs[keep], vecs[keep] if len(seqs) else vecs
            self._hw = top
            if len(seqs) == 0:
                return 0
            vecs = _unit_rows(vecs)
            if self._dim and vecs.shape[1] != self._dim:
                raise ValueError(f"embedding dimension changed for model {self.model!r}; rebuild the index")
            self._dim = int(vecs.shape[1])
            self._keys = np.concatenate([self._keys, seqs]).astype(np.int64)
            if self._ann is not None:
                self._ann.add(seqs.astype(np.uint64), vecs)
                if self._mat16 is not None:
                    self._mat16 = np.vstack([self._mat16, vecs.astype(np.float16)])
            else:
                self._mat = np.vstack([self._mat, vecs]) if self._mat is not None and self._mat.size else vecs
                if self._ann_ok and len(self._keys) > EXACT_MAX:
                    self._build_ann()
                    self._mat = None
            self._dirty = True
            return int(len(seqs))

    def _build_ann(self) -> None:
        Index = _usearch()
        ann = Index(ndim=self._dim, metric="cos", dtype="f16", connectivity=HNSW_CONNECTIVITY,
                    expansion_add=HNSW_EXPANSION_ADD, expansion_search=HNSW_EXPANSION_SEARCH)
        # one thread below DETERMINISTIC_BUILD_MAX vectors: the same graph on every build (a
        # multi-threaded build is not; on a loaded machine one such build lost a query's own vector)
        ann.add(self._keys.astype(np.uint64), self._mat, threads=1 if len(self._keys) < DETERMINISTIC_BUILD_MAX else 0)
        self._ann = ann

    def save(self) -> None:
        """Write the HNSW index and its sidecar atomically (nothing to write for exact-only)."""
        with self._lock:
            if not self._dirty or self._ann is None or not self.path:
                return
            tmp = f"{self.path}.tmp{os.getpid()}"
            self._ann.save(tmp)
            os.replace(tmp, self.path)
            meta = {"version": VERSION, "model": self.model, "count": len(self._keys), "max_seq": self._hw,
                    "dim": self._dim}
            Path(tmp).write_text(json.dumps(meta))
            os.replace(tmp, self._meta_path())
            self._dirty = False

    def __len__(self) -> int:
        return int(len(self._keys))

    @property
    def dim(self) -> int:
        return int(self._dim)

    def keys(self) -> np.ndarray:
        """The ``articles.seq`` of every indexed article, ascending."""
        with self._lock:
            return self._keys.copy()

    @property
    def backend(self) -> str:
        return "usearch" if self._ann is not None else "exact"

    # --- search -------------------------------------------------------------------------
    def search(self, vector: np.ndarray, k: int = 100, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The ``k`` nearest articles as ``(seq, cosine similarity)``, best first; with
        ``allowed`` (an array of seqs) only those articles are candidates."""
        q = _unit_rows(np.asarray(vector, dtype=np.float32).reshape(1, -1))[0]
        with self._lock:
            n = len(self._keys)
            if n == 0 or k <= 0:
                return []
            if allowed is not None:
                rows = self._rows_of(np.asarray(allowed, dtype=np.int64))
                if len(rows) == 0:
                    return []
                if self._ann is None or len(rows) <= FILTERED_EXACT_MAX:
                    return self._exact(q, k, rows)
                return self._ann_search(q, k, np.sort(self._keys[rows]), n / len(rows))
            if self._ann is None or n <= EXACT_MAX:
                return self._exact(q, k, None)
            return self._ann_search(q, k, None, 1.0)

    def vectors(self, seqs: Any) -> tuple[np.ndarray, np.ndarray]:
        """``(seqs, unit vectors)`` of the given articles that are in the index (all when None),
        in index order; float16 precision once the vectors live in the HNSW index."""
        with self._lock:
            if seqs is None:
                return self._keys.copy(), self._vectors(None)
            rows = self._rows_of(np.sort(np.asarray(list(seqs), dtype=np.int64)))
            return self._keys[rows], self._vectors(rows)

    def _rows_of(self, seqs: np.ndarray) -> np.ndarray:
        """Row numbers of the given seqs that are in the index (keys are kept sorted)."""
        if not len(seqs) or not len(self._keys):
            return np.zeros(0, dtype=np.int64)
        pos = np.searchsorted(self._keys, seqs)
        pos[pos >= len(self._keys)] = 0
        return pos[self._keys[pos] == seqs].astype(np.int64)

    def _vectors(self, rows: np.ndarray | None) -> np.ndarray:
        """Unit vectors of the given rows (all rows when None)."""
        if self._mat is not None:
            return self._mat if rows is None else self._mat[rows]
        if self._mat16 is None:
            # fetching rows from usearch key by key cost ~250 ms for 15k rows of a 100k index;
            # one bulk copy of the index's own float16 rows (77 MB at 100k articles, made once)
            # makes every later exact answer a gather plus a mat-vec (~15 ms)
            keys = np.asarray(self._ann.keys, dtype=np.int64)
            order = np.argsort(keys, kind="stable")
            if len(keys) == len(self._keys) and np.array_equal(keys[order], self._keys):
                self._mat16 = np.asarray(self._ann.vectors, dtype=np.float16)[order]
            else:  # out of step (should not happen): the slow, always-correct way
                sel = self._keys if rows is None else self._keys[rows]
                got = self._ann.get(sel.astype(np.uint64), dtype=np.float32)
                return _unit_rows(np.stack(got) if isinstance(got, (tuple, list))
                                  else np.asarray(got).reshape(len(sel), -1))
        mat = self._mat16 if rows is None else self._mat16[rows]
        return mat.astype(np.float32)

    def _exact(self, q: np.ndarray, k: int, rows: np.ndarray | None) -> list[tuple[int, float]]:
        mat = self._vectors(rows)
        sims = mat @ q
        k = min(k, len(sims))
        top = np.argpartition(-sims, k - 1)[:k]
        top = top[np.argsort(-sims[top], kind="stable")]
        keys = self._keys if rows is None else self._keys[rows]
        return [(int(keys[i]), float(sims[i])) for i in top]

    def _ann_search(self, q: np.ndarray, k: int, allowed: np.ndarray | None, ratio: float) -> list[tuple[int, float]]:
        """HNSW search; with ``allowed`` (sorted seqs), oversampled by how selective it is."""
        want = int(min(len(self._keys), max(k, k * ratio * 2)))
        m = self._ann.search(q, want)
        keys = np.asarray(m.keys, dtype=np.int64)
        sims = 1.0 - np.asarray(m.distances, dtype=np.float32)
        if allowed is not None:
            pos = np.searchsorted(allowed, keys)
            pos[pos >= len(allowed)] = 0
            ok = allowed[pos] == keys
            keys, sims = keys[ok], sims[ok]
            if len(keys) < k:  # the filter ate the beam: answer exactly
                return self._exact(q, k, self._rows_of(allowed))
        return [(int(a), float(b)) for a, b in zip(keys[:k], sims[:k])]


def _unit_rows(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    if x.size == 0:
        return x
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (x / norms).astype(np.float32)


def index_path(store: Any) -> str | None:
    """``<db>.vindex`` beside a file database; None for in-memory or non-file stores."""
    path = getattr(store, "path", None)
    if not path or path == ":memory:" or "://" in str(path):
        return None
    return str(path) + ".vindex"


_OPEN: "weakref.WeakKeyDictionary[Any, dict[str, VectorIndex]]" = weakref.WeakKeyDictionary()
_OPEN_LOCK = threading.Lock()


def open_index(store: Any, model: str) -> VectorIndex:
    """The store's index for ``model``, brought up to date (built on first use)."""
    with _OPEN_LOCK:
        per_store = _OPEN.setdefault(store, {})
        idx = per_store.get(model)
        if idx is None:
            idx = per_store[model] = VectorIndex(store, model, index_path(store))
            return idx
    if idx.sync():
        idx.save()
    return idx
