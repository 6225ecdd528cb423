// Results reach JS packed and are built by node/unpack.js (bindings/node/pack.hpp): the objects
// must be those JSON.parse gave of ctct's JSON, field for field and key for key.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LIST_ID, native, seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();

// Every described type of the v3 API by name, as the addon describes it.
const types = new Map(
  native
    .describeTypes()
    .filter((type) => type.space === '')
    .map((type) => [type.name, type]),
);

// What ctct makes of `value`, an object of the API's JSON, read as the described `typeName`:
// its described fields only, in described order, missing ones and empty arrays left out.
function asModel(value, typeName) {
  const item = typeName.endsWith('[]') ? typeName.slice(0, -2) : null;
  if (item) return value.map((each) => asModel(each, item));
  const type = types.get(typeName);
  if (!type) return value;
  const out = {};
  for (const field of type.fields) {
    const member = value[field.name];
    if (member === undefined || member === null || (Array.isArray(member) && member.length === 0)) continue;
    out[field.name] = asModel(member, field.type);
  }
  return out;
}

// Text that JSON escapes, that is not ASCII, that lies beyond U+FFFF, and none at all.
const NAMES = ['plain', 'quote " backslash \\ slash /', 'tab\tnew\nline\u0001', 'Zoë Ñúñez', '漢字', 'emoji 😀 𝄞', ''];

function contact(i) {
  const name = NAMES[i % NAMES.length];
  const out = { email_address: { address: `c${i}@example.com` }, list_memberships: [LIST_ID] };
  if (i % 3 !== 0) out.first_name = name; // absent from every third
  if (i % 5 === 0) out.last_name = `${name}.`;
  if (i % 4 === 0) out.birthday_month = 1 + (i % 12);
  if (i % 2 === 0) {
    out.phone_numbers = [
      { phone_number: `+1 555 0${i}`, kind: 'home' },
      { phone_number: name.slice(0, 25) || '0', kind: 'mobile' },
    ];
  }
  if (i % 7 === 0) out.street_addresses = [{ kind: 'home', street: name, city: 'Zürich', country: 'CH' }];
  return out;
}

// One include per request: the official spec's include takes no comma-separated list.
for (const include of ['phone_numbers', 'street_addresses', 'list_memberships']) {
  test(`a page of 500 contacts with ${include} over HTTP is the answer JSON.parse reads, field by field and key by key`, async () => {
    seedList(emulator);
    emulator.seed({ contacts: Array.from({ length: 500 }, (_, i) => contact(i)) });
    const client = emulator.client();
    const outcome = await client.contacts.list({ limit: 500, include: [include] });
    client.close();
    const answer = await fetch(`${emulator.v3Url}/contacts?limit=500&include=${include}`, {
      headers: { authorization: `Bearer ${emulator.accessToken}` },
    });
    const page = JSON.parse(await answer.text());

    assert.equal(outcome.outcome, 'success');
    const { items } = outcome.value;
    assert.equal(items.length, 500);
    assert.ok(
      items.some((item) => item[include]?.length > 0),
      `some contact has ${include}`,
    );
    // The seeds are all there, so a text lost or cut short shows as well as a wrong one.
    assert.deepEqual(new Set(items.map((item) => item.first_name)), new Set(NAMES.concat([undefined])));
    for (const [index, expected] of page.contacts.entries()) {
      const got = items[index];
      assert.deepStrictEqual(got, asModel(expected, 'Contact'), `contact ${index}`);
      const order = `the key order of contact ${index}`;
      assert.equal(JSON.stringify(got), JSON.stringify(asModel(expected, 'Contact')), order);
    }
  });
}

test('an outcome holds its nulls, and a reason beyond ASCII reads whole', async () => {
  const client = emulator.client();
  const refused = await client.contacts.get('nø 😀 "id"');
  client.close();
  assert.deepStrictEqual(Object.keys(refused), [
    'outcome',
    'reason',
    'status',
    'error_key',
    'attempts',
    'warnings',
    'value',
  ]);
  assert.equal(refused.value, null);
  assert.equal(refused.error_key, null);
  assert.deepStrictEqual(refused.warnings, []);
  assert.match(refused.reason, / got "nø 😀 "id""\.$/);
  assert.equal(Object.getPrototypeOf(refused), Object.prototype);
});

// Run in a process that may not compile code from strings, where unpack.js builds each object
// property by property: the same page, key for key.
const LIST_IN_CHILD = `
const { Client } = require('ctct');
const [baseUrl, accessToken, include] = process.argv.slice(1);
let generates = true;
try { new Function(''); } catch { generates = false; }
const client = new Client({ baseUrl, accessToken });
client.contacts.list({ limit: 500, include: [include] }).then((page) => {
  client.close();
  process.stdout.write(JSON.stringify({ generates, page }));
});`;

test('where code may not be generated from strings, the page is the same, key for key', async () => {
  seedList(emulator);
  emulator.seed({ contacts: Array.from({ length: 30 }, (_, i) => contact(i)) });
  const include = 'phone_numbers';
  const client = emulator.client();
  const page = await client.contacts.list({ limit: 500, include: [include] });
  client.close();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--disallow-code-generation-from-strings', '-e', LIST_IN_CHILD, emulator.v3Url, emulator.accessToken, include],
    { cwd: fileURLToPath(new URL('.', import.meta.url)) },
  );
  const child = JSON.parse(stdout);
  assert.equal(child.generates, false);
  assert.equal(JSON.stringify(child.page), JSON.stringify(page));
});

test('objects are made with the built-ins there were when ctct loaded, not ones replaced later', async () => {
  seedList(emulator);
  emulator.seed({ contacts: Array.from({ length: 10 }, (_, i) => contact(i)) });
  const client = emulator.client();
  const query = { include: ['phone_numbers'] };
  const expected = JSON.stringify(await client.contacts.list(query));
  const { substring } = String.prototype;
  const { push } = Array.prototype;
  String.prototype.substring = () => 'replaced';
  Array.prototype.push = () => 0;
  let page;
  try {
    page = await client.contacts.list(query);
  } finally {
    String.prototype.substring = substring;
    Array.prototype.push = push;
  }
  client.close();
  assert.equal(JSON.stringify(page), expected);
});
