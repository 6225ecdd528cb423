"""A client that refreshes its own OAuth tokens and saves every new pair to a JSON file.

Set CTCT_CLIENT_ID (and CTCT_CLIENT_SECRET for a confidential app) and CTCT_TOKEN_FILE, a file
holding {"access_token": ..., "refresh_token": ...} from an earlier authorization. Without
CTCT_CLIENT_ID it authorizes against ctct.testing.Emulator and keeps the tokens in a temporary file.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Callable

import ctct
from ctct import oauth
from ctct.testing import Emulator


def load(path: Path) -> oauth.Tokens:
    return oauth.Tokens(json.loads(path.read_text(encoding="utf-8")))


def saver(path: Path) -> Callable[[oauth.Tokens], None]:
    """The token store: with rotating refresh tokens the old one is dead once this is called,
    so the new pair is written to a temporary file and moved into place in one step."""

    def save(tokens: oauth.Tokens) -> None:
        partial = path.with_suffix(".partial")
        partial.write_text(tokens.to_json(), encoding="utf-8")
        os.replace(partial, path)

    return save


def list_lists(client: ctct.Client) -> int:
    outcome = client.lists.list()
    print(outcome.to_json())
    return 0 if outcome.ok else 1


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def authorize_on(emulator: Emulator, client_id: str, token_url: str) -> oauth.Tokens:
    """The code flow with PKCE; the emulator approves at once, as a user would in the browser."""
    redirect_uri = "https://app.example.com/callback"
    pkce, state = oauth.make_pkce(), oauth.make_state()
    url = oauth.authorization_url(
        client_id=client_id,
        redirect_uri=redirect_uri,
        state=state,
        code_challenge=pkce.code_challenge,
        authorize_url=f"{emulator.url}/oauth2/default/v1/authorize",
    )
    try:
        urllib.request.build_opener(_NoRedirect()).open(url)
        raise RuntimeError("the authorization server did not redirect")
    except urllib.error.HTTPError as redirect:
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(redirect.headers["Location"]).query))
    if query.get("state") != state:
        raise RuntimeError("the state on the redirect is not the one sent")
    with oauth.OAuthClient(client_id=client_id, token_url=token_url) as client:
        return client.exchange_code(query["code"], redirect_uri, pkce.code_verifier).unwrap()


def main() -> int:
    client_id = os.environ.get("CTCT_CLIENT_ID")
    if client_id:
        path = Path(os.environ["CTCT_TOKEN_FILE"])
        managed = oauth.ManagedTokens(
            load(path), client_id=client_id, client_secret=os.environ.get("CTCT_CLIENT_SECRET", ""), store=saver(path)
        )
        with ctct.Client(managed_tokens=managed) as client:
            return list_lists(client)
    with Emulator() as emulator, tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "tokens.json"
        token_url = f"{emulator.url}/oauth2/default/v1/token"
        saver(path)(authorize_on(emulator, "example-app", token_url))
        managed = oauth.ManagedTokens(load(path), client_id="example-app", token_url=token_url, store=saver(path))
        with ctct.Client(managed_tokens=managed, base_url=emulator.v3_url) as client:
            emulator.control("POST", "expire_tokens")  # the next call refreshes, and the store saves
            return list_lists(client)


if __name__ == "__main__":
    sys.exit(main())
