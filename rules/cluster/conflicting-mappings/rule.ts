import { parseArn } from '../../../src/arn.ts';
import type { AccessEntry, IdentityMapping } from '../../../src/model.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, type Text } from '../../../src/text.ts';
import { identityKey, linked } from '../../lib/clusters.ts';
import { entryType, NODE_TYPES } from '../../lib/entry-types.ts';
import { isNodeUsername } from '../../lib/usernames.ts';

export default defineRule({
  id: 'cluster/conflicting-mappings',
  severity: 'warning',
  description: 'A principal mapped both in aws-auth and by an access entry gets only what the entry says',
  rationale:
    'In `API_AND_CONFIG_MAP` mode "access entries take precedence over ConfigMap entries for the same IAM principal": when a role or user ' +
    'has an access entry, its aws-auth row is never used. If the two differ (another username, other groups), the row grants nothing that ' +
    'it appears to grant — often the `system:masters` a half-finished migration still shows. The entry\'s username is its own or the one EKS ' +
    'generates (`arn:aws:sts::<account>:assumed-role/<name>/{{SessionName}}` for a role, the ARN for a user); a node entry and a node row ' +
    'are the same identity. Principals are compared as the authenticator and EKS see them (case-insensitive; a role by account and name, ' +
    'since an entry may carry the path a row never has); entries under a condition, and unknown values, are not compared.',
  sources: [
    'reference/eks-api-schemas.md §2.3, §3.3, §3.4',
    'reference/authenticator.md §4, §9',
    'https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html',
  ],
  remediation:
    'Decide what the principal should have and put it in the access entry (groups, username, access policies such as `AmazonEKSClusterAdminPolicy` ' +
    'for a `system:masters` row), then delete the aws-auth row.',
  tags: ['cluster', 'aws-auth', 'correctness'],
  formats: ['cm', 'tfk'],
  messages: {
    standard:
      '{{arn}} also has an access entry, which EKS uses instead of this row: it gets username "{{entryUser}}" and groups [{{entryGroups}}]' +
      '{{policies}}, not username "{{rowUser}}" and groups [{{rowGroups}}]. The row is dead: remove it, or move what it ' +
      'should grant into the entry{{linked}}',
    node:
      '{{arn}} has a {{type}} access entry, which EKS uses instead of this row: it gets a node identity, not username "{{rowUser}}" and ' +
      'groups [{{rowGroups}}]. The row is dead: remove it{{linked}}',
  },
  check(ctx, report) {
    for (const view of ctx.clusters) {
      if (view.mode !== 'API_AND_CONFIG_MAP') continue;
      const byPrincipal = new Map<string, AccessEntry[]>();
      for (const e of view.entries) {
        const key = e.condition ? undefined : identityKey(e.principal);
        if (key) byPrincipal.set(key, [...(byPrincipal.get(key) ?? []), e]);
      }
      for (const m of view.mappings) {
        if (m.section === 'mapAccounts') continue;
        const key = identityKey(m.arn);
        const entries = key ? byPrincipal.get(key) : undefined;
        // Two entries for one principal is access-entry/duplicate-principal: which one stands is not known.
        if (!entries || entries.length !== 1) continue;
        const row = rowIdentity(m);
        if (!row) continue;
        const e = entries[0];
        const type = entryType(e.type);
        const base = { arn: known(m.arn)!, rowUser: row.username, rowGroups: row.groups.join(', '), linked: linked(view, m, e) };
        if (type && NODE_TYPES.includes(type)) {
          if (!isNodeUsername(m.username)) report({ messageId: 'node', at: m, field: 'arn', principal: base.arn, data: { ...base, type } });
          continue;
        }
        if (type !== 'STANDARD') continue; // EC2, HYPERPOD_LINUX: the identity EKS gives them is not documented
        const entryUser = e.username ? known(e.username) : generatedUsername(e.principal);
        const entryGroups = e.groups?.map((g) => known(g));
        if (entryUser === undefined || !entryGroups || entryGroups.some((g) => g === undefined)) continue;
        const same = entryUser === row.username && sameSet(entryGroups as string[], row.groups);
        if (!same) report({ messageId: 'standard', at: m, field: 'arn', principal: base.arn, data: { ...base, entryUser, entryGroups: entryGroups.join(', '), policies: e.policies.length ? ' (and the entry\'s access policies)' : '' } });
      }
    }
  },
});

/** A row's username and groups, when every one of them is known. */
function rowIdentity(m: IdentityMapping): { username: string; groups: string[] } | undefined {
  const username = known(m.username);
  const groups = m.groups.map((g) => known(g));
  if (username === undefined || groups.some((g) => g === undefined)) return undefined;
  return { username, groups: groups as string[] };
}

/** The username EKS gives a STANDARD entry that sets none (eks-api-schemas.md §2.2). */
function generatedUsername(principal: Text): string | undefined {
  const arn = parseArn(principal);
  const resource = known(arn?.resource);
  if (!arn || resource === undefined || typeof arn.partition !== 'string' || typeof arn.account !== 'string') return undefined;
  if (resource.startsWith('user/')) return known(principal);
  if (!resource.startsWith('role/')) return undefined;
  const name = resource.split('/').pop();
  return `arn:${arn.partition}:sts::${arn.account}:assumed-role/${name}/{{SessionName}}`;
}

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
