"""Load: 10,000 asyncio tasks at once on one AsyncClient, in rounds, against the emulator with no
rate limit. Every outcome is accounted for (the injected 404s exactly), the emulator counts the
same requests, and memory stays flat from round to round."""

from __future__ import annotations

import asyncio
import gc
import os
from collections import Counter
from typing import Any, List, Tuple

import ctct
from ctct.testing import Emulator

TASKS = 10_000
ROUNDS = 4
INJECTED = 25  # 404s the emulator answers on purpose each round
ALLOWED_GROWTH = 10 * 1024 * 1024
LIST_ID = "11111111-1111-4111-8111-00000000a0ad"
CONTACT_ID = "cccccccc-cccc-4ccc-8ccc-00000000a0ad"
LIST_ROUTE = "GET /v3/contact_lists/{list_id}"
CONTACT_ROUTE = "GET /v3/contacts/{contact_id}"


def rss_bytes() -> int:
    """Resident memory of this process, from /proc (Linux)."""
    gc.collect()
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def route_counts(emulator: Emulator) -> Tuple[int, int]:
    by_route = emulator.stats()["by_route"]
    return by_route.get(LIST_ROUTE, 0), by_route.get(CONTACT_ROUTE, 0)


async def one_round(client: ctct.AsyncClient) -> List[Any]:
    calls = [client.lists.get(LIST_ID) if i % 2 == 0 else client.contacts.get(CONTACT_ID) for i in range(TASKS)]
    return await asyncio.gather(*(asyncio.ensure_future(call) for call in calls))


def test_ten_thousand_tasks_in_rounds_account_for_every_outcome_with_flat_memory(emulator: Emulator) -> None:
    emulator.seed(
        lists=[{"list_id": LIST_ID, "name": "Load"}],
        contacts=[{"contact_id": CONTACT_ID, "email_address": {"address": "load@example.com"}}],
    )
    not_found = [{"error_key": "not_found", "error_message": "Injected."}]
    rss: List[int] = []

    async def main() -> None:
        async with emulator.async_client(rate_limit=ctct.RateLimit(per_second=0)) as client:
            for _ in range(ROUNDS):
                emulator.fault(f"/v3/contact_lists/{LIST_ID}", method="GET", status=404, body=not_found, times=INJECTED)
                lists_before, contacts_before = route_counts(emulator)
                outcomes = await one_round(client)
                kinds = Counter((outcome.outcome, outcome.status) for outcome in outcomes)
                assert len(outcomes) == TASKS
                assert kinds == {("success", 200): TASKS - INJECTED, ("failure", 404): INJECTED}
                assert sum(outcome.attempts for outcome in outcomes) == TASKS  # a 404 is not retried
                lists_after, contacts_after = route_counts(emulator)
                assert (lists_after - lists_before, contacts_after - contacts_before) == (TASKS // 2, TASKS // 2)
                del outcomes
                rss.append(rss_bytes())

    asyncio.run(main())
    print("RSS per round (MB):", " ".join(f"{value / 2**20:.1f}" for value in rss))
    # Round 1 and 2 warm pools and allocators; after that, memory must not grow.
    assert rss[-1] - rss[1] < ALLOWED_GROWTH, rss
