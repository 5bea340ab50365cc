import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and query exactly as sent, before any decoding. */
  rawUrl: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** Resolves when the client closes this request's connection. */
  closed: Promise<void>;
}

/** Writes the reply for one request. `index` counts requests from 0. */
export type RawHandler = (request: ReceivedRequest, response: ServerResponse, index: number) => void | Promise<void>;

export interface RawServer {
  url: string;
  requests: ReceivedRequest[];
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a plain node:http server on 127.0.0.1 and an ephemeral port. Each
 * request's body is read in full before the handler runs.
 */
export async function startRawServer(handler: RawHandler): Promise<RawServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const waiters: { count: number; resolve: () => void }[] = [];

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: ReceivedRequest = {
        method: incoming.method ?? '',
        rawUrl: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        closed: socketClosed(incoming.socket),
      };
      const index = requests.push(request) - 1;
      for (const waiter of waiters.filter((candidate) => requests.length >= candidate.count)) {
        waiter.resolve();
      }
      void handler(request, response, index);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    waitForRequests(count) {
      if (requests.length >= count) {
        return Promise.resolve();
      }
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    async close() {
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// One promise per socket: a keep-alive socket carries many requests, and a
// listener per request would pile up on it.
const closedSockets = new WeakMap<Socket, Promise<void>>();

function socketClosed(socket: Socket): Promise<void> {
  let closed = closedSockets.get(socket);
  if (closed === undefined) {
    closed = new Promise((resolve) => socket.once('close', () => resolve()));
    closedSockets.set(socket, closed);
  }
  return closed;
}

/** Sends a JSON reply with the given status and extra headers. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** Returns a URL on 127.0.0.1 where nothing listens, so connecting is refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
