// Differential test: our aws-auth section reader against the real aws-iam-authenticator parser.
//   tsx test/oracle/run.ts [--count N] [--seed S] [--out file.json] [--verbose]
// Skips (exit 0, saying so) when `go` is not installed. Builds the Go oracle once per source hash,
// under node_modules/.cache. Exits 1 on a disagreement that docs/oracle.md does not explain.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { classify, KNOWN } from './known.ts';
import { generate } from './generate.ts';
import { readOurs, type Reading, type Section } from './ours.ts';

const HERE = import.meta.dirname;
const { values: opts } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20261122' }, out: { type: 'string' }, verbose: { type: 'boolean', default: false }, dump: { type: 'string' } } });

function buildOracle(): string | undefined {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) return undefined;
  const hash = createHash('sha256');
  for (const f of ['main.go', 'go.mod', 'go.sum']) hash.update(readFileSync(join(HERE, f)));
  hash.update(go.stdout);
  const dir = join(HERE, '../../node_modules/.cache/eks-access-lint');
  const bin = join(dir, `oracle-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  console.log(`building the oracle (first run fetches modules through the Go module proxy) → ${bin}`);
  const b = spawnSync('go', ['build', '-o', bin, '.'], { cwd: HERE, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('go build of test/oracle failed');
  return bin;
}

const bin = buildOracle();
if (!bin) {
  console.log('== oracle: SKIPPED: `go` is not installed, so the differential test against aws-iam-authenticator did not run');
  process.exit(0);
}

const count = Number(opts.count);
// The known classes' reproducers first (to see whether each still disagrees), then the generated maps.
const maps = [...KNOWN.map((k) => k.example), ...generate(Number(opts.seed), count)];
const first = KNOWN.length;
const t0 = performance.now();
const r = spawnSync(bin, [], { input: maps.map((m) => JSON.stringify(m)).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
if (r.status !== 0) throw new Error(`oracle failed: ${r.stderr}`);
const theirs: Reading[] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
if (theirs.length !== maps.length) throw new Error(`oracle answered ${theirs.length} of ${maps.length}`);

const shape = (s: Section | undefined) => (s ? JSON.stringify({ lost: s.lost, entries: s.entries }) : 'absent');
const dump: string[] = [];
const byClass = new Map<string, { count: number; first: unknown }>();
let sections = 0;
let agreed = 0;
let lostSections = 0;
const stillDisagrees = KNOWN.map((k, i) => Object.keys(k.example).some((name) => shape(readOurs(k.example)[name]) !== shape(theirs[i][name])));
for (let i = first; i < maps.length; i++) {
  const ours = readOurs(maps[i]);
  for (const name of ['mapRoles', 'mapUsers', 'mapAccounts']) {
    if (!(name in maps[i])) continue;
    sections++;
    const o = ours[name];
    const t = theirs[i][name];
    if (t?.lost) lostSections++;
    if (shape(o) === shape(t)) {
      agreed++;
      continue;
    }
    const causes = classify(name, maps[i][name], o, t);
    const id = causes.length ? causes.sort().join('+') : 'unexplained';
    if (opts.dump) dump.push(JSON.stringify({ id, index: i - first, section: name, text: maps[i][name], ours: o, oracle: t }));
    const c = byClass.get(id) ?? { count: 0, first: { index: i - first, section: name, text: maps[i][name], ours: o, oracle: t } };
    c.count++;
    byClass.set(id, c);
  }
}
const ms = Math.round(performance.now() - t0);
console.log(`== oracle: ${count} data maps (seed ${opts.seed}), ${sections} sections, ${lostSections} lost whole by the authenticator; ${agreed} agree (${ms} ms)`);
let unexplained = 0;
// Per cause: how many disagreements it explains alone, and in company of other causes.
for (const k of KNOWN) {
  const alone = byClass.get(k.id)?.count ?? 0;
  const withOthers = [...byClass].filter(([id]) => id.split('+').includes(k.id) && id !== k.id).reduce((n, [, c]) => n + c.count, 0);
  const gone = stillDisagrees[KNOWN.indexOf(k)] ? '' : ' [its reproducer now AGREES: fixed? update known.ts and docs/oracle.md]';
  console.log(`  ${k.kind.padEnd(10)} ${k.id.padEnd(24)} ${String(alone).padStart(5)} alone ${String(withOthers).padStart(5)} with others   ${k.summary}${gone}`);
  if (opts.verbose && byClass.has(k.id)) console.log('    first: ' + JSON.stringify(byClass.get(k.id)!.first));
}
const bad = byClass.get('unexplained');
if (bad) {
  unexplained = bad.count;
  console.log(`  UNEXPLAINED ${bad.count}; first: ${JSON.stringify(bad.first)}`);
}
if (opts.dump) writeFileSync(opts.dump, dump.join('\n') + '\n');
if (opts.out) writeFileSync(opts.out, JSON.stringify(Object.fromEntries(byClass), null, 2));
if (unexplained) {
  console.log(`== oracle: FAILED: ${unexplained} disagreements not explained in docs/oracle.md`);
  process.exit(1);
}
console.log('== oracle: passed (every disagreement is a documented one)');
