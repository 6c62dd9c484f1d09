// Same input → byte-identical output, with and without worker threads (src/workers.ts): the built
// CLI on a generated corpus large enough to start them, forced on and off.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script, no types
import { writeCorpus } from '../bench/corpus.mjs';
import { CLI } from './support/cli.ts';

describe('worker threads', () => {
  it('parse YAML files for the main thread, and give the same report, byte for byte, as one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eal-workers-'));
    // Large enough that the main thread cannot be through it before a worker has started (~100 ms).
    (writeCorpus as (d: string, o: { mb: number; seed: number }) => unknown)(dir, { mb: 3, seed: 7 });
    const lint = (workers: string) =>
      spawnSync(process.execPath, [CLI, '-f', 'json', '--fail-on', 'never', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, EKS_ACCESS_LINT_WORKERS: workers, EKS_ACCESS_LINT_DEBUG: '1' } });
    const one = lint('0');
    const two = lint('2');
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(10);
    expect(one.stderr).not.toMatch(/parse worker/);
    const parsed = /2 parse worker\(s\) parsed (\d+) file\(s\)/.exec(two.stderr);
    expect(parsed, two.stderr).not.toBeNull();
    expect(Number(parsed![1])).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);
});
