import { describe, expect, it } from 'vitest';

import { type MockServerOptions, startMockServer } from '../src/index.js';
import { apiClient } from './support/api-client.js';

describe('startMockServer', () => {
  it('listens on an ephemeral loopback port by default', async () => {
    const server = await startMockServer({ incidents: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.port).toBeGreaterThan(0);
      expect(server.url.endsWith('/')).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('rejects invalid options before listening', async () => {
    const cases: [MockServerOptions, RegExp][] = [
      [{ port: -1 }, /port must be an integer from 0 to 65535/],
      [{ incidents: 1.5 }, /incidents must be an integer/],
      [{ seed: Number.NaN }, /seed must be an integer/],
      [{ token: 'has space' }, /token must be a non-empty string without whitespace/],
      [{ now: 'yesterday' }, /now must be a Date or an ISO 8601 string; received "yesterday"/],
    ];

    for (const [options, message] of cases) {
      await expect(startMockServer(options), JSON.stringify(options)).rejects.toThrow(message);
    }
  });

  it('never puts the token in the error for a bad token', async () => {
    await expect(startMockServer({ token: 'secret value' })).rejects.not.toThrow(/secret value/);
  });

  it('logs one line per request to a function', async () => {
    const lines: string[] = [];
    const server = await startMockServer({ incidents: 3, log: (line) => lines.push(line) });

    try {
      await apiClient(server).post('/incidents.list', {});
      await apiClient(server).post('/incidents.list', {}, { token: null });
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/POST \/incidents\.list 200 \d+ms$/);
      expect(lines[1]).toMatch(/POST \/incidents\.list 401 \d+ms$/);
      expect(lines.join('\n')).not.toContain(server.token);
    } finally {
      await server.close();
    }
  });
});

describe('seed', () => {
  async function firstPage(options: MockServerOptions): Promise<unknown> {
    const server = await startMockServer({ now: '2025-06-01T00:00:00Z', ...options });
    try {
      const { body } = await apiClient(server).post('/incidents.list', { limit: 20 });
      return body;
    } finally {
      await server.close();
    }
  }

  it('produces the same data for the same seed', async () => {
    expect(await firstPage({ seed: 5 })).toEqual(await firstPage({ seed: 5 }));
  });

  it('produces different data for another seed', async () => {
    expect(await firstPage({ seed: 5 })).not.toEqual(await firstPage({ seed: 6 }));
  });

  it('seeds the requested number of incidents', async () => {
    const server = await startMockServer({ incidents: 7 });
    try {
      const { body } = await apiClient(server).post('/incidents.list', { limit: 100 });
      expect(body.incidents).toHaveLength(7);
    } finally {
      await server.close();
    }
  });
});

describe('requests', () => {
  it('records method, path, query and body, and clears on reset', async () => {
    const server = await startMockServer({ incidents: 3 });
    const api = apiClient(server);

    try {
      expect(server.requests).toHaveLength(0);
      await api.get('/incidents.list', { limit: 1 });
      await api.post('/incidents.create', { title: 'Recorded' });

      expect(server.requests).toEqual([
        { method: 'GET', path: '/incidents.list', query: { limit: '1' }, status: 200 },
        { method: 'POST', path: '/incidents.create', query: {}, body: { title: 'Recorded' }, status: 201 },
      ]);

      server.reset();
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
