import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ADMIN_PREFIX, handleAdminRequest } from './admin/handle-admin-request.js';
import { FaultInjector } from './faults/fault-injector.js';
import { validateFaultOptions } from './faults/validate-fault-options.js';
import { handleApiRequest } from './http/handle-api-request.js';
import type { ServerContext } from './http/server-context.js';
import type { MockServer, MockServerOptions, RecordedRequest } from './mock-server-options.js';
import { resolveOptions } from './resolve-options.js';
import { MockState } from './store/mock-state.js';
import { sharedRequestValidator } from './validation/request-validator.js';

/**
 * Starts a stateful DevRev mock server and resolves once it listens. By
 * default it binds an ephemeral port on 127.0.0.1 with a random token.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const resolved = resolveOptions(options);
  const token = resolved.token ?? randomBytes(24).toString('base64url');
  const state = new MockState({ seed: resolved.seed, incidentCount: resolved.incidents, now: resolved.seedTime, organisation: resolved.organisation });
  const faults = new FaultInjector(resolved.seed, resolved.faults);
  const requests: RecordedRequest[] = [];

  const context: ServerContext = {
    state,
    faults,
    validator: sharedRequestValidator(),
    token,
    requests,
    clock: resolved.clock,
    ...(resolved.log ? { log: resolved.log } : {}),
    reset() {
      state.reset();
      requests.length = 0;
      faults.restart();
    },
  };

  const server = createServer((request, response) => {
    void serve(context, request, response);
  });
  await listen(server, resolved.port, resolved.host);

  const { port } = server.address() as AddressInfo;
  const hostInUrl = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;

  return {
    url: `http://${hostInUrl}:${port}`,
    port,
    token,
    organisation: state.organisation,
    requests,
    reset: () => context.reset(),
    setFaults: (next) => faults.configure(validateFaultOptions(next)),
    close: () => close(server),
  };
}

async function serve(context: ServerContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const started = performance.now();
  const url = new URL(request.url ?? '/', 'http://mock.invalid');
  let status: number | string = 'dropped';

  if (url.pathname.startsWith(ADMIN_PREFIX)) {
    status = await handleAdminRequest(context, request, response, url);
  } else {
    const record = await handleApiRequest(context, request, response, url);
    status = record.status ?? 'dropped';
    if (record.fault) {
      status = `${status} fault=${record.fault}`;
    }
  }

  context.log?.(`${new Date().toISOString()} ${request.method} ${url.pathname} ${status} ${Math.round(performance.now() - started)}ms`);
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
