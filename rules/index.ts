// Every rule, listed explicitly by family (no file-system discovery: the CLI bundles into one file).
import type { Rule } from '../src/rule.ts';
import { accessEntryRules } from './access-entry/index.ts';
import { awsAuthRules } from './aws-auth/index.ts';
import { changeRules } from './change/index.ts';
import { inputRules } from './input/index.ts';

export const rules: Rule[] = [...inputRules, ...awsAuthRules, ...accessEntryRules, ...changeRules];
