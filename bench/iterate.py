"""The iterate row: ctct's clients read contacts with iter() over pages of 500 (C++: pages()),
10,000 and then 100,000 of them, each count in its own process, which reports its own peak RSS
(VmHWM) at its end. Flat memory means the 100,000-contact run peaks where the 10,000-contact run does."""

from __future__ import annotations

from typing import List, Tuple

import clients

COUNTS = (10_000, 100_000)
SMOKE_COUNTS = (500, 1_000)
PROGRAMS = {  # client key: the program that iterates (bench/clients/, or the C++ build)
    "ctct-cpp": "ctct_bench",
    "ctct-py": "py_ctct_iterate.py",
    "ctct-node": "node_ctct_iterate.js",
}


def commands(paths: clients.Paths, base_url: str, smoke: bool) -> List[Tuple[str, int, List[str]]]:
    """(client key, contacts, command) for every run of the row."""
    out = []
    for key, program in PROGRAMS.items():
        for count in SMOKE_COUNTS if smoke else COUNTS:
            if key == "ctct-cpp":
                cmd = [str(paths.cpp_dir / program), "iterate", base_url, str(count)]
            elif program.endswith(".py"):
                cmd = [paths.python, str(clients.CLIENTS / program), base_url, str(count)]
            else:
                cmd = ["node", str(clients.CLIENTS / program), base_url, str(count)]
            out.append((key, count, cmd))
    return out
