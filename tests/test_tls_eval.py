"""The timeline-summarisation evaluator of bench/tls.py on tiny hand-made timelines with known scores."""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("snowballstemmer")

_spec = importlib.util.spec_from_file_location("bench_tls", Path(__file__).resolve().parents[1] / "bench" / "tls.py")
tls = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tls)

D1, D2, D3 = dt.date(2011, 3, 1), dt.date(2011, 3, 2), dt.date(2011, 3, 10)
# three-letter nonsense-free words: not stop words and too short to be stemmed
REF = {D1: ["axe bog cup dew"], D3: ["elk fig gum hut"]}


def test_perfect_match_scores_one():
    s = tls.evaluate(REF, REF)
    assert s["date"]["f1"] == 1.0
    for key in ("align_m1_rouge1", "align_m1_rouge2", "agreement_rouge1", "concat_rouge2"):
        assert s[key]["f1"] == pytest.approx(1.0)


def test_right_dates_wrong_words():
    pred = {D1: ["jam kit lad mop"], D3: ["nib oak pug rye"]}
    s = tls.evaluate(pred, REF)
    assert s["date"]["f1"] == 1.0
    assert s["align_m1_rouge1"]["f1"] == 0.0
    assert s["concat_rouge1"]["f1"] == 0.0


def test_partial_overlap_same_date():
    s = tls.evaluate({D1: ["axe bog elk fig"]}, {D1: ["axe bog cup dew"]})
    assert s["align_m1_rouge1"]["precision"] == pytest.approx(0.5)
    assert s["align_m1_rouge1"]["recall"] == pytest.approx(0.5)
    assert s["align_m1_rouge2"]["f1"] == pytest.approx(1 / 3)  # (axe bog) of 3 bigrams each side


def test_one_day_off_is_weighted_by_half():
    s = tls.evaluate({D2: ["axe bog cup dew"]}, {D1: ["axe bog cup dew"]})
    assert s["date"]["f1"] == 0.0
    assert s["agreement_rouge1"]["f1"] == 0.0
    assert s["align_m1_rouge1"]["f1"] == pytest.approx(0.5)
    assert s["concat_rouge1"]["f1"] == pytest.approx(1.0)


def test_many_to_one_alignment():
    # both predicted dates map to the one reference date: precision (2 + 2/2) / 4, recall 2/2
    s = tls.evaluate({D1: ["axe bog"], D2: ["axe bog"]}, {D1: ["axe bog"]})
    assert s["align_m1_rouge1"]["precision"] == pytest.approx(0.75)
    assert s["align_m1_rouge1"]["recall"] == pytest.approx(1.0)
    assert s["align_m1_rouge1"]["f1"] == pytest.approx(2 * 0.75 / 1.75)
    assert s["date"]["precision"] == 0.5 and s["date"]["recall"] == 1.0


def test_content_decides_between_equally_distant_dates():
    # the predicted date D2 is one day from D1 and eight from D3, but its words are D3's:
    # cost to D1 = 0.5 * 1, cost to D3 = (1 - 1/9) * 0 = 0 -> aligned to D3
    s = tls.evaluate({D2: ["elk fig gum hut"]}, REF)
    assert s["align_m1_rouge1"]["precision"] == pytest.approx(1 / 9)


def test_empty_prediction_scores_zero():
    s = tls.evaluate({}, REF)
    assert s["date"]["f1"] == 0.0
    assert s["align_m1_rouge1"]["f1"] == 0.0


def test_stemming_and_stop_words():
    assert tls.rouge_tokens("The troops were withdrawing") == ["troop", "withdraw"]
    s = tls.evaluate({D1: ["The troops withdrew"]}, {D1: ["troops"]})
    assert s["align_m1_rouge1"]["recall"] == pytest.approx(1.0)


def test_parse_timeline_format():
    text = "2011-03-01\nFirst sentence .\nSecond one .\n--------------------------------\n2011-03-10\nThird .\n"
    tl = tls.parse_timeline(text)
    assert tl == {D1: ["First sentence .", "Second one ."], D3: ["Third ."]}
