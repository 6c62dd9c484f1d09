import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { linked } from '../../lib/clusters.ts';

export default defineRule({
  id: 'cluster/access-entries-need-api-mode',
  severity: 'error',
  description: 'Access entries need a cluster whose authentication mode is API or API_AND_CONFIG_MAP',
  rationale:
    'EKS rejects every access-entry call on a cluster in `CONFIG_MAP` mode: "The cluster\'s authentication mode must be set to one of ' +
    '[API, API_AND_CONFIG_MAP] to perform this operation." A cluster is in that mode when it says so, and also when it says nothing: ' +
    'CloudFormation `AWS::EKS::Cluster`, Terraform `aws_eks_cluster` and CDK v1 `Custom::AWSCDK-EKS-Cluster` send no mode and EKS defaults ' +
    'to `CONFIG_MAP` (eksctl and terraform-aws-modules default to `API_AND_CONFIG_MAP`). The entry is tied to its cluster only by proof: ' +
    'the same logical resource, the same Terraform address, or the same literal cluster name (when exactly one scanned cluster has it); ' +
    'the config\'s `clusters.<name>.authenticationMode` gives the mode of a cluster the files do not show.',
  sources: [
    'reference/eks-api-schemas.md §1.2, §2.2, §2.4',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-accessconfig.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html',
  ],
  remediation:
    'Set the cluster\'s authentication mode to `API_AND_CONFIG_MAP` (CloudFormation `AccessConfig: {AuthenticationMode: API_AND_CONFIG_MAP}`, ' +
    'Terraform `access_config { authentication_mode = "API_AND_CONFIG_MAP" }`) before creating access entries; the change is in place and keeps aws-auth working.',
  tags: ['cluster', 'correctness'],
  formats: ['cfn', 'tf'],
  messages: {
    mode:
      'access entry for {{principal}} on cluster {{cluster}}, whose authentication mode is CONFIG_MAP ({{why}}): EKS rejects it ' +
      '("The cluster\'s authentication mode must be set to one of [API, API_AND_CONFIG_MAP]"). Set the mode to API_AND_CONFIG_MAP{{linked}}',
  },
  check(ctx, report) {
    for (const view of ctx.clusters) {
      if (view.mode !== 'CONFIG_MAP') continue;
      for (const e of view.entries) {
        report({
          messageId: 'mode', at: e, field: 'cluster', principal: known(e.principal),
          data: { principal: render(e.principal), cluster: view.label, why: view.modeWhy ?? '', linked: linked(view, e) },
        });
      }
    }
  },
});
