"""The Danish NER model's word vectors, composed from e5's own pieces (extract.piece_vectors)."""
from __future__ import annotations

import numpy as np
import pytest

spacy = pytest.importorskip("spacy")

from storyline.extract import entities, piece_vectors  # noqa: E402


@pytest.fixture(scope="module")
def vectors():
    nlp = spacy.load(entities.DA_MODEL_PATH)
    return nlp.vocab.vectors


def test_the_shipped_model_reads_piece_vectors(vectors):
    assert isinstance(vectors, piece_vectors.PieceVectors)
    rows, dim = vectors.shape
    assert dim == 320 and rows > 20_000
    # a model trained without static vectors would not need them: this one has a projection for them
    nlp = entities._danish_nlp()
    names = {node.name for _, pipe in nlp.pipeline for node in pipe.model.walk()}
    assert "static_vectors" in names


def test_known_words_unknown_compounds_and_punctuation(vectors):
    for word in ("København", "regeringen", "forsvarsministeriet", "Stoltenberg", "2021"):
        v = vectors.word_vector(word)
        assert v.shape == (320,) and abs(float(np.linalg.norm(v)) - 1.0) < 1e-3, word
    assert not vectors.word_vector("!").any() and not vectors.word_vector("--").any()
    # case does not matter (the table is lower-cased); different words differ
    assert np.allclose(vectors.word_vector("Danmark"), vectors.word_vector("danmark"))
    assert not np.allclose(vectors.word_vector("Danmark"), vectors.word_vector("Tyskland"))


def test_get_batch_matches_word_vectors_and_caches(vectors):
    nlp = spacy.blank("da")
    doc = nlp("Jens Stoltenberg besøgte Forsvarsministeriet i går .")
    keys = [t.orth for t in doc]
    for t in doc:  # the vectors resolve keys through the model's own string store
        vectors.strings.add(t.text)
    out = vectors.get_batch(keys)
    assert out.shape == (len(doc), 320)
    for row, tok in zip(out, doc):
        assert np.allclose(row, vectors.word_vector(tok.text), atol=2e-3)
    again = vectors.get_batch(keys)
    assert np.array_equal(out, again)


def test_allowed_entries_come_from_e5_not_from_datasets(vectors):
    """Only e5's SentencePiece words/pieces (plus 1-2 letter words and digits) are read, never
    the words the static embedder counted in evaluation sets: test text gets no special vectors."""
    pieces = piece_vectors.e5_pieces()
    extra = [t for t in vectors.allowed if not (t in pieces or len(t) <= 2 or t.isdigit())]
    assert extra == []
    tokens = (piece_vectors.static.MODEL_DIR / "tokens.txt").read_text(encoding="utf-8").split("\n")
    assert len(vectors.allowed) < len(tokens)  # dataset-only words were left out
    assert piece_vectors.allowed_entries(["gaddafi", "syria", "ab", "2011", "zzqx"], {"syria"}) == ["syria", "ab", "2011"]


def test_saved_list_round_trips(tmp_path, vectors):
    vectors.to_disk(tmp_path)
    other = piece_vectors.PieceVectors(strings=vectors.strings, allowed=["danmark"])
    other.from_disk(tmp_path)
    assert other.allowed == vectors.allowed and other.shape == vectors.shape
    (tmp_path / piece_vectors.FILE).write_text("# another.table\nfoo", encoding="utf-8")
    with pytest.raises(ValueError):
        other.from_disk(tmp_path)
