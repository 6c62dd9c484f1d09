// The text of a string node as its own document, with a map from inner offsets back to the outer
// file: exact line by line for `|` blocks, exact per character for JSON strings, else the key.
import { lineOf, lineStarts, type DocNode, type ScalarNode, type SourceFile } from '../source.ts';
import type { OffsetMap } from './types.ts';

export interface EmbeddedText {
  text: string;
  map: OffsetMap;
  /** false when positions fall back to the key. */
  exact: boolean;
}

export function embeddedText(file: SourceFile, node: ScalarNode, keyNode: DocNode): EmbeddedText {
  const text = String(node.value ?? '');
  const exact =
    (node.style === 'block' && blockMap(file, node, text)) ||
    (node.style === 'json' && jsonStringMap(file, node, text)) ||
    (node.style !== 'block' && verbatimMap(file, node, text));
  if (exact) return { text, map: exact, exact: true };
  return { text, map: (_o, isEnd) => (isEnd ? keyNode.end : keyNode.start), exact: false };
}

function byLine(innerStarts: number[], outerStarts: number[]): OffsetMap {
  return (o) => {
    const line = lineOf(innerStarts, o);
    return outerStarts[line] + (o - innerStarts[line]);
  };
}

/** `|` literal block: inner line k is outer line (header + 1 + k), shifted by the block's indent. */
function blockMap(file: SourceFile, node: ScalarNode, text: string): OffsetMap | undefined {
  const src = file.text;
  const headerEnd = src.indexOf('\n', node.start);
  if (headerEnd === -1 || src[node.start] !== '|') return undefined;
  const inner = text.split('\n');
  const innerStarts = lineStarts(text);
  const outerStarts: number[] = [];
  let pos = headerEnd + 1;
  let indent: number | undefined;
  for (const line of inner) {
    const nl = src.indexOf('\n', pos);
    const lineEnd = nl === -1 ? src.length : nl;
    const outerLine = src.slice(pos, lineEnd).replace(/\r$/, '');
    if (line.length > 0) {
      indent ??= outerLine.length - outerLine.trimStart().length;
      if (outerLine.slice(indent) !== line) return undefined;
    }
    outerStarts.push(pos + Math.min(indent ?? 0, outerLine.length));
    pos = lineEnd + 1;
  }
  return byLine(innerStarts, outerStarts);
}

/** A JSON string literal: decode its escapes, remembering where each character came from. */
function jsonStringMap(file: SourceFile, node: ScalarNode, text: string): OffsetMap | undefined {
  const raw = file.text.slice(node.start, node.end);
  if (raw[0] !== '"') return undefined;
  const from: number[] = [];
  let decoded = '';
  for (let i = 1; i < raw.length - 1; i++) {
    from.push(node.start + i);
    if (raw[i] !== '\\') {
      decoded += raw[i];
      continue;
    }
    const c = raw[i + 1];
    if (c === 'u') {
      decoded += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      decoded += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c;
      i += 1;
    }
  }
  if (decoded !== text) return undefined;
  from.push(node.end - 1);
  return (o) => from[Math.max(0, Math.min(o, from.length - 1))];
}

/** A plain or quoted scalar whose text stands unchanged in the file. */
function verbatimMap(file: SourceFile, node: ScalarNode, text: string): OffsetMap | undefined {
  const quoted = node.style === 'quoted' ? 1 : 0;
  const at = node.start + quoted;
  if (file.text.slice(at, at + text.length) !== text) return undefined;
  return (o) => at + o;
}
