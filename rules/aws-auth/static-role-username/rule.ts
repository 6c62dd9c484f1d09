import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { PER_SESSION_MACROS } from '../../lib/macros.ts';
import { entryName } from '../../lib/mappings.ts';
import { isNodeUsername, RESERVED_USERNAME_PREFIXES } from '../../lib/usernames.ts';

export default defineRule({
  id: 'aws-auth/static-role-username',
  severity: 'note',
  description: 'Put {{SessionName}} in the username of a role mapped in aws-auth',
  rationale:
    'Every session of an assumed role is mapped to the row\'s username. With a fixed username (`admin`, `deployer`, the role\'s ARN) all ' +
    'people and pipelines that assume the role act as one Kubernetes user: audit logs and RBAC cannot tell them apart. The authenticator ' +
    'renders `{{SessionName}}` (with `@` replaced by `-`) and `{{SessionNameRaw}}` per request; `{{AccessKeyID}}` and, for instances, ' +
    '`{{EC2PrivateDNSName}}` also differ per session, so usernames with any of these are not reported, nor are the node rows EKS writes.',
  sources: [
    'reference/authenticator.md §3 (Username and group templating)',
    'https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html',
  ],
  remediation: 'Add the session name after a fixed prefix and a colon, e.g. `username: "deployer:{{SessionName}}"`.',
  tags: ['aws-auth', 'audit'],
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: {
    fixed: 'role {{role}} is mapped to the fixed username "{{username}}": every session looks the same in audit logs; write e.g. "{{suggestion}}"',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section !== 'mapRoles' || (!m.arn && !m.fields.sso)) continue;
      // Unknown or empty usernames prove nothing (aws-auth/missing-username covers the empty one).
      const username = known(m.username);
      if (!username || isNodeUsername(m.username)) continue;
      if (PER_SESSION_MACROS.some((macro) => username.includes(macro))) continue;
      report({
        messageId: 'fixed', at: m, field: 'username', principal: known(m.arn),
        data: { role: m.arn ? `"${render(m.arn)}"` : `of ${entryName(m)}`, username, suggestion: suggest(username) },
      });
    }
  },
});

/** The fixed part, then the session. A role ARN used as username becomes the role's name; a reserved prefix is dropped. */
function suggest(username: string): string {
  let base = username.startsWith('arn:') ? username.slice(username.lastIndexOf('/') + 1) : username;
  const reserved = RESERVED_USERNAME_PREFIXES.find((p) => base.startsWith(p));
  if (reserved) base = base.slice(reserved.length);
  base = base.replace(/:+$/, '');
  return `${/^[A-Za-z0-9]/.test(base) ? base : 'role'}:{{SessionName}}`;
}
