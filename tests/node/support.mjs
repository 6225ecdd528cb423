// What the Node suites share: one in-process emulator per test file, reset before each test.
import { after, beforeEach } from 'node:test';
import { Emulator } from 'ctct/testing';

export const LIST_ID = '11111111-1111-4111-8111-000000000001';
export const MISSING_ID = 'cccccccc-cccc-4ccc-8ccc-00000000dead';

export function useEmulator() {
  const emulator = Emulator.start();
  beforeEach(() => emulator.reset());
  after(() => emulator.close());
  return emulator;
}

export function seedList(emulator, name = 'Newsletter') {
  emulator.seed({ lists: [{ list_id: LIST_ID, name }] });
}
