"""The store: one narrow API over the database, SQLite by default.

``open_store(url)`` picks the backend from the URL: a path (or ``sqlite:///path``) opens
SQLite; ``postgresql://`` is reserved for the PostgreSQL backend (issue 7).
"""
from __future__ import annotations

from .base import ArticleRow, Store
from .sqlite import SQLiteStore


def open_store(url: str) -> Store:
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from .postgres import PostgresStore  # type: ignore[import-not-found]
        except ImportError as exc:  # pragma: no cover - optional backend
            from ..errors import MissingExtra

            raise MissingExtra("the PostgreSQL backend", "postgres") from exc
        return PostgresStore(url)
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///") :]
    return SQLiteStore(url)


__all__ = ["ArticleRow", "Store", "SQLiteStore", "open_store"]
