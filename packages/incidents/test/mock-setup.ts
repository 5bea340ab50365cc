import { createDevRevClient, type DevRevClient } from '@devrev-ts/core';
import { type MockServer, startMockServer } from '@devrev-ts/mock-server';
import { afterAll, beforeAll, beforeEach } from 'vitest';

import { createIncidentsService, type IncidentsService } from '../src/index.js';

/** A request as the client sent it, recorded before it left the process. */
export interface SentRequest {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
}

export interface MockContext {
  server: MockServer;
  client: DevRevClient;
  incidents: IncidentsService;
  /** Every request the client sent during the current test, in order. */
  sent: SentRequest[];
  /** The paths of `sent`, for short assertions. */
  sentPaths(): string[];
}

/**
 * Starts one mock server for the test file and restores its seeded state
 * before each test. Each test gets a fresh client and service, so look-ups
 * cached by one test never leak into another, and a record of what its client sent.
 */
export function useMockServer(options: Parameters<typeof startMockServer>[0] = {}): MockContext {
  const context = { sent: [], sentPaths: () => context.sent.map((request) => request.path) } as unknown as MockContext;

  beforeAll(async () => {
    context.server = await startMockServer(options);
  });

  beforeEach(() => {
    context.server.reset();
    context.sent = [];
    context.client = createDevRevClient({
      token: context.server.token,
      baseUrl: context.server.url,
      fetch: async (request) => {
        context.sent.push(await describeRequest(request));
        return fetch(request);
      },
    });
    context.incidents = createIncidentsService(context.client);
  });

  afterAll(async () => {
    await context.server?.close();
  });

  return context;
}

async function describeRequest(request: Request): Promise<SentRequest> {
  const text = request.body === null ? '' : await request.clone().text();
  return {
    method: request.method,
    path: new URL(request.url).pathname,
    body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}
