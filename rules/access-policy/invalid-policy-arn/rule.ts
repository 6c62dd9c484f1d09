import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { isIamRolePolicy, readPolicyArn } from '../../lib/access-policies.ts';

const SHAPE = 'arn:<partition>:eks::aws:cluster-access-policy/<Name>';

export default defineRule({
  id: 'access-policy/invalid-policy-arn',
  severity: 'error',
  description: 'An access policy ARN must be arn:<partition>:eks::aws:cluster-access-policy/<Name>',
  rationale:
    'EKS access policies are named `arn:<partition>:eks::aws:cluster-access-policy/<Name>`: service `eks`, an empty region, the literal ' +
    'account `aws` and a `cluster-access-policy/` resource. Anything else names no access policy, so AssociateAccessPolicy fails and the ' +
    'CloudFormation stack or Terraform apply with it (eksctl refuses it up front: "must be a cluster-access-policy resource"). The usual ' +
    'mistake is an IAM managed policy ARN (`arn:aws:iam::aws:policy/…`): IAM policies go on the role, access policies on the access entry. ' +
    'Parts that are not known (`${AWS::Partition}`, as CDK writes it) are not held against the ARN.',
  sources: [
    'reference/eks-api-schemas.md §1.1, §2.5, §4.2, §5',
    'https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html',
    'https://docs.aws.amazon.com/eks/latest/APIReference/API_AssociateAccessPolicy.html',
  ],
  remediation: `Write the access policy's ARN, e.g. \`arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy\` (\`aws eks list-access-policies\` lists them).`,
  tags: ['access-policy', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    notArn: 'policy ARN "{{value}}" is not an ARN: {{fix}}',
    whitespace: 'policy ARN "{{value}}" has leading or trailing whitespace: write "{{fixed}}"',
    iam: '"{{value}}" is an IAM managed policy ARN, not an EKS access policy: {{fix}}',
    partition: 'partition "{{part}}" of "{{value}}" is not an AWS partition: {{fix}}',
    service: 'service "{{part}}" of "{{value}}" must be "eks": {{fix}}',
    region: 'access policy ARNs have an empty region, but "{{value}}" has "{{part}}": {{fix}}',
    account: 'the account of an access policy ARN is the literal "aws", not "{{part}}": {{fix}}',
    resource: '"{{part}}" is not a cluster access policy (the resource must be cluster-access-policy/<Name>): {{fix}}',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      for (const p of e.policies) {
        const r = readPolicyArn(p.policyArn);
        if (!r.problem) continue;
        let fix = r.fixed ? `write "${r.fixed}"` : `write ${SHAPE}`;
        if (r.problem === 'iam' && !r.fixed) {
          fix = r.iamName && isIamRolePolicy(r.iamName)
            ? `${r.iamName} belongs on the IAM role; associate an access policy here (${SHAPE}, e.g. AmazonEKSViewPolicy)`
            : `access policies are ${SHAPE}; attach IAM policies to the role instead`;
        }
        report({
          messageId: r.problem === 'not-arn' ? 'notArn' : r.problem,
          at: p, field: 'policyArn', principal: known(e.principal),
          data: { value: render(p.policyArn), part: r.offending ?? '', fix, fixed: r.fixed ?? '' },
        });
      }
    }
  },
});
