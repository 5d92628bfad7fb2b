"""JPEG photos made in memory with the EXIF a phone writes (capture time, GPS), for upload tests."""

from __future__ import annotations

import datetime as dt
import io

from PIL import ExifTags, Image


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 4)
    return float(degrees), float(minutes), seconds


def exif_jpeg(*, taken_at: dt.datetime | None = None, lon: float | None = None, lat: float | None = None,
              size: tuple[int, int] = (640, 480), colour: tuple[int, int, int] = (90, 120, 160)) -> bytes:
    """A JPEG whose EXIF holds DateTimeOriginal (local time, as cameras write it) and a GPS position."""
    exif = Image.Exif()
    if taken_at is not None:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
    if lon is not None and lat is not None:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps[ExifTags.GPS.GPSLatitudeRef] = "N" if lat >= 0 else "S"
        gps[ExifTags.GPS.GPSLatitude] = _dms(lat)
        gps[ExifTags.GPS.GPSLongitudeRef] = "E" if lon >= 0 else "W"
        gps[ExifTags.GPS.GPSLongitude] = _dms(lon)
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="JPEG", exif=exif)
    return out.getvalue()
