import type { Tool } from '../../../src/model.ts';
import { defineRule } from '../../../src/rule.ts';
import { clusterKey, pairs } from '../lib/identity.ts';

/** The setting as each tool spells it, for messages. */
const NAME: Partial<Record<Tool, string>> = {
  cloudformation: 'BootstrapClusterCreatorAdminPermissions',
  cdk: 'bootstrapClusterCreatorAdminPermissions',
  terraform: 'bootstrap_cluster_creator_admin_permissions',
};

export default defineRule({
  id: 'change/bootstrap-admin-changed',
  severity: 'error',
  description: "A change must not flip an existing cluster's bootstrap cluster-creator admin setting",
  rationale:
    'BootstrapClusterCreatorAdminPermissions (Terraform: bootstrap_cluster_creator_admin_permissions) can only be set when the cluster is ' +
    'created: CloudFormation marks it create-only (a change means Replacement) and the Terraform provider ForceNew, and EKS\'s UpdateClusterConfig ' +
    'has no such field. Changing it on an existing cluster therefore deletes and re-creates the cluster, workloads and all. It is also ' +
    'write-only, never read back, so nothing shows the drift afterwards. Old Terraform state may hold false where the configuration now ' +
    'means true (before provider PR #38295 a missing value acted as false): the plan then replaces the cluster.',
  sources: [
    'reference/eks-api-schemas.md §1.2, §2.1, §2.4, §4.3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-accessconfig.html',
  ],
  remediation:
    'Set it back to the value the cluster was created with. To change who administers the cluster, add or remove access entries ' +
    '(e.g. an entry with AmazonEKSClusterAdminPolicy at cluster scope) instead; in Terraform, write the value the state holds.',
  tags: ['change', 'availability'],
  formats: ['cfn', 'tf'],
  messages: {
    changed:
      '{{name}} changes from {{from}} to {{to}} on an existing cluster: it can only be set at creation, so this replaces the cluster ' +
      '(keep {{from}}, and grant admins through access entries)',
  },
  check(ctx, report) {
    if (!ctx.before) return;
    for (const { before, after } of pairs(ctx.before.clusters, ctx.model.clusters, clusterKey)) {
      const from = before?.bootstrapAdmin;
      const to = after?.bootstrapAdmin;
      if (!after || from === undefined || to === undefined || from === to) continue;
      const name = NAME[after.tool] ?? 'bootstrapClusterCreatorAdminPermissions';
      report({ messageId: 'changed', at: after, field: 'bootstrapAdmin', data: { name, from: String(from), to: String(to) } });
    }
  },
});
