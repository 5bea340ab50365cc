import { startMockServer } from '../start-mock-server.js';
import { HELP_TEXT, parseCliArgs } from './parse-cli-args.js';

export interface CliIo {
  out: (line: string) => void;
  error: (line: string) => void;
}

const consoleIo: CliIo = { out: (line) => console.log(line), error: (line) => console.error(line) };

/**
 * Runs `devrev-mock-server`: starts the server, logs one line per request, and
 * closes it on SIGINT or SIGTERM. Returns the exit code for bad arguments or
 * a failed start; after a clean shutdown the process exits with 0.
 */
export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number | undefined> {
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    io.error(`devrev-mock-server: ${(error as Error).message}`);
    io.error('Run devrev-mock-server --help for the options.');
    return 2;
  }

  if (command.kind === 'help') {
    io.out(HELP_TEXT);
    return 0;
  }

  const { options } = command;
  let server;
  try {
    server = await startMockServer({ ...options, log: options.log ? io.out : false });
  } catch (error) {
    io.error(`devrev-mock-server: failed to start on ${options.host}:${options.port}: ${(error as Error).message}`);
    return 1;
  }

  io.out(`devrev-mock-server listening on ${server.url} (${server.organisation.users.length} users, seed ${options.seed ?? 1})`);
  io.out(`  export DEVREV_BASE_URL=${server.url}`);
  io.out(options.token === undefined ? `  export DEVREV_TOKEN=${server.token}   # generated; pass --token to choose one` : '  DEVREV_TOKEN: the value passed with --token');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      io.error(`devrev-mock-server: ${signal} again, exiting without waiting for open connections.`);
      process.exit(1);
    }
    stopping = true;
    io.out(`devrev-mock-server: ${signal} received, shutting down.`);
    server.close().then(
      () => {
        io.out('devrev-mock-server: stopped.');
        process.exit(0);
      },
      (error: Error) => {
        io.error(`devrev-mock-server: failed to close cleanly: ${error.message}`);
        process.exit(1);
      },
    );
  };

  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return undefined;
}
