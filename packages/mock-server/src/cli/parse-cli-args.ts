import { parseArgs } from 'node:util';

import type { FaultOptions } from '../faults/fault-options.js';
import { validateFaultOptions } from '../faults/validate-fault-options.js';
import type { MockServerOptions } from '../mock-server-options.js';

export const DEFAULT_CLI_PORT = 8090;

export const HELP_TEXT = `Usage: devrev-mock-server [options]

Starts a local, stateful DevRev API mock serving the incidents endpoints.

Options:
  --port <number>            TCP port to listen on; 0 picks a free port (default ${DEFAULT_CLI_PORT})
  --host <address>           Interface to bind (default 127.0.0.1)
  --token <token>            Bearer token clients must send (default: random, printed at start)
  --incidents <count>        Number of incidents to seed (default 300)
  --seed <integer>           Seed for the generated data and random faults (default 1)
  --faults <json>            Fault settings as JSON, for example '{"rateLimit":{"every":5}}'
  --rate-limit-every <n>     Answer 429 to every n-th request
  --rate-limit-rate <0..1>   Answer 429 to this fraction of requests
  --retry-after <seconds>    Retry-After sent with a 429 (default 1)
  --error-rate <0..1>        Answer 500 to this fraction of requests
  --unavailable-rate <0..1>  Answer 503 to this fraction of requests
  --drop-rate <0..1>         Close this fraction of connections without a response
  --latency <ms>             Delay every response by this many milliseconds
  --jitter <ms>              Add a random delay of up to this many milliseconds
  --quiet                    Do not log one line per request
  -h, --help                 Show this help

Fault settings can be changed while the server runs with PUT /__admin/faults.`;

export type CliCommand = { kind: 'help' } | { kind: 'start'; options: MockServerOptions & { port: number } };

function number(name: string, value: string | undefined, check: (parsed: number) => boolean, expected: string): number | undefined {
  if (value === undefined) {
    return undefined;
  }

  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || !check(parsed)) {
    throw new TypeError(`Invalid --${name} ${JSON.stringify(value)}: expected ${expected}.`);
  }
  return parsed;
}

const isInteger = (value: number) => Number.isInteger(value);
const isRate = (value: number) => value >= 0 && value <= 1;
const isNonNegative = (value: number) => value >= 0;

/** Parses the command line into server options; throws a TypeError naming the bad option. */
export function parseCliArgs(argv: string[]): CliCommand {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      incidents: { type: 'string' },
      seed: { type: 'string' },
      faults: { type: 'string' },
      'rate-limit-every': { type: 'string' },
      'rate-limit-rate': { type: 'string' },
      'retry-after': { type: 'string' },
      'error-rate': { type: 'string' },
      'unavailable-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });

  if (values.help) {
    return { kind: 'help' };
  }

  const options: MockServerOptions & { port: number } = {
    port: number('port', values.port, (value) => isInteger(value) && value >= 0 && value <= 65_535, 'an integer from 0 to 65535') ?? DEFAULT_CLI_PORT,
    host: values.host ?? '127.0.0.1',
    log: !values.quiet,
    faults: parseFaults(values),
  };

  const incidents = number('incidents', values.incidents, (value) => isInteger(value) && value >= 0, 'a whole number');
  const seed = number('seed', values.seed, isInteger, 'an integer');
  if (incidents !== undefined) options.incidents = incidents;
  if (seed !== undefined) options.seed = seed;
  if (values.token !== undefined) options.token = values.token;

  return { kind: 'start', options };
}

function parseFaults(values: Record<string, string | boolean | undefined>): FaultOptions {
  let faults: FaultOptions = {};
  if (typeof values.faults === 'string') {
    try {
      faults = JSON.parse(values.faults) as FaultOptions;
    } catch (error) {
      throw new TypeError(`Invalid --faults: not valid JSON (${(error as Error).message}).`);
    }
  }

  const read = (name: string, check: (value: number) => boolean, expected: string) =>
    number(name, values[name] as string | undefined, check, expected);

  const every = read('rate-limit-every', (value) => isInteger(value) && value >= 1, 'an integer of at least 1');
  const rate = read('rate-limit-rate', isRate, 'a number from 0 to 1');
  const retryAfter = read('retry-after', (value) => isInteger(value) && value >= 0, 'a whole number of seconds');
  if (every !== undefined || rate !== undefined || retryAfter !== undefined) {
    faults.rateLimit = { ...faults.rateLimit, ...(every === undefined ? {} : { every }), ...(rate === undefined ? {} : { rate }), ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }) };
  }

  const errorRate = read('error-rate', isRate, 'a number from 0 to 1');
  const unavailableRate = read('unavailable-rate', isRate, 'a number from 0 to 1');
  const dropRate = read('drop-rate', isRate, 'a number from 0 to 1');
  if (errorRate !== undefined) faults.internalError = { ...faults.internalError, rate: errorRate };
  if (unavailableRate !== undefined) faults.unavailable = { ...faults.unavailable, rate: unavailableRate };
  if (dropRate !== undefined) faults.dropConnection = { ...faults.dropConnection, rate: dropRate };

  const latency = read('latency', isNonNegative, 'milliseconds, 0 or more');
  const jitter = read('jitter', isNonNegative, 'milliseconds, 0 or more');
  if (latency !== undefined || jitter !== undefined) {
    faults.latency = { ms: latency ?? faults.latency?.ms ?? 0, ...(jitter === undefined ? {} : { jitterMs: jitter }) };
  }
  return validateFaultOptions(faults);
}
