import { defineRule } from '../../../src/rule.ts';

export default defineRule({
  id: 'aws-auth/unparseable-section',
  severity: 'error',
  description: 'An aws-auth section that the authenticator cannot parse loads zero entries',
  rationale:
    'aws-iam-authenticator parses mapRoles and mapUsers as YAML 1.1 (go-yaml v2 through sigs.k8s.io/yaml) and drops the whole section on a syntax error, ' +
    'when the section is not a list, or when a plain value starts with "{" (`username: {{SessionName}}` is a flow mapping used as a key: ' +
    '"invalid map key"). It then replaces its whole in-memory store with what parsed, so node roles in that section vanish and nodes get ' +
    '"ARN is not mapped". PR #607 ("It took only one typo in aws-auth to break a whole EKS cluster") was closed unmerged.',
  sources: [
    'reference/authenticator.md §1.3, §1.4',
    'https://github.com/kubernetes-sigs/aws-iam-authenticator/pull/454',
    'https://github.com/kubernetes-sigs/aws-iam-authenticator/pull/607',
  ],
  remediation:
    'Write each section as a `|` block holding a YAML list of mappings, and quote every value that starts with "{", e.g. `username: "{{SessionName}}"`.',
  tags: ['aws-auth', 'availability', 'security'],
  securitySeverity: 7.5,
  formats: ['cm', 'tfk', 'cdk'],
  messages: { unparseable: '{{message}}: the authenticator loads no entry of this section (lockout)' },
  check({ model }, report) {
    for (const doc of model.awsAuth) {
      for (const s of doc.sections) {
        if (s.error) report({ messageId: 'unparseable', at: { origin: s.error.origin, fields: {} }, data: { message: s.error.message } });
      }
    }
  },
});
