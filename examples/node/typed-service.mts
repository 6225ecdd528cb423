// A typed service: creates contacts concurrently and lists them page after page, narrowing
// each outcome before using its value. Runs on the emulator of ctct/testing.
import type { Client, Contact, Outcome } from 'ctct';
import { Emulator } from 'ctct/testing';

function describe(outcome: Outcome<Contact>): string {
  if (outcome.outcome === 'success' && outcome.value) return `created ${outcome.value.contact_id}`;
  return `${outcome.outcome}: ${outcome.reason}`;
}

export async function main(client: Client): Promise<void> {
  const created = await Promise.all(
    ['ada', 'grace', 'alan'].map((name) =>
      client.contacts.create({ email_address: { address: `${name}@example.com` }, create_source: 'Account' }),
    ),
  );
  for (const outcome of created) console.log(describe(outcome));
  for await (const contact of client.contacts.iter({ limit: 2 })) {
    console.log(contact.contact_id, contact.email_address?.address);
  }
}

const emulator = Emulator.start();
const client = emulator.client();
await main(client);
client.close();
emulator.stop();
