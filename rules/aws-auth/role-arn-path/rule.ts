import { parseArn, rolePath } from '../../../src/arn.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';

export default defineRule({
  id: 'aws-auth/role-arn-path',
  severity: 'error',
  description: 'Map IAM roles in aws-auth by their ARN without a path',
  rationale:
    'The authenticator compares the caller\'s canonical ARN with each rolearn (case-insensitive, otherwise exact). The canonical ARN is built from ' +
    'the STS assumed-role ARN, which carries only the role name, never its path, so `role/team/deployer` can never match and the mapping is dead. ' +
    'The EKS guide says the role ARN "can\'t include a path". Access entries are different: there a path is right.',
  sources: [
    'reference/authenticator.md §2 (ARN canonicalization and matching)',
    'https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html',
    'https://github.com/kubernetes-sigs/aws-iam-authenticator/issues/268',
  ],
  remediation: 'Write `arn:<partition>:iam::<account>:role/<name>`: drop everything between `role/` and the role name.',
  tags: ['aws-auth', 'correctness'],
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  fixable: true,
  messages: {
    path: 'role ARN has path "{{path}}": aws-auth only matches "{{fixed}}"',
    sso: 'IAM Identity Center role ARN has path "{{path}}": aws-auth only matches "{{fixed}}"',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section !== 'mapRoles') continue;
      const arn = parseArn(m.arn);
      const resource = arn && known(arn.resource);
      const rp = resource ? rolePath(resource) : undefined;
      if (!arn || !rp || rp.path === '/') continue;
      const prefix = render(m.arn!).slice(0, render(m.arn!).length - resource!.length);
      report({
        messageId: rp.path.startsWith('/aws-reserved/sso.amazonaws.com/') ? 'sso' : 'path',
        at: m, field: 'arn', principal: known(m.arn),
        data: { path: rp.path, fixed: `${prefix}role/${rp.name}` },
        // Certain only when the whole ARN is literal text.
        ...(known(m.arn) !== undefined ? { fix: { replace: `${prefix}role/${rp.name}` } } : {}),
      });
    }
  },
});
