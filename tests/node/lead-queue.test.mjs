// LeadQueue against the emulator: leads submitted one at a time go in one batch per list, each
// Promise settled with the lead's own outcome; refusals as addContactToList's; close() delivers.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { LeadQueue } from 'ctct';
import { LIST_ID, seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();
const FAST = { pollIntervalMs: 1 };

// Each activity is processing (50%) at its first poll and completed at its second.
beforeEach(() => emulator.control('POST', 'activities', { duration_ms: 0, polls_to_complete: 2 }));

const lead = (n) => ({ email: `lead${n}@example.com`, first_name: 'Lead' });

test('leads submitted one at a time go in one batch, each answered with its own outcome', async () => {
  seedList(emulator);
  const client = emulator.client();
  const queue = new LeadQueue(client, { maxLeads: 5, maxWaitMs: 3_600_000, ...FAST });
  const outcomes = await Promise.all([0, 1, 2, 3, 4].map((n) => queue.submit(lead(n), LIST_ID)));
  outcomes.forEach((outcome, n) => {
    assert.equal(outcome.outcome, 'success', outcome.reason);
    assert.equal(outcome.email_address, `lead${n}@example.com`);
    assert.equal(outcome.list_id, LIST_ID);
    assert.equal(outcome.list_status, 'active');
    assert.equal(outcome.action, 'created');
    assert.equal(outcome.attempts, 4);
  });
  assert.equal(emulator.stats().by_route['POST /v3/activities/contacts_json_import'], 1);
  await queue.close();
  client.close();
});

test('refused input is answered at once, as addContactToList answers it', async () => {
  seedList(emulator);
  const client = emulator.client();
  const queue = new LeadQueue(client);
  const bad = { email: 'not an address' };
  assert.deepEqual(await queue.submit(bad, LIST_ID), await client.addContactToList(LIST_ID, bad));
  await queue.close();
  client.close();
});

test('close() delivers what is queued; later leads and nonsense options are refused', async () => {
  seedList(emulator);
  const client = emulator.client();
  const queue = new LeadQueue(client, { maxLeads: 100, maxWaitMs: 3_600_000, ...FAST });
  const pending = queue.submit(lead(1), LIST_ID);
  await queue.close();
  assert.equal((await pending).outcome, 'success');
  await assert.rejects(queue.submit(lead(2), LIST_ID), TypeError);
  assert.throws(() => new LeadQueue(client, { maxLeads: 0 }), /maxLeads|max_leads/);
  assert.throws(() => new LeadQueue({}, {}), /client must be a Client/);
  client.close();
});
