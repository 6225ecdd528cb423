"""Every answer the official OpenAPI spec allows is read by ctct, for every operation.

Each operation of the registry (ctct._core.describe_operations(): every group's and the
client's own) is found in the spec by the request its help starts with ("GET
/contacts/{contact_id}; ..."); REQUESTS names the requests of the two whose help names none.
From the schema of each success answer of each request come answers:
  every       every property given, two items per array, values from the spec's examples or,
              without one, from the type and format;
  required    only the required properties, no item in an array (the spec marks nothing
              `nullable`: an optional property is either there or left out);
  hypothesis  EXAMPLES answers drawn by hypothesis-jsonschema, with a fixed seed;
and a success answer without content is an empty body. The emulator serves each (a fault on
that request, with the spec's status) to the operation, called through the Python client with
the arguments of its first vector (tests/vectors) that reached the emulator, else ARGUMENTS; a
bulk activity is started without waiting (its polls are GET /activities/{activity_id}, which
activities.get and bulk.wait read). An answer is unreadable when ctct says it could not read
the body: an `error`, or a warning of the delivery's read-back. The count is in the assertion's
message; the target is none. The spec is found as tests/openapi finds it (CTCT_OPENAPI_SPEC,
else ../shared/constant-contact/v3-openapi.json beside the repository); without it the test is
skipped."""

from __future__ import annotations

import itertools
import json
import os
import re
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
from ctct import _core
from ctct.testing import Emulator
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from test_vectors import OPTIONS, call_v3

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(os.environ.get("CTCT_OPENAPI_SPEC") or ROOT.parent / "shared" / "constant-contact" / "v3-openapi.json")
VECTORS = ROOT / "tests" / "vectors"
REGISTRY: Dict[str, Any] = json.loads(_core.describe_operations())
EXAMPLES = 8  # hypothesis answers per answer schema
ID = "a0000000-0000-4000-8000-0000000000a1"
BY_FORMAT = {"uuid": ID, "date-time": "2016-01-23T13:48:44.108Z", "date": "2016-01-23"}
BY_TYPE = {"string": "text", "integer": 75, "number": 1.5, "boolean": True}
INTEGER_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
READ_FAILED = "could not read"  # in every reason of an answer ctct could not read (classify.cpp)

Request = Tuple[str, str]  # (method, spec path)

# The requests of the operations whose help does not start with their one request.
REQUESTS: Dict[str, List[Request]] = {
    "add_contact_to_list": [("POST", "/contacts/sign_up_form"), ("GET", "/contacts/{contact_id}")],
    "bulk.wait": [("GET", "/activities/{activity_id}")],
}
# Valid arguments of the operations that no vector calls with input the emulator is sent.
ARGUMENTS: Dict[str, Dict[str, Any]] = {
    "activities.list": {},
    "bulk.import_file": {"input": {"csv": "email\nada@example.com\n", "list_ids": [ID]}},
    "bulk.remove_from_lists": {"input": {"source": {"contact_ids": [ID]}, "list_ids": [ID]}},
    "bulk.delete_lists": {"input": {"list_ids": [ID]}},
    "bulk.download_export": {"activity_id": ID},
    "bulk.wait": {"activity_ids": [ID]},
    "tags.list": {},
    "tags.update": {"tag_id": ID, "tag": {"name": "Leads"}},
    "tags.remove": {"tag_id": ID},
    "custom_fields.get": {"custom_field_id": ID},
    "custom_fields.update": {"custom_field_id": ID, "custom_field": {"label": "Size", "type": "string"}},
    "custom_fields.remove": {"custom_field_id": ID},
}


def spec() -> Dict[str, Any]:
    if not SPEC.is_file():
        pytest.skip(f"the OpenAPI spec is not at {SPEC}: set CTCT_OPENAPI_SPEC")
    with open(SPEC, encoding="utf-8") as text:
        found: Dict[str, Any] = json.load(text)
    return found


def operations() -> Iterator[Tuple[str, Dict[str, Any]]]:
    """("group.name" or the client's own name, the registry's entry) of every v3 operation."""
    for op in REGISTRY["client"]:
        yield op["name"], op
    for group in REGISTRY["groups"]:
        for op in group["operations"]:
            yield f"{group['name']}.{op['name']}", op


def requests_of(name: str, op: Dict[str, Any]) -> List[Request]:
    if name in REQUESTS:
        return REQUESTS[name]
    request = re.match(r"(GET|POST|PUT|PATCH|DELETE) (/[^\s:;,]*)", op["doc"])
    assert request, f"{name}: its help names no request; start it with 'METHOD /path' or add it to REQUESTS"
    return [(request.group(1), request.group(2).rstrip("."))]


def in_spec(paths: Dict[str, Any], request: Request) -> Dict[str, Any]:
    """The spec's operation for the request; path parameters may be named differently."""
    method, path = request
    shape = re.sub(r"\{[^}]*\}", "{}", path)
    for candidate, item in paths.items():
        if re.sub(r"\{[^}]*\}", "{}", candidate) == shape and method.lower() in item:
            found: Dict[str, Any] = item[method.lower()]
            return found
    raise AssertionError(f"{method} {path} is not in the spec")


def arguments(name: str) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """(setup, args) of the operation's first vector that reached the emulator (a success if one
    does), else ARGUMENTS."""
    found = []
    for path in sorted(VECTORS.glob("*.json")):
        vector = json.loads(path.read_text(encoding="utf-8"))
        call, setup, expect = vector["call"], vector.get("setup", {}), vector["expect"]
        if call["client"] != "v3" or call["op"] != name:
            continue  # the v2 client's and the queue's (whose expect is a list of outcomes)
        sent = expect.get("attempts", 0) > 0 and "hostile" not in setup and "server" not in call
        if sent and call.get("token") != "wrong":
            found.append((expect["outcome"] != "success", path.name, setup, call["args"]))
    if found:
        _, _, setup, args = min(found)
        return setup, args
    assert name in ARGUMENTS, f"{name}: no vector calls it with valid input; give it a vector or ARGUMENTS"
    return {}, ARGUMENTS[name]


# Answers made by hand: every property, or only the required ones.


def made(schema: Dict[str, Any], every: Dict[str, Any], whole: bool) -> Any:
    if "$ref" in schema:
        return made(every[schema["$ref"].rsplit("/", 1)[1]], every, whole)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object":
        required = set(schema.get("required", []))
        properties = schema.get("properties", {}).items()
        return {name: made(inner, every, whole) for name, inner in properties if whole or name in required}
    if kind == "array":
        count = min(2, schema.get("maxItems", 2)) if whole else schema.get("minItems", 0)
        return [made(schema.get("items", {}), every, whole) for _ in range(count)]
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    return BY_FORMAT.get(schema.get("format", ""), BY_TYPE[kind])


# Answers drawn by hypothesis from the schema as JSON Schema.

KEPT = {"type", "required", "enum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "minimum", "maximum"}


def json_schema(schema: Dict[str, Any], every: Dict[str, Any]) -> Dict[str, Any]:
    """The OpenAPI 3.0 schema as JSON Schema: references inlined, `nullable` a null type, an
    integer within its format's bounds (64 bits without one: what JSON readers take exactly),
    no property the spec does not name (one could be anything), annotations left out."""
    if "$ref" in schema:
        return json_schema(every[schema["$ref"].rsplit("/", 1)[1]], every)
    out = {key: value for key, value in schema.items() if key in KEPT}
    if "properties" in schema or schema.get("type") == "object":
        properties = schema.get("properties", {})
        out["properties"] = {name: json_schema(inner, every) for name, inner in properties.items()}
        extra = schema.get("additionalProperties", False)
        out["additionalProperties"] = json_schema(extra, every) if isinstance(extra, dict) else extra
    if "items" in schema:
        out["items"] = json_schema(schema["items"], every)
    if schema.get("type") == "string" and "format" in schema:
        out["format"] = schema["format"]
    if schema.get("type") == "integer":
        low, high = INTEGER_BOUNDS.get(schema.get("format", ""), INTEGER_BOUNDS["int64"])
        out["minimum"], out["maximum"] = max(low, out.get("minimum", low)), min(high, out.get("maximum", high))
    if schema.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
    return out


def drawn(schema: Dict[str, Any], every: Dict[str, Any]) -> List[Any]:
    """EXAMPLES answers of the schema, the same every run."""
    found: List[Any] = []
    strategy = from_schema(json_schema(schema, every), custom_formats={"uuid": st.uuids().map(str)})

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(answer: Any) -> None:
        found.append(answer)

    collect()
    return found


# A success answer of one request: (status, its schema or None without content, JSON or text).
Answer = Tuple[int, Optional[Dict[str, Any]], bool]


def success_answers(found: Dict[str, Any]) -> List[Answer]:
    answers: List[Answer] = []
    for status, response in found["responses"].items():
        if status.startswith("2"):
            content = response.get("content", {})
            media = next(iter(content), None)
            answers.append((int(status), content[media]["schema"] if media else None, media == "application/json"))
    return answers


def bodies(answer: Answer, every: Dict[str, Any]) -> List[Tuple[str, str]]:
    """(variant, body) of the answers made from one success answer's schema."""
    _, schema, is_json = answer
    if schema is None:
        return [("no content", "")]

    def text(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False) if is_json else str(value)

    made_ones = [("every", text(made(schema, every, True))), ("required", text(made(schema, every, False)))]
    return made_ones + [(f"hypothesis {n}", text(value)) for n, value in enumerate(drawn(schema, every))]


def together(per_request: List[List[Tuple[str, str]]]) -> Iterator[Tuple[str, List[str]]]:
    """The bodies of several requests side by side; a request with fewer repeats its first."""
    for row in itertools.zip_longest(*per_request):
        chosen = [given or options[0] for given, options in zip(row, per_request)]
        yield "+".join(variant for variant, _ in chosen), [body for _, body in chosen]


def extra_keywords(op: Dict[str, Any], requests: List[Request]) -> Dict[str, Any]:
    """A bulk activity is started without waiting; bulk.wait polls at once."""
    if not any(param["takes"] == "bulk_options" for param in op["params"]):
        return {}
    return {"wait": False} if requests[0][0] == "POST" else {"poll_interval_ms": 1}


def fault_path(path: str) -> str:
    """The emulator's fault path of a spec path: up to its first parameter, as a prefix."""
    head = path.split("{", 1)[0]
    return "/v3" + (head + "*" if "{" in path else head)


def why(outcome: Dict[str, Any]) -> str:
    """The reason, or the delivery's warning, that says ctct could not read an answer."""
    said = [outcome.get("reason") or "", *outcome.get("warnings", [])]
    return next(text for text in said if READ_FAILED in text)


def test_every_operation_reads_every_answer_the_spec_allows(emulator: Emulator) -> None:
    document = spec()
    every = document["components"]["schemas"]
    tried, problems = 0, []
    for name, op in operations():
        requests = requests_of(name, op)
        setup, args = arguments(name)
        keywords = extra_keywords(op, requests)
        per_request = [success_answers(in_spec(document["paths"], request)) for request in requests]
        for answers in itertools.product(*per_request):
            for variant, texts in together([bodies(answer, every) for answer in answers]):
                emulator.reset()
                for (method, path), (status, _, _), body in zip(requests, answers, texts):
                    emulator.fault(fault_path(path), method=method, status=status, body=body)
                if "seed" in setup:
                    emulator.control("POST", "seed", setup["seed"])
                for fault in setup.get("faults", []):
                    emulator.control("POST", "faults", fault)
                for control in setup.get("control", []):
                    emulator.control(control["method"], control["path"], control.get("body"))
                with emulator.client(**OPTIONS) as client:
                    outcome = call_v3(client, name, args, **keywords).to_json()
                tried += 1
                if READ_FAILED in outcome:
                    statuses = "+".join(str(status) for status, _, _ in answers)
                    shown = "; ".join(body[:300] for body in texts)
                    problems.append(f"{name} {statuses} {variant}: {why(json.loads(outcome))}\n  answers: {shown}")
    count = sum(1 for _ in operations())
    summary = f"{tried} answers made from the spec tried on {count} operations: {len(problems)} unreadable"
    print(summary)
    assert not problems, summary + "\n" + "\n".join(problems[:20])
