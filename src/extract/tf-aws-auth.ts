// aws-auth written through Terraform: kubernetes_config_map(_v1), kubernetes_config_map_v1_data,
// and a kubernetes_manifest holding a ConfigMap. Each data section is read like the authenticator
// reads it; `${…}` inside a section becomes a placeholder (an unknown part) that keeps positions.
import type { AwsAuthDocument, AwsAuthSection, Model } from '../model.ts';
import { embeddedText, type EmbeddedText } from '../parse/embedded.ts';
import type { OffsetMap } from '../parse/types.ts';
import type { MapEntry } from '../source.ts';
import { known, literal, type Text } from '../text.ts';
import { hole, readSection, SECTIONS, typeOf, type SectionInput } from './aws-auth-section.ts';
import type { TfResource } from './tf-resources.ts';
import { parseTemplate, singleExpression, type Template } from './tf-template.ts';
import type { Attrs } from './tf-values.ts';

const CONFIG_MAPS = ['kubernetes_config_map', 'kubernetes_config_map_v1', 'kubernetes_config_map_v1_data'];

export function extractTfAwsAuth(r: TfResource, model: Model): void {
  let body: Attrs | undefined = r.body;
  if (r.type === 'kubernetes_manifest') {
    const m = r.body.block('manifest');
    body = m && m !== 'unknown' && known(m.text('kind')) === 'ConfigMap' ? m : undefined;
  } else if (!CONFIG_MAPS.includes(r.type)) return;
  const meta = body?.block('metadata');
  if (!body || !meta || meta === 'unknown' || known(meta.text('name')) !== 'aws-auth') return;

  let namespace: Text | undefined = meta.text('namespace');
  let namespaceDefaulted = false;
  // The kubernetes provider's metadata.namespace defaults to "default" (a manifest states its own).
  if (r.type !== 'kubernetes_manifest') {
    const written = meta.written('namespace');
    if (written === false || (namespace === undefined && !meta.unknown('namespace'))) {
      namespaceDefaulted = true;
      namespace ??= literal('default');
    }
  }
  const document: AwsAuthDocument = {
    kind: 'aws-auth', tool: 'terraform', sections: [], namespace, namespaceDefaulted, name: meta.text('name'),
    ...(r.kubernetesCluster ? { cluster: r.kubernetesCluster } : {}),
    origin: { doc: body.doc, pointer: body.pointer },
    fields: {
      name: { doc: meta.doc, pointer: meta.at('name') },
      namespace: { doc: meta.doc, pointer: meta.entry('namespace') ? meta.at('namespace') : meta.pointer },
      data: { doc: body.doc, pointer: body.at('data') },
    },
  };
  model.awsAuth.push(document);
  const data = body.block('data');
  if (data === 'unknown') {
    // One expression for the whole map (`merge(…)`, a plan unknown): any section may be in it.
    for (const name of SECTIONS) document.sections.push({ name, origin: document.fields.data!, exact: false, unknown: true });
    return;
  }
  if (!data) return;
  const keys = data.doc.get(data.pointer);
  if (keys?.kind === 'map') document.dataKeys = keys.entries.map((e) => ({ key: e.key, origin: { doc: data.doc, pointer: data.at(e.key) } }));
  for (const name of SECTIONS) {
    const value = sectionValue(data, name);
    if (!value) continue;
    const { section, mappings } = readSection({ document, name, origin: { doc: data.doc, pointer: data.at(name) }, value });
    document.sections.push(section);
    model.identityMappings.push(...mappings);
  }
}

function sectionValue(data: Attrs, name: AwsAuthSection): SectionInput['value'] | undefined {
  const e = data.entry(name);
  if (!e || (e.value.kind === 'scalar' && e.value.value === null)) {
    if (data.unknown(name)) return { unknown: true };
    return e ? { notString: 'null' } : undefined;
  }
  const v = e.value;
  if (v.kind !== 'scalar') return { notString: typeOf(v) };
  if (data.mode === 'values') return typeof v.value === 'string' ? { text: embeddedText(data.doc.file, v, e.keyNode) } : { notString: typeOf(v) };
  // Configuration: HCL converts a number or bool to the string of the map(string) attribute.
  if (typeof v.value !== 'string') return { text: atKey(String(v.value), e) };
  const t = parseTemplate(v.value);
  if (t.directive || singleExpression(t) !== undefined) return { unknown: true };
  const holed = holedText(t, embeddedText(data.doc.file, v, e.keyNode));
  if (holedStructure(holed.text.text, holed.holes.length, name)) return { unknown: true };
  if (holed.holes.length === 0) return { text: holed.text };
  return { text: holed.text, holes: holed.holes.map((expr) => data.resolve?.(expr) ?? expr) };
}

function atKey(text: string, e: MapEntry): EmbeddedText {
  return { text, map: (_o, isEnd) => (isEnd ? e.keyNode.end : e.keyNode.start), exact: false };
}

/**
 * The section's text with each `${…}` replaced by a placeholder, and an offset map through the
 * decoded JSON string back to the outer file (a placeholder spans its whole expression).
 */
function holedText(t: Template, inner: EmbeddedText): { text: EmbeddedText; holes: string[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const holes: string[] = [];
  for (const p of t.pieces) {
    if (p.kind === 'lit') {
      for (let k = 0; k < p.text.length; k++) {
        text += p.text[k];
        starts.push(p.at[k]);
        ends.push(k + 1 < p.at.length ? p.at[k + 1] : p.end);
      }
    } else {
      const h = hole(holes.length);
      holes.push(p.expr);
      text += h;
      for (let k = 0; k < h.length; k++) {
        starts.push(p.start);
        ends.push(p.end);
      }
    }
  }
  const n = text.length;
  const m = inner.map;
  const map: OffsetMap = (o, isEnd) => {
    if (n === 0) return m(0, isEnd);
    if (isEnd) return o <= 0 ? m(starts[0], false) : m(ends[Math.min(o, n) - 1], true);
    return o >= n ? m(ends[n - 1], true) : m(starts[o], false);
  };
  return { text: { text, map, exact: inner.exact }, holes };
}

/**
 * An expression standing for whole lines (`${indent(4, yamlencode(x))}`) or a whole list item
 * yields structure, not a value: the section's shape is then unknown.
 */
function holedStructure(text: string, count: number, name: AwsAuthSection): boolean {
  // The section's entries are the list items with the least indentation.
  const itemIndent = Math.min(...[...text.matchAll(/^( *)-/gm)].map((m) => m[1].length));
  for (let i = 0; i < count; i++) {
    const at = text.indexOf(hole(i));
    const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
    if (/^\s*$/.test(before)) return true;
    const item = /^( *)-\s*$/.exec(before);
    if (item && name !== 'mapAccounts' && item[1].length <= itemIndent) return true;
  }
  return false;
}
