"""Constant Contact API v2 (legacy): what the original delivery used, for holders of a v2 API key.

client = ctct.v2.Client(api_key="...", access_token="...")
outcome = client.add_contact_to_list(list_id, email="ann@example.com")
"""

from ._core import v2 as _v2

Address = _v2.Address
AsyncClient = _v2.AsyncClient
Client = _v2.Client
Contact = _v2.Contact
ContactList = _v2.ContactList
ContactListsOutcome = _v2.ContactListsOutcome
ContactOutcome = _v2.ContactOutcome
EmailAddress = _v2.EmailAddress
ListRef = _v2.ListRef

__all__ = [
    "Address",
    "AsyncClient",
    "Client",
    "Contact",
    "ContactList",
    "ContactListsOutcome",
    "ContactOutcome",
    "EmailAddress",
    "ListRef",
]
