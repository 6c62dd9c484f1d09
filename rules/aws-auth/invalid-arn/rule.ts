import { PARTITIONS } from '../../../src/arn.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { classifyMappingArn, type ArnProblem } from '../../lib/mapping-arn.ts';

export default defineRule({
  id: 'aws-auth/invalid-arn',
  severity: 'error',
  description: 'A rolearn or userarn in aws-auth must be the ARN of an IAM role or user',
  rationale:
    'The authenticator never parses or canonicalises the ARNs in aws-auth: it accepts any string and compares it, case-insensitively but ' +
    'otherwise exactly, with the caller\'s canonical ARN — arn:<partition>:iam::<12-digit account>:role/<name> for an assumed role (the STS ' +
    'session ARN with the session dropped), …:user/<name>, …:root, or an STS federated-user ARN. An entry that is no ARN, has an unknown ' +
    'partition, an account that is not 12 digits, a region, stray white space, or names an STS assumed-role session, an instance profile or an ' +
    'IAM group can never be equal to such an ARN, nor can one holding a macro such as `{{AccountID}}` (macros are rendered in usernames and ' +
    'groups only): it loads without an error and silently never matches. The EKS guide says to map the instance ' +
    'role, "not instance profile", and that an IAM group "isn\'t an IAM principal". Placeholders (`<ACCOUNT_ID>`, `NODE_INSTANCE_ROLE`, ' +
    '`${role_arn}`) are values filled in later and are not judged.',
  sources: [
    'reference/authenticator.md §2 (ARN canonicalization and matching)',
    'reference/authenticator.md §1.3 (rolearn or userarn that is not an ARN)',
    'reference/authenticator.md §9 (EKS user-guide rules)',
    'https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html',
  ],
  remediation:
    'Write the ARN of the IAM role (`arn:<partition>:iam::<account>:role/<name>`) or user (`…:user/<name>`): for a session ARN the role it ' +
    'assumes, for an instance profile the role inside it, for a group its users or a role they assume.',
  tags: ['aws-auth', 'correctness'],
  formats: ['cm', 'tfk', 'cdk', 'ectl'],
  messages: {
    macro: '"{{arn}}" contains {{macro}}, but the authenticator renders macros only in username and groups, never in ARNs: this entry never matches; write the literal value',
    whitespace: '"{{arn}}" has leading or trailing white space: ARNs are compared exactly, so this entry never matches; write "{{fixed}}"',
    unparseable: '"{{arn}}" is not an ARN (arn:<partition>:iam::<account>:{{kind}}/<name>): this entry never matches',
    partition: '"{{arn}}" has partition "{{partition}}", which is not an AWS partition ({{partitions}}): this entry never matches',
    account: '"{{arn}}" has account "{{account}}", which is not 12 digits: this entry never matches',
    region: '"{{arn}}" has region "{{region}}", but the ARNs callers are matched by have none: this entry never matches; write "{{fixed}}"',
    assumedRole: '"{{arn}}" is an STS assumed-role (session) ARN: callers are matched by the role\'s ARN, so write "{{fixed}}"',
    sts: '"{{arn}}" is an STS ARN that names no IAM role or user: this entry never matches',
    service: '"{{arn}}" is an ARN of service "{{service}}", not an IAM role or user: this entry never matches',
    instanceProfile:
      '"{{arn}}" is an instance profile ARN: nodes authenticate as the role inside it, so map arn:{{partition}}:iam::{{account}}:role/<that role\'s name>',
    group: '"{{arn}}" is an IAM group ARN: a group is not a principal, so this entry never matches; map its users, or a role they assume',
    notPrincipal: '"{{arn}}" names {{what}}, not an IAM role or user: this entry never matches',
  },
  check({ model }, report) {
    for (const m of model.identityMappings) {
      if (m.section === 'mapAccounts' || !m.arn) continue;
      const v = classifyMappingArn(m.arn);
      if (!v || 'kind' in v) continue;
      const { problem, ...detail } = v;
      report({
        messageId: MESSAGE[problem], at: m, field: 'arn', principal: known(m.arn),
        data: { arn: render(m.arn), kind: m.section === 'mapUsers' ? 'user' : 'role', partitions: PARTITIONS.join(', '), ...detail },
      });
    }
  },
});

const MESSAGE: Record<ArnProblem['problem'], string> = {
  whitespace: 'whitespace', macro: 'macro', unparseable: 'unparseable', partition: 'partition', account: 'account', region: 'region',
  'assumed-role': 'assumedRole', sts: 'sts', service: 'service', 'instance-profile': 'instanceProfile', group: 'group', 'not-principal': 'notPrincipal',
};
