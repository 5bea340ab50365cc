import { spawn } from 'node:child_process';

/** Runs a command without a shell and resolves to its standard output; rejects with its output if it fails. */
export function runCommand(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        resolve(stdout);
      } else {
        reject(new Error(`\`${command} ${args.join(' ')}\` in ${cwd} failed with exit code ${code}:\n${stdout}${stderr}`));
      }
    });
  });
}
