// The quickstart with require(): adds a lead to a list and prints the outcome.
// Set CTCT_ACCESS_TOKEN and CTCT_LIST_ID (and CTCT_BASE_URL); without them it runs on the
// in-memory emulator of ctct/testing.
const { Client } = require('ctct');
const { Emulator } = require('ctct/testing');

async function main() {
  const lead = { email: 'ada.lovelace@example.com', first_name: 'Ada', last_name: 'Lovelace' };
  const token = process.env.CTCT_ACCESS_TOKEN;
  const emulator = token ? null : Emulator.start();
  const client = emulator
    ? emulator.client()
    : new Client({ accessToken: token ?? '', baseUrl: process.env.CTCT_BASE_URL });
  const listId = emulator
    ? (emulator.seed({ lists: [{ name: 'Leads' }] }).lists?.[0] ?? '')
    : (process.env.CTCT_LIST_ID ?? '');
  const outcome = await client.addContactToList(listId, lead);
  client.close();
  emulator?.stop();
  console.log(JSON.stringify(outcome));
  return outcome.outcome === 'success' ? 0 : 1;
}

main().then((code) => (process.exitCode = code));
