// npm run docs: regenerate every rule's README.md and the README rules table.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index.ts';
import { renderRuleDoc, renderRulesTable } from './docs.ts';
import { RULES_DIR } from '../test/support/examples.ts';

for (const rule of rules) writeFileSync(join(RULES_DIR, rule.id, 'README.md'), await renderRuleDoc(rule));
const readmePath = join(RULES_DIR, '../README.md');
const readme = readFileSync(readmePath, 'utf8');
const next = readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, renderRulesTable());
writeFileSync(readmePath, next);
console.log(`wrote ${rules.length} rule pages${next === readme ? '' : ' and the README table'}`);
