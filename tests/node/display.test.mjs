// What a program may print of the package's objects: clients show their base URL without the
// password it was given with, and util.inspect (hidden properties, getters and all), String()
// and JSON.stringify of any object of the package show no secret.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { Client, oauth, PageError, RateLimiter, v2 } from 'ctct';
import { Emulator } from 'ctct/testing';
import { useEmulator } from './support.mjs';

const emulator = useEmulator();
const PASSWORD = 'url-password-never-shown';
const ACCESS_TOKEN = 'access-token-never-shown';
const REFRESH_TOKEN = 'refresh-token-never-shown';
const API_KEY = 'api-key-never-shown';
const CLIENT_SECRET = 'client-secret-never-shown';
const SECRETS = [PASSWORD, ACCESS_TOKEN, REFRESH_TOKEN, API_KEY, CLIENT_SECRET];

// emulator's URL with user-info, and as it must be shown.
const withPassword = (path) => emulator.url.replace('http://', `http://user:${PASSWORD}@`) + path;
const shown = (path) => emulator.url + path;

function shows(value) {
  const texts = [
    inspect(value, { showHidden: true, depth: Infinity, getters: true }),
    inspect(value),
    String(value),
    JSON.stringify(value) ?? '',
  ];
  for (const text of texts) {
    for (const secret of SECRETS) assert.ok(!text.includes(secret), `${secret} shown in ${text}`);
  }
  return texts;
}

test('a client shows its base URL without the password it was given with', () => {
  const client = new Client({ accessToken: ACCESS_TOKEN, baseUrl: withPassword('/v3') });
  assert.equal(client.baseUrl, shown('/v3'));
  const [, inspected, string] = shows(client);
  assert.equal(inspected, `Client { baseUrl: '${shown('/v3')}' }`);
  assert.equal(string, `Client(${shown('/v3')})`);
  client.close();

  const v2Client = new v2.Client({ apiKey: API_KEY, accessToken: ACCESS_TOKEN, baseUrl: withPassword('/v2') });
  assert.equal(v2Client.baseUrl, shown('/v2'));
  assert.equal(shows(v2Client)[1], `v2.Client { baseUrl: '${shown('/v2')}' }`);
  v2Client.close();

  const tokenUrl = '/oauth2/default/v1/token';
  const auth = new oauth.OAuthClient({ clientId: 'c', clientSecret: CLIENT_SECRET, tokenUrl: withPassword(tokenUrl) });
  assert.equal(auth.tokenUrl, shown(tokenUrl));
  assert.equal(shows(auth)[1], `OAuthClient { tokenUrl: '${shown(tokenUrl)}' }`);
  auth.close();
});

test('the default base URL is shown as it is', () => {
  const client = new Client({ accessToken: ACCESS_TOKEN });
  assert.equal(client.baseUrl, 'https://api.cc.email/v3');
  client.close();
});

test('no secret in util.inspect of any object of the package', async () => {
  const managed = new Client({
    baseUrl: withPassword('/v3'),
    managedTokens: {
      tokens: { access_token: ACCESS_TOKEN, refresh_token: REFRESH_TOKEN, token_type: 'Bearer', expires_in: 3600 },
      oauth: { clientId: 'c', clientSecret: CLIENT_SECRET, tokenUrl: withPassword('/oauth2/default/v1/token') },
    },
  });
  shows(managed);
  for (const part of [
    managed.contacts,
    managed.lists,
    managed.activities,
    managed.tags,
    managed.customFields,
    managed.bulk,
  ]) {
    shows(part);
  }
  const pages = managed.contacts.pages();
  shows(pages);
  const page = (await pages.next()).value; // the emulator refuses these tokens: an outcome all the same
  shows(page);
  shows(new PageError(page));
  shows(await managed.lists.list());
  managed.close();

  const limiter = new RateLimiter({ perSecond: 2 });
  shows(limiter);
  const own = new Emulator({ accessToken: ACCESS_TOKEN, apiKey: API_KEY }).start();
  assert.equal(shows(own)[1], `Emulator { url: '${own.url}' }`);
  own.close();
});

test('a refused base URL with a password gives an error without it', () => {
  const baseUrl = `http://user:${PASSWORD}@api.example.com/v3`;
  assert.throws(
    () => new Client({ accessToken: ACCESS_TOKEN, baseUrl }),
    (error) => {
      shows(error);
      return error instanceof TypeError;
    },
  );
});

test('an unreachable base URL with a password gives a reason without it', async () => {
  const client = new Client({ accessToken: ACCESS_TOKEN, baseUrl: `http://user:${PASSWORD}@127.0.0.1:1/v3` });
  const outcome = await client.lists.list();
  assert.equal(outcome.outcome, 'error');
  shows(outcome);
  client.close();
});
