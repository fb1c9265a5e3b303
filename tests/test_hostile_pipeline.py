"""The whole pipeline over batches that mix good and hostile items: every good article is
stored, every bad item is an error record, nothing is lost, nothing crashes the batch."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.ingest import read_paths
from storyline.models import Article, ItemError, PartialDate
from storyline.pipeline import ingest
from storyline.settings import Settings
from storyline.store import open_store

GOOD = [
    ("Alliance troops begin leaving", "Alliance troops began leaving the base on Thursday, officials said. "
     "About 2,500 soldiers will go home by the end of August.", "en", "2021-04-29"),
    ("Tropperne forlader basen", "Tropperne begyndte torsdag at forlade basen, oplyser forsvaret. "
     "Omkring 2500 soldater skal hjem inden udgangen af august.", "da", "2021-04-29"),
    ("Flood waters recede in the valley", "Flood waters receded on Monday and 300 families returned home. "
     "The regional council said repairs would take until next spring.", "en", "2021-03-01"),
]


def good_articles(prefix: str = "good") -> list[Article]:
    out = []
    for i, (title, text, lang, date) in enumerate(GOOD):
        out.append(Article(id=Article.make_id(f"{prefix}{i}", title, text), title=title, text=text, lang=lang,
                           published=PartialDate.parse(date), outlet=f"Outlet {i}"))
    return out


def hostile_articles() -> list[Article]:
    """Articles that readers can produce from hostile input (all well-typed, all odd)."""
    def art(key: str, text: str, **kw) -> Article:
        return Article(id=Article.make_id("hostile:" + key, kw.get("title", ""), text), text=text,
                       **{"title": "", **kw})

    return [
        art("one", "x"),
        art("emoji", "😀🇩🇰👍🏽" * 300),
        art("digits", "1234567890 " * 1000),
        art("punct", ".,;:!?\"'«»()" * 500),
        art("nul", "NUL \x00 and \x1b escape \u202e bidi override", title="\x00\u202e"),
        art("y9999", "Next year and tomorrow the troops leave.", lang="en", published=PartialDate(dt.date(9999, 12, 31))),
        art("y1", "Sidste måned og i går forlod tropperne landet.", lang="da", published=PartialDate(dt.date(1, 1, 1), "year")),
        art("langjunk", "Some text in a language code nobody knows about.", lang="zzz"),
        art("quotes", '"We leave now," said Biden. ' * 300, lang="en"),
        art("longsent", "the 25 soldiers said by 31 August next year that " * 200, lang="en"),
        art("html", '<script>alert(1)</script><a href="javascript:alert(1)">x</a>" onmouseover="alert(1)',
            title='<img src=x onerror=alert(1)>', outlet='"><script>alert(2)</script>', url="javascript:alert(3)"),
        art("sql", "'; DROP TABLE articles; -- \" OR 1=1 --", title="Robert'); DROP TABLE articles;--"),
    ]


def run(items, tmp_path, name="hostile.db"):
    store = open_store(str(tmp_path / name))
    try:
        report = ingest([], store, Settings(db=str(tmp_path / name), embedder="hashing"), items=items)
        return report, store.count_articles(), list(store.iter_errors()), {r.article.id for r in store.iter_articles()}
    finally:
        store.close()


def test_good_and_hostile_articles_and_errors_in_one_batch(tmp_path):
    good, bad = good_articles(), hostile_articles()
    errors = [ItemError("feed.xml", "entry 3", "feed entry has neither title nor text"),
              ItemError("x.jsonl", "line 9", "record is not JSON")]
    items = [good[0], *bad[:5], errors[0], good[1], *bad[5:], errors[1], good[2]]
    report, count, stored_errors, ids = run(items, tmp_path)
    assert report.errors == 2 and report.duplicates == 0
    assert report.ingested == len(good) + len(bad) == count
    assert {a.id for a in good} <= ids and {a.id for a in bad} <= ids
    assert [(e["source_path"], e["locator"]) for e in stored_errors] == [("feed.xml", "entry 3"), ("x.jsonl", "line 9")]
    # nothing lost: every item is an article, a duplicate or an error
    assert report.ingested + report.duplicates + report.errors == len(items)
    # and re-running the same batch changes nothing (idempotent ids)
    store = open_store(str(tmp_path / "hostile.db"))
    try:
        again = ingest([], store, Settings(db=str(tmp_path / "hostile.db"), embedder="hashing"), items=items)
        assert again.ingested == 0 and again.duplicates == len(good) + len(bad)
        assert store.count_articles() == count
        assert store.integrity_check() == []
    finally:
        store.close()


def test_hostile_files_through_the_readers_and_the_pipeline(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(" date 2021-04-29 " + GOOD[1][1], encoding="utf-8")
    (d / "year0.txt").write_text(" date 0000-01-01 " + GOOD[0][1], encoding="utf-8")
    (d / "month13.txt").write_text("date 2021-13-01 " + GOOD[2][1], encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "only-date.txt").write_text("date 2021-04-01", encoding="utf-8")
    (d / "big.txt").write_text("x " * 600_000, encoding="utf-8")  # over max_text_chars
    recs = [
        {"title": "One", "text": GOOD[0][1], "date": "9999-12-31", "lang": "en"},
        "not an object",
        {"title": "Surrogate \ud800", "text": "A lone \udfff surrogate in an article text.", "extra": {"k\udc00": 1}},
        {"title": "Deep", "text": "deep", "meta": json.loads("[" * 100 + "]" * 100)},
        {"title": "No text"},
        {"title": "Three", "text": GOOD[2][1], "date": "2021-03-01"},
    ]
    lines = [json.dumps(r) for r in recs]
    lines.insert(3, "{broken json")
    (d / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d.joinpath("odd\udcffname.txt")).write_bytes(b"date 2021-04 A file whose name holds an undecodable byte.")

    items = list(read_paths([str(d)], settings=Settings(embedder="hashing")))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ItemError)]
    titles = {a.title for a in arts}
    assert {"One", "Three", "Surrogate \ufffd"} <= titles
    assert any(a.published is None and a.metadata.get("date_raw") == "9999-12-31" for a in arts)
    reasons = " | ".join(e.reason for e in errs)
    for expected in ("max_text_chars", "max_json_depth", "no text", "expected an object", "empty file"):
        assert expected in reasons, reasons
    report, count, stored_errors, ids = run(items, tmp_path)
    assert report.ingested == len(arts) == count and {a.id for a in arts} == ids
    assert report.errors == len(errs) == len(stored_errors)
    assert all("\ud800" not in e["source_path"] and "\udcff" not in e["source_path"] for e in stored_errors)


articles_strategy = st.builds(
    lambda title, text, lang, day, prec: Article(id=Article.make_id("hyp", title, text), title=title, text=text,
                                                 lang=lang, published=PartialDate(day, prec) if day else None),
    st.text(max_size=60).map(lambda s: s.encode("utf-8", "replace").decode("utf-8", "replace")),
    st.text(min_size=1, max_size=300).map(lambda s: s.encode("utf-8", "replace").decode("utf-8", "replace")),
    st.sampled_from(["en", "da", "und", "de", "qq"]),
    # the readers keep publication dates in 1800..2100 (ingest.common.MIN_YEAR/MAX_YEAR)
    st.one_of(st.none(), st.dates(dt.date(1800, 1, 1), dt.date(2100, 12, 31))),
    st.sampled_from(["year", "month", "day"]),
)


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.lists(articles_strategy, min_size=1, max_size=6))
def test_random_batches_store_every_article(tmp_path_factory, batch):
    tmp = tmp_path_factory.mktemp("hyp")
    items = good_articles("hyp") + batch
    report, count, _, ids = run(items, tmp)
    unique = {a.id for a in items}
    assert report.errors == 0
    assert ids == unique and count == len(unique)
    assert report.ingested + report.duplicates == len(items)


@pytest.mark.slow
def test_fifty_megabyte_file_in_a_batch_is_one_error(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(" date 2021-04-29 " + GOOD[1][1], encoding="utf-8")
    unit = "Biden said 2,500 soldiers will leave by 31 August. "
    with open(d / "b-huge.txt", "w", encoding="utf-8") as f:
        f.write(" date 2021-04-29 ")
        for _ in range(50 * 1024 * 1024 // len(unit)):
            f.write(unit)
    (d / "c.txt").write_text(" date 2021-03-01 " + GOOD[2][1], encoding="utf-8")
    items = list(read_paths([str(d)]))
    report, count, errors, _ = run(items, tmp_path)
    assert count == 2 and report.errors == 1
    assert "max_text_chars" in errors[0]["reason"] and errors[0]["source_path"].endswith("b-huge.txt")


def test_an_article_dated_december_9999_does_not_end_the_run(tmp_path):
    odd = Article(id="dec9999", title="", text="The troops leave next month.", lang="en",
                  published=PartialDate(dt.date(9999, 12, 1), "month"))
    report, count, _, _ = run([odd, *good_articles()], tmp_path)
    assert count == 1 + len(GOOD)
