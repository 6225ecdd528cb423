"""The GIL is released for the whole network wait, and AsyncClient needs no thread per call.
Clients here have no client-side rate limit: the tests measure concurrency, not the limit."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
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


def test_an_async_call_outside_a_running_loop_raises_and_sends_nothing(emulator: Emulator) -> None:
    before = emulator.stats()["requests"]
    client = emulator.async_client(rate_limit=UNLIMITED)
    with pytest.raises(RuntimeError, match="no running event loop"):
        client.lists.list()
    with pytest.raises(RuntimeError, match="no running event loop"):  # the same again, not a crash
        client.contacts.get("0c44826a-3f91-4c8a-a5d2-d0ae94a19f2f")

    async def main() -> None:
        async with client:
            assert (await client.lists.list()).ok

    asyncio.run(main())
    assert emulator.stats()["requests"] == before + 1


def test_answers_are_settled_by_the_event_loops_own_thread(emulator: Emulator) -> None:
    # Each loop gets one eventfd (loop_doorbell.hpp), rung by the I/O thread: no other thread
    # takes the GIL to settle futures, and a loop's doorbell goes once the loop is closed.
    settled_on = []

    async def main() -> None:
        async with emulator.async_client(rate_limit=UNLIMITED) as client:
            future = asyncio.ensure_future(client.lists.list())
            future.add_done_callback(lambda _: settled_on.append(threading.get_ident()))
            assert (await future).ok
            settled_on.append(threading.get_ident())

    def open_fds() -> int:
        return len(os.listdir("/proc/self/fd"))

    asyncio.run(main())
    before = open_fds()
    for _ in range(20):
        asyncio.run(main())
    assert open_fds() <= before + 1  # the last loop's doorbell stays until another loop comes
    assert set(settled_on) == {threading.get_ident()}


def test_a_loop_closed_with_calls_in_flight_drops_their_answers(emulator: Emulator) -> None:
    emulator.fault("/v3/contact_lists", method="GET", delay_ms=DELAY_MS)
    client = emulator.async_client(rate_limit=UNLIMITED)
    loop = asyncio.new_event_loop()

    async def start() -> asyncio.Future[ctct.ContactListPageOutcome]:
        return asyncio.ensure_future(client.lists.list())

    pending = loop.run_until_complete(start())
    loop.run_until_complete(asyncio.sleep(0.01))
    loop.close()  # the answer comes after: nobody awaits it
    time.sleep(DELAY_MS / 1000 * 1.5)

    async def again() -> bool:
        return (await client.lists.list()).ok

    assert asyncio.run(again())
    assert not pending.done()
    client.close()


def test_async_answers_need_no_thread_of_their_own() -> None:
    # In a fresh process: the async call runs on the loop (and thread) the open blocking client
    # already has, and its answer rings the event loop directly.
    program = """
import asyncio, os, ctct
from ctct.testing import Emulator
def threads(): return len(os.listdir("/proc/self/task"))
with Emulator() as emulator:
    with emulator.client(rate_limit=ctct.RateLimit(per_second=0)) as blocking:
        assert blocking.lists.list().ok
        before = threads()
        async def main():
            async with emulator.async_client(rate_limit=ctct.RateLimit(per_second=0)) as client:
                return (await client.lists.list()).ok
        assert asyncio.run(main())
        print(threads() - before)
"""
    added = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True)
    assert added.stdout.strip() == "0", added.stdout + added.stderr
