// One process of a service on one API key, for test_shared_limiter_processes.py (the Node half of
// its mixed processes): the same input and output as shared_limiter_worker.py.
import { createInterface } from 'node:readline';
import { Client } from 'ctct';

const input = createInterface({ input: process.stdin });
const lines = input[Symbol.asyncIterator]();
const given = JSON.parse((await lines.next()).value);
const client = new Client({
  accessToken: given.access_token,
  baseUrl: given.v3_url,
  apiKey: given.api_key,
  rateLimit: { perSecond: 20, perDay: 60 },
  ...(given.rate_limiter ? { rateLimiter: given.rate_limiter } : {}),
  retry: { maxAttempts: 1 }, // each 429 shows in the outcomes, none is retried
});
process.stdout.write('ready\n');
await lines.next();
for (let i = 0; i < given.calls; i += 1) {
  const { outcome, status, error_key, attempts, reason } = await client.lists.list();
  process.stdout.write(`${JSON.stringify({ outcome, status, error_key, attempts, reason })}\n`);
}
client.close();
input.close();
