// Access entry types (eks-api-schemas.md §2.2).
import { known, type Text } from '../../src/text.ts';

export const ENTRY_TYPES = ['STANDARD', 'EC2_LINUX', 'EC2_WINDOWS', 'FARGATE_LINUX', 'EC2', 'HYBRID_LINUX', 'HYPERPOD_LINUX'];
/** Node types that take no username, no groups and no access policies. */
export const NODE_TYPES = ['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE_LINUX', 'HYBRID_LINUX'];

/** The entry's type when it is known: as written, else the API default STANDARD. */
export function entryType(type: Text | undefined): string | undefined {
  return type ? known(type) : 'STANDARD';
}
