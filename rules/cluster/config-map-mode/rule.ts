import { defineRule } from '../../../src/rule.ts';

export default defineRule({
  id: 'cluster/config-map-mode',
  severity: 'note',
  description: 'Clusters in CONFIG_MAP mode depend on the deprecated aws-auth ConfigMap',
  rationale:
    'In `CONFIG_MAP` mode the aws-auth ConfigMap is the only way to grant access: one YAML string that a single bad edit can empty (the ' +
    'authenticator then drops the whole section, node roles included), that IAM cannot audit, and that EKS documents as deprecated in favour ' +
    'of access entries. It is also the mode a cluster gets when none is written: CloudFormation `AWS::EKS::Cluster`, Terraform ' +
    '`aws_eks_cluster` and CDK v1 send none and EKS defaults to `CONFIG_MAP`. `API_AND_CONFIG_MAP` keeps aws-auth working while access ' +
    'entries are added, in place and without downtime.',
  sources: [
    'reference/eks-api-schemas.md §1.2, §2.4',
    'reference/authenticator.md §1.4, §9',
    'https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html',
  ],
  remediation:
    'Set the authentication mode to `API_AND_CONFIG_MAP` (CloudFormation `AccessConfig: {AuthenticationMode: API_AND_CONFIG_MAP}`, Terraform ' +
    '`access_config { authentication_mode = "API_AND_CONFIG_MAP" }`), move each aws-auth mapping to an access entry, then consider `API`. ' +
    'The switch cannot be undone.',
  tags: ['cluster', 'aws-auth', 'maintainability'],
  formats: ['cfn', 'tf'],
  messages: {
    written: 'cluster {{cluster}} uses authentication mode CONFIG_MAP: access is granted only through the deprecated aws-auth ConfigMap. Move to API_AND_CONFIG_MAP and access entries',
    defaulted:
      'cluster {{cluster}} uses authentication mode CONFIG_MAP ({{why}}): access is granted only through the deprecated aws-auth ConfigMap. ' +
      'Write API_AND_CONFIG_MAP and move to access entries',
  },
  check(ctx, report) {
    for (const view of ctx.clusters) {
      const c = view.cluster;
      if (!c || view.mode !== 'CONFIG_MAP') continue;
      if (view.modeFrom === 'written') report({ messageId: 'written', at: c, field: 'authenticationMode', data: { cluster: view.label } });
      // Nothing to point at but the resource itself.
      else if (view.modeFrom === 'default') report({ messageId: 'defaulted', at: c, key: true, data: { cluster: view.label, why: view.modeWhy ?? '' } });
    }
  },
});
