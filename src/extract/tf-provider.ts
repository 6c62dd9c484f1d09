// Which cluster an aws-auth ConfigMap written through Terraform belongs to. A ConfigMap names no
// cluster; the kubernetes provider that writes it does: when the provider's `host` is nothing but a
// cluster's endpoint (`aws_eks_cluster.x.endpoint`, `data.aws_eks_cluster.x.endpoint` of a data
// source naming the cluster, or in a plan a module output that is one), the tie is proven.
// Anything else (a variable, a kubeconfig, a conditional) proves nothing.
import type { ClusterRef } from '../model.ts';
import type { DocNode } from '../source.ts';
import { resourceId } from './tf-refs.ts';
import { parseTemplate, singleExpression } from './tf-template.ts';
import { get, items, str } from './util.ts';

const NAME = '[A-Za-z_][A-Za-z0-9_-]*';
const INDEX = '(?:\\[[^\\]]*\\])?';
const CLUSTER = new RegExp(`^(aws_eks_cluster\\.${NAME}${INDEX})\\.(endpoint|name|id)$`);
const DATA = new RegExp(`^data\\.aws_eks_cluster\\.(${NAME})\\.endpoint$`);
const MODULE_OUTPUT = new RegExp(`^module\\.(${NAME})\\.(${NAME})$`);

/** A provider's key: `kubernetes` or `kubernetes.<alias>`; a resource's `provider` may be written `${…}`. */
const providerKey = (p: string | undefined) => (p ? (singleExpression(parseTemplate(p)) ?? p) : 'kubernetes');

/** `*.tf.json`: the kubernetes provider configurations of one file, by key. */
export function configProviders(root: DocNode | undefined, module: string): (provider: string | undefined) => ClusterRef | undefined {
  const found = new Map<string, ClusterRef | undefined>();
  const seen = new Set<string>();
  for (const block of objects(get(root, 'provider')).flatMap((p) => objects(get(p, 'kubernetes')))) {
    const alias = str(get(block, 'alias'));
    const key = alias ? `kubernetes.${alias}` : 'kubernetes';
    // Two configurations under one key is invalid Terraform: nothing is proven.
    found.set(key, seen.has(key) ? undefined : configHost(root, module, str(get(block, 'host'))));
    seen.add(key);
  }
  return (provider) => found.get(providerKey(provider));
}

function configHost(root: DocNode | undefined, module: string, host: string | undefined): ClusterRef | undefined {
  const expr = host === undefined ? undefined : singleExpression(parseTemplate(host));
  if (!expr) return undefined;
  const via = `its kubernetes provider (host = ${expr})`;
  const direct = CLUSTER.exec(expr);
  // Configuration is read per resource block: references drop the instance key.
  if (direct?.[2] === 'endpoint') return { resource: resourceId(module, direct[1].replace(/\[[^\]]*\]$/, '')), via };
  const data = DATA.exec(expr);
  const source = data ? objects(get(root, 'data')).map((d) => objects(get(d, 'aws_eks_cluster', data[1]))[0]).find(Boolean) : undefined;
  const name = str(get(source, 'name'));
  if (name === undefined) return undefined;
  const t = parseTemplate(name);
  const ref = singleExpression(t);
  if (ref === undefined) {
    const literal = t.pieces.every((p) => p.kind === 'lit') ? t.pieces.map((p) => (p.kind === 'lit' ? p.text : '')).join('') : undefined;
    return literal ? { name: literal, via } : undefined;
  }
  const named = CLUSTER.exec(ref);
  return named && named[2] !== 'endpoint' ? { resource: resourceId(module, named[1].replace(/\[[^\]]*\]$/, '')), via } : undefined;
}

/** A plan: the cluster of a root-module resource's kubernetes provider, from the plan's `configuration`. */
export function planProviders(root: DocNode | undefined): (type: string, name: string) => ClusterRef | undefined {
  const config = get(root, 'configuration');
  const rootModule = get(config, 'root_module');
  return (type, name) => {
    const res = items(get(rootModule, 'resources')).find((r) => str(get(r, 'address')) === `${type}.${name}`);
    const key = str(get(res, 'provider_config_key'));
    const pc = key === undefined ? undefined : get(config, 'provider_config', key);
    if (str(get(pc, 'name')) !== 'kubernetes' || get(pc, 'module_address')) return undefined;
    const target = soleReference(get(pc, 'expressions', 'host'));
    const ref = target ? planTarget(rootModule, target, 'endpoint') : undefined;
    return ref && { ...ref, via: `its kubernetes provider (host = ${target})` };
  };
}

/** What a root-module reference to a cluster's `attr` provably names. */
function planTarget(rootModule: DocNode | undefined, expr: string, attr: 'endpoint' | 'name'): ClusterRef | undefined {
  const direct = CLUSTER.exec(expr);
  if (direct) return (attr === 'endpoint') === (direct[2] === 'endpoint') ? { resource: resourceId('', direct[1]) } : undefined;
  const out = MODULE_OUTPUT.exec(expr);
  if (out) {
    const call = get(rootModule, 'module_calls', out[1]);
    // A module with count or for_each has instance keys the output reference does not tell.
    if (!call || get(call, 'count_expression') || get(call, 'for_each_expression')) return undefined;
    const inner = soleReference(get(call, 'module', 'outputs', out[2], 'expression'));
    const m = inner ? CLUSTER.exec(inner) : undefined;
    return m && (attr === 'endpoint') === (m[2] === 'endpoint') ? { resource: resourceId(`module.${out[1]}`, m[1]) } : undefined;
  }
  const data = attr === 'endpoint' ? DATA.exec(expr) : undefined;
  if (!data) return undefined;
  const source = items(get(rootModule, 'resources')).find((r) => str(get(r, 'address')) === `data.aws_eks_cluster.${data[1]}`);
  const name = get(source, 'expressions', 'name');
  const constant = str(get(name, 'constant_value'));
  if (constant) return { name: constant };
  const ref = soleReference(name);
  return ref ? planTarget(rootModule, ref, 'name') : undefined;
}

/**
 * The one thing an expression refers to: its `references` are that reference and its prefixes
 * (`aws_eks_cluster.x[0].endpoint`, `aws_eks_cluster.x[0]`, `aws_eks_cluster.x`); a conditional or a
 * variable among them proves nothing.
 */
function soleReference(expr: DocNode | undefined): string | undefined {
  const refs = items(get(expr, 'references')).map(str);
  const first = refs[0];
  if (!first || refs.some((r) => r === undefined || !(r === first || first.startsWith(r + '.') || first.startsWith(r + '[')))) return undefined;
  return first;
}

/** HCL-JSON lets each level be an object or an array of objects. */
function objects(node: DocNode | undefined): DocNode[] {
  if (node?.kind === 'map') return [node];
  return node?.kind === 'seq' ? node.items.filter((n) => n.kind === 'map') : [];
}
