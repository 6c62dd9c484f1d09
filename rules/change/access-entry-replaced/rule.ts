import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';
import { entryKey, pairs, planReplacement } from '../lib/identity.ts';

export default defineRule({
  id: 'change/access-entry-replaced',
  severity: 'warning',
  description: 'Changing the principal or type of an existing access entry replaces it',
  rationale:
    "An access entry's principal and type cannot be updated (UpdateAccessEntry takes neither; CloudFormation marks PrincipalArn and Type " +
    'create-only, the Terraform provider ForceNew), so a change to either replaces the entry. CloudFormation replaces with create_then_delete: ' +
    'for a new type on the same principal it creates the second entry first, which EKS rejects with 409 ResourceInUseException, and the stack ' +
    'update fails. Terraform deletes first (the principal has no access, and its policy associations go, until the new entry exists) or, with ' +
    'create_before_destroy, hits the same 409. A new principal is a new entry: the old principal loses its access in the same change.',
  sources: [
    'reference/eks-api-schemas.md §1.1, §2.1, §2.2, §4.1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-eks-accessentry.html',
  ],
  remediation:
    'To change the type, remove the entry in one change and add it with the new type in the next. To give access to another principal, add ' +
    'a new entry (new logical id or address) and remove the old one once nothing needs it.',
  tags: ['change', 'availability'],
  formats: ['cfn', 'tf'],
  messages: {
    typeCfn:
      'type changes from {{from}} to {{to}}: CloudFormation replaces the entry by creating the new one first, and EKS rejects a second entry ' +
      'for {{principal}} with 409 (the stack update fails)',
    typeTf: 'type changes from {{from}} to {{to}}: the entry is replaced, and {{principal}} has no access (nor policies) between the delete and the create',
    typeTfCreateFirst: 'type changes from {{from}} to {{to}}: with create_before_destroy the new entry is created first, and EKS rejects a second entry for {{principal}} with 409',
    principal: 'principal changes from {{from}} to {{to}}: that replaces the entry, so {{from}} loses its access (and policies) in this change',
  },
  check(ctx, report) {
    if (!ctx.before) return;
    for (const { before, after } of pairs(ctx.before.accessEntries, ctx.model.accessEntries, entryKey)) {
      if (!before || !after) continue;
      const from = known(before.principal);
      const to = known(after.principal);
      if (from !== undefined && to !== undefined && from !== to) {
        report({ messageId: 'principal', at: after, field: 'principal', principal: to, data: { from, to } });
        continue;
      }
      const oldType = entryType(before.type);
      const newType = entryType(after.type);
      if (!oldType || !newType || oldType === newType || to === undefined) continue;
      const messageId = after.tool !== 'terraform' ? 'typeCfn' : planReplacement(after) === 'create-first' ? 'typeTfCreateFirst' : 'typeTf';
      report({ messageId, at: after, field: 'type', principal: to, data: { from: oldType, to: newType, principal: to } });
    }
  },
});
