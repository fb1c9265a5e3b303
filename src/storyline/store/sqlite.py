"""SQLite store: WAL, numbered migrations, FTS5, content-hash ids (idempotent re-ingest).

One writer at a time (SQLite's rule); readers see a consistent snapshot under WAL while an
ingest writes. Every article is written in one transaction together with its stage outputs,
so a crash leaves either the whole article or nothing, and a re-run resumes.
"""
from __future__ import annotations

import json
import re
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

from ..errors import BadQuery, NotFound
from ..models import Article, Assignment, Extraction, ItemError, PartialDate
from .base import ArticleRow
from .migrations import MIGRATIONS

_ARTICLE_COLS = (
    "a.seq, a.id, a.title, a.text, a.lang, a.lang_confidence, a.published, a.date_precision, a.outlet, "
    "a.byline, a.url, a.source_path, a.metadata, a.copy_of, a.copy_similarity, a.ingested_at, "
    "s.event_id, s.story_id"
)


def _published(iso: str | None, precision: str | None) -> PartialDate | None:
    p = PartialDate.parse(iso)
    if p is not None and precision in ("year", "month", "day"):
        return PartialDate(p.value, precision)
    return p


class SQLiteStore:
    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._depth = 0
        uri = f"file:{self.path}?mode=ro" if readonly else None
        self.conn = sqlite3.connect(
            uri or self.path, uri=bool(uri), isolation_level=None, check_same_thread=False, timeout=30
        )
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()

    # --- lifecycle -------------------------------------------------------------------
    def migrate(self) -> list[int]:
        with self._lock:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"
            )
            done = {r[0] for r in self.conn.execute("SELECT number FROM schema_migrations")}
            applied = []
            for number, name, sql in MIGRATIONS:
                if number in done:
                    continue
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    for stmt in _split_sql(sql):
                        self.conn.execute(stmt)
                    self.conn.execute("INSERT INTO schema_migrations(number, name) VALUES (?, ?)", (number, name))
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
                applied.append(number)
            return applied

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT MAX(number) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction; nested calls join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self.conn.execute("COMMIT")

    def _q(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self.conn.execute(sql, tuple(params))

    # --- articles --------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._q("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, article: Article, *, copy_of: str | None = None,
                    copy_similarity: float | None = None) -> bool:
        """Insert; returns False (and changes nothing) when the id is already stored."""
        p = article.published
        with self.transaction():
            cur = self._q(
                "INSERT OR IGNORE INTO articles (id, title, text, lang, lang_confidence, published, date_precision, "
                "published_start, outlet, byline, url, source_path, metadata, copy_of, copy_similarity) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id, article.title or "", article.text, article.lang or "und",
                    float(article.lang_confidence), p.iso() if p else None, p.precision if p else None,
                    p.value.isoformat() if p else None, article.outlet, article.byline, article.url,
                    article.source_path, json.dumps(article.metadata, ensure_ascii=False, default=str),
                    copy_of, copy_similarity,
                ),
            )
            return cur.rowcount == 1

    def _row(self, r: sqlite3.Row) -> ArticleRow:
        art = Article(
            id=r["id"], title=r["title"], text=r["text"], lang=r["lang"], lang_confidence=r["lang_confidence"],
            published=_published(r["published"], r["date_precision"]), outlet=r["outlet"], byline=r["byline"],
            url=r["url"], source_path=r["source_path"], metadata=json.loads(r["metadata"] or "{}"),
        )
        story = r["story_id"]
        if story:
            story = self.resolve_cluster_id(story)
        return ArticleRow(article=art, seq=r["seq"], copy_of=r["copy_of"], copy_similarity=r["copy_similarity"],
                          event_id=r["event_id"], story_id=story, ingested_at=r["ingested_at"])

    def get_article(self, article_id: str) -> ArticleRow:
        r = self._q(
            f"SELECT {_ARTICLE_COLS} FROM articles a LEFT JOIN assignments s ON s.article_id = a.id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if r is None:
            raise NotFound("article", article_id)
        return self._row(r)

    def iter_articles(self, *, lang: str | None = None, story_id: str | None = None, since: str | None = None,
                      until: str | None = None, outlet: str | None = None, ids: Iterable[str] | None = None,
                      limit: int | None = None, offset: int = 0, order: str = "published") -> Iterator[ArticleRow]:
        """Stored articles with their assignment, filtered as search filters them (an ``until``
        date covers its whole period) and ordered by publication date (or storage order)."""
        if ids is not None:
            ids = list(ids)
            if not ids:
                return iter(())
        where, params = self._filter_sql(lang=lang, since=since, until=until, outlet=outlet, story_id=story_id,
                                         article_ids=ids)
        sql = f"SELECT {_ARTICLE_COLS} FROM articles a LEFT JOIN assignments s ON s.article_id = a.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published_start IS NULL, a.published_start, a.seq" if order == "published" else " ORDER BY a.seq"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"; params += [int(limit), int(offset)]
        rows = self._q(sql, params).fetchall()
        return (self._row(r) for r in rows)

    def count_articles(self) -> int:
        return int(self._q("SELECT COUNT(*) FROM articles").fetchone()[0])

    # --- near duplicates -------------------------------------------------------------
    def add_minhash(self, article_id: str, signature: np.ndarray, bands: Iterable[str]) -> None:
        with self.transaction():
            self._q("INSERT OR REPLACE INTO minhash(article_id, signature) VALUES (?, ?)",
                    (article_id, np.asarray(signature, dtype=np.uint64).tobytes()))
            with self._lock:
                self.conn.executemany("INSERT INTO minhash_bands(band, article_id) VALUES (?, ?)",
                                      [(b, article_id) for b in bands])

    def minhash_candidates(self, bands: Iterable[str]) -> dict[str, np.ndarray]:
        bands = list(bands)
        if not bands:
            return {}
        rows = self._q(
            "SELECT m.article_id, m.signature FROM minhash m WHERE m.article_id IN "
            f"(SELECT DISTINCT article_id FROM minhash_bands WHERE band IN ({','.join('?' * len(bands))}))",
            bands,
        ).fetchall()
        return {r[0]: np.frombuffer(r[1], dtype=np.uint64) for r in rows}

    # --- runs and errors -------------------------------------------------------------
    def start_run(self, command: str) -> int:
        with self.transaction():
            return int(self._q("INSERT INTO runs(command) VALUES (?)", (command,)).lastrowid)

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self.transaction():
            self._q("UPDATE runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), counts = ? WHERE id = ?",
                    (json.dumps(counts), run_id))

    def add_error(self, error: ItemError, run_id: int | None = None) -> None:
        with self.transaction():
            self._q("INSERT INTO errors(run_id, source_path, locator, stage, reason) VALUES (?,?,?,?,?)",
                    (run_id, error.source_path, error.locator, error.stage, error.reason))

    def iter_errors(self, run_id: int | None = None) -> Iterator[dict[str, Any]]:
        sql, params = "SELECT * FROM errors", []
        if run_id is not None:
            sql += " WHERE run_id = ?"; params.append(run_id)
        return (dict(r) for r in self._q(sql + " ORDER BY id", params).fetchall())

    # --- stage outputs ---------------------------------------------------------------
    def save_embedding(self, article_id: str, model: str, vector: np.ndarray) -> None:
        v = np.asarray(vector, dtype=np.float32)
        with self.transaction():
            self._q("INSERT OR REPLACE INTO embeddings(article_id, model, dim, vector) VALUES (?,?,?,?)",
                    (article_id, model, int(v.shape[-1]), v.tobytes()))

    def get_embeddings(self, article_ids: Iterable[str] | None = None, *, model: str | None = None) -> dict[str, np.ndarray]:
        sql, params = "SELECT article_id, vector FROM embeddings", []
        conds = []
        if article_ids is not None:
            ids = list(article_ids)
            if not ids:
                return {}
            conds.append(f"article_id IN ({','.join('?' * len(ids))})"); params += ids
        if model:
            conds.append("model = ?"); params.append(model)
        if conds:
            sql += " WHERE " + " AND ".join(conds)
        return {r[0]: np.frombuffer(r[1], dtype=np.float32) for r in self._q(sql, params).fetchall()}

    def save_extraction(self, extraction: Extraction) -> None:
        with self.transaction():
            self._q("INSERT OR REPLACE INTO extractions(article_id, version, payload) VALUES (?,?,?)",
                    (extraction.article_id, extraction.version,
                     json.dumps(extraction.as_dict(), ensure_ascii=False)))

    def get_extractions(self, article_ids: Iterable[str]) -> dict[str, Extraction]:
        ids = list(article_ids)
        out: dict[str, Extraction] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = self._q(f"SELECT article_id, payload FROM extractions WHERE article_id IN ({','.join('?' * len(chunk))})",
                           chunk).fetchall()
            for r in rows:
                out[r[0]] = Extraction.from_dict(json.loads(r[1]))
        return out

    # --- clusters --------------------------------------------------------------------
    def save_assignment(self, a: Assignment) -> None:
        with self.transaction():
            self._q("INSERT OR REPLACE INTO assignments(article_id, event_id, story_id, score, version) VALUES (?,?,?,?,?)",
                    (a.article_id, a.event_id, a.story_id, float(a.score), a.version))

    def save_clusters(self, rows: Iterable[dict[str, Any]]) -> None:
        with self.transaction():
            for r in rows:
                payload = r.get("payload", {})
                self._q(
                    "INSERT INTO clusters(id, kind, parent_id, merged_into, version, vector, payload) VALUES (?,?,?,?,?,?,?) "
                    "ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, parent_id=excluded.parent_id, "
                    "merged_into=excluded.merged_into, version=excluded.version, vector=excluded.vector, "
                    "payload=excluded.payload, updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                    (r["id"], r["kind"], r.get("parent_id"), r.get("merged_into"), r.get("version", ""),
                     r.get("vector"), payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)),
                )

    def load_clusters(self, kind: str | None = None) -> list[dict[str, Any]]:
        sql, params = "SELECT id, kind, parent_id, merged_into, version, vector, payload, updated_at FROM clusters", []
        if kind:
            sql += " WHERE kind = ?"; params.append(kind)
        out = []
        for r in self._q(sql + " ORDER BY rowid", params).fetchall():
            d = dict(r)
            d["payload"] = json.loads(d["payload"] or "{}")
            out.append(d)
        return out

    def record_merge(self, old_id: str, new_id: str, kind: str) -> None:
        with self.transaction():
            self._q("INSERT OR REPLACE INTO cluster_merges(old_id, new_id, kind) VALUES (?,?,?)", (old_id, new_id, kind))
            self._q("UPDATE clusters SET merged_into = ? WHERE id = ?", (new_id, old_id))

    def resolve_cluster_id(self, cluster_id: str) -> str:
        seen = set()
        while cluster_id not in seen:
            seen.add(cluster_id)
            r = self._q("SELECT new_id FROM cluster_merges WHERE old_id = ?", (cluster_id,)).fetchone()
            if r is None:
                return cluster_id
            cluster_id = r[0]
        return cluster_id

    def story_aliases(self, story_id: str) -> list[str]:
        """A story id and every id that was merged into it (transitively)."""
        root = self.resolve_cluster_id(story_id)
        out, todo = [root], [root]
        while todo:
            cur = todo.pop()
            for (old,) in self._q("SELECT old_id FROM cluster_merges WHERE new_id = ?", (cur,)).fetchall():
                if old not in out:
                    out.append(old); todo.append(old)
        return out

    def story_ids(self) -> list[str]:
        rows = self._q("SELECT DISTINCT story_id FROM assignments").fetchall()
        return sorted({self.resolve_cluster_id(r[0]) for r in rows})

    def story_article_ids(self, story_id: str) -> list[str]:
        sids = self.story_aliases(story_id)
        rows = self._q(
            "SELECT a.id FROM assignments s JOIN articles a ON a.id = s.article_id "
            f"WHERE s.story_id IN ({','.join('?' * len(sids))}) ORDER BY a.published_start, a.seq", sids
        ).fetchall()
        return [r[0] for r in rows]

    def assignments(self) -> dict[str, tuple[str, str]]:
        return {r[0]: (r[1], self.resolve_cluster_id(r[2]))
                for r in self._q("SELECT article_id, event_id, story_id FROM assignments").fetchall()}

    # --- meta ------------------------------------------------------------------------
    def get_meta(self, key: str, default: Any = None) -> Any:
        r = self._q("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(r[0]) if r else default

    def set_meta(self, key: str, value: Any) -> None:
        with self.transaction():
            self._q("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, json.dumps(value)))

    # --- clusterer name counts ------------------------------------------------------
    def update_term_counts(self, counts: dict[str, int]) -> None:
        """Add ``counts`` to the clusterer's per-term article counts (one row per term)."""
        with self.transaction(), self._lock:
            self.conn.executemany("INSERT INTO cluster_terms(term, n) VALUES (?, ?) "
                                  "ON CONFLICT(term) DO UPDATE SET n = n + excluded.n", sorted(counts.items()))

    def term_counts(self) -> dict[str, int]:
        return {r[0]: int(r[1]) for r in self._q("SELECT term, n FROM cluster_terms").fetchall()}

    def prune_term_counts(self, keep: int) -> None:
        """Keep the ``keep`` most frequent terms (ties by term, as ``cluster.top_terms``)."""
        with self.transaction():
            self._q("DELETE FROM cluster_terms WHERE term NOT IN "
                    "(SELECT term FROM cluster_terms ORDER BY n DESC, term LIMIT ?)", (int(keep),))

    # --- search ----------------------------------------------------------------------
    def search_fts(self, query: str, *, limit: int = 50) -> list[tuple[str, float]]:
        """BM25 keyword search. Plain words are matched as terms (any order); FTS5 syntax
        errors become BadQuery, never a crash. Returns (article_id, score) best first."""
        q = to_fts_query(query)
        if not q:
            return []
        try:
            rows = self._q(
                "SELECT a.id, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?",
                (q, int(limit)),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise BadQuery(f"cannot parse search query {query!r}: {exc}") from exc
        return [(r[0], -float(r[1])) for r in rows]

    def stats(self) -> dict[str, int]:
        def n(sql: str) -> int:
            return int(self._q(sql).fetchone()[0])

        return {
            "articles": n("SELECT COUNT(*) FROM articles"),
            "copies": n("SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL"),
            "stories": len(self.story_ids()),
            "events": n("SELECT COUNT(DISTINCT event_id) FROM assignments"),
            "errors": n("SELECT COUNT(*) FROM errors"),
            "languages": n("SELECT COUNT(DISTINCT lang) FROM articles"),
        }

    def integrity_check(self) -> list[str]:
        """SQLite's own check plus Storyline's invariants; an empty list means all is well."""
        problems = [r[0] for r in self._q("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        n = self._q("SELECT COUNT(*) FROM articles a LEFT JOIN assignments s ON s.article_id = a.id "
                    "WHERE s.article_id IS NULL").fetchone()[0]
        if n:
            problems.append(f"{n} articles without a story assignment")
        n = self._q("SELECT COUNT(*) FROM (SELECT id FROM articles GROUP BY id HAVING COUNT(*) > 1)").fetchone()[0]
        if n:
            problems.append(f"{n} duplicated article ids")
        try:
            self._q("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"fts index: {exc}")
        return problems

    # === search, vector index, follows and alerts (issue 6) ==============================
    def _filter_sql(self, *, lang: str | None = None, since: str | None = None, until: str | None = None,
                    outlet: str | None = None, story_id: str | None = None,
                    article_ids: Iterable[str] | None = None) -> tuple[list[str], list[Any]]:
        """WHERE clauses over ``articles a LEFT JOIN assignments s`` for the search filters."""
        where: list[str] = []
        params: list[Any] = []
        if lang:
            where.append("a.lang = ?"); params.append(lang)
        if outlet:
            where.append("a.outlet = ?"); params.append(outlet)
        if since:
            where.append("a.published_start >= ?"); params.append(since)
        if until:
            # an until date includes its whole period: 2021-08 covers August
            where.append("a.published_start <= ?"); params.append(_period_end(until))
        if story_id:
            sids = self.story_aliases(story_id)
            where.append(f"s.story_id IN ({','.join('?' * len(sids))})"); params.extend(sids)
        if article_ids is not None:
            ids = list(article_ids)
            where.append(f"a.id IN (SELECT value FROM json_each(?))"); params.append(json.dumps(ids))
        return where, params

    def filter_seqs(self, **filters: Any) -> np.ndarray:
        """``articles.seq`` of the articles that pass the search filters (see ``_filter_sql``)."""
        where, params = self._filter_sql(**filters)
        sql = "SELECT a.seq FROM articles a LEFT JOIN assignments s ON s.article_id = a.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return np.fromiter((r[0] for r in self._q(sql, params)), dtype=np.int64)

    def search_fts_filtered(self, query: str, *, limit: int = 100, **filters: Any) -> list[tuple[str, float]]:
        """``search_fts`` restricted to the articles that pass the search filters."""
        q = to_fts_query(query)
        return self.fts_ranked(q, limit=limit, **filters) if q else []

    def _fts_sql(self, select: str, fts_query: str, filters: dict[str, Any]) -> tuple[str, list[Any]]:
        where, params = self._filter_sql(**filters)
        if where:
            sql = (f"SELECT {select} FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
                   "LEFT JOIN assignments s ON s.article_id = a.id WHERE articles_fts MATCH ? AND " + " AND ".join(where))
        else:
            sql = f"SELECT {select} FROM articles_fts WHERE articles_fts MATCH ?"
        return sql, [fts_query, *params]

    def fts_ranked(self, fts_query: str, *, limit: int = 100, **filters: Any) -> list[tuple[str, float]]:
        """BM25-ranked (article id, score) for an FTS5 query built by ``to_fts_query``."""
        sql, params = self._fts_sql("articles_fts.rowid AS seq, bm25(articles_fts, 2.0, 1.0) AS score",
                                    fts_query, filters)
        try:
            rows = self._q(f"{sql} ORDER BY score LIMIT ?", [*params, int(limit)]).fetchall()
        except sqlite3.OperationalError as exc:
            raise BadQuery(f"cannot parse search query {fts_query!r}: {exc}") from exc
        ids = self.ids_for_seqs(r[0] for r in rows)
        return [(ids[r[0]], -float(r[1])) for r in rows if r[0] in ids]

    def fts_count(self, fts_query: str, **filters: Any) -> int:
        """How many articles an FTS5 query matches (cheap: no ranking)."""
        sql, params = self._fts_sql("COUNT(*)", fts_query, filters)
        try:
            return int(self._q(sql, params).fetchone()[0])
        except sqlite3.OperationalError as exc:
            raise BadQuery(f"cannot parse search query {fts_query!r}: {exc}") from exc

    def fts_doc_freq(self, words: Iterable[str]) -> dict[str, int]:
        """Number of articles each indexed word occurs in (FTS5 vocabulary, case-folded terms)."""
        with self._lock:
            self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab "
                              "USING fts5vocab(main, articles_fts, 'row')")
        out = {}
        for w in dict.fromkeys(words):
            r = self._q("SELECT doc FROM temp.articles_vocab WHERE term = ?", (w,)).fetchone()
            out[w] = int(r[0]) if r else 0
        return out

    def embedding_stats(self, model: str) -> tuple[int, int]:
        """(number of stored embeddings of ``model``, highest article seq among them)."""
        r = self._q("SELECT COUNT(*), COALESCE(MAX(a.seq), 0) FROM embeddings e JOIN articles a ON a.id = e.article_id "
                    "WHERE e.model = ?", (model,)).fetchone()
        return int(r[0]), int(r[1])

    def embedding_rows(self, model: str, *, after_seq: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(seqs, vectors) of the embeddings of ``model`` for articles with seq > ``after_seq``."""
        rows = self._q("SELECT a.seq, e.vector FROM embeddings e JOIN articles a ON a.id = e.article_id "
                       "WHERE e.model = ? AND a.seq > ? ORDER BY a.seq", (model, int(after_seq))).fetchall()
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        seqs = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        vecs = np.stack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
        return seqs, vecs

    def ids_for_seqs(self, seqs: Iterable[int]) -> dict[int, str]:
        seqs = [int(s) for s in seqs]
        if not seqs:
            return {}
        out: dict[int, str] = {}
        for i in range(0, len(seqs), 500):
            chunk = seqs[i: i + 500]
            for seq, art_id in self._q(f"SELECT seq, id FROM articles WHERE seq IN ({','.join('?' * len(chunk))})",
                                       chunk).fetchall():
                out[int(seq)] = art_id
        return out

    def max_article_seq(self) -> int:
        return int(self._q("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])

    def article_ids_after(self, seq: int) -> list[str]:
        """Ids of the articles stored after ``seq`` (new since a check), in storage order."""
        return [r[0] for r in self._q("SELECT id FROM articles WHERE seq > ? ORDER BY seq", (int(seq),)).fetchall()]

    def story_brief(self, story_id: str) -> dict[str, Any]:
        """Size, languages and date span of one story, by SQL aggregate (no article loading)."""
        sids = self.story_aliases(story_id)
        marks = ",".join("?" * len(sids))
        r = self._q(f"SELECT COUNT(*), MIN(a.published_start), MAX(a.published_start) FROM assignments s "
                    f"JOIN articles a ON a.id = s.article_id WHERE s.story_id IN ({marks})", sids).fetchone()
        langs = [x[0] for x in self._q(
            f"SELECT a.lang, COUNT(*) AS n FROM assignments s JOIN articles a ON a.id = s.article_id "
            f"WHERE s.story_id IN ({marks}) GROUP BY a.lang ORDER BY n DESC, a.lang", sids).fetchall()]
        return {"id": sids[0], "size": int(r[0]), "first_date": r[1], "last_date": r[2], "languages": langs}

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Article id -> (resolved) story id, in one query plus one read of the merge table."""
        ids = list(article_ids)
        if not ids:
            return {}
        merges = dict(self._q("SELECT old_id, new_id FROM cluster_merges").fetchall())
        out = {}
        rows = []
        for i in range(0, len(ids), 500):
            chunk = ids[i: i + 500]
            rows += self._q(f"SELECT article_id, story_id FROM assignments WHERE article_id IN "
                            f"({','.join('?' * len(chunk))})", chunk).fetchall()
        for aid, sid in rows:
            seen = set()
            while sid in merges and sid not in seen:
                seen.add(sid)
                sid = merges[sid]
            out[aid] = sid
        return out

    def story_briefs(self, story_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """``story_brief`` of several stories in two queries (stories without merges)."""
        sids = list(dict.fromkeys(story_ids))
        if not sids:
            return {}
        merged_into = {r[0] for r in self._q(f"SELECT DISTINCT new_id FROM cluster_merges WHERE new_id IN "
                                              f"({','.join('?' * len(sids))})", sids).fetchall()}
        out = {sid: self.story_brief(sid) for sid in sids if sid in merged_into}
        plain = [sid for sid in sids if sid not in merged_into]
        if plain:
            marks = ",".join("?" * len(plain))
            rows = self._q(
                "SELECT s.story_id, a.lang, COUNT(*), MIN(a.published_start), MAX(a.published_start) "
                "FROM assignments s JOIN articles a ON a.id = s.article_id "
                f"WHERE s.story_id IN ({marks}) GROUP BY s.story_id, a.lang", plain).fetchall()
            per: dict[str, list[tuple[str, int, Any, Any]]] = {}
            for sid, lang, n, lo, hi in rows:
                per.setdefault(sid, []).append((lang, int(n), lo, hi))
            for sid, parts in per.items():
                los = [p[2] for p in parts if p[2]]
                his = [p[3] for p in parts if p[3]]
                out[sid] = {"id": sid, "size": sum(p[1] for p in parts), "first_date": min(los) if los else None,
                            "last_date": max(his) if his else None,
                            "languages": [p[0] for p in sorted(parts, key=lambda p: (-p[1], p[0]))]}
        return out

    # entity index: casefolded canonical names per article, filled from the extractions table
    def sync_entity_index(self, name_keys: Any) -> int:
        """Index the entities of extractions stored since the last sync; ``name_keys(mention)``
        gives the index keys of one mention. Returns the number of extractions indexed."""
        done = int(self.get_meta("entity_index_rowid", 0) or 0)
        rows = self._q("SELECT rowid, article_id, payload FROM extractions WHERE rowid > ? ORDER BY rowid",
                       (done,)).fetchall()
        if not rows:
            return 0
        with self.transaction():
            for rowid, article_id, payload in rows:
                ex = Extraction.from_dict(json.loads(payload))
                keys = {k for m in ex.entities for k in name_keys(m) if k}
                self._q("DELETE FROM entity_index WHERE article_id = ?", (article_id,))
                with self._lock:
                    self.conn.executemany("INSERT OR IGNORE INTO entity_index(article_id, name) VALUES (?, ?)",
                                          [(article_id, k) for k in sorted(keys)])
            self.set_meta("entity_index_rowid", int(rows[-1][0]))
        return len(rows)

    def entity_article_ids(self, keys: Iterable[str]) -> list[str]:
        keys = list(keys)
        if not keys:
            return []
        return [r[0] for r in self._q(
            "SELECT DISTINCT article_id FROM entity_index WHERE name IN (SELECT value FROM json_each(?))",
            (json.dumps(keys),)).fetchall()]

    # follows and alerts
    def add_follow(self, kind: str, value: str, webhook: str | None, state: dict[str, Any], last_seq: int) -> int:
        with self.transaction():
            return int(self._q("INSERT INTO follows(kind, value, webhook, state, last_seq) VALUES (?,?,?,?,?)",
                               (kind, value, webhook, json.dumps(state, ensure_ascii=False), int(last_seq))).lastrowid)

    def _follow(self, r: sqlite3.Row) -> dict[str, Any]:
        d = dict(r)
        d["state"] = json.loads(d["state"] or "{}")
        return d

    def list_follows(self) -> list[dict[str, Any]]:
        return [self._follow(r) for r in self._q("SELECT * FROM follows ORDER BY id").fetchall()]

    def get_follow(self, follow_id: int) -> dict[str, Any]:
        r = self._q("SELECT * FROM follows WHERE id = ?", (int(follow_id),)).fetchone()
        if r is None:
            raise NotFound("follow", str(follow_id))
        return self._follow(r)

    def update_follow(self, follow_id: int, state: dict[str, Any], last_seq: int) -> None:
        with self.transaction():
            self._q("UPDATE follows SET state = ?, last_seq = ? WHERE id = ?",
                    (json.dumps(state, ensure_ascii=False), int(last_seq), int(follow_id)))

    def delete_follow(self, follow_id: int) -> None:
        with self.transaction():
            if self._q("DELETE FROM follows WHERE id = ?", (int(follow_id),)).rowcount == 0:
                raise NotFound("follow", str(follow_id))

    def add_alert(self, follow_id: int, kind: str, story_id: str | None, payload: dict[str, Any]) -> int:
        with self.transaction():
            return int(self._q("INSERT INTO alerts(follow_id, kind, story_id, payload) VALUES (?,?,?,?)",
                               (int(follow_id), kind, story_id, json.dumps(payload, ensure_ascii=False))).lastrowid)

    def mark_alert_delivered(self, alert_id: int, error: str | None = None) -> None:
        with self.transaction():
            self._q("UPDATE alerts SET delivered_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), delivery_error = ? "
                    "WHERE id = ?", (error, int(alert_id)))

    def list_alerts(self, *, follow_id: int | None = None, limit: int = 50,
                    offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Alerts newest first, and how many there are in all."""
        where, params = "", []
        if follow_id is not None:
            where, params = " WHERE follow_id = ?", [int(follow_id)]
        total = int(self._q("SELECT COUNT(*) FROM alerts" + where, params).fetchone()[0])
        rows = self._q(f"SELECT * FROM alerts{where} ORDER BY id DESC LIMIT ? OFFSET ?",
                       [*params, int(limit), int(offset)]).fetchall()
        out = []
        for r in rows:
            d = dict(r)
            d["payload"] = json.loads(d["payload"] or "{}")
            out.append(d)
        return out, total


def _period_end(value: str) -> str:
    """The last day of a partial ISO date (2021 -> 2021-12-31, 2021-02 -> 2021-02-28)."""
    p = PartialDate.parse(value)
    return p.end().isoformat() if p else value


_FTS_TOKEN = re.compile(r"[\w]+(?:[-'’][\w]+)*", re.UNICODE)


def to_fts_query(query: str) -> str:
    """Turn a user's query into an FTS5 query.

    Plain text is split into terms joined with OR (BM25 ranks documents matching more terms
    higher); double-quoted phrases are kept as phrases. Nothing a user types reaches FTS5 as
    operators, so no query can be a syntax error or an injection.
    """
    parts: list[str] = []
    for m in re.finditer(r'"([^"]*)"|(\S+)', query or ""):
        if m.group(1) is not None:
            words = _FTS_TOKEN.findall(m.group(1))
            if words:
                parts.append('"' + " ".join(w.replace('"', "") for w in words) + '"')
        else:
            for w in _FTS_TOKEN.findall(m.group(2)):
                parts.append('"' + w.replace('"', "") + '"')
    return " OR ".join(parts)


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole."""
    stmts, buf, depth = [], [], 0
    for line in sql.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper.endswith("BEGIN"):
            depth += 1
        if upper.startswith("END;"):
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            stmts.append("\n".join(buf))
            buf = []
    if buf and "".join(buf).strip():
        stmts.append("\n".join(buf))
    return stmts
