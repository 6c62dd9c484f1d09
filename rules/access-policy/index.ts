import type { Rule } from '../../src/rule.ts';
import duplicatePolicy from './duplicate-policy/rule.ts';
import invalidPolicyArn from './invalid-policy-arn/rule.ts';
import invalidScope from './invalid-scope/rule.ts';
import serviceOnlyPolicy from './service-only-policy/rule.ts';
import unknownPolicy from './unknown-policy/rule.ts';

export const accessPolicyRules: Rule[] = [invalidPolicyArn, unknownPolicy, serviceOnlyPolicy, invalidScope, duplicatePolicy];
