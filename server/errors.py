"""Domain errors: what services and views refuse, with a stable machine-readable `code` and a `detail` for
people. They know nothing of HTTP: `server.http.errors` maps each kind to its status once, so a service
says *why* it refuses (not found, refused, conflict, invalid …) and never picks a status code."""

from __future__ import annotations


class DomainError(Exception):
    """The base of every refusal the API answers with `{"detail": ..., "code": ...}`."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


class NotFound(DomainError):
    """The same answer for 'does not exist' and 'exists outside your scope': nothing leaks."""

    def __init__(self, entity: str) -> None:
        super().__init__("not_found", f"{entity} not found")


class Refused(DomainError):
    """The caller may not do this (its role, its party in a lifecycle, its agency, its password)."""


class Conflict(DomainError):
    """The request contradicts the current state (taken names, a move the lifecycle does not allow)."""


class Invalid(DomainError):
    """The request is well-formed but its content breaks a rule (a deadline in the past, an unknown item)."""


class BadRequest(DomainError):
    """The request cannot be understood at all (a malformed header)."""


class Unauthenticated(DomainError):
    """No or bad credentials; `challenge` names the scheme the caller should authenticate with."""

    def __init__(self, code: str, detail: str, *, challenge: str) -> None:
        super().__init__(code, detail)
        self.challenge = challenge


class TooManyRequests(DomainError):
    """A throttle or a busy resource: retry after `retry_after` seconds."""

    def __init__(self, detail: str, *, retry_after: int, code: str = "too_many_requests") -> None:
        super().__init__(code, detail)
        self.retry_after = retry_after


class TooLarge(DomainError):
    """A body, file or batch beyond its limit."""


class UnsupportedType(DomainError):
    """A file of a type that is not accepted here."""


class Unavailable(DomainError):
    """The server lacks something it needs to answer (a font to print with)."""


def not_found(entity: str) -> NotFound:
    return NotFound(entity)


def forbidden(detail: str) -> Refused:
    return Refused("forbidden", detail)


def conflict(code: str, detail: str) -> Conflict:
    return Conflict(code, detail)


def invalid(code: str, detail: str) -> Invalid:
    return Invalid(code, detail)
