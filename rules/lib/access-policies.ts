// EKS access policies (eks-api-schemas.md §2.5): the known names, which of them only service-linked
// roles may hold, and a reading of a policy ARN that never guesses about its unknown parts.
import { parseArn, PARTITIONS, type Arn } from '../../src/arn.ts';
import { concat, known, knownPrefix, literal, render, type Part, type Text } from '../../src/text.ts';
import { distance } from './distance.ts';

/**
 * AWS-managed access policy names. EKS adds names over time, so an unknown name is only a warning;
 * the low-confidence names of the reference are here too, so that they raise no false alarm.
 */
export const KNOWN_POLICIES = [
  // Most common first: a tie in the typo suggestion goes to the earlier name.
  'AmazonEKSClusterAdminPolicy', 'AmazonEKSAdminPolicy', 'AmazonEKSEditPolicy', 'AmazonEKSViewPolicy',
  'AmazonEKSAdminViewPolicy', 'AmazonEKSSecretReaderPolicy', 'AmazonEKSAutoNodePolicy',
  'AmazonEKSBlockStoragePolicy', 'AmazonEKSComputePolicy', 'AmazonEKSBlockStorageClusterPolicy', 'AmazonEKSComputeClusterPolicy',
  'AmazonEKSHybridPolicy', 'AmazonEKSClusterInsightsPolicy',
  'AmazonEKSLoadBalancingPolicy', 'AmazonEKSLoadBalancingClusterPolicy', 'AmazonEKSNetworkingPolicy', 'AmazonEKSNetworkingClusterPolicy',
  'AmazonEMRJobPolicy', 'AmazonSagemakerHyperpodClusterPolicy', 'AmazonSagemakerHyperpodControllerPolicy',
  'AmazonSagemakerHyperpodSystemNamespacePolicy', 'AmazonAIOpsAssistantPolicy', 'AmazonARCRegionSwitchScalingPolicy',
  // Known with low confidence (third-party `list-access-policies` output).
  'AIDevOpsAgentAccessPolicy', 'AmazonEKSACKPolicy', 'AmazonEKSArgoCDPolicy', 'AmazonEKSArgoCDClusterPolicy', 'AmazonEKSEventPolicy',
  'AmazonEKSKROPolicy', 'AmazonEKSPodIdentityPolicy', 'AmazonEKSSecretAdminPolicy', 'AmazonSagemakerHyperpodSpacePolicy',
  'AmazonSagemakerHyperpodSpaceTemplatePolicy', 'AmazonSagemakerHyperpodUserClusterPolicy', 'AmazonSagemakerHyperpodInferenceMonitoringPolicy',
];

/**
 * Policies the user guide marks "designated for AWS service-linked roles only and cannot be used with
 * customer-managed roles", with what to do instead. The Auto Mode LoadBalancing/Networking policies
 * carry no such note (EKS associates them with the cluster role itself): they are not here.
 */
export const SERVICE_ONLY_POLICIES: Record<string, string> = {
  AmazonEKSBlockStoragePolicy: 'EKS associates it itself when Auto Mode is enabled',
  AmazonEKSComputePolicy: 'EKS associates it itself when Auto Mode is enabled',
  AmazonEKSBlockStorageClusterPolicy: 'EKS associates it itself when Auto Mode is enabled',
  AmazonEKSComputeClusterPolicy: 'EKS associates it itself when Auto Mode is enabled',
  AmazonEKSHybridPolicy: 'hybrid nodes need a HYBRID_LINUX access entry and no policy',
  AmazonEKSClusterInsightsPolicy: 'EKS manages it for Cluster Insights',
};

/** EKS-related IAM managed policies often pasted where an access policy belongs. */
const IAM_ROLE_POLICIES = new Set([
  'AmazonEKSClusterPolicy', 'AmazonEKSServicePolicy', 'AmazonEKSWorkerNodePolicy', 'AmazonEKSWorkerNodeMinimalPolicy',
  'AmazonEKS_CNI_Policy', 'AmazonEKSVPCResourceController', 'AmazonEC2ContainerRegistryReadOnly',
]);

const RESOURCE_PREFIX = 'cluster-access-policy/';

export type PolicyArnProblem = 'not-arn' | 'whitespace' | 'iam' | 'partition' | 'service' | 'region' | 'account' | 'resource';

export interface PolicyArnReading {
  /** The first thing provably wrong, if any. */
  problem?: PolicyArnProblem;
  /** The offending field as written (rendered), for messages. */
  offending?: string;
  /** The ARN with every provable mistake corrected, when it can be told. */
  fixed?: string;
  /** The IAM policy's name, for `iam`. */
  iamName?: string;
  /** The policy name of a well-formed ARN, when fully known. */
  name?: string;
}

const showPart = (p: Part): string => (typeof p === 'string' ? p : '${' + p.unknown + '}');
const isMeans = (p: Part, means: string): boolean => typeof p !== 'string' && p.means === means;

/** What a policy ARN provably is; unknown parts are never held against it. */
export function readPolicyArn(t: Text): PolicyArnReading {
  const whole = known(t);
  if (whole !== undefined && whole.trim() !== whole) return { problem: 'whitespace', offending: whole, fixed: whole.trim() };
  const arn = parseArn(t);
  if (!arn) {
    const prefix = knownPrefix(t);
    // `${var.policy}` or `arn:${…}`: the shape is not known.
    if (whole === undefined && (prefix === '' || 'arn:'.startsWith(prefix) || prefix.startsWith('arn:'))) return {};
    const bare = whole !== undefined && /^[A-Za-z0-9]+$/.test(whole) ? whole : undefined;
    return { problem: 'not-arn', offending: render(t), ...(bare ? { fixed: `arn:aws:eks::aws:${RESOURCE_PREFIX}${bare}` } : {}) };
  }
  const resource = known(arn.resource);
  if (arn.service === 'iam') {
    const iamName = resource?.split('/').pop();
    const fixed = iamName && KNOWN_POLICIES.includes(iamName) ? fixedArn(arn, literal(iamName)) : undefined;
    return { problem: 'iam', offending: render(t), ...(iamName ? { iamName } : {}), ...(fixed ? { fixed } : {}) };
  }
  const nameText = policyNameText(arn);
  const fixed = nameText ? fixedArn(arn, nameText) : undefined;
  const problem = (p: PolicyArnProblem, offending: string): PolicyArnReading => ({ problem: p, offending, ...(fixed ? { fixed } : {}) });
  if (typeof arn.partition === 'string' && !PARTITIONS.includes(arn.partition)) return problem('partition', arn.partition);
  if (typeof arn.service === 'string' && arn.service !== 'eks') return problem('service', arn.service);
  if ((typeof arn.region === 'string' && arn.region !== '') || isMeans(arn.region, 'region')) return problem('region', showPart(arn.region));
  if ((typeof arn.account === 'string' && arn.account !== 'aws') || isMeans(arn.account, 'account')) return problem('account', showPart(arn.account));
  if (!resourceFits(arn.resource)) return problem('resource', render(arn.resource));
  return resource !== undefined ? { name: resource.slice(RESOURCE_PREFIX.length) } : {};
}

/** `cluster-access-policy/<Name>` with one non-empty name segment, as far as it is known. */
function resourceFits(resource: Text): boolean {
  const full = known(resource);
  if (full !== undefined) return full.startsWith(RESOURCE_PREFIX) && /^[^/\s]+$/.test(full.slice(RESOURCE_PREFIX.length));
  const prefix = knownPrefix(resource);
  if (prefix.length <= RESOURCE_PREFIX.length) return RESOURCE_PREFIX.startsWith(prefix);
  return prefix.startsWith(RESOURCE_PREFIX) && /^[^/\s]*$/.test(prefix.slice(RESOURCE_PREFIX.length));
}

/** The name the resource most likely meant: its last segment, when that is a plausible name. */
function policyNameText(arn: Arn): Text | undefined {
  const full = known(arn.resource);
  if (full === undefined) {
    // `cluster-access-policy/${var.name}`: keep the unknown name as it is.
    return knownPrefix(arn.resource).startsWith(RESOURCE_PREFIX) ? { parts: dropPrefix(arn.resource.parts) } : undefined;
  }
  // `cluster-access-policy/<what follows>` names nothing else; another resource type keeps its last segment.
  const name = full.startsWith(RESOURCE_PREFIX) ? full.slice(RESOURCE_PREFIX.length).trim() : (full.split('/').pop() ?? '');
  return /^[A-Za-z0-9_+=,.@-]+$/.test(name) ? literal(name) : undefined;
}

function dropPrefix(parts: Part[]): Part[] {
  const [first, ...rest] = parts;
  return typeof first === 'string' ? [first.slice(RESOURCE_PREFIX.length), ...rest].filter((p) => p !== '') : parts;
}

function fixedArn(arn: Arn, name: Text): string {
  const partition = (typeof arn.partition === 'string' && PARTITIONS.includes(arn.partition)) || isMeans(arn.partition, 'partition') ? arn.partition : 'aws';
  return render(concat(literal('arn:'), { parts: [partition] }, literal(`:eks::aws:${RESOURCE_PREFIX}`), name));
}

export function isIamRolePolicy(name: string): boolean {
  return IAM_ROLE_POLICIES.has(name);
}

/**
 * The known policy a name most likely meant. Names share `Amazon`, `EKS` and `Policy`, so the
 * distinctive middle decides (case-insensitively): a small edit of it, or of the whole name.
 */
export function nearestPolicy(name: string): string | undefined {
  const flat = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  const core = (s: string) => flat(s).replace(/^amazon/, '').replace(/^eks/, '').replace(/polic(y|ies)$/, '');
  const n = core(name);
  if (n === '') return undefined;
  let best: { name: string; d: number } | undefined;
  for (const p of KNOWN_POLICIES) {
    const c = core(p);
    const d = Math.min(distance(n, c), distance(flat(name), flat(p)));
    if (d <= Math.max(c.length >= 4 ? 2 : 1, Math.floor(c.length / 3)) && (!best || d < best.d)) best = { name: p, d };
  }
  return best?.name;
}


/**
 * A key that is equal for two ARNs exactly when they provably name the same policy: the literal,
 * or a text whose only unknowns are the deploying partition/account/region (the same in one file).
 */
export function policyKey(t: Text): string | undefined {
  let key = '';
  for (const p of t.parts) {
    if (typeof p === 'string') key += p;
    else if (p.means) key += `\u0000${p.means}\u0000`;
    else return undefined;
  }
  return key;
}
