// One Terraform resource's attributes, read the same way whether they come from HCL-JSON
// configuration (strings are templates) or from plan/state values (strings are literal; unknowns
// are null there and `true` in the plan's `after_unknown` mirror).
import { joinPointer, type DocNode, type MapEntry, type SourceDoc } from '../source.ts';
import { literal, unknownText, type Part, type Text } from '../text.ts';
import { parseTemplate, singleExpression, type Template } from './tf-template.ts';
import { entry, get } from './util.ts';

export type Tri = boolean | 'unknown' | undefined;

export interface Attrs {
  readonly doc: SourceDoc;
  readonly pointer: string;
  readonly mode: 'config' | 'values';
  at(key: string): string;
  entry(key: string): MapEntry | undefined;
  /** The value as text; undefined when not set, an unknown part when computed or an expression. */
  text(key: string): Text | undefined;
  bool(key: string): Tri;
  /** A list of strings: [] when not set, undefined when unknown as a whole. */
  list(key: string): Text[] | undefined;
  /** A nested block (object, or the first of an array) or a map attribute. */
  block(key: string): Attrs | 'unknown' | undefined;
  /** The value is unknown as a whole (plan unknown, or one `${…}` expression). */
  unknown(key: string): boolean;
  /** Whether the configuration writes the attribute, when that can be told. */
  written(key: string): boolean | undefined;
  /** References of the attribute's expression, when it is nothing but a reference. */
  refs(key: string): string[];
  /** Configuration only: what a `${…}` expression resolves to. */
  resolve?(expr: string): Text;
}

/** How a configuration file resolves `${…}` expressions. */
export interface ConfigScope {
  module: string;
  resolve(expr: string): Text;
}

export function templateText(t: Template, scope: ConfigScope): Text {
  if (t.directive) return unknownText('template directive');
  const parts: Part[] = [];
  for (const p of t.pieces) {
    const add = p.kind === 'lit' ? [p.text] : scope.resolve(p.expr).parts;
    for (const q of add) {
      if (typeof q === 'string' && typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += q;
      else if (q !== '') parts.push(q);
    }
  }
  return { parts };
}

export class ConfigAttrs implements Attrs {
  readonly mode = 'config';
  constructor(
    readonly doc: SourceDoc,
    readonly pointer: string,
    readonly node: DocNode | undefined,
    readonly scope: ConfigScope,
  ) {}

  at(key: string): string {
    return joinPointer(this.pointer, key);
  }
  entry(key: string): MapEntry | undefined {
    return entry(this.node, key);
  }
  private str(key: string): string | undefined {
    const v = get(this.node, key);
    return v?.kind === 'scalar' && typeof v.value === 'string' ? v.value : undefined;
  }
  text(key: string): Text | undefined {
    const v = get(this.node, key);
    if (v?.kind !== 'scalar' || v.value === null) return undefined;
    return typeof v.value === 'string' ? templateText(parseTemplate(v.value), this.scope) : literal(String(v.value));
  }
  bool(key: string): Tri {
    const v = get(this.node, key);
    if (v?.kind !== 'scalar' || v.value === null) return undefined;
    if (typeof v.value === 'boolean') return v.value;
    // HCL converts the strings "true" / "false" to bool.
    if (v.value === 'true' || v.value === 'false') return v.value === 'true';
    return 'unknown';
  }
  list(key: string): Text[] | undefined {
    const v = get(this.node, key);
    if (!v || (v.kind === 'scalar' && v.value === null)) return [];
    if (v.kind !== 'seq') return undefined; // `"${var.groups}"`: an expression yielding the list
    return v.items.map((it) =>
      it.kind === 'scalar' && it.value !== null
        ? typeof it.value === 'string' ? templateText(parseTemplate(it.value), this.scope) : literal(String(it.value))
        : unknownText('list item'),
    );
  }
  block(key: string): Attrs | 'unknown' | undefined {
    const v = get(this.node, key);
    if (v?.kind === 'map') return new ConfigAttrs(this.doc, this.at(key), v, this.scope);
    if (v?.kind === 'seq') {
      const first = v.items[0];
      return first?.kind === 'map' ? new ConfigAttrs(this.doc, joinPointer(this.at(key), 0), first, this.scope) : undefined;
    }
    if (v?.kind === 'scalar' && typeof v.value === 'string') return 'unknown';
    if (get(this.node, 'dynamic', key)) return 'unknown';
    return undefined;
  }
  unknown(key: string): boolean {
    const s = this.str(key);
    return s !== undefined && singleExpression(parseTemplate(s)) !== undefined;
  }
  written(key: string): boolean {
    return !!this.entry(key) || !!get(this.node, 'dynamic', key);
  }
  resolve(expr: string): Text {
    return this.scope.resolve(expr);
  }
  refs(key: string): string[] {
    const s = this.str(key);
    const e = s === undefined ? undefined : singleExpression(parseTemplate(s));
    return e ? [e] : [];
  }
}

export class ValueAttrs implements Attrs {
  readonly mode = 'values';
  constructor(
    readonly doc: SourceDoc,
    readonly pointer: string,
    readonly node: DocNode | undefined,
    /** Names unknown values in messages: `module.eks.aws_eks_access_entry.x`. */
    readonly what: string,
    /** The plan's `after_unknown` object for this value. */
    readonly mirror?: DocNode,
    /** The plan's `configuration` expressions for this resource (or block). */
    readonly config?: DocNode,
  ) {}

  at(key: string): string {
    return joinPointer(this.pointer, key);
  }
  entry(key: string): MapEntry | undefined {
    return entry(this.node, key);
  }
  unknown(key: string): boolean {
    return isTrue(get(this.mirror, key));
  }
  text(key: string): Text | undefined {
    const v = get(this.node, key);
    if (v?.kind === 'scalar' && v.value !== null) return literal(String(v.value));
    return this.unknown(key) ? unknownText(`${this.what}.${key}`) : undefined;
  }
  bool(key: string): Tri {
    const v = get(this.node, key);
    if (v?.kind === 'scalar' && typeof v.value === 'boolean') return v.value;
    return this.unknown(key) ? 'unknown' : undefined;
  }
  list(key: string): Text[] | undefined {
    if (this.unknown(key)) return undefined;
    const v = get(this.node, key);
    if (v?.kind !== 'seq') return [];
    const mirror = get(this.mirror, key);
    return v.items.map((it, i) =>
      it.kind === 'scalar' && it.value !== null ? literal(String(it.value)) : unknownText(isTrue(get(mirror, i)) ? `${this.what}.${key}[${i}]` : 'list item'),
    );
  }
  block(key: string): Attrs | 'unknown' | undefined {
    if (this.unknown(key)) return 'unknown';
    const v = get(this.node, key);
    const sub = (node: DocNode, pointer: string, ...path: (string | number)[]) =>
      new ValueAttrs(this.doc, pointer, node, `${this.what}.${key}`, get(this.mirror, key, ...path), get(this.config, key, ...path));
    if (v?.kind === 'map') return sub(v, this.at(key));
    if (v?.kind === 'seq' && v.items[0]?.kind === 'map') return sub(v.items[0], joinPointer(this.at(key), 0), 0);
    if (v?.kind === 'seq' && isTrue(get(this.mirror, key, 0))) return 'unknown';
    return undefined;
  }
  written(key: string): boolean | undefined {
    return this.config ? !!entry(this.config, key) : undefined;
  }
  refs(key: string): string[] {
    const refs = get(this.config, key, 'references');
    return refs?.kind === 'seq' ? refs.items.flatMap((r) => (r.kind === 'scalar' && typeof r.value === 'string' ? [r.value] : [])) : [];
  }
}

function isTrue(n: DocNode | undefined): boolean {
  return n?.kind === 'scalar' && n.value === true;
}
