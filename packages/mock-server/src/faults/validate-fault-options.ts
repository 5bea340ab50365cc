import type { FaultOptions, FaultTrigger } from './fault-options.js';

const TRIGGER_KEYS = ['rateLimit', 'internalError', 'unavailable', 'dropConnection'] as const;
const KNOWN_KEYS = new Set<string>([...TRIGGER_KEYS, 'latency', 'paths']);

function fail(message: string): never {
  throw new TypeError(`Invalid fault options: ${message}`);
}

function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function checkTrigger(name: string, trigger: FaultTrigger & Record<string, unknown>, extraKeys: string[] = []): void {
  for (const key of Object.keys(trigger)) {
    if (!['every', 'rate', ...extraKeys].includes(key)) {
      fail(`${name}.${key} is not an option; use ${['every', 'rate', ...extraKeys].join(', ')}.`);
    }
  }
  if (trigger.every !== undefined && !(Number.isInteger(trigger.every) && trigger.every >= 1)) {
    fail(`${name}.every must be an integer of at least 1; received ${JSON.stringify(trigger.every)}.`);
  }
  if (trigger.rate !== undefined && !(isNonNegativeNumber(trigger.rate) && trigger.rate <= 1)) {
    fail(`${name}.rate must be a number from 0 to 1; received ${JSON.stringify(trigger.rate)}.`);
  }
}

/** Checks fault options from code, the CLI or the admin endpoint, throwing a TypeError that names the bad value. */
export function validateFaultOptions(value: unknown): FaultOptions {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(`expected an object; received ${JSON.stringify(value)}.`);
  }

  const options = value as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!KNOWN_KEYS.has(key)) {
      fail(`'${key}' is not a fault; use ${[...KNOWN_KEYS].join(', ')}.`);
    }
  }

  for (const key of TRIGGER_KEYS) {
    const trigger = options[key];
    if (trigger === undefined) {
      continue;
    }
    if (trigger === null || typeof trigger !== 'object') {
      fail(`${key} must be an object such as { "every": 3 } or { "rate": 0.1 }; received ${JSON.stringify(trigger)}.`);
    }
    checkTrigger(key, trigger as Record<string, unknown>, key === 'rateLimit' ? ['retryAfterSeconds'] : []);
  }

  const retryAfter = (options.rateLimit as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (retryAfter !== undefined && !(Number.isInteger(retryAfter) && isNonNegativeNumber(retryAfter))) {
    fail(`rateLimit.retryAfterSeconds must be a whole number of seconds, 0 or more; received ${JSON.stringify(retryAfter)}.`);
  }

  const latency = options.latency as Record<string, unknown> | undefined;
  if (latency !== undefined) {
    if (latency === null || typeof latency !== 'object' || !isNonNegativeNumber(latency.ms)) {
      fail(`latency must be { "ms": <milliseconds, 0 or more>, "jitterMs"?: <milliseconds> }; received ${JSON.stringify(latency)}.`);
    }
    if (latency.jitterMs !== undefined && !isNonNegativeNumber(latency.jitterMs)) {
      fail(`latency.jitterMs must be a number of milliseconds, 0 or more; received ${JSON.stringify(latency.jitterMs)}.`);
    }
  }

  const paths = options.paths;
  if (paths !== undefined && !(Array.isArray(paths) && paths.every((path) => typeof path === 'string' && path.startsWith('/')))) {
    fail(`paths must be an array of paths starting with '/'; received ${JSON.stringify(paths)}.`);
  }
  return options as FaultOptions;
}
