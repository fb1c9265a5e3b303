"""The bundled demo corpus is well-formed, matches its gold labels and copies nothing."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from storyline.demo import REQUIRED_FIELDS, corpus_files, iter_records, load_gold
from storyline.models import PartialDate, normalise_text

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
RESERVED_URL = re.compile(r"^https://example\.(org|com|net)/[\w./-]+$")
LANGS = {"da", "en", "de", "fr", "es"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return list(iter_records())


@pytest.fixture(scope="module")
def by_url(records) -> dict[str, dict]:
    return {r["url"]: r for r in records}


@pytest.fixture(scope="module")
def gold() -> dict:
    return load_gold()


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _jaccard(a: str, b: str) -> float:
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb)


def _day(r: dict) -> dt.date:
    return PartialDate.parse(r["date"]).value


# -- format --------------------------------------------------------------------------


def test_every_line_is_json_with_required_fields():
    files = corpus_files()
    assert {p.stem for p in files} == LANGS
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            rec = json.loads(line)
            missing = [f for f in REQUIRED_FIELDS if not isinstance(rec.get(f), str) or not rec[f].strip()]
            assert not missing, f"{path.name}:{n} lacks {missing}"
            assert rec["lang"] == path.stem, f"{path.name}:{n}"
            assert RESERVED_URL.match(rec["url"]), rec["url"]
            assert re.fullmatch(r"2025-\d\d(-\d\d)?", rec["date"]), rec["date"]
            assert PartialDate.parse(rec["date"]) is not None


def test_article_shape(records):
    for r in records:
        words = len(r["text"].split())
        assert 120 <= words <= 400, (r["url"], words)
        paras = r["text"].split("\n\n")
        assert len(paras) >= 4 and all(p.strip() == p and p for p in paras), r["url"]
        assert "\n" not in r["title"] and len(r["title"]) < 120


def test_urls_and_texts_are_unique(records):
    assert len({r["url"] for r in records}) == len(records)
    assert len({normalise_text(r["text"]) for r in records}) == len(records)


# -- counts and spread ---------------------------------------------------------------


def test_counts(records, gold):
    assert len(records) >= 48
    assert {r["lang"] for r in records} == LANGS
    multi = [s for s, info in gold["stories"].items() if info["articles"] >= 3]
    assert len(multi) >= 6
    for s in multi:
        assert len(gold["stories"][s]["languages"]) >= 3, s


def test_dates_span_weeks_and_mixed_precision(records):
    dates = [PartialDate.parse(r["date"]) for r in records]
    days = [d.value for d in dates if d.precision == "day"]
    assert (max(days) - min(days)).days >= 8 * 7
    months = [d for d in dates if d.precision == "month"]
    assert 2 <= len(months) < len(days) / 5
    assert len({d.isocalendar()[1] for d in days}) >= 8


# -- gold ------------------------------------------------------------------------------


def test_gold_urls_match_corpus(by_url, gold):
    assert set(gold["articles"]) == set(by_url)
    for url, g in gold["articles"].items():
        assert g["story"] in gold["stories"]
        assert g["lang"] == by_url[url]["lang"] and g["date"] == by_url[url]["date"]
    for s, info in gold["stories"].items():
        members = [u for u, g in gold["articles"].items() if g["story"] == s]
        assert len(members) == info["articles"]
        assert sorted({by_url[u]["lang"] for u in members}) == info["languages"]


def test_events_are_short_and_inside_one_story(by_url, gold):
    events: dict[str, list[str]] = defaultdict(list)
    for url, g in gold["articles"].items():
        events[g["event"]].append(url)
    for ev, urls in events.items():
        assert len({gold["articles"][u]["story"] for u in urls}) == 1, ev
        days = [_day(by_url[u]) for u in urls if len(by_url[u]["date"]) == 10]
        if days:
            assert (max(days) - min(days)).days <= 4, ev


def test_copies_are_near_copies_and_nothing_else_is(by_url, gold):
    copies = {(c["url"], c["copy_of"]) for c in gold["copies"]}
    assert len(copies) >= 4
    for url, orig in copies:
        assert gold["articles"][url]["copy_of"] == orig
        a, b = by_url[url], by_url[orig]
        assert a["source"] != b["source"] and a["title"] != b["title"] and a["text"] != b["text"]
        assert a["lang"] == b["lang"] and a["date"] == b["date"]
        assert _jaccard(a["text"], b["text"]) >= 0.7, url
    pairs = {frozenset(p) for p in copies}
    for a, b in itertools.combinations(by_url.values(), 2):
        if a["lang"] == b["lang"] and frozenset((a["url"], b["url"])) not in pairs:
            assert _jaccard(a["text"], b["text"]) < 0.3, (a["url"], b["url"])
    assert {u for u, g in gold["articles"].items() if g["copy_of"]} == {u for u, _ in copies}


def _assert_surface(by_url, fact):
    for lang, form in fact.get("surface", {}).items():
        hits = [u for u in fact["urls"] if by_url[u]["lang"] == lang]
        assert hits, (fact.get("key"), lang)
        for u in hits:
            full = by_url[u]["title"] + "\n" + by_url[u]["text"]
            assert form.lower() in full.lower(), (u, form)


def test_facts_reference_corpus_and_appear_in_text(by_url, gold):
    facts = gold["facts"]
    for md in facts["moving_deadlines"]:
        values = [v["value"] for v in md["values"]]
        assert len(set(values)) == len(values) >= 2
        for v in md["values"]:
            _assert_surface(by_url, v)
            assert all(gold["articles"][u]["story"] == md["story"] for u in v["urls"])
    port = next(m for m in facts["moving_deadlines"] if m["story"] == "korsvig-port-strike")
    assert [v["value"] for v in port["values"]] == ["2025-06-01", "2025-07-15"]
    for v in port["values"]:
        assert len({by_url[u]["lang"] for u in v["urls"]}) >= 3
    for df in facts["date_facts"]:
        _assert_surface(by_url, df)
        assert dt.date.fromisoformat(df["value"])
    for cf in facts["corroborated_figures"]:
        _assert_surface(by_url, cf)
    evac = next(f for f in facts["corroborated_figures"] if f["key"] == "people evacuated")
    assert {by_url[u]["lang"] for u in evac["urls"]} >= {"en", "da", "de", "fr"}
    (contra,) = facts["contradicting_figures"]
    assert len({r["value"] for r in contra["reports"]}) >= 2
    for rep in contra["reports"]:
        _assert_surface(by_url, rep)
        assert all(by_url[u]["date"] == contra["as_of"] for u in rep["urls"])
    for ch in facts["changing_figures"]:
        as_of = [v["as_of"] for v in ch["values"]]
        assert as_of == sorted(as_of)


def test_singletons_and_tricky_pair(by_url, gold):
    for u in gold["singletons"]:
        story = gold["articles"][u]["story"]
        assert sum(g["story"] == story for g in gold["articles"].values()) == 1
    assert len(gold["singletons"]) >= 2
    for pair in gold["tricky_pairs"]:
        a, b = pair["urls"]
        assert gold["articles"][a]["story"] != gold["articles"][b]["story"]
        for u in (a, b):
            assert pair["place"] in by_url[u]["text"]


def test_aliases_occur_in_corpus(records, gold):
    corpus = "\n".join(r["title"] + "\n" + r["text"] for r in records)
    for alias in gold["aliases"]:
        for name in [alias["canonical"], *alias["variants"]]:
            assert name in corpus, name


def test_escaping_article_carries_literal_markup(by_url, gold):
    text = by_url[gold["escaping_test_url"]]["text"]
    assert "<script>alert(1)</script>" in text
    assert "javascript:" in text
    for snippet in gold["escaping_test_snippets"]:
        assert snippet in text


def test_locale_conventions(records):
    """Quotes and number styles follow each language's newspaper conventions."""
    by_lang = defaultdict(str)
    for r in records:
        by_lang[r["lang"]] += r["text"] + "\n"
    assert re.search(r"^- .+, siger ", by_lang["da"], re.M)
    assert "“" in by_lang["en"] and " said" in by_lang["en"]
    assert "„" in by_lang["de"] and "“" in by_lang["de"]
    assert "« " in by_lang["fr"] and " »" in by_lang["fr"]
    assert "«" in by_lang["es"] or '"' in by_lang["es"]
    assert re.search(r"\b\d{1,3}\.\d{3}\b", by_lang["da"]) and re.search(r"\b\d+,\d\b", by_lang["da"])
    assert re.search(r"\b\d{1,3},\d{3}\b", by_lang["en"])
    assert re.search(r"\b\d{1,3} \d{3}\b", by_lang["fr"])


# -- provenance ------------------------------------------------------------------------


def _seed_texts() -> list[str]:
    if not SEEDS.is_dir():
        pytest.skip("seed articles not available (../shared/seeds)")
    out = []
    for p in sorted(SEEDS.glob("*.txt")):
        raw = p.read_text(encoding="utf-8", errors="replace")
        out.append(re.sub(r"^\s*date\s+\d{4}(-\d\d){0,2}\s*", "", raw))
    if not out:
        pytest.skip("no seed articles found")
    return out


def test_no_seed_text_in_corpus(records):
    corpus = normalise_text(" ".join(r["title"] + " " + r["text"] for r in records)).lower()
    corpus_shingles = _shingles(corpus, 8)
    for seed in _seed_texts():
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", seed):
            sentence = normalise_text(sentence).lower()
            if len(sentence.split()) >= 5:
                assert sentence not in corpus, sentence
        assert not (_shingles(seed, 8) & corpus_shingles)
