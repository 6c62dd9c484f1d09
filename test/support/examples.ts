// Rule examples beside each rule: `fail.<format>[.<variant>].<ext>` / `pass.…` files, or folders
// `fail.<format>.<variant>/` holding several files (cross-file rules). Expected findings are declared
// in YAML comments (`# expect: <rule> <line>:<col>`), in a `<file>.expect` sidecar, or for a folder in
// its `expect` file (`<file> <rule> <line>:<col>`). `options: --cluster-account <12 digits>` may follow,
// and `config: {…}` (one line of JSON: the run's config, e.g. `{"policy": {"forbidIamUsers": true}}`);
// a folder may instead hold a `config.json` (not linted; its `awsAuth` globs are relative to the folder).
// A folder holding `before/` and/or `after/` is a change seen through --base: the harness commits
// `before/` in a temporary git repository, puts `after/` in its place, and lints with base HEAD;
// its findings' files are relative to that repository's root.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config.ts';
import { lint } from '../../src/lint.ts';
import type { Finding } from '../../src/finding.ts';
import type { Rule } from '../../src/rule.ts';

export const RULES_DIR = join(import.meta.dirname, '../../rules');

export interface Example {
  /** A file, or a folder of files linted together. */
  file: string;
  name: string;
  kind: 'fail' | 'pass';
  format: string;
  folder: boolean;
  /** A folder of `before/` and `after/`: linted with --base in a temporary git repository. */
  git: boolean;
  expected: string[];
  clusterAccount?: string;
  /** The config the example is linted with (none: `{}`). */
  config?: Config;
}

const NAME = /^(fail|pass)\.([a-z]+)\.(.+)$/;
const CONFIG_FILE = 'config.json';

export function examplesOf(rule: Rule): Example[] {
  const dir = join(RULES_DIR, rule.id);
  return readdirSync(dir)
    .filter((n) => NAME.test(n) && !n.endsWith('.expect'))
    .sort()
    .map((name) => {
      const [, kind, format] = NAME.exec(name)!;
      const file = join(dir, name);
      const folder = statSync(file).isDirectory();
      const git = folder && (existsSync(join(file, 'before')) || existsSync(join(file, 'after')));
      const lines = folder ? sidecar(join(file, 'expect')) : declarations(file);
      const expected = lines.flatMap((l) => (/^expect:?\s/.test(l) ? [l.replace(/^expect:?\s+/, '').trim()] : [])).sort();
      const options = lines.find((l) => l.startsWith('options:'))?.slice('options:'.length).trim() ?? '';
      const clusterAccount = /--cluster-account\s+(\d{12})/.exec(options)?.[1];
      const configLine = lines.find((l) => l.startsWith('config:'))?.slice('config:'.length).trim();
      const configFile = folder && existsSync(join(file, CONFIG_FILE)) ? readFileSync(join(file, CONFIG_FILE), 'utf8') : undefined;
      const configText = configLine ?? configFile;
      const config = configText === undefined ? undefined : (JSON.parse(configText) as Config);
      return { file, name, kind: kind as Example['kind'], format, folder, git, expected, clusterAccount, ...(config ? { config } : {}) };
    });
}

function sidecar(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => (l.startsWith('options:') || l.startsWith('config:') ? l : `expect: ${l}`));
}

/** Declaration lines (`expect: …`, `options: …`) of an example file, from its comments or sidecar. */
function declarations(file: string): string[] {
  if (existsSync(file + '.expect')) return sidecar(file + '.expect');
  if (!/\.ya?ml$/.test(file)) return [];
  return readFileSync(file, 'utf8').split('\n').flatMap((l) => {
    const m = /^\s*#\s*((expect|options|config):.*)$/.exec(l);
    return m ? [m[1].trim()] : [];
  });
}

/** Findings of `rule` (and any parse error) on one example, as `<rule> <line>:<col>` (`<file> <rule> …` for folders). */
export async function findingsOn(rule: Rule, ex: Example): Promise<{ keys: string[]; findings: Finding[] }> {
  const only = [rule.id, 'input/parse-error'];
  const repo = ex.git ? gitRepoOf(ex) : undefined;
  let report;
  try {
    report = repo
      ? await lint(['.'], { cwd: repo, config: ex.config ?? {}, only, clusterAccount: ex.clusterAccount, base: 'HEAD' })
      : await lint(ex.folder ? lintedFiles(ex) : [ex.file], { cwd: ex.folder ? ex.file : RULES_DIR, configDir: ex.folder ? ex.file : RULES_DIR, config: ex.config ?? {}, only, clusterAccount: ex.clusterAccount });
  } finally {
    if (repo) rmSync(repo, { recursive: true, force: true });
  }
  const keys = report.findings.map((f) => `${ex.folder ? f.file + ' ' : ''}${f.ruleId} ${f.range.start.line}:${f.range.start.column}`).sort();
  return { keys, findings: report.findings };
}

/** The files of an example, relative to it ('' for a single file). */
export function filesOf(ex: Example): { rel: string; path: string }[] {
  if (!ex.folder) return [{ rel: '', path: ex.file }];
  const out: { rel: string; path: string }[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${n}/`);
      else if (n !== 'expect') out.push({ rel: prefix + n, path: p });
    }
  };
  walk(ex.file, '');
  return out;
}

/** Which of an example's files (`filesOf` rel) a finding is in: for a git example, `before/` when it points at the base revision. */
export function isIn(ex: Example, rel: string, f: Finding): boolean {
  if (!ex.folder) return true;
  return rel === (ex.git ? (f.base ? 'before/' : 'after/') : '') + f.file;
}

/** A temporary repository whose HEAD holds the example's `before/` and whose working tree holds its `after/`. */
function gitRepoOf(ex: Example): string {
  const repo = realpathSync(mkdtempSync(join(tmpdir(), 'eal-base-')));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=eks-access-lint', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  if (existsSync(join(ex.file, 'before'))) cpSync(join(ex.file, 'before'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'before');
  for (const n of readdirSync(repo)) if (n !== '.git') rmSync(join(repo, n), { recursive: true, force: true });
  if (existsSync(join(ex.file, 'after'))) cpSync(join(ex.file, 'after'), repo, { recursive: true });
  return repo;
}

/** A folder's files, named one by one so that its config.json is not linted. */
function lintedFiles(ex: Example): string[] {
  return filesOf(ex).filter((f) => f.rel !== CONFIG_FILE).map((f) => f.path);
}
