// Shared by the cluster/* and policy/* rules: what a linked cluster's objects say, and how a
// cross-file finding names the files it linked.
import { parseArn, rolePath } from '../../src/arn.ts';
import type { AccessEntry, AwsAuthDocument, Cluster, IdentityMapping, Located, NodeRole, Part, Text } from '../../src/model.ts';
import type { ClusterView, RuleContext } from '../../src/rule.ts';
import { known } from '../../src/text.ts';

type Linked = AccessEntry | NodeRole | AwsAuthDocument | IdentityMapping;

const KIND: Record<Linked['kind'], string> = {
  'access-entry': 'access entry', 'node-role': 'node role', 'aws-auth': 'aws-auth ConfigMap', 'identity-mapping': 'aws-auth ConfigMap',
};

/**
 * For a cross-file message: ` (linked: the cluster in a.yaml; access entry in b.yaml by same cluster name "prod")`;
 * within one file only how the tie was proven, and nothing for a plain reference.
 */
export function linked(view: ClusterView, ...objs: Linked[]): string {
  const parts: string[] = [];
  const files = new Set<string>();
  if (view.cluster) {
    files.add(view.cluster.origin.doc.file.path);
    parts.push(`the cluster in ${view.cluster.origin.doc.file.path}`);
  }
  const hows: string[] = [];
  for (const o of objs) {
    const link = view.links.get(o.kind === 'identity-mapping' ? o.document : o);
    if (!link) continue;
    files.add(link.file);
    // A plain reference within one file needs no word.
    if (!link.plain) hows.push(link.how);
    parts.push(`${KIND[o.kind]} in ${link.file} by ${link.how}`);
  }
  if (files.size > 1) return ` (linked: ${parts.join('; ')})`;
  return hows.length ? ` (tied to the cluster by ${[...new Set(hows)].join(', ')})` : '';
}

/** The account a part names: a literal, or the deploying account when that is known (`--cluster-account`, `defaultAccount`, the cluster). */
export function accountOf(p: Part | undefined, deploying: string | undefined): string | undefined {
  if (typeof p === 'string') return /^\d{12}$/.test(p) ? p : undefined;
  return p?.means === 'account' ? deploying : undefined;
}

/** Whether a principal ARN provably names an IAM user (`…:iam::<acct>:user/…`). */
export function isUserArn(t: Text | undefined): boolean {
  const arn = parseArn(t);
  if (!arn || arn.service !== 'iam') return false;
  const first = arn.resource.parts[0];
  return typeof first === 'string' && first.startsWith('user/');
}

/**
 * A key equal for two principals that provably are the same IAM role or user, as EKS and the
 * authenticator see them: case-insensitive, and a role by account and name (aws-auth rows never
 * carry the path an access entry may carry). Undefined when not fully known.
 */
export function identityKey(t: Text | undefined): string | undefined {
  const arn = parseArn(t);
  const resource = arn ? known(arn.resource) : undefined;
  if (!arn || resource === undefined || typeof arn.account !== 'string' || typeof arn.partition !== 'string' || arn.service !== 'iam') return undefined;
  const role = rolePath(resource);
  const id = role ? `role/${role.name}` : resource;
  return `${arn.partition}:${arn.account}:${id}`.toLowerCase();
}

/**
 * Whether the cluster object is created by what is linted: a template or configuration, or a plan
 * that creates it. A state file, or a plan's existing cluster, shows a cluster made earlier, whose
 * create-only settings (bootstrap admin) the file may not record faithfully.
 */
export function createdHere(ctx: RuleContext, c: Cluster): boolean {
  if (c.tool !== 'terraform') return true;
  const pointer = c.origin.pointer;
  if (pointer.startsWith('/resource/')) return true;
  if (!pointer.startsWith('/resource_changes/')) return false;
  return !ctx.before?.clusters.some((b) => b.ref.resource === c.ref.resource && b.origin.doc.file.path === c.origin.doc.file.path);
}

/** Where a cluster states its mode, for reports: the value when written, else the resource (its key). */
export function modeAt(c: Cluster, written: boolean): { at: Located; field?: string; key?: boolean } {
  return written ? { at: c, field: 'authenticationMode' } : { at: c, key: true };
}
