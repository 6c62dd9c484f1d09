import { PARTITIONS } from '../../../src/arn.ts';
import type { IdentityMapping, MappingKey } from '../../../src/model.ts';
import { defineRule, type ReportDescriptor } from '../../../src/rule.ts';
import { isKnown, known, render } from '../../../src/text.ts';
import { unknownSsoKeys } from '../../lib/mapping-keys.ts';

const WHAT: Record<string, string> = { string: 'a string', number: 'a number', boolean: 'a boolean', null: 'empty', seq: 'a list', map: 'a mapping' };
const PERMISSION_SET = /^[\w+=,.@-]{1,32}$/;

export default defineRule({
  id: 'aws-auth/sso-entry',
  severity: 'error',
  description: 'Map IAM Identity Center (SSO) roles by their role ARN, not with an aws-auth `sso:` matcher',
  rationale:
    'A mapRoles entry may name a permission set (`sso: {permissionSetName, accountID, partition}`) instead of a rolearn. That matcher is ' +
    'alpha: it only matches when the authenticator runs with the SSORoleMatch feature gate, which is off by default and which EKS does not ' +
    'document turning on; the release-0.5 line has no sso matcher at all. So the same entry works on one build and silently not on another. ' +
    'Setting `partition` breaks it everywhere: the authenticator fills in "aws" only when partition is empty and otherwise leaves the ' +
    'pattern\'s partition blank, so with any partition — "aws" included — it never matches (a partition outside the known list, such as the ' +
    '"aws-us-govt" the upstream docs suggest, is rejected and the entry dropped). The entry is also dropped when it has a rolearn as well, an ' +
    'accountID that is not 12 digits (an unquoted number arrives empty), or a permission set name outside `[\\w+=,.@-]{1,32}`.',
  sources: [
    'reference/authenticator.md §1.2 (Accepted keys: sso)',
    'reference/authenticator.md §1.3 (sso validation)',
    'reference/authenticator.md §4 (SSO partition bug)',
    'reference/eks-api-schemas.md §3.1 (sso: UNVERIFIED whether EKS honours it)',
  ],
  remediation:
    'Map the permission set\'s role by its ARN without the path: `rolearn: arn:aws:iam::<account>:role/AWSReservedSSO_<PermissionSet>_<suffix>` ' +
    '(or give it an access entry). If you keep the matcher, remove `partition` and quote `accountID`.',
  tags: ['aws-auth', 'correctness'],
  formats: ['cm'],
  messages: {
    gated:
      'this sso entry (permission set "{{name}}", account {{account}}) matches only when the authenticator runs with the alpha SSORoleMatch feature gate (off by default, not documented for EKS): map the role instead, rolearn: arn:aws:iam::{{account}}:role/AWSReservedSSO_{{name}}_<suffix>',
    partition:
      'sso sets partition "{{partition}}": the authenticator then leaves the pattern\'s partition empty, so this entry never matches (even for "aws"); remove partition, or map the role ARN',
    partitionInvalid: 'sso partition "{{partition}}" is not an AWS partition ({{partitions}}): the authenticator drops this entry',
    both: 'this entry has both rolearn and sso: the authenticator drops it ("only one of rolearn or SSO can be supplied"); keep one',
    notMatcher: 'sso is {{what}}, not a mapping of permissionSetName and accountID: the authenticator drops this entry',
    missingField: 'sso has no {{field}}: the authenticator drops this entry',
    fieldType: 'unquoted sso {{field}} {{raw}} is a YAML 1.1 {{type}}, not a string, so it arrives empty and the entry is dropped: write {{field}}: "{{raw}}"',
    fieldStructure: 'sso {{field}} is {{what}}, not a string, so it arrives empty and the entry is dropped',
    account: 'sso accountID "{{value}}" is not 12 digits: the authenticator drops this entry',
    permissionSet: 'sso permissionSetName "{{value}}" is not a permission set name (1–32 of letters, digits and + = , . @ _ -): the authenticator drops this entry',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section !== 'mapRoles') continue;
      const ssoKey = last(m.keys, 'sso');
      if (!ssoKey) continue;
      const arnKey = last(m.keys, 'rolearn');
      // RoleARN is set when the key holds a non-empty string; unknown text leaves that open.
      if (arnKey?.type === 'string' && !isKnown(arnKey.text)) continue;
      const hasArn = arnKey?.type === 'string' && known(arnKey.text) !== '';
      const atKey = { at: { origin: ssoKey.origin!, fields: {} }, key: true };
      if (!m.sso) {
        if (!hasArn) report({ ...atKey, messageId: 'notMatcher', data: { what: WHAT[ssoKey.type] } });
        continue;
      }
      if (hasArn) report({ ...atKey, messageId: 'both' });
      else if (!dropped(m, atKey, report)) partitionOrGate(m, atKey, report);
    }
  },
});

type At = Pick<ReportDescriptor, 'at' | 'key'>;

const last = (keys: MappingKey[], name: string) => keys.filter((k) => k.key.toLowerCase() === name.toLowerCase()).pop();

/** Validate's checks on the matcher, in its order; true when one provably fails (and was reported). */
function dropped(m: IdentityMapping, atKey: At, report: (d: ReportDescriptor) => void): boolean {
  const fields: [keyof NonNullable<IdentityMapping['sso']>, RegExp, string][] = [
    ['accountID', /^[0-9]{12}$/, 'account'],
    ['permissionSetName', PERMISSION_SET, 'permissionSet'],
  ];
  for (const [field, re, messageId] of fields) {
    const k = m.sso![field] as MappingKey | undefined;
    if (!k) {
      // A misspelt `permissionSet` is aws-auth/unknown-key's finding; the entry is dropped either way.
      if (!unknownSsoKeys(m).some((u) => u.suggestion === field)) report({ ...atKey, messageId: 'missingField', data: { field } });
      return true;
    }
    const at = { at: { origin: k.origin!, fields: {} } };
    if (k.type !== 'string') {
      if (k.raw && k.type !== 'null') report({ ...at, messageId: 'fieldType', data: { field, raw: k.raw, type: k.type } });
      else report({ ...at, messageId: 'fieldStructure', data: { field, what: WHAT[k.type] } });
      return true;
    }
    const value = known(k.text);
    if (value !== undefined && !re.test(value)) {
      report({ ...at, messageId, data: { value } });
      return true;
    }
  }
  return false;
}

function partitionOrGate(m: IdentityMapping, atKey: At, report: (d: ReportDescriptor) => void): void {
  const p = m.sso!.partition;
  const partition = p?.type === 'string' ? known(p.text) : '';
  if (partition === undefined) return; // unknown: it may be empty, or not
  if (partition !== '') {
    const at = { at: { origin: p!.origin!, fields: {} } };
    if (PARTITIONS.includes(partition)) report({ ...at, messageId: 'partition', data: { partition } });
    else report({ ...at, messageId: 'partitionInvalid', data: { partition, partitions: PARTITIONS.join(', ') } });
    return;
  }
  const text = (k: MappingKey | undefined, fallback: string) => (k?.text ? render(k.text) : fallback);
  report({ ...atKey, messageId: 'gated', data: { name: text(m.sso!.permissionSetName, '<PermissionSet>'), account: text(m.sso!.accountID, '<account>') } });
}
