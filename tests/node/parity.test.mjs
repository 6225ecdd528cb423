// Node against the operations registry (describeOperations(), the core's own description): every
// group and operation is on the public Client (and every operation of the v2 and OAuth clients on
// v2.Client and oauth.OAuthClient) under its camelCase name, index.d.ts declares it
// with the same parameters and options keys, and an unknown option is refused by name. What
// Node takes follows operation.hpp: `argument` parameters and the first `positional` field of a
// `fields` parameter are positional; options, the other fields and the bulk options (wait,
// pollIntervalMs, onProgress) are keys of one trailing options object.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { Client, oauth, PageError, v2 } from 'ctct';
import { Emulator } from 'ctct/testing';
import { native } from './support.mjs';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const camel = (name) => native.camelCase(name);
const registry = native.describeOperations();

// What the registry says a Node method takes.
function expected(op) {
  const params = [];
  const options = [];
  let bulk = false;
  for (const param of op.params) {
    if (param.takes === 'argument') params.push(camel(param.name));
    else if (param.takes === 'option') options.push(param.name);
    else if (param.takes === 'bulk_options') bulk = true;
    else
      for (const field of param.fields) {
        if (field === param.positional[0]) params.push(camel(field));
        else options.push(field);
      }
  }
  if (bulk) options.push('wait', 'poll_interval_ms', 'on_progress');
  return { params, options: options.map(camel).sort() };
}

// What index.d.ts declares: the first signature of each method, its parameters and the keys of
// its options object, the deprecated (snake_case) ones apart.
function declarations() {
  const file = join(dirname(require.resolve('ctct/package.json')), 'node', 'index.d.ts');
  const program = ts.createProgram([file], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const exported = (symbol, name) => checker.getExportsOfModule(symbol).find((s) => s.name === name);
  const module = checker.getSymbolAtLocation(source);
  const typeOf = (symbol) => checker.getTypeOfSymbolAtLocation(symbol, source);
  const deprecated = (symbol) => symbol.declarations.some((d) => ts.getJSDocDeprecatedTag(d) !== undefined);
  const method = (owner, name) => {
    const symbol = owner.getProperty(name);
    if (!symbol) return undefined;
    // The current signature: the first not marked deprecated (old call forms are overloads).
    const signatures = typeOf(symbol).getCallSignatures();
    const signature =
      signatures.find((s) => ts.getJSDocDeprecatedTag(s.getDeclaration()) === undefined) ?? signatures[0];
    const params = signature.getParameters();
    const last = params.at(-1);
    const keys = last?.name === 'options' ? checker.getNonNullableType(typeOf(last)).getProperties() : [];
    return {
      params: params
        .filter((p) => p.name !== 'options')
        .map((p) => ({ name: p.name, type: checker.typeToString(typeOf(p)) })),
      options: keys
        .filter((k) => !deprecated(k))
        .map((k) => k.name)
        .sort(),
      deprecated: keys
        .filter(deprecated)
        .map((k) => k.name)
        .sort(),
    };
  };
  const classes = {
    client: checker.getDeclaredTypeOfSymbol(exported(module, 'Client')),
    v2: checker.getDeclaredTypeOfSymbol(exported(exported(module, 'v2'), 'Client')),
    oauth: checker.getDeclaredTypeOfSymbol(exported(exported(module, 'oauth'), 'OAuthClient')),
  };
  const clientType = classes.client;
  return {
    method: ({ client, group }, name) =>
      method(group === null ? classes[client] : typeOf(clientType.getProperty(camel(group))), name),
    hasGroup: (group) => clientType.getProperty(group) !== undefined,
  };
}

// A value of the declared type, enough to get past the positional arguments.
const sample = (type) => (type === 'string' ? 'x' : type === 'number' ? 1 : type.endsWith('[]') ? [] : {});

// The three clients: how to make one that never connects, and how a call of theirs is named.
const CLIENTS = {
  client: { make: () => new Client({ accessToken: 'x', baseUrl: 'http://127.0.0.1:9/v3' }), prefix: '' },
  v2: {
    make: () => new v2.Client({ apiKey: 'k', accessToken: 'x', baseUrl: 'http://127.0.0.1:9/v2' }),
    prefix: 'v2.Client.',
  },
  oauth: {
    make: () => new oauth.OAuthClient({ clientId: 'c', tokenUrl: 'http://127.0.0.1:9/token' }),
    prefix: 'oauth.OAuthClient.',
  },
};
const every = [
  ...registry.client.map((op) => ({ client: 'client', group: null, op })),
  ...registry.groups.flatMap((group) => group.operations.map((op) => ({ client: 'client', group: group.name, op }))),
  ...registry.v2_client.map((op) => ({ client: 'v2', group: null, op })),
  ...registry.oauth_client.map((op) => ({ client: 'oauth', group: null, op })),
];
const label = ({ client, group, op }) => `${CLIENTS[client].prefix}${group === null ? '' : `${group}.`}${op.name}`;
// The call as its TypeErrors name it.
const callable = ({ client, group, op }) =>
  `${CLIENTS[client].prefix}${group === null ? '' : `${camel(group)}.`}${camel(op.name)}`;

// Runs check(entry, owner) for every operation, with one client of each kind.
async function forEveryOperation(check) {
  const clients = Object.fromEntries(Object.entries(CLIENTS).map(([name, { make }]) => [name, make()]));
  try {
    for (const entry of every) {
      const client = clients[entry.client];
      await check(entry, entry.group === null ? client : client[camel(entry.group)]);
    }
  } finally {
    for (const client of Object.values(clients)) client.close();
  }
}

test('the registry lists the eight groups, and camelCase is the rule Node names by', () => {
  assert.deepEqual(
    registry.groups.map((g) => g.name),
    ['contacts', 'lists', 'activities', 'tags', 'custom_fields', 'bulk', 'segments', 'contact_reports'],
  );
  assert.deepEqual(['include_count', 'refresh_margin_s', 'add_to_lists', 'custom_fields'].map(camel), [
    'includeCount',
    'refreshMarginS',
    'addToLists',
    'customFields',
  ]);
});

test('every operation is a method of the public clients under its camelCase name', async () => {
  const missing = [];
  await forEveryOperation((entry, owner) => {
    if (typeof owner?.[camel(entry.op.name)] !== 'function') missing.push(label(entry));
  });
  assert.deepEqual(missing, [], 'missing');
});

test('index.d.ts declares every operation with the registry parameters and options keys', () => {
  const declared = declarations();
  const differences = [];
  for (const group of registry.groups) {
    if (!declared.hasGroup(camel(group.name))) differences.push(`${group.name}: no Client.${camel(group.name)}`);
  }
  for (const entry of every) {
    const { group, op } = entry;
    if (group !== null && !declared.hasGroup(camel(group))) continue; // said above
    const found = declared.method(entry, camel(op.name));
    const want = expected(op);
    if (!found) {
      differences.push(`${label(entry)}: not declared as ${camel(op.name)}`);
      continue;
    }
    const params = found.params.map((p) => p.name);
    if (JSON.stringify(params) !== JSON.stringify(want.params))
      differences.push(`${label(entry)}: parameters (${params}) instead of (${want.params})`);
    if (JSON.stringify(found.options) !== JSON.stringify(want.options))
      differences.push(`${label(entry)}: options { ${found.options} } instead of { ${want.options} }`);
  }
  assert.deepEqual(differences, []);
});

test('every operation refuses an unknown option, naming it and the call', async () => {
  const declared = declarations();
  const wrong = [];
  await forEveryOperation(async (entry, owner) => {
    const name = camel(entry.op.name);
    const args = declared.method(entry, name).params.map((p) => sample(p.type));
    try {
      await owner[name](...args, { bogusOption: 1 });
      wrong.push(`${label(entry)}: took it`);
    } catch (error) {
      const message = `unknown option 'bogusOption' for ${callable(entry)}`;
      if (!(error instanceof TypeError) || error.message !== message) wrong.push(`${label(entry)}: ${error}`);
    }
  });
  assert.deepEqual(wrong, []);
});

test('every option is read under its camelCase key, and under its snake_case spelling (deprecated)', async () => {
  const declared = declarations();
  const wrong = [];
  await forEveryOperation(async (entry, owner) => {
    const name = camel(entry.op.name);
    const { params, options, deprecated } = declared.method(entry, name);
    const args = params.map((p) => sample(p.type));
    // A symbol is no option's type: the TypeError names the key the value was read under.
    for (const key of [...options, ...deprecated]) {
      try {
        await owner[name](...args, { [key]: Symbol('x') });
        wrong.push(`${label(entry)}: ${key} took a symbol`);
      } catch (error) {
        if (!(error instanceof TypeError) || !error.message.startsWith(`${key} must be `))
          wrong.push(`${label(entry)}: ${error}`);
      }
    }
  });
  assert.deepEqual(wrong, []);
});

// The Node cell of a row of the design document's names table (section "Names across languages").
function nodeColumn(concept) {
  const design = new URL('../../docs/ARCHITECTURE.md', import.meta.url);
  for (const row of readFileSync(design, 'utf8').split('\n')) {
    const cells = row.split('|');
    if (cells.length > 5 && cells[1].trim() === concept) return cells[4];
  }
  assert.fail(`ARCHITECTURE.md's names table has no row '${concept}'`);
}

// Rows of the names table with the spelling each gives for Node. An option is shown read by a call
// that gives it a wrong type (a TypeError naming it); a member by being there.
const OPTIONS = {
  'progress hook': ['onProgress', (c) => c.bulk.importContacts([], { lists: [], onProgress: 1 })],
  'poll interval': ['pollIntervalMs', (c) => c.bulk.wait([], { pollIntervalMs: 'x' })],
  'wait for activities': ['wait', (c) => c.bulk.deleteLists([], { wait: 'x' })],
  'API key (shares the limiter)': ['apiKey', () => new Client({ accessToken: 't', apiKey: 1 })],
  'engine (shared I/O loops)': ['engine', () => new Client({ accessToken: 't', engine: 1 })],
};
const MEMBERS = {
  groups: ['customFields', (c) => typeof c.customFields?.get === 'function'],
  'emulator start, stop': ['stop()', () => typeof Emulator.prototype.stop === 'function'],
  'emulator `limits()`': ['limits({ perSecond, daily })', () => typeof Emulator.prototype.limits === 'function'],
  'page errors': ['PageError', () => typeof PageError === 'function'],
  'OAuth calls': ['startDevice({ scopes })', () => typeof oauth.OAuthClient.prototype.startDevice === 'function'],
};

test('the names table gives what Node has', async () => {
  const client = new Client({ accessToken: 't', baseUrl: 'http://127.0.0.1:1/v3' });
  try {
    for (const [concept, [spelling, use]] of Object.entries(OPTIONS)) {
      assert.ok(nodeColumn(concept).includes(`\`${spelling}\``), `the '${concept}' row does not give ${spelling}`);
      await assert.rejects(
        async () => use(client),
        (e) => e instanceof TypeError && e.message.includes(spelling),
      );
    }
    for (const [concept, [spelling, has]] of Object.entries(MEMBERS)) {
      assert.ok(nodeColumn(concept).includes(`\`${spelling}\``), `the '${concept}' row does not give ${spelling}`);
      assert.ok(has(client), `Node lacks ${spelling} (${concept})`);
    }
  } finally {
    client.close();
  }
});
