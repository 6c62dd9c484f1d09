// Every rule, listed explicitly (no file-system discovery: the CLI bundles into one file).
import type { Rule } from '../src/rule.ts';
import accessEntryCrossAccountNode from './access-entry/cross-account-node/rule.ts';
import accessEntryGroupsOnNonStandard from './access-entry/groups-on-non-standard/rule.ts';
import accessEntrySessionNameColon from './access-entry/session-name-colon/rule.ts';
import awsAuthNodeRoleGroups from './aws-auth/node-role-groups/rule.ts';
import awsAuthRoleArnPath from './aws-auth/role-arn-path/rule.ts';
import awsAuthSessionNameColon from './aws-auth/session-name-colon/rule.ts';
import awsAuthUnparseableSection from './aws-auth/unparseable-section/rule.ts';
import changeNodeAccessRemoved from './change/node-access-removed/rule.ts';
import inputParseError from './input/parse-error/rule.ts';

export const rules: Rule[] = [
  inputParseError,
  awsAuthUnparseableSection,
  awsAuthRoleArnPath,
  awsAuthSessionNameColon,
  awsAuthNodeRoleGroups,
  accessEntrySessionNameColon,
  accessEntryGroupsOnNonStandard,
  accessEntryCrossAccountNode,
  changeNodeAccessRemoved,
];
