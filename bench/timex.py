"""TempEval-3 temporal-expression benchmark for ``storyline.extract.dates.find_timexes``.

Scores extraction (relaxed and strict F1) and normalisation (value accuracy and value F1)
following the TempEval-3 definitions (UzZaman et al., SemEval 2013):

- a system timex *matches* a gold timex when their extents overlap (relaxed) or are
  identical (strict); matching is one-to-one, greedy in text order;
- P = matched / system timexes, R = matched / gold timexes, F1 their harmonic mean;
- value F1 = F1 with "matched" counting only relaxed matches whose ``value`` equals the
  gold value (TE3's "attribute F1"); value accuracy = correct values / relaxed matches.

The document creation time (the DCT TIMEX3, given to systems as input) is the anchor and
is not scored. Extents are compared as character spans of the text with tags removed
(the official scorer compares tokens; on these documents the two agree up to tokenisation).

Data is read in place from ``../shared/datasets/tempeval3`` (see its ORIGIN.md). Tune on
``--split train`` (TBAQ-cleaned TimeBank + AQUAINT), report ``--split test`` (TE3 platinum).

    python bench/timex.py --split test --write     # numbers + BENCHMARKS.md "## Timex"
    python bench/timex.py --split train --errors 40  # look at mistakes while tuning
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.extract.dates import VERSION, find_timexes  # noqa: E402
from storyline.models import PartialDate  # noqa: E402

DATA = ROOT / ".." / "shared" / "datasets" / "tempeval3"
SPLITS = {
    "test": ["Evaluation/te3-platinum"],
    "train": ["Training/TBAQ-cleaned/TimeBank", "Training/TBAQ-cleaned/AQUAINT"],
}
ANCHOR_F1 = {"HeidelTime relaxed F1": 90.30, "HeidelTime strict F1": 81.34, "HeidelTime value F1": 77.61}

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> tuple[str, str, list[tuple[int, int, str, str]]]:
    """(dct, plain text of <TEXT>, [(start, end, type, value)]) of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    dct = dct_m.group(1) if dct_m else ""
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    out, gold, pos, open_tx = [], [], 0, None
    for m in _TAG.finditer(body):
        out.append(html.unescape(body[pos:m.start()]))
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        here = sum(len(s) for s in out)
        if not closing:
            a = dict(_ATTR.findall(attrs))
            open_tx = (here, a.get("type", ""), a.get("value", ""))
        elif open_tx:
            gold.append((open_tx[0], here, open_tx[1], open_tx[2]))
            open_tx = None
    out.append(html.unescape(body[pos:]))
    return dct, "".join(out), gold


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def score(split: str, errors: int = 0) -> dict:
    files = [f for d in SPLITS[split] for f in sorted((DATA / d).glob("*.tml"))]
    if not files:
        raise SystemExit(f"no TimeML files under {DATA} for split {split!r}")
    n_gold = n_sys = relaxed = strict = value_ok = 0
    mistakes: list[str] = []
    t0 = time.perf_counter()
    for f in files:
        dct, text, gold = read_tml(f)
        anchor = PartialDate.parse(dct)
        system = [(t.start, t.end, t.type, t.value) for t in find_timexes(text, "en", anchor)]
        gold = [(*_strip(text, a, b), ty, v) for a, b, ty, v in gold]
        n_gold += len(gold)
        n_sys += len(system)
        used: set[int] = set()
        for s in system:
            hit = next((i for i, g in enumerate(gold) if i not in used and s[0] < g[1] and g[0] < s[1]), None)
            if hit is None:
                if len(mistakes) < errors:
                    mistakes.append(f"FP  {f.name}: {text[s[0]:s[1]]!r} {s[3]}")
                continue
            used.add(hit)
            g = gold[hit]
            relaxed += 1
            strict += (s[0], s[1]) == (g[0], g[1])
            if s[3] == g[3]:
                value_ok += 1
            elif len(mistakes) < errors:
                mistakes.append(f"VAL {f.name}: {text[s[0]:s[1]]!r} sys={s[3]} gold={g[3]} ({text[g[0]:g[1]]!r})")
        for i, g in enumerate(gold):
            if i not in used and len(mistakes) < errors:
                mistakes.append(f"FN  {f.name}: {text[g[0]:g[1]]!r} {g[2]} {g[3]}")

    def f1(hit: int) -> tuple[float, float, float]:
        p = hit / n_sys if n_sys else 0.0
        r = hit / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    res = {
        "split": split, "docs": len(files), "gold": n_gold, "system": n_sys,
        "relaxed": f1(relaxed), "strict": f1(strict), "value": f1(value_ok),
        "value_accuracy": value_ok / relaxed if relaxed else 0.0, "seconds": time.perf_counter() - t0,
        "mistakes": mistakes,
    }
    return res


def render(res: dict, command: str) -> str:
    pct = lambda x: f"{100 * x:.1f}"  # noqa: E731
    rows = [
        f"| relaxed extraction | {pct(res['relaxed'][0])} | {pct(res['relaxed'][1])} | {pct(res['relaxed'][2])} | 90.3 |",
        f"| strict extraction | {pct(res['strict'][0])} | {pct(res['strict'][1])} | {pct(res['strict'][2])} | 81.3 |",
        f"| value (normalisation) | {pct(res['value'][0])} | {pct(res['value'][1])} | {pct(res['value'][2])} | 77.6 |",
    ]
    return "\n".join([
        "## Timex",
        "",
        f"TempEval-3 platinum test set ({res['docs']} English news documents, {res['gold']} TIMEX3 excluding the DCT),"
        f" tagger `{VERSION}` (`storyline.extract.dates.find_timexes`), scored by `bench/timex.py` following the"
        " TE3 definitions (relaxed = overlapping extents, strict = identical extents, value F1 = relaxed matches"
        " with the gold value; character spans, one-to-one greedy matching). Rules tuned on the TBAQ-cleaned"
        " training documents only.",
        "",
        "| measure | P | R | F1 | HeidelTime F1 (TE3) |",
        "|---|---|---|---|---|",
        *rows,
        "",
        f"Value accuracy on relaxed matches: {pct(res['value_accuracy'])}%. System timexes: {res['system']}."
        f" Run time {res['seconds']:.1f} s.",
        "",
        f"Command: `{command}`",
        "",
    ])


def write_section(section: str, path: Path = ROOT / "BENCHMARKS.md") -> None:
    """Replace (or append) the ``## Timex`` section, leaving every other section intact."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(r"^## Timex\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: section + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + section
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=sorted(SPLITS), default="test")
    ap.add_argument("--errors", type=int, default=0, help="print up to N mistakes")
    ap.add_argument("--write", action="store_true", help="write the ## Timex section of BENCHMARKS.md")
    args = ap.parse_args(argv)
    res = score(args.split, args.errors)
    for k in ("relaxed", "strict", "value"):
        p, r, f = res[k]
        print(f"{k:8s} P={100 * p:5.1f} R={100 * r:5.1f} F1={100 * f:5.1f}")
    print(f"value accuracy {100 * res['value_accuracy']:.1f}  gold={res['gold']} system={res['system']}"
          f" docs={res['docs']} ({res['seconds']:.1f}s)")
    for line in res["mistakes"]:
        print(line)
    if args.write:
        cmd = "python bench/timex.py --split " + args.split + " --write"
        write_section(render(res, cmd))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
