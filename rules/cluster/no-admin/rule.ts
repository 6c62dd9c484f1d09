import { defineRule } from '../../../src/rule.ts';
import { mayHaveAdmin } from '../../change/lib/admins.ts';
import { createdHere, linked } from '../../lib/clusters.ts';

export default defineRule({
  id: 'cluster/no-admin',
  severity: 'warning',
  description: 'A cluster created without bootstrap admin needs something that grants cluster admin',
  rationale:
    'With `BootstrapClusterCreatorAdminPermissions: false` EKS gives the creator no access entry, so cluster admin exists only where the ' +
    'files grant it: an access entry with `AmazonEKSClusterAdminPolicy` at cluster scope, or (while the cluster reads aws-auth) a ' +
    '`system:masters` row. Without either, nobody can use the Kubernetes API until someone with IAM rights adds an access entry, and the ' +
    'setting cannot be changed after creation. Anything that might grant admin keeps the rule silent: a policy or scope that is not known, ' +
    'policies behind a condition, an access entry or aws-auth ConfigMap tied to no cluster (it may be this one\'s), an aws-auth section built ' +
    'by an expression. Only clusters the files create are judged (a Terraform state does not record the setting faithfully).',
  sources: [
    'reference/eks-api-schemas.md §1.2, §2.3, §2.4, §2.5',
    'https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html',
  ],
  remediation:
    'Add an access entry for an admin role (a break-glass role) with `AmazonEKSClusterAdminPolicy` at cluster scope in the same change, ' +
    'or leave bootstrap admin at its default `true`.',
  tags: ['cluster', 'availability'],
  formats: ['cfn', 'tf'],
  messages: {
    api:
      'cluster {{cluster}} gives its creator no admin access, and nothing in the scanned files grants cluster admin (no access entry with ' +
      'AmazonEKSClusterAdminPolicy at cluster scope): nobody can administer it. Add such an entry for an admin role{{linked}}',
    mixed:
      'cluster {{cluster}} gives its creator no admin access, and nothing in the scanned files grants cluster admin (no access entry with ' +
      'AmazonEKSClusterAdminPolicy at cluster scope, no system:masters row in its aws-auth): nobody can administer it. Add such an entry for an admin role{{linked}}',
  },
  check(ctx, report) {
    for (const view of ctx.clusters) {
      const c = view.cluster;
      // CONFIG_MAP with bootstrap off is rejected at create: cluster/bootstrap-admin-needs-true says so.
      if (!c || c.bootstrapAdmin !== false || view.mode === 'CONFIG_MAP' || !createdHere(ctx, c) || mayHaveAdmin(ctx, view)) continue;
      report({
        messageId: view.mode === 'API' ? 'api' : 'mixed', at: c, field: 'bootstrapAdmin',
        data: { cluster: view.label, linked: linked(view, ...view.entries, ...view.awsAuth) },
      });
    }
  },
});
