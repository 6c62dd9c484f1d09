// Same input → byte-identical output, with and without worker threads (src/workers.ts): the built
// CLI on a generated corpus large enough to start them, forced on and off; and the same output when
// the workers fail (a copy of build/ with a broken worker script).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script, no types
import { writeCorpus } from '../bench/corpus.mjs';
import { CLI } from './support/cli.ts';

let dir: string;
let oneThread: string;
const lint = (workers: string, cli = CLI) =>
  spawnSync(process.execPath, [cli, '-f', 'json', '--fail-on', 'never', '.'], {
    cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000, env: { ...process.env, EKS_ACCESS_LINT_WORKERS: workers, EKS_ACCESS_LINT_DEBUG: '1' },
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eal-workers-'));
  // Large enough that the main thread cannot be through it before a worker has started (~100 ms).
  (writeCorpus as (d: string, o: { mb: number; seed: number }) => unknown)(dir, { mb: 3, seed: 7 });
  const one = lint('0');
  expect(one.status).toBe(0);
  expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(10);
  expect(one.stderr).not.toMatch(/parse worker/);
  oneThread = one.stdout;
});

/** The CLI from a copy of build/ whose worker script is `edit` of the real one. */
function withWorker(edit: (script: string) => string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'eal-build-')), 'build');
  cpSync(dirname(CLI), copy, { recursive: true });
  const script = join(copy, 'parse-worker.mjs');
  writeFileSync(script, edit(readFileSync(script, 'utf8')));
  return join(copy, 'cli.mjs');
}

describe('worker threads', () => {
  it('parse YAML files for the main thread, spare it reading unrelated ones, and give the same report, byte for byte, as one thread', () => {
    const two = lint('2');
    const parsed = /2 parse worker\(s\) parsed (\d+) file\(s\) and turned away (\d+)/.exec(two.stderr);
    expect(parsed, two.stderr).not.toBeNull();
    expect(Number(parsed![1])).toBeGreaterThan(0);
    expect(Number(parsed![2])).toBeGreaterThan(0); // unrelated manifests the main thread did not read
    expect(two.stdout).toBe(oneThread);
  }, 60_000);

  it('that fail to start cost nothing but time', () => {
    const r = lint('2', withWorker(() => "throw new Error('no worker today');\n"));
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stdout).toBe(oneThread);
  }, 60_000);

  it('that die in the middle of the run (a file claimed, its result never sent) cost nothing but time', () => {
    // The worker's port throws from the fifth result on: serve() cannot post, and the worker dies.
    const dying = (script: string) =>
      script.replace(
        'serve(parentPort, workerData)',
        "serve({ postMessage(m) { if (++globalThis.sent >= 5) throw new Error('worker dies'); parentPort.postMessage(m); } }, workerData)",
      ).replace('// src/parse-worker.ts', 'globalThis.sent = 0;');
    const cli = withWorker(dying);
    expect(readFileSync(join(dirname(cli), 'parse-worker.mjs'), 'utf8')).toContain('worker dies');
    const r = lint('1', cli);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stderr).toMatch(/1 parse worker\(s\) parsed [0-4] file\(s\)/);
    expect(r.stdout).toBe(oneThread);
  }, 60_000);
});
