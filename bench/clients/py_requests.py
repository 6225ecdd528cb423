"""requests.Session: one keep-alive connection, JSON read with .json()."""

import bench_common as bench
import requests

args = bench.arguments()
session = requests.Session()
session.headers.update({"Authorization": f"Bearer {bench.token()}", "Accept": "application/json"})
contact_url = f"{args.base_url}/contacts/{args.contact_id}"
contacts_url = f"{args.base_url}/contacts"


def get() -> bool:
    response = session.get(contact_url)
    return response.status_code == 200 and response.json()["email_address"]["address"] is not None


def create() -> bool:
    response = session.post(contacts_url, json=bench.NEW_CONTACT)
    return response.status_code == 201 and response.json()["contact_id"] is not None


def page() -> bool:
    response = session.get(contacts_url, params={"limit": 500})
    contacts = response.json()["contacts"] if response.status_code == 200 else []
    return sum(1 for c in contacts if c["email_address"]["address"]) == 500


bench.run_sync(args, {"get": get, "create": create, "page": page})
session.close()
