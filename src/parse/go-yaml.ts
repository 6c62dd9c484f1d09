// How go-yaml v2 (resolve.go, decode.go) reads a scalar: aws-auth sections are parsed with every
// scalar left as text, and their values come from here, so that `0o17` is a number and `e3` a string
// exactly as the authenticator sees them.

const CORE = 'tag:yaml.org,2002:';
const STR = `${CORE}str`;
const BOOL = `${CORE}bool`;
const INT = `${CORE}int`;
const FLOAT = `${CORE}float`;
const NULL = `${CORE}null`;
const TIMESTAMP = `${CORE}timestamp`;
const BINARY = `${CORE}binary`;
export const MERGE_TAG = `${CORE}merge`;

export type GoScalar = { value: string | number | boolean | null } | { error: string };
type Resolved = { tag: string; value: string | number | boolean | null };

/** go-yaml's resolveMap: the plain words it reads as something other than text. */
const WORDS = new Map<string, Resolved>();
const words = (tag: string, value: Resolved['value'], list: string) => list.split(' ').forEach((w) => WORDS.set(w, { tag, value }));
words(BOOL, true, 'y Y yes Yes YES true True TRUE on On ON');
words(BOOL, false, 'n N no No NO false False FALSE off Off OFF');
words(NULL, null, '~ null Null NULL');
words(FLOAT, NaN, '.nan .NaN .NAN');
words(FLOAT, Infinity, '.inf .Inf .INF +.inf +.Inf +.INF');
words(FLOAT, -Infinity, '-.inf -.Inf -.INF');

/** The tags go-yaml resolves; any other tag (`!x`, even `!`, or `!!merge` on a value) leaves the text as it is. */
const RESOLVABLE = new Set([STR, BOOL, INT, FLOAT, NULL, TIMESTAMP]);

/**
 * A scalar as go-yaml decodes it into interface{}: `tag` as written (undefined if none), `text` its
 * string value, `plain` whether it was written unquoted. An explicit tag the text does not fit
 * (`!!bool x`) is an error of the whole document.
 */
export function goScalar(tag: string | undefined, text: string, plain: boolean): GoScalar {
  if (tag === BINARY) return binary(text);
  // Quoted and block scalars without a tag are text; so is a scalar with a tag go-yaml does not resolve.
  if (tag === undefined ? !plain : tag === STR || !RESOLVABLE.has(tag)) return { value: text };
  const r = resolveImplicit(text, tag === undefined || tag === TIMESTAMP);
  if (tag === undefined || tag === r.tag) return { value: r.value };
  if (tag === FLOAT && r.tag === INT) return { value: r.value };
  return { error: `cannot decode ${shortTag(r.tag)} \`${text}\` as a ${shortTag(tag)}` };
}

/** resolve.go's resolve() for a plain scalar; timestamps stay text (go-yaml keeps them as strings in interface{}). */
function resolveImplicit(s: string, timestamps: boolean): Resolved {
  if (s === '') return { tag: NULL, value: null };
  const word = WORDS.get(s);
  if (word) return word;
  const first = s[0];
  if (first === '.') return dotFloat(s) ?? { tag: STR, value: s };
  if (!/[-+0-9]/.test(first)) return { tag: STR, value: s };
  if (timestamps && isTimestamp(s)) return { tag: TIMESTAMP, value: s };
  const plain = s.replace(/_/g, '');
  const int = goParseInt(plain);
  if (int !== undefined) return { tag: INT, value: int };
  const float = YAML_STYLE_FLOAT.test(plain) ? Number(plain) : NaN;
  if (Number.isFinite(float)) return { tag: FLOAT, value: float };
  return { tag: STR, value: s };
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** strconv.ParseFloat of a text starting with ".": Go allows `_` between digits; out of range is an error. */
const DOT_FLOAT = /^\.[0-9]+(_[0-9]+)*([eE][-+]?[0-9]+(_[0-9]+)*)?$/;

function dotFloat(s: string): Resolved | undefined {
  const v = DOT_FLOAT.test(s) ? Number(s.replace(/_/g, '')) : NaN;
  return Number.isFinite(v) ? { tag: FLOAT, value: v } : undefined;
}

const GO_INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64), else ParseUint(s, 0, 64) (no sign): base prefixes, a leading 0 is octal. */
function goParseInt(s: string): number | undefined {
  const m = GO_INT.exec(s);
  if (!m) return undefined;
  const [, sign, digits] = m;
  // BigInt reads 0x/0o/0b; a bare leading 0 is octal in Go.
  const magnitude = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits);
  const v = sign === '-' ? -magnitude : magnitude;
  const fits = sign === '' ? v <= UINT64_MAX : v >= INT64_MIN && v < 2n ** 63n;
  return fits ? Number(v) : undefined;
}

/** resolve.go's parseTimestamp layouts: a date, with a `T` time and a zone, or a space and a time without one. */
const TIMESTAMP_FORMS = /^\d{4}-\d\d?-\d\d?([Tt]\d\d?:\d\d?:\d\d?(\.\d+)?(Z|[-+]\d\d:\d\d)| \d\d?:\d\d?:\d\d?(\.\d+)?)?$/;

function isTimestamp(s: string): boolean {
  if (!TIMESTAMP_FORMS.test(s)) return false;
  // time.Parse also checks the ranges: no month 13, no February 30, no hour 24.
  const [y, mo, d, h = 0, mi = 0, sec = 0] = s.split(/[-Tt :.Z+]/).filter(Boolean).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && sec < 60;
}

/** `!!binary`: base64 decoded (StdEncoding: padded, line breaks ignored), or an error. */
function binary(text: string): GoScalar {
  const b64 = text.replace(/[\r\n]/g, '');
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return { error: '!!binary value contains invalid base64 data' };
  return { value: Buffer.from(b64, 'base64').toString('utf8') };
}

function shortTag(tag: string): string {
  return tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag;
}
