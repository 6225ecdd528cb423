// Runs every shared scenario of tests/vectors (format: tests/vectors/README.md) through the
// Node API and requires the same outcome JSON as the C++ and Python runners.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Client, v2 } from 'ctct';
import { camelKeys, useEmulator, useHostileServer } from './support.mjs';

const directory = new URL('../vectors/', import.meta.url);
const files = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .sort();

const PORT = /127\.0\.0\.1:[0-9]+/g;
const UUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;
const TIME = /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?/g;

function normalise(text, vectorText) {
  const unless = (placeholder) => (found) => (vectorText.includes(found) ? found : placeholder);
  return text.replace(PORT, '127.0.0.1:<port>').replace(UUID, unless('<uuid>')).replace(TIME, unless('<time>'));
}

// import_data, or with rows N that many copies of its one row, {n} in the email the row's index.
function importRows(input, rows) {
  if (rows === undefined) return input.import_data ?? [];
  const [row] = input.import_data;
  return Array.from({ length: rows }, (_, n) => ({ ...row, email: row.email.replace('{n}', String(n)) }));
}

// The operations of the README's table, called the Node way.
const v3Calls = {
  'activities.list': (c, a) => c.activities.list(camelKeys(a.query)),
  'bulk.import_contacts': (c, { input, rows }) =>
    c.bulk.importContacts(importRows(input, rows), {
      lists: input.list_ids ?? [],
      smsPermissionToSend: input.sms_permission_to_send,
    }),
  'bulk.import_file': (c, { input }) =>
    c.bulk.importFile(input.csv ?? '', {
      lists: input.list_ids ?? [],
      fileName: input.file_name,
      smsPermissionToSend: input.sms_permission_to_send,
    }),
  'bulk.add_to_lists': (c, { input }) =>
    c.bulk.addToLists(input.source ?? {}, { lists: input.list_ids ?? [], exclude: input.exclude }),
  'bulk.remove_from_lists': (c, { input }) =>
    c.bulk.removeFromLists(input.source ?? {}, { lists: input.list_ids ?? [], exclude: input.exclude }),
  'bulk.delete_contacts': (c, { input }) => c.bulk.deleteContacts(camelKeys(input)),
  'bulk.delete_lists': (c, { input }) => c.bulk.deleteLists(input.list_ids ?? []),
  'bulk.export_contacts': (c, { input }) => c.bulk.exportContacts(camelKeys(input)),
  'bulk.download_export': (c, a) => c.bulk.downloadExport(a.activity_id),
  'bulk.wait': (c, a) => c.bulk.wait(a.activity_ids ?? []),
  'contacts.create': (c, a) => c.contacts.create(a.contact),
  'contacts.create_or_update': (c, a) => c.contacts.createOrUpdate(a.contact),
  'contacts.get': (c, a) => c.contacts.get(a.contact_id, { include: a.include }),
  'contacts.list': (c, a) => c.contacts.list(camelKeys(a.query)),
  'contacts.update': (c, a) => c.contacts.update(a.contact_id, a.contact),
  'contacts.remove': (c, a) => c.contacts.remove(a.contact_id),
  'contacts.counts': (c, a) => c.contacts.counts({ includeNewSubscriber: a.include_new_subscriber }),
  'contacts.resubscribe': (c, a) => c.contacts.resubscribe(a.contact_id, a.list_ids ?? []),
  'lists.create': (c, a) => c.lists.create(a.list),
  'lists.get': (c, a) => c.lists.get(a.list_id),
  'lists.list': (c, a) => c.lists.list(camelKeys(a.query)),
  'lists.update': (c, a) => c.lists.update(a.list_id, a.list),
  'lists.remove': (c, a) => c.lists.remove(a.list_id),
  'activities.get': (c, a) => c.activities.get(a.activity_id),
  'tags.create': (c, a) => c.tags.create(a.tag),
  'tags.get': (c, a) => c.tags.get(a.tag_id, { includeCount: a.include_count }),
  'tags.list': (c, a) => c.tags.list(camelKeys(a.query)),
  'tags.update': (c, a) => c.tags.update(a.tag_id, a.tag),
  'tags.remove': (c, a) => c.tags.remove(a.tag_id),
  'tags.add_to_contacts': (c, { input }) =>
    c.tags.addToContacts(input.source ?? {}, { tags: input.tag_ids ?? [], exclude: input.exclude }),
  'tags.remove_from_contacts': (c, { input }) =>
    c.tags.removeFromContacts(input.source ?? {}, { tags: input.tag_ids ?? [], exclude: input.exclude }),
  'tags.delete_many': (c, { input }) => c.tags.deleteMany(input.tag_ids ?? []),
  'custom_fields.create': (c, a) => c.customFields.create(a.custom_field),
  'custom_fields.get': (c, a) => c.customFields.get(a.custom_field_id),
  'custom_fields.list': (c, a) => c.customFields.list(camelKeys(a.query)),
  'custom_fields.update': (c, a) => c.customFields.update(a.custom_field_id, a.custom_field),
  'custom_fields.remove': (c, a) => c.customFields.remove(a.custom_field_id),
  add_contact_to_list: (c, a) =>
    c.addContactToList(a.list_id, a.lead, {
      failOnDuplicate: a.options?.fail_on_duplicate,
      customFieldIds: a.options?.custom_field_ids,
    }),
};
const v2Calls = {
  lists: (c) => c.lists(),
  create_contact: (c, a) => c.createContact(a.contact, { actionBy: a.action_by }),
  add_contact_to_list: (c, a) => c.addContactToList(a.list_id, a.lead, { actionBy: a.action_by }),
};

// The client options every runner uses: no client-side limit, quick retries.
const SHARED_OPTIONS = {
  rateLimit: { perSecond: 0 },
  retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 10 },
};

// call.http keys are the core's snake_case names; Node's options are camelCase.
const HTTP_OPTIONS = {
  timeout_ms: 'timeoutMs',
  connect_timeout_ms: 'connectTimeoutMs',
  max_response_bytes: 'maxResponseBytes',
};

function httpOptions(http = {}) {
  return Object.fromEntries(Object.entries(http).map(([key, value]) => [HTTP_OPTIONS[key], value]));
}

// The emulator's URL; with setup.hostile the hostile server's URL of that behaviour; with
// call.server "refused" a loopback port nothing listens on.
function serverUrl(server, behaviour) {
  if (behaviour !== undefined) return hostile.base(behaviour);
  if (server === undefined) return emulator.url;
  assert.equal(server, 'refused', 'call.server must be refused');
  return 'http://127.0.0.1:1';
}

function contactEntry(contact, isV2) {
  if (isV2) {
    return { email: contact.email_addresses[0].email_address, lists: (contact.lists ?? []).map((list) => list.id) };
  }
  const entry = { email: contact.email_address.address, lists: contact.list_memberships ?? [] };
  if (contact.taggings?.length) entry.tags = contact.taggings;
  return entry;
}

// Each store expect_state names, as address, list ids and any tag ids per stored contact in store order;
// requests: the API requests the emulator saw.
function storedState(expectState) {
  const state = emulator.control('GET', 'state');
  const projected = {};
  for (const store of Object.keys(expectState)) {
    projected[store] =
      store === 'requests'
        ? emulator.control('GET', 'stats').requests
        : (state[store] ?? []).map((contact) => contactEntry(contact, store === 'v2_contacts'));
  }
  return JSON.stringify(projected);
}

const emulator = useEmulator();
const hostile = await useHostileServer();

async function run(vector) {
  emulator.reset();
  const { seed, faults = [], control = [], hostile: behaviour } = vector.setup ?? {};
  if (seed !== undefined) emulator.control('POST', 'seed', seed);
  for (const fault of faults) emulator.control('POST', 'faults', fault);
  for (const { method, path, body } of control) emulator.control(method, path, body);
  const { client: kind, op, args, token, http, server } = vector.call;
  const accessToken = token === 'wrong' ? 'wrong-token' : emulator.accessToken;
  const options = { ...SHARED_OPTIONS, ...httpOptions(http) };
  const url = serverUrl(server, behaviour);
  const client =
    kind === 'v2'
      ? new v2.Client({ apiKey: emulator.apiKey, accessToken, baseUrl: `${url}/v2`, ...options })
      : new Client({ accessToken, baseUrl: `${url}/v3`, ...options });
  const calls = kind === 'v2' ? v2Calls : v3Calls;
  assert.ok(op in calls, `unknown ${kind} operation ${op}`);
  try {
    return JSON.stringify(await calls[op](client, args));
  } finally {
    client.close();
  }
}

for (const file of files) {
  const vectorText = readFileSync(new URL(file, directory), 'utf8');
  const vector = JSON.parse(vectorText);
  test(vector.name, async () => {
    const actual = normalise(await run(vector), vectorText);
    assert.equal(actual, JSON.stringify(vector.expect));
    if (vector.expect_state !== undefined) {
      assert.equal(storedState(vector.expect_state), JSON.stringify(vector.expect_state));
    }
  });
}
