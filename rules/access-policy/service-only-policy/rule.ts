import { parseArn } from '../../../src/arn.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { readPolicyArn, SERVICE_ONLY_POLICIES } from '../../lib/access-policies.ts';

export default defineRule({
  id: 'access-policy/service-only-policy',
  severity: 'error',
  description: 'Do not associate access policies reserved for AWS service-linked roles',
  rationale:
    'The user guide marks AmazonEKSBlockStoragePolicy, AmazonEKSComputePolicy, AmazonEKSBlockStorageClusterPolicy, ' +
    'AmazonEKSComputeClusterPolicy, AmazonEKSHybridPolicy and AmazonEKSClusterInsightsPolicy as "designated for AWS service-linked roles only ' +
    'and cannot be used with customer-managed roles". An access entry you declare always names a customer principal (EKS refuses entries for ' +
    'service-linked roles), so the association is rejected and the deployment with it. EKS creates the entries these policies belong to by ' +
    'itself (Auto Mode, hybrid nodes, Cluster Insights). The Auto Mode LoadBalancing and Networking policies carry no such note and are not ' +
    'reported: EKS also associates them itself, but nothing says a customer role cannot hold them.',
  sources: [
    'reference/eks-api-schemas.md §2.3, §2.5',
    'https://docs.aws.amazon.com/eks/latest/userguide/access-policy-permissions.html',
  ],
  remediation: 'Remove the association. Let EKS manage the access of its Auto Mode, hybrid-node and Cluster Insights roles.',
  tags: ['access-policy', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    serviceOnly: '{{name}} is reserved for AWS service-linked roles and EKS rejects it on {{principal}}: remove it ({{hint}})',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      // A service-linked principal is access-entry/invalid-principal-arn's finding, not this one.
      const resource = known(parseArn(e.principal)?.resource);
      if (resource?.startsWith('role/aws-service-role/')) continue;
      for (const p of e.policies) {
        const { name } = readPolicyArn(p.policyArn);
        const hint = name !== undefined && Object.hasOwn(SERVICE_ONLY_POLICIES, name) ? SERVICE_ONLY_POLICIES[name] : undefined;
        if (!hint) continue;
        report({
          messageId: 'serviceOnly', at: p, field: 'policyArn', principal: known(e.principal),
          data: { name: name!, principal: render(e.principal), hint },
        });
      }
    }
  },
});
