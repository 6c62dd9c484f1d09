import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { mergedItems } from '../../lib/merged-groups.ts';

export default defineRule({
  id: 'aws-auth/merged-groups',
  severity: 'error',
  description: 'A group in aws-auth must not be two list items merged into one string by indentation',
  rationale:
    'In YAML a line indented further than the list item above it continues that item\'s plain scalar. So `- system:bootstrappers` followed ' +
    'by ` - system:nodes` (one space more) is one group named "system:bootstrappers - system:nodes", and the mapping has neither group. ' +
    'The authenticator loads it without any error; the upstream fixture aws-auth-space-out-of-place.yaml pins exactly this result. For a node ' +
    'role that means nodes cannot join. Only plain (unquoted) groups whose parts are single words are reported: a quoted "a - b" is deliberate.',
  sources: [
    'reference/authenticator.md §1.3 (An extra space before a list item)',
    'reference/authenticator.md §8.4 (aws-auth-space-out-of-place.yaml)',
    'reference/eks-api-schemas.md §3.1 (Indentation trap)',
  ],
  remediation: 'Indent every `-` of the groups list the same, one item per line.',
  tags: ['aws-auth', 'correctness'],
  formats: ['cm', 'tfk'],
  messages: {
    merged: 'group "{{group}}" is {{count}} list items merged into one string by their indentation, so the mapping has none of them: align the items ({{items}})',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts' || !m.fields.groups) continue;
      m.groups.forEach((g, i) => {
        const pieces = mergedItems(m, i);
        if (!pieces) return;
        const text = known(g)!;
        report({
          messageId: 'merged', at: m, field: 'groups', path: `/${i}`, principal: known(m.arn),
          data: { group: text, count: pieces.length, items: pieces.map((p) => `- ${p}`).join(', ') },
        });
      });
    }
  },
});
