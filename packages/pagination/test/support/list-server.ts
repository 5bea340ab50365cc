import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { createDevRevClient } from '@devrev-ts/core';
import type { DevRevClient } from '@devrev-ts/core';

/** A request as the server received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined for a GET. */
  body: Record<string, unknown> | undefined;
  /** Resolves when the connection closes before the response was sent in full: the client aborted. */
  abandoned: Promise<void>;
}

/** A JSON reply; `status` defaults to 200. */
export interface Reply {
  status?: number;
  json: unknown;
}

/** Chooses the reply to a request; a reply that resolves late makes a slow page. `index` counts from 0. */
export type ListHandler = (request: ReceivedRequest, index: number) => Reply | Promise<Reply>;

export interface ListServer {
  url: string;
  requests: ReceivedRequest[];
  /** A client for this server, with retries off so that each page is one request. */
  client: DevRevClient;
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a node:http server on 127.0.0.1 and an ephemeral port that sends each request the handler's reply. */
export async function startListServer(handler: ListHandler): Promise<ListServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const waiters: { count: number; resolve: () => void }[] = [];

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const request: ReceivedRequest = {
        method: incoming.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
        abandoned: new Promise((resolve) => {
          response.once('close', () => {
            if (!response.writableFinished) {
              resolve();
            }
          });
        }),
      };
      const index = requests.push(request) - 1;
      for (const waiter of waiters.filter((candidate) => requests.length >= candidate.count)) {
        waiter.resolve();
      }

      void Promise.resolve(handler(request, index)).then((reply) => {
        if (response.destroyed) {
          return;
        }
        response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(reply.json));
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // NOTE: the explicit 'beta' spares tsc about 150,000 instantiations spent inferring it from the declared type.
  const client = createDevRevClient({ token: 'test-token', baseUrl: url, maxRetries: 0 });

  return {
    url,
    requests,
    client,
    waitForRequests(count) {
      if (requests.length >= count) {
        return Promise.resolve();
      }
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close() {
      for (const socket of sockets) {
        socket.destroy();
      }
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** Creates a promise that the test resolves when it chooses, to hold a reply back. */
export function createGate<T>(): { promise: Promise<T>; open(value: T): void } {
  let open: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
