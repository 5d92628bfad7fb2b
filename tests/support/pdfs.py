"""PDFs with and without active content, made in memory with pypdf for upload tests."""

from __future__ import annotations

import io
from collections.abc import Callable

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject


def name(value: str) -> NameObject:
    return NameObject(value)


def action(kind: str, **entries: object) -> DictionaryObject:
    """An action dictionary: `action("/URI", URI=TextStringObject(...))`."""
    result = DictionaryObject({name("/S"): name(kind)})
    for key, value in entries.items():
        result[name(f"/{key}")] = value
    return result


def javascript(code: str = "app.alert('hello');") -> DictionaryObject:
    return action("/JavaScript", JS=TextStringObject(code))


def launch(program: str = "calc.exe") -> DictionaryObject:
    return action("/Launch", F=TextStringObject(program))


def edited_pdf(edit: Callable[[PdfWriter], object]) -> bytes:
    """A one-page PDF changed by `edit` before it is written."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def first_page(writer: PdfWriter) -> ArrayObject:
    """A destination: the first page, fitted in the window."""
    return ArrayObject([writer.pages[0].indirect_reference, name("/Fit")])


def open_with(writer: PdfWriter, run: DictionaryObject) -> None:
    """`run` happens when the document is opened."""
    writer.root_object[name("/OpenAction")] = writer._add_object(run)


def link(writer: PdfWriter, run: DictionaryObject) -> None:
    """A link on the first page whose click does `run`."""
    writer.add_annotation(0, DictionaryObject({
        name("/Type"): name("/Annot"), name("/Subtype"): name("/Link"), name("/A"): run,
        name("/Rect"): ArrayObject([NumberObject(n) for n in (50, 50, 150, 80)])}))


def javascript_on_open() -> bytes:
    return edited_pdf(lambda writer: open_with(writer, javascript()))


def launch_link() -> bytes:
    return edited_pdf(lambda writer: link(writer, launch()))
