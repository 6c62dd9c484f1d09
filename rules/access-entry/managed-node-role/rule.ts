import type { NodeRole } from '../../../src/model.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { clusterKey, countable, placeOf, principalKey } from '../../lib/entry-identity.ts';

const VIA: Record<NodeRole['via'], string> = { nodegroup: 'managed node group', fargate: 'Fargate profile' };

export default defineRule({
  id: 'access-entry/managed-node-role',
  severity: 'warning',
  description: 'Do not create access entries for managed node group or Fargate profile roles',
  rationale:
    'For the role of a managed node group or a Fargate profile, EKS creates the access entry (or the aws-auth row) itself: "It\'s ' +
    'unnecessary to create an access entry for an IAM role that\'s used for a managed node group or a Fargate profile." An entry of ' +
    'your own for the same role on the same cluster is redundant, and since a cluster holds one entry per principal it is likely to ' +
    'collide with the one EKS creates (409 `ResourceInUseException`) — an inference, hence a warning. Roles are compared as written, ' +
    'on provably the same cluster, Terraform within one file or configuration folder; objects under a CloudFormation Condition are ' +
    'not counted; a cluster known to be in `CONFIG_MAP` ' +
    'mode is left to `cluster/access-entries-need-api-mode`.',
  sources: [
    'reference/eks-api-schemas.md §1.3, §2.3',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
  ],
  remediation: 'Delete this access entry and let EKS manage the node role\'s access; give other uses of the role a role of their own.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    managed: '{{principal}} is the role of the {{via}} {{other}}: EKS creates its access entry itself, so this one is redundant and may collide with it (409); remove it',
  },
  check(ctx, report) {
    const roles = ctx.model.nodeRoles.flatMap((n) => {
      const pk = principalKey(n, n.role);
      const ck = clusterKey(ctx, n, n.cluster);
      return pk && ck ? [{ n, key: `${ck}\0${pk}` }] : [];
    });
    if (roles.length === 0) return;
    for (const e of ctx.model.accessEntries) {
      const pk = principalKey(e, e.principal);
      const ck = clusterKey(ctx, e, e.cluster);
      if (!pk || !ck || known(ctx.clusterOf(e.cluster)?.authenticationMode) === 'CONFIG_MAP') continue;
      const match = roles.find((r) => r.key === `${ck}\0${pk}` && countable(r.n, e));
      if (!match) continue;
      report({
        messageId: 'managed', at: e, field: 'principal', principal: known(e.principal),
        data: { principal: render(e.principal), via: VIA[match.n.via], other: placeOf(match.n, e) },
      });
    }
  },
});
