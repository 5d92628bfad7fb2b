"""Requests made from the OpenAPI by schemathesis, for the suites that must cover every operation."""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.strategies import SearchStrategy
from schemathesis.generation.case import Case
from schemathesis.schemas import APIOperation, BaseSchema

from server.app import create_app
from server.config import Settings
from tests.support.files import tiny_pdf, tiny_png

WRITE_METHODS = frozenset({"post", "put", "patch", "delete"})
SAMPLE_FILES = (tiny_png(), tiny_pdf())  # what an upload's file part is sent as, in turn
MORE_CANDIDATES = 30  # drawn only for operations whose earlier candidates are all refused


@functools.cache
def openapi_document() -> dict[str, Any]:
    """The app's OpenAPI, made without a database (the document does not depend on one), so that tests can
    be collected per operation before any server runs."""
    app = create_app(Settings(db_url=f"sqlite:///{tempfile.gettempdir()}/never-opened.db"))
    try:
        return app.openapi()
    finally:
        app.state.database.dispose()


@dataclass(frozen=True)
class Operation:
    method: str  # lower case, as the OpenAPI spells it
    path: str
    spec: dict[str, Any]  # the operation object of the OpenAPI
    api: APIOperation
    components: dict[str, Any]  # the OpenAPI's `components.schemas`

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        ref = schema.get("$ref", "")
        return self.components[ref.removeprefix("#/components/schemas/")] if ref else schema

    def path_parameters(self) -> list[dict[str, Any]]:
        """The path parameters, with a referenced schema (an enum) inlined."""
        return [{**p, "schema": self._resolve(p.get("schema", {}))}
                for p in self.spec.get("parameters", []) if p["in"] == "path"]

    def file_fields(self) -> list[str]:
        content = self.spec.get("requestBody", {}).get("content", {}).get("multipart/form-data")
        properties = self._resolve(content["schema"]).get("properties", {}) if content else {}
        return [name for name, schema in properties.items()
                if schema.get("format") == "binary" or "contentMediaType" in schema]


def operations(schema: BaseSchema) -> Iterator[Operation]:
    components = schema.raw_schema.get("components", {}).get("schemas", {})
    for path, methods in schema.raw_schema["paths"].items():
        for method, spec in methods.items():
            yield Operation(method, path, spec, schema[path][method.upper()], components)


def draw(strategy: SearchStrategy[Case], count: int) -> list[Case]:
    """The first `count` cases hypothesis makes, simplest first, the same on every run."""
    drawn: list[Case] = []

    @given(strategy)
    @settings(max_examples=count, phases=[Phase.generate], derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    def collect(case: Case) -> None:
        drawn.append(case)

    collect()
    return drawn


@dataclass
class Candidates:
    """Valid requests for one operation, to try in turn until one gets past the server's own checks: those
    built from the OpenAPI's examples, then the simplest one, then more that hypothesis makes (each stage
    made only when reached); an upload's file part is sent as a real PNG, then as a real PDF."""

    schema: BaseSchema
    operation: Operation
    _stages: list[list[Case]] = field(default_factory=list)

    def __iter__(self) -> Iterator[Case]:
        for stage in range(3):
            if stage == len(self._stages):
                self._stages.append(self._make(stage))
            yield from self._stages[stage]

    def _make(self, stage: int) -> list[Case]:
        api = self.operation.api
        if stage == 0:
            cases = [draw(strategy, 1)[0] for strategy in self.schema.get_strategies_from_examples(api)]
        else:
            cases = draw(api.as_strategy(), 1 if stage == 1 else MORE_CANDIDATES)[stage - 1:]
        files = self.operation.file_fields()
        if not files:
            return cases
        return [self.aimed(case, case.path_parameters, body={**case.body, **dict.fromkeys(files, content)})
                for case in cases for content in SAMPLE_FILES]

    def aimed(self, case: Case, path_parameters: dict[str, Any], **changes: Any) -> Case:
        """`case` at other path parameters (and with other parts, e.g. `body`)."""
        parts = {"query": case.query, "body": case.body, "media_type": case.media_type, **changes}
        return self.operation.api.Case(path_parameters=path_parameters, **parts)
