import { parseArn } from '../../../src/arn.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, render, type Part } from '../../../src/text.ts';
import { accountOf } from '../../lib/clusters.ts';

export default defineRule({
  id: 'policy/foreign-account',
  severity: 'error',
  description: 'Principals must come from the accounts the config allows',
  rationale:
    'An aws-auth row, a `mapAccounts` item or an access entry for a principal of another AWS account lets that account\'s administrators ' +
    'decide who reaches the cluster (STANDARD access entries and aws-auth both accept any account). The config\'s `policy.allowedAccounts` ' +
    'lists the accounts the organisation trusts. Off until it is set. `${AWS::AccountId}` (or a Terraform caller-identity reference) is the ' +
    'deploying account, known only from `--cluster-account` or `defaultAccount`; an account that is not known is not judged. Rows of an ' +
    'aws-auth ConfigMap tied to an `API` cluster grant nothing and are not judged.',
  sources: [
    'reference/eks-api-schemas.md §2.2, §2.3',
    'reference/authenticator.md §5',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
  ],
  remediation: 'Use a principal of an allowed account (a role there that the other account\'s users may assume), or add the account to `policy.allowedAccounts`.',
  tags: ['policy', 'security'],
  securitySeverity: 7.0,
  formats: ['cm', 'tfk', 'cfn', 'tf'],
  messages: {
    principal: '{{principal}} is in account {{account}}, which policy.allowedAccounts does not list ({{allowed}})',
    account: 'mapAccounts lets every principal of account {{account}} in, and policy.allowedAccounts does not list it ({{allowed}})',
  },
  check(ctx, report) {
    const allowed = ctx.config.policy?.allowedAccounts;
    if (!allowed) return;
    const show = allowed.join(', ') || 'none';
    for (const m of ctx.model.identityMappings) {
      const view = ctx.viewOf(m);
      if (!m.arn || view?.mode === 'API') continue;
      const part = m.section === 'mapAccounts' ? known(m.arn) : parseArn(m.arn)?.account;
      const account = accountOf(part, m.section === 'mapAccounts' ? undefined : (view?.account ?? ctx.clusterAccount({})));
      if (!account || allowed.includes(account)) continue;
      const messageId = m.section === 'mapAccounts' ? 'account' : 'principal';
      report({ messageId, at: m, field: 'arn', principal: known(m.arn), data: { principal: render(m.arn), account: shown(account, part), allowed: show } });
    }
    for (const e of ctx.model.accessEntries) {
      const part = parseArn(e.principal)?.account;
      const account = accountOf(part, ctx.clusterAccount(e.cluster));
      if (!account || allowed.includes(account)) continue;
      report({ messageId: 'principal', at: e, field: 'principal', principal: known(e.principal), data: { principal: render(e.principal), account: shown(account, part), allowed: show } });
    }
  },
});

/** The account for messages: said to be the deploying one when the text only means it. */
function shown(account: string, part: Part | undefined): string {
  return typeof part === 'string' ? account : `${account} (the deploying account)`;
}
