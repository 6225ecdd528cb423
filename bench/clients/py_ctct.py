"""ctct's sync Python client."""

import bench_common as bench
import ctct

args = bench.arguments()
client = ctct.Client(access_token=bench.token(), base_url=args.base_url, rate_limit=ctct.RateLimit(per_second=0))
new_contact = ctct.Contact(bench.NEW_CONTACT)


def get() -> bool:
    outcome = client.contacts.get(args.contact_id)
    return bool(outcome) and outcome.value.email_address.address is not None


def create() -> bool:
    outcome = client.contacts.create(new_contact)
    return outcome.status == 201 and outcome.value.contact_id is not None


def page() -> bool:
    outcome = client.contacts.list(limit=500)
    return bool(outcome) and sum(1 for c in outcome.value.items if c.email_address.address) == 500


bench.run_sync(args, {"get": get, "create": create, "page": page})
client.close()
