// SourceFile and SourceDoc: a file's text, its parse trees as format-neutral DocNodes with offsets
// into the outer file, and locate(pointer) → Range. Nothing downstream knows YAML from JSON.

export type DocNode = MapNode | SeqNode | ScalarNode;

interface NodeBase {
  /** Offsets into the *outer* file text (embedded documents are mapped back on conversion). */
  start: number;
  end: number;
  /** Explicit YAML tag such as `!Sub`, if any. */
  tag?: string;
}
export interface MapEntry {
  key: string;
  keyNode: DocNode;
  value: DocNode;
}
export interface MapNode extends NodeBase {
  kind: 'map';
  entries: MapEntry[];
}
export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: DocNode[];
}
export type ScalarStyle = 'plain' | 'quoted' | 'block' | 'json';
export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: string | number | boolean | null;
  style: ScalarStyle;
  /** Source text of a plain YAML scalar (go-yaml keeps it when the target is a string). */
  raw?: string;
}

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, UTF-16 units
}
export interface Range {
  start: Position;
  end: Position; // exclusive
}

export type Syntax = 'yaml' | 'json';

/** The one released file read again last: a fix reads its file's text several times in a row. */
let reloaded: { file: SourceFile; text: string } | undefined;

/**
 * A file as read from disk (or stdin): its text and a line table. Once its file is extracted, a
 * repository run releases the text (the line table locates findings); a fix, rare, reads it again.
 */
export class SourceFile {
  readonly docs: SourceDoc[] = [];
  private current: string | undefined;
  private lines: LineTable | undefined;
  private reload: (() => string | undefined) | undefined;

  constructor(
    readonly path: string,
    text: string,
    readonly syntax: Syntax,
  ) {
    this.current = text;
  }

  /** The text; after release, read again ('' when that fails or the file changed length since). */
  get text(): string {
    if (this.current !== undefined) return this.current;
    if (reloaded?.file !== this) {
      const again = this.reload?.();
      reloaded = { file: this, text: again !== undefined && again.length === this.table().length ? again : '' };
    }
    return reloaded.text;
  }

  /** Drop the text and keep the line table; `reload` reads the text again when a fix needs it. */
  release(reload?: () => string | undefined): void {
    this.table();
    this.current = undefined;
    this.reload = reload;
  }

  position(offset: number): Position {
    const t = this.table();
    const off = Math.max(0, Math.min(offset, t.length));
    const line = lineOf(t.starts, off);
    return { line: line + 1, column: off - t.starts[line] + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** Offset of a 1-based position. */
  offset(p: Position): number {
    const t = this.table();
    return (p.line - 1 < t.starts.length ? t.starts[p.line - 1] : t.length) + p.column - 1;
  }

  /** End offset of the line holding `offset` (before its line break). */
  lineEnd(offset: number): number {
    const t = this.table();
    const line = lineOf(t.starts, Math.max(0, Math.min(offset, t.length)));
    const end = line + 1 < t.starts.length ? t.starts[line + 1] - 1 : t.length;
    return end > offset && t.crlf?.[line] ? end - 1 : end;
  }

  private table(): LineTable {
    return (this.lines ??= lineTable(this.current!));
  }
}

/** Where lines start, the text's length, and which lines end in "\r\n" (only when any does). */
interface LineTable {
  starts: Int32Array;
  length: number;
  crlf?: Uint8Array;
}

function lineTable(text: string): LineTable {
  const starts = Int32Array.from(lineStarts(text));
  if (!text.includes('\r')) return { starts, length: text.length };
  const crlf = new Uint8Array(starts.length);
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    crlf[i] = text.charCodeAt(end - 1) === 13 ? 1 : 0;
  }
  return { starts, length: text.length, crlf };
}

/** Offsets at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line (0-based) holding `offset`, by binary search over `lineStarts`. */
export function lineOf(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One document: a YAML document of a stream, a JSON file, or an embedded section (mapRoles). */
export class SourceDoc {
  private tree: DocNode | undefined;
  private packed: PackedTree | undefined;

  constructor(
    readonly file: SourceFile,
    root: DocNode | undefined,
    /** Prefix of logical paths, e.g. `aws-auth › mapRoles` for an embedded section. */
    readonly logicalPrefix = '',
    /** Index of the document within its file (YAML streams). */
    readonly index = 0,
  ) {
    this.tree = root;
  }

  /** The tree; once kept packed, built again on each read (the last few are cached). */
  get root(): DocNode | undefined {
    return this.packed ? unpacked(this, this.packed) : this.tree;
  }

  /**
   * Replace the tree with `root`, kept packed in typed arrays: a repository run holds every linted
   * file's trees until the rules have run, and nodes as objects cost several times more.
   */
  keepPacked(root: DocNode | undefined): void {
    this.tree = undefined;
    this.packed = root && pack(root);
  }

  /** The node at `pointer`, or undefined. */
  get(pointer: string): DocNode | undefined {
    if (this.packed) {
      const at = packedAt(this.packed, pointer);
      return at.missing === 0 ? view(this.packed, at.node) : undefined;
    }
    let node = this.root;
    for (const seg of splitPointer(pointer)) {
      node = node && child(node, seg);
      if (!node) return undefined;
    }
    return node;
  }

  /**
   * Range of the node at `pointer`, falling back to the nearest existing ancestor (its first line).
   * With `key`, the range of the map key that holds the node.
   */
  locate(pointer: string, opts: { key?: boolean } = {}): Range {
    const r = this.locateOffsets(pointer, opts);
    return this.file.range(r[0], r[1]);
  }

  locateOffsets(pointer: string, opts: { key?: boolean } = {}): [number, number] {
    const p = this.packed;
    if (p) {
      const at = packedAt(p, pointer)!;
      const o = at.node * 6;
      if (at.missing) return [p.nodes[o + 1], Math.min(p.nodes[o + 2], this.file.lineEnd(p.nodes[o + 1]))];
      const t = (opts.key && at.keyNode !== -1 ? at.keyNode : at.node) * 6;
      return [p.nodes[t + 1], p.nodes[t + 2]];
    }
    let node = this.root;
    if (!node) return [0, 0];
    let keyNode: DocNode | undefined;
    for (const seg of splitPointer(pointer)) {
      const next = entryOrItem(node, seg);
      if (!next) return [node.start, Math.min(node.end, this.file.lineEnd(node.start))];
      keyNode = next.keyNode;
      node = next.value;
    }
    const target = opts.key && keyNode ? keyNode : node;
    return [target.start, target.end];
  }

  logicalPath(pointer: string): string {
    let out = this.logicalPrefix;
    for (const seg of splitPointer(pointer)) {
      if (/^\d+$/.test(seg)) out += `[${seg}]`;
      else out += out ? `.${seg}` : seg;
    }
    return out;
  }
}

function entryOrItem(node: DocNode, seg: string): { keyNode?: DocNode; value: DocNode } | undefined {
  if (node.kind === 'map') {
    // Last entry wins, as in every parser we emulate.
    for (let i = node.entries.length - 1; i >= 0; i--) {
      const e = node.entries[i];
      if (e.key === seg) return { keyNode: e.keyNode, value: e.value };
    }
    return undefined;
  }
  if (node.kind === 'seq' && /^\d+$/.test(seg)) {
    const item = node.items[Number(seg)];
    return item && { value: item };
  }
  return undefined;
}

export function child(node: DocNode, seg: string): DocNode | undefined {
  return entryOrItem(node, seg)?.value;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(base: string, ...segs: (string | number)[]): string {
  return base + segs.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

// ── Packed trees ────────────────────────────────────────────────────────────────────────────────
// Node i is six int32s at 6·i: kind | style << 2, start, end, tag (index into `values`, -1: none),
// then for a scalar its value's index, for a map or a seq where its children start in `kids` and how
// many there are. A map's children are (key, keyNode, value) triples, a seq's one node each. A node
// shared through aliases is packed once, and built once per read.

interface PackedTree {
  nodes: Int32Array;
  kids: Int32Array;
  values: (string | number | boolean | null)[];
}

const KINDS = ['scalar', 'map', 'seq'] as const;
const STYLES: ScalarStyle[] = ['plain', 'quoted', 'block', 'json'];

function pack(root: DocNode): PackedTree {
  const nodes: number[] = [];
  const kids: number[] = [];
  const values: (string | number | boolean | null)[] = [];
  const strings = new Map<string, number>();
  const index = new Map<DocNode, number>();
  const value = (v: string | number | boolean | null): number => {
    if (typeof v !== 'string') return values.push(v) - 1;
    let i = strings.get(v);
    if (i === undefined) strings.set(v, (i = values.push(v) - 1));
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
 * Walk `pointer` in a packed tree as `entryOrItem` does: the node reached, the key node of the last
 * step, and `missing` > 0 when a step found nothing (then `node` is the deepest one that exists).
 */
function packedAt(p: PackedTree, pointer: string): { node: number; keyNode: number; missing: number } {
  const { nodes, kids, values } = p;
  let node = 0;
  let keyNode = -1;
  const segs = splitPointer(pointer);
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
function view(p: PackedTree, i: number): DocNode {
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
const built = new Map<SourceDoc, DocNode>();

function unpacked(doc: SourceDoc, p: PackedTree): DocNode {
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
