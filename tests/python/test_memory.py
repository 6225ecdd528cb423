"""Peak memory of reading a big page, each in a fresh child process (the peak RSS of its own image,
VmHWM, so that nothing else the suite did counts): a ~20 MB page stays within 3x its body plus a fixed allowance, whether it
holds 500 contacts with big unknown fields or more contacts than the API ever sends in a page
(which the core refuses as an error outcome)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
from conftest import HOSTILE_SERVER

ALLOWANCE = 24 * 2**20  # the allocator's and libcurl's own, and Python's objects for one page

CHILD = r"""
import json, sys
import ctct

def peak():
    # The peak of this process image: ru_maxrss would carry the peak of the parent it forked from.
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))

def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # the peak becomes the current size
    except OSError:
        pass  # the peak so far, of this image only, is the baseline then

port, behaviour = sys.argv[1], sys.argv[2]
options = dict(access_token="t", rate_limit=ctct.RateLimit(per_second=0), allow_insecure_http=True,
               retry=ctct.RetryOptions(max_attempts=1))
with ctct.Client(base_url=f"http://127.0.0.1:{port}/contacts-page-1-1000/v3", **options) as warm:
    assert warm.contacts.list().ok  # libcurl, the I/O thread and the conversions warmed up
reset_peak()
before = peak()
with ctct.Client(base_url=f"http://127.0.0.1:{port}/{behaviour}/v3", **options) as client:
    outcome = client.contacts.list()
    read = peak() - before  # the core's part: the body, its parse, the page
    contacts = outcome.value.items if outcome.ok else []
    names = [contact.first_name for contact in contacts]  # every item reaches Python
    print(json.dumps({"outcome": outcome.outcome, "reason": outcome.reason, "items": len(names),
                      "read": read, "growth": peak() - before}))
"""


def body_bytes(count: int, pad: int) -> int:
    spec = importlib.util.spec_from_file_location("hostile_server", HOSTILE_SERVER)
    assert spec is not None and spec.loader is not None
    server = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(server)
    return len(server.contacts_page(count, pad))


def read_in_child(hostile: int, behaviour: str) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(hostile), behaviour], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    result: dict = json.loads(done.stdout)
    print(behaviour, result)
    return result


def test_500_contacts_with_big_unknown_fields_stay_within_three_times_the_body(hostile: int) -> None:
    body = body_bytes(500, 40_000)
    result = read_in_child(hostile, "contacts-page-500-40000")
    assert (result["outcome"], result["items"]) == ("success", 500)
    assert result["growth"] <= 3 * body + ALLOWANCE, (result["growth"], body)


@pytest.mark.parametrize("count", [160_000])  # about 20 MB
def test_a_page_of_more_contacts_than_the_api_sends_is_an_error_within_three_times_the_body(
    hostile: int, count: int
) -> None:
    body = body_bytes(count, 0)
    result = read_in_child(hostile, f"contacts-page-{count}-0")
    assert (result["outcome"], result["items"]) == ("error", 0), result
    assert result["growth"] <= 3 * body + ALLOWANCE, (result["growth"], body)
