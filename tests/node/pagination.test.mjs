// Listings as async iterators: iter() yields every item of every page, pages() every page's
// outcome, following the next links.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FailureError, IncompleteError, PageError } from 'ctct';
import { useEmulator } from './support.mjs';

const emulator = useEmulator();

function seedContacts(count) {
  const emails = Array.from({ length: count }, (_, i) => `p${String(i).padStart(2, '0')}@example.com`);
  emulator.seed({ contacts: emails.map((address) => ({ email_address: { address } })) });
  return emails;
}

test('iter() yields every contact across pages', async () => {
  const emails = seedContacts(7);
  const client = emulator.client();
  const seen = [];
  for await (const contact of client.contacts.iter({ limit: 3 })) seen.push(contact.email_address.address);
  assert.deepEqual(seen.sort(), emails);
  assert.equal(emulator.stats().by_route['GET /v3/contacts'], 3);
  client.close();
});

// A full collection, after the current job: a WeakRef keeps its target alive until then.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
async function collected(ref) {
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  return ref.deref() === undefined;
}

// The next contact of `iterator`, held only by the WeakRef answered.
async function nextContact(iterator) {
  const { value } = await iterator.next();
  assert.ok(value.email_address.address);
  return new WeakRef(value);
}

test('iter() holds no contact it has yielded, so a long iteration keeps nothing', async () => {
  seedContacts(7);
  const client = emulator.client();
  const iterator = client.contacts.iter({ limit: 3 })[Symbol.asyncIterator]();
  const first = await nextContact(iterator);
  await nextContact(iterator); // the same page
  assert.ok(await collected(first), 'the first contact is still held while its page is read');
  const third = await nextContact(iterator);
  await nextContact(iterator); // the next page's first
  assert.ok(await collected(third), 'a contact of the page before is still held');
  await iterator.return();
  client.close();
});

test('pages() yields one success outcome per page', async () => {
  seedContacts(7);
  const client = emulator.client();
  const sizes = [];
  for await (const page of client.contacts.pages({ limit: 3 })) {
    assert.equal(page.outcome, 'success');
    sizes.push(page.value.items.length);
  }
  assert.deepEqual(sizes, [3, 3, 1]);
  client.close();
});

test('lists iterate too', async () => {
  emulator.seed({ lists: ['A', 'B', 'C'].map((name) => ({ name })) });
  const client = emulator.client();
  const names = [];
  for await (const list of client.lists.iter({ limit: 2 })) names.push(list.name);
  assert.deepEqual(names.sort(), ['A', 'B', 'C']);
  client.close();
});

test('an empty listing yields nothing', async () => {
  const client = emulator.client();
  const seen = [];
  for await (const contact of client.contacts.iter()) seen.push(contact);
  assert.deepEqual(seen, []);
  client.close();
});

test('a failing page ends pages() with its outcome and makes iter() throw an IncompleteError (a PageError)', async () => {
  seedContacts(5);
  emulator.fault({ method: 'GET', path: '/v3/contacts', status: 500, times: 0 });
  const client = emulator.client({ timeoutMs: 5000, retry: { maxAttempts: 1 } });
  const pages = [];
  for await (const page of client.contacts.pages({ limit: 2 })) pages.push(page);
  assert.equal(pages.length, 1);
  assert.equal(pages[0].outcome, 'error');
  await assert.rejects(
    async () => {
      for await (const contact of client.contacts.iter({ limit: 2 })) assert.fail(`no item expected: ${contact}`);
    },
    (error) =>
      error instanceof IncompleteError &&
      error instanceof PageError &&
      error.name === 'IncompleteError' &&
      error.outcome.outcome === 'error' &&
      error.outcome.status === 500,
  );
  client.close();
});

test('a refused page makes iter() throw a FailureError (a PageError), as Python raises', async () => {
  seedContacts(3);
  emulator.fault({ method: 'GET', path: '/v3/contacts', status: 400, times: 0 });
  const client = emulator.client({ retry: { maxAttempts: 1 } });
  await assert.rejects(
    async () => {
      for await (const contact of client.contacts.iter()) assert.fail(`no item expected: ${contact}`);
    },
    (error) =>
      error instanceof FailureError &&
      error instanceof PageError &&
      !(error instanceof IncompleteError) &&
      error.name === 'FailureError' &&
      error.outcome.outcome === 'failure' &&
      error.outcome.status === 400,
  );
  client.close();
});

test('a query of the wrong type throws a TypeError at once', () => {
  const client = emulator.client();
  assert.throws(() => client.contacts.iter({ limit: 'all' }), {
    name: 'TypeError',
    message: 'limit must be an integer, not string',
  });
  client.close();
});
