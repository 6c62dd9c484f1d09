import type { Rule } from '../../src/rule.ts';
import duplicateArn from './duplicate-arn/rule.ts';
import iamUser from './iam-user/rule.ts';
import mapAccounts from './map-accounts/rule.ts';
import reservedUsername from './reserved-username/rule.ts';
import staticRoleUsername from './static-role-username/rule.ts';
import systemMasters from './system-masters/rule.ts';
import unknownMacro from './unknown-macro/rule.ts';
import nodeRoleGroups from './node-role-groups/rule.ts';
import roleArnPath from './role-arn-path/rule.ts';
import sessionNameColon from './session-name-colon/rule.ts';
import unparseableSection from './unparseable-section/rule.ts';
import invalidArn from './invalid-arn/rule.ts';
import arnKindMismatch from './arn-kind-mismatch/rule.ts';
import missingArn from './missing-arn/rule.ts';
import unknownKey from './unknown-key/rule.ts';
import keyCase from './key-case/rule.ts';
import nonStringValue from './non-string-value/rule.ts';
import mergedGroups from './merged-groups/rule.ts';
import missingUsername from './missing-username/rule.ts';
import wrongLocation from './wrong-location/rule.ts';
import ssoEntry from './sso-entry/rule.ts';

export const awsAuthRules: Rule[] = [unparseableSection, roleArnPath, sessionNameColon, nodeRoleGroups,
  duplicateArn, unknownMacro, systemMasters, mapAccounts, reservedUsername, iamUser, staticRoleUsername,
  invalidArn, arnKindMismatch, missingArn, unknownKey, keyCase, nonStringValue, mergedGroups, missingUsername, wrongLocation, ssoEntry];
