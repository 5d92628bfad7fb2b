"""What the server checks in an upload before it keeps it (issue 12, findings 3 and 12): images are measured
by their header before decoding, thumbnails are made at reduced scale, and PDFs with active content are
refused wherever the content hides."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from PIL import ExifTags, Image
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, TextStringObject
from reportlab.pdfgen.canvas import Canvas

from server.documents.images import check_image_size
from server.documents.pdf import check_pdf
from server.errors import Invalid
from server.reporting.photos import read_photo
from services.errors import ApiError as ClientApiError
from services.reporting_client import refuses_batch
from tests.support.files import blank_png, tiny_pdf, tiny_png
from tests.support.pdfs import (
    action,
    edited_pdf,
    first_page,
    javascript,
    javascript_on_open,
    launch,
    link,
    name,
    open_with,
)

PIXELS = 40_000_000


def refusal(check: Callable[[], object]) -> Invalid:
    with pytest.raises(Invalid) as refused:
        check()
    return refused.value


# --- images --------------------------------------------------------------------------------------


def test_images_are_capped_by_the_pixels_their_header_declares() -> None:
    check_image_size(blank_png(100, 100), max_pixels=10_000)
    too_wide = refusal(lambda: check_image_size(blank_png(101, 100), max_pixels=10_000))
    assert too_wide.code == "image_too_large" and "10,000 pixels" in too_wide.detail and "101 × 100" in too_wide.detail
    assert refusal(lambda: read_photo(blank_png(101, 100), max_pixels=10_000)).code == "image_too_large"


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # Pillow's own, above 89 MP
def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    bomb = blank_png(13_000, 13_000)
    assert len(bomb) < 32 * 1024  # the 20 KB file of the finding that decoded to 169 megapixels
    refused = refusal(lambda: read_photo(bomb, max_pixels=PIXELS))
    assert refused.code == "image_too_large" and "13,000 × 13,000" in refused.detail and "40 megapixels" in refused.detail
    beyond_pillow = refusal(lambda: read_photo(blank_png(13_500, 13_500), max_pixels=PIXELS))  # Pillow's error too
    assert beyond_pillow.code == "image_too_large"


def test_unreadable_images_are_refused() -> None:
    assert refusal(lambda: read_photo(tiny_png()[:40], max_pixels=PIXELS)).code == "unreadable_image"
    gif = io.BytesIO()
    Image.new("P", (4, 4)).save(gif, format="GIF")  # only the JPEG and PNG decoders are ever used
    assert refusal(lambda: check_image_size(gif.getvalue(), max_pixels=PIXELS)).code == "unreadable_image"


def _encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def test_thumbnails_are_upright_and_small_whatever_the_mode() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # held sideways: the camera says rotate 90° clockwise to view
    sideways = _encoded(Image.new("RGB", (1600, 1200), (90, 120, 160)), "JPEG", exif=exif)
    thumb = Image.open(io.BytesIO(read_photo(sideways, max_pixels=PIXELS).thumbnail))
    assert thumb.format == "JPEG" and thumb.size == (240, 320)
    for mode in ("RGBA", "P", "L", "1", "I;16"):
        facts = read_photo(_encoded(Image.new(mode, (1000, 500)), "PNG"), max_pixels=PIXELS)
        thumb = Image.open(io.BytesIO(facts.thumbnail))
        assert (thumb.mode, thumb.size) == ("RGB", (320, 160)), mode


def test_a_photo_refused_for_its_size_does_not_stop_the_rest_of_a_batch() -> None:
    assert not refuses_batch(ClientApiError(422, "image_too_large", "images may have at most …"))
    assert refuses_batch(ClientApiError(422, "month_not_started", "2026-12 has not started yet"))


# --- PDFs ----------------------------------------------------------------------------------------


def _outline_with(writer: PdfWriter, run: DictionaryObject) -> None:
    item = writer.add_outline_item(title="第一章", page_number=0).get_object()
    item[name("/A")] = run


def _reportlab_plan() -> bytes:
    """A plan as office software writes it: text, a web link, bookmarks, opening at the first page."""
    out = io.BytesIO()
    canvas = Canvas(out)
    for page in range(3):
        canvas.drawString(72, 760, f"Special construction plan, part {page + 1}")
        canvas.linkURL("https://www.mohurd.gov.cn/", (72, 700, 300, 720))
        canvas.bookmarkPage(f"p{page}")
        canvas.addOutlineEntry(f"Part {page + 1}", f"p{page}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _encrypted(user_password: str) -> Callable[[PdfWriter], None]:
    return lambda writer: writer.encrypt(user_password, "owner-secret", algorithm="AES-128")


CLEAN = {
    "blank": tiny_pdf(),
    "office plan": _reportlab_plan(),
    "opens at a page": edited_pdf(lambda w: w.root_object.__setitem__(name("/OpenAction"), first_page(w))),
    "opens with a GoTo": edited_pdf(lambda w: open_with(w, action("/GoTo", D=first_page(w)))),
    "web link": edited_pdf(lambda w: link(w, action("/URI", URI=TextStringObject("https://example.org/")))),
    "edit-protected": edited_pdf(_encrypted("")),
}

ACTIVE = {
    "JavaScript on open": (javascript_on_open(), "automatic JavaScript action"),
    "document JavaScript": (edited_pdf(lambda w: w.root_object.__setitem__(name("/Names"), DictionaryObject({
        name("/JavaScript"): DictionaryObject({name("/Names"): ArrayObject([TextStringObject("x"), javascript()])})}))),
        "document-level JavaScript"),
    "JavaScript after a GoTo": (edited_pdf(lambda w: open_with(w, action("/GoTo", D=first_page(w), Next=javascript()))),
                                "automatic JavaScript action"),
    "launch on open": (edited_pdf(lambda w: open_with(w, launch())), "automatic Launch action"),
    "web page on open": (edited_pdf(lambda w: open_with(w, action("/URI", URI=TextStringObject("https://x.test/")))),
                         "automatic URI action"),
    "JavaScript when a page opens": (edited_pdf(lambda w: w.pages[0].__setitem__(name("/AA"), DictionaryObject(
        {name("/O"): javascript()}))), "automatic JavaScript action"),
    "JavaScript link": (edited_pdf(lambda w: link(w, javascript())), "JavaScript"),
    "launch link": (edited_pdf(lambda w: link(w, launch("cmd.exe"))), "launch action"),
    "JavaScript bookmark": (edited_pdf(lambda w: _outline_with(w, javascript())), "JavaScript"),
    "attachment": (edited_pdf(lambda w: w.add_attachment("setup.exe", b"MZ\x90\x00")), "embedded file"),
    "XFA form": (edited_pdf(lambda w: w.root_object.__setitem__(name("/AcroForm"), DictionaryObject(
        {name("/Fields"): ArrayObject(), name("/XFA"): ArrayObject()}))), "XFA form"),
}


@pytest.mark.parametrize("case", CLEAN)
def test_pdfs_without_active_content_pass(case: str) -> None:
    check_pdf(CLEAN[case])


@pytest.mark.parametrize("case", ACTIVE)
def test_pdfs_with_active_content_are_refused_saying_what_they_hold(case: str) -> None:
    data, found = ACTIVE[case]
    refused = refusal(lambda: check_pdf(data))
    assert refused.code == "pdf_active_content" and found in refused.detail, refused.detail


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",  # no cross-reference table
    tiny_pdf()[:200],
    b"%PDF-1.7\n" + b"\x00" * 4096,
])
def test_unreadable_pdfs_are_refused(data: bytes) -> None:
    assert refusal(lambda: check_pdf(data)).code == "pdf_unreadable"


def test_password_protected_pdfs_cannot_be_checked() -> None:
    refused = refusal(lambda: check_pdf(edited_pdf(_encrypted("open-sesame"))))
    assert refused.code == "pdf_unreadable" and "password" in refused.detail


def test_inspection_is_bounded() -> None:
    refused = refusal(lambda: check_pdf(tiny_pdf(), time_limit=-1))
    assert refused.code == "pdf_too_complex" and "longer than" in refused.detail
