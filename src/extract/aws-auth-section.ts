// One aws-auth data section (mapRoles / mapUsers / mapAccounts), read the way aws-iam-authenticator
// reads it: YAML 1.1, and the whole section is lost on a syntax error, a non-list, or a non-scalar key.
import type { AwsAuthDocument, AwsAuthSection, IdentityMapping, MappingKey, Origin, SectionResult, SsoMatcher, ValueInfo, ValueType } from '../model.ts';
import { parseYaml } from '../parse/yaml.ts';
import { documentEnd, indentQuotedContinuations, isUnclosedQuote, textLoss, treeLoss, type DocumentEnd } from './aws-auth-go-yaml.ts';
import type { OffsetMap } from '../parse/types.ts';
import type { EmbeddedText } from '../parse/embedded.ts';
import { joinPointer, SourceDoc, type DocNode, type MapEntry } from '../source.ts';
import { concat, isKnown, literal, type Part, type Text } from '../text.ts';

export const SECTIONS: AwsAuthSection[] = ['mapRoles', 'mapUsers', 'mapAccounts'];

/** Placeholder for an unevaluated expression inside a section's text (Terraform `${…}`). */
export const hole = (i: number): string => `\u27EA${i}\u27EB`;
const HOLE_RE = /\u27EA(\d+)\u27EB/g;

export interface SectionInput {
  document: AwsAuthDocument;
  name: AwsAuthSection;
  /** Where the section's value is written (its key, for fallbacks). */
  origin: Origin;
  /** The section's text, or a reason it is not a string. */
  /** `holes[i]` stands for `hole(i)`: the expression's name, or what it resolves to. */
  value: { text: EmbeddedText; holes?: (string | Text)[] } | { notString: ValueType } | { unknown: true };
  /** `${…}` in a value is text filled in before apply (envsubst, templatefile): an unknown part. */
  placeholders?: boolean;
}

export function readSection(input: SectionInput): { section: SectionResult; mappings: IdentityMapping[] } {
  const { document, name, origin } = input;
  const section: SectionResult = { name, origin, exact: true, unknown: false };
  const mappings: IdentityMapping[] = [];
  const v = input.value;
  if ('unknown' in v) {
    section.unknown = true;
    return { section, mappings };
  }
  if ('notString' in v) {
    if (v.notString !== 'null') section.error = { message: `${name} is a ${describeType(v.notString)}, not a string: write it as a block (\`${name}: |\`)`, origin };
    return { section, mappings };
  }
  // A BOM at the start (a file read with templatefile()) is skipped by the authenticator's YAML reader.
  const bom = v.text.text.startsWith('\uFEFF') ? 1 : 0;
  const text = v.text.text.slice(bom);
  const map = bom ? (o: number, isEnd: boolean) => v.text.map(o + bom, isEnd) : v.text.map;
  section.exact = v.text.exact;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '""' || trimmed === "''" || trimmed === '``') return { section, mappings };
  const at = (offset: number, end = offset + 1): Origin => ({ ...origin, offsets: [map(offset, false), map(end, true)] });
  if (trimmed.startsWith('{')) {
    const offset = text.indexOf('{');
    section.error = { message: `${name} starts with "{", so it is read as a JSON object, not a list`, origin: at(offset) };
    return { section, mappings };
  }
  const parsed = parseSection(text, map);
  if ('error' in parsed) {
    section.error = { message: `${name} ${parsed.error.message}`, origin: { ...origin, offsets: parsed.error.offsets } };
    return { section, mappings };
  }
  const { root, end } = parsed;
  const inner = new SourceDoc(origin.doc.file, root, `aws-auth › ${name}`);
  const loss = root && treeLoss(root, name);
  if (loss) {
    section.error = { message: `${name} ${loss.message}`, origin: { ...origin, offsets: [loss.start, loss.end] } };
    return { section, mappings };
  }
  if (!root || (root.kind === 'scalar' && root.value === null)) return { section, mappings };
  if (root.kind !== 'seq') {
    section.error = { message: `${name} is a ${describeType(typeOf(root))}, not a list of entries`, origin: { doc: inner, pointer: '' } };
    return { section, mappings };
  }
  if (end) section.endsEarly = { message: `${name}: go-yaml ends the document at line ${end.line} of the section, ${end.reason}`, origin: at(end.offset) };
  const toText = textWithHoles(v.holes ?? [], input.placeholders ?? false);
  root.items.forEach((item, index) => {
    mappings.push(name === 'mapAccounts' ? account(document, inner, item, index, toText) : entry(document, name, inner, item, index, toText));
  });
  return { section, mappings };
}

/** `end.offset` is an offset of the section's text as given. */
type SectionParse = { root: DocNode | undefined; end?: DocumentEnd } | { error: { message: string; offsets: [number, number] } };

/** The section's first document as go-yaml reads it: whole, or only the part before the line where go-yaml ends it. */
function parseSection(original: string, originalMap: OffsetMap): SectionParse {
  const { text, map, back, doc } = readQuotedContinuations(original, originalMap);
  const loss = textLoss(text);
  if (!loss && (!doc || doc.errors.length === 0)) return { root: doc?.root };
  // go-yaml never reads past the line where it ends the document: what fails after it does not count.
  const end = documentEnd(text);
  if (end && (!loss || loss.offset >= end.offset)) {
    const [before] = parseYaml(text.slice(0, end.offset), { ...SECTION_YAML, map });
    if (before && before.errors.length === 0) return { root: before.root, end: { ...end, offset: back(end.offset) } };
  }
  if (loss) return { error: { message: loss.message, offsets: [map(loss.offset, false), map(loss.offset + 1, true)] } };
  const e = doc.errors[0];
  return { error: { message: `is not valid YAML: ${e.message}`, offsets: [e.offset, Math.max(e.end, e.offset)] } };
}

const SECTION_YAML = { version: '1.1', uniqueKeys: false } as const;

/** The section parsed; when `yaml` stops a quoted scalar that go-yaml reads on, with its continuation lines indented (see indentQuotedContinuations). */
function readQuotedContinuations(original: string, originalMap: OffsetMap) {
  const [doc] = parseYaml(original, { ...SECTION_YAML, map: originalMap });
  const unchanged = { text: original, map: originalMap, back: (o: number) => o, doc };
  if (!doc?.errors.some(isUnclosedQuote)) return unchanged;
  const { text, back } = indentQuotedContinuations(original, (t) => parseYaml(t, SECTION_YAML)[0]?.errors ?? []);
  if (text === original) return unchanged;
  const map: OffsetMap = (o, isEnd) => originalMap(back(o), isEnd);
  return { text, map, back, doc: parseYaml(text, { ...SECTION_YAML, map })[0] };
}

function entry(document: AwsAuthDocument, section: AwsAuthSection, doc: SourceDoc, item: DocNode, index: number, toText: (s: string) => Text): IdentityMapping {
  const pointer = joinPointer('', index);
  const m: IdentityMapping = {
    kind: 'identity-mapping', document, section, index, groups: [], keys: [],
    origin: { doc, pointer }, fields: {},
  };
  if (item.kind !== 'map') {
    const text = stringOf(item, toText);
    m.item = { ...valueInfo(item), ...(text ? { text } : {}) };
    return m;
  }
  const arnKey = section === 'mapUsers' ? 'userarn' : 'rolearn';
  for (const e of item.entries) {
    const k = mappingKey(doc, pointer, e, toText);
    m.keys.push(k);
    const field = k.origin!;
    // encoding/json matches field names case-insensitively, with Unicode folding (`ſ` is an `s`).
    const lower = e.key.toLowerCase().replace(/\u017f/g, 's');
    if (lower === arnKey) {
      m.arn = k.text;
      m.fields.arn = field;
    } else if (lower === 'username') {
      m.username = k.text;
      m.fields.username = field;
    } else if (lower === 'groups') {
      m.fields.groups = field;
      const v = e.value;
      m.groups = v.kind === 'seq' ? v.items.map((g) => stringOf(g, toText)) : [];
      m.groupValues = v.kind === 'seq' ? v.items.map(valueInfo) : undefined;
      // `groups: ${jsonencode(var.groups)}`: an expression may yield the whole list, so it is unknown.
      if (k.text && !isKnown(k.text)) m.groups = [k.text];
    } else if (section === 'mapRoles' && lower === 'sso') {
      m.fields.sso = field;
      m.sso = e.value.kind === 'map' ? ssoMatcher(doc, field.pointer, e.value.entries, toText) : undefined;
    }
  }
  return m;
}

function ssoMatcher(doc: SourceDoc, pointer: string, entries: MapEntry[], toText: (s: string) => Text): SsoMatcher {
  const sso: SsoMatcher = { keys: [] };
  for (const e of entries) {
    const k = mappingKey(doc, pointer, e, toText);
    sso.keys.push(k);
    const lower = e.key.toLowerCase();
    if (lower === 'permissionsetname') sso.permissionSetName = k;
    else if (lower === 'accountid') sso.accountID = k;
    else if (lower === 'partition') sso.partition = k;
  }
  return sso;
}

function mappingKey(doc: SourceDoc, pointer: string, e: MapEntry, toText: (s: string) => Text): MappingKey {
  const text = stringOf(e.value, toText);
  return { key: e.key, ...valueInfo(e.value), ...(text ? { text } : {}), origin: { doc, pointer: joinPointer(pointer, e.key) } };
}

function valueInfo(node: DocNode): ValueInfo {
  const raw = node.kind === 'scalar' && node.style === 'plain' ? node.raw : undefined;
  return raw === undefined ? { type: typeOf(node) } : { type: typeOf(node), raw };
}

/** The string go-yaml v2 reads, if the node is one. */
function stringOf(node: DocNode, toText: (s: string) => Text): Text | undefined {
  if (node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  return toText(node.value);
}

function account(document: AwsAuthDocument, doc: SourceDoc, item: DocNode, index: number, toText: (s: string) => Text): IdentityMapping {
  const pointer = joinPointer('', index);
  // yaml.v2 into []string keeps a plain scalar's source text (`012345678901` stays as written).
  // A null item (`- ~`) arrives as "".
  const raw = item.kind === 'scalar' ? (item.value === null ? (item.style === 'plain' ? '' : undefined) : (item.raw ?? String(item.value))) : undefined;
  return {
    kind: 'identity-mapping', document, section: 'mapAccounts', index,
    arn: raw === undefined ? undefined : toText(raw),
    groups: [], keys: [{ key: '', type: typeOf(item) }],
    origin: { doc, pointer }, fields: { arn: { doc, pointer } },
  };
}

function textWithHoles(holes: (string | Text)[], placeholders: boolean): (s: string) => Text {
  if (holes.length === 0) return placeholders ? withPlaceholders : literal;
  return (s) => {
    const parts: Part[] = [];
    let last = 0;
    for (const m of s.matchAll(HOLE_RE)) {
      if (m.index! > last) parts.push(s.slice(last, m.index));
      const h = holes[Number(m[1])] ?? 'expression';
      if (typeof h === 'string') parts.push({ unknown: h });
      else parts.push(...h.parts);
      last = m.index! + m[0].length;
    }
    if (last < s.length) parts.push(s.slice(last));
    return concat({ parts });
  };
}

const PLACEHOLDER_RE = /\$\{([^{}]*)\}/g;

export function withPlaceholders(s: string): Text {
  if (!s.includes('${')) return literal(s);
  const parts: Part[] = [];
  let last = 0;
  for (const m of s.matchAll(PLACEHOLDER_RE)) {
    if (m.index! > last) parts.push(s.slice(last, m.index));
    parts.push({ unknown: m[1] });
    last = m.index! + m[0].length;
  }
  if (last < s.length) parts.push(s.slice(last));
  return concat({ parts });
}

export function typeOf(node: DocNode): ValueType {
  if (node.kind === 'map') return 'map';
  if (node.kind === 'seq') return 'seq';
  const v = node.value;
  return v === null ? 'null' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'boolean';
}

function describeType(t: ValueType): string {
  return { map: 'mapping', seq: 'list', string: 'string', number: 'number', boolean: 'boolean', null: 'null' }[t];
}

