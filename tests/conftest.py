"""Shared fixtures: paths to ../shared (read in place, never copied) and small stores."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
SEEDS = SHARED / "seeds"
DATASETS = SHARED / "datasets"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture
def seeds() -> list[Path]:
    paths = seed_paths()
    if len(paths) < 3:
        pytest.skip("../shared/seeds is not present")
    return paths


@pytest.fixture
def store(tmp_path):
    from storyline.store import open_store

    s = open_store(str(tmp_path / "test.db"))
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
