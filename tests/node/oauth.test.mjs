// OAuth: the code flow with PKCE, refresh and the device flow against the emulator's OAuth
// server; and managed tokens: the client refreshes its expired access token by itself and hands each new
// pair to a JS store function before using it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { oauth } from 'ctct';
import { seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();
const CLIENT_ID = 'client-of-the-test';
const REDIRECT_URI = 'http://127.0.0.1/callback';

const TOKEN_URL = () => `${emulator.url}/oauth2/default/v1/token`;

// Tokens with a refresh token, through the authorization-code flow with PKCE: the emulator's
// authorize endpoint approves at once, as a user would in the browser.
async function authorize() {
  const pkce = oauth.makePkce();
  const state = oauth.makeState();
  const url = oauth.authorizationUrl({
    clientId: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    state,
    codeChallenge: pkce.code_challenge,
    authorizeUrl: `${emulator.url}/oauth2/default/v1/authorize`,
  });
  const redirect = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
  assert.equal(redirect.searchParams.get('state'), state);
  const client = new oauth.OAuthClient({ clientId: CLIENT_ID, tokenUrl: TOKEN_URL() });
  const outcome = await client.exchangeCode(redirect.searchParams.get('code') ?? '', REDIRECT_URI, {
    codeVerifier: pkce.code_verifier,
  });
  client.close();
  assert.equal(outcome.outcome, 'success', outcome.reason);
  // Logged tokens show hidden; the values and JSON.stringify keep them for token stores.
  const shown = inspect(outcome, { depth: 5 });
  assert.ok(!shown.includes(outcome.value.access_token) && shown.includes('<hidden>'));
  assert.ok(JSON.stringify(outcome).includes(outcome.value.access_token));
  return outcome.value;
}

test('an expired access token is refreshed and the new pair reaches the store', async () => {
  seedList(emulator);
  const tokens = await authorize();
  assert.ok(tokens.refresh_token);
  const stored = [];
  const client = emulator.client({
    accessToken: undefined,
    managedTokens: {
      tokens,
      oauth: { clientId: CLIENT_ID, tokenUrl: TOKEN_URL() },
      store: (fresh) => stored.push(fresh),
    },
  });
  assert.equal((await client.lists.list()).outcome, 'success');
  assert.equal(stored.length, 0);

  emulator.control('POST', 'expire_tokens');
  const outcome = await client.lists.list();
  client.close();
  assert.equal(outcome.outcome, 'success', outcome.reason);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(stored.length, 1);
  assert.notEqual(stored[0].access_token, tokens.access_token);
  assert.notEqual(stored[0].refresh_token, tokens.refresh_token);
});

test('the store may call the same client', async () => {
  seedList(emulator);
  const calls = [];
  const client = emulator.client({
    accessToken: undefined,
    managedTokens: {
      tokens: await authorize(),
      oauth: { clientId: CLIENT_ID, tokenUrl: TOKEN_URL() },
      store: () => calls.push(client.lists.list()),
    },
  });
  emulator.control('POST', 'expire_tokens');
  assert.equal((await client.lists.list()).outcome, 'success');
  // The store is queued to the event loop, not awaited: under load it may run after the call settles.
  for (let turn = 0; turn < 500 && calls.length === 0; ++turn) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(calls.length, 1);
  assert.equal((await calls[0]).outcome, 'success');
  client.close();
});

test('managedTokens needs its oauth clientId', () => {
  assert.throws(
    () => emulator.client({ accessToken: undefined, managedTokens: { tokens: { access_token: 'a' }, oauth: {} } }),
    /managedTokens\.oauth\.clientId must be a string, not undefined/,
  );
});

test('a refresh with a rotating refresh token answers a new pair; the old one is refused', async () => {
  const tokens = await authorize();
  const client = new oauth.OAuthClient({ clientId: CLIENT_ID, tokenUrl: TOKEN_URL() });
  const refreshed = await client.refresh(tokens.refresh_token);
  assert.equal(refreshed.outcome, 'success');
  assert.notEqual(refreshed.value.refresh_token, tokens.refresh_token);
  const again = await client.refresh(tokens.refresh_token);
  client.close();
  assert.equal(again.outcome, 'error');
  assert.ok(!again.reason.includes(tokens.refresh_token));
});

test('the device flow answers tokens once the user approves', async () => {
  emulator.control('POST', 'oauth', { device_interval_s: 1 });
  const client = new oauth.OAuthClient({
    clientId: CLIENT_ID,
    tokenUrl: TOKEN_URL(),
    deviceUrl: `${emulator.url}/oauth2/default/v1/device/authorize`,
  });
  const device = await client.startDevice({ scopes: ['contact_data', 'offline_access'] });
  assert.equal(device.outcome, 'success', device.reason);
  const polled = client.pollDevice(device.value);
  emulator.control('POST', 'device/approve', { user_code: device.value.user_code });
  const outcome = await polled;
  client.close();
  assert.equal(outcome.outcome, 'success', outcome.reason);
  assert.ok(outcome.value.access_token);
});

test('authorizationUrl needs a state', () => {
  assert.throws(() => oauth.authorizationUrl({ clientId: 'c', redirectUri: REDIRECT_URI, state: '' }), TypeError);
});
