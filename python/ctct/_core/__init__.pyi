"""
The ctct C++ core: models, outcomes, the v3 and v2 clients and the emulator.
"""
from __future__ import annotations
import collections.abc
import typing
from . import oauth
from . import v2
__all__: list = ['Account', 'AccountAddress', 'AccountOutcome', 'Activities', 'Activity', 'ActivityError', 'ActivityOutcome', 'ActivityPage', 'ActivityPageOutcome', 'ActivityStatus', 'AsyncActivities', 'AsyncBulk', 'AsyncClient', 'AsyncContactIterator', 'AsyncContactListIterator', 'AsyncContactListPages', 'AsyncContactLists', 'AsyncContactPages', 'AsyncContactReports', 'AsyncContacts', 'AsyncCustomFieldIterator', 'AsyncCustomFieldPages', 'AsyncCustomFields', 'AsyncSegmentIterator', 'AsyncSegmentPages', 'AsyncSegments', 'AsyncTagIterator', 'AsyncTagPages', 'AsyncTags', 'AsyncTrackingActivityIterator', 'AsyncTrackingActivityPages', 'Bulk', 'BulkChunk', 'BulkProgress', 'BulkResult', 'BulkResultOutcome', 'CampaignActivitySummary', 'CampaignActivitySummaryPage', 'CampaignActivitySummaryPageOutcome', 'Client', 'Contact', 'ContactIdXref', 'ContactIdXrefs', 'ContactIdXrefsOutcome', 'ContactIterator', 'ContactList', 'ContactListIterator', 'ContactListOutcome', 'ContactListPage', 'ContactListPageOutcome', 'ContactListPages', 'ContactLists', 'ContactOutcome', 'ContactPage', 'ContactPageOutcome', 'ContactPages', 'ContactReports', 'ContactSignUp', 'Contacts', 'ContactsCounts', 'ContactsCountsOutcome', 'CustomField', 'CustomFieldChoice', 'CustomFieldIterator', 'CustomFieldMetadata', 'CustomFieldOutcome', 'CustomFieldPage', 'CustomFieldPageOutcome', 'CustomFieldPages', 'CustomFieldValue', 'CustomFields', 'DeliveryOutcome', 'DeviceAuthorization', 'DeviceAuthorizationOutcome', 'EmailAddress', 'Empty', 'EmptyOutcome', 'Engine', 'ExcludeContacts', 'ExportFile', 'ExportFileOutcome', 'ImportContact', 'ImportCustomField', 'Lead', 'LeadQueue', 'ListIdXref', 'ListIdXrefs', 'ListIdXrefsOutcome', 'MembershipSource', 'Note', 'OpenAndClickRates', 'OpenAndClickRatesOutcome', 'PhoneNumber', 'RateLimit', 'RateLimiter', 'RetryOptions', 'Segment', 'SegmentIterator', 'SegmentOutcome', 'SegmentPage', 'SegmentPageOutcome', 'SegmentPages', 'Segments', 'SignUpResult', 'SignUpResultOutcome', 'SignUpStreetAddress', 'SmsEngagement', 'SmsEngagementHistoryOutcome', 'SmsHistoryDetails', 'StreetAddress', 'Tag', 'TagIterator', 'TagOutcome', 'TagPage', 'TagPageOutcome', 'TagPages', 'TagSource', 'Tags', 'Tokens', 'TokensOutcome', 'TrackingActivity', 'TrackingActivityIterator', 'TrackingActivityPage', 'TrackingActivityPageOutcome', 'TrackingActivityPages', 'UsageError', 'UserPrivilege', 'UserPrivilegesOutcome']
class UsageError(ValueError):
    pass
class RetryOptions:
    """
    Retries of requests that are safe to repeat (GET, PUT, DELETE, sign_up_form) after 429, 5xx, a failed connection or a timeout, with full-jitter exponential backoff; max_attempts 1 disables them.
    """
    def __init__(self, *, max_attempts: typing.SupportsInt | typing.SupportsIndex = 4, base_delay_ms: typing.SupportsInt | typing.SupportsIndex = 500, max_delay_ms: typing.SupportsInt | typing.SupportsIndex = 30000) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def base_delay_ms(self) -> int:
        ...
    @base_delay_ms.setter
    def base_delay_ms(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def max_attempts(self) -> int:
        """
        Requests sent at most, the first included.
        """
    @max_attempts.setter
    def max_attempts(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def max_delay_ms(self) -> int:
        ...
    @max_delay_ms.setter
    def max_delay_ms(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class RateLimit:
    """
    A token bucket of `burst` requests refilled at `per_second`; per_second 0 turns the limit off. per_day: requests a UTC day for all clients of the key, then calls end unsent until 00:00 UTC; 0: no count.
    """
    def __init__(self, *, per_second: typing.SupportsFloat | typing.SupportsIndex = 4.0, burst: typing.SupportsInt | typing.SupportsIndex = 1, per_day: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def burst(self) -> int:
        ...
    @burst.setter
    def burst(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def per_day(self) -> int:
        ...
    @per_day.setter
    def per_day(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def per_second(self) -> float:
        ...
    @per_second.setter
    def per_second(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class RateLimiter:
    """
    One token bucket and daily count. Clients of one API key share one by default; give the same limiter to several clients to choose the sharing yourself. Thread-safe.
    """
    def __init__(self, limit: RateLimit | None = None) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def limit(self) -> RateLimit:
        ...
class Engine:
    """
    I/O loops (threads with their connection pools) shared by the clients given it (engine=...). threads: loops per set of transport options, 1 to 64; clients are spread over them in turn. A loop starts with its first client and ends when its last is closed. Clients given none share the process-wide engine of one loop.
    """
    def __init__(self, *, threads: typing.SupportsInt | typing.SupportsIndex = 1) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def live_loops(self) -> int:
        """
        The loops running now, each with its thread.
        """
    @property
    def threads(self) -> int:
        ...
class EmailAddress:
    __hash__: typing.ClassVar[None] = None
    address: str | None
    confirm_status: str | None
    created_at: str | None
    opt_in_date: str | None
    opt_in_source: str | None
    opt_out_date: str | None
    opt_out_reason: str | None
    opt_out_source: str | None
    permission_to_send: str | None
    updated_at: str | None
    def __copy__(self) -> EmailAddress:
        ...
    def __deepcopy__(self, memo: dict) -> EmailAddress:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, address: str | None = None, permission_to_send: str | None = None, created_at: str | None = None, updated_at: str | None = None, opt_in_source: str | None = None, opt_in_date: str | None = None, opt_out_source: str | None = None, opt_out_date: str | None = None, opt_out_reason: str | None = None, confirm_status: str | None = None) -> None:
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
class PhoneNumber:
    __hash__: typing.ClassVar[None] = None
    create_source: str | None
    created_at: str | None
    kind: str | None
    phone_number: str | None
    phone_number_id: str | None
    update_source: str | None
    updated_at: str | None
    def __copy__(self) -> PhoneNumber:
        ...
    def __deepcopy__(self, memo: dict) -> PhoneNumber:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, phone_number_id: str | None = None, phone_number: str | None = None, kind: str | None = None, created_at: str | None = None, updated_at: str | None = None, update_source: str | None = None, create_source: str | None = None) -> None:
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
class StreetAddress:
    __hash__: typing.ClassVar[None] = None
    city: str | None
    country: str | None
    created_at: str | None
    kind: str | None
    postal_code: str | None
    state: str | None
    street: str | None
    street_address_id: str | None
    updated_at: str | None
    def __copy__(self) -> StreetAddress:
        ...
    def __deepcopy__(self, memo: dict) -> StreetAddress:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, street_address_id: str | None = None, kind: str | None = None, street: str | None = None, city: str | None = None, state: str | None = None, postal_code: str | None = None, country: str | None = None, created_at: str | None = None, updated_at: str | None = None) -> None:
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
class CustomFieldValue:
    __hash__: typing.ClassVar[None] = None
    custom_field_id: str | None
    value: str | None
    def __copy__(self) -> CustomFieldValue:
        ...
    def __deepcopy__(self, memo: dict) -> CustomFieldValue:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, custom_field_id: str | None = None, value: str | None = None) -> None:
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
class Note:
    __hash__: typing.ClassVar[None] = None
    content: str | None
    created_at: str | None
    note_id: str | None
    def __copy__(self) -> Note:
        ...
    def __deepcopy__(self, memo: dict) -> Note:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, note_id: str | None = None, created_at: str | None = None, content: str | None = None) -> None:
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
    anniversary: str | None
    company_name: str | None
    contact_id: str | None
    create_source: str | None
    created_at: str | None
    deleted_at: str | None
    email_address: EmailAddress | None
    first_name: str | None
    job_title: str | None
    last_name: str | None
    update_source: str | None
    updated_at: str | None
    def __copy__(self) -> Contact:
        ...
    def __deepcopy__(self, memo: dict) -> Contact:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, contact_id: str | None = None, email_address: EmailAddress | None = None, first_name: str | None = None, last_name: str | None = None, job_title: str | None = None, company_name: str | None = None, birthday_month: typing.SupportsInt | typing.SupportsIndex | None = None, birthday_day: typing.SupportsInt | typing.SupportsIndex | None = None, anniversary: str | None = None, update_source: str | None = None, create_source: str | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, custom_fields: collections.abc.Sequence[CustomFieldValue] = [], phone_numbers: collections.abc.Sequence[PhoneNumber] = [], street_addresses: collections.abc.Sequence[StreetAddress] = [], list_memberships: collections.abc.Sequence[str] = [], taggings: collections.abc.Sequence[str] = [], notes: collections.abc.Sequence[Note] = []) -> None:
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
    def birthday_day(self) -> int | None:
        ...
    @birthday_day.setter
    def birthday_day(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def birthday_month(self) -> int | None:
        ...
    @birthday_month.setter
    def birthday_month(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def custom_fields(self) -> list[CustomFieldValue]:
        ...
    @custom_fields.setter
    def custom_fields(self, arg1: collections.abc.Sequence[CustomFieldValue]) -> None:
        ...
    @property
    def list_memberships(self) -> list[str]:
        ...
    @list_memberships.setter
    def list_memberships(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def notes(self) -> list[Note]:
        ...
    @notes.setter
    def notes(self, arg1: collections.abc.Sequence[Note]) -> None:
        ...
    @property
    def phone_numbers(self) -> list[PhoneNumber]:
        ...
    @phone_numbers.setter
    def phone_numbers(self, arg1: collections.abc.Sequence[PhoneNumber]) -> None:
        ...
    @property
    def street_addresses(self) -> list[StreetAddress]:
        ...
    @street_addresses.setter
    def street_addresses(self, arg1: collections.abc.Sequence[StreetAddress]) -> None:
        ...
    @property
    def taggings(self) -> list[str]:
        ...
    @taggings.setter
    def taggings(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class SignUpStreetAddress:
    __hash__: typing.ClassVar[None] = None
    city: str | None
    country: str | None
    kind: str | None
    postal_code: str | None
    state: str | None
    street: str | None
    def __copy__(self) -> SignUpStreetAddress:
        ...
    def __deepcopy__(self, memo: dict) -> SignUpStreetAddress:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, kind: str | None = None, street: str | None = None, city: str | None = None, state: str | None = None, postal_code: str | None = None, country: str | None = None) -> None:
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
class ContactSignUp:
    __hash__: typing.ClassVar[None] = None
    anniversary: str | None
    company_name: str | None
    email_address: str | None
    first_name: str | None
    job_title: str | None
    last_name: str | None
    phone_number: str | None
    street_address: SignUpStreetAddress | None
    def __copy__(self) -> ContactSignUp:
        ...
    def __deepcopy__(self, memo: dict) -> ContactSignUp:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, email_address: str | None = None, first_name: str | None = None, last_name: str | None = None, job_title: str | None = None, company_name: str | None = None, phone_number: str | None = None, list_memberships: collections.abc.Sequence[str] = [], custom_fields: collections.abc.Sequence[CustomFieldValue] = [], anniversary: str | None = None, birthday_month: typing.SupportsInt | typing.SupportsIndex | None = None, birthday_day: typing.SupportsInt | typing.SupportsIndex | None = None, street_address: SignUpStreetAddress | None = None) -> None:
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
    def birthday_day(self) -> int | None:
        ...
    @birthday_day.setter
    def birthday_day(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def birthday_month(self) -> int | None:
        ...
    @birthday_month.setter
    def birthday_month(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def custom_fields(self) -> list[CustomFieldValue]:
        ...
    @custom_fields.setter
    def custom_fields(self, arg1: collections.abc.Sequence[CustomFieldValue]) -> None:
        ...
    @property
    def list_memberships(self) -> list[str]:
        ...
    @list_memberships.setter
    def list_memberships(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class SignUpResult:
    __hash__: typing.ClassVar[None] = None
    action: str | None
    contact_id: str | None
    def __copy__(self) -> SignUpResult:
        ...
    def __deepcopy__(self, memo: dict) -> SignUpResult:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, contact_id: str | None = None, action: str | None = None) -> None:
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
class ContactsCounts:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> ContactsCounts:
        ...
    def __deepcopy__(self, memo: dict) -> ContactsCounts:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, total: typing.SupportsInt | typing.SupportsIndex | None = None, explicit: typing.SupportsInt | typing.SupportsIndex | None = None, implicit: typing.SupportsInt | typing.SupportsIndex | None = None, pending: typing.SupportsInt | typing.SupportsIndex | None = None, unsubscribed: typing.SupportsInt | typing.SupportsIndex | None = None, new_subscriber: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
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
    def explicit(self) -> int | None:
        ...
    @explicit.setter
    def explicit(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def implicit(self) -> int | None:
        ...
    @implicit.setter
    def implicit(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def new_subscriber(self) -> int | None:
        ...
    @new_subscriber.setter
    def new_subscriber(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def pending(self) -> int | None:
        ...
    @pending.setter
    def pending(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def total(self) -> int | None:
        ...
    @total.setter
    def total(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def unsubscribed(self) -> int | None:
        ...
    @unsubscribed.setter
    def unsubscribed(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class SmsHistoryDetails:
    __hash__: typing.ClassVar[None] = None
    advertised_interval: str | None
    consent_action_time: str | None
    consent_action_type: str | None
    consent_medium_type: str | None
    consent_type: str | None
    source: str | None
    source_consent_timestamp: str | None
    source_sms_number: str | None
    state: str | None
    def __copy__(self) -> SmsHistoryDetails:
        ...
    def __deepcopy__(self, memo: dict) -> SmsHistoryDetails:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, state: str | None = None, source: str | None = None, consent_type: str | None = None, consent_action_time: str | None = None, consent_action_type: str | None = None, consent_medium_type: str | None = None, source_consent_timestamp: str | None = None, source_sms_number: str | None = None, advertised_frequency: typing.SupportsInt | typing.SupportsIndex | None = None, advertised_interval: str | None = None) -> None:
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
    def advertised_frequency(self) -> int | None:
        ...
    @advertised_frequency.setter
    def advertised_frequency(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class SmsEngagement:
    __hash__: typing.ClassVar[None] = None
    contact_id: str | None
    history_details: SmsHistoryDetails | None
    insert_time: str | None
    sms_channel_history_id: str | None
    sms_channel_id: str | None
    def __copy__(self) -> SmsEngagement:
        ...
    def __deepcopy__(self, memo: dict) -> SmsEngagement:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, contact_id: str | None = None, sms_channel_id: str | None = None, sms_channel_history_id: str | None = None, insert_time: str | None = None, history_details: SmsHistoryDetails | None = None) -> None:
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
class ContactIdXref:
    __hash__: typing.ClassVar[None] = None
    contact_id: str | None
    sequence_id: str | None
    def __copy__(self) -> ContactIdXref:
        ...
    def __deepcopy__(self, memo: dict) -> ContactIdXref:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, sequence_id: str | None = None, contact_id: str | None = None) -> None:
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
class ContactIdXrefs:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> ContactIdXrefs:
        ...
    def __deepcopy__(self, memo: dict) -> ContactIdXrefs:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, xrefs: collections.abc.Sequence[ContactIdXref] = [], unmatched: collections.abc.Sequence[str] = []) -> None:
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
    def unmatched(self) -> list[str]:
        ...
    @unmatched.setter
    def unmatched(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def xrefs(self) -> list[ContactIdXref]:
        ...
    @xrefs.setter
    def xrefs(self, arg1: collections.abc.Sequence[ContactIdXref]) -> None:
        ...
class ContactList:
    __hash__: typing.ClassVar[None] = None
    created_at: str | None
    deleted_at: str | None
    description: str | None
    favorite: bool | None
    list_id: str | None
    name: str | None
    updated_at: str | None
    def __copy__(self) -> ContactList:
        ...
    def __deepcopy__(self, memo: dict) -> ContactList:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, list_id: str | None = None, name: str | None = None, description: str | None = None, favorite: bool | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, membership_count: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
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
    def membership_count(self) -> int | None:
        ...
    @membership_count.setter
    def membership_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class ListIdXref:
    __hash__: typing.ClassVar[None] = None
    list_id: str | None
    sequence_id: str | None
    def __copy__(self) -> ListIdXref:
        ...
    def __deepcopy__(self, memo: dict) -> ListIdXref:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, sequence_id: str | None = None, list_id: str | None = None) -> None:
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
class ListIdXrefs:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> ListIdXrefs:
        ...
    def __deepcopy__(self, memo: dict) -> ListIdXrefs:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, xrefs: collections.abc.Sequence[ListIdXref] = [], unmatched: collections.abc.Sequence[str] = []) -> None:
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
    def unmatched(self) -> list[str]:
        ...
    @unmatched.setter
    def unmatched(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def xrefs(self) -> list[ListIdXref]:
        ...
    @xrefs.setter
    def xrefs(self, arg1: collections.abc.Sequence[ListIdXref]) -> None:
        ...
class ActivityStatus:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> ActivityStatus:
        ...
    def __deepcopy__(self, memo: dict) -> ActivityStatus:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, items_total_count: typing.SupportsInt | typing.SupportsIndex | None = None, items_completed_count: typing.SupportsInt | typing.SupportsIndex | None = None, person_count: typing.SupportsInt | typing.SupportsIndex | None = None, error_count: typing.SupportsInt | typing.SupportsIndex | None = None, correctable_count: typing.SupportsInt | typing.SupportsIndex | None = None, cannot_add_to_list_count: typing.SupportsInt | typing.SupportsIndex | None = None, list_count: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
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
    def cannot_add_to_list_count(self) -> int | None:
        ...
    @cannot_add_to_list_count.setter
    def cannot_add_to_list_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def correctable_count(self) -> int | None:
        ...
    @correctable_count.setter
    def correctable_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def error_count(self) -> int | None:
        ...
    @error_count.setter
    def error_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def items_completed_count(self) -> int | None:
        ...
    @items_completed_count.setter
    def items_completed_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def items_total_count(self) -> int | None:
        ...
    @items_total_count.setter
    def items_total_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def list_count(self) -> int | None:
        ...
    @list_count.setter
    def list_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def person_count(self) -> int | None:
        ...
    @person_count.setter
    def person_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class ActivityError:
    __hash__: typing.ClassVar[None] = None
    message: str | None
    def __copy__(self) -> ActivityError:
        ...
    def __deepcopy__(self, memo: dict) -> ActivityError:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, message: str | None = None) -> None:
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
class Activity:
    __hash__: typing.ClassVar[None] = None
    activity_id: str | None
    completed_at: str | None
    created_at: str | None
    source_file_name: str | None
    started_at: str | None
    state: str | None
    status: ActivityStatus | None
    updated_at: str | None
    def __copy__(self) -> Activity:
        ...
    def __deepcopy__(self, memo: dict) -> Activity:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, activity_id: str | None = None, state: str | None = None, started_at: str | None = None, completed_at: str | None = None, created_at: str | None = None, updated_at: str | None = None, source_file_name: str | None = None, percent_done: typing.SupportsInt | typing.SupportsIndex | None = None, activity_errors: collections.abc.Sequence[ActivityError] = [], status: ActivityStatus | None = None) -> None:
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
    def activity_errors(self) -> list[ActivityError]:
        ...
    @activity_errors.setter
    def activity_errors(self, arg1: collections.abc.Sequence[ActivityError]) -> None:
        ...
    @property
    def percent_done(self) -> int | None:
        ...
    @percent_done.setter
    def percent_done(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class Empty:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> Empty:
        ...
    def __deepcopy__(self, memo: dict) -> Empty:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None) -> None:
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
class ContactPage:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> ContactPage:
        ...
    def __deepcopy__(self, memo: dict) -> ContactPage:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, items: collections.abc.Sequence[Contact] = [], count: typing.SupportsInt | typing.SupportsIndex | None = None, next: str | None = None) -> None:
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
    def count(self) -> int | None:
        ...
    @property
    def items(self) -> list[Contact]:
        ...
    @property
    def next(self) -> str | None:
        ...
class ContactListPage:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> ContactListPage:
        ...
    def __deepcopy__(self, memo: dict) -> ContactListPage:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, items: collections.abc.Sequence[ContactList] = [], count: typing.SupportsInt | typing.SupportsIndex | None = None, next: str | None = None) -> None:
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
    def count(self) -> int | None:
        ...
    @property
    def items(self) -> list[ContactList]:
        ...
    @property
    def next(self) -> str | None:
        ...
class ActivityPage:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> ActivityPage:
        ...
    def __deepcopy__(self, memo: dict) -> ActivityPage:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, items: collections.abc.Sequence[Activity] = [], count: typing.SupportsInt | typing.SupportsIndex | None = None, next: str | None = None) -> None:
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
    def count(self) -> int | None:
        ...
    @property
    def items(self) -> list[Activity]:
        ...
    @property
    def next(self) -> str | None:
        ...
class Lead:
    __hash__: typing.ClassVar[None] = None
    address_1: str | None
    address_2: str | None
    city: str | None
    company_address: str | None
    company_address_2: str | None
    company_city: str | None
    company_country_code: str | None
    company_name: str | None
    company_phone: str | None
    company_postal_code: str | None
    company_state: str | None
    country: str | None
    country_code: str | None
    email: str | None
    fax: str | None
    first_name: str | None
    last_name: str | None
    middle_name: str | None
    phone_1: str | None
    postal_code: str | None
    salutation: str | None
    state: str | None
    title: str | None
    def __copy__(self) -> Lead:
        ...
    def __deepcopy__(self, memo: dict) -> Lead:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, email: str | None = None, first_name: str | None = None, last_name: str | None = None, middle_name: str | None = None, salutation: str | None = None, phone_1: str | None = None, fax: str | None = None, address_1: str | None = None, address_2: str | None = None, postal_code: str | None = None, country: str | None = None, country_code: str | None = None, state: str | None = None, city: str | None = None, company_name: str | None = None, company_phone: str | None = None, title: str | None = None, company_address: str | None = None, company_address_2: str | None = None, company_city: str | None = None, company_country_code: str | None = None, company_state: str | None = None, company_postal_code: str | None = None) -> None:
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
class DeliveryOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> DeliveryOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> DeliveryOutcome:
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
    def unwrap(self) -> DeliveryOutcome:
        """
        This outcome when it is a success; raises ctct.FailureError or ctct.IncompleteError otherwise.
        """
    @property
    def action(self) -> str | None:
        ...
    @property
    def api_version(self) -> str:
        ...
    @property
    def attempts(self) -> int:
        ...
    @property
    def confirmed(self) -> bool | None:
        ...
    @property
    def contact_id(self) -> str | None:
        ...
    @property
    def contact_status(self) -> str | None:
        ...
    @property
    def email_address(self) -> str | None:
        ...
    @property
    def email_address_id(self) -> str | None:
        ...
    @property
    def error_key(self) -> str | None:
        ...
    @property
    def list_id(self) -> str | None:
        ...
    @property
    def list_status(self) -> str | None:
        ...
    @property
    def ok(self) -> bool:
        """
        True when the outcome is a success.
        """
    @property
    def opt_in_date(self) -> str | None:
        ...
    @property
    def opt_in_source(self) -> str | None:
        ...
    @property
    def outcome(self) -> typing.Literal['success', 'failure', 'error']:
        ...
    @property
    def reason(self) -> str | None:
        ...
    @property
    def source(self) -> str | None:
        ...
    @property
    def source_details(self) -> str | None:
        ...
    @property
    def status(self) -> int:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class Tag:
    __hash__: typing.ClassVar[None] = None
    created_at: str | None
    name: str | None
    tag_id: str | None
    tag_source: str | None
    updated_at: str | None
    def __copy__(self) -> Tag:
        ...
    def __deepcopy__(self, memo: dict) -> Tag:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, tag_id: str | None = None, name: str | None = None, contacts_count: typing.SupportsInt | typing.SupportsIndex | None = None, created_at: str | None = None, updated_at: str | None = None, tag_source: str | None = None) -> None:
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
    def contacts_count(self) -> int | None:
        ...
    @contacts_count.setter
    def contacts_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class TagSource:
    __hash__: typing.ClassVar[None] = None
    all_active_contacts: bool | None
    new_subscriber: bool | None
    def __copy__(self) -> TagSource:
        ...
    def __deepcopy__(self, memo: dict) -> TagSource:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, contact_ids: collections.abc.Sequence[str] = [], list_ids: collections.abc.Sequence[str] = [], tag_ids: collections.abc.Sequence[str] = [], all_active_contacts: bool | None = None, new_subscriber: bool | None = None) -> None:
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
    def contact_ids(self) -> list[str]:
        ...
    @contact_ids.setter
    def contact_ids(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def list_ids(self) -> list[str]:
        ...
    @list_ids.setter
    def list_ids(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def tag_ids(self) -> list[str]:
        ...
    @tag_ids.setter
    def tag_ids(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class CustomFieldMetadata:
    __hash__: typing.ClassVar[None] = None
    allow_negative: bool | None
    currency_code: str | None
    display_format: str | None
    display_type: str | None
    integer: bool | None
    def __copy__(self) -> CustomFieldMetadata:
        ...
    def __deepcopy__(self, memo: dict) -> CustomFieldMetadata:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, display_type: str | None = None, allow_negative: bool | None = None, decimal_places: typing.SupportsInt | typing.SupportsIndex | None = None, currency_code: str | None = None, integer: bool | None = None, display_format: str | None = None) -> None:
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
    def decimal_places(self) -> int | None:
        ...
    @decimal_places.setter
    def decimal_places(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class CustomFieldChoice:
    __hash__: typing.ClassVar[None] = None
    choice_label: str | None
    created_at: str | None
    custom_field_id: str | None
    deleted_at: str | None
    updated_at: str | None
    def __copy__(self) -> CustomFieldChoice:
        ...
    def __deepcopy__(self, memo: dict) -> CustomFieldChoice:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, custom_field_id: str | None = None, choice_id: typing.SupportsInt | typing.SupportsIndex | None = None, choice_label: str | None = None, display_order: typing.SupportsInt | typing.SupportsIndex | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None) -> None:
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
    def choice_id(self) -> int | None:
        ...
    @choice_id.setter
    def choice_id(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def display_order(self) -> int | None:
        ...
    @display_order.setter
    def display_order(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class CustomField:
    __hash__: typing.ClassVar[None] = None
    created_at: str | None
    custom_field_id: str | None
    label: str | None
    metadata: CustomFieldMetadata | None
    name: str | None
    type: str | None
    updated_at: str | None
    def __copy__(self) -> CustomField:
        ...
    def __deepcopy__(self, memo: dict) -> CustomField:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, custom_field_id: str | None = None, label: str | None = None, name: str | None = None, type: str | None = None, metadata: CustomFieldMetadata | None = None, version: typing.SupportsInt | typing.SupportsIndex | None = None, choices: collections.abc.Sequence[CustomFieldChoice] = [], updated_at: str | None = None, created_at: str | None = None) -> None:
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
    def choices(self) -> list[CustomFieldChoice]:
        ...
    @choices.setter
    def choices(self, arg1: collections.abc.Sequence[CustomFieldChoice]) -> None:
        ...
    @property
    def version(self) -> int | None:
        ...
    @version.setter
    def version(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class TagPage:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> TagPage:
        ...
    def __deepcopy__(self, memo: dict) -> TagPage:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, items: collections.abc.Sequence[Tag] = [], count: typing.SupportsInt | typing.SupportsIndex | None = None, next: str | None = None) -> None:
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
    def count(self) -> int | None:
        ...
    @property
    def items(self) -> list[Tag]:
        ...
    @property
    def next(self) -> str | None:
        ...
class CustomFieldPage:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> CustomFieldPage:
        ...
    def __deepcopy__(self, memo: dict) -> CustomFieldPage:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, items: collections.abc.Sequence[CustomField] = [], count: typing.SupportsInt | typing.SupportsIndex | None = None, next: str | None = None) -> None:
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
    def count(self) -> int | None:
        ...
    @property
    def items(self) -> list[CustomField]:
        ...
    @property
    def next(self) -> str | None:
        ...
class ImportCustomField:
    __hash__: typing.ClassVar[None] = None
    name: str
    value: str
    def __copy__(self) -> ImportCustomField:
        ...
    def __deepcopy__(self, memo: dict) -> ImportCustomField:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, name: str = None, value: str = None) -> None:
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
class ImportContact:
    __hash__: typing.ClassVar[None] = None
    anniversary: str | None
    city: str | None
    company_name: str | None
    country: str | None
    email: str | None
    first_name: str | None
    home_city: str | None
    home_country: str | None
    home_phone: str | None
    home_state: str | None
    home_street: str | None
    home_street2: str | None
    home_zip: str | None
    job_title: str | None
    last_name: str | None
    mobile_phone: str | None
    other_city: str | None
    other_country: str | None
    other_phone: str | None
    other_state: str | None
    other_street: str | None
    other_street2: str | None
    other_zip: str | None
    phone: str | None
    sms_consent_date: str | None
    sms_number: str | None
    state: str | None
    street: str | None
    street2: str | None
    work_city: str | None
    work_country: str | None
    work_phone: str | None
    work_state: str | None
    work_street: str | None
    work_street2: str | None
    work_zip: str | None
    zip: str | None
    def __copy__(self) -> ImportContact:
        ...
    def __deepcopy__(self, memo: dict) -> ImportContact:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, email: str | None = None, first_name: str | None = None, last_name: str | None = None, job_title: str | None = None, company_name: str | None = None, birthday_month: typing.SupportsInt | typing.SupportsIndex | None = None, birthday_day: typing.SupportsInt | typing.SupportsIndex | None = None, anniversary: str | None = None, phone: str | None = None, home_phone: str | None = None, work_phone: str | None = None, mobile_phone: str | None = None, other_phone: str | None = None, street: str | None = None, street2: str | None = None, city: str | None = None, state: str | None = None, zip: str | None = None, country: str | None = None, home_street: str | None = None, home_street2: str | None = None, home_city: str | None = None, home_state: str | None = None, home_zip: str | None = None, home_country: str | None = None, work_street: str | None = None, work_street2: str | None = None, work_city: str | None = None, work_state: str | None = None, work_zip: str | None = None, work_country: str | None = None, other_street: str | None = None, other_street2: str | None = None, other_city: str | None = None, other_state: str | None = None, other_zip: str | None = None, other_country: str | None = None, sms_number: str | None = None, sms_consent_date: str | None = None, custom_fields: collections.abc.Sequence[ImportCustomField] = []) -> None:
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
    def birthday_day(self) -> int | None:
        ...
    @birthday_day.setter
    def birthday_day(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def birthday_month(self) -> int | None:
        ...
    @birthday_month.setter
    def birthday_month(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def custom_fields(self) -> list[ImportCustomField]:
        ...
    @custom_fields.setter
    def custom_fields(self, arg1: collections.abc.Sequence[ImportCustomField]) -> None:
        ...
class ExcludeContacts:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> ExcludeContacts:
        ...
    def __deepcopy__(self, memo: dict) -> ExcludeContacts:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, contact_ids: collections.abc.Sequence[str] = []) -> None:
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
    def contact_ids(self) -> list[str]:
        ...
    @contact_ids.setter
    def contact_ids(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class MembershipSource:
    __hash__: typing.ClassVar[None] = None
    all_active_contacts: bool | None
    engagement_level: str | None
    def __copy__(self) -> MembershipSource:
        ...
    def __deepcopy__(self, memo: dict) -> MembershipSource:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, contact_ids: collections.abc.Sequence[str] = [], list_ids: collections.abc.Sequence[str] = [], all_active_contacts: bool | None = None, tag_ids: collections.abc.Sequence[str] = [], engagement_level: str | None = None, segment_id: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
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
    def contact_ids(self) -> list[str]:
        ...
    @contact_ids.setter
    def contact_ids(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def list_ids(self) -> list[str]:
        ...
    @list_ids.setter
    def list_ids(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def segment_id(self) -> int | None:
        ...
    @segment_id.setter
    def segment_id(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def tag_ids(self) -> list[str]:
        ...
    @tag_ids.setter
    def tag_ids(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class ExportFile:
    __hash__: typing.ClassVar[None] = None
    csv: str
    def __copy__(self) -> ExportFile:
        ...
    def __deepcopy__(self, memo: dict) -> ExportFile:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, csv: str = None) -> None:
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
class BulkChunk:
    __hash__: typing.ClassVar[None] = None
    activity_id: str | None
    state: str | None
    def __copy__(self) -> BulkChunk:
        ...
    def __deepcopy__(self, memo: dict) -> BulkChunk:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, index: typing.SupportsInt | typing.SupportsIndex = None, items: typing.SupportsInt | typing.SupportsIndex = None, activity_id: str | None = None, state: str | None = None, percent_done: typing.SupportsInt | typing.SupportsIndex | None = None, items_total_count: typing.SupportsInt | typing.SupportsIndex | None = None, items_completed_count: typing.SupportsInt | typing.SupportsIndex | None = None, error_count: typing.SupportsInt | typing.SupportsIndex | None = None, errors: collections.abc.Sequence[str] = []) -> None:
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
    def error_count(self) -> int | None:
        ...
    @error_count.setter
    def error_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def errors(self) -> list[str]:
        ...
    @errors.setter
    def errors(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def index(self) -> int:
        ...
    @index.setter
    def index(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def items(self) -> int:
        ...
    @items.setter
    def items(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def items_completed_count(self) -> int | None:
        ...
    @items_completed_count.setter
    def items_completed_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def items_total_count(self) -> int | None:
        ...
    @items_total_count.setter
    def items_total_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def percent_done(self) -> int | None:
        ...
    @percent_done.setter
    def percent_done(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class BulkResult:
    __hash__: typing.ClassVar[None] = None
    activity: str
    def __copy__(self) -> BulkResult:
        ...
    def __deepcopy__(self, memo: dict) -> BulkResult:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, activity: str = None, chunks: collections.abc.Sequence[BulkChunk] = [], items: typing.SupportsInt | typing.SupportsIndex = None, completed: typing.SupportsInt | typing.SupportsIndex = None, error_count: typing.SupportsInt | typing.SupportsIndex = None) -> None:
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
    def chunks(self) -> list[BulkChunk]:
        ...
    @chunks.setter
    def chunks(self, arg1: collections.abc.Sequence[BulkChunk]) -> None:
        ...
    @property
    def completed(self) -> int:
        ...
    @completed.setter
    def completed(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def error_count(self) -> int:
        ...
    @error_count.setter
    def error_count(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def items(self) -> int:
        ...
    @items.setter
    def items(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class BulkProgress:
    __hash__: typing.ClassVar[None] = None
    activity_id: str | None
    state: str | None
    def __copy__(self) -> BulkProgress:
        ...
    def __deepcopy__(self, memo: dict) -> BulkProgress:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, chunk: typing.SupportsInt | typing.SupportsIndex = None, chunks: typing.SupportsInt | typing.SupportsIndex = None, activity_id: str | None = None, state: str | None = None, percent_done: typing.SupportsInt | typing.SupportsIndex = None, done: typing.SupportsInt | typing.SupportsIndex = None, total: typing.SupportsInt | typing.SupportsIndex = None) -> None:
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
    def chunk(self) -> int:
        ...
    @chunk.setter
    def chunk(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def chunks(self) -> int:
        ...
    @chunks.setter
    def chunks(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def done(self) -> int:
        ...
    @done.setter
    def done(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def percent_done(self) -> int:
        ...
    @percent_done.setter
    def percent_done(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def total(self) -> int:
        ...
    @total.setter
    def total(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Tokens:
    __hash__: typing.ClassVar[None] = None
    access_token: str
    refresh_token: str | None
    scope: str | None
    token_type: str | None
    def __copy__(self) -> Tokens:
        ...
    def __deepcopy__(self, memo: dict) -> Tokens:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, access_token: str = None, refresh_token: str | None = None, token_type: str | None = None, scope: str | None = None, expires_in: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
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
    def expires_in(self) -> int | None:
        ...
    @expires_in.setter
    def expires_in(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class DeviceAuthorization:
    __hash__: typing.ClassVar[None] = None
    device_code: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    def __copy__(self) -> DeviceAuthorization:
        ...
    def __deepcopy__(self, memo: dict) -> DeviceAuthorization:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, device_code: str = None, user_code: str = None, verification_uri: str = None, verification_uri_complete: str | None = None, expires_in: typing.SupportsInt | typing.SupportsIndex = None, interval: typing.SupportsInt | typing.SupportsIndex = None) -> None:
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
    def expires_in(self) -> int:
        ...
    @expires_in.setter
    def expires_in(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def interval(self) -> int:
        ...
    @interval.setter
    def interval(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class AccountAddress:
    __hash__: typing.ClassVar[None] = None
    address_line1: str | None
    address_line2: str | None
    address_line3: str | None
    city: str | None
    country_code: str | None
    postal_code: str | None
    state_code: str | None
    state_name: str | None
    def __copy__(self) -> AccountAddress:
        ...
    def __deepcopy__(self, memo: dict) -> AccountAddress:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, address_line1: str | None = None, address_line2: str | None = None, address_line3: str | None = None, city: str | None = None, state_code: str | None = None, state_name: str | None = None, postal_code: str | None = None, country_code: str | None = None) -> None:
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
class Account:
    __hash__: typing.ClassVar[None] = None
    contact_email: str | None
    contact_phone: str | None
    country_code: str | None
    encoded_account_id: str | None
    first_name: str | None
    last_name: str | None
    organization_name: str | None
    organization_phone: str | None
    physical_address: AccountAddress | None
    state_code: str | None
    time_zone_id: str | None
    website: str | None
    def __copy__(self) -> Account:
        ...
    def __deepcopy__(self, memo: dict) -> Account:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, encoded_account_id: str | None = None, organization_name: str | None = None, organization_phone: str | None = None, contact_email: str | None = None, contact_phone: str | None = None, first_name: str | None = None, last_name: str | None = None, website: str | None = None, time_zone_id: str | None = None, country_code: str | None = None, state_code: str | None = None, physical_address: AccountAddress | None = None) -> None:
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
class UserPrivilege:
    __hash__: typing.ClassVar[None] = None
    privilege_name: str | None
    def __copy__(self) -> UserPrivilege:
        ...
    def __deepcopy__(self, memo: dict) -> UserPrivilege:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, privilege_id: typing.SupportsInt | typing.SupportsIndex | None = None, privilege_name: str | None = None) -> None:
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
    def privilege_id(self) -> int | None:
        ...
    @privilege_id.setter
    def privilege_id(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class Segment:
    __hash__: typing.ClassVar[None] = None
    created_at: str | None
    edited_at: str | None
    name: str | None
    segment_criteria: str | None
    def __copy__(self) -> Segment:
        ...
    def __deepcopy__(self, memo: dict) -> Segment:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, segment_id: typing.SupportsInt | typing.SupportsIndex | None = None, name: str | None = None, segment_criteria: str | None = None, created_at: str | None = None, edited_at: str | None = None) -> None:
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
    def segment_id(self) -> int | None:
        ...
    @segment_id.setter
    def segment_id(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class SegmentPage:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> SegmentPage:
        ...
    def __deepcopy__(self, memo: dict) -> SegmentPage:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, items: collections.abc.Sequence[Segment] = [], count: typing.SupportsInt | typing.SupportsIndex | None = None, next: str | None = None) -> None:
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
    def count(self) -> int | None:
        ...
    @property
    def items(self) -> list[Segment]:
        ...
    @property
    def next(self) -> str | None:
        ...
class TrackingActivity:
    __hash__: typing.ClassVar[None] = None
    campaign_activity_id: str | None
    campaign_activity_name: str | None
    contact_id: str | None
    created_time: str | None
    tracking_activity_type: str | None
    def __copy__(self) -> TrackingActivity:
        ...
    def __deepcopy__(self, memo: dict) -> TrackingActivity:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, contact_id: str | None = None, campaign_activity_id: str | None = None, created_time: str | None = None, tracking_activity_type: str | None = None, campaign_activity_name: str | None = None) -> None:
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
class CampaignActivitySummary:
    __hash__: typing.ClassVar[None] = None
    campaign_activity_id: str | None
    start_on: str | None
    def __copy__(self) -> CampaignActivitySummary:
        ...
    def __deepcopy__(self, memo: dict) -> CampaignActivitySummary:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, campaign_activity_id: str | None = None, start_on: str | None = None, em_sends: typing.SupportsInt | typing.SupportsIndex | None = None, em_opens: typing.SupportsInt | typing.SupportsIndex | None = None, em_clicks: typing.SupportsInt | typing.SupportsIndex | None = None, em_bounces: typing.SupportsInt | typing.SupportsIndex | None = None, em_forwards: typing.SupportsInt | typing.SupportsIndex | None = None, em_unsubscribes: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
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
    def em_bounces(self) -> int | None:
        ...
    @em_bounces.setter
    def em_bounces(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def em_clicks(self) -> int | None:
        ...
    @em_clicks.setter
    def em_clicks(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def em_forwards(self) -> int | None:
        ...
    @em_forwards.setter
    def em_forwards(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def em_opens(self) -> int | None:
        ...
    @em_opens.setter
    def em_opens(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def em_sends(self) -> int | None:
        ...
    @em_sends.setter
    def em_sends(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def em_unsubscribes(self) -> int | None:
        ...
    @em_unsubscribes.setter
    def em_unsubscribes(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class OpenAndClickRates:
    __hash__: typing.ClassVar[None] = None
    contact_id: str | None
    def __copy__(self) -> OpenAndClickRates:
        ...
    def __deepcopy__(self, memo: dict) -> OpenAndClickRates:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, contact_id: str | None = None, included_activities_count: typing.SupportsInt | typing.SupportsIndex | None = None, average_open_rate: typing.SupportsFloat | typing.SupportsIndex | None = None, average_click_rate: typing.SupportsFloat | typing.SupportsIndex | None = None) -> None:
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
    def average_click_rate(self) -> float | None:
        ...
    @average_click_rate.setter
    def average_click_rate(self, arg1: typing.SupportsFloat | typing.SupportsIndex | None) -> None:
        ...
    @property
    def average_open_rate(self) -> float | None:
        ...
    @average_open_rate.setter
    def average_open_rate(self, arg1: typing.SupportsFloat | typing.SupportsIndex | None) -> None:
        ...
    @property
    def included_activities_count(self) -> int | None:
        ...
    @included_activities_count.setter
    def included_activities_count(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class TrackingActivityPage:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> TrackingActivityPage:
        ...
    def __deepcopy__(self, memo: dict) -> TrackingActivityPage:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, items: collections.abc.Sequence[TrackingActivity] = [], count: typing.SupportsInt | typing.SupportsIndex | None = None, next: str | None = None) -> None:
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
    def count(self) -> int | None:
        ...
    @property
    def items(self) -> list[TrackingActivity]:
        ...
    @property
    def next(self) -> str | None:
        ...
class CampaignActivitySummaryPage:
    __hash__: typing.ClassVar[None] = None
    def __copy__(self) -> CampaignActivitySummaryPage:
        ...
    def __deepcopy__(self, memo: dict) -> CampaignActivitySummaryPage:
        ...
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __init__(self, fields: dict | None = None, *, items: collections.abc.Sequence[CampaignActivitySummary] = [], count: typing.SupportsInt | typing.SupportsIndex | None = None, next: str | None = None) -> None:
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
    def count(self) -> int | None:
        ...
    @property
    def items(self) -> list[CampaignActivitySummary]:
        ...
    @property
    def next(self) -> str | None:
        ...
class TokensOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> TokensOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> TokensOutcome:
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
    def unwrap(self) -> Tokens:
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
    def value(self) -> Tokens | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class DeviceAuthorizationOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> DeviceAuthorizationOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> DeviceAuthorizationOutcome:
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
    def unwrap(self) -> DeviceAuthorization:
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
    def value(self) -> DeviceAuthorization | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class Contacts:
    """
    Contacts: create, read, update, delete, pages.
    """
    def counts(self, include_new_subscriber: bool = False) -> ContactsCountsOutcome:
        """
        GET /contacts/counts.
        """
    def create(self, contact: Contact | None = None, *, contact_id: str | None = None, email_address: EmailAddress | None = None, first_name: str | None = None, last_name: str | None = None, job_title: str | None = None, company_name: str | None = None, birthday_month: typing.SupportsInt | typing.SupportsIndex | None = None, birthday_day: typing.SupportsInt | typing.SupportsIndex | None = None, anniversary: str | None = None, update_source: str | None = None, create_source: str | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, custom_fields: collections.abc.Sequence[CustomFieldValue] | None = None, phone_numbers: collections.abc.Sequence[PhoneNumber] | None = None, street_addresses: collections.abc.Sequence[StreetAddress] | None = None, list_memberships: collections.abc.Sequence[str] | None = None, taggings: collections.abc.Sequence[str] | None = None, notes: collections.abc.Sequence[Note] | None = None) -> ContactOutcome:
        """
        POST /contacts: create_source and an email address are required; an existing one is a failure.
        """
    def create_or_update(self, contact: ContactSignUp | None = None, *, email_address: str | None = None, first_name: str | None = None, last_name: str | None = None, job_title: str | None = None, company_name: str | None = None, phone_number: str | None = None, list_memberships: collections.abc.Sequence[str] | None = None, custom_fields: collections.abc.Sequence[CustomFieldValue] | None = None, anniversary: str | None = None, birthday_month: typing.SupportsInt | typing.SupportsIndex | None = None, birthday_day: typing.SupportsInt | typing.SupportsIndex | None = None, street_address: SignUpStreetAddress | None = None) -> SignUpResultOutcome:
        """
        POST /contacts/sign_up_form: creates, or updates by email, and adds to the lists.
        """
    def get(self, contact_id: str, include: collections.abc.Sequence[str] = []) -> ContactOutcome:
        """
        GET /contacts/{contact_id}; include names sub-resources (custom_fields, list_memberships, ...).
        """
    def id_xrefs(self, sequence_ids: collections.abc.Sequence[str]) -> ContactIdXrefsOutcome:
        """
        GET /contacts/contact_id_xrefs: the v3 contact_id of each v2 contact id, 500 ids per request.
        """
    def iter(self, *, status: str | None = None, email: str | None = None, lists: collections.abc.Sequence[str] = [], segment_id: str | None = None, tags: collections.abc.Sequence[str] = [], updated_after: str | None = None, updated_before: str | None = None, created_after: str | None = None, created_before: str | None = None, optout_after: str | None = None, optout_before: str | None = None, include: collections.abc.Sequence[str] = [], sms_status: str | None = None, include_count: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> ContactIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, status: str | None = None, email: str | None = None, lists: collections.abc.Sequence[str] = [], segment_id: str | None = None, tags: collections.abc.Sequence[str] = [], updated_after: str | None = None, updated_before: str | None = None, created_after: str | None = None, created_before: str | None = None, optout_after: str | None = None, optout_before: str | None = None, include: collections.abc.Sequence[str] = [], sms_status: str | None = None, include_count: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> ContactPageOutcome:
        """
        GET /contacts: one page.
        """
    def pages(self, *, status: str | None = None, email: str | None = None, lists: collections.abc.Sequence[str] = [], segment_id: str | None = None, tags: collections.abc.Sequence[str] = [], updated_after: str | None = None, updated_before: str | None = None, created_after: str | None = None, created_before: str | None = None, optout_after: str | None = None, optout_before: str | None = None, include: collections.abc.Sequence[str] = [], sms_status: str | None = None, include_count: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> ContactPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, contact_id: str) -> EmptyOutcome:
        """
        DELETE /contacts/{contact_id}.
        """
    def resubscribe(self, contact_id: str, list_ids: collections.abc.Sequence[str]) -> EmptyOutcome:
        """
        PUT /contacts/resubscribe/{contact_id}: resubscribes an unsubscribed contact to the lists.
        """
    def sms_engagement_history(self, contact_id: str) -> SmsEngagementHistoryOutcome:
        """
        GET /contacts/sms_engagement_history/{contact_id}: the contact's SMS consent records.
        """
    def update(self, contact_id: str, contact: Contact | None = None, *, email_address: EmailAddress | None = None, first_name: str | None = None, last_name: str | None = None, job_title: str | None = None, company_name: str | None = None, birthday_month: typing.SupportsInt | typing.SupportsIndex | None = None, birthday_day: typing.SupportsInt | typing.SupportsIndex | None = None, anniversary: str | None = None, update_source: str | None = None, create_source: str | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, custom_fields: collections.abc.Sequence[CustomFieldValue] | None = None, phone_numbers: collections.abc.Sequence[PhoneNumber] | None = None, street_addresses: collections.abc.Sequence[StreetAddress] | None = None, list_memberships: collections.abc.Sequence[str] | None = None, taggings: collections.abc.Sequence[str] | None = None, notes: collections.abc.Sequence[Note] | None = None) -> ContactOutcome:
        """
        PUT /contacts/{contact_id}: a full update; update_source is required.
        """
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
class SignUpResultOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> SignUpResultOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> SignUpResultOutcome:
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
    def unwrap(self) -> SignUpResult:
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
    def value(self) -> SignUpResult | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class ContactPageOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ContactPageOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ContactPageOutcome:
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
    def unwrap(self) -> ContactPage:
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
    def value(self) -> ContactPage | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class ContactPages:
    def __iter__(self) -> ContactPages:
        ...
    def __next__(self) -> ContactPageOutcome:
        ...
class AsyncContactPages:
    def __aiter__(self) -> AsyncContactPages:
        ...
    def __anext__(self) -> collections.abc.Awaitable[ContactPageOutcome]:
        ...
class ContactIterator:
    def __iter__(self) -> ContactIterator:
        ...
    def __next__(self) -> Contact:
        ...
class AsyncContactIterator:
    def __aiter__(self) -> AsyncContactIterator:
        ...
    def __anext__(self) -> collections.abc.Awaitable[Contact]:
        ...
class EmptyOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> EmptyOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> EmptyOutcome:
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
    def unwrap(self) -> Empty:
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
    def value(self) -> Empty | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class ContactsCountsOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ContactsCountsOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ContactsCountsOutcome:
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
    def unwrap(self) -> ContactsCounts:
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
    def value(self) -> ContactsCounts | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class SmsEngagementHistoryOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> SmsEngagementHistoryOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> SmsEngagementHistoryOutcome:
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
    def unwrap(self) -> list[SmsEngagement]:
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
    def value(self) -> list[SmsEngagement] | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class ContactIdXrefsOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ContactIdXrefsOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ContactIdXrefsOutcome:
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
    def unwrap(self) -> ContactIdXrefs:
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
    def value(self) -> ContactIdXrefs | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class ContactLists:
    """
    Contact lists.
    """
    def create(self, list: ContactList | None = None, *, list_id: str | None = None, name: str | None = None, description: str | None = None, favorite: bool | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, membership_count: typing.SupportsInt | typing.SupportsIndex | None = None) -> ContactListOutcome:
        """
        POST /contact_lists: name is required.
        """
    def get(self, list_id: str) -> ContactListOutcome:
        """
        GET /contact_lists/{list_id}.
        """
    def id_xrefs(self, sequence_ids: collections.abc.Sequence[str]) -> ListIdXrefsOutcome:
        """
        GET /contact_lists/list_id_xrefs: the v3 list_id of each v2 list id, 500 ids per request.
        """
    def iter(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None, include_membership_count: str | None = None, name: str | None = None, status: str | None = None) -> ContactListIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None, include_membership_count: str | None = None, name: str | None = None, status: str | None = None) -> ContactListPageOutcome:
        """
        GET /contact_lists: one page.
        """
    def pages(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None, include_membership_count: str | None = None, name: str | None = None, status: str | None = None) -> ContactListPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, list_id: str) -> ActivityOutcome:
        """
        DELETE /contact_lists/{list_id}: answers the activity that deletes it.
        """
    def update(self, list_id: str, list: ContactList | None = None, *, name: str | None = None, description: str | None = None, favorite: bool | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, membership_count: typing.SupportsInt | typing.SupportsIndex | None = None) -> ContactListOutcome:
        """
        PUT /contact_lists/{list_id}.
        """
class ContactListOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ContactListOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ContactListOutcome:
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
    def unwrap(self) -> ContactList:
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
    def value(self) -> ContactList | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class ContactListPageOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ContactListPageOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ContactListPageOutcome:
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
    def unwrap(self) -> ContactListPage:
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
    def value(self) -> ContactListPage | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class ContactListPages:
    def __iter__(self) -> ContactListPages:
        ...
    def __next__(self) -> ContactListPageOutcome:
        ...
class AsyncContactListPages:
    def __aiter__(self) -> AsyncContactListPages:
        ...
    def __anext__(self) -> collections.abc.Awaitable[ContactListPageOutcome]:
        ...
class ContactListIterator:
    def __iter__(self) -> ContactListIterator:
        ...
    def __next__(self) -> ContactList:
        ...
class AsyncContactListIterator:
    def __aiter__(self) -> AsyncContactListIterator:
        ...
    def __anext__(self) -> collections.abc.Awaitable[ContactList]:
        ...
class ActivityOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ActivityOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ActivityOutcome:
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
    def unwrap(self) -> Activity:
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
    def value(self) -> Activity | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class ListIdXrefsOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ListIdXrefsOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ListIdXrefsOutcome:
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
    def unwrap(self) -> ListIdXrefs:
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
    def value(self) -> ListIdXrefs | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class Activities:
    """
    Activities of the last 10 days.
    """
    def get(self, activity_id: str) -> ActivityOutcome:
        """
        GET /activities/{activity_id}.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, state: str | None = None) -> ActivityPageOutcome:
        """
        GET /activities: one page of the last 10 days' activities.
        """
class ActivityPageOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ActivityPageOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ActivityPageOutcome:
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
    def unwrap(self) -> ActivityPage:
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
    def value(self) -> ActivityPage | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class Tags:
    """
    Contact tags and their bulk activities.
    """
    def add_to_contacts(self, source: TagSource, tags: collections.abc.Sequence[str], *, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/contacts_taggings_add: the source's contacts get the tags (split by 50 tags, 500 contact ids, 50 list ids).
        """
    def create(self, tag: Tag | None = None, *, tag_id: str | None = None, name: str | None = None, contacts_count: typing.SupportsInt | typing.SupportsIndex | None = None, created_at: str | None = None, updated_at: str | None = None, tag_source: str | None = None) -> TagOutcome:
        """
        POST /contact_tags: name (1-255 characters) is required and unique.
        """
    def delete_many(self, tags: collections.abc.Sequence[str], *, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/contacts_tags_delete: untags every contact and deletes the tags (500 per activity).
        """
    def get(self, tag_id: str, include_count: bool = False) -> TagOutcome:
        """
        GET /contact_tags/{tag_id}; include_count adds contacts_count.
        """
    def iter(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None) -> TagIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None) -> TagPageOutcome:
        """
        GET /contact_tags: one page.
        """
    def pages(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None) -> TagPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, tag_id: str) -> ActivityOutcome:
        """
        DELETE /contact_tags/{tag_id}: answers the activity that untags the contacts and deletes it.
        """
    def remove_from_contacts(self, source: TagSource, tags: collections.abc.Sequence[str], *, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/contacts_taggings_remove: the source's contacts lose the tags.
        """
    def update(self, tag_id: str, tag: Tag | None = None, *, name: str | None = None, contacts_count: typing.SupportsInt | typing.SupportsIndex | None = None, created_at: str | None = None, updated_at: str | None = None, tag_source: str | None = None) -> TagOutcome:
        """
        PUT /contact_tags/{tag_id}: renames the tag.
        """
class TagOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> TagOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> TagOutcome:
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
    def unwrap(self) -> Tag:
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
    def value(self) -> Tag | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class TagPageOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> TagPageOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> TagPageOutcome:
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
    def unwrap(self) -> TagPage:
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
    def value(self) -> TagPage | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class TagPages:
    def __iter__(self) -> TagPages:
        ...
    def __next__(self) -> TagPageOutcome:
        ...
class AsyncTagPages:
    def __aiter__(self) -> AsyncTagPages:
        ...
    def __anext__(self) -> collections.abc.Awaitable[TagPageOutcome]:
        ...
class TagIterator:
    def __iter__(self) -> TagIterator:
        ...
    def __next__(self) -> Tag:
        ...
class AsyncTagIterator:
    def __aiter__(self) -> AsyncTagIterator:
        ...
    def __anext__(self) -> collections.abc.Awaitable[Tag]:
        ...
class BulkResultOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> BulkResultOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> BulkResultOutcome:
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
    def unwrap(self) -> BulkResult:
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
    def value(self) -> BulkResult | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class CustomFields:
    """
    Contact custom fields.
    """
    def create(self, custom_field: CustomField | None = None, *, custom_field_id: str | None = None, label: str | None = None, name: str | None = None, type: str | None = None, metadata: CustomFieldMetadata | None = None, version: typing.SupportsInt | typing.SupportsIndex | None = None, choices: collections.abc.Sequence[CustomFieldChoice] | None = None, updated_at: str | None = None, created_at: str | None = None) -> CustomFieldOutcome:
        """
        POST /contact_custom_fields: label (<=50) and type (<=20) are required.
        """
    def get(self, custom_field_id: str) -> CustomFieldOutcome:
        """
        GET /contact_custom_fields/{custom_field_id}.
        """
    def iter(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> CustomFieldIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> CustomFieldPageOutcome:
        """
        GET /contact_custom_fields: one page.
        """
    def pages(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> CustomFieldPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, custom_field_id: str) -> EmptyOutcome:
        """
        DELETE /contact_custom_fields/{custom_field_id}: contacts lose their values of it.
        """
    def update(self, custom_field_id: str, custom_field: CustomField | None = None, *, label: str | None = None, name: str | None = None, type: str | None = None, metadata: CustomFieldMetadata | None = None, version: typing.SupportsInt | typing.SupportsIndex | None = None, choices: collections.abc.Sequence[CustomFieldChoice] | None = None, updated_at: str | None = None, created_at: str | None = None) -> CustomFieldOutcome:
        """
        PUT /contact_custom_fields/{custom_field_id}: sends the label and the choices.
        """
class CustomFieldOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> CustomFieldOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> CustomFieldOutcome:
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
    def unwrap(self) -> CustomField:
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
    def value(self) -> CustomField | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class CustomFieldPageOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> CustomFieldPageOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> CustomFieldPageOutcome:
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
    def unwrap(self) -> CustomFieldPage:
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
    def value(self) -> CustomFieldPage | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class CustomFieldPages:
    def __iter__(self) -> CustomFieldPages:
        ...
    def __next__(self) -> CustomFieldPageOutcome:
        ...
class AsyncCustomFieldPages:
    def __aiter__(self) -> AsyncCustomFieldPages:
        ...
    def __anext__(self) -> collections.abc.Awaitable[CustomFieldPageOutcome]:
        ...
class CustomFieldIterator:
    def __iter__(self) -> CustomFieldIterator:
        ...
    def __next__(self) -> CustomField:
        ...
class AsyncCustomFieldIterator:
    def __aiter__(self) -> AsyncCustomFieldIterator:
        ...
    def __anext__(self) -> collections.abc.Awaitable[CustomField]:
        ...
class Bulk:
    """
    Bulk activities: any amount of input in the fewest activities.
    """
    def add_to_lists(self, source: MembershipSource, lists: collections.abc.Sequence[str], *, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/add_list_memberships: the source's contacts join the lists (at most 50).
        """
    def delete_contacts(self, *, contact_ids: collections.abc.Sequence[str] = [], list_ids: collections.abc.Sequence[str] = [], wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/contact_delete: these contacts, or every member of these lists.
        """
    def delete_custom_fields(self, custom_field_ids: collections.abc.Sequence[str], *, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/custom_fields_delete, 100 custom fields per activity; their values leave every contact.
        """
    def delete_lists(self, lists: collections.abc.Sequence[str], *, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/list_delete, 100 lists per activity.
        """
    def download_export(self, activity_id: str) -> ExportFileOutcome:
        """
        GET /contact_exports/{activity_id}: the CSV of a completed export.
        """
    def export_contacts(self, *, contact_ids: collections.abc.Sequence[str] = [], list_ids: collections.abc.Sequence[str] = [], tag_ids: collections.abc.Sequence[str] = [], new_subscriber: bool | None = None, segment_id: typing.SupportsInt | typing.SupportsIndex | None = None, fields: collections.abc.Sequence[str] = [], status: str | None = None, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/contact_exports: one CSV file per activity; fetch each with download_export.
        """
    def import_contacts(self, rows: collections.abc.Sequence[ImportContact], lists: collections.abc.Sequence[str], *, sms_permission_to_send: str | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/contacts_json_import, 40,000 rows (4 MB) per activity; every row joins the lists.
        """
    def import_file(self, csv: str, lists: collections.abc.Sequence[str], *, file_name: str = 'contacts.csv', sms_permission_to_send: str | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/contacts_file_import: CSV text with a header row, split by 40,000 lines (4 MB).
        """
    def remove_from_lists(self, source: MembershipSource, lists: collections.abc.Sequence[str], *, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        POST /activities/remove_list_memberships: the source's contacts leave the lists.
        """
    def wait(self, activity_ids: collections.abc.Sequence[str], *, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> BulkResultOutcome:
        """
        Polls activities already started until each ends.
        """
class ExportFileOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> ExportFileOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> ExportFileOutcome:
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
    def unwrap(self) -> ExportFile:
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
    def value(self) -> ExportFile | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class Segments:
    """
    Segments: saved contact criteria.
    """
    def create(self, segment: Segment | None = None, *, segment_id: typing.SupportsInt | typing.SupportsIndex | None = None, name: str | None = None, segment_criteria: str | None = None, created_at: str | None = None, edited_at: str | None = None) -> SegmentOutcome:
        """
        POST /segments: name and segment_criteria (a JSON string) are required.
        """
    def get(self, segment_id: typing.SupportsInt | typing.SupportsIndex) -> SegmentOutcome:
        """
        GET /segments/{segment_id}: the segment with its criteria.
        """
    def iter(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, sort_by: str | None = None) -> SegmentIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, sort_by: str | None = None) -> SegmentPageOutcome:
        """
        GET /segments: one page, without criteria.
        """
    def pages(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, sort_by: str | None = None) -> SegmentPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, segment_id: typing.SupportsInt | typing.SupportsIndex) -> EmptyOutcome:
        """
        DELETE /segments/{segment_id}.
        """
    def rename(self, segment_id: typing.SupportsInt | typing.SupportsIndex, name: str) -> SegmentOutcome:
        """
        PATCH /segments/{segment_id}/name.
        """
    def update(self, segment_id: typing.SupportsInt | typing.SupportsIndex, segment: Segment | None = None, *, name: str | None = None, segment_criteria: str | None = None, created_at: str | None = None, edited_at: str | None = None) -> SegmentOutcome:
        """
        PUT /segments/{segment_id}: name and segment_criteria are required.
        """
class SegmentOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> SegmentOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> SegmentOutcome:
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
    def unwrap(self) -> Segment:
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
    def value(self) -> Segment | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class SegmentPageOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> SegmentPageOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> SegmentPageOutcome:
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
    def unwrap(self) -> SegmentPage:
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
    def value(self) -> SegmentPage | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class SegmentPages:
    def __iter__(self) -> SegmentPages:
        ...
    def __next__(self) -> SegmentPageOutcome:
        ...
class AsyncSegmentPages:
    def __aiter__(self) -> AsyncSegmentPages:
        ...
    def __anext__(self) -> collections.abc.Awaitable[SegmentPageOutcome]:
        ...
class SegmentIterator:
    def __iter__(self) -> SegmentIterator:
        ...
    def __next__(self) -> Segment:
        ...
class AsyncSegmentIterator:
    def __aiter__(self) -> AsyncSegmentIterator:
        ...
    def __anext__(self) -> collections.abc.Awaitable[Segment]:
        ...
class ContactReports:
    """
    One contact's e-mail engagement reports.
    """
    def activity_details(self, contact_id: str | None, *, tracking_activities: collections.abc.Sequence[str] = [], include_campaign_activity_names: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> TrackingActivityPageOutcome:
        """
        GET /reports/contact_reports/{contact_id}/activity_details: one page of the contact's tracked actions.
        """
    def activity_summary(self, contact_id: str | None, start: str | None, end: str | None) -> CampaignActivitySummaryPageOutcome:
        """
        GET /reports/contact_reports/{contact_id}/activity_summary: one page of counts per campaign activity.
        """
    def iter(self, contact_id: str | None, *, tracking_activities: collections.abc.Sequence[str] = [], include_campaign_activity_names: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> TrackingActivityIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def open_and_click_rates(self, contact_id: str | None, start: str | None, end: str | None) -> OpenAndClickRatesOutcome:
        """
        GET /reports/contact_reports/{contact_id}/open_and_click_rates: average rates over the period.
        """
    def pages(self, contact_id: str | None, *, tracking_activities: collections.abc.Sequence[str] = [], include_campaign_activity_names: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> TrackingActivityPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
class TrackingActivityPageOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> TrackingActivityPageOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> TrackingActivityPageOutcome:
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
    def unwrap(self) -> TrackingActivityPage:
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
    def value(self) -> TrackingActivityPage | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class TrackingActivityPages:
    def __iter__(self) -> TrackingActivityPages:
        ...
    def __next__(self) -> TrackingActivityPageOutcome:
        ...
class AsyncTrackingActivityPages:
    def __aiter__(self) -> AsyncTrackingActivityPages:
        ...
    def __anext__(self) -> collections.abc.Awaitable[TrackingActivityPageOutcome]:
        ...
class TrackingActivityIterator:
    def __iter__(self) -> TrackingActivityIterator:
        ...
    def __next__(self) -> TrackingActivity:
        ...
class AsyncTrackingActivityIterator:
    def __aiter__(self) -> AsyncTrackingActivityIterator:
        ...
    def __anext__(self) -> collections.abc.Awaitable[TrackingActivity]:
        ...
class CampaignActivitySummaryPageOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> CampaignActivitySummaryPageOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> CampaignActivitySummaryPageOutcome:
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
    def unwrap(self) -> CampaignActivitySummaryPage:
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
    def value(self) -> CampaignActivitySummaryPage | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class OpenAndClickRatesOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> OpenAndClickRatesOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> OpenAndClickRatesOutcome:
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
    def unwrap(self) -> OpenAndClickRates:
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
    def value(self) -> OpenAndClickRates | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class Client:
    """
    Constant Contact API v3.
    """
    def __enter__(self) -> Client:
        ...
    def __exit__(self, *args) -> None:
        ...
    def __init__(self, *, access_token: str = '', base_url: str = 'https://api.cc.email/v3', managed_tokens: oauth.ManagedTokens | None = None, api_key: str = '', retry: RetryOptions | None = None, rate_limit: RateLimit | None = None, rate_limiter: RateLimiter | str | None = None, log: typing.Any = None, log_level: str = 'info', engine: Engine | None = None, connect_timeout_ms: typing.SupportsInt | typing.SupportsIndex = 10000, timeout_ms: typing.SupportsInt | typing.SupportsIndex = 30000, ca_bundle: str = '', max_response_bytes: typing.SupportsInt | typing.SupportsIndex = 67108864, allow_insecure_http: bool = False, max_connections: typing.SupportsInt | typing.SupportsIndex = 8) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def account(self) -> AccountOutcome:
        """
        GET /account/summary: the account's organization, owner and address; checks the credentials.
        """
    def add_contact_to_list(self, list_id: str, lead: Lead | None = None, *, fail_on_duplicate: bool = False, custom_field_ids: collections.abc.Mapping[str, str] = {}, read_back: bool = True, email: str | None = None, first_name: str | None = None, last_name: str | None = None, middle_name: str | None = None, salutation: str | None = None, phone_1: str | None = None, fax: str | None = None, address_1: str | None = None, address_2: str | None = None, postal_code: str | None = None, country: str | None = None, country_code: str | None = None, state: str | None = None, city: str | None = None, company_name: str | None = None, company_phone: str | None = None, title: str | None = None, company_address: str | None = None, company_address_2: str | None = None, company_city: str | None = None, company_country_code: str | None = None, company_state: str | None = None, company_postal_code: str | None = None) -> DeliveryOutcome:
        """
        The delivery: adds the lead (email required) to the list and reads back the append fields.
        """
    def close(self) -> None:
        """
        Completes every call in flight with an error outcome; later calls raise UsageError.
        """
    def user_privileges(self) -> UserPrivilegesOutcome:
        """
        GET /account/user/privileges: what the token's user may do.
        """
    @property
    def activities(self) -> Activities:
        """
        Activities of the last 10 days.
        """
    @property
    def base_url(self) -> str:
        ...
    @property
    def bulk(self) -> Bulk:
        """
        Bulk activities: any amount of input in the fewest activities.
        """
    @property
    def contact_reports(self) -> ContactReports:
        """
        One contact's e-mail engagement reports.
        """
    @property
    def contacts(self) -> Contacts:
        """
        Contacts: create, read, update, delete, pages.
        """
    @property
    def custom_fields(self) -> CustomFields:
        """
        Contact custom fields.
        """
    @property
    def lists(self) -> ContactLists:
        """
        Contact lists.
        """
    @property
    def segments(self) -> Segments:
        """
        Segments: saved contact criteria.
        """
    @property
    def tags(self) -> Tags:
        """
        Contact tags and their bulk activities.
        """
class AccountOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> AccountOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> AccountOutcome:
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
    def unwrap(self) -> Account:
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
    def value(self) -> Account | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class UserPrivilegesOutcome:
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __copy__(self) -> UserPrivilegesOutcome:
        ...
    def __deepcopy__(self, memo: dict) -> UserPrivilegesOutcome:
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
    def unwrap(self) -> list[UserPrivilege]:
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
    def value(self) -> list[UserPrivilege] | None:
        ...
    @property
    def warnings(self) -> list[str]:
        ...
class AsyncContacts:
    """
    Contacts: create, read, update, delete, pages.
    """
    def counts(self, include_new_subscriber: bool = False) -> collections.abc.Awaitable[ContactsCountsOutcome]:
        """
        GET /contacts/counts.
        """
    def create(self, contact: Contact | None = None, *, contact_id: str | None = None, email_address: EmailAddress | None = None, first_name: str | None = None, last_name: str | None = None, job_title: str | None = None, company_name: str | None = None, birthday_month: typing.SupportsInt | typing.SupportsIndex | None = None, birthday_day: typing.SupportsInt | typing.SupportsIndex | None = None, anniversary: str | None = None, update_source: str | None = None, create_source: str | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, custom_fields: collections.abc.Sequence[CustomFieldValue] | None = None, phone_numbers: collections.abc.Sequence[PhoneNumber] | None = None, street_addresses: collections.abc.Sequence[StreetAddress] | None = None, list_memberships: collections.abc.Sequence[str] | None = None, taggings: collections.abc.Sequence[str] | None = None, notes: collections.abc.Sequence[Note] | None = None) -> collections.abc.Awaitable[ContactOutcome]:
        """
        POST /contacts: create_source and an email address are required; an existing one is a failure.
        """
    def create_or_update(self, contact: ContactSignUp | None = None, *, email_address: str | None = None, first_name: str | None = None, last_name: str | None = None, job_title: str | None = None, company_name: str | None = None, phone_number: str | None = None, list_memberships: collections.abc.Sequence[str] | None = None, custom_fields: collections.abc.Sequence[CustomFieldValue] | None = None, anniversary: str | None = None, birthday_month: typing.SupportsInt | typing.SupportsIndex | None = None, birthday_day: typing.SupportsInt | typing.SupportsIndex | None = None, street_address: SignUpStreetAddress | None = None) -> collections.abc.Awaitable[SignUpResultOutcome]:
        """
        POST /contacts/sign_up_form: creates, or updates by email, and adds to the lists.
        """
    def get(self, contact_id: str, include: collections.abc.Sequence[str] = []) -> collections.abc.Awaitable[ContactOutcome]:
        """
        GET /contacts/{contact_id}; include names sub-resources (custom_fields, list_memberships, ...).
        """
    def id_xrefs(self, sequence_ids: collections.abc.Sequence[str]) -> collections.abc.Awaitable[ContactIdXrefsOutcome]:
        """
        GET /contacts/contact_id_xrefs: the v3 contact_id of each v2 contact id, 500 ids per request.
        """
    def iter(self, *, status: str | None = None, email: str | None = None, lists: collections.abc.Sequence[str] = [], segment_id: str | None = None, tags: collections.abc.Sequence[str] = [], updated_after: str | None = None, updated_before: str | None = None, created_after: str | None = None, created_before: str | None = None, optout_after: str | None = None, optout_before: str | None = None, include: collections.abc.Sequence[str] = [], sms_status: str | None = None, include_count: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> AsyncContactIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, status: str | None = None, email: str | None = None, lists: collections.abc.Sequence[str] = [], segment_id: str | None = None, tags: collections.abc.Sequence[str] = [], updated_after: str | None = None, updated_before: str | None = None, created_after: str | None = None, created_before: str | None = None, optout_after: str | None = None, optout_before: str | None = None, include: collections.abc.Sequence[str] = [], sms_status: str | None = None, include_count: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> collections.abc.Awaitable[ContactPageOutcome]:
        """
        GET /contacts: one page.
        """
    def pages(self, *, status: str | None = None, email: str | None = None, lists: collections.abc.Sequence[str] = [], segment_id: str | None = None, tags: collections.abc.Sequence[str] = [], updated_after: str | None = None, updated_before: str | None = None, created_after: str | None = None, created_before: str | None = None, optout_after: str | None = None, optout_before: str | None = None, include: collections.abc.Sequence[str] = [], sms_status: str | None = None, include_count: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> AsyncContactPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, contact_id: str) -> collections.abc.Awaitable[EmptyOutcome]:
        """
        DELETE /contacts/{contact_id}.
        """
    def resubscribe(self, contact_id: str, list_ids: collections.abc.Sequence[str]) -> collections.abc.Awaitable[EmptyOutcome]:
        """
        PUT /contacts/resubscribe/{contact_id}: resubscribes an unsubscribed contact to the lists.
        """
    def sms_engagement_history(self, contact_id: str) -> collections.abc.Awaitable[SmsEngagementHistoryOutcome]:
        """
        GET /contacts/sms_engagement_history/{contact_id}: the contact's SMS consent records.
        """
    def update(self, contact_id: str, contact: Contact | None = None, *, email_address: EmailAddress | None = None, first_name: str | None = None, last_name: str | None = None, job_title: str | None = None, company_name: str | None = None, birthday_month: typing.SupportsInt | typing.SupportsIndex | None = None, birthday_day: typing.SupportsInt | typing.SupportsIndex | None = None, anniversary: str | None = None, update_source: str | None = None, create_source: str | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, custom_fields: collections.abc.Sequence[CustomFieldValue] | None = None, phone_numbers: collections.abc.Sequence[PhoneNumber] | None = None, street_addresses: collections.abc.Sequence[StreetAddress] | None = None, list_memberships: collections.abc.Sequence[str] | None = None, taggings: collections.abc.Sequence[str] | None = None, notes: collections.abc.Sequence[Note] | None = None) -> collections.abc.Awaitable[ContactOutcome]:
        """
        PUT /contacts/{contact_id}: a full update; update_source is required.
        """
class AsyncContactLists:
    """
    Contact lists.
    """
    def create(self, list: ContactList | None = None, *, list_id: str | None = None, name: str | None = None, description: str | None = None, favorite: bool | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, membership_count: typing.SupportsInt | typing.SupportsIndex | None = None) -> collections.abc.Awaitable[ContactListOutcome]:
        """
        POST /contact_lists: name is required.
        """
    def get(self, list_id: str) -> collections.abc.Awaitable[ContactListOutcome]:
        """
        GET /contact_lists/{list_id}.
        """
    def id_xrefs(self, sequence_ids: collections.abc.Sequence[str]) -> collections.abc.Awaitable[ListIdXrefsOutcome]:
        """
        GET /contact_lists/list_id_xrefs: the v3 list_id of each v2 list id, 500 ids per request.
        """
    def iter(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None, include_membership_count: str | None = None, name: str | None = None, status: str | None = None) -> AsyncContactListIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None, include_membership_count: str | None = None, name: str | None = None, status: str | None = None) -> collections.abc.Awaitable[ContactListPageOutcome]:
        """
        GET /contact_lists: one page.
        """
    def pages(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None, include_membership_count: str | None = None, name: str | None = None, status: str | None = None) -> AsyncContactListPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, list_id: str) -> collections.abc.Awaitable[ActivityOutcome]:
        """
        DELETE /contact_lists/{list_id}: answers the activity that deletes it.
        """
    def update(self, list_id: str, list: ContactList | None = None, *, name: str | None = None, description: str | None = None, favorite: bool | None = None, created_at: str | None = None, updated_at: str | None = None, deleted_at: str | None = None, membership_count: typing.SupportsInt | typing.SupportsIndex | None = None) -> collections.abc.Awaitable[ContactListOutcome]:
        """
        PUT /contact_lists/{list_id}.
        """
class AsyncActivities:
    """
    Activities of the last 10 days.
    """
    def get(self, activity_id: str) -> collections.abc.Awaitable[ActivityOutcome]:
        """
        GET /activities/{activity_id}.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, state: str | None = None) -> collections.abc.Awaitable[ActivityPageOutcome]:
        """
        GET /activities: one page of the last 10 days' activities.
        """
class AsyncTags:
    """
    Contact tags and their bulk activities.
    """
    def add_to_contacts(self, source: TagSource, tags: collections.abc.Sequence[str], *, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/contacts_taggings_add: the source's contacts get the tags (split by 50 tags, 500 contact ids, 50 list ids).
        """
    def create(self, tag: Tag | None = None, *, tag_id: str | None = None, name: str | None = None, contacts_count: typing.SupportsInt | typing.SupportsIndex | None = None, created_at: str | None = None, updated_at: str | None = None, tag_source: str | None = None) -> collections.abc.Awaitable[TagOutcome]:
        """
        POST /contact_tags: name (1-255 characters) is required and unique.
        """
    def delete_many(self, tags: collections.abc.Sequence[str], *, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/contacts_tags_delete: untags every contact and deletes the tags (500 per activity).
        """
    def get(self, tag_id: str, include_count: bool = False) -> collections.abc.Awaitable[TagOutcome]:
        """
        GET /contact_tags/{tag_id}; include_count adds contacts_count.
        """
    def iter(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None) -> AsyncTagIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None) -> collections.abc.Awaitable[TagPageOutcome]:
        """
        GET /contact_tags: one page.
        """
    def pages(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, include_count: bool | None = None) -> AsyncTagPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, tag_id: str) -> collections.abc.Awaitable[ActivityOutcome]:
        """
        DELETE /contact_tags/{tag_id}: answers the activity that untags the contacts and deletes it.
        """
    def remove_from_contacts(self, source: TagSource, tags: collections.abc.Sequence[str], *, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/contacts_taggings_remove: the source's contacts lose the tags.
        """
    def update(self, tag_id: str, tag: Tag | None = None, *, name: str | None = None, contacts_count: typing.SupportsInt | typing.SupportsIndex | None = None, created_at: str | None = None, updated_at: str | None = None, tag_source: str | None = None) -> collections.abc.Awaitable[TagOutcome]:
        """
        PUT /contact_tags/{tag_id}: renames the tag.
        """
class AsyncCustomFields:
    """
    Contact custom fields.
    """
    def create(self, custom_field: CustomField | None = None, *, custom_field_id: str | None = None, label: str | None = None, name: str | None = None, type: str | None = None, metadata: CustomFieldMetadata | None = None, version: typing.SupportsInt | typing.SupportsIndex | None = None, choices: collections.abc.Sequence[CustomFieldChoice] | None = None, updated_at: str | None = None, created_at: str | None = None) -> collections.abc.Awaitable[CustomFieldOutcome]:
        """
        POST /contact_custom_fields: label (<=50) and type (<=20) are required.
        """
    def get(self, custom_field_id: str) -> collections.abc.Awaitable[CustomFieldOutcome]:
        """
        GET /contact_custom_fields/{custom_field_id}.
        """
    def iter(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> AsyncCustomFieldIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> collections.abc.Awaitable[CustomFieldPageOutcome]:
        """
        GET /contact_custom_fields: one page.
        """
    def pages(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> AsyncCustomFieldPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, custom_field_id: str) -> collections.abc.Awaitable[EmptyOutcome]:
        """
        DELETE /contact_custom_fields/{custom_field_id}: contacts lose their values of it.
        """
    def update(self, custom_field_id: str, custom_field: CustomField | None = None, *, label: str | None = None, name: str | None = None, type: str | None = None, metadata: CustomFieldMetadata | None = None, version: typing.SupportsInt | typing.SupportsIndex | None = None, choices: collections.abc.Sequence[CustomFieldChoice] | None = None, updated_at: str | None = None, created_at: str | None = None) -> collections.abc.Awaitable[CustomFieldOutcome]:
        """
        PUT /contact_custom_fields/{custom_field_id}: sends the label and the choices.
        """
class AsyncBulk:
    """
    Bulk activities: any amount of input in the fewest activities.
    """
    def add_to_lists(self, source: MembershipSource, lists: collections.abc.Sequence[str], *, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/add_list_memberships: the source's contacts join the lists (at most 50).
        """
    def delete_contacts(self, *, contact_ids: collections.abc.Sequence[str] = [], list_ids: collections.abc.Sequence[str] = [], wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/contact_delete: these contacts, or every member of these lists.
        """
    def delete_custom_fields(self, custom_field_ids: collections.abc.Sequence[str], *, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/custom_fields_delete, 100 custom fields per activity; their values leave every contact.
        """
    def delete_lists(self, lists: collections.abc.Sequence[str], *, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/list_delete, 100 lists per activity.
        """
    def download_export(self, activity_id: str) -> collections.abc.Awaitable[ExportFileOutcome]:
        """
        GET /contact_exports/{activity_id}: the CSV of a completed export.
        """
    def export_contacts(self, *, contact_ids: collections.abc.Sequence[str] = [], list_ids: collections.abc.Sequence[str] = [], tag_ids: collections.abc.Sequence[str] = [], new_subscriber: bool | None = None, segment_id: typing.SupportsInt | typing.SupportsIndex | None = None, fields: collections.abc.Sequence[str] = [], status: str | None = None, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/contact_exports: one CSV file per activity; fetch each with download_export.
        """
    def import_contacts(self, rows: collections.abc.Sequence[ImportContact], lists: collections.abc.Sequence[str], *, sms_permission_to_send: str | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/contacts_json_import, 40,000 rows (4 MB) per activity; every row joins the lists.
        """
    def import_file(self, csv: str, lists: collections.abc.Sequence[str], *, file_name: str = 'contacts.csv', sms_permission_to_send: str | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/contacts_file_import: CSV text with a header row, split by 40,000 lines (4 MB).
        """
    def remove_from_lists(self, source: MembershipSource, lists: collections.abc.Sequence[str], *, exclude: ExcludeContacts | None = None, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        POST /activities/remove_list_memberships: the source's contacts leave the lists.
        """
    def wait(self, activity_ids: collections.abc.Sequence[str], *, wait: bool = True, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000, on_progress: collections.abc.Callable[[BulkProgress], None] | None = None, progress: collections.abc.Callable[[BulkProgress], None] | None = None) -> collections.abc.Awaitable[BulkResultOutcome]:
        """
        Polls activities already started until each ends.
        """
class AsyncSegments:
    """
    Segments: saved contact criteria.
    """
    def create(self, segment: Segment | None = None, *, segment_id: typing.SupportsInt | typing.SupportsIndex | None = None, name: str | None = None, segment_criteria: str | None = None, created_at: str | None = None, edited_at: str | None = None) -> collections.abc.Awaitable[SegmentOutcome]:
        """
        POST /segments: name and segment_criteria (a JSON string) are required.
        """
    def get(self, segment_id: typing.SupportsInt | typing.SupportsIndex) -> collections.abc.Awaitable[SegmentOutcome]:
        """
        GET /segments/{segment_id}: the segment with its criteria.
        """
    def iter(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, sort_by: str | None = None) -> AsyncSegmentIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def list(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, sort_by: str | None = None) -> collections.abc.Awaitable[SegmentPageOutcome]:
        """
        GET /segments: one page, without criteria.
        """
    def pages(self, *, limit: typing.SupportsInt | typing.SupportsIndex | None = None, sort_by: str | None = None) -> AsyncSegmentPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
    def remove(self, segment_id: typing.SupportsInt | typing.SupportsIndex) -> collections.abc.Awaitable[EmptyOutcome]:
        """
        DELETE /segments/{segment_id}.
        """
    def rename(self, segment_id: typing.SupportsInt | typing.SupportsIndex, name: str) -> collections.abc.Awaitable[SegmentOutcome]:
        """
        PATCH /segments/{segment_id}/name.
        """
    def update(self, segment_id: typing.SupportsInt | typing.SupportsIndex, segment: Segment | None = None, *, name: str | None = None, segment_criteria: str | None = None, created_at: str | None = None, edited_at: str | None = None) -> collections.abc.Awaitable[SegmentOutcome]:
        """
        PUT /segments/{segment_id}: name and segment_criteria are required.
        """
class AsyncContactReports:
    """
    One contact's e-mail engagement reports.
    """
    def activity_details(self, contact_id: str | None, *, tracking_activities: collections.abc.Sequence[str] = [], include_campaign_activity_names: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> collections.abc.Awaitable[TrackingActivityPageOutcome]:
        """
        GET /reports/contact_reports/{contact_id}/activity_details: one page of the contact's tracked actions.
        """
    def activity_summary(self, contact_id: str | None, start: str | None, end: str | None) -> collections.abc.Awaitable[CampaignActivitySummaryPageOutcome]:
        """
        GET /reports/contact_reports/{contact_id}/activity_summary: one page of counts per campaign activity.
        """
    def iter(self, contact_id: str | None, *, tracking_activities: collections.abc.Sequence[str] = [], include_campaign_activity_names: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> AsyncTrackingActivityIterator:
        """
        Every item of every page; a page that is not a success raises ctct.PageError.
        """
    def open_and_click_rates(self, contact_id: str | None, start: str | None, end: str | None) -> collections.abc.Awaitable[OpenAndClickRatesOutcome]:
        """
        GET /reports/contact_reports/{contact_id}/open_and_click_rates: average rates over the period.
        """
    def pages(self, contact_id: str | None, *, tracking_activities: collections.abc.Sequence[str] = [], include_campaign_activity_names: bool | None = None, limit: typing.SupportsInt | typing.SupportsIndex | None = None) -> AsyncTrackingActivityPages:
        """
        Every page of the listing, one outcome each, following the next links.
        """
class AsyncClient:
    """
    Constant Contact API v3.
    """
    def __aenter__(self) -> collections.abc.Awaitable[AsyncClient]:
        ...
    def __aexit__(self, *args) -> collections.abc.Awaitable[None]:
        ...
    def __init__(self, *, access_token: str = '', base_url: str = 'https://api.cc.email/v3', managed_tokens: oauth.ManagedTokens | None = None, api_key: str = '', retry: RetryOptions | None = None, rate_limit: RateLimit | None = None, rate_limiter: RateLimiter | str | None = None, log: typing.Any = None, log_level: str = 'info', engine: Engine | None = None, connect_timeout_ms: typing.SupportsInt | typing.SupportsIndex = 10000, timeout_ms: typing.SupportsInt | typing.SupportsIndex = 30000, ca_bundle: str = '', max_response_bytes: typing.SupportsInt | typing.SupportsIndex = 67108864, allow_insecure_http: bool = False, max_connections: typing.SupportsInt | typing.SupportsIndex = 8) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def account(self) -> collections.abc.Awaitable[AccountOutcome]:
        """
        GET /account/summary: the account's organization, owner and address; checks the credentials.
        """
    def add_contact_to_list(self, list_id: str, lead: Lead | None = None, *, fail_on_duplicate: bool = False, custom_field_ids: collections.abc.Mapping[str, str] = {}, read_back: bool = True, email: str | None = None, first_name: str | None = None, last_name: str | None = None, middle_name: str | None = None, salutation: str | None = None, phone_1: str | None = None, fax: str | None = None, address_1: str | None = None, address_2: str | None = None, postal_code: str | None = None, country: str | None = None, country_code: str | None = None, state: str | None = None, city: str | None = None, company_name: str | None = None, company_phone: str | None = None, title: str | None = None, company_address: str | None = None, company_address_2: str | None = None, company_city: str | None = None, company_country_code: str | None = None, company_state: str | None = None, company_postal_code: str | None = None) -> collections.abc.Awaitable[DeliveryOutcome]:
        """
        The delivery: adds the lead (email required) to the list and reads back the append fields.
        """
    def close(self) -> None:
        """
        Completes every call in flight with an error outcome; later calls raise UsageError.
        """
    def user_privileges(self) -> collections.abc.Awaitable[UserPrivilegesOutcome]:
        """
        GET /account/user/privileges: what the token's user may do.
        """
    @property
    def activities(self) -> AsyncActivities:
        """
        Activities of the last 10 days.
        """
    @property
    def base_url(self) -> str:
        ...
    @property
    def bulk(self) -> AsyncBulk:
        """
        Bulk activities: any amount of input in the fewest activities.
        """
    @property
    def contact_reports(self) -> AsyncContactReports:
        """
        One contact's e-mail engagement reports.
        """
    @property
    def contacts(self) -> AsyncContacts:
        """
        Contacts: create, read, update, delete, pages.
        """
    @property
    def custom_fields(self) -> AsyncCustomFields:
        """
        Contact custom fields.
        """
    @property
    def lists(self) -> AsyncContactLists:
        """
        Contact lists.
        """
    @property
    def segments(self) -> AsyncSegments:
        """
        Segments: saved contact criteria.
        """
    @property
    def tags(self) -> AsyncTags:
        """
        Contact tags and their bulk activities.
        """
class LeadQueue:
    """
    The delivery in batches: submit() takes one lead at a time and answers its own DeliveryOutcome, while the leads of each list go together (max_leads, or after max_wait_ms) as one JSON import and one listing. Blocking on a Client (submit from many threads), awaitables on an AsyncClient.
    """
    def __aenter__(self) -> typing.Any:
        ...
    def __aexit__(self, *args) -> collections.abc.Awaitable[None]:
        ...
    def __enter__(self) -> LeadQueue:
        ...
    def __exit__(self, *args) -> None:
        ...
    def __init__(self, client: typing.Any, *, max_leads: typing.SupportsInt | typing.SupportsIndex = 500, max_wait_ms: typing.SupportsInt | typing.SupportsIndex = 1000, poll_interval_ms: typing.SupportsInt | typing.SupportsIndex = 1000) -> None:
        ...
    def close(self) -> typing.Any:
        """
        Refuses new leads, then flush(): nothing queued is dropped.
        """
    def flush(self) -> typing.Any:
        """
        Sends every queued batch and waits until every lead submitted so far is answered.
        """
    def submit(self, lead: Lead, list_id: str, *, fail_on_duplicate: bool = False, custom_field_ids: collections.abc.Mapping[str, str] = {}, read_back: bool = True) -> typing.Any:
        """
        Queues the lead for the list; answers its DeliveryOutcome (an awaitable on an AsyncClient).
        """
class Emulator:
    """
    Constant Contact in memory, on a loopback port.
    """
    def __init__(self, *, host: str = '127.0.0.1', port: typing.SupportsInt | typing.SupportsIndex = 0, access_token: str = '', api_key: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def control(self, method: str, path: str, body: str = '') -> str:
        """
        Runs a control-API call (/__emulator/<path>) in process; answers its JSON body.
        """
    def start(self) -> None:
        """
        Binds and serves on a background thread.
        """
    def stop(self) -> None:
        ...
    @property
    def access_token(self) -> str:
        ...
    @property
    def api_key(self) -> str:
        ...
    @property
    def port(self) -> int:
        ...
    @property
    def url(self) -> str:
        ...
    @property
    def v2_url(self) -> str:
        ...
    @property
    def v3_url(self) -> str:
        ...
def describe_operations() -> str:
    """
    Every group and operation of the v3 client as JSON, as the parity tests read it.
    """
__version__: str = '0.1.0'
