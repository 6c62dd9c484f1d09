import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { entryType, NODE_TYPES } from '../../lib/entry-types.ts';
import { unknownMacros } from '../../lib/macros.ts';

/**
 * Macros accepted in access entry usernames. EKS documents the first two; the authenticator renders the
 * others too, and whether EKS does for access entries is UNVERIFIED, which is no ground for an error.
 */
const ENTRY_MACROS = ['SessionName', 'SessionNameRaw', 'AccountID', 'AccessKeyID', 'EC2PrivateDNSName'];

export default defineRule({
  id: 'access-entry/unknown-macro',
  severity: 'error',
  description: 'Use only macros EKS replaces in access entry usernames, spelled exactly',
  rationale:
    'EKS replaces `{{SessionName}}` (with `@` turned into `-`) and `{{SessionNameRaw}}` in a custom username; aws-iam-authenticator also ' +
    'renders `{{AccountID}}`, `{{AccessKeyID}}` and `{{EC2PrivateDNSName}}` (whether EKS does so for access entries is not documented, ' +
    'so they are accepted here). Anything else in double braces, including a different case (`{{sessionName}}`) or spaces, is not a ' +
    'macro: the authenticator replaces exact names only, so the username keeps the literal text, every session shares one odd name ' +
    'and RBAC bindings written for the intended name never match.',
  sources: [
    'reference/eks-api-schemas.md §2.3 (Custom username), §3.2',
    'https://docs.aws.amazon.com/eks/latest/userguide/set-custom-username.html',
  ],
  remediation: 'Spell the macro exactly, e.g. `devs:{{SessionName}}`, or drop it.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    typo: 'username "{{username}}" has {{macro}}, which EKS does not replace: write {{suggestion}}',
    unknown: 'username "{{username}}" has {{macro}}, which EKS does not replace: use {{SessionName}} or {{SessionNameRaw}}, or drop it',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const type = entryType(e.type);
      if (type && NODE_TYPES.includes(type)) continue;
      for (const m of unknownMacros(e.username, ENTRY_MACROS)) {
        report({
          messageId: m.suggestion ? 'typo' : 'unknown', at: e, field: 'username', principal: known(e.principal),
          data: { username: render(e.username!), macro: m.macro, ...(m.suggestion ? { suggestion: m.suggestion } : {}) },
        });
      }
    }
  },
});
