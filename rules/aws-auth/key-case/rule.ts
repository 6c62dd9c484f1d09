import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { knownKey } from '../../lib/mapping-keys.ts';

/** What the release-0.5 line loses when it ignores the key. */
const LOSS: Record<string, string> = {
  rolearn: 'the entry has no rolearn there and never matches',
  userarn: 'the entry has no userarn there and never matches',
  username: 'the mapping gets an empty username there',
  groups: 'the mapping gets no groups there',
  sso: 'that line has no sso matchers at all',
};

export default defineRule({
  id: 'aws-auth/key-case',
  severity: 'warning',
  description: 'Write aws-auth entry keys in lowercase: rolearn, userarn, username, groups',
  rationale:
    'Current authenticators (v0.5.0–v0.5.7 and v0.6.0 onwards) decode entries with encoding/json, which matches keys ignoring case, so ' +
    '`roleARN`, `userARN` or `UserName` work. The release-0.5 line (v0.5.8–v0.5.27) went back to gopkg.in/yaml.v2, which reads only the ' +
    'lowercase keys and silently ignores the others. Users hit this switch on EKS: `userARN` "suddenly stopped working" (PR #464), and the ' +
    'README\'s `roleARN` did not work on EKS 1.14 (issue #312). Which build EKS runs is not public, so only the lowercase spelling is safe. ' +
    'Top-level keys in the wrong case (`maproles`) are never read at all: see aws-auth/wrong-location.',
  sources: [
    'reference/authenticator.md §1.5 (Version differences)',
    'reference/authenticator.md §1.2 (Accepted keys)',
    'https://github.com/kubernetes-sigs/aws-iam-authenticator/pull/464',
    'https://github.com/kubernetes-sigs/aws-iam-authenticator/issues/312',
  ],
  remediation: 'Spell the key in lowercase: `rolearn`, `userarn`, `username`, `groups`.',
  tags: ['aws-auth', 'portability'],
  fixable: true,
  formats: ['cm', 'tfk', 'cdk'],
  messages: {
    keyCase: 'key "{{key}}" is read by current authenticators but ignored by the case-sensitive release-0.5 line ({{loss}}): write "{{fixed}}"',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts') continue;
      for (const k of m.keys) {
        const fixed = knownKey(m.section, k.key);
        // userid is not used for aws-auth at all: its spelling changes nothing.
        if (!fixed || fixed === k.key || !LOSS[fixed] || !k.origin) continue;
        report({
          messageId: 'keyCase', at: { origin: k.origin, fields: {} }, key: true, principal: known(m.arn),
          data: { key: k.key, fixed, loss: LOSS[fixed] },
          // Unless the entry also has the lowercase key: renaming would write it twice.
          ...(m.keys.some((o) => o.key === fixed) ? {} : { fix: { replace: fixed } }),
        });
      }
    }
  },
});
