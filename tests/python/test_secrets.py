"""No secret (access token, refresh token, client secret, API key) in anything a program might
print or log: outcome reasons and JSON, log lines, repr() and str() of outcomes, models, tokens
and clients, and the text of exceptions, over a run with errors, retries, a token refresh, a
refresh that meets invalid_grant, and a v2 client with a wrong key."""

from __future__ import annotations

import threading
from typing import Any, List

import ctct
import pytest
from ctct import oauth
from ctct.testing import Emulator
from test_oauth import CLIENT_ID, authorize, token_url

CLIENT_SECRET = "client-secret-never-shown"
WRONG_API_KEY = "wrong-api-key-never-shown"
QUICK = ctct.RetryOptions(max_attempts=3, base_delay_ms=1, max_delay_ms=5)


class Seen:
    """Every text the run showed; the log callback runs on the client's I/O thread."""

    def __init__(self) -> None:
        self.texts: List[str] = []
        self._lock = threading.Lock()

    def log(self, level: str, message: str) -> None:
        with self._lock:
            self.texts.append(f"{level} {message}")

    def show(self, *values: Any) -> None:
        with self._lock:
            for value in values:
                self.texts += [repr(value), str(value)]

    def outcome(self, outcome: Any) -> None:
        self.show(outcome, outcome.value, outcome.reason)
        with self._lock:
            self.texts.append(outcome.to_json())
        if not outcome.ok:
            with pytest.raises(ctct.CtctError) as raised:
                outcome.unwrap()
            self.show(raised.value)


def test_no_secret_in_outcomes_logs_reprs_or_exceptions(emulator: Emulator) -> None:
    emulator.seed(lists=[{"name": "Leads"}])
    tokens = authorize(emulator)
    secrets = [
        emulator.access_token,
        emulator.api_key,
        CLIENT_SECRET,
        WRONG_API_KEY,
        tokens.access_token,
        tokens.refresh_token or "",
    ]
    seen = Seen()

    def store(fresh: oauth.Tokens) -> None:
        secrets.extend([fresh.access_token, fresh.refresh_token or ""])
        seen.show(fresh)

    managed = oauth.ManagedTokens(
        tokens, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, token_url=token_url(emulator), store=store
    )
    with ctct.Client(
        managed_tokens=managed,
        base_url=emulator.v3_url,
        retry=QUICK,
        rate_limit=ctct.RateLimit(per_second=0),
        log=seen.log,
        log_level="debug",
    ) as client:
        seen.show(client, managed, tokens)
        seen.outcome(client.lists.list())
        emulator.fault("/v3/contact_lists", status=503)
        seen.outcome(client.lists.list())  # retried
        emulator.control("POST", "expire_tokens")
        seen.outcome(client.lists.list())  # refreshed
        emulator.fault("/v3/contact_lists", status=500, times=0)
        seen.outcome(client.lists.list())  # an error after the retries
        emulator.clear_faults()
        seen.outcome(client.contacts.create(ctct.Contact(first_name="Ann")))  # refused by the API
        emulator.reset()  # every refresh token is gone: the next refresh meets invalid_grant
        seen.outcome(client.lists.list())
    with oauth.OAuthClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, token_url=token_url(emulator)) as auth:
        seen.show(auth)
        seen.outcome(auth.refresh(tokens.refresh_token or ""))  # spent: invalid_grant

    with ctct.v2.Client(
        api_key=WRONG_API_KEY,
        access_token=emulator.access_token,
        base_url=emulator.v2_url,
        log=seen.log,
        log_level="debug",
    ) as v2_client:
        seen.show(v2_client)
        seen.outcome(v2_client.lists())
    emulator.fault("/v2/*", status=503, times=0)
    with emulator.v2_client(retry=QUICK, log=seen.log, log_level="debug") as v2_client:
        seen.outcome(v2_client.lists())

    # Bad arguments raise, and their text names the option, not its value.
    for bad in (
        lambda: ctct.Client(access_token=emulator.access_token + "\r\nX-Evil: 1"),
        lambda: ctct.Client(access_token=emulator.access_token, base_url="http://api.example.com/v3"),
        lambda: ctct.Client(access_token=emulator.access_token, log_level="loud"),
        lambda: ctct.Client(access_token=emulator.access_token, log=3),
        lambda: ctct.v2.Client(
            api_key=emulator.api_key, access_token=emulator.access_token, base_url="http://10.0.0.1/v2"
        ),
    ):
        with pytest.raises((ValueError, TypeError)) as raised:
            bad()
        seen.show(raised.value)

    texts = seen.texts
    assert len(texts) > 40
    assert any("retrying GET" in text for text in texts)
    assert any("refreshed the access token" in text for text in texts)
    assert any("invalid_grant" in text for text in texts)
    leaks = [(secret, text) for text in texts for secret in secrets if secret and secret in text]
    assert leaks == []
