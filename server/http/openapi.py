"""Make the OpenAPI document state what the server answers, once for every operation.

FastAPI declares 422 as `HTTPValidationError` while every error here is `ErrorOut` (`{"detail", "code"}`),
and it knows nothing of the answers raised by dependencies and services (401, 403, 404, 409, 429) or by the
HTTP layer (413; 422 for control characters). This rewrites the generated document after the fact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from fastapi import FastAPI

from domain.schemas import ErrorOut
from server.http.control_chars import PARAMETER_PATTERN, TEXT_PATTERN

ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}
# Answers any operation can give: from authentication and scopes, the services' checks, the writers' race,
# the body limit, validation and control characters, and throttling.
COMMON_ERRORS = {
    401: "Missing, malformed, expired or revoked credentials (or a wrong password at log-in)",
    403: "The account may not do this",
    404: "Not found, or outside the caller's scope (the same answer for both)",
    409: "Conflicts with the current state or with a concurrent change",
    413: "The body is larger than this route accepts",
    422: "Invalid input, including control characters in text (code `control_character`)",
    429: "Too many requests; retry after the `Retry-After` seconds",
}
BODY_ERRORS = {400: "The body could not be read"}
UPLOAD_ERRORS = {415: "The file type is not accepted"}
_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def install_error_contract(app: FastAPI) -> None:
    """Wrap `app.openapi` so the document it builds (once) declares `ErrorOut` answers."""
    build: Callable[[], dict[str, Any]] = app.openapi
    rewritten: list[dict[str, Any]] = []

    def openapi() -> dict[str, Any]:
        if not rewritten:
            rewritten.append(declare_errors(build()))
        return rewritten[0]

    # FastAPI's documented way to extend the schema is replacing this method (mypy flags any method assignment)
    app.openapi = openapi  # type: ignore[method-assign]


def declare_errors(spec: dict[str, Any]) -> dict[str, Any]:
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["ErrorOut"] = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
    for operation in _operations(spec):
        responses = operation.setdefault("responses", {})
        content_types = operation.get("requestBody", {}).get("content", {})
        errors = dict(COMMON_ERRORS)
        if content_types:
            errors |= BODY_ERRORS
        if "multipart/form-data" in content_types:
            errors |= UPLOAD_ERRORS
        if responses.get("422", {}).get("description") == "Validation Error":
            del responses["422"]  # FastAPI's own, for a body this server never sends
        for status, description in errors.items():
            responses.setdefault(str(status), {"description": description})
        for status, answer in responses.items():
            if status.startswith("4"):
                answer["content"] = {"application/json": {"schema": ERROR_REF}}
        operation["responses"] = dict(sorted(responses.items()))
        for parameter in operation.get("parameters", []):
            if parameter.get("in") in ("path", "query"):
                _restrict_text(parameter.get("schema", {}), PARAMETER_PATTERN)
        for media_type in ("application/json", "application/x-www-form-urlencoded"):  # the bodies checked
            if (body := content_types.get(media_type, {}).get("schema")) is not None:
                for schema in _reachable(body, schemas, set()):
                    _restrict_text(schema, TEXT_PATTERN)
    return spec


def _operations(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path_item in spec.get("paths", {}).values():
        for method, operation in path_item.items():
            if method in _METHODS:
                yield operation


def _restrict_text(schema: dict[str, Any], pattern: str) -> None:
    """Free text (a string without its own pattern, format or enum) may not hold control characters."""
    for alternative in schema.get("anyOf", []):
        _restrict_text(alternative, pattern)
    if schema.get("type") == "array":
        _restrict_text(schema.get("items", {}), pattern)
    if schema.get("type") == "string" and not schema.keys() & {"pattern", "format", "enum", "const"}:
        schema["pattern"] = pattern


def _reachable(schema: dict[str, Any], components: dict[str, Any], seen: set[str]) -> Iterator[dict[str, Any]]:
    """Every schema a request body may contain: properties, items and alternatives, following $refs."""
    if ref := schema.get("$ref"):
        name = ref.rsplit("/", 1)[-1]
        if name not in seen:
            seen.add(name)
            yield from _reachable(components[name], components, seen)
        return
    yield schema
    for child in schema.get("properties", {}).values():
        yield from _reachable(child, components, seen)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from _reachable(schema[key], components, seen)
    for key in ("anyOf", "allOf", "oneOf"):
        for child in schema.get(key, []):
            yield from _reachable(child, components, seen)
