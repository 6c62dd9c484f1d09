import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import type { MappingKey } from '../../../src/model.ts';
import { arnKeyOf, unknownKeys, unknownSsoKeys } from '../../lib/mapping-keys.ts';

/** What the entry loses when the key meant is ignored. */
const LOSS: Record<string, string> = {
  rolearn: 'the entry has no rolearn and is dropped',
  userarn: 'the entry has no userarn and is dropped',
  username: 'the mapping gets an empty username',
  groups: 'the mapping gets no groups',
  sso: 'the entry has no sso matcher',
  userid: 'nothing (userid is not used for aws-auth)',
  permissionSetName: 'the matcher has no permission set and the entry is dropped',
  accountID: 'the matcher has no account and the entry is dropped',
  partition: 'the matcher has no partition',
};

export default defineRule({
  id: 'aws-auth/unknown-key',
  severity: 'error',
  description: 'Use only the keys aws-iam-authenticator reads in an aws-auth entry',
  rationale:
    'The authenticator decodes each entry with encoding/json, which silently ignores keys it does not know: no error, not even a log ' +
    'line. A typo such as `usernme`, `group`, `role_arn` or `arn` therefore leaves the mapping without its username or groups, or drops the ' +
    'entry for lack of a rolearn, and nothing says why. mapRoles reads rolearn, username, groups, sso and userid; mapUsers reads userarn, ' +
    'username, groups and userid; an sso matcher reads permissionSetName, accountID and partition (names are matched ignoring case — see ' +
    'aws-auth/key-case). Only keys close to a known one are reported, with the key they most likely meant; other extra keys change nothing.',
  sources: ['reference/authenticator.md §1.2 (Accepted keys)', 'reference/eks-api-schemas.md §3.1'],
  remediation: 'Rename the key to the one the authenticator reads (the message names it).',
  tags: ['aws-auth', 'correctness'],
  formats: ['cm', 'tfk', 'cdk'],
  messages: {
    unknown: 'key "{{key}}" is not read by the authenticator and is silently ignored, so {{loss}}: write "{{suggestion}}"',
    otherSection: 'key "{{key}}" is only read under {{other}}: under {{section}} it is ignored, so {{loss}}; write "{{suggestion}}" (or move the entry)',
    shadowed: 'key "{{key}}" is not read by the authenticator and is silently ignored; "{{suggestion}}" is also written and applies: remove "{{key}}" or merge it into "{{suggestion}}"',
    ssoInUsers: 'key "{{key}}" is only read under mapRoles: under mapUsers it is ignored; move this entry to mapRoles',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts') continue;
      const section = m.section;
      const other = section === 'mapRoles' ? 'mapUsers' : 'mapRoles';
      for (const { key, suggestion } of unknownKeys(m)) {
        const at = { at: { origin: key.origin!, fields: {} }, key: true, principal: known(m.arn) };
        const lower = key.key.toLowerCase();
        if (section === 'mapUsers' && lower === 'sso') {
          report({ ...at, messageId: 'ssoInUsers', data: { key: key.key } });
        } else if (lower === arnKeyOf(other)) {
          const id = written(m.keys, suggestion!) ? 'shadowed' : 'otherSection';
          report({ ...at, messageId: id, data: { key: key.key, section, other, suggestion: suggestion!, loss: LOSS[suggestion!] } });
        } else if (suggestion) {
          report({ ...at, messageId: written(m.keys, suggestion) ? 'shadowed' : 'unknown', data: { key: key.key, suggestion, loss: LOSS[suggestion] } });
        }
      }
      for (const { key, suggestion } of unknownSsoKeys(m)) {
        if (!suggestion) continue;
        const id = written(m.sso!.keys, suggestion) ? 'shadowed' : 'unknown';
        report({ at: { origin: key.origin!, fields: {} }, key: true, messageId: id, data: { key: key.key, suggestion, loss: LOSS[suggestion] } });
      }
    }
  },
});

/** The known key is written too (in any case). */
const written = (keys: MappingKey[], known: string) => keys.some((k) => k.key.toLowerCase() === known.toLowerCase());
