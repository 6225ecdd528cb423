"""What every Python client of the benchmarks shares: arguments, the timing loops and the JSON
line it prints. Each client module gives one callable per scenario (get, create, page, and
inflight for async ones) that answers True when the answer is what the scenario expects."""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import resource
import time
from typing import Awaitable, Callable, Dict, List


def token() -> str:
    """The bearer token every client sends: run.py's (clients.TOKEN), in CTCT_BENCH_TOKEN."""
    return os.environ["CTCT_BENCH_TOKEN"]


# The contact every create sends: what POST /contacts needs, as Constant Contact documents it.
NEW_CONTACT = {
    "email_address": {"address": "ada.lovelace@example.com"},
    "first_name": "Ada",
    "last_name": "Lovelace",
    "create_source": "Contact",
}


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=["get", "create", "page", "inflight"])
    parser.add_argument("base_url")
    parser.add_argument("contact_id")
    parser.add_argument("seconds", type=float)
    parser.add_argument("warmup", type=int)
    parser.add_argument("in_flight", type=int, nargs="?", default=64)
    return parser.parse_args()


def cpu_seconds() -> float:
    """User + system time of every thread of this process (a client's I/O thread included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def percentile(values: List[float], p: float) -> float:
    """Nearest rank, the same rule as the C++ and Node clients."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(math.ceil(p * len(ordered)), 1) - 1]


def report(latencies_ms: List[float], errors: int, wall_s: float, cpu_s: float) -> None:
    print(
        json.dumps(
            {
                "calls": len(latencies_ms),
                "errors": errors,
                "wall_s": wall_s,
                "cpu_s": cpu_s,
                "p50_ms": percentile(latencies_ms, 0.50),
                "p99_ms": percentile(latencies_ms, 0.99),
            }
        )
    )


def run_sync(args: argparse.Namespace, calls: Dict[str, Callable[[], bool]]) -> None:
    call = calls[args.scenario]
    for _ in range(args.warmup):
        call()
    latencies: List[float] = []
    errors = 0
    cpu0 = cpu_seconds()
    start = now = time.perf_counter()
    deadline = start + args.seconds
    while now < deadline:
        if not call():
            errors += 1
        end = time.perf_counter()
        latencies.append((end - now) * 1000)
        now = end
    report(latencies, errors, time.perf_counter() - start, cpu_seconds() - cpu0)


async def _timed(
    call: Callable[[], Awaitable[bool]], deadline: float, latencies: List[float], errors: List[int]
) -> None:
    now = time.perf_counter()
    while now < deadline:
        if not await call():
            errors[0] += 1
        end = time.perf_counter()
        latencies.append((end - now) * 1000)
        now = end


async def run_async(args: argparse.Namespace, calls: Dict[str, Callable[[], Awaitable[bool]]]) -> None:
    """Sequential scenarios await one call at a time; inflight keeps `in_flight` GETs going."""
    call = calls["get" if args.scenario == "inflight" else args.scenario]
    for _ in range(args.warmup):
        await call()
    workers = args.in_flight if args.scenario == "inflight" else 1
    latencies: List[float] = []
    errors = [0]
    cpu0 = cpu_seconds()
    start = time.perf_counter()
    deadline = start + args.seconds
    await asyncio.gather(*(_timed(call, deadline, latencies, errors) for _ in range(workers)))
    report(latencies, errors[0], time.perf_counter() - start, cpu_seconds() - cpu0)
