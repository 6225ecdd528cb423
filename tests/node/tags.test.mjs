// client.tags and client.customFields against the emulator: every operation answers a Promise
// of an outcome; paging through async iterators; refusals before sending.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useEmulator } from './support.mjs';

const emulator = useEmulator();
const TAG = '7a700000-0000-4000-8000-000000000001';
const FIELD = 'cf000000-0000-4000-8000-000000000001';
const UNKNOWN = '99999999-9999-4999-8999-999999999999';

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

  assert.equal((await client.tags.get(TAG, { include_count: true })).value.contacts_count, 1);
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
