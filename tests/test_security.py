"""Security checks: write tokens, body limits, HTML escaping of article text, SQL built only
with parameters, FTS5 syntax errors answered with 400 (never 500), no secrets in the repo."""
from __future__ import annotations

import ast
import inspect
import re
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from storyline import api  # noqa: E402
from storyline.models import Article, PartialDate  # noqa: E402
from storyline.pipeline import ingest  # noqa: E402
from storyline.settings import Settings  # noqa: E402
from storyline.store import open_store  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "storyline"
TOKEN = "s3cret-token-for-tests"

# Payloads that must never reach a page unescaped.
XSS = '<script>alert(1)</script>'
ATTR = '" onmouseover="alert(1)'
JS_URL = "javascript:alert(1)"
RAW_MARKERS = ["<script>alert", 'onmouseover="alert', "<img src=x onerror", 'href="javascript:', "href='javascript:"]


def hostile_articles() -> list[Article]:
    texts = [
        ("Troops leave Kabul " + XSS + ATTR,
         f'“{XSS} We will leave by 31 August,” said Joe {ATTR} Biden. About 2,500 soldiers remain. '
         f'NATO <img src=x onerror=alert(1)> and the Pentagon confirmed it.',
         "The <b>Outlet</b>" + ATTR, JS_URL),
        ("Tropper forlader Kabul " + ATTR,
         f'»{XSS} Vi trækker os ud inden 11. september,« siger Joe Biden. Omkring 2500 soldater er tilbage. '
         f'Nato og Pentagon {ATTR} bekræfter det.',
         '"><script>alert(2)</script>', 'https://example.org/a?x="><script>alert(3)</script>'),
    ]
    out = []
    for i, (title, text, outlet, url) in enumerate(texts):
        out.append(Article(id=Article.make_id(url, title, text), title=title, text=text, lang=("en", "da")[i],
                           published=PartialDate.parse("2021-04-29"), outlet=outlet, url=url, byline=XSS))
    return out


@pytest.fixture
def hostile_store(tmp_path):
    db = str(tmp_path / "sec.db")
    store = open_store(db)
    ingest([], store, Settings(db=db, embedder="hashing"), items=hostile_articles())
    yield store, Settings(db=db, embedder="hashing")
    store.close()


@pytest.fixture
def client(hostile_store):
    store, settings = hostile_store
    return TestClient(api.create_app(settings, token=TOKEN, store=store))


def write_routes(app) -> list[tuple[str, str]]:
    out = []
    for r in app.routes:
        for m in sorted(getattr(r, "methods", None) or ()):
            if m in ("POST", "PUT", "PATCH", "DELETE"):
                out.append((m, r.path))
    return out


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


# --- tokens ----------------------------------------------------------------------------------


def test_token_compare_is_constant_time():
    src = inspect.getsource(api)
    assert "hmac.compare_digest" in src
    tree = ast.parse(src)
    # nothing compares a token with == / != (which returns early on the first differing byte)
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Eq, ast.NotEq)) for op in node.ops):
            names = {n.attr if isinstance(n, ast.Attribute) else getattr(n, "id", "")
                     for n in ast.walk(node)}
            assert not names & {"token", "given"}, ast.unparse(node)


def test_every_write_endpoint_needs_the_token(client):
    routes = write_routes(client.app)
    assert ("POST", "/api/articles") in routes and len(routes) >= 3, routes
    for method, path in routes:
        url = concrete(path)
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic " + TOKEN},
                        {"Authorization": "Bearer " + TOKEN[:-1]}, {"Authorization": "Bearer"}):
            r = client.request(method, url, headers=headers, content=b"{}")
            assert r.status_code == 401, (method, path, headers, r.status_code, r.text[:200])
            assert r.json()["error"]["code"] == "unauthorized"
        ok = client.request(method, url, headers={"Authorization": "Bearer " + TOKEN}, content=b"{}")
        assert ok.status_code not in (401, 403), (method, path, ok.text[:200])


def test_writes_are_refused_when_no_token_is_configured(hostile_store):
    store, settings = hostile_store
    c = TestClient(api.create_app(settings, token=None, store=store))
    for method, path in write_routes(c.app):
        r = c.request(method, concrete(path), headers={"Authorization": "Bearer anything"}, content=b"{}")
        assert r.status_code == 403 and r.json()["error"]["code"] == "writes_disabled", (method, path)


def test_request_body_size_is_limited(hostile_store):
    store, settings = hostile_store
    c = TestClient(api.create_app(settings, token=TOKEN, store=store, max_body_bytes=10_000))
    auth = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"}
    big = b'{"title": "x", "text": "' + b"a" * 20_000 + b'"}'
    r = c.post("/api/articles", content=big, headers=auth)
    assert r.status_code == 413 and r.json()["error"]["code"] == "payload_too_large"

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(30):
            yield b"a" * 1000

    r = c.post("/api/articles", content=chunks(), headers=auth)
    assert r.status_code == 413
    # unauthenticated big bodies are refused too (before anything is parsed)
    assert c.post("/api/articles", content=big).status_code in (401, 413)
    assert store.count_articles() == 2
    assert api.MAX_BODY_BYTES <= 16 * 1024 * 1024


# --- escaping --------------------------------------------------------------------------------


def assert_escaped(html: str, where: str) -> None:
    low = html.lower()
    for marker in RAW_MARKERS:
        assert marker.lower() not in low, f"{where}: raw {marker!r} in the page"
    # attribute injection: a quote from the data never closes an attribute
    assert 'onmouseover="alert(1)' not in html and "onmouseover='alert" not in html, where


def test_article_text_is_escaped_on_every_page(client, hostile_store):
    store, _ = hostile_store
    ids = [r.article.id for r in store.iter_articles()]
    stories = client.get("/api/stories").json()["items"]
    assert ids and stories
    pages = ["/", "/?q=" + XSS, "/search?q=troops", "/search?q=" + XSS, '/search?q="' + ATTR, "/alerts", "/docs",
             "/no-such-page/" + XSS, "/articles/" + XSS, "/stories/" + XSS]
    pages += [f"/articles/{i}" for i in ids] + [f"/stories/{s['id']}" for s in stories]
    for p in pages:
        r = client.get(p)
        assert r.status_code < 500, (p, r.status_code)
        assert_escaped(r.text, p)
    # the payloads are there, escaped: the page shows the data, it just cannot run it
    page = client.get(f"/articles/{ids[0]}").text
    assert "&lt;script&gt;" in page or "&lt;img" in page


def test_extracted_quotes_and_entities_carry_the_payload_and_are_escaped(client, hostile_store):
    store, _ = hostile_store
    ids = [r.article.id for r in store.iter_articles()]
    ex = store.get_extractions(ids)
    quotes = [q for e in ex.values() for q in e.quotes]
    assert any("<script>" in q.text for q in quotes), "the test needs a quote holding markup"
    for s in client.get("/api/stories").json()["items"]:
        assert_escaped(client.get(f"/stories/{s['id']}").text, s["id"])


def test_javascript_urls_never_become_links(client, hostile_store):
    store, _ = hostile_store
    for r in store.iter_articles():
        html = client.get(f"/articles/{r.article.id}").text
        assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", html, re.I)


# --- search input and SQL ------------------------------------------------------------------

HOSTILE_QUERIES = [
    '"', '""', '"unbalanced', "NEAR(", "NEAR(a b", "a OR", "OR", "AND", "NOT", "*", "a*", "^a", "a:b", "col:x",
    "articles_fts:x", "(", ")", "((((a", "a) OR (b", "-a", "+a", "a - b", "{a b}", "a NEAR/2 b",
    "'; DROP TABLE articles; --", "1' OR '1'='1", "\x00", "\\", "%", "_", "a' --", "😀", "\u202e",
    "a" * 600, "x " * 300, "title:*", 'text:"a', "rank:1", "MATCH", "a AND NOT",
]


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_hostile_search_queries_never_500(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code in (200, 400), (q, r.status_code, r.text[:300])
    if r.status_code == 400:
        assert r.json()["error"]["code"] in ("bad_query", "bad_request")
    page = client.get("/search", params={"q": q})
    assert page.status_code in (200, 400)
    assert_escaped(page.text, "/search?q=" + q[:20])


def test_sql_injection_leaves_the_store_intact(client, hostile_store):
    store, _ = hostile_store
    for q in HOSTILE_QUERIES:
        client.get("/api/search", params={"q": q})
        client.get("/api/articles", params={"outlet": q, "lang": "en"})
        client.get("/api/stories", params={"outlet": q, "q": q})
    assert store.count_articles() == 2
    assert store.integrity_check() == []


# Interpolations allowed inside SQL f-strings: constants (upper-case names), placeholder
# lists built from "?"/"%s", and local fragments that the same function assembles from
# literals. A new one must be checked by hand (is it free of user values?) and added here.
ALLOWED_FRAGMENTS = {"select", "where", "sql", "query", "order", "clause", "cond", "cols", "table", "kind_sql",
                     "placeholders", "marks", "ph", "filters_sql", "extra", "join", "limit_sql"}
_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WHERE|FROM|MATCH|VALUES|ORDER BY)\b")


def sql_interpolations(path: Path) -> list[tuple[int, str]]:
    """(line, expression) for every ``{...}`` inside an f-string that reads like SQL."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if not _SQL.search(literal):
            continue
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                out.append((node.lineno, ast.unparse(v.value)))
    return out


def safe_interpolation(expr: str) -> bool:
    if re.fullmatch(r"_?[A-Z][A-Z0-9_]*", expr):  # a module constant
        return True
    if re.fullmatch(r"""['"],['"]\.join\(\s*['"](\?|%s)['"]\s*\*\s*len\(\w+\)\)""", expr):  # ?,?,? placeholders
        return True
    if re.fullmatch(r"""['"], ['"]\.join\(\s*\[?['"](\?|%s)['"]\]?\s*\*\s*len\(\w+\)\)""", expr):
        return True
    return expr in ALLOWED_FRAGMENTS


def test_sql_is_never_built_from_user_values():
    files = sorted(SRC.rglob("*.py"))
    suspicious = []
    for f in files:
        for line, expr in sql_interpolations(f):
            if not safe_interpolation(expr):
                suspicious.append(f"{f.relative_to(REPO)}:{line}: {{{expr}}}")
    assert not suspicious, "SQL f-strings interpolate values; use ? parameters:\n" + "\n".join(suspicious)


def test_the_sql_grep_catches_an_unparameterised_query(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('def f(db, q):\n    return db.execute(f"SELECT * FROM articles WHERE title = \'{q}\'")\n')
    assert [e for _, e in sql_interpolations(bad) if not safe_interpolation(e)] == ["q"]
    good = tmp_path / "good.py"
    good.write_text("def f(db, ids):\n    return db.execute(f\"SELECT * FROM a WHERE id IN ({','.join('?' * len(ids))})\", ids)\n")
    assert [e for _, e in sql_interpolations(good) if not safe_interpolation(e)] == []


# --- secrets ---------------------------------------------------------------------------------

SECRET_PATTERNS = {
    "AWS access key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY-----"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "Slack token": re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b"),
    "OpenAI/Anthropic key": re.compile(r"\bsk-(?:ant-)?[A-Za-z0-9_-]{32,}\b"),
    "Google API key": re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"),
    "password/secret assignment": re.compile(
        r"""(?i)\b(?:password|passwd|secret|api[_-]?key|auth[_-]?token)\b\s*[:=]\s*['"][A-Za-z0-9+/_\-]{20,}['"]"""),
}


def repo_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True,
                             text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [REPO / p for p in out.splitlines() if p and (REPO / p).is_file()]


def test_no_secrets_in_the_repository():
    found = []
    for path in repo_files():
        if path.stat().st_size > 5 * 1024 * 1024:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for name, rx in SECRET_PATTERNS.items():
            for m in rx.finditer(text):
                found.append(f"{path.relative_to(REPO)}: {name}: {m.group()[:12]}…")
    assert not found, "\n".join(found)


def test_the_secret_scan_finds_a_planted_key():
    planted = "aws = 'AKIA" + "ABCDEFGHIJKLMNOP'\napi_key = '" + "Zx9" * 8 + "'"
    hits = [n for n, rx in SECRET_PATTERNS.items() if rx.search(planted)]
    assert "AWS access key" in hits and "password/secret assignment" in hits
