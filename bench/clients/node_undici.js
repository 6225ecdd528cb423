'use strict';
// undici's Pool on the server's origin: keep-alive connections, JSON read with body.json().
const bench = require('./bench_common.js');
const { Pool } = bench.benchRequire('undici');

async function main() {
  const a = bench.args();
  const url = new URL(a.baseUrl);
  const pool = new Pool(url.origin, { connections: a.inFlight });
  const headers = { authorization: `Bearer ${bench.TOKEN}`, accept: 'application/json' };
  const postHeaders = { ...headers, 'content-type': 'application/json' };
  const contactPath = `${url.pathname}/contacts/${a.contactId}`;
  await bench.run(a, {
    async get() {
      const { statusCode, body } = await pool.request({ method: 'GET', path: contactPath, headers });
      const contact = await body.json();
      return statusCode === 200 && contact.email_address.address != null;
    },
    async create() {
      const { statusCode, body } = await pool.request({
        method: 'POST',
        path: `${url.pathname}/contacts`,
        headers: postHeaders,
        body: JSON.stringify(bench.NEW_CONTACT),
      });
      const contact = await body.json();
      return statusCode === 201 && contact.contact_id != null;
    },
    async page() {
      const { statusCode, body } = await pool.request({
        method: 'GET',
        path: `${url.pathname}/contacts?limit=500`,
        headers,
      });
      const page = await body.json();
      return statusCode === 200 && page.contacts.filter((c) => c.email_address.address).length === 500;
    },
  });
  await pool.close();
}

main();
