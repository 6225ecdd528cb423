// Load: 10,000 Promises in flight at once on one client, in rounds, against the emulator with no
// rate limit. Every outcome is accounted for (the injected 404s exactly), the emulator counts the
// same requests, and memory stays flat from round to round. The emulator runs in a child process,
// so that the resident memory measured is the client's alone.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Client } from 'ctct';

const CALLS = 10_000;
// Node 18's V8 keeps stepping its RSS up for some 16 rounds (then flat: 30 rounds measured),
// Node 20's for some 3: Node 18 gets more rounds before the comparison starts.
const SETTLING = Number(process.versions.node.split('.')[0]) < 20 ? 16 : 6;
// 17 changes are compared: on a loaded machine an arena may still step up by 10 MB at round 11
// (seen in CI); a few such steps do not move the median of 17, a leak moves every change.
const ROUNDS = SETTLING + 17;
const INJECTED = 25; // 404s the emulator answers on purpose each round
const MB = 2 ** 20;
// The first rounds raise V8's heap and the allocator arenas of the client's threads to their
// high-water marks (RSS climbs some 20 MB over 3 rounds). A leak then grows memory with every
// round; an arena or V8's heap may still step up a few times, and readings may dip by 2 MB, so the
// test takes the median of the round-to-round changes from round COMPARED_FROM on: one step or
// one dip moves it little, while a leak moves every change.
const COMPARED_FROM = SETTLING;
// A leak of 100 bytes per call grows RSS by 0.95 MB per round, and one JS object kept per call
// the live heap by some 0.5 MB.
const ALLOWED_RSS_GROWTH_PER_ROUND = 0.5 * MB;
const ALLOWED_HEAP_GROWTH_PER_ROUND = 0.25 * MB;
const LIST_ID = '11111111-1111-4111-8111-00000000a0ad';
const CONTACT_ID = 'cccccccc-cccc-4ccc-8ccc-00000000a0ad';
const LIST_ROUTE = 'GET /v3/contact_lists/{list_id}';
const CONTACT_ROUTE = 'GET /v3/contacts/{contact_id}';

// A full collection before each reading, so that it shows what is kept, not garbage not yet
// collected. The flag is set at run time because node --test starts this file itself.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

function memory() {
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

// The emulator in its own process, controlled over its HTTP control API.
async function startEmulatorProcess() {
  const child = spawn(process.execPath, [new URL('./fixtures/emulator-process.mjs', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  const { url, v3Url, accessToken } = JSON.parse(line);
  const control = async (method, path, body) => {
    const response = await fetch(`${url}/__emulator/${path}`, { method, body: body && JSON.stringify(body) });
    assert.equal(response.status, 200, `${method} ${path}: ${response.status}`);
    return response.json();
  };
  const stop = async () => {
    child.stdin.end();
    await once(child, 'exit');
  };
  return { v3Url, accessToken, control, stop };
}

test(`${CALLS} Promises at once, in ${ROUNDS} rounds, account for every outcome with flat memory`, async () => {
  const emulator = await startEmulatorProcess();
  const routeCounts = async () => {
    const byRoute = (await emulator.control('GET', 'stats')).by_route;
    return [byRoute[LIST_ROUTE] ?? 0, byRoute[CONTACT_ROUTE] ?? 0];
  };
  await emulator.control('POST', 'seed', {
    lists: [{ list_id: LIST_ID, name: 'Load' }],
    contacts: [{ contact_id: CONTACT_ID, email_address: { address: 'load@example.com' } }],
  });
  const notFound = JSON.stringify([{ error_key: 'not_found', error_message: 'Injected.' }]);
  const client = new Client({
    accessToken: emulator.accessToken,
    baseUrl: emulator.v3Url,
    rateLimit: { perSecond: 0 },
  });
  const readings = [];
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      await emulator.control('POST', 'faults', {
        method: 'GET',
        path: `/v3/contact_lists/${LIST_ID}`,
        status: 404,
        body: notFound,
        times: INJECTED,
      });
      const [listsBefore, contactsBefore] = await routeCounts();
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
      const [listsAfter, contactsAfter] = await routeCounts();
      assert.deepEqual([listsAfter - listsBefore, contactsAfter - contactsBefore], [CALLS / 2, CALLS / 2]);
      readings.push(memory());
    }
  } finally {
    client.close();
    await emulator.stop();
  }
  for (const [name, allowed] of [
    ['rss', ALLOWED_RSS_GROWTH_PER_ROUND],
    ['heapUsed', ALLOWED_HEAP_GROWTH_PER_ROUND],
  ]) {
    const perRound = readings.map((reading) => (reading[name] / MB).toFixed(1)).join(' ');
    console.log(`${name} per round (MB): ${perRound}`);
    const compared = readings.slice(COMPARED_FROM - 1).map((reading) => reading[name]);
    const growth = median(compared.slice(1).map((value, i) => value - compared[i]));
    assert.ok(
      growth < allowed,
      `${name} grew a median ${(growth / MB).toFixed(2)} MB per round from round ${COMPARED_FROM}: ${perRound}`,
    );
  }
});

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
