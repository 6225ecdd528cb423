// One name per idea: options are camelCase at every depth; each snake_case spelling Node took
// before still works for one minor version with one DeprecationWarning (CTCT_DEP0001 for the
// constructors' options, CTCT_DEP0003 for an operation's options and query keys, CTCT_DEP0004
// for the old two-object forms of bulk.deleteContacts and bulk.exportContacts, CTCT_DEP0005 for
// the positional forms of oauth.OAuthClient's exchangeCode and startDevice), and both
// spellings of one option are a TypeError. The emulator stops with stop() (close() is its old
// name, CTCT_DEP0002) and takes limits() as in Python. Deprecations warn once per process, so
// each spelling is used here and nowhere else in this file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauth, RateLimiter } from 'ctct';
import { Emulator } from 'ctct/testing';
import { LIST_ID, native, seedList, useEmulator } from './support.mjs';

const emulator = useEmulator();
const TAG = '7a700000-0000-4000-8000-000000000001';
const TOKENS = { access_token: '', token_type: 'Bearer', expires_in: 3600 };
const CSV = 'email,first_name\nann@example.com,Ann\n';

// The DeprecationWarnings `run` (sync or async) gives, once the warnings queued meanwhile are out.
async function deprecations(run) {
  const seen = [];
  const listen = (warning) => {
    if (warning.name === 'DeprecationWarning') seen.push({ code: warning.code, message: warning.message });
  };
  process.on('warning', listen);
  try {
    await run();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', listen);
  }
  return seen;
}

// Runs `use` twice and requires one warning naming `old` and `current`, with `code`.
async function warnsOnce(old, current, use, code = 'CTCT_DEP0001') {
  const seen = await deprecations(async () => {
    await use();
    await use();
  });
  assert.equal(seen.length, 1, `${old}: ${JSON.stringify(seen)}`);
  assert.equal(seen[0].code, code);
  assert.ok(seen[0].message.includes(old) && seen[0].message.includes(current), seen[0].message);
}

const tokenUrl = () => `${emulator.url}/oauth2/default/v1/token`;

test('camelCase options at every depth work without a warning', async () => {
  seedList(emulator);
  emulator.seed({ tags: [{ tag_id: TAG, name: 'VIP' }] });
  const seen = await deprecations(async () => {
    const client = emulator.client({
      accessToken: undefined,
      managedTokens: {
        tokens: { ...TOKENS, access_token: emulator.accessToken },
        oauth: { clientId: 'c', clientSecret: 's', tokenUrl: tokenUrl() },
        refreshMarginS: 60,
      },
      rateLimit: { perSecond: 0, burst: 1 },
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    });
    assert.equal((await client.tags.get(TAG, { includeCount: true })).value.contacts_count, 0);
    assert.equal((await client.contacts.counts({ includeNewSubscriber: true })).outcome, 'success');
    const lead = { email: 'lead@example.com', middle_name: 'Q' };
    assert.equal(
      (await client.addContactToList(LIST_ID, lead, { failOnDuplicate: true, customFieldIds: {} })).outcome,
      'success',
    );
    const imported = await client.bulk.importFile(CSV, {
      lists: [LIST_ID],
      fileName: 'a.csv',
      smsPermissionToSend: 'not_set',
      pollIntervalMs: 10,
    });
    assert.equal(imported.outcome, 'success', imported.reason);
    client.close();
    emulator.seed({ v2_lists: [{ id: '1', name: 'Newsletter' }] });
    const v2 = emulator.v2Client();
    assert.equal(
      (await v2.addContactToList('1', { email: 'v2@example.com' }, { actionBy: 'visitor' })).outcome,
      'success',
    );
    v2.close();
    const url = oauth.authorizationUrl({
      clientId: 'c',
      redirectUri: 'http://127.0.0.1/cb',
      state: 's',
      codeChallenge: 'x',
      authorizeUrl: 'https://auth.example/a',
    });
    assert.ok(url.startsWith('https://auth.example/a?'), url);
    const auth = new oauth.OAuthClient({
      clientId: 'c',
      clientSecret: 's',
      tokenUrl: tokenUrl(),
      deviceUrl: tokenUrl(),
    });
    assert.equal(auth.tokenUrl, tokenUrl());
    auth.close();
    assert.deepEqual(new RateLimiter({ perSecond: 3, burst: 2 }).limit, { perSecond: 3, burst: 2, perDay: 0 });
  });
  assert.deepEqual(seen, []);
});

test('the old client option spellings are read, each warned about once', async () => {
  const managed = (oauthOptions = { clientId: 'c' }, more = {}) => ({
    accessToken: undefined,
    managedTokens: { tokens: { ...TOKENS, access_token: emulator.accessToken }, oauth: oauthOptions, ...more },
  });
  // Without managed tokens read, the client would need an access token.
  await warnsOnce("'managed_tokens'", "'managedTokens'", async () => {
    const client = emulator.client({ accessToken: undefined, managed_tokens: managed().managedTokens });
    assert.equal((await client.lists.list()).outcome, 'success');
    client.close();
  });
  await warnsOnce("'client_id'", "'clientId'", () => emulator.client(managed({ client_id: 'c' })).close());
  await warnsOnce("'client_secret'", "'clientSecret'", () => {
    assert.throws(
      () => emulator.client(managed({ clientId: 'c', client_secret: 1 })),
      /^TypeError: managedTokens\.oauth\.client_secret must be a string, not number$/,
    );
  });
  await warnsOnce("'token_url'", "'tokenUrl'", () => {
    assert.throws(
      () => emulator.client(managed({ clientId: 'c', token_url: 1 })),
      /^TypeError: managedTokens\.oauth\.token_url must be a string, not number$/,
    );
  });
  await warnsOnce("'refresh_margin_s'", "'refreshMarginS'", () => {
    assert.throws(
      () => emulator.client(managed(undefined, { refresh_margin_s: true })),
      /^TypeError: managedTokens\.refresh_margin_s must be an integer, not boolean$/,
    );
  });

  await warnsOnce("'rate_limit'", "'rateLimit'", () => {
    assert.throws(
      () => emulator.client({ rate_limit: { burst: 'x' } }),
      /^TypeError: rate_limit\.burst must be an integer/,
    );
  });
  await warnsOnce("'per_second'", "'perSecond'", () => {
    assert.throws(
      () => emulator.client({ rateLimit: { per_second: -1 } }),
      /per_second must be 0 \(no limit\) or a positive number/,
    );
  });
  await warnsOnce("'base_delay_ms'", "'baseDelayMs'", () => {
    assert.throws(
      () => emulator.client({ retry: { base_delay_ms: true } }),
      /^TypeError: retry\.base_delay_ms must be an integer/,
    );
  });
  await warnsOnce("'max_delay_ms'", "'maxDelayMs'", () => {
    assert.throws(
      () => emulator.client({ retry: { max_delay_ms: true } }),
      /^TypeError: retry\.max_delay_ms must be an integer/,
    );
  });
  emulator.fault({ method: 'GET', path: '/v3/contact_lists', status: 503, times: 0 });
  await warnsOnce("'max_attempts'", "'maxAttempts'", async () => {
    const client = emulator.client({ retry: { max_attempts: 1 } });
    assert.equal((await client.lists.list()).attempts, 1);
    client.close();
  });
});

test('the old OAuth option spellings are read, each warned about once', async () => {
  const request = {
    state: 's',
    clientId: 'the-client',
    redirectUri: 'http://127.0.0.1/cb',
    codeChallenge: 'the-challenge',
    authorizeUrl: 'https://auth.example/a',
  };
  const expected = oauth.authorizationUrl(request);
  for (const part of ['https://auth.example/a?', 'client_id=the-client', 'code_challenge=the-challenge']) {
    assert.ok(expected.includes(part), expected);
  }
  for (const [old, current] of [
    ['redirect_uri', 'redirectUri'],
    ['code_challenge', 'codeChallenge'],
    ['authorize_url', 'authorizeUrl'],
  ]) {
    const { [current]: value, ...rest } = request;
    await warnsOnce(`'${old}'`, `'${current}'`, () =>
      assert.equal(oauth.authorizationUrl({ ...rest, [old]: value }), expected),
    );
  }
  // client_id and token_url were warned about above: read here too.
  const { clientId, ...withoutId } = request;
  assert.equal(oauth.authorizationUrl({ ...withoutId, client_id: clientId }), expected);
  const auth = new oauth.OAuthClient({ client_id: 'c', token_url: tokenUrl() });
  assert.equal(auth.tokenUrl, tokenUrl());
  auth.close();
  await warnsOnce("'device_url'", "'deviceUrl'", () => {
    assert.throws(
      () => new oauth.OAuthClient({ clientId: 'c', device_url: 1 }),
      /^TypeError: device_url must be a string, not number$/,
    );
  });
});

test('the old call option spellings are read, each warned about once', async () => {
  seedList(emulator);
  emulator.seed({ tags: [{ tag_id: TAG, name: 'VIP' }] });
  const client = emulator.client({ rateLimit: { perSecond: 0 } });
  const operation = 'CTCT_DEP0003';
  await warnsOnce(
    "'include_count'",
    "'includeCount'",
    async () => {
      assert.equal((await client.tags.get(TAG, { include_count: true })).value.contacts_count, 0);
    },
    operation,
  );
  await warnsOnce(
    "'include_new_subscriber'",
    "'includeNewSubscriber'",
    async () => {
      assert.equal((await client.contacts.counts({ include_new_subscriber: true })).outcome, 'success');
    },
    operation,
  );
  await warnsOnce(
    "'fail_on_duplicate'",
    "'failOnDuplicate'",
    async () => {
      await client.addContactToList(LIST_ID, { email: 'dup@example.com' }, { fail_on_duplicate: true });
      const again = await client.addContactToList(LIST_ID, { email: 'dup@example.com' }, { fail_on_duplicate: true });
      assert.equal(again.status, 409);
    },
    operation,
  );
  await warnsOnce(
    "'custom_field_ids'",
    "'customFieldIds'",
    () =>
      assert.rejects(
        client.addContactToList(LIST_ID, { email: 'a@example.com' }, { custom_field_ids: { fax: 3 } }),
        /^TypeError: custom_field_ids\.fax must be a string, not number$/,
      ),
    operation,
  );
  await warnsOnce(
    "'file_name'",
    "'fileName'",
    () =>
      assert.rejects(
        client.bulk.importFile(CSV, { lists: [LIST_ID], file_name: 5 }),
        /^TypeError: file_name must be a string/,
      ),
    operation,
  );
  await warnsOnce(
    "'sms_permission_to_send'",
    "'smsPermissionToSend'",
    async () => {
      const imported = await client.bulk.importContacts([{ email: 'sms@example.com' }], {
        lists: [LIST_ID],
        sms_permission_to_send: 'not_set',
        pollIntervalMs: 10,
      });
      assert.equal(imported.outcome, 'success', imported.reason);
    },
    operation,
  );
  client.close();
  const v2 = emulator.v2Client();
  // v2's options are an operation's options, as v3's are.
  await warnsOnce(
    "'action_by'",
    "'actionBy'",
    () =>
      assert.rejects(
        v2.createContact({}, { action_by: 'someone' }),
        /^TypeError: action_by must be "owner" or "visitor"$/,
      ),
    'CTCT_DEP0003',
  );
  v2.close();
});

test('the snake_case keys of queries and bulk inputs are read, each warned about once', async () => {
  seedList(emulator);
  const client = emulator.client({ rateLimit: { perSecond: 0 } });
  const FAST = { pollIntervalMs: 10 };
  await warnsOnce(
    "'include_membership_count'",
    "'includeMembershipCount'",
    async () => {
      const listed = await client.lists.list({ include_membership_count: 'all' });
      assert.equal(listed.outcome, 'success', listed.reason);
    },
    'CTCT_DEP0003',
  );
  await warnsOnce(
    "'updated_after'",
    "'updatedAfter'",
    async () => {
      const pages = [];
      for await (const page of client.contacts.pages({ updated_after: '2020-01-01T00:00:00Z' }))
        pages.push(page.outcome);
      assert.deepEqual(pages, ['success']);
    },
    'CTCT_DEP0003',
  );
  await warnsOnce(
    "'segment_id'",
    "'segmentId'",
    () =>
      assert.rejects(
        client.bulk.exportContacts({ segment_id: 'x' }),
        /^TypeError: segment_id must be an integer, not string$/,
      ),
    'CTCT_DEP0003',
  );
  await warnsOnce(
    "'contact_ids'",
    "'contactIds'",
    async () => {
      const deleted = await client.bulk.deleteContacts({ contact_ids: [], ...FAST });
      assert.equal(deleted.outcome, 'failure');
    },
    'CTCT_DEP0003',
  );
  client.close();
});

test('the old two-object forms of deleteContacts and exportContacts are read, each warned about once', async () => {
  seedList(emulator);
  const client = emulator.client({ rateLimit: { perSecond: 0 } });
  const FAST = { pollIntervalMs: 10 };
  await warnsOnce(
    'bulk.deleteContacts(input, options)',
    'bulk.deleteContacts({ contactIds, listIds, ...options })',
    async () => {
      const deleted = await client.bulk.deleteContacts({ list_ids: [LIST_ID] }, FAST);
      assert.equal(deleted.outcome, 'success', deleted.reason);
    },
    'CTCT_DEP0004',
  );
  await warnsOnce(
    'bulk.exportContacts(query, options)',
    'bulk.exportContacts({ contactIds, listIds,',
    async () => {
      const exported = await client.bulk.exportContacts({ list_ids: [LIST_ID] }, FAST);
      assert.equal(exported.outcome, 'success', exported.reason);
    },
    'CTCT_DEP0004',
  );
  // The old form's objects are the data they were: their keys stay snake_case, and the options
  // object takes only the bulk options.
  await assert.rejects(
    client.bulk.exportContacts({ listIds: [LIST_ID] }, FAST),
    /^TypeError: query\.listIds is not a known field$/,
  );
  await assert.rejects(
    client.bulk.exportContacts({}, { listIds: [LIST_ID] }),
    /^TypeError: unknown option 'listIds' for bulk\.exportContacts$/,
  );
  client.close();
});

test('an option given in both spellings is a TypeError naming both', async () => {
  const client = emulator.client();
  const cases = [
    [
      () => emulator.client({ rateLimit: {}, rate_limit: {} }),
      'rateLimit and rate_limit are the same option for Client: give only rateLimit',
    ],
    [
      () => emulator.client({ retry: { maxAttempts: 1, max_attempts: 1 } }),
      'retry.maxAttempts and retry.max_attempts are the same option for Client: give only retry.maxAttempts',
    ],
    [
      () => new oauth.OAuthClient({ clientId: 'c', client_id: 'c' }),
      'clientId and client_id are the same option for OAuthClient: give only clientId',
    ],
    [
      () => new RateLimiter({ perSecond: 1, per_second: 1 }),
      'perSecond and per_second are the same option for RateLimiter: give only perSecond',
    ],
    [
      () => client.tags.get(TAG, { includeCount: true, include_count: true }),
      'includeCount and include_count are the same option for tags.get: give only includeCount',
    ],
    [
      () => client.bulk.importFile(CSV, { lists: [LIST_ID], fileName: 'a', file_name: 'a' }),
      'fileName and file_name are the same option for bulk.importFile: give only fileName',
    ],
  ];
  const seen = await deprecations(async () => {
    for (const [run, message] of cases) {
      await assert.rejects(
        async () => run(),
        (error) => error instanceof TypeError && error.message === message,
      );
    }
  });
  assert.deepEqual(seen, [], 'refused, not deprecated');
  client.close();
});

test('RateLimiter answers its limit; per_second and burst are its old names', async () => {
  const limiter = new RateLimiter({ perSecond: 3, burst: 2 });
  assert.deepEqual(limiter.limit, { perSecond: 3, burst: 2, perDay: 0 });
  await warnsOnce(
    'RateLimiter.per_second',
    'RateLimiter.limit.perSecond',
    () => assert.equal(limiter.per_second, 3),
    'CTCT_DEP0002',
  );
  await warnsOnce('RateLimiter.burst', 'RateLimiter.limit.burst', () => assert.equal(limiter.burst, 2), 'CTCT_DEP0002');
});

test('stop() stops the emulator; close() is its old name', async () => {
  for (const stop of ['stop', 'close']) {
    const own = Emulator.start();
    const before = own.client();
    assert.equal((await before.lists.list()).outcome, 'success');
    before.close();
    const seen = await deprecations(() => {
      own[stop]();
      own[stop]();
    });
    const after = own.client({ retry: { maxAttempts: 1 } });
    assert.equal((await after.lists.list()).outcome, 'error', `nothing listens after ${stop}()`);
    after.close();
    if (stop === 'stop') assert.deepEqual(seen, []);
    else
      assert.deepEqual(
        seen.map((w) => w.code),
        ['CTCT_DEP0002'],
      );
  }
});

test('limits() makes the emulator answer 429 beyond them, and limits() with none lifts them', async () => {
  seedList(emulator);
  const client = emulator.client({ retry: { maxAttempts: 1 } });
  emulator.limits({ daily: 1 });
  assert.equal((await client.lists.get(LIST_ID)).outcome, 'success');
  const refused = await client.lists.get(LIST_ID);
  assert.equal(refused.status, 429);
  emulator.limits();
  // The client holds back its calls until 00:00 UTC; another one is answered again.
  assert.equal((await client.lists.get(LIST_ID)).attempts, 0);
  const other = emulator.client();
  assert.equal((await other.lists.get(LIST_ID)).outcome, 'success');
  assert.throws(() => emulator.limits({ perSec: 1 }), /^TypeError: unknown option 'perSec' for Emulator\.limits$/);
  client.close();
  other.close();
});

// Every snake_case key an operation still reads (CTCT_DEP0003), by JS method: the registry's
// names where they differ from their camelCase form. A key added to an operation later lands
// here too, and must be listed.
const OLD_KEYS = {
  'contacts.list': [
    'created_after',
    'created_before',
    'include_count',
    'optout_after',
    'optout_before',
    'segment_id',
    'sms_status',
    'updated_after',
    'updated_before',
  ],
  'contacts.counts': ['include_new_subscriber'],
  'lists.list': ['include_count', 'include_membership_count'],
  'tags.get': ['include_count'],
  'tags.list': ['include_count'],
  'bulk.importContacts': ['sms_permission_to_send'],
  'bulk.importFile': ['file_name', 'sms_permission_to_send'],
  'bulk.deleteContacts': ['contact_ids', 'list_ids'],
  'bulk.exportContacts': ['contact_ids', 'list_ids', 'new_subscriber', 'segment_id', 'tag_ids'],
  addContactToList: ['custom_field_ids', 'fail_on_duplicate'],
};

test('an option added since the keys became camelCase has no snake_case spelling', async () => {
  await assert.rejects(
    emulator.client().addContactToList('id', { email: 'a@example.com' }, { read_back: false }),
    /^TypeError: unknown option 'read_back' for addContactToList$/,
  );
});

test('the old snake_case keys of the operations are exactly these, each read under its own name', async () => {
  const { client: own, groups } = native.describeMethods();
  const old = {};
  const collect = (prefix, methods) => {
    for (const method of methods) {
      const keys = method.options
        .filter((o) => o.deprecated)
        .map((o) => o.deprecated)
        .sort();
      if (keys.length) old[prefix + method.name] = keys;
    }
  };
  collect('', own);
  for (const group of groups) collect(`${group.name}.`, group.methods);
  assert.deepEqual(old, OLD_KEYS);
  const client = emulator.client();
  const seen = await deprecations(async () => {
    for (const [callable, keys] of Object.entries(OLD_KEYS)) {
      const [group, method] = callable.includes('.') ? callable.split('.') : [null, callable];
      const owner = group ? client[group] : client;
      const positional = {
        'tags.get': ['id'],
        'bulk.importContacts': [[]],
        'bulk.importFile': [''],
        addContactToList: ['id', {}],
      };
      for (const key of keys) {
        // A symbol is no option's type: the TypeError names the key it was read under.
        await assert.rejects(
          owner[method](...(positional[callable] ?? []), { [key]: Symbol('x') }),
          (error) => error instanceof TypeError && error.message.startsWith(`${key} must be `),
          `${callable} ${key}`,
        );
      }
    }
  });
  client.close();
  assert.ok(
    seen.every((warning) => warning.code === 'CTCT_DEP0003'),
    JSON.stringify(seen),
  );
});

test('the positional forms of exchangeCode and startDevice work, with CTCT_DEP0005', async () => {
  const client = new oauth.OAuthClient({
    clientId: 'c',
    tokenUrl: tokenUrl(),
    deviceUrl: `${emulator.url}/oauth2/default/v1/device/authorize`,
  });
  // A code whose PKCE challenge only the verifier given positionally answers.
  const code = async (pkce) => {
    const url = oauth.authorizationUrl({
      clientId: 'c',
      redirectUri: 'http://127.0.0.1/callback',
      state: oauth.makeState(),
      codeChallenge: pkce.code_challenge,
      authorizeUrl: `${emulator.url}/oauth2/default/v1/authorize`,
    });
    const redirect = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
    return redirect.searchParams.get('code') ?? '';
  };
  await warnsOnce(
    'exchangeCode(code, redirectUri, codeVerifier)',
    'exchangeCode(code, redirectUri, { codeVerifier })',
    async () => {
      const pkce = oauth.makePkce();
      const outcome = await client.exchangeCode(await code(pkce), 'http://127.0.0.1/callback', pkce.code_verifier);
      assert.equal(outcome.outcome, 'success', outcome.reason);
    },
    'CTCT_DEP0005',
  );
  await warnsOnce(
    'startDevice(scopes)',
    'startDevice({ scopes })',
    async () => assert.equal((await client.startDevice(['contact_data'])).outcome, 'success'),
    'CTCT_DEP0005',
  );
  client.close();
});
