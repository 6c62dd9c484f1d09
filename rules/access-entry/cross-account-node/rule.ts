import { parseArn } from '../../../src/arn.ts';
import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';

export default defineRule({
  id: 'access-entry/cross-account-node',
  severity: 'error',
  description: 'A node access entry must name a role in the cluster\'s own account',
  rationale:
    'Only STANDARD entries may name a principal in another account; every other type needs an IAM role of the cluster\'s own account ' +
    '(CreateAccessEntry principalArn doc). The account is taken from the cluster\'s ARN, `${AWS::AccountId}` / the deploying account ' +
    '(an access entry is always created in the cluster\'s account), the config (`clusters.<name>.account`, `defaultAccount`) or `--cluster-account`; ' +
    'when it is unknown there is no finding.',
  sources: ['reference/eks-api-schemas.md §2.2, §2.3', 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAccessEntry.html'],
  remediation: 'Use the node role of the cluster\'s account, or make the entry STANDARD if it is not for nodes.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: { account: 'type {{type}} entry names a role in account {{principalAccount}}, but the cluster is in {{clusterAccount}}' },
  check(ctx, report) {
    for (const e of ctx.model.accessEntries) {
      const type = entryType(e.type);
      if (!type || type === 'STANDARD') continue;
      const account = parseArn(e.principal)?.account;
      if (typeof account !== 'string' || !/^\d{12}$/.test(account)) continue; // `${AWS::AccountId}`: the cluster's own
      const clusterAccount = ctx.clusterAccount(e.cluster);
      if (!clusterAccount || clusterAccount === account) continue;
      report({
        messageId: 'account', at: e, field: 'principal', principal: known(e.principal),
        data: { type, principalAccount: account, clusterAccount },
      });
    }
  },
});
