"""The published API: OpenAPI and its docs page, and schemathesis finding no server error anywhere."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.server.conftest import World


def test_the_api_is_published(world: World) -> None:
    with world.live.client() as c:
        spec = c.get("/openapi.json").json()
        docs = c.get("/docs")
        health = c.get("/health").json()
    assert spec["info"]["title"] == "emeeting sync server"
    assert {"/sync/changes", "/sync/push", "/blobs/{sha256}", "/auth/login", "/health"} <= set(spec["paths"])
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert health["status"] == "ok" and health["server_version"] == max(world.versions.values())


def test_no_request_makes_the_server_fail(world: World) -> None:
    """Every operation with generated (valid and invalid) input, as a secretary (the widest rights, so
    requests get past authentication into the handlers); a bounded number of examples keeps it quick."""
    schema = schemathesis.openapi.from_url(f"{world.live.url}/openapi.json")
    headers = {"Authorization": f"Bearer {world.tokens['sec']}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:

        @settings(max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def call(case: schemathesis.Case) -> None:
            response = case.call(headers=headers)
            case.validate_response(response, checks=[not_a_server_error])

        call()
