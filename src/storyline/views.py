"""One dict per thing: the JSON export, the CLI, the HTTP API and the web UI all render these.

Field names are the stable JSON export fields (docs/export.schema.json): add, never rename.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from .models import Extraction, PartialDate
from .store.base import ArticleRow, Store


def article_dict(row: ArticleRow) -> dict[str, Any]:
    return row.as_dict()


def _date_span(rows: list[ArticleRow]) -> tuple[str | None, str | None]:
    dated = [r.article.published for r in rows if r.article.published]
    if not dated:
        return None, None
    return min(dated).iso(), max(dated, key=lambda p: (p.end(), p.value)).iso()


def _pick_title(rows: list[ArticleRow], prefer_lang: str) -> str:
    if not rows:
        return ""
    try:
        from .cluster import cluster_title

        return cluster_title([r.article for r in rows], prefer_lang=prefer_lang)
    except (ImportError, TypeError):
        preferred = [r for r in rows if r.article.lang == prefer_lang] or rows
        return preferred[0].article.title


def story_dicts(store: Store, story_ids: Iterable[str] | None = None, *, prefer_lang: str = "en",
                details: bool = True) -> list[dict[str, Any]]:
    """Stories with their events, timeline and extractions, newest activity first."""
    ids = list(story_ids) if story_ids is not None else store.story_ids()
    assignments = store.assignments()  # article id -> (event id, story id)
    out = []
    for sid in ids:
        sid = store.resolve_cluster_id(sid)
        rows = list(store.iter_articles(story_id=sid))
        if not rows:
            continue
        out.append(_story(store, sid, rows, assignments, prefer_lang, details))
    out.sort(key=lambda s: (s["last_date"] or "", s["size"]), reverse=True)
    return out


def story_dict(store: Store, story_id: str, *, prefer_lang: str = "en") -> dict[str, Any]:
    from .errors import NotFound

    found = story_dicts(store, [story_id], prefer_lang=prefer_lang)
    if not found:
        raise NotFound("story", story_id)
    return found[0]


def _story(store: Store, sid: str, rows: list[ArticleRow], assignments: dict[str, tuple[str, str]],
           prefer_lang: str, details: bool) -> dict[str, Any]:
    first, last = _date_span(rows)
    langs = Counter(r.article.lang for r in rows)
    by_event: dict[str, list[ArticleRow]] = {}
    for r in rows:
        by_event.setdefault(assignments.get(r.article.id, (sid, sid))[0], []).append(r)
    events = []
    for eid, erows in by_event.items():
        ef, el = _date_span(erows)
        events.append({
            "id": eid, "title": _pick_title(erows, prefer_lang), "first_date": ef, "last_date": el,
            "article_ids": [r.article.id for r in erows], "languages": sorted({r.article.lang for r in erows}),
        })
    events.sort(key=lambda e: (e["first_date"] is None, e["first_date"] or ""))
    story: dict[str, Any] = {
        "id": sid,
        "title": _pick_title(rows, prefer_lang),
        "article_ids": [r.article.id for r in rows],
        "languages": [code for code, _ in langs.most_common()],
        "first_date": first,
        "last_date": last,
        "size": len(rows),
        "outlets": sorted({r.article.outlet for r in rows if r.article.outlet}),
        "updated_at": max(r.ingested_at for r in rows),
        "events": events,
        "timeline": [],
        "entities": [],
        "figures": [],
        "dates": [],
        "quotes": [],
        "facts": [],
    }
    if details:
        extractions = store.get_extractions([r.article.id for r in rows])
        story.update(story_details(rows, extractions, events, prefer_lang=prefer_lang))
    return story


def story_details(rows: list[ArticleRow], extractions: dict[str, Extraction],
                  events: list[dict[str, Any]], *, prefer_lang: str | None = None) -> dict[str, Any]:
    """Timeline, entities, figures, dates, quotes and facts of one story."""
    exs = [extractions[r.article.id] for r in rows if r.article.id in extractions]
    d: dict[str, Any] = {
        "entities": _entities(exs, {r.article.id: r.article.lang for r in rows}),
        "figures": [f.as_dict() for ex in exs for f in ex.figures],
        "dates": [x.as_dict() for ex in exs for x in ex.dates],
        "quotes": [q.as_dict() for ex in exs for q in ex.quotes],
    }
    d["timeline"] = _timeline(rows, extractions, events)
    d["facts"] = _facts(rows, extractions)
    summary = _summary(rows, extractions, prefer_lang)
    if summary is not None:
        d["summary"] = summary
    return d


def _entities(exs: list[Extraction], langs: dict[str, str | None] | None = None) -> list[dict[str, Any]]:
    mentions = [m for ex in exs for m in ex.entities]
    if not mentions:
        return []
    try:
        from .extract.entities import canonicalise
    except ImportError:
        return []
    ents = canonicalise(mentions, langs)
    for e in ents:
        e.pop("mentions", None)
    return ents


def _timeline(rows, extractions, events) -> list[dict[str, Any]]:
    try:
        from .timeline import build_timeline
    except ImportError:
        build_timeline = None
    if build_timeline is not None:
        return [e if isinstance(e, dict) else e.as_dict() for e in build_timeline(rows, extractions, events)]
    # until the timeline stage lands: one entry per event, dated by its first article
    out = []
    for ev in events:
        if not ev["first_date"]:
            continue
        p = PartialDate.parse(ev["first_date"])
        out.append({"date": ev["first_date"], "precision": p.precision if p else None, "text": ev["title"],
                    "article_ids": ev["article_ids"]})
    return out


def _facts(rows, extractions) -> list[dict[str, Any]]:
    try:
        from .facts import build_facts
    except ImportError:
        return []
    return [f if isinstance(f, dict) else f.as_dict() for f in build_facts(rows, extractions)]


def _summary(rows, extractions, prefer_lang: str | None) -> str | None:
    try:
        from .summarize import summarize_story
    except ImportError:
        return None
    return summarize_story(rows, extractions, prefer_lang=prefer_lang)


def export_dict(store: Store, *, prefer_lang: str = "en") -> dict[str, Any]:
    """The whole store as the stable JSON export document."""
    articles = [article_dict(r) for r in store.iter_articles()]
    return {"articles": articles, "stories": story_dicts(store, prefer_lang=prefer_lang)}
