"""ctct.Client against the emulator: every v3 operation, outcomes, unwrap and lifetime."""

from __future__ import annotations

import gc

import ctct
import pytest
from ctct.testing import Emulator


def new_contact(email: str = "ann@example.com") -> ctct.Contact:
    return ctct.Contact(email_address=ctct.EmailAddress(address=email), first_name="Ann", create_source="Account")


def test_create_get_update_remove_a_contact(client: ctct.Client) -> None:
    created = client.contacts.create(new_contact())
    assert created.ok and created.outcome == "success" and created.status == 201
    assert created.reason is None and created.attempts == 1
    contact = created.unwrap()
    assert contact.contact_id and contact.first_name == "Ann"

    got = client.contacts.get(contact.contact_id).unwrap()
    assert got.email_address is not None and got.email_address.address == "ann@example.com"

    got.first_name = "Annie"
    got.update_source = "Account"
    assert client.contacts.update(contact_id=contact.contact_id, contact=got).unwrap().first_name == "Annie"

    assert client.contacts.remove(contact.contact_id).outcome == "success"
    deleted = client.contacts.get(contact.contact_id)
    # Deleted contacts stay readable, marked deleted, as on the real service.
    assert deleted.outcome == "failure" or (deleted.value is not None and deleted.value.deleted_at)


def test_a_duplicate_is_a_failure_that_unwrap_raises(client: ctct.Client) -> None:
    client.contacts.create(new_contact()).unwrap()
    duplicate = client.contacts.create(new_contact())
    assert not duplicate and duplicate.outcome == "failure" and duplicate.status == 409
    assert duplicate.reason and duplicate.value is None
    with pytest.raises(ctct.FailureError) as raised:
        duplicate.unwrap()
    assert raised.value.outcome == duplicate and raised.value.status == 409
    assert str(raised.value) == duplicate.reason


def test_input_refused_before_sending(client: ctct.Client) -> None:
    refused = client.contacts.create(
        ctct.Contact(
            first_name="x" * 51, create_source="Account", email_address=ctct.EmailAddress(address="a@example.com")
        )
    )
    assert refused.outcome == "failure" and refused.attempts == 0 and refused.status == 0
    assert refused.reason and "first_name" in refused.reason


def test_create_or_update_and_list_and_counts(client: ctct.Client, list_id: str) -> None:
    signed_up = client.contacts.create_or_update(
        ctct.ContactSignUp(email_address="bea@example.com", list_memberships=[list_id])
    ).unwrap()
    assert signed_up.action == "created" and signed_up.contact_id
    again = client.contacts.create_or_update({"email_address": "bea@example.com", "list_memberships": [list_id]})
    assert again.unwrap().action == "updated"

    page = client.contacts.list(include_count=True, limit=10).unwrap()
    assert page.count == 1 and [c.contact_id for c in page.items] == [signed_up.contact_id]
    assert client.contacts.counts().ok
    resubscribed = client.contacts.resubscribe(signed_up.contact_id, [list_id])
    assert resubscribed.outcome in ("success", "failure") and resubscribed.attempts >= 1


def test_lists_and_activities(client: ctct.Client) -> None:
    created = client.lists.create(ctct.ContactList(name="Customers")).unwrap()
    assert created.list_id and client.lists.get(created.list_id).unwrap().name == "Customers"
    created.name = "Clients"
    assert client.lists.update(created.list_id, created).unwrap().name == "Clients"
    assert [lst.name for lst in client.lists.list().unwrap().items] == ["Clients"]
    activity = client.lists.remove(created.list_id).unwrap()
    assert activity.activity_id
    assert client.activities.get(activity.activity_id).unwrap().activity_id == activity.activity_id


def test_a_page_hands_out_its_contacts_without_copying_them(client: ctct.Client, emulator: Emulator) -> None:
    emulator.seed(contacts=[{"email_address": {"address": f"p{i}@example.com"}} for i in range(3)])
    outcome = client.contacts.list(limit=10)
    page = outcome.value
    assert outcome.value is page and outcome.unwrap() is page
    first = page.items[0]
    assert page.items[0] is first and len(page.items) == 3
    first.first_name = "Edited"  # the page's own contact, not a copy
    assert page.items[0].first_name == "Edited"
    with pytest.raises(AttributeError):
        page.items = []  # a page is read-only: nothing can pull its contacts from under their objects
    del outcome, page
    gc.collect()
    assert first.first_name == "Edited" and first.email_address.address.startswith("p")


def test_delivery_adds_a_lead_to_a_list(client: ctct.Client, list_id: str) -> None:
    outcome = client.add_contact_to_list(list_id, email="cy@example.com", first_name="Cy", company_name="Acme")
    assert isinstance(outcome, ctct.DeliveryOutcome)
    assert outcome.ok and outcome.action == "created" and outcome.api_version == "v3"
    assert outcome.list_id == list_id and outcome.email_address == "cy@example.com"
    assert outcome.unwrap() == outcome
    duplicate = client.add_contact_to_list(list_id, email="cy@example.com", fail_on_duplicate=True)
    assert duplicate.outcome == "failure"
    with pytest.raises(ctct.FailureError):
        duplicate.unwrap()


def test_a_missing_email_is_refused(client: ctct.Client, list_id: str) -> None:
    outcome = client.add_contact_to_list(list_id, first_name="Nobody")
    assert outcome.outcome == "failure" and outcome.attempts == 0 and outcome.reason


def test_a_wrong_token_is_an_error_without_the_token(emulator: Emulator) -> None:
    with ctct.Client(access_token="wrong-token-secret", base_url=emulator.v3_url) as client:
        outcome = client.contacts.list()
    assert outcome.outcome == "error" and outcome.status == 401
    assert outcome.reason and "wrong-token-secret" not in outcome.reason
    assert "wrong-token-secret" not in repr(client) and "wrong-token-secret" not in outcome.to_json()
    with pytest.raises(ctct.IncompleteError):
        outcome.unwrap()


def test_faults_give_error_outcomes(client: ctct.Client, emulator: Emulator) -> None:
    emulator.fault("/v3/contacts", method="POST", status=503, times=0)
    outcome = client.contacts.create(new_contact())
    assert outcome.outcome == "error" and outcome.status == 503


def test_outcome_to_json_writes_nulls_in_described_order(client: ctct.Client) -> None:
    outcome = client.contacts.get("00000000-0000-4000-8000-000000000000")
    data = outcome.to_dict()
    assert list(data) == ["outcome", "reason", "status", "error_key", "attempts", "warnings", "value"]
    assert data["value"] is None and outcome.to_json().endswith(',"value":null}')


def test_a_closed_client_raises_usage_error(emulator: Emulator) -> None:
    client = emulator.client()
    client.close()
    with pytest.raises(ctct.UsageError):
        client.contacts.list()
    assert isinstance(ctct.UsageError("x"), ValueError)


def test_repr_shows_the_url_only(emulator: Emulator) -> None:
    with emulator.client() as client:
        assert repr(client) == f"Client(base_url='{emulator.v3_url}')"
        assert emulator.access_token not in repr(client)


def test_v2_client(emulator: Emulator) -> None:
    ids = emulator.seed(v2_lists=[{"name": "Old list"}])
    with emulator.v2_client() as client:
        lists = client.lists().unwrap()
        assert [lst.id for lst in lists] == ids["v2_lists"]
        outcome = client.add_contact_to_list(ids["v2_lists"][0], email="dee@example.com", action_by="visitor")
        assert outcome.ok and outcome.api_version == "v2"
        assert client.add_contact_to_list(ids["v2_lists"][0], email="dee@example.com").outcome == "failure"
        # The lead whole, as the v3 delivery takes it, as well as its fields.
        assert client.add_contact_to_list(ids["v2_lists"][0], ctct.Lead(email="eve@example.com")).ok
        with pytest.raises(ValueError):
            client.create_contact(ctct.v2.Contact(), action_by="nobody")  # type: ignore[arg-type]
