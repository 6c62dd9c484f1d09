import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { entryType, NODE_TYPES } from '../../lib/entry-types.ts';

export default defineRule({
  id: 'access-entry/groups-on-non-standard',
  severity: 'error',
  description: 'Only STANDARD access entries take Kubernetes groups',
  rationale:
    'Node entries (`EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX`) get their username and groups from EKS. The API rejects ' +
    'kubernetesGroups on them ("You can\'t use the --kubernetes-groups option when you specify a type other than STANDARD"), and eksctl refuses ' +
    'the config ("cannot specify accessEntries[i].kubernetesGroups nor accessEntries[i].kubernetesUsername when type is set to …").',
  sources: ['reference/eks-api-schemas.md §2.2, §5', 'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html'],
  remediation: 'Remove the groups from the node entry; give humans and workloads their own STANDARD entry.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  fixable: true,
  messages: { groups: 'type {{type}} takes no Kubernetes groups: remove them (EKS rejects the entry)' },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (!type || !NODE_TYPES.includes(type) || !e.groups || e.groups.length === 0) continue;
      report({ messageId: 'groups', at: e, field: 'groups', key: true, principal: known(e.principal), data: { type }, fix: { remove: 'key' } });
    }
  },
});
