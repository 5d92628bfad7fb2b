"""Reading photos on the server with Pillow: EXIF capture time and GPS position, and a thumbnail.

A photo's own EXIF is what a supervisor can trust more than the month the enterprise typed; the
geometry and calendar checks on these values are pure functions in domain.reporting.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PIL import ExifTags, Image, ImageOps

from domain.reporting import gps_to_degrees
from server.documents.images import UNREADABLE, open_image, unreadable_image

log = logging.getLogger("sandtable.reporting")
CHINA_TZ = ZoneInfo("Asia/Shanghai")  # EXIF times carry no zone unless OffsetTimeOriginal says so
THUMBNAIL_SIZE = (320, 320)
_EXIF_TIME = "%Y:%m:%d %H:%M:%S"


@dataclass(frozen=True)
class PhotoFacts:
    taken_at: dt.datetime | None
    lon: float | None
    lat: float | None
    thumbnail: bytes


def _taken_at(exif: Image.Exif) -> dt.datetime | None:
    details = exif.get_ifd(ExifTags.IFD.Exif)
    raw = details.get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)
    if not isinstance(raw, str):
        return None
    try:
        local = dt.datetime.strptime(raw.strip("\x00 "), _EXIF_TIME)
    except ValueError:
        log.info("unreadable EXIF time %r", raw)
        return None
    offset = details.get(ExifTags.Base.OffsetTimeOriginal)
    if isinstance(offset, str):
        try:
            return dt.datetime.fromisoformat(local.isoformat() + offset.strip("\x00 ")).astimezone(dt.UTC)
        except ValueError:
            log.info("unreadable EXIF offset %r", offset)
    return local.replace(tzinfo=CHINA_TZ).astimezone(dt.UTC)


def _position(exif: Image.Exif) -> tuple[float | None, float | None]:
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    try:
        lat = gps_to_degrees(gps[ExifTags.GPS.GPSLatitude], str(gps[ExifTags.GPS.GPSLatitudeRef]))
        lon = gps_to_degrees(gps[ExifTags.GPS.GPSLongitude], str(gps[ExifTags.GPS.GPSLongitudeRef]))
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    return round(lon, 7), round(lat, 7)


def read_photo(data: bytes, *, max_pixels: int) -> PhotoFacts:
    """EXIF time and position (None when absent or unreadable) and a JPEG thumbnail, upright.

    The size is checked from the header first (`open_image`); the thumbnail is made before anything
    else touches the pixels, so a JPEG is decoded at 1/2 to 1/8 scale (`draft`) and other images are
    reduced by whole factors before resampling: a 40-megapixel JPEG costs a few megabytes, not 160."""
    with open_image(data, max_pixels=max_pixels) as image:
        try:
            exif = image.getexif()
            taken_at = _taken_at(exif)
            lon, lat = _position(exif)
            image.thumbnail(THUMBNAIL_SIZE)  # in place: draft (JPEG) and reduce, then resample
            thumb = ImageOps.exif_transpose(image).convert("RGB")
            out = io.BytesIO()
            thumb.save(out, format="JPEG", quality=80)
        except UNREADABLE as exc:
            raise unreadable_image(exc) from exc
    return PhotoFacts(taken_at, lon, lat, out.getvalue())
