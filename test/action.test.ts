// The GitHub Action, run the way the runner runs it: `node dist/action.mjs` with INPUT_* (hyphens
// kept), GITHUB_WORKSPACE, GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT set to temp files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AWS_AUTH, tree } from './support/cli.ts';
import { commit, gitRepo } from './support/git.ts';

const ROOT = join(import.meta.dirname, '..');
const ENTRY = join(ROOT, 'dist/action.mjs');

const NODE_ROW = (role: string) => `- rolearn: arn:aws:iam::111122223333:role/${role}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes`;
const PATH_ROLE = '- rolearn: arn:aws:iam::111122223333:role/team/deployer\n  username: "deployer:{{SessionName}}"\n  groups:\n    - deployers';
const WARN_ONLY = '- rolearn: arn:aws:iam::111122223333:role/dev\n  username: "{{SessionName}}"';

// action.yml's defaults, as the runner passes them when a workflow leaves an input out (checked below).
const INPUT_DEFAULTS = { paths: '.', config: '', 'fail-on': 'error', 'sarif-file': 'eks-access-lint.sarif', annotations: 'true', base: '' };

interface Run {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Run the entry as the runner does: inputs as env (hyphens kept), the file commands' files created empty. */
function runAction(workspace: string, inputs: Record<string, string>, event: object = {}): Run {
  const tmp = mkdtempSync(join(tmpdir(), 'eal-runner-'));
  const files = { GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'), GITHUB_OUTPUT: join(tmp, 'output.txt'), GITHUB_EVENT_PATH: join(tmp, 'event.json') };
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event));
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: workspace, GITHUB_ACTIONS: 'true', ...files };
  for (const [k, v] of Object.entries({ ...INPUT_DEFAULTS, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [ENTRY], { cwd: workspace, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')) };
}

/** `name<<delimiter\nvalue\ndelimiter\n` blocks, as the runner reads them. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const end = lines.indexOf(m[2], i + 1);
    out[m[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

describe('the Action on a pull request', () => {
  // The base commit maps two node roles; the head drops one and adds a role ARN with a path.
  const repo = gitRepo({ 'k8s/aws-auth.yaml': AWS_AUTH(`${NODE_ROW('nodes-a')}\n${NODE_ROW('nodes-b')}`), 'README.md': '# infra\n' });
  const baseSha = commit(repo, 'base');
  writeFileSync(join(repo, 'k8s/aws-auth.yaml'), AWS_AUTH(`${NODE_ROW('nodes-a')}\n${PATH_ROLE}`));
  const event = { pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: 'f'.repeat(40) } } };
  const r = runAction(repo, { 'sarif-file': 'reports/eks-access-lint.sarif' }, event);

  it('annotates each finding, change rules included (base from the event payload), and fails the step', () => {
    expect(r.code).toBe(1);
    const removed = r.stdout.split('\n').find((l) => l.includes('title=change/node-access-removed'));
    expect(removed).toMatch(/^::error file=k8s\/aws-auth\.yaml,line=13,col=16,endLine=13,endColumn=\d+,title=change\/node-access-removed::node role arn:aws:iam::111122223333:role\/nodes-b loses/);
    expect(removed).toContain(`at the base revision ${baseSha}`);
    expect(r.stdout).toMatch(/^::error file=k8s\/aws-auth\.yaml,line=13,col=16,.*title=aws-auth\/role-arn-path::role ARN has path/m);
    expect(r.stdout).toMatch(/^::error::eks-access-lint: 2 findings at or above "error"/m);
  });

  it('sets the outputs through GITHUB_OUTPUT', () => {
    expect(r.outputs).toEqual({ errors: '2', warnings: '0', notes: '0', 'sarif-file': 'reports/eks-access-lint.sarif' });
  });

  it('writes a job summary with counts, a table, links to the rule docs and the base', () => {
    expect(r.summary).toContain('## eks-access-lint');
    expect(r.summary).toContain('2 errors, 0 warnings, 0 notes');
    expect(r.summary).toMatch(/\| k8s\/aws-auth\.yaml:13:16 \| error \| \[change\/node-access-removed\]\(https:\/\/\S+\/rules\/change\/node-access-removed\/README\.md\) \|/);
    expect(r.summary).toContain(baseSha);
  });

  it('writes the SARIF file for upload-sarif', () => {
    const log = JSON.parse(readFileSync(join(repo, 'reports/eks-access-lint.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(['aws-auth/role-arn-path', 'change/node-access-removed']);
  });
});

describe('the Action inputs', () => {
  it('passes a clean workspace; fail-on and annotations are honoured', () => {
    const dir = tree({ 'aws-auth.yaml': AWS_AUTH(WARN_ONLY) });
    const lenient = runAction(dir, {});
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/^::warning file=aws-auth\.yaml,.*title=aws-auth\/session-name-colon::/m);
    expect(lenient.outputs.warnings).toBe('1');
    const strict = runAction(dir, { 'fail-on': 'warning', annotations: 'false' });
    expect(strict.code).toBe(1);
    expect(strict.stdout).not.toContain('title=');
    expect(strict.stdout).toMatch(/^::error::eks-access-lint: 1 finding at or above "warning"/m);
    expect(strict.summary).toContain('aws-auth/session-name-colon');
  });

  it('reads several paths and a config file', () => {
    const dir = tree({ 'a/aws-auth.yaml': AWS_AUTH(PATH_ROLE), 'b/aws-auth.yaml': AWS_AUTH(PATH_ROLE), 'c/aws-auth.yaml': AWS_AUTH(PATH_ROLE), 'ci/lint.yaml': 'rules:\n  aws-auth/role-arn-path: warning\n' });
    const r = runAction(dir, { paths: 'a/\nb/', config: 'ci/lint.yaml', 'sarif-file': '' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '2', 'sarif-file': '' });
  });

  it('fails with a clear message on a bad input or an unknown explicit base', () => {
    const dir = tree({ 'aws-auth.yaml': AWS_AUTH(PATH_ROLE) });
    const bad = runAction(dir, { 'fail-on': 'sometimes' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error::eks-access-lint: input "fail-on" must be error, warning, note or never/m);
    const noRepo = runAction(dir, { base: 'main' });
    expect(noRepo.code).toBe(1);
    expect(noRepo.stdout).toMatch(/^::error::eks-access-lint: --base needs a git repository/m);
  });

  it("warns and lints without change rules when the event's base commit is not in a shallow checkout", () => {
    const repo = gitRepo({ 'aws-auth.yaml': AWS_AUTH(PATH_ROLE) });
    commit(repo, 'head');
    const r = runAction(repo, {}, { pull_request: { base: { sha: '0123456789abcdef0123456789abcdef01234567' } } });
    expect(r.stdout).toMatch(/^::warning::eks-access-lint: --base: unknown revision "0123456789abcdef/m);
    expect(r.outputs.errors).toBe('1');
    expect(r.code).toBe(1);
  });
});

it('dist/ is built from the current sources (npm run build:action)', () => {
  const out = mkdtempSync(join(tmpdir(), 'eal-dist-'));
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--action', '--outdir', out], { cwd: ROOT, encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
  const fresh = readFileSync(join(out, 'action.mjs'));
  expect(fresh.equals(readFileSync(ENTRY)), 'dist/action.mjs is stale: run npm run build:action').toBe(true);
});

it('action.yml declares node24, the entry, and the inputs and outputs the entry uses, with the defaults the tests pass', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.mjs' });
  expect(Object.fromEntries(Object.entries(action.inputs as Record<string, { default: string }>).map(([k, v]) => [k, v.default]))).toEqual(INPUT_DEFAULTS);
  expect(Object.keys(action.outputs)).toEqual(['errors', 'warnings', 'notes', 'sarif-file']);
});
