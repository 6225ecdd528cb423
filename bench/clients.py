"""The clients compared, the scenarios each runs, and the command that runs one (scenario,
client) pair as its own process. Every client prints one JSON line of figures (bench_common)."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional

BENCH = Path(__file__).resolve().parent
CLIENTS = BENCH / "clients"


def _jwt_shaped_token() -> str:
    """A bearer token of the shape and size Constant Contact issues: an RS256-signed JWT (header,
    claims and a 256-byte signature, base64url), 1,001 bytes here. Clients send it on every call,
    and one that handles its bytes one at a time pays for that on every call too."""

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = {"kid": "bench-key-0000000000000000000000000000000000", "alg": "RS256"}
    claims = {
        "ver": 1,
        "jti": "AT.bench0000000000000000000000000000000000000000",
        "iss": "https://authz.constantcontact.com/oauth2/default",
        "aud": "https://api.cc.email/v3",
        "iat": 1796600000,
        "exp": 1796686400,
        "cid": "00000000-0000-0000-0000-000000000000",
        "uid": "00u0000000000000000",
        "scp": ["contact_data", "offline_access", "account_read"],
        "auth_time": 1796600000,
        "sub": "bench@example.com",
        "platform_user_id": "00000000-0000-0000-0000-000000000000",
    }
    signature = bytes(range(256))
    return ".".join(
        [
            part(json.dumps(header, separators=(",", ":")).encode()),
            part(json.dumps(claims, separators=(",", ":")).encode()),
            part(signature),
        ]
    )


# The bearer token of every client, handed to each in CTCT_BENCH_TOKEN (run.py).
TOKEN = _jwt_shaped_token()

# Scenario keys as the client programs name them, and their titles.
SCENARIOS = {
    "get": "S1 sequential GET of a contact (one keep-alive connection)",
    "create": "S2 sequential create of a contact (JSON body)",
    "inflight": "S3 64 GETs in flight",
    "page": "S4 a 500-contact page, every email read",
}
SEQUENTIAL = ("get", "create", "page")
ALL = SEQUENTIAL + ("inflight",)


@dataclass(frozen=True)
class Client:
    key: str
    name: str
    runtime: str  # cpp, python, node, wrk
    program: str
    scenarios: tuple


CLIENT_LIST = [
    Client("ctct-cpp", "ctct C++", "cpp", "ctct_bench", ALL),
    Client("ctct-py", "ctct Python", "python", "py_ctct.py", SEQUENTIAL),
    Client("ctct-py-async", "ctct Python async", "python", "py_ctct_async.py", ALL),
    Client("ctct-node", "ctct Node", "node", "node_ctct.js", ALL),
    Client("requests", "requests.Session", "python", "py_requests.py", SEQUENTIAL),
    Client("httpx", "httpx", "python", "py_httpx.py", SEQUENTIAL),
    Client("httpx-async", "httpx async", "python", "py_httpx_async.py", ALL),
    Client("aiohttp", "aiohttp", "python", "py_aiohttp.py", ALL),
    Client("fetch", "Node fetch", "node", "node_fetch.js", ALL),
    Client("undici", "undici Pool", "node", "node_undici.js", ALL),
    Client("wrk", "wrk", "wrk", "wrk", ALL),
    # Not a target: what libcurl alone costs (one easy handle, no JSON), beside ctct C++.
    Client("libcurl", "libcurl easy loop (no JSON)", "cpp", "curl_bench", SEQUENTIAL),
]
BY_KEY: Dict[str, Client] = {c.key: c for c in CLIENT_LIST}


def display_name(key: str, scenario: str) -> str:
    if key == "wrk":
        return "wrk -c64" if scenario == "inflight" else "wrk -c1"
    return BY_KEY[key].name


@dataclass
class Paths:
    python: str  # the bench venv's interpreter
    node_dir: Path  # the npm folder with ctct and undici
    cpp_dir: Path  # the built C++ programs (ctct_bench, curl_bench)


def command(
    client: Client,
    scenario: str,
    base_url: str,
    contact_id: str,
    seconds: float,
    warmup: int,
    in_flight: int,
    paths: Paths,
) -> List[str]:
    args = [scenario, base_url, contact_id, f"{seconds:g}", str(warmup), str(in_flight)]
    if client.runtime == "cpp":
        return [str(paths.cpp_dir / client.program), *args]
    if client.runtime == "python":
        return [paths.python, str(CLIENTS / client.program), *args]
    if client.runtime == "node":
        return ["node", str(CLIENTS / client.program), *args]
    connections = in_flight if scenario == "inflight" else 1
    path = {
        "get": f"/contacts/{contact_id}",
        "inflight": f"/contacts/{contact_id}",
        "create": "/contacts",
        "page": "/contacts?limit=500",
    }[scenario]
    wrk = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--latency",
        "-H",
        f"Authorization: Bearer {TOKEN}",
        "-H",
        "Accept: application/json",
    ]
    if scenario == "create":
        wrk += ["-s", str(CLIENTS / "wrk_post.lua")]
    return [*wrk, base_url + path]


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _latency_ms(text: str, label: str) -> Optional[float]:
    match = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    return float(match.group(1)) * _UNITS[match.group(2)] if match else None


def parse_wrk(text: str) -> dict:
    """wrk's report as the figures the other clients print (wall time from its own count)."""
    done = re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m)", text)
    if not done:
        raise ValueError("wrk printed no request count")
    wall = float(done.group(2)) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[done.group(3)]
    errors = 0
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if non_2xx:
        errors += int(non_2xx.group(1))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if socket:
        errors += sum(int(g) for g in socket.groups())
    return {
        "calls": int(done.group(1)),
        "errors": errors,
        "wall_s": wall,
        "p50_ms": _latency_ms(text, "50%"),
        "p99_ms": _latency_ms(text, "99%"),
    }
