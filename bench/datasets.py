"""Shared loaders for the evaluation sets, read in place from ``../shared/datasets``.

The archives are third-party text licensed for evaluation only: they are never unpacked
into the repository. Every loader yields plain dicts with the same keys::

    {"topic": "LibyaWar", "source": "LibyaWar_cnn", "date": "2011-03-17", "lang": "en",
     "text": "...", "path": "t17/LibyaWar_cnn/InputDocs/2011-03-17/14.htm.txt",
     "dataset": "t17"}

``topic`` is the gold story label (T17 pools the folders that share a prefix, as news-tls
does; Crisis topics are the folder names egypt / libya / syria / yemen), ``source`` the
folder the article sits in, ``date`` the publication date (the date folder), ``lang`` the
language the dataset says the article is in (benchmarks must not feed it to a system that
claims to detect language; it is there for reporting).
"""
from __future__ import annotations

import tarfile
from pathlib import Path
from typing import Iterator

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DATASETS = SHARED / "datasets"
T17_ARCHIVE = DATASETS / "t17.tar.xz"
CRISIS_ARCHIVE = DATASETS / "ml_crisis.tar.xz"

T17_TOPICS = ("bpoil", "EgyptianProtest", "Finan", "H1N1", "haiti", "IraqWar", "LibyaWar", "MJ", "SyrianCrisis")
CRISIS_TOPICS = ("egypt", "libya", "syria", "yemen")
CRISIS_LANGS = ("es", "fr", "it")

# T17 topic <-> Crisis topic: the same real-world storyline in both sets.
T17_TO_CRISIS = {"EgyptianProtest": "egypt", "LibyaWar": "libya", "SyrianCrisis": "syria"}


def available() -> bool:
    return T17_ARCHIVE.exists() and CRISIS_ARCHIVE.exists()


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo) -> str:
    fh = tar.extractfile(member)
    return fh.read().decode("utf-8", errors="replace") if fh else ""


def load_t17(topics: tuple[str, ...] | None = None, *, skip_empty: bool = True) -> Iterator[dict]:
    """Timeline17 input articles: ``t17/<topic>_<source>/InputDocs/<date>/<id>.htm.txt``."""
    with tarfile.open(T17_ARCHIVE) as tar:
        for m in tar:
            parts = m.name.split("/")
            if not m.isfile() or len(parts) != 5 or parts[2] != "InputDocs":
                continue
            folder = parts[1]
            topic = folder.rsplit("_", 1)[0]
            if topics is not None and topic not in topics:
                continue
            text = _read(tar, m)
            if skip_empty and not text.strip():
                continue
            yield {"dataset": "t17", "topic": topic, "source": folder, "date": parts[3], "lang": "en",
                   "text": text, "path": m.name}


def load_crisis(topics: tuple[str, ...] | None = None, langs: tuple[str, ...] = CRISIS_LANGS,
                *, skip_empty: bool = True) -> Iterator[dict]:
    """Crisis / CL-TLS articles: ``ml_crisis/<lang>/<topic>/<date>/<doc>.txt``."""
    with tarfile.open(CRISIS_ARCHIVE) as tar:
        for m in tar:
            parts = m.name.split("/")
            if not m.isfile() or len(parts) != 5 or parts[2] == "reference" or not parts[4].endswith(".txt"):
                continue
            lang, topic = parts[1], parts[2]
            if lang not in langs or (topics is not None and topic not in topics):
                continue
            text = _read(tar, m)
            if skip_empty and not text.strip():
                continue
            yield {"dataset": "crisis", "topic": topic, "source": f"{lang}/{topic}", "date": parts[3],
                   "lang": lang, "text": text, "path": m.name}


def load_t17_timelines(topics: tuple[str, ...] | None = None) -> Iterator[dict]:
    """Reference timelines: ``{"topic", "source", "path", "text"}`` (tilse text format)."""
    with tarfile.open(T17_ARCHIVE) as tar:
        for m in tar:
            parts = m.name.split("/")
            if not m.isfile() or len(parts) != 4 or parts[2] != "timelines":
                continue
            topic = parts[1].rsplit("_", 1)[0]
            if topics is not None and topic not in topics:
                continue
            yield {"dataset": "t17", "topic": topic, "source": parts[1], "path": m.name, "text": _read(tar, m)}


def load_crisis_references(langs: tuple[str, ...] = ("en",) + CRISIS_LANGS) -> Iterator[dict]:
    """Crisis reference timelines: ``{"topic", "lang", "path", "text"}``."""
    with tarfile.open(CRISIS_ARCHIVE) as tar:
        for m in tar:
            parts = m.name.split("/")
            if not m.isfile() or len(parts) != 4 or parts[2] != "reference" or parts[1] not in langs:
                continue
            yield {"dataset": "crisis", "topic": parts[3].rsplit(".", 1)[0], "lang": parts[1],
                   "path": m.name, "text": _read(tar, m)}


def stream_crosslingual() -> list[dict]:
    """Benchmark stream (1): T17 English of Egypt/Libya/Syria plus Crisis es/fr/it of all four topics.

    Gold topics are unified to the Crisis names so that English and non-English articles of the
    same storyline share a label.
    """
    rows = [dict(r, topic=T17_TO_CRISIS[r["topic"]]) for r in load_t17(tuple(T17_TO_CRISIS))]
    rows += list(load_crisis(CRISIS_TOPICS))
    return rows


def stream_t17() -> list[dict]:
    """Benchmark stream (2): all nine T17 topics."""
    return list(load_t17())
