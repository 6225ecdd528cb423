"""The rate limiter shared through Redis, on loopback: what it costs each call, and how many
acquisitions a second one redis-server sustains.

Reports, in one run, against the canned nginx of bench/run.py and a redis-server of its own:
- one process of ctct's asyncio Python client (bench/clients/py_ctct_limited.py) calling one at a
  time on one API key with a limit too high to bind, its in-process limiter against the limiter
  shared through Redis, `--reps` times each: calls/s, CPU per call of the client process and of
  redis-server, median latency;
- 8 such processes at once (`--processes`), each with `--in-flight` calls in flight, all on the
  Redis limiter: the acquisitions Redis counted in a window while all of them ran, per second,
  and redis-server's CPU per acquisition, beside Constant Contact's limits (4/s, partner 10/s).
  These are ctct's own processes sending ctct's own script (EVALSHA, pipelined by each
  process's connection), so the figure is what a service of 8 workers gets, and redis-server's
  CPU per acquisition says how far one Redis core would go.
Prints a Markdown section and writes it to --out.

    python3 bench/redis_limiter.py [--seconds 5] [--reps 3] [--processes 8] [--in-flight 16]
        [--out bench/results/redis_limiter.md]

Needs ctct installed in the running Python (build/bench/venv has it after bench/setup), nginx and
redis-server.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

import canned
import clients
from bench_paths import ROOT, WORK
from nginx import Nginx, free_port
from run import run_one

sys.path.insert(0, str(clients.CLIENTS))
from bench_common import NEW_CONTACT  # noqa: E402  (the clients' own contact)

WORKER = clients.CLIENTS / "py_ctct_limited.py"
CONSTANT_CONTACT = {"4/s (a key's limit)": 4, "10/s (a partner key's)": 10}
TICKS = os.sysconf("SC_CLK_TCK")


class Redis:
    """redis-server on a free loopback port without persistence; a context manager that stops it
    by its pid."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}"
        self.process: Optional[subprocess.Popen[bytes]] = None

    def __enter__(self) -> Redis:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"redis-server exited with {self.process.returncode}") from None
                time.sleep(0.01)
        raise RuntimeError("redis-server did not start listening within 10 s")

    def __exit__(self, *exc: object) -> None:
        if self.process:
            self.process.kill()
            self.process.wait()

    def cli(self, *command: str) -> str:
        out = subprocess.run(["redis-cli", "-p", str(self.port), *command], capture_output=True, text=True, check=True)
        return out.stdout.strip()

    def acquisitions(self) -> int:
        """The day's count of the limiter's one key: one per request it let go."""
        keys = self.cli("--scan", "--pattern", "ctct:*:limit").split()
        return int(self.cli("HGET", keys[0], "used")) if keys else 0

    def cpu_s(self) -> float:
        """User + system time redis-server has used."""
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS


def worker(
    scenario: str, base_url: str, contact_id: str, args: argparse.Namespace, in_flight: int, redis: str
) -> List[str]:
    command = [sys.executable, str(WORKER), scenario, base_url, contact_id, str(args.seconds), str(args.warmup)]
    return command + [str(in_flight)] + ([redis] if redis else [])


def one_process(nginx: Nginx, contact_id: str, redis: Redis, args: argparse.Namespace) -> Dict[str, Dict[str, float]]:
    """Per limiter, the medians over the repetitions of one process calling one at a time."""
    runs: Dict[str, List[Dict[str, Any]]] = {"in-process": [], "Redis": []}
    for _ in range(args.reps):  # repetitions outermost: a slow spell of the machine touches both alike
        for limiter, url in (("in-process", ""), ("Redis", redis.url)):
            count0, cpu0 = redis.acquisitions(), redis.cpu_s()
            figures = run_one(
                worker("get", nginx.base_url, contact_id, args, 1, url), dict(os.environ), args.seconds + 120
            )
            if figures["exit"] != 0 or figures.get("errors"):
                raise RuntimeError(f"the {limiter} run failed: {figures.get('failure') or figures}")
            # Warm-up calls included: Redis's time over the acquisitions it counted.
            acquired = redis.acquisitions() - count0
            figures["redis_cpu_us"] = (redis.cpu_s() - cpu0) / acquired * 1e6 if acquired else None
            runs[limiter].append(figures)
    med = statistics.median
    return {
        limiter: {
            "rate": med(r["calls"] / r["wall_s"] for r in reps),
            "cpu_us": med(r["cpu_s"] / r["calls"] * 1e6 for r in reps),
            "p50_us": med(r["p50_ms"] * 1000 for r in reps),
            "redis_cpu_us": med(r["redis_cpu_us"] for r in reps) if reps[0]["redis_cpu_us"] is not None else None,
        }
        for limiter, reps in runs.items()
    }


def many_processes(nginx: Nginx, contact_id: str, redis: Redis, args: argparse.Namespace) -> Dict[str, float]:
    """Acquisitions a second Redis counted while every process ran, and its CPU per acquisition."""
    timed = argparse.Namespace(**{**vars(args), "seconds": args.window + 20})  # outlasts the window
    command = worker("inflight", nginx.base_url, contact_id, timed, args.in_flight, redis.url)
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(args.processes)]
    try:
        for process in processes:
            assert process.stdout is not None
            if process.stdout.readline() != "ready\n":
                raise RuntimeError("a worker ended before its calls began")
        count0, cpu0, start = redis.acquisitions(), redis.cpu_s(), time.monotonic()
        time.sleep(args.window)
        count1, cpu1, wall = redis.acquisitions(), redis.cpu_s(), time.monotonic() - start
    finally:
        for process in processes:
            process.kill()
            process.wait()
    acquired = count1 - count0
    return {"acquired": acquired, "rate": acquired / wall, "redis_cpu_us": (cpu1 - cpu0) / acquired * 1e6}


def section(args: argparse.Namespace, load: float, single: Dict[str, Dict[str, float]], many: Dict[str, float]) -> str:
    own, shared = single["in-process"], single["Redis"]
    ceiling = 1e6 / many["redis_cpu_us"]
    command = " ".join(["python3", "bench/redis_limiter.py", *sys.argv[1:]])
    lines = [
        "## One API key's limiter shared through Redis",
        "",
        f"- command: `{command}`",
        f"- date: {time.strftime('%Y-%m-%d', time.gmtime())}; {os.cpu_count()} cores shared by nginx (one worker), "
        f"redis-server and the clients (load average {load:.1f} before the run); ctct's asyncio Python client on one API key with a limit too high to bind "
        "(1,000,000/s), GETs of one contact from the canned nginx of `bench/run.py`, redis-server "
        f"{redis_version()} on 127.0.0.1 without persistence.",
        "",
        f"One process calling one at a time, {args.reps} runs of {args.seconds:g} s per limiter (medians):",
        "",
        "| limiter | calls/s | client CPU µs / call | redis-server CPU µs / acquisition | p50 µs |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, s in (("in-process", own), ("Redis (`rate_limiter` a `redis://` URL)", shared)):
        redis_cpu = "none" if s["redis_cpu_us"] is None else f"{s['redis_cpu_us']:,.1f}"
        lines.append(f"| {name} | {s['rate']:,.0f} | {s['cpu_us']:,.0f} | {redis_cpu} | {s['p50_us']:,.0f} |")
    lines += [
        "",
        f"The Redis limiter costs each call {shared['p50_us'] - own['p50_us']:,.0f} µs of latency (a round trip to "
        f"Redis before the request) and {shared['cpu_us'] - own['cpu_us']:,.0f} µs of the client's CPU.",
        "",
        f"{args.processes} processes at once, {args.in_flight} calls in flight each, all on the Redis limiter, "
        f"counted by Redis over {args.window:g} s while all of them ran:",
        "",
        "| acquisitions / s | redis-server CPU µs / acquisition | one Redis core at that cost, / s |"
        + "".join(f" × Constant Contact's {name} |" for name in CONSTANT_CONTACT),
        "|---:|---:|---:|" + "---:|" * len(CONSTANT_CONTACT),
        f"| {many['rate']:,.0f} | {many['redis_cpu_us']:,.1f} | {ceiling:,.0f} |"
        + "".join(f" {many['rate'] / limit:,.0f} |" for limit in CONSTANT_CONTACT.values()),
        "",
        "The processes, nginx and Redis share the machine's cores, so the acquisitions a second are what the",
        "clients could send, not Redis's limit; Redis's CPU per acquisition gives the ceiling of one core.",
        "Either is orders of magnitude above any Constant Contact limit: Redis is never the bottleneck.",
        "",
    ]
    return "\n".join(lines)


def redis_version() -> str:
    out = subprocess.run(["redis-server", "--version"], capture_output=True, text=True).stdout
    return next((word[2:] for word in out.split() if word.startswith("v=")), "?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="timed seconds of each one-process run")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=50, help="untimed calls of each process")
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--in-flight", type=int, default=16, help="calls in flight in each of the processes")
    parser.add_argument("--window", type=float, default=10.0, help="seconds counted while all processes run")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "redis_limiter.md")
    args = parser.parse_args()
    os.environ["CTCT_BENCH_TOKEN"] = clients.TOKEN  # for every worker, as run.py hands it
    load = os.getloadavg()[0]  # other work on the machine moves every figure
    work = WORK / "redis_limiter"
    contact_id = canned.write(work / "canned", NEW_CONTACT)
    with Nginx(work / "nginx", work / "canned", contact_id) as nginx, Redis() as redis:
        single = one_process(nginx, contact_id, redis, args)
        many = many_processes(nginx, contact_id, redis, args)
    text = section(args, load, single, many)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
