import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { sessionMacroWithoutColon } from '../../lib/usernames.ts';

export default defineRule({
  id: 'aws-auth/session-name-colon',
  severity: 'warning',
  description: 'Put a static prefix with a colon before {{SessionName}} in an aws-auth username',
  rationale:
    'For a role that people assume, the session name is chosen by the caller. With `{{SessionName}}` before the first colon, the caller picks the ' +
    'username\'s prefix: `{{SessionName}}:masters` assumed with session name `system` renders `system:masters`. Session names cannot contain ":", ' +
    'so a static prefix ending in ":" fixes the namespace of the username. EKS enforces this for access entries; the authenticator does not for aws-auth.',
  sources: ['reference/authenticator.md §3 (The colon rule)', 'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html'],
  remediation: 'Start the username with a fixed prefix and a colon, e.g. `username: "devs:{{SessionName}}"`.',
  tags: ['aws-auth', 'security'],
  securitySeverity: 5.0,
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: { colon: 'username "{{username}}" has {{macro}} before any ":": the caller chooses its prefix; write e.g. "{{suggestion}}"' },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      const macro = sessionMacroWithoutColon(m.username);
      if (!macro) continue;
      const username = known(m.username)!;
      report({
        messageId: 'colon', at: m, field: 'username', principal: known(m.arn),
        data: { username, macro, suggestion: `${m.section === 'mapUsers' ? 'user' : 'role'}:${username}` },
      });
    }
  },
});
