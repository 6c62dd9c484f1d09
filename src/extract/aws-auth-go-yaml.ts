// What go-yaml v2 and the JSON step after it reject although the JS `yaml` parser accepts it: each
// makes aws-iam-authenticator lose the whole section (found by the differential test, docs/oracle.md).
import type { AwsAuthSection } from '../model.ts';
import type { DocNode, MapEntry } from '../source.ts';

export interface GoYamlLoss {
  message: string;
  /** Outer-file offsets of the cause. */
  start: number;
  end: number;
}

/** A tab before the first token of a line (after indentation and `- ` indicators): a go-yaml scanner error. */
const TAB_BEFORE_TOKEN = /^[ ]*(?:-[ ]*)*\t/m;

/** `...` before any content: go-yaml expects a node where the (implicit) document ends. */
const LEADING_DOCUMENT_END = /^(?:[ \t]*(?:#.*)?\r?\n)*\.\.\.(?=[ \t\r\n]|$)/;

/** Checks on the section's text, before parsing; offsets are inner. */
export function textLoss(text: string): { message: string; offset: number } | undefined {
  const tab = TAB_BEFORE_TOKEN.exec(text);
  if (tab) return { message: 'has a tab where indentation or a list item starts (go-yaml: "found character that cannot start any token")', offset: tab.index + tab[0].length - 1 };
  const end = LEADING_DOCUMENT_END.exec(text);
  if (end) return { message: 'starts with a "..." document end marker, before any entry (go-yaml: "did not find expected node content")', offset: end[0].length - 3 };
  return directiveLoss(text);
}

/**
 * The directives before the first document, as go-yaml v2 checks them (scannerc.go
 * yaml_parser_scan_directive, parserc.go yaml_parser_process_directives): each is an error of the
 * whole text unless it is a well-formed `%YAML 1.1` or `%TAG`, given once, and a `---` line must
 * follow them. `yaml` only warns about an unknown directive, and reads directives with no document
 * after them as an empty text: `%pc` alone is nothing to it, and "found unknown directive name" to go-yaml.
 */
function directiveLoss(text: string): { message: string; offset: number } | undefined {
  let offset = 0;
  let directives = 0;
  let version = false;
  const handles = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const at = offset;
    offset += raw.length + 1;
    if (/^ *(#.*)?$/.test(line)) continue;
    if (!line.startsWith('%')) {
      if (directives === 0 || /^---([ \t]|$)/.test(line)) return undefined;
      return { message: `has ${directives === 1 ? 'a directive' : 'directives'} with no "---" line after ${directives === 1 ? 'it' : 'them'} (go-yaml: "did not find expected <document start>")`, offset: at };
    }
    directives++;
    const error = directiveError(line, version, handles);
    if (error) return { message: `has the directive "${line.split(/[ \t]/)[0]}", which go-yaml rejects ("${error}")`, offset: at };
    if (line.startsWith('%YAML')) version = true;
  }
  return directives === 0 ? undefined : { message: `has ${directives === 1 ? 'a directive' : 'directives'} and no document after ${directives === 1 ? 'it' : 'them'} (go-yaml: "did not find expected <document start>")`, offset: Math.max(0, text.length - 1) };
}

/** Why go-yaml rejects the directive line `line` (with the %YAML and %TAG handles before it), if it does. */
function directiveError(line: string, version: boolean, handles: Set<string>): string | undefined {
  // A directive name is letters, digits, `_` and `-` (is_alpha), and a blank or the line's end follows it.
  const name = /^%([0-9A-Za-z_-]*)/.exec(line)![1];
  const rest = line.slice(1 + name.length);
  if (name === '') return 'could not find expected directive name';
  if (rest !== '' && !/^[ \t]/.test(rest)) return 'found unexpected non-alphabetical character';
  if (name === 'YAML') {
    const m = /^[ \t]+(\d{1,2})\.(\d{1,2})(?![0-9])([ \t]*(#.*)?)$/.exec(rest);
    if (!m) return 'did not find expected version number, or comment or line break';
    if (version) return 'found duplicate %YAML directive';
    if (Number(m[1]) !== 1 || Number(m[2]) !== 1) return 'found incompatible YAML document';
    return undefined;
  }
  if (name === 'TAG') {
    const m = /^[ \t]+(!(?:[0-9A-Za-z_-]*!)?)[ \t]+([0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]%]+)([ \t]+(#.*)?)?$/.exec(rest);
    if (!m || !validEscapes(m[2])) return 'did not find expected tag handle, tag URI, or comment or line break';
    if (handles.has(m[1])) return 'found duplicate %TAG directive';
    handles.add(m[1]);
    return undefined;
  }
  return 'found unknown directive name';
}

/** A tag URI's `%` escapes: two hex digits each, together UTF-8 (yaml_parser_scan_uri_escapes). */
function validEscapes(uri: string): boolean {
  for (const run of uri.match(/(%[^%]{0,2})+/g) ?? []) {
    const bytes = run.split('%').slice(1);
    if (bytes.some((b) => !/^[0-9A-Fa-f]{2}$/.test(b))) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes.map((b) => parseInt(b, 16))));
    } catch {
      return false;
    }
  }
  return true;
}

export interface DocumentEnd {
  /** Inner offset of the first character go-yaml does not read. */
  offset: number;
  /** 1-based line of the section text where that is. */
  line: number;
  reason: string;
}

const DIRECTIVE = /^%(YAML[ \t]+\d+\.\d+|TAG[ \t]+!([\w-]*!)?[ \t]+\S+)[ \t]*(#.*)?$/;

/**
 * Where go-yaml silently ends the section's (first) document, keeping what came before: at a line
 * less indented than the first one (the root list is closed, and what follows is a next document
 * that yaml.Unmarshal never reads), or at a %YAML / %TAG directive after content. A line-based
 * guess: the caller trusts it only when yaml fails on the whole text and reads the part before cleanly.
 */
export function documentEnd(text: string): DocumentEnd | undefined {
  const lines = text.split('\n');
  let base: number | undefined;
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    const content = line.trimStart().replace(/\r$/, '');
    const indent = line.length - line.trimStart().length;
    if (content !== '' && !content.startsWith('#')) {
      if (base === undefined) {
        // Directives and a `---` before the content open the document; the first content line sets the indentation.
        if (!content.startsWith('%') && content !== '---') base = indent;
      } else if (indent === 0 && content.startsWith('%')) {
        return DIRECTIVE.test(content) ? { offset, line: i + 1, reason: `a "${content.split(/[ \t]/)[0]}" directive line` } : undefined;
      } else if (indent < base) {
        return { offset: offset + indent, line: i + 1, reason: 'a line less indented than the first entry' };
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}

/** Checks on the parsed tree; node offsets are already outer. */
export function treeLoss(root: DocNode, name: AwsAuthSection): GoYamlLoss | undefined {
  if (name === 'mapAccounts') return undefined; // yaml.v2 into []string: a bad item is skipped, not fatal
  // Aliases share nodes: each is visited once, so an alias bomb costs its size, not its expansion.
  return keyLoss(root, new Set()) ?? valueLoss(root, new Set());
}

/** go-yaml's decoder fails on a key it cannot hash (a mapping or a list), wherever it stands. */
function keyLoss(node: DocNode, seen: Set<DocNode>): GoYamlLoss | undefined {
  if (seen.has(node)) return undefined;
  seen.add(node);
  if (node.kind === 'seq') {
    for (const it of node.items) {
      const found = keyLoss(it, seen);
      if (found) return found;
    }
  } else if (node.kind === 'map') {
    for (const e of node.entries) {
      // Report the mapping that uses a mapping as a key: `{{SessionName}}` as written.
      if (e.keyNode.kind !== 'scalar') return { message: 'has an unquoted value starting with "{" (a YAML flow mapping); quote it, e.g. "{{SessionName}}"', start: node.start, end: node.end };
      const found = keyLoss(e.value, seen);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * What the JSON step (sigs.k8s.io/yaml's convertToJSONableObject, then encoding/json) fails on: a null
 * key, a non-finite number. It sees the tree go-yaml built, where of a key written twice (or set
 * again by a later `<<`) only the last value is left: what a later key replaces does not count.
 */
function valueLoss(node: DocNode, seen: Set<DocNode>): GoYamlLoss | undefined {
  if (seen.has(node)) return undefined;
  seen.add(node);
  if (node.kind === 'scalar' && typeof node.value === 'number' && !Number.isFinite(node.value)) {
    return { message: `has the value ${node.raw ?? String(node.value)}, a non-finite number JSON cannot hold; quote it`, start: node.start, end: node.end };
  }
  const entries = node.kind === 'map' ? survivors(node.entries) : [];
  const nullKey = entries.find((e) => e.keyNode.kind === 'scalar' && e.keyNode.value === null)?.keyNode;
  if (nullKey) return { message: 'has a null key (`~:` or `null:`), which JSON cannot hold', start: nullKey.start, end: nullKey.end };
  for (const c of node.kind === 'seq' ? node.items : entries.map((e) => e.value)) {
    const found = valueLoss(c, seen);
    if (found) return found;
  }
  return undefined;
}

/**
 * The entries of a mapping that reach the JSON step: go-yaml sets each one into a Go map (keys equal
 * by type and value: `1` and `"1"` are two keys), so of a key written twice the last value is left.
 */
function survivors(entries: MapEntry[]): MapEntry[] {
  const last = new Map<string, MapEntry>();
  for (const e of entries) last.set(e.keyNode.kind === 'scalar' ? `${typeof e.keyNode.value}:${String(e.keyNode.value)}` : `#${last.size}`, e);
  return [...last.values()];
}

/** A section's text with spaces put in at some line starts, and the way back to the original's offsets. */
export interface Reindented {
  text: string;
  /** The original offset of an offset in `text` (one inside inserted spaces: where they were put in). */
  back: (offset: number) => number;
}

/** `yaml`'s error for a quoted scalar it stopped at a line it finds too little indented. */
const UNCLOSED_QUOTE = /^Missing closing (["'])quote/;
export const isUnclosedQuote = (e: { message: string }) => UNCLOSED_QUOTE.test(e.message);

/**
 * go-yaml does not check the indentation of a quoted scalar's continuation lines: `username: "x` then
 * `y"` at column 0 reads "x y", where `yaml` fails. `parse` reads a text and gives its errors; for each
 * quoted scalar `yaml` leaves unclosed but go-yaml closes, its continuation lines are indented to the
 * column of its opening quote, which changes no value (a continuation line's leading blanks are folded away).
 */
export function indentQuotedContinuations(text: string, parse: (text: string) => { message: string; offset: number }[]): Reindented {
  const inserts: { at: number; count: number }[] = [];
  let current = text;
  let after = -1;
  for (;;) {
    const unclosed = parse(current).find(isUnclosedQuote);
    if (!unclosed || unclosed.offset <= after) break;
    const open = openingQuote(current, unclosed.offset, UNCLOSED_QUOTE.exec(unclosed.message)![1]);
    const lines = open === undefined ? undefined : continuationIndents(current, open);
    if (!lines?.length) break;
    // Last line first, so that the earlier lines' offsets in `current` stay as found.
    for (const line of lines.reverse()) {
      current = current.slice(0, line.at) + ' '.repeat(line.count) + current.slice(line.at);
      const at = back(inserts, line.at);
      const next = inserts.findIndex((x) => x.at > at);
      inserts.splice(next < 0 ? inserts.length : next, 0, { at, count: line.count });
    }
    after = unclosed.offset;
  }
  return { text: current, back: (offset) => back(inserts, offset) };
}

/** Maps an offset of the text with `inserts` (sorted by place) made back to the text before them. */
function back(inserts: { at: number; count: number }[], offset: number): number {
  let shift = 0;
  for (const { at, count } of inserts) {
    if (offset < at + shift) break;
    if (offset < at + shift + count) return at;
    shift += count;
  }
  return offset - shift;
}

/**
 * The opening quote of the unclosed scalar `yaml` ended at `end`: inside it, every other `"` is
 * escaped by an odd number of backslashes, every other `'` doubled.
 */
function openingQuote(text: string, end: number, quote: string): number | undefined {
  for (let i = end - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"') {
      let slashes = 0;
      while (text[i - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) return i;
    } else {
      let run = 1;
      while (text[i - run] === "'") run++;
      if (run % 2 === 1) return i - run + 1;
      i -= run - 1;
    }
  }
  return undefined;
}

/**
 * Where go-yaml's quoted scalar opened at `open` has a continuation line indented less than that
 * quote, and by how many spaces; none when go-yaml fails on it too (no closing quote, or a `---` /
 * `...` line inside).
 */
function continuationIndents(text: string, open: number): { at: number; count: number }[] | undefined {
  const quote = text[open];
  const column = open - (text.lastIndexOf('\n', open - 1) + 1);
  const lines: { at: number; count: number }[] = [];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\' && text[i + 1] !== '\n') i++;
    else if (c === quote && quote === "'" && text[i + 1] === "'") i++;
    else if (c === quote) return lines;
    else if (c === '\n') {
      if (/^(---|\.\.\.)([ \t\r\n]|$)/.test(text.slice(i + 1, i + 5))) return undefined;
      const spaces = /^ */.exec(text.slice(i + 1))![0].length;
      if (spaces < column) lines.push({ at: i + 1, count: column - spaces });
    }
  }
  return undefined;
}
