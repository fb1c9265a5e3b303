"""The ``"static"`` embedder (issue 7): static word vectors distilled from e5, shipped in the package."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storyline.embed import EMBEDDERS, get_embedder
from storyline.embed.static import MODEL_DIR, StaticEmbedder, tokenize

# (anchor, paraphrase, unrelated) per language; written for this test
TRIPLES = {
    "en": ("The government raised taxes on fuel to pay for new hospitals.",
           "Fuel taxes were increased by the government to fund hospital construction.",
           "The striker scored twice as the team won the football final."),
    "da": ("Regeringen hæver afgiften på benzin for at betale for nye hospitaler.",
           "Benzinafgiften stiger, så regeringen kan finansiere flere sygehuse.",
           "Angriberen scorede to mål, da holdet vandt pokalfinalen i fodbold."),
    "de": ("Die Regierung erhöht die Steuer auf Benzin, um neue Krankenhäuser zu bezahlen.",
           "Um Krankenhäuser zu finanzieren, hebt die Regierung die Benzinsteuer an.",
           "Der Stürmer erzielte zwei Tore, und die Mannschaft gewann das Pokalfinale."),
}


@pytest.fixture(scope="module")
def emb() -> StaticEmbedder:
    return get_embedder("static")


def test_registered_and_loaded_from_the_package(emb):
    assert "static" in EMBEDDERS
    assert isinstance(emb, StaticEmbedder)
    assert MODEL_DIR.is_dir() and Path(__file__).resolve().parents[1] / "src" in MODEL_DIR.parents
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir())
    assert size <= 15 * 2**20, size
    assert emb.name.startswith("static.") and emb.dim == 320


def test_shape_dtype_and_unit_rows(emb):
    texts = ["NATO troops leave Kabul.", "Talibans fremrykning fortsætter.", "", "zzqx qqvv"]
    v = emb.embed(texts)
    assert v.shape == (4, emb.dim) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert emb.embed([]).shape == (0, emb.dim)


def test_deterministic_and_batch_independent(emb):
    texts = [t for triple in TRIPLES.values() for t in triple]
    a = emb.embed(texts)
    b = get_embedder("static").embed(list(reversed(texts)))[::-1]
    assert np.array_equal(a, emb.embed(texts))
    assert np.allclose(a, b, atol=1e-6)
    assert np.allclose(a[2], emb.embed([texts[2]])[0], atol=1e-6)


@pytest.mark.parametrize("lang", sorted(TRIPLES))
def test_paraphrase_ranks_above_unrelated(emb, lang):
    anchor, para, other = emb.embed(list(TRIPLES[lang]))
    assert float(anchor @ para) > float(anchor @ other)


def test_tokenize_lowercases_words_and_numbers():
    assert tokenize("Kabul's airport: 2,000 troops LEFT!") == ["kabul", "s", "airport", "2", "000", "troops", "left"]


def test_unknown_words_split_into_known_pieces(emb):
    known = emb.ids("government")
    assert len(known) == 1 and emb.ids("governmentqq") == known  # "qq" is too short a piece
    benzin = emb.ids("benzin")
    assert len(benzin) == 1 and benzin[0] in emb.ids("Regierungsbenzin")  # a compound keeps its known part
    assert emb.ids("qxqxq") == []


def test_prior_mean_is_a_vector_of_the_output_space(emb):
    from storyline.embed.prior import PRIOR_TEXTS

    p = emb.prior_mean
    assert p.shape == (emb.dim,) and p.dtype == np.float32
    assert np.allclose(p, emb.embed(list(PRIOR_TEXTS)).mean(axis=0), atol=1e-6) and np.linalg.norm(p) > 0
