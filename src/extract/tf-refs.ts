// What a Terraform reference provably stands for: the deploying account or partition, another
// resource of the same module (an EKS cluster, an access entry), or an IAM role's ARN.
import type { ClusterRef } from '../model.ts';
import { literal, unknownText, type Text, type Unknown } from '../text.ts';

const NAME = '[A-Za-z_][A-Za-z0-9_-]*';
const INDEX = '(?:\\[[^\\]]*\\])?';

const MEANS: [RegExp, NonNullable<Unknown['means']>][] = [
  [new RegExp(`^data\\.aws_caller_identity\\.${NAME}${INDEX}\\.account_id$`), 'account'],
  [new RegExp(`^data\\.aws_partition\\.${NAME}${INDEX}\\.partition$`), 'partition'],
  [new RegExp(`^data\\.aws_partition\\.${NAME}${INDEX}\\.dns_suffix$`), 'url-suffix'],
  [new RegExp(`^data\\.aws_region\\.${NAME}${INDEX}\\.(?:name|region|id)$`), 'region'],
];

/** An expression that names the account, partition or region the provider deploys to. */
export function meaning(expr: string): Unknown['means'] {
  return MEANS.find(([re]) => re.test(expr))?.[1];
}

/** `aws_eks_cluster.<name>[<index>].name|id` → `aws_eks_cluster.<name>[<index>]`. */
export function clusterAddress(expr: string): string | undefined {
  const m = new RegExp(`^(aws_eks_cluster\\.${NAME}${INDEX})\\.(?:name|id)$`).exec(expr);
  return m?.[1];
}

/** `aws_eks_access_entry.<name>[<index>].<attr>` → the entry's address and the attribute. */
export function entryAttribute(expr: string): { address: string; attr: string } | undefined {
  const m = new RegExp(`^(aws_eks_access_entry\\.${NAME}${INDEX})\\.(${NAME})$`).exec(expr);
  return m ? { address: m[1], attr: m[2] } : undefined;
}

export function resourceId(module: string, address: string): string {
  return `tf:${module}#${address}`;
}

/**
 * The cluster an attribute names: a literal name, and/or the same-module cluster resource its
 * expression references (`refs`: the configuration's references, most specific first).
 */
export function clusterRefOf(module: string, name: Text | undefined, refs: string[], stripIndex: boolean): ClusterRef {
  const ref: ClusterRef = {};
  const literalName = name && name.parts.length === 1 && typeof name.parts[0] === 'string' ? name.parts[0] : undefined;
  if (literalName !== undefined) ref.name = literalName;
  const address = refs.length > 0 ? clusterAddress(refs[0]) : undefined;
  if (address) ref.resource = resourceId(module, stripIndex ? address.replace(/\[[^\]]*\]$/, '') : address);
  return ref;
}

/** An IAM role declared in the same configuration: its ARN and name from `name` and `path`. */
export interface RoleDecl {
  name?: string;
  /** undefined = not written (`/`); null = an expression. */
  path?: string | null;
}

export function roleAttribute(expr: string, roles: Map<string, RoleDecl>): Text | undefined {
  const m = new RegExp(`^aws_iam_role\\.(${NAME})\\.(arn|name)$`).exec(expr);
  const role = m && roles.get(m[1]);
  if (!m || !role || role.name === undefined) return undefined;
  if (m[2] === 'name') return literal(role.name);
  if (role.path === null) return undefined;
  // An IAM role ARN is always arn:<partition>:iam::<account>:role<path><name> (path defaults to "/").
  const path = role.path ?? '/';
  return {
    parts: ['arn:', { unknown: 'partition', means: 'partition' }, ':iam::', { unknown: 'account', means: 'account' }, `:role${path}${role.name}`],
  };
}

/** A reference resolved as far as the configuration proves. */
export function resolveExpr(expr: string, roles: Map<string, RoleDecl>): Text {
  const means = meaning(expr);
  if (means) return unknownText(expr, means);
  return roleAttribute(expr, roles) ?? unknownText(expr);
}
