// Entry point of the benchmark server's own process, started by
// startServerProcess(). It runs apart from the clients so that the server and
// the clients measured never share an event loop.
import type { AddressInfo } from 'node:net';

import { createBenchServer, type ListSettings } from './bench-server.js';

export type ServerMessage = { type: 'listening'; port: number } | { type: 'configured' };
export type ParentMessage = { type: 'configure-list'; settings: ListSettings };

const { server, configureList } = createBenchServer();

process.on('message', (message: ParentMessage) => {
  if (message.type === 'configure-list') {
    configureList(message.settings);
    process.send?.({ type: 'configured' } satisfies ServerMessage);
  }
});

// The parent ends this process with a signal, or by exiting and so closing the IPC channel.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: 'listening', port } satisfies ServerMessage);
});
