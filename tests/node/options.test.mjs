// Options objects: a key no constructor or call knows is a TypeError naming it and the callable
// (`unknown option 'bogus' for Client`), never silently ignored; an option of the wrong type is
// a TypeError `<name> must be <expected>, not <type>` that never shows the value, and a boolean
// is never taken for an integer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, oauth, RateLimiter, v2 } from 'ctct';
import { Emulator } from 'ctct/testing';
import { LIST_ID, MISSING_ID, useEmulator } from './support.mjs';

const emulator = useEmulator();
const TOKENS = { access_token: 'a', refresh_token: 'r', token_type: 'Bearer', expires_in: 3600 };
const managed = (extra = {}, oauthExtra = {}) => ({
  tokens: TOKENS,
  oauth: { clientId: 'c', ...oauthExtra },
  ...extra,
});

// `run` throws, or answers a Promise rejecting with, exactly TypeError(message).
async function typeError(run, message) {
  let result;
  try {
    result = run();
  } catch (error) {
    result = Promise.reject(error);
  }
  await assert.rejects(Promise.resolve(result), (error) => {
    assert.ok(error instanceof TypeError, `${error} is a TypeError`);
    assert.equal(error.message, message);
    return true;
  });
}

test('an unknown constructor option is a TypeError naming it and the constructor', async () => {
  const token = emulator.accessToken;
  const cases = [
    [() => new Client({ accessToken: token, bogus: 1 }), 'Client'],
    [() => new Client({ accessToken: token, bogus: undefined }), 'Client'],
    [() => new v2.Client({ apiKey: 'k', accessToken: token, bogus: 1 }), 'v2.Client'],
    [() => new oauth.OAuthClient({ clientId: 'c', bogus: 1 }), 'OAuthClient'],
    [() => new Emulator({ bogus: 1 }), 'Emulator'],
    [() => new RateLimiter({ perSecond: 1, bogus: 1 }), 'RateLimiter'],
    [
      () => oauth.authorizationUrl({ clientId: 'c', redirectUri: 'http://x/', state: 's', bogus: 1 }),
      'oauth.authorizationUrl',
    ],
  ];
  for (const [run, callable] of cases) await typeError(run, `unknown option 'bogus' for ${callable}`);
});

test('an unknown sub-option is a TypeError naming its path', async () => {
  const token = emulator.accessToken;
  await typeError(
    () => new Client({ accessToken: token, retry: { attempts: 2 } }),
    "unknown option 'retry.attempts' for Client",
  );
  await typeError(
    () => new v2.Client({ apiKey: 'k', accessToken: token, rateLimit: { perSec: 2 } }),
    "unknown option 'rateLimit.perSec' for v2.Client",
  );
  await typeError(
    () => new Client({ managedTokens: managed({ refreshMargin: 5 }) }),
    "unknown option 'managedTokens.refreshMargin' for Client",
  );
  await typeError(
    () => new Client({ managedTokens: managed({}, { secret: 's' }) }),
    "unknown option 'managedTokens.oauth.secret' for Client",
  );
  await typeError(
    () => new Client({ managedTokens: managed({ tokens: { ...TOKENS, refreshToken: 'r' } }) }),
    'managedTokens.tokens.refreshToken is not a known field',
  );
});

test('an unknown option of a call rejects with a TypeError naming it and the call', async () => {
  const client = emulator.client();
  const v2Client = emulator.v2Client();
  const lead = { email: 'a@example.com' };
  const cases = [
    [() => client.contacts.get(MISSING_ID, { includes: [] }), 'includes', 'contacts.get'],
    [() => client.contacts.counts({ include_new: true }), 'include_new', 'contacts.counts'],
    [() => client.tags.get(MISSING_ID, { count: true }), 'count', 'tags.get'],
    [() => client.addContactToList(LIST_ID, lead, { failOnDuplicates: true }), 'failOnDuplicates', 'addContactToList'],
    [() => client.bulk.deleteLists([LIST_ID], { pollInterval: 5 }), 'pollInterval', 'bulk.deleteLists'],
    [() => client.bulk.importContacts([], { lists: [LIST_ID], list_ids: [] }), 'list_ids', 'bulk.importContacts'],
    [
      () => client.tags.addToContacts({ all_active_contacts: true }, { tags: [], tag: 'x' }),
      'tag',
      'tags.addToContacts',
    ],
    [() => v2Client.createContact({}, { action: 'owner' }), 'action', 'v2.Client.createContact'],
    [() => v2Client.addContactToList('1', lead, { by: 'owner' }), 'by', 'v2.Client.addContactToList'],
  ];
  for (const [run, option, callable] of cases) await typeError(run, `unknown option '${option}' for ${callable}`);
  client.close();
  v2Client.close();
});

test('a boolean is never an integer: every integer option and a field of each kind', async () => {
  const token = emulator.accessToken;
  const client = emulator.client();
  const integer = (name) => `${name} must be an integer, not boolean`;
  for (const option of ['timeoutMs', 'connectTimeoutMs', 'maxResponseBytes', 'maxConnections']) {
    await typeError(() => new Client({ accessToken: token, [option]: true }), integer(option));
    await typeError(() => new oauth.OAuthClient({ clientId: 'c', [option]: false }), integer(option));
  }
  for (const option of ['maxAttempts', 'baseDelayMs', 'maxDelayMs']) {
    await typeError(
      () => new v2.Client({ apiKey: 'k', accessToken: token, retry: { [option]: true } }),
      integer(`retry.${option}`),
    );
  }
  await typeError(() => new Client({ accessToken: token, rateLimit: { burst: true } }), integer('rateLimit.burst'));
  await typeError(
    () => new Client({ accessToken: token, rateLimit: { perSecond: true } }),
    'rateLimit.perSecond must be a number, not boolean',
  );
  await typeError(() => new RateLimiter({ burst: true }), integer('burst'));
  await typeError(() => new Emulator({ port: true }), integer('port'));
  await typeError(
    () => new Client({ managedTokens: managed({ refreshMarginS: true }) }),
    integer('managedTokens.refreshMarginS'),
  );
  await typeError(
    () => new Client({ managedTokens: managed({ tokens: { ...TOKENS, expires_in: true } }) }),
    integer('managedTokens.tokens.expires_in'),
  );
  await typeError(() => client.bulk.deleteLists([LIST_ID], { pollIntervalMs: true }), integer('pollIntervalMs'));
  await typeError(() => client.contacts.list({ limit: true }), integer('limit'));
  await typeError(() => client.contacts.iter({ limit: false }), integer('limit'));
  await typeError(() => client.contacts.create({ birthday_day: true }), integer('contact.birthday_day'));
  await typeError(
    () => client.customFields.create({ label: 'x', metadata: { decimal_places: true } }),
    integer('customField.metadata.decimal_places'),
  );
  await typeError(() => client.bulk.exportContacts({ segmentId: true }), integer('segmentId'));
  const auth = new oauth.OAuthClient({ clientId: 'c' });
  await typeError(() => auth.pollDevice({ device_code: 'd', interval: true }), integer('device.interval'));
  auth.close();
  client.close();
});

test('a type error names the option and its type, never its value', async () => {
  const secret = 'secret-value-never-shown';
  const client = emulator.client();
  const auth = new oauth.OAuthClient({ clientId: 'c' });
  const cases = [
    [() => new Client({ accessToken: [secret] }), 'accessToken must be a string, not array'],
    [() => new Client({ accessToken: 'x', timeoutMs: '5' }), 'timeoutMs must be an integer, not string'],
    [() => new Client(secret), 'options must be an object, not string'],
    [() => new v2.Client({ apiKey: { secret }, accessToken: 'x' }), 'apiKey must be a string, not object'],
    [() => new v2.Client({ apiKey: null, accessToken: 'x' }), 'apiKey must be a string, not null'],
    [
      () => new oauth.OAuthClient({ clientId: 'c', clientSecret: Buffer.from(secret) }),
      'clientSecret must be a string, not object',
    ],
    [() => auth.refresh(Symbol(secret)), 'refreshToken must be a string, not symbol'],
    [
      () => new Client({ managedTokens: managed({ tokens: { ...TOKENS, refresh_token: 42 } }) }),
      'managedTokens.tokens.refresh_token must be a string, not number',
    ],
    [
      () => new Client({ managedTokens: managed({}, { clientSecret: [secret] }) }),
      'managedTokens.oauth.clientSecret must be a string, not array',
    ],
    [() => new Client({ accessToken: 'x', log: secret }), 'log must be a function (level, message), not string'],
    [
      () => new Client({ accessToken: 'x', rateLimiter: { secret } }),
      'rateLimiter must be a RateLimiter or a Redis URL, not object',
    ],
    [() => client.contacts.get(MISSING_ID, secret), 'options must be an object, not string'],
    [() => client.contacts.get(MISSING_ID, { include: secret }), 'include must be an array, not string'],
    [
      () => client.bulk.deleteLists([LIST_ID], { onProgress: secret }),
      'onProgress must be a function (progress), not string',
    ],
  ];
  for (const [run, message] of cases) await typeError(run, message);
  client.close();
  auth.close();
});
