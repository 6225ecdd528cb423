'use strict';
// ctct/testing: the Constant Contact emulator in process, on a free loopback port, so that
// code using ctct is tested without an account. Control calls (reset, seed, faults, state,
// stats) run in memory and answer synchronously.
const { inspect } = require('node:util');
const native = require('./binding.js');
const ctct = require('./index.js');
const { options } = require('./arguments.js');

class EmulatorError extends Error {
  constructor(message) {
    super(message);
    this.name = 'EmulatorError';
  }
}

class Emulator {
  #native;
  #running = false;

  // Starts an emulator: new Emulator(options).start() in one step.
  static start(emulatorOptions) {
    return new Emulator(emulatorOptions).start();
  }

  // options: { host = '127.0.0.1', port = 0 (a free one), accessToken, apiKey } (generated
  // when left out).
  constructor(emulatorOptions) {
    this.#native = new native.Emulator(emulatorOptions);
  }

  start() {
    this.#native.start();
    this.#running = true;
    return this;
  }
  // Stops the server; stopping a stopped emulator does nothing.
  stop() {
    if (!this.#running) return;
    this.#running = false;
    this.#native.stop();
  }
  // The old name of stop(), as C++ and Python name it.
  close() {
    native.deprecated('Emulator.close()', 'Emulator.stop()');
    this.stop();
  }

  get port() {
    return this.#native.port;
  }
  get url() {
    return this.#native.url;
  }
  get v3Url() {
    return this.#native.v3Url;
  }
  get v2Url() {
    return this.#native.v2Url;
  }
  get accessToken() {
    return this.#native.accessToken;
  }
  get apiKey() {
    return this.#native.apiKey;
  }
  // Shown without its credentials, which tests read through the getters above.
  [inspect.custom](depth, inspectOptions) {
    return `Emulator ${inspect({ url: this.url }, inspectOptions)}`;
  }

  // A v3 client of this emulator; `clientOptions` adds to or overrides its options.
  client(clientOptions = {}) {
    return new ctct.Client({ accessToken: this.accessToken, baseUrl: this.v3Url, ...clientOptions });
  }
  // A v2 client of this emulator.
  v2Client(clientOptions = {}) {
    return new ctct.v2.Client({
      apiKey: this.apiKey,
      accessToken: this.accessToken,
      baseUrl: this.v2Url,
      ...clientOptions,
    });
  }

  // One control-API call, e.g. control('POST', 'seed', {...}): answers the parsed JSON and
  // throws an EmulatorError when the emulator refused the call.
  control(method, path, body) {
    const text = this.#native.control(method, path, body === undefined ? '' : JSON.stringify(body));
    const answer = JSON.parse(text);
    const refusal = Array.isArray(answer) ? answer[0] : answer;
    if (refusal && typeof refusal === 'object' && typeof refusal.error_key === 'string') {
      throw new EmulatorError(`${method} ${path}: ${refusal.error_message ?? refusal.error_key}`);
    }
    return answer;
  }

  // Forgets every resource, fault and count.
  reset() {
    this.control('POST', 'reset');
  }
  // Makes /v3 and /v2 answer 429 beyond perSecond requests a second (a token bucket) or daily
  // requests; 0 or left out: no limit.
  limits(limitOptions) {
    const { perSecond = 0, daily = 0 } = options(limitOptions, ['perSecond', 'daily'], 'Emulator.limits');
    this.control('POST', 'limits', { per_second: perSecond, daily });
  }
  // Adds resources: { lists, contacts, v2_lists, v2_contacts }; answers the ids of each.
  seed(resources) {
    return this.control('POST', 'seed', resources);
  }
  // Adds a fault for the next matching requests:
  // { method, path ('*' suffix: prefix), status, body, delay_ms, action ('drop' | 'malformed' |
  // 'truncate'), times (0: until cleared) }.
  fault(spec) {
    return this.control('POST', 'faults', spec);
  }
  faults() {
    return this.control('GET', 'faults');
  }
  clearFaults() {
    this.control('DELETE', 'faults');
  }
  // Every stored resource.
  state() {
    return this.control('GET', 'state');
  }
  // API traffic: { requests, connections, by_route, throttled, grants, refused_grants }: grants
  // and refused_grants count token requests by grant_type, answered with tokens or refused.
  stats() {
    return this.control('GET', 'stats');
  }
}

module.exports = { Emulator, EmulatorError };
