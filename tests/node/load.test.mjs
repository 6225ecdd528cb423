// Load: 10,000 Promises in flight at once on one client, in rounds, against the emulator with no
// rate limit. Every outcome is accounted for (the injected 404s exactly), the emulator counts the
// same requests, and memory stays flat from round to round.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { useEmulator } from './support.mjs';

const emulator = useEmulator();

const CALLS = 10_000;
const ROUNDS = 8;
const INJECTED = 25; // 404s the emulator answers on purpose each round
const ALLOWED_GROWTH = 10 * 1024 * 1024;
// The first rounds raise V8's heap and the allocator arenas of the emulator's and the client's
// threads (this process hosts both) to their high-water marks, some 15-30 MB; memory is compared
// from the end of round 4 on, where a leak still shows as growth with every round.
const WARM_ROUNDS = 4;
const LIST_ID = '11111111-1111-4111-8111-00000000a0ad';
const CONTACT_ID = 'cccccccc-cccc-4ccc-8ccc-00000000a0ad';
const LIST_ROUTE = 'GET /v3/contact_lists/{list_id}';
const CONTACT_ROUTE = 'GET /v3/contacts/{contact_id}';

// A full collection before each reading, so that RSS shows what is kept, not garbage not yet
// collected. The flag is set at run time because node --test starts this file itself.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

function rss() {
  collectGarbage();
  return process.memoryUsage().rss;
}

function routeCounts() {
  const byRoute = emulator.stats().by_route;
  return [byRoute[LIST_ROUTE] ?? 0, byRoute[CONTACT_ROUTE] ?? 0];
}

test(`${CALLS} Promises at once, in ${ROUNDS} rounds, account for every outcome with flat memory`, async () => {
  emulator.seed({
    lists: [{ list_id: LIST_ID, name: 'Load' }],
    contacts: [{ contact_id: CONTACT_ID, email_address: { address: 'load@example.com' } }],
  });
  const notFound = JSON.stringify([{ error_key: 'not_found', error_message: 'Injected.' }]);
  const client = emulator.client({ rate_limit: { per_second: 0 } });
  const readings = [];
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      emulator.fault({ method: 'GET', path: `/v3/contact_lists/${LIST_ID}`, status: 404, body: notFound, times: INJECTED });
      const [listsBefore, contactsBefore] = routeCounts();
      const outcomes = await Promise.all(
        Array.from({ length: CALLS }, (_, i) =>
          i % 2 === 0 ? client.lists.get(LIST_ID) : client.contacts.get(CONTACT_ID),
        ),
      );
      const kinds = {};
      let attempts = 0;
      for (const outcome of outcomes) {
        const kind = `${outcome.outcome} ${outcome.status}`;
        kinds[kind] = (kinds[kind] ?? 0) + 1;
        attempts += outcome.attempts;
      }
      assert.equal(outcomes.length, CALLS);
      assert.deepEqual(kinds, { 'success 200': CALLS - INJECTED, 'failure 404': INJECTED });
      assert.equal(attempts, CALLS); // a 404 is not retried
      const [listsAfter, contactsAfter] = routeCounts();
      assert.deepEqual([listsAfter - listsBefore, contactsAfter - contactsBefore], [CALLS / 2, CALLS / 2]);
      readings.push(rss());
    }
  } finally {
    client.close();
  }
  console.log(`RSS per round (MB): ${readings.map((bytes) => (bytes / 2 ** 20).toFixed(1)).join(' ')}`);
  const growth = readings.at(-1) - readings[WARM_ROUNDS - 1];
  assert.ok(growth < ALLOWED_GROWTH, `RSS grew ${growth} bytes after round ${WARM_ROUNDS}: ${readings.join(' ')}`);
});
