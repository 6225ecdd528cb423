// Adds a lead to a Constant Contact list and prints what happened, field by field.
// Set CTCT_ACCESS_TOKEN and CTCT_LIST_ID (and CTCT_BASE_URL to use an emulator). Without
// CTCT_ACCESS_TOKEN it runs on the in-memory emulator of ctct/testing.
import { Client } from 'ctct';
import { Emulator } from 'ctct/testing';

const lead = {
  email: 'ada.lovelace@example.com',
  first_name: 'Ada',
  last_name: 'Lovelace',
  company_name: 'Analytical Engines',
  title: 'Programmer',
};

let outcome;
const token = process.env.CTCT_ACCESS_TOKEN;
if (token) {
  const client = new Client({ accessToken: token, baseUrl: process.env.CTCT_BASE_URL });
  outcome = await client.addContactToList(process.env.CTCT_LIST_ID ?? '', lead);
  client.close();
} else {
  const emulator = Emulator.start();
  const client = emulator.client();
  const listId = emulator.seed({ lists: [{ name: 'Leads' }] }).lists?.[0] ?? '';
  outcome = await client.addContactToList(listId, lead);
  client.close();
  emulator.stop();
}
// outcome: success, failure (fix the input) or error (try again later); reason says why.
console.log(JSON.stringify(outcome));
process.exitCode = outcome.outcome === 'success' ? 0 : 1;
