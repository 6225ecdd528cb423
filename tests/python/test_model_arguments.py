"""A model argument is taken whole or as its fields, as keywords: lists.create(name="Leads") is
lists.create(ctct.ContactList(name="Leads")). Both at once, or neither, is a TypeError in Python's
words; a wrong field names the field and never echoes the value."""

from __future__ import annotations

import asyncio

import ctct
import pytest
from ctct.testing import Emulator


def test_a_model_or_its_fields(client: ctct.Client) -> None:
    whole = client.lists.create(ctct.ContactList(name="Leads", favorite=True)).unwrap()
    by_fields = client.lists.create(name="Buyers", favorite=True).unwrap()
    assert (whole.name, whole.favorite) == ("Leads", True)
    assert (by_fields.name, by_fields.favorite) == ("Buyers", True)
    assert whole.list_id and by_fields.list_id and whole.list_id != by_fields.list_id

    renamed = client.lists.update(by_fields.list_id, name="Customers").unwrap()
    assert renamed.name == "Customers" and renamed.list_id == by_fields.list_id


def test_fields_convert_as_the_model_does(client: ctct.Client) -> None:
    created = client.contacts.create(
        email_address={"address": "ann@example.com"}, first_name="Ann", create_source="Account"
    ).unwrap()
    assert created.email_address is not None and created.email_address.address == "ann@example.com"
    tag = client.tags.create(name="vip").unwrap()
    assert client.tags.update(tag.tag_id or "", name="gold").unwrap().name == "gold"


def test_the_delivery_takes_a_lead_or_its_fields(client: ctct.Client, list_id: str) -> None:
    by_fields = client.add_contact_to_list(list_id, email="ann@example.com", first_name="Ann")
    whole = client.add_contact_to_list(list_id, ctct.Lead(email="bea@example.com"), fail_on_duplicate=True)
    assert by_fields.ok and whole.ok, (by_fields.reason, whole.reason)


def test_both_or_neither_is_a_type_error(client: ctct.Client) -> None:
    with pytest.raises(TypeError) as both:
        client.lists.create(ctct.ContactList(name="Leads"), name="Other", favorite=True)
    assert str(both.value) == (
        "ContactLists.create() got multiple values for argument 'list': "
        "give it whole or as its fields (name, favorite), not both"
    )
    with pytest.raises(TypeError) as neither:
        client.lists.update("id")
    assert str(neither.value) == "ContactLists.update() missing required argument 'list' (or its fields as keywords)"
    # A field left at None is not given.
    assert client.lists.create(ctct.ContactList(name="Leads"), description=None).ok


def test_a_wrong_field_is_named_without_its_value(client: ctct.Client) -> None:
    with pytest.raises(TypeError) as wrong:
        client.lists.create(name=b"secret-4f2a")
    assert str(wrong.value) == "name must be a string or None, not bytes"
    with pytest.raises(TypeError) as unknown:
        client.lists.create(nmae="Leads")
    assert str(unknown.value) == "ContactLists.create() got an unexpected keyword argument 'nmae'"


def test_the_id_of_the_path_is_not_a_field_keyword() -> None:
    """lists.update(list_id, ...) takes the id once: ContactList.list_id is not offered again."""
    line = (ctct.ContactLists.update.__doc__ or "").split("\n", 1)[0]
    assert line.count("list_id") == 1 and ", name: str | None = None" in line


def test_async_client_takes_fields_too(emulator: Emulator) -> None:
    async def main() -> str:
        async with emulator.async_client(rate_limit=ctct.RateLimit(per_second=0)) as client:
            created = await client.lists.create(name="Leads")
            return created.unwrap().name or ""

    assert asyncio.run(main()) == "Leads"
