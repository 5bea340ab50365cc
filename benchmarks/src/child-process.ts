import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Forks a TypeScript module of this package in its own Node.js process,
 * loaded through tsx, with an IPC channel to this one.
 */
export function forkModule(moduleUrl: URL, args: string[] = [], nodeOptions: string[] = []): ChildProcess {
  return fork(fileURLToPath(moduleUrl), args, {
    execArgv: ['--import', 'tsx', ...nodeOptions],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Resolves with the first IPC message that `accept` returns a value for; rejects if the child exits first. */
export function waitForMessage<T>(child: ChildProcess, accept: (message: unknown) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown): void => {
      const value = accept(message);
      if (value !== undefined) {
        cleanUp();
        resolve(value);
      }
    };
    const onExit = (code: number | null, signal: string | null): void => {
      cleanUp();
      reject(new Error(`Child process exited (code ${code}, signal ${signal}) before it sent the expected message.`));
    };
    const cleanUp = (): void => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
