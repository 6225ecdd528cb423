'use strict';
// ctct's Node client.
const bench = require('./bench_common.js');
const { Client } = bench.benchRequire('ctct');

async function main() {
  const a = bench.args();
  // One connection per request in flight, as undici's Pool is sized in S3.
  const client = new Client({
    accessToken: bench.TOKEN,
    baseUrl: a.baseUrl,
    rateLimit: { perSecond: 0 },
    maxConnections: a.inFlight,
  });
  await bench.run(a, {
    async get() {
      const outcome = await client.contacts.get(a.contactId);
      return outcome.outcome === 'success' && outcome.value.email_address.address != null;
    },
    async create() {
      const outcome = await client.contacts.create(bench.NEW_CONTACT);
      return outcome.status === 201 && outcome.value.contact_id != null;
    },
    async page() {
      const outcome = await client.contacts.list({ limit: 500 });
      if (outcome.outcome !== 'success') return false;
      return outcome.value.items.filter((c) => c.email_address.address).length === 500;
    },
  });
  client.close();
}

main();
