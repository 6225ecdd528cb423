"""Text with a lone surrogate crosses to the core as WTF-8, neither refused nor replaced by the
binding: the core refuses it with a failure outcome naming the field, before sending anything,
as it does in C++ and Node. Read back from a model, it is the str that was given."""

from __future__ import annotations

import ctct
import pytest
from ctct.testing import Emulator

NOT_UNICODE = " must be Unicode text; it holds an unpaired surrogate or bytes that are not UTF-8."


@pytest.mark.parametrize(
    "contact, field",
    [
        (
            ctct.Contact(first_name="Zo\ud800", email_address={"address": "zoe@example.com"}, create_source="Contact"),
            "contact.first_name",
        ),
        (
            ctct.Contact(email_address={"address": "a\ud800@example.com"}, create_source="Contact"),
            "contact.email_address.address",
        ),
    ],
)
def test_a_lone_surrogate_is_refused_by_the_core_as_a_failure(
    client: ctct.Client, emulator: Emulator, contact: ctct.Contact, field: str
) -> None:
    outcome = client.contacts.create(contact)
    assert (outcome.outcome, outcome.reason, outcome.attempts) == ("failure", field + NOT_UNICODE, 0)
    assert emulator.stats()["requests"] == 0


def test_a_lone_surrogate_in_a_path_id_is_refused_too(client: ctct.Client, emulator: Emulator) -> None:
    outcome = client.contacts.get("\udfff")
    assert (outcome.outcome, outcome.attempts) == ("failure", 0)
    assert outcome.reason is not None and outcome.reason.endswith(NOT_UNICODE)
    assert emulator.stats()["requests"] == 0


def test_text_the_binding_took_reads_back_as_it_was_given() -> None:
    contact = ctct.Contact(first_name="Zo\ud800", list_memberships=["\udfff"])
    assert contact.first_name == "Zo\ud800"
    assert contact.to_dict()["list_memberships"] == ["\udfff"]
    assert "Zo\\ud800" in repr(contact)
    contact.last_name = "\ud83d"
    assert contact.last_name == "\ud83d"
