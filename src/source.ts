// SourceFile and SourceDoc: a file's text, its parse trees as format-neutral DocNodes with offsets
// into the outer file, and locate(pointer) → Range. Nothing downstream knows YAML from JSON.

import { pack, packedAt, unpacked, view, type PackedTree } from './packed-tree.ts';

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
  keepPacked(root: DocNode | undefined, own?: (s: string) => string): void {
    this.tree = undefined;
    this.packed = root && pack(root, own);
  }

  /** The node at `pointer`, or undefined. */
  get(pointer: string): DocNode | undefined {
    if (this.packed) {
      const at = packedAt(this.packed, splitPointer(pointer));
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
      const at = packedAt(p, splitPointer(pointer))!;
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
