"""The clustering stage of ingest: ``cluster.assign`` wired to the store.

``cluster.py`` is pure (state in, assignment out); this adapter loads the state from the
store, assigns each article, and writes back, inside the caller's transaction, only what
changed: the article's assignment, the dirty clusters, merges, and the per-language means.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from . import cluster
from .models import Article, Assignment, Extraction
from .settings import Settings
from .store.base import Store

META_KEY = "cluster_state"


class StoryClusterer:
    def __init__(self, store: Store, state: "cluster.ClusterState | None", embedder_name: str,
                 prior_mean: np.ndarray | None = None, focus: bool = False):
        self.store = store
        self.state = state
        self.embedder_name = embedder_name
        self.prior_mean = prior_mean
        self.cluster_settings = cluster.ClusterSettings().focus() if focus else cluster.ClusterSettings()
        if state is not None:
            state.settings = self.cluster_settings

    @classmethod
    def load(cls, store: Store, settings: Settings, *, embedder_name: str,
             prior_mean: np.ndarray | None = None) -> "StoryClusterer":
        """Rebuild the clusterer's state from the store (a new store starts from the embedder's
        ``prior_mean``, the mean vector of generic sentences, so language centring works at once).
        A store once focused (``Settings.focus``) stays focused."""
        meta = store.get_meta(META_KEY)
        if not meta:
            return cls(store, None, embedder_name, prior_mean, focus=settings.focus)
        rows = store.load_clusters()
        df = store.term_counts()
        if not df and meta.get("df"):  # a store written before cluster.online.v2: move them over
            df = {str(k): int(v) for k, v in meta["df"].items()}
            store.update_term_counts(df)
        state = cluster.ClusterState.from_rows(rows, meta, int(meta.get("dim", 384)), df=df)
        return cls(store, state, embedder_name, prior_mean, focus=settings.focus or bool(meta.get("focus")))

    def add(self, article: Article, vector: np.ndarray, extraction: Extraction | None = None, *,
            copy_of: str | None = None) -> Assignment:
        """Assign one article and persist the change (call inside the article's transaction)."""
        vector = np.asarray(vector, dtype=np.float32)
        if self.state is None:
            self.state = cluster.ClusterState(int(vector.shape[-1]), self.cluster_settings, prior_mean=self.prior_mean)
        # the clusterer's name features are the ones it was calibrated with (capitalised
        # tokens and numbers of the lead), so extraction output is not passed in here
        item = cluster.ClusterItem.from_article(article, vector)
        assignment = cluster.assign(self.state, item)
        self._persist(assignment)
        return assignment

    def _persist(self, assignment: Assignment) -> None:
        st = self.state
        rows: list[dict[str, Any]] = []
        for cid in sorted(st.dirty):
            c = st.clusters[cid]
            row = c.as_row()
            row["merged_into"] = c.merged_into
            row["version"] = c.version
            rows.append(row)
        self.store.save_clusters(rows)
        for row in rows:
            if row["merged_into"]:
                self.store.record_merge(row["id"], row["merged_into"], row["kind"])
        self.store.save_assignment(assignment)
        if st.df_added:
            self.store.update_term_counts(dict(st.df_added))
        if st.df_pruned:
            self.store.prune_term_counts(cluster.DF_KEEP // 2)
        meta = st.meta()
        meta["dim"] = st.dim
        meta["embedder"] = self.embedder_name
        meta["focus"] = st.settings.focused
        self.store.set_meta(META_KEY, meta)
        st.dirty.clear()
        st.df_added.clear()
        st.df_pruned = False
