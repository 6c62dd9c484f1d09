// Suppressions: inline YAML comments (also inside an embedded mapRoles block), CloudFormation
// Metadata, Terraform JSON "//", config overrides; invalid and unused ignores; SARIF suppressions.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type * as Sarif from 'sarif';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.ts';
import { docsUrl } from '../src/docs-url.ts';
import type { Report } from '../src/finding.ts';
import sarif from '../src/formatters/sarif.ts';
import { lint } from '../src/lint.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function run(files: Record<string, string>, config: Config = {}, only?: string[]): Promise<{ report: Report; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'eal-suppress-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const report = await lint(Object.keys(files), { cwd: dir, config, configDir: dir, ...(only ? { only } : {}) });
  return { report, dir };
}

const keys = (list: Report['findings'] = []) => list.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column}`);
const ONLY = ['aws-auth/system-masters', 'access-entry/groups-on-non-standard', 'input/invalid-ignore', 'input/unused-ignore'];

const CM = (mapRoles: string, extra = '') => `apiVersion: v1
kind: ConfigMap
metadata:
  name: aws-auth
  namespace: kube-system
data:
${extra}  mapRoles: |
${mapRoles.replace(/^/gm, '    ')}`;

const ROWS = `- rolearn: arn:aws:iam::111122223333:role/BreakGlass
  username: "break-glass:{{SessionName}}"
  groups:
    - system:masters
# eks-access-lint-ignore aws-auth/system-masters: platform admins, reviewed 2026-10
- rolearn: arn:aws:iam::111122223333:role/PlatformAdmin
  username: "admin:{{SessionName}}"
  groups:
    - system:masters
`;

describe('YAML comments', () => {
  it('inside an embedded mapRoles block, cover one row', async () => {
    const { report } = await run({ 'aws-auth.yaml': CM(ROWS) }, {}, ONLY);
    expect(keys(report.findings)).toEqual(['aws-auth/system-masters 11:11']);
    expect(keys(report.suppressed)).toEqual(['aws-auth/system-masters 16:11']);
    expect(report.suppressed![0].suppression).toEqual({ kind: 'inSource', justification: 'platform admins, reviewed 2026-10' });
  });

  it('on an outer key, cover everything under it (the whole section)', async () => {
    const text = CM(ROWS.replace(/^# eks.*\n/m, ''), '  # eks-access-lint-ignore aws-auth/system-masters, aws-auth/static-role-username: legacy cluster, see PLAT-1\n');
    const { report } = await run({ 'aws-auth.yaml': text }, {}, [...ONLY, 'aws-auth/static-role-username']);
    // Each id is judged on its own: the usernames carry {{SessionName}}, so that id hides nothing.
    expect(report.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column} ${f.message}`)).toEqual([
      'input/unused-ignore 7:3 Nothing here is reported by aws-auth/static-role-username: remove this suppression',
    ]);
    expect(keys(report.suppressed)).toEqual(['aws-auth/system-masters 12:11', 'aws-auth/system-masters 16:11']);
  });

  it('a "#" line inside an ordinary string is text, not an ignore', async () => {
    const text = CM(ROWS.replace(/^# eks.*\n/m, ''), '  note: |\n    # eks-access-lint-ignore aws-auth/system-masters: not a comment\n');
    const { report } = await run({ 'aws-auth.yaml': text }, {}, ONLY);
    expect(keys(report.findings)).toEqual(['aws-auth/system-masters 13:11', 'aws-auth/system-masters 17:11']);
  });

  it('without a reason, or naming an unknown rule, hides nothing and is reported', async () => {
    const rows = ROWS.replace('system-masters: platform admins, reviewed 2026-10', 'system-masters').replace(/^- rolearn: arn:aws:iam::111122223333:role\/BreakGlass/m, '# eks-access-lint-ignore aws-auth/sytem-masters: typo\n$&');
    const { report } = await run({ 'aws-auth.yaml': CM(rows) }, {}, ONLY);
    expect(keys(report.findings)).toEqual(['input/invalid-ignore 8:5', 'aws-auth/system-masters 12:11', 'input/invalid-ignore 13:5', 'aws-auth/system-masters 17:11']);
    expect(report.findings.map((f) => f.message).filter((m) => m.includes('suppression'))).toEqual([
      'Unknown rule id "aws-auth/sytem-masters" in a suppression: write a rule id as `--list-rules` prints it',
      'This suppression gives no reason: write one after a colon (`eks-access-lint-ignore <rule-id>: <reason>`); it hides nothing until then',
    ]);
  });

  it('that matches nothing is reported; one naming a rule that is off is not judged', async () => {
    const rows = ROWS.replace('    - system:masters\n# eks', '    - system:masters\n# eks-access-lint-ignore aws-auth/iam-user: not an IAM user at all\n# eks');
    const { report } = await run({ 'aws-auth.yaml': CM(rows.replace(/system:masters\n$/, 'platform-admins\n')) }, {}, ONLY);
    expect(keys(report.findings)).toEqual(['aws-auth/system-masters 11:11', 'input/unused-ignore 12:5', 'input/unused-ignore 13:5']);
    const off = await lint(['aws-auth.yaml'], { cwd: dirs[0], config: { rules: { 'aws-auth/iam-user': 'off' } }, configDir: dirs[0], only: ONLY });
    expect(keys(off.findings)).toEqual(['aws-auth/system-masters 11:11', 'input/unused-ignore 13:5']);
  });
});

const CFN_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  NodeEntry:
    Metadata:
      eks-access-lint:
        ignore:
          access-entry/groups-on-non-standard: nodes keep the group until PLAT-77
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: prod
      PrincipalArn: arn:aws:iam::111122223333:role/eks-nodes
      Type: EC2_LINUX
      KubernetesGroups: [node-readers]
  FargateEntry:
    Type: AWS::EKS::AccessEntry
    Properties:
      ClusterName: prod
      PrincipalArn: arn:aws:iam::111122223333:role/eks-fargate-pods
      Type: FARGATE_LINUX
      KubernetesGroups: [fargate-readers]
`;

describe('CloudFormation Metadata', () => {
  it('covers its resource, in YAML and JSON', async () => {
    const { report } = await run({ 't.yaml': CFN_YAML }, {}, ONLY);
    expect(keys(report.findings)).toEqual(['access-entry/groups-on-non-standard 20:7']);
    expect(report.suppressed!.map((f) => [f.logicalPath, f.suppression])).toEqual([
      ['Resources.NodeEntry.Properties.KubernetesGroups', { kind: 'inSource', justification: 'nodes keep the group until PLAT-77' }],
    ]);
    const json = {
      Resources: {
        NodeEntry: {
          Type: 'AWS::EKS::AccessEntry',
          Metadata: { 'eks-access-lint': { ignore: { 'access-entry/groups-on-non-standard': 'nodes keep the group until PLAT-77', 'aws-auth/no-such-rule': 'typo' } } },
          Properties: { ClusterName: 'prod', PrincipalArn: 'arn:aws:iam::111122223333:role/eks-nodes', Type: 'EC2_LINUX', KubernetesGroups: ['node-readers'] },
        },
      },
    };
    const { report: r2 } = await run({ 't.json': JSON.stringify(json, null, 2) }, {}, ONLY);
    expect(r2.findings.map((f) => f.ruleId)).toEqual(['input/invalid-ignore']);
    expect(r2.suppressed!.map((f) => f.ruleId)).toEqual(['access-entry/groups-on-non-standard']);
  });
});

describe('Terraform JSON "//"', () => {
  it('covers its block; other "//" comments are only comments', async () => {
    const tf = {
      '//': 'access entries for the prod cluster',
      resource: {
        aws_eks_access_entry: {
          nodes: { '//': 'eks-access-lint-ignore access-entry/groups-on-non-standard: copied from aws-auth, PLAT-77', cluster_name: 'prod', principal_arn: 'arn:aws:iam::111122223333:role/eks-nodes', type: 'EC2_LINUX', kubernetes_groups: ['node-readers'] },
          fargate: { cluster_name: 'prod', principal_arn: 'arn:aws:iam::111122223333:role/eks-fargate-pods', type: 'FARGATE_LINUX', kubernetes_groups: ['fargate-readers'] },
        },
      },
    };
    const { report } = await run({ 'main.tf.json': JSON.stringify(tf, null, 2) }, {}, ONLY);
    expect(report.findings.map((f) => f.logicalPath)).toEqual(['resource.aws_eks_access_entry.fargate.kubernetes_groups']);
    expect(report.suppressed!.map((f) => f.suppression)).toEqual([{ kind: 'inSource', justification: 'copied from aws-auth, PLAT-77' }]);
  });
});

describe('config overrides', () => {
  it('turn a rule off under a JSON pointer (external), or re-level it', async () => {
    const config: Config = { overrides: [{ files: 'legacy/**', pointer: '/Resources/NodeEntry', rules: { 'access-entry/groups-on-non-standard': 'off' }, reason: 'vendored template' }] };
    const { report } = await run({ 'legacy/t.yaml': CFN_YAML.replace(/    Metadata:\n(.*\n){3}/, '') }, config, ONLY);
    expect(report.findings.map((f) => f.logicalPath)).toEqual(['Resources.FargateEntry.Properties.KubernetesGroups']);
    expect(report.suppressed!.map((f) => f.suppression)).toEqual([{ kind: 'external', justification: 'vendored template' }]);
    const relevel = await lint(['legacy/t.yaml'], { cwd: dirs[0], configDir: dirs[0], only: ONLY, config: { overrides: [{ files: ['legacy/*.yaml'], rules: { 'access-entry/groups-on-non-standard': 'note' } }] } });
    expect(relevel.findings.map((f) => f.severity)).toEqual(['note', 'note']);
  });
});

describe('SARIF', () => {
  it('lists suppressed findings with suppressions, and validates against the SARIF 2.1.0 schema', async () => {
    const { report, dir } = await run({ 'aws-auth.yaml': CM(ROWS), 't.yaml': CFN_YAML }, { overrides: [{ files: 't.yaml', pointer: '/Resources/FargateEntry', rules: { 'access-entry/groups-on-non-standard': 'off' } }] }, ONLY);
    const log = JSON.parse(sarif(report, { cwd: dir, color: false, docsUrl })) as Sarif.Log;
    const results = log.runs[0].results!;
    expect(results.map((r) => r.suppressions?.[0]?.kind ?? null)).toEqual([null, 'inSource', 'inSource', 'external']);
    expect(results[1].suppressions![0].justification).toBe('platform admins, reviewed 2026-10');
    const schema = JSON.parse(readFileSync(new URL('../schemas/sarif-2.1.0.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ unicodeRegExp: false, strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });
});
