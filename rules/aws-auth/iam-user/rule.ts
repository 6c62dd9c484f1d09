import { parseArn } from '../../../src/arn.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, knownPrefix, render } from '../../../src/text.ts';

export default defineRule({
  id: 'aws-auth/iam-user',
  severity: 'note',
  description: 'Prefer IAM roles to IAM users in aws-auth',
  rationale:
    'A mapUsers row grants cluster access to an IAM user, who signs in with long-term access keys: they do not expire, are easily copied ' +
    'into laptops and CI variables, and every request looks the same in audit logs. A role is assumed with short-lived credentials, can ' +
    'require MFA or SSO, and with `{{SessionName}}` in its username tells sessions apart. aws-auth itself is deprecated in favour of access ' +
    'entries, where the same advice holds.',
  sources: [
    'reference/authenticator.md §1.2 (Accepted keys: mapUsers)',
    'reference/authenticator.md §3 (AccessKeyID, SessionName)',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  ],
  remediation: 'Create a role the person or system assumes (through IAM Identity Center, or a trust policy), map that role, and remove the user row.',
  tags: ['aws-auth', 'security'],
  securitySeverity: 3.0,
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: {
    user: 'IAM user "{{arn}}" is mapped: it signs in with long-term access keys; map a role it assumes instead',
    root: 'the root user of "{{arn}}" is mapped: it signs in with long-term credentials; map a role instead',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section !== 'mapUsers' || !m.arn) continue;
      // A role ARN here is aws-auth/arn-kind-mismatch's business; an unparseable one aws-auth/invalid-arn's.
      const arn = parseArn(m.arn);
      const resource = arn ? knownPrefix(arn.resource) : undefined;
      const whole = known(m.arn) !== undefined;
      if (whole && !arn) continue;
      if (resource === 'root' && known(arn!.resource) === 'root') {
        report({ messageId: 'root', at: m, field: 'arn', principal: known(m.arn), data: { arn: render(m.arn) } });
      } else if (resource?.startsWith('user/') || (!whole && (!arn || resource === ''))) {
        // An expression in mapUsers stands for a user unless its known text says otherwise.
        report({ messageId: 'user', at: m, field: 'arn', principal: known(m.arn), data: { arn: render(m.arn) } });
      }
    }
  },
});
