// The v3 and v2 clients against the emulator: outcomes as plain objects with the same
// snake_case fields as C++ and Python.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, v2 } from 'ctct';
import { LIST_ID, MISSING_ID, seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();

const OUTCOME_KEYS = ['outcome', 'reason', 'status', 'error_key', 'attempts', 'warnings', 'value'];

test('contacts.create answers a success outcome with the stored contact', async () => {
  const client = emulator.client();
  const outcome = await client.contacts.create({
    email_address: { address: 'nora@example.com', permission_to_send: 'implicit' },
    first_name: 'Nora',
    create_source: 'Contact',
  });
  assert.deepEqual(Object.keys(outcome), OUTCOME_KEYS);
  assert.equal(outcome.outcome, 'success');
  assert.equal(outcome.reason, null);
  assert.equal(outcome.status, 201);
  assert.equal(outcome.attempts, 1);
  assert.equal(outcome.value.first_name, 'Nora');
  assert.equal(outcome.value.email_address.address, 'nora@example.com');
  assert.equal('last_name' in outcome.value, false, 'missing fields are left out, as in to_json');
  client.close();
});

test('outcomes do not depend on the global JSON.parse', async () => {
  const client = emulator.client();
  const original = JSON.parse;
  JSON.parse = () => {
    throw new Error('replaced');
  };
  try {
    const outcome = await client.contacts.get(MISSING_ID);
    assert.equal(outcome.outcome, 'failure');
    assert.equal(outcome.status, 404);
  } finally {
    JSON.parse = original;
    client.close();
  }
});

test('a created contact reads back, updates and is removed', async () => {
  const client = emulator.client();
  const created = await client.contacts.create({
    email_address: { address: 'ada@example.com' },
    first_name: 'Ada',
    create_source: 'Account',
  });
  const id = created.value.contact_id;
  const read = await client.contacts.get(id, { include: ['list_memberships'] });
  assert.equal(read.outcome, 'success');
  assert.equal(read.value.contact_id, id);
  const updated = await client.contacts.update(id, {
    email_address: { address: 'ada@example.com' },
    first_name: 'Augusta',
    update_source: 'Account',
  });
  assert.equal(updated.value.first_name, 'Augusta');
  const removed = await client.contacts.remove(id);
  assert.deepEqual(removed.value, {});
  const gone = await client.contacts.get(id);
  assert.equal(typeof gone.value.deleted_at, 'string', 'a deleted contact reads back as deleted');
  client.close();
});

test('lists are created, listed and counted', async () => {
  const client = emulator.client();
  const created = await client.lists.create({ name: 'Customers', description: 'Paying ones' });
  assert.equal(created.outcome, 'success');
  const listed = await client.lists.list({ includeCount: true });
  assert.equal(listed.value.count, 1);
  assert.equal(listed.value.items[0].name, 'Customers');
  const counts = await client.contacts.counts({ includeNewSubscriber: true });
  assert.equal(counts.outcome, 'success');
  assert.equal(counts.value.total, 0);
  client.close();
});

test('addContactToList answers the delivery outcome with every append field', async () => {
  seedList(emulator);
  const client = emulator.client();
  const outcome = await client.addContactToList(LIST_ID, {
    email: 'lead@example.com',
    first_name: 'Lee',
    middle_name: 'Q',
  });
  assert.equal(outcome.outcome, 'success');
  assert.equal(outcome.action, 'created');
  assert.equal(outcome.api_version, 'v3');
  assert.equal(outcome.list_id, LIST_ID);
  assert.ok(Array.isArray(outcome.warnings));
  assert.equal(outcome.warnings.length, 1, 'middle_name has no v3 place without a custom field');
  const again = await client.addContactToList(LIST_ID, { email: 'lead@example.com' }, { failOnDuplicate: true });
  assert.equal(again.outcome, 'failure');
  assert.equal(again.status, 409);
  client.close();
});

test('the v2 client lists and adds a lead', async () => {
  emulator.seed({ v2_lists: [{ id: '1', name: 'Newsletter' }] });
  const client = emulator.v2Client();
  const lists = await client.lists();
  assert.equal(lists.outcome, 'success');
  assert.deepEqual(
    lists.value.map((list) => list.name),
    ['Newsletter'],
  );
  const outcome = await client.addContactToList('1', { email: 'lead@example.com' }, { actionBy: 'visitor' });
  assert.equal(outcome.outcome, 'success');
  assert.equal(outcome.api_version, 'v2');
  client.close();
});

test('new v2.Client takes an apiKey and an accessToken', async () => {
  const client = new v2.Client({ apiKey: 'wrong', accessToken: emulator.accessToken, baseUrl: emulator.v2Url });
  const lists = await client.lists();
  assert.equal(lists.outcome, 'error');
  assert.equal(lists.status, 401);
  client.close();
});

test('a get of a missing contact is a failure outcome, not a rejection', async () => {
  const client = new Client({ accessToken: emulator.accessToken, baseUrl: emulator.v3Url });
  const outcome = await client.contacts.get(MISSING_ID);
  assert.equal(outcome.outcome, 'failure');
  assert.equal(outcome.status, 404);
  assert.equal(typeof outcome.reason, 'string');
  client.close();
});
