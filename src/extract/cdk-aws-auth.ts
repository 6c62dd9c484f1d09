// aws-auth inside a CDK `Custom::AWSCDK-EKS-KubernetesResource` (eks-api-schemas.md §6): the
// `Manifest` is a JSON string (often an `Fn::Join` of literal JSON and intrinsics) holding a list
// of manifests; the aws-auth ConfigMap's `data.mapRoles` etc. are JSON strings again. Each section
// is read like the authenticator reads it (JSON is YAML), positions mapped through both levels.
import type { AwsAuthDocument, ClusterRef, Model } from '../model.ts';
import type { EmbeddedText } from '../parse/embedded.ts';
import { parseJson } from '../parse/json.ts';
import type { OffsetMap } from '../parse/types.ts';
import { joinPointer, SourceDoc, type DocNode } from '../source.ts';
import { concat, literal, type Part, type Text } from '../text.ts';
import { readSection, SECTIONS, typeOf } from './aws-auth-section.ts';
import { joinManifest, type JoinedText } from './cdk-manifest.ts';
import type { Evaluator } from './cfn-intrinsics.ts';
import type { CfnNode } from './cfn-normalize.ts';
import { prop } from './cfn-template.ts';
import { entry, get, str } from './util.ts';

export const CDK_MANIFEST_TYPE = 'Custom::AWSCDK-EKS-KubernetesResource';

export interface CdkManifestInput {
  doc: SourceDoc;
  model: Model;
  props: CfnNode;
  ev: Evaluator;
  /** Pointer of the resource: `/Resources/<LogicalId>`. */
  base: string;
  id: string;
  condition?: string;
  /** What `ClusterName` names, as the CloudFormation extractor links it. */
  cluster: ClusterRef;
}

export function extractCdkAwsAuth(input: CdkManifestInput): void {
  const { doc, props, ev } = input;
  const node = prop(props, 'Manifest');
  const e = entry(doc.get(joinPointer(input.base, 'Properties')), 'Manifest');
  if (!node || !e) return;
  const joined = joinManifest(doc.file, node, e.value, e.keyNode, ev);
  // Not a string we can lay out, or not JSON (a placeholder outside a string): nothing to read.
  if (!joined || !joined.text.includes('aws-auth')) return;
  const plain = parseJson(joined.text);
  if (plain.errors.length > 0 || !plain.root) return;
  const mapped = parseJson(joined.text, joined.map);
  const mdoc = new SourceDoc(doc.file, mapped.root, `Resources.${input.id}.Properties.Manifest`);
  const items = plain.root.kind === 'seq' ? plain.root.items.map((n, i) => [n, joinPointer('', i)] as const) : [[plain.root, ''] as const];
  for (const [item, pointer] of items) configMap(input, joined, mdoc, item, pointer);
}

function configMap(input: CdkManifestInput, joined: JoinedText, mdoc: SourceDoc, node: DocNode, pointer: string): void {
  if (str(get(node, 'kind')) !== 'ConfigMap' || str(get(node, 'metadata', 'name')) !== 'aws-auth') return;
  const ns = str(get(node, 'metadata', 'namespace'));
  const data = get(node, 'data');
  const at = (...segs: string[]) => ({ doc: mdoc, pointer: joinPointer(pointer, ...segs) });
  const cluster = input.cluster.resource || input.cluster.name ? input.cluster : undefined;
  const document: AwsAuthDocument = {
    kind: 'aws-auth', tool: 'cdk', sections: [], name: literal('aws-auth'),
    namespace: ns === undefined ? undefined : withHoles(ns, joined.holes),
    namespaceDefaulted: false,
    ...(cluster ? { cluster } : {}),
    origin: at(),
    fields: { name: at('metadata', 'name'), namespace: at('metadata', 'namespace'), data: at('data') },
    ...(input.condition ? { condition: input.condition } : {}),
  };
  document.dataKeys = data?.kind === 'map' ? data.entries.map((d) => ({ key: d.key, origin: at('data', d.key) })) : [];
  input.model.awsAuth.push(document);
  for (const name of SECTIONS) {
    const d = entry(data, name);
    if (!d) continue;
    const v = d.value;
    const text = v.kind === 'scalar' && typeof v.value === 'string' ? sectionText(joined, v) : undefined;
    const value = text ? { text, holes: joined.holes } : { notString: typeOf(v) };
    const { section, mappings } = readSection({ document, name, origin: at('data', name), value });
    input.model.identityMappings.push(...mappings);
    document.sections.push(section);
  }
}

/** A JSON string of the joined text, decoded, with a map from each character to the outer file. */
function sectionText(joined: JoinedText, node: DocNode): EmbeddedText | undefined {
  const raw = joined.text.slice(node.start, node.end);
  if (raw.length < 2 || raw[0] !== '"') return undefined;
  const from: number[] = [];
  const to: number[] = [];
  let text = '';
  for (let i = 1; i < raw.length - 1; i++) {
    const start = i;
    if (raw[i] !== '\\') text += raw[i];
    else if (raw[i + 1] === 'u') {
      text += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      text += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[raw[i + 1]] ?? raw[i + 1];
      i += 1;
    }
    from.push(node.start + start);
    to.push(node.start + i + 1);
  }
  const m = joined.map;
  const n = text.length;
  const map: OffsetMap = (o, isEnd) => {
    if (n === 0) return m(node.start, isEnd);
    if (isEnd) return o <= 0 ? m(from[0], false) : m(to[Math.min(o, n) - 1], true);
    return o >= n ? m(to[n - 1], true) : m(from[o], false);
  };
  return { text, map, exact: joined.exact };
}

const HOLE_RE = /\u27EA(\d+)\u27EB/g;

function withHoles(s: string, holes: Text[]): Text {
  const parts: Part[] = [];
  let last = 0;
  for (const m of s.matchAll(HOLE_RE)) {
    parts.push(s.slice(last, m.index));
    parts.push(...(holes[Number(m[1])] ?? { parts: [{ unknown: 'Manifest' }] }).parts);
    last = m.index! + m[0].length;
  }
  parts.push(s.slice(last));
  return concat({ parts });
}
