// Small readers over DocNode shared by the extractors.
import type { DocNode, MapNode } from '../source.ts';

export function get(node: DocNode | undefined, ...path: (string | number)[]): DocNode | undefined {
  let n = node;
  for (const seg of path) {
    if (!n) return undefined;
    if (typeof seg === 'number') n = n.kind === 'seq' ? n.items[seg] : undefined;
    else if (n.kind === 'map') {
      let found: DocNode | undefined;
      for (const e of n.entries) if (e.key === seg) found = e.value;
      n = found;
    } else n = undefined;
  }
  return n;
}

export function entry(node: DocNode | undefined, key: string) {
  if (!node || node.kind !== 'map') return undefined;
  let found;
  for (const e of node.entries) if (e.key === key) found = e;
  return found;
}

export function str(node: DocNode | undefined): string | undefined {
  return node && node.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

export function isMap(node: DocNode | undefined): node is MapNode {
  return !!node && node.kind === 'map';
}

export function items(node: DocNode | undefined): DocNode[] {
  return node && node.kind === 'seq' ? node.items : [];
}
