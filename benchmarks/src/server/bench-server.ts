import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import { getResponseBody, incidentJson } from './incident-fixture.js';

/** Shape and latency of the `incidents.list` results, changed between cases without restarting the server. */
export interface ListSettings {
  totalIncidents: number;
  /** Delay before each page is sent, standing in for the real API's work. */
  pageLatencyMs: number;
}

/** The cursor of the page that starts at `offset`; opaque to the clients, as DevRev's are. */
const cursorPrefix = 'bench-offset-';

/**
 * Creates the benchmarks' stand-in for the DevRev API. It serves
 * `POST /incidents.get` with one fixed incident and `POST /incidents.list`
 * with numbered copies of it, and requires an Authorization header, so every
 * client does the same work as against the real API.
 */
export function createBenchServer(): { server: Server; configureList: (settings: ListSettings) => void } {
  let list: ListSettings = { totalIncidents: 0, pageLatencyMs: 0 };

  const server = createServer((request, response) => {
    readJson(request).then(
      (body) => route(request, body, response, list),
      (error: unknown) => send(response, 400, { type: 'bad_request', message: `Invalid JSON body: ${String(error)}` }),
    );
  });
  // Every case keeps its connections busy; the default 5 s idle timeout would
  // only close sockets between repetitions and make the next one reconnect.
  server.keepAliveTimeout = 60_000;

  return { server, configureList: (settings) => (list = settings) };
}

function route(request: IncomingMessage, body: unknown, response: ServerResponse, list: ListSettings): void {
  if (request.method !== 'POST') {
    send(response, 405, { type: 'method_not_allowed', message: `${request.method} is not served; use POST.` });
    return;
  }
  if (request.headers.authorization === undefined) {
    send(response, 401, { type: 'unauthenticated', message: 'Missing Authorization header.' });
    return;
  }

  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path.endsWith('/incidents.get')) {
    sendRaw(response, 200, getResponseBody);
  } else if (path.endsWith('/incidents.list')) {
    void sendListPage(response, body, list);
  } else {
    send(response, 404, { type: 'not_found', message: `No route for POST ${path}.` });
  }
}

async function sendListPage(response: ServerResponse, body: unknown, list: ListSettings): Promise<void> {
  const { cursor, limit } = (body ?? {}) as { cursor?: string; limit?: number };
  const pageSize = limit ?? 50;
  const offset = cursor === undefined ? 0 : Number(cursor.slice(cursorPrefix.length));
  const end = Math.min(offset + pageSize, list.totalIncidents);

  if (list.pageLatencyMs > 0) {
    await sleep(list.pageLatencyMs);
  }

  const incidents: string[] = [];
  for (let n = offset; n < end; n++) {
    incidents.push(incidentJson(n + 1));
  }
  const nextCursor = end < list.totalIncidents ? `,"next_cursor":"${cursorPrefix}${end}"` : '';
  const prevCursor = offset > 0 ? `,"prev_cursor":"${cursorPrefix}${Math.max(offset - pageSize, 0)}"` : '';
  sendRaw(response, 200, Buffer.from(`{"incidents":[${incidents.join(',')}]${nextCursor}${prevCursor}}`));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  sendRaw(response, status, Buffer.from(JSON.stringify(body)));
}

function sendRaw(response: ServerResponse, status: number, body: Buffer): void {
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  response.end(body);
}
