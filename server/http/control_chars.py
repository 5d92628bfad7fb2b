"""Control characters in request text: refused with 422 `control_character` before any view sees them.

PostgreSQL cannot store NUL at all, SQLite truncates a LIKE pattern at it (`?q=%00` matched every project),
and a newline in a logged value forges a log line. Free text in JSON bodies may hold tabs and line breaks;
paths and query parameters never need any control character. Multipart text fields are not read here
(the body streams to the view); PostgreSQL's refusal of NUL in them is answered alike (server.http.errors).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator

import orjson
from starlette.datastructures import QueryParams
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("sandtable.http")

# Unicode category Cc: C0, DEL and C1. Body text keeps tab, line feed and carriage return.
_PARAMETER_CLASS = r"\x00-\x1f\x7f-\x9f"
_TEXT_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
PARAMETER_CONTROLS = re.compile(f"[{_PARAMETER_CLASS}]")
TEXT_CONTROLS = re.compile(f"[{_TEXT_CLASS}]")
# The same rules as JSON Schema patterns (ECMA-262 reads these escapes alike), for the OpenAPI document.
PARAMETER_PATTERN = f"^[^{_PARAMETER_CLASS}]*$"
TEXT_PATTERN = f"^[^{_TEXT_CLASS}]*$"
_MAX_NAME = 80  # of a field name quoted in an answer: the client chose it, and it can be long
# In JSON text a control character is either escaped (\u00XX, \b, \f) or a raw UTF-8 C1 pair: a body
# without any of these cannot hold one, so most bodies are never parsed here. Two searches with a literal
# first byte each are ten times faster than one alternation (2 ms for a 700 kB ingest batch).
_ESCAPED_CONTROL = re.compile(rb"\\(?:u00[0189][0-9a-fA-F]|u007[fF]|[bf])")
_RAW_C1 = re.compile(rb"\xc2[\x80-\x9f]")


def describe(char: str) -> str:
    return f"U+{ord(char):04X}"


def _strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    """(location, text) of every key and string in a parsed JSON document."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield where, key
            yield from _strings(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}.{index}" if where else str(index))


def _in_field(kind: str, name: str, char: str) -> str:
    return f"{kind} {PARAMETER_CONTROLS.sub('?', name)[:_MAX_NAME]!r} contains the control character {describe(char)}"


def json_body_problem(body: bytes) -> str | None:
    """Where a JSON body's text holds a control character, or None (also for a body that is not JSON:
    the view reports that)."""
    if not (_ESCAPED_CONTROL.search(body) or _RAW_C1.search(body)):
        return None
    try:
        document = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    for where, text in _strings(document, ""):
        if found := TEXT_CONTROLS.search(text):
            return f"{where[:_MAX_NAME] or 'body'} contains the control character {describe(found.group())}"
    return None


def form_body_problem(body: bytes) -> str | None:
    """Where a URL-encoded form (the token request) holds a control character, or None."""
    for key, value in QueryParams(body.decode("latin-1")).multi_items():
        if found := TEXT_CONTROLS.search(key) or TEXT_CONTROLS.search(value):
            return _in_field("form field", key, found.group())
    return None


def target_problem(scope: Scope) -> str | None:
    """Where the path or a query parameter holds a control character, or None."""
    if found := PARAMETER_CONTROLS.search(scope["path"]):
        return f"the path contains the control character {describe(found.group())}"
    if scope["query_string"]:
        for key, value in QueryParams(scope["query_string"]).multi_items():
            if found := PARAMETER_CONTROLS.search(key) or PARAMETER_CONTROLS.search(value):
                return _in_field("query parameter", key, found.group())
    return None


def _body_check(scope: Scope) -> Callable[[bytes], str | None] | None:
    """The check for the request's body by its media type; multipart bodies (files) stream past unchecked."""
    for name, value in scope["headers"]:
        if name == b"content-type":
            media_type = value.split(b";", 1)[0].strip().lower()
            if media_type == b"application/x-www-form-urlencoded":
                return form_body_problem
            if media_type == b"application/json" or (media_type.startswith(b"application/")
                                                     and media_type.endswith(b"+json")):
                return json_body_problem
    return None


class ControlCharacterMiddleware:
    """Pure ASGI: checks the path and query at once; buffers a JSON or form body (already bounded by the
    body limit outside) to check its text, then hands the same bytes to the app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if problem := target_problem(scope):
            await self._refuse(scope, receive, send, problem)
            return
        check = _body_check(scope)
        if check is None:
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        message: Message = {"type": "http.request", "body": b"", "more_body": True}
        while message["type"] == "http.request" and message.get("more_body", False):
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
        if message["type"] != "http.request":  # the client left while sending
            return
        body = b"".join(chunks)
        if problem := check(body):
            await self._refuse(scope, receive, send, problem)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()  # only a disconnect can come now
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, problem: str) -> None:
        log.info("%s %s -> 422 control_character: %s", scope["method"], scope["path"], problem)
        response = JSONResponse({"detail": f"{problem}; text may not contain control characters",
                                 "code": "control_character"}, status_code=422)
        await response(scope, receive, send)
