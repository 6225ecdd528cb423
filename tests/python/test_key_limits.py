"""Rate limits belong to the API key: clients of one key share one limiter and one daily count,
the key given as api_key (or found in managed tokens or the token's cid claim, tested in C++)."""

from __future__ import annotations

import datetime
from concurrent.futures import ThreadPoolExecutor
from typing import List

import ctct
import pytest
from ctct.testing import Emulator

QUOTA = {"error_key": "quota_exceeded", "error_message": "Limit Exceeded"}


def next_utc_midnights() -> List[str]:
    """The reset time a reason may name now, either side of a midnight passing during a test."""
    today = datetime.datetime.now(datetime.timezone.utc).date()
    return [f"{day + datetime.timedelta(days=1)} 00:00 UTC" for day in (today, today + datetime.timedelta(days=1))]


def test_per_day_is_a_rate_limit_option() -> None:
    limit = ctct.RateLimit(per_day=250_000)
    assert (limit.per_second, limit.burst, limit.per_day) == (4.0, 1, 250_000)
    assert ctct.RateLimit().per_day == 0
    assert repr(limit) == "RateLimit(per_second=4.0, burst=1, per_day=250000)"
    assert ctct.RateLimiter(limit).limit.per_day == 250_000


def test_clients_of_one_api_key_draw_no_429(emulator: Emulator) -> None:
    emulator.limits(per_second=4)
    clients = [emulator.client(api_key="py-app-shared") for _ in range(4)]
    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(lambda i: clients[i % 4].lists.list(), range(12)))
    for client in clients:
        client.close()
    assert all(outcome.ok and outcome.attempts == 1 for outcome in outcomes)
    assert emulator.stats()["throttled"] == 0
    assert emulator.stats()["by_route"]["GET /v3/contact_lists"] == 12


def test_clients_of_different_keys_count_apart(emulator: Emulator) -> None:
    def sent(keys: List[str]) -> int:
        emulator.reset()
        limit = ctct.RateLimit(per_second=0, per_day=2)
        clients = [emulator.client(api_key=key, rate_limit=limit) for key in keys]
        for client in clients * 2:
            client.lists.list()
        for client in clients:
            client.close()
        count: int = emulator.stats()["requests"]
        return count

    assert sent(["py-app-a", "py-app-b", "py-app-c"]) == 6
    assert sent(["py-app-one"] * 3) == 2


def test_a_key_out_of_quota_ends_its_clients_calls_unsent(emulator: Emulator) -> None:
    emulator.fault("/v3/contact_lists", status=429, body=QUOTA)
    first, second = (emulator.client(api_key="py-app-out") for _ in range(2))
    other = emulator.client(api_key="py-app-in")
    assert first.lists.list().error_key == "quota_exceeded"
    for client in (first, second):
        refused = client.lists.list()
        assert (refused.outcome, refused.error_key, refused.attempts) == ("failure", "quota_exceeded", 0)
        assert any(midnight in (refused.reason or "") for midnight in next_utc_midnights()), refused.reason
    assert other.lists.list().ok
    assert emulator.stats()["requests"] == 2


def test_per_day_refuses_past_the_budget(emulator: Emulator) -> None:
    client = emulator.client(api_key="py-app-budget", rate_limit=ctct.RateLimit(per_second=0, per_day=1))
    assert client.lists.list().ok
    refused = client.lists.list()
    assert (refused.outcome, refused.error_key, refused.attempts) == ("failure", "quota_exceeded", 0)
    assert "daily budget of 1 requests" in (refused.reason or "")
    assert any(midnight in (refused.reason or "") for midnight in next_utc_midnights()), refused.reason
    assert emulator.stats()["requests"] == 1


def test_a_redis_url_shares_the_keys_pace_and_day_between_clients(emulator: Emulator, redis_url: str) -> None:
    # Two clients with limiters of their own, as two processes would have, share the key's count
    # through Redis (the processes themselves: SharedLimiterTest.* in C++).
    emulator.limits(per_second=20, daily=6)
    shared = ctct.RateLimit(per_second=20, per_day=6)
    clients = [emulator.client(api_key="py-app-redis", rate_limit=shared, rate_limiter=redis_url) for _ in range(2)]
    outcomes = [clients[i % 2].lists.list() for i in range(10)]
    for client in clients:
        client.close()
    assert sum(outcome.ok for outcome in outcomes) == 6
    refused = [outcome for outcome in outcomes if not outcome.ok]
    assert all((o.outcome, o.error_key, o.attempts) == ("failure", "quota_exceeded", 0) for o in refused)
    assert emulator.stats()["requests"] == 6 and emulator.stats()["throttled"] == 0


def test_a_rate_limiter_is_a_limiter_or_a_url() -> None:
    with pytest.raises(TypeError):
        ctct.Client(access_token="t", rate_limiter=4)  # type: ignore[arg-type]
    with pytest.raises(ctct.UsageError, match="^the rate_limiter Redis URL has port notaport, not a number"):
        ctct.Client(access_token="t", api_key="app", rate_limiter="redis://127.0.0.1:notaport")
