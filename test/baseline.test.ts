// Baselines: --write-baseline records findings by fingerprint, --baseline hides exactly those, across
// line shifts and rows inserted above; entries that match nothing are reported on the baseline file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BaselineError } from '../src/baseline.ts';
import { lint, type LintOptions } from '../src/lint.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'eal-baseline-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ROW = (name: string, group = 'system:masters') => `    - rolearn: arn:aws:iam::111122223333:role/${name}
      username: ${name}
      groups:
        - ${group}
`;
const CM = (rows: string, header = '') => `${header}apiVersion: v1
kind: ConfigMap
metadata:
  name: aws-auth
  namespace: kube-system
data:
  mapRoles: |
${rows}`;

const opts = (o: Partial<LintOptions> = {}): LintOptions => ({ cwd: dir, config: {}, configDir: dir, ...o });
const keys = (fs: { ruleId: string; range: { start: { line: number } } }[] = []) => fs.map((f) => `${f.ruleId} ${f.range.start.line}`);

describe('baseline', () => {
  it('round trip: written, then hides exactly those findings, across a line shift and a row inserted above', async () => {
    writeFileSync(join(dir, 'aws-auth.yaml'), CM(ROW('Admin') + ROW('Deployer')));
    const first = await lint(['aws-auth.yaml'], opts({ writeBaseline: 'baseline.json' }));
    expect(first.findings).toEqual([]);
    const written = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(new URL('../schemas/baseline.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    expect(written.findings.map((e: { ruleId: string; file: string }) => `${e.ruleId} ${e.file}`)).toEqual([
      'aws-auth/static-role-username aws-auth.yaml',
      'aws-auth/static-role-username aws-auth.yaml',
      'aws-auth/system-masters aws-auth.yaml',
      'aws-auth/system-masters aws-auth.yaml',
    ]);
    expect(first.suppressed!.every((f) => f.suppression?.kind === 'external')).toBe(true);

    // Comment lines above the document and a new row above the others: every line and index moves.
    writeFileSync(join(dir, 'aws-auth.yaml'), CM(ROW('NewAdmin') + ROW('Admin') + ROW('Deployer'), '# prod cluster\n# owned by the platform team\n\n'));
    const plain = await lint(['aws-auth.yaml'], opts());
    const shifted = await lint(['aws-auth.yaml'], opts({ baseline: 'baseline.json' }));
    expect(keys(shifted.findings)).toEqual(['aws-auth/static-role-username 12', 'aws-auth/system-masters 14']);
    expect(shifted.findings.every((f) => f.principal === 'arn:aws:iam::111122223333:role/NewAdmin')).toBe(true);
    // The fingerprints of the old findings are those of the first run.
    const before = new Set(first.suppressed!.map((f) => f.fingerprint));
    expect(plain.findings.filter((f) => before.has(f.fingerprint)).map((f) => f.principal)).toEqual([
      'arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::111122223333:role/Admin',
      'arn:aws:iam::111122223333:role/Deployer', 'arn:aws:iam::111122223333:role/Deployer',
    ]);
  });

  it('reports entries that match nothing any more, on the baseline file', async () => {
    writeFileSync(join(dir, 'aws-auth.yaml'), CM(ROW('Admin') + ROW('Deployer')));
    await lint(['aws-auth.yaml'], opts({ writeBaseline: 'baseline.json' }));
    writeFileSync(join(dir, 'aws-auth.yaml'), CM(ROW('Admin') + ROW('Deployer', 'deployers')));
    const r = await lint(['aws-auth.yaml'], opts({ baseline: 'baseline.json' }));
    expect(r.findings.map((f) => `${f.file} ${f.ruleId} ${f.message}`)).toEqual([
      'baseline.json input/unused-ignore This baseline entry (aws-auth/system-masters) matches no finding any more: write the baseline again with --write-baseline',
    ]);
    // The rule that recorded it did not run: not judged.
    const off = await lint(['aws-auth.yaml'], opts({ baseline: 'baseline.json', ruleLevels: { 'aws-auth/system-masters': 'off' } }));
    expect(off.findings).toEqual([]);
  });

  it('two findings with the same rule, file, path and principal are told apart by their order', async () => {
    writeFileSync(join(dir, 'aws-auth.yaml'), CM(ROW('Admin')));
    await lint(['aws-auth.yaml'], opts({ writeBaseline: 'baseline.json', only: ['aws-auth/system-masters'] }));
    writeFileSync(join(dir, 'aws-auth.yaml'), CM(ROW('Admin') + ROW('Admin')));
    const r = await lint(['aws-auth.yaml'], opts({ baseline: 'baseline.json', only: ['aws-auth/system-masters'] }));
    expect(keys(r.findings)).toEqual(['aws-auth/system-masters 15']);
  });

  it('a baseline that cannot be read is a usage error', async () => {
    writeFileSync(join(dir, 'aws-auth.yaml'), CM(ROW('Admin')));
    await expect(lint(['aws-auth.yaml'], opts({ baseline: 'missing.json' }))).rejects.toThrow(BaselineError);
    writeFileSync(join(dir, 'bad.json'), '{"findings": {}}');
    await expect(lint(['aws-auth.yaml'], opts({ baseline: 'bad.json' }))).rejects.toThrow(/not an eks-access-lint baseline/);
  });
});
