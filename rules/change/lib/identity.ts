// Which before object is which after object: by identity only. A CloudFormation resource by its
// file and logical id, a Terraform resource by its address (in its plan or state file, or its
// configuration folder: Terraform's root module), an aws-auth ConfigMap by its file and namespace,
// a row by its ConfigMap and ARN. An object whose identity is not provable (or not unique) pairs
// with nothing: rules then see a deletion and a creation, never a guessed update.
import { dirname } from 'node:path';
import { makeContext } from '../../../src/link.ts';
import type { AccessEntry, AwsAuthDocument, Cluster, IdentityMapping, Located, Model, Tool } from '../../../src/model.ts';
import type { RuleContext } from '../../../src/rule.ts';
import { splitPointer, joinPointer, type DocNode, type SourceDoc } from '../../../src/source.ts';
import { known } from '../../../src/text.ts';

interface Placed extends Located {
  tool: Tool;
}

export function clusterKey(c: Cluster): string | undefined {
  return resourceKey(c);
}

export function entryKey(e: AccessEntry): string | undefined {
  return resourceKey(e);
}

export function documentKey(d: AwsAuthDocument): string | undefined {
  const ns = d.namespace ? known(d.namespace) : '';
  if (ns === undefined) return undefined;
  // Not its document's index in a stream, nor its List item: those shift when a neighbour is added.
  if (d.tool === 'kubernetes') return `k8s:${d.origin.doc.file.path}#${ns}`;
  // A resource stays itself when its metadata changes (that is a replacement, which rules must see).
  return resourceKey(d);
}

export function mappingKey(m: IdentityMapping): string | undefined {
  const doc = documentKey(m.document);
  const arn = known(m.arn)?.toLowerCase();
  return doc && arn && `${doc}#${m.section}#${arn}`;
}

/** The logical resource or Terraform address an object was read from. */
function resourceKey(o: Placed): string | undefined {
  const { doc, pointer } = o.origin;
  const segs = splitPointer(pointer);
  const file = doc.file.path;
  if (o.tool === 'cloudformation' || o.tool === 'cdk') return segs[0] === 'Resources' && segs[1] ? `cfn:${file}#${segs[1]}` : undefined;
  if (o.tool !== 'terraform') return undefined;
  // HCL-JSON: /resource[/i]/<type>[/i]/<name>[/i]: a folder is one module, and one address one resource.
  if (segs[0] === 'resource') {
    const [type, name] = segs.slice(1).filter((s) => !/^\d+$/.test(s));
    return type && name ? `tf:dir:${dirname(file)}#${type}.${name}` : undefined;
  }
  const address = recordAddress(doc, segs);
  return address && `tf:${file}#${address}`;
}

/** Plans and state name each record's address beside its values; raw .tfstate spells it in parts. */
function recordAddress(doc: SourceDoc, segs: string[]): string | undefined {
  for (let n = segs.length; n > 0; n--) {
    const node = doc.get(joinPointer('', ...segs.slice(0, n)));
    const address = str(node, 'address');
    if (address && str(node, 'type')) return address;
    if (segs[n - 2] === 'instances' && segs[n - 4] === 'resources' && n === 4) {
      const res = doc.get(joinPointer('', ...segs.slice(0, 2)));
      const type = str(res, 'type');
      const name = str(res, 'name');
      if (!type || !name) return undefined;
      const module = str(res, 'module');
      return `${module ? module + '.' : ''}${type}.${name}${indexKey(child(node, 'index_key'))}`;
    }
  }
  return undefined;
}

/**
 * How a plan replaces the object's resource: `delete-first` (Terraform's default) or `create-first`
 * (create_before_destroy). undefined when it is not a plan's replacement.
 */
export function planReplacement(o: Located): 'delete-first' | 'create-first' | undefined {
  const segs = splitPointer(o.origin.pointer);
  if (segs[0] !== 'resource_changes' || !segs[1]) return undefined;
  const actions = child(o.origin.doc.get(joinPointer('', 'resource_changes', segs[1], 'change')), 'actions');
  const list = actions?.kind === 'seq' ? actions.items.map((i) => (i.kind === 'scalar' ? i.value : undefined)) : [];
  if (list.length !== 2 || !list.includes('delete') || !list.includes('create')) return undefined;
  return list[0] === 'delete' ? 'delete-first' : 'create-first';
}

export interface Pair<T> {
  before?: T;
  after?: T;
}

/**
 * Before and after objects paired by `key`. Objects without a unique key on their side stay alone;
 * the same object on both sides (a file the change left alone) pairs with itself.
 */
export function pairs<T extends object>(before: T[], after: T[], key: (o: T) => string | undefined): Pair<T>[] {
  const index = (list: T[]) => {
    const m = new Map<string, T | null>();
    for (const o of list) {
      const k = key(o);
      if (k !== undefined) m.set(k, m.has(k) ? null : o);
    }
    return m;
  };
  const b = index(before);
  const a = index(after);
  const out: Pair<T>[] = [];
  const paired = new Set<T>();
  for (const o of after) {
    const k = key(o);
    const old = k === undefined ? undefined : b.get(k);
    if (old && a.get(k!) === o) {
      out.push({ before: old, after: o });
      paired.add(old);
    } else out.push({ after: o });
  }
  for (const o of before) if (!paired.has(o)) out.push({ before: o });
  return out;
}

function child(node: DocNode | undefined, key: string): DocNode | undefined {
  if (node?.kind !== 'map') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i].key === key) return node.entries[i].value;
  return undefined;
}

function str(node: DocNode | undefined, key: string): string | undefined {
  const v = child(node, key);
  return v?.kind === 'scalar' && typeof v.value === 'string' ? v.value : undefined;
}

function indexKey(k: DocNode | undefined): string {
  if (k?.kind !== 'scalar' || k.value === null) return '';
  return typeof k.value === 'number' ? `[${k.value}]` : `[${JSON.stringify(String(k.value))}]`;
}

const beforeContexts = new WeakMap<Model, RuleContext>();

/**
 * The before model linked to its clusters the way the after model is (one context per run, kept
 * with the model). Config `awsAuth` globs are matched relative to the process's working folder here.
 */
export function beforeContext(ctx: RuleContext): RuleContext | undefined {
  const before = ctx.before;
  if (!before) return undefined;
  let c = beforeContexts.get(before);
  if (!c) beforeContexts.set(before, (c = makeContext(before, undefined, ctx.config)));
  return c;
}
