"""Follows and alerts: tell a user when a followed story, entity or search changes.

A *follow* names a story id, an entity name or a search query. Its *scope* is a set of
stories: the story itself; the stories of the articles mentioning the entity; the stories of
the search's best hits. After each ingest, :func:`check_follows` compares the scope's events
and facts with the snapshot taken at the previous check and records an alert for each

- ``new_event``: an event that did not exist before and holds an article stored since the
  previous check (so a story that merely enters the scope does not replay its history);
- ``fact_changed``: a fact (``subject`` + ``attribute`` of the story dict's ``facts``) whose
  latest value differs from the latest value seen before, with the articles that say so; a fact
  first tracked at this check counts when its latest, changed value comes from fresh articles.

Growth alone (more articles on a known event, a fact corroborated again) is never an alert.
Each alert is stored (the UI's alert feed) and, for follows with a webhook, POSTed as JSON.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any, Callable

from .errors import BadQuery
from .settings import Settings
from .store.base import Store

VERSION = "alerts.v2"  # v2: a fact first tracked at a check, changed by the fresh articles, alerts
KINDS = ("story", "entity", "search")
# stories a search follow watches: the story groups of its first result page
SEARCH_SCOPE = 10
WEBHOOK_TIMEOUT_S = 10
MAX_EVIDENCE = 5


def check_webhook(url: str | None) -> str | None:
    if url is None or url == "":
        return None
    from urllib.parse import urlparse

    p = urlparse(url)
    if p.scheme not in ("http", "https") or not p.netloc:
        raise BadQuery(f"webhook {url!r} is not an http(s) URL")
    return url


def follow(store: Store, kind: str, value: str, webhook: str | None = None,
           settings: Settings | None = None) -> dict[str, Any]:
    """Start following; the current state is the baseline (no alert for what exists now)."""
    settings = settings or Settings()
    if kind not in KINDS:
        raise BadQuery(f"cannot follow a {kind!r}: choose one of {', '.join(KINDS)}")
    value = " ".join((value or "").split())
    if not value:
        raise BadQuery(f"a {kind} follow needs a value")
    webhook = check_webhook(webhook)
    if kind == "story":
        from .views import story_dict

        value = story_dict(store, value, prefer_lang=settings.prefer_lang)["id"]  # NotFound if unknown
    elif kind == "search":
        from .search import parse_query

        parse_query(value)
    last_seq = store.max_article_seq()
    fid = store.add_follow(kind, value, webhook, {}, last_seq)
    f = store.get_follow(fid)
    state = snapshot(store, scope(store, f, settings), settings)
    store.update_follow(fid, state, last_seq)
    return public_follow(store.get_follow(fid))


def public_follow(f: dict[str, Any]) -> dict[str, Any]:
    return {"id": f["id"], "kind": f["kind"], "value": f["value"], "webhook": f["webhook"],
            "created_at": f["created_at"], "stories": sorted(f["state"].get("stories", {}))}


def scope(store: Store, f: dict[str, Any], settings: Settings) -> list[str]:
    """The story ids a follow watches now."""
    if f["kind"] == "story":
        return [store.resolve_cluster_id(f["value"])]
    if f["kind"] == "entity":
        from .search import entity_keys, mention_keys

        store.sync_entity_index(mention_keys)
        ids = store.entity_article_ids(entity_keys(f["value"]))
        return sorted({r.story_id for r in store.iter_articles(ids=ids) if r.story_id})
    from .search import search

    res = search(store, f["value"], limit=SEARCH_SCOPE, embedder_name=settings.embedder,
                 prefer_lang=settings.prefer_lang)
    return [g["story"]["id"] for g in res["items"] if g["story"]["id"]]


def _fact_key(fact: dict[str, Any]) -> str:
    return "\x1f".join([fact.get("kind", ""), fact.get("subject", ""), fact.get("attribute", ""),
                         *(fact.get("context") or [])])


def _latest(fact: dict[str, Any]) -> dict[str, Any] | None:
    values = fact.get("values") or []
    return values[-1] if values else None


def story_state(story: dict[str, Any]) -> dict[str, Any]:
    """What alerts compare for one story dict: event ids and each fact's latest value."""
    facts = {}
    for fact in story.get("facts") or []:
        last = _latest(fact)
        if last is not None:
            values = fact.get("values") or []
            earlier = values[-2] if fact.get("status") == "changed" and len(values) > 1 else None
            facts[_fact_key(fact)] = {"subject": fact.get("subject"), "attribute": fact.get("attribute"),
                                      "context": list(fact.get("context") or []),
                                      "value": last.get("value"), "as_of": last.get("as_of"),
                                      "article_ids": list(last.get("article_ids") or []),
                                      "previous": {k: earlier.get(k) for k in ("value", "as_of", "article_ids")}
                                      if earlier else None}
    return {"title": story.get("title", ""),
            "events": {e["id"]: {"title": e.get("title", ""), "first_date": e.get("first_date"),
                                 "article_ids": list(e.get("article_ids") or [])} for e in story.get("events", [])},
            "facts": facts}


def snapshot(store: Store, story_ids: list[str], settings: Settings) -> dict[str, Any]:
    from .errors import NotFound
    from .views import story_dict

    stories = {}
    for sid in story_ids:
        try:
            stories[sid] = story_state(story_dict(store, sid, prefer_lang=settings.prefer_lang))
        except NotFound:
            continue
    return {"version": VERSION, "stories": stories}


def diff(old: dict[str, Any], new: dict[str, Any], fresh: set[str]) -> list[dict[str, Any]]:
    """Changes between two snapshots; ``fresh`` are the article ids stored in between."""
    changes = []
    old_stories = old.get("stories", {})
    old_events = {eid for s in old_stories.values() for eid in s.get("events", {})}
    for sid, st in new.get("stories", {}).items():
        before = old_stories.get(sid, {"events": {}, "facts": {}})
        for eid, ev in st["events"].items():
            if eid in old_events or not fresh.intersection(ev["article_ids"]):
                continue
            changes.append({"kind": "new_event", "story_id": sid, "story_title": st["title"],
                            "event": {"id": eid, **ev}, "evidence_ids": [a for a in ev["article_ids"] if a in fresh]})
        for key, fact in st["facts"].items():
            prev = before.get("facts", {}).get(key)
            if prev is None and fact.get("previous") and fresh.intersection(fact["article_ids"]):
                # a fact first tracked now, already changed by the fresh articles ("95 dead" was one
                # report, and facts need two): its value before them is the "before"
                prev = fact["previous"]
            if prev is None or _same(prev.get("value"), fact.get("value")):
                continue
            changes.append({"kind": "fact_changed", "story_id": sid, "story_title": st["title"],
                            "fact": {"subject": fact["subject"], "attribute": fact["attribute"],
                                     "context": fact.get("context") or []},
                            "before": {k: prev.get(k) for k in ("value", "as_of", "article_ids")},
                            "after": {k: fact.get(k) for k in ("value", "as_of", "article_ids")},
                            "evidence_ids": list(fact.get("article_ids") or [])})
    return changes


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


def _evidence(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    out = []
    for r in store.iter_articles(ids=ids[:MAX_EVIDENCE]):
        a = r.article
        out.append({"id": a.id, "title": a.title, "lang": a.lang, "outlet": a.outlet, "url": a.url,
                    "published": a.published.iso() if a.published else None})
    return out


def post_json(url: str, payload: dict[str, Any]) -> None:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": "application/json", "User-Agent": "storyline-alerts/1"})
    with urllib.request.urlopen(req, timeout=WEBHOOK_TIMEOUT_S) as resp:  # noqa: S310 (http(s) checked)
        resp.read(1024)


def check_follows(store: Store, settings: Settings | None = None, *,
                  post: Callable[[str, dict[str, Any]], None] | None = post_json) -> list[dict[str, Any]]:
    """Compare every follow with its last snapshot; store, deliver and return the new alerts."""
    settings = settings or Settings()
    top = store.max_article_seq()
    alerts = []
    for f in store.list_follows():
        if f["last_seq"] >= top:
            continue
        fresh = store.article_ids_after(f["last_seq"])
        touched = {r.story_id for r in store.iter_articles(ids=fresh) if r.story_id}
        old = f["state"] or {}
        ids = scope(store, f, settings)
        # stories that were merged since: their old snapshot counts for the surviving id
        old_stories = {store.resolve_cluster_id(k): v for k, v in old.get("stories", {}).items()}
        old = {**old, "stories": old_stories}
        if not touched.intersection(ids):
            store.update_follow(f["id"], old, top)
            continue
        new = snapshot(store, ids, settings)
        for ch in diff(old, new, set(fresh)):
            payload = {"version": VERSION, "follow": {"id": f["id"], "kind": f["kind"], "value": f["value"]},
                       **{k: v for k, v in ch.items() if k != "evidence_ids"},
                       "evidence": _evidence(store, ch["evidence_ids"])}
            aid = store.add_alert(f["id"], ch["kind"], ch["story_id"], payload)
            payload["id"] = aid
            if f["webhook"] and post is not None:
                try:
                    post(f["webhook"], payload)
                    store.mark_alert_delivered(aid, None)
                except (urllib.error.URLError, OSError, ValueError) as exc:
                    store.mark_alert_delivered(aid, f"{type(exc).__name__}: {exc}"[:300])
            alerts.append(payload)
        store.update_follow(f["id"], new, top)
    return alerts


def alert_dicts(store: Store, *, limit: int = 50, offset: int = 0,
                follow_id: int | None = None) -> dict[str, Any]:
    """The alert feed, newest first, as one paginated dict."""
    rows, total = store.list_alerts(follow_id=follow_id, limit=limit, offset=offset)
    items = []
    for r in rows:
        p = r["payload"]
        p.update(id=r["id"], created_at=r["created_at"], delivered_at=r["delivered_at"],
                 delivery_error=r["delivery_error"])
        items.append(p)
    return {"items": items, "total": total, "limit": limit, "offset": offset}
