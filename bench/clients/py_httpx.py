"""httpx.Client (sync): one keep-alive connection, JSON read with .json()."""

import bench_common as bench
import httpx

args = bench.arguments()
client = httpx.Client(
    base_url=args.base_url, headers={"Authorization": f"Bearer {bench.token()}", "Accept": "application/json"}
)
contact_path = f"/contacts/{args.contact_id}"


def get() -> bool:
    response = client.get(contact_path)
    return response.status_code == 200 and response.json()["email_address"]["address"] is not None


def create() -> bool:
    response = client.post("/contacts", json=bench.NEW_CONTACT)
    return response.status_code == 201 and response.json()["contact_id"] is not None


def page() -> bool:
    response = client.get("/contacts", params={"limit": 500})
    contacts = response.json()["contacts"] if response.status_code == 200 else []
    return sum(1 for c in contacts if c["email_address"]["address"]) == 500


bench.run_sync(args, {"get": get, "create": create, "page": page})
client.close()
