"""AuthZ matrix generated from the OpenAPI: a new endpoint is covered without writing a new test.

For every operation with an object id in its path and every role: an object of a foreign city, district
or enterprise answers exactly as a missing id does (same status, same body but for the id), so nothing
about it leaks, not even that it exists. The wall display writes nothing anywhere (403). Requests carry
bodies valid by the OpenAPI (from its examples, else generated) and are retried with others until one
gets past the server's own validation to the object look-up.
What each path parameter names lives in tests/support/foreign_objects.py; an unknown one fails.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
import schemathesis
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case

from tests.support.foreign_objects import PathParameter, any_object, classify, foreign_object
from tests.support.generated_cases import WRITE_METHODS, Candidates, Operation, openapi_document, operations
from tests.support.scoped_world import ScopedWorld

MISSING_ID = 987_654_321  # above every id of the world, inside every backend's integer range
SCOPED_ROLES = ("city", "district", "enterprise_admin", "enterprise_staff")
PROVINCE_WIDE_ROLES = ("province", "wall", "admin")  # nothing in Guangdong is foreign to them: missing ids only
PUBLIC_BY_DESIGN = {  # operation -> why an object outside the caller's scope may be shown
    "GET /api/v1/credit/units/{unit_id}": "credit scores are public information (issue 12, finding 10)",
}
NOT_DATA_WRITES = {  # writes that are not data writes of the wall -> why its 403 does not apply
    "POST /api/v1/auth/token": "logging in",
    "POST /api/v1/auth/logout": "ending its own session",
    "POST /api/v1/auth/password": "changing its own password",
    "POST /api/v1/auth/register": "an anonymous application: no token involved",
    "POST /api/v1/auth/wall-session": "a wall credential exchanged for the wall's own session: no token involved",
    "POST /api/v1/ingest/readings": "device credentials, not a user's token",
}


VALIDATION_STATUSES = frozenset({400, 413, 415, 422})  # refused before any look-up: try another request


@dataclass(frozen=True)
class Probe:
    """One operation with one combination of its plain path parameters' values."""

    operation: Operation
    parameters: tuple[PathParameter, ...]
    plain: dict[str, str]
    candidates: Candidates

    @property
    def ids(self) -> list[PathParameter]:
        return [p for p in self.parameters if p.kind]

    @property
    def label(self) -> str:
        return f"{self.operation.label} {self.plain or ''}".strip()

    def path(self, ids: list[int]) -> dict[str, object]:
        return {**dict(zip((p.name for p in self.ids), ids, strict=True)), **self.plain}

    def send(self, world: ScopedWorld, role: str, ids: list[int]) -> tuple[Response, Case | None]:
        """The answer to the first candidate request the server does not refuse as invalid (and that
        request), or the last refusal when it refuses them all."""
        for case in self.candidates:
            response = self.resend(case, world, role, ids)
            if response.status_code not in VALIDATION_STATUSES:
                return response, case
        return response, None

    def resend(self, case: Case, world: ScopedWorld, role: str, ids: list[int]) -> Response:
        return self.candidates.aimed(case, self.path(ids)).call(base_url=world.url, headers=world.headers[role])


def classified(operation: Operation) -> tuple[PathParameter, ...]:
    return tuple(classify(operation.path, p) for p in operation.path_parameters())


SCHEMA = schemathesis.openapi.from_dict(openapi_document())


@pytest.fixture(scope="module")
def probes() -> list[Probe]:
    found = []
    for operation in operations(SCHEMA):
        parameters = classified(operation)
        plain = [p for p in parameters if not p.kind]
        candidates = Candidates(SCHEMA, operation)
        for values in itertools.product(*(p.values for p in plain)):
            found.append(Probe(operation, parameters, dict(zip((p.name for p in plain), values, strict=True)),
                               candidates))
    return found


def test_every_path_parameter_is_known() -> None:
    """Fails, naming it, when an endpoint brings a path parameter the matrix does not know how to probe."""
    kinds = {p.kind for operation in operations(SCHEMA) for p in classified(operation)}
    assert len(kinds - {None}) >= 15


def answers_alike(foreign: Response, missing: Response, foreign_ids: list[int]) -> bool:
    expected = missing.content
    for position, foreign_id in enumerate(foreign_ids):
        expected = expected.replace(str(MISSING_ID + position).encode(), str(foreign_id).encode())
    return foreign.status_code == missing.status_code and foreign.content == expected


def shown(response: Response) -> str:
    return f"{response.status_code} {response.content[:300]!r}"


@pytest.mark.parametrize("role", SCOPED_ROLES + PROVINCE_WIDE_ROLES)
def test_foreign_objects_answer_like_missing_ones(scoped_world: ScopedWorld, probes: list[Probe], role: str) -> None:
    with_ids = [probe for probe in probes if probe.ids]
    foreign_of: dict[str | None, int | None] = {}
    if role in SCOPED_ROLES:
        with scoped_world.database.read_session() as session:
            foreign_of = {p.kind: foreign_object(session, p.kind, scoped_world.scopes[role])  # type: ignore[arg-type]
                          for probe in with_ids for p in probe.ids}
        assert all(foreign_of.values()), f"the world has no object foreign to {role}: {foreign_of}"
    leaks, unprobed, not_client_errors, compared = [], [], [], 0
    for probe in with_ids:
        missing, case = probe.send(scoped_world, role, [MISSING_ID + i for i in range(len(probe.ids))])
        if not 400 <= missing.status_code < 500:
            not_client_errors.append(f"{probe.label}: a missing id answered {shown(missing)}")
        if not foreign_of or probe.operation.label in PUBLIC_BY_DESIGN:
            continue
        if case is None:
            unprobed.append(f"{probe.label}: every generated request was refused, the last with {shown(missing)}")
            continue
        ids = [foreign_of[p.kind] for p in probe.ids]
        foreign = probe.resend(case, scoped_world, role, ids)  # type: ignore[arg-type]
        compared += 1
        if not answers_alike(foreign, missing, ids):  # type: ignore[arg-type]
            leaks.append(f"{probe.label} {ids}: foreign {shown(foreign)} vs missing {shown(missing)}")
    assert not leaks, f"{len(leaks)} of {compared} probes tell a foreign object from a missing one:\n" + "\n".join(leaks)
    assert not not_client_errors, "\n".join(not_client_errors)
    assert not unprobed, "no request got past validation to the object look-up:\n" + "\n".join(unprobed)


def test_wall_display_writes_nothing(scoped_world: ScopedWorld, probes: list[Probe]) -> None:
    """Every write, aimed at real objects (all in the wall's province-wide scope), answers 403."""
    writes = [probe for probe in probes
              if probe.operation.method in WRITE_METHODS and probe.operation.label not in NOT_DATA_WRITES]
    with scoped_world.database.read_session() as session:
        real = {kind: any_object(session, kind) for kind in {p.kind for probe in writes for p in probe.ids}}
    allowed = []
    for probe in writes:
        response, _ = probe.send(scoped_world, "wall", [real[p.kind] for p in probe.ids])  # type: ignore[misc]
        if response.status_code != 403:
            allowed.append(f"{probe.label}: {shown(response)}")
    assert len(writes) > 30 and not allowed, "\n".join(allowed)
