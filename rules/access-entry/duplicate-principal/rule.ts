import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';
import { differentNodeTypes, placeOf, withEarlierEntries } from '../../lib/entry-identity.ts';

export default defineRule({
  id: 'access-entry/duplicate-principal',
  severity: 'error',
  description: 'One principal gets at most one access entry per cluster',
  rationale:
    'EKS keeps one access entry per IAM principal and cluster. Creating a second one fails with HTTP 409 ' +
    '`ResourceInUseException: The specified access entry resource is already in use on this cluster.`, so the deployment ' +
    'stops at that resource. Principals are compared as written (EKS documents no case folding for access entries); ' +
    'two objects count only when they provably name one cluster (the same cluster resource, a scanned cluster both resolve to, ' +
    'or the same literal name in one file). Entries under a CloudFormation Condition may not exist and are not counted, and ' +
    'Terraform entries are compared within one file, or one folder of `*.tf.json` configuration (a plan, a state and a configuration ' +
    'of one root module describe the same resources, and so do the plans of two workspaces). Two entries of different node types for one role are reported by `access-entry/shared-node-role` instead.',
  sources: [
    'reference/eks-api-schemas.md §2.2, §2.3',
    'https://github.com/terraform-aws-modules/terraform-aws-eks/issues/2977',
    'https://github.com/terraform-aws-modules/terraform-aws-eks/issues/3293',
  ],
  remediation: 'Keep one entry per principal: merge the groups, username and access policies into it and delete the other.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    duplicate: '{{principal}} already has an access entry on this cluster ({{other}}): EKS rejects this second one (409 ResourceInUseException); merge them into one entry',
  },
  check(ctx, report) {
    withEarlierEntries(ctx, (e, earlier) => {
      const first = earlier.find((o) => !differentNodeTypes(entryType(o.type), entryType(e.type)));
      if (first) {
        report({ messageId: 'duplicate', at: e, field: 'principal', principal: known(e.principal), data: { principal: render(e.principal), other: placeOf(first, e) } });
      }
    });
  },
});
