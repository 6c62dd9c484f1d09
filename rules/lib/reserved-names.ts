// Kubernetes group names EKS refuses on access entries (eks-api-schemas.md §2.3): any starting with
// `system:`. (Reserved username prefixes: usernames.ts.)
import { knownPrefix, type Text } from '../../src/text.ts';

export const RESERVED_GROUP_PREFIX = 'system:';

/** The group provably starts with `system:`: its known leading text holds the whole prefix (`system:${x}` counts). */
export function isReservedGroup(t: Text | undefined): boolean {
  return !!t && knownPrefix(t).startsWith(RESERVED_GROUP_PREFIX);
}

/** Groups EKS gives nodes (eks-api-schemas.md §3.4): written on a STANDARD entry they mean a node role. */
export const NODE_GROUPS = ['system:bootstrappers', 'system:nodes', 'system:node-proxier'];
