// Packed trees: a kept document's DocNodes in typed arrays (src/source.ts keeps them so once its
// file is extracted), read back by pointer, as lazily built views, or as a whole tree again.
import type { DocNode, MapEntry, MapNode, ScalarNode, ScalarStyle, SeqNode } from './source.ts';

// ── Packed trees ────────────────────────────────────────────────────────────────────────────────
// Node i is six int32s at 6·i: kind | style << 2, start, end, tag (index into `values`, -1: none),
// then for a scalar its value's index, for a map or a seq where its children start in `kids` and how
// many there are. A map's children are (key, keyNode, value) triples, a seq's one node each. A node
// shared through aliases is packed once, and built once per read.

export interface PackedTree {
  nodes: Int32Array;
  kids: Int32Array;
  values: (string | number | boolean | null)[];
}

const KINDS = ['scalar', 'map', 'seq'] as const;
const STYLES: ScalarStyle[] = ['plain', 'quoted', 'block', 'json'];

/** `root` packed; `own` gives each string as kept (src/retain.ts: a copy off the file's text). */
export function pack(root: DocNode, own: (s: string) => string = (s) => s): PackedTree {
  const nodes: number[] = [];
  const kids: number[] = [];
  const values: (string | number | boolean | null)[] = [];
  const strings = new Map<string, number>();
  const index = new Map<DocNode, number>();
  const value = (v: string | number | boolean | null): number => {
    if (typeof v !== 'string') return values.push(v) - 1;
    let i = strings.get(v);
    if (i === undefined) strings.set(v, (i = values.push(own(v)) - 1));
    return i;
  };
  const visit = (node: DocNode): number => {
    let i = index.get(node);
    if (i !== undefined) return i;
    i = nodes.length / 6;
    index.set(node, i);
    const tag = node.tag === undefined ? -1 : value(node.tag);
    if (node.kind === 'scalar') {
      nodes.push(STYLES.indexOf(node.style) << 2, node.start, node.end, tag, value(node.value), 0);
      return i;
    }
    nodes.push(node.kind === 'map' ? 1 : 2, node.start, node.end, tag, 0, 0);
    // Children first, then their slots: a child's own children must not interleave.
    const slots: number[] = [];
    if (node.kind === 'map') for (const e of node.entries) slots.push(value(e.key), visit(e.keyNode), visit(e.value));
    else for (const item of node.items) slots.push(visit(item));
    nodes[i * 6 + 4] = kids.length;
    nodes[i * 6 + 5] = node.kind === 'map' ? node.entries.length : node.items.length;
    for (const s of slots) kids.push(s);
    return i;
  };
  visit(root);
  // A copy of its own length: one grown by push has room to spare.
  return { nodes: Int32Array.from(nodes), kids: Int32Array.from(kids), values: values.slice() };
}

/**
 * Walk a pointer's segments in a packed tree as `entryOrItem` does: the node reached, the key node of the last
 * step, and `missing` > 0 when a step found nothing (then `node` is the deepest one that exists).
 */
export function packedAt(p: PackedTree, segs: string[]): { node: number; keyNode: number; missing: number } {
  const { nodes, kids, values } = p;
  let node = 0;
  let keyNode = -1;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s];
    const o = node * 6;
    const kind = nodes[o] & 3;
    let next = -1;
    let nextKey = -1;
    if (kind === 1) {
      // Last entry wins, as in every parser we emulate.
      for (let k = nodes[o + 5] - 1; k >= 0; k--) {
        const at = nodes[o + 4] + k * 3;
        if (values[kids[at]] === seg) {
          nextKey = kids[at + 1];
          next = kids[at + 2];
          break;
        }
      }
    } else if (kind === 2 && /^\d+$/.test(seg)) {
      const i = Number(seg);
      if (i < nodes[o + 5]) next = kids[nodes[o + 4] + i];
    }
    if (next === -1) return { node, keyNode, missing: segs.length - s };
    node = next;
    keyNode = nextKey;
  }
  return { node, keyNode, missing: 0 };
}

/** The tree below node `root` (default: the whole tree) as DocNodes. */
function unpack(p: PackedTree, root = 0): DocNode {
  const { nodes, kids, values } = p;
  const made = new Map<number, DocNode>();
  const build = (i: number): DocNode => {
    const had = made.get(i);
    if (had) return had;
    const o = i * 6;
    const kind = KINDS[nodes[o] & 3];
    const start = nodes[o + 1];
    const end = nodes[o + 2];
    const tag = nodes[o + 3] === -1 ? undefined : (values[nodes[o + 3]] as string);
    let node: DocNode;
    if (kind === 'scalar') {
      const value = values[nodes[o + 4]];
      const style = STYLES[nodes[o] >> 2];
      node = tag === undefined ? { kind, start, end, value, style } : { kind, start, end, value, style, tag };
    } else if (kind === 'map') {
      const entries: MapEntry[] = new Array(nodes[o + 5]);
      for (let k = 0, at = nodes[o + 4]; k < entries.length; k++, at += 3) entries[k] = { key: values[kids[at]] as string, keyNode: build(kids[at + 1]), value: build(kids[at + 2]) };
      node = tag === undefined ? { kind, start, end, entries } : { kind, start, end, entries, tag };
    } else {
      const items: DocNode[] = new Array(nodes[o + 5]);
      for (let k = 0, at = nodes[o + 4]; k < items.length; k++) items[k] = build(kids[at + k]);
      node = tag === undefined ? { kind, start, end, items } : { kind, start, end, items, tag };
    }
    made.set(i, node);
    return node;
  };
  return build(root);
}

/**
 * A node of a packed tree whose children are built when first read: `get` is asked for records to
 * read a key or two of (plans' addresses), and a whole record built per question is much garbage.
 */
export function view(p: PackedTree, i: number): DocNode {
  const { nodes, kids, values } = p;
  const o = i * 6;
  const kind = nodes[o] & 3;
  if (kind === 0) return unpack(p, i);
  const tag = nodes[o + 3] === -1 ? undefined : (values[nodes[o + 3]] as string);
  const node = kind === 1 ? new MapView(nodes[o + 1], nodes[o + 2]) : new SeqView(nodes[o + 1], nodes[o + 2]);
  if (tag !== undefined) node.tag = tag;
  node.p = p;
  node.at = nodes[o + 4];
  node.count = nodes[o + 5];
  return node;
}

class MapView implements MapNode {
  readonly kind = 'map';
  tag?: string;
  p!: PackedTree;
  at!: number;
  count!: number;
  private built: MapEntry[] | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
  get entries(): MapEntry[] {
    if (this.built) return this.built;
    const { p, at } = this;
    const out: MapEntry[] = new Array(this.count);
    for (let k = 0; k < out.length; k++) out[k] = { key: p.values[p.kids[at + k * 3]] as string, keyNode: view(p, p.kids[at + k * 3 + 1]), value: view(p, p.kids[at + k * 3 + 2]) };
    return (this.built = out);
  }
}

class SeqView implements SeqNode {
  readonly kind = 'seq';
  tag?: string;
  p!: PackedTree;
  at!: number;
  count!: number;
  private built: DocNode[] | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
  get items(): DocNode[] {
    if (this.built) return this.built;
    const out: DocNode[] = new Array(this.count);
    for (let k = 0; k < out.length; k++) out[k] = view(this.p, this.p.kids[this.at + k]);
    return (this.built = out);
  }
}

/** The trees built last: a fix or a run of findings in one document reads its tree many times in a row. */
const built = new Map<object, DocNode>();

export function unpacked(doc: object, p: PackedTree): DocNode {
  let root = built.get(doc);
  if (root) {
    built.delete(doc);
  } else {
    root = unpack(p);
    if (built.size >= 16) built.delete(built.keys().next().value!);
  }
  built.set(doc, root);
  return root;
}
