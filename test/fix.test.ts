// Safe autofix: every fix's before/after text (and nothing else changed), idempotence, the atomic
// write, what is not fixed (intrinsics, partly known values, plans), SARIF fixes and the CLI flags.
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { docsUrl } from '../src/docs-url.ts';
import type { Finding } from '../src/finding.ts';
import { applyFixes, lintAndFix, unifiedDiff } from '../src/fix.ts';
import sarif from '../src/formatters/sarif.ts';
import { lint } from '../src/lint.ts';
import { AWS_AUTH, run, tree } from './support/cli.ts';

const ROOT = join(import.meta.dirname, '..');

/** Fix `file` in a temp folder; assert a second --fix changes nothing; return the text and what is left. */
async function fixed(files: Record<string, string>, file = Object.keys(files)[0]) {
  const dir = tree(files);
  const first = await lintAndFix(['.'], { cwd: dir }, { write: true });
  const after = readFileSync(join(dir, file), 'utf8');
  const second = await lintAndFix(['.'], { cwd: dir }, { write: true });
  expect(second.files).toEqual([]);
  expect(readFileSync(join(dir, file), 'utf8')).toBe(after);
  return { dir, after, first, left: first.report.findings.map((f) => f.ruleId) };
}

/** `before` with each `[old, new]` replaced once (each `old` occurring exactly once): every other byte must stay. */
function edited(before: string, ...changes: [string, string][]): string {
  let out = before;
  for (const [from, to] of changes) {
    expect(out.split(from).length - 1, `"${from}" once`).toBe(1);
    out = out.replace(from, () => to);
  }
  return out;
}

const CFN = (props: string) =>
  `Resources:\n  Entry:\n    Type: AWS::EKS::AccessEntry\n    Properties:\n      ClusterName: prod\n      PrincipalArn: arn:aws:iam::111122223333:role/platform\n${props}`;

describe('each fix: before/after, idempotent, nothing else touched', () => {
  it('aws-auth/role-arn-path drops the path (YAML block)', async () => {
    const before = AWS_AUTH('# deployers\n- rolearn: arn:aws:iam::111122223333:role/teams/payments/deployer # path!\n  username: "deployer:{{SessionName}}"');
    const r = await fixed({ 'aws-auth.yaml': before });
    expect(r.after).toBe(edited(before, ['role/teams/payments/deployer', 'role/deployer']));
    expect(r.left).not.toContain('aws-auth/role-arn-path');
  });

  it('aws-auth/role-arn-path inside a JSON string (kubectl -o json): escapes kept', async () => {
    const map = '- rolearn: arn:aws:iam::111122223333:role/ci/deployer\n  username: "ci:{{SessionName}}"\n  groups:\n  - deployers\n';
    const before = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapRoles: map } }, null, 2) + '\n';
    const r = await fixed({ 'cm.json': before });
    expect(r.after).toBe(edited(before, ['role/ci/deployer', 'role/deployer']));
    expect(JSON.parse(r.after).data.mapRoles).toBe(map.replace('role/ci/deployer', 'role/deployer'));
  });

  it('aws-auth/role-arn-path is not fixed when the ARN is partly unknown', async () => {
    const before = AWS_AUTH('- rolearn: arn:aws:iam::${ACCOUNT_ID}:role/teams/deployer\n  username: "deployer:{{SessionName}}"');
    const report = await lint(['.'], { cwd: tree({ 'a.yaml': before }) });
    const f = report.findings.find((x) => x.ruleId === 'aws-auth/role-arn-path');
    expect(f).toBeDefined();
    expect(f!.fix).toBeUndefined();
  });

  it('access-entry/invalid-type writes the exact casing (YAML plain, YAML quoted, JSON)', async () => {
    const plain = CFN('      Type: Standard # was the docs spelling\n');
    expect((await fixed({ 't.yaml': plain })).after).toBe(edited(plain, ['Type: Standard', 'Type: STANDARD']));
    const quoted = CFN("      Type: 'ec2-linux'\n");
    expect((await fixed({ 't.yaml': quoted })).after).toBe(edited(quoted, ["'ec2-linux'", "'EC2_LINUX'"]));
    const json = '{\n  "resource": { "aws_eks_access_entry": { "x": {\n    "cluster_name": "prod",\n    "principal_arn": "arn:aws:iam::111122223333:role/x",\n    "type": "Standard"\n  } } }\n}\n';
    expect((await fixed({ 'main.tf.json': json })).after).toBe(edited(json, ['"Standard"', '"STANDARD"']));
  });

  it('access-entry/invalid-type leaves an intrinsic alone, even one with a default', async () => {
    const text = `Parameters:\n  T:\n    Type: String\n    Default: Standard\n${CFN('      Type: !Ref T\n')}`;
    const report = await lint(['.'], { cwd: tree({ 't.yaml': text }) });
    const f = report.findings.filter((x) => x.ruleId === 'access-entry/invalid-type');
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => !x.fix)).toBe(true);
  });

  it('aws-auth/key-case lowercases the key, also with a value fix on the same line', async () => {
    const before = AWS_AUTH('- roleARN: arn:aws:iam::111122223333:role/deployer\n  UserName: yes\n  groups:\n    - deployers');
    const r = await fixed({ 'aws-auth.yaml': before });
    expect(r.after).toBe(edited(before, ['roleARN:', 'rolearn:'], ['UserName: yes', 'username: "yes"']));
    expect(r.left).not.toContain('aws-auth/key-case');
  });

  it('aws-auth/key-case does not rename a key the entry also has in lowercase', async () => {
    const report = await lint(['.'], { cwd: tree({ 'a.yaml': AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/a\n  roleARN: arn:aws:iam::111122223333:role/b\n  username: a') }) });
    const f = report.findings.find((x) => x.ruleId === 'aws-auth/key-case');
    expect(f?.fix).toBeUndefined();
  });

  it('aws-auth/non-string-value quotes values and makes a list of a string', async () => {
    const before = AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/on-call\n  username: on-call:{{SessionName}}\n  groups:\n    - on   # a boolean in YAML 1.1\n    - 1337\n- rolearn: arn:aws:iam::111122223333:role/admin\n  username: admin:{{SessionName}}\n  groups: system:masters\n- rolearn: arn:aws:iam::111122223333:role/null\n  username: x:{{SessionName}}\n  groups:\n    - ~');
    const r = await fixed({ 'aws-auth.yaml': before });
    expect(r.after).toBe(edited(before, ['- on ', '- "on" '], ['- 1337', '- "1337"'], ['groups: system:masters', 'groups: ["system:masters"]']));
    // `~` may mean "no group" or the text "~": not certain, so left for a person.
    expect(r.left.filter((id) => id === 'aws-auth/non-string-value')).toHaveLength(1);
  });

  it('aws-auth/non-string-value inside a Terraform JSON string escapes the quotes', async () => {
    const map = '- rolearn: arn:aws:iam::111122223333:role/auditor\n  username: yes\n  groups:\n    - viewers\n';
    const before = JSON.stringify({ resource: { kubernetes_config_map_v1_data: { aws_auth: { metadata: [{ name: 'aws-auth', namespace: 'kube-system' }], data: { mapRoles: map } } } } }, null, 2);
    const r = await fixed({ 'auth.tf.json': before });
    expect(r.after).toBe(edited(before, ['username: yes', 'username: \\"yes\\"']));
  });

  it('access-entry/groups-on-non-standard removes the groups: YAML lines, comments inside them too', async () => {
    const before = CFN('      Type: EC2_LINUX\n      KubernetesGroups:   # rejected\n        - system:nodes  # by EKS\n        - readers\n      Tags: []\n');
    expect((await fixed({ 'n.yaml': before })).after).toBe(edited(before, ['      KubernetesGroups:   # rejected\n        - system:nodes  # by EKS\n        - readers\n', '']));
    const flow = CFN('      Type: EC2_LINUX\n      KubernetesGroups: [readers] # flow\n');
    expect((await fixed({ 'n.yaml': flow })).after).toBe(edited(flow, ['      KubernetesGroups: [readers] # flow\n', '']));
  });

  it('access-entry/groups-on-non-standard removes the JSON property with one comma (middle and last)', async () => {
    const entry = (body: string) => `{\n  "resource": { "aws_eks_access_entry": { "n": {\n${body}\n  } } }\n}\n`;
    const middle = entry('    "cluster_name": "prod",\n    "kubernetes_groups": [\n      "readers"\n    ],\n    "principal_arn": "arn:aws:iam::111122223333:role/n",\n    "type": "EC2_LINUX"');
    expect((await fixed({ 'n.tf.json': middle })).after).toBe(edited(middle, ['    "kubernetes_groups": [\n      "readers"\n    ],\n', '']));
    const last = entry('    "cluster_name": "prod",\n    "principal_arn": "arn:aws:iam::111122223333:role/n",\n    "type": "EC2_LINUX",\n    "kubernetes_groups": ["readers"]');
    const r = await fixed({ 'n.tf.json': last });
    expect(r.after).toBe(edited(last, [',\n    "kubernetes_groups": ["readers"]', '']));
    expect(() => JSON.parse(r.after)).not.toThrow();
  });

  it('a Terraform plan is generated output: reported, never fixed', async () => {
    const plan = readFileSync(join(ROOT, 'rules/access-entry/groups-on-non-standard/fail.tf.plan.json'), 'utf8');
    const report = await lint(['.'], { cwd: tree({ 'plan.json': plan }), only: ['access-entry/groups-on-non-standard'] });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => !f.fix)).toBe(true);
  });

  it('access-policy/invalid-scope fixes casing only', async () => {
    const before = CFN('      AccessPolicies:\n        - PolicyArn: arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy\n          AccessScope: { Type: Cluster }\n        - PolicyArn: arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy\n          AccessScope: { Type: namespaced, Namespaces: [dev] }\n');
    const r = await fixed({ 'p.yaml': before });
    expect(r.after).toBe(edited(before, ['Type: Cluster', 'Type: cluster']));
    expect(r.left).toContain('access-policy/invalid-scope'); // `namespaced` is not a casing slip
  });

  it('keeps CRLF line endings and a BOM', async () => {
    const lf = CFN('      Type: EC2_LINUX\n      KubernetesGroups:\n        - readers\n      Tags: []\n');
    const before = '\uFEFF' + lf.replace(/\n/g, '\r\n');
    const r = await fixed({ 'n.yaml': before });
    expect(r.after).toBe(edited(before, ['      KubernetesGroups:\r\n        - readers\r\n', '']));
  });
});

describe('the fixture with comments and odd quoting', () => {
  it('fixes exactly the fixable values, over passes, and reports what is left', async () => {
    const names = ['aws-auth-odd-quoting.yaml', 'access-entries.cfn.yaml', 'platform.tf.json'];
    const src = Object.fromEntries(names.map((n) => [n, readFileSync(join(ROOT, 'fixtures/fix', n), 'utf8')]));
    const dir = tree(src);
    const result = await lintAndFix(['.'], { cwd: dir }, { write: true });
    const after = (n: string) => readFileSync(join(dir, n), 'utf8');
    expect(after('aws-auth-odd-quoting.yaml')).toBe(
      edited(
        src['aws-auth-odd-quoting.yaml'],
        ["'arn:aws:iam::111122223333:role/teams/payments/deployer'", "'arn:aws:iam::111122223333:role/deployer'"],
        ['roleARN: "arn', 'rolearn: "arn'],
        ['- on  #', '- "on"  #'],
        ['groups: system:masters', 'groups: ["system:masters"]'],
        ['UserName: yes', 'username: "yes"'],
      ),
    );
    expect(after('access-entries.cfn.yaml')).toBe(
      edited(
        src['access-entries.cfn.yaml'],
        ['Type: "Standard"', 'Type: "STANDARD"'],
        ["{ Type: 'Cluster' }", "{ Type: 'cluster' }"],
        ['      KubernetesGroups:\n        - system:nodes   # set by EKS itself\n        - node-readers\n', ''],
      ),
    );
    // The type is fixed first; only then are the groups on a node entry seen, and removed in the next pass.
    expect(after('platform.tf.json')).toBe(
      edited(
        src['platform.tf.json'],
        ['"kubernetes_groups": [\n          "system:nodes"\n        ],\n        ', ''],
        ['"ec2_linux"', '"EC2_LINUX"'],
        ['role/ci/github-actions', 'role/github-actions'],
        ['username: yes', 'username: \\"yes\\"'],
      ),
    );
    const errors = result.report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.file}:${f.range.start.line} ${f.ruleId}`)).toEqual(['access-entries.cfn.yaml:38 access-entry/invalid-type']);
    expect(result.files.map((f) => f.file).sort()).toEqual([...names].sort());
  });
});

describe('dry run', () => {
  it('shows every pass --fix would make, and writes nothing', async () => {
    const names = ['aws-auth-odd-quoting.yaml', 'access-entries.cfn.yaml', 'platform.tf.json'];
    const src = Object.fromEntries(names.map((n) => [n, readFileSync(join(ROOT, 'fixtures/fix', n), 'utf8')]));
    const written = tree(src);
    await lintAndFix(['.'], { cwd: written }, { write: true });
    const dry = tree(src);
    const result = await lintAndFix(['.'], { cwd: dry }, { write: false });
    for (const n of names) expect(readFileSync(join(dry, n), 'utf8')).toBe(src[n]);
    const after = Object.fromEntries(result.files.map((f) => [f.file, f.after]));
    // platform.tf.json needs two passes: its groups are seen as wrong only once the type is fixed.
    for (const n of names) expect(after[n]).toBe(readFileSync(join(written, n), 'utf8'));
    // The report is of the files as they are.
    expect(result.report.findings.some((f) => f.file === 'platform.tf.json' && f.ruleId === 'access-entry/invalid-type')).toBe(true);
  });
});

describe('writing', () => {
  const BAD = CFN('      Type: Standard\n');

  it('is atomic: a new inode by rename, the mode kept, no temp file left; a symlink stays a link', async () => {
    const dir = tree({ 'real.yaml': BAD, 'other.yaml': BAD });
    chmodSync(join(dir, 'real.yaml'), 0o640);
    symlinkSync('other.yaml', join(dir, 'link.yaml'));
    const inode = statSync(join(dir, 'real.yaml')).ino;
    await lintAndFix(['real.yaml', 'link.yaml'], { cwd: dir }, { write: true });
    const st = statSync(join(dir, 'real.yaml'));
    expect(st.ino).not.toBe(inode);
    expect(st.mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['link.yaml', 'other.yaml', 'real.yaml']);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toContain('Type: STANDARD');
  });

  it('a dry run writes nothing and gives a unified diff', async () => {
    const dir = tree({ 'e.yaml': BAD });
    const mtime = statSync(join(dir, 'e.yaml')).mtimeMs;
    const r = await lintAndFix(['.'], { cwd: dir }, { write: false });
    expect(readFileSync(join(dir, 'e.yaml'), 'utf8')).toBe(BAD);
    expect(statSync(join(dir, 'e.yaml')).mtimeMs).toBe(mtime);
    expect(unifiedDiff(r.files)).toBe(
      '--- a/e.yaml\n+++ b/e.yaml\n@@ -4,4 +4,4 @@\n     Properties:\n       ClusterName: prod\n       PrincipalArn: arn:aws:iam::111122223333:role/platform\n-      Type: Standard\n+      Type: STANDARD\n',
    );
  });

  it('a file changed since the lint is left alone; a plain lint writes nothing', async () => {
    const dir = tree({ 'e.yaml': BAD });
    const report = await lint(['.'], { cwd: dir });
    expect(readFileSync(join(dir, 'e.yaml'), 'utf8')).toBe(BAD);
    const f = report.findings.find((x) => x.fix)!;
    const changed = '# edited since\n' + BAD;
    expect(applyFixes(changed, [f]).fixed).toEqual([]);
  });

  it('overlapping edits: the first applies, the other waits for the next pass', () => {
    const text = 'abcdef';
    const finding = (start: number, end: number, t: string): Finding => ({
      ruleId: 'x', severity: 'error', message: '', file: 'f', pointer: '', logicalPath: '', fingerprint: '',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      fix: { description: 'd', edits: [{ start, end, old: text.slice(start, end), text: t, range: { start: { line: 1, column: start + 1 }, end: { line: 1, column: end + 1 } } }] },
    });
    const a = finding(1, 3, 'X');
    const b = finding(2, 4, 'Y');
    const c = finding(4, 5, 'Z');
    expect(applyFixes(text, [a, b, c])).toEqual({ text: 'aXdZf', fixed: [a, c] });
    // The same edit from two findings is one edit.
    expect(applyFixes(text, [a, finding(1, 3, 'X')]).text).toBe('aXdef');
  });
});

describe('SARIF fixes', () => {
  it('fixable findings carry replacements that validate against SARIF 2.1.0 and reproduce the fix', async () => {
    const dir = tree({ 'a.yaml': readFileSync(join(ROOT, 'fixtures/fix/aws-auth-odd-quoting.yaml'), 'utf8'), 'p.tf.json': readFileSync(join(ROOT, 'fixtures/fix/platform.tf.json'), 'utf8') });
    const report = await lint(['.'], { cwd: dir });
    const log = JSON.parse(sarif(report, { cwd: dir, color: false, docsUrl })) as Sarif.Log;
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/sarif-2.1.0.json'), 'utf8'));
    const validate = new Ajv2020({ unicodeRegExp: false, strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results!;
    const withFix = results.filter((r) => r.fixes);
    expect(withFix.length).toBe(report.findings.filter((f) => f.fix).length);
    expect(withFix.length).toBeGreaterThanOrEqual(6);
    for (const r of withFix) {
      const uri = r.fixes![0].artifactChanges[0].artifactLocation.uri!;
      const text = readFileSync(join(dir, uri), 'utf8');
      const rep = r.fixes![0].artifactChanges[0].replacements[0];
      const lines = text.split('\n');
      const offset = (line: number, col: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
      const d = rep.deletedRegion;
      const out = text.slice(0, offset(d.startLine!, d.startColumn!)) + (rep.insertedContent?.text ?? '') + text.slice(offset(d.endLine!, d.endColumn!));
      const f = report.findings.find((x) => x.fix && x.file === uri && x.range.start.line === r.locations![0].physicalLocation!.region!.startLine && x.ruleId === r.ruleId)!;
      expect(out).toBe(applyFixes(text, [f]).text);
    }
  });
});

describe('CLI', () => {
  const BAD = AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/team/deployer\n  username: "deployer:{{SessionName}}"');

  it('--fix-dry-run prints the diff and changes nothing', () => {
    const dir = tree({ 'aws-auth.yaml': BAD });
    const r = run(['--fix-dry-run', 'aws-auth.yaml'], dir);
    expect(r.code).toBe(1); // the findings are still there
    expect(r.stdout).toContain('--- a/aws-auth.yaml\n+++ b/aws-auth.yaml\n');
    expect(r.stdout).toContain('-    - rolearn: arn:aws:iam::111122223333:role/team/deployer\n+    - rolearn: arn:aws:iam::111122223333:role/deployer\n');
    expect(r.stderr).toContain('would fix 1 problem in 1 file');
    expect(readFileSync(join(dir, 'aws-auth.yaml'), 'utf8')).toBe(BAD);
  });

  it('--fix writes, re-lints and exits by what is left', () => {
    const dir = tree({ 'aws-auth.yaml': BAD });
    const r = run(['--fix', '--format', 'json', 'aws-auth.yaml'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(r.stderr).toContain('fixed 1 problem in 1 file');
    expect(readFileSync(join(dir, 'aws-auth.yaml'), 'utf8')).toBe(BAD.replace('role/team/deployer', 'role/deployer'));
    const again = run(['--fix', 'aws-auth.yaml'], dir);
    expect(again.stderr).toContain('fixed 0 problems in 0 files');
  });

  it('refuses --fix with --fix-dry-run', () => {
    const dir = tree({ 'aws-auth.yaml': BAD });
    expect(run(['--fix', '--fix-dry-run', 'aws-auth.yaml'], dir).code).toBe(2);
  });
});
