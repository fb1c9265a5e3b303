"""HTTP API and web UI: one FastAPI app, JSON under ``/api``, HTML pages from the same dicts.

- ``GET /api/stories``, ``/api/stories/{id}``, ``/api/articles``, ``/api/articles/{id}``,
  ``/api/search``, ``/api/follows``, ``/api/alerts``: reads, paginated (``limit``,
  ``offset``, ``total``) wherever a list is returned;
- ``POST /api/articles`` (JSON articles, ingested), ``POST/DELETE /api/follows``,
  ``POST /api/alerts/check``: writes, which need ``Authorization: Bearer <token>``. The
  token comes from ``STORYLINE_API_TOKEN`` or a token file; there is no default, and with no
  token configured every write is refused (403);
- ``/``, ``/stories/{id}``, ``/articles/{id}``, ``/search``, ``/alerts``: HTML pages, each
  built from the dict its ``/api`` twin returns; ``/docs`` renders ``/openapi.json`` with
  a small local page (nothing from a CDN).

Every error, from any layer, has one shape: ``{"error": {"code", "message", "details"}}``.
"""
from __future__ import annotations

import hmac
import json
import os
from pathlib import Path
from typing import Any

from fastapi import Query, Request

from .errors import BadQuery, NotFound, StorylineError
from .settings import Settings

VERSION = "api.v1"
# Largest request body accepted (POST /api/articles): the readers' per-record limit, so one
# maximal article fits; a bigger batch is split by the client.
MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_LIMIT = 200
TOKEN_ENV = "STORYLINE_API_TOKEN"


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: Any = None):
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details if details is not None else {}}}


def resolve_token(token_file: str | None = None, env: dict[str, str] | None = None) -> str | None:
    """The write token: the token file's first line, else ``STORYLINE_API_TOKEN``; None if unset."""
    if token_file:
        tok = Path(token_file).read_text(encoding="utf-8").strip().splitlines()
        tok = tok[0].strip() if tok else ""
        if not tok:
            raise StorylineError(f"token file {token_file} is empty")
        return tok
    tok = (os.environ if env is None else env).get(TOKEN_ENV, "").strip()
    return tok or None


class _BodyLimit:
    """ASGI middleware: refuse request bodies over ``limit`` bytes with 413, whether or not
    the client sent Content-Length (chunked bodies are counted as they arrive)."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.limit
            except ValueError:
                return await self._reply(send, 400, "bad_request", "Content-Length is not a number")
            if too_big:
                return await self._too_big(send)
            return await self.app(scope, receive, send)
        chunks, size = [], 0
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            body = msg.get("body", b"")
            size += len(body)
            if size > self.limit:
                return await self._too_big(send)
            chunks.append(body)
            if not msg.get("more_body"):
                break
        data = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": data, "more_body": False}

        return await self.app(scope, replay, send)

    async def _too_big(self, send):
        return await self._reply(send, 413, "payload_too_large",
                                 f"request body is larger than {self.limit} bytes; send fewer articles per request",
                                 {"limit_bytes": self.limit})

    async def _reply(self, send, status, code, message, details=None):
        body = json.dumps(error_body(code, message, details)).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def create_app(settings: Settings | None = None, *, token: str | None = None, store: Any = None,
               max_body_bytes: int = MAX_BODY_BYTES):
    """The app over ``settings.db`` (or a ready ``store``); ``token`` guards the writes."""
    from fastapi import FastAPI
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import HTMLResponse, JSONResponse, Response
    from fastapi.staticfiles import StaticFiles
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from . import __version__, alerts as alerts_mod, web
    from .search import SearchFilters, search
    from .store import open_store
    from .views import story_dict, story_dicts

    settings = settings or Settings.from_env()
    if store is None:
        store = open_store(settings.db)
    _warm_imports()
    app = FastAPI(title="Storyline", version=__version__, docs_url=None, redoc_url=None,
                  description="Multilingual news stories, timelines and facts that change. "
                              "Writes need `Authorization: Bearer <token>`.")
    app.state.store = store
    app.state.settings = settings
    app.state.token = token
    app.mount("/static", StaticFiles(directory=str(web.STATIC)), name="static")

    # --- errors: one shape ----------------------------------------------------------------
    def wants_html(request: Request) -> bool:
        p = request.url.path
        return not (p.startswith("/api") or p == "/openapi.json" or p.startswith("/static"))

    def error_response(request: Request, status: int, code: str, message: str, details: Any = None):
        body = error_body(code, message, details)
        if wants_html(request):
            return HTMLResponse(web.render("error.html", status=status, error=body["error"], nav=""),
                                status_code=status)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(request, exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound):
        return error_response(request, 404, "not_found", str(exc), {"kind": exc.kind, "id": exc.ident})

    @app.exception_handler(BadQuery)
    async def _bad_query(request: Request, exc: BadQuery):
        return error_response(request, 400, "bad_query", str(exc))

    @app.exception_handler(StorylineError)
    async def _domain(request: Request, exc: StorylineError):
        return error_response(request, 400, "bad_request", str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        details = [{"loc": [str(x) for x in e.get("loc", ())], "message": e.get("msg", ""), "type": e.get("type", "")}
                   for e in exc.errors()]
        where = ", ".join(".".join(d["loc"][1:] or d["loc"]) for d in details)
        return error_response(request, 422, "invalid_parameter", f"invalid request parameters: {where}",
                              {"errors": details})

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        codes = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 403: "forbidden"}
        msg = exc.detail if isinstance(exc.detail, str) else "HTTP error"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such page: {request.url.path}"
        return error_response(request, exc.status_code, codes.get(exc.status_code, "http_error"), msg)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        import logging

        logging.getLogger("storyline.api").error("internal error on %s %s", request.method, request.url.path,
                                                 exc_info=exc)
        return error_response(request, 500, "internal_error", "internal error; see the server log",
                              {"type": type(exc).__name__})

    app.add_middleware(_BodyLimit, limit=max_body_bytes)

    # --- helpers ------------------------------------------------------------------------
    def require_token(request: Request) -> None:
        if not app.state.token:
            raise ApiError(403, "writes_disabled",
                           f"writes are disabled: no API token is configured (set {TOKEN_ENV} "
                           "or start the server with --token-file)")
        auth = request.headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise ApiError(401, "unauthorized", "this request needs 'Authorization: Bearer <token>'")
        if not hmac.compare_digest(given.strip().encode("utf-8"), app.state.token.encode("utf-8")):
            raise ApiError(401, "unauthorized", "the bearer token is not valid")

    def page(items: list[Any], total: int, limit: int, offset: int, **extra: Any) -> dict[str, Any]:
        return {"items": items, "total": total, "limit": limit, "offset": offset, **extra}

    def stories_page(lang, since, until, outlet, q, limit, offset) -> dict[str, Any]:
        from .search import check_filters

        check_filters(SearchFilters(lang=lang, since=since, until=until))
        all_ = story_dicts(store, prefer_lang=settings.prefer_lang, details=False)
        sel = []
        for s in all_:
            if lang and lang not in s["languages"]:
                continue
            if outlet and outlet not in s["outlets"]:
                continue
            if since and (s["last_date"] or "") < since:
                continue
            if until and (s["first_date"] or "9999") > until + "\uffff":
                continue
            if q and q.casefold() not in s["title"].casefold():
                continue
            sel.append(s)
        filters = {k: v for k, v in dict(lang=lang, since=since, until=until, outlet=outlet, q=q).items() if v}
        return page(sel[offset: offset + limit], len(sel), limit, offset, filters=filters)

    def story_page(story_id: str) -> dict[str, Any]:
        story = story_dict(store, story_id, prefer_lang=settings.prefer_lang)
        rows = list(store.iter_articles(story_id=story["id"]))
        story["articles"] = [r.as_dict() for r in rows]
        return story

    def article_page(article_id: str) -> dict[str, Any]:
        row = store.get_article(article_id)
        d = row.as_dict()
        d["text"] = row.article.text
        d["full_text"] = row.article.full_text
        ex = store.get_extractions([article_id]).get(article_id)
        d["extraction"] = ex.as_dict() if ex else None
        d["copy_similarity"] = row.copy_similarity
        d["ingested_at"] = row.ingested_at
        return d

    def articles_page(lang, story, since, until, outlet, limit, offset) -> dict[str, Any]:
        from .search import check_filters

        check_filters(SearchFilters(lang=lang, since=since, until=until))
        filters = dict(lang=lang, since=since, until=until, outlet=outlet, story_id=story)
        total = len(store.filter_seqs(**filters))
        rows = store.iter_articles(lang=lang, story_id=story, since=since,
                                   until=_period_end(until) if until else None, outlet=outlet,
                                   limit=limit, offset=offset)
        return page([r.as_dict() for r in rows], total, limit, offset,
                    filters={k: v for k, v in filters.items() if v})

    def search_page(q, lang, since, until, outlet, entity, story, limit, offset, mode="hybrid") -> dict[str, Any]:
        return search(store, q, SearchFilters(lang=lang, since=since, until=until, outlet=outlet, entity=entity,
                                              story=story),
                      limit=limit, offset=offset, embedder_name=settings.embedder, prefer_lang=settings.prefer_lang,
                      mode=mode)

    Limit = Query(20, ge=1, le=MAX_LIMIT, description=f"page size (1-{MAX_LIMIT})")
    Offset = Query(0, ge=0, description="items to skip")

    # --- JSON API -----------------------------------------------------------------------
    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "stats": store.stats(), "writes": bool(app.state.token)}

    @app.get("/api/stories", tags=["stories"], summary="List stories, newest activity first")
    def api_stories(lang: str | None = None, since: str | None = None, until: str | None = None,
                    outlet: str | None = None, q: str | None = Query(None, description="words in the title"),
                    limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return stories_page(lang, since, until, outlet, q, limit, offset)

    @app.get("/api/stories/{story_id}", tags=["stories"],
             summary="One story: events, timeline, entities, figures, facts, quotes, articles")
    def api_story(story_id: str) -> dict[str, Any]:
        return story_page(story_id)

    @app.get("/api/articles", tags=["articles"], summary="List articles in date order")
    def api_articles(lang: str | None = None, story: str | None = None, since: str | None = None,
                     until: str | None = None, outlet: str | None = None,
                     limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return articles_page(lang, story, since, until, outlet, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article with its text and extractions")
    def api_article(article_id: str) -> dict[str, Any]:
        return article_page(article_id)

    @app.get("/api/search", tags=["search"],
             summary="Hybrid keyword + multilingual search, grouped by story")
    def api_search(q: str = Query(..., description='words and "quoted phrases"'), lang: str | None = None,
                   since: str | None = None, until: str | None = None, outlet: str | None = None,
                   entity: str | None = None, story: str | None = None,
                   mode: str = Query("hybrid", description="hybrid, keyword or semantic"),
                   limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return search_page(q, lang, since, until, outlet, entity, story, limit, offset, mode)

    @app.post("/api/articles", tags=["articles"], status_code=200,
              summary="Ingest JSON articles (one object, a list, or {\"articles\": [...]}); needs the token")
    async def api_ingest(request: Request) -> dict[str, Any]:
        require_token(request)
        body = await request.body()
        from .ingest.jsonl import read_json
        from .pipeline import ingest

        if not body.strip():
            raise ApiError(400, "bad_request", "empty request body: send a JSON article or a list of them")
        try:
            json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, "bad_json", f"request body is not JSON: {exc}") from None
        from starlette.concurrency import run_in_threadpool

        items = list(read_json(body, "api"))

        def work():
            rep = ingest([], store, settings, items=items, command="api POST /api/articles")
            return rep, alerts_mod.check_follows(store, settings)

        report, new_alerts = await run_in_threadpool(work)
        out = report.as_dict()
        out["article_ids"] = report.article_ids
        out["alerts"] = len(new_alerts)
        return out

    @app.get("/api/follows", tags=["alerts"], summary="What is being followed")
    def api_follows(limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        fs = [alerts_mod.public_follow(f) for f in store.list_follows()]
        return page(fs[offset: offset + limit], len(fs), limit, offset)

    @app.post("/api/follows", tags=["alerts"], summary="Follow a story, an entity or a search; needs the token")
    async def api_follow(request: Request) -> dict[str, Any]:
        require_token(request)
        try:
            data = json.loads(await request.body() or b"{}")
        except ValueError as exc:
            raise ApiError(400, "bad_json", f"request body is not JSON: {exc}") from None
        if not isinstance(data, dict):
            raise ApiError(400, "bad_request", 'expected {"kind": "story|entity|search", "value": ..., "webhook": ...}')
        return alerts_mod.follow(store, str(data.get("kind", "")), str(data.get("value", "")),
                                 data.get("webhook"), settings)

    @app.delete("/api/follows/{follow_id}", tags=["alerts"], summary="Stop following; needs the token")
    def api_unfollow(follow_id: int, request: Request) -> dict[str, Any]:
        require_token(request)
        store.delete_follow(follow_id)
        return {"deleted": follow_id}

    @app.get("/api/alerts", tags=["alerts"], summary="The alert feed, newest first")
    def api_alerts(follow: int | None = None, limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return alerts_mod.alert_dicts(store, limit=limit, offset=offset, follow_id=follow)

    @app.post("/api/alerts/check", tags=["alerts"], summary="Check follows for changes now; needs the token")
    def api_check(request: Request) -> dict[str, Any]:
        require_token(request)
        return {"alerts": alerts_mod.check_follows(store, settings)}

    # --- HTML ---------------------------------------------------------------------------
    def html(template: str, status: int = 200, **ctx: Any):
        return HTMLResponse(web.render(template, **ctx), status_code=status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def ui_stories(lang: str | None = None, since: str | None = None, until: str | None = None,
                   outlet: str | None = None, q: str | None = None, limit: int = Query(50, ge=1, le=MAX_LIMIT),
                   offset: int = Offset):
        data = stories_page(lang, since, until, outlet, q, limit, offset)
        return html("stories.html", data=data, nav="stories", params=data["filters"], stats=store.stats())

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def ui_story(story_id: str):
        story = story_page(story_id)
        return html("story.html", story=story, nav="stories")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def ui_article(article_id: str):
        return html("article.html", article=article_page(article_id), nav="")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def ui_search(q: str | None = None, lang: str | None = None, since: str | None = None,
                  until: str | None = None, outlet: str | None = None, entity: str | None = None,
                  story: str | None = None, mode: str = "hybrid", limit: int = Query(20, ge=1, le=MAX_LIMIT),
                  offset: int = Offset):
        params = {k: v for k, v in dict(q=q, lang=lang, since=since, until=until, outlet=outlet, entity=entity,
                                        story=story, mode=mode if mode != "hybrid" else None).items() if v}
        data, error = None, None
        if q:
            try:
                data = search_page(q, lang, since, until, outlet, entity, story, limit, offset, mode)
            except BadQuery as exc:
                error = str(exc)
        return html("search.html", status=400 if error else 200, data=data, error=error, params=params,
                    nav="search")

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    def ui_alerts(limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Offset):
        data = alerts_mod.alert_dicts(store, limit=limit, offset=offset)
        follows = [alerts_mod.public_follow(f) for f in store.list_follows()]
        return html("alerts.html", data=data, follows=follows, nav="alerts")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def ui_docs():
        return html("docs.html", nav="docs")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)

    return app


# Modules the views import lazily. Imported once here, before requests run in parallel
# threads: a first import of spaCy racing in two request threads failed with KeyError.
_LAZY_MODULES = ("storyline.cluster", "storyline.extract.entities", "storyline.facts", "storyline.timeline",
                 "storyline.summarize", "storyline.svg", "storyline.ingest.jsonl", "storyline.pipeline")


def _warm_imports() -> None:
    import importlib

    from .search import stop_words

    for name in _LAZY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
    stop_words()


def _period_end(value: str) -> str:
    from .models import PartialDate

    p = PartialDate.parse(value)
    return p.end().isoformat() if p else value


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Run the app with uvicorn (blocking)."""
    import uvicorn

    uvicorn.run(create_app(settings, token=token), host=host, port=port, log_level="info")
