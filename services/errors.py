"""Typed errors of the API client, so views can react to *what* failed instead of parsing messages."""

from __future__ import annotations


class ClientError(Exception):
    """Base class of everything the API client raises."""


class ServerUnreachableError(ClientError):
    """The server did not answer: connection refused, DNS failure or timeout."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"server unreachable at {url}: {reason}")
        self.url = url
        self.reason = reason


class ApiError(ClientError):
    """The server answered with a 4xx/5xx status and a JSON body ``{"detail": ..., "code": ...}``."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(f"HTTP {status} {code}: {detail}")
        self.status = status
        self.code = code
        self.detail = detail


class AuthenticationError(ApiError):
    """401: wrong credentials or an expired/revoked token."""


class PermissionDeniedError(ApiError):
    """403: the account may not do this (also pending or disabled accounts at login)."""


class NotFoundError(ApiError):
    """404: missing, or outside the caller's data scope (the server does not tell them apart)."""


class TooManyRequestsError(ApiError):
    """429: throttled, e.g. after repeated failed logins from this address; retry after a while."""


_BY_STATUS: dict[int, type[ApiError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: TooManyRequestsError,
}


def api_error_for(status: int, code: str, detail: str) -> ApiError:
    """The most specific ApiError subclass for an HTTP status."""
    return _BY_STATUS.get(status, ApiError)(status, code, detail)


class ResponseFormatError(ClientError):
    """The server answered 2xx but the body does not match the DTO contract (a version mismatch)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"unexpected response from {path}: {reason}")
        self.path = path
        self.reason = reason
