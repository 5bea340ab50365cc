import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { DEFAULT_CLI_PORT, parseCliArgs } from '../src/cli/parse-cli-args.js';

const cliPath = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

describe('parseCliArgs', () => {
  it('applies defaults', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'start',
      options: { port: DEFAULT_CLI_PORT, host: '127.0.0.1', log: true, faults: {} },
    });
  });

  it('reads every option', () => {
    const command = parseCliArgs([
      '--port=0',
      '--host=::1',
      '--token=t0k',
      '--incidents=12',
      '--seed=9',
      '--rate-limit-every=4',
      '--retry-after=2',
      '--error-rate=0.1',
      '--unavailable-rate=0.2',
      '--drop-rate=0.05',
      '--latency=30',
      '--jitter=10',
      '--quiet',
    ]);

    expect(command).toEqual({
      kind: 'start',
      options: {
        port: 0,
        host: '::1',
        token: 't0k',
        incidents: 12,
        seed: 9,
        log: false,
        faults: {
          rateLimit: { every: 4, retryAfterSeconds: 2 },
          internalError: { rate: 0.1 },
          unavailable: { rate: 0.2 },
          dropConnection: { rate: 0.05 },
          latency: { ms: 30, jitterMs: 10 },
        },
      },
    });
  });

  it('merges --faults JSON with the fault flags', () => {
    const command = parseCliArgs(['--faults', '{"rateLimit":{"rate":0.5},"paths":["/incidents.list"]}', '--retry-after', '3']);

    expect(command.kind).toBe('start');
    expect(command.kind === 'start' ? command.options.faults : undefined).toEqual({
      rateLimit: { rate: 0.5, retryAfterSeconds: 3 },
      paths: ['/incidents.list'],
    });
  });

  it('rejects bad values with the option name', () => {
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(/--port "70000"/);
    expect(() => parseCliArgs(['--error-rate', '1.5'])).toThrow(/--error-rate "1.5": expected a number from 0 to 1/);
    expect(() => parseCliArgs(['--faults', '{nope'])).toThrow(/--faults: not valid JSON/);
    expect(() => parseCliArgs(['--faults', '{"teapot":{}}'])).toThrow(/'teapot' is not a fault/);
    expect(() => parseCliArgs(['--colour'])).toThrow(/colour/);
  });

  it('returns help for -h', () => {
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
  });
});

describe('devrev-mock-server process', () => {
  it('serves, logs one line per request and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliPath, '--port', '0', '--incidents', '5', '--token', 'cli-token'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });

    try {
      const url = await new Promise<string>((resolve, reject) => {
        const check = () => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        };
        child.stdout.on('data', check);
        child.once('exit', (code) => reject(new Error(`exited with ${code} before listening: ${errors}`)));
      });

      const ok = await fetch(`${url}/incidents.list?limit=2`, { headers: { authorization: 'Bearer cli-token' } });
      const denied = await fetch(`${url}/incidents.list`, { headers: { authorization: 'Bearer wrong' } });
      await ok.arrayBuffer();
      await denied.arrayBuffer();

      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');

      const requestLines = output.split('\n').filter((line) => / (GET|POST) \//.test(line));
      expect(ok.status).toBe(200);
      expect(code).toBe(0);
      expect(requestLines).toHaveLength(2);
      expect(requestLines[0]).toMatch(/GET \/incidents\.list 200 \d+ms$/);
      expect(requestLines[1]).toMatch(/GET \/incidents\.list 401 \d+ms$/);
      expect(output).toContain('stopped');
      expect(output).not.toContain('cli-token');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('exits with 2 and a message for a bad option', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliPath, '--seed', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });

    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(errors).toContain('Invalid --seed "abc"');
  });
});
