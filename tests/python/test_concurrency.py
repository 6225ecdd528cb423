"""The GIL is released for the whole network wait, and AsyncClient needs no thread per call.
Clients here have no client-side rate limit: the tests measure concurrency, not the limit."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import ctct
import pytest
from ctct.testing import Emulator

DELAY_MS = 200
UNLIMITED = ctct.RateLimit(per_second=0)


def test_eight_threads_wait_in_parallel(emulator: Emulator) -> None:
    emulator.fault("/v3/contact_lists", method="GET", delay_ms=DELAY_MS, times=0)
    with emulator.client(rate_limit=UNLIMITED) as client:
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=8) as pool:
            outcomes = list(pool.map(lambda _: client.lists.list(), range(8)))
        elapsed = time.monotonic() - started
    assert all(outcome.ok for outcome in outcomes)
    # Each call waits 200 ms at the server: one after the other they would need 1.6 s at least.
    # Unloaded, the eight take about one call's time; the bound leaves room for a busy machine.
    assert elapsed < 8 * DELAY_MS / 1000, elapsed


def test_other_python_threads_run_during_a_wait(emulator: Emulator) -> None:
    emulator.fault("/v3/contact_lists", method="GET", delay_ms=DELAY_MS)
    ticks = 0
    stop = threading.Event()

    def tick() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    with emulator.client(rate_limit=UNLIMITED) as client:
        assert client.lists.list().ok
    stop.set()
    ticker.join()
    assert ticks > 20


def test_a_thousand_concurrent_async_calls(emulator: Emulator) -> None:
    async def main() -> list[ctct.ContactListPageOutcome]:
        async with emulator.async_client(rate_limit=UNLIMITED) as client:
            return await asyncio.gather(*(client.lists.list() for _ in range(1000)))

    threads_before = threading.active_count()
    outcomes = asyncio.run(main())
    assert len(outcomes) == 1000 and all(outcome.ok for outcome in outcomes)
    assert threading.active_count() <= threads_before + 1


def test_async_operations_and_delivery(emulator: Emulator, list_id: str) -> None:
    async def main() -> None:
        async with emulator.async_client(rate_limit=UNLIMITED) as client:
            created = await client.contacts.create(
                ctct.Contact(email_address=ctct.EmailAddress(address="eve@example.com"), create_source="Account")
            )
            contact = created.unwrap()
            assert contact.contact_id
            assert (await client.contacts.get(contact.contact_id)).ok
            delivered = await client.add_contact_to_list(list_id, email="fay@example.com")
            assert delivered.ok and delivered.action == "created"

    asyncio.run(main())


def test_ctrl_c_ends_a_blocking_call_and_the_client_still_works(
    emulator: Emulator, request: pytest.FixtureRequest
) -> None:
    # The call drives the client's loop on this thread; SIGINT must still end its wait promptly,
    # and the transfer it leaves behind must finish on the client's own thread.
    emulator.fault("/v3/contact_lists", method="GET", delay_ms=3000)
    # Python leaves SIGINT ignored when it starts with it ignored (a job started in the background
    # by a non-interactive shell): this test gives it Python's own handler whatever it inherited.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    request.addfinalizer(lambda: signal.signal(signal.SIGINT, previous))
    with emulator.client(rate_limit=UNLIMITED) as client:
        threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT)).start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            client.lists.list()
        assert time.monotonic() - started < 2
        assert client.lists.list().ok


def test_a_cancelled_call_is_dropped_quietly(emulator: Emulator) -> None:
    emulator.fault("/v3/contact_lists", method="GET", delay_ms=DELAY_MS)

    async def main() -> None:
        async with emulator.async_client(rate_limit=UNLIMITED) as client:
            task = asyncio.ensure_future(client.lists.list())
            await asyncio.sleep(0.01)
            task.cancel()
            await asyncio.sleep(DELAY_MS / 1000 * 1.5)
            assert task.cancelled()
            assert (await client.lists.list()).ok

    asyncio.run(main())
