// client.bulk against the emulator: one outcome over the activities an operation is split into,
// onProgress on the JS thread before the Promise settles, exports, failures, refusals.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { beforeEach, test } from 'node:test';
import { LIST_ID, seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();
const UNKNOWN = '99999999-9999-4999-8999-999999999999';
const FAST = { pollIntervalMs: 1 };

// Each activity is processing (50%) at its first poll and completed at its second.
beforeEach(() => emulator.control('POST', 'activities', { duration_ms: 0, polls_to_complete: 2 }));

const rows = (count) =>
  Array.from({ length: count }, (_, n) => ({ email: `lead${n}@example.com`, first_name: 'Lead' }));

async function members(client, listId) {
  const page = await client.contacts.list({ lists: [listId], includeCount: true, limit: 1 });
  return page.value.count;
}

test('an import is split into activities and answered as one outcome, with progress in order', async () => {
  seedList(emulator);
  const client = emulator.client();
  const seen = [];
  let settled = false;
  const outcome = await client.bulk
    .importContacts(rows(40001), {
      lists: [LIST_ID],
      ...FAST,
      onProgress: (p) => {
        assert.equal(settled, false);
        seen.push(p);
      },
    })
    .finally(() => {
      settled = true;
    });
  assert.equal(outcome.outcome, 'success', outcome.reason);
  const result = outcome.value;
  assert.equal(result.activity, 'contacts_json_import');
  assert.deepEqual(
    result.chunks.map((c) => [c.items, c.state]),
    [
      [40000, 'completed'],
      [1, 'completed'],
    ],
  );
  assert.deepEqual([result.items, result.completed, result.error_count], [40001, 2, 0]);
  assert.equal(await members(client, LIST_ID), 40001);

  assert.deepEqual(
    seen.map((p) => [p.chunk, p.chunks, p.state, p.percent_done]),
    [
      [0, 2, 'processing', 50],
      [1, 2, 'processing', 50],
      [0, 2, 'completed', 100],
      [1, 2, 'completed', 100],
    ],
  );
  assert.deepEqual(
    seen.map((p) => p.activity_id),
    [...result.chunks, ...result.chunks].map((c) => c.activity_id),
  );
  assert.ok(seen.every((p) => p.total === 40001));
  assert.deepEqual(
    seen.map((p) => p.done),
    seen.map((p) => p.done).sort((a, b) => a - b),
  );
  assert.equal(seen.at(-1).done, 40001);
  client.close();
});

test('import rows carry custom field values as cf:<name>', async () => {
  seedList(emulator);
  const [fieldId] = emulator.seed({ custom_fields: [{ label: 'Plan level', type: 'string' }] }).custom_fields;
  const client = emulator.client();
  const outcome = await client.bulk.importContacts([{ email: 'gold@example.com', 'cf:Plan_level': 'Gold' }], {
    lists: [LIST_ID],
    ...FAST,
  });
  assert.equal(outcome.value.error_count, 0, JSON.stringify(outcome));
  const [contact] = (await client.contacts.list({ include: ['custom_fields'] })).value.items;
  assert.deepEqual(contact.custom_fields, [{ custom_field_id: fieldId, value: 'Gold' }]);
  const refused = await client.bulk.importContacts([{ email: 'a@example.com', 'cf:Plan_level': 'x'.repeat(256) }], {
    lists: [LIST_ID],
  });
  assert.equal(refused.attempts, 0);
  assert.match(refused.reason, /^import\.import_data\[0\]\.custom_fields\[0\]\.value is 256 characters long/);
  client.close();
});

test('memberships, deletes, export and download', async () => {
  seedList(emulator);
  const [other] = emulator.seed({ lists: [{ name: 'Customers' }] }).lists;
  const client = emulator.client();
  assert.equal((await client.bulk.importContacts(rows(4), { lists: [LIST_ID], ...FAST })).outcome, 'success');
  const added = await client.bulk.addToLists({ list_ids: [LIST_ID] }, { lists: [other], ...FAST });
  assert.equal(added.outcome, 'success');
  assert.equal(await members(client, other), 4);
  const removed = await client.bulk.removeFromLists({ list_ids: [LIST_ID] }, { lists: [other], ...FAST });
  assert.equal(removed.value.activity, 'remove_list_memberships');
  assert.equal(await members(client, other), 0);

  const exported = await client.bulk.exportContacts({ listIds: [LIST_ID], ...FAST });
  assert.equal(exported.outcome, 'success', exported.reason);
  const file = await client.bulk.downloadExport(exported.value.chunks[0].activity_id);
  assert.match(file.value.csv, /lead3@example\.com/);

  const ids = (await client.contacts.list()).value.items.map((c) => c.contact_id);
  const deleted = await client.bulk.deleteContacts({ contactIds: ids.slice(0, 2), ...FAST });
  assert.equal(deleted.value.items, 2);
  assert.equal(await members(client, LIST_ID), 2);
  assert.equal((await client.bulk.deleteLists([other], FAST)).outcome, 'success');
  const started = await client.bulk.importContacts(rows(1), { lists: [LIST_ID], wait: false });
  assert.equal(started.value.chunks[0].state, 'initialized');
  const waited = await client.bulk.wait([started.value.chunks[0].activity_id], FAST);
  assert.equal(waited.value.completed, 1);
  assert.equal((await client.activities.list({ limit: 50 })).outcome, 'success');
  client.close();
});

test('a failed activity and refused input are failure outcomes; bad options are TypeErrors', async () => {
  seedList(emulator);
  const client = emulator.client();
  const failed = await client.bulk.addToLists({ contact_ids: [UNKNOWN] }, { lists: [UNKNOWN], ...FAST });
  assert.equal(failed.outcome, 'failure');
  assert.match(failed.reason, /1 of 1 activities did not complete/);
  assert.equal(failed.value.chunks[0].state, 'failed');

  const tooLong = rows(3);
  tooLong[1].first_name = 'x'.repeat(51);
  const refused = await client.bulk.importContacts(tooLong, { lists: [LIST_ID] });
  assert.equal(refused.outcome, 'failure');
  assert.equal(refused.attempts, 0);
  assert.match(refused.reason, /import_data\[1\]\.first_name/);

  await assert.rejects(client.bulk.importContacts(rows(1), { lists: [LIST_ID], onProgress: 1 }), TypeError);
  await assert.rejects(
    client.bulk.deleteLists([LIST_ID], { pollInterval: 5 }),
    /^TypeError: unknown option 'pollInterval' for bulk\.deleteLists$/,
  );
  client.close();
});

test('what onProgress throws becomes a warning and the import goes on', async () => {
  seedList(emulator);
  const client = emulator.client();
  const warned = once(process, 'warning');
  const outcome = await client.bulk.importContacts(rows(2), {
    lists: [LIST_ID],
    ...FAST,
    onProgress: () => {
      throw new Error('bar broke');
    },
  });
  assert.equal(outcome.outcome, 'success');
  const [warning] = await warned;
  assert.equal(warning.name, 'CtctProgressWarning');
  assert.match(warning.message, /bar broke/);
  assert.equal(await members(client, LIST_ID), 2);
  client.close();
});

// Node has no blocking calls: onProgress runs on the JS thread, and a call it starts on the same
// client simply answers.
test('onProgress may call the same client', async () => {
  seedList(emulator);
  const client = emulator.client();
  const calls = [];
  const outcome = await client.bulk.importContacts(rows(3), {
    lists: [LIST_ID],
    ...FAST,
    onProgress: () => calls.push(client.lists.get(LIST_ID)),
  });
  assert.equal(outcome.outcome, 'success', outcome.reason);
  assert.equal(calls.length, 2);
  for (const call of calls) assert.equal((await call).outcome, 'success');
  client.close();
});
