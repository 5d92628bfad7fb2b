"""The HTTP layer around the API: body limits, control characters, security headers, the docs page, the
error contract in OpenAPI, escaped logging and a bounded log of refusals (issue 12). `install_http_layer` wires them into the app."""

from __future__ import annotations

from fastapi import FastAPI

from server.config import Settings
from server.http.control_chars import ControlCharacterMiddleware
from server.http.docs import install_docs
from server.http.headers import SecurityHeadersMiddleware
from server.http.limits import BodyLimitMiddleware, BodyLimits
from server.http.log_escape import install_log_escaping
from server.http.openapi import install_error_contract
from server.http.refusal_log import install as install_refusal_log_budget


def install_http_layer(app: FastAPI, settings: Settings, api_prefix: str) -> None:
    """Call once on a new app created with `docs_url=None`."""
    install_log_escaping()
    install_refusal_log_budget()
    install_docs(app, f"{api_prefix}/docs")
    install_error_contract(app)
    # The last added runs first: headers on every answer, then the body limit, then the text check.
    app.add_middleware(ControlCharacterMiddleware)
    app.add_middleware(BodyLimitMiddleware, limits=BodyLimits.for_settings(settings, api_prefix))
    app.add_middleware(SecurityHeadersMiddleware)
