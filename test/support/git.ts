// Temporary git repositories for --base, Action and pre-commit tests.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { tree } from './cli.ts';

export function git(repo: string, ...args: string[]): string {
  const identity = ['-c', 'user.name=eks-access-lint', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];
  return execFileSync('git', [...identity, ...args], { cwd: repo, encoding: 'utf8', stdio: 'pipe' }).trim();
}

/** A new repository holding `files` (not committed yet). */
export function gitRepo(files: Record<string, string>): string {
  const repo = realpathSync(tree(files));
  git(repo, 'init', '-q');
  return repo;
}

/** Commit everything in the working tree; the new commit's id. */
export function commit(repo: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}
