import { once } from 'node:events';

import { forkModule, waitForMessage } from '../child-process.js';
import type { ListSettings } from './bench-server.js';
import type { ParentMessage, ServerMessage } from './server-main.js';

/** A benchmark server running in its own process on 127.0.0.1. */
export interface ServerProcess {
  /** Base URL of the server, such as `http://127.0.0.1:40123`. */
  url: string;
  configureList(settings: ListSettings): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the benchmark server in a child process and resolves once it listens on an ephemeral port. */
export async function startServerProcess(): Promise<ServerProcess> {
  const child = forkModule(new URL('./server-main.ts', import.meta.url));
  const port = await waitForMessage(child, (message) => {
    const received = message as ServerMessage;
    return received.type === 'listening' ? received.port : undefined;
  });

  return {
    url: `http://127.0.0.1:${port}`,

    async configureList(settings) {
      const configured = waitForMessage(child, (message) => ((message as ServerMessage).type === 'configured' ? true : undefined));
      child.send({ type: 'configure-list', settings } satisfies ParentMessage);
      await configured;
    },

    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    },
  };
}
