"""Managed tokens shared through Redis by several processes, Python and Node mixed, against a real
redis-server and the emulator's rotating refresh tokens, issued with a short lifetime: across
several rotations there is exactly one refresh per rotation and no invalid_grant."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

from ctct.testing import Emulator
from test_oauth import authorize, token_url

HERE = Path(__file__).resolve().parent
ROTATIONS_S = 6  # the workers call for this long; tokens live 2 s, so several rotations


def test_four_processes_refresh_once_per_rotation(emulator: Emulator, redis_url: str, node_project: Path) -> None:
    emulator.control("POST", "oauth", {"lifetime_s": 2, "rotating": True})
    tokens = authorize(emulator)
    given = json.dumps(
        {
            "v3_url": emulator.v3_url,
            "token_url": token_url(emulator),
            "redis_url": redis_url,
            "tokens": json.loads(tokens.to_json()),
            "seconds": ROTATIONS_S,
        }
    )
    commands: List[List[str]] = [[sys.executable, str(HERE / "shared_tokens_worker.py")]] * 2
    commands += [["node", str(node_project / "shared-tokens-worker.mjs")]] * 2
    workers = [
        subprocess.Popen(command, cwd=node_project, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for command in commands
    ]
    reports: List[Dict[str, Any]] = []
    for worker in workers:
        out, _ = worker.communicate(given, timeout=ROTATIONS_S + 60)
        assert worker.returncode == 0
        reports.append(json.loads(out))
    stats = emulator.stats()
    refreshes = stats["grants"]["refresh_token"]
    assert stats["refused_grants"].get("refresh_token", 0) == 0  # no invalid_grant, ever
    assert refreshes >= 3  # several rotations
    for report in reports:
        assert report["failed"] == [] and report["calls"] > 0
    # One refresh per rotation: every pair issued reached the stores, and no other pair did.
    saved = {digest for report in reports for digest in report["saved"]}
    assert len(saved) == refreshes
    secret_free = json.dumps(reports)
    assert tokens.refresh_token not in secret_free and tokens.access_token not in secret_free
