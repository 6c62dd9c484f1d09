// A CDK `Manifest` property as one text: literal fragments of an `Fn::Join` (or a plain string)
// joined with placeholders for the intrinsic pieces, with a map from every character back to the
// outer file (exact through each fragment's JSON escapes; a placeholder spans its intrinsic).
import { embeddedText } from '../parse/embedded.ts';
import type { OffsetMap } from '../parse/types.ts';
import type { DocNode, SourceFile } from '../source.ts';
import type { Text } from '../text.ts';
import { hole } from './aws-auth-section.ts';
import type { Evaluator } from './cfn-intrinsics.ts';
import type { CfnNode } from './cfn-normalize.ts';
import { prop } from './cfn-template.ts';

export interface JoinedText {
  text: string;
  /** Joined-text offset → outer-file offset. */
  map: OffsetMap;
  /** `holes[i]` is what `hole(i)` stands for. */
  holes: Text[];
  /** Every fragment maps back per character. */
  exact: boolean;
}

interface Builder {
  text: string;
  starts: number[];
  ends: number[];
  holes: Text[];
  exact: boolean;
}

/**
 * `node` (normalised, for evaluation) and `doc` (the same value with offsets) side by side.
 * undefined when the value is not a string we can lay out (a list, an unknown function).
 */
export function joinManifest(file: SourceFile, node: CfnNode, doc: DocNode, keyNode: DocNode, ev: Evaluator): JoinedText | undefined {
  const b: Builder = { text: '', starts: [], ends: [], holes: [], exact: true };
  if (!add(b, file, node, doc, keyNode, ev, 0)) return undefined;
  const { starts, ends } = b;
  const n = b.text.length;
  const map: OffsetMap = (o, isEnd) => {
    if (n === 0) return isEnd ? keyNode.end : keyNode.start;
    if (isEnd) return o <= 0 ? starts[0] : ends[Math.min(o, n) - 1];
    return o >= n ? ends[n - 1] : starts[o];
  };
  return { text: b.text, map, holes: b.holes, exact: b.exact };
}

function add(b: Builder, file: SourceFile, node: CfnNode, doc: DocNode, keyNode: DocNode, ev: Evaluator, depth: number): boolean {
  if (depth > 8) return false;
  if (node.kind === 'scalar' && doc.kind === 'scalar') {
    if (node.value === null) return true;
    if (typeof node.value !== 'string' || typeof doc.value !== 'string') return piece(b, String(node.value), doc);
    const inner = embeddedText(file, doc, keyNode);
    if (!inner.exact) b.exact = false;
    for (let k = 0; k < inner.text.length; k++) {
      b.text += inner.text[k];
      b.starts.push(inner.map(k, false));
      b.ends.push(inner.map(k + 1, true));
    }
    return true;
  }
  const args = joinArgs(node, doc);
  if (args) {
    const delim = args.delim.kind === 'scalar' && typeof args.delim.value === 'string' ? args.delim.value : undefined;
    if (delim === undefined) return false;
    for (let i = 0; i < args.items.length; i++) {
      if (i > 0 && delim !== '') piece(b, delim, args.delimDoc);
      if (!add(b, file, args.items[i], args.itemDocs[i], keyNode, ev, depth + 1)) return false;
    }
    return true;
  }
  if (node.kind !== 'map') return false;
  // Any other intrinsic (GetAtt of a role, Ref of a parameter…): evaluated, then a placeholder.
  const v = ev.value(node);
  if (!v || v.kind === 'none') return true;
  if (v.kind !== 'text') return false;
  const h = hole(b.holes.length);
  b.holes.push(v.text);
  return piece(b, h, doc);
}

/** Text that stands for a whole node (a placeholder, a number, a delimiter). */
function piece(b: Builder, s: string, doc: DocNode): true {
  for (let k = 0; k < s.length; k++) {
    b.text += s[k];
    b.starts.push(doc.start);
    b.ends.push(doc.end);
  }
  return true;
}

interface JoinArgs {
  delim: CfnNode;
  delimDoc: DocNode;
  items: CfnNode[];
  itemDocs: DocNode[];
}

/** `{Fn::Join: [delim, [items]]}` (or `!Join`), with the matching DocNodes; undefined otherwise. */
function joinArgs(node: CfnNode, doc: DocNode): JoinArgs | undefined {
  if (node.kind !== 'map' || node.entries.length !== 1 || node.entries[0].key !== 'Fn::Join') return undefined;
  const args = prop(node, 'Fn::Join');
  // Long form: the DocNode is the map; short form (`!Join [...]`): the DocNode is the tagged list.
  const docArgs = doc.tag === '!Join' ? doc : doc.kind === 'map' && doc.entries.length === 1 ? doc.entries[0].value : undefined;
  if (!args || args.kind !== 'seq' || !docArgs || docArgs.kind !== 'seq' || args.items.length !== 2 || docArgs.items.length !== 2) return undefined;
  const list = args.items[1];
  const docList = docArgs.items[1];
  if (list.kind !== 'seq' || docList.kind !== 'seq' || list.items.length !== docList.items.length) return undefined;
  return { delim: args.items[0], delimDoc: docArgs.items[0], items: list.items, itemDocs: docList.items };
}
