"""One emulator for the whole run (in process, on a free loopback port), reset before each test.
The `client` fixture has no client-side rate limit and retries quickly, so that tests do not wait."""

from __future__ import annotations

from typing import Iterator

import pytest

import ctct
from ctct.testing import Emulator


@pytest.fixture(scope="session")
def session_emulator() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


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
