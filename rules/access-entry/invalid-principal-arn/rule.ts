import { parseArn, PARTITIONS } from '../../../src/arn.ts';
import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';
import { principalProblem, roleArnOf, type PrincipalProblem } from '../../lib/principal-arn.ts';

export default defineRule({
  id: 'access-entry/invalid-principal-arn',
  severity: 'error',
  description: 'An access entry\'s principal must be the ARN of an IAM role or user',
  rationale:
    'An access entry is for one IAM role or IAM user. The user guide rules out STS session ARNs (`arn:aws:sts::…:assumed-role/…`, which ' +
    '`aws sts get-caller-identity` and Terraform\'s `data.aws_caller_identity.arn` return for a role session) and service-linked roles ' +
    '(`role/aws-service-role/…`); IAM groups and the account root are not principals; and an ARN that names no IAM role or user (another IAM ' +
    'resource, a malformed ARN, a region in an IAM ARN, an unknown partition, an account that is not 12 digits) names no principal. Unlike aws-auth, ' +
    'access entries want the role\'s full ARN with its path: an IAM Identity Center role is ' +
    '`role/aws-reserved/sso.amazonaws.com/<region>/AWSReservedSSO_…`, and its path-less form was refused with "The specified principalArn is ' +
    'invalid: invalid principal" (terraform-aws-eks #2969).',
  sources: [
    'reference/eks-api-schemas.md §2.3',
    'https://docs.aws.amazon.com/eks/latest/userguide/creating-access-entries.html',
    'https://github.com/terraform-aws-modules/terraform-aws-eks/issues/2969',
  ],
  remediation:
    'Write `arn:<partition>:iam::<account>:role/<path><name>` or `…:user/<path><name>`. For a role session, name the role itself ' +
    '(in Terraform `data.aws_iam_session_context.<name>.issuer_arn`); for an IAM Identity Center role, keep the `aws-reserved/sso.amazonaws.com/…` path.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  messages: {
    malformed: 'principal "{{principal}}" is not a valid ARN: {{why}}',
    partition: 'principal "{{principal}}" has unknown partition "{{partition}}": use one of {{partitions}}',
    service: 'principal "{{principal}}" is an {{service}} ARN: an access entry needs an IAM role or user ARN',
    assumedRole: 'principal "{{principal}}" is an STS session, which EKS rejects: name the role, "{{fixed}}"{{pathNote}}',
    assumedRoleTf:
      'principal "{{principal}}" is an STS session, which EKS rejects: name the role, "{{fixed}}"{{pathNote}}; ' +
      'data.aws_iam_session_context.<name>.issuer_arn gives it where data.aws_caller_identity.<name>.arn gives the session',
    stsSession: 'principal "{{principal}}" is an STS session ARN: an access entry needs an IAM role or user ARN',
    region: 'principal "{{principal}}" has region "{{region}}": IAM ARNs have none (arn:<partition>:iam::<account>:…)',
    account: 'principal "{{principal}}" has account "{{account}}": an account ID is 12 digits',
    serviceLinked: 'principal "{{principal}}" is a service-linked role: EKS does not accept those in access entries',
    group: 'principal "{{principal}}" is an IAM group, which is not a principal: make entries for the roles or users instead',
    root: 'principal "{{principal}}" is the account root, not a role or user: name the role or user that needs access',
    notPrincipal: 'principal "{{principal}}" is {{what}}: an access entry needs an IAM role or user ARN',
    ssoPath:
      'principal "{{principal}}" is an IAM Identity Center role without its path: access entries need the full ARN ' +
      '"…:role/aws-reserved/sso.amazonaws.com/<region>/{{name}}" (only aws-auth drops the path)',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const problem = principalProblem(e.principal);
      if (!problem) continue;
      const principal = render(e.principal);
      const { messageId, data } = describe(problem, e.principal, e.tool === 'terraform');
      report({ messageId, at: e, field: 'principal', principal: known(e.principal), data: { principal, ...data } });
    }
  },
});

function describe(p: PrincipalProblem, principal: Parameters<typeof parseArn>[0], terraform: boolean): { messageId: string; data: Record<string, string> } {
  switch (p.kind) {
    case 'malformed': return { messageId: 'malformed', data: { why: p.why } };
    case 'partition': return { messageId: 'partition', data: { partition: p.partition, partitions: PARTITIONS.join(', ') } };
    case 'service': return { messageId: 'service', data: { service: p.service } };
    case 'assumed-role': {
      // An IAM Identity Center session names its role without the role's fixed path.
      const role = p.role?.startsWith('AWSReservedSSO_') ? `aws-reserved/sso.amazonaws.com/<region>/${p.role}` : p.role;
      const fixed = roleArnOf(parseArn(principal)!, role ?? '<role name>');
      const pathNote = role === p.role ? ' (with its path, if it has one)' : '';
      return { messageId: terraform ? 'assumedRoleTf' : 'assumedRole', data: { fixed, pathNote } };
    }
    case 'sts-session': return { messageId: 'stsSession', data: {} };
    case 'region': return { messageId: 'region', data: { region: p.region } };
    case 'account': return { messageId: 'account', data: { account: p.account } };
    case 'service-linked': return { messageId: 'serviceLinked', data: {} };
    case 'group': return { messageId: 'group', data: {} };
    case 'root': return { messageId: 'root', data: {} };
    case 'not-principal': return { messageId: 'notPrincipal', data: { what: p.what } };
    case 'sso-path': return { messageId: 'ssoPath', data: { name: p.name } };
  }
}
