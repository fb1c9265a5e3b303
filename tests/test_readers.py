"""Readers on small, real-shaped inputs written for these tests (plus the seeds, read in place)."""
from __future__ import annotations

import io
import json
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storyline.ingest import (
    ReaderLimits,
    ReadStats,
    count_items,
    detect_format,
    read_bytes,
    read_feed,
    read_json,
    read_paths,
    read_text,
)
from storyline.ingest.common import parse_date, title_from_text
from storyline.models import Article, ItemError, PartialDate, source_key

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"


def articles(items):
    return [x for x in items if isinstance(x, Article)]


def errors(items):
    return [x for x in items if isinstance(x, ItemError)]


def check_id(a: Article) -> None:
    assert a.id == Article.make_id(source_key(a.url, a.outlet, a.source_path), a.title, a.text)


# --- plain text --------------------------------------------------------------------------


def test_text_with_date_line_and_agency_byline():
    path = str(FIXTURES / "da_klimaplan.txt")
    [a] = list(read_text((FIXTURES / "da_klimaplan.txt").read_bytes(), path))
    assert a.published == PartialDate.parse("2022-11-03") and a.published.precision == "day"
    assert a.title == "Regeringen præsenterer ny klimaplan for landbruget"
    assert a.text.startswith(a.title) and a.full_text == a.text
    assert "\n\nPlanen indeholder" in a.text  # paragraphs kept
    assert a.byline == "testbureau" and a.metadata["outlet_hint"] == "testbureau"
    assert "/testbureau/" not in a.text
    assert a.lang == "und" and a.source_path == path and a.url is None
    check_id(a)


@pytest.mark.parametrize(
    "head, iso, precision",
    [("2021", "2021", "year"), ("2021-04", "2021-04", "month"), ("2021-04-29", "2021-04-29", "day")],
)
def test_text_date_precision(head, iso, precision):
    [a] = read_text(f" date {head} Nyheden her. Og mere tekst.".encode(), "x.txt")
    assert a.published.iso() == iso and a.published.precision == precision
    assert a.text.startswith("Nyheden her.")


@pytest.mark.parametrize(
    "raw, iso, title",
    [
        (b"Date: 2021-04-29\nHeadline here\n\nBody.", "2021-04-29", "Headline here"),
        (b"date 2021-04\nHeadline here", "2021-04", "Headline here"),
        (b"\xef\xbb\xbf date 2021 Headline here", "2021", "Headline here"),
        (b"Date 1999 palms were planted in the oasis.", None, "Date 1999 palms were planted in the oasis."),
        (b"dated 2021-04 is not a date line", None, "dated 2021-04 is not a date line"),
    ],
)
def test_date_line_forms(raw, iso, title):
    [a] = read_text(raw, "x.txt")
    assert (a.published.iso() if a.published else None) == iso and a.title == title


def test_text_without_date_line_is_unknown_date():
    [a] = read_text(b"Headline without a date\n\nBody text follows here.", "plain.txt")
    assert a.published is None and a.title == "Headline without a date"


def test_text_date_from_dated_folder(tmp_path):
    d = tmp_path / "topic" / "2010-01-21"
    d.mkdir(parents=True)
    (d / "1538.htm.txt").write_text("Hundreds orphaned by the quake Despite stories of survival . \nMore text .")
    [a] = read_paths([str(tmp_path)])
    assert a.published.iso() == "2010-01-21" and a.metadata["date_source"] == "path"


def test_invalid_date_line_is_kept_in_metadata():
    [a] = read_text(b" date 2021-13-45 Text here.", "x.txt")
    assert a.published is None and a.metadata["date_raw"] == "2021-13-45"


def test_title_is_shortened_at_a_word_boundary_and_is_a_prefix():
    text = "word " * 100
    t = title_from_text(text.strip(), max_chars=200)
    assert len(t) <= 200 and text.startswith(t) and not t.endswith(" ")
    assert title_from_text("Mr. Smith went to Washington on Monday. Then he left.") == "Mr. Smith went to Washington on Monday."


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seeds():
    items = list(read_paths([str(SEEDS)]))
    assert not errors(items)
    got = {Path(a.source_path).name[:3]: a for a in items}
    assert got["000"].published.iso() == "2021-04" and got["000"].published.precision == "month"
    assert got["002"].published.iso() == "2021-04-29" and got["002"].published.precision == "day"
    assert got["004"].published.iso() == "2021-07" and got["004"].published.precision == "month"
    assert got["000"].byline == "ritzau"
    for a in items:
        assert a.full_text == a.text and 10 < len(a.title) <= 200
        assert a.source_path.startswith(str(SEEDS))
        check_id(a)
    # Ids are stable across runs.
    assert [a.id for a in items] == [a.id for a in read_paths([str(SEEDS)])]


# --- JSON / JSONL ------------------------------------------------------------------------


def test_jsonl_three_good_two_bad():
    path = str(FIXTURES / "articles.jsonl")
    items = list(read_paths([path]))
    good, bad = articles(items), errors(items)
    assert len(good) == 3 and len(bad) == 2
    a, b, c = good
    assert a.title == "Ny bro over Limfjorden åbner i 2027" and a.lang == "da"
    assert a.published.iso() == "2023-05-17" and a.outlet == "Testavisen" and a.byline == "Karen Lund"
    assert a.url == "https://example.dk/bro"
    assert a.metadata["section"] == "Indland" and a.metadata["record_id"] == 101
    assert b.published.iso() == "2023-10-16" and b.byline == "Priya Raman, Tom Berg" and b.lang == "und"
    assert c.published.precision == "month" and c.lang == "da"
    assert c.title.startswith("Statistikbanken viser")  # derived from the text
    assert [e.locator for e in bad] == ["line 4", "line 5"]
    assert "no text" in bad[0].reason and "malformed JSON" in bad[1].reason
    for x in good:
        check_id(x)


@pytest.mark.parametrize(
    "doc",
    [
        {"title": "T", "text": "Body one."},
        [{"title": "T", "text": "Body one."}, {"text": "Body two."}],
        {"articles": [{"title": "T", "text": "Body one."}, {"text": "Body two."}]},
    ],
)
def test_json_shapes(doc):
    items = list(read_json(json.dumps(doc).encode(), "a.json"))
    assert all(isinstance(x, Article) for x in items)
    assert items[0].text == "Body one." and items[0].title == "T"
    assert len(items) == (1 if isinstance(doc, dict) and "articles" not in doc else 2)


def test_json_html_body_and_nested_article_are_read():
    recs = [
        {"title": "Floods <b>close</b> bridges", "content": "<p>MUNICH (Reuters) - Days of rain closed three bridges.</p>"
         "<p>&quot;The situation remains tense,&quot; the minister said.</p><script>track()</script>",
         "pubDate": "Tue, 04 Jun 2024 11:00:00 GMT"},
        {"title": "Nested", "source": "Testavisen", "article": {"body": "Ny bro åbner i 2027 over fjorden.", "date": "2024-06-05"}},
        {"text": "Prices rose 3 < 5 percent at AT&T stores."},
        {"text": "<div><br/></div>"},
    ]
    items = list(read_json(json.dumps(recs).encode(), "a.json"))
    a, b, c = items[0], items[1], items[2]
    assert a.title == "Floods close bridges"
    assert a.text == ("MUNICH (Reuters) - Days of rain closed three bridges.\n\n"
                      '"The situation remains tense," the minister said.')
    assert a.published.iso() == "2024-06-04"
    assert b.text == "Ny bro åbner i 2027 over fjorden." and b.published.iso() == "2024-06-05"
    assert b.title == "Nested" and b.outlet == "Testavisen"
    assert c.text == "Prices rose 3 < 5 percent at AT&T stores."  # no markup: left as written
    assert isinstance(items[3], ItemError) and "markup" in items[3].reason


def test_json_list_with_bad_record():
    doc = [{"text": "fine"}, "not an object", {"text": ""}, {"text": "also fine", "date": "not a date"}]
    items = list(read_json(json.dumps(doc).encode(), "a.json"))
    assert [type(x).__name__ for x in items] == ["Article", "ItemError", "ItemError", "Article"]
    assert items[1].locator == "record[1]" and "expected an object" in items[1].reason
    assert items[3].published is None and items[3].metadata["date_raw"] == "not a date"


def test_json_file_holding_json_lines_is_read_as_lines():
    data = b'{"text": "one"}\n{"text": "two"}\n'
    assert [a.text for a in read_json(data, "mislabelled.json")] == ["one", "two"]


@pytest.mark.parametrize(
    "value, iso, precision",
    [
        ("2021-04-29T23:30:00-05:00", "2021-04-29", "day"),
        ("Thu, 29 Apr 2021 00:30:00 +0200", "2021-04-29", "day"),
        ("20210429", "2021-04-29", "day"),
        (1619654400, "2021-04-29", "day"),
        ("2021", "2021", "year"),
        ("0001-01-01", None, None),
        ("yesterday", None, None),
    ],
)
def test_parse_date(value, iso, precision):
    d = parse_date(value)
    assert (d.iso() if d else None) == iso and (d.precision if d else None) == precision


# --- HTML --------------------------------------------------------------------------------


def test_html_news_page():
    path = str(FIXTURES / "news_page.html")
    [a] = list(read_paths([path]))
    assert a.title == "Byrådet vedtager nyt budget for skolerne"
    assert a.published.iso() == "2023-03-14" and a.published.precision == "day"
    assert a.url == "https://news.example.dk/lokalt/2023/03/14/budget-skoler"
    assert a.outlet == "Vestkysten Test" and a.byline == "Mette Sørensen" and a.lang == "da"
    assert "12 millioner kroner" in a.text and "Forældrerådet" in a.text
    assert "Cookiepolitik" not in a.text and "Mest læste" not in a.text  # boilerplate dropped
    check_id(a)


# --- feeds -------------------------------------------------------------------------------


def test_rss2_feed():
    items = list(read_paths([str(FIXTURES / "rss2.xml")]))
    assert len(items) == 3 and not errors(items)
    a, b, c = items
    assert a.title == "Færgeforbindelse genoptages efter storm" and a.outlet == "Nordisk Testnyt"
    assert a.text.startswith("Færgerne mellem Esbjerg og Fanø sejler igen mandag morgen")
    assert "<" not in a.text and "\n\nRederiet" in a.text
    assert a.published.iso() == "2023-11-06" and a.byline == "Anders Holm" and a.lang == "da"
    assert a.url == "https://testnyt.example.dk/indland/faerge-genoptages" and a.metadata["guid"] == "testnyt-1001"
    assert b.metadata["text_source"] == "content" and "9,5 millioner" in b.text and "alert" not in b.text
    assert b.published.iso() == "2023-11-05"  # the date as written, not shifted to UTC
    assert c.text == c.title and c.metadata["text_source"] == "title" and c.published is None


def test_atom_feed():
    a, b = list(read_feed((FIXTURES / "atom.xml").read_bytes(), "atom.xml"))
    assert a.title == "Port authority approves new ferry terminal" and a.byline == "Priya Raman"
    assert a.published.iso() == "2022-09-29"  # published, local date (UTC would be 09-30)
    assert b.published.iso() == "2022-09-28"  # from updated
    assert a.lang == "en" and a.outlet == "Harbour Gazette (test feed)"
    assert a.url == "https://gazette.example.org/2022/09/ferry-terminal"


def test_feed_from_http_url():
    handler = partial(SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/atom.xml"
        items = list(read_paths([url]))
        assert [a.title for a in items][0] == "Port authority approves new ferry terminal"
        assert all(a.source_path == url for a in items)
        missing = list(read_paths([url.replace("atom.xml", "nope.xml")]))
        assert len(missing) == 1 and "fetch failed" in missing[0].reason
    finally:
        server.shutdown()


# --- WARC --------------------------------------------------------------------------------


def build_warc(gzip: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gzip)
    html = (FIXTURES / "news_page.html").read_bytes()
    ok = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://news.example.dk/a", "response", payload=io.BytesIO(html), http_headers=ok))
    png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://news.example.dk/a.png", "response", payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=png))
    return buf.getvalue()


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_response_and_skipped_record(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(build_warc(gzip=gz))
    stats = ReadStats()
    [a] = list(read_paths([str(path)], stats=stats))
    assert a.title == "Byrådet vedtager nyt budget for skolerne"
    assert a.url == "https://news.example.dk/lokalt/2023/03/14/budget-skoler"  # canonical beats target URI
    assert a.metadata["fetched_url"] == "https://news.example.dk/a" and a.metadata["crawled"]
    assert stats.skipped["skipped non-HTML response"] == 1 and stats.errors == 0 and stats.articles == 1


# --- paths, directories, detection -------------------------------------------------------


def test_directory_walk_sorted_hidden_skipped_and_counted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text(" date 2020-01-02 Second.")
    (tmp_path / "a.txt").write_text(" date 2020-01-01 First.")
    (tmp_path / ".secret.txt").write_text("hidden")
    (tmp_path / ".hidden" / "x.txt").write_text("hidden")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    shutil.copy(FIXTURES / "articles.jsonl", tmp_path / "c.jsonl")
    stats = ReadStats()
    items = list(read_paths([str(tmp_path) + "/"], stats=stats))
    assert [x.source_path for x in items[:2]] == [str(tmp_path) + "/a.txt", str(tmp_path) + "/b/2.txt"]
    assert len(items) == 2 + 5
    assert stats.skipped_files == [str(tmp_path) + "/notes.docx"]
    assert stats.files == 3 and stats.articles == 5 and stats.errors == 2
    assert count_items([str(tmp_path)]) == 2 + 5


def test_glob_and_missing(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Article {i}.")
    items = list(read_paths([str(tmp_path / "*.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "*.none")]))
    assert [getattr(x, "title", None) for x in items[:3]] == ["Article 0.", "Article 1.", "Article 2."]
    assert "no such file" in items[3].reason and "glob matched no files" in items[4].reason


def test_stdin_is_sniffed(monkeypatch):
    data = (FIXTURES / "rss2.xml").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_paths(["-"]))
    assert len(items) == 3 and items[0].source_path == "-"


@pytest.mark.parametrize(
    "name, data, fmt",
    [
        ("x", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("x", b'[{"text": "a"}]', "json"),
        ("x", b"<?xml version='1.0'?><rss><channel/></rss>", "feed"),
        ("x", b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ("x", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("x", b"WARC/1.0\r\n", "warc"),
        ("x", b" date 2021-04 Tekst.", "text"),
        ("x.jsonl", b"whatever", "jsonl"),
        ("x.htm", b"whatever", "html"),
        ("x.warc.gz", b"whatever", "warc"),
    ],
)
def test_detect_format(name, data, fmt):
    assert detect_format(data, name) == fmt


def test_gzipped_jsonl_file(tmp_path):
    import gzip

    p = tmp_path / "a.jsonl.gz"
    p.write_bytes(gzip.compress((FIXTURES / "articles.jsonl").read_bytes()))
    items = list(read_paths([str(p)]))
    assert len(articles(items)) == 3 and len(errors(items)) == 2


def test_limits_come_from_settings():
    class Settings:
        reader_limits = ReaderLimits(max_file_bytes=10)

    [e] = list(read_bytes(b"x" * 11, "big.txt", "text", ReaderLimits(max_file_bytes=10)))
    assert "max_file_bytes=10" in e.reason
    from storyline.ingest import reader_limits

    assert reader_limits(Settings()).max_file_bytes == 10

    class Flat:  # the project's Settings carries the limits as flat fields
        max_file_bytes = 20
        max_json_depth = 3
        db = "x.db"

    got = reader_limits(Flat())
    assert got.max_file_bytes == 20 and got.max_json_depth == 3 and got.max_record_bytes == ReaderLimits().max_record_bytes


def test_tar_archive_members_are_read_in_place(tmp_path):
    import tarfile

    src = tmp_path / "src" / "topic" / "InputDocs" / "2011-02-09"
    src.mkdir(parents=True)
    (src / "1.htm.txt").write_text("Protesters gather in the square . \nMore text .")
    shutil.copy(FIXTURES / "articles.jsonl", tmp_path / "src" / "topic" / "a.jsonl")
    (tmp_path / "src" / "topic" / "ORIGIN.md").write_text("not an article")
    archive = tmp_path / "set.tar.xz"
    with tarfile.open(archive, "w:xz") as tf:
        tf.add(tmp_path / "src" / "topic", arcname="topic")
    stats = ReadStats()
    items = list(read_paths([str(archive)], stats=stats))
    dated = [a for a in articles(items) if a.source_path.endswith("1.htm.txt")]
    assert len(dated) == 1 and dated[0].published.iso() == "2011-02-09"
    assert dated[0].source_path == f"{archive}/topic/InputDocs/2011-02-09/1.htm.txt"
    assert len(articles(items)) == 4 and len(errors(items)) == 2
    assert stats.skipped_files == [f"{archive}/topic/ORIGIN.md"]
    assert count_items([str(archive)]) == 2


def test_damaged_tar_archive(tmp_path):
    p = tmp_path / "bad.tar.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00" + b"junk" * 100)
    items = list(read_paths([str(p)]))
    assert len(items) == 1 and "tar archive" in items[0].reason
