// The keys aws-iam-authenticator reads in an aws-auth entry (authenticator.md §1.2), and the
// known key an unknown one most likely meant. encoding/json matches keys case-insensitively on
// current authenticators; the release-0.5 line (yaml.v2) reads only the lowercase spelling.
import type { IdentityMapping, MappingKey } from '../../src/model.ts';
import { knownPrefix } from '../../src/text.ts';
import { distance } from './distance.ts';

export const KNOWN_KEYS = {
  mapRoles: ['rolearn', 'username', 'groups', 'sso', 'userid'],
  mapUsers: ['userarn', 'username', 'groups', 'userid'],
} as const;

/** The keys of an `sso:` matcher, as its JSON tags spell them. */
export const SSO_KEYS = ['permissionSetName', 'accountID', 'partition'];

export type EntrySection = keyof typeof KNOWN_KEYS;

export const arnKeyOf = (section: EntrySection): string => (section === 'mapUsers' ? 'userarn' : 'rolearn');

/** The known key this key names, ignoring case (as encoding/json does). */
export function knownKey(section: EntrySection, key: string): string | undefined {
  const lower = key.toLowerCase();
  return (KNOWN_KEYS[section] as readonly string[]).find((k) => k === lower);
}

export interface UnknownKey {
  key: MappingKey;
  /** The known key it most likely meant; undefined when none is near. */
  suggestion?: string;
}

/** Keys of an entry the authenticator ignores, each with the known key it most likely meant. */
export function unknownKeys(m: IdentityMapping): UnknownKey[] {
  if (m.section === 'mapAccounts') return [];
  const section = m.section;
  return m.keys
    .filter((k) => k.key !== '' && !knownKey(section, k.key))
    .map((k) => ({ key: k, suggestion: suggest(k, [...KNOWN_KEYS[section]], arnKeyOf(section)) }));
}

/** Keys of an `sso:` matcher it ignores. */
export function unknownSsoKeys(m: IdentityMapping): UnknownKey[] {
  const lower = SSO_KEYS.map((k) => k.toLowerCase());
  return (m.sso?.keys ?? [])
    .filter((k) => k.key !== '' && !lower.includes(k.key.toLowerCase()))
    .map((k) => ({ key: k, suggestion: suggest(k, SSO_KEYS) }));
}

/** Whether an unknown key of the entry most likely stands for this known key (then that problem is the unknown key's). */
export function meantAs(m: IdentityMapping, known: string): boolean {
  return unknownKeys(m).some((u) => u.suggestion === known);
}

const norm = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, '');

/**
 * The nearest known key: one within a small edit distance, or one that contains the key or is
 * contained in it (`arn`, `role`, `group`, `kubernetes_groups`). Ties go by what the value is:
 * an ARN → the ARN key, a list → groups, other text → username.
 */
function suggest(k: MappingKey, known: string[], arnKey?: string): string | undefined {
  const n = norm(k.key);
  // `userarn` under mapRoles (and the reverse): the other section's ARN key.
  if (arnKey && (n === 'rolearn' || n === 'userarn')) return arnKey;
  const scored = known
    .map((key) => {
      const kn = norm(key);
      const d = distance(n, kn);
      const near = d <= 2 || (d <= 3 && n.length >= 5);
      const contains = n.length >= 3 && (kn.includes(n) || n.includes(kn));
      return { key, score: near ? d : contains ? 2.5 : Infinity };
    })
    .filter((c) => c.score < Infinity);
  if (scored.length === 0) return undefined;
  const preferred = k.type === 'seq' ? 'groups' : k.type === 'map' ? 'sso' : k.text && /^arn:/i.test(knownPrefix(k.text)) ? arnKey : k.type === 'string' ? 'username' : undefined;
  if (preferred && scored.some((c) => c.key === preferred)) return preferred;
  return scored.sort((a, b) => a.score - b.score)[0].key;
}

