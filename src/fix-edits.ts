// The locate step of fixes: a rule's FixSpec ("replace this value", "remove this key") becomes text
// edits of the outer file, or nothing when the edit is not certain (a tagged or structured value, an
// embedded section whose positions are not exact, a generated plan, a key written twice).
import { parse as parseYamlValue } from 'yaml';
import type { Fix, TextEdit } from './finding.ts';
import type { FixSpec } from './rule.ts';
import { splitPointer, type DocNode, type MapNode, type ScalarNode, type SourceDoc, type SourceFile } from './source.ts';

/** How the text around a node is written. */
interface Context {
  syntax: 'yaml' | 'json';
  /** The YAML version the node is read with (embedded aws-auth sections: 1.1, as the authenticator). */
  version: '1.1' | '1.2';
  /** The node lies inside a string of the outer file: a `|` block (verbatim lines) or a JSON string (escaped). */
  embedded?: 'block' | 'json';
}

export function resolveFix(doc: SourceDoc, pointer: string, key: boolean, spec: FixSpec): Fix | undefined {
  const file = doc.file;
  // A released file that cannot be read again as it was (gone, changed) gets no fix.
  if (file.text === '' || generated(file)) return undefined;
  const at = lookup(doc, pointer);
  if (!at) return undefined;
  const ctx = contextOf(doc, at.keyNode ?? at.node);
  if (!ctx) return undefined;
  if ('remove' in spec) {
    if (!at.parent || ctx.embedded) return undefined;
    const edit = ctx.syntax === 'json' ? removeJsonEntry(file, at.parent, at.index!) : removeYamlEntry(file, at.parent, at.index!);
    return edit && { description: `remove ${at.parent.entries[at.index!].key}`, edits: [edit] };
  }
  const target = key ? at.keyNode : at.node;
  if (!target || target.kind !== 'scalar' || target.tag) return undefined;
  const text = replaceScalar(file, target, spec.replace, ctx);
  if (text === undefined || text === file.text.slice(target.start, target.end)) return undefined;
  const shown = Array.isArray(spec.replace) ? JSON.stringify(spec.replace) : `"${spec.replace}"`;
  return { description: `write ${shown}`, edits: [edit(file, target.start, target.end, text)] };
}

function edit(file: SourceFile, start: number, end: number, text: string): TextEdit {
  return { start, end, old: file.text.slice(start, end), text, range: file.range(start, end) };
}

/**
 * Terraform plan and state JSON are written by Terraform: fixing them fixes nothing. Told by the text
 * (`terraform show -json` starts with format_version), as the trees keep only what the model uses.
 */
function generated(file: SourceFile): boolean {
  return file.syntax === 'json' && /^\s*\{\s*"format_version"\s*:/.test(file.text.slice(0, 200));
}

interface At {
  node: DocNode;
  keyNode?: DocNode;
  parent?: MapNode;
  index?: number;
}

/** The node at `pointer` with its key, when every step is unambiguous (a key written twice is not). */
function lookup(doc: SourceDoc, pointer: string): At | undefined {
  let at: At | undefined = doc.root && { node: doc.root };
  for (const seg of splitPointer(pointer)) {
    if (!at) return undefined;
    const node: DocNode = at.node;
    if (node.kind === 'map') {
      const hits = node.entries.flatMap((e, i) => (e.key === seg ? [i] : []));
      if (hits.length !== 1) return undefined;
      const e = node.entries[hits[0]];
      at = { node: e.value, keyNode: e.keyNode, parent: node, index: hits[0] };
    } else if (node.kind === 'seq' && /^\d+$/.test(seg) && node.items[Number(seg)]) {
      at = { node: node.items[Number(seg)] };
    } else return undefined;
  }
  return at;
}

function contextOf(doc: SourceDoc, node: DocNode): Context | undefined {
  const file = doc.file;
  if (file.docs.includes(doc)) return { syntax: file.syntax, version: '1.2' };
  // An embedded section: find the outer string that holds it.
  let host: ScalarNode | undefined;
  for (const d of file.docs) host ??= d.root && hostScalar(d.root, node.start, node.end);
  // A string holding JSON (a CDK Manifest) holds its sections one escape level deeper: not edited.
  if (!host || typeof host.value !== 'string' || /^\s*[[{]/.test(host.value)) return undefined;
  if (host.style === 'block' && file.text[host.start] === '|') return { syntax: 'yaml', version: '1.1', embedded: 'block' };
  if (host.style === 'json') return { syntax: 'yaml', version: '1.1', embedded: 'json' };
  return undefined;
}

function hostScalar(node: DocNode, start: number, end: number): ScalarNode | undefined {
  if (node.start > start || end > node.end) return undefined;
  if (node.kind === 'scalar') return node.start < start || end < node.end ? node : undefined;
  const kids = node.kind === 'map' ? node.entries.map((e) => e.value) : node.items;
  for (const k of kids) {
    const h = hostScalar(k, start, end);
    if (h) return h;
  }
  return undefined;
}

/** The new source text of a scalar, in the same style, after checking the old text reads as the node does. */
function replaceScalar(file: SourceFile, node: ScalarNode, value: string | string[], ctx: Context): string | undefined {
  const outer = file.text.slice(node.start, node.end);
  const values = Array.isArray(value) ? value : [value];
  // Terraform would read `${` / `%{` as a template; a line break would leave the line.
  if (values.some((v) => /[$%]\{|[\r\n]/.test(v))) return undefined;
  // A value written as an expression (`${local.type}`, an envsubst placeholder) is the expression's to change.
  if (typeof node.value === 'string' && /[$%]\{/.test(node.value)) return undefined;
  if (ctx.syntax === 'json') {
    if (node.style !== 'json' || typeof node.value !== 'string' || safeJson(outer) !== node.value) return undefined;
    return JSON.stringify(value);
  }
  const src = ctx.embedded === 'json' ? safeJson(`"${outer}"`) : outer;
  if (typeof src !== 'string' || /[\r\n]/.test(src) || node.style === 'block') return undefined;
  // Positions that fell back to the section's key, or a value read differently: not this node.
  if (!sameValue(readYaml(src, ctx.version), node.value)) return undefined;
  const written = Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : yamlScalar(value, src);
  if (!Array.isArray(value) && readYaml(written, ctx.version) !== value) return undefined;
  return ctx.embedded === 'json' ? JSON.stringify(written).slice(1, -1) : written;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readYaml(text: string, version: '1.1' | '1.2'): unknown {
  try {
    return parseYamlValue(text, { version, strict: false, prettyErrors: false, logLevel: 'silent' });
  } catch {
    return undefined;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'bigint' && Number(a) === b) || (a instanceof Date && a.toISOString() === b);
}

/** A YAML scalar for `value` in the style of `src`: single or double quotes kept, plain when it reads back as the string. */
function yamlScalar(value: string, src: string): string {
  if (src.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (src.startsWith('"')) return JSON.stringify(value);
  // Plain only when every YAML reader takes it as this string (kubectl and eksctl read YAML 1.1 too).
  const plain = value !== '' && !/[,[\]{}#&*!|>'"%@`]|^[-?:]|\s$|^\s/.test(value) && readYaml(value, '1.1') === value && readYaml(value, '1.2') === value;
  return plain ? value : JSON.stringify(value);
}

/** A block mapping's entry with its lines: from the key's line to the end of the value's last line. */
function removeYamlEntry(file: SourceFile, parent: MapNode, index: number): TextEdit | undefined {
  const text = file.text;
  const e = parent.entries[index];
  if (parent.entries.length < 2 || text[parent.start] === '{' || e.keyNode.kind !== 'scalar') return undefined;
  const lineStart = text.lastIndexOf('\n', e.keyNode.start - 1) + 1;
  if (text.slice(lineStart, e.keyNode.start).trim() !== '') return undefined; // `- key:` or a flow map
  const valueEnd = Math.max(e.value.end, e.keyNode.end);
  let end = valueEnd;
  if (text[end - 1] !== '\n') {
    const lineEnd = file.lineEnd(end);
    if (!/^[ \t]*(#.*)?$/.test(text.slice(end, lineEnd))) return undefined;
    end = text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : text[lineEnd] === '\n' ? lineEnd + 1 : lineEnd;
  }
  return edit(file, lineStart, end, '');
}

/** A JSON property with one comma: up to the next key, or from the previous value when it is the last. */
function removeJsonEntry(file: SourceFile, parent: MapNode, index: number): TextEdit | undefined {
  const text = file.text;
  const es = parent.entries;
  if (es.length < 2) return undefined;
  const e = es[index];
  const between = (a: number, b: number) => /^\s*,\s*$/.test(text.slice(a, b));
  if (index + 1 < es.length) {
    const next = es[index + 1];
    if (!between(e.value.end, next.keyNode.start)) return undefined;
    // Keep the line layout: remove from this key's line start to the next key's line start when both stand alone.
    const lineStart = text.lastIndexOf('\n', e.keyNode.start - 1) + 1;
    const nextLineStart = text.lastIndexOf('\n', next.keyNode.start - 1) + 1;
    const alone = text.slice(lineStart, e.keyNode.start).trim() === '' && text.slice(nextLineStart, next.keyNode.start).trim() === '' && nextLineStart > lineStart;
    return alone ? edit(file, lineStart, nextLineStart, '') : edit(file, e.keyNode.start, next.keyNode.start, '');
  }
  const prev = es[index - 1];
  if (!between(prev.value.end, e.keyNode.start)) return undefined;
  return edit(file, prev.value.end, e.value.end, '');
}
