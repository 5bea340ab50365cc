import { spawnSync } from 'node:child_process';

/**
 * Runs `pnpm generate` in `root`: spec:sync, then turbo's generate task for
 * every package. Its output is shown only when it fails.
 */
export function regenerate(root) {
  const result = spawnSync('pnpm', ['run', 'generate'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(
      `regenerating failed (pnpm generate exited with ${result.status ?? result.signal}). ` +
        'spec/spec.lock.json and spec/.cache already name the new spec: fix the generator and run `pnpm generate`, ' +
        'or run spec:update with the previous source to go back.',
    );
  }
  console.log('spec:update: regenerated every package (pnpm generate)');
}
