import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';
import { isReservedGroup, NODE_GROUPS } from '../../lib/reserved-names.ts';

export default defineRule({
  id: 'access-entry/reserved-group',
  severity: 'error',
  description: 'An access entry\'s Kubernetes groups must not start with system:',
  rationale:
    'EKS rejects a `system:` group on an access entry: "The kubernetes group name system:masters is invalid, it cannot start with system:". That ' +
    'rules out the aws-auth habits `system:masters` (use the `AmazonEKSClusterAdminPolicy` access policy at cluster scope, as eksctl\'s migrator ' +
    'does) and `system:nodes`/`system:bootstrappers` (a node role needs a node type, and EKS adds those groups itself). Only STANDARD entries (and ' +
    'entries that do not write a type) are judged here: on node types any group is refused (`access-entry/groups-on-non-standard`), and for `EC2` ' +
    'and `HYPERPOD_LINUX` the group rules are not documented.',
  sources: [
    'reference/eks-api-schemas.md §2.2, §2.3 (kubernetesGroups), §5',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
    'https://github.com/terraform-aws-modules/terraform-aws-eks/issues/2915',
    'https://github.com/eksctl-io/eksctl/issues/7446',
  ],
  remediation:
    'Use a group of your own bound by RBAC, or an access policy: `AmazonEKSClusterAdminPolicy` with a `cluster` scope instead of `system:masters`. ' +
    'For a node role, set the entry\'s type (`EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX`) and remove the groups.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    reserved: 'group "{{group}}" starts with "system:", which EKS rejects: use a group of your own and bind it with RBAC',
    masters: 'group "system:masters" is rejected by EKS: associate the AmazonEKSClusterAdminPolicy access policy with a cluster scope instead',
    node: 'group "{{group}}" is one EKS gives nodes and "system:" is rejected: for a node role set a node type ({{types}}) and remove the groups',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      if (entryType(e.type) !== 'STANDARD' || !e.groups) continue;
      e.groups.forEach((g, i) => {
        if (!isReservedGroup(g)) return;
        const group = render(g);
        const messageId = group === 'system:masters' ? 'masters' : NODE_GROUPS.includes(group) ? 'node' : 'reserved';
        report({
          messageId, at: e, field: 'groups', path: `/${i}`, principal: known(e.principal),
          data: { group, types: 'EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX or HYBRID_LINUX' },
        });
      });
    }
  },
});
