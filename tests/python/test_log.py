"""The log and log_level keywords: a callable (level, message) or a logging.Logger gets the lines
of requests, answers and retries at or above the level, all of a call's from one thread; a raising
callable is reported as unraisable and the client carries on; a blocking call from it raises."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from typing import Any, List, Tuple

import ctct
import pytest
from ctct.testing import Emulator

QUICK = ctct.RetryOptions(base_delay_ms=1, max_delay_ms=5)


def test_a_callable_gets_lines_at_or_above_the_level(emulator: Emulator) -> None:
    lines: List[Tuple[str, str]] = []
    emulator.fault("/v3/contact_lists", status=503)
    with emulator.client(
        retry=QUICK, log=lambda level, message: lines.append((level, message)), log_level="debug"
    ) as client:
        assert client.lists.list().ok
    assert {level for level, _ in lines} <= {"debug", "info", "warning", "error"}
    assert any(level == "debug" and message.startswith("sending GET") for level, message in lines)
    assert any("retrying GET" in message for _, message in lines)
    quiet: List[Tuple[str, str]] = []
    with emulator.client(log=lambda level, message: quiet.append((level, message)), log_level="error") as client:
        assert client.lists.list().ok
    assert quiet == []


def test_a_logger_gets_records_with_the_matching_levels(emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="ctct.test")
    with emulator.client(log=logging.getLogger("ctct.test"), log_level="debug") as client:
        assert client.lists.list().ok
    records = [record for record in caplog.records if record.name == "ctct.test"]
    assert records and records[0].levelno == logging.DEBUG and "sending GET" in records[0].getMessage()


def test_a_raising_log_is_reported_and_the_client_carries_on(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: List[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)

    def broken(level: str, message: str) -> None:
        raise OSError("log disk full")

    with emulator.client(log=broken, log_level="debug") as client:
        assert client.lists.list().ok
    assert reported and all(isinstance(report.exc_value, OSError) for report in reported)


def test_bad_log_options_raise() -> None:
    with pytest.raises(ValueError, match="log_level"):
        ctct.Client(access_token="token", log_level="loud")
    with pytest.raises(TypeError, match="log must be"):
        ctct.Client(access_token="token", log=3)


def test_a_blocking_call_on_the_same_client_from_the_log_raises_usage_error(emulator: Emulator) -> None:
    raised: List[type] = []
    client: ctct.Client

    def log(level: str, message: str) -> None:
        try:
            client.contacts.list()
        except Exception as error:  # noqa: BLE001 - what it raises is the point
            raised.append(type(error))

    with emulator.client(retry=QUICK, log=log, log_level="debug") as client:
        assert client.contacts.list().ok
    assert raised == [ctct.UsageError, ctct.UsageError]  # sending, answered


def test_every_line_of_a_call_comes_from_one_thread(emulator: Emulator) -> None:
    threads: List[Tuple[str, int]] = []

    def log(level: str, message: str) -> None:
        threads.append((message.split(" ")[0], threading.get_ident()))

    async def call(client: ctct.AsyncClient) -> bool:
        return (await client.contacts.list()).ok

    client = ctct.AsyncClient(access_token=emulator.access_token, base_url=emulator.v3_url, log=log, log_level="debug")
    try:
        assert asyncio.run(call(client))
    finally:
        client.close()
    # A wait for the rate limiter the emulator's key shares across the run may come first.
    words = [word for word, _ in threads if word != "waiting"]
    io_thread = threads[0][1]
    assert words[0] == "sending" and len(words) == 2, threads
    assert [thread for _, thread in threads] == [io_thread] * len(threads) and io_thread != threading.get_ident()
    threads.clear()
    with emulator.client(log=log, log_level="debug") as blocking:
        assert blocking.contacts.list().ok  # a blocking call drives the loop itself
    assert [thread for _, thread in threads] == [threading.get_ident()] * len(threads) and len(threads) >= 2
