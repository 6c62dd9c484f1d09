// `terraform show -json <plan>`: every resource change yields its `before` (the state the change
// starts from) and its `after` (unknown values are null there and `true` in `after_unknown`).
// The plan's `configuration` tells what the author wrote and which resource an unknown references.
import { emptyModel, type Extracted } from '../model.ts';
import { joinPointer, type DocNode, type SourceDoc } from '../source.ts';
import { isModelled, TfBuilder } from './tf-resources.ts';
import { planProviders } from './tf-provider.ts';
import { readStateValues } from './tf-state.ts';
import { ValueAttrs } from './tf-values.ts';
import { get, items, str } from './util.ts';

export function extractPlan(doc: SourceDoc, out: Extracted): void {
  const root = doc.root;
  const before = new TfBuilder((out.before ??= emptyModel()));
  const after = new TfBuilder(out.after);
  const changes = get(root, 'resource_changes');
  if (changes?.kind !== 'seq') {
    // A plan without resource_changes (very old or hand-trimmed): fall back to its state views.
    readStateValues(doc, get(root, 'prior_state', 'values'), '/prior_state/values', before);
    readStateValues(doc, get(root, 'planned_values'), '/planned_values', after);
  } else {
    const config = new PlanConfig(get(root, 'configuration', 'root_module'));
    const providers = planProviders(root);
    changes.items.forEach((rc, i) => {
      const type = str(get(rc, 'type'));
      const address = str(get(rc, 'address'));
      const mode = str(get(rc, 'mode'));
      if (!type || !address || !isModelled(type) || (mode !== undefined && mode !== 'managed')) return;
      const module = str(get(rc, 'module_address')) ?? moduleOf(address);
      const local = module && address.startsWith(module + '.') ? address.slice(module.length + 1) : address;
      const change = get(rc, 'change');
      const at = joinPointer('', 'resource_changes', i, 'change');
      const kubernetesCluster = !module && type.startsWith('kubernetes_') ? providers(type, str(get(rc, 'name')) ?? '') : undefined;
      const k = kubernetesCluster ? { kubernetesCluster } : {};
      const b = get(change, 'before');
      if (b?.kind === 'map') before.add({ type, local, module, ...k, body: new ValueAttrs(doc, joinPointer(at, 'before'), b, address) });
      const a = get(change, 'after');
      if (a?.kind === 'map') {
        const expressions = config.expressions(module, type, str(get(rc, 'name')) ?? '');
        after.add({ type, local, module, ...k, body: new ValueAttrs(doc, joinPointer(at, 'after'), a, address, get(change, 'after_unknown'), expressions) });
      } else if (b?.kind === 'map' && isForget(get(change, 'actions'))) {
        // `removed { lifecycle { destroy = false } }`: Terraform lets go of the object, which stays.
        after.add({ type, local, module, ...k, body: new ValueAttrs(doc, joinPointer(at, 'before'), b, address) });
      }
    });
  }
  before.finish();
  after.finish();
}

/** `module.a["x"].module.b.aws_eks_cluster.this` → `module.a["x"].module.b`. */
export function moduleOf(address: string): string {
  let end = 0;
  let i = 0;
  while (address.startsWith('module.', i)) {
    i += 'module.'.length;
    while (i < address.length && address[i] !== '.' && address[i] !== '[') i++;
    if (address[i] === '[') i = indexEnd(address, i);
    end = i;
    if (address[i] !== '.') break;
    i++;
  }
  return address.slice(0, end);
}

function indexEnd(s: string, open: number): number {
  let quoted = false;
  for (let i = open + 1; i < s.length; i++) {
    if (quoted && s[i] === '\\') i++;
    else if (s[i] === '"') quoted = !quoted;
    else if (!quoted && s[i] === ']') return i + 1;
  }
  return s.length;
}

/** Module call names of a module address, without instance keys: `module.a["x"].module.b` → [a, b]. */
function moduleNames(module: string): string[] {
  const names: string[] = [];
  let i = 0;
  while (module.startsWith('module.', i)) {
    i += 'module.'.length;
    const start = i;
    while (i < module.length && module[i] !== '.' && module[i] !== '[') i++;
    names.push(module.slice(start, i));
    if (module[i] === '[') i = indexEnd(module, i);
    i++;
  }
  return names;
}

function isForget(actions: DocNode | undefined): boolean {
  const list = items(actions).map(str);
  return list.length === 1 && list[0] === 'forget';
}

/** The plan's `configuration`: per module, the `expressions` of each managed resource block. */
class PlanConfig {
  private readonly modules = new Map<string, Map<string, DocNode>>();
  constructor(private readonly root: DocNode | undefined) {}

  expressions(module: string, type: string, name: string): DocNode | undefined {
    const names = moduleNames(module);
    const key = names.join('.');
    let byAddress = this.modules.get(key);
    if (!byAddress) {
      byAddress = new Map();
      let mod = this.root;
      for (const call of names) mod = get(mod, 'module_calls', call, 'module');
      for (const r of items(get(mod, 'resources'))) {
        if ((str(get(r, 'mode')) ?? 'managed') !== 'managed') continue;
        // A resource block without arguments still tells that nothing was written.
        byAddress.set(`${str(get(r, 'type'))}.${str(get(r, 'name'))}`, get(r, 'expressions') ?? { kind: 'map', entries: [], start: r.start, end: r.start });
      }
      this.modules.set(key, byAddress);
    }
    return byAddress.get(`${type}.${name}`);
  }
}
