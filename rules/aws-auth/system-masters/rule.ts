import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryName } from '../../lib/mappings.ts';

export default defineRule({
  id: 'aws-auth/system-masters',
  severity: 'warning',
  description: 'Avoid granting system:masters through aws-auth',
  rationale:
    'Members of the Kubernetes group `system:masters` are cluster admins before any authorizer is asked: RBAC and webhook authorization are ' +
    'bypassed, so the grant cannot be narrowed, cannot be revoked by editing a (Cluster)RoleBinding, and no RBAC review shows it. The authenticator ' +
    'gives the group no special treatment, so anyone who can edit aws-auth can hand it out. The EKS replacement is an access entry with ' +
    '`AmazonEKSClusterAdminPolicy` at cluster scope (what eksctl\'s migration produces), which EKS manages and lists per principal, or an RBAC ' +
    'group bound to the permissions the principal needs.',
  sources: [
    'reference/eks-api-schemas.md §3.4 (system:masters bypasses RBAC)',
    'reference/eks-api-schemas.md §2.3 (`kubernetesGroups`: the cluster-admin equivalent)',
    'reference/authenticator.md §7 (Validation of usernames and groups)',
    'https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html',
  ],
  remediation:
    'Give the principal an access entry with `AmazonEKSClusterAdminPolicy` at cluster scope (or a narrower policy), or map it to an RBAC group ' +
    'bound to what it needs, and drop `system:masters` from the row.',
  tags: ['aws-auth', 'security'],
  securitySeverity: 6.0,
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: {
    masters:
      '{{principal}} gets group "system:masters", which bypasses RBAC: prefer an access entry with AmazonEKSClusterAdminPolicy at cluster scope, or an RBAC group',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      m.groups.forEach((g, i) => {
        // Group names are case-sensitive: only the exact name is the superuser group.
        if (known(g) !== 'system:masters') return;
        report({
          messageId: 'masters', at: m, field: 'groups', path: `/${i}`, principal: known(m.arn),
          data: { principal: m.arn ? `"${render(m.arn)}"` : entryName(m) },
        });
      });
    }
  },
});
