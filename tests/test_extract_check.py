"""The extraction check set (bench/data/extract_check) is well formed, and the scorer of
bench/extract_check.py counts right on hand-made predictions. No accuracy thresholds: the
set measures the product, it does not gate it."""
import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "bench_extract_check", Path(__file__).resolve().parents[1] / "bench" / "extract_check.py")
X = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = X  # dataclasses look their module up
_spec.loader.exec_module(X)

ITEMS = X.load()


def test_every_language_file_is_there_and_ids_are_unique():
    langs = {it["lang"] for it in ITEMS}
    assert langs == set(X.LANGS)
    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids))
    for lang in X.LANGS:
        assert sum(it["lang"] == lang for it in ITEMS) >= 30


@pytest.mark.parametrize("item", ITEMS, ids=[it["id"] for it in ITEMS])
def test_item_schema(item):
    assert X.validate(item) == []


def test_validate_reports_bad_labels():
    bad = {"id": "da-999", "lang": "da", "date": "2025-13-01", "text": "Mette Frederiksen siger nej.",
           "entities": [{"text": "Mette", "type": "PERSON"}, {"text": "Lars", "type": "PER"}],
           "figures": [{"value": "3", "what": "soldater"}, {"low": 5, "high": 2, "what": "nej"}],
           "dates": [{"value": "31/08/2025", "kind": "deadline"}, {"value": "2025-02-30", "kind": "soon"}],
           "quotes": [{"speaker": "Lars Løkke"}]}
    problems = " | ".join(X.validate(bad))
    for expected in ("YYYY-MM-DD", "entity type 'PERSON'", "'Lars' not in the text", "not a number",
                     "low is not below high", "'soldater' not in the text", "is not ISO",
                     "no calendar date", "kind 'soon'", "speaker 'Lars Løkke'"):
        assert expected in problems
    assert X.validate({"id": "x"})  # fields missing


def _perfect(item):
    """A prediction in the product's shape that says exactly what the labels say."""
    figs = []
    for f in item["figures"]:
        if "low" in f:
            figs.append({"value": float(f["low"]), "value_max": float(f["high"]), "what": f["what"], "unit": ""})
        else:
            figs.append({"value": float(f["value"]), "value_max": None, "what": f["what"], "unit": ""})
    return {"entities": [dict(e) for e in item["entities"]], "figures": figs,
            "dates": [dict(d) for d in item["dates"]],
            "quotes": [{"speaker": q["speaker"], "relays": [q["via"]] if q.get("via") else []} for q in item["quotes"]]}


EMPTY = {"entities": [], "figures": [], "dates": [], "quotes": []}


def test_perfect_predictions_score_one_and_empty_ones_recall_zero():
    sample = [it for it in ITEMS if it["id"] in ("da-009", "da-033", "en-020", "de-014", "pl-009")]
    assert len(sample) == 5
    res = X.score(sample, [_perfect(it) for it in sample])["all"]
    for m in X.METRICS:
        assert res.prf[m].f1 == 1.0, m
    assert res.vias_found == res.vias > 0
    res = X.score(sample, [EMPTY for _ in sample])["all"]
    for m in X.METRICS:
        assert res.prf[m].tp == 0 and res.prf[m].r == 0.0 and res.prf[m].fp == 0, m


def test_partial_prediction_counts():
    item = {"id": "en-900", "lang": "en", "date": "2024-03-05", "text": "",
            "entities": [{"text": "Madrid", "type": "LOC"}, {"text": "Reuters", "type": "ORG"}],
            "figures": [{"low": 5000, "high": 7000, "what": "people"}, {"value": 12, "what": "euros"},
                        {"value": 3.9, "what": "%"}],
            "dates": [{"value": "2024-03-02", "kind": "event"}, {"value": "2024-03-31", "kind": "deadline"}],
            "quotes": [{"speaker": "police"}, {"speaker": "Jerome Powell", "via": "Reuters"}]}
    pred = {"entities": [{"text": "Madrid", "type": "ORG"}, {"text": "Reuters", "type": "ORG"},
                         {"text": "Spain", "type": "LOC"}, {"text": "Cup", "type": "MISC"}],
            "figures": [{"value": 5000.0, "value_max": None, "what": "", "unit": ""},       # a range cut in two
                        {"value": 7000.0, "value_max": None, "what": "people", "unit": ""},
                        {"value": 12.0, "value_max": None, "what": "", "unit": "€"},         # euros = €
                        {"value": 3.9000000000000004, "value_max": None, "what": "", "unit": "%"}],
            "dates": [{"value": "2024-03-02", "kind": "reference"}, {"value": "2024-03-31", "kind": "deadline"}],
            "quotes": [{"speaker": "the police", "relays": []}, {"speaker": "Chair Jerome Powell", "relays": ["Reuters"]},
                       {"speaker": "", "relays": []}]}
    s = X.score_item(item, pred)
    assert (s.prf["ent"].tp, s.prf["ent"].fp, s.prf["ent"].fn) == (1, 2, 1)  # MISC is not scored
    assert (s.prf["ent_lenient"].tp, s.prf["ent_lenient"].fp, s.prf["ent_lenient"].fn) == (2, 1, 0)
    assert (s.prf["fig"].tp, s.prf["fig"].fp, s.prf["fig"].fn) == (2, 2, 1)
    assert s.prf["fig_what"].tp == 2
    assert (s.prf["date"].tp, s.prf["date"].fp, s.prf["date"].fn) == (1, 1, 1)
    assert s.prf["date_value"].f1 == 1.0
    assert s.prf["quote"].tp == 0 and s.prf["quote_lenient"].tp == 2 and s.prf["quote_lenient"].fp == 0
    assert s.no_speaker == 1 and (s.vias_found, s.vias) == (1, 1)
    assert round(s.prf["fig"].p, 3) == 0.5 and round(s.prf["fig"].r, 3) == round(2 / 3, 3)


def test_what_matching():
    assert X.what_ok({"what": "soldater"}, {"what": "amerikanske soldater", "unit": ""})
    assert X.what_ok({"what": "procent"}, {"what": "", "unit": "%"})
    assert X.what_ok({"what": "kronor"}, {"what": "", "unit": "kr"})
    assert X.what_ok({"what": "dolarów"}, {"what": "", "unit": "$"})
    assert not X.what_ok({"what": "kroner"}, {"what": "", "unit": "€"})
    assert not X.what_ok({"what": "people"}, {"what": "", "unit": ""})
