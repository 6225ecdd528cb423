"""Rate limiting and retries reach the core from Python: a client that keeps to the service's
limit is never throttled, and a request that is safe to repeat survives passing 5xx answers."""

from __future__ import annotations

import time

import ctct
from ctct.testing import Emulator

QUICK_RETRY = ctct.RetryOptions(max_attempts=4, base_delay_ms=1, max_delay_ms=10)


def test_options_keep_the_core_defaults() -> None:
    retry, limit = ctct.RetryOptions(), ctct.RateLimit()
    assert (retry.max_attempts, retry.base_delay_ms, retry.max_delay_ms) == (4, 500, 30000)
    assert (limit.per_second, limit.burst) == (4.0, 1)
    assert (
        repr(ctct.RateLimiter(ctct.RateLimit(per_second=2)))
        == "RateLimiter(RateLimit(per_second=2.0, burst=1, per_day=0))"
    )


def test_the_rate_limit_keeps_a_throttling_server_happy(emulator: Emulator) -> None:
    emulator.limits(per_second=4)
    with emulator.client(rate_limit=ctct.RateLimit(per_second=4), retry=QUICK_RETRY) as client:
        started = time.monotonic()
        outcomes = [client.lists.list() for _ in range(9)]
        elapsed = time.monotonic() - started
    # Evenly spaced at 4 a second, the ninth call leaves 2 s after the first.
    assert elapsed >= 1.9, elapsed
    assert all(outcome.ok and outcome.attempts == 1 for outcome in outcomes)
    assert emulator.stats()["requests"] == 9


def test_without_the_limit_the_server_throttles(emulator: Emulator) -> None:
    emulator.limits(per_second=4)
    no_retry = ctct.RetryOptions(max_attempts=1)
    with emulator.client(rate_limit=ctct.RateLimit(per_second=0), retry=no_retry) as client:
        outcomes = [client.lists.list() for _ in range(9)]
    assert any(outcome.status == 429 for outcome in outcomes)


def test_one_limiter_shared_by_two_clients(emulator: Emulator) -> None:
    emulator.limits(per_second=4)
    limiter = ctct.RateLimiter(ctct.RateLimit(per_second=4))
    with emulator.client(rate_limiter=limiter) as first, emulator.v2_client(rate_limiter=limiter) as second:
        started = time.monotonic()
        outcomes = [first.lists.list() if i % 2 else second.lists() for i in range(5)]
        elapsed = time.monotonic() - started
    assert elapsed >= 0.9, elapsed
    assert all(outcome.ok and outcome.attempts == 1 for outcome in outcomes)


def test_a_get_is_retried_after_503(emulator: Emulator) -> None:
    emulator.fault("/v3/contact_lists", method="GET", status=503, times=2)
    with emulator.client(retry=QUICK_RETRY) as client:
        outcome = client.lists.list()
    assert outcome.ok and outcome.attempts == 3
    assert emulator.stats()["requests"] == 3


def test_max_attempts_one_disables_retries(emulator: Emulator) -> None:
    emulator.fault("/v3/contact_lists", method="GET", status=503, times=2)
    with emulator.client(retry=ctct.RetryOptions(max_attempts=1)) as client:
        outcome = client.lists.list()
    assert outcome.outcome == "error" and outcome.status == 503 and outcome.attempts == 1
