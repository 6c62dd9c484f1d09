// Terraform state: `terraform show -json` (values.root_module, recursive child_modules) and the raw
// `.tfstate` v4 file (resources[].instances[].attributes). State is what exists: the `after` model.
import type { Model } from '../model.ts';
import { joinPointer, type DocNode, type SourceDoc } from '../source.ts';
import { isModelled, TfBuilder } from './tf-resources.ts';
import { ValueAttrs } from './tf-values.ts';
import { get, items, str } from './util.ts';

export function extractState(doc: SourceDoc, model: Model): void {
  const builder = new TfBuilder(model);
  const root = doc.root;
  if (get(root, 'values')) readStateValues(doc, get(root, 'values'), '/values', builder);
  else readRawState(doc, builder);
  builder.finish();
}

/** The JSON state representation: `{root_module: {resources, child_modules: [{address, …}]}}`. */
export function readStateValues(doc: SourceDoc, values: DocNode | undefined, pointer: string, builder: TfBuilder): void {
  const visit = (mod: DocNode | undefined, at: string, depth: number) => {
    if (!mod || depth > 64) return;
    const module = str(get(mod, 'address')) ?? '';
    items(get(mod, 'resources')).forEach((r, i) => {
      const type = str(get(r, 'type'));
      const address = str(get(r, 'address'));
      const mode = str(get(r, 'mode'));
      const v = get(r, 'values');
      if (!type || !address || !isModelled(type) || v?.kind !== 'map' || (mode !== undefined && mode !== 'managed')) return;
      const local = module && address.startsWith(module + '.') ? address.slice(module.length + 1) : address;
      builder.add({ type, local, module, body: new ValueAttrs(doc, joinPointer(at, 'resources', i, 'values'), v, address) });
    });
    items(get(mod, 'child_modules')).forEach((c, i) => visit(c, joinPointer(at, 'child_modules', i), depth + 1));
  };
  visit(get(values, 'root_module'), joinPointer(pointer, 'root_module'), 0);
}

/** `.tfstate` v4: resources carry `module` and `instances[]` with `index_key` and `attributes`. */
function readRawState(doc: SourceDoc, builder: TfBuilder): void {
  items(get(doc.root, 'resources')).forEach((r, i) => {
    const type = str(get(r, 'type'));
    const name = str(get(r, 'name'));
    if (!type || !name || !isModelled(type) || (str(get(r, 'mode')) ?? 'managed') !== 'managed') return;
    const module = str(get(r, 'module')) ?? '';
    items(get(r, 'instances')).forEach((inst, j) => {
      const attrs = get(inst, 'attributes');
      // A deposed object is on its way out (create_before_destroy); the current one stands.
      if (attrs?.kind !== 'map' || get(inst, 'deposed')) return;
      const local = `${type}.${name}${indexKey(get(inst, 'index_key'))}`;
      const address = module ? `${module}.${local}` : local;
      builder.add({ type, local, module, body: new ValueAttrs(doc, joinPointer('', 'resources', i, 'instances', j, 'attributes'), attrs, address) });
    });
  });
}

function indexKey(k: DocNode | undefined): string {
  if (k?.kind !== 'scalar' || k.value === null) return '';
  return typeof k.value === 'number' ? `[${k.value}]` : `[${JSON.stringify(String(k.value))}]`;
}
