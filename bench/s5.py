"""S5: contacts imported into a list through ctct C++'s bulk import, on ctct's emulator with
Constant Contact's 4 requests a second switched on (bench/cpp/bulk_import.cpp). Reports the API
calls and 429s the emulator counted, beside the time one call per contact would take at 4/s."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any, Dict

PER_SECOND = 4


def run(cpp_build: Path, contacts: int, env: Dict[str, str]) -> Dict[str, Any]:
    done = subprocess.run(
        [str(cpp_build / "bench" / "cpp" / "ctct_bulk_import"), str(contacts)],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    if done.returncode != 0:
        return {"ok": False, "contacts": contacts, "failure": (done.stderr or done.stdout)[-2000:]}
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    stats = answer["stats"]
    return {
        "ok": answer["outcome"] == "success" and answer["in_list"] == contacts,
        "contacts": contacts,
        "in_list": answer["in_list"],
        "outcome": answer["outcome"],
        "reason": answer["reason"],
        "activities": answer["activities"],
        "api_calls": stats["requests"],
        "throttled_429": stats.get("throttled"),
        "by_route": stats["by_route"],
        "wall_s": answer["wall_s"],
        "one_call_per_contact_s": contacts / PER_SECOND,
    }
