// Fuzzing (issue 6): every fixture and rule example, mutated (byte flips, line deletions, indentation
// shifts, truncation, inserted YAML syntax), and random aws-auth ConfigMaps, through lint() and the
// SARIF formatter. Properties: never throws, finishes in bounded time, SARIF valid against the
// vendored 2.1.0 schema, every position inside the file, same input → byte-identical output.
// Used by test/fuzz.test.ts (a few hundred cases) and test/fuzz-run.ts (`npm run fuzz`).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { docsUrl } from '../src/docs-url.ts';
import type { Report } from '../src/finding.ts';
import json from '../src/formatters/json.ts';
import sarif from '../src/formatters/sarif.ts';
import { lint } from '../src/lint.ts';
import { generate } from './oracle/generate.ts';

const ROOT = join(import.meta.dirname, '..');

/** Every fixture and rule example file (folder examples file by file), as bytes. */
export function seeds(): { name: string; bytes: Buffer }[] {
  const out: { name: string; bytes: Buffer }[] = [];
  const walk = (dir: string, keep: (rel: string) => boolean) => {
    for (const ent of readdirSync(dir).sort()) {
      const abs = join(dir, ent);
      const rel = relative(ROOT, abs);
      if (statSync(abs).isDirectory()) walk(abs, keep);
      else if (keep(rel)) out.push({ name: rel, bytes: readFileSync(abs) });
    }
  };
  walk(join(ROOT, 'fixtures'), () => true);
  walk(join(ROOT, 'rules'), (rel) => /\/(fail|pass)\.[^/]*(\/.*)?$/.test(rel) && !rel.endsWith('.expect') && !rel.endsWith('config.json'));
  return out;
}

export type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'byte'; at: number; value: number }
  | { op: 'deleteLine'; line: number }
  | { op: 'duplicateLine'; line: number }
  | { op: 'indent'; line: number; by: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string };

// Bytes and snippets that mean something to YAML, JSON, the aws-auth reader or the CloudFormation reader.
const BYTES = [0x00, 0xff, 0x09, 0x0a, 0x0d, 0x20, 0x3a, 0x2d, 0x7b, 0x7d, 0x5b, 0x5d, 0x22, 0x27, 0x26, 0x2a, 0x21, 0x7c, 0x3e, 0x23, 0x25, 0x2c, 0x5c, 0xc3, 0xe2];
const SNIPPETS = ['{{SessionName}}', '*a', '&a ', '!Sub ', '!GetAtt x.Arn', '\uFEFF', '---\n', '...\n', '- ', ': ', '"', "'", '\t', '\r\n', '~', 'yes', '012', '{"Fn::Sub": "x"}', '${var.x}', '<<: *a\n', '%YAML 1.1\n', '\\u00', '\u0085', '\u2028'];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('byte' as const), at: fc.nat(), value: fc.constantFrom(...BYTES) }),
  fc.record({ op: fc.constant('deleteLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...SNIPPETS) }),
);

export function mutate(bytes: Buffer, ms: Mutation[]): Buffer {
  let b = Buffer.from(bytes);
  for (const m of ms) {
    if (m.op === 'flip' || m.op === 'byte') {
      if (b.length === 0) continue;
      const i = m.at % b.length;
      b[i] = m.op === 'flip' ? b[i] ^ (1 << m.bit) : m.value;
    } else if (m.op === 'truncate') b = b.subarray(0, m.at % (b.length + 1));
    else if (m.op === 'insert') {
      const i = m.at % (b.length + 1);
      b = Buffer.concat([b.subarray(0, i), Buffer.from(m.text), b.subarray(i)]);
    } else {
      const lines = b.toString('latin1').split('\n'); // latin1: one char per byte, so bytes survive
      const i = m.line % lines.length;
      if (m.op === 'deleteLine') lines.splice(i, 1);
      else if (m.op === 'duplicateLine') lines.splice(i, 0, lines[i]);
      else lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
      b = Buffer.from(lines.join('\n'), 'latin1');
    }
  }
  return b;
}

/** A fuzz case, small to print: a seed file and its mutations, or a generated aws-auth ConfigMap. */
export type Case = { seed: number; mutations: Mutation[] } | { awsAuth: number; json: boolean; mutations: Mutation[] };

export function caseArbitrary(seedCount: number): fc.Arbitrary<Case> {
  const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ seed: fc.integer({ min: 0, max: seedCount - 1 }), mutations }) },
    { weight: 1, arbitrary: fc.record({ awsAuth: fc.nat(), json: fc.boolean(), mutations: fc.array(mutation, { maxLength: 2 }) }) },
  );
}

/** A ConfigMap around generated data: as a YAML manifest with `|` blocks, or as kubectl's JSON. */
function configMap(seed: number, asJson: boolean): { name: string; bytes: Buffer } {
  const [data] = generate(seed, 1);
  const meta = { name: 'aws-auth', namespace: 'kube-system' };
  if (asJson) return { name: 'aws-auth.json', bytes: Buffer.from(JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta, data }, null, 2)) };
  const body = Object.entries(data).map(([k, v]) => `  ${k}: |\n${v.replace(/^/gm, '    ')}`).join('\n');
  return { name: 'aws-auth.yaml', bytes: Buffer.from(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n${body}\n`) };
}

export function materialize(c: Case, all: { name: string; bytes: Buffer }[]): { name: string; bytes: Buffer } {
  const base = 'seed' in c ? all[c.seed] : configMap(c.awsAuth, c.json);
  // Keep the extension (it picks nothing: content does) but flatten the path.
  return { name: base.name.replace(/[/\\]/g, '__'), bytes: mutate(base.bytes, c.mutations) };
}

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/sarif-2.1.0.json'), 'utf8'));
const URI_CHARS = String.raw`(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*`;
const validateSarif = new Ajv2020({
  unicodeRegExp: false, // the multitool schema has a pattern that is invalid under the `u` flag
  strict: false,
  allErrors: true,
  formats: { uri: new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:${URI_CHARS}$`), 'uri-reference': new RegExp(`^${URI_CHARS}$`), 'date-time': () => true, uuid: () => true },
}).compile(schema);

export const CASE_MS = 10_000;

/** One case: throws (with the reason) when a property does not hold. */
export async function check(input: { name: string; bytes: Buffer }, dir: string): Promise<void> {
  const sub = mkdtempSync(join(dir, 'c-'));
  try {
    writeFileSync(join(sub, input.name), input.bytes);
    const started = performance.now();
    const outputs: string[] = [];
    let report: Report | undefined;
    for (let run = 0; run < 2; run++) {
      report = await lint([input.name], { cwd: sub, config: {} });
      const ctx = { cwd: sub, color: false, docsUrl };
      outputs.push(sarif(report, ctx) + '\0' + json(report, ctx));
    }
    const ms = performance.now() - started;
    if (ms > CASE_MS) throw new Error(`took ${Math.round(ms)} ms (bound ${CASE_MS})`);
    if (outputs[0] !== outputs[1]) throw new Error('two runs on the same input gave different output');
    const log = JSON.parse(outputs[0].split('\0')[0]);
    if (!validateSarif(log)) throw new Error('invalid SARIF: ' + JSON.stringify(validateSarif.errors?.slice(0, 3)));
    insideFile(report!, input);
  } finally {
    rmSync(sub, { recursive: true, force: true });
  }
}

function insideFile(report: Report, input: { name: string; bytes: Buffer }): void {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(input.bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  for (const f of report.findings) {
    if (f.file !== input.name) throw new Error(`finding in ${f.file}, not the linted file`);
    for (const p of [f.range.start, f.range.end]) {
      const line = lines[p.line - 1];
      if (line === undefined || p.column < 1 || p.column > line.length + 1) throw new Error(`${f.ruleId} at ${p.line}:${p.column} is outside the file (${lines.length} lines)`);
    }
    const { start, end } = f.range;
    if (end.line < start.line || (end.line === start.line && end.column < start.column)) throw new Error(`${f.ruleId}: range ends before it starts`);
  }
}

/** A scratch folder for the cases; removed by the caller. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eal-fuzz-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}
