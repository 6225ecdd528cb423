// No secret (access token, refresh token, client secret, API key) in anything a program might
// print or log: outcome reasons and JSON, log lines, util.inspect of outcomes, tokens and
// clients, and the text of errors for bad arguments, over a run with errors, retries, a token
// refresh, a refresh that meets invalid_grant, and a v2 client with a wrong key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { Client, oauth, v2 } from 'ctct';
import { seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();
const CLIENT_ID = 'client-of-the-test';
const CLIENT_SECRET = 'client-secret-never-shown';
const WRONG_API_KEY = 'wrong-api-key-never-shown';
const QUICK = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };
const tokenUrl = () => `${emulator.url}/oauth2/default/v1/token`;

// Tokens with a refresh token: the emulator's authorize endpoint approves at once.
async function authorize() {
  const pkce = oauth.makePkce();
  const url = oauth.authorizationUrl({
    clientId: CLIENT_ID,
    redirectUri: 'http://127.0.0.1/callback',
    state: oauth.makeState(),
    codeChallenge: pkce.code_challenge,
    authorizeUrl: `${emulator.url}/oauth2/default/v1/authorize`,
  });
  const redirect = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
  const client = new oauth.OAuthClient({ clientId: CLIENT_ID, tokenUrl: tokenUrl() });
  const outcome = await client.exchangeCode(redirect.searchParams.get('code') ?? '', 'http://127.0.0.1/callback', {
    codeVerifier: pkce.code_verifier,
  });
  client.close();
  return outcome.value;
}

// Lines reach JS through the event loop: a request that is answered lets the earlier lines in.
const settle = () => new Promise((resolve) => setImmediate(resolve));

test('no secret in outcomes, log lines, inspected objects or error messages', async () => {
  seedList(emulator);
  const tokens = await authorize();
  const secrets = [
    emulator.accessToken,
    emulator.apiKey,
    CLIENT_SECRET,
    WRONG_API_KEY,
    tokens.access_token,
    tokens.refresh_token,
  ];
  const texts = [];
  const log = (level, message) => texts.push(`${level} ${message}`);
  const show = (...values) => texts.push(...values.map((value) => inspect(value, { depth: 8 })));
  const keep = (outcome) => {
    show(outcome);
    texts.push(String(outcome.reason), JSON.stringify(outcome));
  };

  const client = new Client({
    baseUrl: emulator.v3Url,
    retry: QUICK,
    rateLimit: { perSecond: 0 },
    log,
    logLevel: 'debug',
    managedTokens: {
      tokens,
      oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokenUrl: tokenUrl() },
      store: (fresh) => {
        secrets.push(fresh.access_token, fresh.refresh_token);
        show(fresh);
      },
    },
  });
  show(client, tokens);
  keep(await client.lists.list());
  emulator.fault({ path: '/v3/contact_lists', status: 503, times: 1 });
  keep(await client.lists.list()); // retried
  emulator.control('POST', 'expire_tokens');
  keep(await client.lists.list()); // refreshed
  emulator.fault({ path: '/v3/contact_lists', status: 500, times: 0 });
  keep(await client.lists.list()); // an error after the retries
  emulator.clearFaults();
  keep(await client.contacts.create({ first_name: 'Ann' })); // refused by the API
  emulator.reset(); // every refresh token is gone: the next refresh meets invalid_grant
  keep(await client.lists.list());
  client.close();

  const auth = new oauth.OAuthClient({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokenUrl: tokenUrl() });
  show(auth);
  keep(await auth.refresh(tokens.refresh_token)); // spent: invalid_grant
  auth.close();

  const wrongKey = new v2.Client({
    apiKey: WRONG_API_KEY,
    accessToken: emulator.accessToken,
    baseUrl: emulator.v2Url,
    log,
    logLevel: 'debug',
  });
  show(wrongKey);
  keep(await wrongKey.lists());
  wrongKey.close();
  emulator.fault({ path: '/v2/*', status: 503, times: 0 });
  const unavailable = emulator.v2Client({ retry: QUICK, log, logLevel: 'debug' });
  keep(await unavailable.lists());
  unavailable.close();
  await settle();

  // Bad arguments throw, and their message names the option, not its value.
  const accessToken = emulator.accessToken;
  for (const bad of [
    () => new Client({ accessToken: `${accessToken}\r\nX-Evil: 1` }),
    () => new Client({ accessToken, baseUrl: 'http://api.example.com/v3' }),
    () => new Client({ accessToken, logLevel: 'loud' }),
    () => new Client({ accessToken, log: 3 }),
    () => new v2.Client({ apiKey: emulator.apiKey, accessToken, baseUrl: 'http://10.0.0.1/v2' }),
  ]) {
    assert.throws(bad, (error) => {
      show(error);
      texts.push(String(error));
      return error instanceof Error;
    });
  }

  assert.ok(texts.length > 30, `only ${texts.length} texts`);
  assert.ok(texts.some((text) => text.includes('retrying GET')));
  assert.ok(texts.some((text) => text.includes('refreshed the access token')));
  assert.ok(texts.some((text) => text.includes('invalid_grant')));
  const leaks = texts.flatMap((text) =>
    secrets.filter((secret) => secret && text.includes(secret)).map((secret) => [secret, text]),
  );
  assert.deepEqual(leaks, []);
});
