// The macros aws-iam-authenticator renders in aws-auth usernames and groups (authenticator.md §3):
// plain, case-sensitive `strings.ReplaceAll`, so any other `{{…}}` stays in the name as literal text.
import type { Text } from '../../src/text.ts';
import { distance } from './distance.ts';

export const AWS_AUTH_MACROS = ['EC2PrivateDNSName', 'AccountID', 'SessionName', 'SessionNameRaw', 'AccessKeyID'];

export interface UnknownMacro {
  /** As written, braces included: `{{sessionname}}`. */
  macro: string;
  /** The nearest valid macro, braces included, when one is close enough to be a likely typo. */
  suggestion?: string;
}

const MACRO = /\{\{([^{}]*)\}\}/g;

/**
 * `{{…}}` in the known parts of a text that the authenticator does not render. Only whole literal
 * parts are scanned: a brace pair split by an unknown part proves nothing.
 */
export function unknownMacros(t: Text | undefined, valid: string[] = AWS_AUTH_MACROS): UnknownMacro[] {
  if (!t) return [];
  const out: UnknownMacro[] = [];
  for (const p of t.parts) {
    if (typeof p !== 'string') continue;
    for (const m of p.matchAll(MACRO)) {
      if (valid.includes(m[1])) continue;
      const near = nearest(m[1], valid);
      out.push({ macro: m[0], suggestion: near && `{{${near}}}` });
    }
  }
  return out;
}

/** The valid name a misspelling most likely meant: same letters ignoring case, spaces and `_-`, or a small edit away. */
function nearest(name: string, valid: string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  const n = norm(name);
  if (n === '') return undefined;
  let best: { name: string; d: number } | undefined;
  for (const v of valid) {
    const d = distance(n, norm(v));
    // A truncated name (`Session`, `EC2PrivateDNS`) means the valid name it starts.
    const close = d <= Math.max(2, Math.floor(v.length / 3)) || (n.length >= 4 && norm(v).startsWith(n));
    if (close && (!best || d < best.d)) best = { name: v, d };
  }
  // Up to a third of the name may differ: `SesionName`, `AccountId`, `EC2PrivateDnsName`.
  return best?.name;
}


/** Macros whose value differs per session or per instance, so a username holding one tells sessions apart. */
export const PER_SESSION_MACROS = ['{{SessionName}}', '{{SessionNameRaw}}', '{{AccessKeyID}}', '{{EC2PrivateDNSName}}'];
