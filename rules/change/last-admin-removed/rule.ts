import { defineRule, type RuleContext } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { adminPolicy, mayHaveAdmin, rowVerdict } from '../lib/admins.ts';
import { beforeContext, clusterKey, documentKey, entryKey, mappingKey, pairs } from '../lib/identity.ts';

export default defineRule({
  id: 'change/last-admin-removed',
  severity: 'error',
  description: 'A change must not remove the last cluster-admin grant of a cluster whose bootstrap admin is off',
  rationale:
    'With BootstrapClusterCreatorAdminPermissions false, EKS gives the creator no admin entry: cluster admin exists only where the files grant ' +
    'it, through an access entry with AmazonEKSClusterAdminPolicy at cluster scope or, while the cluster reads aws-auth, a system:masters row. ' +
    'A change that removes the last of them leaves nobody who can administer the cluster through Kubernetes RBAC; access entries can still be ' +
    'added through the EKS API by someone with IAM rights, but in-cluster access is gone until then. The setting cannot be changed on an ' +
    'existing cluster, so there is no turning the bootstrap admin back on.',
  sources: [
    'reference/eks-api-schemas.md §2.4, §2.5',
    'https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html',
  ],
  remediation:
    'Keep at least one cluster-admin grant: move the AmazonEKSClusterAdminPolicy (cluster scope) to the new admin principal in the same ' +
    'change, before removing the old one (a break-glass role is a good holder).',
  tags: ['change', 'security', 'availability'],
  securitySeverity: 7.5,
  formats: ['cm', 'cfn', 'tf'],
  messages: {
    entryDeleted:
      'the access entry of {{principal}} (AmazonEKSClusterAdminPolicy, cluster scope) is deleted: after this change nothing grants ' +
      'cluster admin on {{cluster}}, whose bootstrap admin is off, so nobody can administer it',
    policyRemoved:
      '{{principal}} loses AmazonEKSClusterAdminPolicy (cluster scope): after this change nothing grants cluster admin on {{cluster}}, ' +
      'whose bootstrap admin is off, so nobody can administer it',
    rowDeleted:
      'the aws-auth row mapping {{principal}} to system:masters is deleted: after this change nothing grants cluster admin on {{cluster}}, ' +
      'whose bootstrap admin is off, so nobody can administer it',
    groupRemoved:
      '{{principal}} loses group system:masters: after this change nothing grants cluster admin on {{cluster}}, whose bootstrap admin is off, ' +
      'so nobody can administer it',
  },
  check(ctx, report) {
    const beforeCtx = beforeContext(ctx);
    if (!ctx.before || !beforeCtx) return;
    const entryPairs = pairs(ctx.before.accessEntries, ctx.model.accessEntries, entryKey);
    const rowPairs = pairs(ctx.before.identityMappings, ctx.model.identityMappings, mappingKey);
    const docPairs = pairs(ctx.before.awsAuth, ctx.model.awsAuth, documentKey);
    for (const { before: old, after: cluster } of pairs(ctx.before.clusters, ctx.model.clusters, clusterKey)) {
      if (!old || !cluster || cluster.bootstrapAdmin !== false) continue;
      const view = ctx.viewOf(cluster);
      const oldView = beforeCtx.viewOf(old);
      // Only a ConfigMap provably this cluster's (config clusters.<name>.awsAuth, a provider tie) tells what it maps.
      const knowsAwsAuth = !!view?.awsAuth.length || !!oldView?.awsAuth.length;
      if (!view || view.mode === 'CONFIG_MAP' || mayHaveAdmin(ctx, view, !knowsAwsAuth)) continue;
      const label = view.label;
      // A before grant is this cluster's when its after self is, or when the before model links it there.
      const ours = (b: Tied, a: Tied | undefined) => (a ? ctx.viewOf(a) === view : !!oldView && beforeCtx.viewOf(b) === oldView);
      for (const { before: e, after: now } of entryPairs) {
        const policy = e && adminPolicy(e);
        if (!e || !policy || policy === 'maybe' || !ours(e, now)) continue;
        const principal = render(e.principal);
        if (!now) report({ messageId: 'entryDeleted', at: e, field: 'principal', principal, data: { principal, cluster: label } });
        // An association is a resource of its own in Terraform: point at the one the change deletes.
        else if (now.tool === 'terraform') report({ messageId: 'policyRemoved', at: policy, field: 'policyArn', principal, data: { principal, cluster: label } });
        else report({ messageId: 'policyRemoved', at: now, field: 'policies', principal, data: { principal, cluster: label } });
      }
      if (oldView?.mode === 'API' || oldView?.mode === undefined) continue;
      const docOf = new Map(docPairs.filter((p) => p.before && p.after).map((p) => [p.before!, p.after!]));
      for (const { before: m, after: now } of rowPairs) {
        if (!m || rowVerdict(m) !== 'yes' || !ours(m.document, now?.document ?? docOf.get(m.document))) continue;
        const principal = known(m.arn) ?? 'a row';
        if (now) report({ messageId: 'groupRemoved', at: now, field: 'groups', key: true, principal, data: { principal, cluster: label } });
        else report({ messageId: 'rowDeleted', at: m, field: 'arn', principal, data: { principal, cluster: label } });
      }
    }
  },
});

type Tied = Parameters<RuleContext['viewOf']>[0];
