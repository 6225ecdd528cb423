"""Models and outcomes as Python objects: attributes, constructors, to_dict, to_json, ==, repr."""

from __future__ import annotations

import copy
import gc
import json
import sys

import ctct
import pytest


def make_contact() -> ctct.Contact:
    return ctct.Contact(
        first_name="Ann",
        email_address=ctct.EmailAddress(address="ann@example.com", permission_to_send="implicit"),
        phone_numbers=[ctct.PhoneNumber(phone_number="555-0100", kind="work")],
        birthday_month=4,
    )


def test_keyword_constructor_sets_attributes_and_leaves_the_rest_missing() -> None:
    contact = make_contact()
    assert contact.first_name == "Ann"
    assert contact.email_address is not None and contact.email_address.address == "ann@example.com"
    assert contact.last_name is None
    assert contact.list_memberships == []
    assert contact.phone_numbers[0].kind == "work"


def test_attributes_are_writable_and_typed() -> None:
    contact = ctct.Contact()
    contact.last_name = "Lee"
    contact.list_memberships = ["a", "b"]
    assert contact.last_name == "Lee" and contact.list_memberships == ["a", "b"]
    contact.last_name = None
    assert contact.last_name is None
    with pytest.raises(TypeError):
        contact.birthday_day = "twelve"  # type: ignore[assignment]


def test_unknown_keyword_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        ctct.Contact(nickname="Annie")  # type: ignore[call-arg]


def test_dicts_convert_to_models_recursively() -> None:
    contact = ctct.Contact(
        {
            "first_name": "Ann",
            "email_address": {"address": "ann@example.com", "permission_to_send": "implicit"},
            "phone_numbers": [{"phone_number": "555-0100", "kind": "work"}],
            "birthday_month": 4,
        }
    )
    assert contact == make_contact()
    assert ctct.Contact(email_address={"address": "x@example.com"}).email_address == ctct.EmailAddress(
        address="x@example.com"
    )
    with pytest.raises(TypeError, match="nickname"):
        ctct.Contact({"nickname": "Annie"})


def test_to_dict_keeps_described_order_and_leaves_out_missing_fields() -> None:
    assert make_contact().to_dict() == {
        "email_address": {"address": "ann@example.com", "permission_to_send": "implicit"},
        "first_name": "Ann",
        "birthday_month": 4,
        "phone_numbers": [{"phone_number": "555-0100", "kind": "work"}],
    }
    assert list(make_contact().to_dict()) == ["email_address", "first_name", "birthday_month", "phone_numbers"]


def test_to_json_is_compact_and_agrees_with_to_dict() -> None:
    contact = make_contact()
    text = contact.to_json()
    assert text.startswith('{"email_address":{"address":"ann@example.com"')
    assert json.loads(text) == contact.to_dict()
    assert json.dumps(contact.to_dict(), separators=(",", ":"), ensure_ascii=False) == text


def test_to_json_escapes_as_json_stringify_does() -> None:
    contact = ctct.Contact(first_name='Zoë "Z" \u2028\x01/')
    assert contact.to_json() == '{"first_name":"Zoë \\"Z\\" \u2028\\u0001/"}'


def test_equality_and_copies() -> None:
    assert make_contact() == make_contact()
    other = make_contact()
    other.first_name = "Bea"
    assert make_contact() != other
    assert make_contact() != "Ann"
    duplicate = copy.deepcopy(other)
    duplicate.first_name = "Cy"
    assert other.first_name == "Bea"


def test_the_methods_every_model_has_take_and_refuse_what_a_method_does() -> None:
    # One definition serves every model (the module's size counts): each still takes its own
    # model or a dict of its fields as self, names what it refuses, and keeps its signature.
    email = ctct.EmailAddress(address="ann@example.com")
    assert ctct.EmailAddress.to_json({"address": "bo@example.com"}) == '{"address":"bo@example.com"}'
    assert copy.copy(email) == email and copy.copy(email) is not email
    assert email.__eq__(other=email) and email != ctct.v2.EmailAddress()
    assert repr(ctct.v2.Address(city="Oslo")) == "Address(city='Oslo')"
    with pytest.raises(TypeError, match="^self must be a EmailAddress or a dict, not int$"):
        ctct.EmailAddress.to_dict(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^self must be a EmailAddress or a dict, not int$"):
        ctct.EmailAddress.__deepcopy__(5, 5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^memo must be a dict, not int$"):
        email.__deepcopy__(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^EmailAddress.to_json\(\) was called with arguments it does not take$"):
        ctct.EmailAddress.to_json()  # type: ignore[call-arg]
    assert ctct.v2.Address.__copy__.__doc__ == "__copy__(self: ctct._core.v2.Address) -> ctct._core.v2.Address\n"


def test_a_nested_model_is_its_parents_own_and_writes_through() -> None:
    contact = make_contact()
    email = contact.email_address
    assert email is not None and email is contact.email_address  # one object while it is held
    email.permission_to_send = "explicit"
    assert contact.to_dict()["email_address"] == {"address": "ann@example.com", "permission_to_send": "explicit"}
    assert contact != make_contact()
    contact.phone_numbers[0].kind = "home"  # a list is a new list of copies, as before
    assert contact.phone_numbers[0].kind == "work"


def test_a_nested_model_held_keeps_its_value_when_the_parent_changes() -> None:
    contact = make_contact()
    held = contact.email_address
    assert held is not None
    contact.email_address = ctct.EmailAddress(address="bea@example.com")
    assert held.address == "ann@example.com" and held.permission_to_send == "implicit"
    assert contact.email_address is not None and contact.email_address.address == "bea@example.com"
    held.address = "cy@example.com"  # no longer the contact's
    assert contact.email_address.address == "bea@example.com"

    second = contact.email_address
    contact.email_address = None
    gc.collect()
    assert second.address == "bea@example.com" and contact.email_address is None
    contact.email_address = second  # assigned as a copy
    second.address = "dee@example.com"
    assert contact.email_address is not None and contact.email_address.address == "bea@example.com"

    third = contact.email_address
    contact.email_address = contact.email_address  # itself, through the object handed out
    assert third.address == "bea@example.com" and third is not contact.email_address
    del contact
    gc.collect()
    assert third.to_dict() == {"address": "bea@example.com"} and held.address == "cy@example.com"


def test_a_nested_model_outlives_its_parent_and_page() -> None:
    page = ctct.ContactPage(items=[make_contact(), ctct.Contact(first_name="Bo")], count=2)
    emails = [contact.email_address for contact in page.items]
    contact = page.items[0]
    del page
    gc.collect()
    assert emails[0] is not None and emails[0].address == "ann@example.com" and emails[1] is None
    assert contact.email_address is emails[0]
    contact.email_address = None
    assert emails[0].address == "ann@example.com" and contact.email_address is None


def test_a_nested_model_holds_its_parent_until_it_gets_its_own_copy() -> None:
    contact = make_contact()
    alone = sys.getrefcount(contact)
    email = contact.email_address
    assert sys.getrefcount(contact) == alone + 1 and contact.email_address is email
    contact.email_address = None  # the object handed out now has its own copy: it lets go
    assert sys.getrefcount(contact) == alone and email is not None and email.address == "ann@example.com"

    again = contact.email_address = ctct.EmailAddress(address="bo@example.com")
    held = [contact.email_address for _ in range(3)]  # one object, one reference to the contact
    assert sys.getrefcount(contact) == alone + 1 and held[0] is held[2] and again is not held[0]
    del held
    assert sys.getrefcount(contact) == alone


def test_the_items_of_a_page_hold_it_while_they_live() -> None:
    page = ctct.ContactPage(items=[make_contact(), ctct.Contact(first_name="Bo")], count=2)
    alone = sys.getrefcount(page)
    items = page.items
    assert sys.getrefcount(page) == alone + 2
    again = page.items  # the same objects while they live: no new references
    assert sys.getrefcount(page) == alone + 2 and again[0] is items[0]
    first = items[0]
    del items, again
    assert sys.getrefcount(page) == alone + 1 and first.first_name == "Ann"

    holding_first = sys.getrefcount(first)
    email = first.email_address
    assert sys.getrefcount(first) == holding_first + 1
    first.email_address = None  # the page's item changes; the address handed out keeps its own copy
    assert sys.getrefcount(first) == holding_first and email is not None and email.address == "ann@example.com"
    del first
    assert sys.getrefcount(page) == alone


def test_fields_are_read_from_models_and_their_subclasses_only() -> None:
    class Lead(ctct.Contact):
        pass

    assert Lead(first_name="Ann").first_name == "Ann"
    getter = ctct.Contact.first_name.fget  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="first_name: self must be a ctct._core.Contact, not int"):
        getter(5)
    with pytest.raises(TypeError, match="made without __init__"):
        getter(ctct.Contact.__new__(ctct.Contact))


def test_repr_names_the_fields_that_are_set() -> None:
    assert repr(ctct.ContactList(name="Leads", favorite=True)) == "ContactList(name='Leads', favorite=True)"
    assert repr(ctct.Empty()) == "Empty()"


def test_pages_and_v2_models() -> None:
    page = ctct.ContactPage(items=[ctct.Contact(first_name="Ann")], count=1)
    assert page.to_json() == '{"items":[{"first_name":"Ann"}],"count":1}'
    contact = ctct.v2.Contact(email_addresses=[ctct.v2.EmailAddress(email_address="a@example.com")])
    assert contact.to_dict() == {"email_addresses": [{"email_address": "a@example.com"}]}
