import { defineRule } from '../../../src/rule.ts';
import { linked } from '../../lib/clusters.ts';

export default defineRule({
  id: 'cluster/aws-auth-ignored',
  severity: 'warning',
  description: 'An aws-auth ConfigMap has no effect on a cluster whose authentication mode is API',
  rationale:
    'Under `API` EKS authenticates through access entries only and ignores the aws-auth ConfigMap entirely; a cluster created with `API` can ' +
    'never read it. Every mapping in it is dead weight that reviewers still read as access (and CDK refuses to create one). A ConfigMap names ' +
    'no cluster, so it is tied to one only by proof: the kubernetes provider that writes it is configured from that cluster\'s endpoint ' +
    '(Terraform), or the config\'s `clusters.<name>.awsAuth` globs list its file.',
  sources: [
    'reference/eks-api-schemas.md §2.4, §6',
    'https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html',
  ],
  remediation:
    'Give each principal that still needs access an access entry (node roles: `EC2_LINUX`/`EC2_WINDOWS`/`FARGATE_LINUX`), then delete the ConfigMap. ' +
    'If the cluster should read it, its mode must be `API_AND_CONFIG_MAP`, which only a cluster created with a ConfigMap mode can have.',
  tags: ['cluster', 'aws-auth', 'maintainability'],
  formats: ['cm', 'tfk'],
  messages: {
    ignored:
      'this aws-auth ConfigMap belongs to cluster {{cluster}}, whose authentication mode is API ({{why}}): EKS ignores it, so its ' +
      '{{count}} mapping(s) grant nothing. Move them to access entries and delete it{{linked}}',
  },
  check(ctx, report) {
    for (const view of ctx.clusters) {
      if (view.mode !== 'API') continue;
      for (const d of view.awsAuth) {
        const count = view.mappings.filter((m) => m.document === d).length;
        report({ messageId: 'ignored', at: d, field: 'name', data: { cluster: view.label, why: view.modeWhy ?? '', count, linked: linked(view, d) } });
      }
    }
  },
});
