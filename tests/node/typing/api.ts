// Compiled with `tsc --noEmit --strict` (tsconfig.json beside this folder): the shipped
// declarations accept correct use and refuse wrong use (each @ts-expect-error must be needed).
import ctct, {
  Client,
  type Contact,
  type DeliveryOutcome,
  FailureError,
  type ImportContact,
  IncompleteError,
  type Outcome,
  PageError,
  RateLimiter,
  type Tokens,
  v2,
} from 'ctct';
import type { Emulator, Stats } from 'ctct/testing';

export async function typed(client: Client, legacy: v2.Client, emulator: Emulator): Promise<string[]> {
  const notes: string[] = [];
  const created: Outcome<Contact> = await client.contacts.create({
    email_address: { address: 'ada@example.com', permission_to_send: 'implicit' },
    create_source: 'Account',
  });
  if (created.outcome === 'success' && created.value) notes.push(created.value.contact_id ?? '');
  const delivered: DeliveryOutcome = await client.addContactToList(
    'id',
    { email: 'a@example.com' },
    {
      failOnDuplicate: true,
      customFieldIds: { fax: 'id' },
    },
  );
  notes.push(delivered.outcome, delivered.reason ?? '', ...delivered.warnings);
  const row: ImportContact = { email: 'a@example.com', 'cf:Plan_level': 'Gold' };
  // @ts-expect-error custom field values are strings
  const wrongRow: ImportContact = { email: 'a@example.com', 'cf:Plan_level': 3 };
  const imported = await client.bulk.importContacts([row, wrongRow], { lists: ['id'] });
  const tagged = await client.tags.addToContacts({ contact_ids: ['id'] }, { tags: ['id'], pollIntervalMs: 10 });
  notes.push(String(imported.value?.error_count), tagged.value?.activity ?? '');
  for await (const list of client.lists.iter({ limit: 10, includeMembershipCount: 'all' })) notes.push(list.name ?? '');
  const counted = await client.contacts.list({ includeCount: true, updatedAfter: '2024-01-01T00:00:00Z' });
  notes.push(String(counted.value?.count));
  await client.bulk.deleteContacts({ contactIds: ['id'], wait: false });
  await client.bulk.exportContacts({ listIds: ['id'], fields: ['email'], pollIntervalMs: 10 });
  // The old spellings still compile (deprecated).
  await client.contacts.list({ include_count: true });
  await client.bulk.deleteContacts({ contact_ids: ['id'] }, { wait: false });
  await client.bulk.exportContacts({ list_ids: ['id'] }, {});
  // @ts-expect-error: an unknown option
  await client.contacts.list({ bogus: true });
  // @ts-expect-error: bulk.importContacts needs its lists
  await client.bulk.importContacts([row], {});
  const status = (error: unknown) =>
    error instanceof FailureError || error instanceof IncompleteError ? error.outcome.status : 0;
  notes.push(String(status(new PageError(counted))));
  for await (const page of client.contacts.pages({ include: ['custom_fields'] })) notes.push(String(page.status));
  const lists = await legacy.lists();
  notes.push(...(lists.value ?? []).map((list: v2.ContactList) => list.name ?? ''));
  await legacy.addContactToList('1', { email: 'a@example.com' }, { actionBy: 'visitor' });
  const stats: Stats = emulator.stats();
  notes.push(String(stats.requests), ctct.version, PageError.name);
  notes.push(client.baseUrl, legacy.baseUrl, new ctct.oauth.OAuthClient({ clientId: 'c' }).tokenUrl);
  // @ts-expect-error: the shown base URL is read-only
  client.baseUrl = 'https://example.com/v3';

  // @ts-expect-error: permission_to_send is one of the described values
  await client.contacts.create({ email_address: { address: 'a@example.com', permission_to_send: 'maybe' } });
  // @ts-expect-error: fields are snake_case, as in the API
  await client.contacts.create({ firstName: 'Ada' });
  // @ts-expect-error: the list id is a string
  await client.lists.get(42);
  // @ts-expect-error: reason may be null
  notes.push(delivered.reason.toUpperCase());
  // @ts-expect-error: actionBy is owner or visitor
  await legacy.createContact({}, { actionBy: 'admin' });
  // @ts-expect-error: the v3 client needs an access token
  new Client({ baseUrl: 'http://127.0.0.1' });
  const shared = new RateLimiter({ perSecond: 4, burst: 1 });
  new Client({ accessToken: 't', retry: { maxAttempts: 2, baseDelayMs: 10 }, rateLimiter: shared });
  new v2.Client({ apiKey: 'k', accessToken: 't', rateLimit: { perSecond: 0 } });
  const saved: Tokens[] = [];
  new Client({
    managedTokens: {
      tokens: { access_token: 'a', refresh_token: 'r' },
      oauth: { clientId: 'c' },
      store: (t) => saved.push(t),
    },
  });
  // @ts-expect-error: managed tokens need the OAuth client id
  new Client({ managedTokens: { tokens: { access_token: 'a' }, oauth: {} } });
  const pkce = ctct.oauth.makePkce();
  notes.push(
    ctct.oauth.authorizationUrl({
      clientId: 'c',
      redirectUri: 'http://x',
      state: ctct.oauth.makeState(),
      codeChallenge: pkce.code_challenge,
    }),
  );
  const refreshed: Outcome<Tokens> = await new ctct.oauth.OAuthClient({ clientId: 'c' }).refresh('r');
  notes.push(refreshed.value?.access_token ?? '');
  // @ts-expect-error: an authorization URL needs a state
  ctct.oauth.authorizationUrl({ clientId: 'c', redirectUri: 'http://x' });
  // @ts-expect-error: options are camelCase at every depth
  new Client({ accessToken: 't', retry: { maxAttempt: 2 } });
  // The snake_case spellings still compile (deprecated), but not both of one option.
  new Client({ managed_tokens: { tokens: { access_token: 'a' }, oauth: { client_id: 'c' }, refresh_margin_s: 60 } });
  new Client({ accessToken: 't', rate_limit: { per_second: 2 }, retry: { max_attempts: 2 } });
  // @ts-expect-error: managedTokens and managed_tokens are one option
  new Client({
    managedTokens: { tokens: { access_token: 'a' }, oauth: { clientId: 'c' } },
    managed_tokens: { tokens: { access_token: 'a' }, oauth: { clientId: 'c' } },
  });
  // @ts-expect-error: clientId and client_id are one option
  new ctct.oauth.OAuthClient({ clientId: 'c', client_id: 'c' });
  emulator.limits({ perSecond: 4, daily: 100 });
  emulator.stop();
  const limit: { perSecond: number; burst: number } = shared.limit;
  notes.push(String(limit.perSecond));
  return notes;
}
