"""Pictures for the demo history: construction-site scenes at five stages (progress photos) and
rectification evidence, drawn with Pillow; `with_exif` gives a scene the EXIF a phone writes."""

from __future__ import annotations

import datetime as dt
import io
from functools import cache

from PIL import ExifTags, Image, ImageDraw

from server.clock import CHINA_TZ
from server.reporting.photos import read_photo

STAGES = ("基础施工", "主体结构", "主体结构", "砌体及机电安装", "装饰装修")
_PHOTO_SIZE = (480, 360)


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=70)
    return out.getvalue()


@cache
def site_scenes() -> tuple[bytes, ...]:
    """Site photos without EXIF: sky, ground and a building at five stages (what progress photos show)."""
    scenes = []
    for stage in range(len(STAGES)):
        image = Image.new("RGB", _PHOTO_SIZE, (150, 190, 225))
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 250, 480, 360), fill=(150, 130, 100))
        floors = 1 + stage * 4
        for floor in range(floors):
            top = 250 - (floor + 1) * 14
            draw.rectangle((140, top, 340, top + 12), fill=(170, 170, 165) if stage < 4 else (225, 215, 190),
                           outline=(90, 90, 90))
        draw.line((380, 250, 380, 40), fill=(230, 170, 20), width=5)  # tower crane mast and jib
        draw.line((300, 45, 470, 45), fill=(230, 170, 20), width=4)
        scenes.append(_jpeg(image))
    return tuple(scenes)


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    return float(degrees), float(minutes), round((value - degrees - minutes / 60) * 3600, 3)


def with_exif(scene: bytes, taken_at: dt.datetime, lon: float, lat: float) -> bytes:
    """The scene with the EXIF a phone writes (local capture time, GPS), spliced in after the JPEG's SOI
    marker, so a thousand photos don't mean a thousand encodes."""
    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = (
        taken_at.astimezone(CHINA_TZ).strftime("%Y:%m:%d %H:%M:%S"))
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef], gps[ExifTags.GPS.GPSLatitude] = "N", _dms(lat)
    gps[ExifTags.GPS.GPSLongitudeRef], gps[ExifTags.GPS.GPSLongitude] = "E", _dms(lon)
    payload = exif.tobytes()
    return scene[:2] + b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload + scene[2:]


@cache
def scene_thumbnail(stage: int) -> bytes:
    """The thumbnail the server makes of a scene (the same pixels whatever EXIF is spliced in)."""
    return read_photo(site_scenes()[stage], max_pixels=_PHOTO_SIZE[0] * _PHOTO_SIZE[1]).thumbnail




@cache
def evidence_photos() -> tuple[bytes, ...]:
    """Rectified hazards as a site would photograph them: a guardrail put back at an edge, a safety
    net hung, a fire extinguisher in place, a cleaned-up passage (four scenes, two light conditions)."""
    photos = []
    for light in (0, 25):
        for scene in range(4):
            image = Image.new("RGB", _PHOTO_SIZE, (200 - light, 200 - light, 195 - light))
            draw = ImageDraw.Draw(image)
            draw.rectangle((0, 230, 480, 360), fill=(120 - light, 120 - light, 115 - light))
            if scene == 0:  # guardrail: red-white posts and two rails
                for x in range(40, 460, 60):
                    draw.rectangle((x, 140, x + 8, 240), fill=(200, 40, 40))
                draw.rectangle((40, 150, 448, 156), fill=(230, 230, 230))
                draw.rectangle((40, 190, 448, 196), fill=(230, 230, 230))
            elif scene == 1:  # safety net: a green mesh
                for x in range(60, 420, 18):
                    draw.line((x, 40, x, 230), fill=(30, 130, 60), width=2)
                for y in range(40, 230, 18):
                    draw.line((60, y, 420, y), fill=(30, 130, 60), width=2)
            elif scene == 2:  # extinguishers in a rack
                draw.rectangle((150, 120, 330, 250), outline=(90, 90, 90), width=4)
                for x in (180, 250):
                    draw.rounded_rectangle((x, 135, x + 45, 240), radius=12, fill=(210, 30, 30))
            else:  # a cleared passage with a yellow line
                draw.polygon(((200, 360), (280, 360), (250, 150), (230, 150)), fill=(225, 190, 40))
            photos.append(_jpeg(image))
    return tuple(photos)
