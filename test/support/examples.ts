// Rule examples beside each rule: `fail.<format>[.<variant>].<ext>` / `pass.…` files, or folders
// `fail.<format>.<variant>/` holding several files (cross-file rules). Expected findings are declared
// in YAML comments (`# expect: <rule> <line>:<col>`), in a `<file>.expect` sidecar, or for a folder in
// its `expect` file (`<file> <rule> <line>:<col>`). `options: --cluster-account <12 digits>` may follow.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
  expected: string[];
  clusterAccount?: string;
}

const NAME = /^(fail|pass)\.([a-z]+)\.(.+)$/;

export function examplesOf(rule: Rule): Example[] {
  const dir = join(RULES_DIR, rule.id);
  return readdirSync(dir)
    .filter((n) => NAME.test(n) && !n.endsWith('.expect'))
    .sort()
    .map((name) => {
      const [, kind, format] = NAME.exec(name)!;
      const file = join(dir, name);
      const folder = statSync(file).isDirectory();
      const lines = folder ? sidecar(join(file, 'expect')) : declarations(file);
      const expected = lines.flatMap((l) => (/^expect:?\s/.test(l) ? [l.replace(/^expect:?\s+/, '').trim()] : [])).sort();
      const options = lines.find((l) => l.startsWith('options:'))?.slice('options:'.length).trim() ?? '';
      const clusterAccount = /--cluster-account\s+(\d{12})/.exec(options)?.[1];
      return { file, name, kind: kind as Example['kind'], format, folder, expected, clusterAccount };
    });
}

function sidecar(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => (l.startsWith('options:') ? l : `expect: ${l}`));
}

/** Declaration lines (`expect: …`, `options: …`) of an example file, from its comments or sidecar. */
function declarations(file: string): string[] {
  if (existsSync(file + '.expect')) return sidecar(file + '.expect');
  if (!/\.ya?ml$/.test(file)) return [];
  return readFileSync(file, 'utf8').split('\n').flatMap((l) => {
    const m = /^\s*#\s*((expect|options):.*)$/.exec(l);
    return m ? [m[1].trim()] : [];
  });
}

/** Findings of `rule` (and any parse error) on one example, as `<rule> <line>:<col>` (`<file> <rule> …` for folders). */
export async function findingsOn(rule: Rule, ex: Example): Promise<{ keys: string[]; findings: Finding[] }> {
  const cwd = ex.folder ? ex.file : RULES_DIR;
  const report = await lint([ex.file], { cwd, config: {}, only: [rule.id, 'input/parse-error'], clusterAccount: ex.clusterAccount });
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
