import { parseArn } from '../../../src/arn.ts';
import type { AccessPolicy } from '../../../src/model.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { matchesAny, showPatterns } from '../../lib/arn-like.ts';

const ADMIN_RESOURCE = 'cluster-access-policy/AmazonEKSClusterAdminPolicy';

export default defineRule({
  id: 'policy/unapproved-admin',
  severity: 'error',
  description: 'Only the principals the config approves may get cluster admin',
  rationale:
    'Cluster admin (`system:masters` in aws-auth, which bypasses RBAC; `AmazonEKSClusterAdminPolicy` at cluster scope on an access entry, ' +
    'its access-entry equivalent) is the one grant an organisation most wants to keep to a known list. The config\'s `policy.admins` is that ' +
    'list: ARN patterns matched like IAM ArnLike, section by section, `*` and `?` as wildcards, without regard to case (as the authenticator ' +
    'and EKS compare principals). Off until `policy.admins` is set. A principal whose unknown parts could still match a pattern is not judged; ' +
    '`${AWS::AccountId}` is the deploying account, known from `--cluster-account` or `defaultAccount`. Rows of an aws-auth ConfigMap tied to ' +
    'an `API` cluster grant nothing and are not judged.',
  sources: [
    'reference/eks-api-schemas.md §2.3, §2.5, §3.4',
    'reference/authenticator.md §2, §8.2',
    'https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html',
  ],
  remediation:
    'Grant cluster admin only to an approved principal (a break-glass or platform role), or add the principal to `policy.admins` ' +
    'in `.eks-access-lint.yaml` if it is meant to be an admin. Give others a narrower policy or RBAC group.',
  tags: ['policy', 'security'],
  securitySeverity: 8.0,
  formats: ['cm', 'tfk', 'cfn', 'tf'],
  messages: {
    masters: '{{principal}} is mapped to system:masters (cluster admin) but matches none of policy.admins ({{patterns}}). Remove the group, or approve the principal in the config',
    policy: '{{principal}} gets AmazonEKSClusterAdminPolicy at cluster scope but matches none of policy.admins ({{patterns}}). Give it a narrower policy, or approve the principal in the config',
  },
  check(ctx, report) {
    const admins = ctx.config.policy?.admins;
    if (!admins) return;
    const patterns = showPatterns(admins);
    for (const m of ctx.model.identityMappings) {
      const at = m.section === 'mapAccounts' || !m.arn ? -1 : m.groups.findIndex((g) => known(g) === 'system:masters');
      const view = ctx.viewOf(m);
      if (at < 0 || view?.mode === 'API') continue;
      if (matchesAny(m.arn!, admins, view?.account ?? ctx.clusterAccount({})) !== false) continue;
      report({ messageId: 'masters', at: m, field: 'groups', path: `/${at}`, principal: known(m.arn), data: { principal: render(m.arn!), patterns } });
    }
    for (const e of ctx.model.accessEntries) {
      const grant = e.policies.find(isClusterAdmin);
      if (!grant || matchesAny(e.principal, admins, ctx.clusterAccount(e.cluster)) !== false) continue;
      report({ messageId: 'policy', at: grant, field: 'policyArn', principal: known(e.principal), data: { principal: render(e.principal), patterns } });
    }
  },
});

/** AmazonEKSClusterAdminPolicy at cluster scope; the partition may be the deploying one (`${AWS::Partition}`). */
function isClusterAdmin(p: AccessPolicy): boolean {
  const arn = parseArn(p.policyArn);
  return !!arn && arn.service === 'eks' && arn.region === '' && arn.account === 'aws' && known(arn.resource) === ADMIN_RESOURCE && known(p.scopeType) === 'cluster';
}
