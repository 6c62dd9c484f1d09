// A few hundred fuzz cases on every `npm test` (fixed seed: reproducible); `npm run fuzz` runs 100,000.
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { caseArbitrary, check, materialize, scratchDir, seeds } from './fuzz-core.ts';

const all = seeds();
const dir = scratchDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fuzz', () => {
  it('mutated fixtures, rule examples and random aws-auth ConfigMaps: no throw, bounded time, valid SARIF, positions inside, deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(all.length), (c) => check(materialize(c, all), dir)),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 20261122, endOnFailure: true },
    );
  }, 120_000);
});
