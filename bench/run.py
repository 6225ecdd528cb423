"""Runs the benchmarks: nginx on loopback serves canned Constant Contact answers, and every
client runs every scenario it takes, each run its own process, `--reps` times over. Writes the
raw figures as JSON, then RESULTS.md and the chart (bench/report.py).

    python bench/run.py                 # the full run (make bench)
    python bench/run.py --smoke         # tiny counts, every client and scenario once (CI)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Dict, List

import canned
import clients
import iterate
import machine
import report
import s5
from bench_paths import ROOT, WORK
from nginx import Nginx

sys.path.insert(0, str(clients.CLIENTS))
from bench_common import NEW_CONTACT  # noqa: E402  (the clients' own contact)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny counts: checks the harness, not speed")
    parser.add_argument("--reps", type=int, help="repetitions of every run (default 5, smoke 1)")
    parser.add_argument("--seconds", type=float, help="timed seconds of every run (default 2, smoke 0.2)")
    parser.add_argument("--warmup", type=int, help="untimed calls before each run (default 50, smoke 2)")
    parser.add_argument("--in-flight", type=int, default=64)
    parser.add_argument("--s5-contacts", type=int, help="contacts imported in S5 (default 100000, smoke 1000)")
    parser.add_argument("--cpp-build", type=Path, default=ROOT / "build" / "bench-cpp")
    parser.add_argument("--only", nargs="*", default=[], help="client keys to run (default: all)")
    parser.add_argument(
        "--scenarios",
        nargs="*",
        default=[*clients.SCENARIOS, "iterate", "s5"],
        help="scenarios to run (default: get create inflight page iterate s5)",
    )
    parser.add_argument(
        "--out", type=Path, help="raw JSON (default bench/results/results.json; smoke: under build/bench)"
    )
    args = parser.parse_args()
    smoke = args.smoke
    args.reps = args.reps or (1 if smoke else 5)
    args.seconds = args.seconds or (0.2 if smoke else 2.0)
    args.warmup = args.warmup if args.warmup is not None else (2 if smoke else 50)
    args.s5_contacts = args.s5_contacts or (1000 if smoke else 100_000)
    args.out = args.out or (WORK / "smoke" / "results.json" if smoke else ROOT / "bench" / "results" / "results.json")
    return args


class PeakMemory(threading.Thread):
    """Follows a process's VmHWM (its own high-water RSS since exec). wait4's ru_maxrss would
    not do: Linux carries the forking parent's peak over into it."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.path, self.peak_kib, self.done = f"/proc/{pid}/status", 0, threading.Event()
        self.start()

    def run(self) -> None:
        while not self.done.wait(0.05):
            try:
                with open(self.path) as f:
                    line = next(entry for entry in f if entry.startswith("VmHWM:"))
                self.peak_kib = max(self.peak_kib, int(line.split()[1]))
            except (OSError, StopIteration):
                pass


def run_one(cmd: List[str], env: Dict[str, str], timeout: float) -> Dict[str, Any]:
    """Runs one client process; answers its figures plus its peak RSS and CPU as the kernel
    counted them, so nothing the client says about itself is needed for those."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        memory = PeakMemory(process.pid)
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
            memory.done.set()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text, errors = out.read().decode(), err.read().decode()
    figures: Dict[str, Any] = {
        "exit": process.returncode,
        "rss_mb": memory.peak_kib / 1024,
        "process_cpu_s": usage.ru_utime + usage.ru_stime,
    }
    if process.returncode != 0:
        figures["failure"] = (errors or text).strip()[-2000:]
        return figures
    if cmd[0] == "wrk":
        figures.update(clients.parse_wrk(text))
        figures["cpu_s"] = figures["process_cpu_s"]  # wrk reports no CPU time of its own
    else:
        figures.update(json.loads(text.strip().splitlines()[-1]))
    return figures


def main() -> int:
    args = arguments()
    started = time.time()
    paths = clients.Paths(python=sys.executable, node_dir=WORK / "node", cpp_dir=args.cpp_build / "bench" / "cpp")
    env = dict(os.environ, CTCT_BENCH_NODE=str(paths.node_dir), CTCT_BENCH_TOKEN=clients.TOKEN)
    chosen = [c for c in clients.CLIENT_LIST if not args.only or c.key in args.only]
    work = WORK / ("smoke" if args.smoke else "full")
    contact_id = canned.write(work / "canned", NEW_CONTACT)
    runs: List[Dict[str, Any]] = []
    iterated: List[Dict[str, Any]] = []
    with Nginx(work / "nginx", work / "canned", contact_id) as nginx:
        # Repetitions outermost: a slow spell of the shared machine touches every client alike.
        for rep in range(args.reps):
            for scenario in [s for s in clients.SCENARIOS if s in args.scenarios]:
                for client in chosen:
                    if scenario not in client.scenarios:
                        continue
                    cmd = clients.command(
                        client, scenario, nginx.base_url, contact_id, args.seconds, args.warmup, args.in_flight, paths
                    )
                    figures = run_one(cmd, env, timeout=args.seconds + 120)
                    runs.append({"scenario": scenario, "client": client.key, "rep": rep, **figures})
                    calls = figures.get("calls", 0)
                    rate = calls / figures["wall_s"] if calls else 0
                    print(
                        f"rep {rep + 1}/{args.reps} {scenario:8} {clients.display_name(client.key, scenario):18}"
                        f" {rate:10.0f} calls/s  errors {figures.get('errors', '-')}"
                        f"{'  FAILED: ' + figures['failure'] if 'failure' in figures else ''}",
                        flush=True,
                    )
            if "iterate" in args.scenarios:
                for key, count, cmd in iterate.commands(paths, nginx.iterate_url, args.smoke):
                    if args.only and key not in args.only:
                        continue
                    figures = run_one(cmd, env, timeout=600)
                    iterated.append({"client": key, "contacts": count, "rep": rep, **figures})
                    print(
                        f"rep {rep + 1}/{args.reps} iterate  {clients.display_name(key, 'page'):18}"
                        f" {count:>7} contacts  peak RSS {figures['rss_mb']:.1f} MB"
                        f"{'  FAILED: ' + figures['failure'] if 'failure' in figures else ''}",
                        flush=True,
                    )
    bulk = s5.run(args.cpp_build, args.s5_contacts, env) if "s5" in args.scenarios else None
    results = {
        "smoke": args.smoke,
        "command": " ".join(["python", "bench/run.py", *sys.argv[1:]]),
        "settings": {
            "reps": args.reps,
            "seconds": args.seconds,
            "warmup": args.warmup,
            "in_flight": args.in_flight,
            "s5_contacts": args.s5_contacts,
        },
        "machine": machine.describe(paths),
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(started)),
        "duration_s": round(time.time() - started),
        "runs": runs,
        "iterate": iterated,
        "s5": bulk,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n")
    results_md = args.out.parent / "RESULTS.md" if args.smoke else ROOT / "bench" / "RESULTS.md"
    report.write(results, results_md, args.out.parent / "calls-per-second.png")
    print(f"wrote {args.out}, {results_md}")
    failed = [r for r in runs if r["exit"] != 0 or r.get("errors")]
    failed += [{"scenario": "iterate", **r} for r in iterated if r["exit"] != 0 or r.get("errors")]
    if bulk and not bulk.get("ok"):
        failed.append({"scenario": "s5", "client": "ctct-cpp"})
    for r in failed:
        print(f"FAILED: {r['scenario']} {r['client']}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
