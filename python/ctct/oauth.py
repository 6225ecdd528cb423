"""OAuth 2.0 with Constant Contact: the authorization URL (with PKCE for public clients), the
code exchange and refresh, the device flow, and tokens a v3 client keeps fresh by itself.

    pkce, state = oauth.make_pkce(), oauth.make_state()
    url = oauth.authorization_url(client_id=..., redirect_uri=..., state=state,
                                  code_challenge=pkce.code_challenge)
    # ... the user approves; the redirect brings ?code=...&state=...
    tokens = oauth.OAuthClient(client_id=...).exchange_code(code, redirect_uri, pkce.code_verifier).unwrap()
    client = ctct.Client(managed_tokens=oauth.ManagedTokens(tokens, client_id=..., store=save))

Without a browser (the device flow):

    with oauth.OAuthClient(client_id=...) as client:
        device = client.start_device().unwrap()
        print("Open", device.verification_uri, "and enter", device.user_code)
        tokens = client.poll_device(device).unwrap()
"""

from . import _core
from ._core import oauth as _oauth

DeviceAuthorization = _core.DeviceAuthorization
DeviceAuthorizationOutcome = _core.DeviceAuthorizationOutcome
ManagedTokens = _oauth.ManagedTokens
OAuthClient = _oauth.OAuthClient
Pkce = _oauth.Pkce
Tokens = _core.Tokens
TokensOutcome = _core.TokensOutcome
authorization_url = _oauth.authorization_url
make_pkce = _oauth.make_pkce
make_state = _oauth.make_state

__all__ = [
    "DeviceAuthorization",
    "DeviceAuthorizationOutcome",
    "ManagedTokens",
    "OAuthClient",
    "Pkce",
    "Tokens",
    "TokensOutcome",
    "authorization_url",
    "make_pkce",
    "make_state",
]
