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
from typing import Any, Callable, Dict, Iterator, List, NamedTuple, Optional, Set

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
from openapi_core.deserializing.media_types.util import plain_loads  # noqa: E402
from openapi_core.testing import MockRequest, MockResponse  # noqa: E402


class Exchange(NamedTuple):
    suite: str
    record: Dict[str, Any]


class Known(NamedTuple):
    """A known mismatch: `method` and `path` (each id written {id}) with `status` (0: any), and a
    fragment of the validator's message."""

    why: str
    method: str
    path: str
    status: int
    message: str

    def covers(self, record: Dict[str, Any], message: str) -> bool:
        path = re.escape(self.path).replace(r"\{id\}", "[^/]+")
        return (
            record["method"] == self.method
            and re.fullmatch(path, record["path"]) is not None
            and self.status in (0, record["status"])
            and self.message in message
        )


# Each entry is a defect of the spec itself, named in one sentence; an entry that covers no
# recorded exchange fails the check, so that none outlives its need.
REQUEST_EXCEPTIONS: List[Known] = [
    Known(
        "the spec marks the items of createContact_request's list_memberships and taggings readOnly, so no "
        "request may send them, while describing them as the lists and tags (up to 50) the new contact joins",
        "POST",
        "/v3/contacts",
        0,
        "Tried to write read-only property",
    ),
    Known(
        "the spec gives maxItems 0 to the id arrays of remove_list_memberships (list_ids and its source's "
        "list_ids, contact_ids, tag_ids), of add_list_memberships' source tag_ids and of custom_fields_delete, "
        "whose own descriptions take up to 50 lists, 500 contacts and the custom fields to delete",
        "POST",
        "/v3/activities/{id}",
        0,
        "is expected to be empty",
    ),
]

RESPONSE_EXCEPTIONS: List[Known] = [
    Known(
        "the spec lists 429 among the answers of most operations but not of these, though its rate limit of 4 "
        "requests a second (API.md) answers 429 on every call",
        "GET",
        path,
        429,
        "Unknown response http status: 429",
    )
    for path in ("/v3/contact_lists", "/v3/contacts", "/v3/contact_lists/{id}")
]
KNOWN = REQUEST_EXCEPTIONS + RESPONSE_EXCEPTIONS

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
            alike(json.dumps(record["request_form"])),
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


def body_of(record: Dict[str, Any], content_type: str) -> bytes:
    """The request's body. The emulator receives a multipart form as its parts, and records them:
    they are put together again with the boundary that the Content-Type names."""
    if not record["request_form"]:
        return record["request_body"].encode()
    boundary = re.search(r'boundary="?([^";]+)', content_type).group(1)
    body = ""
    for name, file_name, content in record["request_form"]:
        disposition = f'form-data; name="{name}"' + (f'; filename="{file_name}"' if file_name else "")
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n{content}\r\n"
    return (body + f"--{boundary}--\r\n").encode()


def request_of(record: Dict[str, Any]) -> MockRequest:
    headers = record["request_headers"]
    content_type = next((value for name, value in headers.items() if name.lower() == "content-type"), "")
    return MockRequest(
        SERVER,
        record["method"],
        record["path"],
        args=[tuple(pair) for pair in record["query"]],
        headers=headers,
        data=body_of(record, content_type),
        content_type=content_type,  # with its parameters: a multipart boundary
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


def unexcused(
    exceptions: List[Known], used: Set[Known], record: Dict[str, Any], validate: Callable[[], Any]
) -> List[str]:
    """The validator's messages for this exchange that no known exception covers; the exceptions
    that cover one are added to `used`."""
    try:
        validate()
    except Exception as error:  # openapi-core raises one class per kind of mismatch
        left = []
        for message in messages(error):
            covering = [known for known in exceptions if known.covers(record, message)]
            used.update(covering)
            if not covering:
                left.append(message)
        return left
    return []


def refused_on_purpose(record: Dict[str, Any]) -> bool:
    """The tests send input the spec forbids (limits out of range, a field too long, a body that
    is not JSON or not declared as JSON, ...) to prove that the emulator refuses it as the service
    does: such a request need not validate when the emulator answered 400 or 415, and its answer
    is validated as every other."""
    return record["status"] in (400, 415)


def short(text: str) -> str:
    return text if len(text) <= 400 else text[:200] + " ... " + text[-200:]


@pytest.fixture(scope="module")
def openapi() -> Any:
    with open(SPEC, encoding="utf-8") as spec:
        # The official spec is taken as it is: validating the spec itself would only cost time.
        # The export's text/csv body is read as the text it is (the validator would hand the string
        # schema its bytes).
        config = openapi_core.Config(spec_validator_cls=None, extra_media_type_deserializers={"text/csv": plain_loads})
        return openapi_core.OpenAPI.from_dict(json.load(spec), config=config)


def test_every_recorded_exchange_validates_against_the_spec(openapi: Any) -> None:
    missing = [suite for suite in SUITES if not (TRAFFIC / f"{suite}.jsonl").is_file()]
    if len(missing) == len(SUITES):
        pytest.skip(f"no recorded traffic in {TRAFFIC}: `make test` records it (CTCT_EMULATOR_TRAFFIC)")
    assert not missing, f"no traffic recorded by the {', '.join(missing)} suite(s) in {TRAFFIC}"

    problems: List[str] = []
    used: Set[Known] = set()
    count = 0
    for suite, record in recorded():
        count += 1
        where = f"[{suite}] {record['method']} {record['path']} -> {record['status']}"
        if not refused_on_purpose(record):
            for message in unexcused(
                REQUEST_EXCEPTIONS, used, record, lambda: openapi.validate_request(request_of(record))
            ):
                problems.append(f"{where}: request: {short(message)}\n    body: {short(record['request_body'])}")
        # An injected fault answers what its test asked for (malformed JSON, error shapes of its
        # choosing), not what the emulator would: only its request is checked.
        if record["fault"]:
            continue
        for message in unexcused(
            RESPONSE_EXCEPTIONS,
            used,
            record,
            lambda: openapi.validate_response(request_of(record), response_of(record)),
        ):
            problems.append(f"{where}: response: {short(message)}\n    body: {short(record['response_body'])}")
    print(f"{count} distinct v3 exchanges validated")
    assert count > 0
    problems += [f"known exception no longer needed (remove it): {known.why}" for known in KNOWN if known not in used]
    assert not problems, f"{len(problems)} of {count} exchanges break the spec:\n" + "\n".join(problems)
