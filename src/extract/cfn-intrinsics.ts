// Intrinsic evaluation over a normalised template, as far as the template allows. What the
// template cannot tell (pseudo-parameters, generated names, Fn::If on an unknown condition,
// imports) becomes an unknown part: rules then say nothing rather than guess.
import { concat, literal, unknownText, type Text, type Unknown } from '../text.ts';
import type { CfnNode } from './cfn-normalize.ts';
import { CLUSTER_TYPES, isIntrinsic, prop, scalarString, type Resource, type Template } from './cfn-template.ts';

export type Value =
  | { kind: 'text'; text: Text }
  | { kind: 'list'; items: Value[] }
  /** `Ref: AWS::NoValue`: the property (or list item) is removed. */
  | { kind: 'none' }
  /** Not even the shape is known: a list or a string, present or removed. */
  | { kind: 'unknown'; what: string };

const PSEUDO: Record<string, Unknown['means'] | null> = {
  'AWS::AccountId': 'account', 'AWS::Partition': 'partition', 'AWS::Region': 'region', 'AWS::URLSuffix': 'url-suffix',
  'AWS::StackName': null, 'AWS::StackId': null,
};
/** Functions that always give one string, though an unknown one. */
const STRING_FNS = new Set(['Fn::ImportValue', 'Fn::Base64', 'Fn::ToJsonString', 'Fn::Length', 'Fn::Sub', 'Fn::Join']);
const MAX_DEPTH = 64;

const text = (t: Text): Value => ({ kind: 'text', text: t });
const unknownValue = (what: string): Value => ({ kind: 'unknown', what });
const partition = unknownText('AWS::Partition', 'partition');
const account = unknownText('AWS::AccountId', 'account');
const region = unknownText('AWS::Region', 'region');

export class Evaluator {
  private depth = 0;
  /** Refs being resolved, to stop cycles (`RoleName: !Ref SameRole`). */
  private readonly active = new Set<string>();

  /** `assumed`: conditions known to hold here, i.e. the Condition of the resource being read. */
  constructor(readonly tpl: Template, private readonly assumed: ReadonlySet<string> = new Set()) {}

  /** undefined when the node is absent. */
  value(node: CfnNode | undefined): Value | undefined {
    if (!node) return undefined;
    if (this.depth >= MAX_DEPTH) return unknownValue('nesting');
    this.depth++;
    try {
      return this.eval(node);
    } finally {
      this.depth--;
    }
  }

  /** The node as a string; undefined when absent or removed. */
  text(node: CfnNode | undefined, what = 'value'): Text | undefined {
    return asText(this.value(node), what);
  }

  /** The node as a list of strings; undefined when absent or not knowable. */
  list(node: CfnNode | undefined): Text[] | undefined {
    const v = this.value(node);
    if (!v || v.kind !== 'list') return undefined;
    const out: Text[] = [];
    for (const item of v.items) {
      if (item.kind === 'none') continue;
      // An item that may be removed or be a list itself: the length is unknown.
      if (item.kind !== 'text') return undefined;
      out.push(item.text);
    }
    return out;
  }

  /** `Ref`: a pseudo-parameter, a parameter's default, or the name of a role or cluster defined here. */
  ref(name: string): Value {
    if (name === 'AWS::NoValue') return { kind: 'none' };
    if (name === 'AWS::NotificationARNs') return unknownValue(name);
    if (Object.hasOwn(PSEUDO, name)) return text(unknownText(name, PSEUDO[name] ?? undefined));
    const param = this.tpl.params.get(name);
    if (param) return this.param(name, param.type, param.default);
    const res = this.resource(name);
    if (!res) return text(unknownText(name));
    return this.guard(`Ref ${name}`, () => {
      if (res.type === 'AWS::EKS::Cluster') return this.text(prop(res.props, 'Name'));
      if (res.type === 'Custom::AWSCDK-EKS-Cluster') return this.text(prop(prop(res.props, 'Config'), 'name'));
      if (res.type === 'AWS::IAM::Role') return this.text(prop(res.props, 'RoleName'));
      return undefined;
    }, name);
  }

  /** `Fn::GetAtt [Id, Arn]` of a role or cluster defined here; any other attribute is unknown. */
  getAtt(id: string, attr: string): Value {
    const what = `${id}.${attr}`;
    const res = this.resource(id);
    if (!res || attr !== 'Arn') return text(unknownText(what));
    return this.guard(`GetAtt ${what}`, () => {
      if (res.type === 'AWS::IAM::Role') {
        const path = this.text(prop(res.props, 'Path'), `${id}.Path`) ?? literal('/');
        const name = this.text(prop(res.props, 'RoleName')) ?? unknownText(id);
        return concat(literal('arn:'), partition, literal(':iam::'), account, literal(':role'), path, name);
      }
      if (CLUSTER_TYPES.has(res.type)) {
        const name = asText(this.ref(id), id) ?? unknownText(id);
        return concat(literal('arn:'), partition, literal(':eks:'), region, literal(':'), account, literal(':cluster/'), name);
      }
      return undefined;
    }, what);
  }

  /** A resource whose values this context may read: one that exists whenever the reader does. */
  private resource(id: string): Resource | undefined {
    const res = this.tpl.resources.get(id);
    if (!res || (res.condition && !this.assumed.has(res.condition))) return undefined;
    return res;
  }

  private guard(key: string, f: () => Text | undefined, what: string): Value {
    if (this.active.has(key)) return text(unknownText(what));
    this.active.add(key);
    try {
      return text(f() ?? unknownText(what));
    } finally {
      this.active.delete(key);
    }
  }

  private param(name: string, type: string | undefined, def: CfnNode | undefined): Value {
    // An SSM parameter's default is the name of the SSM parameter, not its value.
    if (type?.startsWith('AWS::SSM::')) return text(unknownText(name));
    const d = def && def.kind === 'scalar' && def.value !== null ? String(def.value) : undefined;
    const isList = type === 'CommaDelimitedList' || type?.startsWith('List<');
    // An empty default means "not supplied": the value comes at deploy time.
    if (d === undefined || d === '') return isList ? unknownValue(name) : text(unknownText(name));
    if (isList) return { kind: 'list', items: d.split(',').map((s) => text(literal(s.trim()))) };
    return text(literal(d));
  }

  private eval(node: CfnNode): Value {
    if (node.kind === 'scalar') return node.value === null ? { kind: 'none' } : text(literal(String(node.value)));
    if (node.kind === 'seq') return { kind: 'list', items: node.items.map((it) => this.value(it)!) };
    if (!isIntrinsic(node)) return unknownValue('map');
    const fn = node.entries[0];
    const arg = fn.value;
    const args = arg.kind === 'seq' ? arg.items : [];
    switch (fn.key) {
      case 'Ref': {
        const name = scalarString(arg);
        return name === undefined ? unknownValue('Ref') : this.ref(name);
      }
      case 'Fn::GetAtt': return this.evalGetAtt(arg);
      case 'Fn::Sub': return this.sub(arg);
      case 'Fn::Join': return this.join(args);
      case 'Fn::Select': return this.select(args);
      case 'Fn::Split': return this.split(args);
      case 'Fn::If': return this.ifThen(args);
      case 'Fn::FindInMap': return this.findInMap(args);
      default: return STRING_FNS.has(fn.key) ? text(unknownText(fn.key)) : unknownValue(fn.key);
    }
  }

  private evalGetAtt(arg: CfnNode): Value {
    // Long form `[Id, Attr]`; a dotted string is accepted too.
    const parts = arg.kind === 'seq' ? arg.items.map((it) => knownString(this.value(it))) : [scalarString(arg)];
    if (parts.length === 1 && parts[0]?.includes('.')) {
      const s = parts[0];
      return this.getAtt(s.slice(0, s.indexOf('.')), s.slice(s.indexOf('.') + 1));
    }
    const [id, attr] = parts;
    return id !== undefined && attr !== undefined ? this.getAtt(id, attr) : text(unknownText('Fn::GetAtt'));
  }

  private sub(arg: CfnNode): Value {
    const pattern = arg.kind === 'seq' ? arg.items[0] : arg;
    const vars = arg.kind === 'seq' ? arg.items[1] : undefined;
    const source = scalarString(pattern);
    if (source === undefined) return text(unknownText('Fn::Sub'));
    const pieces: Text[] = [];
    let last = 0;
    for (const m of source.matchAll(/\$\{([^}]*)\}/g)) {
      pieces.push(literal(source.slice(last, m.index)));
      last = m.index + m[0].length;
      const name = m[1];
      // `${!Literal}` stands for the text `${Literal}`.
      if (name.startsWith('!')) {
        pieces.push(literal('${' + name.slice(1) + '}'));
        continue;
      }
      const bound = prop(vars, name);
      const dot = name.indexOf('.');
      const v = bound ? this.value(bound) : dot === -1 ? this.ref(name) : this.getAtt(name.slice(0, dot), name.slice(dot + 1));
      pieces.push(asText(v, name) ?? literal(''));
    }
    pieces.push(literal(source.slice(last)));
    return text(concat(...pieces));
  }

  private join(args: CfnNode[]): Value {
    const delim = knownString(this.value(args[0]));
    const list = this.value(args[1]);
    if (delim === undefined || !list || list.kind !== 'list') return text(unknownText('Fn::Join'));
    const pieces: Text[] = [];
    for (const item of list.items) {
      if (item.kind === 'none') continue;
      // An item that may vanish shifts the delimiters; with no delimiter it is just an unknown part.
      if (item.kind !== 'text' && delim !== '') return text(unknownText('Fn::Join'));
      if (pieces.length > 0) pieces.push(literal(delim));
      pieces.push(asText(item, 'Fn::Join')!);
    }
    return text(concat(...pieces));
  }

  private select(args: CfnNode[]): Value {
    const index = knownString(this.value(args[0]));
    const list = this.value(args[1]);
    if (index === undefined || !/^\d+$/.test(index) || !list || list.kind !== 'list') return text(unknownText('Fn::Select'));
    // Items before the index that may vanish move it.
    const before = list.items.slice(0, Number(index));
    if (before.some((it) => it.kind === 'none' || it.kind === 'unknown')) return text(unknownText('Fn::Select'));
    return list.items[Number(index)] ?? text(unknownText('Fn::Select'));
  }

  private split(args: CfnNode[]): Value {
    const delim = knownString(this.value(args[0]));
    const source = knownString(this.value(args[1]));
    if (delim === undefined || delim === '' || source === undefined) return unknownValue('Fn::Split');
    return { kind: 'list', items: source.split(delim).map((s) => text(literal(s))) };
  }

  private ifThen(args: CfnNode[]): Value {
    const cond = scalarString(args[0]) ?? '?';
    // Inside a resource under Condition C, `Fn::If [C, …]` takes its first branch.
    if (this.assumed.has(cond)) return this.value(args[1]) ?? unknownValue(`Fn::If ${cond}`);
    const a = this.value(args[1]);
    const b = this.value(args[2]);
    return a && b && JSON.stringify(a) === JSON.stringify(b) ? a : unknownValue(`Fn::If ${cond}`);
  }

  private findInMap(args: CfnNode[]): Value {
    const keys = args.slice(0, 3).map((a) => knownString(this.value(a)));
    if (keys.length < 3 || keys.some((k) => k === undefined)) return unknownValue('Fn::FindInMap');
    const found = prop(prop(prop(this.tpl.mappings, keys[0]!), keys[1]!), keys[2]!);
    return (found && this.value(found)) ?? unknownValue('Fn::FindInMap');
  }
}

/** A value as a string: lists and unknown shapes become one unknown part; removed → undefined. */
export function asText(v: Value | undefined, what: string): Text | undefined {
  if (!v || v.kind === 'none') return undefined;
  if (v.kind === 'text') return v.text;
  return unknownText(v.kind === 'unknown' ? v.what : what);
}

function knownString(v: Value | undefined): string | undefined {
  if (!v || v.kind !== 'text') return undefined;
  return v.text.parts.every((p) => typeof p === 'string') ? v.text.parts.join('') : undefined;
}
