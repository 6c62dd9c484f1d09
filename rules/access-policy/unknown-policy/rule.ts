import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { isIamRolePolicy, KNOWN_POLICIES, nearestPolicy, readPolicyArn } from '../../lib/access-policies.ts';

export default defineRule({
  id: 'access-policy/unknown-policy',
  severity: 'warning',
  description: 'An access policy ARN names a policy EKS is not known to have',
  rationale:
    'Access policies are AWS-managed: you cannot create your own, so a well-formed ARN whose name is not one of them (a typo, a wrong case, ' +
    'an IAM policy name) fails when EKS associates it. EKS adds policies over time and the list here may lag behind, so this is a warning, ' +
    'not an error; `aws eks list-access-policies` is the authority.',
  sources: [
    'reference/eks-api-schemas.md §2.5',
    'https://docs.aws.amazon.com/eks/latest/userguide/access-policy-permissions.html',
  ],
  remediation: 'Use a name from `aws eks list-access-policies` (e.g. AmazonEKSViewPolicy, AmazonEKSEditPolicy, AmazonEKSAdminPolicy, AmazonEKSClusterAdminPolicy).',
  tags: ['access-policy', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    typo: '"{{name}}" is not a known EKS access policy: did you mean "{{suggestion}}"?',
    iamName: '"{{name}}" is an IAM managed policy, not an EKS access policy: attach it to the IAM role and associate an access policy here',
    unknown: '"{{name}}" is not a known EKS access policy: check the name against `aws eks list-access-policies`',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      for (const p of e.policies) {
        const { name } = readPolicyArn(p.policyArn);
        if (name === undefined || KNOWN_POLICIES.includes(name)) continue;
        const suggestion = nearestPolicy(name);
        report({
          messageId: suggestion ? 'typo' : isIamRolePolicy(name) ? 'iamName' : 'unknown',
          at: p, field: 'policyArn', principal: known(e.principal),
          data: { name, suggestion: suggestion ?? '' },
        });
      }
    }
  },
});
