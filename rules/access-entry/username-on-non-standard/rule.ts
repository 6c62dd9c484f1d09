import { defineRule } from '../../../src/rule.ts';
import { known, render, type Text } from '../../../src/text.ts';
import { entryType, NODE_TYPES } from '../../lib/entry-types.ts';

/** A username that is provably not empty: it has a non-empty literal part (an expression alone may be null or ""). */
function written(t: Text | undefined): boolean {
  return !!t && t.parts.some((p) => typeof p === 'string' && p !== '');
}

export default defineRule({
  id: 'access-entry/username-on-non-standard',
  severity: 'error',
  description: 'Only STANDARD access entries take a custom username',
  rationale:
    'EKS names node principals itself: `system:node:{{EC2PrivateDNSName}}` for `EC2_LINUX` and `EC2_WINDOWS`, `system:node:{{SessionName}}` for ' +
    '`FARGATE_LINUX` and `HYBRID_LINUX`. A username on such an entry is not accepted: the Terraform provider docs say so and eksctl refuses the config ' +
    '("cannot specify accessEntries[i].kubernetesGroups nor accessEntries[i].kubernetesUsername when type is set to …"). Terraform plans and state ' +
    'show the username EKS generated; it is only reported when the configuration writes it. `EC2` and `HYPERPOD_LINUX` are not judged: whether they ' +
    'take a username is not documented.',
  sources: [
    'reference/eks-api-schemas.md §2.2, §4.1, §5',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
  ],
  remediation: 'Remove the username from the node entry: EKS sets it. A person or workload that needs a username gets its own STANDARD entry.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    username: 'type {{type}} takes no username: remove "{{username}}" (EKS names the node "{{generated}}" itself)',
    generated: 'type {{type}} takes no username: remove "{{username}}" (EKS sets exactly this username itself)',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (!type || !NODE_TYPES.includes(type) || !written(e.username)) continue;
      const generated = type.startsWith('EC2_') ? 'system:node:{{EC2PrivateDNSName}}' : 'system:node:{{SessionName}}';
      const username = render(e.username!);
      report({ messageId: username === generated ? 'generated' : 'username', at: e, field: 'username', principal: known(e.principal), data: { type, username, generated } });
    }
  },
});
