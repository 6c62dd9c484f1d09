// Rule examples: `fail.<format>[.<variant>].<ext>` / `pass.…` beside each rule, with the expected
// findings declared in YAML comments (`# expect: <rule> <line>:<col>`) or a `<file>.expect` sidecar.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/lint.ts';
import type { Finding } from '../../src/finding.ts';
import type { Rule } from '../../src/rule.ts';

export const RULES_DIR = join(import.meta.dirname, '../../rules');

export interface Example {
  file: string;
  name: string;
  kind: 'fail' | 'pass';
  format: string;
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
      const lines = declarations(file);
      const expected = lines.flatMap((l) => (/^expect:?\s/.test(l) ? [l.replace(/^expect:?\s+/, '').trim()] : [])).sort();
      const options = lines.find((l) => l.startsWith('options:'))?.slice('options:'.length).trim() ?? '';
      const clusterAccount = /--cluster-account\s+(\d{12})/.exec(options)?.[1];
      return { file, name, kind: kind as Example['kind'], format, expected, clusterAccount };
    });
}

/** Declaration lines (`expect: …`, `options: …`) of an example, from its comments or sidecar. */
function declarations(file: string): string[] {
  if (existsSync(file + '.expect')) {
    return readFileSync(file + '.expect', 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)
      .map((l) => (l.startsWith('options:') ? l : `expect: ${l}`));
  }
  if (!/\.ya?ml$/.test(file)) return [];
  return readFileSync(file, 'utf8').split('\n').flatMap((l) => {
    const m = /^\s*#\s*((expect|options):.*)$/.exec(l);
    return m ? [m[1].trim()] : [];
  });
}

/** Findings of `rule` (and any parse error) on one example, as `<rule> <line>:<col>`. */
export async function findingsOn(rule: Rule, ex: Example): Promise<{ keys: string[]; findings: Finding[] }> {
  const report = await lint([ex.file], { cwd: RULES_DIR, config: {}, only: [rule.id, 'input/parse-error'], clusterAccount: ex.clusterAccount });
  const keys = report.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column}`).sort();
  return { keys, findings: report.findings };
}
