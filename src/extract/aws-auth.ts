// aws-auth ConfigMap manifests: a plain manifest, one document of a stream, a `kind: List`
// (kubectl get -o yaml|json), in YAML or JSON.
import type { AwsAuthDocument, Model } from '../model.ts';
import { embeddedText } from '../parse/embedded.ts';
import { joinPointer, type DocNode, type SourceDoc } from '../source.ts';
import { literal } from '../text.ts';
import { readSection, SECTIONS, typeOf, withPlaceholders } from './aws-auth-section.ts';
import { entry, get, items, str } from './util.ts';

export function isKubernetesManifest(root: DocNode | undefined): boolean {
  return !!str(get(root, 'kind')) && !!str(get(root, 'apiVersion'));
}

export function extractAwsAuth(doc: SourceDoc, model: Model): void {
  const root = doc.root;
  if (str(get(root, 'kind')) === 'List') {
    items(get(root, 'items')).forEach((_, i) => configMap(doc, joinPointer('', 'items', i), model));
  } else configMap(doc, '', model);
}

function configMap(doc: SourceDoc, pointer: string, model: Model): void {
  const node = doc.get(pointer);
  if (str(get(node, 'kind')) !== 'ConfigMap' || str(get(node, 'metadata', 'name')) !== 'aws-auth') return;
  const ns = str(get(node, 'metadata', 'namespace'));
  const data = get(node, 'data');
  const document: AwsAuthDocument = {
    kind: 'aws-auth', tool: 'kubernetes', sections: [], name: literal('aws-auth'),
    namespace: ns === undefined ? undefined : withPlaceholders(ns),
    namespaceDefaulted: false,
    origin: { doc, pointer },
    fields: {
      name: { doc, pointer: joinPointer(pointer, 'metadata', 'name') },
      namespace: { doc, pointer: joinPointer(pointer, 'metadata', 'namespace') },
      data: { doc, pointer: joinPointer(pointer, 'data') },
    },
  };
  document.dataKeys = data?.kind === 'map'
    ? data.entries.map((e) => ({ key: e.key, origin: { doc, pointer: joinPointer(pointer, 'data', e.key) } }))
    : [];
  model.awsAuth.push(document);
  for (const name of SECTIONS) {
    const e = entry(data, name);
    if (!e) continue;
    const origin = { doc, pointer: joinPointer(pointer, 'data', name) };
    const value = e.value.kind === 'scalar' && typeof e.value.value === 'string'
      ? { text: embeddedText(doc.file, e.value, e.keyNode) }
      : { notString: typeOf(e.value) };
    // `${…}` in a manifest is filled in before apply (envsubst, templatefile): unknown, never guessed.
    const { section, mappings } = readSection({ document, name, origin, value, placeholders: true });
    document.sections.push(section);
    model.identityMappings.push(...mappings);
  }
}
