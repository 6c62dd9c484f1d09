import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { isUserArn } from '../../lib/clusters.ts';

export default defineRule({
  id: 'policy/iam-user-forbidden',
  severity: 'error',
  description: 'No IAM user principals when the config forbids them',
  rationale:
    'IAM users authenticate with long-term access keys, which leak and are rarely rotated; roles give short-lived credentials and a session ' +
    'name in the audit log. With `policy.forbidIamUsers: true` the organisation allows roles only: every aws-auth row and access entry whose ' +
    'principal is an IAM user (`arn:<partition>:iam::<account>:user/…`, in either aws-auth section) breaks that rule. Off until set. Rows of an ' +
    'aws-auth ConfigMap tied to an `API` cluster grant nothing and are not judged.',
  sources: [
    'reference/eks-api-schemas.md §2.2, §2.3',
    'reference/authenticator.md §2',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  ],
  remediation: 'Map a role that the user (or its replacement, e.g. an IAM Identity Center permission set) assumes, and remove the user\'s row or entry.',
  tags: ['policy', 'security'],
  securitySeverity: 5.0,
  formats: ['cm', 'tfk', 'cfn', 'tf'],
  messages: {
    user: '{{principal}} is an IAM user, and policy.forbidIamUsers is true: map a role instead',
  },
  check(ctx, report) {
    if (ctx.config.policy?.forbidIamUsers !== true) return;
    for (const m of ctx.model.identityMappings) {
      if (m.section === 'mapAccounts' || !isUserArn(m.arn) || ctx.viewOf(m)?.mode === 'API') continue;
      report({ messageId: 'user', at: m, field: 'arn', principal: known(m.arn), data: { principal: render(m.arn!) } });
    }
    for (const e of ctx.model.accessEntries) {
      if (isUserArn(e.principal)) report({ messageId: 'user', at: e, field: 'principal', principal: known(e.principal), data: { principal: render(e.principal) } });
    }
  },
});
