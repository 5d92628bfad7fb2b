"""API errors: always JSON `{"detail": ..., "code": ...}` with a 4xx status; a 5xx is a bug and is logged.

Services and views raise the domain errors of `server.errors`; this is the one place that turns each kind
into its HTTP status (and the headers some statuses need)."""

from __future__ import annotations

import asyncio
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from server.errors import (
    BadRequest,
    Conflict,
    DomainError,
    Invalid,
    NotFound,
    Refused,
    TooLarge,
    TooManyRequests,
    Unauthenticated,
    Unavailable,
    UnsupportedType,
)

log = logging.getLogger("sandtable.api")

STATUS: dict[type[DomainError], int] = {
    BadRequest: 400, Unauthenticated: 401, Refused: 403, NotFound: 404, Conflict: 409, TooLarge: 413,
    UnsupportedType: 415, Invalid: 422, TooManyRequests: 429, Unavailable: 503,
}


def status_and_headers(exc: DomainError) -> tuple[int, dict[str, str] | None]:
    status = next(code for kind, code in STATUS.items() if isinstance(exc, kind))
    if isinstance(exc, Unauthenticated):
        return status, {"WWW-Authenticate": exc.challenge}
    if isinstance(exc, TooManyRequests):
        return status, {"Retry-After": str(exc.retry_after)}
    return status, None


def install_error_handlers(app: FastAPI, *, throttled_answer_delay: float = 0.0) -> None:
    @app.exception_handler(DomainError)
    async def _domain_error(request: Request, exc: DomainError) -> JSONResponse:
        status, headers = status_and_headers(exc)
        if isinstance(exc, TooManyRequests) and throttled_answer_delay > 0:
            await asyncio.sleep(throttled_answer_delay)  # a tarpit for clients that ignore Retry-After
        log.info("%s %s -> %s %s: %s", request.method, request.url.path, status, exc.code, exc.detail)
        return JSONResponse({"detail": exc.detail, "code": exc.code}, status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {400: "bad_request", 401: "not_authenticated", 403: "forbidden", 404: "not_found",
                405: "method_not_allowed", 413: "payload_too_large"}.get(exc.status_code, "http_error")
        log.info("%s %s -> %s %s", request.method, request.url.path, exc.status_code, exc.detail)
        return JSONResponse({"detail": exc.detail, "code": code}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'] if p != 'body')}: {err['msg']}" for err in exc.errors()
        )
        log.info("%s %s -> 422 validation_error: %s", request.method, request.url.path, problems)
        return JSONResponse({"detail": problems, "code": "validation_error"}, status_code=422)

    @app.exception_handler(IntegrityError)
    async def _integrity_error(request: Request, exc: IntegrityError) -> JSONResponse:
        # Checks run before writes; this catches the race where two writers pass them at once.
        log.warning("%s %s -> 409 conflict: %s", request.method, request.url.path, exc.orig)
        return JSONResponse({"detail": "the change conflicts with data written at the same time; reload and retry",
                             "code": "conflict"}, status_code=409)

    async def _out_of_range(request: Request, exc: Exception) -> JSONResponse:
        # An id or page number beyond the database's integers is only noticed by the driver:
        # SQLite's binding raises OverflowError, PostgreSQL answers with a DataError.
        if "NUL (0x00)" in str(exc):  # psycopg refuses text with NUL where the HTTP layer cannot see it (forms)
            log.info("%s %s -> 422 control_character: %s", request.method, request.url.path, exc)
            return JSONResponse({"detail": "text may not contain the control character U+0000",
                                 "code": "control_character"}, status_code=422)
        log.info("%s %s -> 422 value_out_of_range: %s", request.method, request.url.path, exc)
        return JSONResponse({"detail": "a number in the request is out of range", "code": "value_out_of_range"},
                            status_code=422)

    app.add_exception_handler(OverflowError, _out_of_range)
    app.add_exception_handler(DataError, _out_of_range)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal server error", "code": "internal_error"}, status_code=500)
