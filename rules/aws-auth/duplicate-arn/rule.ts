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
      const roles = rows.filter((m) => m.section === 'mapRoles');
      const users = rows.filter((m) => m.section === 'mapUsers');
      const lower = (m: IdentityMapping) => known(m.arn)!.toLowerCase();
      roles.forEach((m, i) => {
        const first = roles.slice(0, i).find((r) => lower(r) === lower(m));
        if (!first) return;
        const winner = roles.filter((r) => lower(r) === lower(m)).at(-1)!;
        const arn = known(m.arn)!;
        const other = known(first.arn)!;
        report({
          messageId: other === arn ? 'role' : 'roleCase', at: m, field: 'arn', principal: arn,
          data: { arn, other, first: entryName(first), winner: which(winner, m) },
        });
      });
      users.forEach((m, i) => {
        const arn = known(m.arn)!;
        const role = roles.find((r) => lower(r) === lower(m));
        if (role) {
          report({ messageId: 'bothSections', at: m, field: 'arn', principal: arn, data: { arn, first: entryName(role) } });
          return;
        }
        const earlier = users.slice(0, i);
        const same = earlier.find((u) => known(u.arn) === arn);
        if (same) {
          const winner = users.filter((u) => known(u.arn) === arn).at(-1)!;
          report({ messageId: 'user', at: m, field: 'arn', principal: arn, data: { arn, first: entryName(same), winner: which(winner, m) } });
          return;
        }
        const other = earlier.find((u) => lower(u) === lower(m));
        if (other) report({ messageId: 'userCase', at: m, field: 'arn', principal: arn, data: { arn, other: known(other.arn)!, first: entryName(other) } });
      });
    }
  },
});

/** The winning row, named from the point of view of the reported one. */
function which(winner: IdentityMapping, reported: IdentityMapping): string {
  return winner === reported ? 'this one' : entryName(winner);
}
