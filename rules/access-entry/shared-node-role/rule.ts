import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';
import { differentNodeTypes, placeOf, withEarlierEntries } from '../../lib/entry-identity.ts';

export default defineRule({
  id: 'access-entry/shared-node-role',
  severity: 'error',
  description: 'One IAM role cannot be the node role of two node types on one cluster',
  rationale:
    'A node access entry\'s type (`EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX`) decides the username and groups EKS gives ' +
    'the role, and it cannot be changed after creation. A cluster holds one access entry per principal, so a role cannot have entries ' +
    'of two node types: the second fails with HTTP 409 `ResourceInUseException`, and the nodes it was meant for cannot join. ' +
    'Entries are linked as in `access-entry/duplicate-principal` (same principal as written, provably the same cluster, no ' +
    'CloudFormation Condition, Terraform within one file or configuration folder).',
  sources: [
    'reference/eks-api-schemas.md §2.2, §2.3',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
  ],
  remediation: 'Give each kind of node its own IAM role (e.g. one for Linux nodes, one for Windows nodes, one for Fargate pods) and one entry per role.',
  tags: ['access-entry', 'availability'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    shared: 'role {{principal}} already has an entry of type {{otherType}} on this cluster ({{other}}): a role gets one entry per cluster, so this {{type}} entry fails (409); use a separate role for {{type}} nodes',
  },
  check(ctx, report) {
    withEarlierEntries(ctx, (e, earlier) => {
      const type = entryType(e.type);
      const first = earlier.find((o) => differentNodeTypes(entryType(o.type), type));
      if (first) {
        report({
          messageId: 'shared', at: e, field: 'type', principal: known(e.principal),
          data: { principal: render(e.principal), type: type!, otherType: entryType(first.type)!, other: placeOf(first, e) },
        });
      }
    });
  },
});
