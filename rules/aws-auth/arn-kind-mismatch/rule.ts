import { parseArn, rolePath } from '../../../src/arn.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { classifyMappingArn } from '../../lib/mapping-arn.ts';

export default defineRule({
  id: 'aws-auth/arn-kind-mismatch',
  severity: 'warning',
  description: 'Map roles under mapRoles and users under mapUsers',
  rationale:
    'The authenticator does not check that a mapRoles row names a role or that a mapUsers row names a user: both compare the ARN with the ' +
    'caller\'s, so a user ARN under mapRoles (or a role ARN under mapUsers) works. It misleads the next reader, though: tools and people that ' +
    'list "the roles mapped in aws-auth" miss it, and a role under mapUsers escapes the role checks — a path in it, which never matches, goes ' +
    'unnoticed there.',
  sources: ['reference/authenticator.md §2 ("The section is not enforced against the ARN type")', 'reference/eks-api-schemas.md §3.1'],
  remediation: 'Move the row: a role goes under mapRoles as `rolearn`, a user under mapUsers as `userarn`.',
  tags: ['aws-auth', 'maintainability'],
  formats: ['cm', 'tfk', 'cdk'],
  messages: {
    userInRoles: '"{{arn}}" is an IAM user ARN under mapRoles: it matches, but belongs under mapUsers as userarn',
    roleInUsers: '"{{arn}}" is an IAM role ARN under mapUsers: it matches, but belongs under mapRoles as rolearn',
    roleInUsersPath:
      '"{{arn}}" is an IAM role ARN under mapUsers, and with its path "{{path}}" it never matches: move it under mapRoles as rolearn "{{fixed}}"',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts' || !m.arn) continue;
      const v = classifyMappingArn(m.arn);
      if (!v || !('kind' in v)) continue;
      const at = { at: m, field: 'arn', principal: known(m.arn) };
      const arn = render(m.arn);
      if (m.section === 'mapRoles' && v.kind === 'user') report({ ...at, messageId: 'userInRoles', data: { arn } });
      if (m.section === 'mapUsers' && v.kind === 'role') {
        // Callers' role ARNs carry no path (authenticator.md §2): say so, since aws-auth/role-arn-path only looks at mapRoles.
        const parsed = parseArn(m.arn);
        const resource = parsed && known(parsed.resource);
        const rp = resource ? rolePath(resource) : undefined;
        if (rp && rp.path !== '/') {
          const fixed = arn.slice(0, arn.length - resource!.length) + `role/${rp.name}`;
          report({ ...at, messageId: 'roleInUsersPath', data: { arn, path: rp.path, fixed } });
        } else report({ ...at, messageId: 'roleInUsers', data: { arn } });
      }
    }
  },
});
