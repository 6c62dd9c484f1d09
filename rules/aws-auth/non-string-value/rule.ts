import type { IdentityMapping, MappingKey, ValueInfo } from '../../../src/model.ts';
import { defineRule, type ReportDescriptor } from '../../../src/rule.ts';
import { isKnown, known } from '../../../src/text.ts';
import { ordinal } from '../../lib/mappings.ts';

const TYPE: Record<string, string> = { boolean: 'boolean', number: 'number' };
const WHAT: Record<string, string> = { map: 'a mapping', seq: 'a list' };

export default defineRule({
  id: 'aws-auth/non-string-value',
  severity: 'error',
  description: 'Quote aws-auth usernames and groups that YAML 1.1 reads as booleans, numbers or null, and write groups as a list',
  rationale:
    'The authenticator reads mapRoles and mapUsers as YAML 1.1 (go-yaml v2), where plain `yes`, `no`, `on`, `off`, `y`, `n`, `true`, ' +
    '`123`, `0x1F`, `~` and `null` are not strings. It then decodes the entry into string fields with encoding/json, which on a type ' +
    'mismatch logs an error and leaves that one field empty: `username: yes` gives an empty username, a group `- on` an empty group name, and ' +
    '`groups: system:masters` (a string where a list belongs) no groups at all. The entry itself is kept, so nothing fails loudly. YAML 1.2 ' +
    'tools (and most editors) show these values as the strings they look like.',
  sources: [
    'reference/authenticator.md §1.3 (Wrong type inside an entry; YAML 1.1 booleans and nulls)',
    'reference/authenticator.md §10 (Derived implications, item 4)',
  ],
  remediation: 'Quote the value (`username: "yes"`, `- "123"`), and write groups as a YAML list (`groups:` followed by `- system:masters` items).',
  tags: ['aws-auth', 'correctness'],
  fixable: true,
  formats: ['cm', 'tfk', 'cdk'],
  messages: {
    username: 'unquoted username {{raw}} is a YAML 1.1 {{type}}, not a string, so the username arrives empty: write username: "{{raw}}"',
    usernameNull: 'unquoted username {{raw}} is null in YAML, so the username arrives empty: write the username (quoted, if you mean the text "{{raw}}")',
    usernameStructure: 'username is {{what}}, not a string, so the username arrives empty: write one string',
    groupsString: 'groups is the single string "{{value}}", not a list, so the mapping gets no groups at all: write it as a list, groups: ["{{value}}"]',
    groupsScalar: 'groups is the unquoted {{raw}}, a YAML 1.1 {{type}} and not a list, so the mapping gets no groups at all: write groups: ["{{raw}}"]',
    groupsStructure: 'groups is a mapping, not a list, so the mapping gets no groups at all: write each group as a list item',
    group: 'unquoted group {{raw}} is a YAML 1.1 {{type}}, not a string, so it arrives as an empty group name: write - "{{raw}}"',
    groupNull: 'unquoted group {{raw}} is null in YAML, so it arrives as an empty group name: remove it (or write - "{{raw}}" if you mean that text)',
    groupStructure: 'the {{nth}} group is {{what}}, not a string, so it arrives as an empty group name: write one string',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts' || m.item) continue;
      for (const k of m.keys) {
        const lower = k.key.toLowerCase();
        if (lower === 'username') username(m, k, report);
        else if (lower === 'groups') groups(m, k, report);
      }
    }
  },
});

type Report = (d: ReportDescriptor) => void;

const at = (m: IdentityMapping, k: MappingKey) => ({ at: { origin: k.origin!, fields: {} }, principal: known(m.arn) });

function username(m: IdentityMapping, k: MappingKey, report: Report): void {
  if (TYPE[k.type] && k.raw) report({ ...at(m, k), messageId: 'username', data: { raw: k.raw, type: TYPE[k.type] }, fix: { replace: k.raw } });
  // An empty `username:` is aws-auth/missing-username's; only a written `~` / `null` is a value read the wrong way.
  else if (k.type === 'null' && k.raw) report({ ...at(m, k), messageId: 'usernameNull', data: { raw: k.raw } });
  else if (WHAT[k.type]) report({ ...at(m, k), messageId: 'usernameStructure', data: { what: WHAT[k.type] } });
}

function groups(m: IdentityMapping, k: MappingKey, report: Report): void {
  if (k.type === 'string') {
    // `groups: ${jsonencode(var.groups)}` may well yield a list: unknown text is no verdict.
    if (isKnown(k.text)) report({ ...at(m, k), messageId: 'groupsString', data: { value: known(k.text)! }, fix: { replace: [known(k.text)!] } });
  } else if (TYPE[k.type] && k.raw) report({ ...at(m, k), messageId: 'groupsScalar', data: { raw: k.raw, type: TYPE[k.type] }, fix: { replace: [k.raw] } });
  else if (k.type === 'map') report({ ...at(m, k), messageId: 'groupsStructure' });
  else if (k.type === 'seq') (m.groupValues ?? []).forEach((g, i) => group(m, k, g, i, report));
}

function group(m: IdentityMapping, k: MappingKey, g: ValueInfo, i: number, report: Report): void {
  const where = { ...at(m, k), path: `/${i}` };
  if (TYPE[g.type] && g.raw) report({ ...where, messageId: 'group', data: { raw: g.raw, type: TYPE[g.type] }, fix: { replace: g.raw } });
  else if (g.type === 'null' && g.raw) report({ ...where, messageId: 'groupNull', data: { raw: g.raw } });
  else if (WHAT[g.type]) report({ ...where, messageId: 'groupStructure', data: { nth: ordinal(i + 1), what: WHAT[g.type] } });
}
