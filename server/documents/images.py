"""Uploaded images are measured by their header before a pixel is decoded.

A PNG of 20 KB can declare 13,000 × 13,000 pixels and take close to a gigabyte to decode (issue 12,
finding 3). Pillow's `Image.open` reads only the header, so the size is known, and refused above the
configured cap, at no cost. Pillow's own process-wide ceiling (`Image.MAX_IMAGE_PIXELS`, a warning above
it and an error at twice it) is left alone: the cap here is lower and checked per call.
"""

from __future__ import annotations

import io
import logging

from PIL import Image, UnidentifiedImageError

from server.errors import Invalid, invalid

log = logging.getLogger(__name__)
FORMATS = ("JPEG", "PNG")  # never let Pillow pick another decoder for bytes sniffed as one of these
UNREADABLE = (UnidentifiedImageError, OSError, SyntaxError, ValueError)  # Pillow's errors on corrupt data


def unreadable_image(exc: BaseException) -> Invalid:
    """The decoder's own message names Python objects ("<_io.BytesIO object at 0x…>"): logged, not answered."""
    log.info("an uploaded image could not be decoded: %s", exc)
    return invalid("unreadable_image", "the image cannot be decoded: the file is damaged or not a complete "
                                       "JPEG or PNG")


def image_too_large(max_pixels: int, found: str) -> Invalid:
    return invalid("image_too_large", f"images may have at most {max_pixels:,} pixels "
                                      f"({max_pixels / 1e6:g} megapixels); {found}")


def open_image(data: bytes, *, max_pixels: int) -> Image.Image:
    """The image with only its header read, refused when it has more than `max_pixels`; close it."""
    try:
        image = Image.open(io.BytesIO(data), formats=FORMATS)
    except Image.DecompressionBombError as exc:  # beyond Pillow's own ceiling: far beyond ours
        raise image_too_large(max_pixels, str(exc)) from exc
    except UNREADABLE as exc:
        raise unreadable_image(exc) from exc
    width, height = image.size
    if width * height > max_pixels:
        image.close()
        raise image_too_large(max_pixels, f"this one is {width:,} × {height:,}")
    return image


def check_image_size(data: bytes, *, max_pixels: int) -> None:
    """Refuse an image the clients could not decode safely either (documents are stored as they are)."""
    open_image(data, max_pixels=max_pixels).close()
