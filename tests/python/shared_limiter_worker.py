"""One process of a service on one API key, for test_shared_limiter_processes.py: reads
{"v3_url", "access_token", "api_key", "rate_limiter", "calls"} as one line from stdin, makes its
client (rate_limiter: a Redis URL, or null for the process's own limiter), prints "ready", waits
for a "go" line so that every process starts at once, then lists the lists `calls` times and
prints the outcome of each as a JSON line."""

from __future__ import annotations

import json
import sys

import ctct

given = json.loads(sys.stdin.readline())
client = ctct.Client(
    access_token=given["access_token"],
    base_url=given["v3_url"],
    api_key=given["api_key"],
    rate_limit=ctct.RateLimit(per_second=20, per_day=60),
    rate_limiter=given["rate_limiter"],
    retry=ctct.RetryOptions(max_attempts=1),  # each 429 shows in the outcomes, none is retried
)
print("ready", flush=True)
sys.stdin.readline()
for _ in range(given["calls"]):
    outcome = client.lists.list()
    keys = {"outcome": outcome.outcome, "status": outcome.status, "error_key": outcome.error_key}
    print(json.dumps({**keys, "attempts": outcome.attempts, "reason": outcome.reason}), flush=True)
client.close()
