"""One emulator for the whole run (in process, on a free loopback port), reset before each test.
The `client` fixture has no client-side rate limit, so that tests do not wait for it."""

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
    with emulator.client(rate_limit=ctct.RateLimit(per_second=0)) as client:
        yield client


@pytest.fixture
def list_id(emulator: Emulator) -> str:
    return emulator.seed(lists=[{"name": "Leads"}])["lists"][0]
