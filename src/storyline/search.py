"""Hybrid search: BM25 keywords + multilingual embeddings, fused by reciprocal rank.

``search(store, "withdrawal from Afghanistan deadline")`` ranks articles by two rankers:

1. keywords: SQLite FTS5 BM25 over titles and texts (``store.search_fts_filtered``);
2. meaning: the query embedded by the same embedder that embedded the articles, nearest
   stored article vectors through :mod:`storyline.vindex` -- this is what finds the Danish
   articles for an English query;

fuses the two rankings by reciprocal rank fusion (``search.rrf.v2``), applies the filters
(language, date range, outlet, entity, story) inside each ranker, and groups the hits by
story. The result is one dict that the CLI, the JSON API and the web page all render.

The meaning ranker of ``search.rrf.v2`` compares *language-centred* vectors: each article
vector minus its language's mean (the per-language sums the story clusterer keeps in the
store), the query vector minus the embedder's prior mean (generic sentences). A multilingual
embedder puts all texts of one language, and all short texts, close together; raw cosines
therefore rank same-language articles first and let short pages ("ok", "Read more") reach
almost any query. Centred cosines measure what a text says beyond its language and length, so
one floor serves every language pair (``CENTRED_MIN_SIMILARITY``; figures in BENCHMARKS.md).
``search.rrf.v1`` (raw cosine, absolute floor) stays selectable by ``algorithm=``.

Query syntax is deliberately small: words, and ``"quoted phrases"``. An unbalanced quote,
an empty query, a malformed date or an unknown filter value is a :class:`BadQuery` that
names what is wrong, never a crash.
"""
from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass
from typing import Any, Iterable

import numpy as np

from .errors import BadQuery
from .models import PartialDate
from .store.base import Store

VERSION = "search.rrf.v2"  # v2: language-centred semantic ranker (a small or focused store centred on the embedder prior)
ALGORITHMS = ("search.rrf.v1", "search.rrf.v2")

# Reciprocal rank fusion constant: score = sum over rankers of 1 / (RRF_K + rank). 60 is the
# value of Cormack, Clarke & Buettcher (SIGIR 2009), robust across their TREC runs; we saw no
# reason to move it on the demo corpus (rankings identical for k in 20..100).
RRF_K = 60
# How deep each ranker looks before fusion; a page of 20 story groups rarely needs more.
CANDIDATES = 100
# Semantic hits less similar than this (cosine, e5-small "query:" vectors) are not shown.
# Calibrated on the demo corpus + seeds (60 articles, 5 languages, 7 queries): off-topic
# queries ("football match") reach at most 0.76 on any article; on-topic cross-lingual hits
# score 0.80-0.84 (the Danish withdrawal seed: 0.811 for the English query), monolingual
# ones 0.84-0.89. The hashing test embedder scores unrelated texts near 0.
MIN_SIMILARITY = {"e5-small-q4.query": 0.79}
DEFAULT_MIN_SIMILARITY = 0.05
# search.rrf.v2: floors on the centred cosine (article minus its language mean, query minus the
# embedder's prior mean), for the models they were calibrated for; other models keep the raw
# cosine and MIN_SIMILARITY. A hit needs CENTRED_MIN_SIMILARITY, unless at least CENTRED_SUPPORT
# articles clear it: then the query is about something the store covers and hits down to
# CENTRED_SUPPORTED_MIN count (a topic is many articles; an off-topic query's stray neighbours
# are few). Chosen with bench/search_xl.py on 6,296 T17/Crisis leads (en/es/fr/it) + 12 junk
# pages, 60 topical queries in 9 languages, 16 off-topic ones (the same queries it reports on;
# no held-out set), with the store centre of language_frame: off-topic queries then return 4.0
# semantic hits on average (v1: 39) while other-language recall@100 stays above v1's (0.65 vs
# 0.63); a lower supported floor (0.20) returned 6.9, a single floor of 0.27 kept only 0.49.
CENTRED_MIN_SIMILARITY = {"e5-small-q4.query": 0.27}
CENTRED_SUPPORTED_MIN = {"e5-small-q4.query": 0.22}
CENTRED_SUPPORT = 3
# The centred ranking is a re-ranking: the index is searched with the centred query for this
# many raw candidates, which are then scored exactly. On the set above 400 recovered the exact
# centred top 100 for every query (200: 98.8 % on average, 58 % for the worst query).
CENTRED_POOL = 400
# How many articles a store needs before its own pooled mean is half of the centre articles are
# compared on (the other half: the embedder's prior); see language_frame. Set by hand: the
# benchmark store (6,308 articles) is then centred 86 % on its own mean, a 25-article store 2 %.
STORE_CENTRE_ARTICLES = 1000
MAX_QUERY_CHARS = 500
# BM25 ranking costs ~3-10 us per matching article (FTS5 scores every match before the
# LIMIT); past this many matches the keyword ranker ranks the articles holding all the words
# first, then the matches of the query without its commonest words (see keyword_ranking).
# 2,000 keeps the ranker at ~10-25 ms on the 100k synthetic store of bench/search.py
# (3,000 with a 3x looser all-words pass cost 30-45 ms per broad query there).
MAX_MATCHES = 2_000
SNIPPET_CHARS = 240
MODES = ("hybrid", "keyword", "semantic")
CLUSTER_STATE_KEY = "cluster_state"  # clustering.META_KEY: where the store keeps per-language sums


@dataclass(frozen=True)
class SearchFilters:
    lang: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    entity: str | None = None
    story: str | None = None

    def active(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


_LANG = re.compile(r"^[a-z]{2,3}$")


def parse_query(query: str) -> list[str]:
    """The terms and phrases of a query; raises BadQuery for what cannot be searched."""
    if query is None or not query.strip():
        raise BadQuery("empty search query: type some words, or a \"quoted phrase\"")
    if len(query) > MAX_QUERY_CHARS:
        raise BadQuery(f"search query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")
    if query.count('"') % 2:
        raise BadQuery(f"unbalanced double quote in {query!r}: close the \"phrase\" or remove the quote")
    terms = [m.group(1) or m.group(2) for m in re.finditer(r'"([^"]*)"|(\S+)', query)]
    words = [t for t in terms if re.search(r"\w", t or "")]
    if not words:
        raise BadQuery(f"search query {query!r} has no words to search for")
    return words


def check_filters(f: SearchFilters) -> SearchFilters:
    for name in ("since", "until"):
        v = getattr(f, name)
        if v and (PartialDate.parse(v) is None or not re.fullmatch(r"\d{4}(-\d{1,2}(-\d{1,2})?)?", v.strip())):
            raise BadQuery(f"{name}={v!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    if f.lang and not _LANG.match(f.lang):
        raise BadQuery(f"lang={f.lang!r} is not a language code: use an ISO 639-1 code such as en, da, fr")
    if f.since and f.until and PartialDate.parse(f.since).value > PartialDate.parse(f.until).end():
        raise BadQuery(f"since={f.since} is after until={f.until}")
    return f


STOP_LANGS = ("en", "da", "de", "fr", "es", "it", "nl", "sv", "nb")
_STOP: set[str] | None = None


def stop_words() -> set[str]:
    """Function words of the languages we index (spaCy's lists), dropped from keyword queries
    so that "withdrawal from Afghanistan" is not ranked by how often a text says "from"."""
    if _STOP is not None:
        return _STOP
    with _EMBEDDERS_LOCK:
        return _load_stop_words()


def _load_stop_words() -> set[str]:
    global _STOP
    if _STOP is None:
        import importlib

        words: set[str] = set()
        for code in STOP_LANGS:
            try:
                words |= {w.casefold() for w in importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS}
            except ImportError:
                continue
        _STOP = words
    return _STOP


def keyword_query(query: str) -> str:
    """The query for the BM25 ranker: phrases kept whole, stop words left out (unless the
    query is nothing but stop words)."""
    parts = [(m.group(1), m.group(2)) for m in re.finditer(r'"([^"]*)"|(\S+)', query)]
    stop = stop_words()
    kept = [f'"{ph}"' if ph is not None else w for ph, w in parts
            if ph is not None or not set(re.findall(r"\w+", w.casefold())) <= stop]
    return " ".join(kept) if kept else query


def keyword_ranking(store: Store, query: str, where: dict[str, Any], limit: int = CANDIDATES) -> list[str]:
    """Article ids ranked by BM25 (``bm25.capped.v1``).

    A query whose words match at most ``MAX_MATCHES`` articles is ranked as it is (any word
    may match; more matching words rank higher). A broader one is answered by the articles
    that contain every word, best first, followed by the matches of the query without its
    commonest words (dropped one by one, by document frequency, until the rest matches at
    most ``MAX_MATCHES`` articles; the rarest word is always kept).
    """
    from .store.sqlite import to_fts_query

    fts = to_fts_query(keyword_query(query))
    if not fts:
        return []
    terms = fts.split(" OR ")
    # match counts are taken without the filters: cheaper, and an upper bound of the filtered count
    if len(terms) == 1 or store.fts_count(fts) <= MAX_MATCHES:
        return [a for a, _ in store.fts_ranked(fts, limit=limit, **where)]
    every = " AND ".join(terms)
    out = [a for a, _ in store.fts_ranked(every, limit=limit, **where)] \
        if store.fts_count(every) <= MAX_MATCHES else []
    words = {t: t.strip('"').casefold().split() for t in terms}
    df = store.fts_doc_freq(w for ws in words.values() for w in ws)
    kept = sorted(terms, key=lambda t: min(df.get(w, 0) for w in words[t]))
    while len(kept) > 1 and store.fts_count(" OR ".join(kept)) > MAX_MATCHES:
        kept.pop()
    seen = set(out)
    for a, _ in store.fts_ranked(" OR ".join(kept), limit=limit, **where):
        if a not in seen:
            out.append(a)
            seen.add(a)
    return out[:limit]


def entity_keys(name: str) -> set[str]:
    """Index keys for an entity name: its case-folded form and its gazetteer canonical name."""
    name = " ".join((name or "").split())
    if not name:
        return set()
    keys = {name.casefold()}
    if name.casefold().startswith("the ") and len(name) > 4:
        keys.add(name[4:].casefold())
    try:
        from .extract.gazetteer import canonical_for

        g = canonical_for(name)
        if g is not None:
            keys.add(g.canonical.casefold())
    except ImportError:
        pass
    return keys


def mention_keys(mention: Any) -> set[str]:
    keys = entity_keys(mention.text)
    if getattr(mention, "canonical", ""):
        keys |= entity_keys(mention.canonical)
    return keys


def rrf(rankings: Iterable[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Reciprocal rank fusion of best-first id lists."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, art_id in enumerate(ranking, start=1):
            scores[art_id] = scores.get(art_id, 0.0) + 1.0 / (k + rank)
    return scores


_EMBEDDERS: dict[str, Any] = {}
_EMBEDDERS_LOCK = threading.Lock()


def _embedder(name: str):
    """One embedder per name per process (loading e5 takes seconds)."""
    with _EMBEDDERS_LOCK:
        if name not in _EMBEDDERS:
            from .embed import get_embedder

            _EMBEDDERS[name] = get_embedder(name)
        return _EMBEDDERS[name]


@dataclass(frozen=True)
class LanguageFrame:
    """What centring needs: each language's mean article vector, the mean over all languages
    (for articles of a language without a mean), and the centre of a query (the embedder's
    prior mean: queries are short generic-register texts, not news of one language)."""

    means: dict[str, np.ndarray]
    pooled: np.ndarray
    query_centre: np.ndarray
    centre: np.ndarray  # what articles are centred on besides their language offset

    def centre_query(self, qvec: np.ndarray) -> np.ndarray:
        return _unit(np.asarray(qvec, dtype=np.float32) - self.query_centre)

    def centre_articles(self, vecs: np.ndarray, langs: list[str]) -> np.ndarray:
        # each article minus its language's offset from the store's pooled mean, and minus the
        # store's centre (see language_frame: the pooled mean in a large varied store, the
        # embedder's prior in a small or focused one, whose pooled mean is what it is about)
        means = (np.stack([self.means.get(lang, self.pooled) for lang in langs]) - self.pooled + self.centre
                 if langs else vecs)
        out = np.asarray(vecs, dtype=np.float32) - means
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return (v / n).astype(np.float32) if n > 0 else v.astype(np.float32)


_FRAMES: dict[tuple[int, str], tuple[Any, LanguageFrame]] = {}


def language_frame(store: Store, emb: Any, index: Any) -> LanguageFrame:
    """The store's language means for ``emb``: from the story clusterer's persisted sums when
    it clustered with the same embedder (shrunk as the clusterer shrinks them, see
    ``cluster.ClusterState.lang_means``), else computed from the indexed vectors (stores built
    without clustering); cached until the store's article count changes."""
    from . import cluster

    meta = store.get_meta(CLUSTER_STATE_KEY) or {}
    from_state = meta.get("embedder") == emb.name and bool(meta.get("langs"))
    stamp = ("state", meta.get("n_docs"), len(meta.get("langs") or {})) if from_state else ("index", len(index))
    key = (id(store), emb.name)
    hit = _FRAMES.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    dim = index.dim or int(getattr(emb, "dim", 0) or 0)
    prior = None
    if meta.get("prior_mean") and from_state:
        prior = np.frombuffer(bytes.fromhex(meta["prior_mean"]), dtype=np.float32)
    if prior is None or not prior.any():
        p = getattr(emb, "prior_mean", None)
        prior = np.asarray(p, dtype=np.float32) if p is not None else None
    sums: dict[str, np.ndarray] = {}
    counts: dict[str, float] = {}
    if from_state:
        for lang, v in meta["langs"].items():
            sums[lang] = np.frombuffer(bytes.fromhex(v["sum"]), dtype=np.float32).astype(np.float64)
            counts[lang] = float(v["n"])
    else:
        seqs = index.keys()
        langs = store.langs_for_seqs(seqs.tolist())
        for i in range(0, len(seqs), 5000):
            chunk, vecs = index.vectors(seqs[i: i + 5000])
            for s, v in zip(chunk.tolist(), vecs):
                lang = langs.get(s, "und")
                if lang not in sums:
                    sums[lang], counts[lang] = np.zeros(len(v), dtype=np.float64), 0.0
                sums[lang] += v
                counts[lang] += 1
    if not dim:
        dim = len(next(iter(sums.values()))) if sums else len(prior) if prior is not None else 0
    base = prior if prior is not None else np.zeros(dim, dtype=np.float32)
    k0, k = cluster.POOLED_PRIOR, cluster.LANG_PRIOR
    total = sum(sums.values()) if sums else np.zeros(dim)
    pooled = ((total + k0 * base) / (sum(counts.values()) + k0)).astype(np.float32)
    means = {lang: ((sums[lang] + k * pooled) / (counts[lang] + k)).astype(np.float32) for lang in sums}
    # A store's pooled mean is "news in general" only when the store is large and varied; in a
    # small store, or one that follows a single storyline (focus), it is the storyline itself,
    # and subtracting it would leave noise (a 25-article flood store then found its flood in
    # one language only). So articles are centred on a blend that moves from the embedder's
    # prior to the pooled mean as the store grows (weight n / (n + STORE_CENTRE_ARTICLES)).
    n = sum(counts.values())
    w = 0.0 if meta.get("focus") or prior is None else n / (n + STORE_CENTRE_ARTICLES)
    centre = (w * pooled + (1 - w) * base).astype(np.float32)
    frame = LanguageFrame(means, pooled, base if prior is not None else pooled, centre)
    _FRAMES[key] = (stamp, frame)
    return frame


def semantic_ranking(store: Store, emb: Any, index: Any, qvec: np.ndarray, allowed: np.ndarray | None,
                     algorithm: str = VERSION) -> list[tuple[int, float, float]]:
    """``(seq, similarity, cosine)`` of the articles nearest in meaning, best first, at most
    ``CANDIDATES``. ``search.rrf.v2`` ranks and cuts by the language-centred cosine (for the
    models in ``CENTRED_MIN_SIMILARITY``); ``search.rrf.v1`` by the raw cosine."""
    if algorithm == "search.rrf.v1" or emb.name not in CENTRED_MIN_SIMILARITY:
        floor = MIN_SIMILARITY.get(emb.name, DEFAULT_MIN_SIMILARITY)
        return [(s, sim, sim) for s, sim in index.search(qvec, CANDIDATES, allowed) if sim >= floor]
    frame = language_frame(store, emb, index)
    qc = frame.centre_query(qvec)
    found = index.search(qc, CENTRED_POOL, allowed)
    if not found:
        return []
    seqs, vecs = index.vectors([s for s, _ in found])
    langs = store.langs_for_seqs(seqs.tolist())
    centred = frame.centre_articles(vecs, [langs.get(int(s), "und") for s in seqs]) @ qc
    cosine = vecs @ _unit(np.asarray(qvec, dtype=np.float32))
    floor = CENTRED_MIN_SIMILARITY[emb.name]
    if int((centred >= floor).sum()) >= CENTRED_SUPPORT:
        floor = min(floor, CENTRED_SUPPORTED_MIN.get(emb.name, floor))
    order = np.argsort(-centred, kind="stable")[:CANDIDATES]
    # an article whose language could not be told ("und": a few words, a code, a notice) says too
    # little to match by meaning; keywords still find it
    return [(int(seqs[i]), float(centred[i]), float(cosine[i])) for i in order
            if centred[i] >= floor and langs.get(int(seqs[i]), "und") != "und"]


def search(store: Store, query: str, filters: SearchFilters | None = None, *, limit: int = 20, offset: int = 0,
           embedder: Any = None, embedder_name: str = "e5", mode: str = "hybrid",
           prefer_lang: str = "en", algorithm: str = VERSION) -> dict[str, Any]:
    """Search articles and group the hits by story, best story first.

    Returns ``{"query", "filters", "version", "total", "limit", "offset", "hits", "items"}``:
    ``items`` is the page of story groups ``{"story", "score", "hits": [article + scores]}``,
    ``total`` the number of groups, ``hits`` the number of matching articles. ``mode`` picks
    the rankers: ``hybrid`` (both, fused), ``keyword`` or ``semantic``.
    """
    if mode not in MODES:
        raise BadQuery(f"unknown search mode {mode!r}: choose one of {', '.join(MODES)}")
    if algorithm not in ALGORITHMS:
        raise BadQuery(f"unknown search algorithm {algorithm!r}: choose one of {', '.join(ALGORITHMS)}")
    filters = check_filters(filters or SearchFilters())
    words = parse_query(query)
    if limit < 1 or offset < 0:
        raise BadQuery("limit must be at least 1 and offset at least 0")
    where: dict[str, Any] = {"lang": filters.lang, "since": filters.since, "until": filters.until,
                             "outlet": filters.outlet, "story_id": filters.story}
    if filters.entity:
        store.sync_entity_index(mention_keys)
        where["article_ids"] = store.entity_article_ids(entity_keys(filters.entity))

    # 1. keywords (BM25)
    keyword = keyword_ranking(store, query, where) if mode != "semantic" else []
    # 2. meaning (embeddings), same filters
    semantic_hits: list[tuple[str, float]] = []
    cosines: dict[str, float] = {}
    if mode != "keyword":
        emb = embedder or _embedder(embedder_name)
        from .vindex import open_index

        index = open_index(store, emb.name)
        if len(index):
            allowed = store.filter_seqs(**where) if any(v is not None for v in where.values()) else None
            qvec = np.asarray(emb.embed([" ".join(query.split())]), dtype=np.float32)[0]
            found = semantic_ranking(store, emb, index, qvec, allowed, algorithm)
            ids = store.ids_for_seqs(s for s, _, _ in found)
            semantic_hits = [(ids[s], sim) for s, sim, _ in found if s in ids]
            cosines = {ids[s]: cos for s, _, cos in found if s in ids}
    semantic_ids = [a for a, _ in semantic_hits]
    # 3. fuse
    scores = rrf([keyword, semantic_ids])
    kw_rank = {a: i for i, a in enumerate(keyword, 1)}
    sem_rank = {a: i for i, a in enumerate(semantic_ids, 1)}
    sims = dict(semantic_hits)
    # 4. group by story (cheap: story ids only), then load the articles of one page of groups
    story_of = store.stories_of(scores)
    groups: dict[str, list[str]] = {}
    for art_id in sorted(scores, key=lambda a: (-scores[a], a)):
        groups.setdefault(story_of.get(art_id) or f"article:{art_id}", []).append(art_id)
    ordered = sorted(groups.items(), key=lambda kv: (-scores[kv[1][0]], -len(kv[1]), kv[0]))
    page = ordered[offset: offset + limit]
    rows = {r.article.id: r for r in store.iter_articles(ids=[a for _, ids in page for a in ids])}
    briefs = store.story_briefs(sid for sid, _ in page if not sid.startswith("article:"))
    items = []
    for sid, ids in page:
        hits = []
        for art_id in ids:
            r = rows.get(art_id)
            if r is None:
                continue
            hit = r.as_dict()
            hit["story_id"] = story_of.get(art_id)
            hit.update(score=round(scores[art_id], 6), keyword_rank=kw_rank.get(art_id),
                       semantic_rank=sem_rank.get(art_id),
                       similarity=round(sims[art_id], 4) if art_id in sims else None,
                       cosine=round(cosines[art_id], 4) if art_id in cosines else None,
                       snippet=snippet(r.article.text, words))
            hits.append(hit)
        if hits:
            items.append({"story": _story_brief(sid, briefs.get(sid), hits, prefer_lang), "score": hits[0]["score"],
                          "hits": hits})
    return {"query": query, "filters": filters.active(), "mode": mode, "version": algorithm, "total": len(ordered),
            "limit": limit, "offset": offset, "hits": len(scores), "items": items}


def _story_brief(sid: str, brief: dict[str, Any] | None, hits: list[dict[str, Any]],
                 prefer_lang: str) -> dict[str, Any]:
    if brief is None:
        h = hits[0]
        return {"id": None, "title": h.get("display_title") or h["title"], "size": 1, "languages": [h["lang"]],
                "first_date": h["published"], "last_date": h["published"]}
    preferred = [h for h in hits if h["lang"] == prefer_lang] or hits
    return {**brief, "title": preferred[0].get("display_title") or preferred[0]["title"]}


def snippet(text: str, words: list[str], width: int = SNIPPET_CHARS) -> str:
    """A window of ``text`` around the first query word it contains (else its start)."""
    text = " ".join(text.split())
    low = text.casefold()
    pos = -1
    for w in words:
        for part in re.findall(r"\w+", w):
            if len(part) < 3:
                continue
            p = low.find(part.casefold())
            if p >= 0 and (pos < 0 or p < pos):
                pos = p
    if pos < 0 or pos < width // 3:
        start = 0
    else:
        start = text.rfind(" ", 0, pos - width // 3) + 1
    out = text[start: start + width]
    if start + width < len(text):
        cut = out.rfind(" ")
        out = (out[:cut] if cut > width // 2 else out) + " …"
    return ("… " if start else "") + out


