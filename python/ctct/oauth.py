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

AsyncOAuthClient does the same for asyncio (each call answers an awaitable).
"""

# Every public name of the native module's oauth part (OAuthClient, AsyncOAuthClient, ...), and
# the models it answers, which live at the top of the native module.
from ._core import DeviceAuthorization as DeviceAuthorization
from ._core import DeviceAuthorizationOutcome as DeviceAuthorizationOutcome
from ._core import Tokens as Tokens
from ._core import TokensOutcome as TokensOutcome
from ._core.oauth import *  # noqa: F403
