// JSON → DocNode with offsets (jsonc-parser: far faster than a YAML parser on large plans).
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError as JsoncError } from 'jsonc-parser';
import type { DocNode } from '../source.ts';
import type { OffsetMap, ParseError } from './types.ts';

export interface ParsedJson {
  root: DocNode | undefined;
  errors: ParseError[];
}

const identity: OffsetMap = (o) => o;

export function parseJson(text: string, map: OffsetMap = identity): ParsedJson {
  const raw: JsoncError[] = [];
  const tree = parseTree(text, raw, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const errors = raw.map((e) => ({
    message: describe(printParseErrorCode(e.error)),
    offset: map(e.offset, false),
    end: map(e.offset + e.length, true),
  }));
  return { root: tree ? convert(tree, map) : undefined, errors };
}

function describe(code: string): string {
  // 'PropertyNameExpected' → 'property name expected'
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function convert(n: JsonNode, map: OffsetMap): DocNode {
  const start = map(n.offset, false);
  const end = map(n.offset + n.length, true);
  switch (n.type) {
    case 'object': {
      const entries = [];
      for (const prop of n.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k) continue;
        const keyNode = convert(k, map);
        const value = v ? convert(v, map) : { kind: 'scalar' as const, start: keyNode.end, end: keyNode.end, value: null, style: 'json' as const };
        entries.push({ key: String(k.value), keyNode, value });
      }
      return { kind: 'map', start, end, entries };
    }
    case 'array':
      return { kind: 'seq', start, end, items: (n.children ?? []).map((c) => convert(c, map)) };
    default:
      return { kind: 'scalar', start, end, value: n.value ?? null, style: 'json' };
  }
}
