import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { clusterKey, pairs, planReplacement } from '../lib/identity.ts';

/** The order EKS allows: a cluster's mode only moves up (eks-api-schemas.md §2.4). */
const RANK: Record<string, number> = { CONFIG_MAP: 0, API_AND_CONFIG_MAP: 1, API: 2 };

export default defineRule({
  id: 'change/auth-mode-downgrade',
  severity: 'error',
  description: "A change must not move a cluster's authentication mode backwards",
  rationale:
    'Once access entries are turned on they cannot be turned off: EKS accepts the mode changes CONFIG_MAP → API_AND_CONFIG_MAP → API ' +
    '(and CONFIG_MAP → API) and rejects API → anything and API_AND_CONFIG_MAP → CONFIG_MAP. The update fails at deploy time, after the ' +
    'rest of the stack or plan may already have changed; a cluster created with API can never use aws-auth again.',
  sources: [
    'reference/eks-api-schemas.md §2.4',
    'https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html',
  ],
  remediation:
    'Keep the current mode (or move it forward). Going back to aws-auth is only possible by creating a new cluster; to keep using ' +
    'aws-auth rows on an API_AND_CONFIG_MAP cluster, leave the mode as it is.',
  tags: ['change', 'correctness'],
  formats: ['cfn', 'tf'],
  messages: {
    downgrade: 'authentication mode changes from {{from}} to {{to}}: EKS only moves CONFIG_MAP → API_AND_CONFIG_MAP → API and rejects this update',
  },
  check(ctx, report) {
    if (!ctx.before) return;
    for (const { before, after } of pairs(ctx.before.clusters, ctx.model.clusters, clusterKey)) {
      // A mode the change only defaults (the block removed) is not sent: only a written one is an update.
      if (!before || !after || !after.authenticationModeExplicit || planReplacement(after)) continue;
      const from = known(before.authenticationMode);
      const to = known(after.authenticationMode);
      if (from === undefined || to === undefined || !(from in RANK) || !(to in RANK) || RANK[to] >= RANK[from]) continue;
      report({ messageId: 'downgrade', at: after, field: 'authenticationMode', data: { from, to } });
    }
  },
});
