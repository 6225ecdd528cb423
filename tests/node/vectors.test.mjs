// Runs every shared scenario of tests/vectors (format: tests/vectors/README.md) through the
// Node API and requires the same outcome JSON as the C++ and Python runners.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Client, LeadQueue, v2 } from 'ctct';
import { camelKeys, native, useEmulator, useHostileServer } from './support.mjs';

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

// Each v3 operation's parameters, by "<group>.<name>" (or the client's own name), as the core lists them.
const registry = native.describeOperations();
const v3Params = new Map([
  ...registry.client.map((op) => [op.name, op.params]),
  ...registry.groups.flatMap((group) => group.operations.map((op) => [`${group.name}.${op.name}`, op.params])),
]);

// With rows N, input.import_data becomes N copies of its one row, {n} in the email the row's index.
function expandRows(args) {
  if (args.rows === undefined) return args;
  const [row] = args.input.import_data;
  const rows = Array.from({ length: args.rows }, (_, n) => ({ ...row, email: row.email.replace('{n}', String(n)) }));
  return { ...args, input: { ...args.input, import_data: rows } };
}

// The operation called the Node way (operation.hpp): arguments and a fields parameter's first
// positional field by position; options and the other fields as keys of one trailing options
// object, camelCase; the bulk options keep their defaults.
function callV3(client, op, given) {
  const params = v3Params.get(op);
  assert.ok(params, `unknown v3 operation ${op}`);
  const args = expandRows(given);
  const positional = [];
  const options = {}; // by argument name, snake_case
  for (const param of params) {
    const value = args[param.name];
    if (param.takes === 'argument') positional.push(value);
    if (param.takes === 'option' && value !== undefined) options[param.name] = value;
    if (param.takes !== 'fields') continue;
    param.fields.forEach((field, n) => {
      const fieldValue = value?.[param.json[n]];
      if (field === param.positional[0]) positional.push(fieldValue);
      else if (fieldValue !== undefined) options[field] = fieldValue;
    });
  }
  const [group, name] = op.includes('.') ? op.split('.') : [undefined, op];
  const owner = group === undefined ? client : client[native.camelCase(group)];
  const trailing = Object.keys(options).length > 0 ? [camelKeys(options)] : [];
  return owner[native.camelCase(name)](...positional, ...trailing);
}

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

// call.client "queue": each of args.leads submitted in order to a LeadQueue, the queue closed, the
// outcomes in submission order.
async function submitToQueue(client, op, { queue: queueOptions = {}, leads }) {
  assert.equal(op, 'submit', `unknown queue operation ${op}`);
  const queue = new LeadQueue(client, camelKeys(queueOptions));
  const pending = leads.map(({ list_id, lead, options }) => queue.submit(lead, list_id, camelKeys(options)));
  await queue.close();
  return Promise.all(pending);
}

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
  assert.ok(kind !== 'v2' || op in v2Calls, `unknown v2 operation ${op}`);
  const calls = { v2: () => v2Calls[op](client, args), queue: () => submitToQueue(client, op, args) };
  try {
    return JSON.stringify(await (calls[kind] ?? (() => callV3(client, op, args)))());
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
