// YAML → DocNode. Outer files are YAML 1.2; embedded aws-auth sections are parsed as YAML 1.1
// (go-yaml v2, as aws-iam-authenticator reads them).
import { parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node as YamlNode, type SchemaOptions } from 'yaml';
import type { DocNode, ScalarStyle } from '../source.ts';
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
  const docs = parseAllDocuments(text, {
    version,
    uniqueKeys: opts.uniqueKeys ?? true,
    strict: false,
    prettyErrors: false,
    // Only the outer files: embedded aws-auth sections are read as go-yaml reads them, tags unresolved.
    ...(version === '1.2' ? { customTags } : {}),
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const map = opts.map ?? identity;
  return list.map((doc) => ({
    root: doc.contents ? convert(doc as Document.Parsed, doc.contents as YamlNode, map) : undefined,
    errors: doc.errors.map((e) => toError(e.message, e.pos, map)),
    warnings: doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED').map((w) => toError(w.message, w.pos, map)),
  }));
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

function convert(doc: Document.Parsed, root: YamlNode, map: OffsetMap): DocNode {
  // Aliases share the converted target (no expansion); an alias inside its own anchor becomes null.
  const done = new Map<unknown, DocNode>();
  const active = new Set<unknown>();
  const visit = (node: unknown, fallbackAt: number): DocNode => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target || active.has(target)) return nullAt(fallbackAt);
      return visit(target, fallbackAt);
    }
    if (!node || typeof node !== 'object' || !('range' in node) || !(node as YamlNode).range) return nullAt(fallbackAt);
    const n = node as YamlNode;
    // Only an anchored node can be an alias's target: the memo and the cycle guard are for those alone
    // (a Map entry per node was the largest cost of this function on big templates).
    const anchored = !!n.anchor;
    if (anchored) {
      const cached = done.get(node);
      if (cached) return cached;
      active.add(node);
    }
    const [s, e] = n.range!;
    const start = map(s, false);
    const end = map(e, true);
    const tag = n.tag && n.tag.startsWith('!') ? n.tag : undefined;
    let out: DocNode;
    if (isMap(n)) {
      const entries = [];
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as YamlNode | null;
        const keyNode = k && typeof k === 'object' ? visit(k, start) : nullAt(start);
        const keyEnd = keyNode.end;
        const value = pair.value == null ? nullAt(keyEnd) : visit(pair.value, keyEnd);
        const key = keyNode.kind === 'scalar' ? String(keyNode.value) : '';
        entries.push({ key, keyNode, value });
      }
      out = { kind: 'map', start, end, tag, entries };
    } else if (isSeq(n)) {
      out = { kind: 'seq', start, end, tag, items: n.items.map((it) => visit(it, start)) };
    } else if (isScalar(n)) {
      out = { kind: 'scalar', start, end, tag, value: scalarValue(n.value), style: styleOf(n), raw: n.type === 'PLAIN' ? n.source : undefined };
    } else {
      out = nullAt(start);
    }
    if (anchored) {
      active.delete(node);
      done.set(node, out);
    }
    return out;
  };
  return visit(root, 0);
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
