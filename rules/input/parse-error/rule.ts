import { defineRule } from '../../../src/rule.ts';

export default defineRule({
  id: 'input/parse-error',
  severity: 'error',
  description: 'A file that holds (or claims to hold) EKS access configuration does not parse',
  rationale:
    'A manifest, template or plan that does not parse is rejected by kubectl, CloudFormation or Terraform, and nothing in it can be checked. ' +
    'The finding points at the first syntax error; the rest of the run goes on.',
  sources: ['spec/rules.md (input)'],
  remediation: 'Fix the syntax error at the reported position (indentation, a missing quote or bracket, a duplicate key).',
  tags: ['input'],
  formats: ['cm', 'cfn', 'tf'],
  messages: { syntax: '{{message}}' },
  check({ model }, report) {
    for (const f of model.parseFailures) report({ messageId: 'syntax', at: f, data: { message: f.message } });
  },
});
