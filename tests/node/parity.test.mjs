// Node against the operations registry (describeOperations(), the core's own description): every
// group and operation is on the public Client under its camelCase name, index.d.ts declares it
// with the same parameters and options keys, and an unknown option is refused by name. What
// Node takes follows operation.hpp: `argument` parameters and the first `positional` field of a
// `fields` parameter are positional; options, the other fields and the bulk options (wait,
// pollIntervalMs, onProgress) are keys of one trailing options object.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { Client, PageError } from 'ctct';
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
  // The snake_case spelling of each option is deprecated, not refused; the bulk options never had one.
  const renamed = options.filter((name) => camel(name) !== name).sort();
  if (bulk) options.push('wait', 'poll_interval_ms', 'on_progress');
  return { params, options: options.map(camel).sort(), renamed };
}

// What index.d.ts declares: the first signature of each method, its parameters and the keys of
// its options object, the deprecated (snake_case) ones apart.
function declarations() {
  const file = join(dirname(require.resolve('ctct/package.json')), 'node', 'index.d.ts');
  const program = ts.createProgram([file], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const client = checker.getExportsOfModule(checker.getSymbolAtLocation(source)).find((s) => s.name === 'Client');
  const typeOf = (symbol) => checker.getTypeOfSymbolAtLocation(symbol, source);
  const deprecated = (symbol) => symbol.declarations.some((d) => ts.getJSDocDeprecatedTag(d) !== undefined);
  const method = (owner, name) => {
    const symbol = owner.getProperty(name);
    if (!symbol) return undefined;
    const [signature] = typeOf(symbol).getCallSignatures();
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
  const clientType = checker.getDeclaredTypeOfSymbol(client);
  return {
    method: (group, name) => method(group === null ? clientType : typeOf(clientType.getProperty(group)), name),
    hasGroup: (group) => clientType.getProperty(group) !== undefined,
  };
}

// A value of the declared type, enough to get past the positional arguments.
const sample = (type) => (type === 'string' ? 'x' : type === 'number' ? 1 : type.endsWith('[]') ? [] : {});

const every = [
  ...registry.client.map((op) => ({ group: null, op })),
  ...registry.groups.flatMap((group) => group.operations.map((op) => ({ group: group.name, op }))),
];
const label = ({ group, op }) => (group === null ? op.name : `${group}.${op.name}`);

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

test('every operation is a method of the public Client under its camelCase name', () => {
  const client = new Client({ accessToken: 'x', baseUrl: 'http://127.0.0.1:9/v3' });
  const missing = every.filter(({ group, op }) => {
    const owner = group === null ? client : client[camel(group)];
    return typeof owner?.[camel(op.name)] !== 'function';
  });
  client.close();
  assert.deepEqual(missing.map(label), [], 'missing from Client');
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
    const found = declared.method(group && camel(group), camel(op.name));
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
    if (JSON.stringify(found.deprecated) !== JSON.stringify(want.renamed))
      differences.push(`${label(entry)}: deprecated keys { ${found.deprecated} } instead of { ${want.renamed} }`);
  }
  assert.deepEqual(differences, []);
});

test('every operation refuses an unknown option, naming it and the call', async () => {
  const declared = declarations();
  const client = new Client({ accessToken: 'x', baseUrl: 'http://127.0.0.1:9/v3' });
  const wrong = [];
  for (const entry of every) {
    const { group, op } = entry;
    const name = camel(op.name);
    const callable = group === null ? name : `${camel(group)}.${name}`;
    const owner = group === null ? client : client[camel(group)];
    const args = declared.method(group && camel(group), name).params.map((p) => sample(p.type));
    try {
      await owner[name](...args, { bogusOption: 1 });
      wrong.push(`${label(entry)}: took it`);
    } catch (error) {
      const message = `unknown option 'bogusOption' for ${callable}`;
      if (!(error instanceof TypeError) || error.message !== message) wrong.push(`${label(entry)}: ${error}`);
    }
  }
  client.close();
  assert.deepEqual(wrong, []);
});

test('every option is read under its camelCase key, and under its snake_case spelling (deprecated)', async () => {
  const declared = declarations();
  const client = new Client({ accessToken: 'x', baseUrl: 'http://127.0.0.1:9/v3' });
  const wrong = [];
  for (const entry of every) {
    const { group, op } = entry;
    const name = camel(op.name);
    const owner = group === null ? client : client[camel(group)];
    const { params, options, deprecated } = declared.method(group && camel(group), name);
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
  }
  client.close();
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
};
const MEMBERS = {
  groups: ['customFields', (c) => typeof c.customFields?.get === 'function'],
  'emulator start, stop': ['stop()', () => typeof Emulator.prototype.stop === 'function'],
  'emulator `limits()`': ['limits({ perSecond, daily })', () => typeof Emulator.prototype.limits === 'function'],
  'page errors': ['PageError', () => typeof PageError === 'function'],
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
