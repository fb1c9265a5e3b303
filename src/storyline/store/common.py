"""What the SQL backends share: every store method whose logic is the same on SQLite and PostgreSQL.

``SQLStore`` holds the connection-independent part of the store API. Its SQL is written once,
with ``?`` placeholders and column aliases (rows are read by name, never by position), and a
backend supplies only what genuinely differs between the two databases:

- ``_q`` runs one statement (PostgreSQL's turns the ``?`` placeholders into ``%s``);
- ``_executemany`` runs one statement over many parameter rows;
- ``_insert_id`` inserts a row and returns its new ``id`` (``lastrowid`` or ``RETURNING id``);
- ``_replace_sql`` / ``_insert_ignore_sql`` spell "insert, replacing" and "insert unless present";
- ``_in`` / ``_in_large`` spell "column is one of these values", ``_chunks`` splits long lists
  where the server limits the number of parameters;
- ``_stable_order`` is the ORDER BY that PostgreSQL needs where SQLite's plan gives a stable
  order unasked (empty on SQLite), ``_ROWID`` the column that numbers rows in insertion order;
- ``_blob`` turns a stored binary value into ``bytes``;
- ``_BEGIN`` starts a write transaction, ``_NOW`` is the SQL for "now" as ISO-8601 UTC text,
  ``_BYTE_ORDER`` the collation suffix that sorts text by bytes.

Search (FTS5 against ``tsvector``), migrations, connections, integrity checks and
``story_briefs`` (a different aggregation on each server) stay in the backends.
"""
from __future__ import annotations

import json
import re
import threading
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Mapping, Self, Sequence

import numpy as np

from ..errors import NotFound
from ..models import Article, Assignment, Extraction, ItemError, PartialDate
from .base import ArticleRow

ARTICLE_COLS = (
    "a.seq, a.id, a.title, a.text, a.lang, a.lang_confidence, a.published, a.date_precision, a.outlet, "
    "a.byline, a.url, a.source_path, a.metadata, a.copy_of, a.copy_similarity, a.ingested_at, "
    "s.event_id, s.story_id"
)

_ARTICLE_INSERT_COLS = ("id", "title", "text", "lang", "lang_confidence", "published", "date_precision",
                        "published_start", "outlet", "byline", "url", "source_path", "metadata", "copy_of",
                        "copy_similarity")


def published_date(iso: str | None, precision: str | None) -> PartialDate | None:
    """The stored ``published`` text and ``date_precision`` as a ``PartialDate``."""
    p = PartialDate.parse(iso)
    if p is not None and precision in ("year", "month", "day"):
        return PartialDate(p.value, precision)
    return p


def period_end(value: str) -> str:
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


def insert_sql(table: str, names: Sequence[str], clause: str = "") -> str:
    """``INSERT{clause} INTO table(names) VALUES (?, ...)``; ``clause`` is e.g. SQLite's `` OR REPLACE``."""
    cols = ", ".join(names)
    marks = ",".join("?" * len(names))
    return f"INSERT{clause} INTO {table}({cols}) VALUES ({marks})"


def _json_field(row: Mapping[str, Any], field: str) -> dict[str, Any]:
    """A row as a dict with its JSON text column ``field`` decoded (empty object when blank)."""
    d = dict(row)
    d[field] = json.loads(d[field] or "{}")
    return d


class SQLStore:
    """The store API over a SQL connection; subclasses supply the hooks listed in the module docstring."""

    conn: Any
    _BEGIN: str  # the statement that opens a write transaction
    _NOW: str  # SQL for the current time as ISO-8601 UTC text with milliseconds
    _ROWID: str  # the column numbering a table's rows in insertion order
    _BYTE_ORDER: str  # appended to a text column in ORDER BY to sort by bytes

    def _init_state(self) -> None:
        """The lock and transaction depth every backend sets up before connecting."""
        self._lock = threading.RLock()
        self._depth = 0

    # --- backend hooks ---------------------------------------------------------------
    def _q(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """Run one statement (``?`` placeholders) and return the cursor."""
        raise NotImplementedError

    def _executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """Run one statement (``?`` placeholders) for each parameter row."""
        raise NotImplementedError

    def _insert_id(self, sql: str, params: Iterable[Any]) -> int:
        """Run an INSERT into a table with an ``id`` key and return the new row's id."""
        raise NotImplementedError

    def _replace_sql(self, table: str, cols: Sequence[str], key: str) -> str:
        """INSERT of ``cols`` that replaces the row with the same ``key``, as SQLite's INSERT OR REPLACE."""
        raise NotImplementedError

    def _insert_ignore_sql(self, table: str, cols: Sequence[str], key: str | None = None) -> str:
        """INSERT of ``cols`` that does nothing when a row with the same ``key`` (or any unique key) exists."""
        raise NotImplementedError

    def _in(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """A condition ``column`` is one of ``values`` (a short list), and its parameters."""
        raise NotImplementedError

    def _in_large(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """As ``_in``, for a list of any length."""
        raise NotImplementedError

    def _chunks(self, values: list[Any]) -> Iterator[list[Any]]:
        """``values`` in pieces small enough for ``_in``."""
        raise NotImplementedError

    def _stable_order(self, order: str = "seq") -> str:
        """`` ORDER BY order`` where the server must be told the order SQLite's plan gives
        unasked (rowid or index order); empty on SQLite."""
        raise NotImplementedError

    def _blob(self, value: Any) -> bytes:
        """A binary column's value as ``bytes``."""
        raise NotImplementedError

    # --- SQL fragments built from the backend's constants ------------------------------
    def _set_now(self, column: str) -> str:
        """``column = <the current time>``, for a SET list."""
        return f"{column} = {self._NOW}"

    def _rowid_order(self) -> str:
        """`` ORDER BY`` the column numbering rows in insertion order."""
        order = self._ROWID
        return f" ORDER BY {order}"

    # --- lifecycle -------------------------------------------------------------------
    def schema_version(self) -> int:
        row = self._q("SELECT MAX(number) AS n FROM schema_migrations").fetchone()
        return int(row["n"] or 0)

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> Self:
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
            self.conn.execute(self._BEGIN)
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self.conn.execute("COMMIT")

    # --- articles --------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._q("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, article: Article, *, copy_of: str | None = None,
                    copy_similarity: float | None = None) -> bool:
        """Insert; returns False (and changes nothing) when the id is already stored."""
        p = article.published
        with self.transaction():
            cur = self._q(
                self._insert_ignore_sql("articles", _ARTICLE_INSERT_COLS, "id"),
                (
                    article.id, article.title or "", article.text, article.lang or "und",
                    float(article.lang_confidence), p.iso() if p else None, p.precision if p else None,
                    p.value.isoformat() if p else None, article.outlet, article.byline, article.url,
                    article.source_path, json.dumps(article.metadata, ensure_ascii=False, default=str),
                    copy_of, copy_similarity,
                ),
            )
            return cur.rowcount == 1

    def _row(self, r: Mapping[str, Any]) -> ArticleRow:
        art = Article(
            id=r["id"], title=r["title"], text=r["text"], lang=r["lang"], lang_confidence=r["lang_confidence"],
            published=published_date(r["published"], r["date_precision"]), outlet=r["outlet"],
            byline=r["byline"], url=r["url"], source_path=r["source_path"],
            metadata=json.loads(r["metadata"] or "{}"),
        )
        story = r["story_id"]
        if story:
            story = self.resolve_cluster_id(story)
        return ArticleRow(article=art, seq=r["seq"], copy_of=r["copy_of"], copy_similarity=r["copy_similarity"],
                          event_id=r["event_id"], story_id=story, ingested_at=r["ingested_at"])

    def get_article(self, article_id: str) -> ArticleRow:
        r = self._q(
            f"SELECT {ARTICLE_COLS} FROM articles a LEFT JOIN assignments s ON s.article_id = a.id WHERE a.id = ?",
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
        sql = f"SELECT {ARTICLE_COLS} FROM articles a LEFT JOIN assignments s ON s.article_id = a.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += (" ORDER BY a.published_start IS NULL, a.published_start, a.seq" if order == "published"
                else " ORDER BY a.seq")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        rows = self._q(sql, params).fetchall()
        return (self._row(r) for r in rows)

    def count_articles(self) -> int:
        return int(self._q("SELECT COUNT(*) AS n FROM articles").fetchone()["n"])

    # --- near duplicates -------------------------------------------------------------
    def add_minhash(self, article_id: str, signature: np.ndarray, bands: Iterable[str]) -> None:
        with self.transaction():
            self._q(self._replace_sql("minhash", ("article_id", "signature"), "article_id"),
                    (article_id, np.asarray(signature, dtype=np.uint64).tobytes()))
            self._executemany("INSERT INTO minhash_bands(band, article_id) VALUES (?, ?)",
                              [(b, article_id) for b in bands])

    def minhash_candidates(self, bands: Iterable[str]) -> dict[str, np.ndarray]:
        bands = list(bands)
        if not bands:
            return {}
        cond, params = self._in("band", bands)
        order = self._stable_order("m.seq")
        rows = self._q(
            "SELECT m.article_id, m.signature FROM minhash m WHERE m.article_id IN "
            f"(SELECT DISTINCT article_id FROM minhash_bands WHERE {cond}){order}",
            params,
        ).fetchall()
        return {r["article_id"]: np.frombuffer(self._blob(r["signature"]), dtype=np.uint64) for r in rows}

    # --- runs and errors -------------------------------------------------------------
    def start_run(self, command: str) -> int:
        with self.transaction():
            return self._insert_id("INSERT INTO runs(command) VALUES (?)", (command,))

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self.transaction():
            clause = self._set_now("finished_at")
            self._q(f"UPDATE runs SET {clause}, counts = ? WHERE id = ?",
                    (json.dumps(counts), run_id))

    def add_error(self, error: ItemError, run_id: int | None = None) -> None:
        with self.transaction():
            self._q("INSERT INTO errors(run_id, source_path, locator, stage, reason) VALUES (?,?,?,?,?)",
                    (run_id, error.source_path, error.locator, error.stage, error.reason))

    def iter_errors(self, run_id: int | None = None) -> Iterator[dict[str, Any]]:
        sql, params = "SELECT * FROM errors", []
        if run_id is not None:
            sql += " WHERE run_id = ?"
            params.append(run_id)
        return (dict(r) for r in self._q(sql + " ORDER BY id", params).fetchall())

    # --- stage outputs ---------------------------------------------------------------
    def save_embedding(self, article_id: str, model: str, vector: np.ndarray) -> None:
        v = np.asarray(vector, dtype=np.float32)
        with self.transaction():
            self._q(self._replace_sql("embeddings", ("article_id", "model", "dim", "vector"), "article_id"),
                    (article_id, model, int(v.shape[-1]), v.tobytes()))

    def get_embeddings(self, article_ids: Iterable[str] | None = None, *,
                       model: str | None = None) -> dict[str, np.ndarray]:
        sql, params, conds = "SELECT article_id, vector FROM embeddings", [], []
        if article_ids is not None:
            ids = list(article_ids)
            if not ids:
                return {}
            cond, cond_params = self._in("article_id", ids)
            conds.append(cond)
            params += cond_params
        if model:
            conds.append("model = ?")
            params.append(model)
        if conds:
            sql += " WHERE " + " AND ".join(conds)
        rows = self._q(sql + self._stable_order(), params).fetchall()
        return {r["article_id"]: np.frombuffer(self._blob(r["vector"]), dtype=np.float32) for r in rows}

    def save_extraction(self, extraction: Extraction) -> None:
        with self.transaction():
            self._q(self._replace_sql("extractions", ("article_id", "version", "payload"), "article_id"),
                    (extraction.article_id, extraction.version,
                     json.dumps(extraction.as_dict(), ensure_ascii=False)))

    def get_extractions(self, article_ids: Iterable[str]) -> dict[str, Extraction]:
        out: dict[str, Extraction] = {}
        order = self._stable_order()
        for chunk in self._chunks(list(article_ids)):
            cond, params = self._in("article_id", chunk)
            rows = self._q(f"SELECT article_id, payload FROM extractions WHERE {cond}{order}", params).fetchall()
            for r in rows:
                out[r["article_id"]] = Extraction.from_dict(json.loads(r["payload"]))
        return out

    # --- clusters --------------------------------------------------------------------
    def save_assignment(self, a: Assignment) -> None:
        with self.transaction():
            self._q(self._replace_sql("assignments", ("article_id", "event_id", "story_id", "score", "version"),
                                      "article_id"),
                    (a.article_id, a.event_id, a.story_id, float(a.score), a.version))

    def save_clusters(self, rows: Iterable[dict[str, Any]]) -> None:
        clause = self._set_now("updated_at")
        with self.transaction():
            for r in rows:
                payload = r.get("payload", {})
                vector = r.get("vector")
                self._q(
                    "INSERT INTO clusters(id, kind, parent_id, merged_into, version, vector, payload) "
                    "VALUES (?,?,?,?,?,?,?) "
                    "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, parent_id = excluded.parent_id, "
                    "merged_into = excluded.merged_into, version = excluded.version, vector = excluded.vector, "
                    f"payload = excluded.payload, {clause}",
                    (r["id"], r["kind"], r.get("parent_id"), r.get("merged_into"), r.get("version", ""),
                     self._blob(vector) if vector is not None else None,
                     payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)),
                )

    def load_clusters(self, kind: str | None = None) -> list[dict[str, Any]]:
        sql, params = "SELECT id, kind, parent_id, merged_into, version, vector, payload, updated_at FROM clusters", []
        if kind:
            sql += " WHERE kind = ?"
            params.append(kind)
        out = []
        for r in self._q(sql + self._rowid_order(), params).fetchall():
            d = _json_field(r, "payload")
            if d["vector"] is not None:
                d["vector"] = self._blob(d["vector"])
            out.append(d)
        return out

    def record_merge(self, old_id: str, new_id: str, kind: str) -> None:
        with self.transaction():
            self._q(self._replace_sql("cluster_merges", ("old_id", "new_id", "kind"), "old_id"),
                    (old_id, new_id, kind))
            self._q("UPDATE clusters SET merged_into = ? WHERE id = ?", (new_id, old_id))

    def resolve_cluster_id(self, cluster_id: str) -> str:
        seen = set()
        while cluster_id not in seen:
            seen.add(cluster_id)
            r = self._q("SELECT new_id FROM cluster_merges WHERE old_id = ?", (cluster_id,)).fetchone()
            if r is None:
                return cluster_id
            cluster_id = r["new_id"]
        return cluster_id

    def story_aliases(self, story_id: str) -> list[str]:
        """A story id and every id that was merged into it (transitively)."""
        root = self.resolve_cluster_id(story_id)
        out, todo = [root], [root]
        while todo:
            cur = todo.pop()
            for r in self._q("SELECT old_id FROM cluster_merges WHERE new_id = ?", (cur,)).fetchall():
                if r["old_id"] not in out:
                    out.append(r["old_id"])
                    todo.append(r["old_id"])
        return out

    def story_ids(self) -> list[str]:
        rows = self._q("SELECT DISTINCT story_id FROM assignments").fetchall()
        return sorted({self.resolve_cluster_id(r["story_id"]) for r in rows})

    def story_article_ids(self, story_id: str) -> list[str]:
        cond, params = self._in("s.story_id", self.story_aliases(story_id))
        rows = self._q(
            "SELECT a.id FROM assignments s JOIN articles a ON a.id = s.article_id "
            f"WHERE {cond} ORDER BY a.published_start, a.seq", params
        ).fetchall()
        return [r["id"] for r in rows]

    def assignments(self) -> dict[str, tuple[str, str]]:
        rows = self._q("SELECT article_id, event_id, story_id FROM assignments" + self._stable_order()).fetchall()
        return {r["article_id"]: (r["event_id"], self.resolve_cluster_id(r["story_id"])) for r in rows}

    # --- meta ------------------------------------------------------------------------
    def get_meta(self, key: str, default: Any = None) -> Any:
        r = self._q("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(r["value"]) if r else default

    def set_meta(self, key: str, value: Any) -> None:
        with self.transaction():
            self._q(self._replace_sql("meta", ("key", "value"), "key"), (key, json.dumps(value)))

    # --- clusterer name counts ------------------------------------------------------
    def update_term_counts(self, counts: dict[str, int]) -> None:
        """Add ``counts`` to the clusterer's per-term article counts (one row per term)."""
        with self.transaction():
            self._executemany("INSERT INTO cluster_terms(term, n) VALUES (?, ?) "
                              "ON CONFLICT (term) DO UPDATE SET n = cluster_terms.n + excluded.n",
                              sorted(counts.items()))

    def term_counts(self) -> dict[str, int]:
        return {r["term"]: int(r["n"]) for r in self._q("SELECT term, n FROM cluster_terms").fetchall()}

    def prune_term_counts(self, keep: int) -> None:
        """Keep the ``keep`` most frequent terms (ties by term, as ``cluster.top_terms``)."""
        with self.transaction():
            self._q("DELETE FROM cluster_terms WHERE term NOT IN "
                    "(SELECT term FROM cluster_terms ORDER BY n DESC, term LIMIT ?)", (int(keep),))

    # --- counts ----------------------------------------------------------------------
    def _count(self, sql: str) -> int:
        """The single number ``n`` a counting query selects."""
        return int(self._q(sql).fetchone()["n"])

    def stats(self) -> dict[str, int]:
        n = self._count
        return {
            "articles": n("SELECT COUNT(*) AS n FROM articles"),
            "copies": n("SELECT COUNT(*) AS n FROM articles WHERE copy_of IS NOT NULL"),
            "stories": len(self.story_ids()),
            "events": n("SELECT COUNT(DISTINCT event_id) AS n FROM assignments"),
            "errors": n("SELECT COUNT(*) AS n FROM errors"),
            "languages": n("SELECT COUNT(DISTINCT lang) AS n FROM articles"),
        }

    def _invariant_problems(self) -> list[str]:
        """Storyline's own invariants (every article assigned, ids unique), as problem lines."""
        problems = []
        k = self._count("SELECT COUNT(*) AS n FROM articles a LEFT JOIN assignments s ON s.article_id = a.id "
                        "WHERE s.article_id IS NULL")
        if k:
            problems.append(f"{k} articles without a story assignment")
        k = self._count("SELECT COUNT(*) AS n FROM (SELECT id FROM articles GROUP BY id HAVING COUNT(*) > 1) d")
        if k:
            problems.append(f"{k} duplicated article ids")
        return problems

    # === search filters, vector index, follows and alerts (issue 6) ======================
    def _filter_sql(self, *, lang: str | None = None, since: str | None = None, until: str | None = None,
                    outlet: str | None = None, story_id: str | None = None,
                    article_ids: Iterable[str] | None = None) -> tuple[list[str], list[Any]]:
        """WHERE clauses over ``articles a LEFT JOIN assignments s`` for the search filters."""
        where: list[str] = []
        params: list[Any] = []

        def add(cond: str, values: list[Any]) -> None:
            where.append(cond)
            params.extend(values)

        if lang:
            add("a.lang = ?", [lang])
        if outlet:
            add("a.outlet = ?", [outlet])
        if since:
            add("a.published_start >= ?", [since])
        if until:
            # an until date includes its whole period: 2021-08 covers August
            add("a.published_start <= ?", [period_end(until)])
        if story_id:
            add(*self._in("s.story_id", self.story_aliases(story_id)))
        if article_ids is not None:
            add(*self._in_large("a.id", list(article_ids)))
        return where, params

    def filter_seqs(self, **filters: Any) -> np.ndarray:
        """``articles.seq`` of the articles that pass the search filters (see ``_filter_sql``)."""
        where, params = self._filter_sql(**filters)
        sql = "SELECT a.seq FROM articles a LEFT JOIN assignments s ON s.article_id = a.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._q(sql + self._stable_order("a.seq"), params).fetchall()
        return np.fromiter((r["seq"] for r in rows), dtype=np.int64)

    def search_fts_filtered(self, query: str, *, limit: int = 100, **filters: Any) -> list[tuple[str, float]]:
        """``search_fts`` restricted to the articles that pass the search filters."""
        q = to_fts_query(query)
        return self.fts_ranked(q, limit=limit, **filters) if q else []

    def fts_ranked(self, fts_query: str, *, limit: int = 100, **filters: Any) -> list[tuple[str, float]]:
        """Ranked (article id, score) for an FTS5-style query built by ``to_fts_query`` (per backend)."""
        raise NotImplementedError

    def embedding_stats(self, model: str) -> tuple[int, int]:
        """(number of stored embeddings of ``model``, highest article seq among them)."""
        r = self._q("SELECT COUNT(*) AS n, COALESCE(MAX(a.seq), 0) AS m FROM embeddings e "
                    "JOIN articles a ON a.id = e.article_id WHERE e.model = ?", (model,)).fetchone()
        return int(r["n"]), int(r["m"])

    def embedding_rows(self, model: str, *, after_seq: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(seqs, vectors) of the embeddings of ``model`` for articles with seq > ``after_seq``."""
        rows = self._q("SELECT a.seq, e.vector FROM embeddings e JOIN articles a ON a.id = e.article_id "
                       "WHERE e.model = ? AND a.seq > ? ORDER BY a.seq", (model, int(after_seq))).fetchall()
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        seqs = np.fromiter((r["seq"] for r in rows), dtype=np.int64, count=len(rows))
        vecs = np.stack([np.frombuffer(self._blob(r["vector"]), dtype=np.float32) for r in rows])
        return seqs, vecs

    def ids_for_seqs(self, seqs: Iterable[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        order = self._stable_order()
        for chunk in self._chunks([int(s) for s in seqs]):
            cond, params = self._in("seq", chunk)
            for r in self._q(f"SELECT seq, id FROM articles WHERE {cond}{order}", params).fetchall():
                out[int(r["seq"])] = r["id"]
        return out

    def langs_for_seqs(self, seqs: Iterable[int]) -> dict[int, str]:
        """The language code of each article, by ``articles.seq``."""
        out: dict[int, str] = {}
        for chunk in self._chunks([int(s) for s in seqs]):
            cond, params = self._in("seq", chunk)
            for r in self._q(f"SELECT seq, lang FROM articles WHERE {cond}", params).fetchall():
                out[int(r["seq"])] = r["lang"] or "und"
        return out

    def max_article_seq(self) -> int:
        return self._count("SELECT COALESCE(MAX(seq), 0) AS n FROM articles")

    def article_ids_after(self, seq: int) -> list[str]:
        """Ids of the articles stored after ``seq`` (new since a check), in storage order."""
        return [r["id"] for r in self._q("SELECT id FROM articles WHERE seq > ? ORDER BY seq", (int(seq),)).fetchall()]

    def story_brief(self, story_id: str) -> dict[str, Any]:
        """Size, languages and date span of one story, by SQL aggregate (no article loading)."""
        sids = self.story_aliases(story_id)
        cond, params = self._in("s.story_id", sids)
        order = f"n DESC, a.lang{self._BYTE_ORDER}"
        r = self._q("SELECT COUNT(*) AS n, MIN(a.published_start) AS first, MAX(a.published_start) AS last "
                    f"FROM assignments s JOIN articles a ON a.id = s.article_id WHERE {cond}", params).fetchone()
        langs = [x["lang"] for x in self._q(
            "SELECT a.lang, COUNT(*) AS n FROM assignments s JOIN articles a ON a.id = s.article_id "
            f"WHERE {cond} GROUP BY a.lang ORDER BY {order}", params).fetchall()]
        return {"id": sids[0], "size": int(r["n"]), "first_date": r["first"], "last_date": r["last"],
                "languages": langs}

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Article id -> (resolved) story id, in one query plus one read of the merge table."""
        ids = list(article_ids)
        if not ids:
            return {}
        merges = {r["old_id"]: r["new_id"] for r in self._q("SELECT old_id, new_id FROM cluster_merges").fetchall()}
        out = {}
        order = self._stable_order()
        for chunk in self._chunks(ids):
            cond, params = self._in("article_id", chunk)
            for r in self._q(f"SELECT article_id, story_id FROM assignments WHERE {cond}{order}", params).fetchall():
                sid, seen = r["story_id"], set()
                while sid in merges and sid not in seen:
                    seen.add(sid)
                    sid = merges[sid]
                out[r["article_id"]] = sid
        return out

    def story_briefs(self, story_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """``story_brief`` of several stories in two queries (stories without merges)."""
        sids = list(dict.fromkeys(story_ids))
        if not sids:
            return {}
        cond, params = self._in("new_id", sids)
        merged_into = {r["new_id"] for r in self._q(f"SELECT DISTINCT new_id FROM cluster_merges WHERE {cond}",
                                                    params).fetchall()}
        out = {sid: self.story_brief(sid) for sid in sids if sid in merged_into}
        plain = [sid for sid in sids if sid not in merged_into]
        if plain:
            out.update(self._plain_briefs(plain))
        return out

    def _plain_briefs(self, plain: list[str]) -> dict[str, dict[str, Any]]:
        """``story_brief`` of stories nothing was merged into, in as few queries as the server allows."""
        raise NotImplementedError

    # entity index: casefolded canonical names per article, filled from the extractions table
    def sync_entity_index(self, name_keys: Any) -> int:
        """Index the entities of extractions stored since the last sync; ``name_keys(mention)``
        gives the index keys of one mention. Returns the number of extractions indexed.
        (The rows are numbered by ``_ROWID``: a replaced extraction gets a new number.)"""
        done = int(self.get_meta("entity_index_rowid", 0) or 0)
        cols = f"{self._ROWID} AS rowid, article_id, payload"
        cond = f"{self._ROWID} > ?"
        order = self._rowid_order()
        rows = self._q(f"SELECT {cols} FROM extractions WHERE {cond}{order}", (done,)).fetchall()
        if not rows:
            return 0
        with self.transaction():
            for r in rows:
                ex = Extraction.from_dict(json.loads(r["payload"]))
                keys = {k for m in ex.entities for k in name_keys(m) if k}
                self._q("DELETE FROM entity_index WHERE article_id = ?", (r["article_id"],))
                self._executemany(self._insert_ignore_sql("entity_index", ("article_id", "name")),
                                  [(r["article_id"], k) for k in sorted(keys)])
            self.set_meta("entity_index_rowid", int(rows[-1]["rowid"]))
        return len(rows)

    def entity_article_ids(self, keys: Iterable[str]) -> list[str]:
        keys = list(keys)
        if not keys:
            return []
        cond, params = self._in_large("name", keys)
        order = self._stable_order("article_id")
        return [r["article_id"] for r in self._q(
            f"SELECT DISTINCT article_id FROM entity_index WHERE {cond}{order}", params).fetchall()]

    # follows and alerts
    def add_follow(self, kind: str, value: str, webhook: str | None, state: dict[str, Any], last_seq: int) -> int:
        with self.transaction():
            return self._insert_id("INSERT INTO follows(kind, value, webhook, state, last_seq) VALUES (?,?,?,?,?)",
                                   (kind, value, webhook, json.dumps(state, ensure_ascii=False), int(last_seq)))

    def list_follows(self) -> list[dict[str, Any]]:
        return [_json_field(r, "state") for r in self._q("SELECT * FROM follows ORDER BY id").fetchall()]

    def get_follow(self, follow_id: int) -> dict[str, Any]:
        r = self._q("SELECT * FROM follows WHERE id = ?", (int(follow_id),)).fetchone()
        if r is None:
            raise NotFound("follow", str(follow_id))
        return _json_field(r, "state")

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
            return self._insert_id("INSERT INTO alerts(follow_id, kind, story_id, payload) VALUES (?,?,?,?)",
                                   (int(follow_id), kind, story_id, json.dumps(payload, ensure_ascii=False)))

    def mark_alert_delivered(self, alert_id: int, error: str | None = None) -> None:
        with self.transaction():
            clause = self._set_now("delivered_at")
            self._q(f"UPDATE alerts SET {clause}, delivery_error = ? WHERE id = ?",
                    (error, int(alert_id)))

    def list_alerts(self, *, follow_id: int | None = None, limit: int = 50,
                    offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Alerts newest first, and how many there are in all."""
        where, params = "", []
        if follow_id is not None:
            where, params = " WHERE follow_id = ?", [int(follow_id)]
        total = int(self._q("SELECT COUNT(*) AS n FROM alerts" + where, params).fetchone()["n"])
        rows = self._q(f"SELECT * FROM alerts{where} ORDER BY id DESC LIMIT ? OFFSET ?",
                       [*params, int(limit), int(offset)]).fetchall()
        return [_json_field(r, "payload") for r in rows], total
