"""Security headers on every answer. A route that sets one of them itself keeps its own value: the docs
page has its own Content-Security-Policy, the ETag'd map features their own Cache-Control."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",  # an uploaded JPEG/HTML polyglot stays an image
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    # The API serves data, never pages that run code (the docs page sets its own policy).
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    # Answers are per caller (and the token answer is a credential, RFC 6749 5.1): no shared or disk cache.
    "Cache-Control": "no-store",
}


class SecurityHeadersMiddleware:
    """Pure ASGI: adds the missing headers to the response start, never touching the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    # A 304 refreshes the headers of the copy the client keeps: it must not turn it into no-store.
                    if name not in headers and not (name == "Cache-Control" and message["status"] == 304):
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
