import { parseArn } from '../../../src/arn.ts';
import type { AwsAuthDocument, IdentityMapping } from '../../../src/model.ts';
import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { certain, entryName } from '../../lib/mappings.ts';

export default defineRule({
  id: 'aws-auth/duplicate-arn',
  severity: 'error',
  description: 'Map each IAM principal once per aws-auth ConfigMap',
  rationale:
    'The authenticator never reports duplicates; it stores the rows in maps and one silently wins. mapRoles rows are keyed by the lower-cased ' +
    'rolearn, so of two rows for one role (in any case) only the last counts. mapUsers rows are keyed by the userarn as written: an exact ' +
    'repeat keeps the last row, but two spellings that differ only in case are both kept and a lookup returns whichever the Go map yields first, ' +
    'so the caller\'s username and groups change at random between requests. An ARN in both sections is looked up in mapRoles first, so the ' +
    'mapUsers row never applies. Either way, someone editing the dead row believes it grants what it does not.',
  sources: [
    'reference/authenticator.md §4 (Duplicates, precedence, overlaps)',
    'reference/authenticator.md §2 (Matching)',
    'reference/eks-api-schemas.md §3.3 (ARN matching)',
  ],
  remediation: 'Keep one row per ARN and merge the groups you need into it; delete the other rows.',
  tags: ['aws-auth', 'correctness'],
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: {
    role: 'role ARN "{{arn}}" is already mapped by {{first}}: only the last row for a role counts ({{winner}}), the others are ignored; merge them into one',
    roleCase:
      'role ARN "{{arn}}" is already mapped by {{first}} (as "{{other}}"; case does not matter for roles): only the last row counts ({{winner}}), the others are ignored; merge them into one',
    user: 'user ARN "{{arn}}" is already mapped by {{first}}: only the last row for an ARN counts ({{winner}}), the others are ignored; merge them into one',
    userCase:
      'user ARN "{{arn}}" differs only in case from "{{other}}" ({{first}}): both rows are kept and which one applies is random per request; keep one',
    bothSections: 'ARN "{{arn}}" is also mapped by {{first}}: mapRoles is looked up first, so this mapUsers row never applies; keep one',
  },
  check({ model }, report) {
    const byDocument = new Map<AwsAuthDocument, IdentityMapping[]>();
    for (const m of model.identityMappings) {
      // Only rows whose ARN is fully known and that provably exist can be compared. A value that is no
      // ARN at all (`<ROLE_ARN>` in a template) never matches a caller: its repeats change nothing.
      if (m.section === 'mapAccounts' || known(m.arn) === undefined || !parseArn(m.arn) || !certain(m)) continue;
      const rows = byDocument.get(m.document) ?? [];
      rows.push(m);
      byDocument.set(m.document, rows);
    }
    for (const rows of byDocument.values()) {
      // Rows grouped by ARN, each group in file order: linear in the rows, however many repeat.
      const roles = groupBy(rows.filter((m) => m.section === 'mapRoles'), lowerArn);
      const users = rows.filter((m) => m.section === 'mapUsers');
      const usersExact = groupBy(users, (m) => known(m.arn)!);
      const usersLower = groupBy(users, lowerArn);
      for (const group of roles.values()) {
        const [first, ...repeats] = group;
        const other = known(first.arn)!;
        for (const m of repeats) {
          const arn = known(m.arn)!;
          report({
            messageId: other === arn ? 'role' : 'roleCase', at: m, field: 'arn', principal: arn,
            data: { arn, other, first: entryName(first), winner: which(group.at(-1)!, m) },
          });
        }
      }
      for (const m of users) {
        const arn = known(m.arn)!;
        const role = roles.get(lowerArn(m))?.[0];
        if (role) {
          report({ messageId: 'bothSections', at: m, field: 'arn', principal: arn, data: { arn, first: entryName(role) } });
          continue;
        }
        const same = usersExact.get(arn)!;
        if (same[0] !== m) {
          report({ messageId: 'user', at: m, field: 'arn', principal: arn, data: { arn, first: entryName(same[0]), winner: which(same.at(-1)!, m) } });
          continue;
        }
        const other = usersLower.get(lowerArn(m))![0];
        if (other !== m) report({ messageId: 'userCase', at: m, field: 'arn', principal: arn, data: { arn, other: known(other.arn)!, first: entryName(other) } });
      }
    }
  },
});

/** The winning row, named from the point of view of the reported one. */
function which(winner: IdentityMapping, reported: IdentityMapping): string {
  return winner === reported ? 'this one' : entryName(winner);
}

const lowerArn = (m: IdentityMapping) => known(m.arn)!.toLowerCase();

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const group = out.get(k);
    if (group) group.push(t);
    else out.set(k, [t]);
  }
  return out;
}
