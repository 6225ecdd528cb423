"""Clients share the process-wide engine's I/O loop unless given an Engine of their own
(ctct/engine.hpp): its thread count spreads them over that many loops, which start with their
first client and end with their last."""

from __future__ import annotations

import asyncio
from pathlib import Path

import ctct
import pytest
from ctct.testing import Emulator

UNLIMITED = ctct.RateLimit(per_second=0)


def io_threads() -> int:
    """The process's ctct I/O threads, by the name the core gives them."""
    return sum(1 for task in Path("/proc/self/task").iterdir() if (task / "comm").read_text().strip() == "ctct-io")


def test_an_engine_of_two_threads_spreads_its_clients_over_two_loops(emulator: Emulator) -> None:
    with emulator.client(rate_limit=UNLIMITED) as shared:
        assert shared.lists.list().ok
        before = io_threads()
        engine = ctct.Engine(threads=2)
        assert (engine.threads, engine.live_loops, repr(engine)) == (2, 0, "Engine(threads=2)")
        clients = [emulator.client(rate_limit=UNLIMITED, engine=engine) for _ in range(6)]
        assert all(client.lists.list().ok for client in clients)
        assert engine.live_loops == 2
        assert io_threads() == before + 2
        for client in clients:
            client.close()
        assert engine.live_loops == 0
        assert io_threads() == before
        assert shared.lists.list().ok  # the process-wide engine's clients run on


def test_clients_given_no_engine_leave_an_engine_unused(emulator: Emulator) -> None:
    engine = ctct.Engine()
    with emulator.client(rate_limit=UNLIMITED) as client:
        assert client.lists.list().ok
    assert engine.live_loops == 0


def test_async_and_v2_clients_take_an_engine(emulator: Emulator) -> None:
    engine = ctct.Engine()

    async def listing() -> bool:
        async with emulator.async_client(rate_limit=UNLIMITED, engine=engine) as client:
            outcome = await client.lists.list()
            return outcome.ok and engine.live_loops == 1

    assert asyncio.run(listing())
    with emulator.v2_client(rate_limit=UNLIMITED, engine=engine) as v2:
        assert v2.lists().ok
        assert engine.live_loops == 1
    assert engine.live_loops == 0


def test_a_wrong_engine_is_the_languages_own_error() -> None:
    for threads in (0, 65):
        with pytest.raises(ctct.UsageError, match="threads"):
            ctct.Engine(threads=threads)
    with pytest.raises(TypeError):
        ctct.Engine(threads="2")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ctct.Client(access_token="t", engine="process")  # type: ignore[arg-type]
