import { defineRule } from '../../../src/rule.ts';
import { createdHere } from '../../lib/clusters.ts';

export default defineRule({
  id: 'cluster/bootstrap-admin-needs-true',
  severity: 'error',
  description: 'A CONFIG_MAP cluster must be created with bootstrap cluster-creator admin permissions',
  rationale:
    'CreateCluster rejects `bootstrapClusterCreatorAdminPermissions: false` when the authentication mode is `CONFIG_MAP` ' +
    '("bootstrapClusterCreatorAdminPermissions must be true if cluster authentication mode is set to CONFIG_MAP"): with no access entries ' +
    'and an aws-auth ConfigMap nobody can write yet, the creator is the only way in. The mode is `CONFIG_MAP` also when it is not written ' +
    '(CloudFormation, Terraform `aws_eks_cluster` and CDK v1 send none). The setting is create-only, so a Terraform state or a plan\'s ' +
    'existing cluster (whose recorded value older providers wrote as false) is not judged.',
  sources: [
    'reference/eks-api-schemas.md §1.2, §2.2, §2.4, §4.3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-accessconfig.html',
    'https://github.com/terraform-aws-modules/terraform-aws-eks/issues/3206',
  ],
  remediation:
    'Set the authentication mode to `API_AND_CONFIG_MAP` or `API` and grant admins with access entries (`AmazonEKSClusterAdminPolicy`), ' +
    'or leave `BootstrapClusterCreatorAdminPermissions` at its default `true`.',
  tags: ['cluster', 'correctness'],
  formats: ['cfn', 'tf'],
  messages: {
    bootstrap:
      'bootstrap cluster-creator admin permissions are false while the authentication mode is CONFIG_MAP ({{why}}): CreateCluster rejects this ' +
      '("bootstrapClusterCreatorAdminPermissions must be true if cluster authentication mode is set to CONFIG_MAP"). Set the mode to API_AND_CONFIG_MAP, or this to true',
  },
  check(ctx, report) {
    for (const view of ctx.clusters) {
      const c = view.cluster;
      // The create request is what the file writes: the config's view of the mode does not change it.
      if (!c || c.bootstrapAdmin !== false || view.mode !== 'CONFIG_MAP' || view.modeFrom === 'config' || !createdHere(ctx, c)) continue;
      report({ messageId: 'bootstrap', at: c, field: 'bootstrapAdmin', data: { why: view.modeWhy ?? '' } });
    }
  },
});
