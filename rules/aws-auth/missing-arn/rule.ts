import type { IdentityMapping } from '../../../src/model.ts';
import { defineRule, type ReportDescriptor } from '../../../src/rule.ts';
import { isKnown, known } from '../../../src/text.ts';
import { entryName } from '../../lib/mappings.ts';
import { arnKeyOf, meantAs } from '../../lib/mapping-keys.ts';

const WHAT: Record<string, string> = { string: 'a string', number: 'a number', boolean: 'a boolean', null: 'empty', seq: 'a list' };

export default defineRule({
  id: 'aws-auth/missing-arn',
  severity: 'error',
  description: 'Every aws-auth entry needs its rolearn (mapRoles) or userarn (mapUsers)',
  rationale:
    'After parsing, the authenticator validates each entry and drops the ones that fail, keeping the rest ("Only saving data that was good"): ' +
    'a mapRoles entry needs a `rolearn` (or an `sso` matcher), a mapUsers entry a `userarn`. An entry without one — or with an empty one, or ' +
    'a value that is not a string (which arrives empty) — is dropped with only a log line. So is a list item that is not a mapping at all, ' +
    'such as a bare ARN string (`- arn:aws:iam::…`) or an empty `- `. Whoever the entry was meant for gets "ARN is not mapped".',
  sources: [
    'reference/authenticator.md §1.3 (entry without rolearn, mapUsers entry without userarn, entry that is a plain string)',
    'reference/authenticator.md §1.4 (granularity of failure)',
    'reference/eks-api-schemas.md §3.1',
  ],
  remediation: 'Give the entry `rolearn: arn:<partition>:iam::<account>:role/<name>` (mapRoles) or `userarn: …:user/<name>` (mapUsers), or delete it.',
  tags: ['aws-auth', 'correctness'],
  formats: ['cm', 'tfk', 'cdk'],
  messages: {
    missing: '{{entry}} has no {{key}}: the authenticator drops it',
    empty: '{{entry}} has an empty {{key}}: the authenticator drops it',
    notString: 'the {{key}} of {{entry}} is {{what}}{{shown}}, not a string: it arrives empty and the entry is dropped; write the ARN as a string',
    notMapping: '{{entry}} is {{what}}, not a mapping: the authenticator drops it; write it as `- {{key}}: <ARN>`',
    bareArn: '{{entry}} is just the string "{{value}}", not a mapping: the authenticator drops it; write `- {{key}}: {{value}}`',
    nullItem: '{{entry}} is an empty list item: the authenticator drops it ("{{why}}"); remove it or fill it in',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts') continue;
      const key = arnKeyOf(m.section);
      const entry = entryName(m);
      if (m.item) {
        notMapping(m, key, entry, report);
        continue;
      }
      // An `sso` matcher stands in for rolearn (aws-auth/sso-entry judges it); a misspelt or miscased ARN key is another rule's finding.
      if (m.keys.some((k) => k.key.toLowerCase() === 'sso') || meantAs(m, key)) continue;
      const written = m.keys.filter((k) => k.key.toLowerCase() === key).pop();
      if (!written) {
        report({ messageId: 'missing', at: m, data: { entry, key } });
        continue;
      }
      const at = { at: m, field: 'arn' };
      if (written.type === 'string') {
        // Validate drops only an empty string; a blank one is kept (and never matches: aws-auth/invalid-arn).
        if (isKnown(written.text) && known(written.text) === '') report({ ...at, messageId: 'empty', data: { entry, key } });
      } else if (written.type === 'null') report({ ...at, key: true, messageId: 'empty', data: { entry, key } });
      else report({ ...at, messageId: 'notString', data: { entry, key, what: WHAT[written.type] ?? 'a mapping', shown: written.raw ? ` (${written.raw})` : '' } });
    }
  },
});

function notMapping(m: IdentityMapping, key: string, entry: string, report: (d: ReportDescriptor) => void): void {
  const item = m.item!;
  if (item.type === 'null') {
    const why = m.section === 'mapUsers' ? 'value for userarn must be supplied' : 'one of rolearn or SSO must be supplied';
    report({ messageId: 'nullItem', at: m, data: { entry, why } });
    return;
  }
  if (item.type === 'string') {
    // `- ${ROLE_ENTRY}`: an expression may stand for a whole entry; no verdict.
    const value = known(item.text)?.trim();
    if (value === undefined) return;
    if (/^arn:/i.test(value)) {
      report({ messageId: 'bareArn', at: m, principal: value, data: { entry, key, value } });
      return;
    }
  }
  report({ messageId: 'notMapping', at: m, data: { entry, key, what: WHAT[item.type] ?? 'a mapping' } });
}
