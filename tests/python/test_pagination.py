"""Listings as iterators and async iterators, following the next links page after page."""

from __future__ import annotations

import asyncio
import gc

import ctct
import pytest
from ctct.testing import Emulator


@pytest.fixture
def emails(emulator: Emulator) -> list[str]:
    emails = [f"p{i:02d}@example.com" for i in range(7)]
    emulator.seed(contacts=[{"email_address": {"address": email}} for email in emails])
    return emails


def addresses(contacts: list[ctct.Contact]) -> list[str]:
    return sorted(c.email_address.address or "" for c in contacts if c.email_address)


def test_iter_yields_every_contact(client: ctct.Client, emails: list[str]) -> None:
    assert addresses(list(client.contacts.iter(limit=3))) == emails


def test_pages_yields_one_outcome_per_page(client: ctct.Client, emails: list[str]) -> None:
    pages = list(client.contacts.pages(limit=3))
    assert [len(outcome.unwrap().items) for outcome in pages] == [3, 3, 1]


def test_email_addresses_read_from_a_page_outlive_it_and_its_changes(client: ctct.Client, emails: list[str]) -> None:
    outcome = client.contacts.list(limit=3)
    contacts = outcome.unwrap().items
    held = [contact.email_address for contact in contacts]
    before = [email.address for email in held if email]
    contacts[0].email_address = None
    contacts[1].email_address = ctct.EmailAddress(address="new@example.com")
    del outcome, contacts
    gc.collect()
    assert [email.address for email in held if email] == before and set(before) <= set(emails)


def test_async_iteration(emulator: Emulator, emails: list[str]) -> None:
    async def main() -> tuple[list[ctct.Contact], list[ctct.ContactPageOutcome]]:
        async with emulator.async_client(rate_limit=ctct.RateLimit(per_second=0)) as client:
            items = [contact async for contact in client.contacts.iter(limit=3)]
            pages = [outcome async for outcome in client.contacts.pages(limit=3)]
            return items, pages

    items, pages = asyncio.run(main())
    assert addresses(items) == emails and len(pages) == 3


def test_a_failing_page_raises_a_page_error_from_iter(
    client: ctct.Client, emulator: Emulator, emails: list[str]
) -> None:
    emulator.fault("/v3/contacts", method="GET", status=400, times=0)
    with pytest.raises(ctct.PageError) as raised:
        list(client.contacts.iter(limit=3))
    # Also the FailureError that unwrap() of the page would raise, as iter() raised before PageError.
    assert isinstance(raised.value, ctct.FailureError) and isinstance(raised.value, ctct.CtctError)
    assert raised.value.outcome.outcome == "failure" and raised.value.status == 400
    outcomes = list(client.contacts.pages(limit=3))
    assert [outcome.outcome for outcome in outcomes] == ["failure"]
    # unwrap() is not about a page.
    with pytest.raises(ctct.FailureError) as unwrapped:
        outcomes[0].unwrap()
    assert not isinstance(unwrapped.value, ctct.PageError)


def test_a_page_that_cannot_be_read_raises_a_page_error_from_async_iter(emulator: Emulator, emails: list[str]) -> None:
    emulator.fault("/v3/contacts", method="GET", status=401, times=0)

    async def main() -> None:
        async with emulator.async_client(rate_limit=ctct.RateLimit(per_second=0)) as client:
            with pytest.raises(ctct.PageError) as raised:
                [contact async for contact in client.contacts.iter(limit=3)]
            assert isinstance(raised.value, ctct.IncompleteError) and raised.value.status == 401

    asyncio.run(main())


def test_lists_iterate_too(client: ctct.Client, emulator: Emulator) -> None:
    emulator.seed(lists=[{"name": f"List {i}"} for i in range(5)])
    assert len(list(client.lists.iter(limit=2))) == 5
