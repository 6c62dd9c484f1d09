import { defineRule } from '../../../src/rule.ts';
import { isKnown, known, render } from '../../../src/text.ts';
import { ordinal } from '../../lib/mappings.ts';

export default defineRule({
  id: 'aws-auth/map-accounts',
  severity: 'warning',
  description: 'Avoid mapAccounts: it lets every IAM principal of an account into the cluster',
  rationale:
    'When a caller matches no mapRoles or mapUsers row but its account is listed in mapAccounts, the authenticator lets it in with its own ARN ' +
    'as username and no groups. Every role, user and session of that account (root included) then authenticates: effectively ' +
    '`system:authenticated` for the whole account, unscoped, without templates or reserved-prefix checks, and every session of a role shares ' +
    'one username. Account IDs are compared as exact strings with the caller\'s 12-digit account, and nothing checks the list: an item that is ' +
    'not exactly 12 digits (`12345`, an ID that lost its leading zero on the way, a trailing space, an empty item) matches no account at all. Such an item ' +
    'is reported with its own message, at this rule\'s level.',
  sources: [
    'reference/authenticator.md §5 (mapAccounts semantics)',
    'reference/authenticator.md §1.3 (mapAccounts unquoted numbers)',
    'reference/eks-api-schemas.md §3.1 (Structure and parsing rules)',
  ],
  remediation:
    'Map the roles that need access by `rolearn` (or give them access entries) and remove the account from mapAccounts. If you keep it, write ' +
    'the 12-digit account ID as a quoted string.',
  tags: ['aws-auth', 'security'],
  securitySeverity: 5.5,
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: {
    account:
      'mapAccounts lets every IAM principal of account {{account}} authenticate (username = its ARN, no groups): map the roles that need access instead',
    malformed: 'the {{nth}} mapAccounts item is {{what}}, not a 12-digit account ID, so it matches no account: write the account as a quoted 12-digit string',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section !== 'mapAccounts') continue;
      const value = known(m.arn);
      if (m.arn && !isKnown(m.arn)) {
        // An expression: whatever it yields, an account is opened; only whether it is well-formed is unknown.
        report({ messageId: 'account', at: m, field: 'arn', data: { account: render(m.arn) } });
      } else if (value !== undefined && /^\d{12}$/.test(value)) {
        report({ messageId: 'account', at: m, field: 'arn', principal: value, data: { account: value } });
      } else {
        const what = value ? `"${value}"` : { map: 'a mapping', seq: 'a list' }[m.keys[0]?.type as string] ?? 'empty';
        report({ messageId: 'malformed', at: m, field: 'arn', data: { nth: ordinal(m.index + 1), what } });
      }
    }
  },
});
