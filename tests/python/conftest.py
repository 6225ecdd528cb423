"""One emulator for the whole run (in process, on a free loopback port), reset before each test.
The `client` fixture has no client-side rate limit and retries quickly, so that tests do not wait.
`hostile` is the port of tests/hostile/server.py, started once for the run and stopped by its pid."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import ctct
import pytest
from ctct.testing import Emulator
from node_workers import node_project  # noqa: F401  (a fixture for every test)
from redis_server import redis_url  # noqa: F401  (a fixture for every test)


@pytest.fixture(scope="session")
def session_emulator() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


HOSTILE_SERVER = Path(__file__).resolve().parents[1] / "hostile" / "server.py"


@pytest.fixture(scope="session")
def hostile() -> Iterator[int]:
    server = subprocess.Popen([sys.executable, str(HOSTILE_SERVER)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        yield int(server.stdout.readline())
    finally:
        os.kill(server.pid, signal.SIGTERM)
        server.wait()


@pytest.fixture
def emulator(session_emulator: Emulator) -> Emulator:
    session_emulator.reset()
    return session_emulator


@pytest.fixture
def client(emulator: Emulator) -> Iterator[ctct.Client]:
    quick = ctct.RetryOptions(base_delay_ms=1, max_delay_ms=10)
    with emulator.client(rate_limit=ctct.RateLimit(per_second=0), retry=quick) as client:
        yield client


@pytest.fixture
def list_id(emulator: Emulator) -> str:
    return emulator.seed(lists=[{"name": "Leads"}])["lists"][0]
