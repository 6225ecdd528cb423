// One process of a service sharing managed tokens through Redis, for test_shared_tokens.py (the
// Node half of its mixed processes): the same input and output as shared_tokens_worker.py.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'ctct';

const given = JSON.parse(readFileSync(0, 'utf8'));
const saved = [];
const digest = (text) => createHash('sha256').update(text ?? '').digest('hex');
const client = new Client({
  baseUrl: given.v3_url,
  rateLimit: { perSecond: 0 },
  managedTokens: {
    tokens: given.tokens,
    oauth: { clientId: 'shared-tokens-test', tokenUrl: given.token_url },
    store: (pair) => saved.push(digest(pair.refresh_token)),
    sharedStore: given.redis_url,
  },
});
let calls = 0;
const failed = [];
const deadline = Date.now() + given.seconds * 1000;
while (calls === 0 || Date.now() < deadline) {
  const outcome = await client.lists.list();
  calls += 1;
  if (outcome.outcome !== 'success') failed.push(outcome.reason);
  await sleep(50);
}
client.close();
await sleep(50); // the store's last calls are queued to the event loop
process.stdout.write(JSON.stringify({ calls, failed, saved }));
