"""SQLite store: WAL, numbered migrations, FTS5, content-hash ids (idempotent re-ingest).

One writer at a time (SQLite's rule); readers see a consistent snapshot under WAL while an
ingest writes. Every article is written in one transaction together with its stage outputs,
so a crash leaves either the whole article or nothing, and a re-run resumes.

The store API itself lives in ``common.SQLStore``; this module supplies SQLite's side of it:
the connection and its pragmas, migrations, ``?`` placeholders, INSERT OR REPLACE/IGNORE,
IN lists (chunked under SQLite's parameter limit, ``json_each`` for long ones) and FTS5 search.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..errors import BadQuery
from .common import SQLStore, insert_sql, to_fts_query
from .migrations import MIGRATIONS

_SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

# the most values one IN (...) list binds: well under SQLite's default parameter limit
_CHUNK = 500


class SQLiteStore(SQLStore):
    _BEGIN = "BEGIN IMMEDIATE"
    _NOW = _SQLITE_NOW
    _ROWID = "rowid"
    _BYTE_ORDER = ""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._init_state()
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
                f"applied_at TEXT NOT NULL DEFAULT ({_SQLITE_NOW}))"
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

    # --- the hooks of SQLStore ---------------------------------------------------------
    def _q(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self.conn.execute(sql, tuple(params))

    def _executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        with self._lock:
            self.conn.executemany(sql, rows)

    def _insert_id(self, sql: str, params: Iterable[Any]) -> int:
        return int(self._q(sql, params).lastrowid)

    def _replace_sql(self, table: str, cols: Sequence[str], key: str) -> str:
        return insert_sql(table, cols, " OR REPLACE")

    def _insert_ignore_sql(self, table: str, cols: Sequence[str], key: str | None = None) -> str:
        return insert_sql(table, cols, " OR IGNORE")

    def _in(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        return f"{column} IN ({','.join('?' * len(values))})", list(values)

    def _in_large(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """One JSON array parameter, so the list's length meets no parameter limit."""
        select = "SELECT value FROM json_each(?)"
        return f"{column} IN ({select})", [json.dumps(list(values))]

    def _chunks(self, values: list[Any]) -> Iterator[list[Any]]:
        for i in range(0, len(values), _CHUNK):
            yield values[i: i + _CHUNK]

    def _stable_order(self, order: str = "seq") -> str:
        return ""

    def _blob(self, value: Any) -> bytes:
        return value

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

    def integrity_check(self) -> list[str]:
        """SQLite's own check plus Storyline's invariants; an empty list means all is well."""
        problems = [r[0] for r in self._q("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        problems += self._invariant_problems()
        try:
            self._q("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"fts index: {exc}")
        return problems

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

    def _plain_briefs(self, plain: list[str]) -> dict[str, dict[str, Any]]:
        """``story_brief`` of stories nothing was merged into, from one query grouped by language."""
        marks = ",".join("?" * len(plain))
        rows = self._q(
            "SELECT s.story_id, a.lang, COUNT(*), MIN(a.published_start), MAX(a.published_start) "
            "FROM assignments s JOIN articles a ON a.id = s.article_id "
            f"WHERE s.story_id IN ({marks}) GROUP BY s.story_id, a.lang", plain).fetchall()
        per: dict[str, list[tuple[str, int, Any, Any]]] = {}
        for sid, lang, n, lo, hi in rows:
            per.setdefault(sid, []).append((lang, int(n), lo, hi))
        out: dict[str, dict[str, Any]] = {}
        for sid, parts in per.items():
            los = [p[2] for p in parts if p[2]]
            his = [p[3] for p in parts if p[3]]
            out[sid] = {"id": sid, "size": sum(p[1] for p in parts), "first_date": min(los) if los else None,
                        "last_date": max(his) if his else None,
                        "languages": [p[0] for p in sorted(parts, key=lambda p: (-p[1], p[0]))]}
        return out


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
