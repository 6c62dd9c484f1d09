import { defineRule } from '../../../src/rule.ts';

export default defineRule({
  id: 'input/invalid-ignore',
  severity: 'warning',
  description: 'A suppression without a reason, naming no rule or an unknown rule id, or malformed',
  rationale:
    'A suppression is a recorded exception: without a reason nobody can review it later, and a misspelt rule id silently hides nothing. ' +
    'A suppression with a problem hides nothing, so the finding it meant to hide is still reported beside this one. ' +
    'The grammar is `eks-access-lint-ignore <rule-id>[, <rule-id>]: <reason>` (YAML comment, Terraform JSON `"//"`), or CloudFormation `Metadata: { eks-access-lint: { ignore: { <rule-id>: <reason> } } }`.',
  sources: ['spec/interfaces.md (Suppressions)', 'spec/rules.md (input)'],
  remediation: 'Name the rule ids as `--list-rules` prints them and give the reason after a colon: `# eks-access-lint-ignore aws-auth/system-masters: break-glass role, reviewed 2026-10`.',
  tags: ['input', 'suppression'],
  formats: ['cm', 'tfk', 'cfn', 'tf'],
  messages: {
    noReason: 'This suppression gives no reason: write one after a colon (`eks-access-lint-ignore <rule-id>: <reason>`); it hides nothing until then',
    noRule: 'This suppression names no rule id: write `eks-access-lint-ignore <rule-id>: <reason>`',
    unknownRule: 'Unknown rule id "{{rule}}" in a suppression: write a rule id as `--list-rules` prints it',
    malformed: 'Malformed suppression: {{detail}}',
  },
  stage: 'suppressions',
  check({ suppressions = [] }, report) {
    for (const s of suppressions) {
      for (const p of s.problems) {
        const field = p.messageId === 'noReason' ? 'reason' : 'rules';
        const data: Record<string, string> = p.messageId === 'unknownRule' ? { rule: p.rule } : p.messageId === 'malformed' ? { detail: p.detail } : {};
        report({ messageId: p.messageId, at: s, field, key: field === 'rules', data });
      }
    }
  },
});
