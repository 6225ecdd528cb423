"""Runs every shared scenario of tests/vectors (format: tests/vectors/README.md) through the Python
API and requires the same outcome JSON as the C++ and Node runners."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any, Dict, List, Tuple, Union

import ctct
import pytest
from ctct import _core
from ctct.testing import Emulator

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?")
PORT = re.compile(r"127\.0\.0\.1:[0-9]+")
# The client options every runner uses: no client-side limit, quick retries (README, step 2).
OPTIONS: Dict[str, Any] = {
    "rate_limit": ctct.RateLimit(per_second=0),
    "retry": ctct.RetryOptions(max_attempts=4, base_delay_ms=1, max_delay_ms=10),
}

Outcome = Union[ctct.DeliveryOutcome, Any]
ABSENT = object()  # an argument the vector leaves out


def normalise(text: str, vector_text: str) -> str:
    text = PORT.sub("127.0.0.1:<port>", text)
    text = UUID.sub(lambda m: m.group(0) if m.group(0) in vector_text else "<uuid>", text)
    return TIME.sub(lambda m: m.group(0) if m.group(0) in vector_text else "<time>", text)


# Each v3 operation's parameters, by "<group>.<name>" (or the client's own name), as the core lists them.
REGISTRY = json.loads(_core.describe_operations())
PARAMS: Dict[str, Any] = {
    **{op["name"]: op["params"] for op in REGISTRY["client"]},
    **{f"{group['name']}.{op['name']}": op["params"] for group in REGISTRY["groups"] for op in group["operations"]},
}


def expand_rows(args: Dict[str, Any]) -> Dict[str, Any]:
    """With rows N, input.import_data becomes N copies of its one row, {n} in the email the row's index."""
    if "rows" not in args:
        return args
    given = args["input"]
    row = given["import_data"][0]
    rows = [{**row, "email": row["email"].replace("{n}", str(n))} for n in range(args["rows"])]
    return {**args, "input": {**given, "import_data": rows}}


def call_v3(client: ctct.Client, op: str, args: Dict[str, Any], **extra: Any) -> Outcome:
    """The operation called the Python way (operation.hpp): arguments by position, options as keywords,
    a fields parameter's positional fields by position and its other fields as keywords; the bulk
    options keep their defaults unless `extra` gives them. Positions stop at the first one the vector
    leaves out."""
    assert op in PARAMS, f"unknown v3 operation {op}"
    args = expand_rows(args)
    given: List[Tuple[str, Any]] = []  # (argument name, value or ABSENT) in the order Python takes them
    keywords: Dict[str, Any] = {}
    for param in PARAMS[op]:
        if param["takes"] == "argument":
            given.append((param["name"], args.get(param["name"], ABSENT)))
        elif param["takes"] == "option" and param["name"] in args:
            keywords[param["name"]] = args[param["name"]]
        elif param["takes"] == "fields":
            value = args.get(param["name"], {})
            fields = {name: value[key] for name, key in zip(param["fields"], param["json"]) if key in value}
            given += [(name, fields.pop(name, ABSENT)) for name in param["positional"]]
            keywords.update(fields)
    count = next((n for n, (_, value) in enumerate(given) if value is ABSENT), len(given))
    keywords.update({name: value for name, value in given[count:] if value is not ABSENT})
    positional = [value for _, value in given[:count]]
    *path, name = op.split(".")
    target = getattr(client, path[0]) if path else client
    return getattr(target, name)(*positional, **keywords, **extra)


def call_v2(client: ctct.v2.Client, op: str, args: Dict[str, Any]) -> Outcome:
    if op == "add_contact_to_list":
        extra = {"action_by": args["action_by"]} if "action_by" in args else {}
        return client.add_contact_to_list(args["list_id"], **args.get("lead", {}), **extra)
    return getattr(client, op)(**args)


def server_url(emulator: Emulator, hostile: int, vector: Dict[str, Any]) -> str:
    """The emulator's URL; with setup.hostile the hostile server's behaviour of that name; with
    call.server "refused" a loopback port nothing listens on."""
    behaviour = vector.get("setup", {}).get("hostile")
    if behaviour is not None:
        return f"http://127.0.0.1:{hostile}/{behaviour}"
    call = vector["call"]
    if "server" not in call:
        return str(emulator.url)
    assert call["server"] == "refused", "call.server must be refused"
    return "http://127.0.0.1:1"


def contact_entry(contact: Dict[str, Any], v2: bool) -> Dict[str, Any]:
    if v2:
        return {
            "email": contact["email_addresses"][0]["email_address"],
            "lists": [x["id"] for x in contact.get("lists", [])],
        }
    entry = {"email": contact["email_address"]["address"], "lists": contact.get("list_memberships", [])}
    if contact.get("taggings"):
        entry["tags"] = contact["taggings"]
    return entry


def stored_state(emulator: Emulator, expect_state: Dict[str, Any]) -> str:
    """Each store expect_state names, as address, list ids and any tag ids per stored contact in store order;
    requests: the API requests the emulator saw."""
    state = emulator.control("GET", "state")
    projected = {
        store: emulator.control("GET", "stats")["requests"]
        if store == "requests"
        else [contact_entry(contact, store == "v2_contacts") for contact in state.get(store, [])]
        for store in expect_state
    }
    return json.dumps(projected, separators=(",", ":"), ensure_ascii=False)


def submit_to_queue(url: str, token: str, options: Dict[str, Any], op: str, args: Dict[str, Any]) -> str:
    """call.client "queue": each of args.leads submitted in order to a LeadQueue (on an AsyncClient, so
    that submitting does not wait), the queue closed, the outcomes as an array in submission order."""
    assert op == "submit", f"unknown queue operation {op}"

    async def deliver() -> List[Any]:
        async with ctct.AsyncClient(access_token=token, base_url=url + "/v3", **options) as client:
            queue = ctct.LeadQueue(client, **args.get("queue", {}))
            pending = [
                queue.submit(ctct.Lead(**item["lead"]), item["list_id"], **item.get("options", {}))
                for item in args["leads"]
            ]
            await queue.close()
            return list(await asyncio.gather(*pending))

    return "[" + ",".join(str(outcome.to_json()) for outcome in asyncio.run(deliver())) + "]"


def run(emulator: Emulator, hostile: int, vector: Dict[str, Any]) -> str:
    emulator.reset()
    setup = vector.get("setup", {})
    if "seed" in setup:
        emulator.control("POST", "seed", setup["seed"])
    for fault in setup.get("faults", []):
        emulator.control("POST", "faults", fault)
    for control in setup.get("control", []):
        emulator.control(control["method"], control["path"], control.get("body"))
    call = vector["call"]
    token = "wrong-token" if call.get("token") == "wrong" else emulator.access_token
    options = {**OPTIONS, **call.get("http", {})}
    url = server_url(emulator, hostile, vector)
    if call["client"] == "queue":
        return submit_to_queue(url, token, options, call["op"], call["args"])
    if call["client"] == "v2":
        v2 = ctct.v2.Client(api_key=emulator.api_key, access_token=token, base_url=url + "/v2", **options)
        with v2:
            return str(call_v2(v2, call["op"], call["args"]).to_json())
    with ctct.Client(access_token=token, base_url=url + "/v3", **options) as v3:
        return str(call_v3(v3, call["op"], call["args"]).to_json())


@pytest.mark.parametrize("path", sorted(VECTORS.glob("*.json")), ids=lambda path: path.stem)
def test_vector(path: Path, session_emulator: Emulator, hostile: int) -> None:
    vector_text = path.read_text(encoding="utf-8")
    vector = json.loads(vector_text)
    actual = normalise(run(session_emulator, hostile, vector), vector_text)
    expected = json.dumps(vector["expect"], separators=(",", ":"), ensure_ascii=False)
    assert actual == expected
    if "expect_state" in vector:
        expected_state = json.dumps(vector["expect_state"], separators=(",", ":"), ensure_ascii=False)
        assert stored_state(session_emulator, vector["expect_state"]) == expected_state
