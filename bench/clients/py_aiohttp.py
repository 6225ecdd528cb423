"""aiohttp.ClientSession: pooled keep-alive connections, JSON read with .json()."""

import asyncio

import aiohttp
import bench_common as bench


async def main() -> None:
    args = bench.arguments()
    headers = {"Authorization": f"Bearer {bench.token()}", "Accept": "application/json"}
    async with aiohttp.ClientSession(headers=headers) as session:
        contact_url = f"{args.base_url}/contacts/{args.contact_id}"
        contacts_url = f"{args.base_url}/contacts"

        async def get() -> bool:
            async with session.get(contact_url) as response:
                body = await response.json()
                return response.status == 200 and body["email_address"]["address"] is not None

        async def create() -> bool:
            async with session.post(contacts_url, json=bench.NEW_CONTACT) as response:
                body = await response.json()
                return response.status == 201 and body["contact_id"] is not None

        async def page() -> bool:
            async with session.get(contacts_url, params={"limit": "500"}) as response:
                contacts = (await response.json())["contacts"] if response.status == 200 else []
                return sum(1 for c in contacts if c["email_address"]["address"]) == 500

        await bench.run_async(args, {"get": get, "create": create, "page": page})


asyncio.run(main())
