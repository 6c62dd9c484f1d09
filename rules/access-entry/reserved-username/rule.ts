import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';
import { isNodeUsername, reservedPrefixOf } from '../../lib/usernames.ts';

export default defineRule({
  id: 'access-entry/reserved-username',
  severity: 'error',
  description: 'A custom access entry username must not start with system:, eks:, aws:, amazon: or iam:',
  rationale:
    'EKS keeps the username prefixes `system:`, `eks:`, `aws:`, `amazon:` and `iam:` for itself and rejects a custom username that starts with ' +
    'one, so the entry fails to deploy. A STANDARD entry written with a node username (`system:node:{{EC2PrivateDNSName}}`, copied from aws-auth) ' +
    'is usually a node role that needs a node type instead. Only STANDARD entries (and entries that do not write a type) are judged here: on node ' +
    'types any username is refused (`access-entry/username-on-non-standard`), and for `EC2` and `HYPERPOD_LINUX` the username rules are not documented.',
  sources: [
    'reference/eks-api-schemas.md §2.3 (Custom username)',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html',
  ],
  remediation: 'Pick a username of your own namespace (e.g. `ops:{{SessionName}}`), or leave it out: EKS then uses the principal\'s ARN.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    reserved: 'username "{{username}}" starts with "{{prefix}}", which EKS reserves: use a prefix of your own, e.g. "{{suggestion}}"',
    node:
      'username "{{username}}" is the one EKS gives nodes and "system:" is reserved: for a node role set the type ' +
      '({{types}}) and remove the username',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      if (entryType(e.type) !== 'STANDARD') continue;
      const prefix = reservedPrefixOf(e.username);
      if (!prefix) continue;
      const username = render(e.username!);
      const node = isNodeUsername(e.username);
      report({
        messageId: node ? 'node' : 'reserved', at: e, field: 'username', principal: known(e.principal),
        data: node
          ? { username, types: username.includes('EC2PrivateDNSName') ? 'EC2_LINUX or EC2_WINDOWS' : 'FARGATE_LINUX or HYBRID_LINUX' }
          : { username, prefix, suggestion: `ops:${username.slice(prefix.length) || '{{SessionName}}'}` },
      });
    }
  },
});
