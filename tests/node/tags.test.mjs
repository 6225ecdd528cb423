// client.tags and client.customFields against the emulator: every operation answers a Promise
// of an outcome; paging through async iterators; the tag bulk activities with progress; refusals
// before sending.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useEmulator } from './support.mjs';

const emulator = useEmulator();
const TAG = '7a700000-0000-4000-8000-000000000001';
const FIELD = 'cf000000-0000-4000-8000-000000000001';
const UNKNOWN = '99999999-9999-4999-8999-999999999999';
const OTHER_TAG = '7a700000-0000-4000-8000-000000000002';
const LIST = '11111111-1111-4111-8111-0000000007a9';

// Each stored contact's tag ids.
function taggings() {
  return emulator.state().contacts.map((contact) => contact.taggings ?? []);
}

test('tags: create, get with count, list, pages, update, remove', async () => {
  emulator.seed({
    tags: [{ tag_id: TAG, name: 'VIP' }],
    contacts: [{ email_address: { address: 'ann@example.com' }, taggings: [TAG] }],
  });
  const client = emulator.client();
  const created = await client.tags.create({ name: 'Webinar', tag_source: 'Contact' });
  assert.equal(created.outcome, 'success');
  assert.equal(created.status, 201);
  assert.equal(created.value.name, 'Webinar');

  assert.equal((await client.tags.get(TAG, { includeCount: true })).value.contacts_count, 1);
  assert.equal('contacts_count' in (await client.tags.get(TAG)).value, false);

  const first = await client.tags.list({ limit: 1 });
  assert.equal(first.value.items.length, 1);
  assert.ok(first.value.next);
  const names = [];
  for await (const tag of client.tags.iter({ limit: 1 })) names.push(tag.name);
  assert.deepEqual(names, ['VIP', 'Webinar']);

  assert.equal((await client.tags.update(TAG, { name: 'Very important' })).value.name, 'Very important');
  const removed = await client.tags.remove(TAG);
  assert.equal(removed.status, 202);
  assert.ok(removed.value.activity_id);
  client.close();
});

test('tags: conflicts, not found and refusals before sending', async () => {
  emulator.seed({ tags: [{ tag_id: TAG, name: 'VIP' }] });
  const client = emulator.client();
  const taken = await client.tags.create({ name: 'vip' });
  assert.equal(taken.outcome, 'failure');
  assert.equal(taken.error_key, 'contact_tags.api.conflict');
  assert.equal((await client.tags.get(UNKNOWN)).status, 404);
  for (const refused of [
    await client.tags.create({}),
    await client.tags.get('vip'),
    await client.tags.list({ limit: 501 }),
  ]) {
    assert.equal(refused.outcome, 'failure');
    assert.equal(refused.attempts, 0);
  }
  await assert.rejects(client.tags.get(TAG, { count: true }), TypeError);
  client.close();
});

test('tags: bulk activities are split, waited for with progress, and answered as one outcome', async () => {
  emulator.control('POST', 'activities', { duration_ms: 0, polls_to_complete: 2 });
  emulator.seed({
    lists: [{ list_id: LIST, name: 'Leads' }],
    tags: [
      { tag_id: TAG, name: 'VIP' },
      { tag_id: OTHER_TAG, name: 'Webinar' },
    ],
  });
  const contacts = Array.from({ length: 501 }, (_, n) => ({
    email_address: { address: `c${n}@example.com` },
    list_memberships: [LIST],
  }));
  const ids = emulator.seed({ contacts }).contacts;
  const client = emulator.client({ rateLimit: { perSecond: 0 } });
  const seen = [];
  const added = await client.tags.addToContacts(
    { contact_ids: ids },
    {
      tags: [TAG],
      pollIntervalMs: 1,
      onProgress: (progress) => seen.push(progress),
    },
  );
  assert.equal(added.outcome, 'success', added.reason);
  assert.equal(added.value.activity, 'contacts_taggings_add');
  assert.deepEqual(
    added.value.chunks.map((chunk) => [chunk.items, chunk.state]),
    [
      [500, 'completed'],
      [1, 'completed'],
    ],
  );
  assert.deepEqual([seen.at(-1).done, seen.at(-1).total, seen.at(-1).chunks], [501, 501, 2]);
  assert.ok(taggings().every((tags) => tags.length === 1 && tags[0] === TAG));

  const removed = await client.tags.removeFromContacts({ list_ids: [LIST] }, { tags: [TAG], pollIntervalMs: 1 });
  assert.equal(removed.value.activity, 'contacts_taggings_remove');
  assert.ok(taggings().every((tags) => tags.length === 0));

  const started = await client.tags.deleteMany([TAG, OTHER_TAG], { wait: false });
  assert.notEqual(started.value.chunks[0].state, 'completed');
  const waited = await client.bulk.wait([started.value.chunks[0].activity_id], { pollIntervalMs: 1 });
  assert.equal(waited.value.chunks[0].state, 'completed');
  assert.equal((await client.tags.get(TAG)).status, 404);
  client.close();
});

test('tags: bulk activities refuse bad input before sending; options are checked', async () => {
  const client = emulator.client();
  const refusals = [
    [await client.tags.addToContacts({ contact_ids: [UNKNOWN] }, { tags: [] }), 'tag_ids'],
    [await client.tags.removeFromContacts({ contact_ids: ['a/b'] }, { tags: [TAG] }), 'contact_ids[0]'],
    [await client.tags.deleteMany(['../x']), 'tag_ids[0]'],
  ];
  for (const [refused, field] of refusals) {
    assert.equal(refused.outcome, 'failure');
    assert.equal(refused.attempts, 0);
    assert.ok(refused.reason.includes(field), refused.reason);
  }
  assert.equal(emulator.stats().requests, 0);
  await assert.rejects(client.tags.addToContacts({ contact_ids: [UNKNOWN] }, { tags: [TAG], tag: 'x' }), TypeError);
  await assert.rejects(client.tags.deleteMany([TAG], { onProgress: 1 }), /onProgress must be a function/);
  client.close();
});

test('customFields: create, get, iter, update, remove', async () => {
  emulator.seed({ custom_fields: [{ custom_field_id: FIELD, label: 'Favorite fruit', type: 'string' }] });
  const client = emulator.client();
  const created = await client.customFields.create({
    label: 'Plan',
    type: 'single_select',
    choices: [{ choice_label: 'Basic', display_order: 1 }],
  });
  assert.equal(created.status, 201);
  assert.equal(created.value.choices[0].choice_id, 1);
  assert.equal((await client.customFields.get(FIELD)).value.name, 'Favorite_fruit');
  const labels = [];
  for await (const field of client.customFields.iter({ limit: 1 })) labels.push(field.label);
  assert.deepEqual(labels, ['Favorite fruit', 'Plan']);
  const updated = await client.customFields.update(created.value.custom_field_id, { label: 'Plan level' });
  assert.equal(updated.value.name, 'Plan_level');
  assert.equal((await client.customFields.remove(FIELD)).status, 204);
  const refused = await client.customFields.create({ label: 'Size' });
  assert.equal(refused.attempts, 0);
  assert.equal(refused.reason, 'custom_field.type is required.');
  client.close();
});
