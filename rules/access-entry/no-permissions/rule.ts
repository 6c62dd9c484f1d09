import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';
import { isIamUser, principalProblem } from '../../lib/principal-arn.ts';

export default defineRule({
  id: 'access-entry/no-permissions',
  severity: 'warning',
  description: 'A STANDARD access entry should grant something',
  rationale:
    'A STANDARD entry only lets the principal authenticate. What it may do comes from its access policies and from Kubernetes RBAC ' +
    'bound to its groups or username. With no groups, no access policies and no custom username, a role\'s entry gets the generated ' +
    'username `arn:aws:sts::<account>:assumed-role/<name>/{{SessionName}}`, which differs per session and so cannot be bound in RBAC: ' +
    'the principal signs in and can do nothing beyond what every authenticated user may. Usually groups or a policy association were ' +
    'forgotten, or were attached to another entry. Unknown groups or policies (an expression, a Terraform association that cannot be ' +
    'joined to its entry, an `Fn::If`) give no finding, and IAM users are left out: their username is their ARN, which RBAC can bind.',
  sources: [
    'reference/eks-api-schemas.md §2.2, §2.5, §4.2',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html',
  ],
  remediation:
    'Associate an access policy (e.g. `AmazonEKSViewPolicy` for a namespace), or add Kubernetes groups that RBAC binds; delete the entry if the principal needs no access.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    none: 'access entry for {{principal}} has no Kubernetes groups, no access policies and no username: it can sign in but do nothing; add an access policy or groups',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      if (entryType(e.type) !== 'STANDARD' || e.policiesIncomplete || e.policies.length > 0) continue;
      if (!e.groups || e.groups.length > 0) continue;
      if (e.username && known(e.username) !== '') continue;
      // A user can be bound by its ARN; an invalid principal is access-entry/invalid-principal-arn's error.
      if (isIamUser(e.principal) || principalProblem(e.principal)) continue;
      report({ messageId: 'none', at: e, field: 'principal', principal: known(e.principal), data: { principal: render(e.principal) } });
    }
  },
});
