import type { Model } from '../../../src/model.ts';
import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { entryType, NODE_TYPES } from '../../lib/entry-types.ts';
import { isNodeUsername } from '../../lib/usernames.ts';
import { documentKey, pairs, planReplacement } from '../lib/identity.ts';

const NODE_GROUPS = ['system:bootstrappers', 'system:nodes'];

export default defineRule({
  id: 'change/node-access-removed',
  severity: 'error',
  description: 'A change must not take away the access nodes use to join the cluster',
  rationale:
    'Nodes authenticate through their role\'s aws-auth row (with `system:bootstrappers` and `system:nodes`) or a node-type access entry. Deleting ' +
    'the row, dropping those groups, deleting the entry, or deleting the whole aws-auth ConfigMap (the authenticator then resets to empty) stops ' +
    'nodes from joining and makes running nodes NotReady, unless the same role keeps access another way in the same change. Replacing the ' +
    'ConfigMap (a Terraform plan that deletes and re-creates it) leaves the same gap until the new one exists.',
  sources: [
    'reference/authenticator.md §1.4, §6',
    'https://docs.aws.amazon.com/eks/latest/userguide/migrating-access-entries.html',
  ],
  remediation: 'Keep the node role mapped, or add a node-type access entry (EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX, HYBRID_LINUX) for it in the same change.',
  tags: ['change', 'availability'],
  formats: ['cm', 'tfk', 'cfn', 'tf'],
  messages: {
    row: 'node role {{arn}} loses its aws-auth mapping in this change: its nodes can no longer join',
    groups: 'node role {{arn}} loses {{missing}} in this change: its nodes can no longer join',
    entry: 'the {{type}} access entry for node role {{arn}} is deleted in this change: its nodes can no longer join',
    replaced:
      'this plan deletes and re-creates the aws-auth ConfigMap: until it is back, node roles {{arns}} cannot authenticate and their nodes ' +
      'cannot join (change it in place instead)',
  },
  check(ctx, report) {
    const { model, before } = ctx;
    if (!before) return;
    const keeps = nodeAccess(model);
    // A mapRoles the change leaves unknown (a plan interpolating a role created in it) may still hold the row.
    const rowsUnknown = model.awsAuth.some((d) => d.sections.some((s) => s.name === 'mapRoles' && s.unknown));
    for (const m of before.identityMappings) {
      const arn = known(m.arn)?.toLowerCase();
      if (m.section !== 'mapRoles' || !arn || !isNodeUsername(m.username) || keeps.has(arn)) continue;
      const still = model.identityMappings.find((a) => a.section === 'mapRoles' && known(a.arn)?.toLowerCase() === arn);
      if (still) {
        const have = new Set(still.groups.map((g) => known(g)));
        const missing = NODE_GROUPS.filter((g) => !have.has(g));
        if (missing.length && !isNodeUsername(still.username)) {
          report({ messageId: 'row', at: still, field: 'username', principal: arn, data: { arn: known(m.arn)! } });
        } else if (missing.length) {
          report({ messageId: 'groups', at: still, field: 'groups', key: true, principal: arn, data: { arn: known(m.arn)!, missing: missing.join(' and ') } });
        }
      } else if (!rowsUnknown) report({ messageId: 'row', at: m, field: 'arn', principal: arn, data: { arn: known(m.arn)! } });
    }
    for (const e of before.accessEntries) {
      const type = entryType(e.type);
      const arn = known(e.principal)?.toLowerCase();
      if (!type || !NODE_TYPES.includes(type) || !arn || keeps.has(arn)) continue;
      report({ messageId: 'entry', at: e, field: 'principal', principal: arn, data: { type, arn: known(e.principal)! } });
    }
    // The rows survive a replacement, but not the moment between its delete and its create.
    for (const { before: old, after: now } of pairs(before.awsAuth, model.awsAuth, documentKey)) {
      if (!old || !now || planReplacement(now) !== 'delete-first' || ctx.viewOf(now)?.mode === 'API') continue;
      const arns = before.identityMappings.filter((m) => m.document === old && m.section === 'mapRoles' && isNodeUsername(m.username)).map((m) => known(m.arn));
      if (arns.length && arns.every((a) => a !== undefined)) report({ messageId: 'replaced', at: now, data: { arns: arns.join(', ') } });
    }
  },
});

/** Lower-cased role ARNs that keep node access in a model. */
function nodeAccess(model: Model): Set<string> {
  const roles = new Set<string>();
  for (const m of model.identityMappings) {
    const arn = known(m.arn)?.toLowerCase();
    const groups = new Set(m.groups.map((g) => known(g)));
    if (arn && m.section === 'mapRoles' && isNodeUsername(m.username) && NODE_GROUPS.every((g) => groups.has(g))) roles.add(arn);
  }
  for (const e of model.accessEntries) {
    const type = entryType(e.type);
    const arn = known(e.principal)?.toLowerCase();
    if (arn && type && NODE_TYPES.includes(type)) roles.add(arn);
  }
  for (const n of model.nodeRoles) {
    const arn = known(n.role)?.toLowerCase();
    if (arn) roles.add(arn);
  }
  return roles;
}
