import type { Rule } from '../../src/rule.ts';
import accessEntriesNeedApiMode from './access-entries-need-api-mode/rule.ts';
import awsAuthIgnored from './aws-auth-ignored/rule.ts';
import bootstrapAdminNeedsTrue from './bootstrap-admin-needs-true/rule.ts';
import configMapMode from './config-map-mode/rule.ts';
import conflictingMappings from './conflicting-mappings/rule.ts';
import noAdmin from './no-admin/rule.ts';
import nodeRoleUnmapped from './node-role-unmapped/rule.ts';

export const clusterRules: Rule[] = [accessEntriesNeedApiMode, bootstrapAdminNeedsTrue, noAdmin, awsAuthIgnored, nodeRoleUnmapped, conflictingMappings, configMapMode];
