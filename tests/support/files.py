"""Small real files for upload tests, made in memory (no binary fixtures in the repo)."""

from __future__ import annotations

import io
import struct
import zlib

from pypdf import PdfWriter


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def tiny_png(rgb: tuple[int, int, int] = (200, 30, 30), size: int = 4) -> bytes:
    """A valid `size` x `size` RGB PNG."""
    row = b"\x00" + bytes(rgb) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", zlib.compress(row * size))
            + _png_chunk(b"IEND", b""))


def blank_png(width: int, height: int) -> bytes:
    """A valid black-and-white PNG of any size that compresses to almost nothing: 13,000 × 13,000 pixels
    is about 20 KB (a decompression bomb), made row by row without holding the image."""
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then one bit per pixel
    compressor = zlib.compressobj(9)
    rows = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", rows)
            + _png_chunk(b"IEND", b""))


def tiny_pdf(pages: int = 1) -> bytes:
    """A valid PDF of blank A4 pages, without active content."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
