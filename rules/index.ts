// Every rule, listed explicitly by family (no file-system discovery: the CLI bundles into one file).
import type { Rule } from '../src/rule.ts';
import { accessEntryRules } from './access-entry/index.ts';
import { accessPolicyRules } from './access-policy/index.ts';
import { awsAuthRules } from './aws-auth/index.ts';
import { changeRules } from './change/index.ts';
import { clusterRules } from './cluster/index.ts';
import { inputRules } from './input/index.ts';
import { policyRules } from './policy/index.ts';

export const rules: Rule[] = [...inputRules, ...awsAuthRules, ...accessEntryRules, ...accessPolicyRules, ...clusterRules, ...policyRules, ...changeRules];
