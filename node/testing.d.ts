// ctct/testing: the Constant Contact emulator in process.
import type { Client, ClientOptions, V2ClientOptions, v2 } from './index';
import type { Contact, ContactList, CustomField, Tag } from './models';

export interface EmulatorOptions {
  /** default 127.0.0.1 */
  host?: string;
  /** default 0: a free port */
  port?: number;
  /** default: a generated one */
  accessToken?: string;
  /** the v2 api_key; default: a generated one */
  apiKey?: string;
}

export interface Seed {
  lists?: ContactList[];
  contacts?: Contact[];
  v2_lists?: v2.ContactList[];
  v2_contacts?: v2.Contact[];
  tags?: Tag[];
  custom_fields?: CustomField[];
}

export interface SeedIds {
  lists?: string[];
  contacts?: string[];
  v2_lists?: string[];
  v2_contacts?: string[];
  tags?: string[];
  custom_fields?: string[];
}

export interface Fault {
  /** upper case; left out: every method */
  method?: string;
  /** exact path without query, or a prefix when it ends in '*' */
  path?: string;
  status?: number;
  /** sent as application/json */
  body?: string;
  delay_ms?: number;
  action?: 'drop' | 'malformed' | 'truncate';
  /** requests left to fault (default 1); 0: every request until cleared */
  times?: number;
}

export interface Stats {
  requests: number;
  connections: number;
  by_route: Record<string, number>;
  throttled: number;
  /** token requests by grant_type answered with tokens */
  grants: Record<string, number>;
  /** token requests by grant_type refused (a spent rotating refresh token among them) */
  refused_grants: Record<string, number>;
}

/** What the emulator lets through before it answers 429; 0 or left out: no limit. */
export interface Limits {
  /** requests a second (a token bucket) */
  perSecond?: number;
  /** requests a day */
  daily?: number;
  /** @deprecated write perSecond */
  per_second?: number;
}

export declare class EmulatorError extends Error {}

export declare class Emulator {
  static start(options?: EmulatorOptions): Emulator;
  constructor(options?: EmulatorOptions);
  start(): this;
  /** Stops the server; stopping a stopped emulator does nothing. */
  stop(): void;
  /** @deprecated use stop() */
  close(): void;
  readonly port: number;
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly v3Url: string;
  readonly v2Url: string;
  readonly accessToken: string;
  readonly apiKey: string;
  client(options?: Partial<ClientOptions>): Client;
  v2Client(options?: Partial<V2ClientOptions>): v2.Client;
  control(method: string, path: string, body?: unknown): unknown;
  reset(): void;
  /** Makes /v3 and /v2 answer 429 beyond the limits (each 0 when left out). */
  limits(limits?: Limits): void;
  seed(resources: Seed): SeedIds;
  fault(spec: Fault): Fault;
  faults(): Fault[];
  clearFaults(): void;
  state(): Record<string, unknown[]>;
  stats(): Stats;
}
