"""ctct.LeadQueue against the emulator: leads submitted one at a time from many threads (Client)
or as awaitables (AsyncClient) go out in batches per list, each lead answered with its own outcome;
close() and `with` deliver what is queued, and later leads are refused."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import List

import ctct
import pytest
from ctct.testing import Emulator

FAST = {"poll_interval_ms": 1}


@pytest.fixture(autouse=True)
def two_polls_per_activity(emulator: Emulator) -> None:
    emulator.control("POST", "activities", {"duration_ms": 0, "polls_to_complete": 2})


def lead(n: int) -> ctct.Lead:
    return ctct.Lead(email=f"lead{n}@example.com", first_name="Lead")


def test_leads_from_many_threads_share_one_batch(emulator: Emulator, client: ctct.Client, list_id: str) -> None:
    with ctct.LeadQueue(client, max_leads=20, max_wait_ms=3_600_000, **FAST) as queue:
        with ThreadPoolExecutor(max_workers=20) as pool:
            outcomes = list(pool.map(lambda n: queue.submit(lead(n), list_id), range(20)))
    for n, outcome in enumerate(outcomes):
        assert outcome.ok, outcome.reason
        assert outcome.email_address == f"lead{n}@example.com"
        assert (outcome.list_id, outcome.list_status, outcome.action) == (list_id, "active", "created")
        assert outcome.attempts == 4  # the import, its 2 polls and 1 listing page
    routes = emulator.stats()["by_route"]
    assert routes["POST /v3/activities/contacts_json_import"] == 1
    assert emulator.stats()["requests"] == 4


def test_refused_input_is_answered_at_once_like_add_contact_to_list(client: ctct.Client, list_id: str) -> None:
    with ctct.LeadQueue(client) as queue:
        bad = ctct.Lead(email="not an address")
        assert queue.submit(bad, list_id) == client.add_contact_to_list(list_id, bad)


def test_a_lead_the_import_rejects_fails_with_the_activitys_reason(
    emulator: Emulator, client: ctct.Client, list_id: str
) -> None:
    emulator.seed(contacts=[{"email_address": {"address": "gone@example.com", "permission_to_send": "unsubscribed"}}])
    with ctct.LeadQueue(client, max_leads=2, **FAST) as queue:
        with ThreadPoolExecutor(max_workers=2) as pool:
            gone, kept = pool.map(
                lambda email: queue.submit(ctct.Lead(email=email), list_id), ["gone@example.com", "kept@example.com"]
            )
    assert gone.outcome == "failure"
    assert gone.reason is not None and "gone@example.com has unsubscribed" in gone.reason
    assert kept.ok, kept.reason


def test_close_delivers_what_is_queued_then_refuses(client: ctct.Client, list_id: str) -> None:
    queue = ctct.LeadQueue(client, max_leads=100, max_wait_ms=10, **FAST)
    assert queue.submit(lead(1), list_id).ok  # sent by its timer
    queue.close()
    with pytest.raises(ctct.UsageError):
        queue.submit(lead(2), list_id)


def test_nonsense_options_and_clients_are_refused(client: ctct.Client) -> None:
    with pytest.raises(ctct.UsageError, match="max_leads"):
        ctct.LeadQueue(client, max_leads=0)
    with pytest.raises(TypeError, match="client"):
        ctct.LeadQueue("not a client")  # type: ignore[arg-type]


def test_async_client_submits_awaitables(emulator: Emulator, list_id: str) -> None:
    async def run() -> List[ctct.DeliveryOutcome]:
        async with emulator.async_client(rate_limit=ctct.RateLimit(per_second=0)) as client:
            async with ctct.LeadQueue(client, max_leads=3, **FAST) as queue:
                return list(await asyncio.gather(*(queue.submit(lead(n), list_id) for n in range(3))))

    outcomes = asyncio.run(run())
    assert [outcome.ok for outcome in outcomes] == [True, True, True]
    assert emulator.stats()["by_route"]["POST /v3/activities/contacts_json_import"] == 1
