// Memory: once a file is extracted, keep of its parse trees only what the model can still ask for.
// A repository run holds every linted file until the rules have run (they compare files, and locate
// findings last), and a plan's or a template's tree is mostly resources that are not about EKS access.
//
// Kept, per document: for every pointer the model holds (objects' origins and field origins), the
// whole top-level record it lies in (`/Resources/<id>`, `/resource_changes/<i>`, `/items/<i>`,
// `/data/...`: the subtree two levels down), and the chain of nodes leading to it. Dropped: records
// nothing points into, and documents nothing points into (their root becomes undefined). So a rule
// may read the tree anywhere within the records of the objects it is given, not beyond them.
import type { Extracted, Model } from './model.ts';
import { SourceDoc, splitPointer, type DocNode, type MapEntry, type SourceFile } from './source.ts';

export function retainReferenced(file: SourceFile, out: Extracted): void {
  const wanted = new Map<SourceDoc, string[][]>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object' || v instanceof SourceDoc || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) return v.forEach(visit);
    const o = v as Record<string, unknown>;
    if (o.doc instanceof SourceDoc && typeof o.pointer === 'string') {
      const list = wanted.get(o.doc) ?? [];
      list.push(splitPointer(o.pointer).slice(0, 2));
      wanted.set(o.doc, list);
    }
    for (const k in o) if (k !== 'doc') visit(o[k]);
  };
  const models: Model[] = out.before ? [out.after, out.before] : [out.after];
  for (const m of models) for (const list of Object.values(m)) visit(list);
  for (const doc of file.docs) {
    const paths = wanted.get(doc);
    const root = doc.root && paths ? prune(doc.root, paths) : undefined;
    (doc as { root: DocNode | undefined }).root = root;
  }
}

/** A copy of `node` holding only the given paths (each kept whole below its end). */
function prune(node: DocNode, paths: string[][]): DocNode {
  if (paths.some((p) => p.length === 0)) return node;
  const bySeg = new Map<string, string[][]>();
  for (const p of paths) bySeg.set(p[0], [...(bySeg.get(p[0]) ?? []), p.slice(1)]);
  if (node.kind === 'map') {
    const entries: MapEntry[] = [];
    // Every entry of a wanted key, duplicates too: lookups take the last one, as before.
    for (const e of node.entries) {
      const sub = bySeg.get(e.key);
      if (sub) entries.push({ ...e, value: prune(e.value, sub) });
    }
    return { ...node, entries };
  }
  if (node.kind === 'seq') {
    // Same length, so indexes still point at the same items; the others become nulls.
    const items = node.items.map((it, i): DocNode => {
      const sub = bySeg.get(String(i));
      return sub ? prune(it, sub) : { kind: 'scalar', start: it.start, end: it.start, value: null, style: 'plain' };
    });
    return { ...node, items };
  }
  return node;
}
