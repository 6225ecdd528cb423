"""client.bulk against the emulator: one combined outcome over the activities an operation is
split into, on_progress after every poll (tqdm-style done/total), the AsyncClient variant, exports,
failures, a progress callback that raises, and progress=, on_progress's old name."""

from __future__ import annotations

import asyncio
import sys
from typing import Any, Dict, List, Tuple

import ctct
import pytest
from ctct.testing import Emulator

UNKNOWN = "99999999-9999-4999-8999-999999999999"
FAST = {"poll_interval_ms": 1}


@pytest.fixture(autouse=True)
def two_polls_per_activity(emulator: Emulator) -> None:
    """Each activity is processing (50%) at its first poll and completed at its second, on any machine."""
    emulator.control("POST", "activities", {"duration_ms": 0, "polls_to_complete": 2})


def rows(count: int) -> List[Dict[str, Any]]:
    return [{"email": f"lead{n}@example.com", "first_name": "Lead"} for n in range(count)]


def members(client: ctct.Client, list_id: str) -> int:
    count = client.contacts.list(lists=[list_id], include_count=True, limit=1).unwrap().count
    assert count is not None
    return count


def test_import_is_split_into_activities_and_answered_as_one_outcome(client: ctct.Client, list_id: str) -> None:
    seen: List[ctct.BulkProgress] = []
    outcome = client.bulk.import_contacts(rows(40001), lists=[list_id], on_progress=seen.append, **FAST)
    assert outcome.ok, outcome.reason
    result = outcome.unwrap()
    assert result.activity == "contacts_json_import"
    assert [chunk.items for chunk in result.chunks] == [40000, 1]
    assert [chunk.state for chunk in result.chunks] == ["completed", "completed"]
    assert len({chunk.activity_id for chunk in result.chunks}) == 2
    assert (result.items, result.completed, result.error_count) == (40001, 2, 0)
    assert members(client, list_id) == 40001

    # Two rounds of polls over two activities, in order, up to the total.
    assert [(p.chunk, p.chunks, p.state, p.percent_done) for p in seen] == [
        (0, 2, "processing", 50),
        (1, 2, "processing", 50),
        (0, 2, "completed", 100),
        (1, 2, "completed", 100),
    ]
    assert [p.activity_id for p in seen] == [chunk.activity_id for chunk in result.chunks] * 2
    assert all(p.total == 40001 for p in seen)
    assert [p.done for p in seen] == sorted(p.done for p in seen) and seen[-1].done == 40001


def test_progress_drives_a_tqdm_style_bar(client: ctct.Client, list_id: str) -> None:
    class Bar:  # the part of tqdm's interface examples/python/bulk_import.py uses
        def __init__(self) -> None:
            self.n, self.total, self.updates = 0, 0, 0

        def update(self, step: int) -> None:
            self.n += step
            self.updates += 1

    bar = Bar()

    def show(p: ctct.BulkProgress) -> None:
        bar.total = p.total
        bar.update(p.done - bar.n)

    assert client.bulk.import_contacts(rows(3), lists=[list_id], on_progress=show, **FAST).ok
    assert (bar.n, bar.total, bar.updates) == (3, 3, 2)


def test_import_rows_carry_custom_field_values(client: ctct.Client, list_id: str, emulator: Emulator) -> None:
    field_id = emulator.seed(custom_fields=[{"label": "Plan level", "type": "string"}])["custom_fields"][0]
    row = ctct.ImportContact(
        email="gold@example.com", custom_fields=[ctct.ImportCustomField(name="Plan_level", value="Gold")]
    )
    assert row.to_json() == '{"email":"gold@example.com","cf:Plan_level":"Gold"}'  # the API's form
    assert row.to_dict() == {"email": "gold@example.com", "cf:Plan_level": "Gold"}
    assert ctct.ImportContact(row.to_dict()) == row
    outcome = client.bulk.import_contacts(
        [row, {"email": "silver@example.com", "cf:Plan_level": "Silver"}], [list_id], **FAST
    )
    assert outcome.ok and outcome.unwrap().error_count == 0, outcome.to_json()
    values = {
        c.email_address.address: [(v.custom_field_id, v.value) for v in c.custom_fields]
        for c in client.contacts.iter(include=["custom_fields"])
    }
    assert values == {"gold@example.com": [(field_id, "Gold")], "silver@example.com": [(field_id, "Silver")]}
    refused = client.bulk.import_contacts([{"email": "a@example.com", "cf:Plan_level": "x" * 256}], [list_id])
    assert refused.attempts == 0
    assert refused.reason.startswith("import.import_data[0].custom_fields[0].value is 256 characters long")


def test_membership_changes_and_deletes(client: ctct.Client, list_id: str, emulator: Emulator) -> None:
    other = emulator.seed(lists=[{"name": "Customers"}])["lists"][0]
    assert client.bulk.import_contacts(rows(4), [list_id], **FAST).ok
    added = client.bulk.add_to_lists({"list_ids": [list_id]}, lists=[other], **FAST)
    assert added.ok and added.unwrap().activity == "add_list_memberships" and members(client, other) == 4
    assert client.bulk.remove_from_lists(ctct.MembershipSource(list_ids=[list_id]), [other], **FAST).ok
    assert members(client, other) == 0

    ids = [c.contact_id for c in client.contacts.iter() if c.contact_id]
    deleted = client.bulk.delete_contacts(contact_ids=ids[:2], **FAST)
    assert deleted.ok and deleted.unwrap().items == 2 and members(client, list_id) == 2
    assert client.bulk.delete_lists([other], **FAST).ok
    assert client.lists.get(other).outcome == "failure"


def test_export_then_download(client: ctct.Client, list_id: str) -> None:
    assert client.bulk.import_contacts(rows(2), [list_id], **FAST).ok
    exported = client.bulk.export_contacts(list_ids=[list_id], **FAST)
    assert exported.ok, exported.reason
    (chunk,) = exported.unwrap().chunks
    assert chunk.activity_id
    csv = client.bulk.download_export(chunk.activity_id).unwrap().csv
    assert "lead0@example.com" in csv and "lead1@example.com" in csv


def test_started_activities_are_followed_with_wait(client: ctct.Client, list_id: str) -> None:
    started = client.bulk.import_contacts(rows(2), [list_id], wait=False)
    assert started.ok and started.unwrap().chunks[0].state == "initialized"
    ids = [chunk.activity_id for chunk in started.unwrap().chunks if chunk.activity_id]
    seen: List[ctct.BulkProgress] = []
    waited = client.bulk.wait(ids, on_progress=seen.append, **FAST)
    assert waited.ok and waited.unwrap().completed == 1
    assert [p.state for p in seen] == ["processing", "completed"]


def test_progress_is_the_old_name_of_on_progress(client: ctct.Client, list_id: str) -> None:
    seen: List[ctct.BulkProgress] = []
    with pytest.warns(DeprecationWarning, match=r"Bulk.import_contacts\(\): progress= is deprecated, use on_progress="):
        outcome = client.bulk.import_contacts(rows(2), [list_id], progress=seen.append, **FAST)
    assert outcome.ok and [p.percent_done for p in seen] == [50, 100]
    with pytest.raises(TypeError, match=r"import_contacts\(\) got multiple values for argument 'on_progress'"):
        client.bulk.import_contacts(rows(2), [list_id], on_progress=seen.append, progress=seen.append)


def test_failed_activity_and_refused_input_are_failures(client: ctct.Client, list_id: str) -> None:
    failed = client.bulk.add_to_lists({"contact_ids": [UNKNOWN]}, [UNKNOWN], **FAST)
    assert failed.outcome == "failure" and "1 of 1 activities did not complete" in (failed.reason or "")
    assert failed.value is not None and failed.value.chunks[0].state == "failed"
    with pytest.raises(ctct.FailureError):
        failed.unwrap()

    too_long = rows(3)
    too_long[1]["first_name"] = "x" * 51
    refused = client.bulk.import_contacts(too_long, [list_id], **FAST)
    assert refused.outcome == "failure" and refused.attempts == 0
    assert "import_data[1].first_name" in (refused.reason or "")


def test_a_raising_progress_callback_is_reported_and_the_operation_goes_on(
    client: ctct.Client, list_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: List[Tuple[Any, str]] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: reported.append((u.exc_type, str(u.exc_value))))

    def broken(p: ctct.BulkProgress) -> None:
        raise RuntimeError(f"bar broke at {p.percent_done}%")

    outcome = client.bulk.import_contacts(rows(2), [list_id], on_progress=broken, **FAST)
    assert outcome.ok and members(client, list_id) == 2
    assert reported == [(RuntimeError, "bar broke at 50%"), (RuntimeError, "bar broke at 100%")]


def test_async_client_runs_bulk_operations(emulator: Emulator, list_id: str) -> None:
    async def run() -> Tuple[ctct.BulkResultOutcome, List[int]]:
        done: List[int] = []
        async with emulator.async_client(rate_limit=ctct.RateLimit(per_second=0)) as client:
            outcome = await client.bulk.import_contacts(
                rows(3), [list_id], on_progress=lambda p: done.append(p.done), **FAST
            )
            listed = await client.activities.list(limit=10)
            assert listed.ok and len(listed.unwrap().items) == 1
        return outcome, done

    outcome, done = asyncio.run(run())
    assert outcome.ok and outcome.unwrap().items == 3
    assert done[-1] == 3 and done == sorted(done)


def test_a_blocking_call_on_the_same_client_from_on_progress_raises_usage_error(
    client: ctct.Client, list_id: str
) -> None:
    raised: List[str] = []

    def look_up(p: ctct.BulkProgress) -> None:
        with pytest.raises(ctct.UsageError) as refused:
            client.lists.get(list_id)
        raised.append(str(refused.value))

    assert client.bulk.import_contacts(rows(3), lists=[list_id], on_progress=look_up, **FAST).ok
    assert len(raised) == 2 and "after the operation returns" in raised[0]
    assert client.lists.get(list_id).ok  # the client carries on
