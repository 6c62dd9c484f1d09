import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { ENTRY_TYPES } from '../../lib/entry-types.ts';

/** The valid type a value means when it differs only in case or separators (`Standard`, `ec2-linux`). */
function intended(type: string): string | undefined {
  const norm = type.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return ENTRY_TYPES.includes(norm) ? norm : undefined;
}

export default defineRule({
  id: 'access-entry/invalid-type',
  severity: 'error',
  description: 'An access entry type must be exactly one of the EKS type names, in upper case',
  rationale:
    'EKS knows the types `STANDARD`, `EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `EC2` (Auto Mode), `HYBRID_LINUX` and `HYPERPOD_LINUX`, and compares them ' +
    'case-sensitively. Neither the CloudFormation schema nor the API model has an enum, so a wrong value passes every template check and fails at ' +
    'deploy: `Standard`, as the CloudFormation and API docs once spelled it, failed with "AccessEntry type must be one of [EC2_LINUX, EC2_WINDOWS, ' +
    'FARGATE_LINUX, STANDARD]", and the user guide still writes `EC2_Windows`. Terraform\'s provider checks the value case-sensitively at plan time. ' +
    '`HYPERPOD_LINUX` is a valid EKS type; some Terraform AWS provider versions do not accept it yet, which depends on the provider version and is ' +
    'not reported.',
  sources: [
    'reference/eks-api-schemas.md §1.1, §2.2, §4.1',
    'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateAccessEntry.html',
    'https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/2116',
    'https://github.com/aws/aws-cdk/pull/31147',
  ],
  remediation: 'Write the type exactly: `STANDARD`, `EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `EC2`, `HYBRID_LINUX` or `HYPERPOD_LINUX`.',
  tags: ['access-entry', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  fixable: true,
  messages: {
    casing: 'Type "{{type}}" must be "{{fixed}}": types are matched exactly, so the entry is rejected',
    unknown: 'Type "{{type}}" is not an access entry type: use one of {{valid}}',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const type = known(e.type);
      // Not written (STANDARD by default), an expression, or empty (treated as not set): nothing to judge.
      if (!type || ENTRY_TYPES.includes(type)) continue;
      const fixed = intended(type);
      report({
        messageId: fixed ? 'casing' : 'unknown', at: e, field: 'type', principal: known(e.principal),
        data: fixed ? { type, fixed } : { type, valid: ENTRY_TYPES.join(', ') },
        ...(fixed ? { fix: { replace: fixed } } : {}),
      });
    }
  },
});
