"""Where a Python S4 page's time goes: the process's CPU (its I/O thread included) per call of
each step of what the S4 client does (bench/clients/py_ctct.py), against the canned nginx, in
one process. Not a figure of the report: a breakdown for the findings (bench/findings_pages.md).

    build/bench/venv/bin/python bench/py_page_parts.py [CALLS]
"""

from __future__ import annotations

import sys
import time
from typing import Any, Callable

import canned
import clients
import ctct
from bench_paths import WORK
from nginx import Nginx

sys.path.insert(0, str(clients.CLIENTS))
from bench_common import NEW_CONTACT  # noqa: E402  (the clients' own contact)


def cpu_ms_per_call(step: Callable[[], Any], calls: int) -> float:
    step()
    start = time.process_time()
    for _ in range(calls):
        step()
    return (time.process_time() - start) / calls * 1e3


def main() -> int:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    work = WORK / "page-parts"
    contact_id = canned.write(work / "canned", NEW_CONTACT)
    with Nginx(work / "nginx", work / "canned", contact_id) as nginx:
        client = ctct.Client(
            access_token=clients.TOKEN, base_url=nginx.base_url, rate_limit=ctct.RateLimit(per_second=0)
        )
        items = client.contacts.list(limit=canned.PAGE_SIZE).value.items
        assert len(items) == canned.PAGE_SIZE, "the canned page did not come"
        steps = {
            "list(limit=500), dropped": lambda: client.contacts.list(limit=canned.PAGE_SIZE),
            "list(limit=500).value.items, dropped": lambda: client.contacts.list(limit=canned.PAGE_SIZE).value.items,
            "the S4 call: list, items, every address": lambda: sum(
                1 for item in client.contacts.list(limit=canned.PAGE_SIZE).value.items if item.email_address.address
            ),
            "item.contact_id, 500 items of a held page": lambda: [item.contact_id for item in items],
            "item.email_address, the same 500": lambda: [item.email_address for item in items],
            "item.email_address.address, the same 500": lambda: [item.email_address.address for item in items],
        }
        for name, step in steps.items():
            print(f"{name:42} {cpu_ms_per_call(step, calls):7.3f} ms of process CPU a call")
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
