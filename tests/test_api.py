"""The HTTP API driven through FastAPI's TestClient: shapes, pagination, errors, auth, limits,
escaping of article text in every HTML page."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from storyline.api import create_app, resolve_token  # noqa: E402
from storyline.settings import Settings  # noqa: E402
from test_search import SCRIPT, make_store  # noqa: E402

TOKEN = "test-token-5b1d"


@pytest.fixture
def built(tmp_path):
    store = make_store(tmp_path / "api.db")
    settings = Settings(db=str(tmp_path / "api.db"), embedder="hashing", extract=False)
    yield store, settings
    store.close()


@pytest.fixture
def client(built):
    store, settings = built
    return TestClient(create_app(settings, token=TOKEN, store=store), raise_server_exceptions=False)


@pytest.fixture
def readonly_client(built):
    store, settings = built
    return TestClient(create_app(settings, token=None, store=store), raise_server_exceptions=False)


def assert_error(resp, status, code):
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_story_list_and_pagination(client):
    r = client.get("/api/stories")
    assert r.status_code == 200
    d = r.json()
    assert d["total"] == 2 and d["limit"] == 20 and d["offset"] == 0
    assert [s["id"] for s in d["items"]] == ["st_comet", "st_ferry"]  # newest activity first
    p = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert p["total"] == 2 and [s["id"] for s in p["items"]] == ["st_ferry"]
    assert [s["id"] for s in client.get("/api/stories", params={"lang": "da"}).json()["items"]] == ["st_ferry"]
    assert client.get("/api/stories", params={"q": "comet"}).json()["total"] == 1


def test_story_detail_has_everything(client):
    d = client.get("/api/stories/st_ferry").json()
    for key in ("timeline", "entities", "figures", "facts", "quotes", "events", "articles", "dates"):
        assert key in d
    assert [a["id"] for a in d["articles"]] == ["a1", "a2", "a3"]
    assert {f["text"] for f in d["figures"]} == {"240", "310"}
    assert d["quotes"][0]["speaker"] == "Maja Holm"
    assert_error(client.get("/api/stories/st_nope"), 404, "not_found")


def test_article_detail_and_list(client):
    d = client.get("/api/articles/a1").json()
    assert d["story_id"] == "st_ferry" and d["full_text"].startswith("Ferry workers")
    assert {e["text"] for e in d["extraction"]["entities"]} >= {"Lindholm", "Maja Holm"}
    lst = client.get("/api/articles", params={"limit": 2}).json()
    assert lst["total"] == 5 and len(lst["items"]) == 2
    assert client.get("/api/articles", params={"story": "st_comet"}).json()["total"] == 2
    assert client.get("/api/articles", params={"until": "2024-03"}).json()["total"] == 3
    assert_error(client.get("/api/articles/zzz"), 404, "not_found")


def test_search_endpoint_and_errors(client):
    d = client.get("/api/search", params={"q": "Lindholm ferry strike"}).json()
    assert d["items"][0]["story"]["id"] == "st_ferry" and {"total", "limit", "offset"} <= set(d)
    assert_error(client.get("/api/search", params={"q": '"open phrase'}), 400, "bad_query")
    assert_error(client.get("/api/search", params={"q": "x", "since": "yesterday"}), 400, "bad_query")
    e = assert_error(client.get("/api/search"), 422, "invalid_parameter")
    assert e["details"]["errors"][0]["loc"] == ["query", "q"]
    assert_error(client.get("/api/search", params={"q": "x", "limit": 100000}), 422, "invalid_parameter")
    assert_error(client.get("/api/no/such/thing"), 404, "not_found")
    assert_error(client.delete("/api/stories"), 405, "method_not_allowed")


def test_writes_need_a_token(client, readonly_client):
    art = {"title": "Pier reopens", "text": "The pier in Lindholm reopened on Friday after repairs.",
           "date": "2024-04-01", "lang": "en", "source": "Harbour Times"}
    e = assert_error(readonly_client.post("/api/articles", json=art, headers=AUTH), 403, "writes_disabled")
    assert "STORYLINE_API_TOKEN" in e["message"]
    assert_error(client.post("/api/articles", json=art), 401, "unauthorized")
    r = client.post("/api/articles", json=art, headers={"Authorization": "Bearer wrong"})
    assert_error(r, 401, "unauthorized")
    assert r.headers.get("www-authenticate") == "Bearer"
    r = client.post("/api/articles", json=art, headers=AUTH)
    assert r.status_code == 200, r.text
    rep = r.json()
    assert rep["ingested"] == 1 and rep["errors"] == 0 and len(rep["article_ids"]) == 1
    new_id = rep["article_ids"][0]
    got = client.get(f"/api/articles/{new_id}").json()
    assert got["title"] == "Pier reopens" and got["published"] == "2024-04-01" and got["outlet"] == "Harbour Times"
    # idempotent: the same article again is a duplicate
    assert client.post("/api/articles", json=[art], headers=AUTH).json()["duplicates"] == 1
    # and searchable at once (the vector index is extended incrementally)
    assert new_id in [h["id"] for g in client.get("/api/search", params={"q": "pier reopened"}).json()["items"]
                      for h in g["hits"]]


def test_bad_ingest_bodies(client):
    assert_error(client.post("/api/articles", content=b"{not json", headers=AUTH), 400, "bad_json")
    assert_error(client.post("/api/articles", content=b"", headers=AUTH), 400, "bad_request")
    r = client.post("/api/articles", json={"articles": [{"title": "no text"}, {"text": "A text about the pier."}]},
                    headers=AUTH)
    assert r.status_code == 200 and r.json()["errors"] == 1 and r.json()["ingested"] == 1
    assert "no text" in r.json()["error_items"][0]["reason"]


def test_request_size_limit(built):
    store, settings = built
    c = TestClient(create_app(settings, token=TOKEN, store=store, max_body_bytes=1000), raise_server_exceptions=False)
    big = json.dumps({"text": "x" * 5000})
    assert_error(c.post("/api/articles", content=big, headers={**AUTH, "Content-Type": "application/json"}),
                 413, "payload_too_large")

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(10):
            yield b"x" * 500

    assert_error(c.post("/api/articles", content=chunks(), headers=AUTH), 413, "payload_too_large")


def test_token_resolution(tmp_path, monkeypatch):
    monkeypatch.delenv("STORYLINE_API_TOKEN", raising=False)
    assert resolve_token() is None
    monkeypatch.setenv("STORYLINE_API_TOKEN", "  from-env ")
    assert resolve_token() == "from-env"
    f = tmp_path / "tok"
    f.write_text("from-file\n")
    assert resolve_token(str(f)) == "from-file"


def test_follow_endpoints(client):
    assert_error(client.post("/api/follows", json={"kind": "story", "value": "st_ferry"}), 401, "unauthorized")
    r = client.post("/api/follows", json={"kind": "story", "value": "st_ferry"}, headers=AUTH)
    assert r.status_code == 200 and r.json()["stories"] == ["st_ferry"]
    assert_error(client.post("/api/follows", json={"kind": "planet", "value": "x"}, headers=AUTH), 400, "bad_query")
    assert_error(client.post("/api/follows", json={"kind": "story", "value": "st_x"}, headers=AUTH), 404, "not_found")
    assert_error(client.post("/api/follows", json={"kind": "search", "value": "ferry",
                                                    "webhook": "javascript:alert(1)"}, headers=AUTH), 400, "bad_query")
    lst = client.get("/api/follows").json()
    assert lst["total"] == 1
    fid = lst["items"][0]["id"]
    assert client.get("/api/alerts").json() == {"items": [], "total": 0, "limit": 20, "offset": 0}
    assert client.delete(f"/api/follows/{fid}", headers=AUTH).json() == {"deleted": fid}
    assert_error(client.delete(f"/api/follows/{fid}", headers=AUTH), 404, "not_found")


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    assert "/api/search" in spec["paths"] and "/api/articles" in spec["paths"]
    page = client.get("/docs").text
    assert "/static/docs.js" in page and "cdn" not in page.lower()
    assert "https://" not in page and "http://" not in page
    assert client.get("/static/docs.js").status_code == 200


PAGES = ["/", "/stories/st_ferry", "/articles/a3", "/articles/a1", "/search?q=Lindholm+ferry+talks",
         "/search?q=alert", "/alerts", "/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_html_pages_escape_article_text(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    body = r.text
    assert SCRIPT not in body and "<script>alert" not in body
    assert 'href="javascript:' not in body.lower()
    # only our own scripts, all local
    for chunk in body.split("<script")[1:]:
        assert chunk.lstrip().startswith('src="/static/')


def test_script_text_is_shown_as_text(client):
    body = client.get("/articles/a3").text
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in body
    story = client.get("/stories/st_ferry").text
    assert "&lt;script&gt;" in story and SCRIPT not in story
    # the javascript: URL of a3 is shown as text but never becomes a link
    assert "javascript:alert(1)" in body and 'href="javascript' not in body.lower()
    assert 'href="javascript' not in story.lower()


def test_html_errors(client):
    r = client.get("/stories/st_missing")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "no story" in r.text
    r = client.get('/search?q="broken')
    assert r.status_code == 400 and "unbalanced" in r.text


def test_article_page_highlights_extractions(client):
    body = client.get("/articles/a1").text
    assert '<mark class="hl entity"' in body and ">Lindholm</mark>" in body
    assert '<mark class="hl figure"' in body and ">240</mark>" in body
    assert '<mark class="hl date"' in body and '<mark class="hl quote"' in body


def test_story_page_has_timeline_svg(client):
    body = client.get("/stories/st_ferry").text
    assert "<svg" in body and 'id="timeline"' in body
    assert "2024-03-04" in body
