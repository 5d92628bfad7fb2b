"""Request body limits per route, enforced while the body streams in: 413 `payload_too_large` before
anything parses it or authenticates the caller (a 100 MB body to POST /projects used to be read whole
and only then answered 401).

FastAPI's own `max_body_size` lets the app run first when Content-Length is too large and answers plain
text; this refuses such a request before the app is called, and counts the bytes of a chunked body.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.config import Settings
from server.ingest.views import MAX_BODY_BYTES as INGEST_BODY_BYTES

log = logging.getLogger("sandtable.http")

DEFAULT_BODY_BYTES = 1024 * 1024  # JSON bodies and forms: the largest real one is a few kB
MULTIPART_OVERHEAD_BYTES = 64 * 1024  # part headers, boundaries and the small text fields beside a file


@dataclass(frozen=True)
class RouteLimit:
    method: str
    path: re.Pattern[str]
    max_bytes: int


class BodyLimits:
    """The one table of body limits: routes that take files or device batches, and a default for the rest."""

    def __init__(self, routes: list[tuple[str, str, int]], default: int = DEFAULT_BODY_BYTES) -> None:
        self.routes = [RouteLimit(method, compile_path(template)[0], limit) for method, template, limit in routes]
        self.default = default

    @classmethod
    def for_settings(cls, settings: Settings, api_prefix: str) -> BodyLimits:
        upload = settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES
        return cls([
            ("POST", f"{api_prefix}/documents", upload),
            ("POST", f"{api_prefix}/reporting/projects/{{project_id}}/progress/{{month}}/photos", upload),
            ("POST", f"{api_prefix}/reporting/dangerous-works/{{work_id}}/plans", upload),
            ("POST", f"{api_prefix}/ingest/readings", INGEST_BODY_BYTES),
        ])

    def limit(self, method: str, path: str) -> int:
        for route in self.routes:
            if route.method == method and route.path.match(path):
                return route.max_bytes
        return self.default


class PayloadTooLarge(HTTPException):
    """Raised from `receive` once a streamed body passes its limit. An HTTPException, because FastAPI turns
    any other error while reading a body into 400; the error handlers render it as `payload_too_large`."""

    def __init__(self, method: str, path: str, limit: int) -> None:
        super().__init__(413, f"the body of {method} {path} may be at most {_size(limit)}")


def _size(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else None  # the HTTP server refuses a malformed length
    return None


class BodyLimitMiddleware:
    """Pure ASGI (BaseHTTPMiddleware would buffer the body it is meant to bound)."""

    def __init__(self, app: ASGIApp, limits: BodyLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        limit = self.limits.limit(method, path)
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await _refuse(scope, receive, send, PayloadTooLarge(method, path, limit), declared)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise PayloadTooLarge(method, path, limit)
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracked_send)
        except PayloadTooLarge as exc:  # raised outside FastAPI's error handlers (a middleware was reading)
            if started:
                raise
            await _refuse(scope, receive, send, exc, received)


async def _refuse(scope: Scope, receive: Receive, send: Send, exc: PayloadTooLarge, seen: int) -> None:
    log.info("%s %s -> 413 payload_too_large after %d bytes: %s", scope["method"], scope["path"], seen, exc.detail)
    response = JSONResponse({"detail": exc.detail, "code": "payload_too_large"}, status_code=413,
                            headers={"Connection": "close"})
    await response(scope, receive, send)
