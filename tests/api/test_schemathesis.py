"""schemathesis over the whole OpenAPI, as a supervisor and as an enterprise: no answer is a server error and
every answer matches what the OpenAPI declares for its status (valid and invalid requests alike).

Bounded so that it fits the suite: a few derandomized examples per operation, sent over real HTTP to a
server on a small demo world of each backend (tests/support/scoped_world.py), which the generated writes
change as they go.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.case import Case
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.support.generated_cases import openapi_document
from tests.support.scoped_world import ScopedWorld, login

ROLES = {"supervisor": "province", "enterprise": "enterprise_admin"}  # the province sees (and answers) most
ENDS_ITS_TOKEN = {"/api/v1/auth/logout", "/api/v1/auth/password"}  # such requests get a token of their own
STREAM_WAIT_S = 1.5  # an event stream is judged by what it sent within this (its first event, if any)
CONFIG = {
    "max-stream-events": 1,
    "generation": {"deterministic": True},
    # the coverage phase makes 10-240 boundary cases per operation (minutes per run); examples and a bounded
    # fuzzing phase (valid and invalid requests) fit the suite's time
    "phases": {"coverage": {"enabled": False}},
}


# loaded at import, so that pytest collects one test per operation (schemathesis' fixture-based loader,
# `schemathesis.pytest.from_fixture`, fails on pytest 9.2: 'Function' object has no attribute '_nodeid')
schema = schemathesis.openapi.from_dict(openapi_document(), config=SchemathesisConfig.from_dict(CONFIG))


@pytest.fixture(scope="module")
def logged_in(scoped_world: ScopedWorld) -> dict[str, dict[str, str]]:
    return {role: login(scoped_world.http, name) for role, name in ROLES.items()}


@schema.parametrize()
@settings(max_examples=5, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
def test_api_answers_as_its_openapi_says(case: Case, scoped_world: ScopedWorld,
                                         logged_in: dict[str, dict[str, str]]) -> None:
    """Each generated request is sent once per role (generating costs more than sending)."""
    timeout = STREAM_WAIT_S if case.operation.path == "/api/v1/stream" else None
    for role, name in ROLES.items():
        if "authorization" in {header.lower() for header in case.headers or {}}:
            headers = {}  # the operation declares its own credentials (device ingest): keep the generated ones
        elif case.operation.path in ENDS_ITS_TOKEN:
            headers = scoped_world.token(name)
        else:
            headers = logged_in[role]
        case.call_and_validate(base_url=scoped_world.url, headers=headers, timeout=timeout,
                               checks=[not_a_server_error, response_schema_conformance])
