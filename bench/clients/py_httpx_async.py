"""httpx.AsyncClient: pooled keep-alive connections, JSON read with .json()."""

import asyncio

import bench_common as bench
import httpx


async def main() -> None:
    args = bench.arguments()
    headers = {"Authorization": f"Bearer {bench.token()}", "Accept": "application/json"}
    async with httpx.AsyncClient(base_url=args.base_url, headers=headers) as client:
        contact_path = f"/contacts/{args.contact_id}"

        async def get() -> bool:
            response = await client.get(contact_path)
            return response.status_code == 200 and response.json()["email_address"]["address"] is not None

        async def create() -> bool:
            response = await client.post("/contacts", json=bench.NEW_CONTACT)
            return response.status_code == 201 and response.json()["contact_id"] is not None

        async def page() -> bool:
            response = await client.get("/contacts", params={"limit": 500})
            contacts = response.json()["contacts"] if response.status_code == 200 else []
            return sum(1 for c in contacts if c["email_address"]["address"]) == 500

        await bench.run_async(args, {"get": get, "create": create, "page": page})


asyncio.run(main())
