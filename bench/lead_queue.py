"""Leads at a steady rate through ctct.LeadQueue (Python, AsyncClient) on the `ctct emulator` with
Constant Contact's 4 requests/s limit switched on (its own process).

Reports, in one run: the leads submitted and answered (by outcome), the API requests the emulator
served for them and the delivered leads per request, the 429s, and the time from each submit to
its outcome (median and 90th percentile). Prints a Markdown section and writes it to --out.

    python3.11 bench/lead_queue.py [--rate 20] [--seconds 120] [--max-leads 500] [--max-wait-ms 30000]
        [--ctct-bin build/cpp/ctct] [--out bench/results/lead_queue.md]

Needs ctct installed in the running Python (build/bench/venv has it after bench/setup).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from install import Emulator  # noqa: E402  (the bench's one way of starting the emulator)

ROOT = Path(__file__).resolve().parent.parent


def control(url: str, method: str, path: str, body: Any = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        f"{url}/__emulator/{path}", data=data, method=method, headers={"Content-Type": "application/json"}
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=10) as answer:
        return json.loads(answer.read() or b"null")


async def deliver(v3_url: str, token: str, args: argparse.Namespace) -> Tuple[List[Any], List[float]]:
    """Submits rate x seconds leads, one every 1/rate s; answers the outcomes and the latencies."""
    import ctct

    async with ctct.AsyncClient(access_token=token, base_url=v3_url) as client:
        list_id = (await client.lists.list()).unwrap().items[0].list_id
        outcomes: List[Any] = []
        latencies: List[float] = []

        async def answered(pending: Any, submitted: float) -> None:
            outcomes.append(await pending)
            latencies.append(time.monotonic() - submitted)

        queue = ctct.LeadQueue(
            client, max_leads=args.max_leads, max_wait_ms=args.max_wait_ms, poll_interval_ms=args.poll_interval_ms
        )
        start = time.monotonic()
        tasks = []
        for n in range(args.rate * args.seconds):
            await asyncio.sleep(max(0.0, start + n / args.rate - time.monotonic()))
            lead = ctct.Lead(email=f"lead{n}@example.com", first_name="Lead")
            tasks.append(asyncio.create_task(answered(queue.submit(lead, list_id), time.monotonic())))
        await queue.close()
        await asyncio.gather(*tasks)
        return outcomes, latencies


def section(args: argparse.Namespace, outcomes: List[Any], latencies: List[float], stats: Dict[str, Any]) -> str:
    kinds = Counter(outcome.outcome for outcome in outcomes)
    requests, imports = stats["requests"], stats["by_route"].get("POST /v3/activities/contacts_json_import", 0)
    delivered = kinds["success"]
    latencies.sort()
    command = " ".join(["python3", "bench/lead_queue.py", *sys.argv[1:]])
    return "\n".join(
        [
            "## Leads in batches (Python, LeadQueue)",
            "",
            f"- command: `{command}`",
            f"- date: {time.strftime('%Y-%m-%d', time.gmtime())}; {args.rate} leads/s for {args.seconds} s"
            f"{' (the issue asks for 10 minutes; this run is shorter)' if args.seconds < 600 else ''}, "
            "the emulator limited to 4 requests/s, "
            f"max_leads {args.max_leads}, max_wait_ms {args.max_wait_ms}, poll_interval_ms {args.poll_interval_ms}; target: at least 100 delivered "
            "leads per API request, every lead answered.",
            "",
            "| leads | answered | success | failure | error | API requests | imports | 429s "
            "| delivered leads per request | submit to outcome, median s | p90 s |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
            f"| {args.rate * args.seconds} | {len(outcomes)} | {delivered} | {kinds['failure']} | {kinds['error']} "
            f"| {requests} | {imports} | {stats['throttled']} | {delivered / max(1, requests):.1f} "
            f"| {statistics.median(latencies):.1f} | {latencies[int(0.9 * (len(latencies) - 1))]:.1f} |",
            "",
            "A lead waits for its batch to fill (max_leads at the steady rate, or max_wait_ms), then for the",
            "import, its polls and the listing: the median time to an outcome is about half",
            "a batch's filling time plus those requests.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--max-leads", type=int, default=500)
    parser.add_argument("--max-wait-ms", type=int, default=30000)
    # The emulator's imports take 2 s: polled right after the import, then once more 2.5 s later.
    parser.add_argument("--poll-interval-ms", type=int, default=2500)
    parser.add_argument("--ctct-bin", type=Path, default=ROOT / "build" / "cpp" / "ctct")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "lead_queue.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        emulator = Emulator(args.ctct_bin, Path(work), wait_s=60)
        try:
            control(emulator.url, "POST", "limits", {"per_second": 4})
            before = control(emulator.url, "GET", "stats")
            outcomes, latencies = asyncio.run(deliver(emulator.v3_url, emulator.token, args))
            after = control(emulator.url, "GET", "stats")
        finally:
            emulator.stop()
    # The one listing of lists before the first lead is not the leads' request.
    stats = {
        "requests": after["requests"] - before["requests"] - 1,
        "throttled": after["throttled"] - before["throttled"],
        "by_route": after["by_route"],
    }
    text = section(args, outcomes, latencies, stats)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
