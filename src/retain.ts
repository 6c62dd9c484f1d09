// Memory: once a file is extracted, keep of it only what the model can still ask for. A repository
// run holds every linted file until the rules have run (they compare files, and locate findings
// last), and a plan's or a template's tree is mostly resources that are not about EKS access.
//
// Kept, per document: for every pointer the model holds (objects' origins and field origins), the
// whole top-level record it lies in (`/Resources/<id>`, `/items/<i>`, `/data/...`: the subtree two
// levels down), and the chain of nodes leading to it. Files Terraform writes (plans, state) keep
// less: the pointed-at subtrees, and along the chain only the scalars and lists of scalars (addresses,
// types, actions), since no fix edits them. Dropped: everything else. So a rule may read the tree
// within the records of the objects it is given, not beyond them. What is kept is packed
// (src/packed-tree.ts).
//
// V8 keeps a whole string alive for any slice of it, and parsers hand out slices of the file's
// text: every string kept gets a copy of its own, or the text would stay.
import type { Extracted, Model } from './model.ts';
import { SourceDoc, SourceFile, splitPointer, type DocNode, type MapEntry } from './source.ts';

/**
 * What the files of one run keep once: equal strings, literal Texts (`{parts:[s]}`) and aws-auth
 * groups' value infos (`{type, raw}`). Model objects are never changed once kept, so sharing equal
 * ones is safe. Needed only while files are kept: `clear()` after the last.
 */
export class Interner {
  readonly strings = new Map<string, string>();
  readonly objects = new Map<string, object>();

  /**
   * `s` in a string of its own, one per distinct value of the run (a key and its node's value, a raw
   * and a value, a repeated ARN or group share it). Shorter strings are never slices (V8 copies below 13).
   */
  own(s: string): string {
    let copy = this.strings.get(s);
    // Keyed by the copy: the key of a slice would keep the file's text.
    if (copy === undefined) this.strings.set((copy = s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string)), copy);
    return copy;
  }

  clear(): void {
    this.strings.clear();
    this.objects.clear();
  }
}

/** Prune `file`'s trees to what `out` (and the file's own suppressions, `also`) point into. */
export function retainReferenced(file: SourceFile, out: Extracted, also: object[] = [], shared = new Interner()): void {
  const wanted = new Map<SourceDoc, string[][]>();
  const done = new Map<object, object>();
  /** `v` as kept: its strings kept, and itself shared when an equal one is (see `sharedShape`). */
  const visit = (v: object, key: string): object => {
    if (v instanceof SourceDoc || v instanceof SourceFile) return v;
    const had = done.get(v);
    if (had) return had;
    done.set(v, v);
    if (Array.isArray(v)) {
      // A copy of its own length: an array grown by push has room for 16 more.
      const copy: unknown[] = v.slice();
      done.set(v, copy);
      for (let i = 0; i < copy.length; i++) {
        const x: unknown = copy[i];
        if (typeof x === 'string') copy[i] = shared.own(x);
        else if (x && typeof x === 'object') copy[i] = visit(x, key);
      }
      return copy;
    }
    const o = v as Record<string, unknown>;
    if (o.doc instanceof SourceDoc && typeof o.pointer === 'string') {
      const list = wanted.get(o.doc) ?? [];
      list.push(splitPointer(o.pointer));
      wanted.set(o.doc, list);
    }
    for (const k in o) {
      const x = o[k];
      if (typeof x === 'string') o[k] = shared.own(x);
      else if (x && typeof x === 'object' && k !== 'doc') {
        const y = visit(x, k);
        if (y !== x) o[k] = y;
      }
    }
    const shape = sharedShape(o, key);
    if (shape === undefined) return o;
    let same = shared.objects.get(shape);
    if (!same) shared.objects.set(shape, (same = o));
    done.set(v, same);
    return same;
  };
  const models: Model[] = out.before ? [out.after, out.before] : [out.after];
  for (const m of models) for (const k of Object.keys(m) as (keyof Model)[]) (m as unknown as Record<string, unknown>)[k] = visit(m[k], '');
  visit(also, '');
  for (const doc of new Set([...file.docs, ...wanted.keys()])) {
    if (doc.file !== file) continue;
    const paths = wanted.get(doc);
    const generated = isGenerated(doc.root);
    const root = doc.root && paths ? prune(doc.root, generated ? paths : paths.map((p) => p.slice(0, 2)), generated) : undefined;
    doc.keepPacked(root, (s) => shared.own(s));
  }
}

/** The key an equal object is shared under, for the shapes that are shared (their strings already kept). */
function sharedShape(o: Record<string, unknown>, key: string): string | undefined {
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === 'parts') {
    const parts = o.parts as unknown[];
    return parts.length === 1 && typeof parts[0] === 'string' ? 't\0' + parts[0] : undefined;
  }
  if (key !== 'groupValues' || typeof o.type !== 'string') return undefined;
  if (keys.length === 1) return 'v\0' + o.type;
  if (keys.length === 2 && typeof o.raw === 'string' && keys.includes('raw')) return 'r\0' + o.type + '\0' + o.raw;
  return undefined;
}

/** Terraform's own JSON (`terraform show -json` output, state): it starts with format_version. */
function isGenerated(root: DocNode | undefined): boolean {
  return root?.kind === 'map' && root.entries.some((e) => e.key === 'format_version');
}

/** A scalar, or a list of scalars. */
function isFlat(node: DocNode): boolean {
  return node.kind === 'scalar' || (node.kind === 'seq' && node.items.every((i) => i.kind === 'scalar'));
}

/**
 * `node` holding only the given paths (each kept whole below its end). The levels it prunes are new
 * nodes; the rest is the tree as parsed, which packing copies.
 */
function prune(node: DocNode, paths: string[][], generated: boolean): DocNode {
  if (paths.some((p) => p.length === 0)) return node;
  const bySeg = new Map<string, string[][]>();
  for (const p of paths) bySeg.set(p[0], [...(bySeg.get(p[0]) ?? []), p.slice(1)]);
  if (node.kind === 'map') {
    const entries: MapEntry[] = [];
    // Every entry of a wanted key, duplicates too: lookups take the last one, as before.
    for (const e of node.entries) {
      const sub = bySeg.get(e.key);
      if (sub) entries.push({ ...e, value: prune(e.value, sub, generated) });
      else if (generated && isFlat(e.value)) entries.push(e);
    }
    return { ...node, entries };
  }
  if (node.kind === 'seq') {
    // Same length, so indexes still point at the same items; the others become nulls.
    const items = node.items.map((it, i): DocNode => {
      const sub = bySeg.get(String(i));
      return sub ? prune(it, sub, generated) : { kind: 'scalar', start: it.start, end: it.start, value: null, style: 'plain' };
    });
    return { ...node, items };
  }
  return node;
}
