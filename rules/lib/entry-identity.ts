// When two model objects provably name the same principal on the same cluster, for the rules that
// compare access entries with each other or with node roles (duplicate-principal, shared-node-role,
// managed-node-role). Unprovable means unlinked: no finding rather than a guess.
import { dirname } from 'node:path';
import type { AccessEntry, ClusterRef, Located, Tool } from '../../src/model.ts';
import type { RuleContext } from '../../src/rule.ts';
import { render, type Text } from '../../src/text.ts';
import { NODE_TYPES } from './entry-types.ts';

export interface Placed extends Located {
  tool: Tool;
}

/**
 * Unknown parts that stand for one fixed value throughout their scope: a CloudFormation parameter or
 * logical id (`AdminRole`, `AdminRole.Arn`), a Terraform reference (`aws_iam_role.admin.arn`,
 * `var.admin_arn`). Generic labels (`Fn::If …`, `Fn::ImportValue`, `map`, `list item`) and values
 * that differ per instance (`each.`, `count.`, `self.`, `[…]`) prove nothing.
 */
const NAMED = /^[A-Za-z][\w-]*(\.[A-Za-z_][\w-]*)*$/;
// The CloudFormation extractor's labels for a property it could not read (absent, or a list).
const GENERIC = new Set(['map', 'nesting', 'Ref', 'mixed', 'value', 'partition', 'account', 'PrincipalArn', 'NodeRole', 'PodExecutionRoleArn']);
const PER_INSTANCE = /^(each|count|self)\./;

/**
 * A key that is equal for two principals exactly when they provably are the same ARN. ARNs are
 * compared as written, case included: EKS documents no case folding for access entries.
 * Literal text and the deploying account/partition compare everywhere (an entry is created in its
 * cluster's account); other unknown parts only within one scope (see scopeOf).
 */
export function principalKey(at: Placed, principal: Text): string | undefined {
  let local = false;
  for (const p of principal.parts) {
    if (typeof p === 'string' || p.means === 'account' || p.means === 'partition') continue;
    if (p.means || GENERIC.has(p.unknown) || !NAMED.test(p.unknown) || PER_INSTANCE.test(p.unknown)) return undefined;
    local = true;
  }
  const arn = render(principal);
  return local ? `${scopeOf(at)}\0${arn}` : arn;
}

/**
 * A key that is equal for two objects on provably the same cluster: a scanned cluster they both
 * resolve to, the same cluster resource, or the same literal name within one file.
 */
export function clusterKey(ctx: RuleContext, at: Located, ref: ClusterRef): string | undefined {
  const c = ctx.clusterOf(ref);
  if (c) return `cluster\0${fileOf(c)}\0${c.origin.pointer}`;
  if (ref.resource) return `resource\0${ref.resource}`;
  if (ref.name) return `name\0${fileOf(at)}\0${ref.name}`;
  return undefined;
}

/**
 * Whether two objects may be counted as two: none may be under a CloudFormation Condition, and
 * Terraform objects only within one scope, since a plan, a state and a configuration of the same
 * root module describe the same resources, not more of them.
 */
export function countable(a: Placed, b: Placed): boolean {
  if (a.condition || b.condition) return false;
  if (a.tool === 'terraform' || b.tool === 'terraform') return scopeOf(a) === scopeOf(b);
  return true;
}

/**
 * Where references mean the same thing: a file, or for Terraform configuration the folder, since
 * Terraform reads every `*.tf.json` of a folder as one module (and never a plan or state as one).
 */
function scopeOf(obj: Placed): string {
  const path = obj.origin.doc.file.path;
  return obj.tool === 'terraform' && path.endsWith('.tf.json') ? `module\0${dirname(path)}` : fileOf(obj);
}

/** Where an object is, for a message: its logical path, with its file when that is another one. */
export function placeOf(obj: Located, from: Located): string {
  const path = obj.origin.doc.logicalPath(obj.origin.pointer);
  return fileOf(obj) === fileOf(from) ? path : `${obj.origin.doc.file.path}: ${path}`;
}

function fileOf(obj: Located): string {
  return `${obj.origin.doc.file.path}\0${obj.origin.doc.index}`;
}

/** Two known node types that differ (`EC2_LINUX` and `FARGATE_LINUX`): access-entry/shared-node-role's case. */
export function differentNodeTypes(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a !== b && NODE_TYPES.includes(a) && NODE_TYPES.includes(b);
}

/**
 * Each provably existing entry with the earlier entries for the same principal on the same cluster
 * (that may stand beside it), in order: what rules about one principal's entries compare.
 */
export function withEarlierEntries(ctx: RuleContext, visit: (entry: AccessEntry, earlier: AccessEntry[]) => void): void {
  const seen = new Map<string, AccessEntry[]>();
  for (const e of ctx.model.accessEntries) {
    if (e.condition) continue;
    const pk = principalKey(e, e.principal);
    const ck = clusterKey(ctx, e, e.cluster);
    if (!pk || !ck) continue;
    const key = `${ck}\0${pk}`;
    const earlier = seen.get(key) ?? [];
    visit(e, earlier.filter((o) => countable(o, e)));
    seen.set(key, [...earlier, e]);
  }
}
