import type { Rule } from '../../src/rule.ts';
import nodeRoleGroups from './node-role-groups/rule.ts';
import roleArnPath from './role-arn-path/rule.ts';
import sessionNameColon from './session-name-colon/rule.ts';
import unparseableSection from './unparseable-section/rule.ts';

export const awsAuthRules: Rule[] = [unparseableSection, roleArnPath, sessionNameColon, nodeRoleGroups];
