"""The bundled demo corpus: original fictional news articles with gold labels.

57 dated articles in five languages (da, en, de, fr, es) about seven fictional stories
plus three singletons, spread over March-September 2025. Every place, person, company
and outlet is invented, and all text was written for Storyline. The corpus is what
``storyline demo`` style commands and the README show first, and ``gold.json`` is what
tests and benchmarks of the clustering, dedup and fact stages check against.

Layout (inside the installed package, so it travels with a wheel):

    demo/corpus/<lang>.jsonl   one article per line: title, text (paragraphs separated by
                               a blank line), date (YYYY-MM-DD or YYYY-MM), source, url,
                               lang, byline
    demo/gold.json             per-url story and event labels, syndicated copies, and the
                               expected facts (moving deadlines, corroborated and
                               contradicting figures, other dated facts)
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

__all__ = ["corpus_dir", "corpus_files", "load_gold", "iter_records", "REQUIRED_FIELDS"]

#: Fields every corpus line carries (``byline`` is optional).
REQUIRED_FIELDS: tuple[str, ...] = ("title", "text", "date", "source", "url", "lang")


def _package_root() -> Path:
    # The package is installed as plain files (editable or wheel), never zipped, so the
    # resources root is a real directory that other stages can read with ordinary I/O.
    return Path(str(resources.files(__name__)))


def corpus_dir() -> Path:
    """Directory holding the demo corpus JSONL files."""
    return _package_root() / "corpus"


def corpus_files() -> list[Path]:
    """The demo corpus files, one per language, in a stable (sorted) order."""
    return sorted(corpus_dir().glob("*.jsonl"))


def iter_records() -> Iterator[dict[str, Any]]:
    """Every article of the demo corpus as the plain dict stored on its JSONL line."""
    for path in corpus_files():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def load_gold() -> dict[str, Any]:
    """Gold labels: ``articles`` (url -> story/event/copy_of), ``copies``, ``facts``, ..."""
    with (_package_root() / "gold.json").open(encoding="utf-8") as fh:
        return json.load(fh)
