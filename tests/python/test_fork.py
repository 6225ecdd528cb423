"""A client made before a fork works in the child (os.fork, multiprocessing's fork start method,
AsyncClient too): its engine leaves the parent's I/O loop alone and starts its own there. Each
child reports through its exit code; one that has not exited in time is killed, a failure."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from typing import Callable, Iterator, Optional

import ctct
import pytest
from ctct.testing import Emulator

HANG_LIMIT_S = 20

# The client of the multiprocessing tests: fork children inherit it, nothing is pickled.
inherited: Optional[ctct.Client] = None


def exit_code_of_child(body: Callable[[], bool]) -> int:
    """Runs `body` in an os.fork() child: 0 when it returned True, 1 when not or when it raised,
    -9 when it had to be killed."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            code = 0 if body() else 1
        finally:
            os._exit(code)
    deadline = time.monotonic() + HANG_LIMIT_S
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return -9
        time.sleep(0.01)


def test_a_client_made_before_os_fork_works_in_the_child(client: ctct.Client) -> None:
    assert client.lists.list().ok  # the parent's loop has run and keeps a connection
    assert exit_code_of_child(lambda: client.lists.list().ok and client.contacts.list().ok) == 0
    assert client.lists.list().ok


def test_a_client_busy_in_other_threads_at_fork_time_works_in_the_child(client: ctct.Client) -> None:
    stop = threading.Event()
    answers = []

    def keep_calling() -> None:
        while not stop.is_set():
            answers.append(client.lists.list().ok)

    callers = [threading.Thread(target=keep_calling) for _ in range(3)]
    for caller in callers:
        caller.start()
    try:
        codes = [exit_code_of_child(lambda: client.lists.list().ok) for _ in range(5)]
    finally:
        stop.set()
        for caller in callers:
            caller.join()
    assert codes == [0] * 5
    assert answers and all(answers)


def test_an_async_client_made_before_os_fork_works_in_the_child(emulator: Emulator) -> None:
    async def lists_ok(client: ctct.AsyncClient) -> bool:
        return (await client.lists.list()).ok

    client = ctct.AsyncClient(access_token=emulator.access_token, base_url=emulator.v3_url)
    try:
        assert asyncio.run(lists_ok(client))
        assert exit_code_of_child(lambda: asyncio.run(lists_ok(client))) == 0
        assert asyncio.run(lists_ok(client))
    finally:
        client.close()


def lists_ok_in_inherited_client(_: int = 0) -> bool:
    assert inherited is not None
    return inherited.lists.list().ok


def exit_with_lists_ok() -> None:
    os._exit(0 if lists_ok_in_inherited_client() else 1)


@pytest.fixture
def inherited_client(client: ctct.Client) -> Iterator[ctct.Client]:
    global inherited
    inherited = client
    yield client
    inherited = None


def test_multiprocessing_fork_children_use_the_parents_client(inherited_client: ctct.Client) -> None:
    assert inherited_client.lists.list().ok
    context = multiprocessing.get_context("fork")
    processes = [context.Process(target=exit_with_lists_ok) for _ in range(3)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(HANG_LIMIT_S)
        if process.exitcode is None:
            process.kill()
            process.join()
    assert [process.exitcode for process in processes] == [0, 0, 0]
    with context.Pool(2) as pool:
        assert pool.map_async(lists_ok_in_inherited_client, range(4)).get(HANG_LIMIT_S) == [True] * 4
