"""Hostile input for the extractors: each input is a correct parse or nothing, never a crash,
a hang or unbounded memory.

The quick tests use hypothesis with bounded example counts; the 50 MB text and the larger
pathological shapes are marked slow. Sizes are chosen so that the quadratic behaviours
fixed in issue 8 (a linear sentence lookup per match, whole-sentence scans and copies per
number, whole-paragraph scans per quote) would take minutes here instead of about a second.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.extract import MAX_EXTRACT_CHARS, bounded, extract
from storyline.extract.dates import extract_dates, find_timexes
from storyline.extract.figures import extract_figures
from storyline.extract.quotes import extract_quotes
from storyline.extract.sentences import MAX_SENTENCE_CHARS, SpanSet, sentence_at, split_sentences
from storyline.ingest import read_json, read_text
from storyline.models import Article, DateMention, ItemError, PartialDate

LANGS = ["en", "da", "de", "fr", "es", "und", "zz", "", "en-GB", "x" * 40]
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)

# anchors at the calendar's ends, at every precision
EDGE_DATES = [dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 1, 1), dt.date(9999, 12, 31),
              dt.date(2021, 2, 28), dt.date(2020, 2, 29)]
anchors = st.one_of(
    st.none(),
    st.builds(PartialDate, st.one_of(st.dates(), st.sampled_from(EDGE_DATES)), st.sampled_from(["year", "month", "day"])),
)
RELATIVE = ["next year", "last year", "i morgen", "i går", "i overmorgen", "tomorrow", "yesterday", "next month",
            "last month", "next week", "last week", "in 3 years", "3 years ago", "om to år", "for to år siden",
            "nächstes Jahr", "l'année prochaine", "el próximo año", "next Monday", "næste mandag", "31 December",
            "31. december", "by the end of the year", "inden udgangen af året", "this weekend", "the 1990s",
            "senest 1. januar", "no later than February 29", "the first quarter", "next spring"]


def _art(text: str, lang: str = "en", published: PartialDate | None = None, title: str = "") -> Article:
    return Article(id="hostile", title=title, text=text, lang=lang, published=published)


def check_extraction(a: Article) -> None:
    """Run every rule-based extractor and check each item is well-formed against the text."""
    text = a.full_text
    spans = split_sentences(text, a.lang)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert spans == sorted(spans)
    for f in extract_figures(a):
        assert 0 <= f.start <= f.end <= len(text)
        assert f.text == text[f.start:f.end].strip()
        assert f.value == f.value  # not NaN
        assert len(f.sentence) <= MAX_SENTENCE_CHARS + (f.end - f.start)
    for d in extract_dates(a):
        assert isinstance(d, DateMention)
        assert 0 <= d.start < d.end <= len(text) and d.text == text[d.start:d.end]
        assert PartialDate.parse(d.value) is not None, d  # a real calendar date, years 1..9999
        assert d.kind in ("deadline", "event", "reference")
        assert len(d.sentence) <= MAX_SENTENCE_CHARS + (d.end - d.start)
    for q in extract_quotes(a):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.speaker


# --- random text --------------------------------------------------------------------------


@QUICK
@given(st.text(max_size=400), st.sampled_from(LANGS), anchors)
def test_random_unicode_never_crashes(text, lang, anchor):
    check_extraction(_art(text, lang, anchor))


@QUICK
@given(st.binary(max_size=400), st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1252"]), st.sampled_from(LANGS))
def test_random_bytes_decoded_never_crash(data, encoding, lang):
    text = data.decode(encoding, errors="replace")
    check_extraction(_art(text, lang))
    # and through the text reader: an article or an item error, nothing else
    for item in read_text(data, "fuzz.txt"):
        assert isinstance(item, (Article, ItemError))
        if isinstance(item, Article):
            check_extraction(item.with_(lang=lang))


@QUICK
@given(st.lists(st.sampled_from(RELATIVE + [" ", ". ", ", ", "\n", '"', "«", "»", "2500", "1.300", "%", "kr.",
                                            "senest", "by", "siden", "since", "9999", "0000", "2021-13-45"]),
                max_size=25),
       st.sampled_from(["en", "da", "de", "fr", "es", "und"]),
       st.sampled_from(EDGE_DATES), st.sampled_from(["year", "month", "day"]))
def test_relative_dates_at_the_calendar_ends(parts, lang, day, precision):
    check_extraction(_art(" ".join(parts), lang, PartialDate(day, precision)))


@pytest.mark.parametrize("day", EDGE_DATES[:4])
@pytest.mark.parametrize("precision", ["year", "month", "day"])
@pytest.mark.parametrize("phrase", RELATIVE)
def test_every_relative_phrase_at_year_bounds(phrase, day, precision):
    """"next year" in an article dated 9999, "i går" in one dated 0001-01-01: no date past
    the calendar's ends is invented, and nothing raises."""
    anchor = PartialDate(day, precision)
    lang = "da" if any(w in phrase for w in ("i ", "om ", "siden", "næste", "inden", "senest")) else "en"
    for tx in find_timexes(f"The troops leave {phrase}.", lang, anchor):
        assert tx.date is None or 1 <= tx.date.year <= 9999
    check_extraction(_art(f"Tropperne forlader landet {phrase}. The troops leave {phrase}.", lang, anchor))


def test_relative_dates_resolve_normally_away_from_the_ends():
    """The guard against calendar overflow does not cost ordinary resolution."""
    a = _art("The troops leave next year, and the talks end tomorrow.", "en", PartialDate(dt.date(2021, 4, 14)))
    values = {d.text: d.value for d in extract_dates(a)}
    assert values["next year"] == "2022"
    assert values["tomorrow"] == "2021-04-15"
    edge = _art("The troops leave next year, and the talks end tomorrow.", "en", PartialDate(dt.date(9999, 12, 31)))
    assert [d.text for d in extract_dates(edge)] == []


@pytest.mark.parametrize("ch", list("a.\"«»“”„-–—?!\n 0123456789%$€") + ["😀", "\u200b", "\x00", "\ufffd", "ß", "İ"])
@pytest.mark.parametrize("lang", ["en", "da", "und"])
def test_one_character_texts(ch, lang):
    check_extraction(_art(ch, lang, PartialDate(dt.date(2021, 4, 14))))
    check_extraction(_art(ch, lang, title=ch))


@pytest.mark.parametrize("text", [
    "1234567890" * 500,
    "12 345 6,7 89.0 " * 300,
    ".,;:!?\"'«»()-–" * 300,
    "😀🇩🇰👍🏽\u200d" * 800,
    "\u0301" * 3000,  # combining marks with nothing to combine with
    "\n" * 3000,
    "- " * 2000,
], ids=["digits", "digit-groups", "punctuation", "emoji", "combining", "newlines", "dashes"])
def test_texts_of_only_digits_punctuation_or_emoji(text):
    for lang in ("en", "da", "und"):
        check_extraction(_art(text, lang, PartialDate(dt.date(2021, 4, 14))))


# --- long and repetitive shapes -------------------------------------------------------------

SHAPES = {
    # one sentence of numbers: used to scan and copy the whole sentence per number
    "digit-sentence": lambda n: "12 345 6,7 89.0 " * (n // 16),
    # one long sentence with deadlines and counts, no sentence end
    "long-sentence": lambda n: "the 25 soldiers said by 31 August next year that " * (n // 50),
    # thousands of quotes in one paragraph: each used to re-read the whole paragraph
    "guillemets": lambda n: "«a b c» " * (n // 8),
    "many-quotes": lambda n: '"we will leave now" said Biden, ' * (n // 32),
    "nested-quotes": lambda n: '"«„' * (n // 6) + '"»“' * (n // 6),
    "open-quote": lambda n: '"' + "word " * (n // 5),
    "dash-paragraph": lambda n: "- " + "a, b " * (n // 5),
    "initials": lambda n: "Mr. A. Mr. B. " * (n // 14),
    "danish": lambda n: "Senest i morgen siger han: »Vi trækker 2500 soldater ud inden 11. september.« " * (n // 80),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_long_pathological_shapes(shape):
    text = SHAPES[shape](20_000)
    for lang in ("en", "da"):
        check_extraction(_art(text, lang, PartialDate(dt.date(2021, 4, 14))))


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_long_pathological_shapes_at_the_extraction_limit(shape):
    check_extraction(_art(SHAPES[shape](MAX_EXTRACT_CHARS), "en", PartialDate(dt.date(2021, 4, 14))))


def test_deeply_repeated_quotes_are_found_and_bounded():
    text = "\n".join(f'"We will leave by {d} August," said Biden.' for d in range(1, 29)) * 20
    quotes = extract_quotes(_art(text, "en"))
    assert len(quotes) == 28 * 20
    assert {q.speaker for q in quotes} == {"Biden"}
    assert all(len(q.sentence) < 200 for q in quotes)


def test_sentence_field_is_bounded_in_a_text_with_no_sentence_ends():
    text = "12 345 6,7 89.0 " * 2000  # 32 kB, 8,000 numbers, one "sentence"
    figures = extract_figures(_art(text, "en"))
    assert len(figures) > 1000
    assert max(len(f.sentence) for f in figures) <= MAX_SENTENCE_CHARS + 20
    # the window is the text around the figure
    f = figures[len(figures) // 2]
    assert f.text in f.sentence


def test_sentence_at_and_spanset_agree_with_the_obvious_definitions():
    text = "One. Two three. Four five six.\nSeven."
    spans = split_sentences(text, "en")
    for pos in range(len(text)):
        expected = (0, 0)
        for a, b in spans:
            if a <= pos < b:
                expected = (a, b)
                break
            if a <= pos:
                expected = (a, b)
        assert sentence_at(spans, pos) == expected
    taken, ref = SpanSet(), []
    for a, b in [(5, 9), (20, 25), (8, 12), (0, 1), (30, 31), (11, 21)]:
        taken.add(a, b)
        ref.append((a, b))
        for x in range(0, 35):
            for y in range(x + 1, x + 6):
                assert taken.overlaps(x, y) == any(x < e and s < y for s, e in ref)


# --- dates in the inputs ---------------------------------------------------------------------


@pytest.mark.parametrize("header, published, error", [
    ("date 0000-01-01", None, True),  # year 0 does not exist
    ("date 9999-12-31", None, True),  # a sentinel, not a publication date: kept as date_raw
    ("date 2021-13-01", None, True),  # month 13
    ("date 2021-02-30", None, True),
    ("date 2021-04", "2021-04", False),
])
def test_date_headers_at_and_past_the_bounds(header, published, error):
    data = f"{header} Havnearbejderne i Korsvig har nedlagt arbejdet igen.".encode()
    items = list(read_text(data, "bounds.txt"))
    assert len(items) == 1 and isinstance(items[0], Article)
    a = items[0]
    assert (a.published.iso() if a.published else None) == published
    assert ("date_error" in a.metadata) == error
    assert a.text.startswith("Havnearbejderne")
    check_extraction(a.with_(lang="da"))


@pytest.mark.parametrize("value", ["9999-12-31", "0000-01-01", "2021-13-01", "0001-01-01", "99999-01-01",
                                   "-2021-01-01", 1e300, -1, True, None, [], {"y": 2021}, "2021-04-31T25:61"])
def test_json_dates_at_and_past_the_bounds(value):
    import json

    data = json.dumps({"title": "Troops", "text": "The troops leave next year and tomorrow.", "date": value}).encode()
    items = list(read_json(data, "bounds.json"))
    assert len(items) == 1 and isinstance(items[0], Article)
    a = items[0]
    assert a.published is None or 1800 <= a.published.value.year <= 2100
    check_extraction(a.with_(lang="en"))


# --- the 50 MB text ------------------------------------------------------------------------


def test_extract_reads_a_bounded_prefix():
    long = _art("Biden said 2,500 soldiers leave by 31 August. " * 6000, "en", PartialDate(dt.date(2021, 4, 14)))
    b = bounded(long, limit=10_000)
    assert len(b.full_text) == 10_000 and long.full_text.startswith(b.full_text)
    assert b.id == long.id and b.published == long.published
    titled = _art("body " * 10, title="A title")
    assert bounded(titled, limit=12).full_text == titled.full_text[:12]
    assert bounded(titled) is titled


BIG_SCRIPT = textwrap.dedent("""
    import datetime as dt, json, os, resource, sys, tempfile, tracemalloc
    from storyline.extract import MAX_EXTRACT_CHARS, extract
    from storyline.ingest import read_paths
    from storyline.models import Article, ItemError, PartialDate

    size = int(sys.argv[1])
    unit = "Biden said 2,500 soldiers will leave by 31 August. «We go now,» siger han i morgen. "
    text = (unit * (size // len(unit) + 1))[:size]
    out = {}
    # load the models first: their weights are a fixed cost, not part of the working set bounded here
    warm = Article(id="warm", title="", text=unit * 3, lang="en", published=PartialDate(dt.date(2021, 4, 14)))
    extract(warm)
    tracemalloc.start()
    a = Article(id="big", title="", text=text, lang="en", published=PartialDate(dt.date(2021, 4, 14)))
    ex = extract(a)
    out["extract_peak"] = tracemalloc.get_traced_memory()[1]
    out["max_end"] = max([x.end for x in ex.figures + ex.dates + ex.quotes + ex.entities] or [0])
    out["n"] = [len(ex.figures), len(ex.dates), len(ex.quotes)]
    tracemalloc.reset_peak()
    d = tempfile.mkdtemp()
    path = os.path.join(d, "big.txt")
    with open(path, "w") as f:
        f.write("date 2021-04-14 " + text)
    items = list(read_paths([path]))
    out["read_peak"] = tracemalloc.get_traced_memory()[1]
    out["items"] = [type(i).__name__ + ":" + (i.reason if isinstance(i, ItemError) else i.title) for i in items]
    out["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(out))
""")


def run_big(size: int) -> dict:
    import json

    done = subprocess.run([sys.executable, "-c", BIG_SCRIPT, str(size)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_fifty_megabyte_text_is_bounded_in_time_and_memory():
    size = 50 * 1024 * 1024
    out = run_big(size)
    # extraction reads a prefix: every offset lies in it, and it found things there
    assert out["max_end"] <= MAX_EXTRACT_CHARS
    assert all(n > 0 for n in out["n"])
    # memory: the text itself (50 MB, one byte per character) plus a bounded working set;
    # nothing proportional to (text size x matches)
    assert out["extract_peak"] < 3 * size, out
    assert out["read_peak"] < 8 * size, out
    assert out["maxrss_kb"] * 1024 < 3 * 1024 ** 3, out
    # the reader turns a 50 MB "article" into one item error that names the limit
    assert len(out["items"]) == 1 and out["items"][0].startswith("ItemError:")
    assert "max_text_chars" in out["items"][0]


@pytest.mark.slow  # runs the spaCy entity model over MAX_EXTRACT_CHARS characters
def test_extract_of_a_long_article_stays_in_its_prefix():
    a = _art("Biden said 2,500 soldiers leave by 31 August. " * 5000, "en", PartialDate(dt.date(2021, 4, 14)))
    assert len(a.full_text) > MAX_EXTRACT_CHARS
    ex = extract(a)
    assert ex.figures and ex.dates
    assert max(x.end for x in ex.figures + ex.dates + ex.quotes + ex.entities) <= MAX_EXTRACT_CHARS
