'use strict';
// Node's built-in fetch: keep-alive connections of its global agent, JSON read with .json().
const bench = require('./bench_common.js');

async function main() {
  const a = bench.args();
  const headers = { Authorization: `Bearer ${bench.TOKEN}`, Accept: 'application/json' };
  const postHeaders = { ...headers, 'Content-Type': 'application/json' };
  const contactUrl = `${a.baseUrl}/contacts/${a.contactId}`;
  await bench.run(a, {
    async get() {
      const response = await fetch(contactUrl, { headers });
      const body = await response.json();
      return response.status === 200 && body.email_address.address != null;
    },
    async create() {
      const response = await fetch(`${a.baseUrl}/contacts`, {
        method: 'POST',
        headers: postHeaders,
        body: JSON.stringify(bench.NEW_CONTACT),
      });
      const body = await response.json();
      return response.status === 201 && body.contact_id != null;
    },
    async page() {
      const response = await fetch(`${a.baseUrl}/contacts?limit=500`, { headers });
      const body = await response.json();
      return response.status === 200 && body.contacts.filter((c) => c.email_address.address).length === 500;
    },
  });
}

main();
