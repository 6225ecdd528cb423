"""Checked by mypy --strict (tests/python/test_typing.py): the public API is precisely typed."""

from __future__ import annotations

import asyncio
from typing import List, Optional

import ctct
from ctct.testing import Emulator


def contact_email(client: ctct.Client, contact_id: str) -> Optional[str]:
    outcome: ctct.ContactOutcome = client.contacts.get(contact_id, include=["list_memberships"])
    kind: str = outcome.outcome
    status: int = outcome.status
    print(kind, status, outcome.reason, outcome.error_key, outcome.attempts)
    contact: ctct.Contact = outcome.unwrap()
    return contact.email_address.address if contact.email_address else None


def every_name(client: ctct.Client) -> List[str]:
    return [c.first_name or "" for c in client.contacts.iter(status="active", limit=50)]


def deliver(client: ctct.Client) -> bool:
    outcome = client.add_contact_to_list(
        "list", email="a@example.com", fail_on_duplicate=True, custom_field_ids={"fax": "id"}
    )
    warnings: List[str] = outcome.warnings
    return outcome.ok and not warnings


def by_fields(client: ctct.Client, list_id: str) -> Optional[str]:
    created: ctct.ContactListOutcome = client.lists.create(name="Leads", favorite=True)
    client.lists.update(list_id, ctct.ContactList(name="New"))
    client.bulk.import_contacts(
        [ctct.ImportContact(email="a@example.com")],
        [list_id],
        on_progress=lambda p: print(p.done, p.total),
        poll_interval_ms=100,
    )
    try:
        print([c.contact_id for c in client.contacts.iter(limit=10)])
    except ctct.PageError as error:
        print(error.outcome.reason, error.status)
    return created.unwrap().list_id


async def first_page(client: ctct.AsyncClient) -> int:
    outcome = await client.lists.list(limit=10)
    page: ctct.ContactListPage = outcome.unwrap()
    async for item in client.lists.iter():
        print(item.name)
    return len(page.items)


def legacy(emulator: Emulator) -> int:
    with emulator.v2_client() as client:
        lists: List[ctct.v2.ContactList] = client.lists().unwrap()
        outcome = client.add_contact_to_list("1", email="a@example.com", action_by="visitor")
        return len(lists) + outcome.attempts


def with_policies(limiter: ctct.RateLimiter) -> tuple[ctct.Client, ctct.v2.AsyncClient]:
    retry = ctct.RetryOptions(max_attempts=2, base_delay_ms=100)
    v3 = ctct.Client(access_token="t", retry=retry, rate_limit=ctct.RateLimit(per_second=0), rate_limiter=None)
    return v3, ctct.v2.AsyncClient(api_key="k", access_token="t", rate_limiter=limiter)


def main() -> None:
    with Emulator() as emulator:
        with emulator.client() as client:
            print(contact_email(client, "id"), every_name(client), deliver(client), by_fields(client, "id"))
        print(legacy(emulator))
        model = ctct.Contact(first_name="Ann", list_memberships=["x"])
        print(model.to_json(), model.to_dict(), model == ctct.Contact())

        async def run() -> int:
            async with emulator.async_client() as client:
                return await first_page(client)

        print(asyncio.run(run()))


if __name__ == "__main__":
    main()
