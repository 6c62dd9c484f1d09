// Cluster-admin grants (eks-api-schemas.md §2.5): AmazonEKSClusterAdminPolicy at cluster scope on a
// STANDARD access entry, or, where the cluster reads aws-auth, a row with group system:masters.
// Each is read as yes, no, or maybe (something unknown could be one): a lockout is only claimed
// when no maybe is left.
import type { AccessEntry, AccessPolicy, AwsAuthDocument, IdentityMapping } from '../../../src/model.ts';
import type { ClusterView, RuleContext, Untied } from '../../../src/rule.ts';
import { known, type Text } from '../../../src/text.ts';
import { entryType } from '../../lib/entry-types.ts';

export type Verdict = 'yes' | 'no' | 'maybe';

const ADMIN_POLICY = /^arn:[^:]+:eks::aws:cluster-access-policy\/AmazonEKSClusterAdminPolicy$/;

/** The policy of the entry that grants cluster admin, 'maybe' when one could, or undefined. */
export function adminPolicy(e: AccessEntry): AccessPolicy | 'maybe' | undefined {
  const type = entryType(e.type);
  if (type === undefined) return 'maybe';
  if (type !== 'STANDARD') return undefined; // node types take no policies
  let maybe = !!e.policiesIncomplete || !!e.condition;
  for (const p of e.policies) {
    const arn = policyArn(p.policyArn);
    if (arn === undefined) maybe = true;
    else if (ADMIN_POLICY.test(arn)) {
      const scope = known(p.scopeType);
      if (scope === 'cluster' && !p.condition && !e.condition) return p;
      if (scope === undefined || scope === 'cluster') maybe = true;
    }
  }
  return maybe ? 'maybe' : undefined;
}

export function entryVerdict(e: AccessEntry): Verdict {
  const p = adminPolicy(e);
  return p === undefined ? 'no' : p === 'maybe' ? 'maybe' : 'yes';
}

export function rowVerdict(m: IdentityMapping): Verdict {
  if (m.section === 'mapAccounts') return 'no';
  let maybe = !!m.condition || !!m.document.condition;
  for (const g of m.groups) {
    if (!g) continue; // a non-string group arrives empty
    const s = known(g);
    if (s === 'system:masters') return maybe ? 'maybe' : 'yes';
    if (s === undefined) maybe = true;
  }
  return maybe ? 'maybe' : 'no';
}

const grants = (entries: readonly AccessEntry[]) => entries.some((e) => entryVerdict(e) !== 'no');
const rowsGrant = (rows: readonly IdentityMapping[]) => rows.some((m) => rowVerdict(m) !== 'no');
const unread = (docs: readonly AwsAuthDocument[]) => docs.some((d) => d.sections.some((s) => s.unknown));

/** What the objects tied to no cluster (each may be any cluster's) may grant: judged once per run. */
const untiedGrants = new WeakMap<Untied, { entries: boolean; rows: boolean }>();

/**
 * Whether anything grants, or may grant, cluster admin on the view's cluster: its own entries and
 * rows, those tied to no cluster, an aws-auth section we cannot read. `unseenAwsAuth`: the cluster
 * reads an aws-auth ConfigMap the files do not show, which may map admins.
 */
export function mayHaveAdmin(ctx: RuleContext, view: ClusterView, unseenAwsAuth = false): boolean {
  let untied = untiedGrants.get(ctx.untied);
  if (!untied) {
    const u = ctx.untied;
    untiedGrants.set(ctx.untied, (untied = { entries: grants(u.accessEntries), rows: rowsGrant(u.identityMappings) || unread(u.awsAuth) }));
  }
  if (untied.entries || grants(view.entries)) return true;
  if (view.mode === 'API') return false; // aws-auth is not read
  return unseenAwsAuth || untied.rows || rowsGrant(view.mappings) || unread(view.awsAuth);
}

/** The ARN as text; `${AWS::Partition}` and the like are any partition, so `aws` stands in. */
function policyArn(t: Text): string | undefined {
  let s = '';
  for (const p of t.parts) {
    if (typeof p === 'string') s += p;
    else if (p.means === 'partition') s += 'aws';
    else return undefined;
  }
  return s;
}
