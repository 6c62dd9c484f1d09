// `--stdin` / `--stdin-filename` and lint()'s `stdin` option: standard input is read like a file
// (found by content, same positions), named `<stdin>` or the given name, with the config from cwd.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.ts';
import { AWS_AUTH, run, tree } from './support/cli.ts';

const ROOT = join(import.meta.dirname, '..');

interface Json {
  findings: { ruleId: string; file: string; message: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }[];
  summary: { filesLinted: number };
}
const json = (stdout: string) => JSON.parse(stdout) as Json;
const keys = (r: Json) => r.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} ${f.message}`);

describe.each(['fixtures/aws-auth/aws-auth.yaml', 'fixtures/terraform/platform.tf.json'])('--stdin on %s', (fixture) => {
  const text = readFileSync(join(ROOT, fixture), 'utf8');
  const fromFile = run(['-f', 'json', fixture], ROOT);

  it('reports the same findings at the same places as the file', () => {
    const fromStdin = run(['-f', 'json', '--stdin'], ROOT, text);
    expect(fromStdin.code).toBe(fromFile.code);
    expect(json(fromFile.stdout).findings.length).toBeGreaterThan(0);
    expect(keys(json(fromStdin.stdout))).toEqual(keys(json(fromFile.stdout)));
    expect(new Set(json(fromStdin.stdout).findings.map((f) => f.file))).toEqual(new Set(['<stdin>']));
  });

  it('names the findings after --stdin-filename', () => {
    const named = run(['-f', 'json', '--stdin', '--stdin-filename', fixture], ROOT, text);
    expect(json(named.stdout).findings).toEqual(json(fromFile.stdout).findings);
  });
});

describe('--stdin', () => {
  it('takes the config from the working folder', () => {
    const bad = AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/team/deployer\n  username: "deployer:{{SessionName}}"');
    const dir = tree({ '.eks-access-lint.yaml': 'rules:\n  aws-auth/role-arn-path: off\n' });
    const r = run(['-f', 'json', '--stdin'], dir, bad);
    expect(r.code).toBe(0);
    expect(json(r.stdout).findings.map((f) => f.ruleId)).not.toContain('aws-auth/role-arn-path');
    expect(json(run(['-f', 'json', '--stdin'], tree({}), bad).stdout).findings.map((f) => f.ruleId)).toContain('aws-auth/role-arn-path');
  });

  it('lints nothing for text that holds no EKS access, and names stylish output after the file name', () => {
    const empty = run(['-f', 'json', '--stdin'], tree({}), 'just: text\n');
    expect(empty.code).toBe(0);
    expect(json(empty.stdout).summary.filesLinted).toBe(0);
    const stylish = run(['--no-color', '--stdin', '--stdin-filename', 'k8s/aws-auth.yaml'], ROOT, readFileSync(join(ROOT, 'fixtures/aws-auth/aws-auth.yaml'), 'utf8'));
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('k8s/aws-auth.yaml');
  });

  it.each([
    [['--stdin', 'a.yaml'], /give no paths/],
    [['--stdin-filename', 'a.yaml'], /needs --stdin/],
    [['--stdin', '--base', 'HEAD'], /cannot be used with --stdin/],
  ])('exits 2 on %j', (args, message) => {
    const r = run(args as string[], tree({}), '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });

  it('is an option of lint()', async () => {
    const text = readFileSync(join(ROOT, 'fixtures/aws-auth/aws-auth.yaml'), 'utf8');
    const fromFile = await lint(['fixtures/aws-auth/aws-auth.yaml'], { cwd: ROOT });
    const fromText = await lint([], { cwd: ROOT, stdin: { text: '\uFEFF' + text } });
    expect(fromText.filesLinted).toBe(1);
    expect(fromText.findings.map((f) => [f.ruleId, f.range, f.message, f.file])).toEqual(fromFile.findings.map((f) => [f.ruleId, f.range, f.message, '<stdin>']));
    const named = await lint([], { cwd: ROOT, stdin: { text, filename: join(ROOT, 'k8s', 'aws-auth.yaml') } });
    expect(new Set(named.findings.map((f) => f.file))).toEqual(new Set(['k8s/aws-auth.yaml']));
  });
});
