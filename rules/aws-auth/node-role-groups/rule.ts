import { defineRule } from '../../../src/rule.ts';
import { isKnown, known } from '../../../src/text.ts';
import { mergedItems } from '../../lib/merged-groups.ts';
import { isNodeUsername } from '../../lib/usernames.ts';

const NODE_GROUPS = ['system:bootstrappers', 'system:nodes'];

export default defineRule({
  id: 'aws-auth/node-role-groups',
  severity: 'error',
  description: 'A node mapping in aws-auth must carry the groups nodes need to join',
  rationale:
    'Nodes authenticate with the node username (`system:node:{{EC2PrivateDNSName}}`, or `system:node:{{SessionName}}` for Fargate and hybrid nodes) ' +
    'and are authorised through their groups: `system:bootstrappers` lets the kubelet bootstrap, `system:nodes` lets it act as a node, and Fargate ' +
    'pods also need `system:node-proxier`. The rows EKS writes itself always carry these; a row without them leaves nodes unable to join.',
  sources: ['reference/eks-api-schemas.md §3.4 (Rows EKS writes itself)', 'https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html'],
  remediation: 'List `system:bootstrappers` and `system:nodes` under `groups` (Fargate pod execution roles also `system:node-proxier`).',
  tags: ['aws-auth', 'availability'],
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: { missing: 'node mapping "{{username}}" lacks {{missing}}: nodes using this role cannot join' },
  check({ model }, report) {
    const fargateRoles = new Set(
      model.nodeRoles.filter((n) => n.via === 'fargate').map((n) => known(n.role)?.toLowerCase()).filter(Boolean),
    );
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts' || !isNodeUsername(m.username)) continue;
      if (m.groups.some((g) => g && !isKnown(g))) continue; // an expression might supply them
      if (m.groups.some((_, i) => mergedItems(m, i))) continue; // aws-auth/merged-groups names the cause
      const have = new Set(m.groups.map((g) => known(g)));
      const arn = known(m.arn)?.toLowerCase();
      const required = arn && fargateRoles.has(arn) ? [...NODE_GROUPS, 'system:node-proxier'] : NODE_GROUPS;
      const missing = required.filter((g) => !have.has(g));
      if (missing.length === 0) continue;
      report({
        messageId: 'missing', at: m, field: m.fields.groups ? 'groups' : 'username', key: !!m.fields.groups, principal: known(m.arn),
        data: { username: known(m.username)!, missing: missing.map((g) => `"${g}"`).join(' and ') },
      });
    }
  },
});
