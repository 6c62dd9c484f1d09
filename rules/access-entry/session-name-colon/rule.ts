import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { sessionMacroWithoutColon } from '../../lib/usernames.ts';

export default defineRule({
  id: 'access-entry/session-name-colon',
  severity: 'error',
  description: 'An access entry username with {{SessionName}} needs a ":" before it',
  rationale:
    'EKS requires a colon before `{{SessionName}}` or `{{SessionNameRaw}}` in an access entry username: "you can\'t have a username of ' +
    '`john{{SessionName}}`. The username would have to be `:john{{SessionName}}` or `jo:hn{{SessionName}}`". The session name is chosen by the caller, ' +
    'so without a static prefix before a colon the caller would choose the username\'s namespace. The API rejects such an entry.',
  sources: [
    'reference/eks-api-schemas.md §2.3 (Custom username)',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html',
  ],
  remediation: 'Put a fixed prefix ending in ":" before the macro, e.g. `Username: "devs:{{SessionName}}"`.',
  tags: ['access-entry', 'security'],
  securitySeverity: 5.0,
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: { colon: 'username "{{username}}" has {{macro}} with no ":" before it: EKS rejects it; write e.g. "{{suggestion}}"' },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const macro = sessionMacroWithoutColon(e.username);
      if (!macro) continue;
      const username = known(e.username)!;
      report({ messageId: 'colon', at: e, field: 'username', principal: known(e.principal), data: { username, macro, suggestion: `user:${username}` } });
    }
  },
});
