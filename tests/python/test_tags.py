"""client.tags and client.custom_fields against the emulator: every operation, paging, refusals,
the tag bulk activities with progress, and the same operations on AsyncClient."""

from __future__ import annotations

import asyncio

import ctct
from ctct.testing import Emulator

TAG = "7a700000-0000-4000-8000-000000000001"
OTHER_TAG = "7a700000-0000-4000-8000-000000000002"
LIST = "11111111-1111-4111-8111-0000000007a9"
FIELD = "cf000000-0000-4000-8000-000000000001"
UNKNOWN = "99999999-9999-4999-8999-999999999999"


def test_tags_create_get_list_update_remove(client: ctct.Client, emulator: Emulator) -> None:
    emulator.seed(
        tags=[{"tag_id": TAG, "name": "VIP"}],
        contacts=[{"email_address": {"address": "ann@example.com"}, "taggings": [TAG]}],
    )
    created = client.tags.create(ctct.Tag(name="Webinar", tag_source="Contact"))
    assert created.ok and created.status == 201 and created.attempts == 1
    assert created.unwrap().tag_id and created.unwrap().name == "Webinar"

    assert client.tags.get(TAG, include_count=True).unwrap().contacts_count == 1
    assert client.tags.get(TAG).unwrap().contacts_count is None

    first = client.tags.list(limit=1)
    assert first.ok and len(first.unwrap().items) == 1 and first.unwrap().next
    assert {tag.name for tag in client.tags.iter(limit=1)} == {"VIP", "Webinar"}
    assert len(list(client.tags.pages(limit=1))) == 2

    assert client.tags.update(TAG, {"name": "Very important"}).unwrap().name == "Very important"
    removed = client.tags.remove(TAG)
    assert removed.ok and removed.status == 202 and removed.unwrap().activity_id


def test_tag_refusals_and_errors(client: ctct.Client, emulator: Emulator) -> None:
    emulator.seed(tags=[{"tag_id": TAG, "name": "VIP"}])
    taken = client.tags.create(ctct.Tag(name="vip"))
    assert taken.outcome == "failure" and taken.status == 409
    assert taken.error_key == "contact_tags.api.conflict"
    missing = client.tags.get(UNKNOWN)
    assert missing.outcome == "failure" and missing.status == 404
    for refused in (
        client.tags.create(ctct.Tag()),
        client.tags.create(ctct.Tag(name="x" * 256)),
        client.tags.get("vip"),
        client.tags.list(limit=501),
    ):
        assert refused.outcome == "failure" and refused.attempts == 0 and refused.reason


def tagged(emulator: Emulator) -> dict:
    """Each stored contact's address and tag ids."""
    return {c["email_address"]["address"]: c.get("taggings", []) for c in emulator.state()["contacts"]}


def test_tag_activities_are_split_waited_for_and_reported(client: ctct.Client, emulator: Emulator) -> None:
    emulator.control("POST", "activities", {"duration_ms": 0, "polls_to_complete": 2})
    emulator.seed(
        lists=[{"list_id": LIST, "name": "Leads"}],
        tags=[{"tag_id": TAG, "name": "VIP"}, {"tag_id": OTHER_TAG, "name": "Webinar"}],
    )
    ids = emulator.seed(
        contacts=[{"email_address": {"address": f"c{n}@example.com"}, "list_memberships": [LIST]} for n in range(501)]
    )["contacts"]
    seen: list = []
    added = client.tags.add_to_contacts(
        ctct.TagSource(contact_ids=ids), [TAG], on_progress=seen.append, poll_interval_ms=1
    )
    assert added.ok, added.reason
    result = added.unwrap()
    assert result.activity == "contacts_taggings_add" and [c.items for c in result.chunks] == [500, 1]
    assert all(chunk.state == "completed" for chunk in result.chunks)
    assert seen and seen[-1].done == seen[-1].total == 501 and seen[-1].chunks == 2
    assert all(tags == [TAG] for tags in tagged(emulator).values())

    removed = client.tags.remove_from_contacts({"list_ids": [LIST]}, [TAG], poll_interval_ms=1)
    assert removed.ok and removed.unwrap().activity == "contacts_taggings_remove"
    assert all(tags == [] for tags in tagged(emulator).values())

    started = client.tags.delete_many([TAG, OTHER_TAG], wait=False)
    assert started.ok and started.unwrap().chunks[0].state != "completed"
    waited = client.bulk.wait([started.unwrap().chunks[0].activity_id], poll_interval_ms=1)
    assert waited.ok and waited.unwrap().chunks[0].state == "completed"
    assert client.tags.get(TAG).status == 404


def test_tag_activities_refuse_bad_input_before_sending(client: ctct.Client, emulator: Emulator) -> None:
    for refused, field in (
        (client.tags.add_to_contacts({"contact_ids": [UNKNOWN]}, []), "tag_ids"),
        (client.tags.remove_from_contacts({"contact_ids": ["a/b"]}, [TAG]), "contact_ids[0]"),
        (client.tags.delete_many(["../x"]), "tag_ids[0]"),
    ):
        assert refused.outcome == "failure" and refused.attempts == 0
        assert refused.reason and field in refused.reason, refused.reason
    assert emulator.stats()["requests"] == 0


def test_custom_fields_create_get_list_update_remove(client: ctct.Client, emulator: Emulator) -> None:
    emulator.seed(custom_fields=[{"custom_field_id": FIELD, "label": "Favorite fruit", "type": "string"}])
    field = ctct.CustomField(
        label="Plan", type="single_select", choices=[ctct.CustomFieldChoice(choice_label="Basic", display_order=1)]
    )
    created = client.custom_fields.create(custom_field=field).unwrap()
    assert created.name == "Plan" and created.choices[0].choice_id == 1
    assert client.custom_fields.get(FIELD).unwrap().name == "Favorite_fruit"
    assert [f.label for f in client.custom_fields.iter(limit=1)] == ["Favorite fruit", "Plan"]

    created.label = "Plan level"
    updated = client.custom_fields.update(created.custom_field_id, created).unwrap()
    assert updated.name == "Plan_level" and updated.type == "single_select"
    removed = client.custom_fields.remove(FIELD)
    assert removed.ok and removed.status == 204
    assert client.custom_fields.get(FIELD).status == 404

    refused = client.custom_fields.create(ctct.CustomField(label="Size"))
    assert refused.attempts == 0 and refused.reason == "custom_field.type is required."
    assert client.custom_fields.list(limit=101).attempts == 0


def test_async_client_has_the_same_operations(emulator: Emulator) -> None:
    emulator.seed(tags=[{"tag_id": TAG, "name": "VIP"}])

    async def run() -> None:
        async with emulator.async_client(rate_limit=ctct.RateLimit(per_second=0)) as client:
            tag = await client.tags.get(TAG)
            assert tag.unwrap().name == "VIP"
            names = [t.name async for t in client.tags.iter()]
            assert names == ["VIP"]
            field = await client.custom_fields.create(ctct.CustomField(label="Size", type="number"))
            assert field.ok and field.status == 201
            deleted = await client.tags.delete_many([TAG], poll_interval_ms=1)
            assert deleted.ok and deleted.unwrap().activity == "contacts_tags_delete"

    asyncio.run(run())


def test_outcomes_serialise_like_the_other_languages(client: ctct.Client, emulator: Emulator) -> None:
    emulator.seed(
        tags=[
            {"tag_id": TAG, "name": "VIP", "created_at": "2026-01-02T03:04:05Z", "updated_at": "2026-01-02T03:04:05Z"}
        ]
    )
    assert client.tags.get(TAG).to_json() == (
        '{"outcome":"success","reason":null,"status":200,"error_key":null,"attempts":1,"warnings":[],'
        f'"value":{{"tag_id":"{TAG}","name":"VIP","created_at":"2026-01-02T03:04:05Z",'
        '"updated_at":"2026-01-02T03:04:05Z"}}'
    )
