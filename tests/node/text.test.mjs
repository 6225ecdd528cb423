// Text the core sends must be Unicode: a JS string holding a lone surrogate reaches the core as
// it is (WTF-8), never with U+FFFD put in its place, so it is refused before sending as in C++
// and Python. A real U+FFFD, and characters outside the BMP, are text like any other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useEmulator } from './support.mjs';

const emulator = useEmulator();
const NOT_TEXT = 'must be Unicode text; it holds an unpaired surrogate or bytes that are not UTF-8.';

function contact(firstName, address) {
  return { email_address: { address }, first_name: firstName, create_source: 'Contact' };
}

async function refused(call, field) {
  const outcome = await call;
  assert.equal(outcome.outcome, 'failure', JSON.stringify(outcome));
  assert.equal(outcome.attempts, 0);
  assert.equal(outcome.status, 0);
  assert.equal(outcome.reason, `${field} ${NOT_TEXT}`);
}

test('a lone surrogate in a field is refused before sending, not replaced', async () => {
  const client = emulator.client();
  await refused(client.contacts.create(contact('Zo\uD800', 'zo@example.com')), 'contact.first_name');
  await refused(client.contacts.create(contact('Zoe', 'a\uD800@example.com')), 'contact.email_address.address');
  await refused(client.contacts.create(contact('Zo\uDFFF\uD800', 'zo@example.com')), 'contact.first_name');
  assert.deepEqual(emulator.state().contacts, []);
  assert.equal(emulator.stats().requests, 0);
  client.close();
});

test('a real U+FFFD and surrogate pairs are sent as they are', async () => {
  const client = emulator.client();
  const name = 'Zo\uFFFD \u{1F600} \u00E9';
  const created = await client.contacts.create(contact(name, 'zo@example.com'));
  assert.equal(created.outcome, 'success', JSON.stringify(created));
  assert.equal(created.value.first_name, name);
  const read = await client.contacts.get(created.value.contact_id);
  assert.equal(read.value.first_name, name);
  client.close();
});

// A short string is read in one call into a 128-byte buffer, a longer one in two
// (bindings/node/text.hpp): names of 4-byte characters put the UTF-8 length at each side of it.
test('text at either side of the one-call read arrives whole, and a lone surrogate there is refused', async () => {
  const client = emulator.client();
  for (let ascii = 0; ascii <= 12; ascii++) {
    const name = 'x'.repeat(ascii) + '\u{1F600}'.repeat(29) + '\u00E9'; // 118 to 130 bytes
    const created = await client.contacts.create(contact(name, `zo${ascii}@example.com`));
    assert.equal(created.outcome, 'success', JSON.stringify(created));
    assert.equal(created.value.first_name, name);
    await refused(client.contacts.create(contact(`${name}\uD800`, 'zo@example.com')), 'contact.first_name');
  }
  assert.equal(emulator.state().contacts.length, 13);
  client.close();
});
