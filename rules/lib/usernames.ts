// Facts about usernames and macros shared by aws-auth and access-entry rules.
import { known, knownPrefix, type Text } from '../../src/text.ts';

const SESSION_MACRO = /\{\{SessionName(Raw)?\}\}/;

/**
 * The session macro that has no `:` before it, if any. The caller picks the session name, so
 * anything before the first `:` is theirs to choose (authenticator.md §3, "The colon rule").
 * Unknown parts before the macro may hold a colon: no verdict then.
 */
export function sessionMacroWithoutColon(t: Text | undefined): string | undefined {
  if (!t) return undefined;
  let before = '';
  for (const p of t.parts) {
    if (typeof p !== 'string') return undefined;
    const m = SESSION_MACRO.exec(p);
    if (m) return (before + p.slice(0, m.index)).includes(':') ? undefined : m[0];
    before += p;
  }
  return undefined;
}

/** Usernames EKS gives nodes (eks-api-schemas.md §3.4). */
export const NODE_USERNAMES = ['system:node:{{EC2PrivateDNSName}}', 'system:node:{{SessionName}}'];

export function isNodeUsername(t: Text | undefined): boolean {
  const s = known(t);
  return s !== undefined && NODE_USERNAMES.includes(s);
}

/** Username prefixes EKS reserves for itself (eks-api-schemas.md §2.3; authenticator.md §7). Case-sensitive, as `strings.HasPrefix`. */
export const RESERVED_USERNAME_PREFIXES = ['system:', 'eks:', 'aws:', 'amazon:', 'iam:'];

/** The reserved prefix the username provably starts with: its known leading text must hold the whole prefix. */
export function reservedPrefixOf(t: Text | undefined): string | undefined {
  if (!t) return undefined;
  const head = knownPrefix(t);
  return RESERVED_USERNAME_PREFIXES.find((p) => head.startsWith(p));
}
