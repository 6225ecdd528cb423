"""One API key's limits kept by several processes, Python and Node mixed, through a real
redis-server: at the emulator's 20/s and 60/day, 4 processes each calling more than their share
are answered no 429, exactly 60 calls are accepted, and the rest end unsent with the daily
budget's failure. The same processes with limiters of their own draw the 429s this avoids."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

from ctct.testing import Emulator
from test_key_limits import next_utc_midnights

HERE = Path(__file__).resolve().parent
CALLS = 30  # by each of the 4 processes: 120 calls against the key's 60 a day


def run_processes(emulator: Emulator, node_project: Path, rate_limiter: Optional[str]) -> List[Dict[str, Any]]:
    """Runs 2 Python and 2 Node workers on one API key, started together; their outcomes."""
    emulator.limits(per_second=20, daily=60)
    commands = [[sys.executable, str(HERE / "shared_limiter_worker.py")]] * 2
    commands += [["node", str(node_project / "shared-limiter-worker.mjs")]] * 2
    workers = [
        subprocess.Popen(command, cwd=node_project, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for command in commands
    ]
    given = {
        "v3_url": emulator.v3_url,
        "access_token": emulator.access_token,
        "api_key": "py-node-processes",
        "rate_limiter": rate_limiter,
        "calls": CALLS,
    }
    outcomes: List[Dict[str, Any]] = []
    try:
        for worker in workers:
            assert worker.stdin is not None and worker.stdout is not None
            worker.stdin.write(json.dumps(given) + "\n")
            worker.stdin.flush()
            assert worker.stdout.readline() == "ready\n"
        for worker in workers:  # every client is made: go
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        for worker in workers:
            out, _ = worker.communicate(timeout=120)
            assert worker.returncode == 0
            outcomes += [json.loads(line) for line in out.splitlines()]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    assert len(outcomes) == 4 * CALLS
    return outcomes


def emulator_limits(emulator: Emulator) -> Dict[str, int]:
    """Requests the emulator accepted today, and the 429s it answered."""
    counts: Dict[str, int] = emulator.control("GET", "limits")
    return counts


def test_processes_sharing_a_redis_limiter_keep_the_keys_pace_and_day(
    emulator: Emulator, redis_url: str, node_project: Path
) -> None:
    outcomes = run_processes(emulator, node_project, redis_url)
    counts = emulator_limits(emulator)
    assert (counts["throttled"], counts["quota_exceeded"]) == (0, 0)
    assert counts["used_today"] == 60
    assert sum(outcome["outcome"] == "success" for outcome in outcomes) == 60
    refused = [outcome for outcome in outcomes if outcome["outcome"] != "success"]
    assert len(refused) == 60
    for outcome in refused:
        assert (outcome["outcome"], outcome["error_key"], outcome["attempts"]) == ("failure", "quota_exceeded", 0)
        assert "daily budget of 60 requests" in outcome["reason"], outcome["reason"]
        assert any(midnight in outcome["reason"] for midnight in next_utc_midnights()), outcome["reason"]


def test_processes_with_limiters_of_their_own_draw_429s(emulator: Emulator, node_project: Path) -> None:
    # Each process keeps 20/s and 60/day by itself: together they send more than the key's share.
    outcomes = run_processes(emulator, node_project, None)
    counts = emulator_limits(emulator)
    assert counts["throttled"] + counts["quota_exceeded"] > 0
    assert counts["used_today"] <= 60
    assert any(outcome["status"] == 429 for outcome in outcomes)
