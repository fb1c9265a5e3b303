"""Named-entity benchmark: micro-F1 over PER/ORG/LOC, exact span match, MISC left out.

Sets, read in place from ``../shared/datasets`` (evaluation use only, never copied):

- Danish: UNER Danish-DDT test split (the DaNE test sentences), IOB2;
- English: CoNLL-2003 test split (Reuters), ``token TAG`` lines, tags read conlleval-style
  (an ``I-X`` after ``O`` or another type starts an entity).

Each sentence is one :class:`~storyline.models.Article` (title empty, tokens joined with the
sentence's own spacing where the file gives it, single spaces otherwise) and goes through
the public :func:`storyline.extract.entities.extract_entities_batch`, so the figures cover
the model, our label mapping, span trimming and the gazetteer layer together. For Danish
the bare model (no gazetteer) is reported too.

Usage::

    python bench/ner.py            # both sets, writes the "## NER" section of BENCHMARKS.md
    python bench/ner.py --lang da  # one set, no BENCHMARKS.md update
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyline.extract import entities  # noqa: E402
from storyline.models import Article  # noqa: E402

DATASETS = REPO / ".." / "shared" / "datasets"
DA_TEST = DATASETS / "uner_danish_ddt" / "da_ddt-ud-test.iob2"
EN_TEST = DATASETS / "conll2003" / "test.txt"
BENCHMARKS = REPO / "BENCHMARKS.md"
LABELS = ("PER", "ORG", "LOC")
TARGETS = {"da": 75.0, "en": 80.0}
COMMAND = "python bench/ner.py"


def read_uner(path: Path) -> list[tuple[list[str], list[bool], list[str]]]:
    sents, words, tags, text = [], [], [], ""
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text"):
            text = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if words:
                sents.append((words, _spaces(words, text), tags))
            words, tags, text = [], [], ""
        else:
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(cols[2] if cols[2][:2] in ("B-", "I-") else "O")
    return sents


def read_conll(path: Path) -> list[tuple[list[str], list[bool], list[str]]]:
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sents.append((words, [True] * len(words), tags))
            words, tags = [], []
            continue
        tok, tag = line.rsplit(" ", 1)
        if tok == "-DOCSTART-":
            continue
        words.append(tok)
        tags.append(tag)
    return sents


def _spaces(words: list[str], text: str) -> list[bool]:
    out, pos = [], 0
    for w in words:
        at = text.find(w, pos)
        if at < 0:
            out.append(True)
            continue
        pos = at + len(w)
        out.append(pos < len(text) and text[pos] == " ")
    return out


def to_text_and_spans(words, spaces, tags) -> tuple[str, set[tuple[int, int, str]]]:
    """Sentence text and gold (start, end, label) spans, conlleval chunking."""
    parts, offsets, pos = [], [], 0
    for w, sp in zip(words, spaces):
        offsets.append((pos, pos + len(w)))
        parts.append(w + (" " if sp else ""))
        pos += len(w) + (1 if sp else 0)
    text = "".join(parts).rstrip()
    gold, cur = set(), None
    for (a, b), tag in zip(offsets, tags + ["O"]):
        kind, label = (tag[:1], tag[2:]) if tag != "O" else ("O", "")
        if cur and (kind != "I" or label != cur[2]):
            gold.add(tuple(cur))
            cur = None
        if kind in ("B", "I") and cur is None:
            cur = [a, b, label]
        elif kind == "I":
            cur[1] = b
    if cur:
        gold.add(tuple(cur))
    return text, {g for g in gold if g[2] in LABELS}


def score(gold: list[set], pred: list[set]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        for s in p:
            (tp if s in g else fp)[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1

    def f(t, a, b):
        prec = t / (t + a) if t + a else 0.0
        rec = t / (t + b) if t + b else 0.0
        return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)

    p, r, f1 = f(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {
        "p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f1, 1),
        "per_type": {lab: round(100 * f(tp[lab], fp[lab], fn[lab])[2], 1) for lab in LABELS},
        "gold": sum(len(g) for g in gold),
    }


def evaluate(lang: str) -> dict:
    path, reader = (DA_TEST, read_uner) if lang == "da" else (EN_TEST, read_conll)
    rows = [to_text_and_spans(*s) for s in reader(path)]
    arts = [Article(id=f"{lang}-{i}", title="", text=t, lang=lang) for i, (t, _) in enumerate(rows)]
    gold = [g for _, g in rows]
    t0 = time.time()
    found = entities.extract_entities_batch(arts, batch_size=256)
    secs = time.time() - t0
    pred = [{(m.start, m.end, m.label) for m in ms if m.label in LABELS} for ms in found]
    out = {"lang": lang, "sentences": len(arts), "full": score(gold, pred), "secs": round(secs, 1)}
    if lang == "da":  # the bare model, no gazetteer layer
        docs = entities._danish_nlp().pipe([a.full_text for a in arts], batch_size=256)
        bare = [{(s, e, lab) for s, e, lab, _, _ in entities._model_spans(d, "da", "da") if lab in LABELS}
                for d in docs]
        out["model_only"] = score(gold, bare)
    return out


def render(results: list[dict]) -> str:
    lines = [
        "## NER",
        "",
        "Entity micro-F1 over PER/ORG/LOC (exact character-span match; MISC excluded), through",
        "`storyline.extract.entities.extract_entities_batch` (model + label mapping + gazetteer).",
        f"Command: `{COMMAND}`",
        "",
        "| set | method | sentences | gold entities | P | R | F1 | PER | ORG | LOC | target | secs |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    names = {"da": ("UNER Danish-DDT test", entities.METHOD_DA),
             "en": ("CoNLL-2003 test", entities.METHOD_EN)}
    for r in results:
        name, method = names[r["lang"]]
        variants = [("model + " + entities.METHOD_GAZETTEER, r["full"])]
        if "model_only" in r:
            variants.append(("model only", r["model_only"]))
        for label, s in variants:
            pt = s["per_type"]
            lines.append(
                f"| {name} | {method} ({label}) | {r['sentences']} | {s['gold']} | {s['p']} | {s['r']} | "
                f"**{s['f1']}** | {pt['PER']} | {pt['ORG']} | {pt['LOC']} | ≥ {TARGETS[r['lang']]:.0f} | "
                f"{r['secs'] if s is r['full'] else ''} |"
            )
    lines += [
        "",
        "- Danish: spaCy tok2vec + transition NER trained by `training/ner_da/train.py` on the UNER",
        "  Danish-DDT train split only, chosen on dev (dev F1 71.8); a single test score has a",
        "  bootstrap interval of about ±5 points (446-447 gold entities). The 75 target is not met:",
        "  without pretrained Danish vectors (none can be had offline) every configuration tried",
        "  peaked at 71-72 on dev (see `training/ner_da/README.md`); a 3-model majority vote",
        "  reached 72.5 dev / 71.7 test at three times the size and was not shipped.",
        "- English: `en_core_web_sm` is trained on OntoNotes (its published ~85 F1 is on",
        "  OntoNotes, not CoNLL). Most CoNLL losses are annotation conventions, not reading errors:",
        "  sports clubs named after cities (\"Barcelona\", \"PHILADELPHIA\") are ORG in CoNLL and GPE",
        "  for spaCy, all-caps headlines and result tables, nationalities. The 80 target is not met.",
        "",
    ]
    return "\n".join(lines)


def write_section(section: str) -> None:
    text = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n\n"
    pattern = re.compile(r"^## NER\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    BENCHMARKS.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--lang", choices=("da", "en"), action="append")
    args = ap.parse_args(argv)
    langs = args.lang or ["da", "en"]
    missing = [p for p in (DA_TEST, EN_TEST) if not p.exists()]
    if missing:
        print(f"datasets missing: {', '.join(map(str, missing))}", file=sys.stderr)
        return 1
    results = []
    for lang in langs:
        r = evaluate(lang)
        results.append(r)
        print(f"{lang}: {r}")
    if args.lang is None:
        write_section(render(results))
        print(f"wrote ## NER to {BENCHMARKS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
