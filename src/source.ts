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

/** A file as read from disk (or stdin): its text and a line table. */
export class SourceFile {
  readonly docs: SourceDoc[] = [];
  private lineStarts: number[] | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly syntax: Syntax,
  ) {}

  position(offset: number): Position {
    const starts = (this.lineStarts ??= lineStarts(this.text));
    const off = Math.max(0, Math.min(offset, this.text.length));
    const line = lineOf(starts, off);
    return { line: line + 1, column: off - starts[line] + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** End offset of the line holding `offset` (before its line break). */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    const end = nl === -1 ? this.text.length : nl;
    return end > offset && this.text[end - 1] === '\r' ? end - 1 : end;
  }
}

/** Offsets at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line (0-based) holding `offset`, by binary search over `lineStarts`. */
export function lineOf(starts: number[], offset: number): number {
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
  constructor(
    readonly file: SourceFile,
    readonly root: DocNode | undefined,
    /** Prefix of logical paths, e.g. `aws-auth › mapRoles` for an embedded section. */
    readonly logicalPrefix = '',
    /** Index of the document within its file (YAML streams). */
    readonly index = 0,
  ) {}

  /** The node at `pointer`, or undefined. */
  get(pointer: string): DocNode | undefined {
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
