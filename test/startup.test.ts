// The CLI's start-up machinery (scripts/build.mjs): the V8 code cache build/cli.mjs runs the bundle
// through, and its fall-backs; the fingerprint hash that spares loading node:crypto.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/sha256.ts';

const ROOT = join(import.meta.dirname, '..');
const FILE = join(ROOT, 'fixtures/aws-auth/aws-auth.yaml');

/** The CLI of a build folder, with EKS_ACCESS_LINT_DEBUG (it then says what became of the cache), without NODE_OPTIONS (its V8 flags would make V8 reject any cache). */
function cli(dir: string, args: string[]) {
  const { NODE_OPTIONS: _, ...env } = process.env;
  const r = spawnSync(process.execPath, [join(dir, 'cli.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...env, FORCE_COLOR: '0', EKS_ACCESS_LINT_DEBUG: '1' } });
  return { code: r.status, stdout: r.stdout, cache: /code cache (\w+)/.exec(r.stderr)?.[1], stderr: r.stderr };
}

describe('code cache', () => {
  const copy = mkdtempSync(join(tmpdir(), 'eal-build-copy-'));
  cpSync(join(ROOT, 'build'), copy, { recursive: true });
  const cacheFile = join(copy, 'cli.bundle.cache');
  const cache = readFileSync(cacheFile);
  const expected = cli(copy, ['-f', 'json', FILE]);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('is used by the build as it is', () => {
    expect(expected.cache).toBe('used');
    expect(expected.code).toBe(1);
    expect(JSON.parse(expected.stdout).findings.length).toBeGreaterThan(0);
  });

  it.each([
    ['absent', () => rmSync(cacheFile), 'absent'],
    ['from another build', () => writeFileSync(cacheFile, Buffer.concat([Buffer.from('0'.repeat(32)), cache.subarray(32)])), 'absent'],
    ['empty', () => writeFileSync(cacheFile, ''), 'absent'],
    ['corrupt', () => writeFileSync(cacheFile, Buffer.concat([cache.subarray(0, 32), Buffer.alloc(cache.length - 32, 0x5a)])), 'rejected'],
    ['truncated', () => writeFileSync(cacheFile, cache.subarray(0, cache.length >> 1)), 'rejected'],
  ])('falls back to compiling the bundle when the cache is %s', (_name, spoil, state) => {
    spoil();
    try {
      const r = cli(copy, ['-f', 'json', FILE]);
      expect(r.cache).toBe(state);
      expect([r.code, r.stdout]).toEqual([expected.code, expected.stdout]);
    } finally {
      writeFileSync(cacheFile, cache);
    }
  });

  it('--version and -v alone are answered without loading the bundle, as the bundle answers them', () => {
    const full = cli(copy, ['--version', '--quiet']);
    expect(full.cache).toBe('used');
    for (const arg of ['--version', '-v']) {
      const r = cli(copy, [arg]);
      expect(r.cache).toBeUndefined();
      expect([r.code, r.stdout]).toEqual([0, full.stdout]);
    }
  });
});

describe('sha256Hex', () => {
  it('is node:crypto SHA-256 of the UTF-8 text, across block boundaries and for any code point', () => {
    const samples = ['', 'a', 'abc', 'aws-auth/role-arn-path\0k8s/aws-auth.yaml\0aws-auth › mapRoles[].rolearn\0\x000', 'héllo → 世界 😀', '\ud800 lone surrogate'];
    for (const n of [55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 100_000]) samples.push('x'.repeat(n), 'é'.repeat(n));
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 300; i++) {
      let s = '';
      for (let j = Math.floor(rand() * 300); j > 0; j--) s += String.fromCodePoint(rand() < 0.9 ? 32 + Math.floor(rand() * 95) : Math.floor(rand() * 0x110000));
      samples.push(s);
    }
    for (const s of samples) expect(sha256Hex(s), JSON.stringify(s.slice(0, 40))).toBe(createHash('sha256').update(s).digest('hex'));
  });
});
