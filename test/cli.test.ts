// The CLI end to end: exit codes, outputs, config errors, discovery.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.ts';
import { AWS_AUTH, run, tree } from './support/cli.ts';

const ROOT = join(import.meta.dirname, '..');
const PATH_ROLE = AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/team/deployer\n  username: "deployer:{{SessionName}}"');
const CLEAN = AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/deployer\n  username: "deployer:{{SessionName}}"');
const WARN_ONLY = AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/dev\n  username: "{{SessionName}}"');

const json = (stdout: string) => JSON.parse(stdout) as { findings: { ruleId: string; file: string; range: { start: { line: number; column: number } } }[]; diagnostics: { file: string; message: string }[]; summary: { filesLinted: number } };

describe('bundled examples', () => {
  it('finds the mistakes in fixtures/ and exits 1', () => {
    const r = run(['--format', 'json', 'fixtures/'], ROOT);
    expect(r.code).toBe(1);
    const found = json(r.stdout).findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
    expect(found).toContain('fixtures/aws-auth/aws-auth.yaml:23:16 aws-auth/role-arn-path');
    expect(found).toContain('fixtures/aws-auth/aws-auth.yaml:19:7 aws-auth/node-role-groups');
    expect(found).toContain('fixtures/broken/aws-auth-lockout.yaml:16:17 aws-auth/unparseable-section');
    expect(found.filter((f) => f.startsWith('fixtures/aws-auth/aws-auth-clean.yaml'))).toEqual([]);
  });

  it('prints stylish output with file, line:column, message and rule id', () => {
    const r = run(['--no-color', 'fixtures/aws-auth/aws-auth.yaml'], ROOT);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/23:16\s+role ARN has path "\/teams\/payments\/"/);
    expect(r.stdout).toContain('aws-auth/role-arn-path');
  });
});

describe('exit codes', () => {
  it('exits 0 on a clean file, 1 on an error', () => {
    expect(run(['clean.yaml'], tree({ 'clean.yaml': CLEAN })).code).toBe(0);
    expect(run(['bad.yaml'], tree({ 'bad.yaml': PATH_ROLE })).code).toBe(1);
  });

  it('honours --fail-on and --max-warnings', () => {
    const dir = tree({ 'w.yaml': WARN_ONLY });
    expect(run(['w.yaml'], dir).code).toBe(0);
    expect(run(['--fail-on', 'warning', 'w.yaml'], dir).code).toBe(1);
    expect(run(['--fail-on', 'note', 'w.yaml'], dir).code).toBe(1);
    expect(run(['--max-warnings', '0', 'w.yaml'], dir).code).toBe(1);
    expect(run(['--max-warnings', '1', 'w.yaml'], dir).code).toBe(0);
    expect(run(['--fail-on', 'never', 'bad.yaml'], tree({ 'bad.yaml': PATH_ROLE })).code).toBe(0);
  });

  it('--quiet reports errors only; --rule re-levels', () => {
    const dir = tree({ 'w.yaml': WARN_ONLY });
    expect(json(run(['-f', 'json', '--quiet', 'w.yaml'], dir).stdout).findings).toEqual([]);
    const r = run(['-f', 'json', '--rule', 'aws-auth/session-name-colon=error', 'w.yaml'], dir);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.ruleId)).toEqual(['aws-auth/session-name-colon']);
    expect(json(run(['-f', 'json', '--rule', 'aws-auth/session-name-colon=off', 'w.yaml'], dir).stdout).findings).toEqual([]);
  });

  it.each([
    [['--bogus'], /bogus/],
    [['--format', 'xml'], /unknown --format "xml"/],
    [['--fail-on', 'sometimes'], /unknown --fail-on/],
    [['--rule', 'aws-auth/nope=error'], /unknown rule id "aws-auth\/nope"/],
    [['--rule', 'aws-auth/role-arn-path=loud'], /level must be/],
    [['--cluster-account', '123'], /12 digits/],
  ])('exits 2 on bad usage %j', (args, message) => {
    const r = run(args as string[], tree({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });
});

describe('config', () => {
  it('exits 2 and names the key of a bad config', () => {
    const r = run(['.'], tree({ '.eks-access-lint.yaml': 'rules:\n  aws-auth/role-arn-path: loud\n' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/rules/aws-auth~1role-arn-path');
    const unknownKey = run(['.'], tree({ '.eks-access-lint.yaml': 'rulez: {}\n' }));
    expect(unknownKey.code).toBe(2);
    expect(unknownKey.stderr).toContain('unknown key "rulez"');
    const unknownRule = run(['.'], tree({ '.eks-access-lint.yml': 'rules:\n  aws-auth/nope: off\n' }));
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toContain('/rules/aws-auth/nope: unknown rule id');
  });

  it('applies rule levels and ignore globs from the nearest config upward', () => {
    const dir = tree({
      '.eks-access-lint.yaml': 'rules:\n  aws-auth/role-arn-path: warning\nignore: ["skip/**"]\n',
      'sub/bad.yaml': PATH_ROLE,
      'skip/bad.yaml': PATH_ROLE,
    });
    const r = run(['-f', 'json', '.'], join(dir, 'sub'));
    expect(r.code).toBe(0);
    const all = run(['-f', 'json', '..'], join(dir, 'sub'));
    expect(json(all.stdout).findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['bad.yaml aws-auth/role-arn-path']);
  });

  it('--print-config shows the resolved config', () => {
    const r = run(['--print-config', '--rule', 'aws-auth/role-arn-path=note'], tree({ '.eks-access-lint.json': '{"defaultAccount":"111122223333"}' }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ defaultAccount: '111122223333', rules: { 'aws-auth/role-arn-path': 'note' } });
  });
});

describe('discovery', () => {
  it('walks folders, respects .gitignore, skips node_modules, .git and .terraform, reads named files of any extension', () => {
    const dir = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'generated/\n*.local.yaml\n',
      'k8s/aws-auth.yaml': PATH_ROLE,
      'generated/aws-auth.yaml': PATH_ROLE,
      'k8s/x.local.yaml': PATH_ROLE,
      'node_modules/pkg/aws-auth.yaml': PATH_ROLE,
      '.terraform/modules/aws-auth.yaml': PATH_ROLE,
      'notes/aws-auth.txt': PATH_ROLE,
    });
    const files = (args: string[]) => json(run(['-f', 'json', ...args], dir).stdout).findings.map((f) => f.file).sort();
    expect(files(['.'])).toEqual(['k8s/aws-auth.yaml']);
    expect(files(['notes/aws-auth.txt'])).toEqual(['notes/aws-auth.txt']);
    expect(files(['k8s/*.yaml'])).toEqual(['k8s/aws-auth.yaml', 'k8s/x.local.yaml']);
  });

  it('skips unrelated YAML silently and reports a missing path without failing', () => {
    const dir = tree({ 'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n', 'broken.yaml': 'a: [\n' });
    const r = run(['-f', 'json', '.', 'missing/'], dir);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.findings).toEqual([]);
    expect(out.summary.filesLinted).toBe(0);
    expect(out.diagnostics).toEqual([{ file: 'missing/', level: 'error', message: 'cannot read: no such file or folder' }]);
    expect(run(['.', 'missing/'], dir).stderr).toContain('missing/: cannot read: no such file or folder');
  });

  it('writes no file unless asked, and -o writes the report', () => {
    const dir = tree({ 'bad.yaml': PATH_ROLE });
    run(['bad.yaml'], dir);
    run(['-f', 'json', 'bad.yaml'], dir);
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
    const r = run(['-f', 'json', '-o', 'report.json', 'bad.yaml'], dir);
    expect(r.stdout).toBe('');
    expect(json(readFileSync(join(dir, 'report.json'), 'utf8')).findings).toHaveLength(1);
  });
});

describe('outputs', () => {
  it('--sarif writes SARIF beside the printed report; -f sarif and -f github print theirs', () => {
    const dir = tree({ 'bad.yaml': PATH_ROLE });
    const r = run(['--no-color', '--sarif', 'out.sarif', 'bad.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('aws-auth/role-arn-path');
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['aws-auth/role-arn-path']);
    expect(JSON.parse(run(['-f', 'sarif', 'bad.yaml'], dir).stdout).runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(8);
    expect(run(['-f', 'github', 'bad.yaml'], dir).stdout).toMatch(/^::error file=bad\.yaml,line=8,col=16,endLine=8,endColumn=\d+,title=aws-auth\/role-arn-path::role ARN has path/m);
  });
});

describe('information', () => {
  it('--version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(run(['--version'], ROOT).stdout.trim()).toBe(pkg.version);
  });

  it('--list-rules prints every rule with its severity', () => {
    const out = run(['--list-rules'], ROOT).stdout;
    for (const r of rules) expect(out).toMatch(new RegExp(`^${r.id}\\s+${r.severity}\\s+\\S`, 'm'));
  });

  it('--help documents every option', () => {
    const help = run(['--help'], ROOT).stdout;
    for (const o of ['--format', '--output', '--sarif', '--config', '--rule', '--fail-on', '--max-warnings', '--cluster-account', '--quiet', '--no-color', '--list-rules', '--print-config', '--version']) expect(help).toContain(o);
  });
});
