"""Feed watching against a feed served on localhost, follows, alerts and webhooks."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from storyline.alerts import alert_dicts, check_follows, diff, follow, story_state
from storyline.models import Article, Assignment, Extraction, Figure, PartialDate
from storyline.settings import Settings
from storyline.watch import parse_interval, watch
from test_search import make_store

SETTINGS = Settings(embedder="hashing", extract=False)


def rss(items: list[tuple[str, str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate><description>{x}</description></item>"
        for t, link, d, x in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lindholm Post</title>'
            f"<link>http://localhost/</link><language>en</language>{entries}</channel></rss>").encode()


ITEM1 = ("Ferry strike enters second week", "http://localhost/n/1", "Mon, 11 Mar 2024 09:00:00 +0000",
         "The ferry strike in Lindholm entered its second week on Monday with no talks planned.")
ITEM2 = ("Mediator calls ferry union to talks", "http://localhost/n/2", "Tue, 12 Mar 2024 10:00:00 +0000",
         "The state mediator called the Lindholm ferry union and the operator to talks on Wednesday.")


class Server:
    """A tiny local HTTP server: serves ``feed`` with an ETag, records POSTed webhooks."""

    def __init__(self):
        self.feed = rss([ITEM1])
        self.posts: list[dict] = []
        self.gets = 0
        self.not_modified = 0
        outer = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                outer.gets += 1
                if self.path != "/feed.xml":
                    self.send_response(404)
                    self.end_headers()
                    return
                etag = f'"{hash(outer.feed) & 0xffffffff:x}"'
                if self.headers.get("If-None-Match") == etag:
                    outer.not_modified += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(outer.feed)))
                self.end_headers()
                self.wfile.write(outer.feed)

            def do_POST(self):
                n = int(self.headers.get("Content-Length", 0))
                outer.posts.append(json.loads(self.rfile.read(n)))
                self.send_response(204)
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    with Server() as s:
        yield s


def test_parse_interval():
    assert parse_interval("10m") == 600 and parse_interval("30s") == 30 and parse_interval("1h") == 3600
    assert parse_interval("45") == 45
    for bad in ("soon", "10x", "0s", "-5m"):
        with pytest.raises(ValueError):
            parse_interval(bad)


def test_watch_polls_a_local_feed(tmp_path, server):
    from storyline.store import open_store

    store = open_store(str(tmp_path / "w.db"))
    slept: list[float] = []
    url = server.url + "/feed.xml"

    def changing_sleep(s):
        slept.append(s)
        if len(slept) == 2:  # the feed gains an item between rounds 2 and 3
            server.feed = rss([ITEM2, ITEM1])

    rounds = list(watch([url], store, SETTINGS, every=5, rounds=3, sleep=changing_sleep))
    assert len(rounds) == 3 and len(slept) == 2 and all(0 <= s <= 5 for s in slept)
    assert rounds[0][0]["ingested"] == 1 and rounds[0][0]["status"] == 200
    assert rounds[1][0]["status"] == 304 and rounds[1][0]["ingested"] == 0 and server.not_modified == 1
    assert rounds[2][0]["ingested"] == 1 and rounds[2][0]["duplicates"] == 1
    titles = sorted(r.article.title for r in store.iter_articles())
    assert titles == ["Ferry strike enters second week", "Mediator calls ferry union to talks"]
    assert store.iter_articles().__next__().article.outlet == "Lindholm Post"
    store.close()


def test_watch_reports_a_failing_feed_and_goes_on(tmp_path, server):
    from storyline.store import open_store

    store = open_store(str(tmp_path / "w.db"))
    rounds = list(watch([server.url + "/missing.xml", server.url + "/feed.xml"], store, SETTINGS, rounds=1))
    bad, good = rounds[0]
    assert bad["error"] and "404" in bad["error"] and good["ingested"] == 1
    with pytest.raises(ValueError):
        list(watch(["file:///etc/passwd"], store, SETTINGS, rounds=1))
    store.close()


def test_cli_watch_once_and_search(tmp_path, server):
    from storyline.cli import cli

    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    r = runner.invoke(cli, ["--db", db, "--embedder", "hashing", "watch", server.url + "/feed.xml", "--once"],
                      env={"STORYLINE_EXTRACT": "0"})
    assert r.exit_code == 0, r.output
    assert "1 new" in r.output
    r = runner.invoke(cli, ["--db", db, "--embedder", "hashing", "search", "ferry strike", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["items"][0]["hits"][0]["title"] == "Ferry strike enters second week"
    r = runner.invoke(cli, ["--db", db, "--embedder", "hashing", "search", '"broken'])
    assert r.exit_code == 2 and "unbalanced" in r.output
    r = runner.invoke(cli, ["--db", db, "watch", "ftp://example.org/feed", "--once"])
    assert r.exit_code != 0


# --- alerts ---------------------------------------------------------------------------------

def _add(store, art_id, event, story, date, text, figures=()):
    a = Article(id=art_id, title=text.split(".")[0], text=text, lang="en", lang_confidence=1.0,
                published=PartialDate.parse(date), outlet="Harbour Times", source_path="test")
    figs = []
    for num in figures:
        i = a.full_text.find(num)
        figs.append(Figure(a.id, num, float(num), i, i + len(num), a.full_text, what="crew members"))
    with store.transaction():
        store.add_article(a)
        store.save_extraction(Extraction(a.id, figures=tuple(figs), version="test"))
        store.save_assignment(Assignment(a.id, event, story, new_event=False, new_story=False))


def _facts_from_figures(rows, extractions):
    """Stand-in for facts.build_facts: one fact, crew members on strike, valued by date."""
    dated = sorted((r.article.published.iso(), r.article.id) for r in rows if r.article.published)
    values = []
    for day, aid in dated:
        for f in extractions.get(aid, Extraction(aid)).figures:
            if values and values[-1]["value"] == f.value:
                values[-1]["article_ids"].append(aid)
            else:
                values.append({"value": f.value, "as_of": day, "article_ids": [aid]})
    if not values:
        return []
    status = "changed" if len({v["value"] for v in values}) > 1 else "single-source"
    return [{"subject": "Lindholm ferry strike", "attribute": "crew members on strike", "values": values,
             "status": status}]


@pytest.fixture
def astore(tmp_path, monkeypatch):
    import storyline.views as views

    monkeypatch.setattr(views, "_facts", _facts_from_figures)
    s = make_store(tmp_path / "alerts.db")
    yield s
    s.close()


def test_story_follow_new_event_and_fact_change_with_webhook(astore, server):
    f = follow(astore, "story", "st_ferry", webhook=server.url + "/hook", settings=SETTINGS)
    assert f["stories"] == ["st_ferry"]
    assert check_follows(astore, SETTINGS) == []  # nothing new: no alert
    # more of the same (same event, same figure): volume only, no alert
    _add(astore, "c1", "ev_talks", "st_ferry", "2024-03-11", "Talks went on. Still 310 crew members out.", ["310"])
    assert check_follows(astore, SETTINGS) == []
    # an article in another story: no alert for this follow
    _add(astore, "c2", "ev_comet2", "st_comet", "2024-05-09", "The comet brightened further.")
    assert check_follows(astore, SETTINGS) == []
    # a new event whose article also changes the figure: two alerts, both delivered
    _add(astore, "c3", "ev_deal", "st_ferry", "2024-03-14",
         "Deal reached in Lindholm. The union said 400 crew members voted on the deal.", ["400"])
    alerts = check_follows(astore, SETTINGS)
    kinds = sorted(a["kind"] for a in alerts)
    assert kinds == ["fact_changed", "new_event"]
    ev = next(a for a in alerts if a["kind"] == "new_event")
    assert ev["event"]["id"] == "ev_deal" and [e["id"] for e in ev["evidence"]] == ["c3"]
    fc = next(a for a in alerts if a["kind"] == "fact_changed")
    assert fc["before"]["value"] == 310 and fc["after"]["value"] == 400
    assert fc["fact"]["attribute"] == "crew members on strike" and fc["evidence"][0]["id"] == "c3"
    assert sorted(p["kind"] for p in server.posts) == ["fact_changed", "new_event"]
    assert server.posts[0]["follow"]["value"] == "st_ferry"
    feed = alert_dicts(astore)
    assert feed["total"] == 2 and all(a["delivered_at"] and not a["delivery_error"] for a in feed["items"])
    # checked once: checking again finds nothing
    assert check_follows(astore, SETTINGS) == []


def test_webhook_failure_is_recorded(astore):
    follow(astore, "story", "st_ferry", webhook="http://127.0.0.1:9/nothing-listens", settings=SETTINGS)
    _add(astore, "d1", "ev_new", "st_ferry", "2024-03-20", "Ferries sail again in Lindholm.")
    alerts = check_follows(astore, SETTINGS)
    assert [a["kind"] for a in alerts] == ["new_event"]
    assert alert_dicts(astore)["items"][0]["delivery_error"]


def test_entity_and_search_follows(astore):
    fe = follow(astore, "entity", "Vejle", settings=SETTINGS)
    assert fe["stories"] == ["st_comet"]
    fs = follow(astore, "search", "ferry strike Lindholm", settings=SETTINGS)
    assert "st_ferry" in fs["stories"]
    _add(astore, "e1", "ev_tail", "st_comet", "2024-05-20", "The comet grew a long tail.")
    _add(astore, "e2", "ev_vote", "st_ferry", "2024-03-21", "Ferry crews in Lindholm vote on the deal.")
    alerts = check_follows(astore, SETTINGS)
    by_follow = {(a["follow"]["kind"], a["event"]["id"]) for a in alerts}
    assert by_follow == {("entity", "ev_tail"), ("search", "ev_vote")}


def test_diff_is_changes_only():
    story = {"title": "T", "events": [{"id": "e1", "article_ids": ["x"]}],
             "facts": [{"subject": "s", "attribute": "a", "values": [{"value": 1, "as_of": "2024", "article_ids": ["x"]}],
                        "status": "single-source"}]}
    old = {"stories": {"st": story_state(story)}}
    grown = dict(story, events=[{"id": "e1", "article_ids": ["x", "y"]}],
                 facts=[dict(story["facts"][0], values=[{"value": 1, "as_of": "2024", "article_ids": ["x", "y"]}],
                             status="corroborated")])
    assert diff(old, {"stories": {"st": story_state(grown)}}, {"y"}) == []
    changed = dict(grown, facts=[dict(story["facts"][0], values=[{"value": 1, "as_of": "2024", "article_ids": ["x"]},
                                                                   {"value": 2, "as_of": "2025", "article_ids": ["y"]}])])
    ch = diff(old, {"stories": {"st": story_state(changed)}}, {"y"})
    assert [c["kind"] for c in ch] == ["fact_changed"] and ch[0]["after"]["value"] == 2


def test_a_fact_first_tracked_already_changed_alerts_and_context_tells_facts_apart():
    old = {"stories": {"st": story_state({"title": "T", "events": [], "facts": []})}}

    def toll(place, a, b):
        return {"subject": "", "attribute": "people killed", "kind": "figure", "status": "changed", "context": [place],
                "values": [{"value": a, "as_of": "2024-10-30", "article_ids": ["x"]},
                           {"value": b, "as_of": "2024-11-04", "article_ids": ["y"]}]}

    new = {"title": "T", "events": [], "facts": [toll("Valencia", "95", "217"), toll("Spain", "158", "200")]}
    ch = diff(old, {"stories": {"st": story_state(new)}}, {"y"})
    assert sorted((c["fact"]["context"][0], c["before"]["value"], c["after"]["value"]) for c in ch) == \
        [("Spain", "158", "200"), ("Valencia", "95", "217")]
    assert diff(old, {"stories": {"st": story_state(new)}}, set()) == []  # nothing fresh: no alert


def test_cli_follow_and_alerts(tmp_path, monkeypatch):
    from storyline.cli import cli

    import storyline.views as views

    monkeypatch.setattr(views, "_facts", _facts_from_figures)
    db = tmp_path / "c.db"
    make_store(db).close()
    runner = CliRunner()
    base = ["--db", str(db), "--embedder", "hashing"]
    r = runner.invoke(cli, base + ["follow", "story", "st_ferry"])
    assert r.exit_code == 0 and "following story 'st_ferry'" in r.output, r.output
    r = runner.invoke(cli, base + ["follow", "story", "st_nope"])
    assert r.exit_code == 2 and "no story" in r.output
    r = runner.invoke(cli, base + ["follow", "search", "ferry", "--webhook", "javascript:alert(1)"])
    assert r.exit_code == 2 and "http(s)" in r.output
    from storyline.store import open_store

    s = open_store(str(db))
    _add(s, "f1", "ev_x", "st_ferry", "2024-03-30", "Ferry service in Lindholm is back to normal.")
    s.close()
    r = runner.invoke(cli, base + ["alerts", "--check", "--json"])
    assert r.exit_code == 0, r.output
    feed = json.loads(r.output)
    assert feed["total"] == 1 and feed["items"][0]["event"]["id"] == "ev_x"
    r = runner.invoke(cli, base + ["alerts", "--follows"])
    assert "#1" in r.output and "st_ferry" in r.output
