"""The machine and software a run measured: printed into RESULTS.md beside the figures."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
from importlib import metadata
from typing import Any, Dict

import ctct


def _first_line(cmd: list) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    except OSError:
        return "not found"
    return ((out.stdout or out.stderr).strip().splitlines() or ["?"])[0]


def _cpu_model() -> str:
    with open("/proc/cpuinfo") as f:
        match = re.search(r"^model name\s*:\s*(.+)$", f.read(), re.M)
    return match.group(1).strip() if match else platform.processor()


def _memory_gib() -> float:
    with open("/proc/meminfo") as f:
        kib = int(re.search(r"^MemTotal:\s+(\d+)", f.read(), re.M).group(1))
    return round(kib / 2**20, 1)


def _npm_version(node_dir, package: str) -> str:
    with open(node_dir / "node_modules" / package / "package.json") as f:
        return json.load(f)["version"]


def describe(paths) -> Dict[str, Any]:
    return {
        "nproc": os.cpu_count(),
        "cpu": _cpu_model(),
        "memory_gib": _memory_gib(),
        "kernel": platform.release(),
        "versions": {
            "ctct": ctct.__version__,
            "g++": _first_line(["g++", "--version"]),
            "libcurl": _first_line(["curl-config", "--version"]),
            "python": platform.python_version(),
            "requests": metadata.version("requests"),
            "httpx": metadata.version("httpx"),
            "aiohttp": metadata.version("aiohttp"),
            "node": _first_line(["node", "--version"]),
            "undici": _npm_version(paths.node_dir, "undici"),
            "nginx": _first_line(["nginx", "-v"]),
            "wrk": _first_line(["wrk", "--version"]),
        },
    }
