"""Extraction check set: the extract stage scored on hand-labelled multilingual news items.

The data is ``bench/data/extract_check/<lang>.jsonl`` (written and labelled for this project
before the extractor's code was read; guidelines in that folder's README.md). Each item becomes an
``Article`` with its publication date and its **known language** (declared, as a JSON field with
``lang`` declares it; the pipeline keeps a declared language on a text this short), and goes through
``storyline.extract.extract_batch``. ``--detect`` instead gives each article the language
``storyline.lang.detect_many`` finds for it (the pipeline's detector, without a declaration) and
reports how often that was right.

Scores are micro-averaged (true positives, false positives and false negatives summed over the
items) per language and overall. Within an item labels and predictions are sets, matched one to one:

* **entities**: strict = (text, type) equal, text compared after whitespace normalisation and Unicode
  NFC; lenient = text alone (type ignored). Only PER, ORG and LOC predictions are scored; the
  product's MISC mentions are left out (the set does not label MISC).
* **figures**: value = the number equals the gold value (relative tolerance 1e-6); a gold range
  (``low``, ``high``) is matched by a predicted range with the same bounds (``value``, ``value_max``).
  value+what = value matches and so does what: the gold ``what`` and the product's ``what`` contain
  one another (case-insensitive), or the gold ``what`` is a currency or percent word whose symbol
  (``ALIASES`` below: kroner -> kr, euros -> €, procent -> %, ...) is the product's ``unit``.
* **dates**: (value, kind) equal, and value alone equal (ISO at the precision given: 2025, 2025-08,
  2025-08-31 are three different values).
* **quotes**: the speaker; exact = equal after case-folding and whitespace normalisation; lenient = one
  contains the other. Quotes the product found without a speaker are not scored (they are counted in
  the "no speaker" column). The gold ``via`` (the outlet a quote was given to) is reported as relay
  recall: gold vias that appear among the ``relays`` of a prediction matched to that quote (lenient).

    python bench/extract_check.py                  # the table
    python bench/extract_check.py --errors 60      # and the first 60 items with a mistake
    python bench/extract_check.py --write          # and BENCHMARKS.md "## Extraction check set"
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "extract_check"
LANGS = ("da", "en", "de", "es", "fr", "sv", "pl")
ENTITY_TYPES = ("PER", "ORG", "LOC")
DATE_KINDS = ("deadline", "event", "reference")
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# currency and percent words of the labels -> the symbol the product puts in Figure.unit
ALIASES = {
    **{w: "%" for w in ("%", "percent", "per cent", "procent", "prozent", "proc", "proc.", "por ciento",
                        "pour cent", "prosent", "point")},
    **{w: "kr" for w in ("kr", "kr.", "kroner", "kronor", "krone", "krona")},
    **{w: "$" for w in ("$", "dollar", "dollars", "dólares", "dolarów", "dolary", "usd")},
    **{w: "€" for w in ("€", "euro", "euros", "eur")},
    **{w: "zł" for w in ("zł", "złotych", "zloty", "pln")},
    **{w: "A$" for w in ("a$", "aud")},
}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


def fold(s: str) -> str:
    return norm(s).casefold()


# ---------------------------------------------------------------- data


def load(langs: Iterable[str] = LANGS, data: Path = DATA) -> list[dict]:
    items = []
    for lang in langs:
        path = data / f"{lang}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def validate(item: dict) -> list[str]:
    """What is wrong with one item's schema (empty when nothing is)."""
    bad = []
    for key, typ in (("id", str), ("lang", str), ("date", str), ("text", str), ("entities", list),
                     ("figures", list), ("dates", list), ("quotes", list)):
        if not isinstance(item.get(key), typ):
            bad.append(f"{key}: missing or not {typ.__name__}")
    if bad:
        return bad
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["date"]):
            raise ValueError
        date.fromisoformat(item["date"])
    except ValueError:
        bad.append(f"date {item['date']!r} is not a calendar date YYYY-MM-DD")
    if not item["id"].startswith(item["lang"] + "-"):
        bad.append("id does not start with the language")
    text = item["text"]
    for e in item["entities"]:
        if e.get("type") not in ENTITY_TYPES:
            bad.append(f"entity type {e.get('type')!r}")
        if not e.get("text") or e["text"] not in text:
            bad.append(f"entity {e.get('text')!r} not in the text")
    for f in item["figures"]:
        nums = [f[k] for k in ("value", "low", "high") if k in f]
        if not (("value" in f) ^ ("low" in f and "high" in f)):
            bad.append(f"figure {f} needs value, or low and high")
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in nums):
            bad.append(f"figure {f} has a value that is not a number")
        if "low" in f and "high" in f and not f["low"] < f["high"]:
            bad.append(f"figure {f}: low is not below high")
        if not isinstance(f.get("what"), str) or not f["what"] or f["what"].casefold() not in text.casefold():
            bad.append(f"figure what {f.get('what')!r} not in the text")
    for d in item["dates"]:
        if not isinstance(d.get("value"), str) or not _ISO.match(d["value"]):
            bad.append(f"date value {d.get('value')!r} is not ISO YYYY[-MM[-DD]]")
        else:
            parts = [int(x) for x in d["value"].split("-")] + [1, 1]
            try:
                date(*parts[:3])
            except ValueError:
                bad.append(f"date value {d['value']!r} is no calendar date")
        if d.get("kind") not in DATE_KINDS:
            bad.append(f"date kind {d.get('kind')!r}")
    for q in item["quotes"]:
        if not isinstance(q.get("speaker"), str) or fold(q["speaker"]) not in fold(text):
            bad.append(f"quote speaker {q.get('speaker')!r} not in the text")
        if "via" in q and q["via"] not in text:
            bad.append(f"quote via {q['via']!r} not in the text")
    return bad


# ---------------------------------------------------------------- predictions


def predict(items: list[dict], detect: bool = False) -> tuple[list[dict], dict]:
    """The product's extraction of each item, as plain dicts; and run facts (timing, languages)."""
    sys.path.insert(0, str(ROOT / "src"))
    from storyline.extract import _version, extract_batch
    from storyline.models import Article, PartialDate

    langs = [it["lang"] for it in items]
    info: dict = {}
    if detect:
        from storyline.lang import detect_many

        langs = [code for code, _ in detect_many([it["text"] for it in items])]
        info["detected_right"] = sum(a == it["lang"] for a, it in zip(langs, items))
    arts = [Article(id=it["id"], title="", text=it["text"], lang=lang, published=PartialDate.parse(it["date"]))
            for it, lang in zip(items, langs)]
    extract_batch(arts[:2])  # models loaded before the clock starts
    t0 = time.perf_counter()
    exs = extract_batch(arts)
    info["seconds"] = time.perf_counter() - t0
    info["version"] = _version()
    out = []
    for ex in exs:
        out.append({
            "entities": [{"text": e.text, "type": e.label} for e in ex.entities],
            "figures": [{"value": f.value, "value_max": f.value_max, "what": f.what, "unit": f.unit, "text": f.text}
                        for f in ex.figures],
            "dates": [{"value": d.value, "kind": d.kind, "text": d.text} for d in ex.dates],
            "quotes": [{"speaker": q.speaker, "relays": list(q.relays)} for q in ex.quotes],
        })
    return out, info


# ---------------------------------------------------------------- scoring


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def match(gold: list, pred: list, same) -> tuple[int, list[tuple[int, int]]]:
    """One-to-one greedy matching in gold order: (matches, [(gold index, pred index)])."""
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j not in used and same(g, p):
                used.add(j)
                pairs.append((i, j))
                break
    return len(pairs), pairs


def _unique(xs: list) -> list:
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def figure_value_ok(g: dict, p: dict) -> bool:
    if "low" in g:
        return _close(g["low"], p["value"]) and _close(g["high"], p.get("value_max"))
    return _close(g["value"], p["value"]) and (p.get("value_max") is None or _close(p["value_max"], p["value"]))


def what_ok(g: dict, p: dict) -> bool:
    gw = fold(g["what"])
    pw = fold(p.get("what") or "")
    if pw and (gw in pw or pw in gw):
        return True
    unit = p.get("unit") or ""
    return bool(unit) and ALIASES.get(gw) is not None and ALIASES.get(gw) == ALIASES.get(fold(unit), unit)


def speaker_lenient(g: str, p: str) -> bool:
    g, p = fold(g), fold(p)
    return bool(g and p) and (g in p or p in g)


METRICS = ("ent", "ent_lenient", "fig", "fig_what", "date", "date_value", "quote", "quote_lenient")


@dataclass
class Scores:
    prf: dict = field(default_factory=lambda: {m: PRF() for m in METRICS})
    vias: int = 0
    vias_found: int = 0
    no_speaker: int = 0
    items: int = 0


def score_item(gold: dict, pred: dict, s: Scores | None = None) -> Scores:
    """Add one item's counts to ``s`` (a new Scores when None) and return it."""
    s = s or Scores()
    s.items += 1

    def add(metric: str, g: list, p: list, same=lambda a, b: a == b) -> int:
        n, _ = match(g, p, same)
        s.prf[metric].add(n, len(p) - n, len(g) - n)
        return n

    ge = _unique([(norm(e["text"]), e["type"]) for e in gold["entities"]])
    pe = _unique([(norm(e["text"]), e["type"]) for e in pred["entities"] if e["type"] in ENTITY_TYPES])
    add("ent", ge, pe)
    add("ent_lenient", _unique([t for t, _ in ge]), _unique([t for t, _ in pe]))

    gf, pf = gold["figures"], pred["figures"]
    add("fig", gf, pf, figure_value_ok)
    add("fig_what", gf, pf, lambda g, p: figure_value_ok(g, p) and what_ok(g, p))

    gd = _unique([(d["value"], d["kind"]) for d in gold["dates"]])
    pd = _unique([(d["value"], d["kind"]) for d in pred["dates"]])
    add("date", gd, pd)
    add("date_value", _unique([v for v, _ in gd]), _unique([v for v, _ in pd]))

    gq = gold["quotes"]
    pq_all = pred["quotes"]
    s.no_speaker += sum(1 for q in pq_all if not norm(q["speaker"]))
    pq = _unique([norm(q["speaker"]) for q in pq_all if norm(q["speaker"])])
    add("quote", _unique([fold(q["speaker"]) for q in gq]), _unique([fold(x) for x in pq]))
    gs = _unique([q["speaker"] for q in gq])
    n, pairs = match(gs, pq, speaker_lenient)
    s.prf["quote_lenient"].add(n, len(pq) - n, len(gs) - n)
    for gi, pj in pairs:
        vias = {fold(q["via"]) for q in gq if q["speaker"] == gs[gi] and q.get("via")}
        relays = {fold(r) for q in pq_all if norm(q["speaker"]) == pq[pj] for r in q.get("relays", [])}
        s.vias_found += sum(1 for v in vias if any(v in r or r in v for r in relays))
    s.vias += sum(1 for q in gq if q.get("via"))
    return s


def score(items: list[dict], preds: list[dict]) -> dict[str, Scores]:
    """Scores per language (in the items' order) and over all items (key "all", last)."""
    out: dict[str, Scores] = {}
    for it, pr in zip(items, preds):
        score_item(it, pr, out.setdefault(it["lang"], Scores()))
    total = Scores()
    for it, pr in zip(items, preds):
        score_item(it, pr, total)
    out["all"] = total
    return out


# ---------------------------------------------------------------- report


def table(res: dict[str, Scores]) -> str:
    cols = [("ent", "entity F1 (text+type)"), ("ent_lenient", "entity F1 (text)"), ("fig", "figure F1 (value)"),
            ("fig_what", "figure F1 (value+what)"), ("date", "date F1 (value+kind)"), ("date_value", "date F1 (value)"),
            ("quote", "speaker F1 (exact)"), ("quote_lenient", "speaker F1 (lenient)")]
    head = "| lang | items | " + " | ".join(c for _, c in cols) + " | relays found |\n"
    head += "|---|---:|" + "---:|" * len(cols) + "---:|\n"
    rows = []
    for lang, s in res.items():
        name = "**all**" if lang == "all" else lang
        cells = [f"{100 * s.prf[m].f1:.1f}" for m, _ in cols]
        rows.append(f"| {name} | {s.items} | " + " | ".join(cells) + f" | {s.vias_found}/{s.vias} |")
    return head + "\n".join(rows) + "\n"


def detail(res: dict[str, Scores]) -> str:
    head = "| lang | " + " | ".join(f"{m} P / R" for m in METRICS) + " |\n"
    head += "|---|" + "---:|" * len(METRICS) + "\n"
    rows = []
    for lang, s in res.items():
        cells = [f"{100 * s.prf[m].p:.0f} / {100 * s.prf[m].r:.0f}" for m in METRICS]
        rows.append(f"| {'**all**' if lang == 'all' else lang} | " + " | ".join(cells) + " |")
    return head + "\n".join(rows) + "\n"


def counts(res: dict[str, Scores]) -> str:
    s = res["all"]
    parts = [f"{m}: {s.prf[m].tp} right, {s.prf[m].fp} wrong, {s.prf[m].fn} missed" for m in
             ("ent", "fig", "fig_what", "date", "quote_lenient")]
    return "; ".join(parts) + f"; quotes without a speaker: {s.no_speaker}"


def errors(items: list[dict], preds: list[dict], limit: int) -> str:
    lines = []
    for it, pr in zip(items, preds):
        if limit <= 0:
            break
        s = score_item(it, pr)
        if all(s.prf[m].fp == 0 and s.prf[m].fn == 0 for m in ("ent", "fig_what", "date", "quote_lenient")):
            continue
        limit -= 1
        lines.append(f"{it['id']} ({it['date']}): {it['text']}")
        for key, g, p in (
            ("ent", [(e["text"], e["type"]) for e in it["entities"]],
             [(e["text"], e["type"]) for e in pr["entities"] if e["type"] in ENTITY_TYPES]),
            ("fig", [(f.get("value", (f.get("low"), f.get("high"))), f["what"]) for f in it["figures"]],
             [(f["value"] if f["value_max"] is None else (f["value"], f["value_max"]), f["what"] or f["unit"])
              for f in pr["figures"]]),
            ("date", [(d["value"], d["kind"]) for d in it["dates"]],
             [(d["value"], d["kind"], d["text"]) for d in pr["dates"]]),
            ("quote", [q["speaker"] for q in it["quotes"]], [q["speaker"] for q in pr["quotes"]]),
        ):
            sub = s.prf["fig_what" if key == "fig" else "quote_lenient" if key == "quote" else key]
            if sub.fp or sub.fn:
                lines.append(f"    {key:5s} gold {g}\n          got  {p}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--detect", action="store_true", help="use the detected language instead of the known one")
    ap.add_argument("--errors", type=int, default=0, help="print up to N items with a mistake")
    ap.add_argument("--write", action="store_true", help='write the "## Extraction check set" section of BENCHMARKS.md')
    args = ap.parse_args(argv)
    langs = [x for x in args.langs.split(",") if x]
    items = load(langs)
    bad = {it.get("id", "?"): v for it in items if (v := validate(it))}
    if bad:
        print("invalid items:", json.dumps(bad, ensure_ascii=False, indent=1))
        return 1
    preds, info = predict(items, detect=args.detect)
    res = score(items, preds)
    body = table(res) + "\n" + detail(res) + "\n" + counts(res) + "\n"
    print(body)
    print(f"{len(items)} items in {info['seconds']:.1f} s; {info['version']}")
    if args.detect:
        print(f"language detected right: {info['detected_right']}/{len(items)}")
    if args.errors:
        print()
        print(errors(items, preds, args.errors))
    if args.write:
        sys.path.insert(0, str(ROOT))
        from bench.benchmarks_md import write_section

        how = ("the detected language (`--detect`; right for "
               f"{info['detected_right']}/{len(items)} items)" if args.detect else "its known language (declared)")
        intro = (
            f"{len(items)} short news items ({len(langs)} languages: {', '.join(langs)}), written and labelled by hand "
            "for this project before the extractor's code was read (`bench/data/extract_check/`, guidelines in its "
            f"README). Each item goes through `extract_batch` as an article with its publication date and {how}. "
            "Micro-averaged F1 (%) per language; figures match on value, and for value+what also on what is counted "
            "(containment, or currency/percent word = unit); dates on the ISO value at the labelled precision; "
            "speakers exact (case-folded) or lenient (one contains the other). Relays found: the outlet a quote was "
            "given to (\"til Ritzau\", \"told Reuters\") among the matched quote's relays. No accuracy threshold is "
            "tested; the set is for measurement, not tuning.\n\n"
            f"Extractor version: `{info['version']}`.\n\n")
        cmd = "python bench/extract_check.py" + (" --detect" if args.detect else "") + " --write"
        write_section("Extraction check set", cmd, intro + body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
