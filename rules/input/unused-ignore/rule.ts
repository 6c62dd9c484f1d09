import { defineRule } from '../../../src/rule.ts';

export default defineRule({
  id: 'input/unused-ignore',
  severity: 'warning',
  description: 'A suppression (inline comment, Metadata, "//", baseline entry) that hides no finding',
  rationale:
    'An ignore that matches nothing is left over from a problem already fixed, or sits in the wrong place (a comment covers only the next node and what is under it). ' +
    'Left in place it would silently hide the next, unrelated finding of that rule there. A baseline entry that no longer matches is reported on the baseline file so the file can shrink. ' +
    'An ignore naming a rule that did not run (turned off) is not judged.',
  sources: ['spec/interfaces.md (Suppressions)', 'spec/rules.md (input)'],
  remediation: 'Remove the suppression (or the rule id from it); for a baseline, write it again with `--write-baseline <file>`.',
  tags: ['input', 'suppression'],
  formats: ['cm', 'tfk', 'cfn', 'tf'],
  messages: {
    unused: 'Nothing here is reported by {{rule}}: remove this suppression',
    unusedBaseline: 'This baseline entry ({{rule}}) matches no finding any more: write the baseline again with --write-baseline',
  },
  stage: 'suppressions',
  check({ suppressions = [] }, report) {
    for (const s of suppressions) {
      // A suppression with a problem hides nothing: input/invalid-ignore says why.
      if (s.problems.length > 0) continue;
      for (const rule of new Set(s.ruleIds)) {
        if (s.used.has(rule) || s.unchecked.has(rule)) continue;
        report({ messageId: s.form === 'baseline' ? 'unusedBaseline' : 'unused', at: s, field: 'rules', key: s.form !== 'baseline', data: { rule } });
      }
    }
  },
});
