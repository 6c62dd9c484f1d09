// `npm run bench`: the four figures of issue 6, side by side, medians of several runs, against their
// targets; a table on stdout and the same as JSON (bench/results.json) for tracking.
//   node bench/run.mjs [--runs 5] [--mb 20] [--big-mb 100] [--cfn-files 40] [--out bench/results.json]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'build/cli.mjs');
const { values: o } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, mb: { type: 'string', default: '20' }, 'big-mb': { type: 'string', default: '100' }, 'cfn-files': { type: 'string', default: '40' }, out: { type: 'string', default: join(ROOT, 'bench/results.json') } },
});
const RUNS = Number(o.runs);
if (!existsSync(CLI)) throw new Error('build/cli.mjs is missing: run `npm run build` first');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Wall time (ms) and peak RSS (KB, from GNU time when present) of one process. */
function measure(cmd, args, cwd = ROOT) {
  const time = existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(time ? '/usr/bin/time' : cmd, time ? ['-f', '%M', cmd, ...args] : args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  const rss = time ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rss, status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lintArgs = (paths) => [CLI, '-f', 'json', '--fail-on', 'never', ...paths];

function corpus(mb) {
  const dir = join(tmpdir(), `eal-bench-v2-${mb}mb-seed1`);
  if (!existsSync(join(dir, '.done'))) {
    const info = writeCorpus(dir, { mb, seed: 1 });
    writeFileSync(join(dir, '.done'), JSON.stringify(info));
  }
  return dir;
}
const filesUnder = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile() && !f.endsWith('.done')).sort();

const results = { date: new Date().toISOString().slice(0, 10), node: process.version, cpus: cpus().length, runs: RUNS, figures: {} };
const rows = [];

// 1. One-file latency: a pre-commit hook on one aws-auth file, against bare node.
{
  const file = join(ROOT, 'fixtures/aws-auth/aws-auth.yaml');
  const bare = [];
  const one = [];
  for (let i = 0; i < RUNS * 3; i++) {
    bare.push(measure(process.execPath, ['-e', '0']).ms);
    one.push(measure(process.execPath, lintArgs([file])).ms);
  }
  const delta = median(one) - median(bare);
  results.figures.latency = { bareNodeMs: median(bare), oneFileMs: median(one), overheadMs: delta, targetMs: 60, met: delta <= 60 };
  rows.push(['one-file latency (aws-auth.yaml)', `${median(one).toFixed(0)} ms vs node -e 0 ${median(bare).toFixed(0)} ms`, `+${delta.toFixed(0)} ms`, '≤ +60 ms', delta <= 60]);
}

// 2. Repository throughput against the parse floor (same files, one thread, yaml with positions + JSON.parse).
{
  const dir = corpus(Number(o.mb));
  const lint = [];
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    floor.push(measure(process.execPath, [join(ROOT, 'bench/floor.mjs'), dir]).ms);
    lint.push(measure(process.execPath, lintArgs([dir])).ms);
  }
  const info = JSON.parse(measure(process.execPath, [join(ROOT, 'bench/floor.mjs'), dir]).stdout);
  const ratio = median(lint) / median(floor);
  const mbs = info.bytes / 1024 / 1024;
  results.figures.throughput = { corpusMB: mbs, files: info.files, lintMs: median(lint), floorMs: median(floor), ratio, target: 0.5, met: ratio <= 0.5, lintMBps: mbs / (median(lint) / 1000), floorMBps: mbs / (median(floor) / 1000) };
  rows.push([`repository (${info.files} files, ${mbs.toFixed(0)} MB)`, `${(median(lint) / 1000).toFixed(2)} s vs floor ${(median(floor) / 1000).toFixed(2)} s`, `${ratio.toFixed(2)}× floor`, '≤ 0.5×', ratio <= 0.5]);

  // Rejection speed of the content sniffing, on the unrelated manifests alone: read + sniff per file
  // (the figure), the sniff alone, and the whole CLI on them (which adds the folder walk, start-up).
  const k8s = join(dir, 'k8s');
  const sniff = JSON.parse(measure(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/sniff.ts'), k8s]).stdout);
  const rej = [];
  for (let i = 0; i < RUNS; i++) rej.push(measure(process.execPath, lintArgs([k8s])).ms - results.figures.latency.bareNodeMs);
  const cliMBps = sniff.MB / (median(rej) / 1000);
  results.figures.rejection = { MB: sniff.MB, files: sniff.files, readAndSniffMBps: sniff.readAndSniffMBps, sniffOnlyMBps: sniff.sniffMBps, wholeCliMBps: cliMBps, target: 100, met: sniff.readAndSniffMBps >= 100 };
  rows.push([`  rejection of unrelated files (${sniff.MB.toFixed(0)} MB)`, `read+sniff; sniff alone ${sniff.sniffMBps.toFixed(0)} MB/s`, `${sniff.readAndSniffMBps.toFixed(0)} MB/s`, '≥ 100 MB/s', sniff.readAndSniffMBps >= 100]);
  rows.push([`  the CLI on those files alone`, `${median(rej).toFixed(0)} ms over node start-up`, `${cliMBps.toFixed(0)} MB/s`, '(walk included)', null]);
}

// 3. Peak RSS on a 100 MB corpus.
{
  const dir = corpus(Number(o['big-mb']));
  const runs = [];
  for (let i = 0; i < Math.max(1, Math.ceil(RUNS / 2)); i++) runs.push(measure(process.execPath, lintArgs([dir])));
  const rssMb = median(runs.map((r) => r.rss)) / 1024;
  results.figures.memory = { corpusMB: Number(o['big-mb']), peakRssMB: rssMb, ms: median(runs.map((r) => r.ms)), targetMB: 250, met: rssMb <= 250 };
  rows.push([`peak RSS (${o['big-mb']} MB corpus)`, `${rssMb.toFixed(0)} MB in ${(median(runs.map((r) => r.ms)) / 1000).toFixed(1)} s`, '', '≤ 250 MB', rssMb <= 250]);
}

// 4. cfn-lint (Python) on the same CloudFormation templates.
{
  const dir = corpus(Number(o.mb));
  const templates = filesUnder(join(dir, 'cloudformation')).slice(0, Number(o['cfn-files']));
  const have = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  if (have.error || have.status !== 0) {
    results.figures.cfnLint = { skipped: 'cfn-lint is not installed' };
    rows.push(['cfn-lint on the same templates', 'skipped: cfn-lint not installed', '', '≥ 20× faster', null]);
  } else {
    const ours = [];
    for (let i = 0; i < RUNS; i++) ours.push(measure(process.execPath, lintArgs(templates)).ms);
    const theirs = [];
    for (let i = 0; i < Math.max(1, Math.ceil(RUNS / 2)); i++) theirs.push(measure('cfn-lint', ['--format', 'parseable', ...templates]).ms);
    const speedup = median(theirs) / median(ours);
    results.figures.cfnLint = { version: have.stdout.trim(), templates: templates.length, oursMs: median(ours), cfnLintMs: median(theirs), speedup, target: 20, met: speedup >= 20 };
    rows.push([`cfn-lint (${have.stdout.trim()}), ${templates.length} templates`, `${(median(ours) / 1000).toFixed(2)} s vs ${(median(theirs) / 1000).toFixed(1)} s`, `${speedup.toFixed(0)}× faster`, '≥ 20×', speedup >= 20]);
  }
}

const w = [40, 36, 14, 14];
const line = (c) => c.slice(0, 4).map((x, i) => String(x).padEnd(w[i])).join(' ') + (c[4] === null ? ' –' : c[4] ? ' met' : ' NOT MET');
console.log(line(['figure', 'measured (median)', 'ratio', 'target', null]).replace(' –', ''));
for (const r of rows) console.log(line(r));
writeFileSync(o.out, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwritten: ${o.out}`);
