"""
OAuth 2.0: authorization URL, PKCE, token endpoint, managed tokens.
"""
from __future__ import annotations
import collections.abc
import typing
__all__: list[str] = ['DeviceAuthorization', 'DeviceAuthorizationOutcome', 'ManagedTokens', 'OAuthClient', 'Pkce', 'Tokens', 'TokensOutcome', 'authorization_url', 'make_pkce', 'make_state']
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
class Pkce:
    """
    PKCE (S256): keep code_verifier for the exchange; send code_challenge.
    """
    @property
    def code_challenge(self) -> str:
        ...
    @property
    def code_verifier(self) -> str:
        ...
class OAuthClient:
    """
    Talks to the token endpoint; a refused grant is an error outcome (invalid_grant: authorize again).
    """
    def __enter__(self) -> OAuthClient:
        ...
    def __exit__(self, *args) -> None:
        ...
    def __init__(self, *, client_id: str, client_secret: str = '', token_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/token', device_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/device/authorize') -> None:
        ...
    def close(self) -> None:
        ...
    def exchange_code(self, code: str, redirect_uri: str, code_verifier: str = '') -> TokensOutcome:
        """
        grant_type=authorization_code; code_verifier for PKCE clients.
        """
    def poll_device(self, device: DeviceAuthorization) -> TokensOutcome:
        """
        Waits, polling at the server's interval, until the user approves (tokens), denies or the code expires.
        """
    def refresh(self, refresh_token: str) -> TokensOutcome:
        """
        grant_type=refresh_token; with rotating refresh tokens save the new one.
        """
    def start_device(self, scopes: collections.abc.Sequence[str] = ['contact_data', 'offline_access']) -> DeviceAuthorizationOutcome:
        """
        Starts the device flow: show user_code and verification_uri to the user, then poll_device.
        """
class ManagedTokens:
    """
    Tokens a v3 client refreshes by itself (near expiry, and once after a 401). `store` receives every new pair before the old refresh token is dropped: save both durably.
    """
    def __init__(self, tokens: Tokens, *, client_id: str, client_secret: str = '', token_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/token', store: collections.abc.Callable[[Tokens], None] | None = None, refresh_margin_s: typing.SupportsInt | typing.SupportsIndex = 300) -> None:
        ...
    @property
    def refresh_margin_s(self) -> int:
        ...
    @property
    def tokens(self) -> Tokens:
        """
        The tokens the client starts with.
        """
def authorization_url(*, client_id: str, redirect_uri: str, state: str, scopes: collections.abc.Sequence[str] = ['contact_data', 'offline_access'], code_challenge: str = '', authorize_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/authorize') -> str:
    """
    The URL to send the user to; raises UsageError when client_id, redirect_uri or state is empty.
    """
def make_pkce() -> Pkce:
    """
    A new PKCE verifier and its S256 challenge.
    """
def make_state() -> str:
    """
    A random state value to send and compare on the redirect.
    """
