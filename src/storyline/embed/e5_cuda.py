"""Fused CUDA kernels for the e5 forward pass on CuPy (``e5.array.v2`` on a GPU).

The array code in ``e5_array`` runs every elementwise step as its own CuPy operation: the int8
rounding of activations alone is eight passes over the tensor, the exact GELU fifteen. On a GPU
those passes, not the matrix products, set the time. These kernels do the same arithmetic in
one pass each:

- ``quant(x)``: the engine's Q8_0 activation rounding (per 32 values: scale amax/127, round
  half to even, clip to int8, scale back), eight threads per block of 32 (a float4 each);
- ``bias_gelu_quant(m, b)``: bias, exact-erf GELU and the same rounding, for the feed-forward
  layer's middle;
- ``add_layernorm(x, r, bias, w, b)``: LayerNorm of ``x + r + bias``, one warp per row;
- ``masked_softmax(s, lengths, scale)``: the attention weights, scaled, masked past each
  text's length and normalised in one pass, one warp per row.

Each has the array code's arithmetic in float32 (GELU uses CUDA's ``erff`` where the NumPy
path uses a polynomial of error < 1.5e-7), so the vectors agree to float rounding with the
NumPy path and the engine; ``bench/gpu_embed.py`` checks that on the GPU.
"""
from __future__ import annotations

import contextlib
import functools
from typing import Any, Iterator

_SOURCE = r"""
// Q8_0 rounding: 8 consecutive threads hold one block of 32 values (a float4 each), so loads
// and stores are coalesced; the block's amax is a shuffle among those 8 lanes.
__device__ __forceinline__ float q8(float v, float inv, float d) {
    return fminf(fmaxf(rintf(v * inv), -128.f), 127.f) * d;
}

__device__ __forceinline__ float4 quant4(float4 v) {
    float a = fmaxf(fmaxf(fabsf(v.x), fabsf(v.y)), fmaxf(fabsf(v.z), fabsf(v.w)));
    a = fmaxf(a, __shfl_xor_sync(0xffffffffu, a, 1));
    a = fmaxf(a, __shfl_xor_sync(0xffffffffu, a, 2));
    a = fmaxf(a, __shfl_xor_sync(0xffffffffu, a, 4));
    float d = a / 127.0f;
    float inv = d > 0.f ? 1.0f / d : 0.f;
    return make_float4(q8(v.x, inv, d), q8(v.y, inv, d), q8(v.z, inv, d), q8(v.w, inv, d));
}

extern "C" __global__ void quant(const float4* __restrict__ x, float4* __restrict__ y, long long n4) {
    long long i = blockIdx.x * (long long)blockDim.x + threadIdx.x;
    bool ok = i < n4;  // n4 is a multiple of 8: a block of 32 values is wholly in or out
    float4 v = ok ? x[i] : make_float4(0.f, 0.f, 0.f, 0.f);
    float4 q = quant4(v);  // every lane takes part in the shuffles
    if (ok) y[i] = q;
}

__device__ __forceinline__ float gelu(float v) {
    return 0.5f * v * (1.0f + erff(v * 0.7071067811865476f));
}

extern "C" __global__ void bias_gelu_quant(const float4* __restrict__ x, const float4* __restrict__ bias,
                                           float4* __restrict__ y, long long n4, int cols4, int do_quant) {
    long long i = blockIdx.x * (long long)blockDim.x + threadIdx.x;
    bool ok = i < n4;
    float4 v = make_float4(0.f, 0.f, 0.f, 0.f);
    if (ok) {
        float4 a = x[i], c = bias[i % cols4];
        v = make_float4(gelu(a.x + c.x), gelu(a.y + c.y), gelu(a.z + c.z), gelu(a.w + c.w));
    }
    float4 q = do_quant ? quant4(v) : v;  // do_quant is the same for the whole grid
    if (ok) y[i] = q;
}

extern "C" __global__ void add_layernorm(const float* __restrict__ x, const float* __restrict__ r,
                                         const float* __restrict__ rbias, const float* __restrict__ w,
                                         const float* __restrict__ b, float* __restrict__ y,
                                         long long rows, int H, float eps) {
    long long row = (blockIdx.x * (long long)blockDim.x + threadIdx.x) >> 5;
    int lane = threadIdx.x & 31;
    if (row >= rows) return;  // a whole warp leaves together: one row per warp
    const float* xr = x + row * H;
    const float* rr = r + row * H;
    float s = 0.f;
    for (int i = lane; i < H; i += 32) s += xr[i] + rr[i] + rbias[i];
    #pragma unroll
    for (int o = 16; o; o >>= 1) s += __shfl_xor_sync(0xffffffffu, s, o);
    float mean = s / H;
    float ss = 0.f;
    for (int i = lane; i < H; i += 32) { float d = xr[i] + rr[i] + rbias[i] - mean; ss += d * d; }
    #pragma unroll
    for (int o = 16; o; o >>= 1) ss += __shfl_xor_sync(0xffffffffu, ss, o);
    float sd = sqrtf(ss / H + eps);
    float* yr = y + row * H;
    for (int i = lane; i < H; i += 32) yr[i] = (xr[i] + rr[i] + rbias[i] - mean) / sd * w[i] + b[i];
}

// Attention weights in place: s (B, heads, L, L) holds q.k; row by row (one warp each) scale,
// mask the keys at or past the text's length, and softmax.
extern "C" __global__ void masked_softmax(float* __restrict__ s, const long long* __restrict__ lengths,
                                          long long rows, int heads, int L, float scale) {
    long long row = (blockIdx.x * (long long)blockDim.x + threadIdx.x) >> 5;
    int lane = threadIdx.x & 31;
    if (row >= rows) return;
    int n = (int)lengths[row / ((long long)heads * L)];
    float* sr = s + row * L;
    float m = -3.0e38f;
    for (int j = lane; j < n; j += 32) m = fmaxf(m, sr[j] * scale);
    #pragma unroll
    for (int o = 16; o; o >>= 1) m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, o));
    float t = 0.f;
    for (int j = lane; j < n; j += 32) t += expf(sr[j] * scale - m);
    #pragma unroll
    for (int o = 16; o; o >>= 1) t += __shfl_xor_sync(0xffffffffu, t, o);
    for (int j = lane; j < L; j += 32) sr[j] = j < n ? expf(sr[j] * scale - m) / t : 0.f;
}
"""

THREADS = 256


@functools.lru_cache(maxsize=1)
def _module() -> Any:
    import cupy  # type: ignore[import-not-found]

    return cupy.RawModule(code=_SOURCE, options=("-std=c++14",))


def _grid(n: int) -> tuple[int]:
    return ((n + THREADS - 1) // THREADS,)


def quant(x):
    """Q8_0 rounding of a C-contiguous float32 array whose last axis is a multiple of 32."""
    import cupy  # type: ignore[import-not-found]

    x = cupy.ascontiguousarray(x, dtype=cupy.float32)
    y = cupy.empty_like(x)
    n4 = x.size // 4
    _module().get_function("quant")(_grid(n4), (THREADS,), (x, y, cupy.int64(n4)))
    return y


def bias_gelu_quant(m, bias, do_quant: bool = True):
    """GELU(m + bias), then (``do_quant``) the Q8_0 rounding; ``m`` is (..., cols)."""
    import cupy  # type: ignore[import-not-found]

    m = cupy.ascontiguousarray(m, dtype=cupy.float32)
    y = cupy.empty_like(m)
    n4 = m.size // 4
    _module().get_function("bias_gelu_quant")(
        _grid(n4), (THREADS,), (m, cupy.ascontiguousarray(bias, dtype=cupy.float32), y, cupy.int64(n4),
                                cupy.int32(m.shape[-1] // 4), cupy.int32(1 if do_quant else 0)))
    return y


def add_layernorm(x, r, rbias, w, b, eps: float):
    """LayerNorm(x + r + rbias) over the last axis, with weight ``w`` and bias ``b``."""
    import cupy  # type: ignore[import-not-found]

    x = cupy.ascontiguousarray(x, dtype=cupy.float32)
    r = cupy.ascontiguousarray(r, dtype=cupy.float32)
    H = x.shape[-1]
    rows = x.size // H
    y = cupy.empty_like(x)
    _module().get_function("add_layernorm")(
        _grid(rows * 32), (THREADS,), (x, r, rbias, w, b, y, cupy.int64(rows), cupy.int32(H), cupy.float32(eps)))
    return y


def masked_softmax(s, lengths, scale: float):
    """Softmax over the last axis of ``s * scale`` (B, heads, L, L), keys at or past each text's
    length (``lengths``, (B,) int64) given weight 0; ``s`` is overwritten and returned."""
    import cupy  # type: ignore[import-not-found]

    s = cupy.ascontiguousarray(s, dtype=cupy.float32)
    B, heads, L, _ = s.shape
    rows = B * heads * L
    _module().get_function("masked_softmax")(
        _grid(rows * 32), (THREADS,), (s, cupy.ascontiguousarray(lengths, dtype=cupy.int64), cupy.int64(rows),
                                       cupy.int32(heads), cupy.int32(L), cupy.float32(scale)))
    return s


@contextlib.contextmanager
def tf32_products(enabled: bool = True) -> Iterator[None]:
    """Let CuPy's float32 matrix products use TF32 tensor cores inside the block (CuPy's own
    compute-type switch, restored after; kernels already queued keep the type they were given).
    Products then round their inputs to 10-bit mantissas: on T17 + Crisis leads the cosine to
    the engine's vectors stays 0.9999 (BENCHMARKS.md, "GPU embedding"). Without the switch
    (an older CuPy) products stay in float32."""
    try:
        import numpy as np
        from cupy._core import _routines_linalg as linalg  # type: ignore[import-not-found]

        old = linalg.get_compute_type(np.float32)
    except (ImportError, AttributeError):
        enabled = False
    if not enabled:
        yield
        return
    linalg.set_compute_type(np.float32, linalg.COMPUTE_TYPE_TF32)
    try:
        yield
    finally:
        linalg.set_compute_type(np.float32, old)
