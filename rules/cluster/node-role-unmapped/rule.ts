import { parseArn, rolePath } from '../../../src/arn.ts';
import type { IdentityMapping, Text } from '../../../src/model.ts';
import { defineRule, type ClusterView, type RuleContext } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { identityKey, linked } from '../../lib/clusters.ts';
import { entryType } from '../../lib/entry-types.ts';
import { isNodeUsername } from '../../lib/usernames.ts';

export default defineRule({
  id: 'cluster/node-role-unmapped',
  severity: 'error',
  description: 'On an API-only cluster, a node role mapped in aws-auth needs a node access entry',
  rationale:
    'Under `API` the aws-auth ConfigMap is ignored, so nodes join only through an access entry of a node type (`EC2_LINUX`, `EC2_WINDOWS`, ' +
    '`FARGATE_LINUX`, `HYBRID_LINUX`) or, for managed node groups and Fargate profiles, the entry EKS creates itself. A role that the ' +
    'linked aws-auth maps as a node (`system:node:{{EC2PrivateDNSName}}` / `system:node:{{SessionName}}`) and that has neither cannot bring ' +
    'its nodes in: they stay NotReady. Roles are compared by account and name (an entry\'s ARN may carry a path, an aws-auth row never does); ' +
    'an entry or node role whose principal is not fully known may be the one, so it keeps the rule silent for the roles it could be.',
  sources: [
    'reference/eks-api-schemas.md §1.3, §2.2, §2.4, §3.4',
    'https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html',
  ],
  remediation:
    'Create an access entry of the node type for the role (e.g. CloudFormation `AWS::EKS::AccessEntry` with `Type: EC2_LINUX`, Terraform ' +
    '`aws_eks_access_entry` with `type = "EC2_LINUX"`) before the cluster moves to `API`, or keep the cluster on `API_AND_CONFIG_MAP` until then.',
  tags: ['cluster', 'availability'],
  formats: ['cm', 'tfk'],
  messages: {
    unmapped:
      'node role {{arn}} joins through aws-auth, but cluster {{cluster}} is API ({{why}}) and ignores aws-auth; no node access entry ' +
      'exists for the role and no managed node group or Fargate profile uses it: its nodes cannot join. Add an access entry of type {{type}} for it{{linked}}',
  },
  check(ctx, report) {
    for (const view of ctx.clusters) {
      if (view.mode !== 'API' || view.mappings.length === 0) continue;
      const access = nodeAccess(ctx, view);
      if (access === 'any') continue;
      for (const m of view.mappings) {
        if (m.section !== 'mapRoles' || !isNodeUsername(m.username)) continue;
        const key = identityKey(m.arn);
        const name = roleName(m.arn);
        if (!key || !name || access.keys.has(key) || access.names.has(name)) continue;
        report({
          messageId: 'unmapped', at: m, field: 'arn', principal: known(m.arn),
          data: { arn: known(m.arn)!, cluster: view.label, why: view.modeWhy ?? '', type: nodeType(m), linked: linked(view, m) },
        });
      }
    }
  },
});

interface NodeAccess {
  /** Roles that provably have node access (identityKey). */
  keys: Set<string>;
  /** Role names of principals known only in part (the deploying account or partition): any role of that name may be one. */
  names: Set<string>;
}

/** The roles with node access on the cluster, or 'any' when a principal not known at all may be any role. */
function nodeAccess(ctx: RuleContext, view: ClusterView): NodeAccess | 'any' {
  const out: NodeAccess = { keys: new Set(), names: new Set() };
  const add = (t: Text): boolean => {
    const key = identityKey(t);
    if (key) return (out.keys.add(key), true);
    const name = roleName(t);
    return name ? (out.names.add(name), true) : false;
  };
  // An entry or node role tied to no cluster may be this one's.
  const entries = [...view.entries, ...ctx.untied.accessEntries];
  for (const e of entries) {
    const type = entryType(e.type);
    if (type === 'STANDARD') continue; // a STANDARD entry cannot carry a node identity
    if (!add(e.principal)) return 'any';
  }
  for (const n of [...view.nodeRoles, ...ctx.untied.nodeRoles]) if (!add(n.role)) return 'any';
  return out;
}

/** The lower-cased name of an IAM role ARN, also when its account or partition is not known. */
function roleName(t: Text | undefined): string | undefined {
  const resource = known(parseArn(t)?.resource);
  return resource === undefined ? undefined : rolePath(resource)?.name.toLowerCase();
}

/** The access entry type that gives a node row's nodes what the row gave them. */
function nodeType(m: IdentityMapping): string {
  const groups = new Set(m.groups.map((g) => known(g)));
  if (known(m.username) === 'system:node:{{SessionName}}') return groups.has('system:node-proxier') ? 'FARGATE_LINUX' : 'HYBRID_LINUX';
  return groups.has('eks:kube-proxy-windows') ? 'EC2_WINDOWS' : 'EC2_LINUX';
}
