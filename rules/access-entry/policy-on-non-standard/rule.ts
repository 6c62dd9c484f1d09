import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryType, NODE_TYPES } from '../../lib/entry-types.ts';

export default defineRule({
  id: 'access-entry/policy-on-non-standard',
  severity: 'error',
  description: 'Node access entries (EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX, HYBRID_LINUX) take no access policies',
  rationale:
    'EKS gives node entries their Kubernetes identity itself; AssociateAccessPolicy on them fails with `This operation can only be performed on ' +
    'Access Entries with a type of "STANDARD".` (the API model and the user guide say the same; eksctl refuses "accessPolicies when type is set ' +
    'to …"). In CloudFormation that is an `AccessPolicies` item of the entry, in Terraform an `aws_eks_access_policy_association` provably joined to ' +
    'the entry (terraform-aws-modules skips these associations itself). `EC2` (Auto Mode) entries do take policies (`AmazonEKSAutoNodePolicy` is how a ' +
    'custom NodeClass role gets access), and neither for them nor for `HYPERPOD_LINUX` is it documented which policies are refused: not judged.',
  sources: [
    'reference/eks-api-schemas.md §1.1, §2.2, §4.2, §4.5',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
    'https://github.com/aws-controllers-k8s/community/issues/2144',
  ],
  remediation: 'Remove the policy from the node entry. If the principal also needs Kubernetes permissions, it is not (only) a node: give that use its own STANDARD entry.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    policy: 'type {{type}} takes no access policies: remove {{policy}} (EKS rejects policy associations on node entries)',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (!type || !NODE_TYPES.includes(type)) continue;
      for (const p of e.policies) {
        const arn = render(p.policyArn);
        const name = /cluster-access-policy\/([^/]+)$/.exec(arn)?.[1];
        report({ messageId: 'policy', at: p, field: 'policyArn', principal: known(e.principal), data: { type, policy: name ?? `"${arn}"` } });
      }
    }
  },
});
