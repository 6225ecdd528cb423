"""Every activity answer the official OpenAPI spec describes is read by ctct.

An answer is made from each schema of the spec that has `activity_errors` (every property given,
two items per array, values from the spec's examples or, without one, from the type and format),
served by the emulator (a fault on GET /v3/activities/{id}), and read by `activities.get` and by
the bulk runner (`bulk.wait`). The unreadable answers are counted; the target is none. The spec is
found as tests/openapi finds it (CTCT_OPENAPI_SPEC, else ../shared/constant-contact/v3-openapi.json
beside the repository); without it the test is skipped."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict, List

import ctct
import pytest
from ctct.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(os.environ.get("CTCT_OPENAPI_SPEC") or ROOT.parent / "shared" / "constant-contact" / "v3-openapi.json")
ACTIVITY_ID = "a0000000-0000-4000-8000-0000000000a1"
BY_FORMAT = {"uuid": ACTIVITY_ID, "date-time": "2016-01-23T13:48:44.108Z", "date": "2016-01-23"}
BY_TYPE = {"string": "text", "integer": 75, "number": 1.5, "boolean": True}


def schemas() -> Dict[str, Any]:
    if not SPEC.is_file():
        pytest.skip(f"the OpenAPI spec is not at {SPEC}: set CTCT_OPENAPI_SPEC")
    with open(SPEC, encoding="utf-8") as spec:
        found: Dict[str, Any] = json.load(spec)["components"]["schemas"]
    return found


def answer(schema: Dict[str, Any], every: Dict[str, Any]) -> Any:
    """A value the schema allows, with every property it names."""
    if "$ref" in schema:
        return answer(every[schema["$ref"].rsplit("/", 1)[1]], every)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object":
        return {name: answer(inner, every) for name, inner in schema.get("properties", {}).items()}
    if kind == "array":
        return [answer(schema.get("items", {}), every) for _ in range(2)]
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    return BY_FORMAT.get(schema.get("format", ""), BY_TYPE[kind])


def activity_schemas() -> Dict[str, Any]:
    every = schemas()
    return {
        name: answer(schema, every)
        for name, schema in every.items()
        if "activity_errors" in schema.get("properties", {})
    }


def unreadable(client: ctct.Client, emulator: Emulator, body: Any) -> List[str]:
    reasons = []
    emulator.fault(f"/v3/activities/{ACTIVITY_ID}", method="GET", status=200, body=body, times=2)
    for outcome in (client.activities.get(ACTIVITY_ID), client.bulk.wait([ACTIVITY_ID], poll_interval_ms=1)):
        if outcome.outcome == "error":
            reasons.append(str(outcome.reason))
    return reasons


def test_every_activity_schema_of_the_spec_is_read(client: ctct.Client, emulator: Emulator) -> None:
    answers = activity_schemas()
    # 19 give activity_errors as strings, 2 as {"message": ...} objects: both shapes are here.
    shapes = {type(body["activity_errors"][0]).__name__ for body in answers.values()}
    assert len(answers) >= 21 and shapes == {"str", "dict"}
    problems = {name: reasons for name, body in answers.items() if (reasons := unreadable(client, emulator, body))}
    print(f"{len(answers)} activity schemas, {len(problems)} unreadable")
    assert not problems, json.dumps(problems, indent=1)
