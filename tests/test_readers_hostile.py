"""Hostile and broken input: every case is a correct parse or an ItemError with a clear reason,
never an exception out of the reader, never a silently dropped item."""
from __future__ import annotations

import gzip
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.ingest import ReaderLimits, read_bytes, read_feed, read_html, read_json, read_jsonl, read_paths, read_text, read_warc
from storyline.models import Article, ItemError

from test_readers import build_warc

DANISH = " date 2021-04 Grønne æbler og blå øer på Ærø.\n\nAndet afsnit med å og ø."
LIMITS = ReaderLimits()


def only_error(items, *words):
    items = list(items)
    assert len(items) == 1 and isinstance(items[0], ItemError), items
    for w in words:
        assert w in items[0].reason, items[0].reason
    return items[0]


# --- encodings and junk ------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252", "latin-1", "utf-16-le"])
def test_text_encodings(encoding):
    [a] = list(read_text(DANISH.encode(encoding), "x.txt"))
    assert isinstance(a, Article)
    assert a.title == "Grønne æbler og blå øer på Ærø." and a.published.iso() == "2021-04"
    assert "Andet afsnit med å og ø." in a.text


def test_utf16_jsonl_with_bom():
    data = '{"text": "Grøn tekst", "date": "2021-04-29"}\n{"text": "Blå"}\n'.encode("utf-16")
    items = list(read_jsonl(data, "u16.jsonl"))
    assert [a.text for a in items] == ["Grøn tekst", "Blå"]


def test_cp1252_line_in_utf8_jsonl():
    data = '{"text": "fin"}\n'.encode() + '{"text": "Søren sagde “ja”"}\n'.encode("cp1252")
    a, b = list(read_jsonl(data, "mixed.jsonl"))
    assert b.text == "Søren sagde “ja”"


@pytest.mark.parametrize("reader", [read_text, read_json, read_html, read_feed])
def test_binary_junk_is_an_error(reader):
    junk = bytes(range(256)) * 8 + os.urandom(512)
    items = list(reader(junk, "junk.bin"))
    assert len(items) == 1 and isinstance(items[0], ItemError)


def test_binary_junk_via_read_paths(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(b"\x00\x01\x02\xff\xfe" * 500 + os.urandom(1000))
    only_error(read_paths([str(p)]), "binary")


@pytest.mark.parametrize("name", ["e.txt", "e.json", "e.jsonl", "e.html", "e.xml", "e.warc"])
def test_empty_files(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"")
    only_error(read_paths([str(p)]), "empty")
    p.write_bytes(b"  \n\n \t\n")
    err = only_error(read_paths([str(p)]))
    assert err.source_path == str(p)


def test_date_line_without_text():
    only_error(read_text(b" date 2021-04-29 \n\n", "x.txt"), "no article text")


# --- malformed structure -----------------------------------------------------------------


@pytest.mark.parametrize("data", [b'{"text": "unterminated', b"[1, 2", b"{'single': 'quotes'}", b"nul"])
def test_malformed_json(data):
    only_error(read_json(data, "bad.json"), "malformed JSON")


def test_deeply_nested_json_is_refused():
    deep = b"[" * 100_000 + b"]" * 100_000
    only_error(read_json(deep, "deep.json"), "max_json_depth")
    rec = {"text": "ok", "meta": json.loads("[" * 100 + "]" * 100)}
    only_error(read_json(json.dumps(rec).encode(), "deep2.json"), "nests 101 levels")
    items = list(read_jsonl(b'{"text": "fine"}\n' + b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"\n", "deep.jsonl"))
    assert isinstance(items[0], Article) and isinstance(items[1], ItemError) and "max_json_depth" in items[1].reason


def test_huge_line_is_an_error_and_reading_goes_on():
    limits = ReaderLimits(max_record_bytes=1000)
    data = b'{"text": "before"}\n{"text": "' + b"x" * 50_000 + b'"}\n{"text": "after"}\n'
    items = list(read_jsonl(io.BytesIO(data), "huge.jsonl", limits))
    assert isinstance(items[0], Article) and items[0].text == "before"
    assert isinstance(items[1], ItemError) and items[1].locator == "line 2" and "max_record_bytes=1000" in items[1].reason
    assert isinstance(items[2], Article) and items[2].text == "after"


def test_huge_record_in_json_list():
    limits = ReaderLimits(max_record_bytes=1000)
    doc = [{"text": "small"}, {"text": "y" * 5000}]
    items = list(read_json(json.dumps(doc).encode(), "big.json", limits))
    assert isinstance(items[0], Article) and "max_record_bytes" in items[1].reason


def test_file_over_max_file_bytes(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 1000)
    only_error(read_paths([str(p)], settings=ReaderLimits(max_file_bytes=100)), "max_file_bytes=100")


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><div><p>Unclosed <b>bold <i>and <p>nested paragraphs with enough words to be text here and more.",
        b"</html></body><<<>>>",
        b"<html><head><title>Only a title</title></head></html>",
        b"<html>" + b"<div>" * 5000 + b"deep" + b"</div>" * 5000 + b"</html>",
        b"<?xml version='1.0'?><html><body><p>" + "æøå ".encode() * 50 + b"</p></body></html>",
    ],
)
def test_malformed_html_never_raises(html):
    items = list(read_html(html, "bad.html"))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, ItemError):
        assert item.reason
    else:
        assert item.text.strip()


def test_html_without_main_text():
    only_error(read_html(b"<html><head><title>x</title></head><body></body></html>", "x.html"), "no main text")


# --- XML attacks -------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>Laughs</title><description>&lol9;</description></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title>
<item><title>Secret</title><description>&xxe;</description></item></channel></rss>"""

XXE_PARAM = b"""<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>x</title></entry></feed>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, XXE, XXE_PARAM, BILLION_LAUGHS.replace(b"</rss>", b"")])
def test_entity_attacks_are_refused(data):
    err = only_error(read_feed(data, "evil.xml"))
    assert "entit" in err.reason or "DTD" in err.reason or "external" in err.reason
    assert "root:" not in err.reason  # /etc/passwd content never appears


def test_entity_attack_in_utf16_is_refused():
    data = XXE.decode().replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>').encode("utf-16")
    only_error(read_feed(data, "evil16.xml"))


def test_bare_doctype_rss091_is_allowed():
    data = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old feed</title><language>en-us</language>
<item><title>Still works</title><link>https://old.example.com/1</link><description>An old-style item.</description></item>
</channel></rss>"""
    [a] = list(read_feed(data, "old.xml"))
    assert a.title == "Still works" and a.lang == "en" and a.outlet == "Old feed"


def test_malformed_feed_xml():
    only_error(read_feed(b"<rss><channel><title>broken", "broken.xml"))
    only_error(read_feed(b"<?xml version='1.0'?><urlset><url/></urlset>", "sitemap.xml"), "not an RSS or Atom feed")
    # Lenient: an unescaped ampersand is malformed XML, but the entries are still read.
    data = (b"<rss version='2.0'><channel><title>A & B</title><item><title>Fish & chips</title>"
            b"<description>Prices up & down.</description></item></channel></rss>")
    [a] = list(read_feed(data, "amp.xml"))
    assert a.title == "Fish & chips"


# --- WARC damage -------------------------------------------------------------------------


def test_truncated_gzip_warc_keeps_earlier_records():
    whole = build_warc(gzip=True)
    items = list(read_warc(whole[:-40], "cut.warc.gz"))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], ItemError) and "truncated" in items[-1].reason and "offset" in items[-1].locator
    only_error(read_warc(whole[:200], "cut.warc.gz"), "truncated")


def test_truncated_plain_warc_record():
    whole = build_warc(gzip=False)
    only_error(read_warc(whole[:900], "cut.warc"), "truncated WARC record")


def test_warc_gzip_bomb_is_refused():
    limits = ReaderLimits(gzip_ratio_floor_bytes=1024 * 1024, max_gzip_ratio=50)
    bomb = gzip.compress(b"WARC/1.0\r\n" + b"\0" * (64 * 1024 * 1024), compresslevel=9)
    only_error(read_warc(bomb, "bomb.warc.gz", limits), "gzip bomb")


def test_oversized_warc_html_payload():
    limits = ReaderLimits(max_decompressed_bytes=500)
    items = list(read_warc(build_warc(gzip=True), "big.warc.gz", limits))
    assert len(items) == 1 and "max_decompressed_bytes=500" in items[0].reason and items[0].locator.startswith("offset")


def test_not_a_warc():
    only_error(read_warc(b"hello world", "x.warc"), "not a WARC")
    only_error(read_warc(gzip.compress(b"hello world\n\n"), "x.warc.gz"))


def test_gzip_bomb_jsonl(tmp_path):
    p = tmp_path / "bomb.jsonl.gz"
    p.write_bytes(gzip.compress(b" " * (80 * 1024 * 1024), compresslevel=9))
    only_error(read_paths([str(p)], settings=ReaderLimits(gzip_ratio_floor_bytes=1024 * 1024, max_gzip_ratio=50)), "gzip bomb")


# --- fuzzing: random bytes never raise out of a reader ----------------------------------

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PREFIXES = st.sampled_from([b"", b" date 2021-04 ", b"{", b'{"text": "', b"<rss><channel><item>", b"<html><body>", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b"\xff\xfe"])


def _check(items):
    items = list(items)
    assert items, "a reader must yield at least one item or error"
    for x in items:
        assert isinstance(x, (Article, ItemError))
        if isinstance(x, Article):
            assert x.text.strip() and x.id
        else:
            assert x.reason


@FUZZ
@given(prefix=PREFIXES, body=st.binary(max_size=400))
def test_fuzz_text(prefix, body):
    _check(read_text(prefix + body, "f.txt"))


@FUZZ
@given(prefix=PREFIXES, body=st.binary(max_size=400))
def test_fuzz_json(prefix, body):
    _check(read_json(prefix + body, "f.json"))


@FUZZ
@given(prefix=PREFIXES, body=st.binary(max_size=400))
def test_fuzz_jsonl(prefix, body):
    _check(read_jsonl(prefix + body, "f.jsonl"))


@FUZZ
@given(prefix=PREFIXES, body=st.binary(max_size=400))
def test_fuzz_html(prefix, body):
    _check(read_html(prefix + body, "f.html"))


@FUZZ
@given(prefix=PREFIXES, body=st.binary(max_size=400))
def test_fuzz_feed(prefix, body):
    _check(read_feed(prefix + body, "f.xml"))


@FUZZ
@given(prefix=PREFIXES, body=st.binary(max_size=400))
def test_fuzz_warc(prefix, body):
    _check(read_warc(prefix + body, "f.warc"))


@FUZZ
@given(data=st.binary(max_size=600))
def test_fuzz_sniffed(data):
    _check(read_bytes(data, "-"))


@settings(max_examples=25, deadline=None)
@given(cut=st.integers(min_value=1, max_value=3000), flip=st.integers(min_value=0, max_value=3000))
def test_fuzz_damaged_warc(cut, flip):
    whole = bytearray(build_warc(gzip=True))
    if flip < len(whole):
        whole[flip] ^= 0xFF
    _check(read_warc(bytes(whole[:cut]), "damaged.warc.gz"))


def test_overlong_records_are_refused_before_cleaning_and_the_rest_goes_on():
    import json as _json

    from storyline.ingest import read_bytes
    from storyline.ingest.common import text_too_long
    from storyline.ingest.limits import ReaderLimits

    limits = ReaderLimits(max_text_chars=1_000)
    # mostly whitespace: cleans down below the limit, so it is not refused early
    assert text_too_long("a " + " " * 5_000, 1_000, "x") is None
    assert text_too_long("word " * 450, 1_000, "x") is None  # 1,800 solid characters: within twice the limit
    err = text_too_long("word " * 2_000, 1_000, "x", "line 3")
    assert err is not None and "max_text_chars=1000" in err.reason and err.locator == "line 3"
    lines = [{"text": "long " * 3_000, "title": "Long"}, {"text": "The harbour strike ended on Monday.", "title": "Short"}]
    data = "\n".join(_json.dumps(r) for r in lines).encode()
    items = list(read_bytes(data, "two.jsonl", "jsonl", limits))
    assert [type(i).__name__ for i in items] == ["ItemError", "Article"]
    assert "max_text_chars" in items[0].reason and items[1].title == "Short"
