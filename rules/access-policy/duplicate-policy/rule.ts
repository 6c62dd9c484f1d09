import { defineRule } from '../../../src/rule.ts';
import type { AccessPolicy } from '../../../src/model.ts';
import { known, render } from '../../../src/text.ts';
import { policyKey } from '../../lib/access-policies.ts';

/** A scope for messages: `cluster`, `namespace dev, prod`. */
function scopeOf(p: AccessPolicy): string {
  const type = p.scopeType ? render(p.scopeType) : '?';
  // Sorted: a scope is a set of namespaces.
  return p.namespaces && p.namespaces.length > 0 ? `${type} ${p.namespaces.map(render).sort().join(', ')}` : type;
}

export default defineRule({
  id: 'access-policy/duplicate-policy',
  severity: 'error',
  description: 'Associate each access policy with an access entry only once',
  rationale:
    'An access entry holds a given policy once: associating it again replaces the scope of the first association. Two associations ' +
    'of one policy on one entry therefore leave one, with whichever scope was applied last. In CloudFormation the AccessPolicies items ' +
    'must also be unique (uniqueItems), and their order carries no meaning (insertionOrder: false). In Terraform two ' +
    '`aws_eks_access_policy_association` resources then manage one association: each apply rewrites the other\'s scope, and destroying ' +
    'one removes the access both describe. Associations that may not exist (a CloudFormation Condition, a Terraform count or for_each) ' +
    'are not counted.',
  sources: [
    'reference/eks-api-schemas.md §1.1, §2.5, §4.2',
    'https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html',
  ],
  remediation: 'Keep one association per policy. To grant it in several namespaces, list them all in that one scope.',
  tags: ['access-policy', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    same: '{{name}} is associated with this entry twice (scope {{scope}} both times): remove the repeat',
    differ: '{{name}} is associated with this entry twice, with scopes {{other}} and {{scope}}: only one association exists, and it keeps the scope applied last; keep one (list every namespace in its scope)',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const first = new Map<string, AccessPolicy>();
      for (const p of e.policies) {
        if (p.condition) continue;
        const key = policyKey(p.policyArn);
        if (key === undefined) continue;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, p);
          continue;
        }
        const scope = scopeOf(p);
        const other = scopeOf(earlier);
        const name = render(p.policyArn).split('/').pop() ?? render(p.policyArn);
        report({
          messageId: scope === other ? 'same' : 'differ',
          at: p, field: 'policyArn', principal: known(e.principal),
          data: { name, scope, other },
        });
      }
    }
  },
});
