// What an access entry's principal ARN names (eks-api-schemas.md §2.3): only IAM roles and users
// are principals. Works on partly known text: a verdict needs the parts it rests on to be known.
import { parseArn, PARTITIONS, rolePath, type Arn } from '../../src/arn.ts';
import { known, knownPrefix, render, type Part, type Text } from '../../src/text.ts';

export type PrincipalProblem =
  | { kind: 'malformed'; why: string }
  | { kind: 'partition'; partition: string }
  | { kind: 'service'; service: string }
  | { kind: 'assumed-role'; role?: string }
  | { kind: 'sts-session' }
  | { kind: 'region'; region: string }
  | { kind: 'account'; account: string }
  | { kind: 'service-linked' }
  | { kind: 'group' }
  | { kind: 'root' }
  | { kind: 'not-principal'; what: string }
  | { kind: 'sso-path'; name: string };

/** IAM resources that are not principals, by their resource prefix. */
const NOT_PRINCIPALS: Record<string, string> = {
  'instance-profile': 'an instance profile (name the role it holds)', policy: 'an IAM policy', 'oidc-provider': 'an OIDC provider',
  'saml-provider': 'a SAML provider', 'server-certificate': 'a server certificate', mfa: 'an MFA device',
};

const str = (p: Part): string | undefined => (typeof p === 'string' ? p : undefined);

export function principalProblem(t: Text): PrincipalProblem | undefined {
  const whole = known(t);
  if (whole !== undefined) {
    if (whole === '') return { kind: 'malformed', why: 'it is empty' };
    if (whole.trim() !== whole) return { kind: 'malformed', why: 'it has leading or trailing white space' };
  }
  const arn = parseArn(t);
  if (!arn) {
    // Unknown parts may hold the missing colons: only a fully known text is judged.
    if (whole === undefined) return undefined;
    const why = whole.startsWith('arn:') ? 'it lacks the six colon-separated parts of arn:<partition>:iam::<account>:role/<name>' : 'it does not start with "arn:"';
    return { kind: 'malformed', why };
  }
  const partition = str(arn.partition);
  if (partition !== undefined && !PARTITIONS.includes(partition)) return { kind: 'partition', partition };
  const service = str(arn.service);
  if (service === undefined) return undefined;
  if (service === 'sts') return stsProblem(arn);
  if (service !== 'iam') return { kind: 'service', service };
  return resourceProblem(arn) ?? regionOrAccount(arn);
}

function stsProblem(arn: Arn): PrincipalProblem | undefined {
  const res = knownPrefix(arn.resource);
  if (!res.startsWith('assumed-role/')) return res.includes('/') || known(arn.resource) !== undefined ? { kind: 'sts-session' } : undefined;
  // The session ARN names the role without its path; the role name is the segment after `assumed-role/`.
  const rest = res.slice('assumed-role/'.length);
  const cut = rest.indexOf('/');
  return { kind: 'assumed-role', ...(cut > 0 ? { role: rest.slice(0, cut) } : {}) };
}

function resourceProblem(arn: Arn): PrincipalProblem | undefined {
  const res = knownPrefix(arn.resource);
  const whole = known(arn.resource);
  if (whole === 'root') return { kind: 'root' };
  const slash = res.indexOf('/');
  if (slash === -1) return whole !== undefined ? { kind: 'not-principal', what: `"${whole}", not a role or user` } : undefined;
  const type = res.slice(0, slash);
  if (type === 'role') {
    if (res.startsWith('role/aws-service-role/')) return { kind: 'service-linked' };
    if (whole === undefined) return undefined;
    const rp = rolePath(whole);
    if (!rp || rp.name === '') return { kind: 'malformed', why: 'the role name is missing' };
    // IAM Identity Center roles live under /aws-reserved/sso.amazonaws.com/; the path-less form is aws-auth's.
    if (rp.path === '/' && rp.name.startsWith('AWSReservedSSO_')) return { kind: 'sso-path', name: rp.name };
    return undefined;
  }
  if (type === 'user') return whole !== undefined && whole.endsWith('/') ? { kind: 'malformed', why: 'the user name is missing' } : undefined;
  if (type === 'group') return { kind: 'group' };
  return { kind: 'not-principal', what: NOT_PRINCIPALS[type] ?? `a "${type}" resource, not a role or user` };
}

function regionOrAccount(arn: Arn): PrincipalProblem | undefined {
  // `${AWS::Region}` is never empty either.
  const region = typeof arn.region === 'string' ? arn.region : arn.region.means === 'region' ? render({ parts: [arn.region] }) : '';
  if (region) return { kind: 'region', region };
  const account = str(arn.account);
  if (account !== undefined && !/^\d{12}$/.test(account)) return { kind: 'account', account };
  return undefined;
}

/** The principal is an IAM user (`…:iam::<account>:user/…`). */
export function isIamUser(t: Text): boolean {
  const arn = parseArn(t);
  return !!arn && arn.service === 'iam' && knownPrefix(arn.resource).startsWith('user/');
}

/** `arn:<partition>:iam::<account>:role/<name>` with the ARN's own partition and account (unknown parts as `${…}`). */
export function roleArnOf(arn: Arn, name: string): string {
  const part = (p: Part) => render({ parts: [p] });
  return `arn:${part(arn.partition)}:iam::${part(arn.account)}:role/${name}`;
}
