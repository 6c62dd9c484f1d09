import { parseArn } from '../../../src/arn.ts';
import type { IdentityMapping } from '../../../src/model.ts';
import { defineRule } from '../../../src/rule.ts';
import { isKnown, known } from '../../../src/text.ts';
import { entryName } from '../../lib/mappings.ts';
import { arnKeyOf, meantAs } from '../../lib/mapping-keys.ts';

export default defineRule({
  id: 'aws-auth/missing-username',
  severity: 'warning',
  description: 'Give every aws-auth mapping a username',
  rationale:
    'The authenticator does not validate usernames: a mapping without one (or with an empty one) authenticates callers with an empty ' +
    'username. Kubernetes audit logs then cannot tell who acted, RBAC bindings to a user cannot apply, and tools that rely on the user name ' +
    'break (the AWS CDK fixed its aws-auth output for this, noting that a missing username "will cause things like metrics server to fail"). ' +
    'The rows EKS writes for nodes always carry one.',
  sources: ['reference/authenticator.md §7 (Validation of usernames and groups)', 'https://github.com/aws/aws-cdk/pull/5649'],
  remediation:
    'Set `username`: for a role usually `<name>:{{SessionName}}` (the session stays visible in audit logs), for a user its name.',
  tags: ['aws-auth', 'auditability'],
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: {
    missing: '{{entry}} has no username, so its callers authenticate with an empty username: add one, e.g. username: "{{example}}"',
    empty: '{{entry}} has an empty username, so its callers authenticate with an empty username: write one, e.g. "{{example}}"',
  },
  check({ model }, report) {
    const nodeRoles = new Map(model.nodeRoles.flatMap((n) => (isKnown(n.role) ? [[known(n.role)!.toLowerCase(), n.via] as const] : [])));
    const example = (m: IdentityMapping) => exampleFor(m, isKnown(m.arn) ? nodeRoles.get(known(m.arn)!.toLowerCase()) : undefined);
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts' || m.item || !kept(m)) continue;
      const written = m.keys.filter((k) => k.key.toLowerCase() === 'username').pop();
      if (!written) {
        // A misspelt `usernme` is aws-auth/unknown-key's finding.
        if (!meantAs(m, 'username')) report({ messageId: 'missing', at: m, principal: known(m.arn), data: { entry: entryName(m), example: example(m) } });
        continue;
      }
      // `username: yes` and the like are aws-auth/non-string-value's; only nothing at all is reported here.
      const empty = (written.type === 'null' && !written.raw) || (written.type === 'string' && isKnown(written.text) && known(written.text)!.trim() === '');
      if (empty) report({ messageId: 'empty', at: m, field: 'username', key: written.type === 'null', principal: known(m.arn), data: { entry: entryName(m), example: example(m) } });
    }
  },
});

/** The authenticator keeps the entry: it has its ARN (or an sso matcher). Dropped entries are aws-auth/missing-arn's. */
function kept(m: IdentityMapping): boolean {
  if (m.section === 'mapRoles' && m.sso) return true;
  const arn = m.keys.filter((k) => k.key.toLowerCase() === arnKeyOf(m.section as 'mapRoles' | 'mapUsers')).pop();
  return !!arn && arn.type === 'string' && known(arn.text) !== '';
}

function exampleFor(m: IdentityMapping, node: 'nodegroup' | 'fargate' | undefined): string {
  // A role the files give to a node group or Fargate profile: the username EKS itself writes.
  if (node) return node === 'fargate' ? 'system:node:{{SessionName}}' : 'system:node:{{EC2PrivateDNSName}}';
  const resource = known(parseArn(m.arn)?.resource);
  const name = resource?.slice(resource.lastIndexOf('/') + 1);
  if (m.section === 'mapUsers') return name || '<user name>';
  return `${name || '<role name>'}:{{SessionName}}`;
}
