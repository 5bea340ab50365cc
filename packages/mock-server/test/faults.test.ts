import { afterEach, describe, expect, it } from 'vitest';

import { type FaultOptions, type MockServer, startMockServer } from '../src/index.js';
import { apiClient } from './support/api-client.js';

const servers: MockServer[] = [];

async function start(faults: FaultOptions, seed = 1): Promise<MockServer> {
  const server = await startMockServer({ incidents: 5, faults, seed });
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Sends `count` requests one after another and returns each status, or 'dropped' when the connection closed. */
async function statuses(server: MockServer, count: number, path = '/dev-users.self'): Promise<(number | 'dropped')[]> {
  const result: (number | 'dropped')[] = [];
  for (let index = 0; index < count; index += 1) {
    try {
      const response = await fetch(server.url + path, { headers: { authorization: `Bearer ${server.token}` } });
      await response.arrayBuffer();
      result.push(response.status);
    } catch {
      result.push('dropped');
    }
  }
  return result;
}

describe('rate limit', () => {
  it('answers 429 on every third request with Retry-After', async () => {
    const server = await start({ rateLimit: { every: 3, retryAfterSeconds: 7 } });
    const api = apiClient(server);

    const results = [];
    for (let index = 0; index < 6; index += 1) {
      results.push(await api.get('/dev-users.self'));
    }

    expect(results.map((result) => result.status)).toEqual([200, 200, 429, 200, 200, 429]);
    expect(results[2]!.headers.get('retry-after')).toBe('7');
    expect(results[2]!.body).toMatchObject({ type: 'too_many_requests', retry_after: 7 });
  });

  it('fires at a rate, repeatably under a seed', async () => {
    const first = await statuses(await start({ rateLimit: { rate: 0.3 } }, 42), 40);
    const again = await statuses(await start({ rateLimit: { rate: 0.3 } }, 42), 40);
    const otherSeed = await statuses(await start({ rateLimit: { rate: 0.3 } }, 43), 40);
    const limited = first.filter((status) => status === 429).length;

    expect(again).toEqual(first);
    expect(otherSeed).not.toEqual(first);
    expect(limited).toBeGreaterThan(3);
    expect(limited).toBeLessThan(25);
  });

  it('defaults Retry-After to one second', async () => {
    const server = await start({ rateLimit: { every: 1 } });
    const response = await fetch(`${server.url}/dev-users.self`, { headers: { authorization: `Bearer ${server.token}` } });

    expect(response.headers.get('retry-after')).toBe('1');
  });
});

describe('server errors', () => {
  it('answers 500 and 503 at their rates', async () => {
    const internal = await statuses(await start({ internalError: { rate: 1 } }), 3);
    const unavailable = await statuses(await start({ unavailable: { rate: 1 } }), 3);

    expect(internal).toEqual([500, 500, 500]);
    expect(unavailable).toEqual([503, 503, 503]);
  });

  it('sends spec error bodies', async () => {
    const api = apiClient(await start({ internalError: { every: 2 }, unavailable: { every: 3 } }));

    const results = [];
    for (let index = 0; index < 3; index += 1) {
      results.push(await api.post('/incidents.list', { limit: 1 }));
    }

    expect(results.map((result) => result.status)).toEqual([200, 500, 503]);
    expect(results[1]!.body.type).toBe('internal_error');
    expect(results[2]!.body.type).toBe('service_unavailable');
  });

  it('keeps each fault sequence independent of the others', async () => {
    const alone = await statuses(await start({ unavailable: { rate: 0.4 } }, 9), 30);
    const combined = await statuses(await start({ unavailable: { rate: 0.4 }, internalError: { rate: 0.2 } }, 9), 30);

    alone.forEach((status, index) => {
      if (status === 503) {
        expect(combined[index], `request ${index + 1}`).toBe(503);
      }
    });
  });
});

describe('dropped connections', () => {
  it('closes the connection without a response', async () => {
    const server = await start({ dropConnection: { every: 2 } });

    expect(await statuses(server, 4)).toEqual([200, 'dropped', 200, 'dropped']);
    expect(server.requests[1]).toMatchObject({ path: '/dev-users.self', fault: 'drop' });
    expect(server.requests[1]!.status).toBeUndefined();
  });
});

describe('latency', () => {
  it('delays responses past a client timeout', async () => {
    const server = await start({ latency: { ms: 1_000 } });
    const request = fetch(`${server.url}/dev-users.self`, {
      headers: { authorization: `Bearer ${server.token}` },
      signal: AbortSignal.timeout(100),
    });

    await expect(request).rejects.toThrow(/timeout|aborted/i);
  });

  it('adds nothing when unset', async () => {
    const server = await start({});
    const response = await fetch(`${server.url}/dev-users.self`, {
      headers: { authorization: `Bearer ${server.token}` },
      signal: AbortSignal.timeout(5_000),
    });

    expect(response.status).toBe(200);
  });
});

describe('fault scope and control', () => {
  it('limits faults to the given paths', async () => {
    const server = await start({ internalError: { rate: 1 }, paths: ['/incidents.list'] });

    expect(await statuses(server, 2, '/dev-users.self')).toEqual([200, 200]);
    expect(await statuses(server, 1, '/incidents.list')).toEqual([500]);
  });

  it('changes faults at run time with setFaults', async () => {
    const server = await start({});
    const before = await statuses(server, 2);
    server.setFaults({ rateLimit: { every: 1 } });
    const after = await statuses(server, 2);
    server.setFaults({});

    expect(before).toEqual([200, 200]);
    expect(after).toEqual([429, 429]);
    expect(await statuses(server, 1)).toEqual([200]);
  });

  it('rejects invalid fault options', async () => {
    const server = await start({});

    expect(() => server.setFaults({ rateLimit: { rate: 2 } })).toThrow(/rateLimit\.rate must be a number from 0 to 1; received 2/);
    expect(() => server.setFaults({ latency: { ms: -5 } })).toThrow(/latency/);
    await expect(startMockServer({ faults: { dropConnection: { every: 0 } } })).rejects.toThrow(/dropConnection\.every/);
  });

  it('restarts counting on reset', async () => {
    const server = await start({ rateLimit: { every: 2 } });

    expect(await statuses(server, 1)).toEqual([200]);
    server.reset();
    expect(await statuses(server, 2)).toEqual([200, 429]);
  });
});

describe('admin endpoint', () => {
  async function admin(server: MockServer, method: string, path: string, body?: unknown, token = server.token) {
    const response = await fetch(server.url + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  it('reads and replaces the faults', async () => {
    const server = await start({ unavailable: { rate: 0.5 } });

    const current = await admin(server, 'GET', '/__admin/faults');
    const replaced = await admin(server, 'PUT', '/__admin/faults', { rateLimit: { every: 1, retryAfterSeconds: 3 } });

    expect(current.body).toEqual({ faults: { unavailable: { rate: 0.5 } } });
    expect(replaced.status).toBe(200);
    expect(await statuses(server, 1)).toEqual([429]);
  });

  it('answers 400 naming the bad value', async () => {
    const server = await start({});
    const { status, body } = await admin(server, 'PUT', '/__admin/faults', { internalError: { rate: 'often' } });

    expect(status).toBe(400);
    expect(body.type).toBe('bad_request');
    expect(body.message).toContain('internalError.rate');
  });

  it('needs the token and is exempt from faults and the log', async () => {
    const server = await start({ internalError: { rate: 1 } });

    const unauthorised = await admin(server, 'GET', '/__admin/faults', undefined, 'wrong');
    const reset = await admin(server, 'POST', '/__admin/reset');

    expect(unauthorised.status).toBe(401);
    expect(reset.status).toBe(200);
    expect(server.requests).toHaveLength(0);
  });

  it('lists recorded requests', async () => {
    const server = await start({});
    await statuses(server, 2);
    const { body } = await admin(server, 'GET', '/__admin/requests');

    expect(body.requests).toHaveLength(2);
    expect(body.requests[0]).toMatchObject({ method: 'GET', path: '/dev-users.self', status: 200 });
  });
});
