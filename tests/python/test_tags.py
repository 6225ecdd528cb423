"""client.tags and client.custom_fields against the emulator: every operation, paging, refusals,
and the same operations on AsyncClient."""

from __future__ import annotations

import asyncio

import ctct
from ctct.testing import Emulator

TAG = "7a700000-0000-4000-8000-000000000001"
FIELD = "cf000000-0000-4000-8000-000000000001"
UNKNOWN = "99999999-9999-4999-8999-999999999999"


def test_tags_create_get_list_update_remove(client: ctct.Client, emulator: Emulator) -> None:
    emulator.seed(tags=[{"tag_id": TAG, "name": "VIP"}],
                  contacts=[{"email_address": {"address": "ann@example.com"}, "taggings": [TAG]}])
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
    for refused in (client.tags.create(ctct.Tag()), client.tags.create(ctct.Tag(name="x" * 256)),
                    client.tags.get("vip"), client.tags.list(limit=501)):
        assert refused.outcome == "failure" and refused.attempts == 0 and refused.reason


def test_custom_fields_create_get_list_update_remove(client: ctct.Client, emulator: Emulator) -> None:
    emulator.seed(custom_fields=[{"custom_field_id": FIELD, "label": "Favorite fruit", "type": "string"}])
    field = ctct.CustomField(label="Plan", type="single_select",
                             choices=[ctct.CustomFieldChoice(choice_label="Basic", display_order=1)])
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

    asyncio.run(run())


def test_outcomes_serialise_like_the_other_languages(client: ctct.Client, emulator: Emulator) -> None:
    emulator.seed(tags=[{"tag_id": TAG, "name": "VIP", "created_at": "2026-01-02T03:04:05Z",
                         "updated_at": "2026-01-02T03:04:05Z"}])
    assert client.tags.get(TAG).to_json() == (
        '{"outcome":"success","reason":null,"status":200,"error_key":null,"attempts":1,'
        f'"value":{{"tag_id":"{TAG}","name":"VIP","created_at":"2026-01-02T03:04:05Z",'
        '"updated_at":"2026-01-02T03:04:05Z"}}')
