// Fingerprints and the baseline file (schemas/baseline.schema.json).
// A fingerprint is rule + file + logical path without list indices + principal + the finding's
// ordinal among findings with that same key (in position order). Line numbers never enter it, and
// neither do list indices: an entry inserted above (a mapRoles row, a plan resource) shifts indices
// but not the fingerprints of findings about other principals or objects.
import { readFileSync, writeFileSync, renameSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { toPosix } from './discover.ts';
import { sha256Hex } from './sha256.ts';
import type { Finding } from './finding.ts';
import { parseJson } from './parse/json.ts';
import { SourceDoc, SourceFile } from './source.ts';
import type { Suppression } from './suppress.ts';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Relative to the baseline file's folder, `/` separators. */
  file: string;
  logicalPath: string;
  principal?: string;
  /** For readers of the file only. */
  message?: string;
}

export interface BaselineFile {
  version: 1;
  tool: 'eks-access-lint';
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

/** Fingerprints hashed so far: past a few dozen, node:crypto's native hash repays its loading. */
let hashed = 0;
const NATIVE_AFTER = 32;

function hash(parts: (string | number)[]): string {
  const text = parts.join('\0');
  if (++hashed <= NATIVE_AFTER) return sha256Hex(text).slice(0, 32);
  const { createHash } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

const stablePath = (logicalPath: string) => logicalPath.replace(/\[\d+\]/g, '[]');

/** Each finding's ordinal among findings of the same key; `findings` must be in position order. */
function ordinals(findings: Finding[]): Map<Finding, number> {
  const seen = new Map<string, number>();
  const out = new Map<Finding, number>();
  for (const f of findings) {
    const k = [f.ruleId, f.file, stablePath(f.logicalPath), f.principal ?? ''].join('\0');
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    out.set(f, n);
  }
  return out;
}

function fingerprintFor(f: Finding, file: string, ordinal: number): string {
  return hash([f.ruleId, file, stablePath(f.logicalPath), f.principal ?? '', ordinal]);
}

/** Set `fingerprint` on findings in position order (file relative to the working directory). */
export function assignFingerprints(findings: Finding[]): void {
  const ord = ordinals(findings);
  for (const f of findings) f.fingerprint = fingerprintFor(f, f.file, ord.get(f)!);
}

/** Fingerprints as a baseline in `baselineDir` records them (files relative to that folder). */
function baselineFingerprints(findings: Finding[], cwd: string, baselineDir: string): Map<Finding, { fingerprint: string; file: string }> {
  const ord = ordinals(findings);
  const out = new Map<Finding, { fingerprint: string; file: string }>();
  for (const f of findings) {
    const file = toPosix(relative(baselineDir, resolve(cwd, f.file)));
    out.set(f, { file, fingerprint: fingerprintFor(f, file, ord.get(f)!) });
  }
  return out;
}

/** Record the findings (not otherwise suppressed) in a baseline file, written atomically. */
export function writeBaseline(path: string, findings: Finding[], cwd: string): BaselineFile {
  const abs = resolve(cwd, path);
  const prints = baselineFingerprints(findings, cwd, dirname(abs));
  const entries: BaselineEntry[] = findings
    .filter((f) => !f.suppression)
    .map((f) => {
      const { file, fingerprint } = prints.get(f)!;
      return { fingerprint, ruleId: f.ruleId, file, logicalPath: f.logicalPath, ...(f.principal ? { principal: f.principal } : {}), message: f.message };
    })
    .sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.logicalPath, b.logicalPath) || cmp(a.fingerprint, b.fingerprint));
  const data: BaselineFile = { version: BASELINE_VERSION, tool: 'eks-access-lint', findings: entries };
  const tmp = `${abs}.${process.pid}.tmp`;
  let mode: number | undefined;
  try {
    mode = statSync(abs).mode;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n', mode === undefined ? {} : { mode });
    renameSync(tmp, abs);
  } catch (e) {
    throw new BaselineError(`cannot write baseline ${path}: ${(e as Error).message}`);
  }
  return data;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Read a baseline: its entries as suppressions located in the file (for input/unused-ignore). */
export function readBaseline(path: string, cwd: string): Suppression[] {
  const abs = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new BaselineError(`cannot read baseline ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const { root, errors } = parseJson(text);
  if (errors.length) throw new BaselineError(`${path}: not valid JSON: ${errors[0].message}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`${path}: not valid JSON: ${(e as Error).message}`);
  }
  const d = data as Partial<BaselineFile>;
  if (!d || typeof d !== 'object' || d.version !== BASELINE_VERSION || !Array.isArray(d.findings)) {
    throw new BaselineError(`${path}: not an eks-access-lint baseline (expected {"version": ${BASELINE_VERSION}, "findings": [...]})`);
  }
  const rel = toPosix(relative(cwd, abs)) || abs;
  const doc = new SourceDoc(new SourceFile(rel, text, 'json'), root);
  return d.findings.map((e, i) => {
    if (!e || typeof e.fingerprint !== 'string' || typeof e.ruleId !== 'string') throw new BaselineError(`${path}: /findings/${i}: needs "fingerprint" and "ruleId"`);
    const origin = { doc, pointer: `/findings/${i}` };
    return {
      kind: 'suppression', form: 'baseline', origin, fields: { rules: { doc, pointer: `/findings/${i}/ruleId` }, reason: origin },
      ruleIds: [e.ruleId], reason: 'baseline', problems: [], used: new Set<string>(), unchecked: new Set<string>(), fingerprint: e.fingerprint,
    } satisfies Suppression;
  });
}

/** Hide the findings a baseline records (SARIF: external); mark the entries that matched. */
export function applyBaseline(entries: Suppression[], findings: Finding[], cwd: string, baselinePath: string, ran: Set<string>): void {
  const prints = baselineFingerprints(findings, cwd, dirname(resolve(cwd, baselinePath)));
  const byPrint = new Map<string, Suppression>();
  for (const e of entries) {
    byPrint.set(e.fingerprint!, e);
    if (!ran.has(e.ruleIds[0])) e.unchecked.add(e.ruleIds[0]);
  }
  for (const f of findings) {
    const e = byPrint.get(prints.get(f)!.fingerprint);
    if (!e || e.ruleIds[0] !== f.ruleId) continue;
    e.used.add(f.ruleId);
    f.suppression ??= { kind: 'external', justification: `baseline ${baselinePath}` };
  }
}
