import { defineRule } from '../../../src/rule.ts';
import { isKnown, known, knownPrefix, render } from '../../../src/text.ts';
import { isNodeUsername, NODE_USERNAMES, reservedPrefixOf } from '../../lib/usernames.ts';

export default defineRule({
  id: 'aws-auth/reserved-username',
  severity: 'warning',
  description: 'Do not give aws-auth principals usernames under the system:, eks:, aws:, amazon: or iam: prefixes',
  rationale:
    'Kubernetes reserves the `system:` prefix for its own identities, and EKS reserves `system:`, `eks:`, `aws:`, `amazon:` and `iam:` for ' +
    'usernames it manages: an access entry with such a username is rejected. aws-auth does not check (unless EKS configured a reserve list for ' +
    'it, which is not public), so the row works, but the principal then shares a namespace with system components: a name like ' +
    '`system:kube-scheduler` inherits every binding made for that component, audit logs show a system identity, and the row cannot be moved to ' +
    'an access entry as it is. The node usernames EKS itself writes (`system:node:{{EC2PrivateDNSName}}`, `system:node:{{SessionName}}`) are the ' +
    'exception and are not reported.',
  sources: [
    'reference/eks-api-schemas.md §2.3 (Custom username)',
    'reference/authenticator.md §7 (Optional reserved prefixes)',
    'reference/eks-api-schemas.md §3.4 (Rows EKS writes itself)',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
  ],
  remediation: 'Use a prefix of your own that ends in ":", e.g. `username: "admins:{{SessionName}}"`, and bind RBAC to that name or to a group.',
  tags: ['aws-auth', 'security'],
  securitySeverity: 4.0,
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: {
    reserved:
      'username "{{username}}" starts with "{{prefix}}", a prefix reserved for Kubernetes and EKS identities (access entries reject it): use a name of your own, e.g. "{{suggestion}}"',
    reservedNoHint:
      'username "{{username}}" starts with "{{prefix}}", a prefix reserved for Kubernetes and EKS identities (access entries reject it): use a name of your own',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      const prefix = reservedPrefixOf(m.username);
      if (!prefix || isNodeUsername(m.username)) continue;
      // `system:node:${…}` may still be a node username: only the known text decides.
      if (!isKnown(m.username) && NODE_USERNAMES.some((n) => n.startsWith(knownPrefix(m.username!)))) continue;
      const username = render(m.username!);
      const rest = username.slice(prefix.length);
      const hint = /^[A-Za-z0-9]/.test(rest);
      report({
        messageId: hint ? 'reserved' : 'reservedNoHint', at: m, field: 'username', principal: known(m.arn),
        data: { username, prefix, suggestion: rest },
      });
    }
  },
});
