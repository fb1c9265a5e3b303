"""Numbered schema migrations for the SQLite store.

Each entry is (number, name, SQL). A store records the numbers it has applied in
``schema_migrations`` and applies the missing ones in order, each in its own transaction.
Never edit an applied migration: add a new one.
"""
from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, errors, runs, fts",
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT 'und',
            lang_confidence REAL NOT NULL DEFAULT 0,
            published TEXT,              -- ISO with only the known parts
            date_precision TEXT,         -- year | month | day | NULL
            published_start TEXT,        -- first day of the period, for sorting and ranges
            outlet TEXT,
            byline TEXT,
            url TEXT,
            source_path TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            copy_of TEXT,
            copy_similarity REAL,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX articles_published ON articles(published_start);
        CREATE INDEX articles_lang ON articles(lang);
        CREATE INDEX articles_outlet ON articles(outlet);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;

        CREATE TABLE minhash_bands (
            band TEXT NOT NULL,
            article_id TEXT NOT NULL
        );
        CREATE INDEX minhash_bands_band ON minhash_bands(band);
        CREATE TABLE minhash (
            article_id TEXT PRIMARY KEY,
            signature BLOB NOT NULL
        );

        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            finished_at TEXT,
            command TEXT NOT NULL DEFAULT '',
            counts TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE errors (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER,
            source_path TEXT NOT NULL,
            locator TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL DEFAULT 'read',
            reason TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        """,
    ),
    (
        2,
        "embeddings, extractions, clusters, assignments",
        """
        CREATE TABLE embeddings (
            article_id TEXT PRIMARY KEY,
            model TEXT NOT NULL,
            dim INTEGER NOT NULL,
            vector BLOB NOT NULL
        );
        CREATE TABLE extractions (
            article_id TEXT PRIMARY KEY,
            version TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE TABLE clusters (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,            -- event | story
            parent_id TEXT,                -- the story of an event
            merged_into TEXT,              -- set when merged; the id stays resolvable
            version TEXT NOT NULL DEFAULT '',
            vector BLOB,
            payload TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX clusters_kind ON clusters(kind);
        CREATE INDEX clusters_parent ON clusters(parent_id);
        CREATE TABLE assignments (
            article_id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL,
            story_id TEXT NOT NULL,
            score REAL NOT NULL DEFAULT 0,
            version TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX assignments_story ON assignments(story_id);
        CREATE INDEX assignments_event ON assignments(event_id);
        CREATE TABLE cluster_merges (
            old_id TEXT PRIMARY KEY,
            new_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            merged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        """,
    ),
    (
        3,
        "meta key-value (clusterer state)",
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ),
    (
        4,
        "follows, alerts, entity index (search, alerts)",
        """
        CREATE TABLE follows (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,            -- story | entity | search
            value TEXT NOT NULL,
            webhook TEXT,
            state TEXT NOT NULL DEFAULT '{}',   -- last seen events and facts (JSON)
            last_seq INTEGER NOT NULL DEFAULT 0, -- articles.seq seen at the last check
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            follow_id INTEGER NOT NULL,
            kind TEXT NOT NULL,            -- new_event | fact_changed
            story_id TEXT,
            payload TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            delivered_at TEXT,
            delivery_error TEXT
        );
        CREATE INDEX alerts_follow ON alerts(follow_id);
        CREATE TABLE entity_index (
            article_id TEXT NOT NULL,
            name TEXT NOT NULL,            -- casefolded canonical name
            PRIMARY KEY (article_id, name)
        );
        CREATE INDEX entity_index_name ON entity_index(name);
        """,
    ),
    (
        5,
        "clusterer name counts, one row per term (cluster.online.v2)",
        """
        CREATE TABLE cluster_terms (
            term TEXT PRIMARY KEY,
            n INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
    ),
]
