"""Many accounts in one process: 1,000 ctct Python clients, each with its own access token, on the
`ctct emulator` (its own process, so that only the SDK's threads are counted here).

Reports, in one run:
- the threads the SDK adds to the process for all the clients, and the resident memory each
  idle client costs once it has made its first call;
- the first call of each of the 1,000 clients (median and 90th percentile), beside the first call
  of a lone client in a fresh process (median of 5 processes);
- the same 1,000 clients made with one loop each (every client given other HttpOptions, as every
  client was before clients shared a loop): the figures that the shared loop replaces.
Prints a Markdown section and writes it to --out.

    python3.11 bench/tenants.py [--clients 1000] [--ctct-bin build/cpp/ctct] [--out bench/results/tenants.md]

Needs ctct installed in the running Python (build/bench/venv has it after bench/setup).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent))
from install import Emulator  # noqa: E402  (the bench's one way of starting the emulator)

ROOT = Path(__file__).resolve().parent.parent
LONE_RUNS = 5


def issue_tokens(url: str, count: int) -> List[str]:
    """Access tokens from the emulator's authorization-code flow, one per account."""
    host = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    tokens = []
    for i in range(count):
        query = urllib.parse.urlencode(
            {"client_id": "bench", "redirect_uri": "http://127.0.0.1/back", "response_type": "code", "state": str(i)}
        )
        connection.request("GET", "/oauth2/default/v1/authorize?" + query)
        answer = connection.getresponse()
        answer.read()
        code = urllib.parse.parse_qs(urllib.parse.urlsplit(answer.getheader("Location")).query)["code"][0]
        form = urllib.parse.urlencode(
            {"grant_type": "authorization_code", "code": code, "redirect_uri": "http://127.0.0.1/back"}
        )
        connection.request(
            "POST", "/oauth2/default/v1/token", form, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        tokens.append(json.loads(connection.getresponse().read())["access_token"])
    connection.close()
    return tokens


def threads() -> int:
    return len(os.listdir("/proc/self/task"))


def resident_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def first_calls(v3_url: str, tokens: List[str], loop_per_client: bool) -> Dict[str, float]:
    """Makes one client per token, each followed by its first call; the figures of the batch."""
    import ctct

    threads_before, rss_before = threads(), resident_kb()
    clients, first_ms = [], []
    for i, token in enumerate(tokens):
        # Other HttpOptions give a client a loop of its own (engines share a loop per options).
        http = {"timeout_ms": 30_000 + i} if loop_per_client else {}
        client = ctct.Client(access_token=token, base_url=v3_url, rate_limit=ctct.RateLimit(per_second=0), **http)
        start = time.perf_counter()
        outcome = client.lists.list()
        first_ms.append((time.perf_counter() - start) * 1000)
        if outcome.outcome != "success":
            raise RuntimeError(f"client {i}: {outcome.outcome}: {outcome.reason}")
        clients.append(client)
    figures = {
        "clients": len(clients),
        "threads_added": threads() - threads_before,
        "kb_per_idle_client": (resident_kb() - rss_before) / len(clients),
        "first_call_median_ms": statistics.median(first_ms),
        "first_call_p90_ms": statistics.quantiles(first_ms, n=10)[-1],
        "first_calls_total_s": sum(first_ms) / 1000,
    }
    for client in clients:
        client.close()
    return figures


def lone_first_call(v3_url: str, token: str) -> float:
    """The first call of the only client of a fresh process, in milliseconds (median of 5)."""
    code = (
        "import time, ctct\n"
        f"client = ctct.Client(access_token={token!r}, base_url={v3_url!r})\n"
        "start = time.perf_counter()\n"
        "assert client.lists.list().outcome == 'success'\n"
        "print((time.perf_counter() - start) * 1000)\n"
    )
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(LONE_RUNS)]
    return statistics.median(runs)


def section(shared: Dict[str, float], separate: Dict[str, float], lone_ms: float, command: str) -> str:
    def row(name: str, f: Dict[str, float]) -> str:
        return (
            f"| {name} | {f['clients']} | {f['threads_added']} | {f['kb_per_idle_client']:.1f} | "
            f"{f['first_call_median_ms']:.2f} | {f['first_call_p90_ms']:.2f} | {f['first_calls_total_s']:.1f} |"
        )

    ratio = shared["first_call_median_ms"] / lone_ms
    return "\n".join(
        [
            "## Many accounts in one process (Python)",
            "",
            f"- command: `{command}`",
            f"- date: {time.strftime('%Y-%m-%d')}; targets: at most 4 threads for the SDK, at most 16 kB per idle",
            "  client, each client's first call within 10% of a lone client's.",
            "",
            "| mode | clients | threads added | kB per idle client | first call median ms | p90 ms | all first calls s |",
            "|---|---|---|---|---|---|---|",
            row("shared loop (default)", shared),
            row("one loop per client", separate),
            "",
            f"A lone client's first call in a fresh process: {lone_ms:.2f} ms (median of {LONE_RUNS} processes); "
            f"the shared loop's median first call is {ratio:.2f}x that.",
            "",
            "Where the 155 s that 1,000 first calls once took went: each client had its own loop and kept",
            "its own connection alive, and the emulator gave every open connection one of a fixed 32",
            "workers, so from the 33rd client on each new connection waited for an idle one to time out",
            "(5 s). The emulator now starts a worker per open connection (`WorkerPool`; test",
            "`HttpEngineTest.TheEmulatorServesEveryKeptAliveConnectionAtOnce`), and clients share one loop",
            "and its connections, which removes both the wait and the thread per client.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--ctct-bin", type=Path, default=ROOT / "build" / "cpp" / "ctct")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "tenants.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        emulator = Emulator(args.ctct_bin, Path(work), wait_s=60)
        try:
            tokens = issue_tokens(emulator.url, 2 * args.clients + 1)
            lone_ms = lone_first_call(emulator.v3_url, tokens[-1])
            shared = first_calls(emulator.v3_url, tokens[: args.clients], loop_per_client=False)
            separate = first_calls(emulator.v3_url, tokens[args.clients : 2 * args.clients], loop_per_client=True)
        finally:
            emulator.stop()
    command = " ".join(["python3", "bench/tenants.py", *sys.argv[1:]])
    text = section(shared, separate, lone_ms, command)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
