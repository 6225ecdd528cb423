// Promises never reject for API or network conditions (those are outcomes); they reject with a
// TypeError naming the argument for programmer errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client } from 'ctct';
import { LIST_ID, MISSING_ID, seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();

async function rejectsWith(promise, message) {
  assert.ok(promise instanceof Promise, 'programmer errors reject the returned Promise');
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof TypeError, `${error} is a TypeError`);
    assert.match(error.message, message);
    return true;
  });
}

test('a wrong argument type rejects with a TypeError naming it', async () => {
  const client = emulator.client();
  await rejectsWith(client.contacts.get(42), /^contactId must be a string, not number$/);
  await rejectsWith(client.contacts.create('ada@example.com'), /^contact must be an object, not string$/);
  await rejectsWith(client.contacts.create({ first_name: 7 }), /^contact\.first_name must be a string, not number$/);
  await rejectsWith(
    client.contacts.create({ phone_numbers: [{ kind: 'home' }, { phone_number: 5 }] }),
    /^contact\.phone_numbers\[1\]\.phone_number must be a string, not number$/,
  );
  await rejectsWith(
    client.contacts.create({ birthday_month: 1.5 }),
    /^contact\.birthday_month must be an integer, not number$/,
  );
  await rejectsWith(client.contacts.list({ limit: '10' }), /^limit must be an integer, not string$/);
  await rejectsWith(client.contacts.resubscribe(MISSING_ID), /^listIds must be an array, not undefined$/);
  await rejectsWith(client.contacts.get(MISSING_ID, { include: 'notes' }), /^include must be an array, not string$/);
  await rejectsWith(client.addContactToList(LIST_ID, { email: 1 }), /^lead\.email must be a string, not number$/);
  await rejectsWith(
    client.addContactToList(LIST_ID, { email: 'a@example.com' }, { customFieldIds: { fax: 3 } }),
    /^customFieldIds\.fax must be a string, not number$/,
  );
  client.close();
});

test('a misspelt field or option is a TypeError, not silently dropped', async () => {
  const client = emulator.client();
  await rejectsWith(client.contacts.create({ firstName: 'Ada' }), /^contact\.firstName is not a known field$/);
  await rejectsWith(client.contacts.get(MISSING_ID, { includes: [] }), /^unknown option 'includes' for contacts\.get$/);
  const v2 = emulator.v2Client();
  await rejectsWith(v2.createContact({}, { actionBy: 'someone' }), /^actionBy must be "owner" or "visitor"$/);
  v2.close();
  client.close();
});

test('constructors throw a TypeError for missing credentials', () => {
  assert.throws(() => new Client(), /^TypeError: accessToken must be a string, not undefined$/);
  assert.throws(
    () => new Client({ accessToken: 'x', timeoutMs: '5' }),
    /^TypeError: timeoutMs must be an integer, not string$/,
  );
  assert.throws(() => emulator.v2Client({ apiKey: undefined }), /^TypeError: apiKey must be a string, not undefined$/);
  assert.throws(
    () => emulator.client({ retry: { attempts: 2 } }),
    /^TypeError: unknown option 'retry\.attempts' for Client$/,
  );
  assert.throws(
    () => emulator.client({ rateLimit: { perSecond: 'fast' } }),
    /^TypeError: rateLimit\.perSecond must be a number, not string$/,
  );
  assert.throws(
    () => emulator.client({ rateLimit: { perSecond: -1 } }),
    /per_second must be 0 \(no limit\) or a positive number/,
  );
  assert.throws(
    () => emulator.client({ rateLimiter: { perSecond: 4 } }),
    /^TypeError: rateLimiter must be a RateLimiter or a Redis URL, not object$/,
  );
});

test('a Redis URL that cannot be read is a TypeError naming the option it was given as', () => {
  assert.throws(
    () => emulator.client({ apiKey: 'app', rateLimiter: 'redis://127.0.0.1:notaport' }),
    /^TypeError: the rate_limiter Redis URL has port notaport, not a number/,
  );
  const managedTokens = {
    tokens: { access_token: 'a', refresh_token: 'r' },
    oauth: { clientId: 'c' },
    sharedStore: 'redis://127.0.0.1:notaport',
  };
  assert.throws(
    () => emulator.client({ accessToken: undefined, managedTokens }),
    /^TypeError: the shared_store Redis URL has port notaport, not a number/,
  );
});

test('a closed client rejects later calls with a TypeError', async () => {
  const client = emulator.client();
  client.close();
  await rejectsWith(client.lists.list(), /closed/);
  await rejectsWith(client.contacts.iter().next(), /closed/);
});

test('input refused before sending is a failure outcome with attempts 0', async () => {
  const client = emulator.client();
  const outcome = await client.contacts.create({
    email_address: { address: 'not an email' },
    create_source: 'Contact',
  });
  assert.equal(outcome.outcome, 'failure');
  assert.equal(outcome.attempts, 0);
  assert.equal(outcome.status, 0);
  client.close();
});

test('server errors, dropped connections and refused credentials are outcomes', async () => {
  seedList(emulator);
  emulator.fault({ method: 'GET', path: `/v3/contact_lists/${LIST_ID}`, status: 500, times: 0 });
  // One attempt each: these are the outcomes after the last retry.
  const client = emulator.client({ timeoutMs: 5000, retry: { maxAttempts: 1 } });
  const failed = await client.lists.get(LIST_ID);
  assert.equal(failed.outcome, 'error');
  assert.equal(failed.status, 500);
  emulator.clearFaults();

  emulator.fault({ method: 'GET', path: `/v3/contacts/${MISSING_ID}`, action: 'drop', times: 0 });
  const dropped = await client.contacts.get(MISSING_ID);
  assert.equal(dropped.outcome, 'error');
  assert.equal(dropped.status, 0);
  client.close();

  const stranger = new Client({ accessToken: 'wrong-token', baseUrl: emulator.v3Url });
  const refused = await stranger.lists.list();
  assert.equal(refused.outcome, 'error');
  assert.equal(refused.status, 401);
  assert.equal(refused.reason.includes('wrong-token'), false, 'reasons never carry a secret');
  stranger.close();
});

test('an unreachable server is an error outcome', async () => {
  const client = new Client({ accessToken: 'x', baseUrl: 'http://127.0.0.1:9/v3', connectTimeoutMs: 2000 });
  const outcome = await client.lists.list();
  assert.equal(outcome.outcome, 'error');
  assert.equal(outcome.status, 0);
  assert.equal(typeof outcome.reason, 'string');
  client.close();
});
