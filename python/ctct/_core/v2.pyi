"""
Constant Contact API v2 (legacy): models and clients.
"""
from __future__ import annotations
import collections.abc
import ctct._core
import typing
__all__: list[str] = ['Address', 'AsyncClient', 'Client', 'Contact', 'ContactList', 'ContactListsOutcome', 'ContactOutcome', 'EmailAddress', 'ListRef']
class EmailAddress:
    __hash__: typing.ClassVar[None] = None
    confirm_status: str | None
    email_address: str | None
    id: str | None
    opt_in_date: str | None
    opt_in_source: str | None
    status: str | None
    def __copy__(self) -> EmailAddress:
        ...
    def __deepcopy__(self, memo: dict) -> EmailAddress:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, id: str | None = None, status: str | None = None, confirm_status: str | None = None, opt_in_source: str | None = None, opt_in_date: str | None = None, email_address: str | None = None) -> None:
        """
        From keyword arguments, or from a dict of JSON fields (as to_dict() gives them) with keywords on top.
        """
    def __repr__(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        A dict with the same keys and values as to_json().
        """
    def to_json(self) -> str:
        """
        Compact JSON, byte for byte what the C++ and Node libraries give for the same value.
        """
class ListRef:
    __hash__: typing.ClassVar[None] = None
    id: str | None
    status: str | None
    def __copy__(self) -> ListRef:
        ...
    def __deepcopy__(self, memo: dict) -> ListRef:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, id: str | None = None, status: str | None = None) -> None:
        """
        From keyword arguments, or from a dict of JSON fields (as to_dict() gives them) with keywords on top.
        """
    def __repr__(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        A dict with the same keys and values as to_json().
        """
    def to_json(self) -> str:
        """
        Compact JSON, byte for byte what the C++ and Node libraries give for the same value.
        """
class Address:
    __hash__: typing.ClassVar[None] = None
    address_type: str | None
    city: str | None
    country_code: str | None
    line1: str | None
    line2: str | None
    postal_code: str | None
    state_code: str | None
    def __copy__(self) -> Address:
        ...
    def __deepcopy__(self, memo: dict) -> Address:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, address_type: str | None = None, line1: str | None = None, line2: str | None = None, city: str | None = None, state_code: str | None = None, country_code: str | None = None, postal_code: str | None = None) -> None:
        """
        From keyword arguments, or from a dict of JSON fields (as to_dict() gives them) with keywords on top.
        """
    def __repr__(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        A dict with the same keys and values as to_json().
        """
    def to_json(self) -> str:
        """
        Compact JSON, byte for byte what the C++ and Node libraries give for the same value.
        """
class Contact:
    __hash__: typing.ClassVar[None] = None
    cell_phone: str | None
    company_name: str | None
    confirmed: bool | None
    fax: str | None
    first_name: str | None
    home_phone: str | None
    id: str | None
    job_title: str | None
    last_name: str | None
    middle_name: str | None
    prefix_name: str | None
    source: str | None
    source_details: str | None
    status: str | None
    work_phone: str | None
    def __copy__(self) -> Contact:
        ...
    def __deepcopy__(self, memo: dict) -> Contact:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, id: str | None = None, status: str | None = None, confirmed: bool | None = None, source: str | None = None, source_details: str | None = None, email_addresses: collections.abc.Sequence[EmailAddress] = [], lists: collections.abc.Sequence[ListRef] = [], first_name: str | None = None, middle_name: str | None = None, last_name: str | None = None, prefix_name: str | None = None, job_title: str | None = None, company_name: str | None = None, home_phone: str | None = None, work_phone: str | None = None, cell_phone: str | None = None, fax: str | None = None, addresses: collections.abc.Sequence[Address] = []) -> None:
        """
        From keyword arguments, or from a dict of JSON fields (as to_dict() gives them) with keywords on top.
        """
    def __repr__(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        A dict with the same keys and values as to_json().
        """
    def to_json(self) -> str:
        """
        Compact JSON, byte for byte what the C++ and Node libraries give for the same value.
        """
    @property
    def addresses(self) -> list[Address]:
        ...
    @addresses.setter
    def addresses(self, arg1: collections.abc.Sequence[Address]) -> None:
        ...
    @property
    def email_addresses(self) -> list[EmailAddress]:
        ...
    @email_addresses.setter
    def email_addresses(self, arg1: collections.abc.Sequence[EmailAddress]) -> None:
        ...
    @property
    def lists(self) -> list[ListRef]:
        ...
    @lists.setter
    def lists(self, arg1: collections.abc.Sequence[ListRef]) -> None:
        ...
class ContactList:
    __hash__: typing.ClassVar[None] = None
    created_date: str | None
    id: str | None
    modified_date: str | None
    name: str | None
    status: str | None
    def __copy__(self) -> ContactList:
        ...
    def __deepcopy__(self, memo: dict) -> ContactList:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, id: str | None = None, name: str | None = None, status: str | None = None, contact_count: typing.SupportsInt | typing.SupportsIndex | None = None, created_date: str | None = None, modified_date: str | None = None) -> None:
        """
        From keyword arguments, or from a dict of JSON fields (as to_dict() gives them) with keywords on top.
        """
    def __repr__(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        A dict with the same keys and values as to_json().
        """
    def to_json(self) -> str:
        """
        Compact JSON, byte for byte what the C++ and Node libraries give for the same value.
        """
    @property
    def contact_count(self) -> int | None:
        ...
    @contact_count.setter
    def contact_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class Client:
    """
    Constant Contact API v2 (legacy), for holders of a v2 API key.
    """
    def __enter__(self) -> Client:
        ...
    def __exit__(self, *args) -> None:
        ...
    def __init__(self, *, api_key: str, access_token: str, base_url: str = 'https://api.constantcontact.com/v2', retry: ctct._core.RetryOptions | None = None, rate_limit: ctct._core.RateLimit | None = None, rate_limiter: ctct._core.RateLimiter | str | None = None, log: typing.Any = None, log_level: str = 'info', engine: ctct._core.Engine | None = None, connect_timeout_ms: typing.SupportsInt | typing.SupportsIndex = 10000, timeout_ms: typing.SupportsInt | typing.SupportsIndex = 30000, ca_bundle: str = '', max_response_bytes: typing.SupportsInt | typing.SupportsIndex = 67108864, allow_insecure_http: bool = False, max_connections: typing.SupportsInt | typing.SupportsIndex = 8) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def add_contact_to_list(self, list_id: str, lead: ctct._core.Lead | None = None, action_by: typing.Literal['owner', 'visitor'] = 'owner', *, email: str | None = None, first_name: str | None = None, last_name: str | None = None, middle_name: str | None = None, salutation: str | None = None, phone_1: str | None = None, fax: str | None = None, address_1: str | None = None, address_2: str | None = None, postal_code: str | None = None, country: str | None = None, country_code: str | None = None, state: str | None = None, city: str | None = None, company_name: str | None = None, company_phone: str | None = None, title: str | None = None, company_address: str | None = None, company_address_2: str | None = None, company_city: str | None = None, company_country_code: str | None = None, company_state: str | None = None, company_postal_code: str | None = None) -> ctct._core.DeliveryOutcome:
        """
        The delivery on v2: adds the lead (email required) to the list; an existing address is a failure.
        """
    def close(self) -> None:
        """
        Completes every call in flight with an error outcome; later calls raise UsageError.
        """
    def create_contact(self, contact: Contact | None = None, action_by: typing.Literal['owner', 'visitor'] = 'owner', *, id: str | None = None, status: str | None = None, confirmed: bool | None = None, source: str | None = None, source_details: str | None = None, email_addresses: collections.abc.Sequence[EmailAddress] | None = None, lists: collections.abc.Sequence[ListRef] | None = None, first_name: str | None = None, middle_name: str | None = None, last_name: str | None = None, prefix_name: str | None = None, job_title: str | None = None, company_name: str | None = None, home_phone: str | None = None, work_phone: str | None = None, cell_phone: str | None = None, fax: str | None = None, addresses: collections.abc.Sequence[Address] | None = None) -> ContactOutcome:
        """
        POST /contacts?action_by=...
        """
    def lists(self) -> ContactListsOutcome:
        """
        GET /lists: the lists and their ids.
        """
    @property
    def base_url(self) -> str:
        ...
class ContactListsOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ContactListsOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ContactListsOutcome:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        A dict with the same keys and values as to_json().
        """
    def to_json(self) -> str:
        """
        Compact JSON, byte for byte what the C++ and Node libraries give for the same value.
        """
    def unwrap(self) -> list[ContactList]:
        """
        The value of a success; raises ctct.FailureError or ctct.IncompleteError otherwise.
        """
    @property
    def attempts(self) -> int:
        ...
    @property
    def error_key(self) -> str | None:
        ...
    @property
    def ok(self) -> bool:
        """
        True when the outcome is a success.
        """
    @property
    def outcome(self) -> typing.Literal['success', 'failure', 'error']:
        ...
    @property
    def reason(self) -> str | None:
        ...
    @property
    def status(self) -> int:
        ...
    @property
    def value(self) -> list[ContactList] | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class ContactOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ContactOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ContactOutcome:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        A dict with the same keys and values as to_json().
        """
    def to_json(self) -> str:
        """
        Compact JSON, byte for byte what the C++ and Node libraries give for the same value.
        """
    def unwrap(self) -> Contact:
        """
        The value of a success; raises ctct.FailureError or ctct.IncompleteError otherwise.
        """
    @property
    def attempts(self) -> int:
        ...
    @property
    def error_key(self) -> str | None:
        ...
    @property
    def ok(self) -> bool:
        """
        True when the outcome is a success.
        """
    @property
    def outcome(self) -> typing.Literal['success', 'failure', 'error']:
        ...
    @property
    def reason(self) -> str | None:
        ...
    @property
    def status(self) -> int:
        ...
    @property
    def value(self) -> Contact | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class AsyncClient:
    """
    Constant Contact API v2 (legacy), for holders of a v2 API key.
    """
    def __aenter__(self) -> collections.abc.Awaitable[AsyncClient]:
        ...
    def __aexit__(self, *args) -> collections.abc.Awaitable[None]:
        ...
    def __init__(self, *, api_key: str, access_token: str, base_url: str = 'https://api.constantcontact.com/v2', retry: ctct._core.RetryOptions | None = None, rate_limit: ctct._core.RateLimit | None = None, rate_limiter: ctct._core.RateLimiter | str | None = None, log: typing.Any = None, log_level: str = 'info', engine: ctct._core.Engine | None = None, connect_timeout_ms: typing.SupportsInt | typing.SupportsIndex = 10000, timeout_ms: typing.SupportsInt | typing.SupportsIndex = 30000, ca_bundle: str = '', max_response_bytes: typing.SupportsInt | typing.SupportsIndex = 67108864, allow_insecure_http: bool = False, max_connections: typing.SupportsInt | typing.SupportsIndex = 8) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def add_contact_to_list(self, list_id: str, lead: ctct._core.Lead | None = None, action_by: typing.Literal['owner', 'visitor'] = 'owner', *, email: str | None = None, first_name: str | None = None, last_name: str | None = None, middle_name: str | None = None, salutation: str | None = None, phone_1: str | None = None, fax: str | None = None, address_1: str | None = None, address_2: str | None = None, postal_code: str | None = None, country: str | None = None, country_code: str | None = None, state: str | None = None, city: str | None = None, company_name: str | None = None, company_phone: str | None = None, title: str | None = None, company_address: str | None = None, company_address_2: str | None = None, company_city: str | None = None, company_country_code: str | None = None, company_state: str | None = None, company_postal_code: str | None = None) -> collections.abc.Awaitable[ctct._core.DeliveryOutcome]:
        """
        The delivery on v2: adds the lead (email required) to the list; an existing address is a failure.
        """
    def close(self) -> None:
        """
        Completes every call in flight with an error outcome; later calls raise UsageError.
        """
    def create_contact(self, contact: Contact | None = None, action_by: typing.Literal['owner', 'visitor'] = 'owner', *, id: str | None = None, status: str | None = None, confirmed: bool | None = None, source: str | None = None, source_details: str | None = None, email_addresses: collections.abc.Sequence[EmailAddress] | None = None, lists: collections.abc.Sequence[ListRef] | None = None, first_name: str | None = None, middle_name: str | None = None, last_name: str | None = None, prefix_name: str | None = None, job_title: str | None = None, company_name: str | None = None, home_phone: str | None = None, work_phone: str | None = None, cell_phone: str | None = None, fax: str | None = None, addresses: collections.abc.Sequence[Address] | None = None) -> collections.abc.Awaitable[ContactOutcome]:
        """
        POST /contacts?action_by=...
        """
    def lists(self) -> collections.abc.Awaitable[ContactListsOutcome]:
        """
        GET /lists: the lists and their ids.
        """
    @property
    def base_url(self) -> str:
        ...
