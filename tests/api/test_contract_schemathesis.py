"""The API contract, proven by a third-party fuzzer: schemathesis against the live OpenAPI document.

Stateless checks on every operation: no server error, no undocumented status code or content type,
every response valid against its schema, invalid input rejected. Not run: the check that every
schema-valid request is accepted, since some rules cannot be said in a schema (an offense id must
belong to the jurisdiction, dates must come in order); those answers are documented 422s.
"""

from __future__ import annotations

import subprocess
import sys

import httpx

from tests.live_server import serve

CHECKS = ",".join([
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
])  # fmt: skip


def test_schemathesis_finds_no_contract_violation_on_any_operation():
    with serve(rate_limit_anonymous="1000000/minute") as url:
        paths = httpx.get(f"{url}/openapi.json").json()["paths"]
        operations = sum(len(methods) for methods in paths.values())
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "run",
                f"{url}/openapi.json",
                "--checks",
                CHECKS,
                "--max-examples",
                "60",
                "--seed",
                "20261125",
                "--no-color",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    summary = result.stdout[-3000:]
    assert result.returncode == 0, summary
    assert f"{operations} passed" in summary  # every documented operation, however many there are
