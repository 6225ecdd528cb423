"""The canned Constant Contact answers nginx serves: taken from ctct's emulator, which answers
with the service's own shapes (validated against its OpenAPI description), so every client in
the benchmarks parses what Constant Contact would send."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

from ctct.testing import Emulator

PAGE_SIZE = 500
# Where nginx serves the endless listing of the iterate row: every page is the canned page with
# a next link to the same place, so a client reads as many pages as it asks for.
ITERATE_PREFIX = "/iterate"
FIRST_NAMES = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken"]
LAST_NAMES = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson"]


def _contact(i: int) -> Dict[str, Any]:
    first, last = FIRST_NAMES[i % len(FIRST_NAMES)], LAST_NAMES[i // len(FIRST_NAMES) % len(LAST_NAMES)]
    return {
        "email_address": {
            "address": f"{first.lower()}.{last.lower()}.{i}@example.com",
            "permission_to_send": "implicit",
        },
        "first_name": first,
        "last_name": last,
        "job_title": "Engineer",
        "company_name": "Analytical Engines Ltd",
    }


def _call(emulator: Emulator, method: str, path: str, body: Optional[Dict[str, Any]] = None) -> Tuple[int, bytes]:
    request = urllib.request.Request(
        emulator.v3_url + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={
            "Authorization": f"Bearer {emulator.access_token}",
            "Accept": "application/json",
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(request) as response:
        return response.status, response.read()


def write(folder: Path, new_contact: Dict[str, Any]) -> str:
    """Writes contact.json, created.json (the answer to creating `new_contact`), page.json
    (500 contacts, the last page) and pages.json (the same page with a next link under
    ITERATE_PREFIX) into `folder`; answers the id of the contact."""
    folder.mkdir(parents=True, exist_ok=True)
    with Emulator() as emulator:
        ids = emulator.seed(contacts=[_contact(i) for i in range(PAGE_SIZE)])["contacts"]
        answers = {
            "contact.json": _call(emulator, "GET", f"/contacts/{ids[0]}"),
            "page.json": _call(emulator, "GET", f"/contacts?limit={PAGE_SIZE}"),
            "created.json": _call(emulator, "POST", "/contacts", new_contact),
        }
    for name, (status, body) in answers.items():
        if status not in (200, 201):
            raise RuntimeError(f"the emulator answered {status} for {name}")
        (folder / name).write_bytes(body)
    page = json.loads(answers["page.json"][1])
    if len(page["contacts"]) != PAGE_SIZE or "_links" in page and "next" in page["_links"]:
        raise RuntimeError("the emulator's page is not one last page of 500 contacts")
    page["_links"] = {"next": {"href": f"{ITERATE_PREFIX}/v3/contacts?cursor=next&limit={PAGE_SIZE}"}}
    (folder / "pages.json").write_text(json.dumps(page, separators=(",", ":")))
    return ids[0]
