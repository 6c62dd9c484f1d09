// Short-form YAML tags → long form, as cfn-lint does: `!GetAtt A.B` → {Fn::GetAtt: [A, B]},
// `!Ref X` → {Ref: X}, `!Sub s` → {Fn::Sub: s}. The result is our own read-only tree, so the
// DocNodes (which aliases may share) are never changed. JSON templates pass through unchanged.
import { joinPointer, type DocNode, type SourceDoc } from '../source.ts';

export type CfnNode =
  | { kind: 'scalar'; value: string | number | boolean | null }
  | { kind: 'seq'; items: CfnNode[] }
  | { kind: 'map'; entries: { key: string; value: CfnNode }[] };

/** Tags CloudFormation reads; `Ref` and `Condition` keep their name, the rest become `Fn::<Name>`. */
const FN_TAGS = new Set([
  'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform',
  'And', 'Equals', 'If', 'Not', 'Or',
  // Rule functions (the `Rules` section); AWS's own Quick Start templates write them as tags.
  'Contains', 'EachMemberEquals', 'EachMemberIn', 'RefAll', 'ValueOf', 'ValueOfAll',
  // AWS::LanguageExtensions functions: accepted rather than risk reporting a valid template as broken.
  'Length', 'ToJsonString',
]);
const PLAIN_TAGS = new Set(['Ref', 'Condition']);

export interface UnknownTag {
  tag: string;
  pointer: string;
  offsets: [number, number];
}

export interface Normalized {
  root: CfnNode | undefined;
  /** The first tag that is not a CloudFormation intrinsic (the template does not deploy). */
  unknownTag?: UnknownTag;
}

export function normalize(doc: SourceDoc): Normalized {
  const out: Normalized = { root: undefined };
  // Aliases share DocNodes: convert each once (the YAML converter already broke alias cycles).
  const done = new Map<DocNode, CfnNode>();
  const visit = (node: DocNode, pointer: string): CfnNode => {
    const cached = done.get(node);
    if (cached) return cached;
    const body = untagged(node, pointer);
    const result = node.tag ? tagged(node, body, pointer) : body;
    done.set(node, result);
    return result;
  };
  const untagged = (node: DocNode, pointer: string): CfnNode => {
    if (node.kind === 'scalar') return { kind: 'scalar', value: node.value };
    if (node.kind === 'seq') return { kind: 'seq', items: node.items.map((it, i) => visit(it, joinPointer(pointer, i))) };
    return { kind: 'map', entries: node.entries.map((e) => ({ key: e.key, value: visit(e.value, joinPointer(pointer, e.key)) })) };
  };
  const tagged = (node: DocNode, body: CfnNode, pointer: string): CfnNode => {
    const name = node.tag!.slice(1);
    if (PLAIN_TAGS.has(name)) return fn(name, body);
    if (!FN_TAGS.has(name)) {
      out.unknownTag ??= { tag: node.tag!, pointer, offsets: tagOffsets(doc, node) };
      return body;
    }
    if (name === 'GetAtt' && body.kind === 'scalar' && typeof body.value === 'string') return fn('Fn::GetAtt', splitGetAtt(body.value));
    return fn('Fn::' + name, body);
  };
  if (doc.root) out.root = visit(doc.root, '');
  return out;
}

function fn(key: string, value: CfnNode): CfnNode {
  return { kind: 'map', entries: [{ key, value }] };
}

/** `A.B.C` → [A, B.C]: the logical id has no dots, an attribute may (`Outputs.X`). */
function splitGetAtt(s: string): CfnNode {
  const dot = s.indexOf('.');
  const parts = dot === -1 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
  return { kind: 'seq', items: parts.map((p) => ({ kind: 'scalar', value: p })) };
}

/** The tag's own text, which the node's range leaves out (`!Foo bar`: the range is `bar`). */
function tagOffsets(doc: SourceDoc, node: DocNode): [number, number] {
  const tag = node.tag!;
  const at = doc.file.text.lastIndexOf(tag, node.start);
  // Only whitespace or an anchor may stand between the tag and its node.
  if (at !== -1 && /^\s*(&\S+\s*)?$/.test(doc.file.text.slice(at + tag.length, node.start))) return [at, at + tag.length];
  return [node.start, node.end];
}
