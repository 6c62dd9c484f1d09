import type { Rule } from '../../src/rule.ts';
import crossAccountNode from './cross-account-node/rule.ts';
import groupsOnNonStandard from './groups-on-non-standard/rule.ts';
import sessionNameColon from './session-name-colon/rule.ts';
import invalidPrincipalArn from './invalid-principal-arn/rule.ts';
import invalidType from './invalid-type/rule.ts';
import nodePrincipalNotRole from './node-principal-not-role/rule.ts';
import policyOnNonStandard from './policy-on-non-standard/rule.ts';
import reservedGroup from './reserved-group/rule.ts';
import reservedUsername from './reserved-username/rule.ts';
import usernameOnNonStandard from './username-on-non-standard/rule.ts';
import unknownMacro from './unknown-macro/rule.ts';
import duplicatePrincipal from './duplicate-principal/rule.ts';
import sharedNodeRole from './shared-node-role/rule.ts';
import managedNodeRole from './managed-node-role/rule.ts';
import noPermissions from './no-permissions/rule.ts';
import staticRoleUsername from './static-role-username/rule.ts';
import iamUser from './iam-user/rule.ts';

export const accessEntryRules: Rule[] = [sessionNameColon, groupsOnNonStandard, crossAccountNode,
  invalidType, usernameOnNonStandard, policyOnNonStandard, nodePrincipalNotRole, invalidPrincipalArn, reservedUsername, reservedGroup,
  unknownMacro, duplicatePrincipal, sharedNodeRole, managedNodeRole, noPermissions, staticRoleUsername, iamUser];
