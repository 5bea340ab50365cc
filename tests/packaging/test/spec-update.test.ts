// spec:update end to end, in a scratch copy of the repository. A loopback
// HTTP server serves a copy of the beta spec that adds a field to
// incidents-list-request and one to incident. spec:update adopts it and
// regenerates, and the new fields are then typed and sent through
// @devrev-ts/incidents with no hand edit. The tests in this file run in order
// and build on each other's state.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startLoopbackServer, type LoopbackServer } from './helpers/loopback-server.js';
import { fixturesDir, repoRoot, rootBin } from './helpers/repository.js';
import { runCommand } from './helpers/run-command.js';
import { createScratch, type Scratch } from './helpers/scratch.js';

interface Schema {
  properties?: Record<string, unknown>;
  allOf?: Schema[];
}

// The locked beta spec with `has_war_room` added to the list request and `war_room_url` to the incident.
function specWithWarRoomFields(): Buffer {
  const spec = parse(readFileSync(resolve(repoRoot, 'spec/.cache/openapi-beta.yaml'), 'utf8'));
  const schemas: Record<string, Schema> = spec.components.schemas;

  schemas['incidents-list-request']!.properties!.has_war_room = {
    type: 'boolean',
    description: 'Filters for incidents that have a war room.',
  };
  const incidentFields = schemas.incident!.allOf!.find((part) => part.properties !== undefined)!;
  incidentFields.properties!.war_room_url = { type: 'string', description: 'Link to the war room.' };

  return Buffer.from(JSON.stringify(spec));
}

const sha256 = (content: Buffer | string) => createHash('sha256').update(content).digest('hex');

describe('spec:update', () => {
  const realLock = readFileSync(resolve(repoRoot, 'spec/spec.lock.json'), 'utf8');
  let scratch: Scratch;
  let specServer: LoopbackServer;
  let modifiedSpec: Buffer;
  let specUrl: string;

  const updateSpec = (args: string[]) =>
    runCommand('node', ['spec/scripts/update-spec.mjs', ...args], { cwd: scratch.root, env: { INIT_CWD: scratch.root } });
  const typeCheckConsumer = () =>
    runCommand(rootBin('tsc'), ['-p', resolve(scratch.root, 'consumer/tsconfig.json')], { cwd: scratch.root });
  const scratchLock = () => JSON.parse(readFileSync(resolve(scratch.root, 'spec/spec.lock.json'), 'utf8'));

  beforeAll(async () => {
    scratch = createScratch({ withGenerated: true });
    cpSync(resolve(fixturesDir, 'new-field'), resolve(scratch.root, 'consumer'), { recursive: true });

    modifiedSpec = specWithWarRoomFields();
    specServer = await startLoopbackServer((request, response) => {
      if (request.path === '/openapi-beta.json') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(modifiedSpec);
      } else {
        response.writeHead(404).end();
      }
    });
    specUrl = `${specServer.url}/openapi-beta.json`;
  });

  afterAll(async () => {
    await specServer?.close();
    scratch?.remove();
  });

  it('rejects an unknown surface', async () => {
    const result = await updateSpec(['--surface', 'gamma', specUrl]);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('invalid --surface "gamma"; expected one of: beta, public.');
  });

  it('reports a missing spec file', async () => {
    const result = await updateSpec(['--no-generate', 'no-such-spec.yaml']);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`${resolve(scratch.root, 'no-such-spec.yaml')} was not found`);
  });

  it('reports an HTTP error status', async () => {
    const result = await updateSpec(['--no-generate', `${specServer.url}/missing.yaml`]);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('failed with HTTP 404');
    expect(scratchLock().beta.source).not.toContain(specServer.url);
  });

  it('keeps the date when the content is unchanged', async () => {
    const lockBefore = scratchLock();
    const publicSpec = resolve(repoRoot, lockBefore.public.source);

    const result = await updateSpec(['--surface', 'public', '--no-generate', publicSpec]);

    expect(result.exitCode, result.output).toBe(0);
    expect(result.stdout).toContain('The spec content is unchanged.');
    const { sha256: digest, version, date } = scratchLock().public;
    expect({ sha256: digest, version, date }).toEqual({
      sha256: lockBefore.public.sha256,
      version: lockBefore.public.version,
      date: lockBefore.public.date,
    });
  });

  it('starts from generated types without the new fields', () => {
    const generated = readFileSync(resolve(scratch.packageDir('core'), 'src/generated/beta.ts'), 'utf8');

    expect(generated).not.toContain('has_war_room');
    expect(generated).not.toContain('war_room_url');
  });

  it('adopts a spec from a URL and reports the new fields', async () => {
    const result = await updateSpec([specUrl]);

    expect(result.exitCode, result.output).toBe(0);
    expect(result.stdout).toContain('incidents-list-request: +has_war_room');
    expect(result.stdout).toContain('  incident: +war_room_url');
    expect(result.stdout).toContain('Operations: 0 added, 0 removed');
    expect(result.stdout).toContain('regenerated every package');

    const lock = scratchLock();
    expect(lock.beta.source).toBe(specUrl);
    expect(lock.beta.sha256).toBe(sha256(modifiedSpec));
    expect(lock.beta.version).toBe(parse(modifiedSpec.toString()).info.version);
    expect(lock.beta.date).toBe(new Date().toISOString().slice(0, 10));
    expect(sha256(readFileSync(resolve(scratch.root, 'spec/.cache/openapi-beta.yaml')))).toBe(sha256(modifiedSpec));
  });

  // The consumer assigns `has_war_room: true` and reads `war_room_url` as a
  // string, which fails to compile without the fields. Its @ts-expect-error
  // lines fail to compile unless the fields have exactly the new types.
  it('types the new fields through @devrev-ts/incidents', async () => {
    const generated = readFileSync(resolve(scratch.packageDir('core'), 'src/generated/beta.ts'), 'utf8');
    expect(generated).toContain('has_war_room');
    expect(generated).toContain('war_room_url');

    const result = await typeCheckConsumer();

    expect(result.exitCode, result.output).toBe(0);
  });

  it('sends the new filter and reads the new field', async () => {
    const api = await startLoopbackServer((request, response) => {
      const incidents = [{ id: 'don:core:dvrv-us-1:devo/1:incident/1', title: 'Checkout errors', war_room_url: 'https://chat.invalid/war-room/1' }];
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ incidents }));
    });
    try {
      const result = await runCommand(rootBin('tsx'), ['run.ts', api.url], { cwd: resolve(scratch.root, 'consumer') });

      expect(result.exitCode, result.output).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(['https://chat.invalid/war-room/1']);
      expect(api.requests.map((request) => request.path)).toEqual(['/incidents.list']);
      expect(JSON.parse(api.requests[0]!.body)).toMatchObject({ has_war_room: true, limit: 5 });
    } finally {
      await api.close();
    }
  });

  it('fails spec:check when the lock no longer matches spec/.cache', async () => {
    const lock = scratchLock();
    lock.beta.sha256 = sha256('another spec');
    writeFileSync(resolve(scratch.root, 'spec/spec.lock.json'), JSON.stringify(lock, null, 2));

    const result = await runCommand('node', ['spec/scripts/check-spec.mjs'], { cwd: scratch.root });

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`spec/.cache/openapi-beta.yaml has SHA-256 ${sha256(modifiedSpec)}`);
    expect(result.stderr).toContain('run `pnpm spec:sync`');
  });

  it('leaves the repository lock unchanged', () => {
    expect(readFileSync(resolve(repoRoot, 'spec/spec.lock.json'), 'utf8')).toBe(realLock);
  });
});
