import { defineRule } from '../../../src/rule.ts';

export default defineRule({
  id: 'aws-auth/unparseable-section',
  severity: 'error',
  description: 'An aws-auth section that the authenticator cannot parse loads zero entries',
  rationale:
    'aws-iam-authenticator parses mapRoles and mapUsers as YAML 1.1 (go-yaml v2 through sigs.k8s.io/yaml) and drops the whole section on a syntax error, ' +
    'when the section is not a list, or when a plain value starts with "{" (`username: {{SessionName}}` is a flow mapping used as a key: ' +
    '"invalid map key"). It then replaces its whole in-memory store with what parsed, so node roles in that section vanish and nodes get ' +
    '"ARN is not mapped". PR #607 ("It took only one typo in aws-auth to break a whole EKS cluster") was closed unmerged. ' +
    'A line less indented than the first entry, or a %YAML / %TAG line after content, is subtler: go-yaml ends the document there ' +
    'without an error, so the authenticator loads the entries before that line and silently ignores every entry after it.',
  sources: [
    'reference/authenticator.md §1.3, §1.4',
    'https://github.com/kubernetes-sigs/aws-iam-authenticator/pull/454',
    'https://github.com/kubernetes-sigs/aws-iam-authenticator/pull/607',
  ],
  remediation:
    'Write each section as a `|` block holding a YAML list of mappings, indent every entry like the first, and quote every value that starts with "{", e.g. `username: "{{SessionName}}"`.',
  tags: ['aws-auth', 'availability', 'security'],
  securitySeverity: 7.5,
  formats: ['cm', 'tfk', 'cdk'],
  messages: {
    unparseable: '{{message}}: the authenticator loads no entry of this section (lockout)',
    endsEarly: '{{message}}: the authenticator ignores every entry from this line on, without an error',
  },
  check({ model }, report) {
    for (const doc of model.awsAuth) {
      for (const s of doc.sections) {
        if (s.error) report({ messageId: 'unparseable', at: { origin: s.error.origin, fields: {} }, data: { message: s.error.message } });
        if (s.endsEarly) report({ messageId: 'endsEarly', at: { origin: s.endsEarly.origin, fields: {} }, data: { message: s.endsEarly.message } });
      }
    }
  },
});
