// What the transport refuses: redirects (never followed, so credentials stay with the API host),
// certificates it cannot verify (not retried; caBundle, else SSL_CERT_FILE, names the CA to
// trust), bodies over maxResponseBytes, and plain http to any host but loopback unless
// allowInsecureHttp is set.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Client, oauth, v2 } from 'ctct';
import { useEmulator } from './support.mjs';

const emulator = useEmulator();
const LIST_ID = '11111111-1111-4111-8111-000000000001';

async function listen(server) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server.address().port;
}

for (const status of [302, 307]) {
  test(`a ${status} redirect is not followed`, async () => {
    const received = [];
    const other = createServer((request, response) => {
      received.push(request.url);
      response.end('{}');
    });
    const port = await listen(other);
    emulator.fault({
      path: '/v3/contact_lists',
      status,
      body: '',
      location: `http://127.0.0.1:${port}/v3/contact_lists`,
    });
    const client = emulator.client();
    const outcome = await client.lists.list();
    client.close();
    other.close();
    assert.equal(outcome.outcome, 'error');
    assert.equal(outcome.status, status);
    assert.equal(outcome.attempts, 1);
    assert.match(outcome.reason, /does not follow/);
    assert.deepEqual(received, []);
  });
}

// A CA and a server certificate for 127.0.0.1 it signed, made by the openssl command.
function makeCertificates(directory) {
  const file = (name) => join(directory, name);
  const openssl = (...args) => execFileSync('openssl', args, { stdio: 'pipe' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=ctct test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  );
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=127.0.0.1',
  );
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.pem'),
    '-days',
    '2',
    '-extfile',
    file('server.ext'),
  );
  return { ca: file('ca.pem'), key: readFileSync(file('server.key')), cert: readFileSync(file('server.pem')) };
}

const tls = {};
before(async () => {
  tls.directory = mkdtempSync(join(tmpdir(), 'ctct-tls-'));
  const { ca, key, cert } = makeCertificates(tls.directory);
  tls.ca = ca;
  const page = JSON.stringify({ lists: [{ list_id: LIST_ID, name: 'Newsletter' }], lists_count: 1 });
  tls.server = createHttpsServer({ key, cert }, (request, response) => {
    response.setHeader('Content-Type', 'application/json');
    response.end(page);
  });
  tls.url = `https://127.0.0.1:${await listen(tls.server)}/v3`;
});
after(() => {
  tls.server.closeAllConnections(); // Node 18's close() waits for idle keep-alive connections
  tls.server.close();
  rmSync(tls.directory, { recursive: true, force: true });
});

test('a certificate that cannot be verified is an error, not retried', async () => {
  const client = new Client({ accessToken: 'token', baseUrl: tls.url });
  const outcome = await client.lists.list();
  client.close();
  assert.equal(outcome.outcome, 'error');
  assert.equal(outcome.attempts, 1);
  assert.match(outcome.reason, /certificate .* could not be verified/);
});

// Runs `build` with the environment variables `values` set, then puts them back: a client reads
// the ones naming its CA when it is built.
function withEnv(values, build) {
  const kept = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  try {
    return build();
  } finally {
    for (const [name, value] of Object.entries(kept)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

test('caBundle makes the certificate trusted', async () => {
  const client = withEnv(
    { SSL_CERT_FILE: '/nonexistent/ctct-ca.pem' }, // caBundle comes first
    () => new Client({ accessToken: 'token', baseUrl: tls.url, caBundle: tls.ca }),
  );
  const outcome = await client.lists.list();
  client.close();
  assert.equal(outcome.outcome, 'success', outcome.reason);
  assert.deepEqual(
    outcome.value.items.map((list) => list.list_id),
    [LIST_ID],
  );
});

test('SSL_CERT_FILE makes the certificate trusted', async () => {
  const client = withEnv(
    { SSL_CERT_FILE: tls.ca, CURL_CA_BUNDLE: '/nonexistent/ctct-ca.pem' }, // after SSL_CERT_FILE
    () => new Client({ accessToken: 'token', baseUrl: tls.url }),
  );
  const outcome = await client.lists.list();
  client.close();
  assert.equal(outcome.outcome, 'success', outcome.reason);
  assert.deepEqual(
    outcome.value.items.map((list) => list.list_id),
    [LIST_ID],
  );
});

test('a body over maxResponseBytes is an error naming the cap', async () => {
  emulator.fault({ path: '/v3/contacts', action: 'large', bytes: 4096 });
  const client = emulator.client({ maxResponseBytes: 1024 });
  const outcome = await client.contacts.list();
  client.close();
  assert.equal(outcome.outcome, 'error');
  assert.equal(outcome.attempts, 1);
  assert.match(outcome.reason, /1024-byte cap \(max_response_bytes\)/);
});

test('maxConnections caps the requests sent at once', async () => {
  emulator.fault({ path: '/v3/contact_lists', delay_ms: 200, times: 0 }); // keeps a burst in flight
  const client = emulator.client({ maxConnections: 3, rateLimit: { perSecond: 0 } });
  const outcomes = await Promise.all(Array.from({ length: 12 }, () => client.lists.list()));
  client.close();
  assert.ok(outcomes.every((outcome) => outcome.outcome === 'success'));
  assert.equal(emulator.stats().connections, 3);
  for (const maxConnections of [0, 257]) {
    assert.throws(() => emulator.client({ maxConnections }), {
      name: 'TypeError',
      message: /max_connections must be from 1 to 256/,
    });
  }
});

test('plain http goes to loopback only unless allowInsecureHttp', () => {
  assert.throws(() => new Client({ accessToken: 'token', baseUrl: 'http://api.example.com/v3' }), {
    name: 'TypeError',
    message: /allow_insecure_http/,
  });
  assert.throws(() => new v2.Client({ apiKey: 'key', accessToken: 'token', baseUrl: 'http://10.0.0.1/v2' }), TypeError);
  new Client({ accessToken: 'token', baseUrl: 'http://api.example.com/v3', allowInsecureHttp: true }).close();
  new v2.Client({
    apiKey: 'key',
    accessToken: 'token',
    baseUrl: 'http://10.0.0.1/v2',
    allowInsecureHttp: true,
  }).close();
  for (const baseUrl of ['http://127.0.0.2:1/v3', 'http://localhost:1/v3', 'http://[::1]:1/v3']) {
    new Client({ accessToken: 'token', baseUrl }).close();
  }
});

test('unusable URLs are refused when the client is built, without their password', () => {
  const unusable = {
    'not a url': 'which is not a URL',
    'file:///etc/passwd': 'whose scheme is file',
    'ftp://127.0.0.1/v3': 'whose scheme is not http or https',
    'http://127.0.0.1:99999/v3': 'whose port is not from 1 to 65535',
    'http://ann:pw-secret@127.0.0.1:0/v3': 'whose port is not from 1 to 65535',
  };
  for (const [url, why] of Object.entries(unusable)) {
    const builders = {
      'ClientOptions.base_url': () => new Client({ accessToken: 'tok-secret', baseUrl: url }),
      'v2::ClientOptions.base_url': () =>
        new v2.Client({ apiKey: 'key-secret', accessToken: 'tok-secret', baseUrl: url }),
      token_url: () => new oauth.OAuthClient({ clientId: 'id', clientSecret: 'cs-secret', tokenUrl: url }),
    };
    for (const [option, build] of Object.entries(builders)) {
      assert.throws(build, (error) => {
        assert.equal(error.name, 'TypeError');
        assert.ok(error.message.startsWith(`${option} must be an http or https URL with a host`), error.message);
        assert.ok(error.message.includes(why), error.message);
        assert.ok(!error.message.includes('secret'), error.message);
        return true;
      });
    }
  }
});
