"""Readers on the shapes real pages, feeds, exports and crawls take (inputs written for these tests)."""
from __future__ import annotations

import pytest

from storyline.ingest import read_bytes
from storyline.ingest.common import parse_date
from storyline.ingest.datewords import parse_written_date
from storyline.ingest.html import page_date, parse_html, visible_lines
from storyline.models import Article, ItemError

BODY = (
    "<p>The town council voted on Tuesday evening to build a new swimming pool next to the secondary school, "
    "ending a debate that has run for more than five years.</p>"
    "<p>The pool will cost about 14 million pounds and should open in the autumn of 2026, the council leader said "
    "after the vote, adding that the old baths would be turned into a youth centre.</p>"
    "<p>Opposition members said the money would be better spent on repairing roads, but lost the vote by "
    "eleven to seven.</p>"
)


def page(head: str = "", top: str = "", foot: str = "", lang: str = "en", body: str = BODY) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Council backs new pool</title>'
            f"{head}</head><body><article><h1>Council backs new pool</h1>{top}{body}</article>{foot}</body></html>")


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value,iso,precision", [
    ("9. februar 2024", "2024-02-09", "day"),
    ("February 9, 2024", "2024-02-09", "day"),
    ("3 de marzo de 2024", "2024-03-03", "day"),
    ("1er mars 2024", "2024-03-01", "day"),
    ("14 мая 2023, 12:30", "2023-05-14", "day"),
    ("2023年09月12日 08:30", "2023-09-12", "day"),
    ("١٠ أبريل ٢٠٢٤", "2024-04-10", "day"),
    ("March 2024", "2024-03", "month"),
    ("25.12.2023", "2023-12-25", "day"),
    ("25/12/2023", "2023-12-25", "day"),
    ("09/02/2024", None, None),  # day/month order unknown
    ("31 February 2024", None, None),
])
def test_dates_written_in_words(value, iso, precision):
    d = parse_date(value)
    assert (d.iso() if d else None) == iso and (d.precision if d else None) == precision
    assert parse_written_date("in May 2024 the council met") is None  # a month in a sentence is no date


def test_html_copyright_year_is_not_a_publication_date():
    a = parse_html(page(foot="<footer><p>© 2024 Elmfield Gazette Ltd. All rights reserved.</p></footer>"), "p.html")
    assert isinstance(a, Article)
    assert a.published is None  # was 2024-01-01 with day precision
    assert a.metadata["date_guess"] == "2024-01-01"


@pytest.mark.parametrize("top,lang,iso", [
    ('<div class="date">Опубликовано: 14 мая 2023, 12:30</div>', "ru", "2023-05-14"),
    ("<p>Af Mette Sørensen, 14. marts 2023</p>", "da", "2023-03-14"),  # the line under the headline
    ('<div class="meta">Par Claire Dubois · Publié le 7 mars 2024 à 14h05</div>', "fr", "2024-03-07"),
    ('<div class="info">来源：江城日报 发布时间：2023年09月12日 08:30</div>', "zh", "2023-09-12"),
])
def test_html_byline_date(top, lang, iso):
    a = parse_html(page(top=top, lang=lang, foot="<footer>© 2024 Testavisen</footer>"), "p.html")
    assert a.published.iso() == iso and a.published.precision == "day"


def test_byline_update_line_is_not_the_publication_date():
    lines = visible_lines(page(top="<p>Updated 8 March 2024</p><p>By Jo Bell, 6 March 2024</p>"))
    assert page_date(lines, "Council backs new pool").iso() == "2024-03-06"


def test_html_metadata_date_still_wins():
    head = '<meta property="article:published_time" content="2024-03-03T14:05:00Z">'
    a = parse_html(page(head=head, top="<p>Published 1 February 2024</p>"), "p.html")
    assert a.published.iso() == "2024-03-03" and a.metadata["date_source"] == "htmldate"


def test_read_bytes_html_round_trip():
    [a] = list(read_bytes(page().encode(), "p.html", "html"))
    assert a.title == "Council backs new pool" and "swimming pool" in a.text


# --- bzip2 / xz ----------------------------------------------------------------------------

JSONL = (
    '{"title": "Færgen sejler igen", "text": "Færgen mellem Korsvig og Sandø sejler igen fra i morgen efter '
    'tre ugers reparation.", "date": "2024-03-04", "lang": "da"}\n'
    '{"title": "Nueva línea de autobús", "text": "La nueva línea conecta el centro con el hospital desde el lunes.", '
    '"date": "2024-03-05", "lang": "es"}\n'
).encode()


@pytest.mark.parametrize("ext", ["bz2", "xz"])
def test_bz2_and_xz_inputs_are_read(tmp_path, ext):
    import bz2
    import lzma

    from storyline.ingest import ReadStats, read_paths

    pack = bz2.compress if ext == "bz2" else lzma.compress
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / f"export.jsonl.{ext}").write_bytes(pack(JSONL[:150]) + pack(JSONL[150:]))  # two streams
    (tmp_path / "d" / f"page.html.{ext}").write_bytes(pack(page().encode()))
    stats = ReadStats()
    items = list(read_paths([str(tmp_path / "d")], stats=stats))
    assert [type(i).__name__ for i in items] == ["Article"] * 3 and not stats.skipped  # were skipped or "binary data"
    assert items[0].title == "Færgen sejler igen" and items[2].title == "Council backs new pool"
    # stdin or an unknown name: sniffed by the magic bytes
    assert [a.lang for a in read_bytes(pack(JSONL), "-")] == ["da", "es"]
    # damaged: the records before the damage, then one error naming the codec
    cut = pack(JSONL * 200)
    items = list(read_paths([str(tmp_path / "d" / f"export.jsonl.{ext}")]))
    (tmp_path / f"cut.jsonl.{ext}").write_bytes(cut[: len(cut) // 2])
    items = list(read_paths([str(tmp_path / f"cut.jsonl.{ext}")]))
    assert isinstance(items[-1], ItemError) and items[-1].reason.startswith(f"{ext}:")


def test_bz2_bomb_is_refused(tmp_path):
    import bz2

    from storyline.ingest import ReaderLimits, read_paths

    p = tmp_path / "bomb.jsonl.bz2"
    p.write_bytes(bz2.compress(b"\0" * (8 * 1024 * 1024)))
    [err] = list(read_paths([str(p)], settings=ReaderLimits(gzip_ratio_floor_bytes=1024 * 1024, max_gzip_ratio=50)))
    assert isinstance(err, ItemError) and "bz2 bomb" in err.reason


# --- JSON / JSONL shaped like news APIs and crawlers --------------------------------------------


def test_json_news_api_and_crawler_shapes():
    lines = [
        # NewsAPI: publishedAt, nested source name, content cut with a "[+N chars]" marker
        {"source": {"id": None, "name": "Berliner Testblatt"}, "author": "Anna Schmidt",
         "title": "Neue Straßenbahnlinie geht in Betrieb", "url": "https://testblatt.example.de/m7",
         "publishedAt": "2024-01-22T05:30:00Z",
         "content": "Die neue Straßenbahnlinie M7 verbindet ab Montag die östlichen Stadtteile mit dem Zentrum … [+1830 chars]"},
        # webz.io-style language names
        {"title": "Færgen sejler igen", "text": "Færgen mellem Korsvig og Sandø sejler igen fra i morgen.",
         "published": "2024-03-04T09:00:00.000+02:00", "language": "danish"},
        # NYT-archive-style: headline object, pub_date, web_url, only a lead paragraph
        {"headline": {"main": "В Сибири открыли новый аэропорт"}, "pub_date": "2023-08-15T10:00:00+0000",
         "lead_paragraph": "В Сибири в пятницу открыли новый аэропорт на два миллиона пассажиров в год.",
         "web_url": "https://example.ru/a", "language": "Russian"},
        # newsdata.io-style: creator list, a domain as the only outlet
        {"title": "上海举办国际书展", "content": "第二十届上海国际书展周三开幕，来自三十多个国家的出版社参展。",
         "pubDate": "2023-08-16 09:30:00", "language": "chinese", "creator": ["李明"], "source_domain": "zh.example.com"},
        # a date written in words
        {"title": "Budget vedtaget", "text": "Byrådet vedtog budgettet efter en lang debat.", "date": "9. februar 2024"},
    ]
    import json

    a, b, c, d, e = list(read_bytes("\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode(), "x.jsonl"))
    assert a.published.iso() == "2024-01-22" and a.outlet == "Berliner Testblatt"  # publishedAt was lost
    assert a.text.endswith("mit dem Zentrum") and a.metadata["truncated"] is True
    assert b.lang == "da"  # was "und"
    assert isinstance(c, Article) and c.title == "В Сибири открыли новый аэропорт"  # was "record has no text"
    assert c.published.iso() == "2023-08-15" and c.url == "https://example.ru/a" and c.lang == "ru"
    assert c.metadata["text_source"] == "lead_paragraph"
    assert d.lang == "zh" and d.byline == "李明" and d.outlet == "zh.example.com"
    assert e.published.iso() == "2024-02-09" and e.published.precision == "day"


# --- WARC ----------------------------------------------------------------------------------------


def test_warc_redirects_and_error_pages_are_skipped_and_html_resources_read():
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from storyline.ingest import ReadStats, read_warc

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    moved = StatusAndHeaders("301 Moved Permanently", [("Content-Type", "text/html"), ("Location", "/new")],
                             protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://x.example/old", "response",
                                        payload=io.BytesIO(b"<html><body><p>Moved <a href='/new'>here</a></p></body></html>"),
                                        http_headers=moved))
    gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://x.example/nope", "response", payload=io.BytesIO(
        b"<html><body><h1>Page not found</h1><p>Sorry, the page you were looking for has moved or no longer "
        b"exists. Try the search box or go back to the front page.</p></body></html>"), http_headers=gone))
    w.write_record(w.create_warc_record("https://x.example/pool", "resource", payload=io.BytesIO(page().encode()),
                                        warc_content_type="text/html; charset=utf-8"))
    stats = ReadStats()
    items = list(read_warc(buf.getvalue(), "c.warc.gz", stats=stats.skipped))
    assert [a.title for a in items] == ["Council backs new pool"]  # was also "Moved here" and "Page not found"
    assert items[0].url == "https://x.example/pool" and items[0].metadata["warc_record_id"]
    assert stats.skipped["skipped non-2xx response"] == 2


# --- boilerplate ---------------------------------------------------------------------------


@pytest.mark.parametrize("furniture,lang", [
    ('<div class="del">Del artiklen: Facebook · LinkedIn · Mail</div>', "da"),
    ('<div class="compartir">Compartir en Facebook · Compartir en Twitter</div>', "es"),
    ('<p class="abo">Cet article est réservé aux abonnés. Abonnez-vous pour 1 € le premier mois.</p>', "fr"),
    ('<div class="hinweis"><p>Dieser Artikel ist Teil von RZ+. Jetzt 4 Wochen für 0,99 € testen.</p></div>', "de"),
    ("<p>Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости.</p>", "ru"),
    ("<p>分享到：微信 微博 QQ空间</p><p>责任编辑：王丽</p>", "zh"),
])
def test_html_boilerplate_paragraphs_are_dropped(furniture, lang):
    a = parse_html(page(body=BODY + furniture, lang=lang), "p.html")
    assert a.text.endswith("eleven to seven.") and a.metadata["boilerplate_dropped"] >= 1


def test_boilerplate_phrase_inside_article_text_is_kept():
    body = BODY + ("<p>Del af pengene kommer fra staten, og share of the cost paid by the county is still open, "
                   "said the council.</p>")
    a = parse_html(page(body=body), "p.html")
    assert a.text.endswith("said the council.") and "boilerplate_dropped" not in a.metadata


def test_feed_wordpress_footer_and_double_escaped_html():
    from storyline.ingest import read_feed

    feed = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Kystbyen Nyt</title>
<item><title>Havnen f\xc3\xa5r ny kran</title><link>https://kystbyen.example.dk/kran/</link>
<content:encoded><![CDATA[<p>Havnebestyrelsen har k\xc3\xb8bt en ny containerkran til 40 millioner kroner.</p>
<p>The post <a href="https://kystbyen.example.dk/kran/">Havnen f\xc3\xa5r ny kran</a> appeared first on
<a href="https://kystbyen.example.dk">Kystbyen Nyt</a>.</p>]]></content:encoded></item>
<item><title>Borgerm\xc3\xb8de om cykelsti</title>
<description>Kommunen inviterer til m\xc3\xb8de om cykelstien langs &amp;lt;b&amp;gt;Strandvejen&amp;lt;/b&amp;gt; p\xc3\xa5 torsdag.</description></item>
</channel></rss>"""
    a, b = list(read_feed(feed, "f.xml"))
    assert a.text == "Havnebestyrelsen har købt en ny containerkran til 40 millioner kroner."
    assert b.text == "Kommunen inviterer til møde om cykelstien langs Strandvejen på torsdag."
