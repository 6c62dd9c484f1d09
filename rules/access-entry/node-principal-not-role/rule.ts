import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryType, NODE_TYPES } from '../../lib/entry-types.ts';
import { isIamUser } from '../../lib/principal-arn.ts';

/** Types whose principal must be an IAM role: the node types and `EC2` (Auto Mode). HYPERPOD_LINUX: not documented. */
const ROLE_ONLY = [...NODE_TYPES, 'EC2'];

export default defineRule({
  id: 'access-entry/node-principal-not-role',
  severity: 'error',
  description: 'A node access entry must name an IAM role, not an IAM user',
  rationale:
    'Nodes authenticate with the credentials of the role their instance profile, Fargate profile or hybrid activation gives them, so entries of type ' +
    '`EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX` and `EC2` take an IAM role ARN only (CreateAccessEntry principalArn doc): a node never ' +
    'signs in as an IAM user. `HYPERPOD_LINUX` is not judged: what principal it takes is not documented.',
  sources: [
    'reference/eks-api-schemas.md §2.2, §2.3',
    'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAccessEntry.html',
  ],
  remediation: 'Name the node role (the role of the instance profile, the Fargate pod execution role, the hybrid nodes role), or make the entry STANDARD if it is for a person.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: { user: 'type {{type}} needs an IAM role, but "{{principal}}" is an IAM user: name the node role instead' },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (!type || !ROLE_ONLY.includes(type) || !isIamUser(e.principal)) continue;
      report({ messageId: 'user', at: e, field: 'principal', principal: known(e.principal), data: { type, principal: render(e.principal) } });
    }
  },
});
