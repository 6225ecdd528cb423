"""OAuth through Python against the emulator's authorization server: the authorization URL with
PKCE, the code exchange, a refresh, the device flow, and a client that refreshes its own tokens
and hands each new pair to a Python token store."""

from __future__ import annotations

import asyncio
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, List

import ctct
import pytest
from ctct import oauth
from ctct.testing import Emulator

REDIRECT_URI = "https://app.example.com/callback"
CLIENT_ID = "test-app"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def approve(url: str) -> Dict[str, str]:
    """What the browser does: the emulator approves at once and redirects with the code."""
    with pytest.raises(urllib.error.HTTPError) as redirect:
        urllib.request.build_opener(NoRedirect()).open(url)
    assert redirect.value.code == 302
    query = urllib.parse.urlsplit(redirect.value.headers["Location"]).query
    return dict(urllib.parse.parse_qsl(query))


def authorize(emulator: Emulator) -> oauth.Tokens:
    pkce, state = oauth.make_pkce(), oauth.make_state()
    url = oauth.authorization_url(
        client_id=CLIENT_ID,
        redirect_uri=REDIRECT_URI,
        state=state,
        code_challenge=pkce.code_challenge,
        authorize_url=f"{emulator.url}/oauth2/default/v1/authorize",
    )
    redirected = approve(url)
    assert redirected["state"] == state
    with oauth.OAuthClient(client_id=CLIENT_ID, token_url=token_url(emulator)) as client:
        return client.exchange_code(redirected["code"], REDIRECT_URI, pkce.code_verifier).unwrap()


def token_url(emulator: Emulator) -> str:
    return f"{emulator.url}/oauth2/default/v1/token"


def test_authorization_url_needs_state() -> None:
    with pytest.raises(ValueError):
        oauth.authorization_url(client_id=CLIENT_ID, redirect_uri=REDIRECT_URI, state="")


def test_code_exchange_and_refresh(emulator: Emulator) -> None:
    tokens = authorize(emulator)
    assert tokens.access_token and tokens.refresh_token and tokens.token_type == "Bearer"
    with oauth.OAuthClient(client_id=CLIENT_ID, token_url=token_url(emulator)) as client:
        refreshed = client.refresh(tokens.refresh_token or "")
        assert refreshed.ok and refreshed.value is not None
        assert refreshed.value.access_token != tokens.access_token
        # Refresh tokens rotate: the old one is spent, and the reason carries no secret.
        spent = client.refresh(tokens.refresh_token or "")
    assert spent.outcome == "error" and tokens.refresh_token not in (spent.reason or "")
    stats = emulator.stats()
    assert stats["grants"] == {"authorization_code": 1, "refresh_token": 1}
    assert stats["refused_grants"] == {"refresh_token": 1}
    # Tokens print hidden (reprs end up in logs); to_json keeps them for token stores.
    for shown in (repr(tokens), repr(refreshed)):
        assert tokens.access_token not in shown and (tokens.refresh_token or "") not in shown
        assert "<hidden>" in shown
    assert tokens.access_token in tokens.to_json()


def test_the_async_oauth_client_exchanges_and_refreshes(emulator: Emulator) -> None:
    tokens = authorize(emulator)

    async def refresh() -> oauth.TokensOutcome:
        # The transport options every client takes apply to the token endpoint too.
        async with oauth.AsyncOAuthClient(
            client_id=CLIENT_ID, token_url=token_url(emulator), timeout_ms=5000, connect_timeout_ms=2000
        ) as client:
            assert "token_url=" in repr(client) and client.token_url == token_url(emulator)
            return await client.refresh(tokens.refresh_token or "")

    refreshed = asyncio.run(refresh())
    assert refreshed.ok and refreshed.value is not None and refreshed.value.access_token != tokens.access_token


def test_the_device_flow_answers_tokens_once_the_user_approves(emulator: Emulator) -> None:
    emulator.control("POST", "oauth", {"device_interval_s": 1})
    with oauth.OAuthClient(
        client_id=CLIENT_ID,
        token_url=token_url(emulator),
        device_url=f"{emulator.url}/oauth2/default/v1/device/authorize",
    ) as client:
        device = client.start_device().unwrap()
        assert device.user_code and device.verification_uri and device.interval == 1
        # The user approves while the client polls (poll_device releases the GIL as it waits).
        approve_device = {"user_code": device.user_code}
        approval = threading.Timer(0.2, emulator.control, ("POST", "device/approve", approve_device))
        approval.start()
        outcome = client.poll_device(device)
        approval.join()
    assert outcome.ok and outcome.value is not None and outcome.value.access_token


def test_a_client_refreshes_managed_tokens_and_stores_them(emulator: Emulator) -> None:
    tokens = authorize(emulator)
    saved: List[oauth.Tokens] = []
    managed = oauth.ManagedTokens(tokens, client_id=CLIENT_ID, token_url=token_url(emulator), store=saved.append)
    with ctct.Client(managed_tokens=managed, base_url=emulator.v3_url) as client:
        assert client.lists.list().ok and saved == []
        emulator.control("POST", "expire_tokens")
        assert client.lists.list().ok
    assert len(saved) == 1 and saved[0].refresh_token not in (None, tokens.refresh_token)


def test_a_shared_store_url_that_cannot_be_read_is_refused_naming_shared_store(emulator: Emulator) -> None:
    tokens = oauth.Tokens({"access_token": "a", "refresh_token": "r"})
    managed = oauth.ManagedTokens(tokens, client_id=CLIENT_ID, shared_store="redis://127.0.0.1:notaport")
    with pytest.raises(ctct.UsageError, match="^the shared_store Redis URL has port notaport, not a number"):
        ctct.Client(managed_tokens=managed, base_url=emulator.v3_url)


def test_a_failing_store_is_reported_and_the_client_carries_on(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: List[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)

    def broken_store(tokens: oauth.Tokens) -> None:
        raise OSError("disk full")

    managed = oauth.ManagedTokens(
        authorize(emulator), client_id=CLIENT_ID, token_url=token_url(emulator), store=broken_store
    )
    with ctct.Client(managed_tokens=managed, base_url=emulator.v3_url) as client:
        emulator.control("POST", "expire_tokens")
        assert client.lists.list().ok
    assert [type(report.exc_value) for report in reported] == [OSError]


def test_a_blocking_call_on_the_same_client_from_the_store_raises_usage_error(emulator: Emulator) -> None:
    raised: List[type] = []
    client: ctct.Client

    def store(tokens: oauth.Tokens) -> None:
        try:
            client.lists.list()
        except Exception as error:  # noqa: BLE001 - what it raises is the point
            raised.append(type(error))

    managed = oauth.ManagedTokens(authorize(emulator), client_id=CLIENT_ID, token_url=token_url(emulator), store=store)
    with ctct.Client(managed_tokens=managed, base_url=emulator.v3_url) as client:
        emulator.control("POST", "expire_tokens")
        assert client.lists.list().ok
    assert raised == [ctct.UsageError]
