"""
OAuth 2.0: authorization URL, PKCE, token endpoint, managed tokens.
"""
from __future__ import annotations
import collections.abc
import ctct._core
import typing
__all__: list[str] = ['AsyncOAuthClient', 'ManagedTokens', 'OAuthClient', 'Pkce', 'authorization_url', 'make_pkce', 'make_state']
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
    def __init__(self, *, client_id: str, client_secret: str = '', token_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/token', device_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/device/authorize', connect_timeout_ms: typing.SupportsInt | typing.SupportsIndex = 10000, timeout_ms: typing.SupportsInt | typing.SupportsIndex = 30000, ca_bundle: str = '', max_response_bytes: typing.SupportsInt | typing.SupportsIndex = 67108864, allow_insecure_http: bool = False, max_connections: typing.SupportsInt | typing.SupportsIndex = 8) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def close(self) -> None:
        """
        Completes every call in flight with an error outcome; later calls raise UsageError.
        """
    def exchange_code(self, code: str, redirect_uri: str, code_verifier: str = '') -> ctct._core.TokensOutcome:
        """
        grant_type=authorization_code; code_verifier for PKCE clients.
        """
    def poll_device(self, device: ctct._core.DeviceAuthorization | None = None, *, device_code: str | None = None, user_code: str | None = None, verification_uri: str | None = None, verification_uri_complete: str | None = None, expires_in: typing.SupportsInt | typing.SupportsIndex | None = None, interval: typing.SupportsInt | typing.SupportsIndex | None = None) -> ctct._core.TokensOutcome:
        """
        Waits, polling at the server's interval, until the user approves (tokens), denies or the code expires.
        """
    def refresh(self, refresh_token: str) -> ctct._core.TokensOutcome:
        """
        grant_type=refresh_token; with rotating refresh tokens save the new one.
        """
    def start_device(self, scopes: collections.abc.Sequence[str] = []) -> ctct._core.DeviceAuthorizationOutcome:
        """
        Starts the device flow: show user_code and verification_uri to the user, then poll_device.
        """
    @property
    def token_url(self) -> str:
        ...
class AsyncOAuthClient:
    """
    Talks to the token endpoint; a refused grant is an error outcome (invalid_grant: authorize again).
    """
    def __aenter__(self) -> collections.abc.Awaitable[AsyncOAuthClient]:
        ...
    def __aexit__(self, *args) -> collections.abc.Awaitable[None]:
        ...
    def __init__(self, *, client_id: str, client_secret: str = '', token_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/token', device_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/device/authorize', connect_timeout_ms: typing.SupportsInt | typing.SupportsIndex = 10000, timeout_ms: typing.SupportsInt | typing.SupportsIndex = 30000, ca_bundle: str = '', max_response_bytes: typing.SupportsInt | typing.SupportsIndex = 67108864, allow_insecure_http: bool = False, max_connections: typing.SupportsInt | typing.SupportsIndex = 8) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def close(self) -> None:
        """
        Completes every call in flight with an error outcome; later calls raise UsageError.
        """
    def exchange_code(self, code: str, redirect_uri: str, code_verifier: str = '') -> collections.abc.Awaitable[ctct._core.TokensOutcome]:
        """
        grant_type=authorization_code; code_verifier for PKCE clients.
        """
    def poll_device(self, device: ctct._core.DeviceAuthorization | None = None, *, device_code: str | None = None, user_code: str | None = None, verification_uri: str | None = None, verification_uri_complete: str | None = None, expires_in: typing.SupportsInt | typing.SupportsIndex | None = None, interval: typing.SupportsInt | typing.SupportsIndex | None = None) -> collections.abc.Awaitable[ctct._core.TokensOutcome]:
        """
        Waits, polling at the server's interval, until the user approves (tokens), denies or the code expires.
        """
    def refresh(self, refresh_token: str) -> collections.abc.Awaitable[ctct._core.TokensOutcome]:
        """
        grant_type=refresh_token; with rotating refresh tokens save the new one.
        """
    def start_device(self, scopes: collections.abc.Sequence[str] = []) -> collections.abc.Awaitable[ctct._core.DeviceAuthorizationOutcome]:
        """
        Starts the device flow: show user_code and verification_uri to the user, then poll_device.
        """
    @property
    def token_url(self) -> str:
        ...
class ManagedTokens:
    """
    Tokens a v3 client refreshes by itself (near expiry, and once after a 401). `store` receives every new pair before the old refresh token is dropped: save both durably. `shared_store`, a Redis URL given to every process holding these tokens, makes one refresh for all of them (`chain` names the account when they hold several); Redis then holds the pair: protect it.
    """
    def __init__(self, tokens: ctct._core.Tokens, *, client_id: str, client_secret: str = '', token_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/token', store: collections.abc.Callable[[ctct._core.Tokens], None] | None = None, refresh_margin_s: typing.SupportsInt | typing.SupportsIndex = 300, shared_store: str = '', chain: str = '') -> None:
        ...
    @property
    def refresh_margin_s(self) -> int:
        ...
    @property
    def tokens(self) -> ctct._core.Tokens:
        """
        The tokens the client starts with.
        """
def authorization_url(*, client_id: str, redirect_uri: str, state: str, scopes: collections.abc.Sequence[str] = ['account_read', 'contact_data', 'offline_access'], code_challenge: str = '', authorize_url: str = 'https://authz.constantcontact.com/oauth2/default/v1/authorize') -> str:
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
