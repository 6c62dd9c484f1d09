import { defineRule } from '../../../src/rule.ts';
import { known, render, type Text } from '../../../src/text.ts';
import { AWS_AUTH_MACROS, unknownMacros } from '../../lib/macros.ts';

const LIST = AWS_AUTH_MACROS.map((m) => `{{${m}}}`).join(', ');

export default defineRule({
  id: 'aws-auth/unknown-macro',
  severity: 'error',
  description: 'Use only the macros the authenticator renders in aws-auth usernames and groups',
  rationale:
    'The authenticator renders exactly five macros in the username and in every group: `{{EC2PrivateDNSName}}`, `{{AccountID}}`, ' +
    '`{{SessionName}}`, `{{SessionNameRaw}}` and `{{AccessKeyID}}`, by plain case-sensitive text replacement. Anything else in double braces, ' +
    'a typo like `{{SessionNames}}`, a different case like `{{sessionname}}`, or an old name like `{{InstanceID}}`, is neither rejected nor ' +
    'rendered: it stays in the name as literal text. A node username then no longer names its node, a per-session username becomes one shared ' +
    'name, and a templated group is a group no RBAC binding names.',
  sources: ['reference/authenticator.md §3 (Username and group templating)', 'reference/eks-api-schemas.md §3.2 (Templates)'],
  remediation: `Spell the macro exactly as one of ${LIST}.`,
  tags: ['aws-auth', 'correctness'],
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: {
    typo: '{{where}} "{{value}}" has {{macro}}, which the authenticator leaves as literal text: write {{suggestion}}',
    unknown: `{{where}} "{{value}}" has {{macro}}, which the authenticator leaves as literal text: the only macros are ${LIST}`,
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts') continue;
      const check = (t: Text | undefined, where: string, field: string, path?: string) => {
        for (const u of unknownMacros(t)) {
          report({
            messageId: u.suggestion ? 'typo' : 'unknown', at: m, field, path, principal: known(m.arn),
            data: { where, value: render(t!), macro: u.macro, suggestion: u.suggestion ?? '' },
          });
        }
      };
      check(m.username, 'username', 'username');
      m.groups.forEach((g, i) => check(g, 'group', 'groups', `/${i}`));
    }
  },
});
