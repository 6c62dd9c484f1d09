// `npm run fuzz`: 100,000 cases (the properties of test/fuzz-core.ts) split over two child
// processes, one per core. A child that reports no progress for STALL_MS is killed and the case it
// was on is printed: an in-process timer cannot interrupt a synchronous hang, a parent can.
//   tsx test/fuzz-run.ts [--runs 100000] [--seed 1] [--workers 2]
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { caseArbitrary, check, materialize, scratchDir, seeds, type Case } from './fuzz-core.ts';

const { values: opts } = parseArgs({
  options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' }, workers: { type: 'string', default: '2' }, child: { type: 'boolean', default: false } },
});
const STALL_MS = 60_000;

if (opts.child) await child();
else await parent();

async function child(): Promise<void> {
  const all = seeds();
  const dir = scratchDir();
  let n = 0;
  try {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(all.length), async (c: Case) => {
        process.stdout.write(`case ${JSON.stringify(c)}\n`);
        await check(materialize(c, all), dir);
        if (++n % 500 === 0) process.stdout.write(`done ${n}\n`);
      }),
      { numRuns: Number(opts.runs), seed: Number(opts.seed), endOnFailure: true },
    );
    process.stdout.write(`done ${n}\nok\n`);
  } catch (e) {
    process.stdout.write(`fail ${JSON.stringify(String((e as Error).message))}\n`);
    process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function parent(): Promise<void> {
  const workers = Number(opts.workers);
  const runs = Number(opts.runs);
  const started = Date.now();
  console.log(`fuzz: ${runs} cases over ${workers} processes (seeds ${opts.seed}…)`);
  const results = await Promise.all(
    Array.from({ length: workers }, (_, i) => {
      const share = Math.floor(runs / workers) + (i < runs % workers ? 1 : 0);
      return runChild(i, share, Number(opts.seed) + i);
    }),
  );
  const done = results.reduce((a, r) => a + r.done, 0);
  const failed = results.filter((r) => !r.ok);
  console.log(`fuzz: ${done} cases in ${Math.round((Date.now() - started) / 1000)} s, ${failed.length ? 'FAILED' : 'all properties hold'}`);
  for (const r of failed) console.log(`  child ${r.i} (seed ${r.seed}): ${r.why}\n  last case: ${r.last}`);
  process.exitCode = failed.length ? 1 : 0;
}

function runChild(i: number, runs: number, seed: number): Promise<{ i: number; seed: number; ok: boolean; done: number; why?: string; last?: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', '--runs', String(runs), '--seed', String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = '';
    let done = 0;
    let ok = false;
    let why: string | undefined;
    let seen = Date.now();
    let buf = '';
    p.stdout.on('data', (chunk: Buffer) => {
      seen = Date.now();
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        if (l.startsWith('case ')) last = l.slice(5);
        else if (l.startsWith('done ')) {
          done = Number(l.slice(5));
          if (done % 10_000 === 0) console.log(`  child ${i}: ${done}/${runs}`);
        } else if (l === 'ok') ok = true;
        else if (l.startsWith('fail ')) why = JSON.parse(l.slice(5));
      }
    });
    const watch = setInterval(() => {
      if (Date.now() - seen < STALL_MS) return;
      why = `no progress for ${STALL_MS / 1000} s: the last case hangs`;
      p.kill('SIGKILL');
    }, 1000);
    p.on('exit', () => {
      clearInterval(watch);
      resolve({ i, seed, ok, done, why: ok ? undefined : (why ?? 'child exited'), last });
    });
  });
}
