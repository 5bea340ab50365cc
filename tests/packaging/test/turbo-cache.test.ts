// turbo re-runs `generate`, and so every task after it, when the spec's
// content changes, and restores them from its cache when it does not. Runs in
// a scratch copy of the repository with its own turbo cache. The tests in
// this file run in order and build on each other's state.
import { appendFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { packagesWithGenerate } from '../../../spec/scripts/lib/generated-output.mjs';
import { repoRoot, rootBin } from './helpers/repository.js';
import { runOrThrow } from './helpers/run-command.js';
import { createScratch, type Scratch } from './helpers/scratch.js';

interface DryRunTask {
  taskId: string;
  task: string;
  hash: string;
  cache: { status: 'HIT' | 'MISS' };
}

const generating = packagesWithGenerate(repoRoot).length;
const allHit = Array(generating).fill('HIT');
const allMiss = Array(generating).fill('MISS');

describe('turbo cache on spec changes', () => {
  let scratch: Scratch;
  let specPath: string;
  let originalSpec: Buffer;
  let baseline: Map<string, DryRunTask>;

  const turbo = (args: string[]) => runOrThrow(rootBin('turbo'), args, { cwd: scratch.root });

  // Plans every task up to `test` without running any, and returns each task's hash and cache status.
  async function planTasks(): Promise<Map<string, DryRunTask>> {
    const { stdout } = await turbo(['run', 'test', '--dry=json']);
    const tasks: DryRunTask[] = JSON.parse(stdout).tasks;
    return new Map(tasks.map((task) => [task.taskId, task]));
  }

  const tasksNamed = (plan: Map<string, DryRunTask>, name: string) => [...plan.values()].filter((task) => task.task === name);

  beforeAll(async () => {
    scratch = createScratch();
    specPath = resolve(scratch.root, 'spec/.cache/openapi-beta.yaml');
    originalSpec = readFileSync(specPath);
  });

  afterAll(() => {
    scratch?.remove();
  });

  it('runs generate once, then replays it from the cache', async () => {
    const first = await turbo(['run', 'generate', '--output-logs=none']);
    const second = await turbo(['run', 'generate', '--output-logs=none']);

    expect(first.stdout).toMatch(new RegExp(`Cached:\\s+0 cached, ${generating} total`));
    expect(second.stdout).toMatch(new RegExp(`Cached:\\s+${generating} cached, ${generating} total`));
  });

  it('keeps every hash when only the modification time changes', async () => {
    baseline = await planTasks();
    utimesSync(specPath, new Date(), new Date(Date.now() + 60_000));

    const plan = await planTasks();

    expect(tasksNamed(baseline, 'generate').map((task) => task.cache.status)).toEqual(allHit);
    for (const [id, task] of plan) {
      expect(task.hash, id).toBe(baseline.get(id)?.hash);
    }
  });

  it('misses generate and changes every later hash on a content change', async () => {
    appendFileSync(specPath, '\n# a content change that generates the same types\n');

    const plan = await planTasks();

    expect(tasksNamed(plan, 'generate').map((task) => task.cache.status)).toEqual(allMiss);
    for (const name of ['generate', 'build', 'test']) {
      for (const task of tasksNamed(plan, name)) {
        expect(task.hash, task.taskId).not.toBe(baseline.get(task.taskId)?.hash);
      }
    }
    expect(tasksNamed(plan, 'build').length).toBeGreaterThanOrEqual(generating);
  });

  it('hits the cache again when the content is restored', async () => {
    writeFileSync(specPath, originalSpec);

    const plan = await planTasks();

    expect(tasksNamed(plan, 'generate').map((task) => task.cache.status)).toEqual(allHit);
    for (const [id, task] of plan) {
      expect(task.hash, id).toBe(baseline.get(id)?.hash);
    }
  });
});
