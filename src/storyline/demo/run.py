"""The main job on the bundled demo corpus: ingest it, then list the stories with timelines."""
from __future__ import annotations

from ..pipeline import ingest
from ..render import stories_text
from ..settings import Settings
from ..store.base import Store
from ..views import story_dicts


def run_demo(store: Store, settings: Settings, *, progress: bool = False) -> str:
    from . import corpus_files

    report = ingest([str(p) for p in corpus_files()], store, settings, progress=progress, command="demo")
    stories = story_dicts(store, prefer_lang=settings.prefer_lang)
    head = (f"Demo corpus: {report.ingested} new articles ({report.copies} near-copies), "
            f"{report.duplicates} already stored, {report.errors} errors; "
            f"{len(stories)} stories in {settings.db}\n")
    return head + "\n" + stories_text(stories, timelines=True)
