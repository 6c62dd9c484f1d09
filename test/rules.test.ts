// The rule harness: every rule × every example, in every format the rule claims.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.ts';
import { renderRuleDoc, renderRulesTable } from '../scripts/docs.ts';
import { examplesOf, findingsOn, RULES_DIR } from './support/examples.ts';

const README = join(import.meta.dirname, '../README.md');

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const examples = examplesOf(rule);

  it('has complete metadata', () => {
    for (const k of ['description', 'rationale', 'remediation'] as const) expect(rule[k].length, k).toBeGreaterThan(20);
    expect(rule.sources.length).toBeGreaterThan(0);
    expect(rule.tags.length).toBeGreaterThan(0);
    expect(rule.formats.length).toBeGreaterThan(0);
    if (rule.tags.includes('security')) expect(rule.securitySeverity).toBeTypeOf('number');
  });

  it.each(rule.formats)('has fail and pass examples in format %s', (format) => {
    expect(examples.filter((e) => e.format === format && e.kind === 'fail').map((e) => e.name)).not.toEqual([]);
    expect(examples.filter((e) => e.format === format && e.kind === 'pass').map((e) => e.name)).not.toEqual([]);
  });

  it('has examples only in formats it claims', () => {
    expect(examples.filter((e) => !rule.formats.includes(e.format as never)).map((e) => e.name)).toEqual([]);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s', async (_name, ex) => {
    const { keys } = await findingsOn(rule, ex);
    if (ex.kind === 'fail') {
      expect(ex.expected, 'a fail example declares its findings').not.toEqual([]);
      expect(keys).toEqual(ex.expected);
    } else {
      expect(ex.expected, 'a pass example declares no findings').toEqual([]);
      expect(keys).toEqual([]);
    }
  });

  it.skipIf(!rule.fixable)('offers a safe fix on its fail examples, since it says it is fixable', async () => {
    const fixes = [];
    for (const ex of examples.filter((e) => e.kind === 'fail')) fixes.push(...(await findingsOn(rule, ex)).findings.filter((f) => f.ruleId === rule.id && f.fix));
    expect(fixes.length).toBeGreaterThan(0);
  });

  it('has an up-to-date docs page (npm run docs)', async () => {
    const onDisk = readFileSync(join(RULES_DIR, rule.id, 'README.md'), 'utf8');
    expect(onDisk).toBe(await renderRuleDoc(rule));
  });
});

it('README rules table is generated from metadata (npm run docs)', () => {
  const readme = readFileSync(README, 'utf8');
  expect(readme).toContain(renderRulesTable());
});

it('rule ids are unique and match their folders', () => {
  const ids = rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of rules) expect(examplesOf(r)).toBeDefined();
});
