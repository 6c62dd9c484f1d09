// What an aws-auth rolearn/userarn names, as the authenticator matches it: the caller's canonical
// ARN (arn:P:iam::A:role/R, …:user/U, …:root, or an sts federated-user) compared with the entry
// case-insensitively, otherwise exactly (authenticator.md §2). A verdict rests only on known parts.
import { parseArn, PARTITIONS, type Arn } from '../../src/arn.ts';
import { known, knownPrefix, render, type Part, type Text } from '../../src/text.ts';
import { AWS_AUTH_MACROS } from './macros.ts';

export type ArnKind = 'role' | 'user' | 'root' | 'federated-user';

export type ArnProblem =
  | { problem: 'whitespace'; fixed: string }
  | { problem: 'macro'; macro: string }
  | { problem: 'unparseable' }
  | { problem: 'partition'; partition: string }
  | { problem: 'account'; account: string }
  | { problem: 'region'; region: string; fixed: string }
  | { problem: 'assumed-role'; fixed: string }
  | { problem: 'sts' }
  | { problem: 'service'; service: string }
  | { problem: 'instance-profile'; partition: string; account: string }
  | { problem: 'group' }
  | { problem: 'not-principal'; what: string };

export type ArnVerdict = { kind: ArnKind } | ArnProblem;

const MACRO = new RegExp(`\\{\\{(${AWS_AUTH_MACROS.join('|')})\\}\\}`);

const NOT_PRINCIPALS: Record<string, string> = {
  policy: 'an IAM policy', 'oidc-provider': 'an OIDC provider', 'saml-provider': 'a SAML provider',
  'server-certificate': 'a server certificate', mfa: 'an MFA device',
};

/**
 * Text standing for a value someone fills in later (`<ACCOUNT_ID>`, `NODE_INSTANCE_ROLE`,
 * `{{role_arn}}`): not an ARN yet, so no verdict.
 */
export function isPlaceholder(s: string): boolean {
  return /<[^<>]*>|\{\{[^{}]*\}\}/.test(s) || /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(s.trim());
}

/** A partition, region or account written as a placeholder in capitals (`ACCOUNT_ID`, `PARTITION`); `AWS` is a partition. */
const placeholderField = (p: Part) => typeof p === 'string' && /^[A-Z][A-Z0-9_]{2,}$/.test(p) && !PARTITIONS.includes(p.toLowerCase());

const lowerText = (t: Text): Text => ({ parts: t.parts.map((p) => (typeof p === 'string' ? p.toLowerCase() : p)) });
const str = (p: Part): string | undefined => (typeof p === 'string' ? p : undefined);
const show = (p: Part) => render({ parts: [p] });

/** What the ARN names; undefined when that rests on unknown parts, an empty value or a placeholder. */
export function classifyMappingArn(t: Text): ArnVerdict | undefined {
  const whole = known(t);
  // An empty ARN drops the entry (aws-auth/missing-arn); a blank one is kept and never matches.
  if (whole === '') return undefined;
  if (whole !== undefined && whole.trim() === '') return { problem: 'unparseable' };
  // The authenticator renders macros in usernames and groups only: in an ARN `{{AccountID}}` stays literal.
  const macro = t.parts.map((p) => (typeof p === 'string' ? MACRO.exec(p)?.[0] : undefined)).find(Boolean);
  if (macro) return { problem: 'macro', macro };
  if (t.parts.some((p) => typeof p === 'string' && isPlaceholder(p))) return undefined;
  const first = t.parts[0];
  const last = t.parts[t.parts.length - 1];
  if ((typeof first === 'string' && /^\s/.test(first)) || (typeof last === 'string' && /\s$/.test(last))) {
    return { problem: 'whitespace', fixed: render(t).trim() };
  }
  // Case does not matter: the authenticator compares with strings.EqualFold.
  const lower = parseArn(lowerText(t));
  if (!lower) return whole !== undefined ? { problem: 'unparseable' } : undefined;
  const arn = parseArn(t) ?? lower; // `ARN:…` parses only lowercased
  if ([arn.partition, arn.region, arn.account].some(placeholderField)) return undefined;
  const partition = str(lower.partition);
  if (partition !== undefined && !PARTITIONS.includes(partition)) return { problem: 'partition', partition: str(arn.partition)! };
  const account = str(arn.account);
  if (account !== undefined && !/^\d{12}$/.test(account)) return { problem: 'account', account };
  const region = str(arn.region);
  if (region) return { problem: 'region', region, fixed: `arn:${show(arn.partition)}:${show(arn.service)}::${show(arn.account)}:${render(arn.resource)}` };
  const service = str(lower.service);
  if (service === undefined) return undefined;
  if (service === 'sts') return sts(arn, lower);
  if (service !== 'iam') return { problem: 'service', service: str(arn.service)! };
  return iam(arn, lower);
}

function sts(arn: Arn, lower: Arn): ArnVerdict | undefined {
  const res = knownPrefix(lower.resource);
  if (res.startsWith('federated-user/')) return { kind: 'federated-user' };
  if (res.startsWith('assumed-role/')) {
    // The session ARN names the role (without its path) and then the session.
    const rest = knownPrefix(arn.resource).slice('assumed-role/'.length);
    const cut = rest.indexOf('/');
    const role = cut > 0 ? rest.slice(0, cut) : '<role name>';
    return { problem: 'assumed-role', fixed: `arn:${show(arn.partition)}:iam::${show(arn.account)}:role/${role}` };
  }
  return known(lower.resource) !== undefined || res.includes('/') ? { problem: 'sts' } : undefined;
}

function iam(arn: Arn, lower: Arn): ArnVerdict | undefined {
  const res = knownPrefix(lower.resource);
  const whole = known(lower.resource);
  if (whole === 'root') return { kind: 'root' };
  const slash = res.indexOf('/');
  if (slash === -1) return whole !== undefined ? { problem: 'not-principal', what: `"${known(arn.resource)}"` } : undefined;
  const type = res.slice(0, slash);
  if (type === 'role') return { kind: 'role' };
  if (type === 'user') return { kind: 'user' };
  if (type === 'instance-profile') return { problem: 'instance-profile', partition: show(arn.partition), account: show(arn.account) };
  if (type === 'group') return { problem: 'group' };
  return { problem: 'not-principal', what: NOT_PRINCIPALS[type] ?? `an IAM "${knownPrefix(arn.resource).slice(0, slash)}" resource` };
}
