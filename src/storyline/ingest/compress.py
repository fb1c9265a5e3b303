"""Bounded gzip, bzip2 and xz decompression for streamed input (WARC files, ``.jsonl.gz``,
``.jsonl.bz2``, ``.html.xz``...).

``GunzipStream`` inflates a multi-member gzip stream (as WARC files are: one member per
record) a bounded chunk at a time and stops with ``GzipBomb`` when the output outgrows the
input by more than the allowed ratio, and with ``TruncatedGzip`` when the data ends inside
a member. Memory stays bounded whatever the input.
"""
from __future__ import annotations

import io
import zlib
from typing import BinaryIO

from storyline.ingest.limits import ReaderLimits

GZIP_MAGIC = b"\x1f\x8b"
_READ = 64 * 1024


class GzipBomb(ValueError):
    pass


class TruncatedGzip(ValueError):
    pass


class GunzipStream(io.RawIOBase):
    def __init__(self, raw: BinaryIO, limits: ReaderLimits = ReaderLimits()):
        self._raw = raw
        self._limits = limits
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""  # compressed bytes not yet given to the decompressor
        self._in = 0
        self._out = 0
        self._eof = False
        self._member_started = False

    def readable(self) -> bool:
        return True

    @property
    def compressed_read(self) -> int:
        return self._in

    def _check_ratio(self) -> None:
        lim = self._limits
        if self._out > lim.gzip_ratio_floor_bytes and self._out > lim.max_gzip_ratio * max(self._in, 1):
            raise GzipBomb(
                f"decompressed {self._out} bytes from {self._in} (ratio over max_gzip_ratio={lim.max_gzip_ratio}); "
                "refused as a likely gzip bomb"
            )

    def readinto(self, buf) -> int:  # type: ignore[override]
        data = self._read(len(buf))
        buf[: len(data)] = data
        return len(data)

    def _read(self, n: int) -> bytes:
        if n <= 0:
            return b""
        while not self._eof:
            if self._d.unconsumed_tail:
                src = self._d.unconsumed_tail
            else:
                if not self._pending:
                    self._pending = self._raw.read(_READ)
                    self._in += len(self._pending)
                    if not self._pending:
                        if self._member_started:
                            raise TruncatedGzip(f"gzip data ends inside a member after {self._in} compressed bytes")
                        self._eof = True
                        return b""
                src, self._pending = self._pending, b""
            if not self._member_started:
                if not src.strip(b"\x00"):  # zero padding after the last member
                    continue
                if not src.startswith(GZIP_MAGIC[: len(src)]):
                    raise TruncatedGzip("data after the last gzip member is not gzip")
                self._member_started = True
            try:
                out = self._d.decompress(src, n)
            except zlib.error as exc:
                raise TruncatedGzip(f"corrupt gzip data: {exc}") from None
            if self._d.eof:
                # End of one member: the rest belongs to the next one.
                self._pending = self._d.unused_data + self._pending
                self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self._member_started = False
            self._out += len(out)
            self._check_ratio()
            if out:
                return out
        return b""


def open_gunzip(raw: BinaryIO, limits: ReaderLimits = ReaderLimits()) -> io.BufferedReader:
    """A buffered, bounded, bomb-guarded decompressing reader over ``raw``."""
    return io.BufferedReader(GunzipStream(raw, limits), buffer_size=_READ)


# bzip2 and xz: the same bounded, bomb-guarded streaming, over the stdlib decompressors.
BZ2_MAGIC = b"BZh"
XZ_MAGIC = b"\xfd7zXZ\x00"
# The compressions a file name or its first bytes may name ("" is none).
COMPRESSIONS = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz"}


def compression_of(data: bytes) -> str:
    """The compression the first bytes of ``data`` show ("" for none)."""
    if data.startswith(GZIP_MAGIC):
        return "gzip"
    if data.startswith(BZ2_MAGIC) and data[3:4] in b"123456789" and data[4:10] == b"1AY&SY":
        return "bz2"
    if data.startswith(XZ_MAGIC):
        return "xz"
    return ""


class StreamDecompressor(io.RawIOBase):
    """A bz2 or xz stream (concatenated streams too, as ``pbzip2`` and ``xz -T`` write them),
    inflated a bounded chunk at a time under the gzip reader's ratio guard."""

    def __init__(self, raw: BinaryIO, kind: str, limits: ReaderLimits = ReaderLimits()):
        self._raw, self._kind, self._limits = raw, kind, limits
        self._d = self._new()
        self._pending = b""
        self._in = self._out = 0
        self._eof = False
        self._started = False

    def _new(self):
        import bz2
        import lzma

        return bz2.BZ2Decompressor() if self._kind == "bz2" else lzma.LZMADecompressor()

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[override]
        data = self._read(len(buf))
        buf[: len(data)] = data
        return len(data)

    def _read(self, n: int) -> bytes:
        import lzma

        while not self._eof and n > 0:
            if self._d.needs_input and not self._pending:
                self._pending = self._raw.read(_READ)
                self._in += len(self._pending)
                if not self._pending:
                    if self._started:
                        raise TruncatedGzip(f"{self._kind}: data ends inside a stream after {self._in} compressed bytes")
                    self._eof = True
                    return b""
            src, self._pending = (self._pending, b"") if self._d.needs_input else (b"", self._pending)
            if not self._started:
                if not src.strip(b"\x00"):  # padding after the last stream
                    continue
                self._started = True
            try:
                out = self._d.decompress(src, n)
            except (OSError, EOFError, lzma.LZMAError) as exc:
                raise TruncatedGzip(f"{self._kind}: corrupt data: {exc}") from None
            if self._d.eof:
                self._pending = self._d.unused_data + self._pending
                self._d = self._new()
                self._started = False
            self._out += len(out)
            lim = self._limits
            if self._out > lim.gzip_ratio_floor_bytes and self._out > lim.max_gzip_ratio * max(self._in, 1):
                raise GzipBomb(
                    f"{self._kind}: decompressed {self._out} bytes from {self._in} (ratio over "
                    f"max_gzip_ratio={lim.max_gzip_ratio}); refused as a likely {self._kind} bomb"
                )
            if out:
                return out
        return b""


def open_decompressed(raw: BinaryIO, kind: str, limits: ReaderLimits = ReaderLimits()) -> io.BufferedReader:
    """A bounded, bomb-guarded reader that undoes ``kind`` ("gzip", "bz2" or "xz") over ``raw``."""
    if kind == "gzip":
        return open_gunzip(raw, limits)
    return io.BufferedReader(StreamDecompressor(raw, kind, limits), buffer_size=_READ)
