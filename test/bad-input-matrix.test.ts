// The bad-input matrix (issue 6): hostile or broken input yields a finding or a diagnostic that
// names the file and the reason, in bounded time and memory; the rest of the run goes on, and exit
// 2 is kept for tool errors. test/bad-input.test.ts has the basic cases; these are the others.
// Big inputs are generated in temp folders, never committed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWS_AUTH, CLI, tree } from './support/cli.ts';

interface Report {
  findings: { ruleId: string; file: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }[];
  diagnostics: { file: string; level: string; message: string }[];
  summary: { filesScanned: number; filesLinted: number };
}

/**
 * The built CLI with a heap cap and a deadline, so that a blow-up fails the test instead of the
 * machine. `asUser` runs it as another uid (via setpriv) where root would read anything.
 */
function lint(args: string[], cwd: string, { seconds = 30, heapMb = 512, asUser = false } = {}) {
  const node = [process.execPath, `--max-old-space-size=${heapMb}`, CLI, '-f', 'json', ...args];
  const cmd = asUser ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...node] : node;
  const started = Date.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd, encoding: 'utf8', timeout: seconds * 1000, maxBuffer: 256 << 20, env: { ...process.env, FORCE_COLOR: '0' } });
  const ms = Date.now() - started;
  expect(r.signal, `killed after ${ms} ms; stderr: ${r.stderr}`).toBeNull();
  expect([0, 1], `exit ${r.status}; stderr: ${r.stderr}`).toContain(r.status);
  return { code: r.status, report: JSON.parse(r.stdout) as Report, stderr: r.stderr, ms };
}

const ROLE_WITH_PATH = '- rolearn: arn:aws:iam::111122223333:role/team/deployer\n  username: deployer';
const good = () => AWS_AUTH(ROLE_WITH_PATH);
const rules = (r: Report) => r.findings.map((f) => `${f.file} ${f.ruleId}`);
/** The run went on: the good file beside the bad one was linted. */
const wentOn = (r: Report) => expect(rules(r)).toContain('good.yaml aws-auth/role-arn-path');

describe('bad-input matrix', () => {
  it('an empty file, named explicitly, is read and yields nothing', () => {
    const dir = tree({ 'empty.yaml': '', 'blank.json': ' \n\t\n', 'good.yaml': good() });
    const { report } = lint(['empty.yaml', 'blank.json', 'good.yaml'], dir);
    expect(report.summary.filesScanned).toBe(3);
    expect(report.findings.filter((f) => f.file !== 'good.yaml')).toEqual([]);
    wentOn(report);
  });

  it('a large binary file that mentions aws-auth is skipped quickly', () => {
    const dir = tree({ 'good.yaml': good() });
    const bytes = Buffer.alloc(8 << 20);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    bytes.write('kind: ConfigMap aws-auth', 0);
    writeFileSync(join(dir, 'blob.yaml'), bytes);
    const { report } = lint(['.'], dir);
    expect(report.findings.filter((f) => f.file === 'blob.yaml')).toEqual([]);
    wentOn(report);
  });

  it('invalid UTF-8 inside a mapRoles value: replaced, read, and located', () => {
    const dir = tree({});
    const [head, tail] = AWS_AUTH(ROLE_WITH_PATH + '\n- rolearn: arn:aws:iam::111122223333:role/x\n  username: "@@"').split('@@');
    writeFileSync(join(dir, 'good.yaml'), Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(tail)]));
    const { report } = lint(['good.yaml'], dir);
    expect(report.findings.find((f) => f.ruleId === 'aws-auth/role-arn-path')?.range.start.line).toBe(8);
  });

  it('a BOM before JSON is skipped; UTF-16 files with a byte-order mark are read as UTF-16', () => {
    const cm = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapRoles: ROLE_WITH_PATH } });
    const dir = tree({ 'bom.json': '\uFEFF' + cm, 'good.yaml': good() });
    const utf16be = Buffer.from(good(), 'utf16le').swap16();
    writeFileSync(join(dir, 'utf16le.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good(), 'utf16le')]));
    writeFileSync(join(dir, 'utf16be.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]));
    const { report } = lint(['.'], dir);
    expect(rules(report)).toContain('bom.json aws-auth/role-arn-path');
    for (const name of ['utf16le.yaml', 'utf16be.yaml']) {
      const f = report.findings.find((x) => x.file === name && x.ruleId === 'aws-auth/role-arn-path');
      expect(f?.range.start, name).toEqual(report.findings.find((x) => x.file === 'good.yaml' && x.ruleId === 'aws-auth/role-arn-path')?.range.start);
    }
    wentOn(report);
  });

  it('a file larger than the read buffer is read whole: a marker past its first 64 KB counts', () => {
    const filler = '# ' + 'x'.repeat(78) + '\n';
    const dir = tree({ 'big.yaml': filler.repeat(1000) + good(), 'good.yaml': good() });
    const { report } = lint(['.'], dir);
    expect(report.findings.find((f) => f.file === 'big.yaml' && f.ruleId === 'aws-auth/role-arn-path')?.range.start.line).toBe(1008);
  });

  it('CRLF in JSON and a lone CR in YAML keep positions inside the file', () => {
    const cm = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapRoles: ROLE_WITH_PATH } }, null, 2).replace(/\n/g, '\r\n');
    const dir = tree({ 'crlf.json': cm, 'cr.yaml': good().replace(/\n/g, '\r'), 'mixed.yaml': good().replace(/\n(?=  )/g, '\r\n') });
    const { report } = lint(['.'], dir);
    const json = report.findings.find((f) => f.file === 'crlf.json');
    expect(json).toMatchObject({ ruleId: 'aws-auth/role-arn-path', range: { start: { line: 9 } } }); // the mapRoles string's line
    expect(rules(report)).toContain('mixed.yaml aws-auth/role-arn-path');
    for (const f of report.findings) expect(f.range.start.line).toBeGreaterThanOrEqual(1);
  });

  it('a 50 MB YAML stream is reported as too large to lint, at once', () => {
    const dir = tree({ 'good.yaml': good() });
    const doc = (i: number) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${i}\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - {name: web, image: "registry.example.com/web:${i}"}\n`;
    const parts: string[] = [AWS_AUTH(ROLE_WITH_PATH)];
    for (let i = 0, n = 0; n < 50 << 20; i++) n += (parts[parts.push(doc(i)) - 1]).length + 4;
    writeFileSync(join(dir, 'dump.yaml'), parts.join('---\n'));
    const { report, ms } = lint(['.'], dir);
    expect(report.diagnostics).toEqual([{ file: 'dump.yaml', level: 'warning', message: expect.stringMatching(/^not linted: 50 MB of YAML is over the \d+ MB/) }]);
    wentOn(report);
    expect(ms).toBeLessThan(15_000);
  });

  it('10,000-deep nesting in YAML (block and flow) and JSON objects is one finding each', () => {
    const block = Array.from({ length: 10_000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' x\n';
    const dir = tree({
      'block.yaml': 'kind: ConfigMap\nmetadata: {name: aws-auth}\nx:\n' + block.replace(/^/gm, '  '),
      'flow.yaml': 'kind: ConfigMap\nmetadata: {name: aws-auth}\nx: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n',
      'deep.json': '{"kind":"ConfigMap","metadata":{"name":"aws-auth"},"x":' + '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000) + '}',
      'good.yaml': good(),
    });
    const { report } = lint(['.'], dir, { seconds: 60 });
    for (const f of ['block.yaml', 'flow.yaml', 'deep.json']) expect(report.findings.filter((x) => x.file === f).length, f).toBeLessThanOrEqual(1);
    wentOn(report);
  });

  it('a billion-laughs alias bomb in the outer YAML', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const dir = tree({ 'bomb.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n${levels.join('\n')}\ndata:\n  mapRoles: *a9\n`, 'good.yaml': good() });
    const { report } = lint(['.'], dir);
    expect(rules(report)).toContain('bomb.yaml aws-auth/unparseable-section');
    wentOn(report);
  });

  // The section checks visit alias-shared nodes once (src/extract/aws-auth-go-yaml.ts), not once per path.
  it('a billion-laughs alias bomb inside mapRoles', () => {
    const levels = ['- &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) levels.push(`- &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const dir = tree({ 'bomb.yaml': AWS_AUTH(levels.join('\n') + '\n- rolearn: arn:aws:iam::111122223333:role/a\n  groups: *a9'), 'good.yaml': good() });
    wentOn(lint(['.'], dir).report);
  });

  it('duplicate keys: a parse error in YAML; in JSON the last one wins, as JSON.parse does', () => {
    const dir = tree({
      'dup.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\ndata:\n  mapRoles: ""\ndata:\n  mapUsers: ""\n',
      'dup.json': '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"aws-auth","namespace":"kube-system"},"data":{"mapRoles":"- rolearn: arn:aws:iam::111122223333:role/x"},"data":{"mapRoles":"- rolearn: arn:aws:iam::111122223333:role/p/q"}}',
      'good.yaml': good(),
    });
    const { report } = lint(['.'], dir);
    expect(report.findings.find((f) => f.file === 'dup.yaml')).toMatchObject({ ruleId: 'input/parse-error', range: { start: { line: 7 } } });
    expect(rules(report)).toContain('dup.json aws-auth/role-arn-path');
    wentOn(report);
  });

  it('unknown and malformed tags', () => {
    const cfn = (body: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  E:\n    Type: AWS::EKS::AccessEntry\n    Properties:\n${body}\n`;
    const dir = tree({
      'unknown.yaml': cfn('      ClusterName: !Bogus x\n      PrincipalArn: !Sub [a, {b: !Nope c}]\n      Type: !!binary "@@@"'),
      'malformed.yaml': cfn('      ClusterName: !<tag:unclosed x\n      PrincipalArn: !'),
      'verbatim.yaml': AWS_AUTH('- rolearn: !<tag:yaml.org,2002:str> arn:aws:iam::111122223333:role/a/b\n  groups: !!seq [x]\n  username: !Ref u'),
      'good.yaml': good(),
    });
    const { report } = lint(['.'], dir);
    expect(rules(report)).toContain('malformed.yaml input/parse-error');
    wentOn(report);
  });

  it('a 100,000-line mapRoles is read in bounded time, to its last line', () => {
    const entry = (i: number) => `- rolearn: arn:aws:iam::111122223333:role/r${i}\n  username: "u${i}:{{SessionName}}"\n  groups:\n` + Array.from({ length: 8 }, (_, g) => `    - g${g}`).join('\n');
    const entries = Array.from({ length: 9100 }, (_, i) => entry(i));
    // The first role again, in other case, near the end: every rule runs, duplicate-arn included.
    const text = AWS_AUTH(entries.join('\n') + '\n- rolearn: arn:aws:iam::111122223333:role/R0\n' + ROLE_WITH_PATH);
    const dir = tree({ 'good.yaml': text });
    const { report } = lint(['good.yaml'], dir, { seconds: 60, heapMb: 1024 });
    const lines = text.split('\n').length;
    expect(report.findings.find((f) => f.ruleId === 'aws-auth/role-arn-path')?.range.start.line).toBe(lines - 2);
    expect(report.findings.filter((f) => f.ruleId === 'aws-auth/duplicate-arn').map((f) => f.range.start.line)).toEqual([lines - 3]);
    expect(lines).toBeGreaterThan(100_000);
  });

  it('a symlink loop: named, a diagnostic with the reason; in a folder, skipped', () => {
    const dir = tree({ 'good.yaml': good() });
    mkdirSync(join(dir, 'sub'));
    symlinkSync('b.yaml', join(dir, 'sub/a.yaml'));
    symlinkSync('a.yaml', join(dir, 'sub/b.yaml'));
    symlinkSync('..', join(dir, 'sub/up'));
    const { report } = lint(['sub/a.yaml', '.'], dir);
    expect(report.diagnostics).toContainEqual({ file: 'sub/a.yaml', level: 'error', message: expect.stringMatching(/cannot read: .*(too many.*links|loop)/i) });
    wentOn(report);
  });

  it('an unreadable file: a diagnostic naming it and the reason', () => {
    const dir = tree({ 'good.yaml': good(), 'secret.yaml': good() });
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    chmodSync(dir, 0o755);
    // chmod 000 does not stop root: run as nobody when we are root (and setpriv exists).
    const root = process.getuid?.() === 0;
    if (root && spawnSync('setpriv', ['--version']).status !== 0) return void console.warn('skipped: root without setpriv, cannot make a file unreadable');
    const { report } = lint(['.'], dir, { asUser: root });
    expect(report.diagnostics).toContainEqual({ file: 'secret.yaml', level: 'error', message: expect.stringMatching(/cannot read: .*permission denied/i) });
    wentOn(report);
  });

  it('a path that does not exist: a diagnostic, the other paths still linted, not exit 2', () => {
    const dir = tree({ 'good.yaml': good() });
    const { report, code } = lint(['missing/aws-auth.yaml', 'good.yaml'], dir);
    expect(code).toBe(1);
    expect(report.diagnostics).toContainEqual({ file: 'missing/aws-auth.yaml', level: 'error', message: expect.stringMatching(/cannot read: .*(no such file|does not exist)/i) });
    wentOn(report);
  });

  it('a folder of 20,000 files, mostly unrelated', () => {
    const dir = tree({ 'good.yaml': good() });
    for (let d = 0; d < 20; d++) {
      mkdirSync(join(dir, `m${d}`));
      for (let i = 0; i < 1000; i++) {
        const name = join(dir, `m${d}`, `f${i}.${i % 3 ? 'yaml' : 'json'}`);
        writeFileSync(name, i % 3 ? `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\nspec:\n  ports: [{port: ${i}}]\n` : `{"name": "pkg-${i}", "version": "1.0.${i}"}\n`);
      }
    }
    const { report } = lint(['.'], dir, { seconds: 60 });
    expect(report.summary.filesScanned).toBe(20_001);
    wentOn(report);
  });
});
