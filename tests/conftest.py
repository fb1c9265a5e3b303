"""Shared fixtures: paths to ../shared (read in place, never copied) and small stores."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
SEEDS = SHARED / "seeds"
DATASETS = SHARED / "datasets"


def seed_article(prefix: str, lang: str):
    """A seed article (``000``, ``002``, ``004``) built directly, its date token stripped;
    the test skips when ../shared/seeds is absent."""
    import re

    from storyline.models import Article, PartialDate

    files = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip("seed articles not available")
    raw = files[0].read_text(encoding="utf-8")
    m = re.match(r"\s*date (\S+) ", raw)
    return Article(id=f"s{prefix}", title="", text=raw[m.end():], lang=lang, published=PartialDate.parse(m.group(1)))


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture
def seeds() -> list[Path]:
    paths = seed_paths()
    if len(paths) < 3:
        pytest.skip("../shared/seeds is not present")
    return paths


PG_URL_ENV = "STORYLINE_TEST_PG_URL"  # set by scripts/ci_postgres.sh; unset -> PostgreSQL tests skip


@pytest.fixture
def pg_url():
    """A PostgreSQL store URL with a fresh, empty schema, dropped afterwards (skips without a server)."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set (start one with scripts/ci_postgres.sh)")
    pytest.importorskip("psycopg")
    import uuid

    import psycopg

    schema = "t_" + uuid.uuid4().hex[:16]
    yield base + ("&" if "?" in base else "?") + "schema=" + schema
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    """The same tests against every backend: SQLite in a temp file, PostgreSQL in a fresh schema."""
    from storyline.store import open_store

    url = str(tmp_path / "test.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = open_store(url)
    yield s
    s.close()


@pytest.fixture
def fast_settings(tmp_path):
    """Settings with the hashing embedder: fast, deterministic, no model."""
    from storyline.settings import Settings

    return Settings(db=str(tmp_path / "fast.db"), embedder="hashing")


@pytest.fixture(autouse=True)
def _no_env_db(monkeypatch):
    monkeypatch.delenv("STORYLINE_DB", raising=False)
    os.environ.setdefault("TQDM_DISABLE", "1")
