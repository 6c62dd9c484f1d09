// YAML → DocNode. Outer files are YAML 1.2; embedded aws-auth sections are parsed as YAML 1.1
// (go-yaml v2, as aws-iam-authenticator reads them).
import { parseAllDocuments, isAlias, isMap, isNode, isPair, isScalar, isSeq, Scalar, type Alias, type Document, type Node as YamlNode, type SchemaOptions } from 'yaml';
import type { DocNode, MapEntry, ScalarNode, ScalarStyle } from '../source.ts';
import { goScalar, MERGE_TAG } from './go-yaml.ts';
import { applyFlowEdits, goFlow, type FlowEdit } from './go-yaml-flow.ts';
import type { OffsetMap, ParseError } from './types.ts';

export interface YamlOptions {
  version?: '1.1' | '1.2';
  uniqueKeys?: boolean;
  map?: OffsetMap;
}

export interface ParsedYamlDoc {
  root: DocNode | undefined;
  errors: ParseError[];
  warnings: ParseError[];
}

const identity: OffsetMap = (o) => o;

// CloudFormation's short-form intrinsics, registered so that `yaml` resolves them instead of trying
// every schema tag and warning for each (about 20% faster on templates). The nodes come out as before:
// the tag is kept on the node, the value left as written.
const CFN_TAGS = ['Ref', 'Sub', 'GetAtt', 'Join', 'Select', 'Split', 'Equals', 'If', 'Not', 'And', 'Or', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'GetAZs', 'Condition', 'Transform', 'ToJsonString', 'Length', 'ForEach'];
const customTags = CFN_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (s: string) => s },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (seq: unknown) => seq },
  { tag: `!${name}`, collection: 'map' as const, resolve: (map: unknown) => map },
]) as NonNullable<SchemaOptions['customTags']>;

// A file's outer parse done on a worker thread (src/workers.ts), handed in for one synchronous
// extraction: the next parseYaml of exactly that text with default options returns it instead.
let preparsed: { text: string; docs: ParsedYamlDoc[] } | undefined;

export function withPreparsed<T>(text: string, docs: ParsedYamlDoc[], fn: () => T): T {
  preparsed = { text, docs };
  try {
    return fn();
  } finally {
    preparsed = undefined;
  }
}

export function parseYaml(text: string, opts: YamlOptions = {}): ParsedYamlDoc[] {
  if (preparsed && opts.version === undefined && opts.uniqueKeys === undefined && opts.map === undefined && preparsed.text === text) {
    const { docs } = preparsed;
    preparsed = undefined;
    return docs;
  }
  const version = opts.version ?? '1.2';
  const map = opts.map ?? identity;
  const first = parseText(text, version, opts.uniqueKeys ?? true, map);
  if (first.edits.length === 0) return first.docs;
  // go-yaml reads some flow collections into another tree than `yaml` (see goFlow): `yaml` reads the
  // text with them rewritten, and every offset is mapped back to the text as written.
  const edited = applyFlowEdits(text, first.edits.sort((a, b) => a.at - b.at));
  return parseText(edited.text, version, opts.uniqueKeys ?? true, (o, isEnd) => map(edited.back(o), isEnd)).docs;
}

/** The documents of `text`; `edits`: for go-yaml (version 1.1), those its flow collections need. */
function parseText(text: string, version: '1.1' | '1.2', uniqueKeys: boolean, map: OffsetMap): { docs: ParsedYamlDoc[]; edits: FlowEdit[] } {
  const goYaml = version === '1.1';
  const docs = parseAllDocuments(text, {
    version,
    uniqueKeys,
    strict: false,
    prettyErrors: false,
    // Embedded aws-auth sections keep every scalar as text and `<<` as a plain key: convert() reads
    // them as go-yaml v2 does. Outer files get CloudFormation's tags.
    ...(goYaml ? { schema: 'failsafe', resolveKnownTags: false, merge: false } : { customTags }),
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const edits: FlowEdit[] = [];
  const parsed = list.map((doc) => {
    const converted = doc.contents ? convert(doc as Document.Parsed, doc.contents as YamlNode, map, goYaml ? text : undefined) : { root: undefined, errors: [], edits: [] };
    edits.push(...converted.edits);
    return {
      root: converted.root,
      errors: [...doc.errors.map((e) => toError(e.message, e.pos, map)), ...converted.errors],
      warnings: doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED').map((w) => toError(w.message, w.pos, map)),
    };
  });
  return { docs: parsed, edits };
}

function toError(message: string, pos: [number, number], map: OffsetMap): ParseError {
  return { message: message.split(/ at line \d+/)[0].trim(), offset: map(pos[0], false), end: map(pos[1], true) };
}

function styleOf(s: Scalar): ScalarStyle {
  switch (s.type) {
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return 'block';
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return 'quoted';
    default:
      return 'plain';
  }
}

interface Converted {
  root: DocNode;
  /** What the tree itself makes an error: an alias without an anchor; for go-yaml, also bad tags and merges. */
  errors: ParseError[];
  /** For go-yaml: the edits of the text that make `yaml` read its flow collections as go-yaml does (see goFlow). */
  edits: FlowEdit[];
}

/** `goYamlText`: the text, when it is read as go-yaml v2 reads it. */
function convert(doc: Document.Parsed, root: YamlNode, map: OffsetMap, goYamlText: string | undefined): Converted {
  const c = new Converter(doc, map, goYamlText);
  return { root: c.visit(root, 0), errors: c.errors, edits: c.edits };
}

class Converter {
  readonly errors: ParseError[] = [];
  readonly edits: FlowEdit[] = [];
  // Aliases share the converted target (no expansion); an alias inside its own anchor becomes null.
  private readonly done = new Map<unknown, DocNode>();
  private readonly active = new Set<unknown>();
  private readonly goYaml: boolean;
  /** Inside a flow collection that goFlow() has checked whole. */
  private inCheckedFlow = false;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly map: OffsetMap,
    /** The text, when it is read as go-yaml v2 reads it: scalars resolved by goScalar(), `<<` merged, a self-alias an error, flow collections checked. */
    private readonly goYamlText: string | undefined,
  ) {
    this.goYaml = goYamlText !== undefined;
  }

  visit(node: unknown, fallbackAt: number): DocNode {
    if (isAlias(node)) return this.alias(node, fallbackAt);
    if (!node || typeof node !== 'object' || !('range' in node) || !(node as YamlNode).range) return nullAt(fallbackAt);
    const n = node as YamlNode;
    // Only an anchored node can be an alias's target: the memo and the cycle guard are for those alone
    // (a Map entry per node was the largest cost of this function on big templates).
    const anchored = !!n.anchor;
    if (anchored) {
      const cached = this.done.get(node);
      if (cached) return cached;
      this.active.add(node);
    }
    const [s, e] = n.range!;
    const start = this.map(s, false);
    const end = this.map(e, true);
    const tag = n.tag && n.tag.startsWith('!') ? n.tag : undefined;
    const checking = (isMap(n) || isSeq(n)) && n.flow && this.goYamlText !== undefined && !this.inCheckedFlow;
    if (checking) this.checkFlow(this.goYamlText!, s);
    let out: DocNode;
    if (isMap(n)) out = { kind: 'map', start, end, tag, entries: this.entries(n.items, start) };
    else if (isSeq(n)) out = { kind: 'seq', start, end, tag, items: n.items.map((it) => this.visit(it, start)) };
    else if (isScalar(n)) out = { kind: 'scalar', start, end, tag, value: this.scalarValue(n), style: styleOf(n), raw: n.type === 'PLAIN' ? n.source : undefined };
    else out = nullAt(start);
    if (checking) this.inCheckedFlow = false;
    if (anchored) {
      this.active.delete(node);
      this.done.set(node, out);
    }
    return out;
  }

  /**
   * go-yaml rejects some flow collections `yaml` reads, and reads a few others into another tree (see
   * goFlow); the ones inside are checked with it.
   */
  private checkFlow(text: string, start: number): void {
    this.inCheckedFlow = true;
    const { error, edits } = goFlow(text, start);
    if (error) this.errors.push(toError(error.message, [error.offset, error.offset + 1], this.map));
    this.edits.push(...edits);
  }

  private alias(node: Alias, fallbackAt: number): DocNode {
    const target = node.resolve(this.doc);
    // Every YAML reader fails on an alias without an anchor (`yaml` only in toJS(), go-yaml at once).
    if (!target) return this.fail(`alias *${node.source} has no anchor &${node.source} before it`, node, fallbackAt);
    if (this.active.has(target)) return this.goYaml ? this.fail(`alias *${node.source} is inside its own anchor`, node, fallbackAt) : nullAt(fallbackAt);
    return this.visit(target, fallbackAt);
  }

  private entries(items: unknown[], start: number): MapEntry[] {
    const entries: MapEntry[] = [];
    for (const pair of items) {
      if (!isPair(pair)) continue;
      if (this.goYaml && isMergeKey(pair.key)) {
        entries.push(...this.merged(pair.value, this.map((pair.key as Scalar).range![0], false)));
        continue;
      }
      const k = pair.key as YamlNode | null;
      const keyNode = k && typeof k === 'object' ? this.visit(k, start) : nullAt(start);
      const value = pair.value == null ? nullAt(keyNode.end) : this.visit(pair.value, keyNode.end);
      const key = keyNode.kind === 'scalar' ? String(keyNode.value) : '';
      entries.push({ key, keyNode, value });
    }
    return entries;
  }

  /**
   * The entries a `<<` key brings in, where it stands: go-yaml v2 sets them into the map in order, so
   * they override the keys before the `<<` and the keys after it override them. Of a list of maps,
   * the first wins (go-yaml applies them last to first). Their offsets stay those of the merged-from nodes.
   */
  private merged(value: unknown, keyAt: number): MapEntry[] {
    const sources = isSeq(value) ? [...value.items].reverse() : [value];
    const out: MapEntry[] = [];
    for (const source of sources) {
      const node = this.visit(source, keyAt);
      if (node.kind === 'map') out.push(...node.entries);
      else this.fail('map merge requires map or sequence of maps as the value', source, keyAt);
    }
    return out;
  }

  private scalarValue(n: Scalar): ScalarNode['value'] {
    if (!this.goYaml) return scalarValue(n.value);
    const r = goScalar(n.tag, n.source ?? '', n.type === 'PLAIN');
    if ('error' in r) {
      this.fail(r.error, n, 0);
      return null;
    }
    return r.value;
  }

  /** Records an error at `node` (or at `fallbackAt` when it has no place) and stands in a null for it. */
  private fail(message: string, node: unknown, fallbackAt: number): DocNode {
    const range = isNode(node) ? node.range : undefined;
    this.errors.push(range ? toError(message, [range[0], range[1]], this.map) : { message, offset: fallbackAt, end: fallbackAt });
    return nullAt(fallbackAt);
  }
}

/** go-yaml's isMerge: a `<<` key written plain without a tag, with the non-specific `!`, or tagged !!merge. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.source === '<<' && ((key.tag === undefined && key.type === 'PLAIN') || key.tag === '!' || key.tag === MERGE_TAG);
}

function scalarValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

function nullAt(offset: number): DocNode {
  return { kind: 'scalar', start: offset, end: offset, value: null, style: 'plain' };
}
