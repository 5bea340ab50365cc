import { execFile } from 'node:child_process';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for failure messages. */
  output: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs a command to completion and returns its exit code and output, whatever the exit code. */
export function runCommand(command: string, args: string[], options: RunOptions): Promise<CommandResult> {
  return new Promise((resolvePromise) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // A command killed by a signal has no numeric code, and counts as exit code 1.
        let exitCode = 0;
        if (error !== null) {
          exitCode = typeof error.code === 'number' ? error.code : 1;
        }
        resolvePromise({ exitCode, stdout, stderr, output: `${stdout}${stderr}` });
      },
    );
  });
}

/** Runs a command and throws with its output when it exits non-zero. */
export async function runOrThrow(command: string, args: string[], options: RunOptions): Promise<CommandResult> {
  const result = await runCommand(command, args, options);
  if (result.exitCode !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` in ${options.cwd} exited with ${result.exitCode}:\n${result.output}`);
  }
  return result;
}
