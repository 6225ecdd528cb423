"""One process of a service sharing managed tokens through Redis, for test_shared_tokens.py:
reads {"v3_url", "token_url", "redis_url", "tokens", "seconds"} from stdin, calls
the API until the time is up, and prints {"calls", "failed", "saved"}: the reasons of calls that
did not succeed and a digest of each refresh token its store was given (never a token)."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from typing import List

import ctct
from ctct import oauth

given = json.load(sys.stdin)
saved: List[str] = []
managed = oauth.ManagedTokens(
    oauth.Tokens(given["tokens"]),
    client_id="shared-tokens-test",
    token_url=given["token_url"],
    store=lambda pair: saved.append(hashlib.sha256((pair.refresh_token or "").encode()).hexdigest()),
    shared_store=given["redis_url"],
)
calls, failed = 0, []
deadline = time.monotonic() + given["seconds"]
with ctct.Client(
    base_url=given["v3_url"],
    managed_tokens=managed,
    rate_limit=ctct.RateLimit(per_second=0),
) as client:
    while calls == 0 or time.monotonic() < deadline:
        outcome = client.lists.list()
        calls += 1
        if not outcome.ok:
            failed.append(outcome.reason)
        time.sleep(0.05)
print(json.dumps({"calls": calls, "failed": failed, "saved": saved}))
