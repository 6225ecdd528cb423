"""Every v3 request the test suites sent, and every answer the emulator gave, validates against
Constant Contact's official OpenAPI spec.

The suites run with CTCT_EMULATOR_TRAFFIC set (ctest, scripts/test-python, scripts/test-node), so
each emulator appends its v3 exchanges to CTCT_TRAFFIC_DIR (default build/traffic): cpp.jsonl,
python.jsonl and node.jsonl. v2, OAuth and control calls are not recorded: the v3 spec does not
describe them. `make test` runs this check after the three suites.

The spec is not part of this repository: CTCT_OPENAPI_SPEC names it, else it is looked for at
../shared/constant-contact/v3-openapi.json beside the repository."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, NamedTuple, Optional

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(os.environ.get("CTCT_OPENAPI_SPEC") or ROOT.parent / "shared" / "constant-contact" / "v3-openapi.json")
TRAFFIC = Path(os.environ.get("CTCT_TRAFFIC_DIR") or ROOT / "build" / "traffic")
SUITES = ("cpp", "python", "node")
SERVER = "https://api.cc.email"  # the spec's server; recorded paths start with /v3 as its URL does

if not SPEC.is_file():
    pytest.skip(
        f"the OpenAPI spec is not at {SPEC}: set CTCT_OPENAPI_SPEC to the path of Constant Contact's "
        "v3-openapi.json (or place it at ../shared/constant-contact/v3-openapi.json beside the repository)",
        allow_module_level=True,
    )

openapi_core = pytest.importorskip("openapi_core", reason="openapi-core is installed by scripts/python-env")
from openapi_core.testing import MockRequest, MockResponse  # noqa: E402


class Exchange(NamedTuple):
    suite: str
    record: Dict[str, Any]


class Known(NamedTuple):
    """A known mismatch: `method` and `path` (each id written {id}) with `status` (0: any), and a
    fragment of the validator's message; or, with `fault`, every answer an injected fault made."""

    why: str
    method: str = ""
    path: str = ""
    status: int = 0
    message: str = ""
    fault: bool = False

    def covers(self, record: Dict[str, Any], message: str) -> bool:
        if self.fault:
            return bool(record["fault"])
        path = re.escape(self.path).replace(r"\{id\}", "[^/]+")
        return (
            record["method"] == self.method
            and re.fullmatch(path, record["path"]) is not None
            and self.status in (0, record["status"])
            and self.message in message
        )


REQUEST_EXCEPTIONS: List[Known] = [
    # Invalid input the tests send on purpose, to prove the emulator refuses it as the service
    # does (emulator_test.cpp, validation and vectors); the refusals themselves are validated.
    Known("limits out of range are refused", "GET", "/v3/contacts", 400, "Invalid query parameter: limit"),
    Known("an unknown status filter is refused", "GET", "/v3/contacts", 400, "Invalid query parameter: status"),
    Known("a field longer than the spec allows is refused", "POST", "/v3/contacts", 400, "is too long"),
    Known("a field of the wrong JSON type is refused", "POST", "/v3/contacts", 400, "is not of type"),
    Known("a body that is not JSON is refused", "POST", "/v3/contacts", 400, "Failed to deserialize"),
    Known("a body not declared as JSON is refused with 415", "POST", "/v3/contacts", 415, "mimetype not found"),
    Known("a list without its name is refused", "POST", "/v3/contact_lists", 400, "'name' is a required property"),
    Known("a list name longer than 255 is refused", "POST", "/v3/contact_lists", 400, "is too long"),
    Known(
        "a sign-up without lists is refused",
        "POST",
        "/v3/contacts/sign_up_form",
        400,
        "'list_memberships' is a required property",
    ),
    Known(
        "a sign-up with an empty list of lists is refused",
        "POST",
        "/v3/contacts/sign_up_form",
        400,
        "should be non-empty",
    ),
    Known(
        "an update without update_source is refused",
        "PUT",
        "/v3/contacts/{id}",
        400,
        "'update_source' is a required property",
    ),
    Known(
        "more contact ids than a bulk delete takes are refused",
        "POST",
        "/v3/activities/contact_delete",
        400,
        "is too long",
    ),
    # Defects of the spec: the service (and API.md) accept what it marks as invalid.
    Known(
        "the spec marks the list and tag ids of a new contact read-only, yet POST /contacts takes up to 50 "
        "of each (API.md)",
        "POST",
        "/v3/contacts",
        0,
        "Tried to write read-only property",
    ),
    Known(
        "the spec gives the id arrays of add_list_memberships, remove_list_memberships and custom_fields_delete "
        "maxItems 0 while describing up to 50 lists (500 contact ids) and 100 custom fields",
        "POST",
        "/v3/activities/{id}",
        0,
        "is expected to be empty",
    ),
    # A limit of the record: cpp-httplib hands the emulator a multipart body already split into its
    # parts, so no body is recorded for the file import (its parts are checked by the emulator).
    Known(
        "multipart bodies are not recorded",
        "POST",
        "/v3/activities/contacts_file_import",
        0,
        "Missing required request body",
    ),
]

RESPONSE_EXCEPTIONS: List[Known] = [
    # An injected fault answers the status and body the test asked for (malformed or truncated
    # JSON, error shapes of its choosing): not the emulator's own answer.
    Known("an injected fault answers what the test asked for", fault=True),
    # The emulator's rate limit (POST /__emulator/limits) answers 429 on every route, as the service
    # does (API.md: 4 requests a second); the spec lists 429 for some operations only.
    Known("429 from the rate limit", "GET", "/v3/contact_lists", 429, "Unknown response http status: 429"),
    Known("429 from the rate limit", "GET", "/v3/contacts", 429, "Unknown response http status: 429"),
    Known("429 from the rate limit", "GET", "/v3/contact_lists/{id}", 429, "Unknown response http status: 429"),
    # openapi-core hands a text/csv body to the string schema as bytes: a limit of the validator.
    Known("the CSV export is text", "GET", "/v3/contact_exports/{id}", 200, "is not of type 'string'"),
]

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?")


NUMBERED = re.compile(r"(?<=[A-Za-z])[0-9]+")  # p1@example.com, p2@example.com, ... (generated data)
CURSOR = re.compile(r"cursor=[^\"&]+")  # in _links.next.href
NUMBER_TEXT = re.compile(r'(?<=")[0-9]+(?=\\?")')  # "last_name":"17" in generated contacts


def alike(text: str) -> str:
    return NUMBERED.sub("0", TIME.sub("T", UUID.sub("U", text)))


def shape(record: Dict[str, Any]) -> str:
    """The exchange with ids, times, cursors and the numbers of generated data made alike:
    exchanges that differ only there validate alike, so each shape is validated once (a test that
    walks the pages of a thousand generated contacts would otherwise take minutes). Numbers in
    queries and request bodies stay: limits are checked on them."""
    query = [(name, "C" if name == "cursor" else alike(value)) for name, value in record["query"]]
    response = NUMBER_TEXT.sub("0", CURSOR.sub("cursor=C", alike(record["response_body"])))
    return json.dumps(
        [
            record["method"],
            alike(record["path"]),
            query,
            alike(record["request_body"]),
            record["status"],
            record["fault"],
            record["request_headers"].get("Content-Type"),
            record["response_content_type"],
            response,
        ]
    )


def recorded() -> Iterator[Exchange]:
    seen = set()
    for suite in SUITES:
        with open(TRAFFIC / f"{suite}.jsonl", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                key = shape(record)
                if key not in seen:
                    seen.add(key)
                    yield Exchange(suite, record)


def request_of(record: Dict[str, Any]) -> MockRequest:
    headers = record["request_headers"]
    content_type = next((value for name, value in headers.items() if name.lower() == "content-type"), "")
    return MockRequest(
        SERVER,
        record["method"],
        record["path"],
        args=[tuple(pair) for pair in record["query"]],
        headers=headers,
        data=record["request_body"].encode(),
        content_type=content_type.split(";")[0].strip(),
    )


def response_of(record: Dict[str, Any]) -> MockResponse:
    return MockResponse(
        record["response_body"].encode(),
        status_code=record["status"],
        content_type=record["response_content_type"],
    )


def messages(error: Exception) -> List[str]:
    """What the validator says: one message per schema error, each after the chain of errors
    that led to it ("Invalid query parameter: limit <- ... <- [path]: 0 is less than ...")."""
    context: List[str] = []
    details: List[str] = []
    cause: Optional[BaseException] = error
    while cause is not None:
        errors = getattr(cause, "schema_errors", None)
        if errors:
            details += [f"{list(detail.absolute_path)}: {detail.message}" for detail in errors]
        else:
            context.append(str(cause))
        cause = cause.__cause__
    chain = " <- ".join(context)
    return [f"{chain} <- {detail}" for detail in details] or [chain]


def unexcused(exceptions: List[Known], record: Dict[str, Any], validate: Callable[[], Any]) -> List[str]:
    """The validator's messages for this exchange that no known exception covers."""
    try:
        validate()
    except Exception as error:  # openapi-core raises one class per kind of mismatch
        return [
            message for message in messages(error) if not any(known.covers(record, message) for known in exceptions)
        ]
    return []


def short(text: str) -> str:
    return text if len(text) <= 400 else text[:200] + " ... " + text[-200:]


@pytest.fixture(scope="module")
def openapi() -> Any:
    with open(SPEC, encoding="utf-8") as spec:
        # The official spec is taken as it is: validating the spec itself would only cost time.
        return openapi_core.OpenAPI.from_dict(json.load(spec), config=openapi_core.Config(spec_validator_cls=None))


def test_every_recorded_exchange_validates_against_the_spec(openapi: Any) -> None:
    missing = [suite for suite in SUITES if not (TRAFFIC / f"{suite}.jsonl").is_file()]
    if len(missing) == len(SUITES):
        pytest.skip(f"no recorded traffic in {TRAFFIC}: `make test` records it (CTCT_EMULATOR_TRAFFIC)")
    assert not missing, f"no traffic recorded by the {', '.join(missing)} suite(s) in {TRAFFIC}"

    problems: List[str] = []
    count = 0
    for suite, record in recorded():
        count += 1
        where = f"[{suite}] {record['method']} {record['path']} -> {record['status']}"
        for message in unexcused(REQUEST_EXCEPTIONS, record, lambda: openapi.validate_request(request_of(record))):
            problems.append(f"{where}: request: {short(message)}\n    body: {short(record['request_body'])}")
        for message in unexcused(
            RESPONSE_EXCEPTIONS, record, lambda: openapi.validate_response(request_of(record), response_of(record))
        ):
            problems.append(f"{where}: response: {short(message)}\n    body: {short(record['response_body'])}")
    print(f"{count} distinct v3 exchanges validated")
    assert count > 0
    assert not problems, f"{len(problems)} of {count} exchanges break the spec:\n" + "\n".join(problems)
