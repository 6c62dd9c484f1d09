import { parseArn } from '../../../src/arn.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, knownPrefix, render, type Text } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';
import { PER_SESSION_MACROS, unknownMacros } from '../../lib/macros.ts';
import { reservedPrefixOf } from '../../lib/usernames.ts';

export default defineRule({
  id: 'access-entry/static-role-username',
  severity: 'note',
  description: 'Give a role\'s access entry a username with {{SessionName}}',
  rationale:
    'Everyone who assumes a role uses it through a session of their own. EKS records the Kubernetes username in the audit log; ' +
    'by default an entry for a role gets `arn:aws:sts::<account>:assumed-role/<name>/{{SessionName}}`, so each session is told apart. ' +
    'A fixed custom username (`Username: deployer`) makes every session of the role look the same in the audit log and to RBAC. ' +
    'Keep the session in the name with `{{SessionName}}` (or `{{SessionNameRaw}}`) after a colon. A username with another per-session ' +
    'macro (`{{AccessKeyID}}`, `{{EC2PrivateDNSName}}`) or one the file does not show in full gives no finding.',
  sources: [
    'reference/eks-api-schemas.md §2.2, §2.3 (Custom username)',
    'https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html',
  ],
  remediation: 'Write the username as `<name>:{{SessionName}}` (e.g. `deployer:{{SessionName}}`), or leave it out to get EKS\'s default.',
  tags: ['access-entry', 'audit'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    static: 'every session of role {{principal}} signs in as "{{username}}": sessions cannot be told apart in audit logs; write "{{suggestion}}"',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const username = known(e.username);
      if (!username || entryType(e.type) !== 'STANDARD' || !isRole(e.principal)) continue;
      // A macro that differs per session keeps sessions apart; a reserved name or a misspelt macro is another rule's error.
      if (PER_SESSION_MACROS.some((m) => username.includes(m)) || reservedPrefixOf(e.username) || unknownMacros(e.username).length > 0) continue;
      report({
        messageId: 'static', at: e, field: 'username', principal: known(e.principal),
        data: { principal: render(e.principal), username, suggestion: `${username}:{{SessionName}}` },
      });
    }
  },
});

function isRole(t: Text): boolean {
  const arn = parseArn(t);
  return !!arn && arn.service === 'iam' && knownPrefix(arn.resource).startsWith('role/');
}
