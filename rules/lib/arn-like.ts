// ARN patterns of the config (`policy.admins`), matched like IAM's ArnLike: the six colon-separated
// sections are matched one by one, `*` = any run of characters, `?` = one character, and (as the
// authenticator and EKS compare principals) without regard to case.
import { parseArn } from '../../src/arn.ts';
import { known, type Part, type Text } from '../../src/text.ts';

/** Split at the first five colons: `arn`, partition, service, region, account, resource. */
function sections(s: string): string[] | undefined {
  const out: string[] = [];
  let rest = s;
  for (let i = 0; i < 5; i++) {
    const at = rest.indexOf(':');
    if (at < 0) return undefined;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

function glob(pattern: string, value: string): boolean {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 'is').test(value);
}

/**
 * Whether a principal matches a pattern: true or false when that is decided, undefined when an
 * unknown part (other than the deploying account, when it is known) could go either way.
 */
export function arnLike(principal: Text, pattern: string, deployingAccount?: string): boolean | undefined {
  const p = sections(pattern);
  if (!p || !glob(p[0], 'arn')) return false;
  const arn = parseArn(principal);
  if (!arn) return known(principal) === undefined ? undefined : false;
  const part = (x: Part): string | undefined => (typeof x === 'string' ? x : x.means === 'account' ? deployingAccount : undefined);
  const values = [part(arn.partition), part(arn.service), part(arn.region), part(arn.account), known(arn.resource)];
  let verdict: boolean | undefined = true;
  values.forEach((v, i) => {
    if (verdict === false) return;
    if (v === undefined) verdict = p[i + 1] === '*' ? verdict : undefined;
    else if (!glob(p[i + 1], v)) verdict = false;
  });
  return verdict;
}

/** Whether any pattern matches: true, false, or undefined when none matches for sure but one might. */
export function matchesAny(principal: Text, patterns: string[], deployingAccount?: string): boolean | undefined {
  let maybe = false;
  for (const p of patterns) {
    const r = arnLike(principal, p, deployingAccount);
    if (r === true) return true;
    if (r === undefined) maybe = true;
  }
  return maybe ? undefined : false;
}

/** For messages: the first patterns, shortened. */
export function showPatterns(patterns: string[]): string {
  if (patterns.length === 0) return 'none';
  return patterns.slice(0, 3).join(', ') + (patterns.length > 3 ? `, … (${patterns.length} in all)` : '');
}
