// --base end to end: the before model from a git revision (changed and deleted files), and the
// errors that make it exit 2.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitError } from '../src/git.ts';
import { lint } from '../src/lint.ts';
import { AWS_AUTH, run, tree } from './support/cli.ts';
import { commit, git, gitRepo } from './support/git.ts';

const NODE_ROW = (role: string) => `- rolearn: arn:aws:iam::111122223333:role/${role}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes`;
const TWO_NODES = AWS_AUTH(`${NODE_ROW('nodes-a')}\n${NODE_ROW('nodes-b')}`);
const ONE_NODE = AWS_AUTH(NODE_ROW('nodes-a'));

type Json = { findings: { ruleId: string; file: string; message: string; range: { start: { line: number } } }[] };
const changeFindings = (stdout: string) =>
  (JSON.parse(stdout) as Json).findings.filter((f) => f.ruleId.startsWith('change/')).map((f) => `${f.file}:${f.range.start.line} ${f.ruleId}`);

/** A repository whose HEAD holds `before`; the working tree is then changed by `change`. */
function changed(before: Record<string, string>, change: (repo: string) => void): string {
  const repo = gitRepo(before);
  commit(repo, 'base');
  change(repo);
  return repo;
}

describe('--base', () => {
  it('compares each changed file with its text at the base revision, and says which line is the base one', () => {
    const repo = changed({ 'k8s/aws-auth.yaml': TWO_NODES, 'k8s/same.yaml': ONE_NODE }, (r) => writeFileSync(join(r, 'k8s/aws-auth.yaml'), ONE_NODE));
    const r = run(['-f', 'json', '--base', 'HEAD', '.'], repo);
    expect(r.code).toBe(1);
    expect(changeFindings(r.stdout)).toEqual(['k8s/aws-auth.yaml:13 change/node-access-removed']);
    expect((JSON.parse(r.stdout) as Json).findings[0].message).toMatch(/nodes-b loses its aws-auth mapping .*\(line 13 of k8s\/aws-auth\.yaml at the base revision HEAD\)$/);
    // Without --base nothing compares.
    expect(changeFindings(run(['-f', 'json', '.'], repo).stdout)).toEqual([]);
  });

  it('counts files deleted since the base under the scanned paths, and only those', () => {
    const repo = changed({ 'k8s/aws-auth.yaml': TWO_NODES, 'other/aws-auth.yaml': TWO_NODES, 'k8s/keep.yaml': 'kind: Namespace\napiVersion: v1\nmetadata: {name: a}\n' }, (r) => {
      rmSync(join(r, 'k8s/aws-auth.yaml'));
      rmSync(join(r, 'other/aws-auth.yaml'));
    });
    expect(changeFindings(run(['-f', 'json', '--base', 'HEAD', 'k8s/'], repo).stdout)).toEqual(['k8s/aws-auth.yaml:8 change/node-access-removed', 'k8s/aws-auth.yaml:13 change/node-access-removed']);
    expect(changeFindings(run(['-f', 'json', '--base', 'HEAD', 'other/aws-auth.yaml'], repo).stdout)).toHaveLength(2);
    expect(changeFindings(run(['-f', 'json', '--base', 'HEAD', 'k8s/*.yaml'], repo).stdout)).toHaveLength(2);
    expect(changeFindings(run(['-f', 'json', '--base', 'HEAD', 'k8s/keep.yaml'], repo).stdout)).toEqual([]);
  });

  it('works from a subfolder of the repository, with any revision git knows', () => {
    const repo = changed({ 'infra/k8s/aws-auth.yaml': TWO_NODES }, (r) => {
      writeFileSync(join(r, 'infra/k8s/aws-auth.yaml'), ONE_NODE);
      commit(r, 'drop nodes-b');
      writeFileSync(join(r, 'infra/README.md'), 'infra\n');
    });
    git(repo, 'tag', 'v1', 'HEAD~1');
    const sub = join(repo, 'infra');
    expect(changeFindings(run(['-f', 'json', '--base', 'HEAD~1', '.'], sub).stdout)).toEqual(['k8s/aws-auth.yaml:13 change/node-access-removed']);
    expect(changeFindings(run(['-f', 'json', '--base', 'v1', 'k8s'], sub).stdout)).toHaveLength(1);
    expect(changeFindings(run(['-f', 'json', '--base', 'HEAD', '.'], sub).stdout)).toEqual([]);
  });

  it('treats a file that is new since the base as new, and a renamed one as deleted plus new', () => {
    const repo = changed({ 'a/aws-auth.yaml': TWO_NODES }, (r) => {
      mkdirSync(join(r, 'b'));
      writeFileSync(join(r, 'b/aws-auth.yaml'), TWO_NODES);
      git(r, 'mv', 'a/aws-auth.yaml', 'c.yaml');
    });
    // The rows live on in the new files: nothing is lost.
    expect(changeFindings(run(['-f', 'json', '--base', 'HEAD', '.'], repo).stdout)).toEqual([]);
  });

  it.each([
    [['--base', 'no-such-branch'], 'repo', /--base: unknown revision "no-such-branch"/],
    [['--base=-p'], 'repo', /--base: "-p" is not a git revision/],
    [['--base', 'HEAD'], 'plain', /--base needs a git repository/],
  ])('exits 2 on %j in a %s folder', (args, where, message) => {
    const dir = where === 'repo' ? changed({ 'aws-auth.yaml': ONE_NODE }, () => {}) : tree({ 'aws-auth.yaml': ONE_NODE });
    const r = run([...(args as string[]), '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });

  it('exits 2 when git is not installed', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = tree({ 'aws-auth.yaml': ONE_NODE });
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '../build/cli.mjs'), '--base', 'HEAD', '.'], { cwd: dir, encoding: 'utf8', env: { PATH: join(dir, 'no-bin') } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--base needs git, and git is not installed');
  });

  it('is documented in --help', () => {
    expect(run(['--help'], tree({})).stdout).toMatch(/--base <git-ref>\s+compare with that revision/);
  });

  it('is an option of the API: lint() throws GitError', async () => {
    await expect(lint(['.'], { cwd: tree({}), config: {}, base: 'HEAD' })).rejects.toBeInstanceOf(GitError);
    const repo = changed({ 'aws-auth.yaml': TWO_NODES }, (r) => writeFileSync(join(r, 'aws-auth.yaml'), ONE_NODE));
    const report = await lint(['.'], { cwd: repo, config: {}, base: 'HEAD', only: ['change/node-access-removed'] });
    expect(report.findings.map((f) => [f.file, f.base])).toEqual([['aws-auth.yaml', 'HEAD']]);
  });
});
