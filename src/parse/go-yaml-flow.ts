// Flow collections (`[a, b]`, `{a: b}`) as go-yaml v2's scanner (scannerc.go) and parser (parserc.go)
// read them, to find the syntax go-yaml rejects although `yaml` accepts it: a plain scalar ends at
// any of `,?[]{}` (`[system:node:{{EC2PrivateDNSName}}]` is a scalar, then a `{` where a `,` belongs),
// `?` and `:` are always indicators, a tag takes in `,[]` and wants a blank after it, an anchor's name
// is letters, digits, `_` and `-`. The nodes are `yaml`'s: where go-yaml reads another tree without an
// error, goFlow() gives the edits of the text that make `yaml` read go-yaml's tree (see FlowEdit).

/** `end`: where a `node` or `property` token ends. */
type FlowToken = { type: '[' | ']' | '{' | '}' | ',' | '?' | ':' | 'node' | 'property' | 'end'; at: number; end: number };
export interface GoYamlSyntaxError {
  message: string;
  offset: number;
}

class FlowError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/**
 * A change of the text at `at` (an offset of the text as written): `remove` characters taken out,
 * `insert` put in. Edits keep go-yaml's reading of the text and make `yaml` read it the same way.
 */
export interface FlowEdit {
  at: number;
  remove: number;
  insert: string;
}

/**
 * The flow collection that starts at `start` as go-yaml reads it: its error, or else the edits that
 * make `yaml` read the tree go-yaml reads (none for almost every collection):
 * - a tag takes in `,`, `[` and `]` (`[a, !x, b]`: `!x,` is the tag of `b`), where `yaml` ends it:
 *   they are written as the escapes `%2C`, `%5B`, `%5D`, which both read as the same character;
 * - an empty node with a tag or anchor, then a line break before the `,` (`[a, !x]` at the end of a
 *   line: `!x]` is the tag): `yaml` fails on the `,`, so the blanks, breaks and comments between are spaces;
 * - `?` is always the key indicator (`[?q]` is `[{q: null}]`), where `yaml` reads a plain scalar
 *   when no blank follows: a space is put in after it.
 */
export function goFlow(text: string, start: number): { error?: GoYamlSyntaxError; edits: FlowEdit[] } {
  let tokens: FlowToken[];
  try {
    tokens = scanFlow(text, start);
    new FlowParser(tokens).node();
  } catch (e) {
    if (e instanceof FlowError) return { error: { message: e.message, offset: e.offset }, edits: [] };
    throw e;
  }
  const edits: FlowEdit[] = [];
  for (const [index, t] of tokens.entries()) {
    if (t.type === 'property' && text[t.at] === '!' && text[t.at + 1] !== '<') {
      for (let i = t.at + 1; i < t.end; i++) {
        const escape = URI_ESCAPES[text[i]];
        if (escape) edits.push({ at: i, remove: 1, insert: escape });
      }
    }
    const next = tokens[index + 1];
    if (t.type === 'property' && next?.type === ',' && text.slice(t.end, next.at).includes('\n')) {
      edits.push({ at: t.end, remove: next.at - t.end, insert: ' '.repeat(next.at - t.end) });
    } else if (t.type === '?' && text[t.at] === '?' && !isBlankZ(text[t.at + 1])) {
      edits.push({ at: t.at + 1, remove: 0, insert: ' ' });
    }
  }
  return { edits };
}

/** What go-yaml takes into a tag and `yaml` does not, as the escapes both decode (go-yaml in every tag, `yaml` in `!!` tags). */
const URI_ESCAPES: Record<string, string> = { ',': '%2C', '[': '%5B', ']': '%5D' };

/** `text` with `edits` (sorted by `at`, not overlapping) made, and the way back to the offsets of `text`. */
export function applyFlowEdits(text: string, edits: FlowEdit[]): { text: string; back: (offset: number) => number } {
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.at) + e.insert;
    last = e.at + e.remove;
  }
  out += text.slice(last);
  const back = (offset: number): number => {
    let shift = 0;
    for (const e of edits) {
      const at = e.at + shift;
      if (offset < at) break;
      // Inside the inserted text: where the removed text was, at most its end.
      if (offset < at + e.insert.length) return e.at + Math.min(offset - at, e.remove);
      shift += e.insert.length - e.remove;
    }
    return offset - shift;
  };
  return { text: out, back };
}

const isBlankZ = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isWordChar = (c: string | undefined) => c !== undefined && /[0-9A-Za-z_-]/.test(c);
const isUriChar = (c: string | undefined) => c !== undefined && /[0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]%]/.test(c);
const FLOW_INDICATORS = ',?[]{}';
/** What no plain scalar starts with (a `-` does, when no blank follows it). */
const NOT_PLAIN_START = '-?:,[]{}#&*!|>\'"%@`';

/** The tokens of one flow collection, with go-yaml's KEY put in before each simple key that a `:` follows. */
function scanFlow(text: string, start: number): FlowToken[] {
  const tokens: FlowToken[] = [];
  // Per flow level, where a simple key could start: a `:` on the same line (within 1024 characters) makes it a key.
  const keys: ({ index: number; at: number; line: number } | undefined)[] = [];
  let keyAllowed = true;
  let line = 0;
  let i = start;
  const column = () => i - (text.lastIndexOf('\n', i - 1) + 1);
  const saveKey = () => {
    if (keyAllowed) keys[keys.length - 1] = { index: tokens.length, at: i, line };
  };
  const push = (type: FlowToken['type'], at: number) => tokens.push({ type, at, end: i });
  do {
    // Blanks, line breaks and comments between tokens; a `#` starts a comment even right after a token.
    for (;;) {
      if (text[i] === '#') while (i < text.length && text[i] !== '\n') i++;
      else if (text[i] === '\n') (line++, i++);
      else if (text[i] === ' ' || text[i] === '\t' || text[i] === '\r') i++;
      else break;
    }
    const c = text[i];
    const at = i;
    if (c === undefined || (column() === 0 && /^(---|\.\.\.)([ \t\r\n]|$)/.test(text.slice(i, i + 4)))) {
      push('end', at);
      break;
    }
    if (column() === 0 && c === '%') throw new FlowError('found a directive inside a flow collection', at);
    if (c === '[' || c === '{') {
      saveKey();
      keys.push(undefined);
      keyAllowed = true;
      push(c, at);
      i++;
    } else if (c === ']' || c === '}') {
      keys.pop();
      keyAllowed = false;
      push(c, at);
      i++;
    } else if (c === ',') {
      keys[keys.length - 1] = undefined;
      keyAllowed = true;
      push(c, at);
      i++;
    } else if (c === '-' && isBlankZ(text[i + 1])) {
      throw new FlowError('block sequence entries are not allowed in this context', at);
    } else if (c === '?') {
      keys[keys.length - 1] = undefined;
      keyAllowed = false;
      push('?', at);
      i++;
    } else if (c === ':') {
      const key = keys[keys.length - 1];
      if (key && key.line === line && key.at + 1024 >= at) tokens.splice(key.index, 0, { type: '?', at: key.at, end: key.at });
      keys[keys.length - 1] = undefined;
      keyAllowed = false;
      push(':', at);
      i++;
    } else if (c === '*' || c === '&' || c === '!' || c === '"' || c === "'" || !NOT_PLAIN_START.includes(c) || (c === '-' && !isBlankZ(text[i + 1]))) {
      saveKey();
      keyAllowed = false;
      if (c === '*' || c === '&') i = anchorEnd(text, i);
      else if (c === '!') i = tagEnd(text, i);
      else if (c === '"' || c === "'") i = quotedEnd(text, i);
      else ({ end: i, multiLine: keyAllowed } = plainEnd(text, i));
      line += (text.slice(at, i).match(/\n/g) ?? []).length;
      push(c === '&' || c === '!' ? 'property' : 'node', at);
    } else {
      throw new FlowError('found character that cannot start any token', at);
    }
  } while (keys.length > 0);
  return tokens;
}

/** The end of an alias or anchor name: go-yaml wants one word character at least, then a blank or one of `?:,]}%@\``. */
function anchorEnd(text: string, i: number): number {
  let end = i + 1;
  while (isWordChar(text[end])) end++;
  if (end === i + 1 || !(isBlankZ(text[end]) || '?:,]}%@`'.includes(text[end]))) throw new FlowError('did not find expected alphabetic or numeric character', i);
  return end;
}

/** The end of a tag (`!x`, `!!str`, `!h!x`, `!<uri>`): its characters may be `,`, `[` and `]`, and a blank must follow. */
function tagEnd(text: string, i: number): number {
  let end = i + 1;
  if (text[end] === '<') {
    end++;
    while (isUriChar(text[end])) end++;
    if (text[end] !== '>') throw new FlowError("did not find the expected '>'", i);
    end++;
  } else {
    while (isWordChar(text[end])) end++;
    const handle = text[end] === '!';
    if (handle) end++;
    const suffix = end;
    while (isUriChar(text[end])) end++;
    if (handle && end === suffix) throw new FlowError('did not find expected tag URI', i);
  }
  if (!isBlankZ(text[end])) throw new FlowError('did not find expected whitespace or line break', i);
  return end;
}

/** The end of a quoted scalar: go-yaml fails at the end of the text or at a `---` / `...` line inside it. */
function quotedEnd(text: string, i: number): number {
  const quote = text[i];
  for (let end = i + 1; end < text.length; end++) {
    const c = text[end];
    if (c === '\n' && /^(---|\.\.\.)([ \t\r\n]|$)/.test(text.slice(end + 1, end + 5))) throw new FlowError('found unexpected document indicator', end + 1);
    if (quote === '"' && c === '\\') end++;
    else if (c === quote && quote === "'" && text[end + 1] === "'") end++;
    else if (c === quote) return end + 1;
  }
  throw new FlowError('found unexpected end of stream', i);
}

/** The end of a plain scalar in a flow collection, and whether go-yaml read a line break in or after it. */
function plainEnd(text: string, i: number): { end: number; multiLine: boolean } {
  let end = i;
  let multiLine = false;
  for (let at = i; ; ) {
    const lineStart = at === 0 || text[at - 1] === '\n';
    if (text[at] === '#' || (lineStart && /^(---|\.\.\.)([ \t\r\n]|$)/.test(text.slice(at, at + 4)))) break;
    while (!isBlankZ(text[at]) && !(text[at] === ':' && isBlankZ(text[at + 1])) && !FLOW_INDICATORS.includes(text[at])) at++;
    end = Math.max(end, at);
    if (at >= text.length || !isBlankZ(text[at])) break;
    for (; at < text.length && isBlankZ(text[at]); at++) if (text[at] === '\n') multiLine = true;
  }
  return { end, multiLine };
}

/** go-yaml's flow states (parserc.go), over the tokens of one collection: throws where go-yaml fails. */
class FlowParser {
  private next = 0;
  constructor(private readonly tokens: FlowToken[]) {}

  /** Past the collection's last token (after a skipped `]`, see collection()): what follows it, never `,` or `]`. */
  private peek(): FlowToken {
    const last = this.tokens[this.tokens.length - 1];
    return this.tokens[this.next] ?? { type: 'end', at: last.at + 1, end: last.at + 1 };
  }

  /** A node: an anchor and a tag in either order, then content, which may be empty after them. */
  node(): void {
    let properties = 0;
    while (this.peek().type === 'property' && properties < 2) (this.next++, properties++);
    const t = this.peek();
    if (t.type === 'node') this.next++;
    else if (t.type === '[' || t.type === '{') this.collection(t.type === '[' ? ']' : '}');
    else if (properties === 0) throw new FlowError('did not find expected node content', t.at);
  }

  /** A flow sequence or mapping: entries between `,`; an entry with a KEY is a pair, also in a sequence. */
  private collection(close: ']' | '}'): void {
    this.next++;
    for (let first = true; ; first = false) {
      if (this.peek().type === close) break;
      if (!first) {
        if (this.peek().type !== ',') throw new FlowError(`did not find expected ',' or '${close}'`, this.peek().at);
        this.next++;
        if (this.peek().type === close) break;
      }
      if (this.peek().type === '?') {
        this.next++;
        // In a sequence, go-yaml v2 skips the token after a `?` that has no key (parserc.go,
        // flow_sequence_entry_mapping_key): `[?]` and `[?, a]` fail, `[? :, a]` holds a pair.
        if (close === ']' && [':', ',', ']'].includes(this.peek().type)) this.next++;
        else this.nodeUnless(':', ',', close);
        if (this.peek().type === ':') (this.next++, this.nodeUnless(',', close));
      } else {
        this.node(); // a sequence's item, or a mapping's key without `:` (its value is empty)
      }
    }
    this.next++;
  }

  /** A node, or an empty one when the next token is one of `types`. */
  private nodeUnless(...types: FlowToken['type'][]): void {
    if (!types.includes(this.peek().type)) this.node();
  }
}
