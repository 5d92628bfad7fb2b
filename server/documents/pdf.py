"""PDFs with active content are refused before they are stored (issue 12, finding 12).

A PDF can run JavaScript when it is opened (/OpenAction, /AA) or clicked, launch programs, carry other
files (/EmbeddedFiles) and scriptable XFA forms. A construction plan or an inspection report needs none
of that, and a supervisor's viewer should never meet it. Neutralising would mean rewriting a document an
enterprise signed, so the upload is refused, saying what was found.

Every object reachable from the trailer is looked at, not only the usual places: an outline item or a
form field carries actions as well as a page does. Click-triggered links (/URI, /GoTo, /GoToR) stay
allowed; an automatic action may only move within the document.

pypdf on a hostile file can be slow (it searches the whole file for each misplaced object) or
memory-hungry (decompression, objects that overlap), so the walk is bounded: objects visited, the bytes
of streams read and of object streams decompressed, and the processor time spent. Beyond a bound the file is
refused as `pdf_too_complex`; what pypdf cannot parse is `pdf_unreadable`.
"""

from __future__ import annotations

import io
import logging
import time
from typing import Any

import pypdf
from pypdf import PasswordType
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from server.errors import DomainError, invalid

log = logging.getLogger("sandtable.documents")
# pypdf logs a warning for every damaged object it repairs: a hostile file would flood the server's log.
logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_OBJECTS = 50_000  # objects looked at; a 1,000-page plan needs a few thousand
MAX_ITEMS = 2_000_000  # dictionary entries and array elements looked at
MAX_OBJECT_STREAM_BYTES = 32 * 1024 * 1024  # all object streams, decompressed
TIME_LIMIT_S = 10.0  # processor time (not wall time: a busy machine must not refuse a good file); a
# 1,000-page reportlab file takes about 0.5 s
# Per-stream decompression limits while inspecting (pypdf's defaults are 75 MB); only object streams and
# cross-reference streams are decompressed here, and those are small in real files.
_DECODE_LIMITS = {"zlib_maximum_output_length": 8 * 1024 * 1024, "lzw_maximum_output_length": 8 * 1024 * 1024,
                  "run_length_maximum_output_length": 8 * 1024 * 1024,
                  "array_based_stream_maximum_output_length": 8 * 1024 * 1024}
_ACTIONS = {"/JavaScript": "a JavaScript action", "/Launch": "a launch action (starts a program)",
            "/ImportData": "an import-data action", "/SubmitForm": "a form-submission action",
            "/GoToE": "an action opening an embedded file", "/RichMediaExecute": "a rich-media script"}
_KEYS = {"/JS": "JavaScript", "/JavaScript": "document-level JavaScript", "/EmbeddedFiles": "embedded files",
         "/EF": "an embedded file", "/XFA": "an XFA form (scriptable)", "/OnInstantiate": "3D JavaScript"}
_MAX_CHAIN = 64  # actions followed through /Next from one trigger
# Entries no viewer runs an action from: page content, resources (fonts, images, forms), appearance
# streams, the structure tree of a tagged PDF, metadata and back links. Skipping them makes the walk
# several times faster on ordinary files and hides nothing a viewer would act on.
_INERT = frozenset({"/Contents", "/Resources", "/AP", "/Parent", "/P", "/StructTreeRoot", "/Metadata", "/Thumb",
                    "/PieceInfo", "/OutputIntents", "/Font", "/XObject"})


class _TooComplex(Exception):
    pass


def check_pdf(data: bytes, *, time_limit: float = TIME_LIMIT_S) -> None:
    """Refuse (422) a PDF with active content, one pypdf cannot read, or one too costly to inspect."""
    try:
        with pypdf.apply_configuration(None, **_DECODE_LIMITS):  # None: over the current configuration
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise invalid("pdf_unreadable", "a password-protected PDF cannot be checked for active content; "
                                                "upload it without a password")
            found = _Inspection(reader, len(data), time_limit).active_content()
    except DomainError:
        raise
    except _TooComplex as exc:
        raise invalid("pdf_too_complex", f"the PDF cannot be checked for active content: {exc}") from exc
    except Exception as exc:  # pypdf fails on hostile input in many ways: its own errors, ValueError, RecursionError …
        log.info("unreadable PDF (%s: %s)", type(exc).__name__, exc)
        raise invalid("pdf_unreadable", f"the PDF cannot be read ({type(exc).__name__}); "
                                        "save or print it as PDF again") from exc
    if found is not None:
        raise invalid("pdf_active_content", f"PDFs with active content are not accepted; this one has {found}. "
                                            "Print or export it to PDF again without scripts, attachments or "
                                            "automatic actions")


class _Inspection:
    """One walk over a reader's objects, within the bounds above."""

    def __init__(self, reader: pypdf.PdfReader, size: int, time_limit: float) -> None:
        self.reader = reader
        self.time_limit = time_limit
        self.deadline = time.thread_time() + time_limit
        self.loaded: set[tuple[int, int]] = set()
        self.object_streams: set[int] = set()
        self.stream_bytes_left = 2 * size  # distinct objects cannot hold more stream bytes than the file has
        self.object_stream_bytes_left = MAX_OBJECT_STREAM_BYTES
        self.items_left = MAX_ITEMS

    def active_content(self) -> str | None:
        walked: set[tuple[int, int]] = set()
        pending: list[Any] = [self.reader.trailer]
        while pending:
            node = pending.pop()
            if isinstance(node, IndirectObject):
                if (node.idnum, node.generation) in walked:
                    continue
                walked.add((node.idnum, node.generation))
                node = self.resolve(node)
            if isinstance(node, DictionaryObject):  # streams too: their dictionary
                if (found := self._found_in(node)) is not None:
                    return found
                children = [value for key, value in dict.items(node) if key not in _INERT]
            elif isinstance(node, ArrayObject):
                children = list(node)
            else:
                continue
            self.items_left -= len(children)
            if self.items_left < 0:
                raise _TooComplex(f"it has more than {MAX_ITEMS:,} entries")
            pending.extend(children)
        return None

    def resolve(self, value: Any) -> Any:
        """`value`, or the object it refers to; None for a reference to nothing (null, as the spec says,
        and without pypdf searching the whole file for it)."""
        if not isinstance(value, IndirectObject):
            return value
        key = (value.idnum, value.generation)
        if key not in self.loaded:
            if not self._defined(value):
                return None
            self._load(value, key)
        return value.get_object()  # pypdf keeps what it has read

    def _defined(self, ref: IndirectObject) -> bool:
        if ref.generation == 0 and ref.idnum in self.reader.xref_objStm:
            return True
        return ref.idnum in self.reader.xref.get(ref.generation, {})

    def _load(self, ref: IndirectObject, key: tuple[int, int]) -> None:
        if time.thread_time() > self.deadline:
            raise _TooComplex(f"inspecting it takes longer than {self.time_limit:g} s")
        self.loaded.add(key)
        if len(self.loaded) > MAX_OBJECTS:
            raise _TooComplex(f"it has more than {MAX_OBJECTS:,} objects")
        if ref.generation == 0 and ref.idnum in self.reader.xref_objStm:
            self._decompress_object_stream(self.reader.xref_objStm[ref.idnum][0])
        obj = ref.get_object()
        if isinstance(obj, StreamObject):
            self.stream_bytes_left -= len(obj._data)  # the raw bytes pypdf holds for it
            if self.stream_bytes_left < 0:
                raise _TooComplex("its objects overlap")

    def _decompress_object_stream(self, number: int) -> None:
        """pypdf parses every object of an object stream at its first use: count its size first."""
        if number in self.object_streams:
            return
        self.object_streams.add(number)
        stream = self.resolve(IndirectObject(number, 0, self.reader))
        if isinstance(stream, StreamObject):
            self.object_stream_bytes_left -= len(stream.get_data())  # kept decoded for pypdf's own read
            if self.object_stream_bytes_left < 0:
                raise _TooComplex(f"its object streams hold more than {MAX_OBJECT_STREAM_BYTES // 2**20} MB")

    def _found_in(self, node: DictionaryObject) -> str | None:
        """What active content `node` holds itself (its children are walked separately)."""
        action = self.resolve(dict.get(node, "/S"))
        if action in _ACTIONS:
            return _ACTIONS[action]
        for key, what in _KEYS.items():
            if key in node:
                return what
        if self.resolve(dict.get(node, "/Type")) == "/EmbeddedFile":
            return "an embedded file"
        if self.resolve(dict.get(node, "/Subtype")) == "/RichMedia":
            return "rich media (Flash or 3D with scripts)"
        triggers = self.resolve(dict.get(node, "/AA"))
        automatic = list(dict.values(triggers)) if isinstance(triggers, DictionaryObject) else []
        if "/OpenAction" in node:
            automatic.append(dict.get(node, "/OpenAction"))
        for trigger in automatic:
            if (found := self._automatic(trigger)) is not None:
                return found
        return None

    def _automatic(self, action: Any) -> str | None:
        """What an action run without a click does beyond moving within the document (its /Next too)."""
        pending, steps = [action], 0
        while pending:
            steps += 1
            if steps > _MAX_CHAIN:
                raise _TooComplex(f"an automatic action chains more than {_MAX_CHAIN} actions")
            node = self.resolve(pending.pop())
            if not isinstance(node, DictionaryObject):
                continue  # a destination (page and view) or nothing
            kind = self.resolve(dict.get(node, "/S"))
            if kind != "/GoTo":
                return f"an automatic {str(kind).lstrip('/') if kind else 'unnamed'} action"
            following = self.resolve(dict.get(node, "/Next"))
            if isinstance(following, ArrayObject):
                pending.extend(following)
            elif following is not None:
                pending.append(following)
        return None
