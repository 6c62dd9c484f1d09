import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';
import { isIamUser } from '../../lib/principal-arn.ts';

export default defineRule({
  id: 'access-entry/iam-user',
  severity: 'note',
  description: 'Prefer IAM roles to IAM users as access entry principals',
  rationale:
    'An IAM user signs in with long-term access keys, which leak, are rarely rotated and outlive the person or job they were made for. ' +
    'A role is assumed for a session with temporary credentials (by people through IAM Identity Center or a federation, by workloads ' +
    'through their own identity), and the session name shows up in the Kubernetes username. STANDARD entries accept users, so this is ' +
    'advice; a user on a node-type entry is an error reported by `access-entry/node-principal-not-role`.',
  sources: [
    'reference/eks-api-schemas.md §2.2, §2.3',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
  ],
  remediation: 'Grant the access to an IAM role the person or workload assumes, and remove the user\'s entry.',
  tags: ['access-entry', 'security'],
  securitySeverity: 3.0,
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: { user: '{{principal}} is an IAM user (long-term credentials): grant the access to a role it assumes instead' },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      // A user on a node type is access-entry/node-principal-not-role's error.
      if ((type && type !== 'STANDARD') || !isIamUser(e.principal)) continue;
      report({ messageId: 'user', at: e, field: 'principal', principal: known(e.principal), data: { principal: render(e.principal) } });
    }
  },
});
