// A client that refreshes its own access token and saves each new token pair to a file.
// Set CTCT_CLIENT_ID (and CTCT_CLIENT_SECRET for a confidential client) and CTCT_TOKEN_FILE, a
// JSON file holding the tokens of an earlier authorization ({ access_token, refresh_token }).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { Client } from 'ctct';

const file = process.env.CTCT_TOKEN_FILE ?? 'ctct-tokens.json';
const clientId = process.env.CTCT_CLIENT_ID;
if (!clientId) {
  console.error('Set CTCT_CLIENT_ID and CTCT_TOKEN_FILE (the tokens of an earlier authorization).');
  process.exit(2);
}

// Refresh tokens rotate: the old one stops working once a new one is issued, so the new pair
// is written at once, through a temporary file so that a crash never leaves half a file.
/** @param {import('ctct').Tokens} tokens */
function save(tokens) {
  writeFileSync(`${file}.new`, JSON.stringify(tokens), { mode: 0o600 });
  renameSync(`${file}.new`, file);
}

const client = new Client({
  managedTokens: {
    tokens: JSON.parse(readFileSync(file, 'utf8')),
    oauth: { clientId, clientSecret: process.env.CTCT_CLIENT_SECRET },
    store: save,
  },
});
const outcome = await client.lists.list({ limit: 10 });
client.close();
console.log(outcome.outcome === 'success' ? (outcome.value?.items ?? []).map((list) => list.name) : outcome.reason);
process.exitCode = outcome.outcome === 'success' ? 0 : 1;
